"""Clock readings and zone phrases: "2:10 a.m.", "14.57", "1457 GMT", "noon",
"Moscow time", "UTC+03:00".

Pipeline: lexicon → tokens → **atoms** → grammar → resolve → api.

>>> from .tokens import tokenize
>>> clock_at(tokenize("2 p.m."), 0).clock
ClockPart(hour=14, minute=0, second=0, precision=<Precision.HOUR: 'hour'>, bare=False)
>>> zone_at(tokenize("GMT+3"), 0).zone.name
'+03:00'
"""

from __future__ import annotations

from ..errors import ZoneError
from ..timestamp import Precision
from ..zones import zone_name
from .common import Atom, glued, is_num, is_year, number_may_start, tok
from .lexicon import (
    CLOCK_WORDS,
    CONTEXT_WORDS,
    DASHES,
    HOURS_WORDS,
    MERIDIEM,
    MONTHS,
    NOT_ZONE_NAMES,
    OCLOCK,
    OFFSET_PREFIXES,
    UNKNOWN_ZONE_WORDS,
    WEAK_ZONE_ABBREVIATIONS,
    WEEKDAYS,
    ZONE_ABBREVIATIONS,
    ZONE_PHRASES,
    ZoneEntry,
)
from .parts import ClockPart, Problem, ZonePart
from .tokens import Token

__all__ = [
    "clock_at",
    "clock_follows",
    "clock_window",
    "number_clock_at",
    "zone_after",
    "zone_at",
]

_SIGNS = {"+": "+", "-": "-", "−": "-"}
_WEST, _EAST = 12 * 60, 14 * 60  # minutes: the widest offsets any zone has used
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], ZoneEntry]]] = {}
for _phrase, _entry in sorted(ZONE_PHRASES.items(), key=lambda kv: -len(kv[0])):
    _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _entry))
_SECOND_WORDS: dict[str, frozenset[str] | None] = {
    first: None if any(len(p) == 1 for p, _ in found) else frozenset(p[1] for p, _ in found)
    for first, found in _PHRASES_BY_FIRST.items()
}
"""The words a zone phrase may go on with after its first word ("moscow" → "time",
"standard"), or None where the first word is a phrase on its own ("utc")."""


def _meridiem(toks: list[Token], k: int) -> str | None:
    if k >= len(toks):
        return None
    t = toks[k]
    if t.kind == "mer":
        return MERIDIEM.get(t.low)
    if t.kind == "word" and t.low in ("am", "pm") and t.raw in ("am", "pm", "AM", "PM"):
        return t.low
    return None


def clock_follows(toks: list[Token], k: int) -> bool:
    """Whether the number at ``k`` is the hour of a clock ("14:57", "2 p.m.")."""
    n = len(toks)
    if k + 1 >= n:
        return False
    nxt = toks[k + 1]
    if nxt.kind == "mark":
        sep = nxt.raw
        if (sep == ":" or sep == ".") and toks[k].end == nxt.start and k + 2 < n:
            mins = toks[k + 2]
            if mins.kind == "num" and mins.value >= 0 and len(mins.raw) == 2:
                return nxt.end == mins.start
        return nxt.low in OCLOCK
    if nxt.kind == "mer":  # as _meridiem reads it
        return nxt.low in MERIDIEM or nxt.low in OCLOCK
    if nxt.kind == "word" and nxt.low in ("am", "pm") and nxt.raw in ("am", "pm", "AM", "PM"):
        return True
    return nxt.low in OCLOCK


def clock_at(toks: list[Token], i: int, *, after_t: bool = False) -> Atom | None:
    """A clock reading starting at token ``i``, with a glued offset ("02:10+03:00",
    "02:10Z") when there is one. ``after_t`` allows the hour to be glued to the
    "T" of an ISO date."""
    t = toks[i]
    if t.kind == "word":
        return _named_clock(toks, i)
    if t.kind != "num" or t.value < 0 or not (after_t or number_may_start(toks, i)):
        return None
    return number_clock_at(toks, i)


def number_clock_at(toks: list[Token], i: int) -> Atom | None:
    """:func:`clock_at` for a number the caller has checked may start a clock."""
    t = toks[i]
    if len(t.raw) == 4:
        return _four_digit_clock(toks, i)
    if len(t.raw) > 2:
        return None
    n = len(toks)
    hour, minute, second = t.value, 0, 0
    precision: Precision | None = None
    weak = False
    k = i + 1
    if k + 1 < n:
        sep, mins = toks[k], toks[k + 1]
        mark = sep.raw
        if (
            (mark == ":" or mark == ".")
            and t.end == sep.start
            and mins.kind == "num"
            and mins.value >= 0
            and len(mins.raw) == 2
            and sep.end == mins.start
        ):
            if mark == "." and k + 2 < n:
                after = toks[k + 2]
                if (after.raw == "." or after.raw == "/") and mins.end == after.start:
                    return None  # "11.08.2023" is a date, not a clock
            minute, precision, k = mins.value, Precision.MINUTE, k + 2
            weak = mark == "."
            if k + 1 < n:
                colon, secs = toks[k], toks[k + 1]
                if (
                    colon.raw == mark
                    and mins.end == colon.start
                    and secs.kind == "num"
                    and secs.value >= 0
                    and len(secs.raw) == 2
                    and colon.end == secs.start
                ):
                    second, precision, k = secs.value, Precision.SECOND, k + 2
                    k = _past_fraction(toks, k)  # "17:27:10.5": second precision holds it
    if precision is None and k < n and toks[k].low == "h":
        h_clock = _h_clock(toks, k)  # "12h20 GMT", "21h CEST", "02 h 10 min 57 s"
        if h_clock is not None:
            minute, second, precision, k = h_clock
    if k < n and hour == 12 and minute == 0 and toks[k].low in _NOON_OR_MIDNIGHT:
        # "12 noon", "12:00 midnight": the word says the half of the day
        hour = 0 if toks[k].low == "midnight" else 12
        return _finish_clock(toks, i, k + 1, hour, 0, 0, Precision.MINUTE, None, False)
    mer = _meridiem(toks, k)
    if mer is not None:
        k += 1
        weak = False
        precision = precision or Precision.HOUR
    elif precision is None:
        if k >= n or toks[k].low not in OCLOCK:
            return None
        k += 1
        precision = Precision.HOUR
        mer = _meridiem(toks, k)
        k += mer is not None
        if mer is None and 1 <= hour <= 12:
            # Which half of the day "6 o'clock" is, only a part of the day can say
            # ("this evening"): the grammar clears this problem when one does.
            atom = _bad_clock(toks, i, k, "ambiguous_time", "a 12-hour clock without a.m. or p.m.")
            atom.clock = ClockPart(hour, 0, 0, precision, True)
            return atom
    elif k < n and toks[k].low in HOURS_WORDS:
        k = _past_hours(toks, k)
    return _finish_clock(toks, i, k, hour, minute, second, precision, mer, weak)


def _past_hours(toks: list[Token], k: int) -> int:
    """Past the hours word at ``k``, and past a full stop glued to it when a zone
    follows (ISRO's "18:04 Hrs. IST")."""
    k += 1
    dot = tok(toks, k)
    glued = dot is not None and dot.raw == "." and dot.start == toks[k - 1].end
    return k + 1 if glued and zone_at(toks, k + 1) is not None else k


def _four_digit_clock(toks: list[Token], i: int) -> Atom | None:
    """ "1457 GMT", "0210 hours": four digits only count with a zone or "hours", or
    as the start of a window whose end has one ("1100-1200 GMT", "0604 to 0804 GMT")."""
    k = i + 1
    word = tok(toks, k)
    hour, minute = divmod(toks[i].value, 100)
    if word is not None and word.low in HOURS_WORDS:
        k = _past_hours(toks, k)
    elif zone_at(toks, k) is None and not (
        # with no zone of its own: a real clock, not a year in context ("in 2019 (0300 GMT)")
        hour < 24
        and minute < 60
        and not (i > 0 and toks[i - 1].low in CONTEXT_WORDS and is_year(toks[i]))
        and (_four_digit_window(toks, k) or _read_again(toks, k))
    ):
        return None
    return _finish_clock(toks, i, k, hour, minute, 0, Precision.MINUTE, None, False)


def _past_fraction(toks: list[Token], k: int) -> int:
    """The token after a fraction of a second written at ``k`` (".5", ",3", ".123",
    glued both sides), or ``k`` when there is none. A second-precision clock spans
    the whole second, so the fraction is inside it."""
    mark, digits = tok(toks, k), tok(toks, k + 1)
    if (
        mark is not None
        and digits is not None
        and mark.raw in (".", ",")
        and glued(toks, k)
        and glued(toks, k + 1)
        and digits.kind == "num"
        and digits.raw.isdigit()  # any length: "17:27:10.123456"
    ):
        return k + 2
    return k


def _h_clock(toks: list[Token], k: int) -> tuple[int, int, Precision, int] | None:
    """A clock written with "h" (any case) after its hour at token ``k - 1``, as
    French and Russian wire copy writes it: "12h20", "12 h 34", "12H34",
    "12h34min", "02 h 10 min 57 s", or the hour alone, "21h". Its minutes, seconds,
    precision and the token after it; None unless a zone follows, since without one
    "6h30" may be a duration.

    >>> from .tokens import tokenize
    >>> _h_clock(tokenize("02 h 10 min 57 s Moscow time"), 1)
    (10, 57, <Precision.SECOND: 'second'>, 6)
    """
    if toks[k].start - toks[k - 1].end > 1:
        return None
    k += 1  # past the "h"
    minute = second = 0
    precision = Precision.HOUR
    mins = tok(toks, k)
    if is_num(mins, 2) and mins is not None and mins.start - toks[k - 1].end <= 1:
        minute, precision, k = mins.value, Precision.MINUTE, k + 1
        if (t := tok(toks, k)) is not None and t.low == "min":
            k += 1
            secs = tok(toks, k)
            if is_num(secs, 2) and (s_tok := tok(toks, k + 1)) is not None and s_tok.low == "s":
                assert secs is not None
                second, precision, k = secs.value, Precision.SECOND, k + 2
    if zone_at(toks, k) is None and not _read_again(toks, k) and not _h_window(toks, k):
        return None
    return minute, second, precision, k


def _h_window(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` joins an "h" clock to a second one that names its zone:
    "between 14h **and 15h GMT**", "from 14h **to 15h GMT**"."""
    joiner, end, h = tok(toks, k), tok(toks, k + 1), tok(toks, k + 2)
    if joiner is None or end is None or h is None or joiner.low not in _FOUR_DIGIT_JOINERS:
        return False
    return is_num(end, 1, 2) and h.low == "h" and _h_clock(toks, k + 2) is not None


_NOON_OR_MIDNIGHT = frozenset({"noon", "midnight"})


def _read_again(toks: list[Token], k: int) -> bool:
    """Whether a bracket at token ``k`` reads the clock before it again in a zone:
    "0210 (2310 GMT)", "02h10 (23h10 GMT)". Such a clock is one, with the bracket's
    UTC reading to fix its offset."""
    opening = tok(toks, k)
    if opening is None or opening.raw != "(" or not is_num(tok(toks, k + 1), 1, 2, 4):
        return False
    inner = number_clock_at(toks, k + 1)
    return (
        inner is not None
        and inner.problem is None
        and (inner.zone is not None or zone_after(toks, inner.j) is not None)
    )


_FOUR_DIGIT_JOINERS = DASHES | {"to", "and", "through", "until", "till"}


def _four_digit_window(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` joins a four-digit clock to a second one that names its
    zone (or "hours"): "1100**-1200 GMT**", "between 1100 **and 1200 GMT**"."""
    joiner, end = tok(toks, k), tok(toks, k + 1)
    if joiner is None or end is None or joiner.low not in _FOUR_DIGIT_JOINERS:
        return False
    if joiner.kind == "mark" and not (glued(toks, k) and glued(toks, k + 1)):
        return False
    if not is_num(end, 4):
        return False
    after = tok(toks, k + 2)
    if after is None or not (after.low in HOURS_WORDS or zone_at(toks, k + 2) is not None):
        return False
    atom = _four_digit_clock(toks, k + 1)
    return atom is not None and atom.problem is None


def _named_clock(toks: list[Token], i: int) -> Atom | None:
    reading = CLOCK_WORDS.get(toks[i].low)
    if reading is None:
        return None
    t = toks[i]
    clock = ClockPart(reading[0], reading[1], 0, Precision.MINUTE)
    atom = Atom(i, i + 1, t.start, t.end)
    atom.clock = clock
    return atom


def _finish_clock(
    toks: list[Token],
    i: int,
    k: int,
    hour: int,
    minute: int,
    second: int,
    precision: Precision,
    mer: str | None,
    weak: bool,
) -> Atom:
    if mer is not None:
        # JAXA writes the hour after midnight as "0:20 a.m."; "0:20 p.m." names nothing
        if not (1 <= hour <= 12 or (hour == 0 and mer == "am")):
            return _bad_clock(toks, i, k, "impossible_date", f"no hour {hour} on a 12-hour clock")
        hour = hour % 12 + (12 if mer == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        reason = (
            "a leap second (23:59:60) cannot be held exactly"
            if second == 60
            else "no such time of day"
        )
        return _bad_clock(toks, i, k, "impossible_date", reason)
    last = toks[k - 1]
    atom = Atom(i, k, toks[i].start, last.end)
    raw = toks[i].raw
    bare = mer is None and 1 <= hour <= 12 and len(raw) <= 2 and raw[0] != "0"
    atom.clock = ClockPart(hour, minute, second, precision, bare)
    atom.weak = weak
    if k < len(toks) and toks[k].start == last.end:
        _glued_offset(toks, atom)
    return atom


def _bad_clock(toks: list[Token], i: int, k: int, code: str, reason: str) -> Atom:
    start, end = toks[i].start, toks[k - 1].end
    return Atom(i, k, start, end, problem=Problem(code, reason, start, end), weak=True)


def _glued_offset(toks: list[Token], atom: Atom) -> None:
    """Attach "Z" or "+03:00" written right after a clock (ISO style); the caller has
    checked that a token touches the clock."""
    k = atom.j
    t = toks[k]
    if t.raw == "Z":
        atom.zone = ZonePart("UTC", None, t.start, t.end)
        atom.j, atom.end = k + 1, t.end
        return
    if t.raw in _SIGNS and (_SIGNS[t.raw] == "+" or _minus_offset(toks, atom)):
        got = _offset(toks, k)
        if got is not None:
            atom.zone, atom.j = got
            atom.end = toks[atom.j - 1].end
            if atom.zone.name is None:
                atom.problem = Problem("unknown_zone", "offset out of range", t.start, atom.end)


def _minus_offset(toks: list[Token], clock: Atom) -> bool:
    """Whether a dash right after ``clock`` starts a UTC offset rather than the end of
    a window ("1:04-3:04 a.m.", "14:10-14:57"): always in an ISO date-time
    ("2023-08-11T02:10-04:00", "2023-08-11 02:10-04:00"); in prose only when what
    follows is shaped like an offset ("-05:00": hours 01 to 12, minutes 00, 30 or
    45) and, read as a window's end, would come before the clock."""
    i, k = clock.i, clock.j
    if i > 0 and toks[i - 1].raw in ("T", "t") and glued(toks, i):
        return True
    if _after_iso_date(toks, i):
        return True
    hours, colon, minutes = tok(toks, k + 1), tok(toks, k + 2), tok(toks, k + 3)
    if (
        clock.clock is None
        or hours is None
        or colon is None
        or minutes is None
        or colon.raw != ":"
        or not (is_num(hours, 2) and is_num(minutes, 2))
    ):
        return False
    h, m = hours.value, minutes.value
    return 1 <= h <= 12 and m in (0, 30, 45) and (h, m) < (clock.clock.hour, clock.clock.minute)


def _after_iso_date(toks: list[Token], i: int) -> bool:
    """Whether the clock at token ``i`` follows an ISO date and a space ("2024-05-03
    17:25", as ``str()`` of a datetime writes it)."""
    if i < 5 or glued(toks, i):
        return False
    y, d1, m, d2, d = toks[i - 5 : i]
    return (
        is_num(y, 4)
        and is_num(m, 2)
        and is_num(d, 2)
        and d1.raw == "-"
        and d2.raw == "-"
        and all(glued(toks, j) for j in range(i - 4, i))
    )


def _offset(toks: list[Token], k: int, *, spaced: bool = False) -> tuple[ZonePart, int] | None:
    """ "+3", "+03:00", "+0300", "-5", and as the Indian press writes +05:30, "+530"
    and "+5.30", starting at the sign token ``k``; ``spaced`` (after "GMT" or "UTC")
    also takes one space after the sign ("GMT + 5:30")."""
    sign = _SIGNS.get(toks[k].raw)
    hours = tok(toks, k + 1)
    if sign is None or hours is None or not is_num(hours, 1, 2, 3, 4):
        return None
    spaced_out = not glued(toks, k + 1)
    if spaced_out and not (spaced and hours.start - toks[k].end == 1):
        return None
    h, m, end = hours.value, 0, k + 2
    if len(hours.raw) >= 3:
        h, m = divmod(hours.value, 100)
    else:
        colon, mins = tok(toks, end), tok(toks, end + 1)
        if colon is not None and colon.raw in (":", ".") and glued(toks, end) and is_num(mins, 2):
            assert mins is not None
            if glued(toks, end + 1):
                m, end = mins.value, end + 2
    if spaced_out and end == k + 2 and len(hours.raw) < 3:
        return None  # "UTC + 2 days": a spaced offset must say its minutes ("GMT + 5:30")
    name: str | None = None
    if -_WEST <= (h * 60 + m) * (-1 if sign == "-" else 1) <= _EAST:  # what zones use
        try:
            name = zone_name(f"{sign}{h:02d}:{m:02d}")
        except ZoneError:
            name = None
    return ZonePart(name, None, toks[k].start, toks[end - 1].end), end


def _spells(toks: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether the words from ``i`` on are ``phrase`` (whose first word the caller
    has matched); the tokens are there."""
    for n in range(1, len(phrase)):
        t = toks[i + n]
        if t.kind != "word" or t.low != phrase[n]:
            return False
    return True


def zone_after(toks: list[Token], k: int) -> tuple[ZonePart, int] | None:
    """A known zone phrase at token ``k`` ("GMT", "Moscow time": not an unknown one)
    and the token after it, or None."""
    found = zone_at(toks, k)
    if found is None or found.zone is None or found.problem is not None:
        return None
    return found.zone, found.j


def zone_at(toks: list[Token], i: int) -> Atom | None:
    """A zone phrase starting at token ``i``: an abbreviation (case-sensitive, with an
    optional offset after UTC/GMT), a phrase ("Moscow time"), or an unknown
    "<Capitalized> time" kept so that it can be reported."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t.kind != "word":
        return None
    entry = ZONE_ABBREVIATIONS.get(t.raw)
    if entry is not None:
        atom = Atom(i, i + 1, t.start, t.end, "zone")
        atom.weak = t.raw in WEAK_ZONE_ABBREVIATIONS
        atom.zone = ZonePart(entry.name, entry.offset_minutes, t.start, t.end)
        if t.raw in OFFSET_PREFIXES:
            sign = tok(toks, i + 1)
            if sign is not None and sign.raw in _SIGNS and sign.start - t.end <= 1:
                got = _offset(toks, i + 1, spaced=True)
                if got is not None:
                    part, atom.j = got
                    atom.end = part.end
                    atom.zone = ZonePart(part.name, None, t.start, part.end)
                    if part.name is None:
                        reason = "offset out of range"
                        atom.problem = Problem("unknown_zone", reason, t.start, part.end)
        return atom
    phrases = _PHRASES_BY_FIRST.get(t.low, ())
    if phrases:
        seconds = _SECOND_WORDS[t.low]
        if seconds is not None and (i + 1 >= len(toks) or toks[i + 1].low not in seconds):
            phrases = ()  # "local" not followed by "time": no phrase can match
    for phrase, entry in phrases:
        size = len(phrase)
        end = i + size
        if end > len(toks):
            continue
        if size > 1:
            second = toks[i + 1]
            if second.kind != "word" or second.low != phrase[1]:
                continue
            if size > 2 and not _spells(toks, i, phrase):
                continue
        last = toks[end - 1]
        atom = Atom(i, end, t.start, last.end, "zone")
        atom.zone = ZonePart(entry.name, entry.offset_minutes, t.start, last.end)
        return atom
    nxt = tok(toks, i + 1)
    if (
        nxt is not None
        and nxt.low in UNKNOWN_ZONE_WORDS
        and t.raw[:1].isupper()
        and t.low not in MONTHS
        and t.low not in WEEKDAYS
        and t.low not in NOT_ZONE_NAMES
    ):
        problem = Problem("unknown_zone", f"unknown time zone {t.raw!r}", t.start, nxt.end)
        return Atom(
            i, i + 2, t.start, nxt.end, role="zone", problem=problem, weak=True, unknown_zone=True
        )
    return None


def clock_window(
    toks: list[Token], start: Atom, end: Atom, i: int, j: int, *, instants: bool = True
) -> Atom | None:
    """The window from clock ``start`` to clock ``end`` ("between 2 and 3 p.m.",
    "1:04-3:04 a.m.", "from 14:10 to 14:57") as one atom over tokens ``i`` to ``j``.
    A start written with no a.m. / p.m. takes the end's half of the day when that
    keeps it before the end ("2 and 3 p.m." is 14:00 to 15:00). Both ends are
    instants, so an hour reading becomes a minute one (15:00, not the hour from
    15:00); an end before the start is on the next day. ``instants=False`` keeps
    each reading's own precision (two times of which one: "2 or 3 p.m.").

    >>> from .tokens import tokenize
    >>> toks = tokenize("2 and 3 p.m.")
    >>> w = clock_window(toks, _bare_hour(toks, 0), number_clock_at(toks, 2), 0, 4)
    >>> (w.clock.hour, w.clock.minute, w.clock_end.hour, w.clock_end.precision.value)
    (14, 0, 15, 'minute')
    """
    first, last = start.clock, end.clock
    if first is None or last is None or start.problem is not None or end.problem is not None:
        return None
    if start.zone is not None and (end.zone is None or end.zone.name != start.zone.name):
        return None  # "14:10 GMT to 14:57 Moscow time" is not one window
    half = _meridiem_of(toks, end)
    lone = start.j - start.i == 1 and toks[start.i].kind == "num"
    if lone and first.precision is Precision.HOUR and half is None:
        return None  # "between 2 and 14:57": no half of the day for the 2
    hour = first.hour
    if _meridiem_of(toks, start) is None and hour < 12:
        if half == "pm" and hour + 12 <= last.hour:
            hour += 12  # "between 2 and 3 p.m."
        elif half == "am" and hour > last.hour:
            hour += 12  # "between 11 and 1 a.m.": from 11 p.m.
    atom = Atom(i, j, toks[i].start, toks[j - 1].end)
    bare = first.bare and hour == first.hour and half is None
    atom.clock = ClockPart(hour, first.minute, first.second, first.precision, bare)
    atom.clock_end = last
    if instants:
        atom.clock, atom.clock_end = _instant(atom.clock), _instant(last)
    atom.zone = end.zone or start.zone
    return atom


def _instant(clock: ClockPart) -> ClockPart:
    if clock.precision is Precision.HOUR:
        return ClockPart(clock.hour, 0, 0, Precision.MINUTE, clock.bare)
    return clock


def _meridiem_of(toks: list[Token], atom: Atom) -> str | None:
    for k in range(atom.i, atom.j):
        mer = _meridiem(toks, k)
        if mer is not None:
            return mer
    return None


def window_start(toks: list[Token], k: int) -> Atom | None:
    """The start of a clock window at token ``k``: a clock, or a bare hour that the
    end's a.m. / p.m. completes ("between **2** and 3 p.m.")."""
    t = tok(toks, k)
    if t is None:
        return None
    if t.kind == "word":
        return _named_clock(toks, k)
    if t.kind != "num" or t.value < 0:
        return None
    return number_clock_at(toks, k) or _bare_hour(toks, k)


def _bare_hour(toks: list[Token], k: int) -> Atom | None:
    t = toks[k]
    if t.kind != "num" or len(t.raw) > 2 or not 1 <= t.value <= 12:
        return None
    atom = Atom(k, k + 1, t.start, t.end)
    atom.clock = ClockPart(t.value, 0, 0, Precision.HOUR)
    return atom
