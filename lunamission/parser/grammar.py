"""Text → partial timestamps with spans: the grammar's one job.

Pipeline: lexicon → tokens → atoms → **grammar** → resolve → api.

Atoms that stand next to each other, joined only by connectors ("at", "on",
"of", "the", commas, brackets), make one timestamp expression, as long as each
kind of piece appears once: "about 2:57 p.m. Moscow time on Saturday" is a
modifier, a clock, a zone and a weekday, so one :class:`~.parts.Partial`. A
second clock or date starts the next expression. Modifiers ("about", "no later
than", "the end of") bind to the piece that follows them. A bracketed clock right
after a clock (and its zone, if it names one), "2:57 p.m. Moscow time (1157 GMT)
on August 19", is a second reading of the same moment: it joins the expression as its
:class:`~.parts.Conversion` (which the resolver checks) and the expression goes on
after the bracket, so "about" and "on August 19" both reach the first reading.
A relative year right after a date that has none gives it its year: "in August
next year" is one expression, not August and the next year.

Forms that are only dates in context ("2026", "June", "14.57") come out
``weak``; the api keeps them when a context word precedes them ("in 2026") or
when the whole text is the timestamp.

>>> from .tokens import tokenize
>>> [(p.start, p.end, p.weekday, p.clock.hour) for p in read(tokenize(
...     "About 2:57 p.m. Moscow time on Saturday communication was lost")).partials]
[(0, 39, 5, 14)]
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from .atoms import scan
from .bounds import bound_after, negated_before, negated_until
from .calendar_atoms import range_start
from .common import Atom, glued, tok
from .lexicon import (
    AFTER_NOON,
    CONTEXT_WORDS,
    DAY_PARTS,
    GROUP_CONNECTORS,
    NIGHT_WORDS,
    RANGE_JOINERS,
)
from .parts import ClockPart, Conversion, DatePart, Kind, Partial, ZonePart
from .tokens import Token

__all__ = ["Reading", "read"]

_MAX_GAP = 3  # connector tokens allowed between two pieces of one expression
_TAILS = DAY_PARTS - {"tonight"}  # "on Tuesday night" ("tonight" is an atom of its own)
_PART_WORDS = {**{w: w for w in DAY_PARTS}, **{f"{w}'s": w for w in DAY_PARTS}}
"""Parts of the day as written ("night", "night's") to the part."""


# What a group of atoms holds, as bits: each kind of piece may appear once.
_CORE, _CLOCK, _ZONE, _DATED, _WEEKDAY, _RELATIVE, _QUALIFIED, _PARTED, _CONVERTED = (
    1 << k for k in range(9)
)
_READING = _CLOCK  # what an expression needs before a conversion may join it


def _accepts(
    toks: list[Token], group: list[Atom], held: int, atom: Atom, bits: int, mods: int
) -> bool:
    """Whether ``atom`` (holding ``bits``, with modifiers before it holding ``mods``)
    belongs to the expression ``group`` (holding ``held``): each kind of piece at
    most once."""
    if not held & _CORE:
        return False
    if atom.role == "zone":
        if atom.unknown_zone:
            last = group[-1]
            return last.clock is not None and atom.i == last.j and not held & _ZONE
        return not held & _ZONE
    if bits & held & (_CLOCK | _ZONE):
        return False
    if bits & _DATED and held & _DATED:
        return (
            not mods
            and not held & _RELATIVE
            and _close(toks, group, atom)
            and _takes_year(group, atom)
        )
    if bits & _WEEKDAY and held & (_WEEKDAY | _RELATIVE):
        # "next week on Wednesday"
        return not held & _WEEKDAY and _close(toks, group, atom) and _one_week(group, atom)
    if bits & _RELATIVE and held & _WEEKDAY:
        # "Wednesday next week", "Wednesday of next week"
        return (
            not held & (_RELATIVE | _DATED) and _close(toks, group, atom) and _one_week(group, atom)
        )
    if held & _QUALIFIED and mods & _QUALIFIED:
        return False
    return not (held & _PARTED and (bits | mods) & _PARTED)


def _close(toks: list[Token], group: list[Atom], atom: Atom) -> bool:
    """Whether ``atom`` stands right after the group, or after "of" or "on": a
    relative year or week joins a date only so ("August 19, next year Russia will
    try again" is two times)."""
    between = [t.low for t in toks[group[-1].j : atom.i]]
    if between == [","]:  # "in August, last year." but not "on August 19, next year Russia..."
        after = toks[atom.j] if atom.j < len(toks) else None
        return after is None or after.kind == "mark" or after.sentence != toks[atom.i].sentence
    return between in ([], ["of"], ["on"])


def _one_week(group: list[Atom], atom: Atom) -> bool:
    """Whether a weekday and a relative week ("next week", "this week") name one day,
    whichever comes first: "Wednesday next week", "Wednesday of next week"."""
    rel = next((a.relative for a in (*group, atom) if a.relative is not None), None)
    return rel is not None and rel.unit == "week" and rel.side is None


def _takes_year(group: list[Atom], atom: Atom) -> bool:
    """Whether ``atom`` is a relative year ("next year") that gives its year to the one
    date of ``group``, which has none: "in August next year", "on March 3 last year"."""
    rel = atom.relative
    if rel is None or rel.unit != "year" or rel.side is not None or atom.dates:
        return False
    dated = [a for a in group if a.dates]
    return (
        len(dated) == 1
        and dated[0].kind in ("single", "range")  # "between August 2 and 5 last year"
        and all(d.year is None for d in dated[0].dates)
    )


@dataclass(slots=True)
class Reading:
    """What the grammar read from a text: expressions, and zone phrases that stand
    outside any expression (they still name the zone of their sentence)."""

    partials: list[Partial]
    stray_zones: list[tuple[int, ZonePart]]
    """``(sentence, zone)`` for zone phrases outside any expression."""
    stray_problems: list[Atom]
    """Atoms outside any expression that carry a problem (an unknown zone phrase)."""
    covered: list[tuple[int, int]]
    """Token ranges ``[i, j)`` that the partials and stray zones account for."""


def _joinable(toks: list[Token], j: int, i: int) -> bool:
    """Whether an atom ending at token ``j`` and one starting at ``i`` may join: in
    one sentence, with at most a few connectors between them."""
    if i == j:
        return not (0 < j < len(toks) and toks[j - 1].sentence != toks[i].sentence)
    if i < j or i - j > _MAX_GAP + (i - j > _MAX_GAP and _names_a_part(toks, j, i)):
        return False
    if j > 0 and i < len(toks) and toks[j - 1].sentence != toks[i].sentence:
        return False
    if i == j + 1:  # the usual case: one connector ("on", ",")
        return toks[j].low in GROUP_CONNECTORS
    return all(toks[k].low in GROUP_CONNECTORS for k in range(j, i))


def _names_a_part(toks: list[Token], j: int, i: int) -> bool:
    """ "6:04 in the evening on Wednesday": a part of the day among the connectors
    earns the gap one more word."""
    return any(toks[k].low in _TAILS for k in range(j, i))


def read(toks: list[Token], atoms: list[Atom] | None = None) -> Reading:
    """Group the atoms of ``toks`` into partial timestamps."""
    if atoms is None:
        atoms = scan(toks)
    if not atoms:
        return Reading([], [], [], [])
    if len(atoms) == 1:  # one piece: one expression, a stray zone, or a lone modifier
        atom = atoms[0]
        if atom.role == "modifier":
            return Reading([], [], [], [])
        if atom.role == "conversion":
            atom = replace(atom, role="core")
        return _reading(toks, [([atom], _CORE if atom.role == "core" else 0)])
    groups: list[tuple[list[Atom], int]] = []
    group: list[Atom] = []
    held = 0
    pending: list[Atom] = []
    pending_holds = 0
    for atom in atoms:
        if atom.role == "conversion":
            if (
                held & _READING == _READING
                and not held & _CONVERTED
                and not pending
                and atom.i == group[-1].j
            ):
                group.append(atom)  # "(1157 GMT)" right after "2:57 p.m. Moscow time"
                held |= _CONVERTED
                continue
            atom = replace(atom, role="core")  # no first reading: it is one itself
        # The bits of what the atom holds.
        bits = _CORE if atom.role == "core" else 0
        if atom.clock is not None:
            bits |= _CLOCK
        if atom.zone is not None:
            bits |= _ZONE
        if atom.relative is not None:
            bits |= _DATED | _RELATIVE
        elif atom.dates:
            bits |= _DATED
        if atom.weekday is not None:
            bits |= _WEEKDAY
        if atom.qualifier is not None:
            bits |= _QUALIFIED
        if atom.part is not None:
            bits |= _PARTED
        if atom.role == "modifier":
            if pending and _joinable(toks, pending[-1].j, atom.i):
                pending.append(atom)
                pending_holds |= bits
            else:
                pending, pending_holds = [atom], bits
            continue
        if pending and _joinable(toks, pending[-1].j, atom.i):
            mods, mods_hold = pending, pending_holds
        else:
            mods, mods_hold = [], 0
        pending, pending_holds = [], 0
        first = mods[0] if mods else atom
        if (
            group
            and _joinable(toks, group[-1].j, first.i)
            and _accepts(toks, group, held, atom, bits, mods_hold)
        ):
            group.extend(mods)
            group.append(atom)
            held |= mods_hold | bits
        else:
            if group:
                groups.append((group, held))
            group, held = [*mods, atom], mods_hold | bits
    if group:
        groups.append((group, held))
    return _reading(toks, _alternatives(toks, groups) if len(groups) > 1 else groups)


def _alternatives(
    toks: list[Token], groups: list[tuple[list[Atom], int]]
) -> list[tuple[list[Atom], int]]:
    """Join dates that "or" sets side by side, "August 21 or August 22", "in 2026 or
    2027", into one expression of kind ``alternatives``: the text says one of them,
    not which, so neither may stand alone; and dates that a dash or "to" joins,
    "Aug. 24-Sept. 2", "Dec. 30, 2024 - Jan. 7, 2025", into one ``range``. A date
    with no year before one that has it shares it: "May 3 and June 2, 2024"."""
    out: list[tuple[list[Atom], int]] = []
    for group, held in groups:
        prior = out[-1][0] if out else []
        # a lone date, or one after a bound ("before August 21 or August 22")
        mods = prior[:-1] if len(prior) == 2 and prior[0].qualifier is not None else []
        if len(group) == 1 and prior and len(prior) == len(mods) + 1:
            first, second = prior[-1], group[0]
            joint = _joint(toks, first, second)
            if joint is not None and (joint != "and" or not mods):
                shared: tuple[DatePart, ...]
                if joint == "range":  # "Dec. 30 - Jan. 7, 2025"
                    shared = (range_start(first.dates[0], second.dates[0]),)
                else:
                    shared = _share_year(first.dates, second.dates[0])
                first = replace(first, dates=shared)
                if joint == "and":
                    out[-1] = ([first], out[-1][1])
                    # "in 2023 and 2024": a year listed after one read in context is
                    # read too, though it has no context word of its own
                    strong = not first.weak or (
                        first.i > 0 and toks[first.i - 1].low in CONTEXT_WORDS
                    )
                    group = [replace(second, weak=second.weak and not strong)]
                else:
                    joined = replace(
                        first,
                        j=second.j,
                        end=second.end,
                        dates=first.dates + second.dates,
                        kind=joint,
                        weak=first.weak and second.weak,
                    )
                    out[-1] = ([*mods, joined], out[-1][1] | held)
                    continue
        out.append((group, held))
    return out


def _share_year(dates: tuple[DatePart, ...], later: DatePart) -> tuple[DatePart, ...]:
    """The year of ``later`` given to dates that lack one, or the year before it for a
    date half a year or more later in the calendar, across a new year ("December 30
    and January 2, 2024": 2023; "June 2 and May 3, 2024": both 2024). A range's start
    follows :func:`~.calendar_atoms.range_start` instead."""
    if later.year is None or later.month is None:
        return dates
    shared = []
    for d in dates:
        if d.year is None and d.month is not None:
            wraps = d.month - later.month >= 6  # "December 30 and January 2, 2024"
            d = replace(d, year=later.year - 1 if wraps else later.year)
        shared.append(d)
    return tuple(shared)


def _joint(toks: list[Token], first: Atom, second: Atom) -> _Joint | None:
    """ "alternatives" when two lone date atoms are alternatives, "and" when they are
    listed, "range" when they are a range's two ends, else None: plain dates (no
    clock, zone, weekday or hedge) with only the word between them ("or", ", or",
    "or on", "or in"; the same with "and"; a dash, "to" or "through" between dates
    of one level)."""
    between = [t.low for t in toks[first.j : second.i]]
    comma = between[:1] == [","]
    if comma:
        between = between[1:]
    if between[-1:] in (["on"], ["in"]):
        between = between[:-1]
    joint = _JOINTS.get(tuple(between))
    if joint == "range" and comma and first.dates and first.dates[0].year is None:
        return None  # "the launch, set for Aug. 24, to Sept. 2": a move, not a range
    if not between and first.dates and second.dates and first.dates[0].level == "year":
        joint = "and" if second.dates[0].level == "year" else None  # "in 2019, 2020 and 2023"
    if joint is None or first.kind not in ("single", "alternatives"):
        return None
    if second.kind != "single":
        return None
    for a in (first, second):
        if (
            a.role != "core"
            or not a.dates
            or a.clock is not None
            or a.zone is not None
            or a.weekday is not None
            or a.relative is not None
            or a.qualifier is not None
            or a.part is not None
            or a.problem is not None
            or a.approximate
        ):
            return None
    if joint == "range" and (
        first.kind != "single" or first.dates[0].level != second.dates[0].level
    ):
        return None  # "August 21 - 2026": not two ends of one range
    return joint


_Joint = Literal["alternatives", "and", "range"]
_JOINTS: dict[tuple[str, ...], _Joint] = {
    ("or",): "alternatives",
    ("and", "/", "or"): "alternatives",
    ("and",): "and",
    **{(w,): "range" for w in RANGE_JOINERS},
}


def _reading(toks: list[Token], groups: list[tuple[list[Atom], int]]) -> Reading:
    partials: list[Partial] = []
    strays: list[tuple[int, ZonePart]] = []
    problems: list[Atom] = []
    covered: list[tuple[int, int]] = []
    for atoms, held in groups:
        if not held & _CORE:
            for a in atoms:
                if a.role != "zone":
                    continue
                if a.problem is not None:
                    problems.append(a)
                elif a.zone is not None and not a.weak:
                    strays.append((toks[a.i].sentence, a.zone))
                    covered.append((a.i, a.j))
            continue
        partial, j = _partial(toks, atoms)
        partials.append(partial)
        covered.append((atoms[0].i, j))
    return Reading(partials, strays, problems, covered)


def _partial(toks: list[Token], atoms: list[Atom]) -> tuple[Partial, int]:
    """Merge a group's atoms: a later piece of a kind overrides an earlier one, and the
    expression is weak only when every piece needs context."""
    if atoms[0].strict and len(atoms) > 1 and _attributive(toks, atoms):
        atoms = atoms[1:]  # "after the August 11 launch": the date is the launch's own
    first, last = atoms[0], atoms[-1]
    end, j = last.end, last.j
    if (
        j < len(toks)
        and toks[j].raw == ")"
        and any(toks[k].raw == "(" for k in range(first.i, last.j))
    ):
        end, j = toks[j].end, j + 1
    dates: tuple[DatePart, ...] = ()
    kind: Kind = "single"
    clock = zone = relative = qualifier = part = problem = None
    weekday = weekday_shift = None
    approximate = False
    weak = True
    strong_zone = False
    conversion = clock_end = None
    strict = either = False
    if len(atoms) == 1:  # a lone core: its own fields
        dates, clock, zone, relative = first.dates, first.clock, first.zone, first.relative
        clock_end = first.clock_end
        either = clock_end is not None and first.kind == "alternatives"
        kind = first.kind if dates else "single"
        qualifier, part, problem = first.qualifier, first.part, first.problem
        approximate, weak = first.approximate, first.weak
        if first.weekday is not None:
            weekday, weekday_shift = first.weekday, first.weekday_shift
    else:
        for a in atoms:
            if a.role == "conversion":
                if a.problem is not None:  # "(0808 XYZ Friday)": a zone we do not know
                    problem = problem or a.problem
                    continue
                assert a.clock is not None
                assert a.zone is not None
                date = a.dates[0] if a.dates else None
                conversion = Conversion(
                    a.clock, a.zone, date, a.start, a.end, a.weekday, a.readings, a.clock_end
                )
                continue
            if a.approximate:
                approximate = True
            if problem is None:
                problem = a.problem
            if weak:
                role = a.role
                if role == "modifier" or (role == "core" and not a.weak):
                    weak = False
                elif role == "zone" and not a.weak:
                    strong_zone = True
            if a.dates:
                dates, kind = a.dates, a.kind
            if a.clock is not None:
                clock, clock_end = a.clock, a.clock_end
                if a.clock_end is not None and a.kind == "alternatives":
                    either = True
            if a.zone is not None:
                zone = a.zone
            if a.relative is not None:
                relative = a.relative
            if a.qualifier is not None:
                qualifier, strict = a.qualifier, a.strict
            if a.part is not None:
                part = a.part
            if a.weekday is not None:
                weekday, weekday_shift = a.weekday, a.weekday_shift
    if strict and qualifier is not None and negated_before(toks, first.i):
        # "will not fly before 2027": 2027 at the soonest; "not ... after Q3": by Q3
        qualifier = "not_before" if qualifier == "not_after" else "not_after"
        strict = False
    if qualifier is None:
        after = bound_after(toks, j)  # "in 2026 or later", "in 2025 at the earliest"
        if after is not None:
            qualifier, j = after
            end = toks[j - 1].end
            weak = False  # the bound is context: ", 2026 at the latest" is a date
        elif negated_until(toks, first.i):
            qualifier = "not_before"  # "will not launch until Saturday": Saturday at the soonest
    if strict and part is not None:
        if (qualifier, part) in (("not_after", "start"), ("not_before", "end")):
            part = None  # "before the start of 2025" is before 2025
        else:
            strict = False  # "before the end of 2024" is by then: the part is exact
    if j < len(toks) and _PART_WORDS.get(toks[j].low) in _TAILS and toks[j - 1].end < toks[j].start:
        end, j = toks[j].end, j + 1  # "on Tuesday night"
    if either and kind == "single":
        kind = "alternatives"  # "at 2 or 3 p.m.": of two clock times, one
    named: set[str] = set()
    if len(atoms) > 1 or first.relative is not None or j > last.j:  # else no part inside
        for k in range(first.i, j):
            word = _PART_WORDS.get(toks[k].low)
            if word is not None:
                named.add(word)
    word_before = toks[first.i - 1].low if first.i else ""
    if word_before == "overnight" or (
        word_before == "of" and first.i > 1 and toks[first.i - 2].low == "night"
    ):
        named.add("night")  # "overnight Saturday", "on the night of September 2"
    next_day = False
    if named:
        strict = False  # "before this evening" is by this evening, not by yesterday
        night = bool(named & NIGHT_WORDS)
        if clock is None:
            approximate = approximate or night  # "last night": it may run past midnight
        else:
            if problem is not None and problem.code == "ambiguous_time" and clock.bare:
                problem = None  # "6 o'clock this evening": the part of the day says p.m.
            clock, next_day = _in_part(clock, night, bool(named & AFTER_NOON))
            if clock_end is not None:
                clock_end = _in_part(clock_end, night, bool(named & AFTER_NOON))[0]
    if weak:
        before = toks[first.i - 1] if first.i > 0 else None
        if (before is not None and before.low in CONTEXT_WORDS) or (
            clock is not None and strong_zone
        ):
            weak = False
    partial = Partial(
        first.start,
        end,
        dates,
        kind,
        clock,
        zone,
        weekday,
        weekday_shift,
        relative,
        approximate,
        qualifier,
        part,
        problem,
        toks[first.i].sentence,
        weak,
        conversion,
        strict,
        clock_end,
        next_day,
    )
    return partial, j


def _in_part(clock: ClockPart, night: bool, after_noon: bool) -> tuple[ClockPart, bool]:
    """A clock read in a part of the day, and whether it falls after the midnight
    that ends the day named. At night a bare hour from 6 is p.m., one before 6 (or
    12) is in the small hours after midnight, and so is any clock before 6 a.m.
    ("1:04 a.m. tonight", "midnight last night"); after noon a bare hour is p.m.
    ("6:04 this evening")."""
    hour, next_day = clock.hour, False
    if night:
        if clock.bare and 6 <= hour < 12:
            hour += 12
        elif clock.bare and hour == 12:
            hour, next_day = 0, True
        elif hour < 6:
            next_day = True
    elif after_noon and clock.bare and hour < 12:
        hour += 12
    return replace(clock, hour=hour, bare=False), next_day


def _attributive(toks: list[Token], atoms: list[Atom]) -> bool:
    """Whether the time after "after" / "before" names something else's time rather
    than the bound: "after the August 11 launch", "after August 11's launch", "after
    Tuesday night's spacewalk" (the launch was on August 11; what came after it is
    another event). "after the third quarter of 2026" is a bound."""
    k = atoms[-1].j
    nxt, s = tok(toks, k), tok(toks, k + 1)
    if toks[k - 1].raw.endswith("'s") or (nxt is not None and nxt.raw.endswith("'s")):
        return True  # "Friday's", "night's"
    if nxt is not None and s is not None and nxt.raw in ("'", "’") and s.low == "s":
        return glued(toks, k) and glued(toks, k + 1)
    the = any(t.low == "the" for t in toks[atoms[0].j : atoms[1].i])
    return the and nxt is not None and nxt.kind == "word" and nxt.low not in _NOT_NOUNS


_NOT_NOUNS = GROUP_CONNECTORS | {"and", "or", "to", "until", "through"}
"""Words after "after the <date>" that do not make the date a noun's ("after the
third quarter of 2026 and ...")."""
