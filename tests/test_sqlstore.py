"""The SQLite store: the same events and the same filter semantics as a Timeline, in SQL."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lunamission as lm
from lunamission import Event, Timeline, Timestamp
from lunamission._index import epoch_bounds
from lunamission.sqlstore import SQLiteStore

iso = Timestamp.from_iso
UTC = timezone.utc


def sample() -> Timeline:
    plan = Event(
        kind="landing",
        mission="Luna-25",
        status="planned",
        when=iso("2023-08-21[Europe/Moscow]"),
        recorded=date(2023, 8, 11),
    )
    return Timeline(
        [
            Event(
                kind="launch", mission="Luna-25", when=iso("2023-08-11T02:10+03:00[Europe/Moscow]")
            ),
            Event(
                kind="trajectory_correction",
                mission="Luna 25",
                when=iso("2023-08-12[Europe/Moscow]"),
            ),
            Event(
                kind="loss_of_contact",
                mission="Luna-25",
                when=iso("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]"),
            ),
            plan,
            Event(
                kind="landing",
                mission="Luna-25",
                status="cancelled",
                when=plan.when,
                supersedes=plan.id,
                recorded=date(2023, 8, 20),
            ),
            Event(kind="impact", mission="Luna-25", outcome="failure"),
            Event(
                kind="launch",
                mission="Chandrayaan-3",
                when=iso("2023-07-14T14:35+05:30[Asia/Kolkata]"),
            ),
            Event(
                kind="landing",
                mission="Chandrayaan-3",
                when=iso("2023-08-23T18:03:30+05:30[Asia/Kolkata]"),
            ),
            Event(
                kind="launch",
                mission="Luna-26",
                status="planned",
                when=iso("2027[Europe/Moscow][_qualifier=not_before]"),
            ),
            Event(
                kind="end_of_mission",
                mission="SLIM",
                status="planned",
                when=iso("2024-08[Asia/Tokyo][_qualifier=not_after]"),
            ),
            Event(
                kind="launch", mission="SLIM", when=iso("2023-09[Asia/Tokyo][_approximate=true]")
            ),
        ],
        missions=[lm.Mission(name="Luna-25", aliases=("Luna 25", "Luna-Glob lander"))],
    )


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    opened = sample().to_sqlite(tmp_path / "store.sqlite")
    yield opened  # type: ignore[misc]
    opened.close()


def ids(tl: Timeline) -> list[str]:
    return sorted(ev.id for ev in tl)


# Round trips and the current view
def test_timeline_round_trips_through_a_store(tmp_path: Path) -> None:
    tl = sample()
    tl.to_sqlite(tmp_path / "rt.sqlite").close()
    back = Timeline.from_sqlite(tmp_path / "rt.sqlite")
    assert back == tl
    assert back.mission_records == tl.mission_records


def test_iteration_length_and_lookup_match_the_timeline(store: SQLiteStore) -> None:
    tl = sample()
    assert list(store) == list(tl)
    assert len(store) == len(tl)
    first = tl.revisions[3]
    assert store.get(first.id) == first
    assert first in store
    assert first.id in store
    assert first.model_copy(update={"summary": "changed"}) not in store
    with pytest.raises(lm.TimelineError) as info:
        store.get("ev-nope")
    assert info.value.code == "unknown_event"


def test_a_revision_arriving_before_its_original_still_hides_it(tmp_path: Path) -> None:
    plan, scrub = sample().revisions[3:5]
    with SQLiteStore(tmp_path / "order.sqlite") as store:
        assert store.extend([scrub, plan]) == 2
        assert [ev.status.value for ev in store] == ["cancelled"]


def test_the_same_event_twice_is_kept_once_and_a_clash_changes_nothing(tmp_path: Path) -> None:
    launch = sample().revisions[0]
    with SQLiteStore(tmp_path / "dup.sqlite") as store:
        assert store.extend([launch, launch]) == 1
        other = sample().revisions[1]
        clash = launch.model_copy(update={"summary": "different words"})
        with pytest.raises(lm.EventLogError) as info:
            store.extend([other, clash])
        assert info.value.code == "duplicate_id"
        assert list(store) == [launch]  # the whole batch was rolled back


# filter: the same answers as Timeline.filter
QUERIES = [
    # by kind, mission, status
    ("kind", {"kind": "launch"}),
    ("kinds", {"kind": ["launch", "landing"]}),
    ("mission by alias", {"mission": "Luna-Glob lander"}),
    ("mission by another spelling", {"mission": "LUNA25"}),
    ("unregistered mission", {"mission": "chandrayaan 3"}),
    ("status", {"status": "planned"}),
    ("kind and mission", {"kind": "landing", "mission": "Chandrayaan-3"}),
    # windows under uncertainty
    ("one Moscow day", {"start": "2023-08-12[Europe/Moscow]", "end": "2023-08-12[Europe/Moscow]"}),
    ("a UTC minute", {"start": "2023-08-19T11:50Z", "end": "2023-08-19T11:51Z"}),
    (
        "a minute, definitely",
        {"start": "2023-08-19T11:50Z", "end": "2023-08-19T11:51Z", "match": "definitely"},
    ),
    ("August, definitely", {"start": "2023-08[UTC]", "end": "2023-08[UTC]", "match": "definitely"}),
    ("open start", {"end": "2023-08-01T00:00Z"}),
    ("open end", {"start": "2026-01-01T00:00Z"}),
    ("far future, catches NET", {"start": "2040[UTC]", "end": "2040[UTC]"}),
    ("long ago, catches no-later-than", {"start": "2000[UTC]", "end": "2000[UTC]"}),
    ("window and kind", {"kind": "launch", "start": "2023[UTC]", "end": "2023[UTC]"}),
    (
        "datetime bounds",
        {"start": datetime(2023, 8, 1, tzinfo=UTC), "end": datetime(2023, 9, 1, tzinfo=UTC)},
    ),
]


@pytest.mark.parametrize(("what", "query"), QUERIES, ids=[q[0] for q in QUERIES])
def test_filter_answers_like_the_timeline(
    store: SQLiteStore, what: str, query: dict[str, object]
) -> None:
    expected = sample().filter(**query)  # type: ignore[arg-type]
    found = store.filter(**query)  # type: ignore[arg-type]
    assert ids(found) == ids(expected)
    assert list(found) == list(expected)  # same order too


def test_filter_refusals_match_the_timeline(store: SQLiteStore) -> None:
    with pytest.raises(lm.TimelineError) as info:
        store.filter(match="perhaps")  # type: ignore[arg-type]
    assert info.value.code == "bad_match"
    with pytest.raises(lm.TimelineError) as info:
        store.filter(start=datetime(2023, 8, 1))
    assert info.value.code == "naive_datetime"


ZONES = ["UTC", "Europe/Moscow", "Asia/Kolkata", "America/New_York", "+05:45"]


@st.composite
def stamps(draw: st.DrawFn) -> Timestamp:
    precision = draw(st.sampled_from(list(lm.Precision)))
    zone = draw(st.sampled_from(ZONES))
    moment = draw(st.datetimes(min_value=datetime(1957, 1, 1), max_value=datetime(2035, 12, 31)))
    names = ("month", "day", "hour", "minute", "second")
    cut = {n: (1 if n in ("month", "day") else 0) for n in names[precision.rank :]}
    naive = moment.replace(microsecond=0, **cut)
    local = lm.zones.localize(naive, zone, on_ambiguous="earlier")
    if local.replace(tzinfo=None) != naive:
        zone, local = "UTC", naive.replace(tzinfo=UTC)
    return Timestamp(
        local=local,
        tz=zone,
        precision=precision,
        approximate=draw(st.booleans()),
        qualifier=draw(st.sampled_from([None, None, "not_before", "not_after"])),
    )


events = st.builds(
    Event,
    kind=st.sampled_from(list(lm.EventKind)[:4]),
    status=st.sampled_from(list(lm.Status)),
    mission=st.none() | st.sampled_from(["Luna-25", "Luna 25", "SLIM"]),
    when=st.none() | stamps(),
    summary=st.text(max_size=5),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(events, max_size=25, unique_by=lambda e: e.id),
    stamps(),
    stamps(),
    st.sampled_from(["possibly", "definitely"]),
    st.none() | st.sampled_from(["launch", "landing"]),
    st.none() | st.sampled_from(["luna25", "SLIM"]),
)
def test_filter_agrees_with_the_timeline_on_any_data(
    batch: list[Event],
    a: Timestamp,
    b: Timestamp,
    match: str,
    kind: str | None,
    mission: str | None,
) -> None:
    tl = Timeline(batch)
    with SQLiteStore(":memory:") as store:
        store.extend(batch)
        for query in ({"start": a, "end": b}, {"start": a}, {"end": b}, {}):
            query = {**query, "match": match, "kind": kind, "mission": mission}
            assert ids(store.filter(**query)) == ids(tl.filter(**query))  # type: ignore[arg-type]


@given(stamps())
def test_epoch_bounds_are_the_interval(ts: Timestamp) -> None:
    assert epoch_bounds(ts) == (ts.earliest.timestamp(), ts.latest.timestamp())


# The database itself
def test_store_is_in_wal_mode_with_its_indexes(tmp_path: Path) -> None:
    sample().to_sqlite(tmp_path / "wal.sqlite").close()
    db = sqlite3.connect(tmp_path / "wal.sqlite")
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"events_mission", "events_kind", "events_interval"} <= indexes
        plan = " ".join(
            str(r)
            for r in db.execute(
                "EXPLAIN QUERY PLAN SELECT record FROM events WHERE superseded = 0 AND shape = 9 "
                "AND lo >= 0 AND lo < 100 AND hi > 50"
            )
        )
        assert "events_interval" in plan
    finally:
        db.close()


def test_a_store_from_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    SQLiteStore(path).close()
    db = sqlite3.connect(path)
    db.execute(
        "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(lm.SCHEMA_VERSION + 1),)
    )
    db.commit()
    db.close()
    with pytest.raises(lm.SchemaVersionError):
        SQLiteStore(path)


FOREIGN = [
    ("not a database", b"just some text, not SQLite\n" * 100),
    ("another database", None),
]


@pytest.mark.parametrize(("what", "content"), FOREIGN, ids=[c[0] for c in FOREIGN])
def test_a_file_that_is_not_a_store_is_refused(
    tmp_path: Path, what: str, content: bytes | None
) -> None:
    path = tmp_path / "foreign.sqlite"
    if content is None:
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE launches (name TEXT)")
        db.commit()
        db.close()
    else:
        path.write_bytes(content)
    with pytest.raises(lm.EventLogError) as info:
        SQLiteStore(path)
    assert info.value.code == "not_a_store"


def test_aliases_are_stored_and_clashes_refused(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "alias.sqlite") as store:
        store.add_mission(lm.Mission(name="Chandrayaan-3", aliases=("Vikram lander",)))
        store.extend(sample().revisions)
        assert {ev.kind.value for ev in store.filter(mission="vikram lander")} == {
            "launch",
            "landing",
        }
        with pytest.raises(lm.TimelineError) as info:
            store.add_mission(lm.Mission(name="Luna-26", aliases=("Vikram lander",)))
        assert info.value.code == "alias_clash"


def test_a_window_over_many_rows_finds_exactly_the_window(tmp_path: Path) -> None:
    base = datetime(2000, 1, 1, tzinfo=UTC)
    batch = [
        Event(
            kind="other",
            mission="M",
            summary=str(i),
            when=Timestamp.from_datetime(base + timedelta(hours=i), precision="hour"),
        )
        for i in range(2000)
    ]
    with SQLiteStore(tmp_path / "window.sqlite") as store:
        store.extend(batch)
        found = store.filter(start=base + timedelta(hours=10), end=base + timedelta(hours=12))
        assert [ev.summary for ev in found] == ["10", "11"]


def test_filter_results_know_their_events_by_id(store: SQLiteStore) -> None:
    for found in (sample().filter(kind="launch"), store.filter(kind="launch")):
        launch = next(iter(found))
        assert launch in found
        assert launch.id in found
        assert found.get(launch.id) == launch
        with pytest.raises(lm.TimelineError):
            found.get(sample().revisions[1].id)  # a correction, not a launch
