"""The SQLite store: the same events as a timeline, queried in SQL, for logs too big to hold.

Where it sits: beside :class:`~lunamission.eventlog.EventLog`. A log is the
durable record of what arrived; a store is an indexed copy for queries
(``Timeline.to_sqlite`` writes one, ``Timeline.from_sqlite`` reads one back).
It uses only the standard library's :mod:`sqlite3`, in WAL mode, so readers
never block the writer.

Each event is kept whole (``Event.model_dump_json()``) beside the columns that
queries use: the mission key, the kind, the status, and the uncertainty interval
as POSIX seconds, indexed per interval *shape* (precision, hedges) exactly like
the in-memory index, so a window query reads only the rows that can match.
:meth:`SQLiteStore.filter` takes the same keywords as :meth:`Timeline.filter`,
means the same thing, and returns a :class:`Timeline` of the matches.

>>> import lunamission as lm
>>> store = SQLiteStore(":memory:")
>>> store.add(lm.Event(kind="launch", mission="Luna-25",
...     when=lm.Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]"))).kind.value
'launch'
>>> len(store.filter(kind="launch", start="2023-08-10[UTC]", end="2023-08-11[UTC]"))
1
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any

from pydantic_core import from_json

from ._eventcodec import Memo, decode_event
from ._index import Match, epoch_bounds, paused_gc
from .errors import EventLogError, SchemaVersionError, TimelineError
from .models import Event, EventKind, Mission, Status, mission_key
from .timeline import (
    SCHEMA_VERSION,
    Bound,
    Timeline,
    _as_kinds,
    _as_statuses,
    _bound,
)
from .timestamp import _RANK, Timestamp

__all__ = ["SQLiteStore"]

_FORMAT = "lunamission-store"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS missions (key TEXT PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS aliases (alias TEXT PRIMARY KEY, mission TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS shapes (
    shape INTEGER PRIMARY KEY, min_width REAL NOT NULL, max_width REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    mission_key TEXT,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    shape INTEGER,
    lo REAL,
    hi REAL,
    start REAL,
    rank INTEGER,
    supersedes TEXT,
    superseded INTEGER NOT NULL DEFAULT 0,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_mission ON events (mission_key, kind);
CREATE INDEX IF NOT EXISTS events_kind ON events (kind, lo);
CREATE INDEX IF NOT EXISTS events_interval ON events (shape, lo, hi);
CREATE INDEX IF NOT EXISTS events_open_start ON events (shape, hi);
CREATE INDEX IF NOT EXISTS events_supersedes ON events (supersedes);
"""
_OPEN_START = 0  # the shape of "not_after" intervals, indexed by their end
_COLUMNS = "id, mission_key, kind, status, shape, lo, hi, start, rank, supersedes, record"


def _shape_code(ts: Timestamp) -> int:
    """The interval shape as an integer (0 for open-start intervals)."""
    if ts.qualifier == "not_after":
        return _OPEN_START
    return 1 + _RANK[ts.precision] * 4 + ts.approximate * 2 + (ts.qualifier == "not_before")


class SQLiteStore:
    """Events in an SQLite database file (created if missing), with the indexes
    that :meth:`filter` uses. Use it as a context manager, or call :meth:`close`.
    """

    def __init__(self, path: str | os.PathLike[str], /) -> None:
        self._path = str(path)
        try:
            self._db = sqlite3.connect(self._path, isolation_level=None)
        except sqlite3.Error as exc:
            raise EventLogError(f"{self._path}: cannot open ({exc})", code="io") from None
        try:
            self._open()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise EventLogError(
                f"{self._path}: not a lunamission store ({exc})", code="not_a_store"
            ) from None
        except EventLogError:
            self._db.close()
            raise

    def _open(self) -> None:
        db = self._db
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "meta" not in tables:
            raise EventLogError(
                f"{self._path}: an SQLite database, but not a lunamission store",
                code="not_a_store",
            )
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall()) if tables else {}
        if meta and meta.get("format") != _FORMAT:
            raise EventLogError(f"{self._path}: not a lunamission store", code="not_a_store")
        raw_version = meta.get("schema_version", str(SCHEMA_VERSION))
        if not raw_version.isdigit():
            raise EventLogError(
                f"{self._path}: the store has no valid schema version",
                text=raw_version,
                code="not_a_store",
            )
        version = int(raw_version)
        if version > SCHEMA_VERSION:
            raise SchemaVersionError(
                f"{self._path} was written by schema version {version}; this lunamission "
                f"reads up to {SCHEMA_VERSION}: upgrade lunamission"
            )
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(_SCHEMA)
        db.execute(
            "INSERT OR IGNORE INTO meta VALUES ('format', ?), ('schema_version', ?)",
            (_FORMAT, str(SCHEMA_VERSION)),
        )
        self._widths: dict[int, tuple[float, float]] = {
            shape: (lo, hi) for shape, lo, hi in db.execute("SELECT * FROM shapes")
        }

    # -- lifetime ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({self._path!r})"

    # -- writing ------------------------------------------------------------------------

    def add(self, event: Event, /) -> Event:
        """Add one event and return it (the same event twice is kept once)."""
        self.extend([event])
        return event

    def extend(self, events: Iterable[Event], /) -> int:
        """Add several events in one transaction; return how many were new.

        A different event under an id the store already holds is an
        :class:`~lunamission.errors.EventLogError` and nothing is written.
        """
        db = self._db
        widths = dict(self._widths)
        added = 0
        db.execute("BEGIN IMMEDIATE")
        try:
            for event in events:
                added += self._insert(event, widths)
            db.executemany(
                "INSERT INTO shapes VALUES (?, ?, ?) ON CONFLICT (shape) DO UPDATE SET "
                "min_width = excluded.min_width, max_width = excluded.max_width",
                [(s, lo, hi) for s, (lo, hi) in widths.items()],
            )
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        self._widths = widths
        return added

    def _insert(self, event: Event, widths: dict[int, tuple[float, float]]) -> int:
        if not isinstance(event, Event):
            raise EventLogError(
                f"a store holds Event objects, not {type(event).__name__}", code="not_an_event"
            )
        record = event.model_dump_json()
        ts = event.when
        shape: int | None = None
        lo: float | None = None
        hi: float | None = None
        start: float | None = None
        rank: int | None = None
        if ts is not None:
            shape = _shape_code(ts)
            lo, hi = epoch_bounds(ts)
            start, rank = ts.local.timestamp(), _RANK[ts.precision]
            width = hi - lo
            low, high = widths.get(shape, (width, width))
            widths[shape] = (min(low, width), max(high, width))
        key = mission_key(event.mission) if event.mission is not None else None
        cur = self._db.execute(
            f"INSERT INTO events ({_COLUMNS}, superseded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " EXISTS (SELECT 1 FROM events WHERE supersedes = ?)) ON CONFLICT (id) DO NOTHING",
            (
                event.id,
                key,
                event.kind.value,
                event.status.value,
                shape,
                lo,
                hi,
                start,
                rank,
                event.supersedes,
                record,
                event.id,
            ),
        )
        if cur.rowcount == 0:
            (known,) = self._db.execute(
                "SELECT record FROM events WHERE id = ?", (event.id,)
            ).fetchone()
            if known != record:
                raise EventLogError(
                    f"{self._path}: another event already has id {event.id!r}",
                    text=event.id,
                    code="duplicate_id",
                )
            return 0
        if event.supersedes is not None:
            self._db.execute("UPDATE events SET superseded = 1 WHERE id = ?", (event.supersedes,))
        return 1

    def add_mission(self, mission: Mission, /) -> None:
        """Register a mission so that its aliases find its events."""
        canonical = mission_key(mission.name)
        db = self._db
        for key in mission.keys:
            row = db.execute("SELECT mission FROM aliases WHERE alias = ?", (key,)).fetchone()
            if row is not None and row[0] != canonical:
                raise TimelineError(
                    f"the name {key!r} already belongs to another mission", code="alias_clash"
                )
        db.execute("BEGIN IMMEDIATE")
        db.execute("DELETE FROM aliases WHERE mission = ?", (canonical,))
        db.executemany(
            "INSERT INTO aliases VALUES (?, ?)", [(key, canonical) for key in mission.keys]
        )
        db.execute(
            "INSERT INTO missions VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
            "record = excluded.record",
            (canonical, mission.model_dump_json()),
        )
        db.execute("COMMIT")

    # -- reading ------------------------------------------------------------------------

    @property
    def mission_records(self) -> list[Mission]:
        """The registered :class:`Mission` records."""
        rows = self._db.execute("SELECT record FROM missions ORDER BY rowid")
        return [Mission.model_validate_json(r[0]) for r in rows]

    def __len__(self) -> int:
        """The number of current events (superseded versions not counted)."""
        (count,) = self._db.execute("SELECT count(*) FROM events WHERE superseded = 0").fetchone()
        return int(count)

    def __iter__(self) -> Iterator[Event]:
        """Current events: dated in time order, then undated in the order added."""
        rows = self._db.execute(
            "SELECT record FROM events WHERE superseded = 0 "
            "ORDER BY shape IS NULL, start, rank, seq"
        )
        memo = Memo()
        for (record,) in rows:
            yield self._decode(record, memo)

    def __contains__(self, item: object) -> bool:
        ident = item.id if isinstance(item, Event) else item
        if not isinstance(ident, str):
            return False
        row = self._db.execute("SELECT record FROM events WHERE id = ?", (ident,)).fetchone()
        if row is None:
            return False
        return not isinstance(item, Event) or row[0] == item.model_dump_json()

    def get(self, event_id: str, /) -> Event:
        """The event (current or superseded) with this id."""
        row = self._db.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise TimelineError("no event with this id", text=event_id, code="unknown_event")
        return self._decode(row[0], Memo())

    def to_timeline(self) -> Timeline:
        """Every event (revisions included, in the order added) as a :class:`Timeline`."""
        rows = self._db.execute("SELECT record FROM events ORDER BY seq")
        return self._timeline(r[0] for r in rows)

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
        """The current events that meet every condition, answered in SQL.

        Same keywords and meaning as :meth:`Timeline.filter`: a window keeps
        events whose interval overlaps it (``possibly``) or lies inside it
        (``definitely``), and undated events only when no window is given.
        """
        if match not in ("possibly", "definitely"):
            raise TimelineError(
                "match must be 'possibly' or 'definitely'", text=str(match), code="bad_match"
            )
        where: list[str] = ["superseded = 0"]
        params: list[Any] = []
        kinds, statuses = _as_kinds(kind), _as_statuses(status)
        if kinds is not None:
            where.append(f"kind IN ({', '.join('?' * len(kinds))})")
            params.extend(k.value for k in kinds)
        if statuses is not None:
            where.append(f"status IN ({', '.join('?' * len(statuses))})")
            params.extend(s.value for s in statuses)
        if mission is not None:
            canonical = self._canonical(mission)
            where.append(
                "(mission_key = ? OR mission_key IN (SELECT alias FROM aliases WHERE mission = ?))"
            )
            params.extend((canonical, canonical))
        base = f"SELECT record FROM events WHERE {' AND '.join(where)}"
        if start is None and end is None:
            records = [r[0] for r in self._db.execute(base, params)]
            return self._timeline(records)
        lo = _bound(start, side="start").timestamp() if start is not None else float("-inf")
        hi = _bound(end, side="end").timestamp() if end is not None else float("inf")
        records = []
        for shape, (min_w, max_w) in sorted(self._widths.items()):
            clause, args = _window(shape, min_w, max_w, lo, hi, match)
            rows = self._db.execute(f"{base} AND {clause}", [*params, *args])
            records.extend(r[0] for r in rows)
        return self._timeline(records)

    def _canonical(self, name: str) -> str:
        key = mission_key(name)
        row = self._db.execute("SELECT mission FROM aliases WHERE alias = ?", (key,)).fetchone()
        return str(row[0]) if row is not None else key

    def _timeline(self, records: Iterable[str]) -> Timeline:
        memo = Memo()
        with paused_gc():
            events = [self._decode(r, memo) for r in records]
        return Timeline._trusted(events, missions=self.mission_records)

    def _decode(self, record: str, memo: Memo) -> Event:
        try:
            return decode_event(from_json(record, cache_strings="keys"), memo)
        except ValueError as exc:  # invalid JSON, or pydantic's ValidationError
            raise EventLogError(
                f"{self._path}: a stored event cannot be read ({str(exc).splitlines()[0]})",
                text=record,
                code="corrupt_record",
            ) from None


def _window(
    shape: int, min_w: float, max_w: float, lo: float, hi: float, match: Match
) -> tuple[str, list[Any]]:
    """The SQL condition (and its parameters) for one shape's rows in ``[lo, hi)``.

    Within a shape, widths lie between ``min_w`` and ``max_w``; that bounds the
    starts that can match, so the condition is a range on the indexed start.
    """
    if shape == _OPEN_START:  # start unbounded, indexed by the end
        if match == "possibly":
            return "shape = ? AND hi > ? AND lo < ?", [shape, lo, hi]
        return "shape = ? AND hi <= ? AND lo >= ?", [shape, hi, lo]
    if match == "possibly":
        return "shape = ? AND lo >= ? AND lo < ? AND hi > ?", [shape, lo - max_w, hi, lo]
    return "shape = ? AND lo >= ? AND lo <= ? AND hi <= ?", [shape, lo, hi - min_w, hi]
