"""Build the Luna-25 timeline in code, print it, and ask it a few questions.

Run it with ``python examples/luna25_timeline.py``. Every time is the one the
reports gave, in the zone they gave it in; undated events stay in the timeline.
"""

from __future__ import annotations

import lunamission as lm


def build() -> lm.Timeline:
    """Luna-25, August 2023, as Moscow reported it."""
    at = lm.Timestamp.from_iso
    mission = "Luna-25"
    return lm.Timeline(
        [
            lm.Event(
                kind="launch",
                mission=mission,
                vehicle="Soyuz-2.1b",
                site="Vostochny Cosmodrome",
                when=at("2023-08-11T02:10+03:00[Europe/Moscow]"),
                summary="Lifted off from Vostochny.",
            ),
            lm.Event(
                kind="trajectory_correction",
                mission=mission,
                when=at("2023-08-12[Europe/Moscow]"),
                summary="First course correction.",
            ),
            lm.Event(
                kind="trajectory_correction",
                mission=mission,
                when=at("2023-08-14[Europe/Moscow]"),
                summary="Second course correction.",
            ),
            lm.Event(
                kind="orbit_insertion",
                mission=mission,
                when=at("2023-08-16[Europe/Moscow]"),
                summary="Captured into lunar orbit.",
            ),
            lm.Event(
                kind="orbit_change",
                mission=mission,
                summary="Burn to lower the orbit before landing; no time given.",
            ),
            lm.Event(
                kind="loss_of_contact",
                mission=mission,
                when=at("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]"),
                summary="Contact lost during the burn.",
            ),
            lm.Event(
                kind="impact",
                mission=mission,
                outcome="failure",
                summary="Struck the lunar surface; no time given.",
            ),
            lm.Event(
                kind="landing",
                mission=mission,
                status="planned",
                when=at("2023-08-21[Europe/Moscow]"),
                summary="The landing that never came.",
            ),
        ],
        missions=[
            lm.Mission(
                name="Luna-25",
                aliases=("Luna 25", "Luna-Glob lander"),
                operator="Roscosmos",
                vehicle="Soyuz-2.1b",
                target="Moon",
            )
        ],
    )


def main() -> None:
    timeline = build()
    print(lm.format_table(timeline))
    print()
    loss = timeline.first("loss_of_contact", mission="Luna 25")
    if loss is None or loss.when is None:
        raise SystemExit("the timeline lost its loss of contact")
    print(f"Contact lost at {lm.format_utc(loss.when)}, {timeline.elapsed(loss)} after launch")
    window = timeline.between("2023-08-12[Europe/Moscow]", "2023-08-16[Europe/Moscow]")
    print(f"Events between 12 and 16 August (Moscow): {[ev.kind.value for ev in window]}")
    print("Findings:")
    for finding in timeline.validate():
        print(f"  {finding.code}: {finding.message}")


if __name__ == "__main__":
    main()
