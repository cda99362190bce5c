"""The interval index behind :meth:`Timeline.filter`: window queries in O(log n + k).

Timestamps of one *shape* (precision, approximate, qualifier) have intervals
whose widths differ only by calendar detail (month lengths, leap days, DST), so
each shape keeps its intervals sorted by start together with the narrowest and
widest width. A window query then bisects each shape for the few candidates
whose overlap is in doubt and takes the rest wholesale. Intervals open at the
start (``not_after``) are sorted by their end instead.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

Match = Literal["possibly", "definitely"]


@dataclass
class _Shape:
    by_end: bool  # sorted by the interval's end (open-start shapes) rather than its start
    keys: list[float] = field(default_factory=list)
    lo: list[float] = field(default_factory=list)
    hi: list[float] = field(default_factory=list)
    pos: list[int] = field(default_factory=list)
    min_width: float = 0.0
    max_width: float = 0.0


class IntervalIndex:
    """Half-open intervals ``[lo, hi)`` in POSIX seconds, grouped by shape."""

    def __init__(self, rows: Iterable[tuple[object, float, float, int]]) -> None:
        grouped: dict[object, list[tuple[float, float, int]]] = {}
        for shape, lo, hi, pos in rows:
            grouped.setdefault(shape, []).append((lo, hi, pos))
        self._shapes: list[_Shape] = []
        for shape, items in grouped.items():
            by_end = shape == "open-start"
            items.sort(key=(lambda r: r[1]) if by_end else (lambda r: r[0]))
            s = _Shape(by_end=by_end)
            s.lo = [r[0] for r in items]
            s.hi = [r[1] for r in items]
            s.pos = [r[2] for r in items]
            s.keys = s.hi if by_end else s.lo
            widths = [h - lo for lo, h in zip(s.lo, s.hi, strict=True)]
            s.min_width, s.max_width = min(widths), max(widths)
            self._shapes.append(s)

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


def _take(s: _Shape, i: int, j: int) -> Sequence[int]:
    return s.pos[i:j]


def _scan_by_start(s: _Shape, start: float, end: float, match: Match) -> list[int]:
    out: list[int] = []
    if match == "possibly":
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


def _scan_by_end(s: _Shape, start: float, end: float, match: Match) -> list[int]:
    if match == "possibly":
        i0 = bisect_right(s.keys, start)
        return [s.pos[k] for k in range(i0, len(s.keys)) if s.lo[k] < end]
    i1 = bisect_right(s.keys, end)
    return [s.pos[k] for k in range(i1) if s.lo[k] >= start]
