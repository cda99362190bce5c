"""Revisions, kept bitemporally: history, as_of and slips."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

import lunamission as lm
from lunamission import Event, Timeline, Timestamp

iso = Timestamp.from_iso
M = "Luna-25"


def launch_chain() -> list[Event]:
    """Luna-25's launch date as the reports moved it, then the launch itself."""
    v1 = Event(
        kind="launch",
        mission=M,
        status="planned",
        when=iso("2021-10[Europe/Moscow]"),
        recorded=date(2021, 1, 20),
        source=lm.Source(document="r1", publisher="TASS"),
    )
    v2 = Event(
        kind="launch",
        mission=M,
        status="planned",
        when=iso("2022-05[Europe/Moscow]"),
        recorded=date(2021, 6, 1),
        supersedes=v1.id,
    )
    v3 = Event(
        kind="launch",
        mission=M,
        status="planned",
        when=iso("2023-07-13[Europe/Moscow]"),
        recorded=date(2022, 10, 3),
        supersedes=v2.id,
    )
    v4 = Event(
        kind="launch",
        mission=M,
        status="planned",
        when=iso("2023-08-11[Europe/Moscow]"),
        recorded=date(2023, 6, 5),
        supersedes=v3.id,
    )
    v5 = Event(
        kind="launch",
        mission=M,
        when=iso("2023-08-11T02:10+03:00[Europe/Moscow]"),
        recorded=date(2023, 8, 11),
        supersedes=v4.id,
    )
    return [v1, v2, v3, v4, v5]


def landing_story() -> list[Event]:
    plan = Event(
        kind="landing",
        mission=M,
        status="planned",
        when=iso("2023-08-21[Europe/Moscow]"),
        recorded=date(2023, 8, 11),
    )
    scrub = Event(
        kind="landing",
        mission=M,
        status="cancelled",
        when=plan.when,
        recorded=date(2023, 8, 20),
        supersedes=plan.id,
    )
    impact = Event(
        kind="impact",
        mission=M,
        outcome="failure",
        recorded=date(2023, 8, 20),
        when=iso("2023-08-19[Europe/Moscow]"),
    )
    return [plan, scrub, impact]


# history
def test_history_lists_every_version_oldest_report_first() -> None:
    chain = launch_chain()
    tl = Timeline(list(reversed(chain)))  # added out of order
    revisions = tl.history(chain[2].id)  # any version's id will do
    assert [r.event for r in revisions] == chain
    assert revisions[0].slip is None
    assert revisions[0].source is not None
    assert revisions[0].source.publisher == "TASS"
    assert revisions[1].slip == datetime(2022, 5, 1) - datetime(2021, 10, 1)
    assert revisions[3].slip == timedelta(days=29)
    assert revisions[4].slip == timedelta(hours=2, minutes=10)  # the day's start to the minute
    assert [ev.kind.value for ev in tl] == ["launch"]  # only the latest version is current


def test_history_of_an_unrevised_event_is_itself() -> None:
    ev = landing_story()[2]
    assert [r.event for r in Timeline([ev]).history(ev.id)] == [ev]


def test_history_follows_forks() -> None:
    root = Event(
        kind="landing",
        mission=M,
        status="planned",
        when=iso("2023-08-21[UTC]"),
        recorded=date(2023, 8, 1),
    )
    a = Event(
        kind="landing",
        mission=M,
        status="planned",
        when=iso("2023-08-22[UTC]"),
        recorded=date(2023, 8, 5),
        supersedes=root.id,
    )
    b = Event(
        kind="landing",
        mission=M,
        status="planned",
        when=iso("2023-08-23[UTC]"),
        recorded=date(2023, 8, 3),
        supersedes=root.id,
    )
    tl = Timeline([root, a, b])
    assert [r.event for r in tl.history(a.id)] == [root, b, a]
    assert [r.slip for r in tl.history(a.id)] == [None, timedelta(days=2), timedelta(days=1)]


def test_history_of_an_unknown_id_is_an_error() -> None:
    with pytest.raises(lm.TimelineError) as info:
        Timeline(launch_chain()).history("ev-nope")
    assert info.value.code == "unknown_event"


def test_a_cycle_of_revisions_is_an_error() -> None:
    a = Event(kind="launch", mission=M, id="ev-a", supersedes="ev-b")
    b = Event(kind="launch", mission=M, id="ev-b", supersedes="ev-a")
    with pytest.raises(lm.TimelineError) as info:
        Timeline([a, b]).history("ev-a")
    assert info.value.code == "revision_cycle"


def test_a_revision_of_an_event_not_in_the_timeline_starts_the_chain() -> None:
    orphan = Event(kind="launch", mission=M, recorded=date(2023, 1, 1), supersedes="ev-elsewhere")
    revisions = Timeline([orphan]).history(orphan.id)
    assert [(r.event, r.slip) for r in revisions] == [(orphan, None)]


# as_of: what was known on a date
AS_OF = [
    ("before the first report", date(2023, 8, 10), []),
    ("after the launch report", "2023-08-15", [("landing", "planned")]),
    (
        "the day of the crash reports",
        date(2023, 8, 20),
        [("impact", "actual"), ("landing", "cancelled")],
    ),
]


@pytest.mark.parametrize(("what", "day", "expected"), AS_OF, ids=[c[0] for c in AS_OF])
def test_as_of_shows_what_the_reports_said_then(
    what: str, day: date | str, expected: list[tuple[str, str]]
) -> None:
    tl = Timeline(landing_story())
    known = tl.as_of(day)
    assert [(ev.kind.value, ev.status.value) for ev in known] == expected


def test_as_of_keeps_the_latest_revision_recorded_by_then() -> None:
    tl = Timeline(launch_chain())
    assert [ev.when.isoformat() for ev in tl.as_of("2022-12-31") if ev.when] == [
        "2023-07-13[Europe/Moscow]"
    ]
    assert len(tl.as_of("2022-12-31").revisions) == 3  # its history up to then


UNRECORDED = [("include", ["landing", "launch"]), ("exclude", ["landing"])]


@pytest.mark.parametrize(("policy", "kinds"), UNRECORDED, ids=[c[0] for c in UNRECORDED])
def test_as_of_policy_for_unrecorded_events(policy: str, kinds: list[str]) -> None:
    unrecorded = Event(kind="launch", mission=M, when=iso("2023-08-11[Europe/Moscow]"))
    tl = Timeline([landing_story()[0], unrecorded])
    with pytest.raises(lm.TimelineError) as info:
        tl.as_of("2023-08-15")
    assert info.value.code == "unrecorded"
    assert sorted(ev.kind.value for ev in tl.as_of("2023-08-15", unrecorded=policy)) == kinds  # type: ignore[arg-type]


BAD_DAYS = [
    ("a datetime", datetime(2023, 8, 15, tzinfo=timezone.utc)),
    ("not a date", "August 15"),
    ("a number", 20230815),
]


@pytest.mark.parametrize(("what", "day"), BAD_DAYS, ids=[c[0] for c in BAD_DAYS])
def test_as_of_refuses_what_is_not_a_calendar_date(what: str, day: object) -> None:
    with pytest.raises(lm.TimelineError) as info:
        Timeline(landing_story()).as_of(day)  # type: ignore[arg-type]
    assert info.value.code == "bad_date"


# slips: what each revision did
def _pair(before: str, after: str, status: str = "planned") -> list[Event]:
    a = Event(
        kind="launch",
        mission=M,
        status="planned",
        when=iso(before) if before else None,
        recorded=date(2020, 1, 1),
    )
    b = Event(
        kind="launch",
        mission=M,
        status=status,
        when=iso(after) if after else None,
        recorded=date(2020, 2, 1),
        supersedes=a.id,
    )
    return [a, b]


CHANGES = [
    # dates that move
    ("slip", "2023-08-21[UTC]", "2023-08-25[UTC]", "planned"),
    ("advance", "2023-08-25[UTC]", "2023-08-21[UTC]", "planned"),
    # dates that sharpen or blur
    ("refined", "2023-08[UTC]", "2023-08-21[UTC]", "planned"),
    ("widened", "2023-08-21[UTC]", "2023-08[UTC]", "planned"),
    ("unchanged", "2023-08-21[UTC]", "2023-08-21[UTC]", "actual"),
    # status and presence
    ("scrub", "2023-08-21[UTC]", "2023-08-21[UTC]", "cancelled"),
    ("dated", "", "2023-08-21[UTC]", "planned"),
    ("undated", "2023-08-21[UTC]", "", "planned"),
]


@pytest.mark.parametrize(
    ("change", "before", "after", "status"), CHANGES, ids=[c[0] for c in CHANGES]
)
def test_each_revision_is_classified(change: str, before: str, after: str, status: str) -> None:
    report = Timeline(_pair(before, after, status)).slips(M)
    (chain,) = report.chains
    assert [step.change for step in chain.steps] == [change]
    assert report.slips == (change == "slip")
    assert report.scrubs == (change == "scrub")


def test_slips_count_and_measure_a_mission() -> None:
    chain = launch_chain()
    tl = Timeline([*chain, *landing_story()])
    report = tl.slips("luna 25")  # any spelling of the mission
    assert report.mission == "luna 25"
    assert len(report.chains) == 2
    launch = report.chains[0]
    assert launch.first == chain[0]
    assert launch.current == chain[-1]
    assert [s.change for s in launch.steps] == ["slip", "slip", "slip", "refined"]
    assert launch.slips == 3
    assert launch.net_slip == datetime(2023, 8, 10, 23, 10) - datetime(2021, 9, 30, 21, 0)
    assert report.slips == 3
    assert report.scrubs == 1
    expected = [chain[i + 1].when.utc - chain[i].when.utc for i in range(3)]  # type: ignore[union-attr]
    assert report.total_slip == sum(expected, timedelta(0))
    assert report.largest_slip == max(expected)


def test_slips_by_kind_and_for_a_mission_without_revisions() -> None:
    tl = Timeline([*launch_chain(), *landing_story()])
    assert len(tl.slips(M, kind="landing").chains) == 1
    empty = tl.slips("Chandrayaan-3")
    assert (empty.chains, empty.slips, empty.scrubs, empty.largest_slip) == ((), 0, 0, None)
    assert empty.total_slip == timedelta(0)


def test_slips_use_the_registered_mission_name() -> None:
    mission = lm.Mission(name="Luna-25", aliases=("Luna-Glob lander",))
    tl = Timeline(launch_chain(), missions=[mission])
    assert tl.slips("Luna-Glob lander").mission == "Luna-25"
