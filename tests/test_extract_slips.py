"""Slips and scrubs in running text: which date was given up, what a status word
reaches, and an event noun that only marks a point in time.

The texts are written for these tests; the facts are real: Crew-1 was moved from
Saturday 14 Nov 2020 to Sunday 15 Nov; Soyuz MS-23 had been set for 20 Feb 2023 and
flew on 24 Feb after Progress MS-21 lost coolant on 11 Feb; Artemis I was scrubbed
on 29 Aug and 3 Sep 2022; Starliner's 1 Jun 2024 attempt stopped less than four
minutes before liftoff.
"""

from __future__ import annotations

import pytest

import lunamission as lm


def _events(text: str, published: str) -> list[tuple[str, str, str | None]]:
    tl = lm.extract_timeline(text, published=published)
    return sorted(
        (ev.kind.value, ev.status.value, ev.when.local.date().isoformat() if ev.when else None)
        for ev in tl
    )


_CAPE = "CAPE CANAVERAL, Fla., Nov 15 (Reuters) - "
_BAIKONUR = "BAIKONUR, February 24. /TASS/. "

# -- the date a slip gives up is a cancelled attempt; the new one is the plan ----------------
GIVEN_UP = [
    pytest.param(
        _CAPE + "The Crew-1 launch had been postponed from Saturday because of high winds.",
        "2020-11-15",
        [("launch", "cancelled", "2020-11-14")],
        id="postponed from a day",
    ),
    pytest.param(
        "CAPE CANAVERAL, Fla., Nov 13 (Reuters) - NASA moved the Crew-1 launch from Nov. 14 "
        "to Nov. 15.",
        "2020-11-13",
        [("launch", "cancelled", "2020-11-14"), ("launch", "planned", "2020-11-15")],
        id="moved from one day to another",
    ),
    pytest.param(
        _BAIKONUR + "The Soyuz MS-23 launch had been scheduled for February 20, but it was "
        "postponed.",
        "2023-02-24",
        [("launch", "cancelled", "2023-02-20")],
        id="a past plan that was postponed",
    ),
    pytest.param(
        _BAIKONUR + "The Soyuz MS-23 launch was originally planned for February 20 and was "
        "later called off.",
        "2023-02-24",
        [("launch", "cancelled", "2023-02-20")],
        id="an original plan called off",
    ),
    pytest.param(
        "CAPE CANAVERAL, Fla., Feb 9 (AP) - The Axiom Mission 3 crew had been due to leave "
        "the station last Saturday, but rough seas forced three postponements before the "
        "capsule undocked on Wednesday.",
        "2024-02-09",
        [("undocking", "actual", "2024-02-07"), ("undocking", "cancelled", "2024-02-03")],
        id="a past plan a few words before its date, given up by postponements",
    ),
    pytest.param(
        _BAIKONUR + "The Soyuz MS-23 launch had been scheduled for February 24.",
        "2023-02-20",
        [("launch", "planned", "2023-02-24")],
        id="a past plan that stands",
    ),
    pytest.param(
        _BAIKONUR + "The Soyuz MS-23 launch was postponed to February 24.",
        "2023-02-20",
        [("launch", "planned", "2023-02-24")],
        id="postponed to a day",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), GIVEN_UP)
def test_the_date_a_slip_gives_up_is_cancelled(
    text: str, published: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text, published) == sorted(expected)


# -- a status word does not reach past the cause it names ------------------------------------
def test_a_status_word_stops_at_a_cause() -> None:
    text = (
        _BAIKONUR + "The Soyuz MS-23 launch was postponed after Progress MS-21 leaked coolant "
        "on February 11."
    )
    assert ("anomaly", "actual", "2023-02-11") in _events(text, "2023-02-24")


# -- an event noun after a duration marks a point in time, not an event ----------------------
ANCHORS = [
    pytest.param(
        "WASHINGTON, June 3 (Reuters) - The astronauts will board Starliner about three hours "
        "before the launch on Wednesday at 10:52 a.m. EDT.",
        "2024-06-03",
        [("launch", "planned", "2024-06-05")],
        id="a point in time that the sentence dates is an event",
    ),
    pytest.param(
        _CAPE + "The Crew-1 capsule is scheduled to dock on Monday, about 27 hours after launch.",
        "2020-11-15",
        [("docking", "planned", "2020-11-16")],
        id="hours after launch",
    ),
]


def test_a_liftoff_that_never_came_is_no_launch() -> None:
    text = (
        "WASHINGTON, June 2 (AFP) - A ground computer halted the Starliner countdown on "
        "Saturday, less than four minutes before liftoff."
    )
    assert ("launch", "actual") not in {
        (ev.kind.value, ev.status.value) for ev in lm.extract_timeline(text, published="2024-06-02")
    }


def test_a_dated_noun_after_a_count_stays_an_event() -> None:
    text = (
        "MOSCOW, Aug 21 (Reuters) - Eight days after the August 11 launch, contact with "
        "Luna-25 was lost."
    )
    assert ("launch", "actual", "2023-08-11") in _events(text, "2023-08-21")


@pytest.mark.parametrize(("text", "published", "expected"), ANCHORS)
def test_a_noun_after_a_duration_is_no_event(
    text: str, published: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text, published) == sorted(expected)


# -- an event's day in one sentence and its clock in a later one ------------------------------
_WASHINGTON = "WASHINGTON, June 5, 2024 (AFP) - "
SAME_DAY = [
    pytest.param(
        _WASHINGTON + "Boeing's Starliner blasted off on Wednesday with two astronauts. "
        "The capsule lifted off atop an Atlas V at 10:52 am (1452 GMT).",
        [("launch", "actual", "2024-06-05T10:52-04:00[America/New_York]")],
        id="the clock is read on the event's day",
    ),
    pytest.param(
        _WASHINGTON + "Boeing's Starliner blasted off on Wednesday with two astronauts. "
        "The capsule lifted off atop an Atlas V at 10:52 am EDT.",
        [("launch", "actual", "2024-06-05T10:52-04:00[America/New_York]")],
        id="a named zone",
    ),
    pytest.param(
        _WASHINGTON + "Starliner is due to dock with the station on Thursday. "
        "It lifted off at 10:52 am (1452 GMT).",
        [("docking", "planned", "2024-06-06[America/New_York]"), ("launch", "actual", None)],
        id="another event's day is not borrowed",
    ),
    pytest.param(
        _WASHINGTON + "Earlier Starliner launch attempts were called off on May 6 and June 1. "
        "Another launch attempt was called off at 10:34 pm EDT.",
        [
            ("launch", "cancelled", "2024-05-06[America/New_York]"),
            ("launch", "cancelled", "2024-06-01[America/New_York]"),
            ("launch", "cancelled", None),
        ],
        id="two days for the event: none is borrowed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_DAY)
def test_a_clock_told_apart_takes_its_events_day(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    tl = lm.extract_timeline(text)
    got = sorted(
        ((ev.kind.value, ev.status.value, ev.when.isoformat() if ev.when else None) for ev in tl),
        key=str,
    )
    assert got == sorted(expected, key=str)


# -- an event that happened is never dated after the report by a completed year ---------------
_OCT = "HOUSTON, Oct 13, 2024 (AFP) - "
PAST_EVENTS = [
    pytest.param(
        _OCT + "The second Starship, launched on November 18, also exploded.",
        [("launch", "actual", "2023-11-18[America/Chicago]")],
        id="a past launch goes to last year",
    ),
    pytest.param(
        _OCT + "The next Starship will launch on November 18.",
        [("launch", "planned", "2024-11-18[America/Chicago]")],
        id="a plan keeps the coming date",
    ),
    pytest.param(
        _OCT + "The second Starship, launched on November 18, 2024, also exploded.",
        [("launch", "actual", "2024-11-18[America/Chicago]")],
        id="a year written is kept, even after the report",
    ),
    pytest.param(
        _OCT + "SpaceX launched its fifth Starship on Sunday.",
        [("launch", "actual", "2024-10-13[America/Chicago]")],
        id="the report's own day",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAST_EVENTS)
def test_an_event_that_happened_is_not_after_its_report(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    tl = lm.extract_timeline(text)
    got = [(ev.kind.value, ev.status.value, ev.when.isoformat() if ev.when else None) for ev in tl]
    assert got == expected


# -- two undated mentions that kept the words of different times are two events ---------------
def test_undated_mentions_of_one_day_stay_one_event() -> None:
    text = (
        "Japan's SLIM lander touched down on the Moon on Saturday. "
        "SLIM landed on January 20, the agency said."
    )  # Saturday and January 20 may be one day: one landing, told twice
    assert len(lm.extract_timeline(text, published="2024-01-22")) == 1


def test_undated_mentions_of_different_times_stay_apart() -> None:
    text = (
        "The first Starship flight lifted off on April 20, 2023. "
        "The third flight lifted off on March 14, 2024."
    )  # no dateline and no zone named: the dates are kept as words, not dated
    tl = lm.extract_timeline(text, published="2024-03-15")
    said = [ev.source.timestamp_text for ev in tl if ev.source is not None]
    assert [ev.when for ev in tl] == [None, None]
    assert said == ["April 20, 2023", "March 14, 2024"]


# -- a range whose ends the parser reads apart still dates no event ---------------------------
def test_a_range_of_hedged_months_dates_nothing() -> None:
    text = (
        "TOKYO, Jan 15 (Kyodo) -- The Hakuto-R Mission 2 lander is scheduled to touch down "
        "between late May and early June, the company said."
    )
    (ev,) = lm.extract_timeline(text, published="2025-01-15")
    assert ev.when is None
    assert ev.source is not None
    assert ev.source.timestamp_text == "between late May and early June"


def test_a_range_in_capitals_is_read_alike() -> None:
    text = (
        "TOKYO, JAN 15 (KYODO) -- THE HAKUTO-R MISSION 2 LANDER IS SCHEDULED TO TOUCH DOWN "
        "BETWEEN LATE MAY AND EARLY JUNE, THE COMPANY SAID."
    )
    for ev in lm.extract_timeline(text, published="2025-01-15"):
        assert ev.when is None
