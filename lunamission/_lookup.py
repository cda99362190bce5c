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

from collections import defaultdict, deque
from collections.abc import Callable
from itertools import compress, count, groupby, repeat
from operator import add, itemgetter, mul
from typing import cast

from ._index import IntervalIndex, column_bounds, paused_gc
from ._rows import Rows, Stamp
from .models import EventKind
from .timestamp import _RANK, Precision

__all__ = ["Lookup", "in_time_order"]

_RANK_OF = {id(p): rank for p, rank in _RANK.items()}  # by identity: Enum hashing is slow


def in_time_order(positions: list[int], stamps: list[Stamp | None]) -> list[int]:
    """``positions`` sorted the way :attr:`Timestamp.sort_key` orders their stamps
    (UTC start, coarser precision first), with a key list rather than a key
    function. Starts are whole seconds, so ``start * 8 + rank`` orders exactly
    as the pair does (and stays exact in a float for every year up to 9998)."""
    picked = cast("list[Stamp]", list(map(stamps.__getitem__, positions)))  # all dated
    ranks = map(_RANK_OF.__getitem__, map(id, map(_PRECISION_OF, picked)))
    keys = list(map(add, map(mul, map(_START_OF, picked), repeat(8.0)), ranks))
    order = sorted(range(len(positions)), key=keys.__getitem__)
    return list(map(positions.__getitem__, order))


_START_OF, _PRECISION_OF = itemgetter(0), itemgetter(1)


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
        # One small integer per shape (precision, approximate, qualifier).
        ranks = map(_RANK_OF.__getitem__, map(id, map(_PRECISION_OF, stamps)))
        hedges = map(
            add,
            map(mul, map(_GET_APPROXIMATE, stamps), repeat(3)),
            map(_QUALIFIER_CODES.__getitem__, map(_GET_QUALIFIER, stamps)),
        )
        codes = list(map(add, map(mul, ranks, repeat(6)), hedges))
        order = sorted(range(len(codes)), key=codes.__getitem__)
        columns = []
        for code, group in groupby(order, key=codes.__getitem__):
            positions = list(group)
            rank, hedge = divmod(code, 6)
            approx, qualifier = divmod(hedge, 3)
            picked = list(map(stamps.__getitem__, positions))
            qualifier_name = (None, "not_before", "not_after")[qualifier]
            lo, hi = column_bounds(picked, _PRECISIONS[rank], bool(approx), qualifier_name)
            shape = "open-start" if qualifier == 2 else code
            columns.append((shape, lo, hi, positions))
        return IntervalIndex.from_columns(columns)

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
