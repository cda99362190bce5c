"""Timeline pictures: one row per mission, a marker per event, its uncertainty as a bar.

Where it sits: the end of the pipeline, beside the exports. Needs matplotlib
(``pip install 'lunamission[plot]'``), imported only when a picture is drawn;
without it :func:`plot` raises :class:`~lunamission.MissingExtraError`
naming the extra.

Each current, dated event is a marker at the middle of its unit (the minute,
the day...), shaped and coloured by kind; a bar spans its whole uncertainty
interval (a day-precision landing spans the day, "about 2:57 p.m." spans twenty
minutes, a NET date runs on to the right edge with an arrow). Planned events are
hollow markers, cancelled ones hollow and faded. Times are UTC. Undated events
cannot be placed: a note under the axis counts them.

>>> import lunamission as lm, tempfile, pathlib
>>> tl = lm.Timeline([lm.Event(kind="launch", mission="Luna-25",
...     when=lm.Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]"))])
>>> out = pathlib.Path(tempfile.mkdtemp()) / "luna25.png"
>>> plot(tl).savefig(out)
>>> out.stat().st_size > 0
True
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from .export._extras import require
from .models import Event, EventKind, Status
from .timestamp import UNBOUNDED_FUTURE, UNBOUNDED_PAST

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .timeline import Timeline

__all__ = ["plot"]

_MARKERS = {
    EventKind.LAUNCH: "^",
    EventKind.TRAJECTORY_CORRECTION: ">",
    EventKind.ORBIT_INSERTION: "o",
    EventKind.ORBIT_CHANGE: "h",
    EventKind.LANDING: "v",
    EventKind.IMPACT: "X",
    EventKind.LOSS_OF_CONTACT: "D",
    EventKind.CONTACT_RESTORED: "d",
    EventKind.DOCKING: "s",
    EventKind.UNDOCKING: "p",
    EventKind.DEORBIT: "P",
    EventKind.END_OF_MISSION: "*",
    EventKind.ANOMALY: "8",
    EventKind.OTHER: ".",
}
_NO_MISSION = "(no mission)"
_LABEL_LIMIT = 40  # events above which markers are not labelled one by one


def _middle(ev: Event) -> datetime:
    ts = ev.when
    assert ts is not None
    return ts.utc + (ts.end - ts.utc) / 2


def plot(
    timeline: Timeline,
    /,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    labels: bool | None = None,
) -> Figure:
    """Draw the timeline and return the matplotlib Figure (``.savefig(path)`` it).

    ``ax`` draws into existing axes; ``labels`` names each marker by its kind
    (by default only when there are at most 40 events).
    """
    require("matplotlib", "plot")
    mdates = require("matplotlib.dates", "plot")
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    def num(moment: datetime) -> float:
        return float(mdates.date2num(moment))

    events = [ev for ev in timeline if ev.when is not None]
    undated = [ev for ev in timeline if ev.when is None]
    rows = list(timeline.missions())
    if any(ev.mission is None for ev in events):
        rows.append(_NO_MISSION)
    if ax is None:
        fig = Figure(figsize=(11, 1.6 + 0.9 * max(1, len(rows))), layout="constrained")
        ax = fig.add_subplot()
    else:
        fig = ax.get_figure()  # type: ignore[assignment]
    row_of = {name: i for i, name in enumerate(reversed(rows))}
    key_of = {}
    for ev in events:
        if ev.mission is not None and ev.mission not in key_of:
            key_of[ev.mission] = _row_name(timeline, ev.mission, rows)
    left, right = _limits(events)
    colors = _colors(events)
    show_labels = labels if labels is not None else len(events) <= _LABEL_LIMIT
    placed: list[tuple[int, float, str]] = []  # row, x as a fraction of the axis, text
    span = num(right) - num(left)
    for ev in events:
        ts = ev.when
        assert ts is not None
        y = row_of[key_of[ev.mission] if ev.mission is not None else _NO_MISSION]
        color = colors[ev.kind]
        faded = ev.status == Status.CANCELLED
        lo = max(ts.earliest, left) if ts.earliest != UNBOUNDED_PAST else left
        hi = min(ts.latest, right) if ts.latest != UNBOUNDED_FUTURE else right
        ax.plot(
            [num(lo), num(hi)],
            [y, y],
            color=color,
            lw=6,
            alpha=0.25 if not faded else 0.1,
            solid_capstyle="butt",
            zorder=1,
        )
        for edge, bounded, cap in (
            (lo, ts.earliest != UNBOUNDED_PAST, "|"),
            (hi, ts.latest != UNBOUNDED_FUTURE, "|"),
        ):
            ax.plot(
                [num(edge)],
                [y],
                marker=cap if bounded else ("<" if edge == lo else ">"),
                color=color,
                ms=9,
                alpha=0.6,
                zorder=2,
            )
        hollow = ev.status != Status.ACTUAL
        ax.plot(
            [num(_middle(ev))],
            [y],
            marker=_MARKERS[ev.kind],
            ms=11,
            zorder=3,
            markerfacecolor="white" if hollow else color,
            markeredgecolor=color,
            markeredgewidth=2,
            alpha=0.45 if faded else 1.0,
            linestyle="none",
        )
        if show_labels:
            text = ev.kind.value.replace("_", " ") + ("" if not hollow else f" ({ev.status.value})")
            placed.append((y, (num(_middle(ev)) - num(left)) / span, text))
    inches = fig.get_size_inches()[0] * ax.get_position().width
    for y, x, text, rise in _stagger(placed, inches):
        ax.annotate(
            text,
            (num(left) + x * span, y),
            xytext=(0, rise),
            textcoords="offset points",
            ha="center",
            fontsize=8,
            color="#333333",
        )
    ax.set_yticks(range(len(rows)), list(reversed(rows)))
    ax.set_ylim(-0.8, len(rows) - 0.2)
    ax.set_xlim(num(left), num(right))
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, tz=timezone.utc))
    ax.grid(axis="x", alpha=0.3)
    note = ""
    if undated:
        kinds = ", ".join(sorted({_describe(ev) for ev in undated}))
        note = f"\n{len(undated)} undated event{'s' if len(undated) > 1 else ''} not shown: {kinds}"
    ax.set_xlabel("UTC" + note, fontsize=9)
    ax.set_title(title or "Mission timeline")
    handles = [
        Line2D(
            [],
            [],
            marker=_MARKERS[k],
            color=colors[k],
            linestyle="none",
            ms=8,
            label=k.value.replace("_", " "),
        )
        for k in EventKind
        if k in colors
    ]
    handles.append(
        Line2D(
            [],
            [],
            marker="o",
            color="gray",
            markerfacecolor="white",
            linestyle="none",
            ms=8,
            label="planned / cancelled (hollow)",
        )
    )
    handles.append(Line2D([], [], color="gray", lw=6, alpha=0.3, label="uncertainty"))
    ax.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False
    )
    return fig


_LEVELS = (12, -17, 24, -29, 36, -41)  # label offsets above/below a marker, in points
_CHAR_INCHES = 0.075  # the width of one 8-point character, roughly


def _stagger(
    placed: list[tuple[int, float, str]], width_inches: float
) -> list[tuple[int, float, str, int]]:
    """Give each label a level above or below its marker so that labels on one row
    do not overlap; a label with no free level is dropped (the legend names kinds)."""
    out = []
    ends: dict[tuple[int, int], float] = {}  # (row, level) -> right edge of its last label
    for y, x, text in sorted(placed, key=lambda p: (p[0], p[1])):
        half = len(text) * _CHAR_INCHES / 2 / max(width_inches, 1e-6)
        for level, rise in enumerate(_LEVELS):
            if ends.get((y, level), -1.0) < x - half:
                ends[(y, level)] = x + half
                out.append((y, x, text, rise))
                break
    return out


def _describe(ev: Event) -> str:
    return f"{ev.mission or _NO_MISSION} {ev.kind.value.replace('_', ' ')}"


def _row_name(timeline: Timeline, mission: str, rows: list[str]) -> str:
    """The row (canonical mission name) an event's mission spelling belongs to."""
    key = timeline._key_of(mission)
    for name in rows:
        if name != _NO_MISSION and timeline._key_of(name) == key:
            return name
    return mission


def _limits(events: list[Event]) -> tuple[datetime, datetime]:
    """The x range: every bounded edge and marker, with a margin."""
    points: list[datetime] = []
    for ev in events:
        ts = ev.when
        assert ts is not None
        points.append(_middle(ev))
        if ts.earliest != UNBOUNDED_PAST:
            points.append(ts.earliest)
        if ts.latest != UNBOUNDED_FUTURE:
            points.append(ts.latest)
    if not points:
        now = datetime.now(timezone.utc)
        return now - timedelta(days=1), now + timedelta(days=1)
    lo, hi = min(points), max(points)
    pad = max((hi - lo) * 0.06, timedelta(hours=1))
    return lo - pad, hi + pad


def _colors(events: list[Event]) -> dict[EventKind, Any]:
    import matplotlib as mpl

    palette = list(mpl.colormaps["tab10"](range(10)))
    kinds = [k for k in EventKind if any(ev.kind == k for ev in events)]
    return {k: palette[i % len(palette)] for i, k in enumerate(kinds)}
