"""Timeline pictures: rows, markers, uncertainty bars, the PNG file, the missing extra."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import matplotlib.dates as mdates
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from PIL import Image

import lunamission as lm
from lunamission import Event, Timeline, Timestamp
from lunamission.export import MissingExtraError

iso = Timestamp.from_iso


def lunar() -> Timeline:
    return Timeline(
        [
            Event(
                kind="launch", mission="Luna-25", when=iso("2023-08-11T02:10+03:00[Europe/Moscow]")
            ),
            Event(kind="orbit_insertion", mission="Luna-25", when=iso("2023-08-16[Europe/Moscow]")),
            Event(
                kind="loss_of_contact",
                mission="Luna-25",
                when=iso("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]"),
            ),
            Event(
                kind="landing",
                mission="Luna-25",
                status="planned",
                when=iso("2023-08-21[Europe/Moscow]"),
                recorded=date(2023, 8, 11),
            ),
            Event(kind="impact", mission="Luna-25", outcome="failure"),
            Event(
                kind="launch",
                mission="Chandrayaan-3",
                when=iso("2023-07-14T14:35+05:30[Asia/Kolkata]"),
            ),
            Event(
                kind="landing",
                mission="Chandrayaan-3",
                when=iso("2023-08-23T18:03+05:30[Asia/Kolkata]"),
            ),
            Event(
                kind="landing",
                mission="SLIM",
                status="planned",
                when=iso("2024-01[Asia/Tokyo][_qualifier=not_before]"),
            ),
            Event(
                kind="launch",
                mission="Luna-26",
                status="cancelled",
                when=iso("2027[Europe/Moscow]"),
            ),
        ]
    )


def _markers(fig: Figure) -> list[tuple[str, str, float]]:
    """(marker, face colour as hex, x) of every single-point line on the first axes."""
    out = []
    for line in fig.axes[0].get_lines():
        xs = line.get_xdata()
        if len(xs) == 1:
            face = to_hex(line.get_markerfacecolor())
            out.append((str(line.get_marker()), face, float(xs[0])))
    return out


def test_plot_writes_a_png(tmp_path: Path) -> None:
    out = tmp_path / "lunar.png"
    lunar().plot(title="Lunar missions, 2023").savefig(out, dpi=100)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(out) as image:
        width, height = image.size
    assert width == 1100
    assert height > 400


def test_one_row_per_mission_with_readable_labels() -> None:
    fig = lunar().plot()
    ax = fig.axes[0]
    top_down = [t.get_text() for t in reversed(ax.get_yticklabels())]
    assert top_down == ["Chandrayaan-3", "Luna-25", "SLIM", "Luna-26"]  # in time order
    labels = {t.get_text() for t in ax.texts}
    assert {"launch", "orbit insertion", "landing (planned)", "launch (cancelled)"} <= labels
    assert "1 undated event not shown: Luna-25 impact" in ax.get_xlabel()
    assert ax.get_title() == "Mission timeline"


def test_planned_and_cancelled_markers_are_hollow() -> None:
    fig = lunar().plot()
    white = "#ffffff"
    hollow = [m for m in _markers(fig) if m[1] == white]
    assert sorted(m[0] for m in hollow) == ["^", "v", "v"]  # 2 planned landings, 1 cancelled launch
    solid = [m for m in _markers(fig) if m[0] in ("^", "v", "o", "D") and m[1] != white]
    assert len(solid) == 5  # every dated actual event


def test_uncertainty_is_drawn_as_a_bar_over_the_interval() -> None:
    tl = lunar()
    fig = tl.plot()
    bars = [
        tuple(float(x) for x in line.get_xdata())
        for line in fig.axes[0].get_lines()
        if len(line.get_xdata()) == 2
    ]
    orbit = tl.first("orbit_insertion")
    assert orbit is not None and orbit.when is not None
    day = (mdates.date2num(orbit.when.earliest), mdates.date2num(orbit.when.latest))
    assert any(abs(a - day[0]) < 1e-9 and abs(b - day[1]) < 1e-9 for a, b in bars)
    # a NET date runs on to the right edge, with an arrow
    right = fig.axes[0].get_xlim()[1]
    assert any(abs(b - right) < 1e-9 for _, b in bars)
    assert any(marker == ">" and abs(x - right) < 1e-9 for marker, _, x in _markers(fig))


def test_crowded_plots_drop_per_marker_labels() -> None:
    many = [
        Event(
            kind="other",
            mission=f"M{i % 5}",
            summary=str(i),
            when=Timestamp.from_datetime(
                iso("2023-01-01T00:00Z").utc.replace(day=1 + i % 28, hour=i % 24), precision="hour"
            ),
        )
        for i in range(60)
    ]
    assert not Timeline(many).plot().axes[0].texts
    assert Timeline(many).plot(labels=True).axes[0].texts


def test_plot_into_existing_axes() -> None:
    fig = Figure()
    ax = fig.add_subplot()
    assert lunar().plot(ax=ax) is fig
    assert ax.get_lines()


def test_an_empty_timeline_still_draws() -> None:
    fig = Timeline([Event(kind="impact", mission="Luna-25")]).plot()
    assert "1 undated event" in fig.axes[0].get_xlabel()


def test_missing_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtraError, match=r"lunamission\[plot\]"):
        lunar().plot()


# The command line: lunamission plot FILE --out PNG
def test_cli_plot_writes_the_picture(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from lunamission.cli import main

    log = tmp_path / "lunar.jsonl"
    lm.EventLog(log).extend(lunar().revisions)
    out = tmp_path / "cli.png"
    assert (
        main(["plot", str(log), "--out", str(out), "--mission", "Luna-25", "--title", "Luna-25"])
        == 0
    )
    assert out.read_bytes()[:4] == b"\x89PNG"
    assert f"wrote {out}" in capsys.readouterr().out


def test_cli_plot_without_matplotlib_is_one_error_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from lunamission.cli import main

    source = tmp_path / "lunar.json"
    source.write_text(lunar().model_dump_json(), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    assert main(["plot", str(source), "--out", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert "lunamission[plot]" in err
    assert "Traceback" not in err
