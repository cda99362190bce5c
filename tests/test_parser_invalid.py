"""Input the parser must refuse (issue 4), grouped by reason: each raises
:class:`lunamission.TimestampError` with a stable code and a span inside the text.

The phrases are written for these tests; the events and their times are real.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

import lunamission as lm

# (phrase, reference, default_tz, code)
Row = tuple[str, str | None, str | None, str]

INVALID: dict[str, list[Row]] = {
    # -- empty ----------------------------------------------------------------------------
    "empty": [
        ("", "2023-09-16", "UTC", "empty"),
        ("  \n\t", None, "UTC", "empty"),
    ],
    # -- words that belong to no timestamp -------------------------------------------------
    "unknown word": [
        ("at 18:44 MSK on Septembre 15, 2023", None, None, "unknown_word"),
        ("at 18:44 MSK on September 15, 2023, probably", None, None, "unknown_word"),
        ("beyond September 15, 2023", None, "UTC", "unknown_word"),
        ("at 18:44 on September 15, 2023 according to Roscosmos", None, "UTC", "unknown_word"),
    ],
    # -- zones we do not know ---------------------------------------------------------------
    "unknown zone": [
        ("at 18:44 Vulcan time on September 15, 2023", None, None, "unknown_zone"),
        ("at 18:44 XYZ on September 15, 2023", None, None, "unknown_zone"),
        ("at 18:44 CST on September 15, 2023", None, None, "unknown_zone"),
        ("at 18:44 UTC+24:00 on September 15, 2023", None, None, "unknown_zone"),
        ("at 18:44:00+25:00 on 2023-09-15", None, None, "unknown_zone"),
    ],
    # -- dates and clocks that cannot exist --------------------------------------------------
    "impossible date": [
        ("on September 31, 2023", None, "UTC", "impossible_date"),
        ("on 0 September 2023", None, "UTC", "impossible_date"),
        ("on February 29, 2100", None, "UTC", "impossible_date"),
        ("on 31.04.2023", None, "UTC", "impossible_date"),
        ("2023-13-01", None, "UTC", "impossible_date"),
        ("at 24:00 UTC on September 15, 2023", None, None, "impossible_date"),
        ("at 18:60 UTC on September 15, 2023", None, None, "impossible_date"),
        ("at 13 p.m. UTC on September 15, 2023", None, None, "impossible_date"),
        ("at 0:30 p.m. UTC on September 15, 2023", None, None, "impossible_date"),
        ("at 23:59:60 UTC on June 30, 2015", None, None, "impossible_date"),
        ("on February 29", "2022-06-01", "UTC", "impossible_date"),
    ],
    # -- numeric dates whose order is unclear, and exact ties --------------------------------
    "ambiguous date": [
        ("on 09.10.2023", None, "UTC", "ambiguous_date"),
        ("on 10/09/2023", None, "UTC", "ambiguous_date"),
        ("on 15.09.23", None, "UTC", "ambiguous_date"),
        ("on March 1", "2023-08-31", "UTC", "ambiguous_date"),
    ],
    # -- a weekday that contradicts its date -------------------------------------------------
    "weekday mismatch": [
        ("on Thursday, September 15, 2023", None, "UTC", "weekday_mismatch"),
        ("Sat., Sept. 15", "2023-09-16", "UTC", "weekday_mismatch"),
        ("at 18:44 MSK on Monday, 15 September 2023", None, None, "weekday_mismatch"),
    ],
    # -- relative to a reference nobody gave ------------------------------------------------
    "no reference": [
        ("on September 15", None, "UTC", "no_reference"),
        ("on Friday", None, "UTC", "no_reference"),
        ("last month", None, "UTC", "no_reference"),
        ("earlier this week", None, "UTC", "no_reference"),
        ("tomorrow at 11:14 Beijing time", None, None, "no_reference"),
    ],
    # -- nothing names the zone --------------------------------------------------------------
    "no zone": [
        ("at 18:44 on September 15, 2023", None, None, "no_zone"),
        ("in 2030", None, None, "no_zone"),
        ("at 8:44 p.m. local time on September 15, 2023", None, None, "no_zone"),
    ],
    # -- a clock reading with no day ---------------------------------------------------------
    "no date": [
        ("at 18:44 MSK", "2023-09-16", None, "no_date"),
        ("at 18:44 MSK in September 2023", None, None, "no_date"),
    ],
    # -- an abbreviation the date contradicts ------------------------------------------------
    "zone mismatch": [
        ("at 3:27 a.m. EST on August 26, 2023", None, None, "zone_mismatch"),
        ("at 10:12 CEST on December 19, 2013", None, None, "zone_mismatch"),
        ("at 12:55 p.m. PDT on February 18, 2021", None, None, "zone_mismatch"),
    ],
    # -- wall clocks a DST change repeats or skips -------------------------------------------
    "ambiguous time": [
        ("at 1:30 a.m. ET on November 3, 2024", None, None, "ambiguous_time"),
        ("at 2:30 CET on October 29, 2023", None, None, "ambiguous_time"),
        ("at 2 o'clock UTC on September 15, 2023", None, None, "ambiguous_time"),
    ],
    "nonexistent time": [
        ("at 2:30 a.m. Pacific time on March 10, 2024", None, None, "nonexistent_time"),
        ("at 02:30 Paris time on March 26, 2023", None, None, "nonexistent_time"),
    ],
    # -- more or less than one timestamp -----------------------------------------------------
    "multiple timestamps": [
        ("on September 15 and 17, 2023", None, "UTC", "multiple_timestamps"),
        ("from 2024 to 2026", None, "UTC", "multiple_timestamps"),
        ("last week", "2023-09-13", "UTC", "multiple_timestamps"),
        ("on September 15, 2023 and in 2024", None, "UTC", "multiple_timestamps"),
    ],
    "no timestamp": [
        ("on the", None, "UTC", "no_timestamp"),
        ("Falcon 9", None, "UTC", "no_timestamp"),
        ("Long March 5", "2023-09-16", "UTC", "no_timestamp"),
        ("Shenzhou-17", None, "UTC", "no_timestamp"),
        ("about 1,500 kilograms", None, "UTC", "no_timestamp"),
        ("Beijing time", None, None, "no_timestamp"),
    ],
}  # fmt: skip

CASES = [
    pytest.param(phrase, ref, tz, code, id=f"{group}: {phrase!r}")
    for group, rows in INVALID.items()
    for phrase, ref, tz, code in rows
]


@pytest.mark.parametrize(("phrase", "reference", "default_tz", "code"), CASES)
def test_parse_timestamp_refuses(
    phrase: str, reference: str | None, default_tz: str | None, code: str
) -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamp(phrase, reference=reference, default_tz=default_tz)
    err = info.value
    assert err.code == code
    assert err.text == phrase
    assert err.span is not None
    start, end = err.span
    assert 0 <= start <= end <= len(phrase)
    assert isinstance(err, ValueError)


# Refusals that come from the text, not the call, must never escape find_timestamps.
@pytest.mark.parametrize(("phrase", "reference", "default_tz", "code"), CASES)
def test_find_timestamps_never_raises(
    phrase: str, reference: str | None, default_tz: str | None, code: str
) -> None:
    for match in lm.find_timestamps(phrase, reference=reference, default_tz=default_tz):
        assert phrase[match.start : match.end] == match.text


# parse_timestamps raises for an expression it finds but cannot resolve.
SCANNED = [
    pytest.param("The probe landed on September 31, 2023.", "impossible_date", id="impossible"),
    pytest.param("The crew docked on Friday.", "no_reference", id="no reference"),
    pytest.param("Docking was at 21:53 Vulcan time on September 15.", "unknown_zone", id="zone"),
    pytest.param("It was Thursday, September 15, 2023.", "weekday_mismatch", id="weekday"),
]


@pytest.mark.parametrize(("text", "code"), SCANNED)
def test_parse_timestamps_raises_on_what_it_finds(text: str, code: str) -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamps(text, default_tz="UTC")
    assert info.value.code == code


def test_error_renders_a_caret_under_the_span() -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamp("at 18:44 Vulcan time on September 15, 2023")
    lines = str(info.value).splitlines()
    assert lines[-1].strip() == "^" * len("Vulcan time")


# -- bad arguments (the caller's fault: these raise from find_timestamps too) -------------

BAD_REFERENCES = [
    pytest.param("16 September 2023", id="not ISO"),
    pytest.param("2023-09-16T10:00", id="naive ISO datetime"),
    pytest.param(datetime(2023, 9, 16, 10), id="naive datetime"),
    pytest.param(20230916, id="a number"),
]


@pytest.mark.parametrize("reference", BAD_REFERENCES)
def test_bad_reference(reference: object) -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.find_timestamps("on Friday", reference=reference, default_tz="UTC")  # type: ignore[arg-type]
    assert info.value.code == "bad_reference"


def test_bad_default_zone() -> None:
    with pytest.raises(lm.ZoneError):
        lm.find_timestamps("on 2023-09-15", default_tz="Mars/Olympus_Mons")


def test_bad_policy() -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamp("2023-09-15", default_tz="UTC", on_ambiguous="guess")  # type: ignore[arg-type]
    assert info.value.code == "bad_policy"


@pytest.mark.parametrize("text", [pytest.param(None, id="None"), pytest.param(b"x", id="bytes")])
def test_not_text(text: object) -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamps(text, reference=date(2023, 9, 16))  # type: ignore[arg-type]
    assert info.value.code == "not_text"
