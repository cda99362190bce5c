"""Text for people: timestamps to their precision with zone and hedges; the table."""

from __future__ import annotations

import pytest

import lunamission as lm

iso = lm.Timestamp.from_iso


@pytest.mark.parametrize(
    ("text", "local", "utc"),
    [
        # every precision, in the zone's own abbreviation
        (
            "2023-08-11T02:10:57+03:00[Europe/Moscow]",
            "2023-08-11 02:10:57 MSK",
            "2023-08-10 23:10:57Z",
        ),
        ("2023-08-11T02:10+03:00[Europe/Moscow]", "2023-08-11 02:10 MSK", "2023-08-10 23:10Z"),
        ("2023-08-11T02+03:00[Europe/Moscow]", "2023-08-11 02:00 MSK", "2023-08-10 23:00Z"),
        ("2023-08-23[Asia/Kolkata]", "2023-08-23 IST", "2023-08-22 18:30Z"),
        ("2024-01[Asia/Tokyo]", "2024-01 JST", "2023-12-31 15:00Z"),
        ("2026[UTC]", "2026 UTC", "2026-01-01 00:00Z"),
        # zones with no abbreviation, or an ambiguous one, show their name
        (
            "2024-06-02T06:23+08:00[Asia/Shanghai]",
            "2024-06-02 06:23 Asia/Shanghai",
            "2024-06-01 22:23Z",
        ),
        ("2023-08-11T02:10+03:00", "2023-08-11 02:10 +03:00", "2023-08-10 23:10Z"),
        # hedges: about, no earlier than, no later than
        (
            "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]",
            "~2023-08-19 14:57 MSK",
            "~2023-08-19 11:57Z",
        ),
        ("2023-08-11[UTC][_qualifier=not_before]", "NET 2023-08-11 UTC", "NET 2023-08-11 00:00Z"),
        ("2024[UTC][_qualifier=not_after]", "NLT 2024 UTC", "NLT 2025-01-01 00:00Z"),
        ("2027[Europe/Moscow][_qualifier=not_after]", "NLT 2027 MSK", "NLT 2027-12-31 21:00Z"),
    ],
)
def test_format_when_and_utc(text: str, local: str, utc: str) -> None:
    ts = iso(text)
    assert lm.format_when(ts) == local
    assert lm.format_utc(ts) == utc


def test_table_lists_dated_then_undated_with_met_and_quote() -> None:
    tl = lm.Timeline(
        [
            lm.Event(kind="impact", mission="Luna-25", summary="Hit the surface."),
            lm.Event(
                kind="launch",
                mission="Luna-25",
                when=iso("2023-08-11T02:10+03:00[Europe/Moscow]"),
                source=lm.Source(quote="The rocket  lifted off\nfrom Vostochny " + "on time " * 20),
            ),
            lm.Event(
                kind="orbit_insertion", mission="Luna-25", when=iso("2023-08-16[Europe/Moscow]")
            ),
        ]
    )
    lines = lm.format_table(tl).splitlines()
    assert lines[0].split() == [
        "UTC",
        "LOCAL",
        "PRECISION",
        "STATUS",
        "KIND",
        "MISSION",
        "MET",
        "SOURCE",
    ]
    assert (
        "launch" in lines[1]
        and "L+0m" in lines[1]
        and '"The rocket lifted off from Vostochny' in lines[1]
    )
    assert lines[1].endswith('…"')
    assert "orbit_insertion" in lines[2] and "L+5d" in lines[2]
    assert "undated" in lines[3] and "impact" in lines[3] and '"Hit the surface."' in lines[3]


def test_empty_table_says_so() -> None:
    assert lm.format_table(lm.Timeline()) == "(no events)"
