"""Properties of the news timestamp parser (issue 4), checked with hypothesis.

Any string either parses or raises only :class:`lunamission.TimestampError`;
:func:`lunamission.find_timestamps` never raises on text and its spans are honest;
written timestamps read back to the instant they were written from; the fast
zone lookup agrees with pytz.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta, timezone

from checks import result_or_error
from hypothesis import given, settings
from hypothesis import strategies as st

import lunamission as lm
from lunamission.parser.localtime import exact_local
from lunamission.parser.resolve import complete_year
from lunamission.zones import localize, to_zone

REFERENCE = date(2023, 8, 21)

# Fragments that drive the grammar down its deeper paths when shuffled together.
FRAGMENTS = [
    "at", "on", "in", "about", "NET", "no later than", "by", "the end of", "early", "late on",
    "between", "and", "from", "to", ",", ".", "(", ")", "-", ":", "/", "+",
    "2:10", "14.57", "a.m.", "pm", "noon", "midnight", "o'clock", "1457", "hours",
    "Moscow time", "MSK", "UTC", "GMT+3", "EST", "EDT", "IST", "Mars time", "local time",
    "August", "Aug.", "11", "11th", "2023", "2023-2027", "19.08.2023", "08.11.2023",
    "2023-08-11T02:10Z", "Saturday", "Sat.", "last", "next", "this", "week", "month", "year",
    "yesterday", "earlier", "will", "had", "Luna-25", "Soyuz-2.1b", "31", "February", "29",
    "June", "and 14", "25:10", "23:59:60", "Long March", "\n\n",
]  # fmt: skip
fragment_text = st.lists(st.sampled_from(FRAGMENTS), max_size=14).map(" ".join)
any_text = st.one_of(st.text(max_size=80), fragment_text)
references = st.one_of(st.none(), st.dates(date(1950, 1, 1), date(2100, 12, 31)))
default_zones = st.sampled_from([None, "UTC", "Europe/Moscow", "America/New_York", "+05:30"])


@settings(max_examples=400, deadline=None)
@given(any_text, references, default_zones)
def test_parse_timestamp_parses_or_raises_timestamp_error(
    text: str, reference: date | None, default_tz: str | None
) -> None:
    result = result_or_error(
        text, lambda t: lm.parse_timestamp(t, reference=reference, default_tz=default_tz)
    )
    assert isinstance(result, lm.Timestamp | lm.TimestampError)


@settings(max_examples=400, deadline=None)
@given(any_text, references, default_zones)
def test_parse_timestamps_parses_or_raises_timestamp_error(
    text: str, reference: date | None, default_tz: str | None
) -> None:
    try:
        found = lm.parse_timestamps(text, reference=reference, default_tz=default_tz)
    except lm.TimestampError:
        return
    assert all(isinstance(ts, lm.Timestamp) for ts in found)


@settings(max_examples=400, deadline=None)
@given(any_text, references, default_zones)
def test_find_timestamps_never_raises_and_spans_are_honest(
    text: str, reference: date | None, default_tz: str | None
) -> None:
    matches = lm.find_timestamps(text, reference=reference, default_tz=default_tz)
    previous_end = 0
    for m in matches:
        assert previous_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.timestamps
        assert m.zone_from in ("text", "sentence", "default")
        previous_end = m.end


# -- written timestamps read back ------------------------------------------------------

# (zone phrase as written, zone it means)
ZONES = [
    ("UTC", "UTC"), ("GMT", "UTC"), ("Moscow time", "Europe/Moscow"), ("MSK", "Europe/Moscow"),
    ("Beijing time", "Asia/Shanghai"), ("JST", "Asia/Tokyo"), ("IST", "Asia/Kolkata"),
    ("ET", "America/New_York"), ("PT", "America/Los_Angeles"),
    ("Baikonur time", "Asia/Qyzylorda"),
]  # fmt: skip
STATED_OFFSETS = {"JST": timedelta(hours=9), "IST": timedelta(hours=5, minutes=30)}
"""The abbreviations above that state an offset."""
instants = st.datetimes(datetime(1950, 1, 1), datetime(2100, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=timezone.utc)
)


@settings(max_examples=300, deadline=None)
@given(instants, st.sampled_from(ZONES), st.booleans(), st.booleans())
def test_written_timestamp_reads_back(
    moment: datetime, zone: tuple[str, str], twelve_hour: bool, day_first: bool
) -> None:
    phrase, tz = zone
    wall = to_zone(moment, tz)
    if twelve_hour:
        clock = f"{(wall.hour % 12) or 12}:{wall.minute:02d} {'a.m.' if wall.hour < 12 else 'p.m.'}"
    else:
        clock = f"{wall.hour:02d}:{wall.minute:02d}"
    month = calendar.month_name[wall.month]
    day = f"{wall.day} {month} {wall.year}" if day_first else f"{month} {wall.day}, {wall.year}"
    text = f"at {clock} {phrase} on {day}"
    try:
        result: lm.Timestamp | lm.TimestampError = lm.parse_timestamp(text)
    except lm.TimestampError as exc:
        result = exc
    if isinstance(result, lm.TimestampError) and result.code == "zone_mismatch":
        # An abbreviation for standard time in a summer its zone kept ("JST" in Japan's
        # summers of 1948-1951): the offset it states is not the zone's then.
        assert wall.utcoffset() != STATED_OFFSETS[phrase]
        return
    if isinstance(result, lm.TimestampError):
        # Only a wall clock that a DST change repeats may refuse, and then one of the
        # two readings is the instant it was written from.
        assert result.code == "ambiguous_time"
        readings = {
            localize(wall.replace(tzinfo=None), tz, on_ambiguous=policy)
            for policy in ("earlier", "later")
        }
        assert moment in readings
        return
    ts = result
    assert ts.utc == moment
    assert ts.tz == tz
    assert ts.precision == lm.Precision.MINUTE


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(datetime(1900, 1, 1), datetime(2100, 12, 31)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    st.sampled_from(["Europe/Moscow", "America/New_York", "Europe/Paris", "Asia/Qyzylorda",
                     "Australia/Lord_Howe", "UTC", "+05:30", "Asia/Kolkata"]),
)  # fmt: skip
def test_fast_zone_lookup_agrees_with_pytz(naive: datetime, tz: str) -> None:
    fast = exact_local(naive, tz)
    try:
        slow = localize(naive, tz)
    except lm.ZoneError:
        assert fast is None
        return
    assert fast is not None
    assert fast == slow
    assert fast.utcoffset() == slow.utcoffset()


@settings(max_examples=300, deadline=None)
@given(
    st.dates(date(1950, 1, 1), date(2100, 12, 31)), st.dates(date(1951, 1, 1), date(2099, 12, 31))
)
def test_completed_year_is_the_nearest(day: date, reference: date) -> None:
    years = complete_year(day.month, day.day, reference, None)
    candidates = [y for y in range(reference.year - 1, reference.year + 2) if calendar.isleap(y)]
    if (day.month, day.day) == (2, 29) and not candidates:
        assert years == ()  # around 2098-2101 no year is a leap year (2100 is not)
        return
    assert years
    best = min(abs((date(y, day.month, day.day) - reference).days) for y in years)
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            other = date(year, day.month, day.day)
        except ValueError:
            continue
        assert best <= abs((other - reference).days)
    # Never more than half a year away, except February 29, which only leap years have.
    assert best <= (4 * 366 if (day.month, day.day) == (2, 29) else 184)
