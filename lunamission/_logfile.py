"""File primitives under the event log: locks, durable writes, positions in lines.

Where it sits: below :mod:`lunamission.eventlog`, which decides what to write
and how to read; this module only knows files. Locks are ``fcntl.flock`` on
POSIX systems and ``msvcrt.locking`` on Windows, both advisory.

>>> locate('{"kind":"lunch","id":"ev-1"}', ("kind",))
(1, 15)
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["first_line", "last_line_start", "locate", "locked", "sync_directory", "write_all"]


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def last_line_start(fd: int, size: int) -> tuple[int, int]:
    """Offset just past the last newline before ``size``, and the number of the
    line that starts there (1-based)."""
    os.lseek(fd, 0, os.SEEK_SET)
    newlines, cut, offset = 0, 0, 0
    while offset < size:
        chunk = os.read(fd, min(1 << 20, size - offset))
        if not chunk:
            break
        count = chunk.count(b"\n")
        if count:
            newlines += count
            cut = offset + chunk.rindex(b"\n") + 1
        offset += len(chunk)
    return cut, newlines + 1


def sync_directory(directory: Path) -> None:
    """Make a newly created log's directory entry durable (POSIX only)."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory; the data itself is synced
    finally:
        os.close(fd)


@contextmanager
def locked(fd: int, *, exclusive: bool) -> Iterator[None]:
    """Hold an advisory lock on the whole file for the duration of the block."""
    if sys.platform == "win32":
        import msvcrt

        # msvcrt has no shared locks: readers take the exclusive one briefly.
        os.lseek(fd, 0, os.SEEK_SET)
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                break
            except OSError:
                continue  # LK_LOCK gave up after ten seconds; keep waiting
        try:
            yield
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)


def first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def locate(text: str, loc: tuple[str, ...]) -> tuple[int, int]:
    """The span of the value at JSON path ``loc`` in ``text`` (best effort:
    the whole line when a key cannot be found)."""
    start, found = 0, None
    for key in loc:
        if key.isdigit():
            continue
        at = text.find(f'"{key}"', start)
        if at < 0:
            break
        found, start = at, at + len(key) + 2
    if found is None:
        return (0, len(text))
    colon = text.find(":", start)
    if colon < 0:
        return (found, start)
    value_at = colon + 1
    while value_at < len(text) and text[value_at] == " ":
        value_at += 1
    try:
        _, end = json.JSONDecoder().raw_decode(text, value_at)
    except ValueError:
        end = len(text)
    return (found, end)
