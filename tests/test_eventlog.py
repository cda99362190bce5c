"""The event log: append and replay, crash recovery, concurrency, and the fast decoder."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import warnings
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic_core import from_json
from strategies import events

import lunamission as lm
from lunamission import Event, EventLog, Timeline, Timestamp
from lunamission._eventcodec import _KNOWN, Memo, _fast_event, decode_event
from lunamission.eventlog import FORMAT_NAME, header_line

iso = Timestamp.from_iso
HEADER = json.dumps(
    {"format": FORMAT_NAME, "schema_version": lm.SCHEMA_VERSION}, separators=(",", ":")
)


def luna25() -> list[Event]:
    m = "Luna-25"
    src = lm.Source(document="tass-0821", publisher="TASS", published=date(2023, 8, 21))
    plan = Event(
        kind="landing",
        mission=m,
        status="planned",
        when=iso("2023-08-21[Europe/Moscow]"),
        recorded=date(2023, 8, 11),
    )
    return [
        Event(
            kind="launch",
            mission=m,
            vehicle="Soyuz-2.1b",
            site="Vostochny",
            when=iso("2023-08-11T02:10+03:00[Europe/Moscow]"),
            source=src,
        ),
        Event(kind="trajectory_correction", mission=m, when=iso("2023-08-12[Europe/Moscow]")),
        Event(
            kind="loss_of_contact",
            mission=m,
            source=src,
            when=iso("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]"),
        ),
        plan,
        Event(
            kind="landing",
            mission=m,
            status="cancelled",
            when=plan.when,
            supersedes=plan.id,
            recorded=date(2023, 8, 20),
        ),
        Event(kind="impact", mission=m, outcome="failure", source=src),
    ]


@pytest.fixture
def log(tmp_path: Path) -> EventLog:
    return EventLog(tmp_path / "events.jsonl")


def _write(path: Path, *lines: str, end: str = "\n") -> None:
    path.write_text("\n".join(lines) + end, encoding="utf-8")


# Append and replay
def test_replay_gives_back_every_event_and_revision(log: EventLog) -> None:
    events = luna25()
    for ev in events:
        assert log.append(ev) is ev
    replayed = log.replay()
    assert replayed == Timeline(events)
    assert replayed.revisions == events
    assert [ev.status.value for ev in replayed.filter(kind="landing")] == ["cancelled"]


def test_file_is_a_header_then_one_model_dump_per_line(log: EventLog) -> None:
    events = luna25()
    assert log.extend(events) == len(events)
    lines = log.path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == HEADER == header_line().strip()
    assert lines[1:] == [ev.model_dump_json() for ev in events]


def test_iteration_is_in_file_order_with_repeats(log: EventLog) -> None:
    events = luna25()
    log.extend(events)
    log.append(events[0])
    assert list(log) == [*events, events[0]]
    assert log.replay().revisions == events  # the repeated line is kept once


def test_appends_from_two_handles_share_one_file(tmp_path: Path) -> None:
    path = tmp_path / "shared.jsonl"
    first, second = luna25()[:2]
    EventLog(path).append(first)
    EventLog(str(path)).append(second)
    assert EventLog(path).replay().revisions == [first, second]


def test_missions_register_aliases_on_replay(log: EventLog) -> None:
    log.extend(luna25())
    mission = lm.Mission(name="Luna-25", aliases=("Luna-Glob lander",))
    assert len(log.replay(missions=[mission]).filter(mission="Luna-Glob lander")) == 5


def test_empty_and_header_only_logs_replay_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    assert len(EventLog(empty).replay()) == 0
    only = tmp_path / "header.jsonl"
    _write(only, HEADER)
    assert len(EventLog(only).replay()) == 0


def test_a_header_written_by_hand_without_its_newline_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "by-hand.jsonl"
    path.write_text('{"format": "lunamission-event-log", "schema_version": 1}', encoding="utf-8")
    assert len(EventLog(path).replay()) == 0
    launch = luna25()[0]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        EventLog(path).append(launch)
        assert EventLog(path).replay().revisions == [launch]


def test_extend_of_nothing_creates_nothing(log: EventLog) -> None:
    assert log.extend([]) == 0
    assert not log.path.exists()


# Refusals: missing, foreign, newer, corrupt, clashing
def test_missing_log_is_an_error(log: EventLog) -> None:
    with pytest.raises(lm.EventLogError) as info:
        log.replay()
    assert info.value.code == "not_found"


@pytest.mark.parametrize(
    "first",
    ['{"kind":"launch"}', "mission,kind,when", '{"format":"something-else","schema_version":1}'],
    ids=["an event", "csv", "another format"],
)
def test_a_file_that_is_not_a_log_is_refused(tmp_path: Path, first: str) -> None:
    path = tmp_path / "other.jsonl"
    _write(path, first)
    for action in (lambda: EventLog(path).replay(), lambda: EventLog(path).append(luna25()[0])):
        with pytest.raises(lm.EventLogError) as info:
            action()
        assert info.value.code == "not_an_event_log"
    assert path.read_text(encoding="utf-8") == first + "\n"  # nothing appended


def test_a_log_from_a_newer_schema_is_refused_not_half_read(tmp_path: Path) -> None:
    path = tmp_path / "future.jsonl"
    newer = json.dumps({"format": FORMAT_NAME, "schema_version": lm.SCHEMA_VERSION + 1})
    _write(path, newer, luna25()[0].model_dump_json())
    with pytest.raises(lm.SchemaVersionError) as info:
        EventLog(path).replay()
    assert info.value.code == "schema_version"
    assert info.value.span is not None
    assert newer[info.value.span[0] : info.value.span[1]].startswith('"schema_version"')
    with pytest.raises(lm.SchemaVersionError):
        EventLog(path).append(luna25()[1])
    with pytest.raises(lm.SchemaVersionError):
        list(EventLog(path))


GOOD = luna25()[0].model_dump_json()
CORRUPT = [
    # not JSON at all
    ("truncated JSON object", GOOD[:40] + "}", None),
    ("prose", "the lander crashed", None),
    ("blank line", "", None),
    # JSON, but not an event
    ("a list", "[1, 2, 3]", None),
    ("unknown kind", GOOD.replace('"kind":"launch"', '"kind":"lunch"'), "kind"),
    ("bad precision", GOOD.replace('"precision":"minute"', '"precision":"fortnight"'), "precision"),
    ("unknown zone", GOOD.replace('"tz":"Europe/Moscow"', '"tz":"Mars/Olympus"'), "tz"),
    ("extra field", GOOD.replace('"summary"', '"colour":"red","summary"'), "colour"),
    ("seconds at minute precision", GOOD.replace("02:10:00", "02:10:30"), "when"),
]


@pytest.mark.parametrize(("what", "line", "key"), CORRUPT, ids=[c[0] for c in CORRUPT])
def test_a_corrupt_line_in_the_middle_is_an_error_with_its_line(
    tmp_path: Path, what: str, line: str, key: str | None
) -> None:
    path = tmp_path / "corrupt.jsonl"
    events = luna25()
    _write(path, HEADER, events[1].model_dump_json(), line, events[2].model_dump_json())
    with pytest.raises(lm.EventLogError) as info:
        EventLog(path).replay()
    err = info.value
    assert err.code == "corrupt_line"
    assert "line 3" in err.reason
    assert err.text == line
    assert err.span is not None
    if key is not None:
        assert key in line[err.span[0] : err.span[1]]


def test_a_corrupt_last_line_with_its_newline_is_not_a_torn_line(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.jsonl"
    _write(path, HEADER, GOOD, "{oops")
    with pytest.raises(lm.EventLogError) as info:
        EventLog(path).replay()
    assert info.value.code == "corrupt_line"


def test_two_events_under_one_id_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "clash.jsonl"
    first = luna25()[0]
    other = first.model_copy(update={"summary": "a different report"})
    _write(path, HEADER, first.model_dump_json(), other.model_dump_json())
    with pytest.raises(lm.EventLogError) as info:
        EventLog(path).replay()
    assert info.value.code == "duplicate_id"
    assert "line 3" in info.value.reason


def test_only_events_can_be_appended(log: EventLog) -> None:
    with pytest.raises(lm.EventLogError) as info:
        log.extend([luna25()[0], {"kind": "launch"}])  # type: ignore[list-item]
    assert info.value.code == "not_an_event"
    assert not log.path.exists()  # checked before anything was written


# Torn last lines (a crash in the middle of a write)
def _torn(path: Path, events: list[Event], cut: int) -> None:
    last = events[-1].model_dump_json()
    body = "".join(ev.model_dump_json() + "\n" for ev in events[:-1])
    path.write_text(HEADER + "\n" + body + last[:cut], encoding="utf-8")


@pytest.mark.parametrize("cut", [1, 57, -1], ids=["one byte", "mid-line", "all but newline"])
def test_a_torn_last_line_is_skipped_with_a_warning(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "torn.jsonl"
    events = luna25()
    _torn(path, events, cut if cut > 0 else len(events[-1].model_dump_json()))
    with pytest.warns(lm.LogRecoveryWarning) as caught:
        replayed = EventLog(path).replay()
    assert replayed.revisions == events[:-1]
    message = str(caught[0].message)
    assert str(path) in message
    assert f"line {len(events) + 1}" in message


def test_the_next_append_sets_a_torn_line_aside(tmp_path: Path) -> None:
    path = tmp_path / "torn.jsonl"
    events = luna25()
    _torn(path, events, 80)
    fragment = events[-1].model_dump_json()[:80]
    with pytest.warns(lm.LogRecoveryWarning, match=r"\.torn"):
        EventLog(path).append(events[-1])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert EventLog(path).replay().revisions == events  # clean again, nothing skipped
    aside = path.with_name(path.name + ".torn")
    assert aside.read_text(encoding="utf-8") == fragment + "\n"


def test_a_torn_header_is_an_empty_log_and_is_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "torn-header.jsonl"
    path.write_text(HEADER[:10], encoding="utf-8")
    with pytest.warns(lm.LogRecoveryWarning, match="line 1"):
        assert len(EventLog(path).replay()) == 0
    EventLog(path).append(luna25()[0])
    assert path.read_text(encoding="utf-8").splitlines()[0] == HEADER


# Several processes appending at once
def _append_many(path: str, worker: int, count: int) -> None:
    log = EventLog(path)
    for i in range(count):
        log.append(
            Event(
                kind="other",
                mission=f"worker-{worker}",
                summary=f"{worker}:{i}" + "." * 200,
                id=f"w{worker}-{i:05d}",
            )
        )


def test_four_processes_append_four_thousand_events_none_lost_or_interleaved(
    tmp_path: Path,
) -> None:
    path = tmp_path / "busy.jsonl"
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_append_many, args=(str(path), w, 1000)) for w in range(4)]
    for proc in workers:
        proc.start()
    for proc in workers:
        proc.join(timeout=120)
        assert proc.exitcode == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == HEADER
    assert len(lines) == 4001
    replayed = EventLog(path).replay()
    assert len(replayed.revisions) == 4000
    for w in range(4):
        mine = [ev.id for ev in replayed.revisions if ev.mission == f"worker-{w}"]
        assert mine == [f"w{w}-{i:05d}" for i in range(1000)]  # each process's own order


# A process killed in the middle of appending
KILLED = textwrap.dedent(
    """
    import sys
    import lunamission as lm

    log = lm.EventLog(sys.argv[1])
    i = 0
    while True:
        event = lm.Event(kind="other", mission="doomed", summary="x" * 300, id=f"k-{i:07d}")
        log.append(event)
        print(event.id, flush=True)
        i += 1
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_appender_leaves_every_acknowledged_event(tmp_path: Path) -> None:
    path = tmp_path / "killed.jsonl"
    with subprocess.Popen(
        [sys.executable, "-c", KILLED, str(path)], stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        acked = [proc.stdout.readline().strip() for _ in range(300)]
        os.kill(proc.pid, signal.SIGKILL)
        acked.extend(line.strip() for line in proc.stdout if line.strip())
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ids = [ev.id for ev in EventLog(path).replay().revisions]
    assert all(issubclass(w.category, lm.LogRecoveryWarning) for w in caught)
    assert ids[: len(acked)] == acked
    assert len(ids) - len(acked) <= 1  # at most the append in flight when killed


# The fast decoder builds exactly what validation builds
def test_the_fast_path_knows_the_models() -> None:
    assert _KNOWN  # a model changed its fields: update _EXPECTED in _eventcodec


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(events)
def test_fast_decoding_equals_validation(event: Event) -> None:
    line = event.model_dump_json()
    fast = _fast_event(from_json(line), Memo())
    assert fast is not None  # every line we write takes the fast path
    slow = Event.model_validate_json(line)
    assert fast == slow == event
    assert fast.model_dump_json() == line
    assert repr(fast) == repr(slow)
    if fast.when is not None and slow.when is not None:
        assert type(fast.when.local.tzinfo) is type(slow.when.local.tzinfo)
        assert fast.when.local.tzname() == slow.when.local.tzname()
        assert fast.when.local.dst() == slow.when.local.dst()


ODD = [
    # accepted by validation, differently spelled: the decoder hands them over
    ("zone spelled in lower case", '"tz":"Europe/Moscow"', '"tz":"europe/moscow"'),
    ("offset of another zone", "02:10:00+03:00", "01:10:00+02:00"),
    ("date in a datetime field", '"recorded":"2023-08-21"', '"recorded":"2023-08-21T00:00:00"'),
    ("boolean as text", '"approximate":false', '"approximate":"false"'),
    ("missing optional fields", ',"outcome":null', ""),
]


@pytest.mark.parametrize(("what", "old", "new"), ODD, ids=[c[0] for c in ODD])
def test_unusual_lines_decode_as_validation_reads_them(what: str, old: str, new: str) -> None:
    event = luna25()[0].model_copy(update={"recorded": date(2023, 8, 21)})
    line = event.model_dump_json()
    assert old in line
    odd = line.replace(old, new)
    assert decode_event(from_json(odd), Memo()) == Event.model_validate_json(odd)


# The command line: log append | show | history
def test_cli_appends_shows_and_traces_a_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lunamission.cli import main

    events = luna25()
    source = tmp_path / "timeline.json"
    source.write_text(Timeline(events).model_dump_json(), encoding="utf-8")
    path = tmp_path / "cli.jsonl"
    assert main(["log", "append", str(path), str(source)]) == 0
    assert "appended 6 events" in capsys.readouterr().out
    assert EventLog(path).replay().revisions == events

    assert main(["log", "show", str(path), "--format", "jsonl", "--kind", "landing"]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert [Event.model_validate_json(line).status.value for line in shown[1:]] == ["cancelled"]

    assert main(["log", "show", str(path), "--as-of", "2023-08-15", "--unrecorded", "exclude"]) == 0
    table = capsys.readouterr().out
    assert "planned" in table
    assert "cancelled" not in table

    plan = events[3]
    assert main(["log", "history", str(path), plan.id[:9]]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].split()[:4] == ["RECORDED", "WHEN", "STATUS", "SLIP"]
    assert [row.split()[2] for row in rows[1:]] == ["planned", "cancelled"]


def test_cli_reads_json_lines_from_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from lunamission.cli import main

    events = luna25()
    monkeypatch.setattr(
        sys, "stdin", io.StringIO("".join(e.model_dump_json() + "\n" for e in events))
    )
    path = tmp_path / "stdin.jsonl"
    assert main(["log", "append", str(path)]) == 0
    assert EventLog(path).replay().revisions == events


CLI_ERRORS = [
    ("missing log", ["log", "show", "{dir}/nope.jsonl"]),
    ("unknown event", ["log", "history", "{log}", "ev-ffffffff"]),
    ("corrupt input", ["log", "append", "{log}", "{bad}"]),
    ("unknown format", ["log", "show", "{log}", "--format", "xml"]),
]


@pytest.mark.parametrize(("what", "argv"), CLI_ERRORS, ids=[c[0] for c in CLI_ERRORS])
def test_cli_errors_are_one_line_and_status_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str, argv: list[str]
) -> None:
    from lunamission.cli import main

    path = tmp_path / "ok.jsonl"
    EventLog(path).extend(luna25())
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind":"launch"}\n{"kind":"lunch"}\n', encoding="utf-8")
    args = [a.format(dir=tmp_path, log=path, bad=bad) for a in argv]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("lunamission: error:")
    assert "Traceback" not in err


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events, min_size=1, max_size=30, unique_by=lambda e: e.id))
def test_replayed_timelines_iterate_in_sort_key_order(
    tmp_path_factory: pytest.TempPathFactory, batch: list[Event]
) -> None:
    path = tmp_path_factory.mktemp("order") / "order.jsonl"
    EventLog(path).extend(batch)
    replayed = EventLog(path).replay()
    superseded = {ev.supersedes for ev in batch}
    current = [ev for ev in batch if ev.id not in superseded]
    dated = sorted((ev for ev in current if ev.when), key=lambda ev: ev.when.sort_key)  # type: ignore[union-attr]
    assert list(replayed) == dated + [ev for ev in current if ev.when is None]
