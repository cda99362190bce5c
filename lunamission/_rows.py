"""The storage under a :class:`~lunamission.timeline.Timeline`: events as columns.

Where it sits: a timeline keeps its events in :class:`Rows`, one list per field
that queries read (id, supersedes, kind, status, mission and a compact
:data:`Stamp` of the time), plus each event itself. An event added in code is
kept as the object; an event replayed from a log is kept as its JSON line and
built (validated already, by :mod:`lunamission._logscan`) only when somebody
asks for it. Sorting, indexing and filtering a million replayed events thus
never builds a million pydantic models, and the timeline is about half the
size it would be.

Events built on access are equal to, not identical with, earlier ones: compare
events with ``==``.

>>> import lunamission as lm
>>> rows = Rows()
>>> rows.append_event(lm.Event(kind="impact", mission="Luna-25"))
>>> rows.kinds[0].value, rows.event(0).mission
('impact', 'Luna-25')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pydantic_core import from_json

from ._eventcodec import Memo, timestamp_from_parts, trusted_event
from .models import Event, EventKind, Status
from .timestamp import Precision, Timestamp

__all__ = ["Rows", "Stamp", "stamp_of", "stamp_timestamp"]

Stamp = tuple[float, Precision, str, bool, str | None, str | Timestamp]
"""A time as the index needs it: ``(start, precision, tz, approximate, qualifier,
local)``. ``start`` is the POSIX second the unit starts at; ``local`` is either
the :class:`Timestamp` itself or its wall clock as a log line writes it."""


def stamp_of(ts: Timestamp) -> Stamp:
    """The stamp of a timestamp.

    >>> stamp_of(Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]"))[:3]
    (1691709000.0, <Precision.MINUTE: 'minute'>, 'Europe/Moscow')
    """
    return (ts.local.timestamp(), ts.precision, ts.tz, ts.approximate, ts.qualifier, ts)


def stamp_timestamp(stamp: Stamp) -> Timestamp:
    """The :class:`Timestamp` a stamp stands for.

    >>> ts = Timestamp.from_iso("2023-08[Europe/Moscow]")
    >>> stamp_timestamp(stamp_of(ts)) == ts
    True
    """
    local = stamp[5]
    if isinstance(local, Timestamp):
        return local
    return timestamp_from_parts(local, stamp[2], stamp[1], stamp[3], stamp[4])


class Rows:
    """Events as parallel lists (see the module docstring); position ``i`` of
    every list describes the same event."""

    __slots__ = ("ids", "items", "kinds", "missions", "stamps", "statuses", "supersedes")

    def __init__(self) -> None:
        self.items: list[Event | bytes] = []  # the event, or its JSON line (no newline)
        self.ids: list[str] = []
        self.supersedes: list[str | None] = []
        self.kinds: list[EventKind] = []
        self.statuses: list[Status] = []
        self.missions: list[str | None] = []
        self.stamps: list[Stamp | None] = []

    def __len__(self) -> int:
        return len(self.ids)

    def append_event(self, event: Event) -> None:
        """Keep ``event`` as it is."""
        self.items.append(event)
        self.ids.append(event.id)
        self.supersedes.append(event.supersedes)
        self.kinds.append(event.kind)
        self.statuses.append(event.status)
        self.missions.append(event.mission)
        self.stamps.append(None if event.when is None else stamp_of(event.when))

    def put_event(self, i: int, event: Event) -> None:
        """Keep ``event`` as it is at position ``i``, in place of what was there."""
        self.items[i] = event
        self.ids[i] = event.id
        self.supersedes[i] = event.supersedes
        self.kinds[i] = event.kind
        self.statuses[i] = event.status
        self.missions[i] = event.mission
        self.stamps[i] = None if event.when is None else stamp_of(event.when)

    def event(self, i: int, memo: Memo | None = None) -> Event:
        """The event at position ``i`` (built from its line if it is kept as one)."""
        item = self.items[i]
        if type(item) is bytes:  # a line the scanner checked: build without checking again
            stamp = self.stamps[i]
            data = from_json(item, cache_strings="keys")
            return trusted_event(data, None if stamp is None else stamp[0], memo or Memo())
        assert isinstance(item, Event)
        return item

    def events(self, positions: Iterable[int]) -> list[Event]:
        """The events at ``positions``, in that order."""
        return list(self.iter_events(positions))

    def iter_events(self, positions: Iterable[int]) -> Iterator[Event]:
        """The events at ``positions``, built one at a time."""
        memo = Memo()
        for i in positions:
            yield self.event(i, memo)

    def line(self, i: int) -> bytes:
        """Event ``i`` as an event log's line (newline included)."""
        return self.body(i) + b"\n"

    def body(self, i: int) -> bytes:
        """Event ``i`` as an event log's line, without the newline."""
        item = self.items[i]
        if type(item) is bytes:
            return item
        assert isinstance(item, Event)
        return item.model_dump_json().encode()

    def same(self, i: int, other: Rows, j: int) -> bool:
        """Whether event ``i`` here equals event ``j`` of ``other``."""
        a, b = self.items[i], other.items[j]
        if a is b or (type(a) is bytes and a == b):
            return True
        return self.event(i) == other.event(j)

    def subset(self, positions: Iterable[int]) -> Rows:
        """A new :class:`Rows` of the events at ``positions`` (sharing the items)."""
        picked = positions if isinstance(positions, list) else list(positions)
        out = Rows()
        for name in Rows.__slots__:
            column: list[Any] = getattr(self, name)
            setattr(out, name, list(map(column.__getitem__, picked)))
        return out

    def extend(self, other: Rows) -> None:
        """Append every event of ``other``."""
        for name in Rows.__slots__:
            getattr(self, name).extend(getattr(other, name))
