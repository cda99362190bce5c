"""An adversarial review of replay checkpoints: a checkpoint never changes what a replay says.

The contract under test: for any log, after any sequence of appends, replays,
truncations, rewrites and damage to ``<log>.checkpoint``, ``EventLog(path).replay()``
answers exactly what ``EventLog(path, checkpoint=False).replay()`` answers: the same
columns with the same element types, the same events and reprs, the same window,
history, as-of and CSV answers; or the same error (type, code, line numbers) and
the same :class:`lunamission.LogRecoveryWarning` lines. A checkpoint is a cache:
one that is damaged, foreign or stale is ignored and replaced, it is never used
unless the log still starts with the bytes it covers, and no temporary file stays.

A checkpoint sealed with a right digest but contents that contradict the log is
a forgery rather than damage, trusted as the log itself is (see
lunamission/_checkpoint.py): there the only demand is that nothing but an
EventLogError escapes (no crash, on replay or on reading the timeline).

tests/test_checkpoint.py holds the basic cases; this file adds a state machine
over every operation and the corners it found.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import warnings
from array import array
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from samples import BASE, seal, unseal
from strategies import events

import lunamission as lm
from lunamission import Event, EventLog, Precision, Timeline, Timestamp, _checkpoint, eventlog
from lunamission._rows import Rows

iso = Timestamp.from_iso
HEADER = eventlog.header_line().encode()
CHECKPOINT = ".checkpoint"

# -- the oracle: everything a user can ask of a replay, or what it raised ----------------


def _lines_in(message: str) -> list[str]:
    return re.findall(r"line (\d+)", message)


def _attempt(ask: Callable[[], Any]) -> Any:
    """An answer, or the lunamission error that came instead (type, code, lines)."""
    try:
        return ask()
    except lm.LunamissionError as exc:
        return ("raised", type(exc).__name__, exc.code, _lines_in(str(exc)))


def _stamp(stamp: Any) -> Any:
    if stamp is None:
        return None
    return (
        tuple(type(part).__name__ for part in stamp),
        stamp[1] is Precision(stamp[1]),  # the member itself, not its text
        stamp,
    )


WINDOWS = [
    ("1950-01-01T00:00Z", "2100-01-01T00:00Z"),
    ("2023-08-11T00:00+03:00", "2023-08-19T15:00+03:00"),
    ("1990-06-01T00:00Z", "2030-01-01T00:00Z"),
]


def _answers(timeline: Timeline) -> dict[str, Any]:
    """Every answer of ``timeline`` a user may rely on, in comparable form."""
    rows = timeline._rows
    out: dict[str, Any] = {
        name: [(type(x).__name__, x) for x in getattr(rows, name)]
        for name in Rows.__slots__
        if name != "stamps"
    }
    out["stamps"] = list(map(_stamp, rows.stamps))
    out["events"] = _attempt(lambda: [repr(ev) for ev in timeline])
    out["revisions"] = _attempt(lambda: [repr(ev) for ev in timeline.revisions])
    out["undated"] = _attempt(lambda: [ev.id for ev in timeline.undated])
    out["missions"] = _attempt(timeline.missions)
    for start, end in WINDOWS:
        for match in ("possibly", "definitely"):
            out[f"filter {start} {end} {match}"] = _attempt(
                lambda s=start, e=end, m=match: [  # type: ignore[misc]
                    ev.id for ev in timeline.filter(start=s, end=e, match=m)
                ]
            )
    out["launches"] = _attempt(
        lambda: [ev.id for ev in timeline.filter(kind="launch", mission="luna-25")]
    )
    for day in ("2000-01-01", "2023-08-15"):
        out[f"as_of {day}"] = _attempt(
            lambda d=day: [ev.id for ev in timeline.as_of(d, unrecorded="include")]  # type: ignore[misc]
        )
    ids = sorted(set(rows.ids))
    out["get"] = [_attempt(lambda i=i: repr(timeline.get(i))) for i in ids]  # type: ignore[misc]
    out["history"] = [
        _attempt(lambda i=i: [repr(r) for r in timeline.history(i)])  # type: ignore[misc]
        for i in ids
    ]
    out["csv"] = _attempt(timeline.to_csv)
    out["csv revisions"] = _attempt(lambda: timeline.to_csv(revisions=True))
    return out


def _outcome(path: Path, *, checkpoint: bool) -> tuple[Any, list[tuple[str, str]]]:
    """What a replay of ``path`` gives (answers, or the error), and the warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result: Any = _answers(EventLog(path, checkpoint=checkpoint).replay())
        except lm.LunamissionError as exc:
            result = ("raised", type(exc).__name__, exc.code, _lines_in(str(exc)))
    said = [(w.category.__name__, str(w.message)) for w in caught]
    return result, said


def _temporary_files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.rglob("*") if p.name.endswith(".tmp"))


def _agrees(path: Path) -> None:
    """A replay through the checkpoint (twice: the second reads the one the first
    wrote) answers what a replay of every line answers."""
    oracle = _outcome(path, checkpoint=False)
    assert _outcome(path, checkpoint=True) == oracle
    assert _outcome(path, checkpoint=True) == oracle
    assert _temporary_files(path.parent) == []


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Checkpoints for logs of any size; a record of every checkpoint used, checked
    against the log's bytes at the moment it is used."""
    monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
    _watch_uses(monkeypatch)


USED: list[tuple[int, int]] = []  # (covered, lines) of each checkpoint a replay used


def _watch_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    real_rows, real_read = _checkpoint.Checkpoint.rows, _checkpoint.read
    reading: list[Path] = []  # the log whose checkpoint was read last

    def read(path: Path, *, log_size: int) -> Any:
        reading[:] = [path.with_name(path.name[: -len(CHECKPOINT)])]
        return real_read(path, log_size=log_size)

    def rows(self: Any, lines: list[bytes], decode: Any, **kw: Any) -> Rows | None:
        covered = reading[0].read_bytes()[: self.covered]
        assert len(covered) == self.covered and hashlib.sha256(covered).digest() == self.digest
        USED.append((self.covered, self.lines))
        return real_rows(self, lines, decode, **kw)

    monkeypatch.setattr(_checkpoint, "read", read)
    monkeypatch.setattr(_checkpoint.Checkpoint, "rows", rows)


# -- lines written by hand ---------------------------------------------------------------

PLAIN = BASE.model_dump_json()
PUBLISHED = Event(
    kind="impact",
    mission="Luna-25",
    when=iso("2023-08-19T14:57+03:00[Europe/Moscow]").model_copy(update={"approximate": True}),
    source=lm.Source(publisher="TASS", published="2023-08-20"),
    id="odd-published",
).model_dump_json()


def _with_id(line: str, ident: str) -> str:
    return line.replace(f'"id":"{BASE.id}"', f'"id":"{ident}"')


# Lines validation accepts and the scanner leaves to it (the checkpoint marks them "full").
ODD = {
    # spellings of BASE itself: a repeat of its event
    "escapes": PLAIN.replace('"summary":"launch"', '"summary":"la\\u0075nch"'),
    "zone in lower case": PLAIN.replace('"tz":"Europe/Moscow"', '"tz":"europe/moscow"'),
    "keys reordered": '{"id":"' + BASE.id + '",' + PLAIN[1:].split(',"id":')[0] + "}",
    "spaces": PLAIN.replace(',"site":null', ', "site" : null'),
    "id with an escape": PLAIN.replace(f'"id":"{BASE.id}"', f'"id":"\\u0065{BASE.id[1:]}"'),
    # events of their own
    "mission escaped": _with_id(
        PLAIN.replace('"mission":"Luna-25"', '"mission":"\\u041b\\u0443\\u043d\\u0430-25"'),
        "odd-mission",
    ),
    "UTC as +00:00": Event(kind="landing", when=iso("2024-01-19T15:20Z[UTC]"), id="odd-utc")
    .model_dump_json()
    .replace('"local":"2024-01-19T15:20:00Z"', '"local":"2024-01-19T15:20:00+00:00"'),
    "recorded filled from the source": PUBLISHED.replace(
        '"recorded":"2023-08-20"', '"recorded":null'
    ),
    "raw non-ASCII": _with_id(PLAIN.replace('"summary":"launch"', '"summary":"пуск 🚀"'), "odd-ru"),
}
# Lines no replay accepts.
BAD = {
    "not JSON": "not json",
    "blank": "",
    "no such kind": '{"kind":"lunch"}',
    # a lone surrogate escape: the JSON reader refuses it
    "lone surrogate": _with_id(
        PLAIN.replace('"summary":"launch"', '"summary":"\\ud800 launch"'), "odd-surrogate"
    ),
    "same id, other event": PLAIN.replace('"summary":"launch"', '"summary":"other"'),
}


def _log(path: Path, *lines: str) -> Path:
    path.write_bytes(
        HEADER + b"".join(line.encode("utf-8", "surrogatepass") + b"\n" for line in lines)
    )
    return path


def test_the_hand_written_lines_are_what_they_claim(tmp_path: Path) -> None:
    for name, line in ODD.items():
        _log(tmp_path / "odd.jsonl", line)
        (event,) = EventLog(tmp_path / "odd.jsonl", checkpoint=False).replay()
        assert event.id == BASE.id or event.id.startswith("odd-"), name
        if name != "raw non-ASCII":  # UTF-8 the scanner reads itself
            assert type(EventLog(tmp_path / "odd.jsonl").replay()._rows.items[0]) is Event, name


# -- counterexample: a log rewritten under its checkpoint warns of a torn line it lacks ---
#
# The replay reads the log's first `covered` bytes (as the checkpoint says) through
# _blocks, which warns of a torn last line whenever those bytes do not end in a
# newline. When the log was rewritten so that byte `covered - 1` is inside a line,
# that warning names a line that is whole; the digest then refuses the checkpoint
# and the log is read again, so the warning is the only visible difference.


def _shifted(path: Path) -> None:
    """Rewrite ``path`` with its first event's summary longer, so that the old
    covered end falls inside a line."""
    lines = path.read_bytes().split(b"\n")
    lines[1] = lines[1].replace(b'"summary":"launch"', b'"summary":"launch from Vostochny"')
    path.write_bytes(b"\n".join(lines))


def _cut_and_grown(path: Path) -> None:
    """Cut the log inside its last line, as a crash would, then let another
    writer's appends (raw, not through EventLog) carry on after the fragment."""
    data = path.read_bytes()
    more = Event(kind="other", mission="SLIM", summary="x" * 40).model_dump_json().encode()
    path.write_bytes(data[:-20] + b"\n" + more + b"\n")


def _first_line_dropped(path: Path) -> None:
    lines = path.read_bytes().split(b"\n")
    extra = Event(kind="orbit_insertion", mission="Chandrayaan-3").model_dump_json().encode()
    path.write_bytes(b"\n".join([lines[0], *lines[2:-1], extra, extra, b""]))


REWRITES = [
    pytest.param(_shifted, id="a line made longer"),
    pytest.param(_cut_and_grown, id="cut inside a line, then grown"),
    pytest.param(_first_line_dropped, id="a line dropped, others appended"),
]


@pytest.mark.parametrize("rewrite", REWRITES)
def test_a_log_rewritten_under_its_checkpoint_warns_only_as_a_full_replay_does(
    tmp_path: Path, small: None, rewrite: Callable[[Path], None]
) -> None:
    path = tmp_path / "log.jsonl"
    EventLog(path).extend([BASE, Event(kind="other", mission="SLIM", summary="landed")])
    EventLog(path).replay()
    assert (tmp_path / f"log.jsonl{CHECKPOINT}").exists()
    rewrite(path)
    assert path.stat().st_size >= _checkpoint_covered(path)
    oracle = _outcome(path, checkpoint=False)
    assert oracle[1] == [] or "line" not in oracle[1][0][1]  # a full replay: no torn line
    assert _outcome(path, checkpoint=True) == oracle


def _checkpoint_covered(path: Path) -> int:
    head = (path.parent / (path.name + CHECKPOINT)).read_bytes().partition(b"\n")[0]
    covered: int = json.loads(head)["covered"]
    return covered


# -- regressions: the corners of the contract, one case each ------------------------------


def _two(path: Path) -> None:
    EventLog(path).extend([BASE, Event(kind="other", mission="SLIM", summary="landed")])


def _then(*steps: Callable[[Path], None]) -> Callable[[Path], None]:
    """Each step, each followed by a replay (which writes a checkpoint)."""

    def run(path: Path) -> None:
        for step in steps:
            step(path)
            _replays_cleanly(path)

    return run


def _replays_cleanly(path: Path) -> bool:
    """Replay (writing a checkpoint); whether the log replays without an error."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            EventLog(path).replay()
    except lm.LunamissionError:
        return False
    return True


def _raw(*lines: str) -> Callable[[Path], None]:
    def append(path: Path) -> None:
        with open(path, "ab") as out:
            out.write(b"".join(x.encode("utf-8", "surrogatepass") + b"\n" for x in lines))

    return append


def _bytes(data: bytes) -> Callable[[Path], None]:
    def append(path: Path) -> None:
        with open(path, "ab") as out:
            out.write(data)

    return append


def _header(text: str) -> Callable[[Path], None]:
    def change(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(text.encode() + b"\n" + data.partition(b"\n")[2])

    return change


def _truncate_to(lines: int) -> Callable[[Path], None]:
    def cut(path: Path) -> None:
        data = path.read_bytes()
        keep = data.split(b"\n")[: lines + 1]
        path.write_bytes(b"\n".join(keep) + b"\n")

    return cut


def _copy_checkpoint_of(make: Callable[[Path], None]) -> Callable[[Path], None]:
    """Put in place the checkpoint of another log, built by ``make`` from this one."""

    def copy(path: Path) -> None:
        other = path.parent / "other" / path.name
        other.parent.mkdir(exist_ok=True)
        shutil.copyfile(path, other)
        make(other)
        EventLog(other).replay()
        shutil.copyfile(
            other.parent / (other.name + CHECKPOINT), path.parent / (path.name + CHECKPOINT)
        )

    return copy


def _same_length_other_bytes(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data.replace(b'"summary":"landed"', b'"summary":"LANDED"'))


def _event_lines_only(path: Path) -> None:
    path.write_bytes(HEADER)


REGRESSIONS = [
    # repeats across the covered end
    pytest.param(_then(_two, _raw(PLAIN)), id="a plain line repeated after the checkpoint"),
    pytest.param(
        _then(_two, _raw(ODD["escapes"])), id="its spelling with escapes after the checkpoint"
    ),
    pytest.param(
        _then(_raw(ODD["zone in lower case"]), _two),
        id="an odd spelling in the checkpoint, the plain line after it",
    ),
    pytest.param(
        _then(_two, _raw(BAD["same id, other event"])),
        id="one id, two events, the first in the checkpoint",
    ),
    pytest.param(
        _then(_raw(ODD["keys reordered"]), _two, _raw(BAD["same id, other event"])),
        id="one id, two events, the first read in full from the checkpoint",
    ),
    pytest.param(
        _then(_two, _raw(BAD["same id, other event"]), _raw(PLAIN)),
        id="a conflict kept in the checkpoint, then more lines",
    ),
    # the header under an old checkpoint
    pytest.param(
        _then(_two, _header('{"format": "lunamission-event-log", "schema_version": 1}')),
        id="the header respelled",
    ),
    pytest.param(
        _then(_two, _header('{"format":"lunamission-event-log","schema_version":2}')),
        id="the header of a newer schema",
    ),
    pytest.param(
        _then(_two, _header('{"format":"lunamission-event-log","schema_version":0}')),
        id="a header without a valid schema",
    ),
    pytest.param(_then(_two, _event_lines_only), id="only the header left"),
    # torn lines at and after the covered end
    pytest.param(
        _then(_two, _bytes(PLAIN.encode()[:30]), _bytes(PLAIN.encode()[30:] + b"\n")),
        id="a torn line when the checkpoint was written, finished later",
    ),
    pytest.param(
        _then(_two, _bytes(b'{"kind":"impact"'), _raw(ODD["spaces"])),
        id="a torn line when the checkpoint was written, then a line after it",
    ),
    pytest.param(
        _then(_two, _bytes(b'{"kind":"impact"'), lambda p: EventLog(p).append(BASE)),
        id="a torn line set aside by the next append",
    ),
    # truncations and rewrites
    pytest.param(_then(_two, _truncate_to(1)), id="truncated to its first line"),
    pytest.param(
        _then(_two, _truncate_to(1), _raw(BAD["lone surrogate"])),
        id="truncated, then an odd line of the same place",
    ),
    pytest.param(_then(_two, _same_length_other_bytes), id="a line rewritten, same length"),
    pytest.param(_then(_two, _raw(*BAD.values())), id="bad lines after the checkpoint"),
    pytest.param(_then(_two, _raw(*ODD.values())), id="every odd line after the checkpoint"),
    pytest.param(_then(_raw(*ODD.values()), _two), id="every odd line in the checkpoint"),
    # checkpoints of other logs
    pytest.param(
        _then(_two, _copy_checkpoint_of(_same_length_other_bytes)),
        id="the checkpoint of a log of equal length",
    ),
    pytest.param(
        _then(_two, _copy_checkpoint_of(_truncate_to(1))),
        id="the checkpoint of a log's prefix",
    ),
    pytest.param(
        _then(_two, _copy_checkpoint_of(_raw(PLAIN, PLAIN))),
        id="the checkpoint of a longer log",
    ),
]


@pytest.mark.parametrize("build", REGRESSIONS)
@pytest.mark.parametrize("chunk", [1, 97, 16 << 20], ids=["1-byte chunks", "97", "16 MB"])
def test_a_replay_through_a_checkpoint_answers_as_a_full_replay(
    tmp_path: Path, small: None, monkeypatch: pytest.MonkeyPatch, build: Any, chunk: int
) -> None:
    monkeypatch.setattr(eventlog, "_CHUNK", chunk)
    path = tmp_path / "log.jsonl"
    path.write_bytes(HEADER)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", lm.LogRecoveryWarning)
        build(path)
    _agrees(path)


def test_two_event_logs_over_one_file_share_its_checkpoint(tmp_path: Path, small: None) -> None:
    path = tmp_path / "log.jsonl"
    first, second = EventLog(path), EventLog(path)
    first.extend([BASE])
    first.replay()
    second.append(Event(kind="other", mission="SLIM"))
    USED.clear()
    assert second.replay() == first.replay() == EventLog(path, checkpoint=False).replay()
    # the second used what the first wrote, and the first what the second wrote
    assert [lines for _, lines in USED] == [1, 2]
    _agrees(path)


APPENDER = """
import sys
from lunamission import Event, EventLog
log = EventLog(sys.argv[1])
for n in range(int(sys.argv[2])):
    log.extend([Event(kind="other", mission="SLIM", summary=f"report {n}-{k}") for k in range(5)])
"""


def test_checkpoints_written_while_another_process_appends(tmp_path: Path, small: None) -> None:
    path = tmp_path / "log.jsonl"
    EventLog(path).extend([BASE])
    writer = subprocess.Popen([sys.executable, "-c", APPENDER, str(path), "40"])
    try:
        replays = 0
        while writer.poll() is None or replays < 3:
            replays += 1
            EventLog(path).replay()  # each writes a checkpoint of what it read
            assert _temporary_files(tmp_path) == []
    finally:
        writer.wait(timeout=60)
    assert writer.returncode == 0
    _agrees(path)
    assert len(EventLog(path).replay()) == 1 + 40 * 5


# -- counterexamples: what a checkpoint write leaves on the disk ---------------------------


def test_an_interrupted_checkpoint_write_leaves_no_temporary_file(
    tmp_path: Path, small: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while a large checkpoint is being written (it takes a while for a
    million events): _checkpoint.write removes its temporary file only on OSError,
    so a KeyboardInterrupt leaves ``log.jsonl.checkpoint.<pid>.<id>.tmp`` behind
    (a later replay removes it only if its rows happen to get the same id())."""
    path = tmp_path / "log.jsonl"
    EventLog(path).extend([BASE])

    def interrupted(*args: Any, **kw: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(_checkpoint.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        EventLog(path).replay()
    assert _temporary_files(tmp_path) == []


def test_a_file_in_the_checkpoints_place_that_is_no_checkpoint_is_kept(
    tmp_path: Path, small: None
) -> None:
    """A replay replaces whatever is at ``<log>.checkpoint``: here another event
    log, which a replay of ``log.jsonl`` (a read) destroys. A cache should only
    replace a file that is absent or is one of its own (its first line names the
    checkpoint format)."""
    path = tmp_path / "log.jsonl"
    EventLog(path).extend([BASE])
    neighbour = tmp_path / f"log.jsonl{CHECKPOINT}"
    EventLog(neighbour, checkpoint=False).append(Event(kind="other", mission="SLIM"))
    kept = neighbour.read_bytes()
    _agrees(path)
    assert neighbour.read_bytes() == kept


# -- a sealed checkpoint that contradicts the log: no crash ------------------------------


def _reseal(path: Path, change: Callable[[dict[str, Any], dict[str, bytes], Path], None]) -> None:
    """Change a checkpoint's header or sections, then seal it with a right digest."""
    checkpoint = path.parent / (path.name + CHECKPOINT)
    header, sections = unseal(checkpoint)
    change(header, sections, path)
    header["sections"] = [[name, len(part)] for name, part in sections.items()]
    seal(checkpoint, header, sections)


def _byte(name: str, row: int, value: int) -> Callable[..., None]:
    def change(header: dict[str, Any], sections: dict[str, bytes], path: Path) -> None:
        part = bytearray(sections[name])
        part[row] = value
        sections[name] = bytes(part)

    return change


def _text(name: str, row: int, value: str) -> Callable[..., None]:
    def change(header: dict[str, Any], sections: dict[str, bytes], path: Path) -> None:
        parts = sections[name].decode().split("\n")
        parts[row] = value
        sections[name] = "\n".join(parts).encode()

    return change


def _name(table: str, value: str) -> Callable[..., None]:
    def change(header: dict[str, Any], sections: dict[str, bytes], path: Path) -> None:
        header[table] = [value for _ in header[table]]

    return change


def _start(value: float) -> Callable[..., None]:
    def change(header: dict[str, Any], sections: dict[str, bytes], path: Path) -> None:
        starts = array("d", sections["starts"])
        starts[0] = value
        sections["starts"] = starts.tobytes()

    return change


def _full(rows: list[int]) -> Callable[..., None]:
    def change(header: dict[str, Any], sections: dict[str, bytes], path: Path) -> None:
        header["full"] = rows

    return change


def _log_changed_and_digest_kept_true(
    header: dict[str, Any], sections: dict[str, bytes], path: Path
) -> None:
    """The log's second line spoiled (same length) and the digest made to match."""
    data = bytearray(path.read_bytes())
    lines = data.split(b"\n")
    at = len(lines[0]) + len(lines[1]) + 2
    data[at : at + len(lines[2])] = b"x" * len(lines[2])
    path.write_bytes(bytes(data))
    header["sha256"] = hashlib.sha256(bytes(data[: header["covered"]])).hexdigest()


def _covers_less(header: dict[str, Any], sections: dict[str, bytes], path: Path) -> None:
    """Covered moved inside the last line, its digest that of those bytes."""
    header["covered"] -= 5
    header["sha256"] = hashlib.sha256(path.read_bytes()[: header["covered"]]).hexdigest()


def _then_change(*changes: Callable[..., None]) -> Callable[..., None]:
    def change(header: dict[str, Any], sections: dict[str, bytes], path: Path) -> None:
        for one in changes:
            one(header, sections, path)

    return change


PRECISION = {p: i for i, p in enumerate(Precision)}
# Rows of the crafted log: 0 plain and dated, 1 plain and undated, 2 read in full
# (escapes), 3 plain, dated by day.
FORGED = [
    pytest.param(_byte("precisions", 0, 255), id="a dated row marked undated"),
    pytest.param(_byte("precisions", 3, PRECISION[Precision.SECOND]), id="precision changed"),
    pytest.param(_byte("precisions", 1, PRECISION[Precision.DAY]), id="an undated row dated"),
    pytest.param(_name("zones", "Nowhere/Atlantis"), id="zone no zone"),
    pytest.param(_name("zones", "Asia/Tokyo"), id="zone another zone"),
    pytest.param(_text("locals", 0, "not a time"), id="wall clock not a time"),
    pytest.param(_text("locals", 0, "2023-02-30T00:00:00+03:00"), id="wall clock not a day"),
    pytest.param(_start(float("nan")), id="start not a number"),
    pytest.param(
        _then_change(_byte("precisions", 3, PRECISION[Precision.MONTH]), _text("locals", 3, "x")),
        id="a month whose wall clock is not a time",
    ),
    pytest.param(_start(1e300), id="start past every year"),
    pytest.param(_text("ids", 1, BASE.id), id="two rows one id"),
    pytest.param(_text("ids", 0, "ev-elsewhere"), id="an id the line does not hold"),
    pytest.param(_byte("kinds", 0, len(lm.EventKind) - 1), id="kind changed"),
    pytest.param(_byte("statuses", 0, 1), id="status changed"),
    pytest.param(_byte("hedges", 0, 5), id="hedges changed"),
    pytest.param(_name("missions", "Luna-26"), id="mission renamed"),
    pytest.param(_name("supersedes", BASE.id), id="each revises the first"),
    pytest.param(_full([]), id="a line with escapes not marked full"),
    pytest.param(_full([0, 1, 2, 3]), id="every line marked full"),
    pytest.param(_log_changed_and_digest_kept_true, id="a corrupt line covered"),
    pytest.param(_covers_less, id="covered ends inside a line"),
]


@pytest.mark.parametrize("change", FORGED)
def test_a_forged_checkpoint_crashes_nothing(
    tmp_path: Path, small: None, change: Callable[..., None]
) -> None:
    path = _log(
        tmp_path / "log.jsonl",
        PLAIN,
        Event(kind="other", mission="SLIM", supersedes="ev-0123456789abcdef").model_dump_json(),
        ODD["mission escaped"],
        Event(
            kind="impact", mission="Luna-25", when=iso("2023-08-19[Europe/Moscow]")
        ).model_dump_json(),
    )
    EventLog(path).replay()
    _reseal(path, change)
    oracle = _outcome(path, checkpoint=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", lm.LogRecoveryWarning)
        try:
            got = _outcome(path, checkpoint=True)
        except Exception as exc:  # the finding is what escaped
            pytest.fail(
                f"a forged checkpoint made replay raise {exc!r} (a full replay: {oracle[0]!r:.80})"
            )
    if isinstance(got[0], tuple):  # an error: the log's kind of error, never another
        assert got[0][1] in ("EventLogError", "SchemaVersionError")


# -- the state machine: any sequence of operations ---------------------------------------


class Operations(RuleBasedStateMachine):
    """A log, its checkpoint, and everything that may happen to either."""

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="lunamission-checkpoint-review-"))
        self.path = self.dir / "log.jsonl"
        self.path.write_bytes(HEADER)
        self.checkpoint = self.dir / ("log.jsonl" + CHECKPOINT)
        self.kept: bytes | None = None
        self.bad = 0

    def teardown(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)

    def _event_lines(self) -> list[bytes]:
        return self.path.read_bytes().split(b"\n")[1:-1]

    # writing

    @rule(added=st.lists(events, max_size=4))
    def extend(self, added: list[Event]) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", lm.LogRecoveryWarning)
            with suppress(lm.EventLogError):  # a header of a newer schema: refused
                EventLog(self.path).extend(added)

    @rule()
    def start_afresh(self) -> None:
        """The log emptied to its header, its checkpoint left as it was."""
        self.path.write_bytes(HEADER)

    def _append(self, *lines: bytes) -> None:
        """Append as an EventLog does: a torn last line is set aside first."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", lm.LogRecoveryWarning)
            with suppress(lm.EventLogError):  # a header of a newer schema: refused
                EventLog(self.path)._write_bodies(list(lines))

    @rule(line=st.sampled_from(sorted(ODD)))
    def append_line(self, line: str) -> None:
        self._append(ODD[line].encode())

    @rule(line=st.sampled_from(sorted(BAD)))
    def append_bad_line(self, line: str) -> None:
        if self.bad < 2:  # a bad line spoils every replay until it is cut off
            self.bad += 1
            self._append(BAD[line].encode("utf-8", "surrogatepass"))

    @rule(data=st.data())
    def repeat_line(self, data: st.DataObject) -> None:
        lines = self._event_lines()
        if lines:
            self._append(data.draw(st.sampled_from(lines)))

    @rule(fragment=st.binary(min_size=1, max_size=30).filter(lambda b: b"\n" not in b))
    def torn(self, fragment: bytes) -> None:
        _bytes(fragment)(self.path)

    @rule(data=st.data())
    def truncate_to_a_line(self, data: st.DataObject) -> None:
        lines = self._event_lines()
        _truncate_to(data.draw(st.integers(0, len(lines))))(self.path)

    @rule(data=st.data())
    def cut_anywhere(self, data: st.DataObject) -> None:
        content = self.path.read_bytes()
        at = data.draw(st.integers(len(HEADER), len(content)))
        self.path.write_bytes(content[:at])

    @rule(data=st.data())
    def rewrite_same_length(self, data: st.DataObject) -> None:
        """Another last digit of one line's id: the log keeps its length."""
        content = self.path.read_bytes()
        ends = [m.end() - 3 for m in re.finditer(rb'"id":"ev-[0-9a-f]{16}"}\n', content)]
        if ends:
            at = data.draw(st.sampled_from(ends))
            digit = b"7" if content[at : at + 1] != b"7" else b"e"
            self.path.write_bytes(content[:at] + digit + content[at + 1 :])

    @rule(
        text=st.sampled_from(
            [
                '{"format": "lunamission-event-log", "schema_version": 1}',
                '{"format":"lunamission-event-log","schema_version":1}',
                '{"format":"lunamission-event-log","schema_version":2}',
            ]
        )
    )
    def header(self, text: str) -> None:
        _header(text)(self.path)

    # the checkpoint

    @rule(data=st.data())
    def damage_checkpoint(self, data: st.DataObject) -> None:
        if self.checkpoint.exists():
            content = bytearray(self.checkpoint.read_bytes())
            at = data.draw(st.integers(0, len(content) - 1))
            content[at] ^= data.draw(st.integers(1, 255))
            self.checkpoint.write_bytes(bytes(content))

    @rule()
    def delete_checkpoint(self) -> None:
        self.checkpoint.unlink(missing_ok=True)

    @rule()
    def keep_checkpoint(self) -> None:
        if self.checkpoint.exists():
            self.kept = self.checkpoint.read_bytes()

    @rule()
    def restore_kept_checkpoint(self) -> None:
        if self.kept is not None:
            self.checkpoint.write_bytes(self.kept)

    @rule(added=st.lists(events, max_size=2))
    def checkpoint_of_another_log(self, added: list[Event]) -> None:
        """The checkpoint of another log: this one with a line changed (same
        length), then maybe longer."""
        other = self.dir / "other" / self.path.name
        other.parent.mkdir(exist_ok=True)
        shutil.copyfile(self.path, other)
        _same_length_other_bytes(other)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", lm.LogRecoveryWarning)
            with suppress(lm.EventLogError):
                EventLog(other).extend(added)
            with suppress(lm.EventLogError):
                EventLog(other).replay()
        made = other.parent / (other.name + CHECKPOINT)
        if made.exists():
            shutil.copyfile(made, self.checkpoint)

    # reading

    @rule(chunk=st.sampled_from([1, 5, 64, 1 << 20]))
    def replay_in_small_chunks(self, chunk: int) -> None:
        old = eventlog._CHUNK
        eventlog._CHUNK = chunk
        try:
            _agrees(self.path)
        finally:
            eventlog._CHUNK = old

    @invariant()
    def replays_agree(self) -> None:
        _agrees(self.path)


def test_any_sequence_of_operations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
    _watch_uses(monkeypatch)
    USED.clear()
    run_state_machine_as_test(
        Operations,
        settings=settings(
            max_examples=60,
            stateful_step_count=12,
            deadline=None,
            phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking takes minutes
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
    assert len(USED) > 20  # the sequences did reach checkpoints in use (typically 200-400)
