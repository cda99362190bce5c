"""Tokens → atoms: the smallest meaningful pieces of a timestamp, with spans.

Pipeline: lexicon → tokens → **atoms** → grammar → resolve → api.

An atom is one clock reading ("2:10 a.m.", see ``clock_atoms``), one date or list
or range of dates ("August 12 and 14", "2023-2027", see ``calendar_atoms``), a
weekday, a relative word ("last year", "three days ago", see ``shifts``), a
quarter or a week of a month ("Q3 2026", see ``periods``), a window of clock times
(see ``windows``), a zone phrase ("Moscow time"), a modifier ("about", "no later
than", "the end of") or a bracketed second reading of a clock ("(1157 GMT)", role
``conversion``, see ``brackets``). A zone slot that holds no zone we know ("14:00
XYZ", "2 p.m. Mars time", "14:57 (Mars time)", "(0808 XYZ Friday)") becomes an
atom carrying an ``unknown_zone`` problem, so that the expression fails rather
than falls back to a default zone. Numbers that count something else are no atom:
quantities ("2000 km"), countdowns ("T-minus 10:00") and fiscal years ("fiscal
2024"). Each recognizer looks ahead a bounded number of tokens (a few look back
over the words just before, "three days ago", "the day before yesterday"), and
:func:`scan` moves past every atom it finds, so scanning is linear in the number
of tokens.

>>> from .tokens import tokenize
>>> [(a.role, a.start, a.end) for a in scan(tokenize("About 2:57 p.m. Moscow time on Saturday"))]
[('modifier', 0, 5), ('core', 6, 15), ('zone', 16, 27), ('core', 31, 39)]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from .brackets import conversion_at, restated_zone, unknown_bracket
from .calendar_atoms import month_first, number_date_at, range_atom_at, weekday_at
from .clock_atoms import clock_at, number_clock_at, window_start, zone_at
from .common import Atom, glued, number_may_start, skip_dot, tok
from .lexicon import (
    APPROXIMATORS,
    BOUNDS,
    BOUNDS_AFTER,
    CLOCK_VETO_WORDS,
    CLOCK_WORDS,
    DASHES,
    DAY_PARTS,
    EITHER_JOINERS,
    MONTHS,
    PARTS,
    RANGE_OPENERS,
    RANGE_WORDS,
    RELATIVE_DAYS,
    RELATIVE_SHIFTS,
    RELATIVE_UNITS,
    STRICT_BOUNDS,
    UNIT_WORDS,
    UNKNOWN_ZONE_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_SHIFTS,
    WEEKDAYS,
    ZONE_ABBREVIATIONS,
    ZONE_PHRASES,
)
from .parts import Problem, Relative
from .periods import PERIOD_TRIGGERS, period_at
from .places import place_zone_at
from .shifts import COUNTED_PARTS, counted_relative
from .tokens import Token
from .windows import clock_either, clock_range_at, window_at

__all__ = ["Atom", "scan"]

_ModKind = Literal["approx", "bound", "strict", "part"]
_Modifier = tuple[tuple[str, ...], _ModKind, str]

_CASE_SENSITIVE = frozenset({("NET",)})
_MODIFIERS: dict[str, list[_Modifier]] = {}
_CASED_MODIFIERS: dict[str, list[_Modifier]] = {}
_ALL: list[_Modifier] = [
    *((p, "approx", "") for p in APPROXIMATORS),
    *((p, "bound", v) for p, v in BOUNDS.items()),
    *((p, "strict", v) for p, v in STRICT_BOUNDS.items()),
    *((p, "part", v) for p, v in PARTS.items()),
]
for _mod in sorted(_ALL, key=lambda m: -len(m[0])):
    _table = _CASED_MODIFIERS if _mod[0] in _CASE_SENSITIVE else _MODIFIERS
    _table.setdefault(_mod[0][0], []).append(_mod)


def _second_words(table: dict[str, list[_Modifier]]) -> dict[str, frozenset[str] | None]:
    """For each first word of a modifier, the second words its phrases go on with, or
    None when the word is a modifier on its own: "in" needs "the" after it, "by" nothing."""
    return {
        first: None if any(len(m[0]) == 1 for m in mods) else frozenset(m[0][1] for m in mods)
        for first, mods in table.items()
    }


_SECONDS = _second_words(_MODIFIERS)
_CASED_SECONDS = _second_words(_CASED_MODIFIERS)

_PLACE_OPENERS = frozenset({"in", "at"})
"""Words before a place that puts a clock in its zone ("12:20 a.m. in Japan")."""

_TRIGGERS: frozenset[str] = frozenset(
    {
        *_PLACE_OPENERS,
        *MONTHS,
        *WEEKDAYS,
        *(f"{day}'s" for day in WEEKDAYS),
        *WEEKDAY_ABBREVIATIONS,
        *RELATIVE_DAYS,
        "tonight",
        "ago",
        *RELATIVE_SHIFTS,
        *RANGE_WORDS,
        *CLOCK_WORDS,
        *RANGE_OPENERS,
        *PERIOD_TRIGGERS,
        *_MODIFIERS,
        *(phrase[0] for phrase in ZONE_PHRASES),
    }
)
_UNITS: dict[str, Literal["week", "month", "year"]] = {
    "week": "week",
    "month": "month",
    "year": "year",
}
assert set(_UNITS) == RELATIVE_UNITS


def _relative(toks: list[Token], i: int) -> Atom | None:
    t = toks[i]
    if t.low == "ago" or (t.low == "today" and i > 0 and toks[i - 1].low == "from"):
        counted = counted_relative(toks, i)  # "three days ago", "two weeks from today"
        if counted is not None or t.low == "ago":
            return counted
    if t.low == "tonight":
        return Atom(i, i + 1, t.start, t.end, relative=Relative("day", 0))
    shift = RELATIVE_DAYS.get(t.low)
    if shift is not None:
        first = i
        # "the day before yesterday", "the day after tomorrow": one day further out.
        if i >= 2 and toks[i - 2].low == "day" and toks[i - 1].low == _FURTHER.get(shift):
            first, shift = i - 2, shift * 2
            if first >= 1 and toks[first - 1].low == "the":
                first -= 1
        return Atom(first, i + 1, toks[first].start, t.end, relative=Relative("day", shift))
    nxt = tok(toks, i + 1)
    if nxt is None or nxt.kind != "word":
        return None
    if nxt.low in DAY_PARTS and (t.low == "this" or (t.low == "last" and nxt.low == "night")):
        # "this morning" is the reference day; "last night" the evening before it.
        named = Relative("day", 0 if t.low == "this" else -1)
        return Atom(i, i + 2, t.start, nxt.end, relative=named)
    if t.low in RELATIVE_SHIFTS:
        unit = _UNITS.get(nxt.low)
        if unit is not None:
            relative = Relative(unit, RELATIVE_SHIFTS[t.low])
            return Atom(i, i + 2, t.start, nxt.end, relative=relative)
        day = WEEKDAYS.get(nxt.low)
        if day is not None and nxt.capitalized and t.low in WEEKDAY_SHIFTS:
            atom = Atom(i, i + 2, t.start, nxt.end, weekday=day)
            atom.weekday_shift = WEEKDAY_SHIFTS[t.low]
            return atom
        return None
    side = RANGE_WORDS.get(t.low)
    last = tok(toks, i + 2)
    if side is not None and nxt.low == "this" and last is not None and last.low in _UNITS:
        relative = Relative(_UNITS[last.low], 0, side)
        return Atom(i, i + 3, t.start, last.end, relative=relative)
    return None


_FURTHER = {-1: "before", 1: "after"}


def _matches(toks: list[Token], i: int, phrase: tuple[str, ...], cased: bool) -> bool:
    if i + len(phrase) > len(toks):
        return False
    for n, word in enumerate(phrase):
        t = toks[i + n]
        if t.kind != "word" or (t.raw if cased else t.low) != word:
            return False
    return True


def _modifier(toks: list[Token], i: int) -> Atom | None:
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    for table, after, key, cased in (
        (_CASED_MODIFIERS, _CASED_SECONDS, t.raw, True),
        (_MODIFIERS, _SECONDS, t.low, False),
    ):
        mods = table.get(key)
        if mods is None:
            continue
        seconds = after[key]
        if seconds is not None and (nxt is None or (nxt.raw if cased else nxt.low) not in seconds):
            continue  # "in" not followed by "the": no phrase can match
        for phrase, kind, value in mods:
            if not _matches(toks, i, phrase, cased):
                continue
            if phrase in _ALSO_AFTER and i > 0 and _ends_a_time(toks[i - 1]):
                continue  # "2025 at the earliest": the bound of the time before it
            if kind == "strict" and _adverb(toks, i):
                continue  # "the day before, at 1:05 p.m.": a count of days, no bound
            k = i + len(phrase)
            if phrase[-1] in ("approx", "ca"):
                k = skip_dot(toks, k)
            if phrase == ("mid",) and k < len(toks) and toks[k].raw == "-" and glued(toks, k):
                k += 1  # "mid-August", "mid-2026"
            atom = Atom(i, k, t.start, toks[k - 1].end, "modifier")
            if kind == "approx":
                atom.approximate = True
            elif kind in ("bound", "strict"):
                atom.qualifier = "not_before" if value == "not_before" else "not_after"
                atom.strict = kind == "strict"
            else:
                atom.part = PARTS[phrase]
                _the_unit(toks, atom)
            return atom
    return None


_DAY_WORDS = frozenset({"day", *COUNTED_PARTS})


def _adverb(toks: list[Token], i: int) -> bool:
    """Whether "before"/"after" at ``i`` stands alone after a day word ("the day
    before, at 1:05 p.m.", "the night before at 11:08 p.m."): a count of days that
    :mod:`~.shifts` reads, not a bound of the time after it ("the day before August
    21" is still a bound)."""
    if i == 0 or toks[i - 1].low not in _DAY_WORDS:
        return False
    nxt = tok(toks, i + 1)
    return nxt is None or nxt.raw in (",", ";") or nxt.low == "at"


_ALSO_AFTER = frozenset(BOUNDS_AFTER) & frozenset(BOUNDS)
"""Bound phrases that may also follow their time; the grammar reads them there."""


def _ends_a_time(t: Token) -> bool:
    """Whether a time may end with token ``t`` ("2025", "August", "p.m.", "GMT")."""
    return t.kind in ("num", "mer") or t.raw.isupper() or t.low in MONTHS or t.low in WEEKDAYS


def _the_unit(toks: list[Token], atom: Atom) -> None:
    """ "the end of the year": the part and the period it names make one core atom."""
    the, unit = tok(toks, atom.j), tok(toks, atom.j + 1)
    if the is not None and unit is not None and the.low == "the" and unit.low in _UNITS:
        atom.role = "core"
        atom.relative = Relative(_UNITS[unit.low], 0)
        atom.j, atom.end = atom.j + 2, unit.end


_Recognizer = Callable[[list[Token], int], "Atom | None"]
_COUNTED = frozenset({"tonight", "ago"})


def _recognizers_for(word: str) -> tuple[_Recognizer, ...]:
    """The recognizers that can start at ``word`` (lower-cased), in priority order."""
    found: list[_Recognizer] = []
    if word in RANGE_OPENERS:
        found += [range_atom_at, window_at]
    if word in PERIOD_TRIGGERS:
        found.append(period_at)
    if word in MONTHS:
        found.append(month_first)
    if word in WEEKDAYS or word in WEEKDAY_ABBREVIATIONS or word.removesuffix("'s") in WEEKDAYS:
        found.append(weekday_at)
    if word in RELATIVE_DAYS or word in RELATIVE_SHIFTS or word in RANGE_WORDS or word in _COUNTED:
        found.append(_relative)
    if word in CLOCK_WORDS:
        found.append(clock_at)
    if word in _ZONE_FIRST_WORDS:
        found.append(zone_at)
    if word in _MODIFIERS:
        found.append(_modifier)
    if word in _PLACE_OPENERS:
        found.append(place_zone_at)
    return tuple(found)


_ZONE_FIRST_WORDS = frozenset(phrase[0] for phrase in ZONE_PHRASES)
_DISPATCH: dict[str, tuple[_Recognizer, ...]] = {w: _recognizers_for(w) for w in _TRIGGERS}
_CASED_DISPATCH: dict[str, tuple[_Recognizer, ...]] = {
    **dict.fromkeys(ZONE_ABBREVIATIONS, (zone_at,)),
    **dict.fromkeys(_CASED_MODIFIERS, (_modifier,)),
}
_CASED_FIRST = {
    word: recognizers + _DISPATCH.get(word.lower(), ())
    for word, recognizers in _CASED_DISPATCH.items()
}
"""For a word written exactly as a case-sensitive trigger ("NET", "UTC"): its
recognizers, then those of its lower-case form."""
_CASED_LOWS = frozenset(word.lower() for word in _CASED_DISPATCH)
_MAY_START = frozenset({*_DISPATCH, *_CASED_LOWS})
_SCAN_WORDS = _MAY_START | UNKNOWN_ZONE_WORDS
"""The words the scan stops at: those that may start an atom, and "time", which may
end one ("Mars time") that started at the word before."""
"""Every word that may start an atom, lower-cased: a word outside it is skipped at once."""


def scan(toks: list[Token]) -> list[Atom]:
    """Every atom in ``toks``, left to right, none overlapping.

    >>> from .tokens import tokenize
    >>> len(scan(tokenize("Soyuz-2.1b, Luna-25, a 100 km orbit, 2.1 billion rubles")))
    0
    >>> [a.role for a in scan(tokenize("2:57 p.m. Moscow time (1157 GMT) on August 19"))]
    ['core', 'zone', 'conversion', 'core']
    """
    atoms: list[Atom] = []
    free = 0  # the first token no atom has taken
    for i, t in enumerate(toks):
        if i < free:
            continue
        kind = t.kind
        if kind == "num":
            if (
                t.value >= 0
                and number_may_start(toks, i)
                and not (i and toks[i - 1].low in CLOCK_VETO_WORDS and _counted(toks, i))
                and not (i and toks[i - 1].low in _FISCAL and _fiscal(toks, i))
            ):
                atom = number_clock_at(toks, i) or number_date_at(toks, i)
                if atom is None and i + 1 < len(toks) and toks[i + 1].low in _HOUR_JOINERS:
                    # "2 or 3 p.m.", "4 to 5 p.m.", "2-3 p.m."
                    hour = window_start(toks, i)
                    if hour is not None:
                        atom = clock_range_at(toks, hour) or clock_either(toks, hour)
                if atom is None and i > free and toks[i - 1].raw == "(":
                    atom = unknown_bracket(toks, i - 1)  # "(0808 XYZ Friday)"
                if atom is not None and not (atom.j < len(toks) and _quantity(toks, atom)):
                    free = _add(toks, atoms, atom, free)
        elif kind == "word" and t.low in _SCAN_WORDS:  # else, the common case: no atom
            atom = None
            low = t.low
            if low in UNKNOWN_ZONE_WORDS and i > free:
                # "Mars time": the word before, which started no atom, names a zone.
                before = toks[i - 1]
                if before.kind == "word" and before.raw[:1].isupper():
                    atom = zone_at(toks, i - 1)
                    if atom is not None and atom.unknown_zone:
                        _bracketed(toks, atom, free)
            if atom is None and low in _MAY_START:
                recognizers = (
                    _CASED_FIRST.get(t.raw) if low in _CASED_LOWS else None
                ) or _DISPATCH.get(low, ())
                for recognize in recognizers:
                    atom = recognize(toks, i)
                    if atom is not None:
                        break
            if atom is not None:
                free = _add(toks, atoms, atom, free)
    return atoms


_HOUR_JOINERS = EITHER_JOINERS | DASHES | {"to"}
"""Words after a bare hour that the end's a.m. / p.m. may complete: "2 or 3 p.m.",
"4 to 5 p.m.", "2-3 p.m."."""


_FISCAL = frozenset({"fiscal", "year", "fy"})
"""Words right before a number that may make it a fiscal year (see :func:`_fiscal`)."""


def _fiscal(toks: list[Token], i: int) -> bool:
    """Whether the number at ``i`` names a fiscal year ("fiscal 2024", "fiscal year
    2023", "FY 2024"), which runs April to March in Japan and India and October to
    September in the United States: not a calendar year, so not read."""
    before = toks[i - 1].low
    if before == "year":
        return i > 1 and toks[i - 2].low == "fiscal"
    return True


def _counted(toks: list[Token], i: int) -> bool:
    """Whether the number at ``i`` counts mission time: "T-minus 10:00", "MET 00:02:41"
    ("MET" in capitals: "the teams met 10 August" is a date)."""
    before = tok(toks, i - 1)
    return (
        before is not None
        and before.kind == "word"
        and before.low in CLOCK_VETO_WORDS
        and (before.low != "met" or before.raw == "MET")
    )


def _quantity(toks: list[Token], atom: Atom) -> bool:
    """Whether a unit follows the number an atom ends with: "2000 km", "11.08 km/s"."""
    last, after = toks[atom.j - 1], tok(toks, atom.j)
    return (
        last.kind == "num"
        and after is not None
        and (after.low in UNIT_WORDS or (after.raw == "%" and after.start == last.end))
    )


def _add(toks: list[Token], atoms: list[Atom], atom: Atom, free: int) -> int:
    """Append an atom and return the first token left free. A clock atom becomes a
    conversion when it opens a bracketed second reading, and takes after it an
    unknown zone abbreviation that stands in its zone slot."""
    if atom.clock is None:
        if atom.role == "zone":
            restated_zone(toks, atom)  # "Beijing Time (BJT)", "IST (UTC+5:30)"
        atoms.append(atom)
        return atom.j
    if atom.clock_end is None:  # "1:04-3:04 a.m.", "2:10 or 2:40 p.m."
        joined = clock_range_at(toks, atom) or clock_either(toks, atom)
        if joined is not None:
            atom = joined  # which may be a bracketed reading of a window: "(1100-1200 GMT)"
    i = atom.i
    if i > free and toks[i - 1].raw == "(":
        conversion = conversion_at(toks, atom) or unknown_bracket(toks, i - 1)
        if conversion is not None:
            atoms.append(conversion)
            return conversion.j
    atoms.append(atom)
    j = atom.j
    if j < len(toks) and atom.zone is None:
        t = toks[j]  # most often a zone, "on" or "a.m.": cheap to rule out, in this order
        if t.kind == "word" and t.low not in _MAY_START and t.raw.isupper():
            unknown = _unknown_abbreviation(toks, j)
            if unknown is not None and atom.problem is None:
                atoms.append(unknown)
                return unknown.j
    return j


def _unknown_abbreviation(toks: list[Token], k: int) -> Atom | None:
    """An all-capital word of two to five letters in the zone slot right after a clock
    ("14:00 XYZ", "08:08 KST") that is no zone we know and starts no other atom."""
    t = tok(toks, k)
    if t is None or t.kind != "word" or not 2 <= len(t.raw) <= 5 or not t.raw.isupper():
        return None
    before = toks[k - 1]
    if t.low in _MAY_START or before.end == t.start or before.sentence != t.sentence:
        return None
    problem = Problem("unknown_zone", f"unknown time zone {t.raw!r}", t.start, t.end)
    return Atom(k, k + 1, t.start, t.end, "zone", problem=problem, weak=True, unknown_zone=True)


def _bracketed(toks: list[Token], atom: Atom, free: int) -> None:
    """Widen an unknown zone phrase written in brackets, "14:57 (Mars time)", over its
    brackets, so that it still stands in the zone slot of the clock before it."""
    i, j = atom.i, atom.j
    if i - 1 >= free and j < len(toks) and toks[i - 1].raw == "(" and toks[j].raw == ")":
        atom.i, atom.j = i - 1, j + 1
        atom.start, atom.end = toks[i - 1].start, toks[j].end
