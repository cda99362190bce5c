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
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ._index import IntervalIndex, Match, epoch_bounds, paused_gc
from .errors import SchemaVersionError, TimelineError
from .models import Event, EventKind, Mission, Status, mission_key
from .timestamp import _RANK, Precision, Timestamp

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


_Index = tuple[IntervalIndex, dict[str, list[int]], dict[EventKind, list[int]]]
"""The window index, and event positions by mission key and by kind."""

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


_RANK_OF = {id(p): rank for p, rank in _RANK.items()}  # by identity: Enum hashing is slow


def _time_order(ev: Event) -> float:
    """:attr:`Timestamp.sort_key` order (UTC start, coarser first) as one float:
    starts are whole POSIX seconds, so ``start * 8 + rank`` orders them the same
    way and sorts several times faster than tuples."""
    ts = ev.when
    assert ts is not None
    return ts.local.timestamp() * 8 + _RANK_OF[id(ts.precision)]


def _shape(ts: Timestamp) -> object:
    if ts.qualifier == "not_after":
        return "open-start"
    return (ts.precision, ts.approximate, ts.qualifier)


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
    """

    def __init__(
        self, events: Iterable[Event] = (), /, *, missions: Iterable[Mission] = ()
    ) -> None:
        self._all: list[Event] = []
        self._ids: dict[str, Event] | None = {}  # None: not built yet (see _by_id)
        self._missions: list[Mission] = []
        self._alias: dict[str, str] = {}  # mission key -> key of the canonical name
        self._view: tuple[list[Event], list[Event]] | None = None
        self._index_cache: _Index | None = None
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
        known = self._by_id.get(event.id)
        if known is not None:
            if known == event:
                return known
            raise TimelineError(
                f"another event already has id {event.id!r}", text=event.id, code="duplicate_id"
            )
        self._all.append(event)
        self._by_id[event.id] = event
        self._view = None
        self._index_cache = None
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
        self._index_cache = None

    # -- views ----------------------------------------------------------------

    def _split(self) -> tuple[list[Event], list[Event]]:
        if self._view is None:
            with paused_gc():
                superseded = {e.supersedes for e in self._all if e.supersedes}
                current = [e for e in self._all if e.id not in superseded]
                dated = [e for e in current if e.when is not None]
                dated.sort(key=_time_order)
                undated = [e for e in current if e.when is None]
            self._view = (dated, undated)
        return self._view

    @property
    def events(self) -> list[Event]:
        """The current events: dated in time order, then undated in the order added."""
        dated, undated = self._split()
        return [*dated, *undated]

    @property
    def dated(self) -> list[Event]:
        """Current events with a time, in time order."""
        return list(self._split()[0])

    @property
    def undated(self) -> list[Event]:
        """Current events the sources gave no time for, in the order added."""
        return list(self._split()[1])

    @property
    def revisions(self) -> list[Event]:
        """Every event ever added, superseded versions included, in the order added."""
        return list(self._all)

    @property
    def mission_records(self) -> list[Mission]:
        """The registered :class:`Mission` records."""
        return list(self._missions)

    def get(self, event_id: str, /) -> Event:
        """The event (current or superseded) with this id."""
        try:
            return self._by_id[event_id]
        except KeyError:
            raise TimelineError(
                "no event with this id", text=event_id, code="unknown_event"
            ) from None

    def __iter__(self) -> Iterator[Event]:
        dated, undated = self._split()
        yield from dated
        yield from undated

    def __len__(self) -> int:
        dated, undated = self._split()
        return len(dated) + len(undated)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Event):
            return self._by_id.get(item.id) == item
        return isinstance(item, str) and item in self._by_id

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Timeline):
            return NotImplemented
        return self._all == other._all and self._missions == other._missions

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        dated, undated = self._split()
        return f"<Timeline: {len(dated)} dated, {len(undated)} undated events>"

    # -- queries ----------------------------------------------------------------

    def _key_of(self, name: str) -> str:
        key = mission_key(name)
        return self._alias.get(key, key)

    def _index(self) -> _Index:
        cached = self._index_cache
        if cached is None:
            with paused_gc():
                cached = self._build_index()
            self._index_cache = cached
        return cached

    def _build_index(self) -> _Index:
        dated, _ = self._split()
        rows = []
        by_mission: dict[str, list[int]] = {}
        by_kind: dict[EventKind, list[int]] = {}
        keys: dict[str, str] = {}
        for pos, ev in enumerate(dated):
            ts = ev.when
            assert ts is not None
            rows.append((_shape(ts), *epoch_bounds(ts), pos))
            if ev.mission is not None:
                key = keys.get(ev.mission)
                if key is None:
                    key = keys[ev.mission] = self._key_of(ev.mission)
                by_mission.setdefault(key, []).append(pos)
            by_kind.setdefault(ev.kind, []).append(pos)
        return (IntervalIndex(rows), by_mission, by_kind)

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
        index, by_mission, by_kind = self._index()
        candidates: list[int] | None = None
        if windowed:
            lo = _epoch(_bound(start, side="start")) if start is not None else float("-inf")
            hi = _epoch(_bound(end, side="end")) if end is not None else float("inf")
            candidates = index.query(lo, hi, match)
        if key is not None:
            pool = by_mission.get(key, [])
            candidates = pool if candidates is None else sorted(set(candidates) & set(pool))
        if kinds is not None and candidates is None:
            candidates = sorted(p for k in kinds for p in by_kind.get(k, []))
        positions = sorted(set(candidates)) if candidates is not None else range(len(dated))
        chosen = [
            dated[p]
            for p in positions
            if (kinds is None or dated[p].kind in kinds)
            and (statuses is None or dated[p].status in statuses)
        ]
        if not windowed:
            chosen.extend(
                ev
                for ev in undated
                if (kinds is None or ev.kind in kinds)
                and (statuses is None or ev.status in statuses)
                and (key is None or (ev.mission is not None and self._key_of(ev.mission) == key))
            )
        return self._derived(chosen)

    def _derived(self, events: list[Event]) -> Timeline:
        out = Timeline(missions=self._missions)
        out._all = events
        out._ids = None  # built on first use: a query result may never need it
        return out

    @property
    def _by_id(self) -> dict[str, Event]:
        ids = self._ids
        if ids is None:
            ids = self._ids = {e.id: e for e in self._all}
        return ids

    @_by_id.setter
    def _by_id(self, ids: dict[str, Event]) -> None:
        self._ids = ids

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
            return dated[-1]
        return undated[-1] if undated else None

    def missions(self) -> list[str]:
        """Mission names, registered ones by their canonical name, in time order of
        their first event (missions with only undated events follow)."""
        by_key = {mission_key(m.name): m.name for m in self._missions}
        names: dict[str, str] = {}
        for ev in self:
            if ev.mission is None:
                continue
            key = self._key_of(ev.mission)
            names.setdefault(key, by_key.get(key, ev.mission))
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
    def _trusted(
        cls, events: list[Event], by_id: dict[str, Event], /, *, missions: Iterable[Mission] = ()
    ) -> Timeline:
        """A timeline over ``events`` whose ids the caller has already made unique
        (``by_id`` maps each id to its event): the bulk path of the event log."""
        out = cls(missions=missions)
        out._all = events
        out._by_id = by_id
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
        log.extend(self._all)
        return log

    def to_sqlite(self, path: str | os.PathLike[str], /) -> SQLiteStore:
        """Write every event (revisions included) and mission record to an SQLite
        store at ``path`` (created if missing) and return it, open."""
        from .sqlstore import SQLiteStore

        store = SQLiteStore(path)
        for mission in self._missions:
            store.add_mission(mission)
        store.extend(self._all)
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
        return _TimelineDoc(missions=self._missions, events=self._all)

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
