"""An adversarial review of the replay fast path: any log replays as validation reads it.

The contract under test: for any log file, ``EventLog(path).replay()`` either
returns a timeline whose events equal, one for one, ``Event.model_validate_json``
of each line (a line repeated word for word kept once), with the same ``repr``,
the same tzinfo names and DST, the same window answers and the same CSV as a
timeline built from those events; or it raises :class:`lunamission.EventLogError`.
Never another exception, never a line validation refuses, never a changed line.

Lines here are written by hand, byte for byte, to reach what ``model_dump_json``
never writes but a file may hold: offsets at DST changes, local mean time, the
ends of the year range, odd JSON spellings, bytes that are not UTF-8, and lines
cut across the chunks the reader scans.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import events

import lunamission as lm
from lunamission import Event, EventLog, Source, Timeline, Timestamp, eventlog

HEADER = eventlog.header_line().encode()
UTC = timezone.utc

# A plain line, the layout model_dump_json writes, with every field set.
SOURCE = Source(
    document="tass-2023-08-20",
    publisher="TASS",
    published=date(2023, 8, 20),
    span=(120, 188),
    quote="contact with the lander was lost",
    timestamp_span=(130, 160),
    timestamp_text="about 2:57 p.m. Moscow time on Saturday",
    stated_weekday=5,
    zone_rule="stated",
)
FULL = Event(
    kind="loss_of_contact",
    mission="Luna-25",
    when=Timestamp.from_iso("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]"),
    summary="Contact lost after the pre-landing burn",
    vehicle="Soyuz-2.1b",
    site="Vostochny",
    source=SOURCE,
    recorded="2023-08-20",
    supersedes="ev-0000000000000000",
).model_dump_json()
# A small line whose "when" the cases below rewrite.
WHEN = (
    '{"kind":"launch","status":"actual","outcome":null,"mission":"Luna-25",'
    '"when":{"local":"%s","tz":"%s","precision":"%s","approximate":%s,"qualifier":%s},'
    '"summary":"","vehicle":null,"site":null,"source":null,"recorded":null,'
    '"supersedes":null,"id":"%s"}'
)
WINDOWS = [
    (datetime(1, 1, 2, tzinfo=UTC), datetime(9999, 12, 30, tzinfo=UTC)),
    (datetime(1900, 1, 1, tzinfo=UTC), datetime(2000, 1, 1, tzinfo=UTC)),
    (datetime(2023, 8, 1, tzinfo=UTC), datetime(2023, 9, 1, tzinfo=UTC)),
]


def when_line(
    local: str,
    tz: str,
    precision: str = "second",
    *,
    approximate: bool = False,
    qualifier: str | None = None,
    ident: str = "ev-review",
) -> bytes:
    quoted = "null" if qualifier is None else json.dumps(qualifier)
    text = WHEN % (local, tz, precision, json.dumps(approximate), quoted, ident)
    return text.encode()


def write_log(tmp_path: Path, lines: list[bytes], *, name: str = "log.jsonl") -> EventLog:
    path = tmp_path / name
    path.write_bytes(HEADER + b"".join(line + b"\n" for line in lines))
    return EventLog(path)


def validated(lines: list[bytes]) -> list[Event] | None:
    """What validation reads from the lines, or None when it refuses one of them."""
    try:
        return [Event.model_validate_json(line) for line in lines]
    except ValueError:
        return None


def assert_same_timeline(replayed: Timeline, events_read: list[Event]) -> None:
    """The replay holds what a timeline built from the validated events holds."""
    built = Timeline(events_read)
    assert replayed.revisions == built.revisions
    assert [repr(ev) for ev in replayed.revisions] == [repr(ev) for ev in built.revisions]
    assert list(replayed) == list(built)
    for mine, theirs in zip(replayed.revisions, built.revisions, strict=True):
        if mine.when is not None and theirs.when is not None:
            assert mine.when.local.tzname() == theirs.when.local.tzname()
            assert mine.when.local.dst() == theirs.when.local.dst()
            assert mine.when.local.utcoffset() == theirs.when.local.utcoffset()
    for start, end in WINDOWS:
        for match in ("possibly", "definitely"):
            got = replayed.filter(start=start, end=end, match=match)
            assert [ev.id for ev in got] == [
                ev.id for ev in built.filter(start=start, end=end, match=match)
            ]
    for revisions in (False, True):
        assert replayed.to_csv(revisions=revisions) == built.to_csv(revisions=revisions)


def assert_replays_as_validated(log: EventLog, lines: list[bytes]) -> None:
    """The contract itself: the validated events, or the log's error."""
    expected = validated(lines)
    if expected is None:
        with pytest.raises(lm.EventLogError) as info:
            log.replay()
        assert info.value.code == "corrupt_line"
        return
    assert_same_timeline(log.replay(), expected)


# == Counterexamples: each test here failed on the code reviewed ==================

# -- an offset written "-00:00": the CSV shows it as written, validation as "+00:00" --

MINUS_ZERO = [
    pytest.param("2023-08-19T11:57:00-00:00", "UTC", id="UTC"),
    pytest.param("2023-08-19T11:57:00-00:00", "+00:00", id="fixed zero offset"),
    pytest.param("2023-01-19T11:57:00-00:00", "Europe/London", id="London in winter"),
    pytest.param("2023-08-19T11:57:00-00:00", "Africa/Abidjan", id="zone always at UTC"),
]


@pytest.mark.parametrize(("local", "tz"), MINUS_ZERO)
def test_an_offset_of_minus_zero_exports_as_validation_writes_it(
    tmp_path: Path, local: str, tz: str
) -> None:
    line = when_line(local, tz, "minute")
    assert_replays_as_validated(write_log(tmp_path, [line]), [line])


# -- the source's keys in another order: the event keeps that order in repr and JSON --

REORDERED = [
    pytest.param(
        '"source":{"document":"tass-2023-08-20","publisher":"TASS",',
        '"source":{"publisher":"TASS","document":"tass-2023-08-20",',
        id="document after publisher",
    ),
    pytest.param(
        ',"stated_weekday":5,"zone_rule":"stated"}',
        ',"zone_rule":"stated","stated_weekday":5}',
        id="zone rule before weekday",
    ),
]


@pytest.mark.parametrize(("old", "new"), REORDERED)
def test_a_source_with_its_keys_in_another_order_replays_as_validation_reads_it(
    tmp_path: Path, old: str, new: str
) -> None:
    assert old in FULL
    line = FULL.replace(old, new).encode()
    log = write_log(tmp_path, [line])
    assert_replays_as_validated(log, [line])
    replayed = log.replay().revisions[0]
    expected = Event.model_validate_json(line)
    assert replayed.model_dump_json() == expected.model_dump_json() == FULL


# -- wall clocks Python's fromisoformat reads but validation refuses (Python 3.11+) --

NOT_RFC3339 = [
    pytest.param("2023-W32-5T02:10:00+03:00", "Europe/Moscow", id="ISO week date"),
    pytest.param("2023-W32-4T23:10:00Z", "UTC", id="ISO week date in UTC"),
    pytest.param("2023-08-11T021000.0+03:00", "Europe/Moscow", id="basic time with a fraction"),
    pytest.param("2023-08-10T231000.0Z", "UTC", id="basic time in UTC"),
]


@pytest.mark.parametrize(("local", "tz"), NOT_RFC3339)
def test_a_wall_clock_validation_refuses_is_the_logs_error(
    tmp_path: Path, local: str, tz: str
) -> None:
    line = when_line(local, tz)
    assert validated([line]) is None
    with pytest.raises(lm.EventLogError) as info:
        write_log(tmp_path, [line]).replay()
    assert info.value.code == "corrupt_line"


# == Regression cases: these held on the code reviewed ============================

EDGES = [
    # -- the ends of the year range
    pytest.param("0002-01-01T00:00:00+00:00", "UTC", "second", id="first second, +00:00"),
    pytest.param("0002-01-01T00:00:00Z", "UTC", "year", id="first year, Z"),
    pytest.param("0002-01-01T00:00:00+05:45", "+05:45", "year", id="first year ahead of UTC"),
    pytest.param("9998-12-31T23:59:59-05:00", "-05:00", "second", id="last second behind UTC"),
    pytest.param("9998-01-01T00:00:00-05:00", "America/New_York", "year", id="last year"),
    pytest.param("9998-12-01T00:00:00Z", "UTC", "month", id="last month"),
    pytest.param("9999-01-01T00:00:00Z", "UTC", "year", id="year 9999"),
    pytest.param("0001-12-31T23:00:00Z", "UTC", "hour", id="year 1"),
    # -- dates and clocks that do not exist
    pytest.param("2023-02-29T00:00:00Z", "UTC", "day", id="29 February, not a leap year"),
    pytest.param("2024-02-29T00:00:00Z", "UTC", "day", id="29 February, leap year"),
    pytest.param("2023-08-11T24:00:00Z", "UTC", "second", id="24:00:00"),
    pytest.param("2023-08-11T23:59:60Z", "UTC", "second", id="leap second"),
    pytest.param("2023-08-11T02:10:30+03:00", "Europe/Moscow", "minute", id="seconds set"),
    pytest.param("2023-08-02T00:00:00+03:00", "Europe/Moscow", "month", id="day set"),
    # -- UTC and zero offsets spelled several ways
    pytest.param("2023-08-11T02:10:00Z", "+00:00", "second", id="Z with +00:00"),
    pytest.param("2023-08-11T02:10:00+00:00", "UTC", "second", id="+00:00 with UTC"),
    pytest.param("2023-08-11T02:10:00Z", "Europe/London", "second", id="Z in British summer"),
    pytest.param("2023-01-11T02:10:00Z", "Europe/London", "second", id="Z in British winter"),
    pytest.param("2023-01-11T02:10:00+05:45", "UTC", "second", id="UTC with an offset"),
    # -- zone names in other spellings, links and fixed offsets
    pytest.param("2023-01-11T02:10:00+00:00", "Etc/UTC", "second", id="Etc/UTC"),
    pytest.param("2023-01-11T02:10:00+00:00", "UCT", "second", id="UCT"),
    pytest.param("2023-01-11T02:10:00+00:00", "Zulu", "second", id="Zulu"),
    pytest.param("2023-01-11T02:10:00+00:00", "GMT0", "second", id="GMT0"),
    pytest.param("2023-01-11T02:10:00-05:00", "EST", "second", id="EST"),
    pytest.param("2023-01-11T02:10:00-05:00", "Etc/GMT+5", "second", id="Etc/GMT+5"),
    pytest.param("2023-01-11T02:10:00-05:00", "-5", "second", id="offset -5"),
    pytest.param("2023-01-11T02:10:00-05:00", "UTC-05:00", "second", id="offset UTC-05:00"),
    pytest.param("2023-01-11T02:10:00+00:00", "-00:00", "second", id="zone -00:00"),
    pytest.param("2023-01-11T02:10:00+05:45", "Asia/Katmandu", "second", id="old Kathmandu"),
    pytest.param("2023-01-11T02:10:00+05:45", "Asia/Kathmandu", "second", id="Kathmandu"),
    pytest.param("2023-08-11T02:10:00+03:00", "W-SU", "minute", id="W-SU"),
    pytest.param("2023-08-11T02:10:00+03:00", "europe/moscow", "minute", id="lower case"),
    pytest.param("2023-08-11T02:10:00+03:00", "Europe/Moscow ", "minute", id="trailing space"),
    pytest.param("2023-08-11T02:10:00+03:00", "MSK", "minute", id="abbreviation"),
    # -- local mean time before the zones had standard offsets
    pytest.param("1880-01-01T00:00:00+02:30", "Europe/Moscow", "day", id="Moscow LMT"),
    pytest.param("1850-01-01T00:00:00-03:31", "America/St_Johns", "day", id="St Johns LMT"),
    pytest.param("1850-01-01T00:00:00-03:30", "America/St_Johns", "day", id="St Johns, off"),
    pytest.param("1850-01-01T00:00:00+05:41", "Asia/Kathmandu", "day", id="Kathmandu LMT"),
    pytest.param("0002-01-01T00:00:00+10:36", "Australia/Lord_Howe", "year", id="Lord Howe LMT"),
    # -- days and hours at offset changes
    pytest.param("2023-10-01T02:30:00+11:00", "Australia/Lord_Howe", "minute", id="LH gap"),
    pytest.param("2023-04-02T01:45:00+11:00", "Australia/Lord_Howe", "minute", id="LH first"),
    pytest.param("2023-04-02T01:45:00+10:30", "Australia/Lord_Howe", "minute", id="LH second"),
    pytest.param("2023-03-12T00:00:00-03:30", "America/St_Johns", "day", id="St Johns springs"),
    pytest.param("2023-11-05T00:00:00-02:30", "America/St_Johns", "day", id="St Johns falls"),
    pytest.param("2018-11-04T00:00:00-03:00", "America/Sao_Paulo", "day", id="midnight skipped"),
    pytest.param("2018-11-04T01:00:00-02:00", "America/Sao_Paulo", "hour", id="after the gap"),
    pytest.param("2011-12-31T00:00:00+14:00", "Pacific/Apia", "day", id="after a lost day"),
    pytest.param("2011-12-30T00:00:00+14:00", "Pacific/Apia", "day", id="the lost day"),
    pytest.param("2011-12-01T00:00:00-10:00", "Pacific/Apia", "month", id="month losing a day"),
    pytest.param("2040-11-04T01:30:00-04:00", "America/New_York", "minute", id="past 2037"),
    pytest.param("9998-10-01T00:00:00-04:00", "America/New_York", "month", id="far future DST"),
]


@pytest.mark.parametrize(("local", "tz", "precision"), EDGES)
@pytest.mark.parametrize("approximate", [False, True])
def test_edge_times_replay_as_validation_reads_them(
    tmp_path: Path, local: str, tz: str, precision: str, approximate: bool
) -> None:
    line = when_line(local, tz, precision, approximate=approximate)
    assert_replays_as_validated(write_log(tmp_path, [line]), [line])


# -- JSON that is not model_dump_json's spelling, and values validation coerces or refuses

SPELLINGS = [
    pytest.param('"span":[120,188]', '"span":[-0,188]', id="minus zero"),
    pytest.param('"span":[120,188]', '"span":[999999999999999999,-1]', id="18 digits"),
    pytest.param('"span":[120,188]', '"span":[99999999999999999999,1]', id="past 64 bits"),
    pytest.param('"span":[120,188]', '"span":[1.0,2]', id="float"),
    pytest.param('"span":[120,188]', '"span":[1e3,2]', id="exponent"),
    pytest.param('"span":[120,188]', '"span":[true,2]', id="boolean"),
    pytest.param('"span":[120,188]', '"span":[Infinity,2]', id="infinity"),
    pytest.param('"span":[120,188]', '"span":[120,188,]', id="trailing comma"),
    pytest.param('"stated_weekday":5', '"stated_weekday":7', id="weekday 7"),
    pytest.param('"stated_weekday":5', '"stated_weekday":-0', id="weekday minus zero"),
    pytest.param('"stated_weekday":5', '"stated_weekday":"5"', id="weekday as text"),
    pytest.param('"stated_weekday":5', '"stated_weekday":NaN', id="weekday NaN"),
    pytest.param('"approximate":true', '"approximate":1', id="approximate 1"),
    pytest.param('"approximate":true', '"approximate":"yes"', id="approximate yes"),
    pytest.param('"recorded":"2023-08-20"', '"recorded":null', id="recorded from published"),
    pytest.param('"recorded":"2023-08-20"', '"recorded":"0001-01-01"', id="recorded year 1"),
    pytest.param('"recorded":"2023-08-20"', '"recorded":"9999-12-31"', id="recorded year 9999"),
    pytest.param('"recorded":"2023-08-20"', '"recorded":"0000-12-31"', id="recorded year 0"),
    pytest.param('"recorded":"2023-08-20"', '"recorded":1692489600', id="recorded as a number"),
    pytest.param('"published":"2023-08-20"', '"published":"2023-02-29"', id="published 29 Feb"),
    pytest.param('"published":"2023-08-20"', '"published":"2024-02-29"', id="leap day"),
    pytest.param(
        '"local":"2023-08-19T14:57:00+03:00"', '"local":1692446220', id="local as a number"
    ),
    pytest.param(
        '"local":"2023-08-19T14:57:00+03:00"',
        '"local":"2023-08-19 14:57:00+03:00"',
        id="local with a space",
    ),
    pytest.param(
        '"local":"2023-08-19T14:57:00+03:00"', '"local":"2023-08-19T14:57+03:00"', id="no seconds"
    ),
    pytest.param(
        '"local":"2023-08-19T14:57:00+03:00"',
        '"local":"2023-08-19T11:57:00z"',
        id="lower-case z",
    ),
    pytest.param('"precision":"minute"', '"precision":"Minute"', id="precision capitalised"),
    pytest.param('"kind":"loss_of_contact"', '"kind":"LOSS_OF_CONTACT"', id="kind in capitals"),
    pytest.param('"summary":"Contact', '"summary":"\\ud800Contact', id="lone surrogate"),
    pytest.param('"summary":"Contact', '"summary":"\\u2028\\ufeffContact', id="escaped U+2028"),
    pytest.param('"summary":"Contact', '"summary":"\u2028\ufeff\U0001f680Contact', id="raw U+2028"),
    pytest.param('"mission":"Luna-25"', '"mission":"Луна-25"', id="Cyrillic mission"),
    pytest.param('"mission":"Luna-25"', '"mission":""', id="empty mission"),
    pytest.param('"supersedes":"ev-0000000000000000"', '"supersedes":""', id="empty supersedes"),
    pytest.param('"id":"', '"id":"\x7f', id="DEL in the id"),
    pytest.param('"id":"', '"id":" ', id="space in the id"),
    pytest.param('"kind":"loss_of_contact"', '"kind":"launch","kind":"impact"', id="key twice"),
    pytest.param('"mission":"Luna-25"', '"mission":null,"mission":"Luna-25"', id="null, then"),
    pytest.param('"tz":"Europe/Moscow"', '"tz":null', id="zone null"),
]


@pytest.mark.parametrize(("old", "new"), SPELLINGS)
def test_odd_spellings_replay_as_validation_reads_them(tmp_path: Path, old: str, new: str) -> None:
    assert old in FULL
    line = FULL.replace(old, new, 1).encode()
    assert_replays_as_validated(write_log(tmp_path, [line]), [line])


# -- bytes that are not UTF-8, in every kind of string ---------------------------------

NOT_UTF8 = [
    pytest.param(b"\xff", id="0xff"),
    pytest.param(b"\xc0\x80", id="overlong NUL"),
    pytest.param(b"\xed\xa0\x80", id="encoded surrogate"),
    pytest.param(b"\xf4\x90\x80\x80", id="past U+10FFFF"),
    pytest.param(b"\xe2\x82", id="cut short"),
]
STRINGS = [
    pytest.param(b'"summary":"', id="summary"),
    pytest.param(b'"tz":"Europe/Moscow', id="zone"),
    pytest.param(b'"id":"', id="id"),
    pytest.param(b'"supersedes":"', id="supersedes"),
    pytest.param(b'"quote":"', id="quote"),
]


@pytest.mark.parametrize("where", STRINGS)
@pytest.mark.parametrize("bad", NOT_UTF8)
def test_bytes_that_are_not_utf8_are_the_logs_error(
    tmp_path: Path, where: bytes, bad: bytes
) -> None:
    plain = FULL.replace('"id":"ev-', '"id":"ok-').encode()
    line = FULL.encode().replace(where, where + bad, 1)
    assert line != FULL.encode()
    with pytest.raises(lm.EventLogError) as info:
        write_log(tmp_path, [plain, line, plain]).replay()
    assert info.value.code == "corrupt_line"
    assert "line 3" in str(info.value)


# -- line ends and space around a line ------------------------------------------------

ENDS = [
    pytest.param(b"\r", id="CRLF"),
    pytest.param(b" ", id="trailing space"),
    pytest.param(b"\t", id="trailing tab"),
    pytest.param(b"\x0c", id="form feed"),
    pytest.param(b"\x00", id="NUL"),
    pytest.param(b"\xc2\xa0", id="no-break space"),
]


@pytest.mark.parametrize("tail", ENDS)
def test_what_follows_a_line_is_read_as_validation_reads_it(tmp_path: Path, tail: bytes) -> None:
    lines = [FULL.encode() + tail, FULL.replace('"id":"ev-', '"id":"b-').encode()]
    assert_replays_as_validated(write_log(tmp_path, lines), lines)


def test_a_log_written_with_crlf_throughout_replays(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    lines = [FULL.encode(), FULL.replace('"id":"ev-', '"id":"b-').encode()]
    path.write_bytes(HEADER.replace(b"\n", b"\r\n") + b"".join(ln + b"\r\n" for ln in lines))
    assert_same_timeline(EventLog(path).replay(), [Event.model_validate_json(ln) for ln in lines])


# -- repeated lines, and ids that are spelled two ways --------------------------------


@pytest.mark.parametrize("chunk", [1, 7, 64, 1 << 20])
def test_repeated_lines_are_kept_once_across_chunks(tmp_path: Path, chunk: int) -> None:
    other = FULL.replace('"id":"ev-', '"id":"b-').encode()
    lines = [FULL.encode(), other, FULL.encode(), FULL.encode(), other]
    log = write_log(tmp_path, lines)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(eventlog, "_CHUNK", chunk)
        replayed = log.replay()
    assert len(replayed.revisions) == 2
    assert_same_timeline(replayed, [Event.model_validate_json(ln) for ln in lines])


def test_one_event_spelled_two_ways_is_kept_once(tmp_path: Path) -> None:
    escaped = FULL.replace('"summary":"Contact', '"summary":"\\u0043ontact').replace(
        '"id":"ev-', '"id":"\\u0065v-'
    )
    lines = [FULL.encode(), escaped.encode()]
    replayed = write_log(tmp_path, lines).replay()
    assert replayed.revisions == [Event.model_validate_json(FULL)]


def test_two_events_whose_ids_differ_only_by_escapes_are_refused(tmp_path: Path) -> None:
    clash = FULL.replace('"id":"ev-', '"id":"e\\u0076-').replace(
        '"summary":"Contact', '"summary":"'
    )
    with pytest.raises(lm.EventLogError) as info:
        write_log(tmp_path, [FULL.encode(), clash.encode()]).replay()
    assert info.value.code == "duplicate_id"


# -- revisions: a chain of supersedes -------------------------------------------------


def test_a_chain_of_revisions_replays_as_the_events_do(tmp_path: Path) -> None:
    first = Event(
        kind="landing",
        mission="Luna-25",
        status="planned",
        when=Timestamp.from_iso("2023-08-21[Europe/Moscow]"),
        recorded="2023-08-11",
    )
    second = Event(
        kind="landing",
        mission="Luna-25",
        status="planned",
        when=Timestamp.from_iso("2023-08-21T10:00+03:00[Europe/Moscow]"),
        recorded="2023-08-14",
        supersedes=first.id,
    )
    third = Event(
        kind="landing",
        mission="Luna-25",
        status="cancelled",
        recorded="2023-08-20",
        supersedes=second.id,
    )
    lines = [ev.model_dump_json().encode() for ev in (third, first, second)]
    log = write_log(tmp_path, lines)
    replayed = log.replay()
    assert_same_timeline(replayed, [third, first, second])
    built = Timeline([third, first, second])
    assert replayed.history(first.id) == built.history(first.id)
    assert replayed.as_of("2023-08-15") == built.as_of("2023-08-15")


# -- any event, its line lightly rewritten, any chunk size ------------------------------

REWRITES = [
    ("none", lambda text: text),
    ("escaped summary", lambda text: text.replace('"summary":"', '"summary":"\\u0041', 1)),
    ("space after kind", lambda text: text.replace('"kind":', '"kind": ', 1)),
    ("status first", lambda text: _swap_first_keys(text)),
    ("Z for +00:00", lambda text: text.replace('+00:00","tz"', 'Z","tz"', 1)),
    ("recorded dropped", lambda text: _drop_recorded(text)),
    ("CR", lambda text: text + "\r"),
]


def _swap_first_keys(text: str) -> str:
    data = json.loads(text)
    kind = data.pop("kind")
    return json.dumps({"status": data.pop("status"), "kind": kind, **data}, ensure_ascii=False)


def _drop_recorded(text: str) -> str:
    data = json.loads(text)
    data["recorded"] = None
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(events, min_size=1, max_size=8, unique_by=lambda e: e.id),
    st.lists(st.sampled_from(range(len(REWRITES))), min_size=8, max_size=8),
    st.integers(1, 300),
)
def test_rewritten_lines_replay_as_validation_reads_them(
    tmp_path_factory: pytest.TempPathFactory, written: list[Event], how: list[int], chunk: int
) -> None:
    lines = [
        REWRITES[k][1](ev.model_dump_json()).encode() for ev, k in zip(written, how, strict=False)
    ]
    log = write_log(tmp_path_factory.mktemp("log"), lines)
    expected = validated(lines)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(eventlog, "_CHUNK", chunk)
        if expected is None:
            with pytest.raises(lm.EventLogError):
                log.replay()
            return
        replayed = log.replay()
    try:
        Timeline(expected)
    except lm.TimelineError:  # the rewrite made two events share an id
        return
    assert_same_timeline(replayed, expected)


# -- a sweep of wall clocks around offset changes in zones with odd offsets --------------

SWEEP_ZONES = [
    "Australia/Lord_Howe",
    "America/St_Johns",
    "Asia/Kathmandu",
    "Pacific/Chatham",
    "Europe/Dublin",
    "Africa/Casablanca",
    "America/Sao_Paulo",
    "Pacific/Apia",
    "Asia/Tehran",
    "Europe/Moscow",
]


def _sweep_lines(zone_name: str) -> list[bytes]:
    zone = lm.zones.get_zone(zone_name)
    changes = getattr(zone, "_utc_transition_times", [])[1:]
    every = max(1, len(changes) // 12)
    picks = [*changes[::every], datetime(1850, 6, 1), datetime(2050, 6, 1)]
    lines: list[bytes] = []
    for moment in picks:
        for step in (-3601, -1, 0, 1, 1800, 86400):
            utc = (moment + timedelta(seconds=step)).replace(tzinfo=UTC)
            local = lm.zones.to_zone(utc, zone_name)
            wall = local.replace(tzinfo=None)
            for precision, cut in (
                ("second", {}),
                ("hour", {"minute": 0, "second": 0}),
                ("day", {"hour": 0, "minute": 0, "second": 0}),
            ):
                offset = lm.zones.format_offset(local.utcoffset() or timedelta(0))
                text = wall.replace(**cut).isoformat() + offset
                lines.append(
                    when_line(text, zone_name, precision, ident=f"{zone_name}-{len(lines)}")
                )
    return lines


@pytest.mark.parametrize("zone_name", SWEEP_ZONES)
def test_wall_clocks_around_offset_changes_replay_as_validation_reads_them(
    tmp_path: Path, zone_name: str
) -> None:
    lines = [line for line in _sweep_lines(zone_name) if validated([line]) is not None]
    assert lines
    assert_replays_as_validated(write_log(tmp_path, lines), lines)
