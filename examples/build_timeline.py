"""Build a Luna-25 + Chandrayaan-3 timeline in code, then query it.

Run: python examples/build_timeline.py

Shows the building blocks without any article: Mission records with aliases,
events with exact timestamps (zone, precision, hedges), and the queries an
analyst uses: filter, between, first, elapsed, validate and a JSON round trip.
"""

from __future__ import annotations

import lunamission as lm
from lunamission.render import format_table

ts = lm.Timestamp.from_iso

MISSIONS = [
    lm.Mission(name="Luna-25", aliases=("Luna 25", "Luna-Glob lander"), operator="Roscosmos",
               vehicle="Soyuz-2.1b", target="Moon"),
    lm.Mission(name="Chandrayaan-3", aliases=("Vikram",), operator="ISRO", vehicle="LVM3",
               target="Moon"),
]  # fmt: skip

EVENTS = [
    # Luna-25, in Moscow time as Roscosmos announced it
    lm.Event(kind="launch", mission="Luna-25", vehicle="Soyuz-2.1b", site="Vostochny Cosmodrome",
             when=ts("2023-08-11T02:10+03:00[Europe/Moscow]")),
    lm.Event(kind="trajectory_correction", mission="Luna-25", when=ts("2023-08-12[Europe/Moscow]")),
    lm.Event(kind="trajectory_correction", mission="Luna-25", when=ts("2023-08-14[Europe/Moscow]")),
    lm.Event(kind="orbit_insertion", mission="Luna-25", when=ts("2023-08-16[Europe/Moscow]")),
    lm.Event(kind="loss_of_contact", mission="Luna 25",
             when=ts("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]")),
    lm.Event(kind="impact", mission="Luna-25", outcome="failure"),
    lm.Event(kind="landing", mission="Luna-25", status="planned",
             when=ts("2023-08-21[Europe/Moscow]")),
    # Chandrayaan-3, in India Standard Time
    lm.Event(kind="launch", mission="Chandrayaan-3", vehicle="LVM3",
             site="Satish Dhawan Space Centre", when=ts("2023-07-14T14:35+05:30[Asia/Kolkata]")),
    lm.Event(kind="orbit_insertion", mission="Chandrayaan-3", when=ts("2023-08-05[Asia/Kolkata]")),
    lm.Event(kind="landing", mission="Vikram", outcome="success",
             when=ts("2023-08-23T18:03+05:30[Asia/Kolkata]")),
]  # fmt: skip


def main() -> None:
    timeline = lm.Timeline(EVENTS, missions=MISSIONS)
    print(format_table(timeline))

    print("\nmissions:", timeline.missions())
    landings = timeline.filter(kind="landing", status="actual")
    print("actual landings:", [(ev.mission, str(ev.when)) for ev in landings])

    week = timeline.between("2023-08-16T00:00+00:00", "2023-08-20T00:00+00:00")
    print("16-20 August (possibly):", [ev.kind.value for ev in week])
    sure = timeline.between("2023-08-16T00:00+00:00", "2023-08-20T00:00+00:00", match="definitely")
    print("16-20 August (definitely):", [ev.kind.value for ev in sure])

    loss = timeline.first("loss_of_contact", mission="Luna-Glob lander")
    assert loss is not None
    elapsed = timeline.elapsed(loss)
    print("Luna-25 lost contact at", elapsed, f"(between {elapsed.low} and {elapsed.high})")
    vikram = timeline.first("landing", mission="Chandrayaan-3")
    assert vikram is not None
    print("Vikram landed at", timeline.elapsed(vikram))

    for finding in timeline.validate():
        print(f"finding {finding.code}: {finding.message}")

    again = lm.Timeline.model_validate_json(timeline.model_dump_json())
    print("JSON round trip equal:", again == timeline)


if __name__ == "__main__":
    main()
