"""Ranges between two dates that each name their month: "Aug. 24-Sept. 2", "Dec.
30-Jan. 7", "Dec. 30, 2024 - Jan. 7, 2025", "24 August-2 September". Before, the
first three came back as two single dates (so the extractor dated an event at
each end, where a range dates none) and the last lost its end without a word.

Dates are real: Pragyan roved the Moon from 24 Aug to 2 Sep 2023; SpaDeX was
launched on 30 Dec 2024 and its docking first planned for 7 Jan 2025.
"""

from __future__ import annotations

import pytest

import lunamission as lm

# (sentence, reference, the range's two ends)
RANGES = [
    # -- month first, a dash between ----------------------------------------------------------
    ("Pragyan roamed the surface Aug. 24-Sept. 2.", "2023-09-05", ["2023-08-24", "2023-09-02"]),
    ("The rover drove Aug 24 - Sep 2.", "2023-09-05", ["2023-08-24", "2023-09-02"]),
    # -- across a new year, with the years written or completed ----------------------------
    ("ISRO planned the flight and docking for Dec. 30-Jan. 7.", "2024-12-20",
     ["2024-12-30", "2025-01-07"]),
    ("SpaDeX flew Dec 30, 2024 - Jan 7, 2025.", None, ["2024-12-30", "2025-01-07"]),
    ("The flight ran from Dec. 30, 2024, to Jan. 7, 2025.", None, ["2024-12-30", "2025-01-07"]),
    ("SpaDeX flew Dec 30 - Jan 7, 2025.", None, ["2024-12-30", "2025-01-07"]),
    # -- day first -----------------------------------------------------------------------------
    ("The rover drove 24 August-2 September.", "2023-09-05", ["2023-08-24", "2023-09-02"]),
    ("The rover drove 24 August-2 September 2023.", None, ["2023-08-24", "2023-09-02"]),
    ("The flight ran 30 December-7 January 2025.", None, ["2024-12-30", "2025-01-07"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "reference", "ends"), RANGES, ids=[r[0][:40] for r in RANGES])
def test_a_range_between_two_full_dates(
    sentence: str, reference: str | None, ends: list[str]
) -> None:
    (match,) = lm.find_timestamps(sentence, reference=reference, default_tz="Asia/Kolkata")
    assert match.kind == "range"
    assert [ts.local.date().isoformat() for ts in match.timestamps] == ends


@pytest.mark.parametrize(
    "sentence",
    [
        # -- dates of two levels are no range's ends ----------------------------------------
        "It flew on August 21 - in 2026 it flies again.",
        # -- clocks joined by a dash are a window, not dates -------------------------------
        "It ran 14:10-14:57 GMT on August 19, 2023.",
    ],
)
def test_what_is_not_a_range_of_dates(sentence: str) -> None:
    matches = lm.find_timestamps(sentence, default_tz="UTC", reference="2023-08-21")
    assert matches
    day = lm.Precision.DAY.rank
    assert all(m.kind != "range" or m.timestamps[0].precision.rank > day for m in matches)


def test_an_event_over_a_range_of_dates_stays_undated_with_its_words() -> None:
    text = "MOSCOW, Aug 11 (Reuters) - Luna-25 will land on the Moon Aug. 21-Aug. 23."
    events = list(lm.extract_timeline(text, published="2023-08-11"))
    assert events
    for ev in events:
        assert ev.when is None
        assert ev.source is not None
        assert ev.source.timestamp_text == "Aug. 21-Aug. 23"
