"""Quarters and halves of a year: "Q3 2026", "the third quarter of 2026", "H2 2026",
"the second half of 2026", "first-quarter 2025"; and weeks of a month: "the last
week of August" (the seven days to its end), "the first week of September".

Pipeline: lexicon → tokens → **atoms** (periods are one kind) → grammar → resolve → api.

No :class:`~lunamission.Timestamp` holds three or six months, so a period is a
range of two months, its first and its last ("Q3 2026" is July to September
2026), like "from July to September 2026"; two in a row that the text leaves
open make one range ("Q3 or Q4 2026" is July to December). A bound keeps the end
on its side: "NET Q3 2026" is ``not_before`` July 2026. A period needs its year,
written or relative ("Q1 next year", "the first half of this year", whose year the
resolver counts from the reference): "the third quarter" alone is not read.

>>> from .tokens import tokenize
>>> period_at(tokenize("Q3 2026"), 0).dates
(DatePart(year=2026, month=7, day=None), DatePart(year=2026, month=9, day=None))
"""

from __future__ import annotations

from dataclasses import replace

from .calendar_atoms import month_first
from .common import Atom, glued, is_year, month_length, tok
from .lexicon import PERIOD_LETTERS, PERIOD_ORDINALS, PERIOD_UNITS, RELATIVE_SHIFTS
from .parts import DatePart, Problem, Relative
from .tokens import Token

__all__ = ["PERIOD_TRIGGERS", "period_at"]

_WEEK_ORDINALS = {**PERIOD_ORDINALS, "last": -1, "final": -1}
PERIOD_TRIGGERS: frozenset[str] = frozenset({*_WEEK_ORDINALS, *(k.lower() for k in PERIOD_LETTERS)})
"""Lower-case words that may start a period."""


def period_at(toks: list[Token], i: int) -> Atom | None:
    """The quarter or half of a year starting at token ``i`` ("Q3 2026", "the third
    quarter of 2026"), or two in a row that the text leaves open ("Q3 or Q4 2026",
    "the third or fourth quarter of 2026": July to December), or a week of a month
    ("the last week of August"), or None."""
    if toks[i].low in _WEEK_ORDINALS and (week := _week_of_month(toks, i)) is not None:
        return week
    head = _head(toks, i)
    if head is None:
        return None
    number, unit, k = head
    glue = tok(toks, k)
    if glue is not None and glue.low == "or":
        return _either(toks, i, number, unit, k + 1)
    if unit is None:
        return None
    if glue is not None and glue.low in ("of", ","):
        k += 1
    first, last = _months(number, unit)
    year = tok(toks, k)
    if year is not None and is_year(year):
        dates = (DatePart(year.value, first), DatePart(year.value, last))
        return Atom(i, k + 1, toks[i].start, year.end, dates=dates, kind="range")
    # "Q1 next year": the resolver gives the year
    return _in_relative_year(toks, i, k, (DatePart(None, first), DatePart(None, last)))


def _in_relative_year(
    toks: list[Token], i: int, k: int, dates: tuple[DatePart, ...]
) -> Atom | None:
    """The range ``dates`` (with no year) from token ``i``, its year the relative one
    at token ``k`` ("next year"), or None when none is there."""
    relative = _relative_year(toks, k)
    if relative is None:
        return None
    shift, after = relative
    return Atom(
        i, after, toks[i].start, toks[after - 1].end, dates=dates, kind="range",
        relative=Relative("year", shift),
    )  # fmt: skip


def _relative_year(toks: list[Token], k: int) -> tuple[int, int] | None:
    """How many years "next year", "the next year", "this year" or "last year" at
    token ``k`` is from the reference's, and the token after it; None when no such
    phrase is there ("the last year" is the past twelve months, not read)."""
    word, unit = tok(toks, k), tok(toks, k + 1)
    if word is not None and word.low == "the" and unit is not None and unit.low == "next":
        word, unit, k = unit, tok(toks, k + 2), k + 1
    if word is None or unit is None or unit.low != "year":
        return None
    shift = RELATIVE_SHIFTS.get(word.low)
    return None if shift is None else (shift, k + 2)


def _week_of_month(toks: list[Token], i: int) -> Atom | None:
    """ "the first week of September" (1 to 7 September), "the last week of August"
    (25 to 31 August): the seven days from the month's start or to its end, as a
    range. "last week" alone is the relative week, and not read here."""
    word, of = tok(toks, i + 1), tok(toks, i + 2)
    if word is None or of is None or word.low != "week" or of.low != "of" or i + 3 >= len(toks):
        return None
    month = month_first(toks, i + 3)
    if month is None or month.problem is not None or len(month.dates) != 1:
        return None
    (d,) = month.dates
    if d.month is None or d.day is not None:
        return None
    n = _WEEK_ORDINALS[toks[i].low]
    if n > 0:
        first = 7 * (n - 1) + 1
    elif d.month == 2 and d.year is None:
        start, end = toks[i].start, month.end
        reason = "the last week of February depends on the year: write the year"
        problem = Problem("ambiguous_date", reason, start, end)
        return Atom(i, month.j, start, end, problem=problem)
    else:
        first = month_length(d.year, d.month) - 6
    dates = (replace(d, day=first), replace(d, day=first + 6))
    if d.year is None and (relative := _in_relative_year(toks, i, month.j, dates)) is not None:
        return relative  # "the first week of August next year"
    return Atom(i, month.j, toks[i].start, month.end, dates=dates, kind="range")


def _head(toks: list[Token], i: int) -> tuple[int, int | None, int] | None:
    """ "Q3", "third quarter", "first-half", or a bare "third" (whose unit a later
    period gives: "the third or fourth quarter"): its number, how many such periods
    a year has (None when not said yet) and the token after it."""
    t, k = toks[i], i + 1
    if t.raw in PERIOD_LETTERS:  # "Q3", "H2": the letter glued to its number
        n = tok(toks, k)
        if n is None or n.kind != "num" or not glued(toks, k) or len(n.raw) != 1:
            return None
        unit = PERIOD_LETTERS[t.raw]
        return (n.value, unit, k + 1) if 1 <= n.value <= unit else None
    number = PERIOD_ORDINALS.get(t.low)
    if number is None:
        return None
    dash = tok(toks, k)
    if dash is not None and dash.raw == "-" and glued(toks, k):
        k += 1  # "first-quarter"
    word = tok(toks, k)
    if word is not None and word.low in PERIOD_UNITS:
        unit = PERIOD_UNITS[word.low]
        return (number, unit, k + 1) if number <= unit else None
    return (number, None, k) if word is not None and word.low == "or" else None


def _either(toks: list[Token], i: int, number: int, unit: int | None, k: int) -> Atom | None:
    """The first of two periods ``number`` (of ``unit`` a year) and the one from
    token ``k`` on, as one range from the earlier's first month to the later's last."""
    later = period_at(toks, k) if k < len(toks) else None
    head = _head(toks, k) if later is not None else None
    if later is None or head is None or head[1] is None:
        return None
    if unit is not None and unit != head[1]:
        return None  # "Q3 or H2 2026": not the same kind of period
    first, last = _months(number, head[1])
    start, end = later.dates[0], later.dates[-1]
    if start.month is None or end.month is None:
        return None
    if start.month not in (first, last + 1) and first != end.month + 1:
        # "Q1 or Q4 2026": not in a row, so no one range holds just them
        reason = "two periods that are not in a row: give each its own time"
        problem = Problem("ambiguous_date", reason, toks[i].start, later.end)
        return Atom(i, later.j, toks[i].start, later.end, problem=problem)
    # From the earlier's first month to the later's last, in whichever order they
    # are written ("Q4 or Q3 2026" is July to December too).
    dates = (
        DatePart(start.year, min(first, start.month)),
        DatePart(end.year, max(last, end.month)),
    )
    return Atom(
        i, later.j, toks[i].start, later.end, dates=dates, kind="range", relative=later.relative
    )


def _months(number: int, unit: int) -> tuple[int, int]:
    """The first and last month of period ``number`` of ``unit`` in a year."""
    months = 12 // unit  # a quarter is 3 months, a half 6
    first = (number - 1) * months + 1
    return first, first + months - 1
