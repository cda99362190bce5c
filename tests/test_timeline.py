"""Timeline: ordering, queries under uncertainty, elapsed time, validation, JSON."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lunamission as lm
from lunamission import Event, EventKind, Timeline, Timestamp

UTC = timezone.utc
iso = Timestamp.from_iso


def luna25() -> Timeline:
    m = "Luna-25"
    return Timeline(
        [
            Event(
                kind="loss_of_contact",
                mission=m,
                when=iso("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]"),
            ),
            Event(
                kind="launch",
                mission=m,
                vehicle="Soyuz-2.1b",
                site="Vostochny Cosmodrome",
                when=iso("2023-08-11T02:10+03:00[Europe/Moscow]"),
            ),
            Event(kind="trajectory_correction", mission=m, when=iso("2023-08-12[Europe/Moscow]")),
            Event(kind="trajectory_correction", mission=m, when=iso("2023-08-14[Europe/Moscow]")),
            Event(kind="orbit_insertion", mission=m, when=iso("2023-08-16[Europe/Moscow]")),
            Event(kind="orbit_change", mission=m),
            Event(kind="impact", mission=m, outcome="failure"),
            Event(
                kind="landing", mission=m, status="planned", when=iso("2023-08-21[Europe/Moscow]")
            ),
        ],
        missions=[lm.Mission(name="Luna-25", aliases=("Luna 25", "Luna-Glob lander"))],
    )


def kinds(tl: Timeline) -> list[str]:
    return [ev.kind.value for ev in tl]


# Building and ordering
def test_events_are_sorted_and_undated_kept_apart() -> None:
    tl = luna25()
    assert kinds(tl) == [
        "launch",
        "trajectory_correction",
        "trajectory_correction",
        "orbit_insertion",
        "loss_of_contact",
        "landing",
        "orbit_change",
        "impact",
    ]
    assert [e.kind.value for e in tl.undated] == ["orbit_change", "impact"]
    assert len(tl) == 8 and len(tl.dated) == 6


def test_add_keeps_order_and_from_events_is_the_constructor() -> None:
    tl = Timeline.from_events([])
    tl.add(
        Event(
            kind="landing",
            when=iso("2023-08-23T18:03+05:30[Asia/Kolkata]"),
            mission="Chandrayaan-3",
        )
    )
    tl.add(
        Event(
            kind="launch", when=iso("2023-07-14T14:35+05:30[Asia/Kolkata]"), mission="Chandrayaan-3"
        )
    )
    assert kinds(tl) == ["launch", "landing"]


def test_same_event_twice_is_kept_once_but_a_clashing_id_is_refused() -> None:
    ev = Event(kind="launch", mission="Luna-25", when=iso("2023-08-11[Europe/Moscow]"))
    tl = Timeline([ev, ev])
    assert len(tl) == 1
    with pytest.raises(lm.TimelineError) as info:
        tl.add(Event(kind="impact", id=ev.id))
    assert info.value.code == "duplicate_id"


def test_only_events_go_in() -> None:
    with pytest.raises(lm.TimelineError):
        Timeline(["launch"])  # type: ignore[list-item]


def test_get_and_contains() -> None:
    tl = luna25()
    ev = tl.first("launch")
    assert ev is not None
    assert tl.get(ev.id) == ev and ev in tl and ev.id in tl
    with pytest.raises(lm.TimelineError):
        tl.get("ev-missing")


def test_superseded_versions_leave_the_current_view() -> None:
    plan = Event(
        kind="landing", mission="Luna-25", status="planned", when=iso("2023-08-21[Europe/Moscow]")
    )
    slipped = Event(
        kind="landing",
        mission="Luna-25",
        status="planned",
        when=iso("2023-08-22[Europe/Moscow]"),
        supersedes=plan.id,
    )
    tl = Timeline([plan, slipped])
    assert list(tl) == [slipped]
    assert tl.revisions == [plan, slipped]


# Queries: filter by kind, mission, status
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"kind": "trajectory_correction"}, ["trajectory_correction", "trajectory_correction"]),
        ({"kind": ["launch", "impact"]}, ["launch", "impact"]),
        ({"kind": EventKind.IMPACT}, ["impact"]),
        ({"mission": "Luna 25"}, None),  # alias: every event
        ({"mission": "luna-glob lander", "kind": "launch"}, ["launch"]),
        ({"mission": "Luna-26"}, []),
        ({"status": "planned"}, ["landing"]),
        ({"status": ["planned", "cancelled"], "kind": "launch"}, []),
    ],
    ids=[
        "kind",
        "kinds",
        "enum-kind",
        "alias",
        "alias-and-kind",
        "other-mission",
        "status",
        "statuses",
    ],
)
def test_filter_by_fields(query: dict[str, object], expected: list[str] | None) -> None:
    tl = luna25()
    assert kinds(tl.filter(**query)) == (kinds(tl) if expected is None else expected)  # type: ignore[arg-type]


# Queries: windows on the uncertainty interval
@pytest.mark.parametrize(
    ("start", "end", "match", "expected"),
    [
        # the Moscow day of August 12 runs 21:00Z to 21:00Z
        ("2023-08-11T22:00Z", "2023-08-11T23:00Z", "possibly", ["trajectory_correction"]),
        ("2023-08-11T22:00Z", "2023-08-11T23:00Z", "definitely", []),
        (
            "2023-08-12[Europe/Moscow]",
            "2023-08-14[Europe/Moscow]",
            "definitely",
            ["trajectory_correction", "trajectory_correction"],
        ),
        # "about 14:57" reaches ten minutes either side
        ("2023-08-19T11:40Z", "2023-08-19T11:50Z", "possibly", ["loss_of_contact"]),
        ("2023-08-19T11:30Z", "2023-08-19T11:45Z", "possibly", []),
        (
            "2023-08-19[Europe/Moscow]",
            "2023-08-19[Europe/Moscow]",
            "definitely",
            ["loss_of_contact"],
        ),
        # open-ended windows
        ("2023-08-20T00:00Z", None, "possibly", ["landing"]),
        (None, "2023-08-11T00:00Z", "possibly", ["launch"]),
    ],
    ids=[
        "overlap-day",
        "not-inside-day",
        "two-days",
        "about-edge",
        "before-about",
        "about-in-day",
        "open-end",
        "open-start",
    ],
)
def test_window_queries(
    start: str | None, end: str | None, match: str, expected: list[str]
) -> None:
    assert kinds(luna25().filter(start=start, end=end, match=match)) == expected  # type: ignore[arg-type]


def test_window_bounds_may_be_aware_datetimes_but_never_naive() -> None:
    tl = luna25()
    found = tl.between(
        datetime(2023, 8, 10, 23, 0, tzinfo=UTC), datetime(2023, 8, 10, 23, 30, tzinfo=UTC)
    )
    assert kinds(found) == ["launch"]
    with pytest.raises(lm.TimelineError) as info:
        tl.between(datetime(2023, 8, 10), datetime(2023, 8, 11))
    assert info.value.code == "naive_datetime"
    with pytest.raises(lm.TimestampError):
        tl.between("2023-08-10", "2023-08-11")  # no zone: refused, not read as UTC
    with pytest.raises(lm.TimelineError):
        tl.filter(start=date(2023, 8, 10))  # type: ignore[arg-type]
    with pytest.raises(lm.TimelineError):
        tl.filter(match="maybe")  # type: ignore[arg-type]


def test_first_last_and_missions() -> None:
    tl = luna25()
    tl.add(
        Event(
            kind="launch", mission="Chandrayaan-3", when=iso("2023-07-14T14:35+05:30[Asia/Kolkata]")
        )
    )
    first = tl.first("trajectory_correction", mission="Luna-25")
    last = tl.last("trajectory_correction", mission="Luna-25")
    assert first is not None and first.when == iso("2023-08-12[Europe/Moscow]")
    assert last is not None and last.when == iso("2023-08-14[Europe/Moscow]")
    assert tl.first("docking") is None and tl.last("docking") is None
    impact = tl.first("impact")
    assert impact is not None and impact.when is None  # undated, but not lost
    assert tl.missions() == ["Chandrayaan-3", "Luna-25"]


# Mission elapsed time
@pytest.mark.parametrize(
    ("kind", "when", "expected"),
    [
        (
            "loss_of_contact",
            "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]",
            "L+~8d 12h 47m",
        ),
        ("orbit_insertion", "2023-08-16[Europe/Moscow]", "L+5d"),
        ("other", "2023-08-11T02:57+03:00[Europe/Moscow]", "L+47m"),
        ("other", "2023-08-11T02:10:30+03:00[Europe/Moscow]", "L+0m"),
        ("other", "2023-08-10T22:00+03:00[Europe/Moscow]", "L-4h 10m"),
        ("other", "2023-09[Europe/Moscow]", "L+~36d"),
    ],
)
def test_elapsed_is_written_like_mission_control(kind: str, when: str, expected: str) -> None:
    tl = luna25()
    ev = tl.add(Event(kind=kind, mission="Luna-25", when=iso(when), summary=expected))
    elapsed = tl.elapsed(ev)
    assert str(elapsed) == expected
    assert elapsed.low <= elapsed.nominal <= elapsed.high


def test_elapsed_refuses_what_it_cannot_measure() -> None:
    tl = luna25()
    impact = tl.first("impact")
    assert impact is not None
    with pytest.raises(lm.TimelineError) as info:
        tl.elapsed(impact)
    assert info.value.code == "undated"
    stray = tl.add(Event(kind="docking", mission="Soyuz MS-24", when=iso("2023-09-15[UTC]")))
    with pytest.raises(lm.TimelineError) as info:
        tl.elapsed(stray)
    assert info.value.code == "no_anchor"


# validate(): findings, never exceptions
def _codes(tl: Timeline) -> list[str]:
    return sorted(f.code for f in tl.validate())


M = "Luna-25"
LAUNCHED = Event(kind="launch", mission=M, when=iso("2023-08-11T02:10+03:00[Europe/Moscow]"))


@pytest.mark.parametrize(
    ("events", "codes"),
    [
        (
            [
                LAUNCHED,
                Event(kind="orbit_insertion", mission=M, when=iso("2023-08-05[Europe/Moscow]")),
            ],
            ["before_launch"],
        ),
        (
            [
                LAUNCHED,
                Event(kind="contact_restored", mission=M, when=iso("2023-08-20[Europe/Moscow]")),
            ],
            ["restored_without_loss"],
        ),
        (
            [
                LAUNCHED,
                Event(kind="loss_of_contact", mission=M, when=iso("2023-08-19[Europe/Moscow]")),
                Event(kind="contact_restored", mission=M, when=iso("2023-08-20[Europe/Moscow]")),
            ],
            [],
        ),
        (
            [
                LAUNCHED,
                Event(kind="impact", mission=M, when=iso("2023-08-19[Europe/Moscow]")),
                Event(kind="landing", mission=M, when=iso("2023-08-21[Europe/Moscow]")),
            ],
            ["landing_after_impact"],
        ),
        (
            [
                LAUNCHED,
                Event(
                    kind="landing",
                    mission="Chandrayaan-3",
                    status="planned",
                    when=iso("2023-08-23[Asia/Kolkata]"),
                ),
                Event(
                    kind="landing", mission="Chandrayaan-3", when=iso("2023-08-24[Asia/Kolkata]")
                ),
            ],
            ["stale_plan"],
        ),
        (
            [
                LAUNCHED,
                Event(kind="impact", mission=M),
                Event(
                    kind="landing",
                    mission=M,
                    status="planned",
                    when=iso("2023-08-21[Europe/Moscow]"),
                ),
            ],
            ["plan_after_end"],
        ),
        (
            [
                Event(
                    kind="launch",
                    mission=M,
                    when=iso("2023-08-11[Europe/Moscow]"),
                    source=lm.Source(stated_weekday=5),
                ),
            ],
            ["weekday_mismatch"],
        ),
        (
            [
                Event(
                    kind="landing",
                    mission=M,
                    when=iso("2023-08-25[Europe/Moscow]"),
                    source=lm.Source(published=date(2023, 8, 21)),
                ),
            ],
            ["future_actual"],
        ),
        (
            [
                Event(
                    kind="landing",
                    mission=M,
                    status="planned",
                    when=iso("2023-08-21[Europe/Moscow]"),
                    recorded=date(2023, 8, 15),
                ),
                Event(
                    kind="orbit_insertion",
                    mission=M,
                    when=iso("2023-08-16[Europe/Moscow]"),
                    recorded=date(2023, 8, 25),
                ),
            ],
            ["overdue_plan"],
        ),
        (list(luna25()), ["plan_after_end"]),
    ],
    ids=[
        "before-launch",
        "restored-without-loss",
        "restored-after-loss",
        "landing-after-impact",
        "stale-plan",
        "plan-after-impact",
        "weekday",
        "future-actual",
        "overdue-plan",
        "luna25",
    ],
)
def test_validate_finds_what_news_timelines_get_wrong(
    events: list[Event], codes: list[str]
) -> None:
    findings = Timeline(events).validate()
    assert sorted(f.code for f in findings) == codes
    assert all(f.message and f.event_ids for f in findings)


# JSON round trip and schema
def test_json_round_trip_and_schema() -> None:
    tl = luna25()
    text = tl.model_dump_json(indent=2)
    back = Timeline.model_validate_json(text)
    assert back == tl and list(back) == list(tl) and back.mission_records == tl.mission_records
    jsonschema.validate(tl.model_dump(mode="json"), Timeline.json_schema())
    assert Timeline.model_validate(tl.model_dump()) == tl


def test_newer_schema_is_refused() -> None:
    data = luna25().model_dump(mode="json")
    data["schema_version"] = lm.SCHEMA_VERSION + 1
    with pytest.raises(lm.SchemaVersionError):
        Timeline.model_validate(data)
    # a newer schema may add fields: still "upgrade", not "invalid"
    newer = '{"schema_version": %d, "events": [{"kind": "launch", "new_field": 1}]}'
    with pytest.raises(lm.SchemaVersionError):
        Timeline.model_validate_json(newer % (lm.SCHEMA_VERSION + 1))


@pytest.mark.parametrize(
    "text",
    [
        "nope",
        "[]",
        '{"events": [{"kind": "lunch"}]}',
        '{"events": [{"kind": "launch", "colour": 1}]}',
    ],
    ids=["not-json", "not-an-object", "unknown-kind", "extra-field"],
)
def test_invalid_json_is_our_error(text: str) -> None:
    with pytest.raises(lm.TimelineError) as info:
        Timeline.model_validate_json(text)
    assert info.value.code == "bad_timeline"


@pytest.mark.parametrize(
    "call",
    [
        lambda tl: tl.filter(kind="lunch"),
        lambda tl: tl.filter(status=["actual", "rumoured"]),
        lambda tl: tl.first("lunch"),
        lambda tl: tl.elapsed(tl.first("impact"), since="liftoff"),
    ],
    ids=["kind", "status", "first", "elapsed-since"],
)
def test_unknown_kinds_and_statuses_are_our_error(call: object) -> None:
    with pytest.raises(lm.TimelineError) as info:
        call(luna25())  # type: ignore[operator]
    assert info.value.code in ("unknown_kind", "unknown_status")


# Properties: the index answers exactly what a scan would, JSON round-trips any timeline
ZONES = ["UTC", "Europe/Moscow", "Asia/Kolkata", "America/New_York"]


@st.composite
def events(draw: st.DrawFn) -> Event:
    precision = draw(st.sampled_from(list(lm.Precision)))
    zone = draw(st.sampled_from(ZONES))
    base = draw(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2024, 12, 31)))
    fields = {"year": base.year, "month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0}
    for name in ("month", "day", "hour", "minute", "second")[: precision.rank]:
        fields[name] = getattr(base, name)
    naive = datetime(
        fields["year"],
        fields["month"],
        fields["day"],
        fields["hour"],
        fields["minute"],
        fields["second"],
    )
    local = lm.zones.localize(naive, zone, on_ambiguous="earlier")
    when = None
    if draw(st.integers(0, 9)):
        when = Timestamp(
            local=local,
            tz=zone,
            precision=precision,
            approximate=draw(st.booleans()),
            qualifier=draw(st.sampled_from([None, None, None, "not_before", "not_after"])),
        )
    return Event(
        kind=draw(st.sampled_from(list(EventKind))),
        status=draw(st.sampled_from(list(lm.Status))),
        mission=draw(st.sampled_from(["Luna-25", "Chandrayaan-3", "SLIM", None])),
        when=when,
        summary=draw(st.text(max_size=8)),
    )


@settings(max_examples=150, deadline=None)
@given(
    st.lists(events(), max_size=40),
    st.datetimes(min_value=datetime(2019, 6, 1), max_value=datetime(2025, 6, 1)),
    st.integers(0, 400 * 24),
    st.sampled_from(["possibly", "definitely"]),
)
def test_window_index_agrees_with_a_scan(
    evs: list[Event], start: datetime, hours: int, match: str
) -> None:
    tl = Timeline(evs)
    lo = start.replace(tzinfo=UTC)
    hi = lo + timedelta(hours=hours)
    got = [e.id for e in tl.filter(start=lo, end=hi, match=match)]  # type: ignore[arg-type]
    if match == "possibly":
        want = [e.id for e in tl.dated if e.when and e.when.earliest < hi and e.when.latest > lo]
    else:
        want = [e.id for e in tl.dated if e.when and lo <= e.when.earliest and e.when.latest <= hi]
    assert got == want


@settings(max_examples=60, deadline=None)
@given(st.lists(events(), max_size=15))
def test_any_timeline_round_trips_through_json(evs: list[Event]) -> None:
    tl = Timeline(evs)
    assert Timeline.model_validate_json(tl.model_dump_json()) == tl


@settings(max_examples=100, deadline=None)
@given(
    st.lists(events(), max_size=30),
    st.data(),
    st.sampled_from([None, "launch", ["landing", "impact"]]),
    st.sampled_from([None, "luna 25", "SLIM"]),
    st.sampled_from([None, "planned"]),
    st.booleans(),
)
def test_a_query_result_is_ordered_as_a_timeline_of_its_own_events(
    evs: list[Event],
    data: st.DataObject,
    kind: object,
    mission: object,
    status: object,
    window: bool,
) -> None:
    """A filter's result comes with its order known; it must be the order the
    same events get when they are put in a new timeline."""
    tl = Timeline(evs)
    revised = data.draw(st.lists(st.sampled_from(evs), max_size=3, unique=True)) if evs else []
    for old in revised:
        fields = old.model_dump(exclude={"id"})
        tl.add(Event(**{**fields, "supersedes": old.id, "summary": "revised"}))
    bounds = {"start": "2021-01-01T00:00Z", "end": "2023-01-01T00:00Z"} if window else {}
    result = tl.filter(kind=kind, mission=mission, status=status, **bounds)  # type: ignore[arg-type]
    assert [e.id for e in result] == [e.id for e in Timeline(list(result))]
    assert len(result) == len(Timeline(list(result)))
