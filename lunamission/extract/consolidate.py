"""One event per happening: the mentions of one event in one article, joined.

Pipeline: lexicon → dateline / sentences → entities and classify → attach →
**consolidate** → api.

Wire reports tell the main event twice: the lead gives the day ("touched down
on Thursday"), a later paragraph the minute ("landed at 6:23 p.m. EST"). Within
one article, two mentions are the same event when they have the same mission,
kind and status and either their times overlap, or one of them is undated and
the article has no other event of that mission, kind and status for it to be
(two undated mentions whose words name days apart are two events).
Disjoint dated mentions stay apart (two scrubbed attempts, two corrections).

Nothing is dropped: the mention :func:`~lunamission.merge.prefer` picks (the
narrowest time) is the current event and the others are its earlier versions
(``supersedes``), as :func:`~lunamission.merge` does across articles, so
:func:`~lunamission.event_sources` returns every sentence that told it. Among
undated mentions the first one told is kept, unless another kept the words of a
time the parser could not resolve.

>>> import lunamission as lm
>>> ts = lm.Timestamp.from_iso
>>> day = lm.Event(kind="landing", mission="IM-1", when=ts("2024-02-22[America/Chicago]"))
>>> minute = lm.Event(kind="landing", mission="IM-1",
...                   when=ts("2024-02-22T18:23-05:00[America/New_York]"))
>>> [ev.when.isoformat() for ev in consolidate([day, minute]) if ev.supersedes]
['2024-02-22T18:23-05:00[America/New_York]']
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from ..errors import TimestampError
from ..merge import prefer
from ..models import Event, EventKind, Status, mission_key, rederived
from ..parser import parse_timestamps
from ..timestamp import Precision

__all__ = ["consolidate"]

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_Key = tuple[str | None, EventKind, Status]


def _seconds(moment: datetime) -> float:
    return (moment - _EPOCH).total_seconds()


@dataclass
class _Cluster:
    members: list[int]
    head: int
    number: int
    hull: tuple[float, float] | None = None  # the widest interval indexed for it


@dataclass
class _Group:
    """The clusters of one mission, kind and status, dated ones indexed by start."""

    clusters: list[_Cluster] = field(default_factory=list)
    starts: list[tuple[float, int]] = field(default_factory=list)  # (earliest, cluster number)
    widest: float = 0.0


class _Intervals:
    """Each event's UTC interval in seconds, computed once (zone arithmetic is costly)."""

    def __init__(self, events: Sequence[Event]) -> None:
        self._events = events
        self._cache: dict[int, tuple[float, float]] = {}

    def __call__(self, index: int) -> tuple[float, float] | None:
        when = self._events[index].when
        if when is None:
            return None
        known = self._cache.get(index)
        if known is None:
            known = self._cache[index] = (_seconds(when.earliest), _seconds(when.latest))
        return known


def consolidate(events: Sequence[Event], /) -> list[Event]:
    """The events with repeated mentions of one event chained, the best one current.

    The result holds every event, in the order of each event's first mention, its
    earlier versions just before it. Linear in practice: a dated mention is only
    compared with events whose intervals can overlap it.
    """
    interval = _Intervals(events)
    groups: dict[_Key, _Group] = {}
    clusters: list[_Cluster] = []
    for index, ev in enumerate(events):
        key = (mission_key(ev.mission) if ev.mission else None, ev.kind, ev.status)
        group = groups.setdefault(key, _Group())
        target = _target(group, interval, index, events)
        if target is None:
            cluster = _Cluster([index], index, len(group.clusters))
            _index(group, cluster, interval(index))
            group.clusters.append(cluster)
            clusters.append(cluster)
            continue
        target.members.append(index)
        head = _better(events, target.head, index)
        if head != target.head:
            target.head = head
            _index(group, target, interval(head))
    out: list[Event] = []
    for cluster in clusters:
        out.extend(_chain(events, cluster))
    return out


def _index(group: _Group, cluster: _Cluster, span: tuple[float, float] | None) -> None:
    if span is None:
        return
    hull = cluster.hull
    if hull is not None and hull[0] <= span[0] and span[1] <= hull[1]:
        return  # already reachable through the interval indexed before
    start, end = span
    cluster.hull = span if hull is None else (min(hull[0], start), max(hull[1], end))
    insort(group.starts, (start, cluster.number))
    group.widest = max(group.widest, end - start)


def _target(
    group: _Group, interval: _Intervals, index: int, events: Sequence[Event]
) -> _Cluster | None:
    span = interval(index)
    if span is None:
        if len(group.clusters) != 1:
            return None
        only = group.clusters[0]
        if interval(only.head) is None and _told_apart(events[only.head], events[index]):
            return None  # two undated mentions, each with its own time: two events
        return only
    start, end = span
    low = bisect_left(group.starts, (start - group.widest, -1))
    high = bisect_left(group.starts, (end, -1))
    found: dict[int, _Cluster] = {}
    for _, number in group.starts[low:high]:
        cluster = group.clusters[number]
        head = interval(cluster.head)
        if head is not None and head[0] < end and start < head[1]:
            found[number] = cluster
    if len(found) == 1:
        return next(iter(found.values()))
    if not found and len(group.clusters) == 1 and interval(group.clusters[0].head) is None:
        return group.clusters[0]
    return None


def _told_apart(a: Event, b: Event) -> bool:
    """Whether two undated mentions kept the words of different days ("April 20,
    2023" and "March 14, 2024" in an article that gives no zone); "Saturday" and
    "January 20" may be one day, and stay one event."""
    days = [_day_of(ev) for ev in (a, b)]
    if days[0] is None or days[1] is None:
        return False
    return abs((days[0] - days[1]).days) > 1


def _day_of(ev: Event) -> date | None:
    """The day an undated mention's words name, read in UTC from its report, if one."""
    said = ev.source.timestamp_text if ev.source is not None else None
    if said is None or ev.recorded is None:
        return None
    try:
        (when,) = parse_timestamps(said, reference=ev.recorded, default_tz="UTC")
    except (TimestampError, ValueError):
        return None
    return when.local.date() if when.precision.rank >= Precision.DAY.rank else None


def _better(events: Sequence[Event], current: int, new: int) -> int:
    a, b = events[current], events[new]
    if a.when is None and b.when is None:
        told = a.source is not None and a.source.timestamp_text is not None
        return new if not told and b.source is not None and b.source.timestamp_text else current
    if a.when == b.when:
        return current  # the same time told twice: the first telling stays
    kept, _ = prefer(a, b)
    return current if kept is a else new


def _chain(events: Sequence[Event], cluster: _Cluster) -> list[Event]:
    if len(cluster.members) == 1:
        return [events[cluster.head]]
    order = [i for i in cluster.members if i != cluster.head] + [cluster.head]
    chained: list[Event] = []
    for i in order:
        ev = events[i]
        if chained:
            ev = rederived(ev, supersedes=chained[-1].id)
        chained.append(ev)
    return chained
