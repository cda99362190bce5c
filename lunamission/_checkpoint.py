"""Replay checkpoints: what checking a log's lines found, kept beside the log.

Where it sits: :meth:`lunamission.EventLog.replay` checks every line of a log
(:mod:`lunamission._logscan`) and builds a timeline's columns
(:mod:`lunamission._rows`). For a large log most of that work is the same at
every replay, since a log only grows. After a replay that read many lines, the
columns it built are written to ``<log>.checkpoint``; the next replay reads the
log's lines again (they are the events) but takes the columns from the
checkpoint instead of checking each line again, then scans only the lines
appended since.

A checkpoint is a cache, never a second source of truth:

* it names the exact bytes it covers (the log's first ``covered`` bytes, which
  end with a newline) and their SHA-256; a replay hashes those bytes as it
  reads them and, unless they are the same, throws the checkpoint away and
  checks every line;
* it names the lunamission, checkpoint format and tz database versions that
  wrote it, and is not used under others (a newer tz database may judge an
  offset differently);
* the file ends with the SHA-256 of everything before it, and every code in it
  is range-checked, so a truncated or damaged checkpoint is ignored rather
  than read;
* it is written to a temporary file and renamed into place; a replay that
  cannot write it (a read-only directory, a full disk) goes on without it.

Deleting a checkpoint is always safe: the next large replay writes a new one.

The layout: one JSON header line (versions, what is covered, the tables of
names and the length of each section), then the sections, then the digest.

>>> import tempfile, pathlib
>>> from lunamission.models import Event, EventKind
>>> rows = Rows()
>>> rows.append_event(Event(kind="launch", mission="Luna-25", id="ev-1"))
>>> rows.items[0] = rows.line(0)[:-1]  # as a replay keeps a checked line
>>> path = pathlib.Path(tempfile.mkdtemp()) / "log.jsonl.checkpoint"
>>> write(path, rows, covered=200, digest=bytes(32))
True
>>> found = read(path, log_size=500)
>>> found.covered, found.lines
(200, 1)
>>> rebuilt = found.rows([rows.items[0]], lambda line_no, line: None)
>>> rebuilt.ids, rebuilt.kinds == [EventKind.LAUNCH], rebuilt.missions
(['ev-1'], True, ['Luna-25'])
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from array import array
from collections.abc import Callable
from contextlib import suppress
from itertools import compress, repeat
from operator import add, itemgetter, mul, ne, not_
from pathlib import Path
from typing import Any, cast

import pytz

from ._rows import Rows, Stamp
from ._version import __version__
from .models import Event, EventKind, Status
from .timestamp import Precision

__all__ = ["Checkpoint", "read", "write"]

FORMAT = "lunamission-replay-checkpoint"
_VERSION = 1  # raise when the scanner's judgement of a line changes
_DIGEST = 32  # bytes of SHA-256
# The tz database that judged each offset (the stubs of pytz leave these out).
_ZONE_DATA = " ".join(str(getattr(pytz, name, "?")) for name in ("__version__", "OLSON_VERSION"))

_KINDS, _STATUSES, _PRECISIONS = list(EventKind), list(Status), list(Precision)
_KIND_CODE = {id(k): i for i, k in enumerate(_KINDS)}  # by identity: Enum hashing is slow
_STATUS_CODE = {id(s): i for i, s in enumerate(_STATUSES)}
_PRECISION_CODE = {id(p): i for i, p in enumerate(_PRECISIONS)}
_UNDATED = 255  # the precision code of a row without a time (or decoded in full)
_QUALIFIERS = (None, "not_before", "not_after")
_QUALIFIER_CODE = {q: i for i, q in enumerate(_QUALIFIERS)}
# hedge code = 3 * approximate + qualifier code
_APPROXIMATE_OF = [False] * 3 + [True] * 3
_QUALIFIER_OF = list(_QUALIFIERS) * 2
_BLANK: Stamp = (0.0, Precision.DAY, "", False, None, "")  # stands in for a missing stamp

# Sections in file order: name, array type code ("" for text or single bytes).
_SECTIONS = (
    ("kinds", "B"),
    ("statuses", "B"),
    ("missions", "i"),
    ("supersedes", "i"),
    ("precisions", "B"),
    ("zones", "i"),
    ("hedges", "B"),
    ("starts", "d"),
    ("ids", ""),
    ("locals", ""),
)
_TYPES = {code: array(code).itemsize for code in "Bid"}


class _Codes(dict[Any, int]):
    """Values to their index in ``table``, assigned in first-seen order; None is -1."""

    def __init__(self) -> None:
        super().__init__()
        self.table: list[Any] = []
        self[None] = -1

    def __missing__(self, value: Any) -> int:
        code = self[value] = len(self.table)
        self.table.append(value)
        return code


def write(path: Path, rows: Rows, *, covered: int, digest: bytes) -> bool:
    """Write the checkpoint of ``rows`` (every event line of the log's first
    ``covered`` bytes, whose SHA-256 is ``digest``, in order) to ``path``;
    False when the file cannot be written."""
    n = len(rows)
    full = list(compress(range(n), map(ne, map(type, rows.items), repeat(bytes))))
    ids = rows.ids
    stamps: list[Stamp | None] = rows.stamps
    if full:  # rows decoded in full are read again from their lines: blank them here
        ids, stamps = list(ids), list(stamps)
        for i in full:
            ids[i], stamps[i] = "", None
    undated = list(compress(range(n), map(not_, stamps)))
    filled: list[Any] = stamps
    if undated:
        filled = list(stamps)
        for i in undated:
            filled[i] = _BLANK
    precisions = bytearray(map(_PRECISION_CODE.__getitem__, map(id, map(_PRECISION, filled))))
    for i in undated:
        precisions[i] = _UNDATED
    missions, supersedes, zones = _Codes(), _Codes(), _Codes()
    sections = {
        "kinds": bytes(map(_KIND_CODE.__getitem__, map(id, rows.kinds))),
        "statuses": bytes(map(_STATUS_CODE.__getitem__, map(id, rows.statuses))),
        "missions": array("i", map(missions.__getitem__, rows.missions)).tobytes(),
        "supersedes": array("i", map(supersedes.__getitem__, rows.supersedes)).tobytes(),
        "precisions": bytes(precisions),
        "zones": array("i", map(zones.__getitem__, map(_ZONE, filled))).tobytes(),
        "hedges": bytes(
            map(
                add,
                map(mul, map(_APPROXIMATE, filled), repeat(3)),
                map(_QUALIFIER_CODE.__getitem__, map(_QUALIFIER, filled)),
            )
        ),
        "starts": array("d", map(_START, filled)).tobytes(),
        "ids": "\n".join(ids).encode(),
        "locals": "\n".join(map(_LOCAL, filled)).encode(),
    }
    header = {
        "format": FORMAT,
        "version": _VERSION,
        "lunamission": __version__,
        "zone_data": _ZONE_DATA,
        "byteorder": sys.byteorder,
        "itemsizes": _TYPES,
        "covered": covered,
        "lines": n,
        "sha256": digest.hex(),
        "full": full,
        "missions": missions.table,
        "supersedes": supersedes.table,
        "zones": zones.table,
        "sections": [[name, len(sections[name])] for name, _ in _SECTIONS],
    }
    head = json.dumps(header, separators=(",", ":")).encode() + b"\n"  # ASCII: escapes all
    body = [head, *(sections[name] for name, _ in _SECTIONS)]
    check = hashlib.sha256()
    for part in body:
        check.update(part)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{id(rows):x}.tmp")
    try:
        with open(temporary, "wb") as out:
            out.writelines(body)
            out.write(check.digest())
        os.replace(temporary, path)
    except OSError:
        with suppress(OSError):
            os.unlink(temporary)
        return False
    return True


_START, _PRECISION, _ZONE = itemgetter(0), itemgetter(1), itemgetter(2)
_APPROXIMATE, _QUALIFIER, _LOCAL = itemgetter(3), itemgetter(4), itemgetter(5)


class Checkpoint:
    """A checkpoint read and checked by :func:`read`: it covers the log's first
    ``covered`` bytes (``lines`` event lines, whose SHA-256 is ``digest``)."""

    __slots__ = ("_header", "_sections", "covered", "digest", "lines")

    def __init__(self, header: dict[str, Any], sections: dict[str, Any]) -> None:
        self._header, self._sections = header, sections
        self.covered: int = header["covered"]
        self.lines: int = header["lines"]
        self.digest = bytes.fromhex(header["sha256"])

    def rows(self, lines: list[bytes], decode: Callable[[int, bytes], Event | None]) -> Rows:
        """The rows of the covered event ``lines`` (the log's lines 2, 3, …, no
        newlines): columns from the checkpoint, and each line it marks as needing
        full decoding decoded by ``decode(line_no, line)``."""
        s, h = self._sections, self._header
        n = self.lines
        rows = Rows()
        rows.items = lines  # type: ignore[assignment]  # bytes are items too
        rows.ids = s["ids"].decode().split("\n")
        rows.kinds = list(map(_KINDS.__getitem__, s["kinds"]))
        rows.statuses = list(map(_STATUSES.__getitem__, s["statuses"]))
        rows.missions = list(map([*h["missions"], None].__getitem__, s["missions"]))
        rows.supersedes = list(map([*h["supersedes"], None].__getitem__, s["supersedes"]))
        stamps: list[Any] = list(
            zip(
                s["starts"].tolist(),
                map(_PRECISION_OF.__getitem__, s["precisions"]),
                map([*h["zones"], None].__getitem__, s["zones"]),
                map(_APPROXIMATE_OF.__getitem__, s["hedges"]),
                map(_QUALIFIER_OF.__getitem__, s["hedges"]),
                s["locals"].decode().split("\n"),
                strict=True,
            )
        )
        for i in compress(range(n), map((_UNDATED).__eq__, s["precisions"])):
            stamps[i] = None
        rows.stamps = stamps
        for i in h["full"]:
            event = decode(i + 2, lines[i])
            if event is not None:
                rows.put_event(i, event)
        return rows


_PRECISION_OF: list[Precision | None] = [*_PRECISIONS, *[None] * (256 - len(_PRECISIONS))]
_PRECISION_CODES = bytes([*range(len(_PRECISIONS)), _UNDATED])


def read(path: Path, *, log_size: int) -> Checkpoint | None:
    """The checkpoint at ``path`` if it is whole, was written by this version
    for this tz database, and covers no more than ``log_size`` bytes; else None.
    (Whether the log still starts with the bytes it covers is the caller's to
    check, against :attr:`Checkpoint.digest`.)"""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    body, digest = data[:-_DIGEST], data[-_DIGEST:]
    if len(data) <= _DIGEST or hashlib.sha256(body).digest() != digest:
        return None
    head, newline, rest = body.partition(b"\n")
    try:
        header = json.loads(head)
    except ValueError:
        return None
    if not newline or not _usable(header, log_size):
        return None
    sections = _sections(header, memoryview(rest))
    if sections is None:
        return None
    return Checkpoint(header, sections)


def _usable(header: Any, log_size: int) -> bool:
    """Whether the header is this version's and its fields have their types."""
    if not isinstance(header, dict):
        return False
    expected = {
        "format": FORMAT,
        "version": _VERSION,
        "lunamission": __version__,
        "zone_data": _ZONE_DATA,
        "byteorder": sys.byteorder,
        "itemsizes": _TYPES,
    }
    if any(header.get(key) != value for key, value in expected.items()):
        return False
    covered, lines = header.get("covered"), header.get("lines")
    if not _whole(covered) or not _whole(lines):
        return False
    if not 0 < cast(int, covered) <= log_size:
        return False
    sha = header.get("sha256")
    if not isinstance(sha, str) or len(sha) != 2 * _DIGEST:
        return False
    try:
        bytes.fromhex(sha)
    except ValueError:
        return False
    full = header.get("full")
    if not isinstance(full, list) or not all(_whole(i) and i < lines for i in full):
        return False
    if full != sorted(set(full)):
        return False
    return all(_names(header.get(key)) for key in ("missions", "supersedes", "zones"))


def _whole(value: Any) -> bool:
    return type(value) is int and value >= 0


def _names(value: Any) -> bool:
    return isinstance(value, list) and all(type(name) is str for name in value)


def _sections(header: dict[str, Any], rest: memoryview) -> dict[str, Any] | None:
    """The sections, as arrays or bytes, when their lengths and codes are sound."""
    n = header["lines"]
    declared = header.get("sections")
    if not isinstance(declared, list) or [
        entry[0] if isinstance(entry, list) and len(entry) == 2 else None for entry in declared
    ] != [name for name, _ in _SECTIONS]:
        return None
    lengths = [entry[1] for entry in declared]
    if not all(map(_whole, lengths)) or sum(lengths) != len(rest):
        return None
    sections: dict[str, Any] = {}
    at = 0
    for (name, code), length in zip(_SECTIONS, lengths, strict=True):
        part = rest[at : at + length]
        at += length
        if code == "B":
            sections[name] = bytes(part)
        elif code:
            column = array(code)
            if length % column.itemsize:
                return None
            column.frombytes(part)
            sections[name] = column
        else:
            sections[name] = bytes(part)
    if not all(len(sections[name]) == n for name, code in _SECTIONS if code):
        return None
    for name in ("ids", "locals"):
        text = sections[name]
        if n == 0 or text.count(b"\n") != n - 1:
            return None
        try:
            text.decode()
        except UnicodeDecodeError:
            return None
    if not _within(sections["kinds"], len(_KINDS)) or not _within(
        sections["statuses"], len(_STATUSES)
    ):
        return None
    if not _within(sections["hedges"], len(_APPROXIMATE_OF)):
        return None
    precisions = sections["precisions"]
    if precisions.translate(None, _PRECISION_CODES):
        return None  # a byte that is no precision's code
    for name in ("missions", "supersedes", "zones"):
        column = sections[name]
        if column and (min(column) < -1 or max(column) >= len(header[name])):
            return None
    dated = list(compress(sections["zones"], map(ne, precisions, repeat(_UNDATED))))
    if dated and min(dated) < 0:
        return None  # a time without a zone
    return sections


def _within(codes: bytes, count: int) -> bool:
    return not codes or max(codes) < count
