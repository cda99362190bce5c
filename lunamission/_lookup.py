"""What a :class:`~lunamission.timeline.Timeline`'s queries look events up by.

Where it sits: between the timeline's storage (:mod:`lunamission._rows`) and its
queries. The current dated events are put in time order here, and
:class:`Lookup` maps them by time (the interval index of
:mod:`lunamission._index`), by mission and by kind, each map built when a query
first needs it. Everything runs column-wide (``map`` and key lists over the
rows' columns), because a Python loop over a million rows is what a replayed
log's first query would otherwise wait for.

>>> import lunamission as lm
>>> from lunamission._rows import Rows
>>> rows = Rows()
>>> for day in ("2023-08-16", "2023-08-11"):
...     rows.append_event(lm.Event(kind="other", when=lm.Timestamp.from_iso(day + "[UTC]")))
>>> order = in_time_order([0, 1], rows.stamps)
>>> order, Lookup(rows, order, str.lower).by_kind()[lm.EventKind.OTHER]
([1, 0], [0, 1])
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict, deque
from collections.abc import Callable
from itertools import accumulate, compress, count, groupby, repeat
from operator import add, itemgetter, mul, not_
from typing import cast

from ._index import IntervalIndex, Shape, column_bounds, paused_gc
from ._rows import Rows, Stamp
from .models import EventKind
from .timestamp import _RANK, Precision

__all__ = ["Lookup", "View", "extended_view", "in_time_order"]

_RANK_OF = {id(p): rank for p, rank in _RANK.items()}  # by identity: Enum hashing is slow


def in_time_order(positions: list[int], stamps: list[Stamp | None]) -> list[int]:
    """``positions`` sorted the way :attr:`Timestamp.sort_key` orders their stamps
    (UTC start, coarser precision first), with a key list rather than a key
    function. Starts are whole seconds, so ``start * 8 + rank`` orders exactly
    as the pair does (and stays exact in a float for every year up to 9998)."""
    picked = cast("list[Stamp]", list(map(stamps.__getitem__, positions)))  # all dated
    ranks = map(_RANK_OF.__getitem__, map(id, map(_PRECISION_OF, picked)))
    keys = list(map(add, map(mul, map(_START_OF, picked), repeat(8.0)), ranks))  # _time_key
    order = sorted(range(len(positions)), key=keys.__getitem__)
    return list(map(positions.__getitem__, order))


_START_OF, _PRECISION_OF = itemgetter(0), itemgetter(1)


def _time_key(stamp: Stamp) -> float:
    """:func:`in_time_order`'s key (which it computes column-wide), for one stamp."""
    return stamp[0] * 8.0 + _RANK_OF[id(stamp[1])]


def _shape_codes(stamps: list[Stamp]) -> list[int]:
    """Each stamp's shape as one small integer: ``rank * 6 + 3 * approximate +
    qualifier`` (see :class:`~lunamission._index.Shape`)."""
    ranks = map(_RANK_OF.__getitem__, map(id, map(_PRECISION_OF, stamps)))
    hedges = map(
        add,
        map(mul, map(_GET_APPROXIMATE, stamps), repeat(3)),
        map(_QUALIFIER_CODES.__getitem__, map(_GET_QUALIFIER, stamps)),
    )
    return list(map(add, map(mul, ranks, repeat(6)), hedges))


def _bounds(code: int, stamps: list[Stamp]) -> tuple[list[float], list[float]]:
    """The intervals of stamps all of shape ``code``."""
    rank, hedge = divmod(code, 6)
    approx, qualifier = divmod(hedge, 3)
    qualifier_name = (None, "not_before", "not_after")[qualifier]
    return column_bounds(stamps, _PRECISIONS[rank], bool(approx), qualifier_name)


View = tuple[list[int], list[int]]
"""A timeline's view: dated row positions in time order, undated ones in order."""


def extended_view(
    rows: Rows, covered: int, view: View, windows: IntervalIndex
) -> tuple[View, IntervalIndex] | None:
    """The view and window index of ``rows``, made from ``view`` and ``windows``,
    those of its first ``covered`` rows (what a checkpoint kept): rows after
    them (lines appended since) are put in where sorting afresh would put them,
    and earlier rows they supersede are taken out. None when so many rows came
    after that building both afresh costs less. ``view`` and ``windows`` are
    used up.

    >>> import lunamission as lm
    >>> rows = Rows()
    >>> for day in ("2023-08-11", "2023-08-21", "2023-08-19"):  # the last one appended
    ...     rows.append_event(lm.Event(kind="other", when=lm.Timestamp.from_iso(day + "[UTC]")))
    >>> kept = Lookup(rows, [0, 1], str.lower).windows()  # of the first two, in time order
    >>> (dated, undated), windows = extended_view(rows, 2, ([0, 1], []), kept)
    >>> dated, [dated[i] for i in windows.query(1692403200.0, 1692489600.0, "possibly")]
    ([0, 2, 1], [2])
    """
    ids, stamps = rows.ids, rows.stamps
    superseded = set(rows.supersedes)
    superseded.difference_update((None, ""))
    newly = set(rows.supersedes[covered:])
    newly.difference_update((None, ""))
    old_dated, old_undated = view
    current = list(
        compress(range(covered, len(ids)), map(not_, map(superseded.__contains__, ids[covered:])))
    )
    has_time = list(map(stamps.__getitem__, current))
    added = list(compress(current, has_time))
    if len(added) > len(old_dated) // _MERGE_SHARE + _MERGE_ALWAYS:
        return None
    added = in_time_order(added, stamps)
    gone = set(compress(range(covered), map(newly.__contains__, ids[:covered])))
    stays: list[bool] = list(map(not_, map(gone.__contains__, old_dated))) if gone else []
    kept = list(compress(old_dated, stays)) if gone else old_dated
    undated = list(compress(old_undated, map(not_, map(gone.__contains__, old_undated))))
    undated += compress(current, map(not_, has_time))

    def key(position: int) -> float:
        return _time_key(cast("Stamp", stamps[position]))

    cuts: list[int] = []  # added[i] goes before kept[cuts[i]]
    at = 0
    for position in added:
        at = bisect_right(kept, key(position), lo=at, key=key)
        cuts.append(at)
    dated: list[int] = []
    at = 0
    for position, cut in zip(added, cuts, strict=True):
        dated += kept[at:cut]
        dated.append(position)
        at = cut
    dated += kept[at:]
    # Where each old index of the dated view goes (-1: taken out).
    placed_before = [0] * (len(kept) + 1)
    for cut in cuts:
        placed_before[cut] += 1
    new_of_kept = list(map(add, range(len(kept)), accumulate(placed_before)))
    if gone:
        number = accumulate(stays)  # of each old index among those kept, plus one
        where = [new_of_kept[k - 1] if s else -1 for k, s in zip(number, stays, strict=True)]
    else:
        where = new_of_kept
    for shape in windows.shapes:
        shape.renumber(where)
    shapes = [shape for shape in windows.shapes if shape.pos]  # none left empty
    _insert(shapes, added, [cut + i for i, cut in enumerate(cuts)], stamps)
    return (dated, undated), IntervalIndex(shapes)


# The kept view is extended while the new dated rows number at most a share of
# it (1 in _MERGE_SHARE) plus a few; past that, sorting afresh costs less.
_MERGE_SHARE, _MERGE_ALWAYS = 8, 8

# Up to this many intervals go into a shape one by one (each moves the later
# ones along); more, and the shape is sorted again (a merge of two sorted runs).
_FEW_INSERTS = 256


def _insert(
    shapes: list[Shape], added: list[int], at: list[int], stamps: list[Stamp | None]
) -> None:
    """Put the intervals of rows ``added`` (at dated-view indexes ``at``) into ``shapes``."""
    picked = cast("list[Stamp]", list(map(stamps.__getitem__, added)))
    codes = _shape_codes(picked)
    where = {shape.code: n for n, shape in enumerate(shapes)}
    for code in sorted(set(codes)):
        mine = [i for i, c in enumerate(codes) if c == code]
        lo, hi = _bounds(code, [picked[i] for i in mine])
        pos = [at[i] for i in mine]
        n = where.get(code)
        if n is None:
            shapes.append(Shape.of_columns(code, lo, hi, pos))
        elif len(mine) <= _FEW_INSERTS:  # a few: in place
            for interval in zip(lo, hi, pos, strict=True):
                shapes[n].insert(*interval)
        else:  # many: sorted again with the rest (a merge of two runs)
            old = shapes[n]
            shapes[n] = Shape.of_columns(code, old.lo + lo, old.hi + hi, old.pos + pos)


_QUALIFIER_CODES = {None: 0, "not_before": 1, "not_after": 2}
_GET_APPROXIMATE, _GET_QUALIFIER = itemgetter(3), itemgetter(4)


_PRECISIONS = list(Precision)  # by rank


class _MissionCodes(dict[str | None, int]):
    """Mission names to a number per mission key (-1 for no mission)."""

    def __init__(self, key_of: Callable[[str], str]) -> None:
        super().__init__()
        self.key_of = key_of
        self.numbers: dict[str, int] = {}
        self.keys_by_number: list[str] = []

    def __missing__(self, name: str | None) -> int:
        number = -1
        if name is not None:
            key = self.key_of(name)
            number = self.numbers.setdefault(key, len(self.keys_by_number))
            if number == len(self.keys_by_number):
                self.keys_by_number.append(key)
        self[name] = number
        return number


class Lookup:
    """What :meth:`Timeline.filter` looks events up by: positions in the
    timeline's dated view (``dated``, row positions in time order) by time, by
    mission key (``key_of`` maps a name to it) and by kind. Each part is built on
    first use, with column-wide operations wherever the rows allow it."""

    __slots__ = ("_dated", "_key_of", "_kinds", "_missions", "_rows", "_windows")

    def __init__(
        self,
        rows: Rows,
        dated: list[int],
        key_of: Callable[[str], str],
        windows: IntervalIndex | None = None,
    ) -> None:
        self._rows, self._dated, self._key_of = rows, dated, key_of
        self._windows = windows  # built already (kept by the timeline or a checkpoint)
        self._missions: dict[str, list[int]] | None = None
        self._kinds: dict[EventKind, list[int]] | None = None

    def windows(self) -> IntervalIndex:
        if self._windows is None:
            with paused_gc():
                self._windows = self._build_windows()
        return self._windows

    @property
    def built_windows(self) -> IntervalIndex | None:
        """The window index if a query has built it (it depends on the dated view
        alone, so it outlives a change of mission aliases)."""
        return self._windows

    def _build_windows(self) -> IntervalIndex:
        stamps = cast("list[Stamp]", list(map(self._rows.stamps.__getitem__, self._dated)))
        codes = _shape_codes(stamps)
        order = sorted(range(len(codes)), key=codes.__getitem__)
        shapes = []
        for code, group in groupby(order, key=codes.__getitem__):
            positions = list(group)
            lo, hi = _bounds(code, list(map(stamps.__getitem__, positions)))
            shapes.append(Shape.of_columns(code, lo, hi, positions))
        return IntervalIndex(shapes)

    def by_mission(self) -> dict[str, list[int]]:
        if self._missions is None:
            names = list(map(self._rows.missions.__getitem__, self._dated))
            codes = _MissionCodes(self._key_of)
            numbers = map(codes.__getitem__, names)  # one small int per mission key
            # Each position appended to its mission's list, in order, by C code alone.
            groups: defaultdict[int, list[int]] = defaultdict(list)
            with paused_gc():
                deque(map(list.append, map(groups.__getitem__, numbers), count()), maxlen=0)
            self._missions = {
                codes.keys_by_number[number]: positions
                for number, positions in groups.items()
                if number >= 0
            }
        return self._missions

    def by_kind(self) -> dict[EventKind, list[int]]:
        if self._kinds is None:
            kinds = list(map(id, map(self._rows.kinds.__getitem__, self._dated)))
            everywhere = range(len(kinds))
            self._kinds = {}
            for kind in EventKind:  # by id(): Enum hashing is slow
                found = list(compress(everywhere, map(id(kind).__eq__, kinds)))
                if found:
                    self._kinds[kind] = found
        return self._kinds
