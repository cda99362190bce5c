"""The column journal: what a large write knows of its lines, kept beside the log.

Where it sits: a replay (:meth:`lunamission.EventLog.replay`) checks every line
of a log the way validation would (:mod:`lunamission._logscan`), which is most
of what the first replay of a large log costs. A log only grows, and a bulk
write (:meth:`lunamission.EventLog.extend`, :meth:`lunamission.Timeline.to_eventlog`)
holds all of its lines at once; so a write of at least :data:`MIN_LINES` lines
runs that same check as it writes, and appends what it found to
``<log>.columns``: one record per :data:`RECORD_LINES` of its lines, naming the
byte range of the log they take and the SHA-256 of those bytes, with the
columns (in the layout of a replay checkpoint's: :mod:`lunamission._checkpoint`).
A replay takes a record's columns when the log still holds exactly those
bytes there, and checks every other line as before. The check's cost moves
from the replay to the write; it does not go away.

A record is a cache, as a checkpoint is:

* its lines are checked before the log is locked (other appenders do not wait
  for the check); the record is written after the lines are on the disk
  (``fsync``) and under the log's lock, so it never names bytes a crash can
  take back; a crash while a record is written leaves a torn record, which
  readers pass over (every record is sealed with the SHA-256 of itself);
* it names the lunamission, layout and tz database versions that wrote it, and
  is not used under others;
* a record whose bytes the log no longer holds is not used: those lines are
  checked one by one;
* lines that the check decodes in full (escapes, unusual zones) are marked so
  and decoded again at replay; a block holding a line validation refuses gets
  no record, so the replay reports that line as it always did;
* creating a log afresh empties its journal; a file at that path that is no
  journal is never written to; deleting a journal is always safe.

``EventLog(path, checkpoint=False)`` neither writes nor reads one.

>>> import lunamission as lm
>>> events = [lm.Event(kind="launch", mission="Luna-25", id=f"ev-{i}") for i in range(3)]
>>> bodies = [ev.model_dump_json().encode() for ev in events]
>>> [record] = parse_records(b"".join(records(prepare(bodies), start=54)), log_size=10**6)
>>> record.start, record.covered - record.start == sum(len(b) + 1 for b in bodies), record.lines
(54, True, 3)
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from pydantic_core import from_json

from . import _checkpoint_file
from ._checkpoint import Columns, column_sections
from ._checkpoint_file import (
    JOURNAL_FORMAT,
    JOURNAL_MAGIC,
    identity,
    ours_or_absent,
    read_regular,
    sealed,
)
from ._eventcodec import Memo, decode_event
from ._index import paused_gc
from ._logfile import write_all
from ._logscan import scan_chunk
from ._rows import Rows
from .models import Event

__all__ = [
    "MIN_LINES",
    "RECORD_LINES",
    "Block",
    "append",
    "parse_records",
    "prepare",
    "read",
    "records",
    "reset",
]

MIN_LINES = 1024
"""A write of fewer lines leaves no record: a replay checks that few about as fast
as it reads a record."""

RECORD_LINES = 1 << 16
"""Lines per record at most, which bounds the memory a write's columns take."""


class Block(NamedTuple):
    """What a record says of a block of lines, all but where the block starts:
    its length in bytes, their SHA-256, and the header fields and sections of
    its columns (None for a block that gets no record)."""

    size: int
    digest: str
    lines: int
    columns: tuple[dict[str, Any], dict[str, bytes]] | None


def prepare(bodies: Sequence[bytes]) -> list[Block]:
    """Check the lines of a write (``bodies``: without their newlines), block by
    block of :data:`RECORD_LINES`, before the log is locked: the writer then
    holds the lock no longer than it takes to write and flush the lines.

    Each block is checked by the very code a replay runs
    (:func:`~lunamission._logscan.scan_chunk`, with full validation for the
    lines it cannot vouch for), so a replay that takes its record gets exactly
    what checking would give. A block holding a line validation refuses (an
    event built with ``model_construct``, say) gets no record: the replay checks
    those lines, and says what is wrong, as it always did."""
    out: list[Block] = []
    memo = Memo()

    def decode(line_no: int, line: bytes) -> Event:
        return decode_event(from_json(line, cache_strings="keys"), memo)

    with paused_gc():  # a million new tuples: collecting as they come would cost more
        for first in range(0, len(bodies), RECORD_LINES):
            chunk = bodies[first : first + RECORD_LINES]
            data = b"\n".join(chunk) + b"\n"
            rows = Rows()
            try:
                scan_chunk(data, 0, rows, decode, len(chunk))
            except ValueError:  # not JSON, or not an event (pydantic's and ours)
                rows = Rows()
            columns = column_sections(rows) if len(rows) == len(chunk) else None
            digest = hashlib.sha256(data).hexdigest()
            out.append(Block(len(data), digest, len(chunk), columns))
    return out


def records(blocks: Sequence[Block], *, start: int) -> list[bytes]:
    """The journal records of ``blocks`` of lines written one after another
    from byte ``start`` of a log."""
    out: list[bytes] = []
    at = start
    for block in blocks:
        if block.columns is not None:
            fields, sections = block.columns
            header = {
                **identity(JOURNAL_FORMAT),
                "start": at,
                "covered": at + block.size,
                "lines": block.lines,
                "sha256": block.digest,
                "distinct": False,  # not used: a replay compares the ids it keeps
                **fields,
            }
            out += sealed(header, sections)
        at += block.size
    return out


def append(path: Path, parts: list[bytes]) -> None:
    """Append records to the journal at ``path`` (best effort: a journal that
    cannot be written, or a file there that is no journal, is left alone)."""
    if not parts or not ours_or_absent(path, JOURNAL_MAGIC):
        return
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags, 0o644)
    except OSError:
        return
    try:
        write_all(fd, b"".join(parts))
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


def parse_records(data: bytes, *, log_size: int, after: int = 0) -> list[Columns]:
    """The usable records in a journal's ``data`` that end past byte ``after`` of
    the log, in file order."""
    found = _checkpoint_file.parse_records(data, log_size=log_size, after=after)
    return [Columns(*record) for record in found]


def read(path: Path, *, log_size: int, after: int = 0) -> dict[int, Columns]:
    """The usable records of the journal at ``path`` that end past byte
    ``after`` of the log, by the byte they start at (the last written, where
    two start at one byte)."""
    data = read_regular(path, 8 * log_size + (1 << 20))
    if data is None:
        return {}
    records = parse_records(data, log_size=log_size, after=after)
    return {record.start: record for record in records}
