"""The parser's shortcuts give exactly what its general paths give (issue 4, speed).

The tokenizer reads common chunks without its regular expression, the resolver
takes a whole day's zone offset from a memo and fills timestamps without running
their validators, and the api memoises reference dates. Each shortcut is checked
here against the path it stands in for, as tables of the cases that decide it and
as hypothesis properties; a shortcut that drifted would change results silently.
"""

from __future__ import annotations

import pickle
from datetime import date, datetime, timedelta, timezone

import pytest
from corpus import CASES
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import lunamission as lm
from lunamission.parser.api import clear_memos
from lunamission.parser.localtime import build_timestamp, day_zone, exact_local
from lunamission.parser.reference import read_reference
from lunamission.parser.tokens import tokenize, tokenize_by_pattern
from lunamission.zones import localize

# -- the tokenizer: chunks read without the expression ------------------------------

TOKEN_CASES = [
    # a word or a number with a mark after it
    pytest.param("On August 11, 2023, the probe fired.", id="commas and a period"),
    pytest.param("Aug. 11. Then it fell.", id="abbreviation before a period"),
    pytest.param("rockets' engines", id="apostrophe after a word"),
    pytest.param("x² and Ⅻ", id="letters that are numeric"),
    # meridiems, glued and spaced
    pytest.param("at 2:10 a.m. Moscow time", id="meridiem before a zone"),
    pytest.param("at 2 a.m. The crew slept.", id="meridiem ends a sentence"),
    pytest.param("at 2 p. m. Tuesday", id="meridiem written with a space"),
    pytest.param("at 2 a.m.Moscow", id="meridiem glued to a word"),
    pytest.param("at 2 A.M. P.M. Q", id="meridiem after a meridiem"),
    pytest.param("at 2 a.m, then", id="meridiem without its last period"),
    pytest.param("NASA. Meanwhile the p.m. slot", id="period before a capital M"),
    pytest.param("a. b. p. mx", id="letters and periods that make no meridiem"),
    pytest.param("at 3:53 p.m. Mars time on Feb. 18", id="meridiem before an unknown zone"),
    pytest.param("at 2 p. m. Lunar Time", id="spaced meridiem before an unknown zone"),
    pytest.param("at 2 p.m. (Mars time)", id="meridiem before a bracketed zone"),
    pytest.param("at 2 p.m. This time it flew.", id="meridiem before a sentence about time"),
    pytest.param("at 2 p.m. Mars, time", id="meridiem before a name and a comma"),
    # clocks and other numbers
    pytest.param("14.57 and 2:10 and 1:2 and 123:45", id="clock shapes"),
    pytest.param("Soyuz-2.1b, Luna-25 and 08.11.2023", id="versions and numeric dates"),
    pytest.param("١٢ and 12345 and 0042", id="other digits and long numbers"),
    # white space
    pytest.param("  August 11 \t at\u00a0noon  ", id="odd white space"),
    pytest.param("It landed.\n\nOn August 12 it woke.", id="blank line"),
    pytest.param("It landed.\n \nThen", id="blank line with a space"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", TOKEN_CASES)
def test_tokens_are_those_of_the_expression(text: str) -> None:
    assert tokenize(text) == tokenize_by_pattern(text)


PIECES = [
    " ", "  ", "\n", "\n\n", "\t", "\u00a0", ".", ",", "!", "?", "(", ")", "-", ":", "'", "’",
    "a", "p", "m", "M", "A", "P", "x", "Aug", "August", "Moscow", "Mars", "time", "The", "St",
    "a.m.", "p.m", "P.M.", "a.", "p.", "m.", "2", "12", "14", "57", "2023", "12345", "١",
    "²", "Ⓐ", "_", "İ", "o'clock",
]  # fmt: skip
pieced_text = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.one_of(pieced_text, st.text(max_size=60)))
def test_any_text_tokenizes_as_the_expression_does(text: str) -> None:
    assert tokenize(text) == tokenize_by_pattern(text)


# -- the resolver: a day's zone offset from the memo ---------------------------------

DAYS = [
    # (zone, day, whether a change of offset is near enough to leave it to exact_local)
    pytest.param("Europe/Moscow", date(2023, 8, 11), False, id="ordinary day"),
    pytest.param("Europe/Moscow", date(2010, 10, 31), True, id="clocks go back"),
    pytest.param("Europe/Moscow", date(2010, 3, 28), True, id="clocks go forward"),
    pytest.param("Europe/Moscow", date(2010, 3, 26), True, id="two days before"),
    pytest.param("Europe/Moscow", date(2010, 3, 24), False, id="four days before"),
    pytest.param("Asia/Qyzylorda", date(2018, 12, 21), True, id="a zone changes its offset"),
    pytest.param("UTC", date(2023, 8, 11), False, id="UTC"),
    pytest.param("+05:30", date(2023, 8, 11), False, id="fixed offset"),
]


@pytest.mark.parametrize(("tz", "day", "near_change"), DAYS)
def test_day_zone_is_left_alone_only_near_a_change(tz: str, day: date, near_change: bool) -> None:
    zone = day_zone(tz, day.year, day.month, day.day)
    assert (zone is None) == near_change


def test_day_zone_refuses_a_day_that_does_not_exist() -> None:
    assert day_zone("Europe/Moscow", 2023, 2, 30) is None


zones = st.sampled_from(
    ["Europe/Moscow", "America/New_York", "Europe/Paris", "Asia/Qyzylorda",
     "Australia/Lord_Howe", "Asia/Kolkata", "UTC", "+05:30"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(zones, st.dates(date(1900, 1, 1), date(2100, 12, 31)), st.integers(0, 24 * 60 - 1))
def test_a_day_zone_gives_every_wall_clock_of_the_day_as_pytz_does(
    tz: str, day: date, minute: int
) -> None:
    zone = day_zone(tz, day.year, day.month, day.day)
    if zone is None:
        return
    wall = datetime(day.year, day.month, day.day) + timedelta(minutes=minute)
    assert localize(wall, tz) == wall.replace(tzinfo=zone)
    assert localize(wall, tz).utcoffset() == wall.replace(tzinfo=zone).utcoffset()
    assert exact_local(wall, tz) == wall.replace(tzinfo=zone)


# -- the resolver: timestamps filled without running the validators --------------------

instants = st.datetimes(datetime(1950, 1, 1), datetime(2100, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


@settings(max_examples=300, deadline=None)
@given(instants, zones, st.sampled_from(list(lm.Precision)), st.booleans(),
       st.sampled_from([None, "not_before", "not_after"]))  # fmt: skip
def test_a_built_timestamp_is_the_validated_one(
    wall: datetime,
    tz: str,
    precision: lm.Precision,
    approximate: bool,
    qualifier: lm.Qualifier | None,
) -> None:
    # The wall clock truncated to the precision: finer fields at their floor.
    kept = precision.rank + 1
    fields = [wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second]
    wall = datetime(*fields[:kept], *[1, 1, 1, 0, 0, 0][kept:])
    local = exact_local(wall, tz)
    if local is None:
        return  # a wall clock that a change of offset skips or repeats: never built
    built = build_timestamp(local, tz, precision, approximate, qualifier)
    validated = lm.Timestamp(
        local=local, tz=tz, precision=precision, approximate=approximate, qualifier=qualifier
    )
    assert built == validated
    assert built.isoformat() == validated.isoformat()
    assert built.model_dump() == validated.model_dump()
    assert built.model_fields_set == validated.model_fields_set
    assert hash(built) == hash(validated)
    assert pickle.loads(pickle.dumps(built)) == validated


def test_a_built_timestamp_stays_frozen() -> None:
    local = exact_local(datetime(2023, 8, 11, 2, 10), "Europe/Moscow")
    assert local is not None
    ts = build_timestamp(local, "Europe/Moscow", lm.Precision.MINUTE, False, None)
    with pytest.raises(ValidationError) as info:
        ts.tz = "UTC"  # type: ignore[misc]
    assert info.value.errors()[0]["type"] == "frozen_instance"


# -- the api: memoised reference dates and a cold start -------------------------------

REFERENCES = [
    pytest.param("2023-08-21", date(2023, 8, 21), id="ISO date"),
    pytest.param(" 2023-08-21 ", date(2023, 8, 21), id="ISO date with spaces"),
    pytest.param("2023-08-21T23:30:00-04:00", date(2023, 8, 21), id="aware ISO datetime"),
    pytest.param(date(2023, 8, 21), date(2023, 8, 21), id="date"),
    pytest.param(datetime(2023, 8, 21, 23, 30, tzinfo=timezone.utc), date(2023, 8, 21), id="aware"),
    pytest.param(None, None, id="none"),
]


@pytest.mark.parametrize(("reference", "day"), REFERENCES)
def test_a_reference_reads_the_same_every_time(reference: object, day: date | None) -> None:
    assert read_reference(reference) == day  # type: ignore[arg-type]
    assert read_reference(reference) == day  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "reference",
    [
        pytest.param("21.08.2023", id="not ISO"),
        pytest.param("2023-08-21T23:30:00", id="naive ISO datetime"),
        pytest.param(datetime(2023, 8, 21, 23, 30), id="naive datetime"),
        pytest.param(20230821, id="a number"),
    ],
)
def test_a_bad_reference_is_refused_every_time(reference: object) -> None:
    for _ in range(2):
        with pytest.raises(lm.TimestampError) as info:
            read_reference(reference)  # type: ignore[arg-type]
        assert info.value.code == "bad_reference"


def _corpus_results() -> list[list[str] | str]:
    results: list[list[str] | str] = []
    for case in CASES:
        try:
            stamps = lm.parse_timestamps(
                case.phrase, reference=case.reference, default_tz=case.default_tz
            )
        except lm.TimestampError as exc:
            results.append(exc.code)
        else:
            results.append([ts.isoformat() for ts in stamps])
    return results


def test_results_do_not_depend_on_what_was_memoised() -> None:
    clear_memos()
    cold = _corpus_results()
    warm = _corpus_results()
    clear_memos()
    assert cold == warm == _corpus_results()
