"""Counts of days: those that move a borrowed date ("two days later", "eight days
after", "the next day") and those counted from the report ("three days ago").

Pipeline: lexicon → tokens → **atoms** (counted relatives) → grammar → **api**
(:mod:`.sentence` moves borrowed dates) → resolve.

A clock with no date of its own takes the one day named elsewhere in its sentence
(:func:`~lunamission.parser.api.find_timestamps` documents this). When the
sentence also counts days from that day, "Chang'e-6 landed on June 2 and its
ascender left two days later at 7:38 a.m.", the clock is that many days on: June
4, not June 2. :func:`day_shifts` finds such counts; when two of them would move
the clock, it borrows nothing rather than a guess. A count moves the clock only
when it counts from the day lent: "two days later" between that day and the
clock, or "eight days after the August 11 launch". One that counts from another
event ("On June 4, two days after it landed, ... at 7:38") leaves the day as it
is. Words inside a timestamp expression ("the day before yesterday") are not
counts.

A count from the reference itself is a relative date: "three days ago", "a year
ago", "two weeks from today" (:func:`counted_relative`). "In three days" is not
read: it may be a duration ("reached the Moon in five days").

>>> from .tokens import tokenize
>>> day_shifts(tokenize("It landed on June 2 and left two days later at 7:38."), [])
{0: [DayCount(days=2, start=29, end=43, anchored=False)]}
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .common import Atom
from .lexicon import DAY_PARTS, MONTHS
from .parts import Relative
from .tokens import Token

__all__ = ["COUNTED_PARTS", "DayCount", "counted_relative", "day_shifts"]

_COUNTS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_AGO_UNITS: dict[str, tuple[Literal["day", "month", "year"], int]] = {
    "day": ("day", 1), "days": ("day", 1), "week": ("day", 7), "weeks": ("day", 7),
    "month": ("month", 1), "months": ("month", 1), "year": ("year", 1), "years": ("year", 1),
}  # fmt: skip
"""Units a count may use: the unit of the date it gives, and how many of it one is."""
_UNITS = {word: days for word, (unit, days) in _AGO_UNITS.items() if unit == "day"}
"""The units that count days ("two days later", "a week after")."""
_DIRECTIONS = {"later": 1, "after": 1, "afterwards": 1, "earlier": -1, "before": -1}
_NEXT_DAY = {"next": 1, "following": 1, "previous": -1, "preceding": -1}


@dataclass(frozen=True, slots=True)
class DayCount:
    """A count of days in a sentence: how many (negative: earlier), the characters
    it spans, and whether it names what it counts from ("eight days after the
    August 11 launch": ``anchored``) or counts from what came before ("two days
    later", "the next day")."""

    days: int
    start: int
    end: int
    anchored: bool


def day_shifts(toks: list[Token], covered: list[tuple[int, int]]) -> dict[int, list[DayCount]]:
    """For each sentence that counts days outside the token ranges ``covered``
    (timestamp expressions), its counts, in text order."""
    inside = {k for i, j in covered for k in range(i, j)}
    found: dict[int, list[DayCount]] = {}
    for k, t in enumerate(toks):
        if k in inside or t.kind != "word" or (t.low not in _UNITS and t.low not in COUNTED_PARTS):
            continue
        count = _count_at(toks, k, inside)
        if count is not None:
            found.setdefault(t.sentence, []).append(count)
    return found


def _count_at(toks: list[Token], k: int, inside: set[int]) -> DayCount | None:
    """The days counted by the phrase around the unit word at ``k``: "two days later",
    "3 days after", "a week earlier", "the next day", "the day after"; None for
    anything else ("a day's delay", "two days later than planned")."""
    low = toks[k].low
    unit = _UNITS.get(low, 1)  # a part of the day ("the next morning") counts one day
    before = toks[k - 1] if k > 0 else None
    after = toks[k + 1] if k + 1 < len(toks) else None
    if before is not None and before.low == "the" and unit == 1:  # "the day after"
        direction = _DIRECTIONS.get(after.low) if after is not None else None
        if direction is None or after is None or _then(toks, k + 2, inside):
            return None
        if low in COUNTED_PARTS and k > 1 and toks[k - 2].low in ("in", "that"):
            return None  # "in the evening after, at 7:33 p.m.": that same day's evening
        anchored = after.low in _ANCHORED and _counts_from(toks, k + 2)
        return DayCount(direction, before.start, after.end, anchored)
    if low in COUNTED_PARTS and before is not None and before.low in _NEXT_DAY:
        the = toks[k - 2] if k > 1 else None  # "the next morning", "the previous evening"
        if the is None or the.low != "the":
            return None
        return DayCount(_NEXT_DAY[before.low], the.start, toks[k].end, False)
    if low in COUNTED_PARTS:
        return None
    if before is not None and before.low in _NEXT_DAY and unit == 1 and low == "day":
        the = toks[k - 2] if k > 1 else None  # "the next day", "the following day"
        if the is None or the.low != "the":
            return None
        return DayCount(_NEXT_DAY[before.low], the.start, toks[k].end, False)
    if before is None or after is None or k - 1 in inside:
        return None
    count = _COUNTS.get(before.low)
    if count is None and before.kind == "num" and 1 <= before.value <= 60:
        count = before.value
    direction = _DIRECTIONS.get(after.low)
    if count is None or direction is None or _then(toks, k + 2, inside):
        return None
    return DayCount(direction * count * unit, before.start, after.end, after.low in _ANCHORED)


_ANCHORED = frozenset({"after", "before"})
"""Direction words followed by what the count is from ("two days after it landed")."""

COUNTED_PARTS = DAY_PARTS - {"tonight"}
"""Parts of a day that count one day in "the night before", "the next morning"
("tonight" is a day of its own)."""


def _counts_from(toks: list[Token], k: int) -> bool:
    """Whether something follows "after"/"before" at ``k - 1`` for the count to count
    from ("the day after the landing"); "the day before, at 1:05" counts from the
    day the sentence is about."""
    nxt = toks[k] if k < len(toks) else None
    return (
        nxt is not None
        and nxt.sentence == toks[k - 1].sentence
        and (nxt.raw not in (",", ";", ".") and nxt.low != "at")
    )


def _then(toks: list[Token], k: int, inside: set[int]) -> bool:
    """Whether the count is compared, not counted: "two days later than planned"."""
    return k < len(toks) and k not in inside and toks[k].low == "than"


def counted_relative(toks: list[Token], i: int) -> Atom | None:
    """ "three days ago", "a year ago" (at "ago"), "two weeks from today" (at
    "today"): a count of units back from, or on from, the reference, as a relative
    date of the unit's precision (weeks count as days, approximate).

    >>> from .tokens import tokenize
    >>> counted_relative(tokenize("ten days ago"), 2).relative
    Relative(unit='day', shift=-10, side=None)
    """
    t = toks[i]
    if t.low == "ago":
        end, sign = i, -1
    elif t.low == "today" and i > 0 and toks[i - 1].low == "from":
        end, sign = i - 1, 1
    else:
        return None
    if end < 2:
        return None
    count_tok, unit_tok = toks[end - 2], toks[end - 1]
    unit = _AGO_UNITS.get(unit_tok.low)
    count = _COUNTS.get(count_tok.low)
    if count is None and count_tok.kind == "num" and 1 <= count_tok.value <= 99:
        count = count_tok.value
    if unit is None or count is None or (count == 1) != (unit_tok.low in _SINGULAR):
        return None
    if count_tok.kind == "num" and end >= 3 and toks[end - 3].low in MONTHS:
        return None  # "in March 2 years ago": the number is March's day, read already
    name, size = unit
    first = end - 2
    bound = (
        _BOUND_BEFORE_COUNT.get((toks[first - 2].low, toks[first - 1].low)) if first > 1 else None
    )
    if bound is not None:  # "more than three days ago": before that day
        first -= 2
    atom = Atom(first, i + 1, toks[first].start, t.end)
    atom.relative = Relative(name, sign * count * size)
    if bound is not None:
        more = bound == "more"
        atom.qualifier = "not_after" if more == (sign < 0) else "not_before"
    # "two weeks ago" is about a fortnight; "some three days ago" says about itself
    atom.approximate = size == 7 or (first > 0 and toks[first - 1].low == "some")
    return atom


_SINGULAR = frozenset({"day", "week", "month", "year"})
_BOUND_BEFORE_COUNT = {
    ("more", "than"): "more",
    ("less", "than"): "less", ("fewer", "than"): "less",
}  # fmt: skip
"""Words before a count that make it a bound: "more than three days ago" is not after
that day, "less than a week ago" not before it."""
