"""Events, sources and missions: defaults, validation, stable ids."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

import lunamission as lm

LAUNCH = lm.Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]")


def test_only_kind_is_required() -> None:
    ev = lm.Event(kind="launch")
    assert ev.kind is lm.EventKind.LAUNCH
    assert ev.status is lm.Status.ACTUAL
    assert ev.when is None and not ev.dated
    assert ev.outcome is None and ev.mission is None and ev.source is None
    assert ev.id.startswith("ev-")


def test_the_whole_ceremony_from_the_issue() -> None:
    ev = lm.Event(kind="launch", mission="Luna-25", when=LAUNCH)
    assert ev.when is not None and ev.when.utc == LAUNCH.utc


# Enumerations hold exactly the documented values
@pytest.mark.parametrize(
    ("enum", "values"),
    [
        (lm.Precision, ["year", "month", "day", "hour", "minute", "second"]),
        (
            lm.EventKind,
            [
                "launch",
                "trajectory_correction",
                "orbit_insertion",
                "orbit_change",
                "landing",
                "impact",
                "loss_of_contact",
                "contact_restored",
                "docking",
                "undocking",
                "deorbit",
                "end_of_mission",
                "anomaly",
                "other",
            ],
        ),
        (lm.Status, ["actual", "planned", "cancelled"]),
        (lm.Outcome, ["success", "partial", "failure"]),
    ],
    ids=["Precision", "EventKind", "Status", "Outcome"],
)
def test_enumerations(enum: type, values: list[str]) -> None:
    assert [member.value for member in enum] == values  # type: ignore[attr-defined]


# Invalid events, grouped by reason
@pytest.mark.parametrize(
    "fields",
    [
        {},  # no kind
        {"kind": "lunch"},  # unknown kind
        {"kind": "launch", "status": "rumoured"},
        {"kind": "landing", "outcome": "crashed"},
        {"kind": "launch", "when": "2023-08-11"},  # a string is not a Timestamp
        {"kind": "launch", "colour": "red"},  # extra fields are refused
        {"kind": "launch", "source": {"stated_weekday": 7}},
    ],
    ids=[
        "no-kind",
        "unknown-kind",
        "bad-status",
        "bad-outcome",
        "bare-string-when",
        "extra-field",
        "bad-weekday",
    ],
)
def test_invalid_events_are_refused(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        lm.Event(**fields)


def test_status_and_outcome_are_apart() -> None:
    ev = lm.Event(kind="landing", status="actual", outcome="failure")
    assert (ev.status, ev.outcome) == (lm.Status.ACTUAL, lm.Outcome.FAILURE)


def test_id_is_stable_and_content_derived() -> None:
    a = lm.Event(kind="launch", mission="Luna-25", when=LAUNCH)
    b = lm.Event(kind="launch", mission="Luna-25", when=LAUNCH)
    c = lm.Event(kind="launch", mission="Luna-26", when=LAUNCH)
    assert a.id == b.id != c.id
    assert lm.Event.model_validate_json(a.model_dump_json()) == a


def test_the_same_words_reported_on_another_day_get_another_id() -> None:
    one = lm.Event(kind="impact", source=lm.Source(document="tass", published=date(2023, 8, 20)))
    two = lm.Event(kind="impact", source=lm.Source(document="tass", published=date(2023, 8, 21)))
    assert one.id != two.id


def test_a_given_id_is_kept() -> None:
    assert lm.Event(kind="launch", id="luna25-launch").id == "luna25-launch"


def test_recorded_defaults_to_the_publication_date() -> None:
    src = lm.Source(document="tass-2023-08-21", published=date(2023, 8, 21))
    assert lm.Event(kind="impact", source=src).recorded == date(2023, 8, 21)
    assert lm.Event(kind="impact", source=src, recorded=date(2023, 8, 22)).recorded == date(
        2023, 8, 22
    )


def test_events_are_frozen() -> None:
    ev = lm.Event(kind="launch")
    with pytest.raises(ValidationError):
        ev.kind = lm.EventKind.LANDING  # type: ignore[misc]


# Missions and the names the news uses for them
@pytest.mark.parametrize(
    ("name", "matches"),
    [
        ("Luna-25", True),
        ("Luna 25", True),
        ("LUNA25", True),
        ("Luna-Glob lander", True),
        ("Luna-26", False),
        ("Luna", False),
    ],
)
def test_mission_aliases(name: str, matches: bool) -> None:
    luna = lm.Mission(name="Luna-25", aliases=("Luna 25", "Luna-Glob lander"), operator="Roscosmos")
    assert luna.matches(name) is matches


def test_mission_needs_a_name() -> None:
    with pytest.raises(ValidationError):
        lm.Mission(name="")
