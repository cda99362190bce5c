"""Bracketed second readings of a clock: "2:57 p.m. Moscow time **(1157 GMT)**",
"11:04 p.m. ET **(0304 GMT Saturday)**", "between 2 and 3 p.m. **(1100-1200 GMT)**".

Pipeline: lexicon → tokens → **atoms** (a bracket is one, role ``conversion``) →
grammar → resolve → api.

The atom scan (:func:`~.atoms.scan`) calls :func:`conversion_at` when a clock (or a
window of two) opens a bracket; the grammar then joins the conversion to the
expression before it, and :func:`~.agreement.check_conversion` checks that both
readings name one moment. A bracket that reads like one but names a zone we do not
know, "(0808 XYZ Friday)", is :func:`unknown_bracket`: one atom carrying
``unknown_zone``, so that neither its clock nor its day is read on its own.
"""

from __future__ import annotations

from datetime import timedelta

from ..zones import get_zone
from .calendar_atoms import date_atom_at, weekday_at
from .clock_atoms import clock_at, number_clock_at, zone_after, zone_at
from .common import Atom, is_num, tok
from .lexicon import GROUP_CONNECTORS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .parts import ClockPart, DatePart, Problem, ZonePart
from .tokens import Token

__all__ = ["conversion_at", "restated_zone", "unknown_bracket"]


_CONVERSION_GLUE = GROUP_CONNECTORS - {"(", ")"}
"""Words that may stand between the zone and the day inside a bracketed second reading
("(02:10 Moscow time on August 11)")."""


def conversion_at(toks: list[Token], clock: Atom) -> Atom | None:
    """ "(1157 GMT)", "(2310Z)", "(02:10 Moscow time on August 11)", "(0304 GMT
    Saturday)", "(12:40 p.m. EST, 1740 GMT)": a clock right after a "(", its zone,
    maybe further readings after commas, and maybe the day of the last (a date, a
    weekday, or both), then ")". Anything else inside gives None.

    >>> from .tokens import tokenize
    >>> toks = tokenize("(2310 GMT on Aug. 10)")
    >>> atom = conversion_at(toks, number_clock_at(toks, 1))
    >>> atom.role, atom.clock.hour, atom.zone.name, atom.dates[0].day, (atom.start, atom.end)
    ('conversion', 23, 'UTC', 10, (0, 21))
    >>> toks = tokenize("(0304 GMT Saturday)")
    >>> conversion_at(toks, number_clock_at(toks, 1)).weekday
    5
    """
    reading = _bracket_reading(toks, clock)
    if reading is None:
        return None
    clock_part, zone, k = reading
    readings: list[tuple[ClockPart, ZonePart]] = []
    while clock.clock_end is None and (t := tok(toks, k)) is not None and t.raw in (",", ";"):
        after = clock_at(toks, k + 1) if k + 1 < len(toks) else None  # "(12:40 p.m. EST, 1740 GMT)"
        more = _bracket_reading(toks, after) if after is not None else None
        if more is None:
            break
        readings.append((clock_part, zone))
        clock_part, zone, k = more
    tail = _bracket_tail(toks, k)
    if tail is None:
        return None
    dates, weekday, k = tail
    t = toks[k]
    opening = toks[clock.i - 1]
    atom = Atom(
        clock.i - 1, k + 1, opening.start, t.end, "conversion", dates, clock=clock_part, zone=zone
    )
    atom.weekday = weekday
    atom.readings = tuple(readings)
    atom.clock_end = clock.clock_end  # "(1100-1200 GMT)": a window's two ends
    return atom


def _bracket_tail(toks: list[Token], k: int) -> tuple[tuple[DatePart, ...], int | None, int] | None:
    """What may close a bracketed reading from token ``k``: ")" alone, or the day of
    the reading first (after at most two glue words: "on", ", on") and then ")".
    The day's dates, its weekday and the index of the ")"; None for anything else."""
    dates: tuple[DatePart, ...] = ()
    weekday = None
    t = tok(toks, k)
    if t is not None and t.raw != ")":
        for _ in range(2):  # "on", ", on"
            if t is None or t.low not in _CONVERSION_GLUE:
                break
            k += 1
            t = tok(toks, k)
        day = _bracket_day(toks, k) if t is not None else None
        if day is None:
            return None
        dates, weekday, k = day
        t = tok(toks, k)
    if t is None or t.raw != ")":
        return None
    return dates, weekday, k


def _bracket_reading(toks: list[Token], clock: Atom) -> tuple[ClockPart, ZonePart, int] | None:
    """A clock (or the start of a window) and the zone it names, inside brackets, and
    the token after them."""
    if clock.problem is not None or clock.clock is None or clock.kind == "alternatives":
        return None
    if clock.zone is not None:
        return clock.clock, clock.zone, clock.j
    found = zone_after(toks, clock.j)
    return None if found is None else (clock.clock, *found)


def _bracket_day(toks: list[Token], k: int) -> tuple[tuple[DatePart, ...], int | None, int] | None:
    """The day of a bracketed second reading from token ``k``: "Aug. 10", "Saturday",
    "Saturday, Aug. 19" or "Sat., Aug. 19" (one day-level date and/or a weekday),
    and the token after it; None for anything else."""
    weekday = None
    t = tok(toks, k)
    if t is not None and t.kind == "word" and t.low in _WEEKDAY_WORDS:
        named = weekday_at(toks, k)
        if named is not None:
            weekday, k = named.weekday, named.j
            after = tok(toks, k)
            if after is not None and after.raw == ",":
                k += 1
            elif not named.weak:
                return (), weekday, k  # "(0304 GMT Saturday)"
    day = date_atom_at(toks, k)
    if (
        day is None
        or day.problem is not None
        or day.clock is not None
        or len(day.dates) != 1
        or day.dates[0].level != "day"
    ):
        return None
    return day.dates, weekday, day.j


_WEEKDAY_WORDS = frozenset({*WEEKDAYS, *WEEKDAY_ABBREVIATIONS})


def unknown_bracket(toks: list[Token], k: int) -> Atom | None:
    """A bracket from the "(" at token ``k`` that reads like a second reading but names
    a zone we do not know: "(0808 XYZ Friday)", "(08:08 XYZ)". It is one atom, role
    ``conversion``, carrying ``unknown_zone`` under the abbreviation.

    >>> from .tokens import tokenize
    >>> atom = unknown_bracket(tokenize("(0808 XYZ Friday)"), 0)
    >>> atom.problem.code, (atom.problem.start, atom.problem.end), (atom.start, atom.end)
    ('unknown_zone', (6, 9), (0, 17))
    """
    opening, first = tok(toks, k), tok(toks, k + 1)
    if opening is None or first is None or opening.raw != "(" or first.kind != "num":
        return None
    if is_num(first, 4):
        j = k + 2
    else:
        clock = number_clock_at(toks, k + 1)
        if clock is None or clock.zone is not None or clock.problem is not None:
            return None
        j = clock.j
    abbreviation = tok(toks, j)
    if (
        abbreviation is None
        or abbreviation.kind != "word"
        or not 2 <= len(abbreviation.raw) <= 5
        or not abbreviation.raw.isupper()
        or zone_at(toks, j) is not None
    ):
        return None
    tail = _bracket_tail(toks, j + 1)
    if tail is None:
        return None
    n = tail[2]
    t = toks[n]
    reason = f"unknown time zone {abbreviation.raw!r}"
    problem = Problem("unknown_zone", reason, abbreviation.start, abbreviation.end)
    return Atom(k, n + 1, opening.start, t.end, "conversion", problem=problem, weak=True)


def restated_zone(toks: list[Token], zone: Atom) -> bool:
    """Widen a zone phrase over a bracket right after it that names the zone again,
    "Beijing Time (BJT)", "IST (UTC+5:30)", "Moscow time (GMT+3)", and say whether
    it did (the scan needs only the widened atom; the answer is for callers that
    ask). An offset the bracket states is the zone's to keep on the date
    (checked like "EST"'s, ``zone_mismatch`` when it is not); a bracket naming
    another zone is ``zone_mismatch`` at once.

    >>> from .tokens import tokenize
    >>> toks = tokenize("Moscow time (GMT+3)")
    >>> z = zone_at(toks, 0)
    >>> restated_zone(toks, z), z.zone.name, z.zone.offset_minutes, z.end
    (True, 'Europe/Moscow', 180, 19)
    """
    first = zone.zone
    opening = tok(toks, zone.j)
    if first is None or zone.problem is not None or opening is None or opening.raw != "(":
        return False
    inner = zone_at(toks, zone.j + 1)
    closing = tok(toks, inner.j) if inner is not None else None
    if inner is None or closing is None or closing.raw != ")":
        return False
    second = inner.zone
    if second is None or inner.problem is not None:  # "Moscow time (Mars time)"
        if inner.problem is None or not inner.unknown_zone:
            return False
        zone.problem = inner.problem
        zone.j, zone.end = inner.j + 1, closing.end
        return True
    stated = second.offset_minutes
    if stated is None and second.name is not None and second.name[:1] in "+-":  # "+05:30"
        delta = get_zone(second.name).utcoffset(None) or timedelta(0)
        stated = int(delta.total_seconds()) // 60
    elif stated is None and second.name == "UTC" and first.name != "UTC":
        stated = 0  # "(GMT)" after a zone that is not UTC states +00:00
    if stated is None and second.name != first.name:
        reason = f"the bracket names another zone than {toks[zone.i].raw!r}"
        zone.problem = Problem("zone_mismatch", reason, second.start, second.end)
    elif first.offset_minutes is not None and stated is not None and stated != first.offset_minutes:
        reason = "the bracket states another offset than the zone before it"
        zone.problem = Problem("zone_mismatch", reason, second.start, second.end)
    offset = first.offset_minutes if first.offset_minutes is not None else stated
    zone.j, zone.end = inner.j + 1, closing.end
    zone.zone = ZonePart(first.name, offset, first.start, closing.end)
    return True
