"""The news timestamp parser (issue 4): valid phrases by feature, the scanning API,
policies, the pipeline's stages apart, and linear running time.

The phrases are written for these tests; the events and their times are real.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date, datetime, timedelta, timezone

import pytest
from steps import growth

import lunamission as lm
from lunamission.parser.grammar import read
from lunamission.parser.lexicon import ZONE_ABBREVIATIONS, ZONE_PHRASES
from lunamission.parser.parts import DatePart
from lunamission.parser.resolve import complete_year
from lunamission.parser.tense import sentence_tenses
from lunamission.parser.tokens import tokenize
from lunamission.zones import localize, zone_name

# (phrase, reference, default_tz, expected isoformat strings in text order)
Row = tuple[str, str | None, str | None, tuple[str, ...]]

VALID: dict[str, list[Row]] = {
    # -- clocks: 12-hour, 24-hour, seconds, named readings ----------------------------
    "clock": [
        ("at 6:44 p.m. Moscow time on September 15, 2023", None, None,
         ("2023-09-15T18:44+03:00[Europe/Moscow]",)),
        ("at 6:44pm MSK on September 15, 2023", None, None,
         ("2023-09-15T18:44+03:00[Europe/Moscow]",)),
        ("at 6 p.m. MSK on September 15, 2023", None, None,
         ("2023-09-15T18+03:00[Europe/Moscow]",)),
        ("at 6 PM MSK on September 15, 2023", None, None,
         ("2023-09-15T18+03:00[Europe/Moscow]",)),
        ("at 6 o'clock p.m. MSK on September 15, 2023", None, None,
         ("2023-09-15T18+03:00[Europe/Moscow]",)),
        ("at 18:44 MSK on 15 September 2023", None, None,
         ("2023-09-15T18:44+03:00[Europe/Moscow]",)),
        ("at 18.44 Moscow time on 15 September 2023", None, None,
         ("2023-09-15T18:44+03:00[Europe/Moscow]",)),
        ("at 1544 GMT on September 15, 2023", None, None, ("2023-09-15T15:44+00:00[UTC]",)),
        ("at 1544 hours UTC on September 15, 2023", None, None,
         ("2023-09-15T15:44+00:00[UTC]",)),
        ("at 15:44:36 UTC on September 15, 2023", None, None,
         ("2023-09-15T15:44:36+00:00[UTC]",)),
        ("at 3:44:36 p.m. UTC on September 15, 2023", None, None,
         ("2023-09-15T15:44:36+00:00[UTC]",)),
        ("at 12:05 a.m. UTC on January 1, 2024", None, None, ("2024-01-01T00:05+00:00[UTC]",)),
        ("at 12:05 p.m. UTC on January 1, 2024", None, None, ("2024-01-01T12:05+00:00[UTC]",)),
        ("at noon Moscow time on April 12, 1961", None, None,
         ("1961-04-12T12:00+03:00[Europe/Moscow]",)),
        ("at midday UTC on July 20, 1969", None, None, ("1969-07-20T12:00+00:00[UTC]",)),
        ("at midnight Beijing time on May 3, 2024", None, None,
         ("2024-05-03T00:00+08:00[Asia/Shanghai]",)),
        ("at 7:38 a.m. Tuesday (Beijing Time)", "2024-06-04", None,
         ("2024-06-04T07:38+08:00[Asia/Shanghai]",)),
    ],
    # -- dates in every written form ----------------------------------------------------
    "date": [
        ("on Sept. 15", "2023-09-20", "UTC", ("2023-09-15[UTC]",)),
        ("on Sep 15, 2023", None, "UTC", ("2023-09-15[UTC]",)),
        ("on September 15th", "2023-09-20", "UTC", ("2023-09-15[UTC]",)),
        ("on 15th September 2023", None, "UTC", ("2023-09-15[UTC]",)),
        ("on the 15th of September, 2023", None, "UTC", ("2023-09-15[UTC]",)),
        ("on SEPTEMBER 15, 2023", None, "UTC", ("2023-09-15[UTC]",)),
        ("2023-09-15", None, "UTC", ("2023-09-15[UTC]",)),
        ("2023/09/15", None, "UTC", ("2023-09-15[UTC]",)),
        ("15.09.2023", None, "UTC", ("2023-09-15[UTC]",)),
        ("09/15/2023", None, "UTC", ("2023-09-15[UTC]",)),
        ("07.07.2023", None, "UTC", ("2023-07-07[UTC]",)),
        ("2023-09-15T15:44:36Z", None, None, ("2023-09-15T15:44:36+00:00[UTC]",)),
        ("2023-09-15T18:44+03:00", None, None, ("2023-09-15T18:44+03:00",)),
        ("2023-09-15 15:44 UTC", None, None, ("2023-09-15T15:44+00:00[UTC]",)),
        ("2023-09-15T18:44+0300", None, None, ("2023-09-15T18:44+03:00",)),
    ],
    # -- a weekday beside a date, and alone ---------------------------------------------
    "weekday": [
        ("on Friday, September 15, 2023", None, "UTC", ("2023-09-15[UTC]",)),
        ("on Fri., Sept. 15", "2023-09-16", "UTC", ("2023-09-15[UTC]",)),
        ("Friday (September 15)", "2023-09-16", "UTC", ("2023-09-15[UTC]",)),
        ("on Friday", "2023-09-16", "UTC", ("2023-09-15[UTC]",)),
        ("on Saturday", "2023-09-16", "UTC", ("2023-09-16[UTC]",)),
        ("last Saturday", "2023-09-16", "UTC", ("2023-09-09[UTC]",)),
        ("next Friday", "2023-09-15", "UTC", ("2023-09-22[UTC]",)),
        ("this Sunday", "2023-09-13", "UTC", ("2023-09-17[UTC]",)),
        ("The crew will dock on Sunday.", "2023-09-13", "UTC", ("2023-09-17[UTC]",)),
        ("The crew docked on Sunday.", "2023-09-13", "UTC", ("2023-09-10[UTC]",)),
    ],
    # -- zones: every kind of phrase, and historical offsets ----------------------------
    "zone": [
        ("at 11:14 Beijing time on October 26, 2023", None, None,
         ("2023-10-26T11:14+08:00[Asia/Shanghai]",)),
        ("at 11:14 BJT on October 26, 2023", None, None,
         ("2023-10-26T11:14+08:00[Asia/Shanghai]",)),
        ("at 00:20 Japan Standard Time on January 20, 2024", None, None,
         ("2024-01-20T00:20+09:00[Asia/Tokyo]",)),
        ("at 11:50 India Standard Time on September 2, 2023", None, None,
         ("2023-09-02T11:50+05:30[Asia/Kolkata]",)),
        ("at 3:27 a.m. Eastern Daylight Time on August 26, 2023", None, None,
         ("2023-08-26T03:27-04:00[America/New_York]",)),
        ("at 8:33 a.m. CDT on April 20, 2023", None, None,
         ("2023-04-20T08:33-05:00[America/Chicago]",)),
        ("at 8:33 a.m. Central time on April 20, 2023", None, None,
         ("2023-04-20T08:33-05:00[America/Chicago]",)),
        ("at 12:55 p.m. Pacific time on February 18, 2021", None, None,
         ("2021-02-18T12:55-08:00[America/Los_Angeles]",)),
        ("at 09:12 GMT on December 19, 2013", None, None, ("2013-12-19T09:12+00:00[UTC]",)),
        ("at 10:12 CET on December 19, 2013", None, None,
         ("2013-12-19T10:12+01:00[Europe/Paris]",)),
        ("at 18:44 UTC+3 on September 15, 2023", None, None, ("2023-09-15T18:44+03:00",)),
        ("at 20:44 GMT+05:00 on September 15, 2023", None, None, ("2023-09-15T20:44+05:00",)),
        ("at 11:44 UTC-4 on September 15, 2023", None, None, ("2023-09-15T11:44-04:00",)),
        ("at 8:44 p.m. local time on September 15, 2023", None, "Asia/Qyzylorda",
         ("2023-09-15T20:44+05:00[Asia/Qyzylorda]",)),
        ("at 15:44 on September 15, 2023", None, "+00:00", ("2023-09-15T15:44+00:00",)),
        ("on September 15, 2023 (Moscow time)", None, None, ("2023-09-15[Europe/Moscow]",)),
    ],
    "historical offset": [
        ("at 06:38 Moscow time on July 2, 2013", None, None,
         ("2013-07-02T06:38+04:00[Europe/Moscow]",)),
        ("at 22:28 Moscow time on October 4, 1957", None, None,
         ("1957-10-04T22:28+03:00[Europe/Moscow]",)),
        ("at 16:54 Baikonur time on December 3, 2018", None, None,
         ("2018-12-03T16:54+06:00[Asia/Qyzylorda]",)),
        ("at 18:54 Baikonur time on September 21, 2022", None, None,
         ("2022-09-21T18:54+05:00[Asia/Qyzylorda]",)),
        ("at 16:03 CEST on April 14, 2023", None, None,
         ("2023-04-14T16:03+02:00[Europe/Paris]",)),
    ],
    # -- relative words -----------------------------------------------------------------
    "relative": [
        ("yesterday", "2024-01-01", "UTC", ("2023-12-31[UTC]",)),
        ("tomorrow at 11:14 Beijing time", "2023-10-25", None,
         ("2023-10-26T11:14+08:00[Asia/Shanghai]",)),
        ("today", "2024-02-29", "UTC", ("2024-02-29[UTC]",)),
        ("last month", "2024-01-15", "UTC", ("2023-12[UTC]",)),
        ("next month", "2023-12-15", "UTC", ("2024-01[UTC]",)),
        ("this month", "2023-12-15", "UTC", ("2023-12[UTC]",)),
        ("next year", "2023-12-15", "UTC", ("2024[UTC]",)),
        ("last week", "2023-09-13", "UTC", ("2023-09-04[UTC]", "2023-09-10[UTC]")),
        ("next week", "2023-09-13", "UTC", ("2023-09-18[UTC]", "2023-09-24[UTC]")),
        ("earlier this month", "2023-09-13", "UTC", ("2023-09-01[UTC][_qualifier=not_before]",)),
        ("earlier this year", "2023-09-13", "UTC", ("2023-01-01[UTC][_qualifier=not_before]",)),
        ("later this week", "2023-09-13", "UTC", ("2023-09-17[UTC][_qualifier=not_after]",)),
        ("later this month", "2024-02-10", "UTC", ("2024-02-29[UTC][_qualifier=not_after]",)),
    ],
    # -- year completion: nearest year, tense in near ties ------------------------------
    "year completion": [
        ("on January 2", "2023-12-30", "UTC", ("2024-01-02[UTC]",)),
        ("on December 30", "2024-01-02", "UTC", ("2023-12-30[UTC]",)),
        ("in November", "2024-01-02", "UTC", ("2023-11[UTC]",)),
        ("on February 29", "2023-03-10", "UTC", ("2024-02-29[UTC]",)),
        ("The probe will fly past on March 1.", "2023-09-01", "UTC", ("2024-03-01[UTC]",)),
        ("The probe flew past on March 1.", "2023-09-01", "UTC", ("2023-03-01[UTC]",)),
        ("The probe is to fly past on March 1.", "2023-09-01", "UTC", ("2024-03-01[UTC]",)),
        ("The probe flew past on March 31.", "2023-09-01", "UTC", ("2023-03-31[UTC]",)),
    ],
    # -- lists and ranges ---------------------------------------------------------------
    "list and range": [
        ("on 15, 17 and 19 September 2023", None, "UTC",
         ("2023-09-15[UTC]", "2023-09-17[UTC]", "2023-09-19[UTC]")),
        ("on September 15, 17, and 19, 2023", None, "UTC",
         ("2023-09-15[UTC]", "2023-09-17[UTC]", "2023-09-19[UTC]")),
        ("September 15–17, 2023", None, "UTC", ("2023-09-15[UTC]", "2023-09-17[UTC]")),
        ("15-17 September 2023", None, "UTC", ("2023-09-15[UTC]", "2023-09-17[UTC]")),
        ("from September 15 to October 2, 2023", None, "UTC",
         ("2023-09-15[UTC]", "2023-10-02[UTC]")),
        ("from December 28 to January 3", "2023-12-20", "UTC",
         ("2023-12-28[UTC]", "2024-01-03[UTC]")),
        ("between 2024 and 2026", None, "UTC", ("2024[UTC]", "2026[UTC]")),
        ("in 2024–2026", None, "UTC", ("2024[UTC]", "2026[UTC]")),
        ("in July and August 2023", None, "UTC", ("2023-07[UTC]", "2023-08[UTC]")),
        ("in July, August and September 2023", None, "UTC",
         ("2023-07[UTC]", "2023-08[UTC]", "2023-09[UTC]")),
        ("from June to August 2023", None, "UTC", ("2023-06[UTC]", "2023-08[UTC]")),
    ],
    # -- approximation and coarse precision ---------------------------------------------
    "approximate": [
        ("roughly 15:44 UTC on September 15, 2023", None, None,
         ("2023-09-15T15:44+00:00[UTC][_approximate=true]",)),
        ("circa 1957", None, "UTC", ("1957[UTC][_approximate=true]",)),
        ("shortly before 16:00 UTC on September 15, 2023", None, None,
         ("2023-09-15T16:00+00:00[UTC][_approximate=true]",)),
        ("just after midnight UTC on January 1, 2024", None, None,
         ("2024-01-01T00:00+00:00[UTC][_approximate=true]",)),
        ("in the early hours of September 15, 2023", None, "UTC",
         ("2023-09-15[UTC][_approximate=true]",)),
        ("in 2030", None, "UTC", ("2030[UTC]",)),
        ("in September", "2023-09-20", "UTC", ("2023-09[UTC]",)),
        ("early 2024", None, "UTC", ("2024[UTC][_approximate=true]",)),
        ("at the beginning of 2024", None, "UTC", ("2024-01[UTC][_approximate=true]",)),
        ("at the end of 2022", None, "UTC", ("2022-12[UTC][_approximate=true]",)),
        ("late September 2023", None, "UTC", ("2023-09[UTC][_approximate=true]",)),
        ("at the end of August 2023", None, "UTC", ("2023-08[UTC][_approximate=true]",)),
    ],
    # -- bounds -------------------------------------------------------------------------
    "bound": [
        ("not before September 15, 2023", None, "UTC",
         ("2023-09-15[UTC][_qualifier=not_before]",)),
        ("no sooner than 2025", None, "UTC", ("2025[UTC][_qualifier=not_before]",)),
        ("not after 2030", None, "UTC", ("2030[UTC][_qualifier=not_after]",)),
        ("by September 2023", None, "UTC", ("2023-09[UTC][_qualifier=not_after]",)),
        ("no earlier than the beginning of 2025", None, "UTC",
         ("2025[UTC][_qualifier=not_before]",)),
        ("NET 15:44 UTC on September 15, 2023", None, None,
         ("2023-09-15T15:44+00:00[UTC][_qualifier=not_before]",)),
    ],
}  # fmt: skip

CASES = [
    pytest.param(phrase, ref, tz, expected, id=f"{group}: {phrase}")
    for group, rows in VALID.items()
    for phrase, ref, tz, expected in rows
]


@pytest.mark.parametrize(("phrase", "reference", "default_tz", "expected"), CASES)
def test_parse_timestamps(
    phrase: str, reference: str | None, default_tz: str | None, expected: tuple[str, ...]
) -> None:
    got = lm.parse_timestamps(phrase, reference=reference, default_tz=default_tz)
    assert got == [lm.Timestamp.from_iso(e) for e in expected]
    assert tuple(ts.isoformat() for ts in got) == expected


# parse_timestamp refuses lists, ranges and whole sentences by design; the rest must agree.
SINGLES = [
    pytest.param(phrase, ref, tz, expected[0], id=f"{group}: {phrase}")
    for group, rows in VALID.items()
    for phrase, ref, tz, expected in rows
    if len(expected) == 1 and not phrase.endswith(".")
]


@pytest.mark.parametrize(("phrase", "reference", "default_tz", "expected"), SINGLES)
def test_parse_timestamp_single(
    phrase: str, reference: str | None, default_tz: str | None, expected: str
) -> None:
    got = lm.parse_timestamp(phrase, reference=reference, default_tz=default_tz)
    assert got.isoformat() == expected


# -- the headline examples -------------------------------------------------------------


def test_issue_headline_example() -> None:
    ts = lm.parse_timestamp("at 2:10 a.m. Moscow time on August 11", reference="2023-08-21")
    assert ts.utc == datetime(2023, 8, 10, 23, 10, tzinfo=timezone.utc)
    assert (ts.tz, ts.precision, ts.approximate) == ("Europe/Moscow", lm.Precision.MINUTE, False)


def test_midnight_is_the_start_of_the_named_day() -> None:
    ts = lm.parse_timestamp("at midnight UTC on January 1, 2024")
    assert ts.utc == datetime(2024, 1, 1, tzinfo=timezone.utc)


# -- reference and default zone arguments ----------------------------------------------

REFERENCES = [
    pytest.param("2023-09-16", id="ISO date"),
    pytest.param(date(2023, 9, 16), id="date"),
    pytest.param(datetime(2023, 9, 16, 10, tzinfo=timezone.utc), id="aware datetime"),
    pytest.param("2023-09-16T10:00+03:00", id="ISO datetime with offset"),
]


@pytest.mark.parametrize("reference", REFERENCES)
def test_reference_forms(reference: date | str) -> None:
    ts = lm.parse_timestamp("on Friday", reference=reference, default_tz="UTC")
    assert ts.isoformat() == "2023-09-15[UTC]"


def test_full_date_needs_no_reference() -> None:
    ts = lm.parse_timestamp("August 11, 2023", default_tz="Europe/Moscow")
    assert ts.isoformat() == "2023-08-11[Europe/Moscow]"


@pytest.mark.parametrize(
    ("default_tz", "expected"),
    [
        pytest.param("europe/moscow", "2023-08-11[Europe/Moscow]", id="IANA name, any case"),
        pytest.param("+3", "2023-08-11[+03:00]", id="offset"),
    ],
)
def test_default_tz_is_canonicalised(default_tz: str, expected: str) -> None:
    ts = lm.parse_timestamp("August 11, 2023", default_tz=default_tz)
    assert ts.isoformat() == expected


def test_named_zone_beats_default() -> None:
    ts = lm.parse_timestamp("at 14:57 MSK on August 19, 2023", default_tz="Asia/Tokyo")
    assert ts.tz == "Europe/Moscow"


# -- DST policy ------------------------------------------------------------------------

POLICY = [
    # Moscow fell back from +04 to +03 at 03:00 on 2010-10-31: 02:30 happened twice.
    pytest.param("at 2:30 a.m. Moscow time on October 31, 2010", "earlier",
                 "2010-10-30T22:30:00+00:00", id="repeated, earlier"),
    pytest.param("at 2:30 a.m. Moscow time on October 31, 2010", "later",
                 "2010-10-30T23:30:00+00:00", id="repeated, later"),
    # New York sprang forward at 02:00 on 2024-03-10: 02:15 never happened, and the two
    # readings are 01:15 EST (the earlier instant) and 03:15 EDT (the later one).
    pytest.param("at 2:15 a.m. ET on March 10, 2024", "earlier",
                 "2024-03-10T06:15:00+00:00", id="skipped, earlier"),
    pytest.param("at 2:15 a.m. ET on March 10, 2024", "later",
                 "2024-03-10T07:15:00+00:00", id="skipped, later"),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "policy", "utc"), POLICY)
def test_on_ambiguous_policy(phrase: str, policy: lm.OnAmbiguous, utc: str) -> None:
    ts = lm.parse_timestamp(phrase, on_ambiguous=policy)
    assert ts.utc.isoformat() == utc


# -- find_timestamps: spans, zones, weekdays, kinds -------------------------------------

ARTICLE = (
    "MOSCOW, September 16. /TASS/. The Soyuz MS-24 spacecraft lifted off from Baikonur "
    "at 6:44 p.m. Moscow time on Friday, September 15. It docked with the ISS about "
    "three hours later, at 21:53. The crew will return in 2024. On September 12 and 13, "
    "the launch team held 2 final reviews; a 100 km test orbit is not a date, nor is "
    "Soyuz-2.1a."
)


def test_find_timestamps_in_an_article() -> None:
    matches = lm.find_timestamps(ARTICLE, reference="2023-09-16", default_tz="Europe/Moscow")
    assert [m.text for m in matches] == [
        "September 16",
        "6:44 p.m. Moscow time on Friday, September 15",
        "2024",
        "September 12 and 13",
    ]
    for m in matches:
        assert ARTICLE[m.start : m.end] == m.text
    launch = matches[1]
    assert launch.zone == "Europe/Moscow"
    assert launch.zone_from == "text"
    assert launch.weekday == 4
    assert launch.timestamps[0].utc == datetime(2023, 9, 15, 15, 44, tzinfo=timezone.utc)
    assert matches[0].zone_from == "default"
    assert matches[3].kind == "list"
    assert len(matches[3].timestamps) == 2


def test_time_alone_takes_its_sentences_day_and_zone() -> None:
    text = "On September 15, the crew docked at 21:53 Moscow time."
    matches = lm.find_timestamps(text, reference="2023-09-16")
    docking = matches[-1]
    assert docking.text == "21:53 Moscow time"
    assert docking.timestamps[0].isoformat() == "2023-09-15T21:53+03:00[Europe/Moscow]"
    assert matches[0].zone_from == "sentence"


def test_zone_named_in_another_sentence_is_not_used() -> None:
    text = "It launched at 18:44 Moscow time on September 15, 2023. It landed on May 3, 2024."
    matches = lm.find_timestamps(text, default_tz="UTC")
    assert [m.zone_from for m in matches] == ["text", "default"]
    assert matches[1].timestamps[0].tz == "UTC"


def test_find_skips_what_it_cannot_resolve() -> None:
    text = "Launched on Friday at 18:44 Mars time, it was due on February 30 and in 2026."
    matches = lm.find_timestamps(text, default_tz="UTC")
    assert [m.text for m in matches] == ["2026"]


def test_find_without_default_zone_skips_unzoned() -> None:
    text = "At 18:44 MSK on September 15, 2023, and on September 16, 2023."
    matches = lm.find_timestamps(text)
    assert [m.text for m in matches] == ["18:44 MSK on September 15, 2023", "September 16, 2023"]
    assert matches[1].zone_from == "sentence"


def test_range_match_kind() -> None:
    (match,) = lm.find_timestamps("a programme for 2023-2027", default_tz="UTC")
    assert match.kind == "range"
    assert [ts.precision for ts in match.timestamps] == [lm.Precision.YEAR] * 2


def test_timestamp_match_is_frozen() -> None:
    (match,) = lm.find_timestamps("on August 11, 2023", default_tz="UTC")
    with pytest.raises(FrozenInstanceError):
        match.start = 0  # type: ignore[misc]


def test_find_on_empty_text() -> None:
    assert lm.find_timestamps("", reference="2023-09-16", default_tz="UTC") == []


# -- the pipeline's stages, tested apart -----------------------------------------------


def test_tokens_keep_spans_and_sentences() -> None:
    toks = tokenize("At 2:10 a.m. Moscow time. Then Aug. 12 came.")
    assert [(t.raw, t.sentence) for t in toks][:7] == [
        ("At", 0), ("2", 0), (":", 0), ("10", 0), ("a.m.", 0), ("Moscow", 0), ("time", 0),
    ]  # fmt: skip
    assert {t.sentence for t in toks if t.raw in ("Then", "Aug", "12")} == {1}


SPLITS = [
    pytest.param("It lifted off at 2 a.m. The crew was fine.", True, id="new sentence"),
    pytest.param("It lifted off at 2 a.m. Tuesday, said NASA.", False, id="weekday"),
    pytest.param("It lifted off at 2 a.m. Moscow time.", False, id="zone"),
    pytest.param("It lifted off on Aug. 11 at dawn.", False, id="month abbreviation"),
]


@pytest.mark.parametrize(("text", "split"), SPLITS)
def test_sentence_ends_after_meridiem_only_before_a_new_sentence(text: str, split: bool) -> None:
    toks = tokenize(text)
    assert (toks[-1].sentence > toks[0].sentence) == split


def test_grammar_leaves_missing_fields_empty() -> None:
    (partial,) = read(tokenize("about 2:57 p.m. on Saturday")).partials
    assert partial.dates == ()
    assert partial.weekday == 5
    assert partial.zone is None
    assert partial.approximate
    assert partial.clock is not None and (partial.clock.hour, partial.clock.minute) == (14, 57)


def test_grammar_reads_a_date_without_a_year() -> None:
    (partial,) = read(tokenize("on 11 August")).partials
    assert partial.dates == (DatePart(None, 8, 11),)


SENTENCE_TENSE = [
    pytest.param("The probe will land.", "future", id="will"),
    pytest.param("The landing is slated for Monday.", "future", id="slated"),
    pytest.param("The probe had landed.", "past", id="had"),
    pytest.param("The lander was slated to land.", None, id="mixed"),
    pytest.param("The probe lands.", None, id="present"),
]


@pytest.mark.parametrize(("text", "tense"), SENTENCE_TENSE)
def test_sentence_tense(text: str, tense: str | None) -> None:
    assert sentence_tenses(tokenize(text)).get(0) == tense


YEARS = [
    # (month, day, reference, tense, years)
    pytest.param(12, 29, date(2024, 1, 3), None, (2023,), id="last December"),
    pytest.param(8, 21, date(2023, 8, 20), None, (2023,), id="tomorrow"),
    pytest.param(3, 1, date(2023, 9, 1), None, (2024,), id="near tie, nearest"),
    pytest.param(3, 1, date(2023, 9, 1), "past", (2023,), id="near tie, past"),
    pytest.param(5, 3, date(2023, 11, 2), None, (2023, 2024), id="exact tie"),
    pytest.param(2, 29, date(2025, 6, 1), None, (2024,), id="leap day"),
    pytest.param(2, 29, date(2022, 6, 1), None, (), id="leap day in no candidate year"),
    pytest.param(6, None, date(2023, 6, 15), None, (2023,), id="month containing reference"),
    # -- the tense decides from four and a half months away ------------------------------
    pytest.param(9, None, date(2023, 2, 24), None, (2022,), id="September, no tense: the last"),
    pytest.param(9, None, date(2023, 2, 24), "future", (2023,), id="will be in September"),
    pytest.param(9, 27, date(2023, 2, 24), "future", (2023,), id="will be on September 27"),
    pytest.param(9, None, date(2023, 2, 24), "past", (2022,), id="was in September"),
    pytest.param(7, 14, date(2023, 2, 24), "past", (2022,), id="was on July 14"),
    # -- nearer than that, the nearest year whatever the tense ---------------------------
    pytest.param(9, 2, date(2022, 8, 29), "past", (2022,), id="said it would be on Sept 2"),
    pytest.param(2, 10, date(2023, 2, 24), "future", (2023,), id="two weeks back, future"),
]


@pytest.mark.parametrize(("month", "day", "reference", "tense", "years"), YEARS)
def test_complete_year(
    month: int, day: int | None, reference: date, tense: str | None, years: tuple[int, ...]
) -> None:
    assert complete_year(month, day, reference, tense) == years  # type: ignore[arg-type]


# -- the lexicon is consistent with the tz database -------------------------------------


def test_lexicon_zone_names_are_canonical() -> None:
    for entry in [*ZONE_PHRASES.values(), *ZONE_ABBREVIATIONS.values()]:
        if entry.name is not None:
            assert zone_name(entry.name) == entry.name


STATED_OFFSETS = [
    # An abbreviation that states an offset must match its zone on a day it is used.
    pytest.param(abbr, day, id=abbr)
    for abbr, day in [
        ("EST", datetime(2024, 1, 15, 12)), ("EDT", datetime(2024, 7, 15, 12)),
        ("PST", datetime(2024, 1, 15, 12)), ("PDT", datetime(2024, 7, 15, 12)),
        ("CET", datetime(2024, 1, 15, 12)), ("CEST", datetime(2024, 7, 15, 12)),
        ("CDT", datetime(2024, 7, 15, 12)), ("JST", datetime(2024, 7, 15, 12)),
        ("IST", datetime(2024, 7, 15, 12)),
    ]
]  # fmt: skip


@pytest.mark.parametrize(("abbr", "day"), STATED_OFFSETS)
def test_abbreviation_offsets_match_their_zone(abbr: str, day: datetime) -> None:
    entry = ZONE_ABBREVIATIONS[abbr]
    assert entry.name is not None and entry.offset_minutes is not None
    local = localize(day, entry.name)
    assert local.utcoffset() == timedelta(minutes=entry.offset_minutes)


# -- linear running time ---------------------------------------------------------------

HOSTILE = [
    pytest.param("7", id="digits"),
    pytest.param("a", id="letters"),
    pytest.param("1, ", id="comma list"),
    pytest.param("1:", id="colons"),
    pytest.param("August 1, ", id="dates"),
    pytest.param("a.m. ", id="meridiems"),
    pytest.param("12.", id="dotted numbers"),
    # the tokenizer's shortcuts (tests/test_parser_fastpaths.py) and the paths around them
    pytest.param("p. m ", id="spaced meridiems (the expression's path)"),
    pytest.param(" \n\t\u00a0", id="white space"),
    pytest.param("x, ", id="words with commas"),
    pytest.param("2:10 ", id="clocks"),
    pytest.param("Mars time ", id="unknown zones"),
]


def _scan(text: str) -> object:
    return lm.find_timestamps(text, reference="2023-08-21", default_tz="UTC")


@pytest.mark.parametrize("unit", HOSTILE)
def test_scanning_is_linear(unit: str) -> None:
    # Ten times the text: linear work is about 10 times; quadratic would be 100.
    assert growth(_scan, unit) < 15


@pytest.mark.parametrize("unit", [pytest.param("7", id="digits"), pytest.param("a", id="letters")])
def test_a_megabyte_finishes(unit: str) -> None:
    assert lm.find_timestamps(unit * 1_000_000, default_tz="UTC") == []
