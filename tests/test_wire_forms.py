"""Wire-service forms around a clock: a bracketed UTC reading that carries the day,
a clock that names no zone beside such a bracket, and dates joined by "or".

1. "at 7:27 p.m. EST (0027 GMT Monday)": the day in the bracket is the bracket's
   own. The first reading falls on the day its zone shows at that moment (Sunday
   evening in Florida), and the two readings must still agree.
2. "at 5:27 p.m. (0927 GMT) on Friday": a clock that names no zone takes the one
   its context gives when that agrees with the bracket; otherwise the UTC bracket
   fixes its offset (+08:00). Clocks 12 to 14 hours apart leave two offsets, so
   that case is ``no_zone``.
3. "on August 21 or 22": alternatives. Every date is returned, the match says
   ``kind == "alternatives"``, ``parse_timestamp`` refuses to pick one, and an
   extracted event governed by them stays undated, with the words kept.
4. Numbers beside clocks and dates that are none: quantities ("2000 km", "11.08
   km/s"), countdowns ("T-minus 10:00"), a window between two clocks ("1:04-3:04
   a.m.", refused as ``clock_range`` rather than read as a clock with an offset),
   and the day two away ("the day before yesterday").
5. Bounds: "on or before", "on or after" and "as early as" include the time they
   name; "before", "prior to" and "after" leave it out, so the bound moves one unit
   of the precision off it ("before August 21" is ``not_after`` August 20), except
   that a clock is an instant ("after 2 a.m." starts at 02:00). A date that is
   another event's ("after the August 11 launch", "after August 11's launch") is
   that event's date, with no bound.
6. Periods no single timestamp holds: a quarter or half of a year is a range of its
   first and last month ("Q3 2026" is July to September), and a bound keeps the
   end on its side ("NET Q3 2026" is ``not_before`` July 2026). "mid-August" is
   August, approximate; "this morning" is the reference day, "tonight" and "last
   night" approximate days unless a clock says when.
7. Small forms around a day: a bare clock in the evening ("at 6:04 this evening"
   is 18:04), "Tuesday night at 11:08 p.m." as one timestamp, "Sunday's launch",
   and a year shared back along a list ("May 3 and June 2, 2024").
8. Zones of launch sites further afield (KST, NZST, GST, ...), and an unknown
   abbreviation after "a.m." / "p.m." reported as ``unknown_zone`` rather than
   read as the start of a new sentence (which left the clock with no date).

The phrases are written for these tests; the events and their times are real.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import lunamission as lm
from lunamission.zones import to_zone

# == 1. the bracket carries the day ==========================================================

# (phrase, reference, the one timestamp)
BRACKET_DAYS = [
    # -- a weekday in the bracket, a day after the first reading's --------------------------
    ("at 7:27 p.m. EST (0027 GMT Monday)", "2020-11-17",
     "2020-11-15T19:27-05:00[America/New_York]"),
    ("at 7:27 p.m. EST (0027 GMT on Monday)", "2020-11-17",
     "2020-11-15T19:27-05:00[America/New_York]"),
    ("at 6:23 a.m. Beijing time (2223 GMT Saturday)", "2024-06-03",
     "2024-06-02T06:23+08:00[Asia/Shanghai]"),
    ("at 12:20 a.m. Japan time (1520 GMT Friday)", "2024-01-22",
     "2024-01-20T00:20+09:00[Asia/Tokyo]"),
    # -- a weekday in the bracket, the same day ---------------------------------------------
    ("at about 4:04 p.m. EST (2104 GMT Thursday)", "2024-01-19",
     "2024-01-18T16:04-05:00[America/New_York][_approximate=true]"),
    ("at 7:25 a.m. CDT (1225 GMT on Sunday)", "2024-10-14",
     "2024-10-13T07:25-05:00[America/Chicago]"),
    # -- a date in the bracket --------------------------------------------------------------
    ("at 2:10 a.m. Moscow time (2310 GMT on Aug. 10)", "2023-08-21",
     "2023-08-11T02:10+03:00[Europe/Moscow]"),
    ("at 2:10 a.m. Moscow time (23:10 GMT August 10, 2023)", None,
     "2023-08-11T02:10+03:00[Europe/Moscow]"),
    ("at 7:27 p.m. EST (0027 GMT on Nov. 16)", "2020-11-17",
     "2020-11-15T19:27-05:00[America/New_York]"),
    ("at 23:10 GMT (02:10 Moscow time on August 11)", "2023-08-21",
     "2023-08-10T23:10+00:00[UTC]"),
    # -- a weekday and a date in the bracket ------------------------------------------------
    ("at 7:27 p.m. EST (0027 GMT Monday, Nov. 16)", "2020-11-17",
     "2020-11-15T19:27-05:00[America/New_York]"),
    ("at 6:23 p.m. EST (2323 GMT on Thu., Feb. 22)", "2024-02-23",
     "2024-02-22T18:23-05:00[America/New_York]"),
    # -- two readings in one bracket (Orion splashed down at 9:40 a.m. PST) ------------------
    ("at 9:40 a.m. PST (12:40 p.m. EST, 1740 GMT) on Sunday", "2022-12-12",
     "2022-12-11T09:40-08:00[America/Los_Angeles]"),
    ("at 9:40 a.m. PST (12:40 p.m. EST, 1740 GMT Sunday)", "2022-12-12",
     "2022-12-11T09:40-08:00[America/Los_Angeles]"),
    # -- the first reading has its own day as well: one timestamp, not two ------------------
    ("at 7:27 p.m. EST on Sunday (0027 GMT Monday)", "2020-11-17",
     "2020-11-15T19:27-05:00[America/New_York]"),
    ("at 1:47 a.m. EST Wednesday (0647 GMT Wednesday)", "2022-11-16",
     "2022-11-16T01:47-05:00[America/New_York]"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("phrase", "reference", "iso"), BRACKET_DAYS, ids=[r[0][:44] for r in BRACKET_DAYS]
)
def test_the_bracket_dates_the_first_reading(phrase: str, reference: str | None, iso: str) -> None:
    assert lm.parse_timestamp(phrase, reference=reference).isoformat() == iso
    sentence = f"The vehicle left the pad {phrase}, the company said."
    (match,) = lm.find_timestamps(sentence, reference=reference, default_tz="UTC")
    assert [ts.isoformat() for ts in match.timestamps] == [iso]
    assert match.conversion_zone is not None
    assert match.text == phrase.removeprefix("at ")


# (phrase, reference, code): readings that contradict each other are refused, never merged
BRACKET_CONTRADICTIONS = [
    # -- the first reading's own day is not the one the bracket's moment falls on -----------
    ("at 7:27 p.m. EST on Sunday (0027 GMT Sunday)", "2020-11-17", "conversion_mismatch"),
    ("at 11:04 p.m. EDT Friday (0304 GMT Friday)", "2023-08-21", "conversion_mismatch"),
    # -- the clocks disagree, whichever reading holds the day -------------------------------
    ("at 2:10 a.m. Moscow time (2210 GMT on Aug. 10)", "2023-08-21", "conversion_mismatch"),
    ("at 7:27 p.m. EST (0127 GMT Monday)", "2020-11-17", "conversion_mismatch"),
    # -- one of two readings in one bracket names another moment --------------------------
    ("at 9:40 a.m. PST (1:40 p.m. EST, 1740 GMT) on Sunday", "2022-12-12", "conversion_mismatch"),
    ("at 9:40 a.m. PST (12:40 p.m. EST, 1840 GMT) on Sunday", "2022-12-12", "conversion_mismatch"),
    # -- the bracket's weekday contradicts its own date -------------------------------------
    ("at 11:04 p.m. ET (0304 GMT on Sunday, Aug. 19)", "2023-08-21", "weekday_mismatch"),
]


@pytest.mark.parametrize(
    ("phrase", "reference", "code"),
    BRACKET_CONTRADICTIONS,
    ids=[r[0][:44] for r in BRACKET_CONTRADICTIONS],
)
def test_readings_that_contradict_each_other_are_refused(
    phrase: str, reference: str, code: str
) -> None:
    for parse in (lm.parse_timestamp, lm.parse_timestamps):
        with pytest.raises(lm.TimestampError) as info:
            parse(phrase, reference=reference)
        assert info.value.code == code
    assert lm.find_timestamps(phrase, reference=reference, default_tz="UTC") == []


_ZONES = [
    ("Moscow time", "Europe/Moscow"),
    ("Beijing time", "Asia/Shanghai"),
    ("JST", "Asia/Tokyo"),
    ("IST", "Asia/Kolkata"),
    ("ET", "America/New_York"),
]


@given(
    moment=st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2035, 12, 31)),
    zone=st.sampled_from(_ZONES),
    days_later=st.integers(-1, 5),
)
def test_any_moment_written_with_a_dated_utc_bracket_reads_back(
    moment: datetime, zone: tuple[str, str], days_later: int
) -> None:
    """Property: "at <local clock> <zone> (<HHMM> GMT <weekday>)" is that moment, for
    wall clocks on either side of midnight and of DST changes, in a report dated from
    the day before the UTC day (a UTC bracket runs up to a day ahead of the report's
    calendar) to five days after it."""
    instant = moment.replace(second=0, microsecond=0, tzinfo=timezone.utc)
    phrase_zone, tz = zone
    local = to_zone(instant, tz)
    naive = local.replace(tzinfo=None)
    # A wall clock that a DST change repeats is ambiguous in the first reading itself.
    assume(to_zone(instant - timedelta(hours=1), tz).replace(tzinfo=None) < naive)
    assume(to_zone(instant + timedelta(hours=1), tz).replace(tzinfo=None) > naive)
    weekday = instant.strftime("%A")
    phrase = f"at {local:%H:%M} {phrase_zone} ({instant:%H%M} GMT {weekday})"
    reference = instant.date() + timedelta(days=days_later)
    ts = lm.parse_timestamp(phrase, reference=reference)
    assert ts.utc == instant
    assert ts.tz == tz


# == 2. a clock that names no zone beside a UTC bracket ======================================

# (phrase, reference, default_tz, the one timestamp)
UNZONED = [
    # -- the context's zone agrees with the bracket: it is kept -----------------------------
    ("at 5:27 p.m. (0927 GMT) on Friday", "2024-05-06", "Asia/Shanghai",
     "2024-05-03T17:27+08:00[Asia/Shanghai]"),
    ("at 5:27 p.m. (0927 GMT Friday)", "2024-05-06", "Asia/Shanghai",
     "2024-05-03T17:27+08:00[Asia/Shanghai]"),
    # -- no zone, or one the bracket contradicts: the bracket fixes the offset ---------------
    ("at 5:27 p.m. (0927 GMT) on Friday", "2024-05-06", None, "2024-05-03T17:27+08:00"),
    ("at 5:27 p.m. (0927 GMT) on Friday", "2024-05-06", "UTC", "2024-05-03T17:27+08:00"),
    ("at 2:57 p.m. (1157 GMT) on August 19, 2023", None, None, "2023-08-19T14:57+03:00"),
    ("at 6:04 p.m. (1234 GMT) on Aug. 23, 2023", None, None, "2023-08-23T18:04+05:30"),
    ("at 7:27 p.m. (0027 GMT) on Nov. 15, 2020", None, None, "2020-11-15T19:27-05:00"),
    # -- the offset puts the bracket's day before the first reading's -----------------------
    ("at 6:23 a.m. (2223 GMT) on June 2, 2024", None, None, "2024-06-02T06:23+08:00"),
    ("at 6:23 a.m. (2223 GMT on June 1)", "2024-06-03", None, "2024-06-02T06:23+08:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("phrase", "reference", "default_tz", "iso"), UNZONED, ids=[r[0][:44] for r in UNZONED]
)
def test_a_utc_bracket_gives_a_clock_with_no_zone_its_offset(
    phrase: str, reference: str | None, default_tz: str | None, iso: str
) -> None:
    ts = lm.parse_timestamp(phrase, reference=reference, default_tz=default_tz)
    assert ts.isoformat() == iso
    (match,) = lm.find_timestamps(phrase, reference=reference, default_tz=default_tz)
    assert match.timestamps == (ts,)
    assert match.conversion_zone == "UTC"


# (phrase, code): what no single offset or zone fits is refused
NO_ONE_OFFSET = [
    # -- 12 to 14 hours apart: +12:00 and -12:00 both fit ----------------------------------
    ("at 11 p.m. (1100 GMT) on August 23, 2023", "no_zone"),
    ("at 1:30 a.m. (1300 GMT) on August 23, 2023", "no_zone"),
    # -- a bracket in another zone than UTC: its offset depends on the day -----------------
    ("at 5:27 p.m. (12:27 Moscow time) on May 3, 2024", "no_zone"),
    # -- past the widest offsets any zone has used (-12:00 to +14:00) ----------------------
    ("2024-05-03T17:25-23:59", "unknown_zone"),
    ("at 02:10+15:00 on August 11, 2023", "unknown_zone"),
    ("at 14:00 GMT-13 on August 11, 2023", "unknown_zone"),
]


@pytest.mark.parametrize(("phrase", "code"), NO_ONE_OFFSET, ids=[r[0] for r in NO_ONE_OFFSET])
def test_what_no_single_offset_fits_is_refused(phrase: str, code: str) -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamp(phrase)
    assert info.value.code == code
    assert lm.find_timestamps(phrase) == []


# == 3. alternatives joined by "or" ==========================================================

# (phrase, reference, every date)
ALTERNATIVES = [
    # -- days of one month ------------------------------------------------------------------
    ("on August 21 or 22", "2023-08-20", ["2023-08-21", "2023-08-22"]),
    ("on Aug. 21, 22 or 23", "2023-08-20", ["2023-08-21", "2023-08-22", "2023-08-23"]),
    ("on 21 or 22 August", "2023-08-20", ["2023-08-21", "2023-08-22"]),
    # -- whole dates, months and years ------------------------------------------------------
    ("on August 21 or August 22", "2023-08-20", ["2023-08-21", "2023-08-22"]),
    ("on August 21 or on August 22", "2023-08-20", ["2023-08-21", "2023-08-22"]),
    ("in May or June 2024", "2024-01-10", ["2024-05", "2024-06"]),
    ("in 2026 or 2027", "2025-03-01", ["2026", "2027"]),
    # -- of different precisions ------------------------------------------------------------
    ("on August 21 or in September", "2023-08-20", ["2023-08-21", "2023-09"]),
]


@pytest.mark.parametrize(
    ("phrase", "reference", "dates"), ALTERNATIVES, ids=[r[0] for r in ALTERNATIVES]
)
def test_alternatives_give_every_date_and_say_so(
    phrase: str, reference: str, dates: list[str]
) -> None:
    expected = [f"{d}[Europe/Moscow]" for d in dates]
    got = lm.parse_timestamps(phrase, reference=reference, default_tz="Europe/Moscow")
    assert [ts.isoformat() for ts in got] == expected
    sentence = f"The landing is now planned {phrase}, the agency said."
    (match,) = lm.find_timestamps(sentence, reference=reference, default_tz="Europe/Moscow")
    assert match.kind == "alternatives"
    assert [ts.isoformat() for ts in match.timestamps] == expected
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamp(phrase, reference=reference, default_tz="Europe/Moscow")
    assert info.value.code == "multiple_timestamps"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        # -- "and" still lists, a dash still spans ---------------------------------------------
        ("on August 12 and 14", "list"),
        ("on August 12, 14 and 16", "list"),
        ("on August 12-14", "range"),
        ("in May and June 2024", "list"),
    ],
)
def test_lists_and_ranges_keep_their_kind(phrase: str, kind: str) -> None:
    (match,) = lm.find_timestamps(phrase, reference="2024-08-20", default_tz="UTC")
    assert match.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # -- "or" between things that are not dates -------------------------------------------
        "The launch could slip by a day or two.",
        "It will fly on a Soyuz-2.1b or an Angara-A5.",
        "A 100 or 200 km orbit was considered.",
    ],
)
def test_or_between_non_dates_finds_nothing(text: str) -> None:
    assert lm.find_timestamps(text, reference="2023-08-20", default_tz="UTC") == []


@pytest.mark.parametrize(
    ("planned", "words"),
    [
        # -- dates the parser joins as alternatives --------------------------------------------
        ("for August 21 or 22", "August 21 or 22"),
        ("for August 21 or in September", "August 21 or in September"),
        # -- weekdays it reads apart, which the extractor joins -------------------------------
        ("for Monday or Tuesday", "Monday or Tuesday"),
    ],
)
def test_an_event_governed_by_alternatives_stays_undated_with_its_words(
    planned: str, words: str
) -> None:
    text = (
        f"MOSCOW, August 20. The Luna-25 landing is now planned {planned}, "
        "a space agency official said. The probe lifted off on August 11."
    )
    tl = lm.extract_timeline(text, published=date(2023, 8, 20), default_tz="Europe/Moscow")
    (landing,) = [ev for ev in tl if ev.kind == lm.EventKind.LANDING]
    assert landing.when is None
    assert landing.source is not None
    assert landing.source.timestamp_text == words
    (launch,) = [ev for ev in tl if ev.kind == lm.EventKind.LAUNCH]
    assert launch.when is not None
    assert launch.when.isoformat() == "2023-08-11[Europe/Moscow]"


# == 4. numbers that are no clock or year, windows, and two days away =======================

# (sentence, reference, what find_timestamps must return, in text order)
NOT_TIMES = [
    # -- a unit after the number: a quantity ------------------------------------------------
    ("The lander climbed to an altitude of 2000 km.", "2024-06-05", []),
    ("Chang'e-6 orbited about 2100 km above the far side.", "2024-06-05", []),
    ("On June 25, the capsule met the air at 11.08 km/s.", "2024-06-26", ["2024-06-25"]),
    ("The rover crawled 12.30 metres on its first day.", "2024-06-26", []),
    # -- a countdown or mission elapsed time ------------------------------------------------
    ("The count held at T-minus 10:00 on Sunday.", "2024-10-14", ["2024-10-13"]),
    ("On Sunday, the booster cut off at MET 00:02:41.", "2024-10-14", ["2024-10-13"]),
    # -- the years and clocks they must not cost --------------------------------------------
    ("It launched in 2000 and flew until 2004.", "2024-06-05", ["2000", "2004"]),
    ("The burn began at 14.57 on August 19.", "2023-08-21", ["2023-08-19T14:57+00:00"]),
    ("The burn began at 1457 hours on August 19.", "2023-08-21", ["2023-08-19T14:57+00:00"]),
    # -- two days away ----------------------------------------------------------------------
    ("Contact was lost the day before yesterday.", "2023-08-21", ["2023-08-19"]),
    ("Luna-25 is due to land the day after tomorrow.", "2023-08-19", ["2023-08-21"]),
]


@pytest.mark.parametrize(
    ("sentence", "reference", "found"), NOT_TIMES, ids=[r[0][:44] for r in NOT_TIMES]
)
def test_numbers_that_are_not_times_are_not_read_as_times(
    sentence: str, reference: str, found: list[str]
) -> None:
    matches = lm.find_timestamps(sentence, reference=reference, default_tz="UTC")
    got = [ts.isoformat().removesuffix("[UTC]") for m in matches for ts in m.timestamps]
    assert got == found
    assert [ts.isoformat() for m in matches for ts in m.timestamps] == [
        ts.isoformat()
        for ts in lm.parse_timestamps(sentence, reference=reference, default_tz="UTC")
    ]


# (phrase, reference, the window's two ends)
WINDOWS = [
    # -- a dash between two clocks: a window, not a clock and a UTC offset -----------------
    ("The window runs 1:04-3:04 a.m. EST on Nov. 16.", "2022-11-15",
     ["2022-11-16T01:04-05:00[America/New_York]", "2022-11-16T03:04-05:00[America/New_York]"]),
    ("The window runs 11:30-1:30 p.m. EST on Nov. 16.", "2022-11-15",
     ["2022-11-16T11:30-05:00[America/New_York]", "2022-11-16T13:30-05:00[America/New_York]"]),
    ("Contact was tried 14:10–14:57 Moscow time on August 19.", "2023-08-21",
     ["2023-08-19T14:10+03:00[Europe/Moscow]", "2023-08-19T14:57+03:00[Europe/Moscow]"]),
    # -- "between ... and", "from ... to"; a bare start takes the end's half of the day ---
    ("Contact was lost between 2 and 3 p.m. Moscow time on August 19.", "2023-08-21",
     ["2023-08-19T14:00+03:00[Europe/Moscow]", "2023-08-19T15:00+03:00[Europe/Moscow]"]),
    ("Orion splashed down between 9 and 10 a.m. PST on Dec. 11.", "2022-12-12",
     ["2022-12-11T09:00-08:00[America/Los_Angeles]", "2022-12-11T10:00-08:00[America/Los_Angeles]"]),
    ("The burn ran from 14:10 to 14:57 GMT on August 19.", "2023-08-21",
     ["2023-08-19T14:10+00:00[UTC]", "2023-08-19T14:57+00:00[UTC]"]),
    ("It was tested between noon and 1 p.m. GMT on August 19.", "2023-08-21",
     ["2023-08-19T12:00+00:00[UTC]", "2023-08-19T13:00+00:00[UTC]"]),
    # -- past midnight, the end is on the next day ------------------------------------------
    ("SLIM descended from 23:40 to 00:20 JST on January 19.", "2024-01-22",
     ["2024-01-19T23:40+09:00[Asia/Tokyo]", "2024-01-20T00:20+09:00[Asia/Tokyo]"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "reference", "ends"), WINDOWS, ids=[r[0][:44] for r in WINDOWS]
)
def test_a_window_between_two_clocks_gives_both_ends(
    sentence: str, reference: str, ends: list[str]
) -> None:
    (match,) = lm.find_timestamps(sentence, reference=reference, default_tz="UTC")
    assert match.kind == "range"
    assert [ts.isoformat() for ts in match.timestamps] == ends
    got = lm.parse_timestamps(sentence, reference=reference, default_tz="UTC")
    assert [ts.isoformat() for ts in got] == ends


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # -- an ISO date-time still writes its minus offset -----------------------------------
        ("2024-05-03T17:25-04:00", "2024-05-03T17:25-04:00"),
        ("at 02:10+03:00 on August 11, 2023", "2023-08-11T02:10+03:00"),
        ("at 14:00 UTC-5 on August 11, 2023", "2023-08-11T14:00-05:00"),
    ],
)
def test_offsets_that_zones_use_are_still_read(text: str, iso: str) -> None:
    assert lm.parse_timestamp(text).isoformat() == iso


# == 5. bounds that include the time they name, and bounds that leave it out =================

# (phrase, reference, the one timestamp); zones are named or UTC
BOUNDS = [
    # -- the named time included ------------------------------------------------------------
    ("on or before August 21", "2023-08-15", "2023-08-21[UTC][_qualifier=not_after]"),
    ("on or after August 21", "2023-08-15", "2023-08-21[UTC][_qualifier=not_before]"),
    ("as early as Nov. 14", "2022-11-04", "2022-11-14[UTC][_qualifier=not_before]"),
    # -- dates left out: one unit of the precision on ---------------------------------------
    ("before August 21", "2023-08-15", "2023-08-20[UTC][_qualifier=not_after]"),
    ("prior to August 21", "2023-08-15", "2023-08-20[UTC][_qualifier=not_after]"),
    ("after August 21", "2023-08-15", "2023-08-22[UTC][_qualifier=not_before]"),
    ("before September 2023", None, "2023-08[UTC][_qualifier=not_after]"),
    ("after December 2023", None, "2024-01[UTC][_qualifier=not_before]"),
    ("after 2026", None, "2027[UTC][_qualifier=not_before]"),
    ("before Friday", "2023-08-20", "2023-08-17[UTC][_qualifier=not_after]"),
    # -- clocks are instants: "before" ends at the clock, "after" starts at it --------------
    ("before 3 a.m. Moscow time on August 11, 2023", None,
     "2023-08-11T02+03:00[Europe/Moscow][_qualifier=not_after]"),
    ("prior to 2:10 a.m. Moscow time on August 11, 2023", None,
     "2023-08-11T02:09+03:00[Europe/Moscow][_qualifier=not_after]"),
    ("after 2 a.m. Moscow time on August 11, 2023", None,
     "2023-08-11T02+03:00[Europe/Moscow][_qualifier=not_before]"),
    # -- stepped back in UTC across a DST change --------------------------------------------
    ("before 3:00 a.m. EDT on March 12, 2023", None,
     "2023-03-12T01:59-05:00[America/New_York][_qualifier=not_after]"),
    ("before 2 a.m. EST on Nov. 6, 2022", None,
     "2022-11-06T01-05:00[America/New_York][_qualifier=not_after]"),
    # -- a part of a period makes the bound exact already -----------------------------------
    ("before the end of 2024", None, "2024[UTC][_qualifier=not_after]"),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "reference", "iso"), BOUNDS, ids=[r[0] for r in BOUNDS])
def test_bounds_end_where_the_text_says(phrase: str, reference: str | None, iso: str) -> None:
    ts = lm.parse_timestamp(phrase, reference=reference, default_tz="UTC")
    assert ts.isoformat() == iso


@pytest.mark.parametrize(
    ("phrase", "edge"),
    [
        # -- the interval's open side sits exactly on the named time --------------------------
        ("before August 21, 2023", "2023-08-21T00:00:00+00:00"),
        ("after August 21, 2023", "2023-08-22T00:00:00+00:00"),
        ("before 14:57 GMT on August 19, 2023", "2023-08-19T14:57:00+00:00"),
        ("after 14:57 GMT on August 19, 2023", "2023-08-19T14:57:00+00:00"),
    ],
)
def test_a_bound_that_leaves_its_time_out_ends_exactly_there(phrase: str, edge: str) -> None:
    ts = lm.parse_timestamp(phrase, default_tz="UTC")
    bound = ts.latest if ts.qualifier == "not_after" else ts.earliest
    assert bound.isoformat() == edge


@pytest.mark.parametrize(
    ("sentence", "words", "iso"),
    [
        # -- the date is the launch's: what came after is another event -----------------------
        ("After the August 11 launch, the probe coasted for five days.", "August 11",
         "2023-08-11[Europe/Moscow]"),
        ("After August 11's launch, the probe coasted for five days.", "August 11",
         "2023-08-11[Europe/Moscow]"),
        ("Before the August 11 launch, the rocket was fuelled.", "August 11",
         "2023-08-11[Europe/Moscow]"),
        # -- a possessive weekday is its event's own too ----------------------------------------
        ("After Friday's launch, the probe coasted for five days.", "Friday's",
         "2023-08-18[Europe/Moscow]"),
        ("Before Friday's launch, the rocket was fuelled.", "Friday's",
         "2023-08-18[Europe/Moscow]"),
    ],
)  # fmt: skip
def test_a_date_that_belongs_to_another_event_carries_no_bound(
    sentence: str, words: str, iso: str
) -> None:
    (match,) = lm.find_timestamps(sentence, reference="2023-08-20", default_tz="Europe/Moscow")
    assert match.text == words
    assert [ts.isoformat() for ts in match.timestamps] == [iso]


# == 6. quarters, halves, the middle of a period, parts of the day ==========================

# (phrase, reference, every timestamp); the zone is UTC
PERIODS = [
    # -- a quarter or a half: its first and its last month ----------------------------------
    ("in Q3 2026", "2025-06-01", ["2026-07", "2026-09"]),
    ("in the third quarter of 2026", "2025-06-01", ["2026-07", "2026-09"]),
    ("in the first-quarter 2025", "2024-06-01", ["2025-01", "2025-03"]),
    ("in H2 2026", "2025-06-01", ["2026-07", "2026-12"]),
    ("in the second half of 2026", "2025-06-01", ["2026-07", "2026-12"]),
    # -- a bound keeps the end on its side --------------------------------------------------
    ("NET Q3 2026", "2025-06-01", ["2026-07[_qualifier=not_before]"]),
    ("no later than the first quarter of 2027", "2025-06-01", ["2027-03[_qualifier=not_after]"]),
    ("before Q3 2026", "2025-06-01", ["2026-06[_qualifier=not_after]"]),
    ("NET August 12-14", "2023-08-01", ["2023-08-12[_qualifier=not_before]"]),
    ("after August 12-14", "2023-08-01", ["2023-08-15[_qualifier=not_before]"]),
    # -- the Monday-to-Sunday week that holds a day -----------------------------------------
    ("in the week of Nov. 14", "2022-11-08", ["2022-11-14", "2022-11-20"]),
    ("in the week of August 23", "2023-08-15", ["2023-08-21", "2023-08-27"]),
    # -- the middle of a month or a year ----------------------------------------------------
    ("in mid-August", "2025-01-01", ["2024-08[_approximate=true]"]),
    ("in mid-2026", "2025-01-01", ["2026[_approximate=true]"]),
    ("in the middle of August 2025", "2025-01-01", ["2025-08[_approximate=true]"]),
    # -- parts of the reference day ---------------------------------------------------------
    ("this morning", "2023-08-20", ["2023-08-20"]),
    ("at 7:25 this morning", "2023-08-20", ["2023-08-20T07:25+00:00"]),
    ("tonight", "2023-08-20", ["2023-08-20[_approximate=true]"]),
    ("at 10:20 p.m. tonight", "2023-08-20", ["2023-08-20T22:20+00:00"]),
    ("last night", "2023-08-20", ["2023-08-19[_approximate=true]"]),
    # -- a part of a range names one of its ends --------------------------------------------
    ("at the end of the first quarter of 2024", "2024-05-01", ["2024-03[_approximate=true]"]),
    ("early in the third quarter of 2026", "2025-06-01", ["2026-07[_approximate=true]"]),
]


def _in_utc(iso: str) -> str:
    """ "2026-07[_qualifier=not_before]" as isoformat writes it in UTC."""
    head, _, tags = iso.partition("[")
    return head + "[UTC]" + (f"[{tags}" if tags else "")


@pytest.mark.parametrize(("phrase", "reference", "stamps"), PERIODS, ids=[r[0] for r in PERIODS])
def test_periods_and_parts_of_the_day(phrase: str, reference: str, stamps: list[str]) -> None:
    got = lm.parse_timestamps(phrase, reference=reference, default_tz="UTC")
    assert [ts.isoformat() for ts in got] == [_in_utc(iso) for iso in stamps]
    (match,) = lm.find_timestamps(f"It is due {phrase}.", reference=reference, default_tz="UTC")
    assert match.kind == ("range" if len(stamps) == 2 else "single")


@pytest.mark.parametrize(
    "text",
    [
        # -- words that only look like periods or parts of the day ----------------------------
        "It was the second launch of the third quarter.",
        "The Q5 2026 plan was dropped.",
        "The crew slept overnight in the capsule.",
        "The first half of the flight went well.",
    ],
)
def test_period_words_without_a_year_find_no_period(text: str) -> None:
    found = lm.find_timestamps(text, reference="2025-06-01", default_tz="UTC")
    assert all(m.kind != "range" for m in found)
    words = ("quarter", "half", "Q5", "overnight")
    assert not any(word in m.text for m in found for word in words)


# == 7. small forms around a day ===============================================================

# (sentence, reference, default zone, every timestamp found, in text order)
DAY_FORMS = [
    # -- a bare clock after noon ------------------------------------------------------------
    ("Vikram will land at 6:04 this evening.", "2023-08-23", "Asia/Kolkata",
     ["2023-08-23T18:04+05:30[Asia/Kolkata]"]),
    ("Docking is due at 10:20 tonight.", "2023-08-20", "UTC", ["2023-08-20T22:20+00:00[UTC]"]),
    ("The burn is due on Wednesday evening at 6:04.", "2023-08-20", "Asia/Kolkata",
     ["2023-08-23T18:04+05:30[Asia/Kolkata]"]),
    # -- the clock says its half itself: it stays -------------------------------------------
    ("Docking is due at 06:04 this evening.", "2023-08-23", "UTC",
     ["2023-08-23T06:04+00:00[UTC]"]),
    ("The hatch opened at 6:04 a.m. this morning.", "2023-08-23", "UTC",
     ["2023-08-23T06:04+00:00[UTC]"]),
    # -- a weekday's night with its clock is one timestamp; alone it is approximate ---------
    ("Shenzhou-15 lifted off on Tuesday night at 11:08 p.m. Beijing time.", "2022-11-30", None,
     ["2022-11-29T23:08+08:00[Asia/Shanghai]"]),
    ("Shenzhou-15 lifted off on Tuesday night.", "2022-11-30", "Asia/Shanghai",
     ["2022-11-29[Asia/Shanghai][_approximate=true]"]),
    # -- a day, a month abbreviation and a year joined by dashes ----------------------------
    ("Artemis I lifted off on 16-Nov-2022.", None, "UTC", ["2022-11-16[UTC]"]),
    # -- a possessive weekday ---------------------------------------------------------------
    ("Sunday's flight ended in a splashdown.", "2024-10-14", "America/Chicago",
     ["2024-10-13[America/Chicago]"]),
    # -- a year shared back along a list or alternatives ------------------------------------
    ("Tests ran on May 3 and June 2, 2024.", "2025-01-10", "UTC",
     ["2024-05-03[UTC]", "2024-06-02[UTC]"]),
    ("Tests ran on December 30 and January 2, 2024.", "2025-01-10", "UTC",
     ["2023-12-30[UTC]", "2024-01-02[UTC]"]),
    ("Tests may run on May 3 or June 2, 2024.", "2025-01-10", "UTC",
     ["2024-05-03[UTC]", "2024-06-02[UTC]"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "reference", "zone", "stamps"), DAY_FORMS, ids=[r[0][:44] for r in DAY_FORMS]
)
def test_small_forms_around_a_day(
    sentence: str, reference: str, zone: str | None, stamps: list[str]
) -> None:
    found = lm.find_timestamps(sentence, reference=reference, default_tz=zone)
    assert [ts.isoformat() for m in found for ts in m.timestamps] == stamps
    got = lm.parse_timestamps(sentence, reference=reference, default_tz=zone)
    assert [ts.isoformat() for ts in got] == stamps


# == 8. zones further afield, and unknown ones after a 12-hour clock ===========================

# (phrase, reference, the one timestamp)
FAR_ZONES = [
    # -- Naro and Nuri (Korea), Rocket Lab's Mahia pad, the UAE's Hope probe ----------------
    ("at 8:08 a.m. KST on Friday", "2022-08-06", "2022-08-05T08:08+09:00[Asia/Seoul]"),
    ("at 4 p.m. Korea Standard Time on June 21, 2022", None, "2022-06-21T16+09:00[Asia/Seoul]"),
    ("at 2:30 p.m. NZST on Tuesday", "2023-07-19", "2023-07-18T14:30+12:00[Pacific/Auckland]"),
    ("at 7:42 p.m. GST on Feb. 9, 2021", None, "2021-02-09T19:42+04:00[Asia/Dubai]"),
    # -- a bracket in one of them ------------------------------------------------------------
    ("at 11:08 p.m. EDT on Thursday (12:08 p.m. KST Friday)", "2022-08-06",
     "2022-08-04T23:08-04:00[America/New_York]"),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "reference", "iso"), FAR_ZONES, ids=[r[0] for r in FAR_ZONES])
def test_zones_of_launch_sites_further_afield(phrase: str, reference: str | None, iso: str) -> None:
    assert lm.parse_timestamp(phrase, reference=reference).isoformat() == iso


# (phrase, reference, code): refused with our error, and find_timestamps skips it
REFUSED = [
    # -- a window whose ends are in two zones, or over several days -------------------------
    ("at 14:10+03:00-14:57 on August 19", "2023-08-21", "clock_range"),
    ("between 2 and 3 p.m. Moscow time on August 19 and 20", "2023-08-21", "clock_range"),
    # -- the season an abbreviation names must be the date's --------------------------------
    ("at 2:30 p.m. NZDT on July 18, 2023", "2023-11-20", "zone_mismatch"),
    # -- after "a.m." / "p.m.": an unknown or ambiguous abbreviation, not a new sentence ----
    ("at 7:02 a.m. XST on Saturday", "2023-11-20", "unknown_zone"),
    ("at 7:02 a.m. CST on Saturday", "2023-11-20", "unknown_zone"),
    ("at 9:15 p.m. BST on Saturday", "2023-11-20", "unknown_zone"),
]


@pytest.mark.parametrize(("phrase", "reference", "code"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_with_a_code(phrase: str, reference: str, code: str) -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamps(phrase, reference=reference, default_tz="UTC")
    assert info.value.code == code
    assert lm.find_timestamps(phrase, reference=reference, default_tz="UTC") == []
