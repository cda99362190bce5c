"""Flat tables of events: CSV text and pandas DataFrames.

Where it sits: the last step of the pipeline, from a :class:`Timeline` to the
tools analysts already use. Both tables have the same columns, one row per
event (the current view, or every revision with ``revisions=True``):

============  ===================================================================
column        meaning
============  ===================================================================
id            the event's id
mission       the mission name as the source gave it
kind          :class:`EventKind` value
status        actual, planned or cancelled
outcome       success, partial, failure or empty
tz            the zone the source used (IANA name, UTC or a fixed offset)
precision     year ... second
approximate   whether the source hedged ("about")
qualifier     not_before (NET), not_after, or empty
utc           start of the unit, UTC
earliest      start of the uncertainty interval, UTC (empty when open)
latest        end (exclusive) of the uncertainty interval, UTC (empty when open)
local         the timestamp as :meth:`Timestamp.isoformat` writes it
summary       the event's summary
source        the source document's id
recorded      when the source said it
supersedes    the id of the version this one revises
============  ===================================================================

Undated events have empty time columns; they are never left out.

>>> import lunamission as lm
>>> tl = lm.Timeline([lm.Event(kind="launch", mission="Luna-25",
...     when=lm.Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]"))])
>>> print(to_csv(tl).splitlines()[1])
ev-...,Luna-25,launch,actual,,Europe/Moscow,minute,false,,2023-08-10T23:10:00Z,...
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from pydantic_core import from_json

from .._index import stamp_bounds
from .._rows import Stamp
from ..models import Event, EventKind, Outcome, Status
from ..timestamp import UNBOUNDED_FUTURE, UNBOUNDED_PAST, Precision, iso_text
from ._extras import require

if TYPE_CHECKING:
    import pandas as pd

    from ..timeline import Timeline

__all__ = ["COLUMNS", "to_csv", "to_pandas"]

COLUMNS = (
    "id", "mission", "kind", "status", "outcome", "tz", "precision", "approximate", "qualifier",
    "utc", "earliest", "latest", "local", "summary", "source", "recorded", "supersedes",
)  # fmt: skip
_PAST, _FUTURE = UNBOUNDED_PAST.timestamp(), UNBOUNDED_FUTURE.timestamp()
_CATEGORIES = ("kind", "status", "outcome", "precision", "qualifier")


def _table(timeline: Timeline, revisions: bool) -> Iterator[tuple[dict[str, Any], _Seconds]]:
    """Each event's plain columns and its UTC seconds, in table order.

    An event a replayed timeline keeps as its checked log line is read from the
    line (one JSON parse) rather than built into an :class:`Event` first.
    """
    rows, positions = timeline._positions(revisions=revisions)
    dates: dict[str, date] = {}
    names: dict[str, str] = {}  # one str per mission name, as the events share theirs
    for i in positions:
        item = rows.items[i]
        stamp = rows.stamps[i]
        if type(item) is bytes:
            yield (
                _line_row(from_json(item, cache_strings="keys"), stamp, dates, names),
                _stamp_seconds(stamp),
            )
        else:
            assert isinstance(item, Event)
            yield _row(item), _stamp_seconds(stamp)


_Seconds = tuple[int | None, int | None, int | None]


def _stamp_seconds(stamp: Stamp | None) -> _Seconds:
    """UTC start, earliest and latest as whole POSIX seconds (None when open or undated)."""
    if stamp is None:
        return None, None, None
    lo, hi = stamp_bounds(stamp)
    return (
        int(stamp[0]),
        None if lo == _PAST else int(lo),
        None if hi == _FUTURE else int(hi),
    )


def _line_row(
    d: dict[str, Any], stamp: Stamp | None, dates: dict[str, date], names: dict[str, str]
) -> dict[str, Any]:
    """:func:`_row` of the event a checked log line holds, read from the line."""
    when, source, recorded = d["when"], d["source"], d["recorded"]
    day = None
    if recorded is not None:
        day = dates.get(recorded)
        if day is None:
            day = dates[recorded] = date.fromisoformat(recorded)
    mission = d["mission"]
    if mission is not None:
        mission = names.setdefault(mission, mission)
    local = None
    if when is not None and stamp is not None:
        local = iso_text(when["local"], stamp[2], stamp[1], stamp[3], stamp[4])
    return {
        "id": d["id"],
        "mission": mission,
        "kind": d["kind"],
        "status": d["status"],
        "outcome": d["outcome"],
        "tz": None if when is None else when["tz"],
        "precision": None if when is None else when["precision"],
        "approximate": None if when is None else when["approximate"],
        "qualifier": None if when is None else when["qualifier"],
        "local": local,
        "summary": d["summary"],
        "source": None if source is None else source["document"],
        "recorded": day,
        "supersedes": d["supersedes"],
    }


# Enum members' values by identity: ``member.value`` is a slow descriptor and
# Enum hashing runs Python code, which a million rows feel.
_VALUE = {id(m): m.value for enum in (EventKind, Status, Outcome, Precision) for m in enum}


def _row(ev: Event) -> dict[str, Any]:
    ts = ev.when
    return {
        "id": ev.id,
        "mission": ev.mission,
        "kind": _VALUE[id(ev.kind)],
        "status": _VALUE[id(ev.status)],
        "outcome": _VALUE[id(ev.outcome)] if ev.outcome else None,
        "tz": ts.tz if ts else None,
        "precision": _VALUE[id(ts.precision)] if ts else None,
        "approximate": ts.approximate if ts else None,
        "qualifier": ts.qualifier if ts else None,
        "local": ts.isoformat() if ts else None,
        "summary": ev.summary,
        "source": ev.source.document if ev.source else None,
        "recorded": ev.recorded,
        "supersedes": ev.supersedes,
    }


def _iso(seconds: int | None) -> str:
    if seconds is None:
        return ""
    # isoformat, not strftime: "%Y" leaves years before 1000 unpadded on some platforms
    return datetime.fromtimestamp(seconds, timezone.utc).isoformat()[:19] + "Z"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _csv_rows(table: Iterator[tuple[dict[str, Any], _Seconds]]) -> Iterator[list[str]]:
    yield list(COLUMNS)
    for row, (utc, lo, hi) in table:
        row["utc"], row["earliest"], row["latest"] = _iso(utc), _iso(lo), _iso(hi)
        yield [_cell(row[c]) for c in COLUMNS]


def to_csv(timeline: Timeline, /, *, revisions: bool = False) -> str:
    """The timeline as CSV text (RFC 4180: a header row, CRLF line ends).

    Times are UTC ISO strings ending in ``Z``; an open bound (NET, "by") and the
    times of an undated event are empty cells; booleans are ``true``/``false``.
    """
    out = io.StringIO()
    csv.writer(out).writerows(_csv_rows(_table(timeline, revisions)))
    return out.getvalue()


def to_pandas(timeline: Timeline, /, *, revisions: bool = False) -> pd.DataFrame:
    """The timeline as a pandas DataFrame (needs the ``lunamission[pandas]`` extra).

    ``utc``, ``earliest`` and ``latest`` are ``datetime64[ns, UTC]`` columns, never
    a Period that would drop the zone. pandas cannot hold dates before 1677 or
    after 2262, so the open bound of a NET or "by" timestamp (year 1 or 9999 in
    lunamission) is ``NaT``, as are the times of undated events: check
    ``qualifier`` to tell an open bound from a missing time. ``kind``, ``status``,
    ``outcome``, ``precision`` and ``qualifier`` are categoricals; ``recorded``
    holds :class:`datetime.date` objects.

    >>> import lunamission as lm
    >>> tl = lm.Timeline([lm.Event(kind="launch", mission="Luna-25",
    ...     when=lm.Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]"))])
    >>> df = to_pandas(tl)
    >>> str(df.loc[0, "utc"]), str(df["utc"].dtype)
    ('2023-08-10 23:10:00+00:00', 'datetime64[ns, UTC]')
    """
    pandas = require("pandas", "pandas")
    import numpy as np

    plain = [c for c in COLUMNS if c not in ("utc", "earliest", "latest")]
    columns: dict[str, list[Any]] = {c: [] for c in plain}
    seconds: tuple[list[int], list[int], list[int]] = ([], [], [])
    missing: tuple[list[bool], list[bool], list[bool]] = ([], [], [])
    for row, times in _table(timeline, revisions):  # one pass, column by column
        for c in plain:
            columns[c].append(row[c])
        for position, value in enumerate(times):
            seconds[position].append(0 if value is None else value)
            missing[position].append(value is None)
    frame = pandas.DataFrame(columns)
    for position, column in enumerate(("utc", "earliest", "latest")):
        stamps = (np.array(seconds[position], dtype="int64") * 1_000_000_000).view("datetime64[ns]")
        stamps[np.array(missing[position], dtype=bool)] = np.datetime64("NaT")
        frame[column] = pandas.Series(stamps, index=frame.index).dt.tz_localize("UTC")
    for column in _CATEGORIES:
        frame[column] = frame[column].astype("category")
    frame["approximate"] = frame["approximate"].astype("boolean")
    ordered: pd.DataFrame = frame[list(COLUMNS)]
    return ordered
