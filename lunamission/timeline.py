"""The :class:`Timeline`: events kept in time order and queried under uncertainty.

A timeline holds every event it was given. Dated events are kept sorted (by UTC
start, coarser precision first); undated ones are kept apart, in the order they
came, never dropped and never given an invented date. An event that another
supersedes (a slipped launch date) stays in the timeline as history, but the
current view shows only the latest revision.

>>> import lunamission as lm
>>> ts = lm.Timestamp.from_iso
>>> tl = lm.Timeline([
...     lm.Event(kind="launch", mission="Luna-25",
...              when=ts("2023-08-11T02:10+03:00[Europe/Moscow]")),
...     lm.Event(kind="orbit_insertion", mission="Luna-25", when=ts("2023-08-16[Europe/Moscow]")),
...     lm.Event(kind="impact", mission="Luna-25"),
... ])
>>> [ev.kind.value for ev in tl]
['launch', 'orbit_insertion', 'impact']
>>> str(tl.elapsed(tl.first("orbit_insertion")))
'L+5d'
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta
from enum import Enum
from itertools import compress
from operator import not_
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ._index import IntervalIndex, Match, paused_gc
from ._lookup import Lookup, View, in_time_order
from ._rows import Rows
from .errors import SchemaVersionError, TimelineError
from .models import Event, EventKind, Mission, Status, mission_key
from .timestamp import Precision, Timestamp

if TYPE_CHECKING:
    import os
    from datetime import date

    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .eventlog import EventLog
    from .revisions import Revision, SlipReport, Unrecorded
    from .sqlstore import SQLiteStore

__all__ = ["SCHEMA_VERSION", "Elapsed", "Finding", "Timeline"]

SCHEMA_VERSION = 1
"""Version of the JSON layout of a timeline and of an event log's lines."""

Bound = Timestamp | datetime | str


class Finding(BaseModel):
    """One problem :meth:`Timeline.validate` found: a code, a sentence, the events."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    message: str
    event_ids: tuple[str, ...] = ()


class Elapsed(BaseModel):
    """Time from an anchor event (the launch, by default) to an event, as an interval.

    ``nominal`` is the difference of the two units' midpoints, rounded to the
    coarser precision of the two (day precision minus a minute gives whole days);
    ``low`` and ``high`` bound
    the true value given both ends' uncertainty. ``str()`` prints it the way
    mission control writes it, to the coarser of the two precisions.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    nominal: timedelta
    low: timedelta
    high: timedelta
    precision: Precision
    approximate: bool = False
    label: str = "L"

    def __str__(self) -> str:
        total = int(self.nominal.total_seconds())
        sign = "-" if total < 0 else "+"
        total = abs(total)
        days, rest = divmod(total, 86_400)
        hours, rest = divmod(rest, 3_600)
        minutes, seconds = divmod(rest, 60)
        rank = self.precision.rank
        units = [(days, "d", Precision.DAY), (hours, "h", Precision.HOUR)]
        units += [(minutes, "m", Precision.MINUTE), (seconds, "s", Precision.SECOND)]
        shown = [(value, unit) for value, unit, p in units if p.rank <= max(rank, 2)]
        # Leading zero units are dropped ("L+47m", not "L+0d 0h 47m"); inner ones stay.
        while len(shown) > 1 and shown[0][0] == 0:
            shown.pop(0)
        parts = [f"{value}{unit}" for value, unit in shown]
        tilde = "~" if self.approximate or rank < Precision.DAY.rank else ""
        return f"{self.label}{sign}{tilde}{' '.join(parts)}"


class _TimelineDoc(BaseModel):
    """The JSON layout of a timeline."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = SCHEMA_VERSION
    missions: list[Mission] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)


_ANCHOR_LABELS = {EventKind.LAUNCH: "L", EventKind.LANDING: "T"}


def _midpoint(ts: Timestamp) -> datetime:
    return ts.utc + (ts.end - ts.utc) / 2


_ROUNDING = {
    Precision.SECOND: timedelta(seconds=1),
    Precision.MINUTE: timedelta(minutes=1),
    Precision.HOUR: timedelta(hours=1),
}


def _round(delta: timedelta, precision: Precision) -> timedelta:
    unit = _ROUNDING.get(precision, timedelta(days=1))
    return unit * round(delta / unit)


def _epoch(moment: datetime) -> float:
    return moment.timestamp()


_E = TypeVar("_E", bound=Enum)


def _as_enum(enum: type[_E], value: _E | str, what: str) -> _E:
    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(str(member.value) for member in enum)
        raise TimelineError(
            f"unknown {what} (one of: {choices})", text=str(value), code=f"unknown_{what}"
        ) from None


def _as_enums(
    enum: type[_E], value: _E | str | Iterable[_E | str] | None, what: str
) -> set[_E] | None:
    if value is None:
        return None
    if isinstance(value, (enum, str)):
        return {_as_enum(enum, value, what)}
    many = cast("Iterable[_E | str]", value)
    return {_as_enum(enum, v, what) for v in many}


def _as_kinds(kind: EventKind | str | Iterable[EventKind | str] | None) -> set[EventKind] | None:
    return _as_enums(EventKind, kind, "kind")


def _as_statuses(status: Status | str | Iterable[Status | str] | None) -> set[Status] | None:
    return _as_enums(Status, status, "status")


def _invalid(exc: ValidationError) -> TimelineError:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "the document"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return TimelineError(
        f"not a lunamission timeline: {where}: {first['msg']}{more}", code="bad_timeline"
    )


def _bound(value: Bound, *, side: Literal["start", "end"]) -> datetime:
    if isinstance(value, str):
        value = Timestamp.from_iso(value)
    if isinstance(value, Timestamp):
        return value.earliest if side == "start" else value.latest
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise TimelineError(
                f"naive datetime as window {side}: give it a tzinfo (lunamission never "
                "assumes UTC)",
                text=value.isoformat(),
                code="naive_datetime",
            )
        return value
    raise TimelineError(
        f"window {side} must be a Timestamp, an aware datetime or an ISO string with a zone, "
        f"not {type(value).__name__}",
        code="bad_bound",
    )


class Timeline:
    """Events of one or more missions, always in time order.

    Build it from events (``Timeline(events)``, :meth:`from_events`,
    :meth:`add`); iterate it to get dated events in order, then undated ones in
    the order they came. Give it :class:`Mission` records to let queries match
    a mission by any of its aliases.

    A timeline replayed from an :class:`~lunamission.eventlog.EventLog` keeps
    each event as its (already checked) line and builds the :class:`Event` when
    you ask for it, so that sorting and querying a million events never builds a
    million models: events you get twice are equal (``==``), not the same object.
    """

    def __init__(
        self, events: Iterable[Event] = (), /, *, missions: Iterable[Mission] = ()
    ) -> None:
        self._rows = Rows()  # every event ever added, in the order added
        self._ids: dict[str, int] | None = {}  # id -> position; None: not built yet
        self._missions: list[Mission] = []
        self._alias: dict[str, str] = {}  # mission key -> key of the canonical name
        self._view: tuple[list[int], list[int]] | None = None  # positions in _rows
        self._index_cache: Lookup | None = None
        # A window index of _view's dated part handed in (by a replay's checkpoint, or
        # kept across add_mission); one a query builds lives in _index_cache.
        self._windows: IntervalIndex | None = None
        # How to get the view and index without building them (a replay's checkpoint).
        self._ready: Callable[[], tuple[View, IntervalIndex] | None] | None = None
        # Who keeps the view and window index once a window query has built them
        # (a replay's checkpoint writer).
        self._keep: Callable[[View, IntervalIndex], None] | None = None
        for mission in missions:
            self.add_mission(mission)
        self.extend(events)

    # -- building -----------------------------------------------------------

    @classmethod
    def from_events(
        cls, events: Iterable[Event], /, *, missions: Iterable[Mission] = ()
    ) -> Timeline:
        """A timeline of ``events`` (same as the constructor)."""
        return cls(events, missions=missions)

    def add(self, event: Event, /) -> Event:
        """Add one event and return it. Adding the very same event twice keeps one;
        a different event under an id already taken is refused."""
        if not isinstance(event, Event):
            raise TimelineError(
                f"a timeline holds Event objects, not {type(event).__name__}", code="not_an_event"
            )
        ids = self._by_id
        pos = ids.get(event.id)
        if pos is not None:
            known = self._rows.event(pos)
            if known == event:
                return known
            raise TimelineError(
                f"another event already has id {event.id!r}", text=event.id, code="duplicate_id"
            )
        ids[event.id] = len(self._rows)
        self._rows.append_event(event)
        self._view = None
        self._index_cache = None
        self._windows = None
        self._ready = None
        self._keep = None
        return event

    def extend(self, events: Iterable[Event], /) -> None:
        """Add several events."""
        for event in events:
            self.add(event)

    def add_mission(self, mission: Mission, /) -> None:
        """Register a mission so that its aliases find its events."""
        canonical = mission_key(mission.name)
        for key in mission.keys:
            owner = self._alias.get(key)
            if owner is not None and owner != canonical:
                raise TimelineError(
                    f"the name {key!r} already belongs to another mission", code="alias_clash"
                )
        self._missions = [m for m in self._missions if mission_key(m.name) != canonical]
        self._missions.append(mission)
        for key in mission.keys:
            self._alias[key] = canonical
        if self._index_cache is not None:  # the mission map changes; the window index stays
            self._windows = self._index_cache.built_windows
        self._index_cache = None

    # -- views ----------------------------------------------------------------

    def _split(self) -> tuple[list[int], list[int]]:
        """Positions of the current events: dated ones in time order, undated ones."""
        if self._view is None and self._ready is not None:
            ready, self._ready = self._ready, None
            found = ready()
            if found is not None:
                self._view, self._windows = found
                self._index_cache = None
        if self._view is None:
            rows = self._rows
            with paused_gc():
                superseded = set(rows.supersedes)
                superseded.difference_update((None, ""))
                stamps = rows.stamps
                everything = range(len(stamps))
                if superseded:
                    kept = map(not_, map(superseded.__contains__, rows.ids))
                    current = list(compress(everything, kept))
                else:
                    current = list(everything)
                is_dated = list(map(stamps.__getitem__, current))
                dated = list(compress(current, is_dated))
                undated = list(compress(current, map(not_, is_dated)))
                dated = in_time_order(dated, stamps)
            self._view = (dated, undated)
        return self._view

    @property
    def events(self) -> list[Event]:
        """The current events: dated in time order, then undated in the order added."""
        dated, undated = self._split()
        return self._rows.events([*dated, *undated])

    @property
    def dated(self) -> list[Event]:
        """Current events with a time, in time order."""
        return self._rows.events(self._split()[0])

    @property
    def undated(self) -> list[Event]:
        """Current events the sources gave no time for, in the order added."""
        return self._rows.events(self._split()[1])

    @property
    def revisions(self) -> list[Event]:
        """Every event ever added, superseded versions included, in the order added."""
        return self._rows.events(range(len(self._rows)))

    @property
    def mission_records(self) -> list[Mission]:
        """The registered :class:`Mission` records."""
        return list(self._missions)

    def _positions(self, *, revisions: bool) -> tuple[Rows, list[int] | range]:
        """The storage and the positions of the current view (or of every
        revision, in the order added): for exporters that read rows directly."""
        if revisions:
            return self._rows, range(len(self._rows))
        dated, undated = self._split()
        return self._rows, [*dated, *undated]

    def get(self, event_id: str, /) -> Event:
        """The event (current or superseded) with this id."""
        pos = self._by_id.get(event_id) if isinstance(event_id, str) else None
        if pos is None:
            raise TimelineError("no event with this id", text=str(event_id), code="unknown_event")
        return self._rows.event(pos)

    def __iter__(self) -> Iterator[Event]:
        dated, undated = self._split()
        yield from self._rows.iter_events(dated)
        yield from self._rows.iter_events(undated)

    def __len__(self) -> int:
        dated, undated = self._split()
        return len(dated) + len(undated)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Event):
            pos = self._by_id.get(item.id)
            return pos is not None and self._rows.event(pos) == item
        return isinstance(item, str) and item in self._by_id

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Timeline):
            return NotImplemented
        mine, theirs = self._rows, other._rows
        return (
            len(mine) == len(theirs)
            and mine.ids == theirs.ids
            and all(mine.same(i, theirs, i) for i in range(len(mine)))
            and self._missions == other._missions
        )

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        dated, undated = self._split()
        return f"<Timeline: {len(dated)} dated, {len(undated)} undated events>"

    # -- queries ----------------------------------------------------------------

    def _key_of(self, name: str) -> str:
        key = mission_key(name)
        return self._alias.get(key, key)

    def _index(self) -> Lookup:
        """The window index and the positions by mission key and by kind, each
        built when a query first needs it (a window query needs no mission map)."""
        cached = self._index_cache
        if cached is None:
            dated = self._split()[0]
            cached = Lookup(self._rows, dated, self._key_of, self._windows)
            self._index_cache = cached
        return cached

    def _prepared(self) -> tuple[View, IntervalIndex]:
        """The view (dated positions in time order, undated ones) and its window
        index, built now if no query has built them yet (for a checkpoint)."""
        return self._split(), self._index().windows()

    def _install(self, ready: Callable[[], tuple[View, IntervalIndex] | None]) -> None:
        """Take the view and window index of these very rows from ``ready()``
        (a replay's checkpoint) when a query first needs them, instead of
        building them; if it gives None, they are built as usual."""
        self._ready = ready

    def _keep_prepared(self, keep: Callable[[View, IntervalIndex], None]) -> None:
        """Hand the view and window index to ``keep`` once a window query has
        built them (unless an event is added first)."""
        self._keep = keep

    def filter(
        self,
        *,
        kind: EventKind | str | Iterable[EventKind | str] | None = None,
        mission: str | None = None,
        status: Status | str | Iterable[Status | str] | None = None,
        start: Bound | None = None,
        end: Bound | None = None,
        match: Match = "possibly",
    ) -> Timeline:
        """The events that meet every condition given, as a new timeline.

        ``start``/``end`` bound a window (a Timestamp stands for its whole
        interval); ``match="possibly"`` keeps events whose uncertainty interval
        overlaps the window, ``"definitely"`` only those wholly inside it.
        Undated events are kept only when no window is given.

        >>> import lunamission as lm
        >>> tl = lm.Timeline([lm.Event(kind="landing", mission="Luna-25", status="planned",
        ...     when=lm.Timestamp.from_iso("2023-08-21[Europe/Moscow]"))])
        >>> len(tl.filter(start="2023-08-21T12:00+00:00", end="2023-08-22T00:00+00:00"))
        1
        >>> len(tl.filter(start="2023-08-21T12:00+00:00", end="2023-08-22T00:00+00:00",
        ...     match="definitely"))
        0
        """
        if match not in ("possibly", "definitely"):
            raise TimelineError(
                "match must be 'possibly' or 'definitely'", text=str(match), code="bad_match"
            )
        kinds = _as_kinds(kind)
        statuses = _as_statuses(status)
        key = self._key_of(mission) if mission is not None else None
        windowed = start is not None or end is not None
        dated, undated = self._split()
        index = self._index()
        candidates: list[int] | None = None
        if windowed:
            lo = _epoch(_bound(start, side="start")) if start is not None else float("-inf")
            hi = _epoch(_bound(end, side="end")) if end is not None else float("inf")
            windows = index.windows()
            if self._keep is not None:
                keep, self._keep = self._keep, None
                keep((dated, undated), windows)
            candidates = windows.query(lo, hi, match)
        if key is not None:
            pool = index.by_mission().get(key, [])
            candidates = pool if candidates is None else sorted(set(candidates) & set(pool))
        if kinds is not None and candidates is None:
            candidates = sorted(p for k in kinds for p in index.by_kind().get(k, []))
        positions = sorted(set(candidates)) if candidates is not None else range(len(dated))
        rows = self._rows
        row_kinds, row_statuses, row_missions = rows.kinds, rows.statuses, rows.missions
        chosen = [
            dated[p]
            for p in positions
            if (kinds is None or row_kinds[dated[p]] in kinds)
            and (statuses is None or row_statuses[dated[p]] in statuses)
        ]
        n_dated = len(chosen)  # dated, in time order (positions were sorted)
        if not windowed:
            chosen.extend(
                r
                for r in undated
                if (kinds is None or row_kinds[r] in kinds)
                and (statuses is None or row_statuses[r] in statuses)
                and (key is None or self._mission_is(row_missions[r], key))
            )
        return self._derived(chosen, n_dated)

    def _mission_is(self, name: str | None, key: str) -> bool:
        return name is not None and self._key_of(name) == key

    def _derived(self, positions: list[int], dated: int) -> Timeline:
        """A timeline of the events at ``positions``: current ones, the first
        ``dated`` of them dated and in time order, the rest undated."""
        out = Timeline(missions=self._missions)
        out._rows = self._rows.subset(positions)
        out._ids = None  # built on first use: a query result may never need it
        # None of them supersedes another (all are current here), so the view is
        # known: sorting it again is what a query result's len() would wait for.
        out._view = (list(range(dated)), list(range(dated, len(positions))))
        return out

    @property
    def _by_id(self) -> dict[str, int]:
        ids = self._ids
        if ids is None:
            column = self._rows.ids
            ids = self._ids = dict(zip(column, range(len(column)), strict=False))
        return ids

    def between(self, start: Bound, end: Bound, /, *, match: Match = "possibly") -> Timeline:
        """Events in the window from ``start`` to ``end`` (see :meth:`filter`)."""
        return self.filter(start=start, end=end, match=match)

    def first(self, kind: EventKind | str, /, *, mission: str | None = None) -> Event | None:
        """The earliest current event of this kind (and mission), or None if there is none.

        Dated events come first; an undated one is returned only when no event of
        the kind has a time.
        """
        found = self.filter(kind=kind, mission=mission)
        return next(iter(found), None)

    def last(self, kind: EventKind | str, /, *, mission: str | None = None) -> Event | None:
        """The latest dated event of this kind (and mission), else the last undated one."""
        found = self.filter(kind=kind, mission=mission)
        dated, undated = found._split()
        if dated:
            return found._rows.event(dated[-1])
        return found._rows.event(undated[-1]) if undated else None

    def missions(self) -> list[str]:
        """Mission names, registered ones by their canonical name, in time order of
        their first event (missions with only undated events follow)."""
        by_key = {mission_key(m.name): m.name for m in self._missions}
        names: dict[str, str] = {}
        seen: set[str] = set()
        column = self._rows.missions
        dated, undated = self._split()
        for pos in (*dated, *undated):
            name = column[pos]
            if name is None or name in seen:
                continue
            seen.add(name)
            key = self._key_of(name)
            names.setdefault(key, by_key.get(key, name))
        for key, name in by_key.items():
            names.setdefault(key, name)
        return list(names.values())

    def elapsed(self, event: Event, /, *, since: EventKind | str = EventKind.LAUNCH) -> Elapsed:
        """Mission elapsed time from the mission's first ``since`` event to ``event``.

        >>> import lunamission as lm
        >>> tl = lm.Timeline([
        ...     lm.Event(kind="launch", mission="Luna-25",
        ...              when=lm.Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]")),
        ...     lm.Event(kind="loss_of_contact", mission="Luna-25",
        ...              when=lm.Timestamp.from_iso(
        ...                  "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]"))])
        >>> str(tl.elapsed(tl.first("loss_of_contact")))
        'L+~8d 12h 47m'
        """
        anchor_kind = _as_enum(EventKind, since, "kind")
        if event.when is None:
            raise TimelineError(
                "the event has no time, so no elapsed time", text=event.id, code="undated"
            )
        anchor = self.first(anchor_kind, mission=event.mission) if event.mission else None
        if anchor is None or anchor.when is None:
            raise TimelineError(
                f"mission has no dated {anchor_kind.value} to count from",
                text=event.mission or event.id,
                code="no_anchor",
            )
        a, b = anchor.when, event.when
        if a.qualifier or b.qualifier:
            raise TimelineError(
                "an elapsed time needs both ends bounded, not NET or no-later-than dates",
                text=event.id,
                code="open_interval",
            )
        coarser = min(a.precision, b.precision, key=lambda p: p.rank)
        return Elapsed(
            nominal=_round(_midpoint(b) - _midpoint(a), coarser),
            low=b.earliest - a.latest,
            high=b.latest - a.earliest,
            precision=coarser,
            approximate=a.approximate or b.approximate,
            label=_ANCHOR_LABELS.get(anchor_kind, "T"),
        )

    def validate(self) -> list[Finding]:
        """Ordering rules a news timeline can break, as findings (never raised)."""
        from ._checks import check_timeline

        return check_timeline(self)

    # -- merging (issue 5) --
    def merge(
        self,
        other: Timeline,
        /,
        *,
        on_conflict: Literal["raise", "keep_both", "prefer_precise"] = "raise",
    ) -> Timeline:
        """This timeline and ``other`` as one: the same event reported twice is kept
        once, at the report whose time lies inside the other's (else the finer
        one, by the rule of :func:`lunamission.merge`), the other report kept as
        its superseded version. Neither timeline is changed.

        >>> import lunamission as lm
        >>> moscow = lm.Timeline([lm.Event(kind="launch", mission="Luna-25",
        ...     when=lm.Timestamp.from_iso("2023-08-11[Europe/Moscow]"))])
        >>> utc = lm.Timeline([lm.Event(kind="launch", mission="Luna-25",
        ...     when=lm.Timestamp.from_iso("2023-08-10T23:10+00:00[UTC]"))])
        >>> [ev.when.isoformat() for ev in moscow.merge(utc)]
        ['2023-08-10T23:10+00:00[UTC]']
        """
        from .merge import merge

        return merge(self, other, on_conflict=on_conflict)

    # -- end merging --

    # -- storage, revisions and exports (issue 6) --

    @classmethod
    def _trusted(cls, events: list[Event], /, *, missions: Iterable[Mission] = ()) -> Timeline:
        """A timeline over ``events``, whose ids the caller has already made unique:
        the bulk path of the SQLite store."""
        rows = Rows()
        for event in events:
            rows.append_event(event)
        return cls._from_rows(rows, None, missions=missions)

    @classmethod
    def _from_rows(
        cls, rows: Rows, by_id: dict[str, int] | None, /, *, missions: Iterable[Mission] = ()
    ) -> Timeline:
        """A timeline over ``rows``, whose ids are unique (``by_id``, when given,
        maps each to its position): the bulk path of the event log."""
        out = cls(missions=missions)
        out._rows = rows
        out._ids = by_id
        return out

    def history(self, event_id: str, /) -> list[Revision]:
        """Every version of the event ``event_id`` belongs to (any version's id will
        do), oldest report first, each with the slip from the version it revised.

        >>> import lunamission as lm
        >>> plan = lm.Event(kind="launch", mission="Luna-25", status="planned",
        ...     when=lm.Timestamp.from_iso("2021-10[Europe/Moscow]"), recorded="2021-01-20")
        >>> moved = lm.Event(kind="launch", mission="Luna-25", status="planned",
        ...     when=lm.Timestamp.from_iso("2022-05[Europe/Moscow]"), recorded="2021-06-01",
        ...     supersedes=plan.id)
        >>> [r.event.when.isoformat() for r in lm.Timeline([plan, moved]).history(plan.id)]
        ['2021-10[Europe/Moscow]', '2022-05[Europe/Moscow]']
        """
        from .revisions import history

        return history(self, event_id)

    def as_of(self, day: date | str, /, *, unrecorded: Unrecorded = "raise") -> Timeline:
        """What was known on ``day``: events recorded by then, the latest revision
        of each current (see :func:`lunamission.revisions.as_of`).

        >>> import lunamission as lm
        >>> plan = lm.Event(kind="landing", mission="Luna-25", status="planned",
        ...     when=lm.Timestamp.from_iso("2023-08-21[Europe/Moscow]"), recorded="2023-08-11")
        >>> [ev.status.value for ev in lm.Timeline([plan]).as_of("2023-08-15")]
        ['planned']
        """
        from .revisions import as_of

        return as_of(self, day, unrecorded=unrecorded)

    def slips(self, mission: str, /, *, kind: EventKind | str | None = None) -> SlipReport:
        """How often and how far the dates of ``mission`` slipped, and its scrubs.

        >>> import lunamission as lm
        >>> plan = lm.Event(kind="launch", mission="Luna-25", status="planned",
        ...     when=lm.Timestamp.from_iso("2022-05[Europe/Moscow]"), recorded="2021-06-01")
        >>> moved = lm.Event(kind="launch", mission="Luna-25", status="planned",
        ...     when=lm.Timestamp.from_iso("2022-09[Europe/Moscow]"), recorded="2022-01-10",
        ...     supersedes=plan.id)
        >>> report = lm.Timeline([plan, moved]).slips("Luna 25")
        >>> report.slips, report.total_slip.days
        (1, 123)
        """
        from .revisions import slips

        return slips(self, mission, kind=kind)

    def to_eventlog(self, path: str | os.PathLike[str], /) -> EventLog:
        """Append every event (revisions included) to the event log at ``path``."""
        from .eventlog import EventLog

        log = EventLog(path)
        rows = self._rows
        log._write_bodies([rows.body(i) for i in range(len(rows))])
        return log

    def to_sqlite(self, path: str | os.PathLike[str], /) -> SQLiteStore:
        """Write every event (revisions included) and mission record to an SQLite
        store at ``path`` (created if missing) and return it, open."""
        from .sqlstore import SQLiteStore

        store = SQLiteStore(path)
        for mission in self._missions:
            store.add_mission(mission)
        store.extend(self._rows.iter_events(range(len(self._rows))))
        return store

    @classmethod
    def from_sqlite(cls, path: str | os.PathLike[str], /) -> Timeline:
        """Every event and mission record of the SQLite store at ``path``.

        >>> import lunamission as lm, tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "luna.sqlite"
        >>> tl = lm.Timeline([lm.Event(kind="impact", mission="Luna-25")])
        >>> tl.to_sqlite(path).close()
        >>> lm.Timeline.from_sqlite(path) == tl
        True
        """
        from .sqlstore import SQLiteStore

        with SQLiteStore(path) as store:
            return store.to_timeline()

    def to_csv(self, *, revisions: bool = False) -> str:
        """The events as CSV text (see :mod:`lunamission.export.table` for the columns)."""
        from .export import to_csv

        return to_csv(self, revisions=revisions)

    def to_jsonl(self) -> str:
        """The events as an event log's text (header line, one event per line)."""
        from .export import to_jsonl

        return to_jsonl(self)

    def to_pandas(self, *, revisions: bool = False) -> pd.DataFrame:
        """The events as a pandas DataFrame with tz-aware UTC time columns (needs the
        ``lunamission[pandas]`` extra; see :func:`lunamission.export.to_pandas`)."""
        from .export import to_pandas

        return to_pandas(self, revisions=revisions)

    def to_ics(self, *, undated: Literal["omit", "raise"] = "omit") -> str:
        """The current events as an iCalendar document (see :mod:`lunamission.export.ical`)."""
        from .export import to_ics

        return to_ics(self, undated=undated)

    def to_timelinejs(self, *, undated: Literal["omit", "raise"] = "omit") -> str:
        """The current events as TimelineJS 3 JSON text."""
        from .export import to_timelinejs

        return to_timelinejs(self, undated=undated)

    def plot(
        self, *, ax: Axes | None = None, title: str | None = None, labels: bool | None = None
    ) -> Figure:
        """Draw the timeline with matplotlib (the ``lunamission[plot]`` extra) and return
        the Figure; see :func:`lunamission.plot.plot`."""
        from .plot import plot

        return plot(self, ax=ax, title=title, labels=labels)

    # -- end storage, revisions and exports --

    # -- JSON ---------------------------------------------------------------------

    def _doc(self) -> _TimelineDoc:
        return _TimelineDoc(missions=self._missions, events=self.revisions)

    def model_dump(self, *, mode: Literal["json", "python"] = "python") -> dict[str, Any]:
        """The timeline as plain data: schema version, missions and every event."""
        return self._doc().model_dump(mode=mode)

    def model_dump_json(self, *, indent: int | None = None) -> str:
        """The timeline as JSON; :meth:`model_validate_json` reads it back equal."""
        return self._doc().model_dump_json(indent=indent)

    @classmethod
    def model_validate(cls, data: Any, /) -> Timeline:
        """A timeline from :meth:`model_dump` data."""
        cls._checked(data)
        try:
            return cls._from_doc(_TimelineDoc.model_validate(data))
        except ValidationError as exc:
            raise _invalid(exc) from None

    @classmethod
    def model_validate_json(cls, data: str | bytes, /) -> Timeline:
        """A timeline from :meth:`model_dump_json` text.

        >>> import lunamission as lm
        >>> tl = lm.Timeline([lm.Event(kind="impact", mission="Luna-25")])
        >>> lm.Timeline.model_validate_json(tl.model_dump_json()) == tl
        True
        """
        try:
            doc = _TimelineDoc.model_validate_json(data)
        except ValidationError as exc:
            # A newer schema may add fields: say "upgrade", not "invalid".
            try:
                cls._checked(json.loads(data))
            except ValueError as bad_json:
                if isinstance(bad_json, SchemaVersionError):
                    raise
            raise _invalid(exc) from None
        cls._checked({"schema_version": doc.schema_version})
        return cls._from_doc(doc)

    @staticmethod
    def _checked(data: Any) -> Any:
        version = data.get("schema_version", SCHEMA_VERSION) if isinstance(data, dict) else None
        if isinstance(version, int) and version > SCHEMA_VERSION:
            raise SchemaVersionError(
                f"written by schema version {version}; this lunamission reads up to "
                f"{SCHEMA_VERSION}: upgrade lunamission",
                code="schema_version",
            )
        return data

    @classmethod
    def _from_doc(cls, doc: _TimelineDoc) -> Timeline:
        return cls(doc.events, missions=doc.missions)

    @staticmethod
    def json_schema() -> dict[str, Any]:
        """The JSON Schema of :meth:`model_dump_json`'s output."""
        return _TimelineDoc.model_json_schema()
