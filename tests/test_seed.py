"""The model case: the seed TASS report on Luna-25 (read from ../shared/seed/ when present).

The article is not copied into the repository; this test reads it beside the
repository and skips when it is absent. It checks the Luna-25 timeline the
issue describes: launch, two corrections, lunar orbit, the loss of contact, the
planned landing, and the impact and pre-landing burn left undated.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

import lunamission as lm

SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "seed"
SEEDS = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []

pytestmark = pytest.mark.skipif(not SEEDS, reason="../shared/seed/ is not beside the repository")


def _luna_seed() -> str:
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        if "Luna-25" in text:
            return text
    pytest.skip("no Luna-25 article in ../shared/seed/")


@pytest.fixture(scope="module")
def timeline() -> lm.Timeline:
    return lm.extract_timeline(_luna_seed(), published="2023-08-21", source="tass-2023-08-21")


def _only(tl: lm.Timeline, kind: str, status: str = "actual") -> list[lm.Event]:
    return list(tl.filter(kind=kind, status=status, mission="Luna-25"))


def test_launch_at_the_exact_minute(timeline: lm.Timeline) -> None:
    (launch,) = _only(timeline, "launch")
    assert launch.when is not None
    assert launch.when.utc == datetime(2023, 8, 10, 23, 10, tzinfo=timezone.utc)
    assert launch.when.precision is lm.Precision.MINUTE
    assert (launch.vehicle, launch.site) == ("Soyuz-2.1b", "Vostochny Cosmodrome")
    assert launch.source is not None and launch.source.zone_rule == "explicit"


def test_two_corrections_on_august_12_and_14(timeline: lm.Timeline) -> None:
    corrections = _only(timeline, "trajectory_correction")
    assert [ev.when.local.date() for ev in corrections if ev.when] == [
        date(2023, 8, 12),
        date(2023, 8, 14),
    ]
    assert all(ev.when and ev.when.tz == "Europe/Moscow" for ev in corrections)
    assert all(ev.source and ev.source.zone_rule == "article" for ev in corrections)


def test_lunar_orbit_on_august_16(timeline: lm.Timeline) -> None:
    (orbit,) = _only(timeline, "orbit_insertion")
    assert orbit.when is not None and orbit.when.local.date() == date(2023, 8, 16)
    assert orbit.source is not None and orbit.source.stated_weekday == 2


def test_loss_of_contact_about_11_57_utc(timeline: lm.Timeline) -> None:
    (loss,) = _only(timeline, "loss_of_contact")
    assert loss.when is not None
    assert loss.when.utc == datetime(2023, 8, 19, 11, 57, tzinfo=timezone.utc)
    assert loss.when.approximate


def test_landing_planned_for_august_21(timeline: lm.Timeline) -> None:
    (landing,) = _only(timeline, "landing", status="planned")
    assert landing.when is not None and landing.when.local.date() == date(2023, 8, 21)
    assert _only(timeline, "landing") == []


def test_impact_and_burn_are_undated(timeline: lm.Timeline) -> None:
    (impact,) = _only(timeline, "impact")
    (burn,) = _only(timeline, "orbit_change")
    assert impact.when is None and burn.when is None
    assert impact.outcome is lm.Outcome.FAILURE
    assert [ev.kind.value for ev in timeline.undated] == ["impact", "orbit_change"]


def test_nothing_else_and_validate_flags_the_plan(timeline: lm.Timeline) -> None:
    assert len(timeline) == 8
    assert timeline.missions() == ["Luna-25"]
    assert {f.code for f in timeline.validate()} == {"plan_after_end"}
