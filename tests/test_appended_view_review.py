"""An adversarial review of replays that merge lines appended since a checkpoint
into the view and window index it kept.

The contract under test: whatever was appended to a checkpointed log (events of
any precision, zone and hedge, undated ones, revisions in either direction
across the checkpoint, chains, repeats, ties with covered times, times before
and after every covered one, new shapes, many intervals of one shape), a replay
through the old checkpoint answers every query exactly as
``EventLog(path, checkpoint=False).replay()`` does, also after events and
missions are added, and over several rounds of appends and rewritten
checkpoints. Each case also checks that the merge did give the view (where one
is expected), so that no comparison is vacuous.

tests/test_checkpoint.py holds the basic merges and a property over random
events; this file aims the appends at the merge's seams: equal keys, emptied
and new shapes, widths a shape never had, the re-sort path, and checkpoints
written from a merged view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from checks import installed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lunamission as lm
from lunamission import Event, EventLog, Timeline, Timestamp, _checkpoint, _lookup, eventlog
from lunamission._index import epoch_bounds

iso = Timestamp.from_iso
UTC = timezone.utc
KEEP_OLD = 1 << 30  # a replay then writes no checkpoint: the old one stays
ALIASES = {"Luna-25": ["Luna 25", "Luna-Glob lander"], "SLIM": ["Moon Sniper"]}


def ev(kind: str, mission: str | None, when: str | None, summary: str = "", **more: Any) -> Event:
    return Event(
        kind=kind,
        mission=mission,
        when=None if when is None else iso(when),
        summary=summary,
        **more,
    )


def revised(old: Event, when: str | None, summary: str = "revised", **more: Any) -> Event:
    """A later report of ``old``, at ``when``."""
    fields = {**old.model_dump(exclude={"id", "when", "summary", "supersedes"}), **more}
    return Event(
        **fields,
        when=None if when is None else iso(when),
        summary=summary,
        supersedes=old.id,
    )


# Real times of real missions.
LUNA_LAUNCH = ev("launch", "Luna-25", "2023-08-11T02:10:57+03:00[Europe/Moscow]", "launch")
LUNA_LANDING = ev(
    "landing", "Luna-25", "2023-08-21[Europe/Moscow]", "landing plan", status="planned"
)
LUNA_IMPACT = ev(
    "impact", "Luna-25", "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]", "lost"
)
CY3_LAUNCH = ev("launch", "Chandrayaan-3", "2023-07-14T14:35:17+05:30[Asia/Kolkata]", "launch")
CY3_LANDING = ev("landing", "Chandrayaan-3", "2023-08-23T18:04+05:30[Asia/Kolkata]", "landing")
SLIM_LAUNCH = ev("launch", "SLIM", "2023-09-06T23:42:11+00:00[UTC]", "launch")
SLIM_LANDING = ev("landing", "SLIM", "2024-01-19T15:20+00:00[UTC]", "landing")
CE6_LAUNCH = ev("launch", "Chang'e-6", "2024-05-03T17:27+08:00[Asia/Shanghai]", "launch")
CE6_LANDING = ev("landing", "Chang'e-6", "2024-06-02T06:23+08:00[Asia/Shanghai]", "landing")
CE6_RETURN = ev("other", "Chang'e-6", "2024-06[Asia/Shanghai][_qualifier=not_before]", "return")
UNDATED_ORBIT = ev("orbit_insertion", "Luna-25", None, "lunar orbit, time not given")
UNDATED_SLIM = ev("other", "SLIM", None, "solar cells facing west")

COVERED = [LUNA_LAUNCH, CY3_LAUNCH, LUNA_LANDING, CY3_LANDING, SLIM_LAUNCH, UNDATED_ORBIT]

# Same UTC start as LUNA_LAUNCH's second (the same key: only the row breaks the tie),
# and Moscow midnight of launch day at day and at minute precision (same start).
LUNA_LAUNCH_UTC = ev("launch", "Luna-25", "2023-08-10T23:10:57+00:00[UTC]", "launch, UTC")
LAUNCH_DAY = ev("launch", "Luna 25", "2023-08-11[Europe/Moscow]", "launch day")
LAUNCH_MIDNIGHT = ev("other", "Luna-25", "2023-08-11T00:00+03:00[Europe/Moscow]", "midnight")
# Crew-2 splashed down at 22:33 EST on 7 November 2021, the day New York left
# daylight time: a day of 25 hours among days of 24.
NY_DAYS = [
    ev("launch", "Crew-2", "2021-04-23[America/New_York]", "launch"),
    ev("docking", "Crew-2", "2021-04-24[America/New_York]", "docking"),
    ev("undocking", "Crew-2", "2021-11-08[America/New_York]", "undocking"),
]
CREW2_SPLASHDOWN = ev("landing", "Crew-2", "2021-11-07[America/New_York]", "splashdown")
# A report written before the one it revises (its original appended later).
ORIGINAL = ev("landing", "SLIM", "2024-01[UTC][_approximate=true]", "plan", id="ev-slim-plan")
EARLY_REVISION = Event(
    kind="landing", mission="SLIM", when=iso("2024-01-19[UTC]"), supersedes="ev-slim-plan"
)
# Revisions that are revised again.
LANDING_SLIP = revised(LUNA_LANDING, "2023-08-23[Europe/Moscow]", "slip")
SLIM_HELD = revised(SLIM_LAUNCH, "2023-09-07T08:42+09:00[Asia/Tokyo]", "held")


# -- replaying and asking ----------------------------------------------------------------


@pytest.fixture
def merges(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each merge the replays ran gave a view (rather than None)."""
    ran: list[bool] = []
    merge = _checkpoint.extended_view

    def counting(*args: Any) -> Any:
        found = merge(*args)
        ran.append(found is not None)
        return found

    monkeypatch.setattr(_checkpoint, "extended_view", counting)
    return ran


def _checkpointed(path: Path, covered: list[Event], patch: pytest.MonkeyPatch) -> None:
    """A log of ``covered`` and its checkpoint (with the view), kept from now on."""
    patch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
    EventLog(path).extend(covered)
    EventLog(path).replay()
    patch.setattr(eventlog, "_CHECKPOINT_BYTES", KEEP_OLD)


def _attempt(ask: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``ask(*args, **kwargs)``, or the library's error that came instead."""
    try:
        return ask(*args, **kwargs)
    except lm.LunamissionError as exc:
        return ("raised", type(exc).__name__, exc.code)


def _moments(timeline: Timeline) -> Iterator[datetime]:
    """Where each interval starts and ends, and a second either side."""
    for event in timeline.revisions:
        if event.when is None:
            continue
        for edge in epoch_bounds(event.when):
            if -6e10 < edge < 2.5e11:  # not an open end
                moment = datetime.fromtimestamp(edge, UTC)
                yield from (moment - timedelta(seconds=1), moment, moment + timedelta(seconds=1))


def _ids(timeline: Timeline) -> list[str]:
    return [event.id for event in timeline]


def _answers(timeline: Timeline) -> dict[str, Any]:
    """Every answer compared: the view first, so that it is what a query takes."""
    out: dict[str, Any] = {"split": timeline._split()}
    out |= {
        "iterated": _ids(timeline),
        "len": len(timeline),
        "dated": [event.id for event in timeline.dated],
        "undated": [event.id for event in timeline.undated],
        "csv": timeline.to_csv(),
        "missions": timeline.missions(),
    }
    moments = sorted(set(_moments(timeline)))
    for match in ("possibly", "definitely"):
        for at in moments:
            out[f"from {at} {match}"] = _ids(timeline.filter(start=at, match=match))
            out[f"until {at} {match}"] = _ids(timeline.filter(end=at, match=match))
        for start, end in zip(moments, moments[3:], strict=False):
            window = timeline.filter(start=start, end=end, match=match)
            out[f"{start} to {end} {match}"] = _ids(window)
    for kind in ("launch", "landing", "impact", "other"):
        for mission in (None, "Luna 25", "Luna-Glob lander", "SLIM", "Crew-2"):
            found = timeline.filter(kind=kind, mission=mission, status="actual")
            out[f"{kind} {mission}"] = _ids(found)
            out[f"first {kind} {mission}"] = _attempt(timeline.first, kind, mission=mission)
            out[f"last {kind} {mission}"] = _attempt(timeline.last, kind, mission=mission)
            out[f"{kind} {mission} since"] = _ids(
                timeline.filter(kind=kind, mission=mission, start="2023-08-01T00:00Z")
            )
    for day in ("2021-11-07", "2023-08-15", "2024-06-01"):
        for unrecorded in ("include", "exclude"):
            found = _attempt(timeline.as_of, day, unrecorded=unrecorded)
            out[f"as of {day} {unrecorded}"] = _ids(found) if isinstance(found, Timeline) else found
    for ident in timeline._rows.ids:
        out[f"history {ident}"] = repr(_attempt(timeline.history, ident))
    return out


def _cold(path: Path) -> Timeline:
    return EventLog(path, checkpoint=False).replay()


# -- one append after the checkpoint -----------------------------------------------------

CASES = [
    # where the appended times fall among the covered ones
    pytest.param(
        COVERED,
        [ev("launch", "Sputnik", "1957-10-04T22:28:34+03:00[Europe/Moscow]")],
        id="before all",
    ),
    pytest.param(COVERED, [CE6_LANDING, CE6_LAUNCH], id="after all, written out of order"),
    pytest.param(COVERED, [LUNA_IMPACT, SLIM_LANDING], id="between covered ones"),
    # equal keys: the row breaks a tie, a coarser precision goes first at one start
    pytest.param(COVERED, [LUNA_LAUNCH_UTC], id="same instant and precision as a covered one"),
    pytest.param([*COVERED, LAUNCH_MIDNIGHT], [LAUNCH_DAY], id="a day starting with a minute"),
    pytest.param([*COVERED, LAUNCH_DAY], [LAUNCH_MIDNIGHT], id="a minute starting with a day"),
    pytest.param(
        [LUNA_LAUNCH, LUNA_LAUNCH_UTC], [LAUNCH_DAY, LAUNCH_MIDNIGHT], id="ties on both sides"
    ),
    # revisions across the checkpoint
    pytest.param(
        COVERED, [revised(LUNA_LANDING, "2023-08-19T14:57+03:00[Europe/Moscow]")], id="a dated one"
    ),
    pytest.param(
        COVERED, [revised(UNDATED_ORBIT, "2023-08-16T12:00+03:00[Europe/Moscow]")], id="undated"
    ),
    pytest.param(COVERED, [revised(CY3_LANDING, None)], id="a dated one, now undated"),
    pytest.param([*COVERED, EARLY_REVISION], [ORIGINAL], id="the original after its revision"),
    pytest.param(
        COVERED,
        [LANDING_SLIP, revised(LANDING_SLIP, "2023-08-19T14:57+03:00[Europe/Moscow]", "lost")],
        id="a chain from a covered one",
    ),
    pytest.param(
        [*COVERED, SLIM_HELD],
        [revised(SLIM_HELD, "2023-09-06T23:42+00:00[UTC]", "again")],
        id="a chain through a covered revision",
    ),
    pytest.param(
        [*COVERED, revised(SLIM_LAUNCH, "2023-09-07[Asia/Tokyo]")],
        [revised(SLIM_LAUNCH, "2023-09-06[UTC]", "another")],
        id="a covered one already revised",
    ),
    pytest.param(
        COVERED,
        [SLIM_LANDING, revised(SLIM_LANDING, "2024-01-20T00:20+09:00[Asia/Tokyo]")],
        id="appended ones among themselves",
    ),
    pytest.param(
        COVERED,
        [revised(event, "2023-08-19T14:57+03:00[Europe/Moscow]", event.id) for event in COVERED],
        id="every covered one to the same minute",
    ),
    # shapes: emptied, new, wider than before
    pytest.param(
        COVERED, [revised(LUNA_LAUNCH, None), revised(CY3_LAUNCH, None)], id="a shape emptied"
    ),
    pytest.param(
        COVERED,
        [revised(LUNA_LAUNCH, None), ev("launch", "Starship", "2023-04-20T13:33:09+00:00[UTC]")],
        id="a shape emptied and refilled",
    ),
    pytest.param(
        COVERED,
        [CE6_RETURN, ev("other", "Artemis I", "2022-11[America/New_York][_qualifier=not_after]")],
        id="open shapes",
    ),
    pytest.param(
        COVERED,
        [ev("launch", "Luna-25", "2023[Europe/Moscow][_approximate=true][_qualifier=not_after]")],
        id="an approximate open-start year",
    ),
    pytest.param(NY_DAYS, [CREW2_SPLASHDOWN], id="a day of 25 hours among days of 24"),
    pytest.param(
        [*NY_DAYS, CREW2_SPLASHDOWN],
        [revised(CREW2_SPLASHDOWN, "2021-11-08T03:33+00:00[UTC]")],
        id="the only day of 25 hours revised away",
    ),
    # a covered part without dated events
    pytest.param([UNDATED_ORBIT, UNDATED_SLIM], [LUNA_LAUNCH, CY3_LAUNCH], id="none dated"),
    pytest.param(
        [UNDATED_ORBIT, UNDATED_SLIM],
        [
            revised(UNDATED_SLIM, "2024-01-19T15:20+00:00[UTC]"),
            UNDATED_ORBIT.model_copy(update={"summary": "orbit", "id": "ev-orbit"}),
        ],
        id="none dated, one revised",
    ),
]


@pytest.mark.parametrize("few", [256, 0], ids=["one by one", "sorted again"])
@pytest.mark.parametrize(("covered", "appended"), CASES)
def test_a_replay_merging_appended_lines_answers_as_a_cold_replay(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    covered: list[Event],
    appended: list[Event],
    few: int,
) -> None:
    monkeypatch.setattr(_lookup, "_FEW_INSERTS", few)
    path = tmp_path / "log.jsonl"
    _checkpointed(path, covered, monkeypatch)
    EventLog(path).extend(appended)
    replayed = EventLog(path).replay()
    assert installed(replayed)
    assert _answers(replayed) == _answers(_cold(path))


def test_a_covered_line_appended_again_is_not_merged_but_answers_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, merges: list[bool]
) -> None:
    path = tmp_path / "log.jsonl"
    _checkpointed(path, COVERED, monkeypatch)
    EventLog(path).extend([LUNA_IMPACT, LUNA_LAUNCH])  # the launch line a second time
    replayed = EventLog(path).replay()
    assert not installed(replayed) and merges == []
    assert _answers(replayed) == _answers(_cold(path))


# -- the timeline changed after the replay -----------------------------------------------

LATE = revised(LUNA_LAUNCH, "2023-08-10T23:10+00:00[UTC]", "late")
CHANGES = [
    pytest.param(lambda tl: tl.add(LATE), id="a revision of a covered event"),
    pytest.param(lambda tl: tl.add(revised(LUNA_IMPACT, None)), id="a revision of an appended one"),
    pytest.param(lambda tl: tl.add(LUNA_IMPACT), id="an appended event again"),
    pytest.param(lambda tl: tl.add(CE6_LAUNCH), id="a new event"),
    pytest.param(
        lambda tl: tl.add_mission(lm.Mission(name="Luna-25", aliases=ALIASES["Luna-25"])),
        id="a mission",
    ),
    pytest.param(
        lambda tl: (
            [tl.add_mission(lm.Mission(name=n, aliases=a)) for n, a in ALIASES.items()]
            + [tl.add(LATE)]
        ),
        id="missions, then a revision",
    ),
]


@pytest.mark.parametrize("queried", [False, True], ids=["before a query", "after a query"])
@pytest.mark.parametrize("change", CHANGES)
def test_a_merged_timeline_changed_answers_as_a_cold_replay_changed_alike(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    merges: list[bool],
    change: Callable[[Timeline], Any],
    queried: bool,
) -> None:
    path = tmp_path / "log.jsonl"
    _checkpointed(path, COVERED, monkeypatch)
    EventLog(path).extend([LUNA_IMPACT, revised(UNDATED_ORBIT, "2023-08-16[Europe/Moscow]")])
    replayed, cold = EventLog(path).replay(), _cold(path)
    if queried:
        for timeline in (replayed, cold):
            timeline.filter(kind="landing", start="2023-08-19T00:00Z")
        assert merges == [True]
    rows = len(replayed._rows)
    assert repr(_attempt(change, replayed)) == repr(_attempt(change, cold))
    assert _answers(replayed) == _answers(cold)
    # Merged before the change, or at the first query after it unless an event was added.
    assert merges == ([True] if queried or len(replayed._rows) == rows else [])


# -- rounds of appends, the checkpoint kept old, then written again ----------------------

ROUNDS: list[tuple[list[Event], bool]] = [  # appended, then whether the replay rewrites
    ([LUNA_IMPACT, revised(LUNA_LANDING, "2023-08-19[Europe/Moscow]")], False),
    ([SLIM_LANDING, revised(LUNA_IMPACT, None)], False),
    ([LUNA_LAUNCH_UTC, revised(CY3_LAUNCH, None), CE6_RETURN], True),
    ([LAUNCH_DAY, revised(CE6_RETURN, "2024-06-25T14:07+08:00[Asia/Shanghai]")], False),
    ([], False),
    ([CE6_LAUNCH, revised(SLIM_LANDING, None)], True),
    ([], False),
]


@pytest.mark.parametrize("few", [256, 1], ids=["one by one", "sorted again"])
def test_rounds_of_appends_through_old_and_rewritten_checkpoints_answer_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, merges: list[bool], few: int
) -> None:
    monkeypatch.setattr(_lookup, "_FEW_INSERTS", few)
    path = tmp_path / "log.jsonl"
    _checkpointed(path, COVERED, monkeypatch)
    for appended, rewrite in ROUNDS:
        EventLog(path).extend(appended)
        monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 0 if rewrite and appended else KEEP_OLD)
        merges.clear()
        replayed = EventLog(path).replay()
        monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", KEEP_OLD)
        if rewrite:  # the replay took the merged view to write it
            assert merges == [True]
        else:  # taken as kept, or merged, at the first query
            assert installed(replayed)
        assert _answers(replayed) == _answers(_cold(path))


# -- any appends of a few times, hedges and revisions ------------------------------------

TIMES = [
    "2023-08-11T02:10:57+03:00[Europe/Moscow]",
    "2023-08-10T23:10:57+00:00[UTC]",
    "2023-08-11T02:10+03:00[Europe/Moscow]",
    "2023-08-11[Europe/Moscow]",
    "2023-08-11T00:00+03:00[Europe/Moscow]",
    "2023-08[Europe/Moscow]",
    "2023[UTC]",
    "2023-08-23T18:04+05:30[Asia/Kolkata]",
    "2023-08-23[Asia/Kolkata]",
    "2021-11-07[America/New_York]",
    "2021-11-08[America/New_York]",
    "2024-01-19T15:20+00:00[UTC]",
]
HEDGES = ["", "[_approximate=true]", "[_qualifier=not_before]", "[_qualifier=not_after]"]
whens = st.none() | st.builds(
    lambda time, hedge: iso(time + hedge), st.sampled_from(TIMES), st.sampled_from(HEDGES)
)
reports = st.builds(
    Event,
    kind=st.sampled_from(["launch", "landing", "other"]),
    status=st.sampled_from(["actual", "planned"]),
    mission=st.none() | st.sampled_from(["Luna-25", "Luna 25", "SLIM"]),
    when=whens,
    summary=st.text("ab", max_size=2),
)


def _revisions(data: st.DataObject, known: list[Event], extra: list[str]) -> list[Event]:
    """A few revisions of ``known`` events (or of ids not seen yet, in ``extra``)."""
    if not known:
        return []
    targets = st.sampled_from([event.id for event in known] + extra)
    return [
        Event(
            **event.model_dump(exclude={"id", "when", "supersedes"}),
            when=data.draw(whens),
            supersedes=data.draw(targets),
        )
        for event in data.draw(st.lists(st.sampled_from(known), max_size=3))
    ]


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    covered=st.lists(reports, min_size=1, max_size=10),
    rounds=st.lists(st.tuples(st.lists(reports, max_size=6), st.booleans()), max_size=3),
    few=st.integers(0, 3),
    data=st.data(),
)
def test_rounds_of_any_appends_answer_as_a_cold_replay(
    tmp_path_factory: pytest.TempPathFactory,
    covered: list[Event],
    rounds: list[tuple[list[Event], bool]],
    few: int,
    data: st.DataObject,
) -> None:
    drafts = covered + _revisions(data, covered, ["ev-later"])
    covered = list({event.id: event for event in drafts}.values())
    path = tmp_path_factory.mktemp("log") / "log.jsonl"
    seen = {event.id for event in covered}
    logged = list(covered)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_lookup, "_FEW_INSERTS", few)
        _checkpointed(path, covered, patch)
        kept_dated, kept_rows = len(_cold(path)._split()[0]), len(logged)
        for appended, rewrite in rounds:
            drafts = appended + _revisions(data, logged + appended, ["ev-later"])
            new = [e for e in {e.id: e for e in drafts}.values() if e.id not in seen]
            seen |= {event.id for event in new}
            logged += new
            EventLog(path).extend(new)
            patch.setattr(eventlog, "_CHECKPOINT_BYTES", 0 if rewrite else KEEP_OLD)
            replayed = EventLog(path).replay()
            patch.setattr(eventlog, "_CHECKPOINT_BYTES", KEEP_OLD)
            cold = _cold(path)
            revised_ids = {event.supersedes for event in logged}
            added = [e for e in logged[kept_rows:] if e.when and e.id not in revised_ids]
            if rewrite and len(logged) > kept_rows:  # the replay wrote a checkpoint
                kept_dated, kept_rows = len(cold._split()[0]), len(logged)
            else:
                assert installed(replayed) is (8 * len(added) <= kept_dated + 64)
            assert _answers(replayed) == _answers(cold)
