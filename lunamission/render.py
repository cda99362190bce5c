"""Human-readable text for timestamps and timelines: what the command line prints.

:func:`format_when` writes a timestamp the way a reader expects to see it (to its
precision, with its zone's abbreviation and its hedges); :func:`format_table`
lays a whole timeline out as an aligned table with the mission elapsed time and
the words of the source.

>>> import lunamission as lm
>>> format_when(lm.Timestamp.from_iso("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]"))
'~2023-08-19 14:57 MSK'
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

from .errors import TimelineError
from .models import Event
from .timeline import Timeline
from .timestamp import Precision, Timestamp

__all__ = ["format_table", "format_utc", "format_when", "layout_rows"]

_LOCAL_FORMAT = {
    Precision.YEAR: "%Y",
    Precision.MONTH: "%Y-%m",
    Precision.DAY: "%Y-%m-%d",
    Precision.HOUR: "%Y-%m-%d %H:00",
    Precision.MINUTE: "%Y-%m-%d %H:%M",
    Precision.SECOND: "%Y-%m-%d %H:%M:%S",
}
_HEDGE = {"not_before": "NET ", "not_after": "NLT "}
_QUOTE_WIDTH = 70
_EMPTY = "-"
_AMBIGUOUS_ABBREVIATIONS = frozenset({"CST", "CDT", "BST", "AST"})


def _hedged(ts: Timestamp, text: str) -> str:
    prefix = _HEDGE.get(ts.qualifier or "", "")
    return f"{prefix}{'~' if ts.approximate else ''}{text}"


def _zone_label(ts: Timestamp) -> str:
    if ts.tz[:1] in "+-":
        return ts.tz
    abbreviation = ts.local.tzname() or ts.tz
    # Zones without a real abbreviation report "+05" or similar, and some
    # abbreviations name two zones (CST: US Central and China): show the name.
    if abbreviation[:1] in "+-" or abbreviation in _AMBIGUOUS_ABBREVIATIONS:
        return ts.tz
    return abbreviation


def format_when(ts: Timestamp, /) -> str:
    """The wall clock as the source gave it, to its precision, with its zone."""
    return _hedged(ts, f"{ts.local.strftime(_LOCAL_FORMAT[ts.precision])} {_zone_label(ts)}")


def format_utc(ts: Timestamp, /) -> str:
    """The UTC start of the timestamp, to the minute, or to the second when given;
    for a "no later than" timestamp, the bound itself (the end of its unit).

    >>> import lunamission as lm
    >>> format_utc(lm.Timestamp.from_iso("2023-08-12[Europe/Moscow]"))
    '2023-08-11 21:00Z'
    """
    moment = ts.latest if ts.qualifier == "not_after" else ts.utc
    utc: datetime = moment.astimezone(timezone.utc)
    pattern = "%Y-%m-%d %H:%M:%SZ" if ts.precision == Precision.SECOND else "%Y-%m-%d %H:%MZ"
    return _hedged(ts, utc.strftime(pattern))


def _elapsed(timeline: Timeline, ev: Event) -> str:
    if ev.when is None or ev.mission is None:
        return ""
    try:
        return str(timeline.elapsed(ev))
    except TimelineError:
        return ""


def _quote(ev: Event) -> str:
    text = ev.source.quote if ev.source and ev.source.quote else ev.summary
    text = " ".join(text.split())
    if len(text) > _QUOTE_WIDTH:
        text = text[: _QUOTE_WIDTH - 1] + "…"
    return f'"{text}"' if text else ""


def _row(timeline: Timeline, ev: Event) -> list[str]:
    ts = ev.when
    return [
        format_utc(ts) if ts else _EMPTY,
        format_when(ts) if ts else "undated",
        ts.precision.value if ts else _EMPTY,
        ev.status.value,
        ev.kind.value,
        ev.mission or _EMPTY,
        _elapsed(timeline, ev),
        _quote(ev),
    ]


_HEADER = ["UTC", "LOCAL", "PRECISION", "STATUS", "KIND", "MISSION", "MET", "SOURCE"]


def layout_rows(rows: Sequence[Sequence[str]], /) -> str:
    """Rows of cells as left-aligned columns two spaces apart, trailing blanks trimmed.

    >>> print(layout_rows([["KIND", "MISSION"], ["launch", "Luna-25"]]))
    KIND    MISSION
    launch  Luna-25
    """
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    return "\n".join(lines)


def format_table(timeline: Timeline, /) -> str:
    """The timeline as an aligned text table, dated events first, then undated ones.

    >>> import lunamission as lm
    >>> tl = lm.Timeline([lm.Event(kind="launch", mission="Luna-25",
    ...     when=lm.Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]"))])
    >>> print(format_table(tl))
    UTC                LOCAL                 PRECISION  STATUS  KIND    MISSION  MET   SOURCE
    2023-08-10 23:10Z  2023-08-11 02:10 MSK  minute     actual  launch  Luna-25  L+0m
    """
    rows = [_HEADER, *(_row(timeline, ev) for ev in timeline)]
    if len(rows) == 1:
        return "(no events)"
    return layout_rows(rows)
