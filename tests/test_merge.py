"""merge / Timeline.merge: one event per happening, one time kept by a fixed rule whatever
the order, every source kept, conflicts loud."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lunamission as lm

ts = lm.Timestamp.from_iso


def ev(
    kind: str,
    when: str | None,
    *,
    doc: str,
    mission: str = "Luna-25",
    status: str = "actual",
    published: date | None = None,
) -> lm.Event:
    source = lm.Source(document=doc, quote=f"{doc} says {kind}", published=published)
    return lm.Event(
        kind=kind,
        status=status,
        mission=mission,
        when=ts(when) if when else None,
        source=source,
    )


def docs(tl: lm.Timeline, event: lm.Event) -> list[str | None]:
    return [s.document for s in lm.event_sources(tl, event)]


# -- the same event from two reports: kept once, at the narrower time -------------------------
NARROWING = [
    # (a's time, b's time, the time that wins)
    ("2023-08-19[Europe/Moscow]", "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]",
     "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]"),
    ("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]", "2023-08-19[Europe/Moscow]",
     "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]"),
    ("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]", "2023-08-19T11:57+00:00[UTC]",
     "2023-08-19T11:57+00:00[UTC]"),
    ("2023-08[UTC]", "2023-08-19[UTC]", "2023-08-19[UTC]"),
    # one launch as August 11 (Moscow) and as August 10 (UTC): overlapping, no conflict
    ("2023-08-11[Europe/Moscow]", "2023-08-10[UTC]", "2023-08-11[Europe/Moscow]"),
    # overlapping, neither inside the other: the finer one
    ("2023-08-11[Europe/Moscow]", "2023-08-10T22:00+00:00[UTC][_approximate=true]",
     "2023-08-10T22:00+00:00[UTC][_approximate=true]"),
    # the same, in the other order: the choice never depends on it
    ("2023-08-10[UTC]", "2023-08-11[Europe/Moscow]", "2023-08-11[Europe/Moscow]"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("a_when", "b_when", "winner"),
    NARROWING,
    ids=["day-then-minute", "minute-then-day", "approx-then-exact", "month-then-day",
         "moscow-vs-utc-day", "partial-overlap", "utc-vs-moscow-day"],
)  # fmt: skip
def test_same_event_narrowed(a_when: str, b_when: str, winner: str) -> None:
    a = lm.Timeline([ev("loss_of_contact", a_when, doc="a")])
    b = lm.Timeline([ev("loss_of_contact", b_when, doc="b")])
    merged = a.merge(b)
    (only,) = merged
    assert only.when is not None and only.when.isoformat() == winner
    assert sorted(docs(merged, only)) == ["a", "b"]
    assert len(merged.revisions) == 2


# Neither interval inside the other: finer precision, then the later-recorded report, then
# the interval that starts later
TIE_BREAKS = [
    (("2023-08-11[Europe/Moscow]", None), ("2023-08-10T22:00+00:00[UTC][_approximate=true]", None),
     "2023-08-10T22:00+00:00[UTC][_approximate=true]"),
    (("2023-08-11[Europe/Moscow]", date(2023, 8, 20)), ("2023-08-10[UTC]", date(2023, 8, 21)),
     "2023-08-10[UTC]"),
    (("2023-08-11[Europe/Moscow]", date(2023, 8, 21)), ("2023-08-10[UTC]", date(2023, 8, 21)),
     "2023-08-11[Europe/Moscow]"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "kept"), TIE_BREAKS, ids=["finer", "later-recorded", "later-start"]
)
def test_the_kept_time_follows_the_documented_rule_in_either_order(
    first: tuple[str, date | None], second: tuple[str, date | None], kept: str
) -> None:
    a = lm.Timeline([ev("launch", first[0], doc="a", published=first[1])])
    b = lm.Timeline([ev("launch", second[0], doc="b", published=second[1])])
    for merged in (a.merge(b), b.merge(a)):
        (only,) = merged
        assert only.when is not None and only.when.isoformat() == kept
        assert sorted(docs(merged, only)) == ["a", "b"]


_OVERLAPPING = st.sampled_from(  # every one of them holds 2023-08-10 23:10 UTC
    [
        "2023-08-10[UTC]",
        "2023-08-11[Europe/Moscow]",
        "2023-08-10[America/New_York]",
        "2023-08-10T23:10+00:00[UTC]",
        "2023-08-11T02:10+03:00[Europe/Moscow]",
        "2023-08-10T23:05+00:00[UTC][_approximate=true]",
        "2023-08[UTC]",
        "2023-08-10T19:10-04:00[America/New_York]",
    ]
)


@settings(max_examples=80, deadline=None)
@given(_OVERLAPPING, _OVERLAPPING, st.sampled_from([None, date(2023, 8, 12)]))
def test_merge_keeps_the_same_time_whatever_the_order(
    first: str, second: str, recorded: date | None
) -> None:
    a = lm.Timeline([ev("launch", first, doc="a", published=recorded)])
    b = lm.Timeline([ev("launch", second, doc="b")])
    ab, ba = a.merge(b), b.merge(a)
    assert [e.when for e in ab] == [e.when for e in ba]


def test_undated_report_joins_the_dated_one() -> None:
    a = lm.Timeline([ev("impact", None, doc="tass")])
    b = lm.Timeline([ev("impact", "2023-08-19[UTC]", doc="reuters")])
    for merged in (a.merge(b), b.merge(a)):
        (only,) = merged
        assert only.when is not None
        assert sorted(docs(merged, only)) == ["reuters", "tass"]


def test_aliases_make_one_mission() -> None:
    mission = lm.Mission(name="Chandrayaan-3", aliases=("Vikram",))
    a = lm.Timeline([ev("landing", "2023-08-23[Asia/Kolkata]", doc="a", mission="Chandrayaan-3")])
    b = lm.Timeline(
        [ev("landing", "2023-08-23T18:03+05:30[Asia/Kolkata]", doc="b", mission="Vikram")],
        missions=[mission],
    )
    (only,) = a.merge(b)
    assert only.when is not None and only.when.precision is lm.Precision.MINUTE


# -- what is never merged -------------------------------------------------------------------
def test_planned_and_actual_stay_apart() -> None:
    a = lm.Timeline([ev("landing", "2023-08-21[Europe/Moscow]", doc="a", status="planned")])
    b = lm.Timeline([ev("landing", "2023-08-21[Europe/Moscow]", doc="b")])
    assert sorted(e.status.value for e in a.merge(b)) == ["actual", "planned"]


@pytest.mark.parametrize(
    ("a_mission", "b_mission", "a_kind", "b_kind"),
    [
        ("Luna-25", "Chandrayaan-3", "landing", "landing"),
        ("Luna-25", "Luna-25", "landing", "impact"),
    ],
    ids=["other-mission", "other-kind"],
)
def test_different_events_stay_apart(
    a_mission: str, b_mission: str, a_kind: str, b_kind: str
) -> None:
    a = lm.Timeline([ev(a_kind, "2023-08-21[UTC]", doc="a", mission=a_mission)])
    b = lm.Timeline([ev(b_kind, "2023-08-21[UTC]", doc="b", mission=b_mission)])
    assert len(a.merge(b)) == 2


def test_repeating_kinds_at_disjoint_times_are_two_events() -> None:
    a = lm.Timeline([ev("trajectory_correction", "2023-08-12[Europe/Moscow]", doc="a")])
    b = lm.Timeline([ev("trajectory_correction", "2023-08-14[Europe/Moscow]", doc="b")])
    assert len(a.merge(b)) == 2


# -- conflicts: the same event at disjoint times ------------------------------------------------
def _conflicting() -> tuple[lm.Timeline, lm.Timeline]:
    a = lm.Timeline([ev("launch", "2023-08-11[Europe/Moscow]", doc="tass")])
    b = lm.Timeline([ev("launch", "2023-08-13T10:00+00:00[UTC]", doc="wire")])
    return a, b


def test_conflict_raises_quoting_both_sources() -> None:
    a, b = _conflicting()
    with pytest.raises(lm.MergeConflictError) as info:
        a.merge(b)
    assert info.value.code == "merge_conflict"
    assert isinstance(info.value, lm.TimelineError)
    assert "tass says launch" in info.value.reason
    assert "wire says launch" in info.value.reason


def test_conflict_keep_both() -> None:
    a, b = _conflicting()
    merged = a.merge(b, on_conflict="keep_both")
    assert [docs(merged, e) for e in merged] == [["tass"], ["wire"]]


def test_conflict_prefer_precise_keeps_the_other_as_history() -> None:
    a, b = _conflicting()
    merged = lm.merge(a, b, on_conflict="prefer_precise")
    (only,) = merged
    assert only.when is not None and only.when.precision is lm.Precision.MINUTE
    assert docs(merged, only) == ["wire", "tass"]


def test_a_slipped_plan_is_a_revision_not_a_conflict() -> None:
    early = ev("landing", "2023-08-21[UTC]", doc="a", status="planned", published=date(2023, 8, 15))
    late = ev("landing", "2023-08-23[UTC]", doc="b", status="planned", published=date(2023, 8, 20))
    (current,) = lm.Timeline([early]).merge(lm.Timeline([late]))
    assert current.when is not None and current.when.isoformat() == "2023-08-23[UTC]"


def test_bad_policy_is_refused() -> None:
    a, b = _conflicting()
    with pytest.raises(lm.TimelineError) as info:
        a.merge(b, on_conflict="coin_flip")  # type: ignore[arg-type]
    assert info.value.code == "bad_policy"


# -- history and identity -----------------------------------------------------------------------
def test_merge_changes_neither_input_and_is_idempotent() -> None:
    a, b = _conflicting()
    before = (a.model_dump_json(), b.model_dump_json())
    merged = a.merge(b, on_conflict="keep_both")
    assert (a.model_dump_json(), b.model_dump_json()) == before
    assert merged.merge(merged) == merged
    assert lm.Timeline.model_validate_json(merged.model_dump_json()) == merged


def test_three_reports_chain_every_source() -> None:
    day = lm.Timeline([ev("loss_of_contact", "2023-08-19[Europe/Moscow]", doc="day")])
    approx = lm.Timeline(
        [
            ev(
                "loss_of_contact",
                "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]",
                doc="approx",
            )
        ]
    )
    exact = lm.Timeline([ev("loss_of_contact", "2023-08-19T11:57+00:00[UTC]", doc="exact")])
    for merged in (day.merge(approx).merge(exact), exact.merge(day.merge(approx))):
        (only,) = merged
        assert docs(merged, only)[0] == "exact"
        assert sorted(d for d in docs(merged, only) if d) == ["approx", "day", "exact"]


def test_explicit_ids_are_kept() -> None:
    a = lm.Timeline([lm.Event(kind="impact", mission="Luna-25", id="crash-1")])
    b = lm.Timeline([lm.Event(kind="impact", mission="Luna-25", when=ts("2023-08-19[UTC]"))])
    merged = b.merge(a)
    assert "crash-1" in merged


# -- property: merging never loses a report ---------------------------------------------------
_EVENTS = st.builds(
    lambda kind, mission, day, status, doc: ev(
        kind, f"2023-08-{day:02d}[UTC]" if day else None, doc=doc, mission=mission, status=status
    ),
    st.sampled_from(["launch", "landing", "trajectory_correction", "impact"]),
    st.sampled_from(["Luna-25", "Chandrayaan-3"]),
    st.integers(min_value=0, max_value=28),
    st.sampled_from(["actual", "planned"]),
    st.sampled_from(["a1", "a2", "a3"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_EVENTS, max_size=6), st.lists(_EVENTS, max_size=6))
def test_merging_never_loses_a_report(first: list[lm.Event], second: list[lm.Event]) -> None:
    a, b = lm.Timeline(first), lm.Timeline(second)
    reported = {e.source for e in [*a, *b]}
    for policy in ("keep_both", "prefer_precise"):
        merged = a.merge(b, on_conflict=policy)
        found = {s for e in merged for s in lm.event_sources(merged, e)}
        assert reported <= found
        assert len(merged) <= len(a) + len(b)
