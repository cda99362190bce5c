"""Wire forms that restate or bound a time, found silently wrong by a hunt over 403
phrases about real missions (every expected time computed with zoneinfo).

1. Bounds written after the time or through a negation: "in 2025 at the earliest",
   "by 2030 at the latest", "will not fly until 2026", "won't launch until
   Saturday". Before, the plain date came back, so a lower bound read as a claimed
   date. A plain "until" ends a period and sets no bound.
2. Offsets as the Indian press writes them: "GMT+530", "GMT+5.30", "GMT + 5:30"
   are +05:30. Before, the first two read as UTC or +05:00 (hours or half an hour
   late) and the third read "5:30" as a clock.
3. A fraction of a second after a clock ("17:27:10.5", "23:10:57,3", and in ISO
   "23:10:57.3Z") is inside the second the clock names. Before, it ended the
   expression, so the date came back as a second timestamp.
4. A zone named again in brackets ("Beijing Time (BJT)", "IST (UTC+5:30)",
   "Moscow time (GMT+3)") is one zone phrase. An offset the bracket states must be
   the zone's on the date (``zone_mismatch`` otherwise), and a bracket naming
   another zone or one we do not know is refused. Before, the bracket split the
   expression and the date came back as a second timestamp.

Events and times are real: Chandrayaan-3 landed at 18:04 IST (12:34 UTC) on 23 Aug
2023; Chang'e-6 lifted off at 17:27 Beijing time on 3 May 2024; Luna-25 lifted off
at 02:10:57 Moscow time on 11 Aug 2023 (23:10:57 UTC on 10 Aug); Crew-7 was
delayed in August 2023 and flew on Saturday 26 Aug.
"""

from __future__ import annotations

import pytest

import lunamission as lm

# == 1. bounds after the time, and "not ... until" ============================================

# (sentence, reference, default zone, the one timestamp)
BOUNDS = [
    # -- written after the time --------------------------------------------------------------
    ("The launch is expected in 2025 at the earliest.", "2024-01-09", "UTC",
     "2025[UTC][_qualifier=not_before]"),
    ("Luna-25 should land on August 21 at the earliest.", "2023-08-15", "Europe/Moscow",
     "2023-08-21[Europe/Moscow][_qualifier=not_before]"),
    ("The station should fly in 2030 at the latest.", "2024-01-09", "UTC",
     "2030[UTC][_qualifier=not_after]"),
    # -- written before it ---------------------------------------------------------------------
    ("The launch is expected at the earliest in 2025.", "2024-01-09", "UTC",
     "2025[UTC][_qualifier=not_before]"),
    # -- a negated "until" -------------------------------------------------------------------
    ("The launch will not happen until 2026.", "2024-01-09", "UTC",
     "2026[UTC][_qualifier=not_before]"),
    ("Artemis III will not fly until September 2026.", "2024-01-09", "UTC",
     "2026-09[UTC][_qualifier=not_before]"),
    ("Crew-7 won't launch until Saturday.", "2023-08-21", "America/New_York",
     "2023-08-26[America/New_York][_qualifier=not_before]"),
    # -- a plain "until" ends a period: no bound -------------------------------------------
    ("The probe worked until August 19.", "2023-08-21", "Europe/Moscow",
     "2023-08-19[Europe/Moscow]"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "reference", "zone", "stamp"), BOUNDS, ids=[r[0][:44] for r in BOUNDS]
)
def test_bounds_after_the_time_and_through_a_negation(
    sentence: str, reference: str, zone: str, stamp: str
) -> None:
    (match,) = lm.find_timestamps(sentence, reference=reference, default_tz=zone)
    (ts,) = match.timestamps
    assert repr(ts) == f"Timestamp('{stamp}')"


# == 2. offsets as the Indian press writes them ==============================================


@pytest.mark.parametrize(
    "phrase",
    [
        "at 18:04 GMT+530 on August 23, 2023",
        "at 18:04 (GMT+5.30) on August 23, 2023",
        "at 18:04 GMT + 5:30 on August 23, 2023",
        "at 18:04 UTC+05:30 on August 23, 2023",
        "2023-08-23T18:04+530",
    ],
)
def test_offsets_written_the_indian_way(phrase: str) -> None:
    (ts,) = lm.parse_timestamps(phrase)
    assert ts.isoformat() == "2023-08-23T18:04+05:30"
    assert ts.utc.isoformat() == "2023-08-23T12:34:00+00:00"


@pytest.mark.parametrize("phrase", ["at 18:04 GMT+575 on August 23, 2023"])
def test_an_offset_with_impossible_minutes_is_refused(phrase: str) -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamps(phrase)
    assert info.value.code == "unknown_zone"


# == 3. fractions of a second ================================================================


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("at 17:27:10.5 Beijing time on May 3, 2024", "2024-05-03T17:27:10+08:00[Asia/Shanghai]"),
        ("at 23:10:57,3 GMT on August 10, 2023", "2023-08-10T23:10:57+00:00[UTC]"),
        ("at 02:10:57.123 Moscow time on 11 August 2023",
         "2023-08-11T02:10:57+03:00[Europe/Moscow]"),
        ("2023-08-10T23:10:57.3Z", "2023-08-10T23:10:57+00:00[UTC]"),
    ],
)  # fmt: skip
def test_a_fraction_of_a_second_is_inside_the_second(phrase: str, iso: str) -> None:
    (ts,) = lm.parse_timestamps(phrase)
    assert ts.isoformat() == iso
    assert ts.precision is lm.Precision.SECOND


# == 4. a zone named again in brackets =======================================================


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("at 17:27 Beijing Time (BJT) on May 3, 2024", "2024-05-03T17:27+08:00[Asia/Shanghai]"),
        ("at 17:27 BJT (GMT+8) on May 3, 2024", "2024-05-03T17:27+08:00[Asia/Shanghai]"),
        ("at 18:04 Indian Standard Time (IST) on August 23, 2023",
         "2023-08-23T18:04+05:30[Asia/Kolkata]"),
        ("at 18:04 IST (UTC+5:30) on August 23, 2023", "2023-08-23T18:04+05:30[Asia/Kolkata]"),
        ("at 2:10 a.m. Moscow time (GMT+3) on August 11, 2023",
         "2023-08-11T02:10+03:00[Europe/Moscow]"),
        ("at 02:10 MSK (UTC+3) on August 11, 2023", "2023-08-11T02:10+03:00[Europe/Moscow]"),
    ],
)  # fmt: skip
def test_a_zone_named_again_in_brackets_is_one_zone(phrase: str, iso: str) -> None:
    (ts,) = lm.parse_timestamps(phrase)
    assert ts.isoformat() == iso
    (match,) = lm.find_timestamps(phrase)
    assert match.text == phrase.removeprefix("at ")


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # -- the bracket's offset is not the zone's on that date -----------------------------
        ("at 02:10 MSK (UTC+4) on August 11, 2023", "zone_mismatch"),
        ("at 17:27 Beijing time (JST) on May 3, 2024", "zone_mismatch"),
        ("at 14:00 EDT (GMT) on August 11, 2023", "zone_mismatch"),
        # -- a zone we do not know -----------------------------------------------------------
        ("at 14:57 Moscow time (Mars time) on August 19, 2023", "unknown_zone"),
    ],
)
def test_a_bracket_that_names_another_zone_is_refused(phrase: str, code: str) -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamps(phrase)
    assert info.value.code == code
    assert lm.find_timestamps(phrase) == []
