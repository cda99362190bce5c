"""Interchange with catalogues: GCAT vague dates, EDTF strings, Launch Library 2 records."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import lunamission as lm
from lunamission import Event, Timestamp
from lunamission.export import from_edtf, from_gcat, from_ll2, to_edtf, to_gcat, to_ll2

iso = Timestamp.from_iso
UTC = timezone.utc

# GCAT: valid dates, by precision, then hedges
GCAT = [
    # precisions
    ("2023 Aug 10 2310:57", "2023-08-10T23:10:57+00:00[UTC]", False),
    ("2023 Aug 10 2310", "2023-08-10T23:10+00:00[UTC]", False),
    ("2023 Aug 10 23h", "2023-08-10T23+00:00[UTC]", False),
    ("2023 Aug 10", "2023-08-10[UTC]", False),
    ("1957 Oct  4", "1957-10-04[UTC]", False),
    ("2023 Aug", "2023-08[UTC]", False),
    ("2023", "2023[UTC]", False),
    # uncertain and scheduled
    ("1957 Oct  4?", "1957-10-04[UTC][_approximate=true]", False),
    ("2026 Jul s", "2026-07[UTC]", True),
    ("2026 Jul 15 1200?s", "2026-07-15T12:00+00:00[UTC][_approximate=true]", True),
    ("2026 s", "2026[UTC]", True),
    # spelling leeway
    ("  2023 AUG 10  ", "2023-08-10[UTC]", False),
]


@pytest.mark.parametrize(("text", "expected", "scheduled"), GCAT, ids=[g[0].strip() for g in GCAT])
def test_gcat_dates_read(text: str, expected: str, scheduled: bool) -> None:
    read = from_gcat(text)
    assert read.when.isoformat() == expected
    assert read.scheduled is scheduled


BAD_GCAT = [
    # not a GCAT date
    ("2023-08-10", "bad_gcat", "-08-10"),
    ("Aug 2023", "bad_gcat", "Aug 2023"),
    ("2023 Aug 10 23:10", "bad_gcat", "23:10"),
    ("", "bad_gcat", None),
    # impossible or too fine
    ("2023 Feb 30", "bad_gcat", None),
    ("2023 Aug 10 2510", "bad_gcat", None),
    ("2023 Auq 10", "bad_gcat", "Auq"),
    ("2023 Aug 10 2310:57.25", "bad_gcat", ".25"),
    ("2023 Aug 10??", "bad_gcat", "??"),
]


@pytest.mark.parametrize(
    ("text", "code", "caret"), BAD_GCAT, ids=[b[0] or "empty" for b in BAD_GCAT]
)
def test_bad_gcat_dates_are_refused_with_a_caret(text: str, code: str, caret: str | None) -> None:
    with pytest.raises(lm.TimestampError) as info:
        from_gcat(text)
    assert info.value.code == code
    if caret is not None:
        assert info.value.span is not None
        assert text[info.value.span[0] : info.value.span[1]] == caret


GCAT_OUT = [
    # exact: the same UTC interval
    ("2023-08-11T02:10+03:00[Europe/Moscow]", False, "2023 Aug 10 2310"),
    ("2023-08-10T23:10:57Z", False, "2023 Aug 10 2310:57"),
    ("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]", False, "2023 Aug 19 1157?"),
    ("1957-10-04[UTC]", False, "1957 Oct  4"),
    ("2023[UTC][_approximate=true]", False, "2023?"),
    # widened: a Moscow day is not a UTC day
    ("2023-08-12[Europe/Moscow]", True, "2023 Aug 12?"),
    ("2023-08[Europe/Moscow]", True, "2023 Aug?"),
]


@pytest.mark.parametrize(("when", "widen", "expected"), GCAT_OUT, ids=[g[2] for g in GCAT_OUT])
def test_gcat_dates_written(when: str, widen: bool, expected: str) -> None:
    ts = iso(when)
    assert to_gcat(ts, widen=widen) == expected
    back = from_gcat(expected).when
    assert back.earliest <= ts.earliest and ts.latest <= back.latest  # never narrower
    if not widen:
        assert back.interval == ts.interval


def test_gcat_refuses_what_it_cannot_say() -> None:
    with pytest.raises(lm.TimestampError) as info:
        to_gcat(iso("2023-08-12[Europe/Moscow]"))
    assert info.value.code == "not_representable"
    with pytest.raises(lm.TimestampError) as info:
        to_gcat(iso("2027[UTC][_qualifier=not_before]"), widen=True)
    assert info.value.code == "not_representable"
    assert to_gcat(iso("2026-07[UTC]"), scheduled=True) == "2026 Jul s"


UTC_STAMPS = st.builds(
    lambda moment, precision, approximate: Timestamp.from_datetime(
        moment.replace(
            microsecond=0,
            **{
                f: (1 if f in ("month", "day") else 0)
                for f in ("month", "day", "hour", "minute", "second")[precision.rank :]
            },
        ),
        precision=precision,
        approximate=approximate,
    ),
    st.datetimes(
        min_value=datetime(1957, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
    ),
    st.sampled_from(list(lm.Precision)),
    st.booleans(),
)


@given(UTC_STAMPS, st.booleans())
def test_gcat_round_trips_any_utc_timestamp(ts: Timestamp, scheduled: bool) -> None:
    read = from_gcat(to_gcat(ts, scheduled=scheduled))
    assert read.when == ts
    assert read.scheduled is scheduled


# EDTF: valid strings, by level
EDTF = [
    # level 0
    ("2023", "2023[Europe/Moscow]"),
    ("2023-08", "2023-08[Europe/Moscow]"),
    ("2023-08-11", "2023-08-11[Europe/Moscow]"),
    ("2023-08-10T23:10:05Z", "2023-08-11T02:10:05+03:00[Europe/Moscow]"),
    ("2023-08-11T02:10:05+03:00", "2023-08-11T02:10:05+03:00[Europe/Moscow]"),
    ("2023-08-11T02:10:05", "2023-08-11T02:10:05+03:00[Europe/Moscow]"),
    # level 1 qualifiers and unspecified digits
    ("2023-08~", "2023-08[Europe/Moscow][_approximate=true]"),
    ("2023-08?", "2023-08[Europe/Moscow][_approximate=true]"),
    ("2023-08-11%", "2023-08-11[Europe/Moscow][_approximate=true]"),
    ("2023-08-XX", "2023-08[Europe/Moscow]"),
    ("2023-XX-XX", "2023[Europe/Moscow]"),
    # level 1 open intervals
    ("2023-08-21/..", "2023-08-21[Europe/Moscow][_qualifier=not_before]"),
    ("../2024-12", "2024-12[Europe/Moscow][_qualifier=not_after]"),
]


@pytest.mark.parametrize(("text", "expected"), EDTF, ids=[e[0] for e in EDTF])
def test_edtf_strings_read(text: str, expected: str) -> None:
    assert from_edtf(text, tz="Europe/Moscow").isoformat() == expected


BAD_EDTF = [
    # no zone to put the date in
    ("2023-08-11", None, "no_zone"),
    ("2023-08-11T02:10:05", None, "no_zone"),
    # outside what one timestamp can be
    ("2023-08-11/2023-08-14", "UTC", "unsupported_edtf"),
    ("2023-21", "UTC", "unsupported_edtf"),
    ("2023-XX-11", "UTC", "unsupported_edtf"),
    ("2004-?06-11", "UTC", "unsupported_edtf"),
    # not EDTF, or impossible
    ("2023-13", "UTC", "bad_edtf"),
    ("2023-02-30", "UTC", "bad_iso"),
    ("11 August 2023", "UTC", "bad_edtf"),
    ("2023-08-11T02:10", "UTC", "bad_edtf"),
    ("Y170000002", "UTC", "bad_edtf"),
]


@pytest.mark.parametrize(("text", "tz", "code"), BAD_EDTF, ids=[b[0] for b in BAD_EDTF])
def test_bad_edtf_strings_are_refused(text: str, tz: str | None, code: str) -> None:
    with pytest.raises(lm.TimestampError) as info:
        from_edtf(text, tz=tz)
    assert info.value.code == code
    assert info.value.text == text


EDTF_OUT = [
    # exact
    ("2023-08-12[Europe/Moscow]", False, "2023-08-12"),
    ("2023-08[Asia/Tokyo][_approximate=true]", False, "2023-08~"),
    ("2023-08-10T23:10:57+00:00[UTC]", False, "2023-08-10T23:10:57Z"),
    ("2023-08-11T02:10:57+03:00[Europe/Moscow]", False, "2023-08-11T02:10:57+03:00"),
    ("2023-08-21[Europe/Moscow][_qualifier=not_before]", False, "2023-08-21/.."),
    ("2024[UTC][_qualifier=not_after]", False, "../2024"),
    # widened: EDTF has no minutes and no approximate times of day
    ("2023-08-11T02:10+03:00[Europe/Moscow]", True, "2023-08-11"),
    ("2023-08-19T23:57+03:00[Europe/Moscow][_approximate=true]", True, "2023-08-19~"),
]


@pytest.mark.parametrize(("when", "widen", "expected"), EDTF_OUT, ids=[e[2] for e in EDTF_OUT])
def test_edtf_strings_written(when: str, widen: bool, expected: str) -> None:
    ts = iso(when)
    assert to_edtf(ts, widen=widen) == expected
    back = from_edtf(expected, tz=ts.tz)
    if widen:
        assert back.earliest <= ts.earliest and ts.latest <= back.latest
        with pytest.raises(lm.TimestampError) as info:
            to_edtf(ts)
        assert info.value.code == "not_representable"
    else:
        assert back == ts


# Launch Library 2: records shaped like the API's, written for these tests
def record(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "5e2b7f4c-11aa-4d8e-9c7e-2a1d3f6b8c90",
        "name": "Soyuz 2.1b/Fregat | Luna-25",
        "net": "2023-08-10T23:10:57Z",
        "net_precision": {"id": 0, "name": "Second", "abbrev": "SEC"},
        "status": {"id": 3, "name": "Launch Successful", "abbrev": "Success"},
        "last_updated": "2023-08-12T09:41:03Z",
        "rocket": {"configuration": {"name": "Soyuz 2.1b/Fregat"}},
        "mission": {"name": "Luna-25"},
        "pad": {"name": "Site 1S", "location": {"name": "Vostochny Cosmodrome"}},
    }
    base.update(changes)
    return base


LL2 = [
    # precisions
    ("second", record(), "2023-08-10T23:10:57+00:00[UTC]"),
    (
        "minute",
        record(net="2023-07-14T09:05:00Z", net_precision={"name": "Minute"}),
        "2023-07-14T09:05+00:00[UTC]",
    ),
    (
        "hour",
        record(net="2024-05-03T09:00:00Z", net_precision={"name": "Hour"}),
        "2024-05-03T09+00:00[UTC]",
    ),
    (
        "day, truncated",
        record(net="2023-09-06T23:42:00Z", net_precision={"name": "Day"}),
        "2023-09-06[UTC]",
    ),
    (
        "month",
        record(net="2027-06-01T00:00:00Z", net_precision={"name": "Month", "abbrev": "MON"}),
        "2027-06[UTC]",
    ),
    ("year", record(net="2028-12-31T00:00:00Z", net_precision={"name": "Year"}), "2028[UTC]"),
    # status that changes the time's meaning
    (
        "to be determined",
        record(
            status={"abbrev": "TBD"}, net_precision={"name": "Month"}, net="2027-06-01T00:00:00Z"
        ),
        "2027-06[UTC][_qualifier=not_before]",
    ),
]


@pytest.mark.parametrize(("what", "data", "when"), LL2, ids=[c[0] for c in LL2])
def test_ll2_records_read(what: str, data: dict[str, Any], when: str) -> None:
    ev = from_ll2(data)
    assert ev.kind == lm.EventKind.LAUNCH
    assert ev.when is not None
    assert ev.when.isoformat() == when
    assert (ev.mission, ev.vehicle, ev.site) == ("Luna-25", "Soyuz 2.1b/Fregat", "Site 1S")
    assert ev.recorded == date(2023, 8, 12)
    assert ev.id == "ll2-5e2b7f4c-11aa-4d8e-9c7e-2a1d3f6b8c90"


STATUSES = [
    ({"abbrev": "Go"}, "planned", None),
    ({"name": "To Be Confirmed"}, "planned", None),
    ({"abbrev": "Hold"}, "planned", None),
    ({"abbrev": "Failure"}, "actual", "failure"),
    ({"name": "Launch was a Partial Failure"}, "actual", "partial"),
    ({"abbrev": "In Flight"}, "actual", None),
    ({"abbrev": "Payload Deployed"}, "actual", "success"),
]


@pytest.mark.parametrize(
    ("status", "expected", "outcome"), STATUSES, ids=[str(s[0]) for s in STATUSES]
)
def test_ll2_statuses_map_to_status_and_outcome(
    status: dict[str, str], expected: str, outcome: str | None
) -> None:
    ev = from_ll2(record(status=status))
    assert ev.status.value == expected
    assert (ev.outcome.value if ev.outcome else None) == outcome


def test_ll2_names_without_mission_objects_are_split() -> None:
    ev = from_ll2(record(mission=None, rocket=None))
    assert (ev.mission, ev.vehicle) == ("Luna-25", "Soyuz 2.1b/Fregat")


COARSE = [("Quarter (Q3)", "2026-08-15T00:00:00Z"), ("Half (H2)", "2026-12-31T00:00:00Z")]


@pytest.mark.parametrize(("name", "net"), COARSE, ids=[c[0] for c in COARSE])
def test_ll2_quarters_and_halves_are_refused_or_widened_to_the_year(name: str, net: str) -> None:
    data = record(net=net, net_precision={"name": name}, status={"abbrev": "TBC"})
    with pytest.raises(lm.TimestampError) as info:
        from_ll2(data)
    assert info.value.code == "unsupported_precision"
    assert from_ll2(data, on_coarse="widen").when == iso("2026[UTC]")


BAD_LL2 = [
    ("no net", record(net=None), "bad_ll2"),
    ("net not a time", record(net="soon"), "bad_ll2"),
    ("net without zone", record(net="2023-08-10T23:10:57"), "no_zone"),
    ("fraction of a second", record(net="2023-08-10T23:10:57.250Z"), "bad_ll2"),
    ("no precision", record(net_precision=None), "no_precision"),
    ("unknown precision", record(net_precision={"name": "Fortnight"}), "unsupported_precision"),
    ("fiscal year", record(net_precision={"name": "Fiscal Year"}), "unsupported_precision"),
    (
        "quarter that does not hold net",
        record(net_precision={"name": "Quarter (Q1)"}),
        "inconsistent_precision",
    ),
    ("unknown status", record(status={"abbrev": "Scrubbed"}), "bad_ll2"),
]


@pytest.mark.parametrize(("what", "data", "code"), BAD_LL2, ids=[b[0] for b in BAD_LL2])
def test_bad_ll2_records_are_refused(what: str, data: dict[str, Any], code: str) -> None:
    with pytest.raises(lm.TimestampError) as info:
        from_ll2(data)
    assert info.value.code == code


def test_ll2_default_precision_is_explicit() -> None:
    ev = from_ll2(
        record(net_precision=None, net="2023-08-10T23:10:00Z"), default_precision="minute"
    )
    assert ev.when == iso("2023-08-10T23:10Z")


LL2_OUT = [
    # exact
    (
        Event(
            kind="launch",
            mission="Luna-25",
            vehicle="Soyuz-2.1b",
            outcome="success",
            when=iso("2023-08-11T02:10:57+03:00[Europe/Moscow]"),
        ),
        False,
        "Second",
        "Success",
    ),
    (
        Event(
            kind="launch",
            mission="Luna-26",
            status="planned",
            when=iso("2027-06[UTC][_qualifier=not_before]"),
        ),
        False,
        "Month",
        "TBD",
    ),
    (
        Event(kind="launch", mission="SLIM", status="planned", when=iso("2023-09-07[UTC]")),
        False,
        "Day",
        "Go",
    ),
    # widened: a Tokyo day is not a UTC day, an approximate minute is not a minute
    (
        Event(kind="launch", mission="SLIM", status="planned", when=iso("2023-09-07[Asia/Tokyo]")),
        True,
        "Month",
        "Go",
    ),
    (
        Event(
            kind="launch",
            mission="Luna-25",
            when=iso("2023-08-11T02:10+03:00[Europe/Moscow][_approximate=true]"),
        ),
        True,
        "Hour",
        "In Flight",
    ),
]


@pytest.mark.parametrize(
    ("event", "widen", "precision", "status"), LL2_OUT, ids=[f"{c[2]} {c[3]}" for c in LL2_OUT]
)
def test_ll2_records_written_and_read_back(
    event: Event, widen: bool, precision: str, status: str
) -> None:
    out = to_ll2(event, widen=widen)
    assert out["net_precision"]["name"] == precision
    assert out["status"]["abbrev"] == status
    back = from_ll2(out)
    assert (back.kind, back.status, back.mission) == (event.kind, event.status, event.mission)
    assert back.when is not None and event.when is not None
    if widen:
        assert back.when.earliest <= event.when.earliest and event.when.latest <= back.when.latest
    else:
        assert back.when.interval == event.when.interval
        assert back.when.qualifier == event.when.qualifier


LL2_REFUSED = [
    (Event(kind="landing", mission="SLIM", when=iso("2024-01-19[UTC]")), "not_a_launch"),
    (
        Event(kind="launch", mission="Luna-26", status="cancelled", when=iso("2027[UTC]")),
        "not_representable",
    ),
    (Event(kind="launch", mission="Luna-25"), "undated"),
    (
        Event(kind="launch", mission="X", when=iso("2024[UTC][_qualifier=not_after]")),
        "not_representable",
    ),
    (Event(kind="launch", mission="X", when=iso("2023-09-07[Asia/Tokyo]")), "not_representable"),
]


@pytest.mark.parametrize(
    ("event", "code"), LL2_REFUSED, ids=[c[1] + " " + c[0].kind.value for c in LL2_REFUSED]
)
def test_ll2_refuses_what_it_cannot_hold(event: Event, code: str) -> None:
    with pytest.raises(lm.LunamissionError) as info:
        to_ll2(event)
    assert info.value.code == code


@given(UTC_STAMPS.filter(lambda ts: not ts.approximate))
def test_ll2_round_trips_any_utc_launch_time(ts: Timestamp) -> None:
    ev = Event(kind="launch", mission="Test", outcome="success", when=ts, recorded=date(2024, 1, 1))
    back = from_ll2(to_ll2(ev))
    assert back.when == ts
    assert back.recorded == ev.recorded
    assert back.when.utc - ts.utc == timedelta(0)
