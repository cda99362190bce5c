"""Exports read back by their real consumers: csv, pandas, icalendar, JSON Schema."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import jsonschema
import pandas as pd
import pytest

import lunamission as lm
from lunamission import Event, Timeline, Timestamp
from lunamission.export import COLUMNS, FORMATS, MissingExtraError, to_json

iso = Timestamp.from_iso
UTC = timezone.utc
NOTE = 'Roscosmos said: "contact lost"; a burn, then silence — Луна-25 \\ done\nnext line'


def timeline() -> Timeline:
    src = lm.Source(
        document="tass-0821",
        publisher="TASS",
        published=date(2023, 8, 21),
        quote="The probe was launched at 2:10 a.m. Moscow time.",
    )
    plan = Event(
        kind="landing",
        mission="Luna-25",
        status="planned",
        when=iso("2023-08-21[Europe/Moscow]"),
        recorded=date(2023, 8, 11),
    )
    moved = Event(
        kind="landing",
        mission="Luna-25",
        status="planned",
        supersedes=plan.id,
        when=iso("2023-08-22[Europe/Moscow]"),
        recorded=date(2023, 8, 17),
    )
    return Timeline(
        [
            Event(
                kind="launch",
                mission="Luna-25",
                vehicle="Soyuz-2.1b",
                site="Vostochny",
                when=iso("2023-08-11T02:10+03:00[Europe/Moscow]"),
                source=src,
            ),
            Event(
                kind="trajectory_correction",
                mission="Luna-25",
                summary=NOTE,
                when=iso("2023-08-12[Europe/Moscow]"),
            ),
            Event(
                kind="loss_of_contact",
                mission="Luna-25",
                when=iso("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]"),
            ),
            plan,
            moved,
            Event(kind="impact", mission="Luna-25", outcome="failure"),
            Event(
                kind="launch",
                mission="Chang'e-6",
                when=iso("2024-05-03T17:27:21+08:00[Asia/Shanghai]"),
            ),
            Event(kind="orbit_insertion", mission="Chang'e-6", when=iso("2024-05[Asia/Shanghai]")),
            Event(
                kind="launch",
                mission="Luna-26",
                status="planned",
                when=iso("2027[Europe/Moscow][_qualifier=not_before]"),
            ),
            Event(
                kind="end_of_mission",
                mission="SLIM",
                status="cancelled",
                when=iso("2024-08-15[Asia/Tokyo][_qualifier=not_after]"),
            ),
        ]
    )


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# CSV, read back by the csv module
def test_csv_rows_are_the_events() -> None:
    tl = timeline()
    rows = list(csv.DictReader(io.StringIO(tl.to_csv(), newline="")))
    assert tuple(rows[0].keys()) == COLUMNS
    assert [r["id"] for r in rows] == [ev.id for ev in tl]
    for row, ev in zip(rows, tl, strict=True):
        assert row["kind"] == ev.kind.value
        assert row["status"] == ev.status.value
        assert row["summary"] == ev.summary
        if ev.when is None:
            assert row["utc"] == row["earliest"] == row["latest"] == row["local"] == ""
            continue
        assert Timestamp.from_iso(row["local"]) == ev.when
        assert row["utc"] == utc_text(ev.when.utc)
        assert row["approximate"] == ("true" if ev.when.approximate else "false")
        assert row["earliest"] == (
            "" if ev.when.qualifier == "not_after" else utc_text(ev.when.earliest)
        )
        assert row["latest"] == (
            "" if ev.when.qualifier == "not_before" else utc_text(ev.when.latest)
        )


def test_csv_is_rfc_4180_and_can_hold_every_revision() -> None:
    tl = timeline()
    text = tl.to_csv(revisions=True)
    assert text.endswith("\r\n")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == len(tl.revisions) == len(tl) + 1
    moved = next(r for r in rows if r["supersedes"])
    assert moved["recorded"] == "2023-08-17"


# pandas
def test_pandas_frame_has_utc_times_and_nat_for_open_bounds() -> None:
    tl = timeline()
    df = tl.to_pandas()
    assert tuple(df.columns) == COLUMNS
    for column in ("utc", "earliest", "latest"):
        assert str(df[column].dtype) == "datetime64[ns, UTC]"
    by_id = df.set_index("id")
    for ev in tl:
        row = by_id.loc[ev.id]
        if ev.when is None:
            assert pd.isna(row["utc"]) and pd.isna(row["earliest"]) and pd.isna(row["latest"])
            continue
        assert row["utc"] == pd.Timestamp(ev.when.utc)
        assert row["local"] == ev.when.isoformat()
        if ev.when.qualifier == "not_before":
            assert pd.isna(row["latest"])
        else:
            assert row["latest"] == pd.Timestamp(ev.when.latest)
        if ev.when.qualifier == "not_after":
            assert pd.isna(row["earliest"])
        else:
            assert row["earliest"] == pd.Timestamp(ev.when.earliest)
    assert isinstance(df["kind"].dtype, pd.CategoricalDtype)
    assert not any(isinstance(t, pd.PeriodDtype) for t in df.dtypes)


def test_pandas_masks_find_what_the_timeline_finds() -> None:
    tl = timeline()
    df = tl.to_pandas()
    lo, hi = datetime(2023, 8, 19, 11, 50, tzinfo=UTC), datetime(2023, 8, 19, 11, 51, tzinfo=UTC)
    mask = (df["earliest"].isna() | (df["earliest"] < hi)) & (
        df["latest"].isna() | (df["latest"] > lo)
    )
    mask &= df["utc"].notna()
    assert sorted(df.loc[mask, "id"]) == sorted(ev.id for ev in tl.filter(start=lo, end=hi))


def test_an_empty_timeline_is_an_empty_frame() -> None:
    df = Timeline().to_pandas()
    assert len(df) == 0
    assert tuple(df.columns) == COLUMNS


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"lunamission\[pandas\]"):
        timeline().to_pandas()


# iCalendar, read back by the icalendar package
def _calendar(text: str) -> list[icalendar.cal.Component]:
    return list(icalendar.Calendar.from_ical(text).walk("VEVENT"))


def test_ics_events_have_the_right_kind_of_start() -> None:
    tl = timeline()
    text = tl.to_ics()
    events = {str(c.get("UID")).removesuffix("@lunamission"): c for c in _calendar(text)}
    launch = events[tl.revisions[0].id]
    assert launch.decoded("DTSTART") == datetime(2023, 8, 10, 23, 10, tzinfo=UTC)
    assert launch.decoded("DTEND") == datetime(2023, 8, 10, 23, 11, tzinfo=UTC)
    assert "DTSTART:20230810T231000Z" in text.split("\r\n")
    correction = events[tl.revisions[1].id]
    assert correction.decoded("DTSTART") == date(2023, 8, 12)
    assert correction.decoded("DTEND") == date(2023, 8, 13)
    month = events[tl.revisions[7].id]
    assert (month.decoded("DTSTART"), month.decoded("DTEND")) == (
        date(2024, 5, 1),
        date(2024, 6, 1),
    )
    year = events[tl.revisions[8].id]
    assert (year.decoded("DTSTART"), year.decoded("DTEND")) == (date(2027, 1, 1), date(2028, 1, 1))
    assert len(events) == len(tl.dated)  # the undated impact is left out


def test_ics_reschedules_keep_the_uid_and_count_the_sequence() -> None:
    tl = timeline()
    plan, moved = tl.revisions[3], tl.revisions[4]
    (landing,) = [
        c for c in _calendar(tl.to_ics()) if str(c.get("CATEGORIES").cats[0]) == "landing"
    ]
    assert str(landing.get("UID")) == f"{plan.id}@lunamission"
    assert int(landing.get("SEQUENCE")) == 1
    assert landing.decoded("DTSTART") == moved.when.local.date()  # type: ignore[union-attr]
    assert str(landing.get("STATUS")) == "TENTATIVE"


def test_ics_status_text_escaping_and_folding() -> None:
    text = timeline().to_ics()
    lines = text.split("\r\n")
    assert text.endswith("\r\n")
    assert all(len(line.encode()) <= 75 for line in lines)
    assert any(line.startswith(" ") for line in lines)  # something was folded
    events = _calendar(text)
    statuses = {str(c.get("STATUS")) for c in events}
    assert statuses == {"CONFIRMED", "TENTATIVE", "CANCELLED"}
    correction = next(c for c in events if "trajectory" in str(c.get("SUMMARY")))
    assert str(correction.get("DESCRIPTION")).startswith(NOTE)


def test_ics_refuses_undated_events_when_asked() -> None:
    with pytest.raises(lm.TimelineError) as info:
        timeline().to_ics(undated="raise")
    assert info.value.code == "undated"


# TimelineJS, validated against the shape TimelineJS 3 reads
DATE = {
    "type": "object",
    "required": ["year"],
    "properties": {
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "hour": {"type": "integer", "minimum": 0, "maximum": 23},
        "minute": {"type": "integer", "minimum": 0, "maximum": 59},
        "second": {"type": "integer", "minimum": 0, "maximum": 59},
        "display_date": {"type": "string"},
    },
    "additionalProperties": False,
}
TIMELINEJS = {
    "type": "object",
    "required": ["events"],
    "properties": {
        "scale": {"enum": ["human", "cosmological"]},
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start_date", "text"],
                "properties": {
                    "start_date": DATE,
                    "text": {"type": "object", "required": ["headline"]},
                    "group": {"type": "string"},
                    "unique_id": {"type": "string"},
                },
            },
        },
    },
}

DISPLAY = [
    (
        "2023-08-11T02:10+03:00[Europe/Moscow]",
        ["year", "month", "day", "hour", "minute"],
        "11 Aug 2023, 02:10 MSK",
    ),
    (
        "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]",
        ["year", "month", "day", "hour", "minute"],
        "19 Aug 2023, about 14:57 MSK",
    ),
    ("2023-08-12[Europe/Moscow]", ["year", "month", "day"], "12 Aug 2023"),
    ("2024-05[Asia/Shanghai]", ["year", "month"], "May 2024"),
    ("2027[Europe/Moscow][_qualifier=not_before]", ["year"], "NET 2027"),
    (
        "2024-05-03T17:27:21+08:00[Asia/Shanghai]",
        ["year", "month", "day", "hour", "minute", "second"],
        "3 May 2024, 17:27:21 CST",
    ),
    ("2023-08-11T02+05:30[+05:30]", ["year", "month", "day", "hour"], "11 Aug 2023, 02h UTC+05:30"),
]


def test_timelinejs_document_is_valid() -> None:
    doc = json.loads(timeline().to_timelinejs())
    jsonschema.validate(doc, TIMELINEJS)
    assert {e["group"] for e in doc["events"]} == {"Luna-25", "Chang'e-6", "Luna-26", "SLIM"}
    assert len(doc["events"]) == len(timeline().dated)


@pytest.mark.parametrize(("when", "fields", "display"), DISPLAY, ids=[d[2] for d in DISPLAY])
def test_timelinejs_dates_are_truncated_to_the_precision(
    when: str, fields: list[str], display: str
) -> None:
    tl = Timeline([Event(kind="launch", mission="M", when=iso(when))])
    (slide,) = json.loads(tl.to_timelinejs())["events"]
    start = slide["start_date"]
    assert [k for k in start if k != "display_date"] == fields
    assert start["display_date"] == display
    ts = iso(when)
    assert [start[k] for k in fields] == [getattr(ts.local, k) for k in fields]


def test_timelinejs_refuses_undated_events_when_asked() -> None:
    with pytest.raises(lm.TimelineError) as info:
        timeline().to_timelinejs(undated="raise")
    assert info.value.code == "undated"


# JSON and JSON Lines
def test_json_export_validates_against_the_timeline_schema() -> None:
    tl = timeline()
    text = to_json(tl)
    jsonschema.validate(json.loads(text), Timeline.json_schema())
    assert Timeline.model_validate_json(text) == tl


def test_jsonl_export_is_an_event_log(tmp_path: Path) -> None:
    tl = timeline()
    path = tmp_path / "export.jsonl"
    path.write_text(tl.to_jsonl(), encoding="utf-8")
    assert lm.EventLog(path).replay() == tl


# The registry the command line offers
def test_formats_registry_covers_the_text_formats() -> None:
    assert set(FORMATS) >= {"csv", "json", "jsonl", "ics", "timelinejs"}
    tl = timeline()
    for name, export in FORMATS.items():
        text = export(tl)
        assert isinstance(text, str) and text.endswith("\n"), name


def test_cli_extract_offers_the_formats(capsys: pytest.CaptureFixture[str]) -> None:
    from lunamission.cli import main

    article = Path(__file__).parent.parent / "examples" / "luna25_tass_style.txt"
    if not article.exists():
        pytest.skip("example article not present")
    assert main(["extract", str(article), "--published", "2023-08-21", "--format", "ics"]) == 0
    assert _calendar(capsys.readouterr().out)


def test_exports_do_not_lose_time_for_far_dates() -> None:
    far = Event(kind="launch", mission="Sputnik 1", when=iso("1957-10-04T19:28:34Z"))
    df = Timeline([far]).to_pandas()
    assert df.loc[0, "utc"] == pd.Timestamp("1957-10-04T19:28:34Z")
    assert df.loc[0, "latest"] - df.loc[0, "utc"] == timedelta(seconds=1)


def test_timelinejs_text_is_escaped_html() -> None:
    ev = Event(
        kind="anomaly",
        mission="Luna-25",
        summary="<b>engine</b> fired 84 s, not 57 s & lost",
        when=iso("2023-08-19[Europe/Moscow]"),
    )
    (slide,) = json.loads(Timeline([ev]).to_timelinejs())["events"]
    assert slide["text"]["text"] == "&lt;b&gt;engine&lt;/b&gt; fired 84 s, not 57 s &amp; lost"
