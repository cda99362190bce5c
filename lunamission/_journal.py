"""The column journal: what a large write knows of its lines, kept beside the log.

Where it sits: :meth:`lunamission.EventLog.extend` (and
:meth:`lunamission.Timeline.to_eventlog`) write events they hold as objects
pydantic validated, or as lines a replay checked. Checking those lines again at
the next replay (:mod:`lunamission._logscan`) is most of what a first replay of
a large log costs. So a write of at least :data:`MIN_LINES` lines also appends
to ``<log>.columns`` one record per :data:`RECORD_LINES` of its lines: the byte
range of the log they take, the SHA-256 of those bytes, and the columns a
replay would otherwise get by checking each line (the same columns, in the same
layout, as a replay checkpoint's: :mod:`lunamission._checkpoint`). A replay
takes a record's columns when the log still holds exactly those bytes there,
and checks every other line as before.

A record is a cache, as a checkpoint is:

* it is written after its lines are on the disk (``fsync``) and under the log's
  lock, so it never names bytes a crash can take back; a crash while a record
  is written leaves a torn record, which readers pass over (every record is
  sealed with the SHA-256 of itself);
* it names the lunamission, layout and tz database versions that wrote it, and
  is not used under others;
* a record whose bytes the log no longer holds is not used: those lines are
  checked one by one;
* the event objects it describes were validated when they were built; lines
  with escapes, and events made with ``model_construct`` or changed with
  ``model_copy(update=...)`` whose fields have the wrong types, are left for
  the replay to decode in full;
* creating a log afresh empties its journal; a file at that path that is no
  journal is never written to; deleting a journal is always safe.

``EventLog(path, checkpoint=False)`` neither writes nor reads one.

>>> import lunamission as lm
>>> events = [lm.Event(kind="launch", mission="Luna-25", id=f"ev-{i}") for i in range(3)]
>>> bodies, fields = encode(events, lambda ev: ev.model_dump_json().encode())
>>> [record] = parse_records(b"".join(records(events, bodies, fields, start=54)), log_size=10**6)
>>> record.start, record.covered - record.start == sum(len(b) + 1 for b in bodies), record.lines
(54, True, 3)
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Sequence
from datetime import date
from itertools import compress, repeat
from operator import add, contains, itemgetter, sub
from pathlib import Path
from typing import Any

from . import _checkpoint_file
from ._checkpoint import Columns, column_sections
from ._checkpoint_file import JOURNAL_FORMAT, JOURNAL_MAGIC, identity, ours_or_absent, sealed
from ._index import paused_gc
from ._rows import Rows, Stamp
from .models import Event
from .timestamp import Timestamp

__all__ = ["MIN_LINES", "RECORD_LINES", "append", "parse_records", "read", "records", "reset"]

MIN_LINES = 1024
"""A write of fewer lines leaves no record: a replay checks that few about as fast
as it reads a record."""

RECORD_LINES = 1 << 16
"""Lines per record at most, which bounds the memory a write's columns take."""

_WHEN = b'"when":{"local":"'
_WALLS = {len("2023-08-11T02:10:00Z"), len("2023-08-11T02:10:00+03:00")}
_NAMES = {str, type(None)}


Fields = tuple[list[tuple[Any, ...]], list[tuple[Any, ...] | None]]
"""What :func:`encode` takes from each event for its record: the event's fields
and its time's, or None where it has no time."""


def encode(
    events: Sequence[Event], body_of: Callable[[Event], bytes]
) -> tuple[list[bytes], Fields]:
    """The lines of ``events`` without their newlines (``body_of(event)`` each),
    and the fields their records need, taken as each event is encoded: the event
    is in the processor's cache then, and reading it later, for a million
    events, costs seconds more."""
    lines: list[bytes] = []
    fields: list[tuple[Any, ...]] = []
    times: list[tuple[Any, ...] | None] = []
    line, field, time = lines.append, fields.append, times.append
    with paused_gc():  # two million new tuples: collecting as they come costs more
        for event in events:
            line(body_of(event))
            values = vars(event)
            when = values["when"]
            field(_FIELDS(values))
            time(_PARTS(vars(when)) if type(when) is Timestamp else None)
    return lines, (fields, times)


def records(
    events: Sequence[Event], bodies: Sequence[bytes], fields: Fields, *, start: int
) -> list[bytes]:
    """The journal records of the lines of ``events`` (``bodies``: without their
    newlines), written from byte ``start`` of a log, whose ``fields``
    :func:`encode` took."""
    out: list[bytes] = []
    at = start
    with paused_gc():  # a million new tuples: collecting as they come would cost more
        for first in range(0, len(bodies), RECORD_LINES):
            part = slice(first, first + RECORD_LINES)
            rows = _rows_of(events[part], fields[0][part], fields[1][part], bodies[part])
            if rows is None:
                return []
            data = b"\n".join(bodies[part]) + b"\n"
            out += _record(rows, data, at)
            at += len(data)
    return out


def records_of_rows(rows: Rows, bodies: Sequence[bytes], *, start: int) -> list[bytes]:
    """The journal records of the lines of ``rows`` (``bodies``: without their
    newlines; each row kept as its event, or as a line a replay checked),
    written from byte ``start`` of a log."""
    if len(rows) != len(bodies) or not _sound(rows):
        return []
    out: list[bytes] = []
    at = start
    with paused_gc():
        for first in range(0, len(bodies), RECORD_LINES):
            part = range(first, min(first + RECORD_LINES, len(bodies)))
            chunk = bodies[part.start : part.stop]
            data = b"\n".join(chunk) + b"\n"
            out += _record(_as_lines(rows.subset(part), chunk), data, at)
            at += len(data)
    return out


_FIELDS = itemgetter("id", "supersedes", "mission", "kind", "status", "when")
_PARTS = itemgetter("precision", "tz", "approximate", "qualifier")
_DAY, _CLOCK, _OFFSET = (
    itemgetter(slice(10)),
    itemgetter(slice(11, 19)),
    itemgetter(slice(19, None)),
)


def _rows_of(
    events: Sequence[Event],
    fields: Sequence[tuple[Any, ...]],
    times: Sequence[tuple[Any, ...] | None],
    bodies: Sequence[bytes],
) -> Rows | None:
    """The rows of ``events``, whose ``fields`` and ``times`` :func:`encode` took,
    as a replay keeps lines it checked (``bodies``: their lines, without the
    newlines), with the wall clocks those lines write; None when a column has a
    value validation would not have let through."""
    n = len(bodies)
    rows = Rows()
    if not n:
        return rows
    columns = zip(*fields, strict=True)
    rows.ids, rows.supersedes, rows.missions, rows.kinds, rows.statuses, whens = map(list, columns)
    if not _sound(rows) or set(map(type, whens)) - {Timestamp, type(None)}:
        return None
    dated = list(compress(range(n), whens))
    stamps: list[Stamp | None] = [None] * n
    if dated:
        walls = list(map(_wall, map(bodies.__getitem__, dated)))
        if not set(map(len, walls)) <= _WALLS:
            return None  # not the wall clock pydantic writes
        for memo in (_DAYS, _CLOCKS, _OFFSETS):
            if len(memo) > 1 << 18:
                memo.clear()
        try:
            days = map(_DAYS.__getitem__, map(_DAY, walls))
            clocks = map(_CLOCKS.__getitem__, map(_CLOCK, walls))
            offsets = map(_OFFSETS.__getitem__, map(_OFFSET, walls))
            starts = list(map(sub, map(add, days, clocks), offsets))
        except (KeyError, ValueError):
            return None
        parts = zip(*map(times.__getitem__, dated), strict=True)
        made = zip(starts, *parts, walls, strict=True)
        if len(dated) == n:
            stamps = list(made)
        else:
            for i, stamp in zip(dated, made, strict=True):
                stamps[i] = stamp
    rows.stamps = stamps
    items: list[Event | bytes] = list(bodies)
    for i in compress(range(n), map(contains, bodies, repeat(b"\\"))):
        items[i] = events[i]  # a line with escapes: decoded in full at replay
    rows.items = items
    return rows


def _wall(body: bytes) -> str:
    """The wall clock a dated event's line writes."""
    at = body.find(_WHEN) + len(_WHEN)
    return body[at : body.find(b'"', at)].decode() if at >= len(_WHEN) else ""


class _Days(dict[str, float]):
    """``YYYY-MM-DD`` to the POSIX second of that day's midnight in UTC."""

    def __missing__(self, day: str) -> float:
        value = self[day] = (date.fromisoformat(day).toordinal() - _EPOCH_DAY) * 86400.0
        return value


class _Clocks(dict[str, float]):
    """``HH:MM:SS`` to seconds after midnight."""

    def __missing__(self, clock: str) -> float:
        h, m, s = clock.split(":")
        value = self[clock] = float(int(h) * 3600 + int(m) * 60 + int(s))
        return value


class _Offsets(dict[str, float]):
    """``Z`` or ``+HH:MM`` to seconds east of UTC."""

    def __missing__(self, offset: str) -> float:
        if offset == "Z":
            value = 0.0
        elif len(offset) != 6 or offset[0] not in "+-" or offset[3] != ":":
            raise ValueError(offset)
        else:
            sign = -1.0 if offset[0] == "-" else 1.0
            value = sign * (int(offset[1:3]) * 3600 + int(offset[4:6]) * 60)
        self[offset] = value
        return value


_EPOCH_DAY = date(1970, 1, 1).toordinal()
_DAYS, _CLOCKS, _OFFSETS = _Days(), _Clocks(), _Offsets()


def _sound(rows: Rows) -> bool:
    """Whether the name columns hold what a validated event holds (an event made
    with ``model_construct`` may not)."""
    if set(map(type, rows.ids)) - {str} or set(map(type, rows.missions)) - _NAMES:
        return False
    return not set(map(type, rows.supersedes)) - _NAMES


def _as_lines(rows: Rows, bodies: Sequence[bytes]) -> Rows:
    """``rows`` with each event kept as its line and its wall clock as the line
    writes it, as a replay keeps a line it checked; a line with escapes (or an
    unusual wall clock) stays an event, which the record marks to be decoded in
    full."""
    items, stamps = rows.items, rows.stamps
    for i, body in enumerate(bodies):
        if b"\\" in body:
            continue
        stamp = stamps[i]
        if stamp is not None and type(stamp[5]) is not str:
            wall = _wall(body)
            if len(wall) not in _WALLS:
                continue
            stamps[i] = (*stamp[:5], wall)
        items[i] = body
    return rows


def _record(rows: Rows, data: bytes, start: int) -> list[bytes]:
    try:
        fields, sections = column_sections(rows)
    except (KeyError, TypeError, AttributeError):
        return []  # a kind, status or time validation would not have built
    header = {
        **identity(JOURNAL_FORMAT),
        "start": start,
        "covered": start + len(data),
        "lines": len(rows),
        "sha256": hashlib.sha256(data).hexdigest(),
        "distinct": len(set(rows.ids)) == len(rows),
        **fields,
    }
    return sealed(header, sections)


def append(path: Path, parts: list[bytes]) -> None:
    """Append records to the journal at ``path`` (best effort: a journal that
    cannot be written, or a file there that is no journal, is left alone)."""
    if not parts or not ours_or_absent(path, JOURNAL_MAGIC):
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0))
    except OSError:
        return
    try:
        os.write(fd, b"".join(parts))
    except OSError:
        pass  # a torn record is passed over by readers
    finally:
        os.close(fd)


def reset(path: Path) -> None:
    """Empty the journal at ``path`` (its log was created afresh)."""
    if ours_or_absent(path, JOURNAL_MAGIC):
        try:
            with open(path, "r+b") as handle:
                handle.truncate(0)
        except OSError:
            pass


def parse_records(data: bytes, *, log_size: int) -> list[Columns]:
    """The usable records in a journal's ``data``, in file order."""
    return [Columns(*found) for found in _checkpoint_file.parse_records(data, log_size=log_size)]


def read(path: Path, *, log_size: int) -> dict[int, Columns]:
    """The usable records of the journal at ``path`` by the byte of the log
    they start at (the last written, where two start at one byte)."""
    try:
        info = os.stat(path)  # before opening: opening a FIFO would wait for a writer
        if not stat.S_ISREG(info.st_mode):
            return {}
        with open(path, "rb") as handle:
            data = handle.read(8 * log_size + (1 << 20))
    except OSError:
        return {}
    return {record.start: record for record in parse_records(data, log_size=log_size)}
