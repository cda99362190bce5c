"""The column journal: a large write leaves the columns of its lines beside the
log (``<log>.columns``), and a replay takes them instead of checking those lines
again, but only while the log still holds exactly the bytes a record names.

Every replay here is compared with one that checks every line
(``checkpoint=False``), and the lines the scanner read are counted, so that a
journal that silently stopped being used, or was used where it no longer
applies, fails a test.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import pickle
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from samples import count_scanned_lines
from strategies import events as any_event

from lunamission import Event, EventLog, EventLogError, Timeline, Timestamp, _journal, eventlog
from lunamission._rows import Rows

iso = Timestamp.from_iso
MISSIONS = ("Luna-25", "Chandrayaan-3", "Chang'e 6", "Soyuz MS-24", "Луна-25")


def batch(n: int, tag: str = "a") -> list[Event]:
    """``n`` events of every shape a log holds: minute, day, month and year
    precision, hedged and bounded times, undated events, revisions, and a few
    lines with JSON escapes."""
    out: list[Event] = []
    start = datetime(2023, 3, 1, 6, 0)
    for i in range(n):
        when: Timestamp | None
        shape = i % 6
        moment = start + timedelta(hours=7 * i)
        if shape == 0:
            when = iso(moment.strftime("%Y-%m-%dT%H:%M+03:00[Europe/Moscow]"))
        elif shape == 1:
            when = iso(moment.strftime("%Y-%m-%d[Asia/Kolkata]"))
        elif shape == 2:
            when = iso(moment.strftime("%Y-%m[UTC][_qualifier=not_before]"))
        elif shape == 3:
            when = iso(moment.strftime("%Y-%m-%dT%H:%M[America/New_York][_approximate=true]"))
        elif shape == 4:
            when = None
        else:
            when = iso(moment.strftime("%Y[Asia/Shanghai]"))
        summary = 'the "window" opens' if i % 97 == 0 else f"report {i}"
        out.append(
            Event(
                kind=("launch", "landing", "docking", "other")[i % 4],
                status="planned" if i % 5 == 0 else "actual",
                mission=MISSIONS[i % len(MISSIONS)],
                when=when,
                summary=summary,
                id=f"{tag}-{i:06d}",
                supersedes=f"{tag}-{i - 5:06d}" if i % 5 == 0 and i >= 5 else None,
            )
        )
    return out


@pytest.fixture
def scanned(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many lines each counted replay checked one by one."""
    return count_scanned_lines(monkeypatch)[0]


def replay(path: Path, counts: list[int]) -> Timeline:
    counts.append(0)
    return EventLog(path).replay()


def cold(path: Path, counts: list[int]) -> Timeline:
    """Every line checked (not counted)."""
    counts.append(0)
    timeline = EventLog(path, checkpoint=False).replay()
    counts.pop()
    return timeline


def same(replayed: Timeline, reference: Timeline) -> None:
    """Column for column, with the same types, and equal as timelines."""
    a, b = replayed._rows, reference._rows
    for name in Rows.__slots__:
        assert getattr(a, name) == getattr(b, name), name
        assert [type(x) for x in getattr(a, name)] == [type(x) for x in getattr(b, name)], name
    assert replayed == reference
    assert replayed.revisions == reference.revisions


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + ".columns")


# -- what a write leaves, and what a replay takes ---------------------------------


def test_a_large_write_is_replayed_from_its_journal_without_checking_a_line(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = tmp_path / "log.jsonl"
    events = batch(3000)
    EventLog(path).extend(events)
    assert journal_of(path).exists()
    replayed = replay(path, scanned)
    assert scanned == [0]
    same(replayed, cold(path, scanned))
    assert replayed.revisions == events
    lines = path.read_bytes().split(b"\n")
    escaped = sum(b"\\" in line for line in lines)
    assert escaped >= 30  # the lines with escapes are decoded in full, and still agree
    assert [type(item) for item in replayed._rows.items].count(Event) == escaped


def test_a_small_write_leaves_no_record_and_its_lines_are_checked(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = tmp_path / "log.jsonl"
    EventLog(path).extend(batch(_journal.MIN_LINES - 1))
    EventLog(path).append(batch(1, "b")[0])
    assert not journal_of(path).exists()
    same(replay(path, scanned), cold(path, scanned))
    assert scanned == [_journal.MIN_LINES]


def test_records_and_checked_lines_interleave_in_log_order(
    tmp_path: Path, scanned: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_journal, "RECORD_LINES", 700)  # several records per write
    path = tmp_path / "log.jsonl"
    log = EventLog(path)
    log.extend(batch(1500, "a"))
    for ev in batch(20, "b"):
        log.append(ev)
    log.extend(batch(1100, "c"))
    log.extend(batch(50, "d"))
    replayed = replay(path, scanned)
    assert scanned == [70]
    same(replayed, cold(path, scanned))
    assert [ev.id[0] for ev in replayed.revisions] == list(
        "a" * 1500 + "b" * 20 + "c" * 1100 + "d" * 50
    )


def test_timeline_to_eventlog_leaves_a_journal_for_replayed_and_built_events(
    tmp_path: Path, scanned: list[int]
) -> None:
    first = tmp_path / "first.jsonl"
    EventLog(first, checkpoint=False).extend(batch(1200))
    timeline = replay(first, scanned)  # its rows are checked lines
    timeline.add(
        Event(kind="impact", mission="Luna-25", when=iso("2023-08-19T14:57+03:00[Europe/Moscow]"))
    )
    copy = tmp_path / "copy.jsonl"
    timeline.to_eventlog(copy)
    assert journal_of(copy).exists()
    replayed = replay(copy, scanned)
    assert scanned == [1200, 0]
    same(replayed, cold(copy, scanned))


def test_checkpoint_false_neither_writes_nor_reads_a_journal(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = tmp_path / "log.jsonl"
    EventLog(path, checkpoint=False).extend(batch(1500))
    assert not journal_of(path).exists()
    other = tmp_path / "other.jsonl"
    EventLog(other).extend(batch(1500))
    scanned.append(0)
    EventLog(other, checkpoint=False).replay()
    assert scanned[-1] == 1500


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(any_event, min_size=1, max_size=8), min_size=1, max_size=4),
    st.integers(1, 5),
)
def test_any_events_replayed_from_their_journal_equal_every_line_checked(
    tmp_path_factory: pytest.TempPathFactory, writes: list[list[Event]], per_record: int
) -> None:
    """Events of every shape hypothesis finds (escapes, far years, odd zones,
    repeated lines), written in several batches: the journal's columns are the
    columns checking each line gives, and only lines with escapes are decoded."""
    path = tmp_path_factory.mktemp("log") / "log.jsonl"
    counts: list[int] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_journal, "MIN_LINES", 1)
        patch.setattr(_journal, "RECORD_LINES", per_record)
        seen: dict[str, Event] = {}
        for written in writes:
            fresh = [ev for ev in written if seen.setdefault(ev.id, ev) == ev]
            EventLog(path).extend(fresh)
        scan = eventlog.scan_chunk

        def counting(data: bytes, *args: Any) -> None:
            counts.append(data.count(b"\n"))
            scan(data, *args)

        patch.setattr(eventlog, "scan_chunk", counting)
        replayed = EventLog(path).replay()
    assert counts == []
    same(replayed, EventLog(path, checkpoint=False).replay())


# -- a journal that no longer tells the truth is not used --------------------------


def test_a_line_changed_in_place_is_read_from_the_log_not_the_journal(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = tmp_path / "log.jsonl"
    EventLog(path).extend(batch(1500))
    data = path.read_bytes()
    changed = data.replace(b'"mission":"Luna-25"', b'"mission":"Luna-26"', 1)
    assert changed != data and len(changed) == len(data)
    path.write_bytes(changed)
    replayed = replay(path, scanned)
    assert scanned == [1500]
    same(replayed, cold(path, scanned))
    assert replayed.revisions[0].mission == "Luna-26"


def test_an_invalid_line_is_still_an_error_with_a_journal_beside_it(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = tmp_path / "log.jsonl"
    EventLog(path).extend(batch(1500))
    data = path.read_bytes()
    wrong = data.replace(b'"local":"2023-03-01T06', b'"local":"2023-02-30T06', 1)  # no such day
    assert wrong != data
    path.write_bytes(wrong)
    with pytest.raises(EventLogError, match="line 2: not an event"):
        replay(path, scanned)


def test_a_log_created_afresh_empties_the_old_journal(tmp_path: Path, scanned: list[int]) -> None:
    path = tmp_path / "log.jsonl"
    EventLog(path).extend(batch(1500, "old"))
    path.unlink()
    EventLog(path).extend(batch(1200, "new"))
    records = _journal.read(journal_of(path), log_size=path.stat().st_size)
    assert len(records) == 1
    replayed = replay(path, scanned)
    assert scanned == [0]
    assert {ev.id[:3] for ev in replayed.revisions} == {"new"}


def test_a_torn_record_is_passed_over_and_later_records_still_count(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = tmp_path / "log.jsonl"
    log = EventLog(path)
    log.extend(batch(1100, "a"))
    journal = journal_of(path)
    whole = journal.read_bytes()
    journal.write_bytes(whole[: len(whole) // 2])  # a crash while the record was written
    log.extend(batch(1300, "b"))
    replayed = replay(path, scanned)
    assert scanned == [1100]
    same(replayed, cold(path, scanned))


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda b: b[:-1] + bytes([b[-1] ^ 1]), id="seal"),
        pytest.param(lambda b: b.replace(b'"lines":1200', b'"lines":1199', 1), id="line count"),
        pytest.param(lambda b: b.replace(b'"start":', b'"start":1', 1), id="start"),
        pytest.param(lambda b: b"\0" * len(b), id="zeros"),
        pytest.param(lambda b: b"", id="empty"),
    ],
)
def test_a_damaged_journal_is_ignored(tmp_path: Path, scanned: list[int], damage: Any) -> None:
    path = tmp_path / "log.jsonl"
    EventLog(path).extend(batch(1200))
    journal = journal_of(path)
    journal.write_bytes(damage(journal.read_bytes()))
    replayed = replay(path, scanned)
    assert scanned == [1200]
    same(replayed, cold(path, scanned))


def test_a_forged_record_that_misplaces_a_line_is_not_used(
    tmp_path: Path, scanned: list[int]
) -> None:
    """A record sealed again after its range was moved names bytes whose SHA-256
    is not the one it gives."""
    path = tmp_path / "log.jsonl"
    EventLog(path).extend(batch(1200))
    journal = journal_of(path)
    head, _, rest = journal.read_bytes().partition(b"\n")
    moved = head.replace(b'"start":54', b'"start":55')
    body = moved + b"\n" + rest[:-32]
    journal.write_bytes(body + hashlib.sha256(body).digest())
    same(replay(path, scanned), cold(path, scanned))
    assert scanned == [1200]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_reading_any_damage_to_a_journal_never_raises(data: st.DataObject) -> None:
    """Cut, flipped or spliced bytes: the records whose seals still hold, never an
    exception."""
    events = batch(40)
    lines = [ev.model_dump_json().encode() for ev in events]
    first = _journal.records(_journal.prepare(lines[:20]), start=54)
    at = 54 + sum(len(line) + 1 for line in lines[:20])
    second = _journal.records(_journal.prepare(lines[20:]), start=at)
    whole = b"".join(first + second)
    cut = data.draw(st.integers(0, len(whole)))
    at = data.draw(st.integers(0, len(whole) - 1))
    damaged = data.draw(
        st.sampled_from(
            [
                whole[:cut],
                whole[:at] + bytes([whole[at] ^ 0x20]) + whole[at + 1 :],
                whole[:cut] + whole,
                data.draw(st.binary(max_size=300)) + whole[cut:],
            ]
        )
    )
    found = _journal.parse_records(damaged, log_size=10**6)
    assert len(found) <= 4  # the two records, twice at most (a splice)
    assert all(record.lines == 20 for record in found)


def test_a_file_that_is_no_journal_is_never_written_to(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    journal = journal_of(path)
    journal.write_text("my notes\n")
    EventLog(path).extend(batch(1500))
    assert journal.read_text() == "my notes\n"
    assert EventLog(path).replay() == EventLog(path, checkpoint=False).replay()


def test_a_torn_log_tail_after_a_journaled_write_keeps_every_earlier_event(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = tmp_path / "log.jsonl"
    EventLog(path).extend(batch(1100))
    with open(path, "ab") as out:
        out.write(b'{"kind":"launch","status":"act')
    with pytest.warns(eventlog.LogRecoveryWarning, match="line 1102"):
        replayed = replay(path, scanned)
    assert scanned == [0]
    assert len(replayed.revisions) == 1100


# -- events pydantic did not validate ----------------------------------------------


def test_a_journal_vouches_for_lines_not_for_objects(tmp_path: Path, scanned: list[int]) -> None:
    """``model_construct`` skips validation; the journal judges the line written,
    as a replay would: a valid line ("launch" given as text) is recorded."""
    path = tmp_path / "log.jsonl"
    events = batch(1100)
    events[7] = Event.model_construct(
        **{**dict(events[7]), "kind": "launch"}
    )  # a str, not the member
    with pytest.warns(UserWarning, match="serialized value may not be as expected"):
        EventLog(path).extend(events)  # pydantic's own warning about the enum
    assert len(_journal.read(journal_of(path), log_size=path.stat().st_size)) == 1
    same(replay(path, scanned), cold(path, scanned))
    assert scanned == [0]


def test_an_event_with_an_id_of_the_wrong_type_is_still_refused_at_replay(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = tmp_path / "log.jsonl"
    events = batch(1100)
    events[3] = Event.model_construct(**{**dict(events[3]), "id": 1969})
    with pytest.warns(UserWarning, match="serialized value may not be as expected"):
        EventLog(path).extend(events)
    assert _journal.read(journal_of(path), log_size=path.stat().st_size) == {}
    with pytest.raises(EventLogError, match="line 5: not an event"):
        replay(path, scanned)


# -- writers in several processes ---------------------------------------------------


def _extend_many(path: str, tag: str) -> None:
    log = EventLog(path)
    for part in range(3):
        log.extend(batch(1100, f"{tag}{part}"))


def test_two_processes_writing_large_batches_leave_records_for_each(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = tmp_path / "busy.jsonl"
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_extend_many, args=(str(path), t)) for t in "xy"]
    for proc in workers:
        proc.start()
    for proc in workers:
        proc.join(timeout=300)
        assert proc.exitcode == 0
    replayed = replay(path, scanned)
    assert scanned == [0]
    same(replayed, cold(path, scanned))
    assert len(replayed.revisions) == 6 * 1100


# -- the checkpoint a journaled replay leaves ---------------------------------------


def test_a_window_query_keeps_the_view_of_a_journaled_replay(
    tmp_path: Path, scanned: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
    path = tmp_path / "log.jsonl"
    EventLog(path).extend(batch(1500))
    checkpoint = path.with_name(path.name + ".checkpoint")
    first = replay(path, scanned)
    assert not checkpoint.exists()  # the replay sorted nothing
    assert len(first.filter(kind="launch")) > 0
    assert not checkpoint.exists()  # no window index yet
    window = first.filter(start="2023-06-01T00:00Z", end="2023-07-01T00:00Z")
    assert checkpoint.exists()
    again = replay(path, scanned)
    assert scanned == [0, 0]
    assert again._ready is not None  # the kept view, taken at the first query
    assert again.filter(start="2023-06-01T00:00Z", end="2023-07-01T00:00Z") == window
    same(again, cold(path, scanned))


def test_an_event_added_before_the_first_window_query_keeps_no_checkpoint(
    tmp_path: Path, scanned: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
    path = tmp_path / "log.jsonl"
    EventLog(path).extend(batch(1500))
    timeline = replay(path, scanned)
    timeline.add(
        Event(kind="impact", mission="Luna-25", when=iso("2023-08-19T14:57+03:00[Europe/Moscow]"))
    )
    timeline.filter(start="2023-08-19T00:00Z", end="2023-08-20T00:00Z")
    assert not path.with_name(path.name + ".checkpoint").exists()


def test_a_journaled_replay_pickles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
    path = tmp_path / "log.jsonl"
    EventLog(path).extend(batch(1100))
    timeline = EventLog(path).replay()
    assert pickle.loads(pickle.dumps(timeline)) == timeline


def test_records_a_checkpoint_covers_are_not_read_again(
    tmp_path: Path, scanned: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
    path = tmp_path / "log.jsonl"
    EventLog(path).extend(batch(1100, "a"))
    replay(path, scanned).filter(start="2023-06-01T00:00Z", end="2023-07-01T00:00Z")
    covered = len(path.read_bytes())  # the checkpoint the window query wrote covers it all
    EventLog(path).extend(batch(1200, "b"))
    journal = journal_of(path)
    data = bytearray(journal.read_bytes())
    data[len(data) // 4] ^= 0xFF  # inside the first record, which the checkpoint covers
    journal.write_bytes(bytes(data))
    found = _journal.read(journal, log_size=path.stat().st_size, after=covered)
    assert [record.start for record in found.values()] == [covered]
    replayed = replay(path, scanned)
    assert scanned == [0, 0]
    same(replayed, cold(path, scanned))


def test_a_late_window_query_leaves_a_longer_checkpoint_in_place(
    tmp_path: Path, scanned: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A timeline replayed from the journal and queried much later does not put
    back a checkpoint that covers less than the one a later replay wrote."""
    monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
    path = tmp_path / "log.jsonl"
    EventLog(path).extend(batch(1100, "a"))
    early = replay(path, scanned)  # its checkpoint waits for a window query
    EventLog(path).extend(batch(1200, "b"))
    later = replay(path, scanned)
    later.filter(start="2023-06-01T00:00Z", end="2023-07-01T00:00Z")
    checkpoint = path.with_name(path.name + ".checkpoint")
    written = checkpoint.read_bytes()
    early.filter(start="2023-06-01T00:00Z", end="2023-07-01T00:00Z")
    assert checkpoint.read_bytes() == written
    again = replay(path, scanned)
    assert scanned == [0, 0, 0]
    same(again, cold(path, scanned))


def test_the_lines_are_checked_before_the_log_is_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Other processes appending to the log wait for the lock; a bulk write holds
    it only to write and flush its lines, not while it checks them."""
    order: list[str] = []
    prepare, locked = _journal.prepare, eventlog.locked

    def preparing(bodies: Any) -> Any:
        order.append("check")
        return prepare(bodies)

    def locking(fd: int, *, exclusive: bool) -> Any:
        order.append("lock")
        return locked(fd, exclusive=exclusive)

    monkeypatch.setattr(_journal, "prepare", preparing)
    monkeypatch.setattr(eventlog, "locked", locking)
    EventLog(tmp_path / "log.jsonl").extend(batch(1100))
    assert order == ["check", "lock"]
