"""Adversarial review of the wire forms added to the parser and extractor (helper review).

It pins what is right at the edges (DST changes, midnight and noon, year ends and leap
days, windows, strict bounds, brackets that carry the day, words that only look like
times) and states, as strict xfails, every wrong answer found: first the contract
(a crash, overlapping spans), then readings that are silently wrong, then refusals
where the text is clear. Remove a mark once the code meets the expectation.

The phrases are written for these tests; where a mission is named, its time is real
(Crew-1: 7:27 p.m. EST, 15 Nov 2020; Artemis I: 1:47 a.m. EST, 16 Nov 2022, window
from 1:04 a.m.; Vikram: 6:04 p.m. IST, 23 Aug 2023, descent from 5:44 p.m.).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from functools import partial

import pytest
from checks import result_or_error
from hypothesis import example, given, settings
from hypothesis import strategies as st

import lunamission as lm


def _isos(text: str, reference: str | None, zone: str | None) -> list[str]:
    return [
        ts.isoformat() for ts in lm.parse_timestamps(text, reference=reference, default_tz=zone)
    ]


def _parse_both(text: str, reference: str | None, zone: str | None) -> None:
    """Both parse functions on ``text``: a result, or a TimestampError naming it."""
    for parse in (lm.parse_timestamp, lm.parse_timestamps):
        result_or_error(text, partial(parse, reference=reference, default_tz=zone))


def _found(text: str, reference: str | None, zone: str | None) -> list[str]:
    matches = lm.find_timestamps(text, reference=reference, default_tz=zone)
    return [ts.isoformat() for m in matches for ts in m.timestamps]


# == 1. the contract: only TimestampError escapes, spans are honest and apart ===============

# Words of the new forms, with numbers, dates and zones to mix them with.
VOCABULARY = [
    "before", "after", "prior to", "on or before", "as early as", "or", "and", "between",
    "from", "to", "-", "(", ")", "night", "evening", "morning", "tonight", "last night",
    "this evening", "quarter", "half", "first", "second", "Q3", "H2", "Q", "mid-", "mid",
    "the middle of", "by the end of", "NET", "km", "km/s", "%", "T-minus", "MET", "minus",
    "2", "3", "11", "12", "1:04", "3:04", "23:40", "00:20", "0304", "a.m.", "p.m.", "noon",
    "midnight", "GMT", "EST", "ET", "Moscow time", "(0304 GMT Saturday)", "(0927 GMT)",
    "August", "21", "2024", "2026", "December", "31", "January", "1", "February", "29",
    "Friday", "Friday's", "Tuesday", "launch", "the", ",", "2023-08-11T02:10-04:00", "+15:00",
]  # fmt: skip
phrases = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=12).map(" ".join)
references = st.sampled_from([None, "2023-08-21", "2020-11-15", "2011-03-27", "2023-11-05"])
zones = st.sampled_from([None, "UTC", "America/New_York", "Europe/Moscow", "Europe/London"])


@settings(max_examples=300, deadline=None)
@given(phrases, references, zones)
def test_new_words_before_a_date_parse_or_raise_our_error_and_spans_are_honest(
    words: str, reference: str | None, zone: str | None
) -> None:
    """Property: closed by a full date, any mix of the new words parses or raises only
    TimestampError, and every match's text is the source's slice."""
    text = f"{words} on August 19, 2023."
    _parse_both(text, reference, zone)
    for m in lm.find_timestamps(text, reference=reference, default_tz=zone):
        assert text[m.start : m.end] == m.text
        assert m.timestamps


@settings(max_examples=300, deadline=None)
@example("The window opens from 14:10 to", "2023-08-21", "UTC")
@given(phrases, references, zones)
def test_any_mix_of_new_words_parses_or_raises_our_error(
    text: str, reference: str | None, zone: str | None
) -> None:
    _parse_both(text, reference, zone)
    lm.find_timestamps(text, reference=reference, default_tz=zone)


@settings(max_examples=300, deadline=None)
@example("The crew will dock on Sunday tonight.", "2023-08-20", "UTC")
@given(phrases.map(lambda s: f"{s} on August 19, 2023."), references, zones)
def test_matches_never_overlap(text: str, reference: str | None, zone: str | None) -> None:
    end = 0
    for m in lm.find_timestamps(text, reference=reference, default_tz=zone):
        assert end <= m.start < m.end
        end = m.end


@pytest.mark.parametrize(
    "text", ["Contact was lost between 2 and", "The window opens from 14:10 to", "from 11 p.m. to"]
)
def test_a_window_cut_off_at_its_joiner_raises_no_index_error(text: str) -> None:
    _parse_both(text, "2023-08-21", "UTC")
    assert lm.find_timestamps(text, reference="2023-08-21", default_tz="UTC") == []


# == 2. right at the edges: pinned ==========================================================

# (text, reference, default zone, every timestamp parse_timestamps and find_timestamps give)
RIGHT = [
    # -- windows over midnight, a year end, a leap day and DST changes ----------------------
    ("from 23:40 to 00:20 GMT on December 31, 2023", None, None,
     ["2023-12-31T23:40+00:00[UTC]", "2024-01-01T00:20+00:00[UTC]"]),
    ("from 23:40 to 00:20 GMT on February 28, 2024", None, None,
     ["2024-02-28T23:40+00:00[UTC]", "2024-02-29T00:20+00:00[UTC]"]),
    ("from 01:40 to 03:20 Moscow time on March 27, 2011", None, None,
     ["2011-03-27T01:40+03:00[Europe/Moscow]", "2011-03-27T03:20+04:00[Europe/Moscow]"]),
    ("from 1:30 to 3:30 a.m. ET on March 12, 2023", None, None,
     ["2023-03-12T01:30-05:00[America/New_York]", "2023-03-12T03:30-04:00[America/New_York]"]),
    # -- midnight and noon as ends; an a.m. start before a p.m. end -------------------------
    ("between 11 p.m. and midnight GMT on August 19, 2023", None, None,
     ["2023-08-19T23:00+00:00[UTC]", "2023-08-20T00:00+00:00[UTC]"]),
    ("between midnight and 1 a.m. GMT on August 19, 2023", None, None,
     ["2023-08-19T00:00+00:00[UTC]", "2023-08-19T01:00+00:00[UTC]"]),
    ("between 12 and 1 p.m. GMT on August 19, 2023", None, None,
     ["2023-08-19T12:00+00:00[UTC]", "2023-08-19T13:00+00:00[UTC]"]),
    ("between 11 and 1 p.m. GMT on August 19, 2023", None, None,
     ["2023-08-19T11:00+00:00[UTC]", "2023-08-19T13:00+00:00[UTC]"]),
    ("The window runs from 11:04 p.m. to 1:04 a.m. EST tonight.", "2022-11-15", None,
     ["2022-11-15T23:04-05:00[America/New_York]", "2022-11-16T01:04-05:00[America/New_York]"]),
    # -- strict bounds over a year end, a leap day and DST changes --------------------------
    ("before January 1, 2024", None, "UTC", ["2023-12-31[UTC][_qualifier=not_after]"]),
    ("after December 31, 2023", None, "UTC", ["2024-01-01[UTC][_qualifier=not_before]"]),
    ("before March 1, 2024", None, "UTC", ["2024-02-29[UTC][_qualifier=not_after]"]),
    ("after February 28, 2023", None, "UTC", ["2023-03-01[UTC][_qualifier=not_before]"]),
    ("before 00:00:30 GMT on January 1, 2024", None, None,
     ["2024-01-01T00:00:29+00:00[UTC][_qualifier=not_after]"]),
    ("before 2 a.m. on March 26, 2023", None, "Europe/London",
     ["2023-03-26T00+00:00[Europe/London][_qualifier=not_after]"]),
    ("before 3 a.m. Moscow time on October 31, 2010", None, None,
     ["2010-10-31T02+03:00[Europe/Moscow][_qualifier=not_after]"]),
    # -- a quarter's end under a bound ------------------------------------------------------
    ("by the end of Q3 2026", "2025-06-01", "UTC", ["2026-09[UTC][_qualifier=not_after]"]),
    ("before the end of the third quarter of 2026", "2025-06-01", "UTC",
     ["2026-09[UTC][_qualifier=not_after]"]),
    # -- brackets: the day is the bracket's, the offset the bracket's UTC ------------------
    ("Artemis I lifted off at 1:47 a.m. EST (0647 GMT Wednesday).", "2022-11-17", None,
     ["2022-11-16T01:47-05:00[America/New_York]"]),
    ("Vikram will land at 6:04 this evening (1234 GMT).", "2023-08-23", None,
     ["2023-08-23T18:04+05:30"]),
    ("Vikram landed at 6:04 p.m. (1234 GMT Wednesday).", "2023-08-24", None,
     ["2023-08-23T18:04+05:30"]),
    # -- alternatives over a year end and a leap day ---------------------------------------
    ("on December 31 or January 1, 2024", None, "UTC", ["2023-12-31[UTC]", "2024-01-01[UTC]"]),
    ("on February 29 or March 1, 2024", None, "UTC", ["2024-02-29[UTC]", "2024-03-01[UTC]"]),
    # -- the new words about something else: only the real date is read --------------------
    ("One or two engines failed on August 19.", "2023-08-21", "UTC", ["2023-08-19[UTC]"]),
    ("The rover drove 100 m on August 25.", "2023-08-26", "UTC", ["2023-08-25[UTC]"]),
    ("The probe fired between 2 and 3 times on August 19.", "2023-08-21", "UTC",
     ["2023-08-19[UTC]"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "reference", "zone", "isos"), RIGHT, ids=[r[0][:48] for r in RIGHT]
)
def test_right_at_the_edges(text: str, reference: str | None, zone: str | None, isos: list[str]):
    assert _isos(text, reference, zone) == isos
    assert _found(text, reference, zone) == isos


# (text, reference, default zone, code): refused with our error, and find_timestamps skips it
REFUSED = [
    # -- a window's end a DST change skips or repeats ---------------------------------------
    ("from 01:40 to 02:20 Moscow time on March 27, 2011", None, None, "nonexistent_time"),
    ("from 11 p.m. to 1:30 a.m. ET on November 4, 2023", None, None, "ambiguous_time"),
    # -- a window over a month; a bracket that contradicts its own clause -------------------
    ("between 2 and 3 p.m. Moscow time in August 2023", None, None, "clock_range"),
    ("at 1:47 a.m. EST (0647 GMT Wednesday) on Nov. 17", "2022-11-17", None,
     "conversion_mismatch"),
    # -- the year shared back makes a date impossible ---------------------------------------
    ("on February 29 or March 1, 2023", None, "UTC", "impossible_date"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "reference", "zone", "code"), REFUSED, ids=[r[0][:48] for r in REFUSED]
)
def test_refused_with_a_code(text: str, reference: str | None, zone: str | None, code: str):
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamps(text, reference=reference, default_tz=zone)
    assert info.value.code == code
    assert lm.find_timestamps(text, reference=reference, default_tz=zone) == []


@pytest.mark.parametrize(
    "text",
    [
        # -- "half", "quarter", "or", "after", "night", "mid", "Q", "H", units: no time ----------
        "The second half of the flight went smoothly.",
        "The first quarter of the fuel was burned in 2 minutes.",
        "The launch could slip by one or two days.",
        "The crew boarded after the hatch opened.",
        "Tests before and after the launch were nominal.",
        "They returned in the morning after the storm.",
        "Night fell over the landing site.",
        "Mid-flight, the crew reported a leak.",
        "The H2 tank was filled and Q2 earnings rose.",
        "It will fly at 7 or 8 km/s.",
        "The station orbits at 400 kilometres.",
        "The count resumed at T minus 10:00.",
        "The craft reached 28,000 km/h after 8 minutes.",
    ],
)
def test_new_words_about_something_else_find_nothing(text: str) -> None:
    assert lm.find_timestamps(text, reference="2023-08-21", default_tz="UTC") == []
    assert lm.parse_timestamps(text, reference="2023-08-21", default_tz="UTC") == []


# == 3. wrong answers: strict xfails that state the right one ===============================


def _wrong(text: str, ref: str | None, zone: str | None, isos: list[str], why: str) -> object:
    mark = pytest.mark.xfail(strict=True, reason=why)
    return pytest.param(text, ref, zone, isos, marks=mark, id=text[:48])


def _fixed(text: str, ref: str | None, zone: str | None, isos: list[str], was: str) -> object:
    """A wrong answer the review found and the parser no longer gives (``was``)."""
    return pytest.param(text, ref, zone, isos, id=text[:48])


# (text, reference, default zone, every timestamp it should give, in text order)
WRONG = [
    # -- silently wrong: a bracket's UTC weekday read in the reference's calendar -----------
    _fixed("Crew-1 lifted off at 7:27 p.m. EST (0027 GMT Monday).", "2020-11-15", None,
           ["2020-11-15T19:27-05:00[America/New_York]"], "gives 2020-11-08, a week early"),
    _fixed("Crew-1 will lift off at 7:27 p.m. EST (0027 GMT Monday).", "2020-11-14", None,
           ["2020-11-15T19:27-05:00[America/New_York]"], "gives 2020-11-08: tense ignored"),
    # -- silently wrong: a night's small hours, and midnight, are the next day -------------
    _fixed("The window opens at 1:04 a.m. EST tonight.", "2022-11-15", None,
           ["2022-11-16T01:04-05:00[America/New_York]"], "gives 2022-11-15T01:04"),
    _fixed("Artemis I lifted off on Tuesday night at 1:47 a.m. EST.", "2022-11-16", None,
           ["2022-11-16T01:47-05:00[America/New_York]"], "gives Tuesday 01:47"),
    _fixed("The hatch was shut at midnight last night.", "2023-08-20", "UTC",
           ["2023-08-20T00:00+00:00[UTC]"], "gives 2023-08-19T00:00, a day early"),
    _fixed("Docking is due at 12:30 tonight.", "2023-08-20", "UTC",
           ["2023-08-21T00:30+00:00[UTC]"], "gives 12:30, midday"),
    # -- silently wrong: a window's start put in the wrong half of the day ------------------
    _fixed("Vikram's descent runs from 5:44 to 6:04 this evening.", "2023-08-23", "Asia/Kolkata",
           ["2023-08-23T17:44+05:30[Asia/Kolkata]", "2023-08-23T18:04+05:30[Asia/Kolkata]"],
           "gives 05:44 to 06:04: this evening not applied to windows"),
    _fixed("The test ran between 11 and 1 a.m. GMT on August 19, 2023.", None, None,
           ["2023-08-19T23:00+00:00[UTC]", "2023-08-20T01:00+00:00[UTC]"],
           "gives 11:00 to 01:00 next day, a 14-hour window"),
    _fixed("The test ran between 11 and 12 a.m. GMT on August 19, 2023.", None, None,
           ["2023-08-19T23:00+00:00[UTC]", "2023-08-20T00:00+00:00[UTC]"],
           "gives 11:00 to 00:00 next day, a 13-hour window"),
    _fixed("The burn ran between 2 and 3 p.m. (1100-1200 GMT) on August 19, 2023.", None, "UTC",
           ["2023-08-19T14:00+03:00", "2023-08-19T15:00+03:00"],
           "the UTC bracket is ignored: 14:00 UTC, and August 19 again"),
    _fixed("at 14:00-05:00 on August 11, 2023", None, "UTC", ["2023-08-11T14:00-05:00"],
           "a zero-padded offset now reads as a 15-hour window 14:00 to 05:00"),
    # -- silently wrong: alternatives cut short, or read as one time ------------------------
    _fixed("The burn is set for 2 or 3 p.m. GMT on August 19, 2023.", None, None,
           ["2023-08-19T14+00:00[UTC]", "2023-08-19T15+00:00[UTC]"], "gives 15:00 only"),
    _fixed("The landing is set for August 21 or 22 or 23.", "2023-08-20", "UTC",
           ["2023-08-21[UTC]", "2023-08-22[UTC]", "2023-08-23[UTC]"], "drops 23"),
    # "will not fly before X" is X at the soonest: the negation turns the bound round
    _fixed("It will not fly before August 21 or August 22.", "2023-08-15", "UTC",
           ["2023-08-21[UTC][_qualifier=not_before]", "2023-08-22[UTC][_qualifier=not_before]"],
           "August 22 read alone, without the bound"),
    _fixed("The launch will not come before 2026 or 2027.", "2023-08-15", "UTC",
           ["2026[UTC][_qualifier=not_before]", "2027[UTC][_qualifier=not_before]"],
           "drops 2027: a single bound where the text gives two"),
    _fixed("It will fly in 2026 or later.", "2023-08-15", "UTC",
           ["2026[UTC][_qualifier=not_before]"], "'or later' dropped: exactly 2026"),
    # -- silently wrong: bounds on periods and parts ----------------------------------------
    _fixed("It will not fly after the third quarter of 2026.", "2025-06-01", "UTC",
           ["2026-09[UTC][_qualifier=not_after]"], "'the' makes it attributive: no bound"),
    _fixed("It will not fly before the second half of 2026.", "2025-06-01", "UTC",
           ["2026-07[UTC][_qualifier=not_before]"], "'the' makes it attributive: no bound"),
    _fixed("It is due by the start of Q3 2026.", "2025-06-01", "UTC",
           ["2026-07[UTC][_approximate=true][_qualifier=not_after]"], "gives September"),
    _fixed("It is due no earlier than the end of Q3 2026.", "2025-06-01", "UTC",
           ["2026-09[UTC][_approximate=true][_qualifier=not_before]"], "gives July"),
    _fixed("It is due before the start of 2025.", "2023-08-15", "UTC",
           ["2024[UTC][_qualifier=not_after]"], "gives not_after January 2025"),
    _fixed("It is due after the end of 2024.", "2023-08-15", "UTC",
           ["2025[UTC][_qualifier=not_before]"], "gives not_before December 2024"),
    _fixed("The hatch will open before this evening.", "2025-06-01", "UTC",
           ["2025-06-01[UTC][_qualifier=not_after]"], "gives not_after yesterday"),
    _fixed("The crew rested after Tuesday night's spacewalk.", "2025-06-01", "UTC",
           ["2025-05-27[UTC][_approximate=true]"], "gives not_before Wednesday"),
    # -- silently wrong: a year shared back against the order written -----------------------
    _fixed("Tests ran on June 2 and May 3, 2024.", "2025-01-10", "UTC",
           ["2024-06-02[UTC]", "2024-05-03[UTC]"], "gives June 2, 2023"),
    # -- silently coarser or wrong: words the new rules miss -------------------------------
    _fixed("The two teams met 10 August 2023 and agreed.", "2023-08-21", "UTC",
           ["2023-08-10[UTC]"], "'met' vetoes the day: August 2023 only"),
    _fixed("Vikram lands at 6:04 in the evening on Wednesday.", "2023-08-24", "Asia/Kolkata",
           ["2023-08-23T18:04+05:30[Asia/Kolkata]"], "gives 06:04 and Wednesday apart"),
    _fixed("Launch is NET 1:04-3:04 a.m. EST on Nov. 16, 2022.", None, None,
           ["2022-11-16T01:04-05:00[America/New_York][_qualifier=not_before]"],
           "a bound on a window keeps both ends, each bounded"),
    _fixed("between 2 p.m. Moscow time and 3 p.m. Moscow time on August 19, 2023", None, None,
           ["2023-08-19T14:00+03:00[Europe/Moscow]", "2023-08-19T15:00+03:00[Europe/Moscow]"],
           "no_date; find reads 3 p.m. alone as one instant"),
    # -- refused though the text is clear ---------------------------------------------------
    _fixed("2024-05-03 17:25-04:00", None, None, ["2024-05-03T17:25-04:00"],
           "no_zone: a space-separated ISO date-time lost its offset (read before)"),
    _fixed("at 6 o'clock this evening", "2023-08-20", "UTC", ["2023-08-20T18+00:00[UTC]"],
           "ambiguous_time, though the evening says p.m."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "zone", "isos"), WRONG)
def test_wrong_answers(text: str, reference: str | None, zone: str | None, isos: list[str]):
    assert _isos(text, reference, zone) == isos
    assert _found(text, reference, zone) == isos


def test_str_of_an_aware_datetime_reads_back() -> None:
    moment = datetime(2023, 8, 11, 2, 10, tzinfo=timezone(timedelta(hours=-4)))
    assert lm.parse_timestamp(str(moment)).utc == moment


def test_a_window_with_its_ends_in_two_zones_is_a_clock_range() -> None:
    text = "Contact was tried from 14:10 GMT to 14:57 Moscow time on August 19, 2023."
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamps(text, default_tz="UTC")
    assert info.value.code == "clock_range"
    assert lm.find_timestamps(text, default_tz="UTC") == []


@pytest.mark.parametrize("period", ["Q3 or Q4 2026", "the third or fourth quarter of 2026"])
def test_the_first_of_two_periods_is_not_dropped(period: str) -> None:
    text = f"The launch is planned for {period}."
    assert "2026-07[UTC]" in _isos(text, "2025-06-01", "UTC")
    found = lm.find_timestamps(text, reference="2025-06-01", default_tz="UTC")
    assert found
    assert all(m.text.startswith(("Q3", "third")) for m in found)


def test_an_event_at_one_of_two_clock_times_stays_undated() -> None:
    text = "MOSCOW, August 18. The probe will launch at 2 or 3 p.m. Moscow time on August 19."
    tl = lm.extract_timeline(text, published=date(2023, 8, 18), default_tz="Europe/Moscow")
    (launch,) = [ev for ev in tl if ev.kind == lm.EventKind.LAUNCH]
    assert launch.when is None
