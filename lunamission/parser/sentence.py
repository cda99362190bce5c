"""What one timestamp expression takes from the others in its sentence: the year
of a year that frames the sentence ("In 1976, Luna-24 landed on August 18"), and
the day of a clock that names none ("On August 12, the probe fired its engine at
14:57 GMT"), moved by the days the sentence counts (:mod:`.shifts`).

Pipeline: lexicon → tokens → atoms → grammar → **api** (uses sentence) → resolve.

>>> from .grammar import read
>>> from .tokens import tokenize
>>> toks = tokenize("In 1976, Luna-24 landed on August 18.")
>>> [p.dates[0].year for p in framed_years(read(toks).partials, toks)]
[1976, 1976]
"""

from __future__ import annotations

from dataclasses import replace

from .common import tok
from .parts import Partial
from .shifts import day_shifts
from .tokens import Token

__all__ = ["borrow_dates", "framed_years"]


def framed_years(partials: list[Partial], toks: list[Token]) -> list[Partial]:
    """A year that frames its sentence gives its year to the dates after it that have
    none: "In 1976, Luna-24 landed on August 18" (the sentence opens with "In
    <year>,") and "since 1976, when Luna-24 landed on August 18" ("<year>, when").
    A later year in the sentence takes over from there ("..., and in 2023 Luna-25
    crashed on August 19"). Without this the dates took the year nearest the
    report's, decades off."""
    if len(partials) < 2:
        return partials
    starts = {t.start: k for k, t in enumerate(toks)}
    ends = {t.end: k for k, t in enumerate(toks)}
    framed: set[int] = set()
    for p in partials:
        if not _bare_year(p):
            continue
        k, last = starts.get(p.start), ends.get(p.end)
        comma = tok(toks, last + 1) if last is not None else None
        if k is None or last is None or comma is None or comma.raw != ",":
            continue
        opens = k > 0 and toks[k - 1].low == "in" and (k == 1 or toks[k - 2].sentence != p.sentence)
        when = tok(toks, last + 2)
        if opens or (when is not None and when.low == "when"):
            framed.add(p.sentence)
    if not framed:
        return partials
    out: list[Partial] = []
    year: tuple[int, int] | None = None  # (sentence, year) of the last bare year seen
    for p in partials:
        if _bare_year(p) and p.sentence in framed:
            year = (p.sentence, p.dates[0].year or 0)
        elif (
            year is not None
            and year[0] == p.sentence
            and p.dates
            and p.relative is None
            and all(d.year is None for d in p.dates)
        ):
            p = replace(p, dates=tuple([replace(d, year=year[1]) for d in p.dates]))
        out.append(p)
    return out


def _bare_year(p: Partial) -> bool:
    """Whether ``p`` is a year alone: "1976", "in 2023"."""
    return (
        p.kind == "single"
        and len(p.dates) == 1
        and p.dates[0].level == "year"
        and p.dates[0].year is not None
        and p.qualifier is None
        and p.relative is None
        and p.part is None
    )


def borrow_dates(
    partials: list[Partial], toks: list[Token], covered: list[tuple[int, int]]
) -> list[Partial]:
    """A clock with no date takes the one day named elsewhere in its sentence:
    "On August 12, the probe fired its engine at 14:57 GMT", moved by the days the
    sentence counts from it ("two days later at 7:38 a.m.", :mod:`.shifts`)."""
    if len(partials) < 2:
        return partials  # nothing to borrow from
    days: dict[int, list[Partial]] = {}  # each sentence's expressions that name one day
    for q in partials:
        if q.clock is None and q.problem is None and _one_day(q):
            days.setdefault(q.sentence, []).append(q)
    if not days:
        return partials
    out: list[Partial] = []
    shifts: dict[int, int | None] | None = None  # counted only when a clock may borrow
    for p in partials:
        if p.clock is not None and not p.dates and p.relative is None and p.weekday is None:
            found = days.get(p.sentence, ())
            if len(found) == 1 and shifts is None:
                shifts = day_shifts(toks, covered)
            shift = shifts.get(p.sentence, 0) if shifts is not None else 0
            if len(found) == 1 and shift is not None:  # None: the sentence counts twice
                q = found[0]
                p = replace(
                    p,
                    dates=q.dates,
                    weekday=q.weekday,
                    weekday_shift=q.weekday_shift,
                    relative=q.relative,
                    day_shift=shift,
                )
        out.append(p)
    return out


def _one_day(p: Partial) -> bool:
    if p.qualifier is not None or p.part is not None:
        return False
    if p.dates:
        return p.kind == "single" and p.dates[0].level == "day"
    if p.relative is not None:
        return p.relative.unit == "day"
    return p.weekday is not None
