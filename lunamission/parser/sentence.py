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
from .shifts import DayCount, day_shifts
from .tokens import Token

__all__ = ["borrow_dates", "framed_years"]


def framed_years(partials: list[Partial], toks: list[Token]) -> list[Partial]:
    """A year that frames its sentence gives its year to the dates after it that have
    none: "In 1976, Luna-24 landed on August 18" (the sentence opens with "In
    <year>,") and "since 1976, when Luna-24 landed on August 18" ("<year>, when").
    A later year in the sentence takes over from there ("..., and in 2023 Luna-25
    crashed on August 19"), and a semicolon ends the frame. Without this the dates
    took the year nearest the report's, decades off."""
    if len(partials) < 2 or not any(_bare_year(p) for p in partials):
        return partials
    starts = {t.start: k for k, t in enumerate(toks)}
    ends = {t.end: k for k, t in enumerate(toks)}
    framed: set[int] = set()
    for p in partials:
        if not _bare_year(p):
            continue
        k, last = starts.get(p.start), ends.get(p.end)
        if k is None or last is None:
            continue
        opens = k > 0 and toks[k - 1].low == "in" and (k == 1 or toks[k - 2].sentence != p.sentence)
        comma, when = tok(toks, last + 1), tok(toks, last + 2)
        if opens or (
            comma is not None and comma.raw == "," and when is not None and when.low == "when"
        ):
            framed.add(p.sentence)  # "In 1976(,) Luna-24 ...", "since 1976, when ..."
    if not framed:
        return partials
    out: list[Partial] = []
    breaks = [t.start for t in toks if t.raw == ";"]  # a frame ends with its clause
    year: tuple[int, int, int] | None = None  # (sentence, year, where) of the last year seen
    for p in partials:
        if _bare_year(p) and p.sentence in framed:
            year = (p.sentence, p.dates[0].year or 0, p.end)
        elif (
            year is not None
            and year[0] == p.sentence
            and not any(year[2] <= at < p.start for at in breaks)
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
    counts: dict[int, list[DayCount]] | None = None  # found only when a clock may borrow
    for p in partials:
        found = days.get(p.sentence, ())
        if (
            p.clock is not None
            and not p.dates
            and p.relative is None
            and p.weekday is None
            and len(found) == 1
        ):
            if counts is None:
                counts = day_shifts(toks, covered)
            q = found[0]
            shifts = [n for c in counts.get(p.sentence, ()) if (n := _shift(c, q, p, toks))]
            if len(shifts) <= 1:  # two counts that would each move it: no one day to lend
                p = replace(
                    p,
                    dates=q.dates,
                    weekday=q.weekday,
                    weekday_shift=q.weekday_shift,
                    relative=q.relative,
                    day_shift=shifts[0] if shifts else 0,
                )
        out.append(p)
    return out


def _shift(count: DayCount, lender: Partial, clock: Partial, toks: list[Token]) -> int:
    """The days ``count`` moves a clock that borrows its day from ``lender``: "two
    days later" standing between the day and the clock, or "eight days after" right
    before the day it counts from ("the August 11 launch"); else none."""
    if not count.anchored:
        between = lender.end <= count.start and count.end <= clock.start
        return count.days if between else 0
    if lender.start < count.end or lender.start - count.end > _ANCHOR_GAP:
        return 0  # "On June 4, two days after it landed": it counts from another event
    gap = [t.low for t in toks if count.end <= t.start and t.end <= lender.start]
    return count.days if all(w in _BEFORE_ANCHOR for w in gap) else 0


_ANCHOR_GAP = 8
"""At most this many characters between "after" and the day it counts from (" the ",
" its ")."""
_BEFORE_ANCHOR = frozenset({"the", "its", "their", "his", "her", ","})


def _one_day(p: Partial) -> bool:
    if p.qualifier is not None or p.part is not None:
        return False
    if p.dates:
        return p.kind == "single" and p.dates[0].level == "day"
    if p.relative is not None:
        return p.relative.unit == "day"
    return p.weekday is not None
