"""Replay checkpoints: a replay that takes columns from ``<log>.checkpoint`` gives
exactly what checking every line gives, and a checkpoint that does not match
the log, or is damaged, is never used.

lunamission/_checkpoint.py keeps what a replay found beside the log. These tests
compare every replay against one with checkpoints switched off, and count the
lines the scanner read, so that a checkpoint that silently stopped being used
would fail them too.
"""

from __future__ import annotations

import hashlib
import pickle
import struct
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from checks import installed as _installed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from samples import BASE, LANDING_PLAN, REPORTED, count_scanned_lines, seal, unseal
from strategies import events

import lunamission as lm
from lunamission import Event, EventLog, Timeline, Timestamp, _checkpoint, _lookup, eventlog
from lunamission._rows import Rows

iso = Timestamp.from_iso


@pytest.fixture
def scanned(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Checkpoints for logs of any size; the number of lines each replay scanned."""
    monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
    counts, scan = count_scanned_lines(monkeypatch)
    real_replay = EventLog.replay

    def replay(self: EventLog, **kw: Any) -> Timeline:
        if not self._checkpoint:  # the reference replay (_cold) is not counted
            with monkeypatch.context() as inner:
                inner.setattr(eventlog, "scan_chunk", scan)
                return real_replay(self, **kw)
        counts.append(0)
        return real_replay(self, **kw)

    monkeypatch.setattr(EventLog, "replay", replay)
    return counts


def _cold(path: Path) -> Timeline:
    return EventLog(path, checkpoint=False).replay()


def _same_rows(a: Rows, b: Rows) -> None:
    """Column for column, with the same types (a stamp's precision is the member)."""
    assert len(a) == len(b)
    for name in Rows.__slots__:
        left, right = getattr(a, name), getattr(b, name)
        assert left == right, name
        assert [type(x) for x in left] == [type(x) for x in right], name
    for x, y in zip(a.stamps, b.stamps, strict=True):
        assert (x is None) == (y is None)
        if x is not None and y is not None:
            assert x[1] is y[1] and type(x[0]) is type(y[0]) is float


def _same_timeline(replayed: Timeline, cold: Timeline) -> None:
    _same_rows(replayed._rows, cold._rows)
    assert replayed == cold
    assert replayed.revisions == cold.revisions
    assert replayed.undated == cold.undated
    for ev in cold.revisions:
        assert repr(replayed.get(ev.id)) == repr(ev)
    start, end = "1990-01-01T00:00Z", "2040-01-01T00:00Z"
    assert list(replayed.filter(start=start, end=end)) == list(cold.filter(start=start, end=end))


# -- a checkpoint in use gives what checking every line gives -----------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(events, min_size=1, max_size=10, unique_by=lambda e: e.id),
    st.lists(events, max_size=6, unique_by=lambda e: e.id),
    st.integers(1, 300),
)
def test_replays_through_a_checkpoint_equal_replays_of_every_line(
    tmp_path_factory: pytest.TempPathFactory, first: list[Event], later: list[Event], chunk: int
) -> None:
    later = [ev for ev in later if ev.id not in {e.id for e in first}]
    path = tmp_path_factory.mktemp("log") / "log.jsonl"
    log = EventLog(path)
    log.extend(first)
    counts: list[int] = []
    scan = eventlog.scan_chunk

    def counting(data: bytes, *args: Any) -> None:
        counts.append(data.count(b"\n"))
        scan(data, *args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
        patch.setattr(eventlog, "_CHUNK", chunk)
        patch.setattr(eventlog, "scan_chunk", counting)
        # Every line, then the checkpoint and the new lines, then the checkpoint alone.
        for added, expect_scanned in (([], len(first)), (later, len(later)), ([], 0)):
            log.extend(added)
            counts.clear()
            replayed = log.replay()
            assert sum(counts) == expect_scanned
            _same_timeline(replayed, _cold(path))


def test_a_replay_through_a_checkpoint_answers_every_query_the_same(
    tmp_path: Path, scanned: list[int]
) -> None:
    plan = LANDING_PLAN
    written = [
        *REPORTED,
        Event(
            kind="other", mission="Chandrayaan-3", summary="no date given", recorded="2023-08-23"
        ),
        Event(
            kind="launch",
            mission="SLIM",
            when=iso("2023-08[Asia/Tokyo]").model_copy(update={"qualifier": "not_before"}),
        ),
    ]
    path = tmp_path / "log.jsonl"
    EventLog(path).extend(written)
    EventLog(path).replay()
    replayed = EventLog(path).replay()
    assert scanned == [len(written), 0]
    cold = Timeline(written)
    _same_timeline(replayed, _cold(path))
    assert replayed.history(plan.id) == cold.history(plan.id)
    assert replayed.as_of("2023-08-15", unrecorded="include") == cold.as_of(
        "2023-08-15", unrecorded="include"
    )
    assert list(replayed.filter(kind="launch", mission="luna 25")) == list(
        cold.filter(kind="launch", mission="luna 25")
    )
    assert replayed.to_csv() == cold.to_csv()


# Lines a checkpoint marks to be decoded in full: off the plain layout.
ODD = [
    pytest.param('"summary":"launch"', '"summary":"la\\u0075nch \\"quoted\\""', id="escapes"),
    pytest.param('"tz":"Europe/Moscow"', '"tz":"europe/moscow"', id="zone in lower case"),
    pytest.param('"mission":"Luna-25"', '"mission":"Луна-25 \\ud83d\\ude80"', id="non-ASCII"),
    pytest.param('"id":"', '"id":"line\\nbreak-', id="newline in the id"),
    pytest.param(',"site":null', ', "site" : null', id="spaces"),
]


@pytest.mark.parametrize(("old", "new"), ODD)
def test_lines_read_in_full_are_read_in_full_again(
    tmp_path: Path, scanned: list[int], old: str, new: str
) -> None:
    line = BASE.model_dump_json()
    assert old in line
    other = Event(kind="other", mission="SLIM").model_dump_json()
    path = tmp_path / "log.jsonl"
    plain = BASE.model_copy(update={"id": "ev-plain"}).model_dump_json()
    path.write_text(eventlog.header_line() + f"{other}\n{line.replace(old, new)}\n{plain}\n")
    EventLog(path).replay()
    replayed = EventLog(path).replay()
    assert scanned == [3, 0]
    _same_timeline(replayed, _cold(path))
    assert type(replayed._rows.items[1]) is Event  # kept built, as a cold replay keeps it


# -- when a checkpoint is written ---------------------------------------------------------


def test_a_small_log_gets_no_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    EventLog(path).append(BASE)
    EventLog(path).replay()
    assert not (tmp_path / "log.jsonl.checkpoint").exists()


def test_checkpoints_can_be_switched_off(
    tmp_path: Path, scanned: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "log.jsonl"
    EventLog(path).append(BASE)
    EventLog(path, checkpoint=False).replay()
    assert not (tmp_path / "log.jsonl.checkpoint").exists()
    EventLog(path).replay()
    assert (tmp_path / "log.jsonl.checkpoint").exists()

    def unread(*args: Any, **kw: Any) -> None:
        raise AssertionError("checkpoint read")

    monkeypatch.setattr(_checkpoint, "read", unread)
    assert EventLog(path, checkpoint=False).replay() == Timeline([BASE])


def test_a_checkpoint_that_cannot_be_written_is_left_out(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = tmp_path / "log.jsonl"
    EventLog(path).append(BASE)
    (tmp_path / "log.jsonl.checkpoint").mkdir()  # in the way of the rename
    assert EventLog(path).replay() == Timeline([BASE])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.jsonl", "log.jsonl.checkpoint"]


def test_errors_and_torn_lines_after_a_checkpoint_keep_their_line_numbers(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = tmp_path / "log.jsonl"
    log = EventLog(path)
    log.extend([BASE, Event(kind="other")])
    log.replay()
    with open(path, "ab") as out:
        out.write(b'{"kind":"launch"')  # torn by a crash
    with pytest.warns(lm.LogRecoveryWarning, match="line 4"):
        assert log.replay() == Timeline([BASE, Event(kind="other")])
    path.write_bytes(path.read_bytes() + b"not json\n")
    with pytest.raises(lm.EventLogError, match="line 4: not JSON") as info:
        log.replay()
    assert info.value.code == "corrupt_line"


def test_a_duplicate_id_after_a_checkpoint_names_both_lines(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = tmp_path / "log.jsonl"
    log = EventLog(path)
    log.extend([Event(kind="other"), BASE])
    log.replay()
    log.append(BASE.model_copy(update={"summary": "another report"}))
    with pytest.raises(lm.EventLogError) as info:
        log.replay()
    assert info.value.code == "duplicate_id"
    assert "line 4" in str(info.value) and "(line 3)" in str(info.value)
    assert scanned[-1] == 1


# -- a checkpoint that does not fit the log, or is damaged, is not used -------------------


def _written(tmp_path: Path, scanned: list[int]) -> Path:
    path = tmp_path / "log.jsonl"
    EventLog(path).extend(
        [
            BASE,
            Event(kind="impact", mission="Luna-25", when=iso("2023-08-19[Europe/Moscow]")),
            Event(kind="other", mission="Chang'e-6"),
        ]
    )
    EventLog(path).replay()
    assert (tmp_path / "log.jsonl.checkpoint").exists()
    scanned.clear()
    return path


def test_a_log_changed_under_its_checkpoint_is_read_line_by_line(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = _written(tmp_path, scanned)
    text = path.read_text()
    path.write_text(text.replace("Chang'e-6", "Chang'e-5"))  # same length, other bytes
    replayed = EventLog(path).replay()
    assert scanned == [3]
    assert sorted(replayed.missions()) == ["Chang'e-5", "Luna-25"]
    _same_timeline(replayed, _cold(path))
    EventLog(path).replay()
    assert scanned == [3, 0]  # and the new checkpoint fits the new log


def test_a_log_shorter_than_its_checkpoint_is_read_line_by_line(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = _written(tmp_path, scanned)
    path.write_text(eventlog.header_line() + BASE.model_dump_json() + "\n")
    assert EventLog(path).replay() == Timeline([BASE])
    assert scanned == [1]


def _rewrite(path: Path, change: Callable[[dict[str, Any], dict[str, bytes]], None]) -> None:
    """Change a checkpoint's header or sections and seal it again with a right digest."""
    header, sections = unseal(path)
    declared = header["sections"]
    change(header, sections)
    if header["sections"] is declared:  # the lengths of the sections as they are now
        header["sections"] = [[name, len(part)] for name, part in sections.items()]
    seal(path, header, sections)


def _set(key: str, value: Any) -> Callable[[dict[str, Any], dict[str, bytes]], None]:
    def change(header: dict[str, Any], sections: dict[str, bytes]) -> None:
        header[key] = value

    return change


def _section(name: str, part: bytes) -> Callable[[dict[str, Any], dict[str, bytes]], None]:
    def change(header: dict[str, Any], sections: dict[str, bytes]) -> None:
        sections[name] = part

    return change


def _view(key: str, value: Any) -> Callable[[dict[str, Any], dict[str, bytes]], None]:
    def change(header: dict[str, Any], sections: dict[str, bytes]) -> None:
        header["view"][key] = value

    return change


def _shape(field: int, value: Any) -> Callable[[dict[str, Any], dict[str, bytes]], None]:
    def change(header: dict[str, Any], sections: dict[str, bytes]) -> None:
        header["view"]["shapes"][0][field] = value

    return change


def _drop_zones(header: dict[str, Any], sections: dict[str, bytes]) -> None:
    sections["zones"] = b"\xff\xff\xff\xff" * 3  # dated rows without a zone


SEALED = [
    pytest.param(_set("version", 99), id="another format version"),
    pytest.param(_set("lunamission", "0.0.1"), id="another lunamission"),
    pytest.param(_set("zone_data", "2015.7/2015g"), id="another tz database"),
    pytest.param(_set("byteorder", "middle"), id="another byte order"),
    pytest.param(_set("covered", 10**9), id="covers more than the log"),
    pytest.param(_set("covered", "all"), id="covered not a number"),
    pytest.param(_set("lines", 2), id="fewer lines than it holds"),
    pytest.param(_set("sha256", "00" * 32), id="digest of other bytes"),
    pytest.param(_set("sha256", "zz" * 32), id="digest not hex"),
    pytest.param(_set("full", [7]), id="a row past the end"),
    pytest.param(_set("full", [1, 1]), id="a row twice"),
    pytest.param(_set("missions", [1, 2]), id="names not text"),
    pytest.param(_set("sections", [["kinds", 3]]), id="sections missing"),
    pytest.param(_section("kinds", b"\x00\x01\xee"), id="no such kind"),
    pytest.param(_section("statuses", b"\x00\x00"), id="a column too short"),
    pytest.param(_section("hedges", b"\x00\x00\x09"), id="no such hedge"),
    pytest.param(_section("precisions", b"\x00\x40\xff"), id="no such precision"),
    pytest.param(_section("missions", b"\x09\x00\x00\x00" * 3), id="no such mission"),
    pytest.param(_section("starts", b"\x00" * 23), id="starts cut short"),
    pytest.param(_section("ids", b"ev-1\nev-2"), id="ids missing"),
    pytest.param(_section("locals", b"\xff\n\n"), id="locals not UTF-8"),
    pytest.param(_drop_zones, id="a time without a zone"),
    pytest.param(_set("view", {"dated": 2}), id="view not described"),
    pytest.param(_view("dated", 3), id="view counts that do not add up"),
    pytest.param(_shape(3, "wide"), id="a shape's width not a number"),
    pytest.param(_shape(1, 1), id="a shape's sort not a flag"),
    pytest.param(_shape(0, 99), id="no such shape"),
    pytest.param(_shape(1, True), id="a shape sorted by the wrong end"),
    pytest.param(
        _section("dated", b"\x07\x00\x00\x00\x00\x00\x00\x00"), id="dated row past the end"
    ),
    pytest.param(_section("undated", b"\xff\xff\xff\xff"), id="undated row negative"),
    pytest.param(_section("index_pos", b"\x00\x00\x00\x00" * 2 + b"\x00"), id="index cut short"),
    pytest.param(
        _section("index_pos", b"\x00\x00\x00\x00\x05\x00\x00\x00"), id="index past the view"
    ),
]


def _start(value: float) -> Callable[[dict[str, Any], dict[str, bytes]], None]:
    def change(header: dict[str, Any], sections: dict[str, bytes]) -> None:
        sections["starts"] = struct.pack("=d", value) + sections["starts"][8:]

    return change


def _first_byte(name: str, value: int) -> Callable[[dict[str, Any], dict[str, bytes]], None]:
    def change(header: dict[str, Any], sections: dict[str, bytes]) -> None:
        sections[name] = bytes([value]) + sections[name][1:]

    return change


def _zone_renamed(header: dict[str, Any], sections: dict[str, bytes]) -> None:
    header["zones"] = ["Nowhere/Atlantis" if z == "Europe/Moscow" else z for z in header["zones"]]


def _wall_cut(header: dict[str, Any], sections: dict[str, bytes]) -> None:
    sections["locals"] = b"2023-08-11" + sections["locals"][len(b"2023-08-11T02:10:00+03:00") :]


# Sealed again after a change that contradicts the log in a way replay sees
# column-wide (rows: 0 dated launch, 1 dated impact, 2 undated).
CONTRADICTING = [
    pytest.param(_start(float("nan")), id="start not a number"),
    pytest.param(_start(1e300), id="start past every year"),
    pytest.param(_first_byte("precisions", 255), id="a dated row marked undated"),
    pytest.param(_zone_renamed, id="a zone that does not exist"),
    pytest.param(_wall_cut, id="a wall clock cut short"),
]


@pytest.mark.parametrize("change", SEALED + CONTRADICTING)
def test_a_checkpoint_that_does_not_hold_together_is_not_used(
    tmp_path: Path, scanned: list[int], change: Callable[[dict[str, Any], dict[str, bytes]], None]
) -> None:
    path = _written(tmp_path, scanned)
    _rewrite(tmp_path / "log.jsonl.checkpoint", change)
    _same_timeline(EventLog(path).replay(), _cold(path))
    assert scanned == [3]


# What a crash or a bad disk leaves (replaced by the next replay), and files that
# are no checkpoint at all (ignored, and kept: the replay writes none over them).
DAMAGED = [
    pytest.param(lambda data: b"", True, id="empty"),
    pytest.param(lambda data: bytes(len(data)), True, id="zeros"),
    pytest.param(lambda data: data[:-1], True, id="cut short"),
    pytest.param(
        lambda data: data[:100] + bytes([data[100] ^ 1]) + data[101:], True, id="a bit flipped"
    ),
    pytest.param(lambda data: b"not a checkpoint\n" + bytes(40), False, id="another file"),
    pytest.param(
        lambda data: b"[1,2]\n" + hashlib.sha256(b"[1,2]\n").digest(),
        False,
        id="header not an object",
    ),
    pytest.param(
        lambda data: b"{\n" + hashlib.sha256(b"{\n").digest(), False, id="header not JSON"
    ),
]


@pytest.mark.parametrize(("damage", "replaced"), DAMAGED)
def test_a_damaged_checkpoint_is_not_used(
    tmp_path: Path, scanned: list[int], damage: Callable[[bytes], bytes], replaced: bool
) -> None:
    path = _written(tmp_path, scanned)
    checkpoint = tmp_path / "log.jsonl.checkpoint"
    damaged = damage(checkpoint.read_bytes())
    checkpoint.write_bytes(damaged)
    _same_timeline(EventLog(path).replay(), _cold(path))
    EventLog(path).replay()
    assert scanned == ([3, 0] if replaced else [3, 3])
    assert (checkpoint.read_bytes() == damaged) is not replaced


def test_reading_a_checkpoint_of_the_same_log_needs_no_scanner(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = _written(tmp_path, scanned)
    found = _checkpoint.read(tmp_path / "log.jsonl.checkpoint", log_size=path.stat().st_size)
    assert found is not None
    assert found.covered == path.stat().st_size and found.lines == 3
    assert found.digest == hashlib.sha256(path.read_bytes()).digest()
    assert _checkpoint.read(tmp_path / "log.jsonl.checkpoint", log_size=found.covered - 1) is None


# -- the view and window index kept with the columns -------------------------------------

# Windows over the sample reports, each asked with both matches.
WINDOWS = [
    ("2023-08-11T00:00Z", "2023-08-12T00:00Z"),
    ("2023-08-19T11:00Z", "2023-08-19T12:30Z"),
    ("2023-08-21T00:00+03:00", "2023-08-22T00:00+03:00"),
    ("2023-07-01T00:00Z", "2023-09-01T00:00Z"),
    ("1957-10-04T00:00Z", "2030-01-01T00:00Z"),
]


def _queries(timeline: Timeline) -> list[list[str]]:
    answers = [
        [ev.id for ev in timeline.filter(start=start, end=end, match=match)]
        for start, end in WINDOWS
        for match in ("possibly", "definitely")
    ]
    answers.append([ev.id for ev in timeline.filter(start="2023-08-15T00:00Z")])
    answers.append([ev.id for ev in timeline.filter(end="2023-08-15T00:00Z", kind="launch")])
    answers.append([ev.id for ev in timeline])
    return answers


def _reports(tmp_path: Path) -> Path:
    path = tmp_path / "log.jsonl"
    EventLog(path).extend([*REPORTED, BASE.model_copy(update={"id": "ev-again"})])
    return path


def test_a_replay_through_a_checkpoint_takes_the_view_and_index_built_before(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = _reports(tmp_path)
    first = EventLog(path).replay()  # builds them, to keep them in the checkpoint
    replayed = EventLog(path).replay()
    assert scanned == [len(REPORTED) + 1, 0]
    assert _installed(replayed) and not _installed(_cold(path))
    assert replayed._split() == first._split() == _cold(path)._split()
    assert _queries(replayed) == _queries(first) == _queries(_cold(path))


def test_lines_appended_since_the_checkpoint_are_merged_into_the_view_kept(
    tmp_path: Path, scanned: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _reports(tmp_path)
    EventLog(path).replay()
    moved = Event(
        kind="landing",
        mission="Luna-25",
        status="planned",
        when=iso("2023-08-25[Europe/Moscow]"),
        supersedes=LANDING_PLAN.id,
    )
    EventLog(path).extend([moved, Event(kind="other", mission="SLIM")])
    monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 1 << 30)  # the old one stays
    replayed = EventLog(path).replay()
    assert scanned[-1] == 2 and _installed(replayed)
    assert replayed._split() == _cold(path)._split()
    assert _queries(replayed) == _queries(_cold(path))
    assert LANDING_PLAN.id not in _queries(replayed)[-1]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(events, min_size=1, max_size=12, unique_by=lambda e: e.id),
    st.lists(events, max_size=8, unique_by=lambda e: e.id),
    st.data(),
)
def test_a_view_merged_with_appended_lines_is_the_view_built_afresh(
    tmp_path_factory: pytest.TempPathFactory,
    covered: list[Event],
    appended: list[Event],
    data: st.DataObject,
) -> None:
    appended = [ev for ev in appended if ev.id not in {e.id for e in covered}]
    # Some appended events revise covered ones, or each other, or are revised by them.
    targets = [ev.id for ev in covered + appended]
    revisions = [
        Event(
            **{**ev.model_dump(exclude={"id"}), "supersedes": data.draw(st.sampled_from(targets))}
        )
        for ev in data.draw(st.lists(st.sampled_from(covered + appended), max_size=4))
    ]
    path = tmp_path_factory.mktemp("log") / "log.jsonl"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
        EventLog(path).extend(covered)
        EventLog(path).replay()  # the checkpoint, with the view of the covered lines
        patch.setattr(eventlog, "_CHECKPOINT_BYTES", 1 << 30)
        unique = {ev.id: ev for ev in appended + revisions}
        EventLog(path).extend(list(unique.values()))
        replayed = EventLog(path).replay()
    cold = _cold(path)
    assert _installed(replayed) or len(unique) * 8 > len(cold._split()[0]) + 64
    assert replayed._split() == cold._split()
    assert _queries(replayed) == _queries(cold)
    start, end = "1900-01-01T00:00Z", "2100-01-01T00:00Z"
    for match in ("possibly", "definitely"):
        assert list(replayed.filter(start=start, end=end, match=match)) == list(
            cold.filter(start=start, end=end, match=match)
        )


def test_many_appended_lines_of_one_shape_are_merged_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past a few new intervals of one shape (here 16), the shape is sorted
    again rather than added to one by one; past an eighth of the view, the view
    is built afresh."""
    monkeypatch.setattr(_lookup, "_FEW_INSERTS", 16)
    day = date(2020, 1, 1)
    launches = [
        Event(
            kind="launch",
            mission=f"Kosmos-{n}",
            when=iso(f"{day.fromordinal(day.toordinal() + 3 * n)}[UTC]"),
        )
        for n in range(2000)
    ]
    path = tmp_path / "log.jsonl"
    monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
    EventLog(path).extend(launches[::2])
    EventLog(path).replay()
    monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 1 << 30)
    revised = [
        Event(kind="launch", mission=ev.mission, when=iso("2019-06-01T10:00Z"), supersedes=ev.id)
        for ev in launches[:40:2]
    ]
    for appended, merged in ((launches[1:200:2], True), (launches[201::2], False)):
        EventLog(path).extend([*appended, *revised[: len(appended) // 10]])
        revised = revised[len(appended) // 10 :]
        replayed, cold = EventLog(path).replay(), _cold(path)
        assert _installed(replayed) is merged
        assert replayed._split() == cold._split()
        for n in range(0, 6200, 37):
            start = datetime(2019, 6, 1, tzinfo=timezone.utc) + timedelta(days=n)
            for match in ("possibly", "definitely"):
                window = {"start": start, "end": start + timedelta(days=5), "match": match}
                assert [e.id for e in replayed.filter(**window)] == [  # type: ignore[arg-type]
                    e.id
                    for e in cold.filter(**window)  # type: ignore[arg-type]
                ]


def test_events_added_after_a_replay_are_found_by_the_next_query(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = _reports(tmp_path)
    EventLog(path).replay()
    replayed, cold = EventLog(path).replay(), _cold(path)
    late = Event(kind="landing", mission="Luna-25", when=iso("2023-08-11T12:00Z"))
    for timeline in (replayed, cold):
        timeline.filter(start="2023-08-11T00:00Z")  # the view and index in use
        timeline.add(late)
    assert late.id in _queries(replayed)[0]
    assert _queries(replayed) == _queries(cold)


def test_a_mission_registered_after_a_query_keeps_the_window_index(
    tmp_path: Path, scanned: list[int]
) -> None:
    path = _reports(tmp_path)
    EventLog(path).replay()
    replayed = EventLog(path).replay()
    windows = replayed._index().windows()
    replayed.add_mission(lm.Mission(name="Luna-25", aliases=["Luna 25", "Luna-Glob lander"]))
    launches = replayed.filter(mission="Luna-Glob lander", start="2023-08-01T00:00Z")
    assert [ev.kind.value for ev in launches] == ["launch", "launch", "impact"]
    assert replayed._index().windows() is windows


# Views sealed again after a change, for the rows BASE, LANDING_PLAN, an undated
# event and BASE again (a line written twice: kept once, so three rows are kept).
FORGED_VIEWS = [
    pytest.param(_section("dated", struct.pack("=ii", 3, 1)), id="a row past those kept"),
    pytest.param(_section("dated", struct.pack("=ii", 2, 1)), id="an undated row as dated"),
    pytest.param(_section("undated", struct.pack("=i", 0)), id="a dated row as undated"),
]


@pytest.mark.parametrize("change", FORGED_VIEWS)
def test_a_view_that_does_not_fit_the_rows_kept_is_not_taken(
    tmp_path: Path, scanned: list[int], change: Callable[[dict[str, Any], dict[str, bytes]], None]
) -> None:
    path = tmp_path / "log.jsonl"
    EventLog(path).extend([BASE, LANDING_PLAN, Event(kind="other", mission="SLIM"), BASE])
    EventLog(path).replay()
    assert _installed(EventLog(path).replay())
    _rewrite(tmp_path / "log.jsonl.checkpoint", change)
    replayed = EventLog(path).replay()
    assert scanned[-1] == 0 and not _installed(replayed)
    assert _queries(replayed) == _queries(_cold(path))


@pytest.mark.parametrize("queried", [False, True], ids=["before a query", "after a query"])
@pytest.mark.parametrize("appended", [False, True], ids=["nothing appended", "lines appended"])
def test_a_timeline_replayed_through_a_checkpoint_pickles(
    tmp_path: Path,
    scanned: list[int],
    monkeypatch: pytest.MonkeyPatch,
    queried: bool,
    appended: bool,
) -> None:
    """A replayed timeline goes to worker processes as any other does."""
    path = _reports(tmp_path)
    EventLog(path).replay()
    if appended:
        monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 1 << 30)
        EventLog(path).append(
            Event(kind="docking", mission="Soyuz MS-24", when=iso("2023-09-15[UTC]"))
        )
    replayed = EventLog(path).replay()
    if queried:
        replayed.filter(start="2023-08-01T00:00Z")
    copied = pickle.loads(pickle.dumps(replayed))
    assert _queries(copied) == _queries(replayed) == _queries(_cold(path))
