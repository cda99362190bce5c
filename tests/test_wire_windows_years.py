"""Three more wire forms: a window of clock times with its own UTC bracket, a date
whose year is "next year" or "last year", and a clock written "12h34 GMT".

1. "between 2 and 3 p.m. Moscow time (1100-1200 GMT)": the bracket reads the
   window's two ends. Each end must agree with its own reading; a day in the
   bracket is the start's. A clock with no zone takes its offset from the bracket,
   as a single clock does. A bracket of one time after a window (or of a window
   after one time) is ``conversion_mismatch``. Four-digit clocks count as a window
   when the end names its zone: "(0604-0804 GMT)", "between 0604 and 0804 GMT".
2. The bracket names the time as said, before a bound moves it: "before 3:00 a.m.
   Moscow time (0000 GMT)" agrees, and is ``not_after`` 02:59.
3. "in August next year", "on August 19 last year", "in the first quarter of next
   year", "Q1 next year": the relative year is the date's year, counted from the
   reference. Before, "in August next year" gave two timestamps (August of the
   reference's year, and the next year), and "the first quarter of next year" the
   whole year.
4. "12h34 GMT" is 12:34; without a zone after it ("lasted 6h30") it is no clock.
5. A bracket that reads like a second reading in a zone we do not know, "(0808
   XYZ Friday)", is ``unknown_zone`` for the whole expression; before, its weekday
   dated the clock before it and came back again on its own. Two periods joined by
   "or" written backwards ("Q4 or Q3 2026") are the same range as written forwards.

The phrases are written for these tests; the events and their times are real
(Artemis I's window opened at 1:04 a.m. EST on 16 Nov 2022, for two hours; Luna-25
entered lunar orbit at 14:57 Moscow time on 16 Aug 2023 and was launched at 02:10
Moscow time on 11 Aug 2023; Chang'e-6 was launched at 17:27 Beijing time on 3 May
2024; Chandrayaan-3 landed at 18:04 IST, 12:34 GMT, on 23 Aug 2023; on 9 Jan 2024
NASA moved Artemis II to no earlier than September 2025).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import lunamission as lm
from lunamission.zones import to_zone

# == 1. a window's own UTC bracket ===========================================================

# (sentence, reference, the window's two ends)
WINDOW_BRACKETS = [
    # -- the bracket agrees with a window in a named zone ------------------------------------
    ("Artemis I's window ran from 1:04 to 3:04 a.m. EST (0604-0804 GMT) on Nov. 16, 2022.",
     None, ["2022-11-16T01:04-05:00[America/New_York]", "2022-11-16T03:04-05:00[America/New_York]"]),
    ("Artemis I's window ran 1:04-3:04 a.m. EST (0604-0804 GMT) on Nov. 16, 2022.",
     None, ["2022-11-16T01:04-05:00[America/New_York]", "2022-11-16T03:04-05:00[America/New_York]"]),
    ("Luna-25 braked between 2 and 3 p.m. Moscow time (1100-1200 GMT) on August 16.",
     "2023-08-17", ["2023-08-16T14:00+03:00[Europe/Moscow]", "2023-08-16T15:00+03:00[Europe/Moscow]"]),
    ("Luna-25 braked between 2 and 3 p.m. Moscow time (1100 to 1200 GMT) on August 16.",
     "2023-08-17", ["2023-08-16T14:00+03:00[Europe/Moscow]", "2023-08-16T15:00+03:00[Europe/Moscow]"]),
    # -- a window with no zone of its own: the bracket fixes the offset ----------------------
    ("Chang'e-6 was to fly between 5 and 6 p.m. (0900-1000 GMT) on May 3, 2024.",
     None, ["2024-05-03T17:00+08:00", "2024-05-03T18:00+08:00"]),
    # -- the bracket crosses midnight where the window does not; its day is the start's ----
    ("Crew-1 could fly from 6:30 to 7:30 p.m. EST (2330-0030 GMT) on Nov. 15, 2020.",
     None, ["2020-11-15T18:30-05:00[America/New_York]", "2020-11-15T19:30-05:00[America/New_York]"]),
    ("Luna-25 was tried between 2 p.m. and 3 p.m. Moscow time (1100 and 1200 GMT) "
     "on August 19.", "2023-08-21",
     ["2023-08-19T14:00+03:00[Europe/Moscow]", "2023-08-19T15:00+03:00[Europe/Moscow]"]),
    ("Chandrayaan-3 left Earth orbit between 12 midnight and 1 a.m. IST on August 1.",
     "2023-08-02", ["2023-08-01T00:00+05:30[Asia/Kolkata]", "2023-08-01T01:00+05:30[Asia/Kolkata]"]),
    ("Crew-1 could fly from 7:00 to 8:00 p.m. EST (0000-0100 GMT Monday).",
     "2020-11-17", ["2020-11-15T19:00-05:00[America/New_York]", "2020-11-15T20:00-05:00[America/New_York]"]),
    # -- four-digit clocks are a window when the end names its zone -------------------------
    ("The window (0604-0804 GMT) on Nov. 16, 2022 was used.",
     None, ["2022-11-16T06:04+00:00[UTC]", "2022-11-16T08:04+00:00[UTC]"]),
    ("The window ran between 0604 and 0804 GMT on Nov. 16, 2022.",
     None, ["2022-11-16T06:04+00:00[UTC]", "2022-11-16T08:04+00:00[UTC]"]),
    ("Luna-25 could fly from 2300 to 0100 GMT on August 10, 2023.",
     None, ["2023-08-10T23:00+00:00[UTC]", "2023-08-11T01:00+00:00[UTC]"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "reference", "ends"), WINDOW_BRACKETS, ids=[r[0][:50] for r in WINDOW_BRACKETS]
)
def test_a_window_with_its_own_utc_bracket(
    sentence: str, reference: str | None, ends: list[str]
) -> None:
    (match,) = lm.find_timestamps(sentence, reference=reference)
    assert match.kind == "range"
    assert [ts.isoformat() for ts in match.timestamps] == ends
    got = lm.parse_timestamps(sentence, reference=reference)
    assert [ts.isoformat() for ts in got] == ends


@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        ("The window runs 1:04 to 3:04 a.m. EST on Nov. 16, 2022.",
         ["2022-11-16T01:04-05:00[America/New_York]", "2022-11-16T03:04-05:00[America/New_York]"]),
        ("Luna-25 braked 2 to 3 p.m. Moscow time on August 16, 2023.",
         ["2023-08-16T14:00+03:00[Europe/Moscow]", "2023-08-16T15:00+03:00[Europe/Moscow]"]),
        ("It could fly 2300 to 0100 GMT on August 10, 2023.",
         ["2023-08-10T23:00+00:00[UTC]", "2023-08-11T01:00+00:00[UTC]"]),
    ],
)  # fmt: skip
def test_two_clocks_joined_by_to_are_a_window(sentence: str, ends: list[str]) -> None:
    (match,) = lm.find_timestamps(sentence)
    assert match.kind == "range"
    assert [ts.isoformat() for ts in match.timestamps] == ends


# (phrase, the message's distinguishing words): the bracket does not read the window
WINDOW_MISMATCHES = [
    # -- one end disagrees ------------------------------------------------------------------
    ("between 2 and 3 p.m. Moscow time (1100-1300 GMT) on August 16, 2023", "is not the moment"),
    ("between 2 and 3 p.m. Moscow time (1000-1200 GMT) on August 16, 2023", "is not the moment"),
    # -- the bracket's day is not the start's -----------------------------------------------
    ("from 7:00 to 8:00 p.m. EST (0000-0100 GMT Sunday) on Nov. 15, 2020", "is not the moment"),
    # -- one time against a window, a window against one time -------------------------------
    ("between 2 and 3 p.m. Moscow time (1100 GMT) on August 16, 2023", "gives one time"),
    ("at 2:57 p.m. Moscow time (1100-1200 GMT) on August 16, 2023", "gives a window"),
]


@pytest.mark.parametrize(
    ("phrase", "words"), WINDOW_MISMATCHES, ids=[r[0] for r in WINDOW_MISMATCHES]
)
def test_a_bracket_that_does_not_read_the_window_is_refused(phrase: str, words: str) -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamps(phrase)
    assert info.value.code == "conversion_mismatch"
    assert words in str(info.value)
    assert lm.find_timestamps(phrase) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sputnik flew from 1957 to 1958 in every account.",
        "The program ran 1961-1963 under two chiefs.",
        "Parts 1100-1200 of the archive cover it.",
        "The spacewalk lasted 6h30 in all.",
        "The count went from 4 to 5 in a week.",
        "The hold grew 4 to 5 hours.",
    ],
)
def test_four_digit_numbers_and_durations_stay_what_they_are(text: str) -> None:
    """Years and part numbers stay dates or nothing: no clock is read without a zone."""
    for match in lm.find_timestamps(text, default_tz="UTC"):
        assert all(ts.precision.rank <= lm.Precision.YEAR.rank for ts in match.timestamps)


_ZONES = [
    ("Moscow time", "Europe/Moscow"),
    ("Beijing time", "Asia/Shanghai"),
    ("IST", "Asia/Kolkata"),
    ("ET", "America/New_York"),
]


@given(
    start=st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2035, 12, 31)),
    minutes=st.integers(1, 180),
    zone=st.sampled_from(_ZONES),
)
def test_any_window_written_with_its_utc_bracket_reads_back(
    start: datetime, minutes: int, zone: tuple[str, str]
) -> None:
    """Property: "from <HH:MM> to <HH:MM> <zone> (<HHMM>-<HHMM> GMT) on <day>" is that
    window, on either side of midnight in either zone and of DST changes."""
    first = start.replace(second=0, microsecond=0, tzinfo=timezone.utc)
    last = first + timedelta(minutes=minutes)
    phrase_zone, tz = zone
    a, b = to_zone(first, tz), to_zone(last, tz)
    # Wall clocks a DST change repeats are ambiguous in the first reading itself, and a
    # window whose local end is not after its start (across a change) is another text.
    for moment in (first, last):
        wall = to_zone(moment, tz).replace(tzinfo=None)
        assume(to_zone(moment - timedelta(hours=1), tz).replace(tzinfo=None) < wall)
        assume(to_zone(moment + timedelta(hours=1), tz).replace(tzinfo=None) > wall)
    assume(b.replace(tzinfo=None) - a.replace(tzinfo=None) == last - first)
    phrase = (
        f"from {a:%H:%M} to {b:%H:%M} {phrase_zone} ({first:%H%M}-{last:%H%M} GMT) "
        f"on {a:%B} {a.day}, {a.year}"
    )
    got = lm.parse_timestamps(phrase)
    assert [ts.utc for ts in got] == [first, last]
    assert {ts.tz for ts in got} == {tz}


# == 2. the bracket names the time as said, before a bound moves it ==========================


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("before 3:00 a.m. Moscow time (0000 GMT) on August 11, 2023",
         "2023-08-11T02:59+03:00[Europe/Moscow][_qualifier=not_after]"),
        ("after 2:00 a.m. Moscow time (2300 GMT) on August 11, 2023",
         "2023-08-11T02:00+03:00[Europe/Moscow][_qualifier=not_before]"),
        ("no later than 2:10 a.m. Moscow time (2310 GMT) on August 11, 2023",
         "2023-08-11T02:10+03:00[Europe/Moscow][_qualifier=not_after]"),
        ("NET between 2 and 3 p.m. Moscow time (1100-1200 GMT) on August 16, 2023",
         "2023-08-16T14:00+03:00[Europe/Moscow][_qualifier=not_before]"),
    ],
)  # fmt: skip
def test_a_bracket_agrees_with_the_time_a_bound_names(phrase: str, iso: str) -> None:
    (ts,) = lm.parse_timestamps(phrase)
    assert repr(ts) == f"Timestamp('{iso}')"


# == 3. a relative year is the date's year ===================================================

# (phrase, reference, every timestamp)
RELATIVE_YEARS = [
    # -- a month or a day, then the year counted from the reference -------------------------
    ("NASA moved Artemis II to no earlier than September next year.", "2024-01-09",
     ["2025-09[UTC][_qualifier=not_before]"]),
    ("Artemis II slipped to September of next year.", "2024-01-09", ["2025-09[UTC]"]),
    ("Luna-25 crashed on August 19 last year.", "2024-03-01", ["2023-08-19[UTC]"]),
    ("Luna-25 crashed in August, last year.", "2024-03-01", ["2023-08[UTC]"]),
    ("Chandrayaan-3 landed on Aug. 23 this year.", "2023-12-01", ["2023-08-23[UTC]"]),
    ("The landing is set for 14:00 GMT on Aug. 23 next year.", "2022-12-01",
     ["2023-08-23T14:00+00:00[UTC]"]),
    # -- a quarter or half of the relative year --------------------------------------------
    ("Chang'e-6 flies in the first half of next year.", "2023-12-27",
     ["2024-01[UTC]", "2024-06[UTC]"]),
    ("Chang'e-6 flies in H1 next year.", "2023-12-27", ["2024-01[UTC]", "2024-06[UTC]"]),
    ("Chang'e-6 flies in the second quarter of next year.", "2023-12-27",
     ["2024-04[UTC]", "2024-06[UTC]"]),
    ("Chang'e-6 flies in Q2 or Q3 next year.", "2023-12-27", ["2024-04[UTC]", "2024-09[UTC]"]),
    ("Chang'e-6 flies by the end of the second quarter of next year.", "2023-12-27",
     ["2024-06[UTC][_qualifier=not_after]"]),
    # -- what is not one date with a relative year stays two --------------------------------
    ("It slipped from August to next year.", "2023-07-01", ["2023-08[UTC]", "2024[UTC]"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "reference", "stamps"), RELATIVE_YEARS, ids=[r[0][:50] for r in RELATIVE_YEARS]
)
def test_a_relative_year_is_the_dates_year(
    sentence: str, reference: str, stamps: list[str]
) -> None:
    got = lm.parse_timestamps(sentence, reference=reference, default_tz="UTC")
    assert [repr(ts)[len("Timestamp('") : -2] for ts in got] == stamps


@pytest.mark.parametrize(
    ("phrase", "reference", "code"),
    [
        ("on February 29 next year", "2024-01-10", "impossible_date"),
        ("in August next year", None, "no_reference"),
    ],
)
def test_a_relative_year_that_gives_no_date_is_refused(
    phrase: str, reference: str | None, code: str
) -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamp(phrase, reference=reference, default_tz="UTC")
    assert info.value.code == code


@given(
    reference=st.dates(
        min_value=datetime(1960, 1, 1).date(), max_value=datetime(2090, 1, 1).date()
    ),
    month=st.integers(1, 12),
    word=st.sampled_from([("last", -1), ("this", 0), ("next", 1)]),
)
def test_a_month_with_a_relative_year_is_that_years_month(
    reference: datetime, month: int, word: tuple[str, int]
) -> None:
    """Property: "in <Month> <last|this|next> year" is that month of the reference's
    year moved by one, whatever the reference."""
    name, shift = word
    phrase = f"in {datetime(2000, month, 1):%B} {name} year"
    ts = lm.parse_timestamp(phrase, reference=reference, default_tz="UTC")
    assert (ts.local.year, ts.local.month) == (reference.year + shift, month)
    assert ts.precision is lm.Precision.MONTH


# == 4. "12h34 GMT", "12 noon" ===============================================================


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        # -- "12h34 GMT" -----------------------------------------------------------------------
        ("at 12h34 GMT on August 23, 2023", "2023-08-23T12:34+00:00[UTC]"),
        ("at 23h10 UTC on August 10, 2023", "2023-08-10T23:10+00:00[UTC]"),
        ("9h27 GMT, May 3, 2024", "2024-05-03T09:27+00:00[UTC]"),
        # -- spaced, capital, with "min", the hour alone, with seconds ------------------------
        ("at 12 h 34 GMT on August 23, 2023", "2023-08-23T12:34+00:00[UTC]"),
        ("at 12H34 GMT on August 23, 2023", "2023-08-23T12:34+00:00[UTC]"),
        ("at 12h34min GMT on August 23, 2023", "2023-08-23T12:34+00:00[UTC]"),
        ("at 21h CEST on July 9, 2024", "2024-07-09T21+02:00[Europe/Paris]"),
        ("at 02 h 10 min 57 s Moscow time on August 11, 2023",
         "2023-08-11T02:10:57+03:00[Europe/Moscow]"),
        # -- "12 noon", "12 midnight" ----------------------------------------------------------
        ("at 12 noon Moscow time on April 11, 2024", "2024-04-11T12:00+03:00[Europe/Moscow]"),
        ("at 12:00 noon Moscow time on April 11, 2024", "2024-04-11T12:00+03:00[Europe/Moscow]"),
        ("at 12 midnight IST on August 1, 2023", "2023-08-01T00:00+05:30[Asia/Kolkata]"),
        ("at 12:00 midnight IST on August 1, 2023", "2023-08-01T00:00+05:30[Asia/Kolkata]"),
    ],
)  # fmt: skip
def test_clocks_written_with_an_h_or_a_noon(phrase: str, iso: str) -> None:
    assert lm.parse_timestamp(phrase).isoformat() == iso


def test_an_h_clock_past_the_day_is_refused() -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamp("at 12h75 GMT on August 23, 2023")
    assert info.value.code == "impossible_date"


# == 5. a bracket in a zone we do not know; periods written backwards ========================


@pytest.mark.parametrize(
    "phrase",
    [
        "at 9:10 a.m. (0808 XYZ Friday)",
        "at 9:10 a.m. Moscow time (0808 XYZ Friday)",
        "at 9:10 a.m. Moscow time (08:08 XYZ)",
        "at 9:10 a.m. Moscow time (0808 XYZ on Aug. 11)",
    ],
)
def test_a_bracket_in_an_unknown_zone_is_refused_whole(phrase: str) -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamps(phrase, reference="2023-08-14", default_tz="UTC")
    assert info.value.code == "unknown_zone"
    assert phrase[info.value.span[0] : info.value.span[1]] == "XYZ"
    # Neither the clock nor the bracket's day is read on its own.
    assert lm.find_timestamps(phrase, reference="2023-08-14", default_tz="UTC") == []


def test_other_timestamps_beside_an_unknown_bracket_are_still_found() -> None:
    text = "Contact came at 9:10 a.m. (0808 XYZ Friday); the orbit was lowered on August 17."
    (match,) = lm.find_timestamps(text, reference="2023-08-21", default_tz="UTC")
    assert match.text == "August 17"


@pytest.mark.parametrize(
    "phrase",
    ["Q4 or Q3 2026", "Q3 or Q4 2026", "the fourth or third quarter of 2026", "Q3 or Q4, 2026"],
)
def test_two_periods_joined_by_or_in_either_order(phrase: str) -> None:
    got = lm.parse_timestamps(phrase, default_tz="UTC")
    assert [ts.isoformat() for ts in got] == ["2026-07[UTC]", "2026-12[UTC]"]


def test_the_same_period_twice_is_that_period() -> None:
    got = lm.parse_timestamps("Q2 or Q2 2026", default_tz="UTC")
    assert [ts.isoformat() for ts in got] == ["2026-04[UTC]", "2026-06[UTC]"]
