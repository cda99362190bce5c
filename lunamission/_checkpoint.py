"""Replay checkpoints: what checking a log's lines found, kept beside the log.

Where it sits: :meth:`lunamission.EventLog.replay` checks every line of a log
(:mod:`lunamission._logscan`) and builds a timeline's columns
(:mod:`lunamission._rows`). For a large log most of that work is the same at
every replay, since a log only grows. After a replay that read many lines, the
columns it built are written to ``<log>.checkpoint``; the next replay reads the
log's lines again (they are the events) but takes the columns from the
checkpoint instead of checking each line again, then scans only the lines
appended since. The replay that writes a checkpoint also builds the timeline's
view (current events in time order) and window index and keeps them with the
columns; a later replay hands them to its timeline, which takes them when a
query first needs them (:meth:`StoredView.view`), with any rows appended since
put in (:func:`lunamission._lookup.extended_view`); when an appended line
repeats an earlier one word for word, or the new dated events outnumber an
eighth of the view, the view is sorted afresh instead. Where a replay took its
columns from the column journal (:mod:`lunamission._journal`) rather than by
checking lines, it sorts nothing, and the checkpoint is written when its first
window query has built the view and index.

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
* what can be compared column-wide in a fraction of a scan is compared with
  the lines (times are real instants in known zones, undated rows' lines have
  no time, only lines marked for full decoding hold escapes); a checkpoint that
  disagrees is not used;
* it is written to a temporary file and renamed into place; a replay that
  cannot write it (a read-only directory, a full disk) goes on without it, and
  a file at that path that is no checkpoint is never written over.

Deleting a checkpoint is always safe: the next large replay writes a new one.
The seal guards against damage, not against someone who changes the columns or
the view on purpose and seals the file again: such a checkpoint is trusted as
the log itself is (positions in the view are range-checked, so a forgery gives
wrong answers, never a crash). Where others may write beside a log, replay it with
``EventLog(path, checkpoint=False)``.

The file's layout, and reading it back, are :mod:`lunamission._checkpoint_file`'s.

>>> import tempfile, pathlib
>>> from lunamission.models import Event, EventKind
>>> rows = Rows()
>>> rows.append_event(Event(kind="launch", mission="Luna-25", id="ev-1"))
>>> rows.items[0] = rows.line(0)[:-1]  # as a replay keeps a checked line
>>> path = pathlib.Path(tempfile.mkdtemp()) / "log.jsonl.checkpoint"
>>> view = ([], [0])  # no dated events, one undated
>>> write(path, rows, covered=200, digest=bytes(32), distinct=True, view=view,
...       windows=IntervalIndex())
True
>>> found = read(path, log_size=500)
>>> found.covered, found.lines
(200, 1)
>>> rebuilt = found.rows([rows.items[0]], lambda line_no, line: None)
>>> rebuilt.ids, rebuilt.kinds == [EventKind.LAUNCH], rebuilt.missions
(['ev-1'], True, ['Luna-25'])
>>> found.stored_view().view([None])[0]  # the stamps of the rows the replay kept
([], [0])
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Callable
from contextlib import suppress
from datetime import date
from itertools import compress, repeat
from math import isfinite
from operator import add, contains, itemgetter, mul, ne, not_
from pathlib import Path
from typing import Any

from ._checkpoint_file import (
    APPROXIMATE_OF,
    BLANK,
    KIND_CODE,
    KINDS,
    PRECISION_CODE,
    PRECISION_OF,
    QUALIFIER_CODE,
    QUALIFIER_OF,
    STATUS_CODE,
    STATUSES,
    UNDATED,
    VIEW_SECTIONS,
    identity,
    ours_or_absent,
    parse,
    sealed,
)
from ._eventcodec import zone_plan
from ._index import IntervalIndex, Shape
from ._lookup import View, extended_view
from ._rows import Rows, Stamp
from .models import Event
from .timestamp import MAX_YEAR, MIN_YEAR

__all__ = [
    "Checkpoint",
    "Columns",
    "PendingView",
    "StoredView",
    "column_sections",
    "read",
    "write",
]


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


def write(
    path: Path,
    rows: Rows,
    *,
    covered: int,
    digest: bytes,
    distinct: bool,
    view: View,
    windows: IntervalIndex,
) -> bool:
    """Write the checkpoint of ``rows`` (every event line of the log's first
    ``covered`` bytes, whose SHA-256 is ``digest``, in order; ``distinct``: no
    id among them repeats) to ``path``, with the ``view`` of the timeline
    replayed from them and its ``windows`` index; False when it is not written."""
    if not ours_or_absent(path):
        return False  # something else lives there: never replace it
    fields, sections = column_sections(rows)
    sections |= {
        "dated": array("i", view[0]).tobytes(),
        "undated": array("i", view[1]).tobytes(),
        "index_lo": b"".join(array("d", shape.lo).tobytes() for shape in windows.shapes),
        "index_hi": b"".join(array("d", shape.hi).tobytes() for shape in windows.shapes),
        "index_pos": b"".join(array("i", shape.pos).tobytes() for shape in windows.shapes),
    }
    header = {
        **identity(),
        "covered": covered,
        "lines": len(rows),
        "sha256": digest.hex(),
        "distinct": distinct,
        **fields,
        "view": {
            "dated": len(view[0]),
            "undated": len(view[1]),
            "shapes": [
                [s.code, s.by_end, len(s.pos), s.min_width, s.max_width, s.min_hi, s.max_lo]
                for s in windows.shapes
            ],
        },
    }
    body = sealed(header, sections)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{id(rows):x}.tmp")
    replaced = False
    try:
        with open(temporary, "wb") as out:
            out.writelines(body)
        os.replace(temporary, path)
        replaced = True
    except OSError:
        pass  # a read-only directory, a full disk: replay goes on without a checkpoint
    finally:
        if not replaced:  # also when interrupted (Ctrl-C)
            with suppress(OSError):
                os.unlink(temporary)
    return replaced


def column_sections(rows: Rows) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The columns of ``rows`` as a checkpoint or journal record keeps them: the
    header's fields (rows to decode in full, tables of names) and the sections
    (:data:`~lunamission._checkpoint_file.SECTIONS`, in order). A row kept as
    its event rather than as a checked line is marked to be decoded in full."""
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
            filled[i] = BLANK
    precisions = bytearray(map(PRECISION_CODE.__getitem__, map(id, map(_PRECISION, filled))))
    for i in undated:
        precisions[i] = UNDATED
    missions, supersedes, zones = _Codes(), _Codes(), _Codes()
    sections = {
        "kinds": bytes(map(KIND_CODE.__getitem__, map(id, rows.kinds))),
        "statuses": bytes(map(STATUS_CODE.__getitem__, map(id, rows.statuses))),
        "missions": array("i", map(missions.__getitem__, rows.missions)).tobytes(),
        "supersedes": array("i", map(supersedes.__getitem__, rows.supersedes)).tobytes(),
        "precisions": bytes(precisions),
        "zones": array("i", map(zones.__getitem__, map(_ZONE, filled))).tobytes(),
        "hedges": bytes(
            map(
                add,
                map(mul, map(_APPROXIMATE, filled), repeat(3)),
                map(QUALIFIER_CODE.__getitem__, map(_QUALIFIER, filled)),
            )
        ),
        "starts": array("d", map(_START, filled)).tobytes(),
        "ids": "\n".join(ids).encode(),
        "locals": "\n".join(map(_LOCAL, filled)).encode(),
    }
    fields = {
        "full": full,
        "missions": missions.table,
        "supersedes": supersedes.table,
        "zones": zones.table,
    }
    return fields, sections


_START, _PRECISION, _ZONE = itemgetter(0), itemgetter(1), itemgetter(2)
_APPROXIMATE, _QUALIFIER, _LOCAL = itemgetter(3), itemgetter(4), itemgetter(5)


class Columns:
    """Columns read and checked from a checkpoint or a journal record: they
    cover the log's bytes from ``start`` to ``covered`` (``lines`` event lines,
    whose SHA-256 is ``digest``)."""

    __slots__ = ("_header", "_sections", "covered", "digest", "distinct", "lines", "start")

    def __init__(self, header: dict[str, Any], sections: dict[str, Any]) -> None:
        self._header, self._sections = header, sections
        self.start: int = header.get("start", 0)  # a checkpoint covers a prefix
        self.covered: int = header["covered"]
        self.lines: int = header["lines"]
        self.digest = bytes.fromhex(header["sha256"])
        self.distinct: bool = header["distinct"]  # no id repeats among the lines

    def rows(
        self,
        lines: list[bytes],
        decode: Callable[[int, bytes], Event | None],
        *,
        escapes: bool = True,
        first_line: int = 2,
    ) -> Rows | None:
        """The rows of the covered event ``lines`` (no newlines; the first is the
        log's line ``first_line``): columns from here, and each line marked as
        needing full decoding decoded by ``decode(line_no, line)``. None when the
        columns disagree with the lines where that is cheap to see (``escapes``:
        whether any line may hold a backslash)."""
        s, h = self._sections, self._header
        n = self.lines
        walls = s["locals"].decode().split("\n")
        if not self._agrees(lines, walls, escapes):
            return None
        rows = Rows()
        rows.items = lines  # type: ignore[assignment]  # bytes are items too
        rows.ids = s["ids"].decode().split("\n")
        rows.kinds = list(map(KINDS.__getitem__, s["kinds"]))
        rows.statuses = list(map(STATUSES.__getitem__, s["statuses"]))
        rows.missions = list(map([*h["missions"], None].__getitem__, s["missions"]))
        rows.supersedes = list(map([*h["supersedes"], None].__getitem__, s["supersedes"]))
        stamps: list[Any] = list(
            zip(
                s["starts"].tolist(),
                map(PRECISION_OF.__getitem__, s["precisions"]),
                map([*h["zones"], None].__getitem__, s["zones"]),
                map(APPROXIMATE_OF.__getitem__, s["hedges"]),
                map(QUALIFIER_OF.__getitem__, s["hedges"]),
                walls,
                strict=True,
            )
        )
        for i in compress(range(n), map((UNDATED).__eq__, s["precisions"])):
            stamps[i] = None
        rows.stamps = stamps
        for i in h["full"]:
            event = decode(i + first_line, lines[i])
            if event is not None:
                rows.put_event(i, event)
        return rows

    def _agrees(self, lines: list[bytes], walls: list[str], escapes: bool) -> bool:
        """What can be checked column-wide, in well under the time a scan takes:
        times are real instants in known zones with wall clocks of the right
        shape, undated rows' lines have no time, and only lines marked for full
        decoding hold escapes. (A checkpoint sealed again on purpose after its
        columns were changed is otherwise trusted, as the log itself is.)"""
        s, h = self._sections, self._header
        full = set(h["full"])
        dated = list(map(ne, s["precisions"], repeat(UNDATED)))
        starts = list(compress(s["starts"], dated))
        if starts and not (
            all(map(isfinite, starts)) and min(starts) >= _LOWEST and max(starts) <= _HIGHEST
        ):
            return False
        names = h["zones"]
        if any(zone_plan(names[code]) is None for code in set(compress(s["zones"], dated))):
            return False
        if not set(map(len, compress(walls, dated))) <= _WALL_LENGTHS:
            return False
        undated = [i for i in compress(range(self.lines), map(not_, dated)) if i not in full]
        if not all(map(contains, map(lines.__getitem__, undated), repeat(b'"when":null'))):
            return False
        if escapes:
            with_escapes = compress(range(self.lines), map(contains, lines, repeat(b"\\")))
            return set(with_escapes) <= full
        return True


class Checkpoint(Columns):
    """A checkpoint read and checked by :func:`read`: columns of the log's first
    ``covered`` bytes, and the view and window index replayed from them."""

    __slots__ = ()

    def stored_view(self) -> StoredView:
        """The view and window index kept with the columns (holding on to them
        alone, not to the columns)."""
        sections = {name: self._sections[name] for name, _ in VIEW_SECTIONS}
        return StoredView(self._header["view"]["shapes"], sections)


class StoredView:
    """A checkpoint's view and window index, as read (see :meth:`view`)."""

    __slots__ = ("_sections", "_shapes")

    def __init__(self, shapes: list[list[Any]], sections: dict[str, Any]) -> None:
        self._shapes, self._sections = shapes, sections

    def view(self, stamps: list[Stamp | None]) -> tuple[View, IntervalIndex] | None:
        """The view and window index of the timeline replayed from exactly the
        lines covered, whose rows (once repeated lines are dropped) have these
        ``stamps``; None when a position is out of range, or names a row with
        no time as dated or one with a time as undated."""
        s = self._sections
        dated, undated = s["dated"].tolist(), s["undated"].tolist()
        rows = len(stamps)
        if max(dated, default=-1) >= rows or max(undated, default=-1) >= rows:
            return None
        if not all(map(stamps.__getitem__, dated)) or any(map(stamps.__getitem__, undated)):
            return None
        lo, hi, pos = s["index_lo"].tolist(), s["index_hi"].tolist(), s["index_pos"].tolist()
        parts, at = [], 0
        for code, by_end, count, *extremes in self._shapes:
            part_lo, part_hi = lo[at : at + count], hi[at : at + count]
            keys = part_hi if by_end else part_lo
            parts.append(
                Shape(code, by_end, keys, part_lo, part_hi, pos[at : at + count], *extremes)
            )
            at += count
        return (dated, undated), IntervalIndex(parts)


class PendingView:
    """How to get the view and window index of a timeline of ``rows`` from the
    checkpoint it was replayed through, when a query first needs them: as kept
    (nothing appended since), or ``extended`` with the rows appended since (every
    id distinct, so the covered rows are the first ones). A class, not a
    closure, so that a replayed timeline pickles."""

    __slots__ = ("covered", "extended", "rows", "stored")

    def __init__(self, found: Checkpoint, rows: Rows, *, extended: bool) -> None:
        self.stored, self.covered = found.stored_view(), found.lines
        self.rows, self.extended = rows, extended

    def __call__(self) -> tuple[View, IntervalIndex] | None:
        rows = self.rows
        if not self.extended:
            return self.stored.view(rows.stamps)
        kept = self.stored.view(rows.stamps[: self.covered])
        return None if kept is None else extended_view(rows, self.covered, *kept)


_EPOCH_DAY = date(1970, 1, 1).toordinal()
# Instants a wall clock in years MIN_YEAR..MAX_YEAR can be, with a day's offset to spare.
_LOWEST = (date(MIN_YEAR, 1, 1).toordinal() - _EPOCH_DAY - 1) * 86400.0
_HIGHEST = (date(MAX_YEAR + 1, 1, 1).toordinal() - _EPOCH_DAY + 1) * 86400.0
_WALL_LENGTHS = {len("2023-08-11T02:10:00Z"), len("2023-08-11T02:10:00+03:00")}


def read(path: Path, *, log_size: int) -> Checkpoint | None:
    """The checkpoint at ``path`` if it is whole, was written by this version
    for this tz database, and covers no more than ``log_size`` bytes; else None.
    (Whether the log still starts with the bytes it covers is the caller's to
    check, against :attr:`Checkpoint.digest`.)"""
    found = parse(path, log_size=log_size)
    return None if found is None else Checkpoint(*found)
