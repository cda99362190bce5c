"""The event log: an append-only JSON Lines file, the durable record of timelines.

Where it sits: events from the extractor or built by hand are appended here as
they arrive; :meth:`EventLog.replay` rebuilds the :class:`Timeline` (revisions
included) for queries, the SQLite store and the exports.

The file is plain text. Line 1 is a header naming the format and the schema
version; every later line is one event, exactly ``Event.model_dump_json()``::

    {"format":"lunamission-event-log","schema_version":1}
    {"kind":"launch","status":"actual",...,"id":"ev-6f0d2c41b7a59e13"}

Durability and concurrency: :meth:`EventLog.append` writes the line with one
``write`` under an exclusive lock and flushes it to the disk (``fsync``) before
it returns, so several processes may append to one log at once without losing or
interleaving lines, and an event whose append returned survives a crash. The
lock is ``fcntl.flock`` on POSIX systems and ``msvcrt.locking`` on Windows; both
are advisory (they order lunamission's appenders, not other programs writing to
the file), and ``flock`` may not lock across machines on some network file
systems.

A crash in the middle of a write can leave a torn last line (no newline at the
end). Reading skips it with a :class:`LogRecoveryWarning` naming the file and
line, and keeps every earlier event; the next append moves the fragment to a
``.torn`` file beside the log before writing. Any other unreadable line is an
:class:`~lunamission.errors.EventLogError` with its line number and a caret,
never skipped; a log written by a newer lunamission is refused with
:class:`~lunamission.errors.SchemaVersionError`.

Column journal: a write of 1,024 events or more (:meth:`EventLog.extend`,
:meth:`Timeline.to_eventlog`) runs the check a replay would run on those lines
and appends what it found to ``<log>.columns``. A replay takes the columns of a
record whose bytes the log still holds (SHA-256) and checks every other line,
so the first replay of a log written in bulk checks nothing. The write pays
for it: a large write takes 2 to 3.5 times as long. See
:mod:`lunamission._journal`.

Replay checkpoints: a replay that checks more than 16 MB of lines (some 40,000
events) writes what it found to ``<log>.checkpoint`` beside the log, and the
next replay takes the columns of the lines it covers from there, after checking
that the log still starts with exactly those bytes (SHA-256); it then checks
only the lines appended since. The replay that writes a checkpoint also sorts
the timeline and builds its window index, which the checkpoint keeps too; a
later replay's timeline takes them at its first query, with the lines appended
since put in (unless one repeats an earlier line, or they outnumber an eighth of
the view), instead of sorting and indexing every event again. A replay that
took more than 16 MB from the journal rather than checking it sorts nothing:
its first window query, which sorts and indexes anyway, writes the checkpoint.
A checkpoint that does not match, is damaged, or was written by another version
is ignored and replaced; deleting one (or the journal) is always safe.
``EventLog(path, checkpoint=False)`` neither reads nor writes either. See
:mod:`lunamission._checkpoint`.

>>> import tempfile, pathlib, lunamission as lm
>>> path = pathlib.Path(tempfile.mkdtemp()) / "luna25.jsonl"
>>> log = EventLog(path)
>>> launch = log.append(lm.Event(kind="launch", mission="Luna-25",
...     when=lm.Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]")))
>>> [ev.kind.value for ev in log.replay()]
['launch']
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import warnings
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, NamedTuple

from pydantic import ValidationError
from pydantic_core import from_json

from . import _checkpoint, _journal
from ._eventcodec import Memo, decode_event
from ._index import IntervalIndex, paused_gc
from ._logfile import first_line, last_line_start, locate, locked, sync_directory, write_all
from ._logscan import scan_chunk
from ._rows import Rows
from .errors import EventLogError, SchemaVersionError
from .models import Event, Mission
from .timeline import SCHEMA_VERSION, Timeline

__all__ = ["FORMAT_NAME", "EventLog", "LogRecoveryWarning", "header_line"]

FORMAT_NAME = "lunamission-event-log"
"""The ``format`` the header line of every event log names."""

_HEADER = f'{{"format":"{FORMAT_NAME}","schema_version":{SCHEMA_VERSION}}}\n'.encode()
_BATCH = 4096  # events encoded and written per system call by extend()
_CHUNK = 16 << 20  # bytes read (and scanned) at a time by replay()
# A replay that checks at least this many bytes of lines writes a checkpoint.
_CHECKPOINT_BYTES = 16 << 20
_COLUMN = re.compile(r"column (\d+)")


def header_line() -> str:
    """The header line every event log starts with (newline included).

    >>> header_line()
    '{"format":"lunamission-event-log","schema_version":1}\\n'
    """
    return _HEADER.decode()


class LogRecoveryWarning(UserWarning):
    """A torn last line (a crash in the middle of an append) was set aside.

    Every complete line before it is kept; the message names the file, the line
    and, when an append moved the fragment, the ``.torn`` file that holds it.
    """


class EventLog:
    """An append-only JSON Lines file of events (see the module docstring).

    The file is created, with its header, by the first append; reading a log
    that does not exist is an :class:`~lunamission.errors.EventLogError`.
    ``checkpoint=False`` makes :meth:`replay` check every line each time and
    leave no ``.checkpoint`` file beside the log, and writes no column journal.
    """

    def __init__(self, path: str | os.PathLike[str], /, *, checkpoint: bool = True) -> None:
        self._path = Path(path)
        self._checkpoint = checkpoint

    @property
    def path(self) -> Path:
        """Where the log lives."""
        return self._path

    def __repr__(self) -> str:
        return f"EventLog({str(self._path)!r})"

    # -- writing ------------------------------------------------------------------

    def append(self, event: Event, /) -> Event:
        """Write one event, flush it to the disk, and return it."""
        self._write([_body(event)])
        return event

    def extend(self, events: Iterable[Event], /) -> int:
        """Write several events under one lock and one flush; return how many.

        Not atomic: after a crash every event whose line was complete survives.
        Pass ``timeline.revisions`` to keep superseded versions too (iterating a
        timeline gives only its current events). Writing 1,024 events or more
        also records their columns in the column journal (see the module
        docstring), so that the next replay need not check their lines.
        """
        return self._write_bodies([_body(ev) for ev in events])

    def _write_bodies(self, bodies: list[bytes]) -> int:
        """Write lines known to be events' JSON (``bodies``: without their
        newlines; the bulk path of :meth:`Timeline.to_eventlog`); return how many."""
        if bodies:
            self._write(bodies)
        return len(bodies)

    def _write(self, bodies: list[bytes]) -> None:
        """Write ``bodies`` as lines at the end of the log (and, for a bulk
        write, their records to the column journal)."""
        blocks = None
        if self._checkpoint and len(bodies) >= _journal.MIN_LINES:
            blocks = _journal.prepare(bodies)  # before locking: the check takes a while
        flags = os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self._path, flags, 0o644)
        except OSError as exc:
            raise self._error(f"cannot open the log for writing ({exc.strerror})", "io") from None
        created = False
        try:
            with locked(fd, exclusive=True):
                size = os.fstat(fd).st_size
                if size and not self._usable_header(fd):
                    os.ftruncate(fd, 0)  # only a torn header was there: start afresh
                size = os.fstat(fd).st_size
                if size == 0:
                    if self._checkpoint:
                        _journal.reset(self._journal_path)  # it told of another log
                    write_all(fd, _HEADER)
                    created = True
                else:
                    self._repair_tail(fd, size)
                start = os.fstat(fd).st_size
                for first in range(0, len(bodies), _BATCH):
                    write_all(fd, b"\n".join(bodies[first : first + _BATCH]) + b"\n")
                os.fsync(fd)
                if blocks is not None:
                    _journal.append(self._journal_path, _journal.records(blocks, start=start))
        finally:
            os.close(fd)
        if created:
            sync_directory(self._path.parent)

    def _usable_header(self, fd: int) -> bool:
        """Check the header of a non-empty log; False when it is only a torn header."""
        os.lseek(fd, 0, os.SEEK_SET)
        head = os.read(fd, 4096)
        first, newline, _ = head.partition(b"\n")
        if not newline and _HEADER.startswith(head):
            return False
        self._check_header(first)
        if not newline:  # a whole header written without its newline: finish the line
            write_all(fd, b"\n")
        return True

    def _repair_tail(self, fd: int, size: int) -> None:
        os.lseek(fd, size - 1, os.SEEK_SET)
        if os.read(fd, 1) == b"\n":
            return
        cut, line_no = last_line_start(fd, size)
        os.lseek(fd, cut, os.SEEK_SET)
        fragment = os.read(fd, size - cut)
        aside = self._path.with_name(self._path.name + ".torn")
        with open(aside, "ab") as out:
            out.write(fragment + b"\n")
            out.flush()
            os.fsync(out.fileno())
        os.ftruncate(fd, cut)
        warnings.warn(
            LogRecoveryWarning(
                f"{self._path}: line {line_no} was torn by an interrupted append "
                f"({len(fragment)} bytes, no newline); moved it to {aside}"
            ),
            stacklevel=4,
        )

    # -- reading --------------------------------------------------------------------

    def replay(self, *, missions: Iterable[Mission] = ()) -> Timeline:
        """Rebuild the timeline: every event in the log, revisions included.

        An event written twice is kept once; two different events under one id
        are an :class:`~lunamission.errors.EventLogError`. ``missions`` registers
        :class:`Mission` records so that queries find events by alias.
        """
        with paused_gc():
            return self._replay(missions)

    def _replay(self, missions: Iterable[Mission]) -> Timeline:
        memo = Memo()

        def slow(line_no: int, line: bytes) -> Event:
            return self._decode(line_no, line, memo)

        with self._open() as (handle, size):
            header = self._header(handle, size)
            resume = None
            usable = header.endswith(b"\n") and self._checkpoint
            if usable:
                resume = self._read_checkpoint(handle, header, size, slow)
            if resume is None:
                resume = _Resume(Rows(), None, len(header), 2, False, None)
            rows, digest, covered = resume.rows, resume.digest, resume.covered
            if self._checkpoint and size - covered >= _CHECKPOINT_BYTES:
                digest = digest or hashlib.sha256(header)
            else:
                digest = None  # too little to read for a new checkpoint to pay
            journal: dict[int, _checkpoint.Columns] = {}
            if usable and size > covered:
                journal = _journal.read(self._journal_path, log_size=size, after=covered)
            scanned, checked = self._read_rest(
                handle, covered, size, resume.line_no, journal, rows, slow, digest
            )
        kept, by_id = self._unique(rows, distinct=resume.distinct and scanned == covered)
        timeline = Timeline._from_rows(kept, by_id, missions=missions)
        if resume.checkpoint is not None and (scanned == covered or kept is rows):
            pending = _checkpoint.PendingView(resume.checkpoint, kept, extended=scanned > covered)
            timeline._install(pending)
        if digest is not None and scanned > covered:
            keep = _KeepCheckpoint(
                self._checkpoint_path, rows, scanned, digest.digest(), distinct=kept is rows
            )
            if checked and checked >= _CHECKPOINT_BYTES:
                # Built now (unless taken from the checkpoint) rather than at the
                # first query, to be kept with the columns.
                keep(*timeline._prepared())
            elif scanned - covered >= _CHECKPOINT_BYTES:  # taken from the journal
                timeline._keep_prepared(_KeepLater(self._path, keep))
        return timeline

    def _read_rest(
        self,
        handle: IO[bytes],
        position: int,
        size: int,
        line_no: int,
        journal: dict[int, _checkpoint.Columns],
        rows: Rows,
        slow: Callable[[int, bytes], Event],
        digest: Any,
    ) -> tuple[int, int]:
        """Add the events of the log from byte ``position`` (where line ``line_no``
        starts) to ``size`` to ``rows``: from the journal's records where the log
        still holds the bytes they name, checking every other line. Returns
        where the last whole line ends, and how many bytes were checked line by
        line."""
        starts = sorted(journal)
        checked = 0
        while position < size:
            record = journal.get(position)
            if record is not None and record.covered <= size:
                taken = self._take_record(handle, record, line_no, slow, digest)
                if taken is not None:
                    rows.extend(taken)
                    position, line_no = record.covered, line_no + record.lines
                    continue
            until = _next_record(handle, journal, starts, position, size)
            handle.seek(position)
            whole = position
            for first, chunk, lines in self._blocks(handle, position, until, line_no):
                scan_chunk(chunk, first, rows, slow, lines)
                if digest is not None:
                    digest.update(chunk)
                checked += len(chunk)
                whole += len(chunk)
                line_no = first + lines
            if whole < until:
                return whole, checked  # a torn last line, left out
            position = until
        return position, checked

    @staticmethod
    def _take_record(
        handle: IO[bytes],
        record: _checkpoint.Columns,
        line_no: int,
        slow: Callable[[int, bytes], Event],
        digest: Any,
    ) -> Rows | None:
        """The rows of the lines ``record`` covers (the first being line
        ``line_no``) from its columns, or None when the log no longer holds
        exactly the bytes it names."""
        handle.seek(record.start)
        data = handle.read(record.covered - record.start)
        if not data.endswith(b"\n") or hashlib.sha256(data).digest() != record.digest:
            return None
        lines = data.split(b"\n")
        lines.pop()
        if len(lines) != record.lines:
            return None
        rows = record.rows(lines, slow, escapes=b"\\" in data, first_line=line_no)
        if rows is not None and digest is not None:
            digest.update(data)
        return rows

    @property
    def _checkpoint_path(self) -> Path:
        return self._path.with_name(self._path.name + ".checkpoint")

    @property
    def _journal_path(self) -> Path:
        return self._path.with_name(self._path.name + ".columns")

    def _read_checkpoint(
        self,
        handle: IO[bytes],
        header: bytes,
        size: int,
        decode: Callable[[int, bytes], Event],
    ) -> _Resume | None:
        """Where a replay can take up after the lines a checkpoint covers, read
        from the log (which must still start with exactly those bytes); None when
        there is no usable checkpoint (``handle`` is then just past the header)."""
        found = _checkpoint.read(self._checkpoint_path, log_size=size)
        if found is None:
            return None
        digest = hashlib.sha256(header)
        lines: list[bytes] = []
        escapes = False
        remaining, pending = found.covered - len(header), b""
        while remaining > 0:
            block = handle.read(min(_CHUNK, remaining))
            if not block:
                break
            remaining -= len(block)
            digest.update(block)
            escapes = escapes or b"\\" in block
            parts = block.split(b"\n")
            parts[0] = pending + parts[0]  # the line the last block left unfinished
            pending = parts.pop()
            lines += parts
        rows = None
        if not pending and len(lines) == found.lines and digest.digest() == found.digest:
            rows = found.rows(lines, decode, escapes=escapes)
        if rows is None:  # the log changed under the checkpoint: check every line
            handle.seek(len(header))
            return None
        return _Resume(rows, digest, found.covered, found.lines + 2, found.distinct, found)

    def _unique(self, rows: Rows, *, distinct: bool = False) -> tuple[Rows, dict[str, int] | None]:
        """Each id once: a line repeated word for word is kept once; two different
        events under one id are an error naming both lines. ``distinct``: the ids
        are known to be distinct already."""
        ids = rows.ids
        if distinct or len(set(ids)) == len(ids):
            return rows, None  # the timeline maps ids when it first needs to
        by_id: dict[str, int] = {}
        keep: list[int] = []
        for pos, ident in enumerate(ids):
            known = by_id.get(ident)
            if known is None:
                by_id[ident] = len(keep)
                keep.append(pos)
            elif not rows.same(keep[known], rows, pos):
                # The lines, found again by their text (an id spelled with escapes
                # in one of them is not found: the message then says less).
                found = self._lines_of(ident)
                where = f"line {found[1]}: " if len(found) > 1 else ""
                first = f" (line {found[0]})" if found else ""
                line = rows.line(pos)
                raise self._error(
                    f"{where}another event already has id {ident!r}{first}",
                    "duplicate_id",
                    line,
                    locate(line.decode("utf-8", "replace").rstrip("\n"), ("id",)),
                )
        return rows.subset(keep), by_id

    def _lines_of(self, event_id: str) -> list[int]:
        """The lines that hold ``event_id`` (read again: only errors need them)."""
        needle = f'"id":{json.dumps(event_id)}'.encode()
        return [n for n, line in self._lines() if needle in line]

    def __iter__(self) -> Iterator[Event]:
        """Every event line in file order (revisions and repeated lines included)."""
        memo = Memo()
        for line_no, line in self._lines():
            yield self._decode(line_no, line, memo)

    def _lines(self) -> Iterator[tuple[int, bytes]]:
        with self._open() as (handle, size):
            header = self._header(handle, size)
            for line_no, chunk, _ in self._blocks(handle, len(header), size, 2):
                for offset, line in enumerate(chunk.split(b"\n")[:-1]):
                    yield line_no + offset, line

    @contextmanager
    def _open(self) -> Iterator[tuple[IO[bytes], int]]:
        """The log, open for reading, and its size when the read began."""
        try:
            handle = open(self._path, "rb")  # noqa: SIM115  # closed below, generator-safe
        except FileNotFoundError:
            raise self._error("no such event log", "not_found") from None
        except OSError as exc:
            raise self._error(f"cannot read the log ({exc.strerror})", "io") from None
        with handle:
            with locked(handle.fileno(), exclusive=False):
                size = os.fstat(handle.fileno()).st_size
            yield handle, size

    def _header(self, handle: IO[bytes], size: int) -> bytes:
        """Read and check the header line (newline included); a header without
        its newline is returned as it is (the log has no events yet)."""
        header = handle.readline(size)
        if not header.endswith(b"\n"):
            if _HEADER.startswith(header):  # empty, or a header torn while being written
                if header:
                    self._warn_torn(1)
                return header
            self._check_header(header)  # a header without its newline: no events yet
            return header
        self._check_header(header[:-1])
        return header

    def _blocks(
        self, handle: IO[bytes], start: int, end: int, line_no: int
    ) -> Iterator[tuple[int, bytes, int]]:
        """The lines from byte ``start`` (where line ``line_no`` begins; ``handle``
        is there) to byte ``end`` (the end of the log), in blocks of whole lines,
        each with the number of its first line and how many lines it holds; a torn
        last line is warned about and left out."""
        remaining = end - start
        carry = b""
        while remaining > 0:
            block = handle.read(min(_CHUNK, remaining))
            if not block:
                break
            remaining -= len(block)
            if carry:
                block = carry + block
            cut = block.rfind(b"\n") + 1
            carry = block[cut:]
            if cut:
                chunk = block[:cut]
                count = chunk.count(b"\n")
                yield line_no, chunk, count
                line_no += count
        if carry:
            self._warn_torn(line_no)

    def _warn_torn(self, line_no: int) -> None:
        warnings.warn(
            LogRecoveryWarning(
                f"{self._path}: line {line_no} was torn by an interrupted append "
                "(no newline at the end); skipped it and kept every earlier line"
            ),
            stacklevel=5,
        )

    def _decode(self, line_no: int, line: bytes, memo: Memo) -> Event:
        try:
            data = from_json(line, cache_strings="keys")
        except ValueError as exc:
            text = line.decode("utf-8", "replace").rstrip("\n")
            m = _COLUMN.search(str(exc))
            at = int(m.group(1)) - 1 if m else 0
            why = "blank line" if not text.strip() else f"not JSON ({first_line(exc)})"
            raise self._error(
                f"line {line_no}: {why}", "corrupt_line", line, (at, at + 1)
            ) from None
        try:
            return decode_event(data, memo)
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = tuple(str(part) for part in err["loc"])
            text = line.decode("utf-8", "replace").rstrip("\n")
            raise self._error(
                f"line {line_no}: not an event ({'.'.join(loc) or 'line'}: {err['msg']})",
                "corrupt_line",
                line,
                locate(text, loc),
            ) from None

    def _check_header(self, first: bytes) -> None:
        text = first.decode("utf-8", "replace").rstrip("\n")
        try:
            data: Any = from_json(first)
        except ValueError:
            data = None
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise self._error(
                f"not a lunamission event log (line 1 should be the header "
                f"{_HEADER.decode().strip()})",
                "not_an_event_log",
                first,
            )
        version = data.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self._error(
                "line 1: the header has no valid schema_version",
                "corrupt_line",
                first,
                locate(text, ("schema_version",)),
            )
        if version > SCHEMA_VERSION:
            raise SchemaVersionError(
                f"{self._path} was written by schema version {version}; this lunamission "
                f"reads up to {SCHEMA_VERSION}: upgrade lunamission",
                text=text,
                span=locate(text, ("schema_version",)),
            )

    def _error(
        self,
        reason: str,
        code: str,
        line: bytes | None = None,
        span: tuple[int, int] | None = None,
    ) -> EventLogError:
        text = None if line is None else line.decode("utf-8", "replace").rstrip("\n")
        return EventLogError(f"{self._path}: {reason}", text=text, span=span, code=code)


def _next_record(
    handle: IO[bytes],
    journal: dict[int, _checkpoint.Columns],
    starts: list[int],
    position: int,
    size: int,
) -> int:
    """Where the first journal record after byte ``position`` that could apply
    starts (at the start of a line, ending within the log), else ``size``."""
    for start in starts[bisect_right(starts, position) :]:
        if start >= size:
            break
        if journal[start].covered <= size:
            handle.seek(start - 1)
            if handle.read(1) == b"\n":
                return start
    return size


class _KeepCheckpoint:
    """Writes the checkpoint of a replay's ``rows`` (the log's first ``covered``
    bytes, whose SHA-256 is ``digest``) with the view and window index of the
    timeline replayed from them, when given them. A class, not a closure, so
    that a replayed timeline pickles."""

    __slots__ = ("covered", "digest", "distinct", "path", "rows")

    def __init__(
        self, path: Path, rows: Rows, covered: int, digest: bytes, *, distinct: bool
    ) -> None:
        self.path, self.rows, self.covered = path, rows, covered
        self.digest, self.distinct = digest, distinct

    def __call__(self, view: tuple[list[int], list[int]], windows: IntervalIndex) -> None:
        _checkpoint.write(
            self.path,
            self.rows,
            covered=self.covered,
            digest=self.digest,
            distinct=self.distinct,
            view=view,
            windows=windows,
        )


class _KeepLater:
    """A :class:`_KeepCheckpoint` called when a window query first builds the
    view, which may be long after the replay: it leaves alone a sound
    checkpoint that covers as much of the log by then (a later replay's)."""

    __slots__ = ("keep", "log")

    def __init__(self, log: Path, keep: _KeepCheckpoint) -> None:
        self.log, self.keep = log, keep

    def __call__(self, view: tuple[list[int], list[int]], windows: IntervalIndex) -> None:
        try:
            size = os.stat(self.log).st_size
        except OSError:
            return  # the log is gone: nothing to keep a checkpoint for
        there = _checkpoint.read(self.keep.path, log_size=size)
        if there is None or there.covered < self.keep.covered:
            self.keep(view, windows)


class _Resume(NamedTuple):
    """Where a replay takes up: the rows so far, the running SHA-256 of the bytes
    they come from (None when not kept), where the next line starts (byte offset
    and line number), whether the rows' ids are known to be distinct, and the
    checkpoint they come from (None when they were scanned)."""

    rows: Rows
    digest: Any
    covered: int
    line_no: int
    distinct: bool
    checkpoint: _checkpoint.Checkpoint | None


def _body(event: Event) -> bytes:
    """The event's line, without its newline."""
    if not isinstance(event, Event):
        raise EventLogError(
            f"an event log holds Event objects, not {type(event).__name__}", code="not_an_event"
        )
    return event.model_dump_json().encode()
