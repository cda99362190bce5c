"""The interval index behind :meth:`Timeline.filter`: window queries in O(log n + k).

Timestamps of one *shape* (precision, approximate, qualifier) have intervals
whose widths differ only by calendar detail (month lengths, leap days, DST), so
each shape keeps its intervals sorted by start together with the narrowest and
widest width. A window query then bisects each shape for the few candidates
whose overlap is in doubt and takes the rest wholesale. Intervals open at the
start (``not_after``) are sorted by their end instead.

:func:`epoch_bounds` gives a timestamp's interval as the POSIX seconds the index
keeps, without the calendar arithmetic of :attr:`Timestamp.earliest` and
:attr:`Timestamp.latest` wherever a unit or margin has a fixed length.
"""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from calendar import isleap, monthrange
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timezone
from functools import lru_cache
from itertools import compress
from operator import eq, itemgetter, not_
from typing import Literal, cast

import pytz

from ._eventcodec import zone_plan
from ._rows import Stamp, stamp_of, stamp_timestamp
from .timestamp import UNBOUNDED_FUTURE, UNBOUNDED_PAST, Precision, Timestamp
from .zones import get_zone

Match = Literal["possibly", "definitely"]

_UNIT_SECONDS = {Precision.SECOND: 1.0, Precision.MINUTE: 60.0, Precision.HOUR: 3600.0}
# APPROXIMATE_MARGIN in seconds where it is a fixed length (a year's is three months).
_MARGIN_SECONDS = {
    Precision.SECOND: 60.0,
    Precision.MINUTE: 600.0,
    Precision.HOUR: 3600.0,
    Precision.DAY: 86400.0,
    Precision.MONTH: 15 * 86400.0,
}
_PAST = UNBOUNDED_PAST.timestamp()
_FUTURE = UNBOUNDED_FUTURE.timestamp()
_DAY = 86400.0
_CALENDAR_ENDS: dict[tuple[str, float, Precision], float] = {}


@lru_cache(maxsize=512)
def transitions(tz: str) -> list[float] | None:
    """When zone ``tz`` changes its offset, in POSIX seconds ([] for a fixed
    offset; None when we cannot tell, and the slow path decides)."""
    if isinstance(get_zone(tz), (timezone, pytz.tzinfo.StaticTzInfo)):
        return []
    plan = zone_plan(tz)  # the decoder's table of the zone's changes
    return plan.epochs if plan is not None and plan.infos else None


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building millions of acyclic
    objects (reading a log, indexing a timeline): it would otherwise rescan the
    growing heap over and over. Reference counting still frees everything."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def epoch_bounds(ts: Timestamp) -> tuple[float, float]:
    """``(ts.earliest.timestamp(), ts.latest.timestamp())``, computed fast.

    >>> ts = Timestamp.from_iso("2023-08-12[Europe/Moscow]")
    >>> epoch_bounds(ts) == (ts.earliest.timestamp(), ts.latest.timestamp())
    True
    """
    return stamp_bounds(stamp_of(ts))


def stamp_bounds(stamp: Stamp) -> tuple[float, float]:
    """The interval of a timeline row's :data:`~lunamission._rows.Stamp`, as
    :func:`epoch_bounds` gives it, building the :class:`Timestamp` only where the
    zone's calendar must be asked.

    >>> ts = Timestamp.from_iso("2023-03-26[Europe/Paris][_approximate=true]")
    >>> stamp_bounds(stamp_of(ts)) == (ts.earliest.timestamp(), ts.latest.timestamp())
    True
    """
    start, p, _, approximate, qualifier, _ = stamp
    end = unit_end(stamp)
    if approximate:
        margin = _MARGIN_SECONDS.get(p)
        if margin is None:
            ts = stamp_timestamp(stamp)
            lo, hi = ts.earliest.timestamp(), ts.latest.timestamp()
        else:
            lo, hi = start - margin, end + margin
    else:
        lo, hi = start, end
    if qualifier == "not_after":
        lo = _PAST
    elif qualifier == "not_before":
        hi = _FUTURE
    return lo, hi


def unit_end(stamp: Stamp) -> float:
    """Where the stamp's unit ends (exclusive), in POSIX seconds, before any hedge.

    >>> unit_end(stamp_of(Timestamp.from_iso("2023-03-26[Europe/Paris]"))) - 1679785200
    82800.0
    """
    start, p, tz, _, _, local = stamp
    step = _UNIT_SECONDS.get(p)
    if step is not None:
        return start + step
    # A day, month or year ends where the zone's calendar says.
    if p is Precision.DAY:
        length = _DAY
    else:
        year, month = _year_month(local)
        if p is Precision.MONTH:
            length = monthrange(year, month)[1] * _DAY
        else:
            length = (366 if isleap(year) else 365) * _DAY
    changes = transitions(tz)
    if changes is not None and bisect_right(changes, start) == bisect_right(
        changes, start + length
    ):
        return start + length  # no offset change inside: the unit has its plain length
    key = (tz, start, p)
    cached = _CALENDAR_ENDS.get(key)
    if cached is None:
        if len(_CALENDAR_ENDS) > 100_000:
            _CALENDAR_ENDS.clear()
        cached = _CALENDAR_ENDS[key] = stamp_timestamp(stamp).end.timestamp()
    return cached


def column_bounds(
    stamps: list[Stamp], precision: Precision, approximate: bool, qualifier: str | None
) -> tuple[list[float], list[float]]:
    """The intervals of stamps of one shape, as a column of starts and one of ends
    (what :func:`stamp_bounds` gives each), computed column-wide: per row only
    where a day holds an offset change, a month or year needs its length, or an
    approximate year its calendar margin.

    >>> days = [stamp_of(Timestamp.from_iso(d)) for d in ("2023-03-25[Europe/Paris]",
    ...     "2023-03-26[Europe/Paris]")]
    >>> column_bounds(days, Precision.DAY, False, None) == (
    ...     [stamp_bounds(s)[0] for s in days], [stamp_bounds(s)[1] for s in days])
    True
    """
    if approximate and precision not in _MARGIN_SECONDS:
        bounds = list(map(stamp_bounds, stamps))
        return list(map(_LOW, bounds)), list(map(_HIGH, bounds))
    starts = list(map(_LOW, stamps))
    step = _UNIT_SECONDS.get(precision)
    if step is not None:
        ends = list(map(step.__add__, starts))
    elif precision is Precision.DAY:
        ends = list(map(_DAY.__add__, starts))
        changes = list(map(transitions, map(_ZONE, stamps)))
        if None in changes:
            ends = list(map(unit_end, stamps))
        else:
            known = cast("list[list[float]]", changes)
            plain = map(eq, map(bisect_right, known, starts), map(bisect_right, known, ends))
            for i in compress(range(len(ends)), map(not_, plain)):
                ends[i] = unit_end(stamps[i])  # the day holds an offset change
    else:
        ends = list(map(unit_end, stamps))
    if approximate:
        margin = _MARGIN_SECONDS[precision]
        starts = list(map(margin.__rsub__, starts))
        ends = list(map(margin.__add__, ends))
    if qualifier == "not_after":
        starts = [_PAST] * len(starts)
    elif qualifier == "not_before":
        ends = [_FUTURE] * len(ends)
    return starts, ends


_LOW, _HIGH, _ZONE = itemgetter(0), itemgetter(1), itemgetter(2)


def _year_month(local: str | Timestamp) -> tuple[int, int]:
    if isinstance(local, Timestamp):
        return local.local.year, local.local.month
    return int(local[:4]), int(local[5:7])


@dataclass
class Shape:
    """The intervals of one shape, sorted by ``keys`` (``lo``, or ``hi`` when
    ``by_end``), with the positions they belong to and the extremes a query
    uses to skip per-interval checks. ``code`` names the shape: ``rank * 6 +
    3 * approximate + qualifier`` (qualifier 0 none, 1 not_before, 2 not_after).

    The extremes may be looser than the intervals, never tighter: queries
    stay exact, they would only check more intervals one by one.

    >>> day = Shape.of_columns(12, [86400.0, 0.0], [172800.0, 86400.0], [1, 0])
    >>> day.insert(43200.0, 129600.0, 2)  # a row put in between
    >>> day.renumber([0, 2, 1])  # positions 1 and 2 trade places
    >>> day.lo, day.pos, (day.min_width, day.max_width)
    ([0.0, 43200.0, 86400.0], [0, 1, 2], (86400.0, 86400.0))
    """

    code: int
    by_end: bool  # sorted by the interval's end (open-start shapes) rather than its start
    keys: list[float] = field(default_factory=list)
    lo: list[float] = field(default_factory=list)
    hi: list[float] = field(default_factory=list)
    pos: list[int] = field(default_factory=list)
    min_width: float = 0.0
    max_width: float = 0.0
    min_hi: float = 0.0  # with max_lo: lets a window that every interval reaches skip
    max_lo: float = 0.0  # the per-interval checks (NET and "by" dates, mostly)

    @classmethod
    def of_columns(cls, code: int, lo: list[float], hi: list[float], pos: list[int]) -> Shape:
        """The shape of intervals given as columns, in any order (not empty)."""
        by_end = code % 3 == 2
        keys = hi if by_end else lo
        order = sorted(range(len(keys)), key=keys.__getitem__)
        s = cls(code, by_end)
        s.lo = list(map(lo.__getitem__, order))
        s.hi = list(map(hi.__getitem__, order))
        s.pos = list(map(pos.__getitem__, order))
        s.keys = s.hi if by_end else s.lo
        widths = list(map(float.__sub__, s.hi, s.lo))
        s.min_width, s.max_width = min(widths), max(widths)
        s.min_hi, s.max_lo = min(s.hi), max(s.lo)
        return s

    def insert(self, lo: float, hi: float, pos: int) -> None:
        """Add one interval where its key sorts (after equal keys)."""
        at = bisect_right(self.keys, hi if self.by_end else lo)
        self.lo.insert(at, lo)
        self.hi.insert(at, hi)
        self.pos.insert(at, pos)
        width = hi - lo
        if len(self.pos) == 1:
            self.min_width = self.max_width = width
            self.min_hi, self.max_lo = hi, lo
        else:
            self.min_width, self.max_width = min(self.min_width, width), max(self.max_width, width)
            self.min_hi, self.max_lo = min(self.min_hi, hi), max(self.max_lo, lo)

    def renumber(self, where: list[int]) -> None:
        """Renumber the positions (``where[old]``; -1 drops the interval, and the
        extremes are made exact again for those left)."""
        pos = list(map(where.__getitem__, self.pos))
        if -1 in pos:
            kept = list(map((-1).__ne__, pos))
            self.lo = list(compress(self.lo, kept))
            self.hi = list(compress(self.hi, kept))
            pos = list(compress(pos, kept))
            self.keys = self.hi if self.by_end else self.lo
            if pos:
                widths = list(map(float.__sub__, self.hi, self.lo))
                self.min_width, self.max_width = min(widths), max(widths)
                self.min_hi, self.max_lo = min(self.hi), max(self.lo)
        self.pos = pos


class IntervalIndex:
    """Half-open intervals ``[lo, hi)`` in POSIX seconds, grouped by shape."""

    def __init__(self, shapes: Iterable[Shape] = ()) -> None:
        self._shapes: list[Shape] = list(shapes)

    @property
    def shapes(self) -> list[Shape]:
        """The index's parts, one per shape (what a checkpoint keeps of it)."""
        return self._shapes

    def query(self, start: float, end: float, match: Match) -> list[int]:
        """Positions whose interval overlaps (``possibly``) or lies inside
        (``definitely``) the window ``[start, end)``, in no particular order."""
        out: list[int] = []
        for s in self._shapes:
            if s.by_end:
                out.extend(_scan_by_end(s, start, end, match))
            else:
                out.extend(_scan_by_start(s, start, end, match))
        return out


def _take(s: Shape, i: int, j: int) -> Sequence[int]:
    return s.pos[i:j]


def _scan_by_start(s: Shape, start: float, end: float, match: Match) -> list[int]:
    out: list[int] = []
    if match == "possibly":
        if start < s.min_hi:  # every interval ends after the window starts
            return s.pos[: bisect_left(s.keys, end)]
        # lo < end and hi > start; hi = lo + w with w in [min_width, max_width].
        i0 = bisect_right(s.keys, start - s.max_width)
        sure = bisect_right(s.keys, start - s.min_width)
        i1 = bisect_left(s.keys, end)
        sure = max(i0, min(sure, i1))
        out.extend(s.pos[k] for k in range(i0, sure) if s.hi[k] > start)
        out.extend(_take(s, sure, i1))
    else:
        # start <= lo and hi <= end.
        i0 = bisect_left(s.keys, start)
        sure = bisect_right(s.keys, end - s.max_width)
        i1 = bisect_right(s.keys, end - s.min_width)
        sure = max(i0, min(sure, i1))
        out.extend(_take(s, i0, sure))
        out.extend(s.pos[k] for k in range(sure, i1) if s.hi[k] <= end)
    return out


def _scan_by_end(s: Shape, start: float, end: float, match: Match) -> list[int]:
    if match == "possibly":
        i0 = bisect_right(s.keys, start)
        if s.max_lo < end:  # every interval starts before the window ends
            return s.pos[i0:]
        return [s.pos[k] for k in range(i0, len(s.keys)) if s.lo[k] < end]
    i1 = bisect_right(s.keys, end)
    return [s.pos[k] for k in range(i1) if s.lo[k] >= start]
