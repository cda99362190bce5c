"""What the storage tests (replay and its checkpoints) share: a launch whose log
line tests change one field at a time, a few reports of Luna-25 and
Chandrayaan-3 in which a planned landing is revised, and a way to take a
checkpoint file apart and seal it again after changing it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from lunamission import Event, Timestamp, eventlog
from lunamission._rows import Rows

iso = Timestamp.from_iso

BASE = Event(
    kind="launch",
    mission="Luna-25",
    when=iso("2023-08-11T02:10+03:00[Europe/Moscow]"),
    summary="launch",
    recorded="2023-08-11",
)

LANDING_PLAN = Event(
    kind="landing",
    mission="Luna-25",
    status="planned",
    when=iso("2023-08-21[Europe/Moscow]"),
    recorded="2023-08-11",
)

REPORTED = [
    Event(kind="launch", mission="Luna-25", when=iso("2023-08-11T02:10+03:00[Europe/Moscow]")),
    LANDING_PLAN,
    Event(
        kind="impact",
        mission="Luna 25",
        when=iso("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]"),
        supersedes=LANDING_PLAN.id,
    ),
    Event(kind="launch", mission="Chandrayaan-3", when=iso("2023-07-14T14:35+05:30[Asia/Kolkata]")),
    Event(kind="orbit_change", mission="Luna-25"),
]


def unseal(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    """A checkpoint file's header and sections, by name."""
    head, _, rest = path.read_bytes()[:-32].partition(b"\n")
    header = json.loads(head)
    sections: dict[str, bytes] = {}
    at = 0
    for name, length in header["sections"]:
        sections[name] = rest[at : at + length]
        at += length
    return header, sections


def seal(path: Path, header: dict[str, Any], sections: dict[str, bytes]) -> None:
    """Write a checkpoint file with a right digest (the header's section lengths
    as they are: set them first when a section changed length on purpose)."""
    body = json.dumps(header).encode() + b"\n" + b"".join(sections.values())
    path.write_bytes(body + hashlib.sha256(body).digest())


def count_scanned_lines(monkeypatch: pytest.MonkeyPatch) -> tuple[list[int], Any]:
    """Make the event log's scanner count the lines it checks one by one into
    the last entry of the list returned (append a 0 before each counted
    replay); also return the scanner itself, to replay uncounted."""
    counts: list[int] = []
    scan = eventlog.scan_chunk

    def counting(data: bytes, first: int, rows: Rows, slow: Any, lines: int | None = None) -> None:
        counts[-1] += data.count(b"\n")
        scan(data, first, rows, slow, lines)

    monkeypatch.setattr(eventlog, "scan_chunk", counting)
    return counts, scan
