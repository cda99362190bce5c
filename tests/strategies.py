"""Hypothesis strategies shared by the storage tests: any event a log may hold."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import strategies as st

import lunamission as lm
from lunamission import Event, Timestamp

ZONES = [
    "UTC",
    "Europe/Moscow",
    "Asia/Kolkata",
    "America/New_York",
    "Europe/London",
    "Australia/Lord_Howe",
    "+05:45",
    "-03:30",
    "+00:00",
]


@st.composite
def timestamps(draw: st.DrawFn) -> Timestamp:
    precision = draw(st.sampled_from(list(lm.Precision)))
    zone = draw(st.sampled_from(ZONES))
    moment = draw(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)))
    names = ("month", "day", "hour", "minute", "second")
    cut = {n: (1 if n in ("month", "day") else 0) for n in names[precision.rank :]}
    wall = moment.replace(microsecond=0, **cut)
    local = lm.zones.localize(wall, zone, on_ambiguous="earlier")
    moved = local.replace(tzinfo=None) != wall  # a DST gap moved it ("02:00" at Lord Howe)
    if moved or (precision.rank < lm.Precision.HOUR.rank and local.hour):
        local = lm.zones.localize(wall, "UTC")
        zone = "UTC"
    return hedged(draw, local, zone, precision)


def hedged(draw: st.DrawFn, local: datetime, zone: str, precision: lm.Precision) -> Timestamp:
    """A timestamp of ``local`` in ``zone`` with drawn hedges (approximate, qualifier)."""
    return Timestamp(
        local=local,
        tz=zone,
        precision=precision,
        approximate=draw(st.booleans()),
        qualifier=draw(st.sampled_from([None, "not_before", "not_after"])),
    )


words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
sources = st.builds(
    lm.Source,
    document=st.none() | words,
    publisher=st.none() | st.sampled_from(["TASS", "Xinhua", "Reuters"]),
    published=st.none() | st.dates(date(1957, 1, 1), date(2030, 12, 31)),
    span=st.none() | st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)),
    quote=st.none() | words,
    stated_weekday=st.none() | st.integers(0, 6),
)
events = st.builds(
    Event,
    kind=st.sampled_from(list(lm.EventKind)),
    status=st.sampled_from(list(lm.Status)),
    outcome=st.none() | st.sampled_from(list(lm.Outcome)),
    mission=st.none() | st.sampled_from(["Luna-25", "Chandrayaan-3", "SLIM", "Chang'e-6"]),
    when=st.none() | timestamps(),
    summary=words,
    vehicle=st.none() | words,
    source=st.none() | sources,
    recorded=st.none() | st.dates(date(1957, 1, 1), date(2030, 12, 31)),
    supersedes=st.none() | st.just("ev-0123456789abcdef"),
)
