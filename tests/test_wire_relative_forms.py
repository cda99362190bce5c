"""Relative and hedged wire forms that a hunt over 403 phrases found silently wrong
(every expected time computed independently with zoneinfo).

1. Weeks: "the last week of August" is 25 to 31 August (it was read as "last
   week", the week before the report, plus August); "the first week of
   September" is 1 to 7 September (it was refused); "Wednesday next week" is the
   Wednesday of next week (it was the last Wednesday plus next week's range).
2. Counts from the report: "three days ago", "a year ago", "two weeks from today"
   (this was read as today).
3. Hedges: "a little after 6 p.m." is about 18:00 (it was a bound), "within days
   of August 23" is about August 23, and "overnight Saturday" and "on the night of
   September 2" are approximate days (a clock says when, and after midnight it is
   the next day).
4. Years: "the first quarter of the next year" is a quarter (it was the whole
   year); "fiscal year 2023" is not read (it runs April to March in Japan); "in
   2023 and 2024" and "in 2019, 2020 and 2023" give every year (only the first was
   read); "August 21 and/or 22" is alternatives (22 was dropped).

Missions and dates are real: Chandrayaan-3 landed on 23 Aug 2023 (the last week
of August), Aditya-L1 launched on 2 Sep 2023, Vikram's landing was set for
Wednesday 23 Aug 2023, Chang'e-6 landed overnight into Sunday 2 Jun 2024 (Beijing
time), Pragyan was put to sleep on 2 Sep 2023, SLIM flew in Japan's fiscal 2023.
"""

from __future__ import annotations

import pytest

import lunamission as lm

# (sentence, reference, default zone, every timestamp as repr'd without "Timestamp(...)")
FORMS = [
    # -- 1. weeks ------------------------------------------------------------------------------
    ("ISRO targets a landing in the last week of August.", "2023-07-10", "Asia/Kolkata",
     ["2023-08-25[Asia/Kolkata]", "2023-08-31[Asia/Kolkata]"]),
    ("Aditya-L1 will launch in the first week of September.", "2023-08-15", "Asia/Kolkata",
     ["2023-09-01[Asia/Kolkata]", "2023-09-07[Asia/Kolkata]"]),
    ("SLIM lands in the final week of February 2024.", "2023-12-01", "Asia/Tokyo",
     ["2024-02-23[Asia/Tokyo]", "2024-02-29[Asia/Tokyo]"]),
    ("Vikram lands on Wednesday next week.", "2023-08-17", "Asia/Kolkata",
     ["2023-08-23[Asia/Kolkata]"]),
    ("Vikram lands on Wednesday of next week.", "2023-08-17", "Asia/Kolkata",
     ["2023-08-23[Asia/Kolkata]"]),
    ("Luna-25 was launched on Friday last week.", "2023-08-16", "Europe/Moscow",
     ["2023-08-11[Europe/Moscow]"]),
    # -- 2. counts from the report -------------------------------------------------------------
    ("Luna-25 crashed three days ago.", "2023-08-22", "Europe/Moscow",
     ["2023-08-19[Europe/Moscow]"]),
    ("Luna-25 lifted off ten days ago.", "2023-08-21", "Europe/Moscow",
     ["2023-08-11[Europe/Moscow]"]),
    ("Chandrayaan-3 landed a year ago.", "2024-08-23", "Asia/Kolkata",
     ["2023[Asia/Kolkata]"]),
    ("Luna-25 lifted off two weeks ago.", "2023-08-25", "Europe/Moscow",
     ["2023-08-11[Europe/Moscow][_approximate=true]"]),
    ("The landing is set for two weeks from today.", "2023-08-09", "Asia/Kolkata",
     ["2023-08-23[Asia/Kolkata][_approximate=true]"]),
    # -- 3. hedges -----------------------------------------------------------------------------
    ("Vikram landed a little after 6 p.m. IST on August 23.", "2023-08-25", None,
     ["2023-08-23T18+05:30[Asia/Kolkata][_approximate=true]"]),
    ("Vikram will land within days of August 23.", "2023-08-15", "Asia/Kolkata",
     ["2023-08-23[Asia/Kolkata][_approximate=true]"]),
    ("Chang'e-6 came down overnight Saturday.", "2024-06-03", "Asia/Shanghai",
     ["2024-06-01[Asia/Shanghai][_approximate=true]"]),
    ("Pragyan was switched off on the night of September 2.", "2023-09-05", "Asia/Kolkata",
     ["2023-09-02[Asia/Kolkata][_approximate=true]"]),
    ("Pragyan was switched off on the night of September 2 at 1:10 a.m. IST.", "2023-09-05",
     None, ["2023-09-03T01:10+05:30[Asia/Kolkata]"]),
    # -- 4. years ------------------------------------------------------------------------------
    ("Chang'e-6 flies in the first quarter of the next year.", "2023-06-01", "Asia/Shanghai",
     ["2024-01[Asia/Shanghai]", "2024-03[Asia/Shanghai]"]),
    ("Both spacecraft launched in 2023 and 2024.", "2024-06-01", "UTC",
     ["2023[UTC]", "2024[UTC]"]),
    ("Missions flew in 2019, 2020 and 2023.", "2024-01-01", "UTC",
     ["2019[UTC]", "2020[UTC]", "2023[UTC]"]),
    ("The landing is set for August 21 and/or 22.", "2023-08-15", "Europe/Moscow",
     ["2023-08-21[Europe/Moscow]", "2023-08-22[Europe/Moscow]"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "reference", "zone", "stamps"), FORMS, ids=[r[0][:48] for r in FORMS]
)
def test_relative_and_hedged_forms(
    sentence: str, reference: str, zone: str | None, stamps: list[str]
) -> None:
    got = lm.parse_timestamps(sentence, reference=reference, default_tz=zone)
    assert [repr(ts)[len("Timestamp('") : -2] for ts in got] == stamps


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("ISRO targets a landing in the last week of August.", "range"),
        ("The landing is set for August 21 and/or 22.", "alternatives"),
        ("Both spacecraft launched in 2023 and 2024.", "single"),
    ],
)
def test_the_kind_of_match(sentence: str, kind: str) -> None:
    matches = lm.find_timestamps(sentence, reference="2023-08-15", default_tz="UTC")
    assert {m.kind for m in matches} == {kind}


@pytest.mark.parametrize(
    "sentence",
    [
        "SLIM should fly in fiscal year 2023.",
        "SLIM should fly in fiscal 2023.",
        "The budget for FY 2024 grew.",
        "It cost 2023 and 2024 rubles.",
        # a fiscal year, or one of two: not 2026
        "The station should fly in 2026/27.",
    ],
)
def test_what_is_not_a_calendar_year(sentence: str) -> None:
    assert lm.find_timestamps(sentence, reference="2023-08-15", default_tz="UTC") == []


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # whose last week that is depends on the year
        ("in the last week of February", "ambiguous_date"),
        # a count from the reference needs one
        ("three days ago", "no_reference"),
    ],
)
def test_refused(phrase: str, code: str) -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamp(phrase, default_tz="UTC")
    assert info.value.code == code
