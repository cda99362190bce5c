"""What an expression takes from its sentence.

A year that frames the sentence is the year of the dates after it that have none:
"In 1976, Luna-24 landed on August 18" is 1976 (it was the year nearest the report,
47 years off). And a clock that borrows its sentence's date is moved by the days
the sentence counts from it: "Chang'e-6 landed on June 2 and its ascender left two days later at 7:38
a.m. Beijing time" is June 4. Before, the clock took June 2, a precise minute on
the wrong day. A sentence that counts twice gives the clock no date at all.

Times are real: Luna-24 landed on 18 Aug 1976; Chang'e-6's ascender lifted off at 07:38 Beijing time on 4 June
2024; Luna-25 was launched on 11 Aug 2023 and lost at about 14:57 Moscow time on
19 Aug; Vikram separated on 17 Aug 2023 and made its first deboost on 18 Aug at
about 16:00 IST.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import lunamission as lm

# (sentence, reference, the clock's timestamp)
SHIFTED = [
    # -- a count after the date, before the clock ------------------------------------------
    ("Chang'e-6 landed on June 2 and its ascender left two days later at 7:38 a.m. "
     "Beijing time.", "2024-06-05", "2024-06-04T07:38+08:00[Asia/Shanghai]"),
    ("Vikram separated on August 17 and a day later, at 4 p.m. IST, made a deboost.",
     "2023-08-20", "2023-08-18T16+05:30[Asia/Kolkata]"),
    ("Vikram separated on August 17 and made a deboost the next day at 4 p.m. IST.",
     "2023-08-20", "2023-08-18T16+05:30[Asia/Kolkata]"),
    # -- a count that names the date it counts from ----------------------------------------
    ("Eight days after the August 11 launch, at about 2:57 p.m. Moscow time, contact was "
     "lost.", "2023-08-21", "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]"),
    ("One week after its August 11 launch, at 14:57 Moscow time, it braked.",
     "2023-08-21", "2023-08-18T14:57+03:00[Europe/Moscow]"),
    # -- counts backwards --------------------------------------------------------------------
    ("It crashed on August 19; two days earlier, at 14:57 Moscow time, it had fired.",
     "2023-08-21", "2023-08-17T14:57+03:00[Europe/Moscow]"),
    # -- a comparison, not a count: the clock takes the date as written --------------------
    ("On August 11, two days later than planned, it lifted off at 2:10 a.m. Moscow time.",
     "2023-08-21", "2023-08-11T02:10+03:00[Europe/Moscow]"),
    # -- no count: as before -----------------------------------------------------------------
    ("On August 12, the probe fired its engine at 14:57 GMT.", "2023-08-21",
     "2023-08-12T14:57+00:00[UTC]"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "reference", "clock"), SHIFTED, ids=[r[0][:48] for r in SHIFTED]
)
def test_a_borrowed_date_is_moved_by_the_days_counted(
    sentence: str, reference: str, clock: str
) -> None:
    matches = lm.find_timestamps(sentence, reference=reference)
    stamps = [
        repr(ts)
        for m in matches
        for ts in m.timestamps
        if ts.precision.rank > lm.Precision.DAY.rank
    ]
    assert stamps == [f"Timestamp('{clock}')"]


def test_a_count_after_the_clock_moves_nothing() -> None:
    """The second count belongs to the second burn: the first burn's clock moves by
    the first count alone."""
    sentence = (
        "Chang'e-6 launched on May 3 and the first burn came 2 days later at 10:00 a.m. "
        "Beijing time and the second 3 days later."
    )
    got = [ts for m in lm.find_timestamps(sentence, reference="2024-06-05") for ts in m.timestamps]
    assert [ts.isoformat() for ts in got] == [
        "2024-05-03[Asia/Shanghai]",
        "2024-05-05T10:00+08:00[Asia/Shanghai]",
    ]


@pytest.mark.parametrize(
    ("sentence", "clock"),
    [
        # two counts, each naming its own event: neither moves the day lent
        ("On August 12, two days after launch and three days before the landing, it fired "
         "at 14:57 GMT.", "2023-08-12T14:57+00:00[UTC]"),
        # "and" inside the subject is no clause of its own
        ("On August 12 Russia and China said it fired at 14:57 GMT.",
         "2023-08-12T14:57+00:00[UTC]"),
    ],
)  # fmt: skip
def test_counts_from_other_events_leave_the_day_as_it_is(sentence: str, clock: str) -> None:
    got = [ts for m in lm.find_timestamps(sentence, reference="2023-08-21") for ts in m.timestamps]
    assert [ts.isoformat() for ts in got if ts.precision is lm.Precision.MINUTE] == [clock]


def test_a_sentence_that_counts_twice_lends_no_date() -> None:
    sentence = "It launched on August 11; two days later, and a week later, it fired at 14:57 GMT."
    (match,) = lm.find_timestamps(sentence, reference="2023-08-21")
    assert match.text == "August 11"
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamps(sentence, reference="2023-08-21")
    assert info.value.code == "no_date"


@given(day=st.integers(1, 20), count=st.integers(1, 9))
def test_any_count_of_days_later_moves_the_clock(day: int, count: int) -> None:
    """Property: "on August <d> ... <n> days later at 14:57 GMT" is August d + n."""
    sentence = f"It launched on August {day}, 2023 and {count} days later at 14:57 GMT it fired."
    got = [ts for m in lm.find_timestamps(sentence) for ts in m.timestamps]
    clock = [ts for ts in got if ts.precision is lm.Precision.MINUTE]
    assert [(ts.local.month, ts.local.day, ts.local.hour) for ts in clock] == [(8, day + count, 14)]


# (sentence, every date as ISO, in text order)
FRAMED = [
    # -- "In <year>," opening the sentence, and "<year>, when" --------------------------------
    ("In 1976, Luna-24 landed on August 18.", ["1976", "1976-08-18"]),
    ("It was Russia's first try since 1976, when Luna-24 landed on August 18.",
     ["1976", "1976-08-18"]),
    # -- a later year takes over ------------------------------------------------------------
    ("In 1976, Luna-24 landed on August 18, and in 2023 Luna-25 crashed on August 19.",
     ["1976", "1976-08-18", "2023", "2023-08-19"]),
    # -- a year that frames nothing: the dates keep the report's nearest year ---------------
    ("Since 1976, no probe landed until August 23.", ["1976", "2023-08-23"]),
    ("Luna-24 flew in 1976 and Luna-25 crashed on August 19.", ["1976", "2023-08-19"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "dates"), FRAMED, ids=[r[0][:48] for r in FRAMED])
def test_a_year_that_frames_the_sentence(sentence: str, dates: list[str]) -> None:
    got = lm.find_timestamps(sentence, reference="2023-08-21", default_tz="UTC")
    stamps = [ts for m in got for ts in m.timestamps]
    assert len(stamps) == len(dates)
    assert [ts.local.isoformat()[: len(d)] for ts, d in zip(stamps, dates, strict=True)] == dates


# (sentence, reference, every date as ISO month): where the sentence's tense words
# disagree, each date takes its own clause's tense
CLAUSE_TENSES = [
    ("Rubio, who arrived on Soyuz MS-22 in September, will return on Soyuz MS-23 in "
     "September.", "2023-02-24", ["2022-09", "2023-09"]),
    ("The crew landed in September, and the next crew will fly in September.", "2023-02-24",
     ["2022-09", "2023-09"]),
    # -- one tense for the whole sentence: as before --------------------------------------
    ("The crew will return in September.", "2023-02-24", ["2023-09"]),
    ("The crew returned in September.", "2023-02-24", ["2022-09"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "reference", "months"), CLAUSE_TENSES, ids=[r[0][:40] for r in CLAUSE_TENSES]
)
def test_each_clause_has_its_own_tense(sentence: str, reference: str, months: list[str]) -> None:
    got = lm.find_timestamps(sentence, reference=reference, default_tz="UTC")
    assert [ts.local.isoformat()[:7] for m in got for ts in m.timestamps] == months
