"""Text → partial timestamps with spans: the grammar's one job.

Pipeline: lexicon → tokens → atoms → **grammar** → resolve → api.

Atoms that stand next to each other, joined only by connectors ("at", "on",
"of", "the", commas, brackets), make one timestamp expression, as long as each
kind of piece appears once: "about 2:57 p.m. Moscow time on Saturday" is a
modifier, a clock, a zone and a weekday, so one :class:`~.parts.Partial`. A
second clock or date starts the next expression. Modifiers ("about", "no later
than", "the end of") bind to the piece that follows them.

Forms that are only dates in context ("2026", "June", "14.57") come out
``weak``; the api keeps them when a context word precedes them ("in 2026") or
when the whole text is the timestamp.

>>> from .tokens import tokenize
>>> [(p.start, p.end, p.weekday, p.clock.hour) for p in read(tokenize(
...     "About 2:57 p.m. Moscow time on Saturday communication was lost")).partials]
[(0, 39, 5, 14)]
"""

from __future__ import annotations

from dataclasses import dataclass

from .common import Atom
from .lexicon import CONTEXT_WORDS, GROUP_CONNECTORS
from .parts import Partial, ZonePart
from .tokens import Token

__all__ = ["Reading", "read"]

_MAX_GAP = 3  # connector tokens allowed between two pieces of one expression


class _Group:
    """Atoms being gathered into one expression, with what they already hold."""

    __slots__ = (
        "atoms", "clock", "cores", "dated", "parted", "qualified", "relative", "weekday", "zone",
    )  # fmt: skip

    def __init__(self, mods: list[Atom], atom: Atom) -> None:
        self.atoms: list[Atom] = []
        self.cores = 0
        self.clock = self.zone = self.dated = self.weekday = self.relative = False
        self.qualified = self.parted = False
        self.add(mods, atom)

    def add(self, mods: list[Atom], atom: Atom) -> None:
        for a in (*mods, atom):
            self.atoms.append(a)
            self.cores += a.role == "core"
            self.clock = self.clock or a.clock is not None
            self.zone = self.zone or a.zone is not None
            self.dated = self.dated or bool(a.dates) or a.relative is not None
            self.weekday = self.weekday or a.weekday is not None
            self.relative = self.relative or a.relative is not None
            self.qualified = self.qualified or a.qualifier is not None
            self.parted = self.parted or a.part is not None

    def accepts(self, atom: Atom, mods: list[Atom]) -> bool:
        """Whether ``atom`` (with the modifiers before it) belongs to this expression:
        each kind of piece at most once."""
        if not self.cores:
            return False
        if atom.role == "zone":
            if atom.unknown_zone:
                last = self.atoms[-1]
                return last.clock is not None and atom.i == last.j and not self.zone
            return not self.zone
        if (atom.clock is not None and self.clock) or (atom.zone is not None and self.zone):
            return False
        if (atom.dates or atom.relative is not None) and self.dated:
            return False
        if atom.weekday is not None and (self.weekday or self.relative):
            return False
        if atom.relative is not None and self.weekday:
            return False
        if self.qualified and any(m.qualifier for m in mods):
            return False
        return not (self.parted and (atom.part or any(m.part for m in mods)))


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
    if i < j or i - j > _MAX_GAP:
        return False
    if j > 0 and i < len(toks) and toks[j - 1].sentence != toks[i].sentence:
        return False
    return all(toks[k].low in GROUP_CONNECTORS for k in range(j, i))


def read(toks: list[Token], atoms: list[Atom] | None = None) -> Reading:
    """Group the atoms of ``toks`` into partial timestamps."""
    if atoms is None:
        from .atoms import scan

        atoms = scan(toks)
    groups: list[_Group] = []
    cur: _Group | None = None
    pending: list[Atom] = []
    for atom in atoms:
        if atom.role == "modifier":
            if pending and _joinable(toks, pending[-1].j, atom.i):
                pending.append(atom)
            else:
                pending = [atom]
            continue
        mods = pending if pending and _joinable(toks, pending[-1].j, atom.i) else []
        pending = []
        first = mods[0] if mods else atom
        if (
            cur is not None
            and _joinable(toks, cur.atoms[-1].j, first.i)
            and cur.accepts(atom, mods)
        ):
            cur.add(mods, atom)
        else:
            if cur is not None:
                groups.append(cur)
            cur = _Group(mods, atom)
    if cur is not None:
        groups.append(cur)
    return _reading(toks, groups)


def _reading(toks: list[Token], groups: list[_Group]) -> Reading:
    partials: list[Partial] = []
    strays: list[tuple[int, ZonePart]] = []
    problems: list[Atom] = []
    covered: list[tuple[int, int]] = []
    for g in groups:
        if not g.cores:
            for a in g.atoms:
                if a.role != "zone":
                    continue
                if a.problem is not None:
                    problems.append(a)
                elif a.zone is not None and not a.weak:
                    strays.append((toks[a.i].sentence, a.zone))
                    covered.append((a.i, a.j))
            continue
        partial, j = _partial(toks, g)
        partials.append(partial)
        covered.append((g.atoms[0].i, j))
    return Reading(partials, strays, problems, covered)


def _partial(toks: list[Token], g: _Group) -> tuple[Partial, int]:
    first, last = g.atoms[0], g.atoms[-1]
    end, j = last.end, last.j
    if (
        j < len(toks)
        and toks[j].raw == ")"
        and any(toks[k].raw == "(" for k in range(first.i, last.j))
    ):
        end, j = toks[j].end, j + 1
    merged = Atom(first.i, j, first.start, end)
    weak = True
    for a in g.atoms:
        merged.approximate = merged.approximate or a.approximate
        merged.problem = merged.problem or a.problem
        if a.role == "modifier" or (a.role == "core" and not a.weak):
            weak = False
        if a.dates:
            merged.dates, merged.kind = a.dates, a.kind
        merged.clock = a.clock or merged.clock
        merged.zone = a.zone or merged.zone
        merged.relative = a.relative or merged.relative
        merged.qualifier = a.qualifier or merged.qualifier
        merged.part = a.part or merged.part
        if a.weekday is not None:
            merged.weekday, merged.weekday_shift = a.weekday, a.weekday_shift
    if weak:
        before = toks[first.i - 1] if first.i > 0 else None
        strong_zone = any(a.role == "zone" and not a.weak for a in g.atoms)
        if (before is not None and before.low in CONTEXT_WORDS) or (
            merged.clock is not None and strong_zone
        ):
            weak = False
    partial = Partial(
        start=first.start,
        end=end,
        dates=merged.dates,
        kind=merged.kind,
        clock=merged.clock,
        zone=merged.zone,
        weekday=merged.weekday,
        weekday_shift=merged.weekday_shift,
        relative=merged.relative,
        approximate=merged.approximate,
        qualifier=merged.qualifier,
        part=merged.part,
        problem=merged.problem,
        sentence=toks[first.i].sentence,
        weak=weak,
    )
    return partial, j
