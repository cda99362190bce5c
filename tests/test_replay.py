"""Replay through the bulk scanner gives exactly what validating every line gives.

A replayed timeline keeps most events as their JSON lines and builds them on
access (lunamission/_rows.py, lunamission/_logscan.py). These tests hold that
shortcut to the slow path: the same events, the same views and query answers,
the same errors for the same bad lines, whatever the chunk boundaries.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from samples import BASE, LANDING_PLAN, REPORTED
from strategies import events, timestamps

import lunamission as lm
from lunamission import Event, EventLog, Timeline, Timestamp, eventlog
from lunamission._index import column_bounds, epoch_bounds, stamp_bounds
from lunamission._rows import Stamp, stamp_of, stamp_timestamp

iso = Timestamp.from_iso
HEADER = eventlog.header_line()


def _log(tmp_path: Path, lines: list[str]) -> EventLog:
    path = tmp_path / "log.jsonl"
    path.write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return EventLog(path)


def _same_as_objects(replayed: Timeline, events: list[Event]) -> None:
    built = Timeline(events)
    assert replayed == built
    assert replayed.revisions == built.revisions
    assert list(replayed) == list(built)
    assert replayed.undated == built.undated
    for ev in events:
        again = replayed.get(ev.id)
        assert again == ev and repr(again) == repr(ev)
        if ev.when is not None and again.when is not None:
            assert again.when.local.tzname() == ev.when.local.tzname()
            assert again.when.local.dst() == ev.when.local.dst()
    stamps = [s for s in replayed._rows.stamps if s is not None]
    for stamp in stamps:
        ts = stamp_timestamp(stamp)
        assert stamp[0] == ts.local.timestamp()
        assert stamp_bounds(stamp) == epoch_bounds(ts)


# -- any event, any chunk size ----------------------------------------------------------


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events, min_size=1, max_size=12, unique_by=lambda e: e.id), st.integers(1, 400))
def test_replay_equals_the_events_written(
    tmp_path_factory: pytest.TempPathFactory, written: list[Event], chunk: int
) -> None:
    log = EventLog(tmp_path_factory.mktemp("log") / "log.jsonl")
    log.extend(written)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(eventlog, "_CHUNK", chunk)  # lines cut across chunk boundaries
        replayed = log.replay()
    _same_as_objects(replayed, written)


def test_queries_on_a_replay_answer_as_on_the_objects(tmp_path: Path) -> None:
    plan, written = LANDING_PLAN, REPORTED
    log = EventLog(tmp_path / "log.jsonl")
    log.extend(written)
    replayed, built = log.replay(), Timeline(written)
    assert all(type(item) is bytes for item in replayed._rows.items)  # kept as lines
    for query in (
        {"start": "2023-08-19T00:00Z", "end": "2023-08-20T00:00Z"},
        {"kind": "launch"},
        {"mission": "luna 25"},
        {"kind": ["impact", "orbit_change"], "mission": "Luna-25"},
        {"status": "planned"},
        {"start": "2023-07-01T00:00Z", "end": "2023-09-01T00:00Z", "match": "definitely"},
    ):
        assert list(replayed.filter(**query)) == list(built.filter(**query)), query
    assert replayed.missions() == built.missions() == ["Chandrayaan-3", "Luna-25"]
    as_of = {"unrecorded": "include"}
    assert replayed.as_of("2023-08-15", **as_of) == built.as_of("2023-08-15", **as_of)
    assert replayed.history(plan.id) == built.history(plan.id)
    assert replayed.last("launch") == built.last("launch")


# -- lines off the plain layout: the slow path reads them as validation does -----------

LINE = BASE.model_dump_json()

ODD = [
    pytest.param('"summary":"launch"', '"summary":"la\\u0075nch \\"quoted\\""', id="escapes"),
    pytest.param('"tz":"Europe/Moscow"', '"tz":"europe/moscow"', id="zone in lower case"),
    pytest.param("02:10:00+03:00", "01:10:00+02:00", id="offset of another zone"),
    pytest.param(
        '"kind":"launch","status":"actual"', '"status":"actual","kind":"launch"', id="keys"
    ),
    pytest.param('"recorded":"2023-08-11"', '"recorded":null', id="recorded left out"),
    pytest.param('"mission":"Luna-25"', '"mission":"Луна-25"', id="non-ASCII"),
    pytest.param(',"site":null', ', "site" : null', id="spaces"),
]


@pytest.mark.parametrize(("old", "new"), ODD)
def test_unusual_lines_replay_as_validation_reads_them(tmp_path: Path, old: str, new: str) -> None:
    assert old in LINE
    odd = LINE.replace(old, new)
    replayed = _log(tmp_path, [LINE.replace('"id":"', '"id":"x'), odd, odd]).replay()
    assert replayed.revisions[1] == Event.model_validate_json(odd)
    assert len(replayed.revisions) == 2  # the repeated line is kept once


BAD = [
    pytest.param("2023-08-11T02:10", "2023-02-30T02:10", "when.local", id="no such day"),
    pytest.param("2023-08-11T02:10", "9999-08-11T02:10", "when", id="year out of range"),
    pytest.param("02:10:00+03:00", "02:10:30+03:00", "when", id="seconds at minute precision"),
    pytest.param("02:10:00+03:00", "24:10:00+03:00", "when.local", id="no such hour"),
    pytest.param('"tz":"Europe/Moscow"', '"tz":"Europe/Mosc0w"', "when", id="unknown zone"),
    pytest.param('"kind":"launch"', '"kind":"lunch"', "kind", id="unknown kind"),
    pytest.param('"recorded":"2023-08-11"', '"recorded":"2023-13-11"', "recorded", id="bad date"),
    pytest.param('{"kind"', 'garbage{"kind"', "JSON", id="text before the object"),
    pytest.param('"id":"', '"id":"\n', "JSON", id="a line broken in two"),
]


@pytest.mark.parametrize(("old", "new", "where"), BAD)
def test_a_bad_line_in_the_middle_is_the_logs_error_with_its_line(
    tmp_path: Path, old: str, new: str, where: str
) -> None:
    bad = LINE.replace(old, new)
    other = LINE.replace('"id":"', '"id":"x')
    log = _log(tmp_path, [other, bad, other.replace('"id":"x', '"id":"y')])
    with pytest.raises(lm.EventLogError) as info:
        log.replay()
    assert info.value.code == "corrupt_line"
    assert "line 3" in str(info.value)
    assert where.split(".")[0] in str(info.value)


def test_invalid_utf8_in_a_line_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_bytes(
        HEADER.encode()
        + LINE.replace("launch", "l\udcffunch", 1).encode("utf-8", "surrogateescape")
        + b"\n"
    )
    with pytest.raises(lm.EventLogError) as info:
        EventLog(path).replay()
    assert info.value.code == "corrupt_line"


def test_two_different_events_under_one_id_name_both_lines(tmp_path: Path) -> None:
    other = LINE.replace('"summary":"launch"', '"summary":"another report"')
    log = _log(tmp_path, [LINE, LINE.replace('"id":"', '"id":"x'), other])
    with pytest.raises(lm.EventLogError) as info:
        log.replay()
    assert info.value.code == "duplicate_id"
    assert "line 4" in str(info.value) and "(line 2)" in str(info.value)


# -- days on which the zone changes its offset -------------------------------------------

DST_DAYS = [
    pytest.param("2010-10-31T00:00:00+04:00", "Europe/Moscow", "day", id="Moscow falls back"),
    pytest.param("2023-03-12T00:00:00-05:00", "America/New_York", "day", id="New York springs"),
    pytest.param("2023-03-12T03:00:00-04:00", "America/New_York", "hour", id="after the gap"),
    pytest.param("2010-10-31T02:30:00+04:00", "Europe/Moscow", "minute", id="first of twice"),
    pytest.param("2010-10-31T02:30:00+03:00", "Europe/Moscow", "minute", id="second of twice"),
    pytest.param(
        "2023-03-01T00:00:00-05:00", "America/New_York", "month", id="month with a change"
    ),
    pytest.param("2023-01-01T00:00:00+11:00", "Australia/Lord_Howe", "year", id="half-hour DST"),
]


@pytest.mark.parametrize(("local", "tz", "precision"), DST_DAYS)
@pytest.mark.parametrize("approximate", [False, True])
def test_times_on_offset_changes_replay_exactly(
    tmp_path: Path, local: str, tz: str, precision: str, approximate: bool
) -> None:
    when = Timestamp.model_validate(
        {"local": local, "tz": tz, "precision": precision, "approximate": approximate}
    )
    assert when.local.isoformat() == local  # the case is written as the zone's own offset
    event = Event(kind="docking", mission="Soyuz MS-24", when=when)
    log = EventLog(tmp_path / "log.jsonl")
    log.append(event)
    replayed = log.replay()
    assert type(replayed._rows.items[0]) is bytes  # the scanner vouched for it
    _same_as_objects(replayed, [event])


def test_a_replayed_timeline_writes_back_the_same_log(tmp_path: Path) -> None:
    written = [
        Event(kind="launch", mission="SLIM", when=iso("2023-09-07T08:42+09:00[Asia/Tokyo]")),
        Event(kind="landing", mission="SLIM", when=iso("2024-01-20T00:20+09:00[Asia/Tokyo]")),
    ]
    first = EventLog(tmp_path / "a.jsonl")
    first.extend(written)
    again = first.replay().to_eventlog(tmp_path / "b.jsonl")
    assert again.path.read_bytes() == first.path.read_bytes()


def test_windows_near_the_epoch_and_far_from_it(tmp_path: Path) -> None:
    utc = timezone.utc
    moments = [datetime(1957, 10, 4, 19, 28, 34, tzinfo=utc), datetime(1970, 1, 1, tzinfo=utc)]
    moments.append(datetime(2030, 12, 31, 23, 59, 59, tzinfo=utc))
    written = [
        Event(kind="launch", mission=f"M-{i}", when=Timestamp.from_datetime(m, precision="second"))
        for i, m in enumerate(moments)
    ]
    log = EventLog(tmp_path / "log.jsonl")
    log.extend(written)
    replayed = log.replay()
    for m in moments:
        window = replayed.filter(start=m, end=m + timedelta(seconds=1))
        assert [ev.when.utc for ev in window if ev.when] == [m]


# -- the index computes intervals column by column, as stamp_bounds does row by row ------


@settings(max_examples=150, deadline=None)
@given(st.lists(timestamps(), max_size=25))
def test_column_bounds_equal_the_bounds_of_each_stamp(stamps_of: list[Timestamp]) -> None:
    shapes: dict[tuple[object, ...], list[Stamp]] = {}
    for ts in stamps_of:
        shapes.setdefault((ts.precision, ts.approximate, ts.qualifier), []).append(stamp_of(ts))
    for (precision, approximate, qualifier), stamps in shapes.items():
        lo, hi = column_bounds(stamps, precision, approximate, qualifier)
        assert list(zip(lo, hi, strict=True)) == [stamp_bounds(s) for s in stamps]


# -- exports read stored lines without building events, and write the same tables ------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events, min_size=1, max_size=10, unique_by=lambda e: e.id))
def test_tables_of_a_replay_equal_the_tables_of_the_objects(
    tmp_path_factory: pytest.TempPathFactory, written: list[Event]
) -> None:
    pandas = pytest.importorskip("pandas")
    log = EventLog(tmp_path_factory.mktemp("log") / "log.jsonl")
    log.extend(written)
    replayed, built = log.replay(), Timeline(written)
    for revisions in (False, True):
        assert replayed.to_csv(revisions=revisions) == built.to_csv(revisions=revisions)
        pandas.testing.assert_frame_equal(
            replayed.to_pandas(revisions=revisions), built.to_pandas(revisions=revisions)
        )


def test_an_id_spelled_two_ways_is_still_one_id(tmp_path: Path) -> None:
    escaped = LINE.replace('"id":"ev-', '"id":"ev\\u002d').replace('"launch"', '"impact"', 1)
    log = _log(tmp_path, [LINE, escaped])
    with pytest.raises(lm.EventLogError) as info:
        log.replay()
    assert info.value.code == "duplicate_id"
