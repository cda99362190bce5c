"""The checkpoint file's layout, and reading one back with every part checked.

Where it sits: under :mod:`lunamission._checkpoint`, which decides what a
checkpoint holds and builds a timeline's rows from it. This module knows the
bytes: one JSON header line (format, versions, what the checkpoint covers, the
tables of names and each section's length), then the sections (one byte, int32
or float64 per row, or text with one line per row), then the SHA-256 of
everything before. :func:`parse` returns a file's header and sections only when
the digest holds, the versions are this library's, and every length and code is
in range; otherwise None, never an exception.

>>> import pathlib, tempfile
>>> parse(pathlib.Path(tempfile.mkdtemp()) / "absent.checkpoint", log_size=100) is None
True
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from array import array
from itertools import compress, repeat
from math import isfinite
from operator import ne
from pathlib import Path
from typing import Any, cast

import pytz

from ._rows import Stamp
from ._version import __version__
from .models import EventKind, Status
from .timestamp import Precision

__all__ = [
    "JOURNAL_FORMAT",
    "SECTIONS",
    "VIEW_SECTIONS",
    "identity",
    "ours_or_absent",
    "parse",
    "parse_records",
    "read_regular",
    "sealed",
]

FORMAT = "lunamission-replay-checkpoint"
MAGIC = b'{"format":"' + FORMAT.encode() + b'"'  # how every checkpoint file starts
# A column journal's records (:mod:`lunamission._journal`) share the layout, less
# the view, and name the byte range they cover ("start" to "covered").
JOURNAL_FORMAT = "lunamission-column-journal"
JOURNAL_MAGIC = b'{"format":"' + JOURNAL_FORMAT.encode() + b'"'  # how every record starts
VERSION = 3  # raise when the layout changes or the scanner judges a line otherwise
DIGEST = 32  # bytes of SHA-256
# The tz database that judged each offset (the stubs of pytz leave these out).
ZONE_DATA = " ".join(str(getattr(pytz, name, "?")) for name in ("__version__", "OLSON_VERSION"))

KINDS, STATUSES, PRECISIONS = list(EventKind), list(Status), list(Precision)
KIND_CODE = {id(k): i for i, k in enumerate(KINDS)}  # by identity: Enum hashing is slow
STATUS_CODE = {id(s): i for i, s in enumerate(STATUSES)}
PRECISION_CODE = {id(p): i for i, p in enumerate(PRECISIONS)}
UNDATED = 255  # the precision code of a row without a time (or decoded in full)
QUALIFIERS = (None, "not_before", "not_after")
QUALIFIER_CODE = {q: i for i, q in enumerate(QUALIFIERS)}
# hedge code = 3 * approximate + qualifier code
APPROXIMATE_OF = [False] * 3 + [True] * 3
QUALIFIER_OF = list(QUALIFIERS) * 2
BLANK: Stamp = (0.0, Precision.DAY, "", False, None, "")  # stands in for a missing stamp

# Sections in file order: name, array type code ("" for text or single bytes).
SECTIONS = (
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
# Then the timeline's view and window index, for the rows left once repeated
# lines are dropped: dated positions in time order, undated positions, and each
# shape's intervals (header "view": shape by shape, its code, whether sorted by
# end, how many, and the widths and extremes) one after another.
VIEW_SECTIONS = (
    ("dated", "i"),
    ("undated", "i"),
    ("index_lo", "d"),
    ("index_hi", "d"),
    ("index_pos", "i"),
)
TYPES = {code: array(code).itemsize for code in "Bid"}


PRECISION_OF: list[Precision | None] = [*PRECISIONS, *[None] * (256 - len(PRECISIONS))]
PRECISION_CODES = bytes([*range(len(PRECISIONS)), UNDATED])


def identity(form: str = FORMAT) -> dict[str, Any]:
    """What a checkpoint's (or journal record's) header names first: the format
    and everything that decides how lines were judged and columns laid out. A
    file whose header differs in any of these is not read."""
    return {
        "format": form,
        "version": VERSION,
        "lunamission": __version__,
        "zone_data": ZONE_DATA,
        "byteorder": sys.byteorder,
        "itemsizes": TYPES,
    }


def sealed(header: dict[str, Any], sections: dict[str, bytes]) -> list[bytes]:
    """The bytes of a checkpoint or journal record: ``header`` as one JSON line
    (with each section's length added), the sections in the order the header
    lists them, then the SHA-256 of all that."""
    header = {**header, "sections": [[name, len(part)] for name, part in sections.items()]}
    head = json.dumps(header, separators=(",", ":")).encode() + b"\n"  # ASCII: escapes all
    body = [head, *sections.values()]
    check = hashlib.sha256()
    for part in body:
        check.update(part)
    return [*body, check.digest()]


def ours_or_absent(path: Path, magic: bytes = MAGIC) -> bool:
    """Whether ``path`` holds nothing, or a regular file that starts as a checkpoint
    (or journal, by its ``magic``) or as what a crash can leave of one (nothing,
    or zeros)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as handle:
            start = handle.read(len(magic))
        return start == magic or not start.strip(b"\0")
    except FileNotFoundError:
        return True
    except OSError:
        return False


def read_regular(path: Path, limit: int) -> bytes | None:
    """At most ``limit`` bytes from the start of the regular file at ``path``;
    None when there is none (or something else: a directory, a FIFO) or it
    cannot be read."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # opening a FIFO would wait for a writer
            return None
        with open(path, "rb") as handle:
            return handle.read(limit)
    except OSError:
        return None


def parse(path: Path, *, log_size: int) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The header and sections of the checkpoint file at ``path`` if it is whole,
    was written by this version for this tz database, and covers no more than
    ``log_size`` bytes; else None."""
    data = read_regular(path, _largest(log_size) + 1)
    if data is None or len(data) > _largest(log_size):
        return None
    body, digest = data[:-DIGEST], data[-DIGEST:]
    if len(data) <= DIGEST or hashlib.sha256(body).digest() != digest:
        return None
    head, newline, rest = body.partition(b"\n")
    try:
        header = json.loads(head)
    except ValueError:
        return None
    if not newline or not _usable(header, log_size):
        return None
    sections = _sections(header, memoryview(rest), (*SECTIONS, *VIEW_SECTIONS))
    if sections is None:
        return None
    return header, sections


def parse_records(
    data: bytes, *, log_size: int, after: int = 0
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The header and sections of every whole record in a column journal's
    ``data`` written by this version for this tz database, in file order,
    leaving out those that end at or before byte ``after`` of the log (a
    checkpoint covers them: they are not read further). A damaged or torn
    record is passed over: reading takes up again at the next place a record
    starts whose seal holds."""
    found = []
    at = data.find(JOURNAL_MAGIC)
    while at >= 0:
        record = _record(data, at, log_size, after)
        if record is None:
            at = data.find(JOURNAL_MAGIC, at + 1)
            continue
        header, sections, end = record
        if sections is not None:
            found.append((header, sections))
        at = data.find(JOURNAL_MAGIC, end)
    return found


def _record(
    data: bytes, at: int, log_size: int, after: int = 0
) -> tuple[dict[str, Any], dict[str, Any] | None, int] | None:
    """The record starting at ``at``: header, sections and where it ends; None
    when it is not whole, not sealed, or not this version's. A record that ends
    at or before byte ``after`` of the log is not read: no sections, and the
    next record is looked for from the end of its header."""
    newline = data.find(b"\n", at)
    if newline < 0:
        return None
    try:
        header = json.loads(data[at:newline])
    except ValueError:
        return None
    if not isinstance(header, dict) or not _usable(header, log_size, journal=True):
        return None
    declared = header.get("sections")
    if not isinstance(declared, list) or not all(
        isinstance(entry, list) and len(entry) == 2 and _whole(entry[1]) for entry in declared
    ):
        return None
    if header["covered"] <= after:
        return header, None, newline + 1
    end = newline + 1 + sum(entry[1] for entry in declared)
    if end + DIGEST > len(data):
        return None
    if hashlib.sha256(memoryview(data)[at:end]).digest() != data[end : end + DIGEST]:
        return None
    sections = _sections(header, memoryview(data)[newline + 1 : end], SECTIONS)
    if sections is None:
        return None
    return header, sections, end + DIGEST


def _largest(log_size: int) -> int:
    """The most a checkpoint of a log of ``log_size`` bytes can take: its columns
    are far smaller than the lines, its names at most six bytes per byte of them
    (JSON escapes), plus the header."""
    return 6 * log_size + (1 << 20)


def _usable(header: Any, log_size: int, *, journal: bool = False) -> bool:
    """Whether the header is this version's and its fields have their types (a
    journal record's: a byte range, and no view)."""
    if not isinstance(header, dict):
        return False
    form = JOURNAL_FORMAT if journal else FORMAT
    if any(header.get(key) != value for key, value in identity(form).items()):
        return False
    covered, lines = header.get("covered"), header.get("lines")
    start = header.get("start") if journal else 0
    if not _whole(covered) or not _whole(lines) or not _whole(start):
        return False
    if not cast(int, start) < cast(int, covered) <= log_size:
        return False
    sha = header.get("sha256")
    if not isinstance(sha, str) or len(sha) != 2 * DIGEST:
        return False
    try:
        bytes.fromhex(sha)
    except ValueError:
        return False
    if type(header.get("distinct")) is not bool:
        return False
    full = header.get("full")
    if not isinstance(full, list) or not all(_whole(i) and i < lines for i in full):
        return False
    if full != sorted(set(full)):
        return False
    if not journal and not _view_usable(header.get("view"), cast(int, lines)):
        return False
    return all(_names(header.get(key)) for key in ("missions", "supersedes", "zones"))


def _view_usable(view: Any, lines: int) -> bool:
    """Whether the header's account of the view has its types and adds up."""
    if not isinstance(view, dict) or view.keys() != {"dated", "undated", "shapes"}:
        return False
    dated, undated, shapes = view["dated"], view["undated"], view["shapes"]
    if not (_whole(dated) and _whole(undated) and dated + undated <= lines):
        return False
    if not isinstance(shapes, list):
        return False
    for shape in shapes:
        if not (isinstance(shape, list) and len(shape) == 7 and type(shape[1]) is bool):
            return False
        code, by_end, count = shape[:3]
        if not (_whole(code) and code < 6 * len(PRECISIONS) and by_end == (code % 3 == 2)):
            return False
        if not _whole(count) or not all(type(x) is float and isfinite(x) for x in shape[3:]):
            return False
    return bool(sum(shape[2] for shape in shapes) == dated)


def _whole(value: Any) -> bool:
    return type(value) is int and value >= 0


def _names(value: Any) -> bool:
    return isinstance(value, list) and all(type(name) is str for name in value)


def _sections(
    header: dict[str, Any], rest: memoryview, expected: tuple[tuple[str, str], ...]
) -> dict[str, Any] | None:
    """The ``expected`` sections, as arrays or bytes, when their lengths and
    codes are sound."""
    n = header["lines"]
    declared = header.get("sections")
    if not isinstance(declared, list) or [
        entry[0] if isinstance(entry, list) and len(entry) == 2 else None for entry in declared
    ] != [name for name, _ in expected]:
        return None
    lengths = [entry[1] for entry in declared]
    if not all(map(_whole, lengths)) or sum(lengths) != len(rest):
        return None
    sections: dict[str, Any] = {}
    at = 0
    for (name, code), length in zip(expected, lengths, strict=True):
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
    if not all(len(sections[name]) == n for name, code in SECTIONS if code):
        return None
    if len(expected) > len(SECTIONS) and not _view_within(header["view"], sections, n):
        return None
    for name in ("ids", "locals"):
        text = sections[name]
        if n == 0 or text.count(b"\n") != n - 1:
            return None
        try:
            text.decode()
        except UnicodeDecodeError:
            return None
    if not _within(sections["kinds"], len(KINDS)) or not _within(
        sections["statuses"], len(STATUSES)
    ):
        return None
    if not _within(sections["hedges"], len(APPROXIMATE_OF)):
        return None
    precisions = sections["precisions"]
    if precisions.translate(None, PRECISION_CODES):
        return None  # a byte that is no precision's code
    for name in ("missions", "supersedes", "zones"):
        column = sections[name]
        if column and (min(column) < -1 or max(column) >= len(header[name])):
            return None
    dated = list(compress(sections["zones"], map(ne, precisions, repeat(UNDATED))))
    if dated and min(dated) < 0:
        return None  # a time without a zone
    return sections


def _view_within(view: dict[str, Any], sections: dict[str, Any], lines: int) -> bool:
    """Whether the view's sections have the lengths the header gives and every
    position in them is in range (row positions below ``lines``: the replay
    checks them against the rows it keeps)."""
    dated = view["dated"]
    expected = {"dated": dated, "undated": view["undated"]}
    expected |= dict.fromkeys(("index_lo", "index_hi", "index_pos"), dated)
    if any(len(sections[name]) != length for name, length in expected.items()):
        return False
    for name, bound in (("dated", lines), ("undated", lines), ("index_pos", dated)):
        column = sections[name]
        if column and (min(column) < 0 or max(column) >= bound):
            return False
    return True


def _within(codes: bytes, count: int) -> bool:
    """Whether every byte of ``codes`` is below ``count``."""
    return not codes.translate(None, bytes(range(count)))
