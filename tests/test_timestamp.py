"""Timestamp: ISO reading and writing, intervals, comparisons, validation."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta, timezone

import pytest
import pytz
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

import lunamission as lm
from lunamission import Precision, Timestamp

UTC = timezone.utc
MOSCOW = pytz.timezone("Europe/Moscow")


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


# (text, tz=, expected UTC start, precision, canonical zone)
VALID_ISO = [
    # full forms with an RFC 9557 zone suffix
    (
        "2023-08-11T02:10+03:00[Europe/Moscow]",
        None,
        utc(2023, 8, 10, 23, 10),
        "minute",
        "Europe/Moscow",
    ),
    (
        "2023-08-11T02:10:57+03:00[Europe/Moscow]",
        None,
        utc(2023, 8, 10, 23, 10, 57),
        "second",
        "Europe/Moscow",
    ),
    (
        "2023-07-14T14:35+05:30[Asia/Kolkata]",
        None,
        utc(2023, 7, 14, 9, 5),
        "minute",
        "Asia/Kolkata",
    ),
    ("2024-01-20T00:20+09:00[Asia/Tokyo]", None, utc(2024, 1, 19, 15, 20), "minute", "Asia/Tokyo"),
    ("2023-08-11T02+03:00[Europe/Moscow]", None, utc(2023, 8, 10, 23), "hour", "Europe/Moscow"),
    # reduced precision: the zone stands in brackets alone
    ("2023-08-12[Europe/Moscow]", None, utc(2023, 8, 11, 21), "day", "Europe/Moscow"),
    ("2023-08[UTC]", None, utc(2023, 8, 1), "month", "UTC"),
    ("2023[Asia/Tokyo]", None, utc(2022, 12, 31, 15), "year", "Asia/Tokyo"),
    ("2023-08-12[+03:00]", None, utc(2023, 8, 11, 21), "day", "+03:00"),
    # a plain offset is a fixed-offset zone; Z is UTC
    ("2023-08-11T02:10+03:00", None, utc(2023, 8, 10, 23, 10), "minute", "+03:00"),
    ("2023-08-10T23:10Z", None, utc(2023, 8, 10, 23, 10), "minute", "UTC"),
    (
        "2023-08-10T23:10:57Z[Europe/Moscow]",
        None,
        utc(2023, 8, 10, 23, 10, 57),
        "second",
        "Europe/Moscow",
    ),
    ("2023-08-11T02:10+0300", None, utc(2023, 8, 10, 23, 10), "minute", "+03:00"),
    ("2023-08-11 02:10+03:00", None, utc(2023, 8, 10, 23, 10), "minute", "+03:00"),
    # no zone in the string: tz= supplies it
    ("2023-08-19T14:57", "Europe/Moscow", utc(2023, 8, 19, 11, 57), "minute", "Europe/Moscow"),
    ("2023-08-23", "Asia/Kolkata", utc(2023, 8, 22, 18, 30), "day", "Asia/Kolkata"),
    (
        "2023-08-11T02:10+03:00",
        "Europe/Moscow",
        utc(2023, 8, 10, 23, 10),
        "minute",
        "Europe/Moscow",
    ),
    # historical offsets from the tz database
    ("2012-08-11T02:10[Europe/Moscow]", None, utc(2012, 8, 10, 22, 10), "minute", "Europe/Moscow"),
    ("2010-07-01T12:00[Europe/Moscow]", None, utc(2010, 7, 1, 8), "minute", "Europe/Moscow"),
    ("2010-01-15T12:00[Europe/Moscow]", None, utc(2010, 1, 15, 9), "minute", "Europe/Moscow"),
    ("1957-10-04T22:28[Europe/Moscow]", None, utc(1957, 10, 4, 19, 28), "minute", "Europe/Moscow"),
    # a repeated wall-clock hour is settled by the offset
    (
        "2010-10-31T02:30+04:00[Europe/Moscow]",
        None,
        utc(2010, 10, 30, 22, 30),
        "minute",
        "Europe/Moscow",
    ),
    (
        "2010-10-31T02:30+03:00[Europe/Moscow]",
        None,
        utc(2010, 10, 30, 23, 30),
        "minute",
        "Europe/Moscow",
    ),
    # zone names are canonicalised
    ("2023-08-12[europe/moscow]", None, utc(2023, 8, 11, 21), "day", "Europe/Moscow"),
    ("2023-08-12[Etc/UTC]", None, utc(2023, 8, 12), "day", "UTC"),
]


@pytest.mark.parametrize(
    ("text", "tz", "expected", "precision", "zone"), VALID_ISO, ids=[c[0] for c in VALID_ISO]
)
def test_from_iso_reads_valid_forms(
    text: str, tz: str | None, expected: datetime, precision: str, zone: str
) -> None:
    ts = Timestamp.from_iso(text, tz=tz)
    assert ts.utc == expected
    assert ts.precision == Precision(precision)
    assert ts.tz == zone
    assert ts.local.tzinfo is not None


# (text, tz=, error code), grouped by reason
INVALID_ISO = [
    # no zone anywhere
    ("2023-08-19T14:57", None, "no_zone"),
    ("2023-08-19", None, "no_zone"),
    # not ISO at all, or trailing text
    ("", None, "bad_iso"),
    ("August 11", None, "bad_iso"),
    ("2023-08-11T02:10+03:00[Europe/Moscow] extra", None, "bad_iso"),
    ("2023-8-11", "UTC", "bad_iso"),
    ("14:57", "UTC", "bad_iso"),
    # impossible dates and clocks
    ("2023-02-30", "UTC", "bad_iso"),
    ("2023-13-01", "UTC", "bad_iso"),
    ("2023-08-11T25:10", "UTC", "bad_iso"),
    ("2023-08-11T13:70", "UTC", "bad_iso"),
    ("2016-12-31T23:59:60Z", None, "bad_iso"),
    # finer than a second
    ("2023-08-11T02:10:57.5Z", None, "bad_iso"),
    # zones that cannot be resolved or disagree
    ("2023-08-11[Mars/Olympus]", None, "unknown_zone"),
    ("2023-08-11[Europe/Moscow]", "Asia/Tokyo", "zone_conflict"),
    ("2023-08-11T02:10+05:00[Europe/Moscow]", None, "offset_mismatch"),
    ("2023-08-11T02:10+04:00", "Europe/Moscow", "offset_mismatch"),
    # wall clocks a DST change skips or repeats
    ("2010-10-31T02:30[Europe/Moscow]", None, "ambiguous_time"),
    ("2010-03-28T02:30[Europe/Moscow]", None, "nonexistent_time"),
    # years whose interval would leave datetime's range
    ("0001-01-01[Asia/Tokyo]", None, "bad_iso"),
    ("9999-12-31[UTC]", None, "bad_iso"),
    # suffix tags we cannot honour
    ("2023-08-11[UTC][!u-ca=hebrew]", None, "bad_iso"),
    ("2023-08-11[UTC][_approximate=maybe]", None, "bad_iso"),
]


@pytest.mark.parametrize(
    ("text", "tz", "code"), INVALID_ISO, ids=[c[0] or "empty" for c in INVALID_ISO]
)
def test_from_iso_refuses_with_our_error(text: str, tz: str | None, code: str) -> None:
    with pytest.raises(lm.TimestampError) as info:
        Timestamp.from_iso(text, tz=tz)
    assert info.value.code == code
    assert info.value.text == text
    assert "^" in str(info.value)


# A wall clock a clock change repeats or skips, written without an offset: the
# error says what to write instead (an ISO string has no on_ambiguous to pass).
CLOCK_CHANGES = [
    ("2010-10-31T02:30[Europe/Moscow]", "ambiguous_time", ["+04:00", "+03:00"]),
    ("2023-11-05T01:30[America/New_York]", "ambiguous_time", ["-04:00", "-05:00"]),
    ("2010-03-28T02:30[Europe/Moscow]", "nonexistent_time", ["2010-03-27T23:30Z"]),
    ("1981-04[Europe/Moscow]", "nonexistent_time", ["1981-03-31T21:00Z"]),  # midnight skipped
]


@pytest.mark.parametrize(
    ("text", "code", "offsets"), CLOCK_CHANGES, ids=[c[0] for c in CLOCK_CHANGES]
)
def test_a_clock_change_in_an_iso_string_says_what_to_write(
    text: str, code: str, offsets: list[str]
) -> None:
    with pytest.raises(lm.TimestampError) as info:
        Timestamp.from_iso(text)
    assert info.value.code == code
    assert "on_ambiguous" not in str(info.value)
    for advice in offsets:  # each reading, written as advised, is a timestamp
        assert advice in str(info.value)
        wall, zone = text.split("[")
        written = advice if advice.endswith("Z") else f"{wall}{advice}[{zone}"
        assert Timestamp.from_iso(written).local.utcoffset() is not None


def test_from_iso_refuses_non_strings() -> None:
    with pytest.raises(lm.TimestampError):
        Timestamp.from_iso(20230811)  # type: ignore[arg-type]


def test_unknown_elective_suffix_tags_are_ignored_as_rfc_9557_says() -> None:
    assert Timestamp.from_iso("2023-08-11[UTC][u-ca=gregory]") == Timestamp.from_iso(
        "2023-08-11[UTC]"
    )


# isoformat: truncated to the precision, zone as a suffix, hedges as tags
ISOFORMAT = [
    ("2023-08-11T02:10:57+03:00[Europe/Moscow]", "2023-08-11T02:10:57+03:00[Europe/Moscow]"),
    ("2023-08-11T02:10+03:00[Europe/Moscow]", "2023-08-11T02:10+03:00[Europe/Moscow]"),
    ("2023-08-12[Europe/Moscow]", "2023-08-12[Europe/Moscow]"),
    ("2023-08[UTC]", "2023-08[UTC]"),
    ("2023[Asia/Tokyo]", "2023[Asia/Tokyo]"),
    ("2023-08-10T23:10Z", "2023-08-10T23:10+00:00[UTC]"),
    ("2023-08-11T02:10+03:00", "2023-08-11T02:10+03:00"),
    ("2023-08-12[+03:00]", "2023-08-12[+03:00]"),
    ("2023-08-10T23:10Z[Europe/Moscow]", "2023-08-11T02:10+03:00[Europe/Moscow]"),
    (
        "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]",
        "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]",
    ),
    ("2023-08-11[UTC][_qualifier=not_before]", "2023-08-11[UTC][_qualifier=not_before]"),
    (
        "2024[UTC][_approximate=true][_qualifier=not_after]",
        "2024[UTC][_approximate=true][_qualifier=not_after]",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ISOFORMAT, ids=[c[0] for c in ISOFORMAT])
def test_isoformat_is_truncated_and_keeps_the_zone(text: str, expected: str) -> None:
    ts = Timestamp.from_iso(text)
    assert ts.isoformat() == expected
    assert str(ts) == expected
    assert repr(ts) == f"Timestamp({expected!r})"


# intervals: (text, earliest, latest)
INTERVALS = [
    # a day in Moscow is 21:00Z to 21:00Z
    ("2023-08-12[Europe/Moscow]", utc(2023, 8, 11, 21), utc(2023, 8, 12, 21)),
    ("2023-08-11T02:10+03:00[Europe/Moscow]", utc(2023, 8, 10, 23, 10), utc(2023, 8, 10, 23, 11)),
    (
        "2023-08-11T02:10:57+03:00[Europe/Moscow]",
        utc(2023, 8, 10, 23, 10, 57),
        utc(2023, 8, 10, 23, 10, 58),
    ),
    ("2023-08-11T02+03:00[Europe/Moscow]", utc(2023, 8, 10, 23), utc(2023, 8, 11, 0)),
    ("2023-02[UTC]", utc(2023, 2, 1), utc(2023, 3, 1)),
    ("2024[UTC]", utc(2024, 1, 1), utc(2025, 1, 1)),
    # a DST day: New York's 2023-03-12 lasted 23 hours
    ("2023-03-12[America/New_York]", utc(2023, 3, 12, 5), utc(2023, 3, 13, 4)),
    # a month across a change of offset (Moscow 2011-03-27)
    ("2011-03[Europe/Moscow]", utc(2011, 2, 28, 21), utc(2011, 3, 31, 20)),
    # hedges: "about" widens by APPROXIMATE_MARGIN, bounds open one side
    (
        "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]",
        utc(2023, 8, 19, 11, 47),
        utc(2023, 8, 19, 12, 8),
    ),
    ("2023-08-12[UTC][_approximate=true]", utc(2023, 8, 11), utc(2023, 8, 14)),
    ("2023-08-11[UTC][_qualifier=not_before]", utc(2023, 8, 11), lm.UNBOUNDED_FUTURE),
    ("2024[UTC][_qualifier=not_after]", lm.UNBOUNDED_PAST, utc(2025, 1, 1)),
]


@pytest.mark.parametrize(("text", "earliest", "latest"), INTERVALS, ids=[c[0] for c in INTERVALS])
def test_interval_stands_for_the_whole_unit(
    text: str, earliest: datetime, latest: datetime
) -> None:
    ts = Timestamp.from_iso(text)
    assert ts.earliest == earliest
    assert ts.latest == latest
    assert ts.interval == (earliest, latest)


def test_approximate_margins_are_documented_for_every_precision() -> None:
    assert set(lm.APPROXIMATE_MARGIN) == set(Precision)


# before(): True definitely, False definitely not, None when the intervals overlap
BEFORE = [
    ("2023-08-11T02:10+03:00[Europe/Moscow]", "2023-08-12[Europe/Moscow]", True),
    ("2023-08-12[Europe/Moscow]", "2023-08-11T02:10+03:00[Europe/Moscow]", False),
    ("2023-08-19[Europe/Moscow]", "2023-08-19T14:57+03:00[Europe/Moscow]", None),
    # Moscow's August 11 and UTC's August 10 overlap for three hours
    ("2023-08-11[Europe/Moscow]", "2023-08-10[UTC]", None),
    ("2023-08-12[Europe/Moscow]", "2023-08-10[UTC]", False),
    # touching intervals are ordered: the end is exclusive
    ("2023-08-10[UTC]", "2023-08-11[UTC]", True),
    ("2023-08-11[UTC][_qualifier=not_before]", "2023-09-01[UTC]", None),
    ("2023[UTC][_qualifier=not_after]", "2024-01-01[UTC]", True),
    (
        "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]",
        "2023-08-19T15:05+03:00[Europe/Moscow]",
        None,
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), BEFORE, ids=[f"{c[0]} < {c[1]}" for c in BEFORE])
def test_before_answers_under_uncertainty(a: str, b: str, expected: bool | None) -> None:
    first, second = Timestamp.from_iso(a), Timestamp.from_iso(b)
    assert first.before(second) is expected
    assert second.after(first) is expected
    assert first.overlaps(second) is (expected is None)


def test_contains_instants_and_timestamps() -> None:
    day = Timestamp.from_iso("2023-08-19[Europe/Moscow]")
    assert day.contains(utc(2023, 8, 19, 11, 57))
    assert not day.contains(utc(2023, 8, 19, 21, 0))
    assert day.contains(Timestamp.from_iso("2023-08-19T14:57+03:00[Europe/Moscow]"))
    with pytest.raises(lm.TimestampError):
        day.contains(datetime(2023, 8, 19, 12))


def test_sorting_is_by_utc_then_coarser_first() -> None:
    minute = Timestamp.from_iso("2023-08-12T00:00+03:00[Europe/Moscow]")
    day = Timestamp.from_iso("2023-08-12[Europe/Moscow]")
    month = Timestamp.from_iso("2023-08[Europe/Moscow]")
    later = Timestamp.from_iso("2023-08-12T00:01+03:00[Europe/Moscow]")
    assert sorted([later, minute, day]) == [day, minute, later]
    assert sorted([day, month]) == [month, day]
    assert day < minute <= minute < later and later > day >= day


# Construction from datetimes
def test_naive_datetime_is_refused() -> None:
    with pytest.raises(lm.TimestampError) as info:
        Timestamp.from_datetime(datetime(2023, 8, 11, 2, 10), precision="minute")
    assert info.value.code == "naive_datetime"
    with pytest.raises(ValidationError):
        Timestamp(
            local=datetime(2023, 8, 11, 2, 10), tz="Europe/Moscow", precision=Precision.MINUTE
        )


# from_datetime refuses with our error, never pydantic's or a bare ValueError
@pytest.mark.parametrize(
    ("moment", "precision", "code"),
    [
        (datetime(2023, 8, 11, 2, 10), "minute", "naive_datetime"),
        (utc(2023, 8, 11), "week", "invalid_timestamp"),
        (utc(2023, 8, 11, 5), "day", "invalid_timestamp"),
        (datetime(1, 1, 1, tzinfo=UTC), "day", "invalid_timestamp"),
    ],
    ids=["naive", "unknown-precision", "finer-than-precision", "year-one"],
)
def test_from_datetime_refuses_with_our_error(moment: datetime, precision: str, code: str) -> None:
    with pytest.raises(lm.TimestampError) as info:
        Timestamp.from_datetime(moment, precision=precision)
    assert info.value.code == code


def test_zone_is_inferred_from_dateutil_offsets() -> None:
    from dateutil import tz as dateutil_tz

    ts = Timestamp.from_datetime(
        datetime(2023, 7, 14, 14, 35, tzinfo=dateutil_tz.tzoffset(None, 19800)), precision="minute"
    )
    assert ts.tz == "+05:30"
    assert ts.utc == utc(2023, 7, 14, 9, 5)


def test_zone_is_inferred_from_named_tzinfo() -> None:
    ts = Timestamp.from_datetime(MOSCOW.localize(datetime(2023, 8, 11, 2, 10)), precision="minute")
    assert ts.tz == "Europe/Moscow"
    fixed = Timestamp.from_datetime(
        datetime(2023, 8, 11, 2, 10, tzinfo=timezone(timedelta(hours=3))), precision="minute"
    )
    assert fixed.tz == "+03:00"


def test_local_is_expressed_in_its_zone() -> None:
    ts = Timestamp(local=utc(2023, 8, 10, 23, 10), tz="Europe/Moscow", precision=Precision.MINUTE)
    assert (ts.local.hour, ts.local.minute, ts.local.utcoffset()) == (2, 10, timedelta(hours=3))


@pytest.mark.parametrize(
    ("local", "precision"),
    [
        (utc(2023, 8, 11, 2, 10), "hour"),
        (utc(2023, 8, 11, 2), "day"),
        (utc(2023, 8, 2), "month"),
        (utc(2023, 2, 1), "year"),
        (datetime(2023, 8, 11, 2, 10, 0, 500, tzinfo=UTC), "second"),
    ],
    ids=["minutes-in-hour", "hours-in-day", "day-in-month", "month-in-year", "microseconds"],
)
def test_fields_finer_than_precision_are_refused(local: datetime, precision: str) -> None:
    with pytest.raises(ValidationError):
        Timestamp(local=local, tz="UTC", precision=Precision(precision))


def test_unknown_zone_is_refused() -> None:
    with pytest.raises(ValidationError):
        Timestamp(local=utc(2023, 8, 11), tz="Mars/Olympus", precision=Precision.DAY)


def test_timestamps_are_frozen_and_hashable() -> None:
    ts = Timestamp.from_iso("2023-08-12[Europe/Moscow]")
    with pytest.raises(ValidationError):
        ts.tz = "UTC"  # type: ignore[misc]
    assert len({ts, Timestamp.from_iso("2023-08-12[Europe/Moscow]")}) == 1


# Round trips: isoformat <-> from_iso and JSON, for any timestamp
ZONES = [
    "UTC",
    "Europe/Moscow",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "America/New_York",
    "Asia/Shanghai",
    "+05:45",
    "-03:30",
]


@st.composite
def timestamps(draw: st.DrawFn) -> Timestamp:
    precision = draw(st.sampled_from(list(Precision)))
    zone = draw(st.sampled_from(ZONES))
    moment = draw(st.datetimes(min_value=datetime(1957, 1, 1), max_value=datetime(2100, 12, 31)))
    fields = {"year": moment.year, "month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0}
    for name in ("month", "day", "hour", "minute", "second")[: precision.rank]:
        fields[name] = getattr(moment, name)
    naive = datetime(
        fields["year"],
        fields["month"],
        fields["day"],
        fields["hour"],
        fields["minute"],
        fields["second"],
    )
    local = lm.zones.localize(naive, zone, on_ambiguous="earlier")
    if local.replace(tzinfo=None) != naive:  # a wall clock a DST change skipped
        naive = local.replace(tzinfo=None)
        assert precision.rank >= Precision.HOUR.rank
    return Timestamp(
        local=local,
        tz=zone,
        precision=precision,
        approximate=draw(st.booleans()),
        qualifier=draw(st.sampled_from([None, "not_before", "not_after"])),
    )


@given(timestamps())
def test_isoformat_round_trips(ts: Timestamp) -> None:
    assert Timestamp.from_iso(ts.isoformat()) == ts


@given(timestamps())
def test_json_round_trips(ts: Timestamp) -> None:
    back = Timestamp.model_validate_json(ts.model_dump_json())
    assert back == ts
    assert back.isoformat() == ts.isoformat()


@given(timestamps())
def test_interval_is_ordered_and_contains_the_start(ts: Timestamp) -> None:
    assert ts.earliest < ts.latest
    if ts.qualifier != "not_after":
        assert ts.earliest <= ts.utc
    assert ts.utc < ts.end


@given(st.text(max_size=60))
def test_from_iso_raises_only_our_error(text: str) -> None:
    with contextlib.suppress(lm.TimestampError):
        Timestamp.from_iso(text, tz="UTC")


def test_reference_dates_are_plain_dates() -> None:
    assert Timestamp.from_iso("2023-08-21[Europe/Moscow]").local.date() == date(2023, 8, 21)
