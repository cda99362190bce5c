"""Bulk reading of event-log lines into :class:`~lunamission._rows.Rows`: the fast
half of :meth:`lunamission.EventLog.replay`.

Where it sits: between the log file (:mod:`lunamission.eventlog` reads it in
chunks) and the timeline's storage. Every line lunamission writes is
``Event.model_dump_json()``, whose layout is fixed: keys in field order, no
spaces, strings without escapes in the common case. One regular expression
generated from the models recognises that layout and captures what queries need;
each captured time, date and zone is then checked the way validation checks it
(the wall clock's offset must be the zone's own at that instant, the precision's
finer fields zero, years in range, dates real). A line that passes is kept as
its bytes, to be built into an :class:`~lunamission.models.Event` on access; any
other line (escapes, another key order, an offset to normalise, or an invalid
event) is handed to ``slow``, which decodes it in full or raises the log's
error for that line. So a replay accepts exactly the lines validation accepts.

>>> line = (b'{"kind":"impact","status":"actual","outcome":"failure","mission":"Luna-25",'
...         b'"when":null,"summary":"","vehicle":null,"site":null,"source":null,'
...         b'"recorded":"2023-08-20","supersedes":null,"id":"ev-1"}\\n')
>>> rows = Rows()
>>> scan_chunk(line, 2, rows, lambda line_no, text: None)
>>> rows.ids, rows.items[0] == line[:-1]
(['ev-1'], True)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import date
from itertools import compress, repeat
from operator import add, attrgetter, eq, getitem, itemgetter, not_, sub
from typing import Any, cast

from ._eventcodec import KNOWN_LAYOUT, ZERO_TAIL, zone_plan
from ._rows import Rows, Stamp
from .models import Event, EventKind, Outcome, Status
from .timestamp import MAX_YEAR, MIN_YEAR, Precision

__all__ = ["scan_chunk"]


def _choice(values: list[str]) -> bytes:
    return b"|".join(re.escape(v).encode() for v in sorted(values, key=len, reverse=True))


_STR = rb'"[^"\\\x00-\x1f]*"'  # a JSON string without escapes (those take the slow path)
_OPT = rb"(?:null|" + _STR + rb")"
_DATE = rb'"(\d{4}-\d\d-\d\d)"'
_INT = rb"-?(?:0|[1-9]\d{0,17})"
_SPAN = rb"(?:null|\[" + _INT + rb"," + _INT + rb"\])"
_LINE = re.compile(
    rb'^(\{"kind":"('
    + _choice([k.value for k in EventKind])
    + rb')","status":"('
    + _choice([s.value for s in Status])
    + rb')","outcome":(?:null|"(?:'
    + _choice([o.value for o in Outcome])
    + rb')"),"mission":(null|'
    + _STR
    + rb'),"when":(?:null|\{"local":"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d))",'
    + rb'"tz":"([^"\\\x00-\x1f]+)","precision":"('
    + _choice([p.value for p in Precision])
    + rb')","approximate":(true|false),"qualifier":(null|"not_before"|"not_after")\}),'
    + rb'"summary":'
    + _STR
    + rb',"vehicle":'
    + _OPT
    + rb',"site":'
    + _OPT
    + rb',"source":(?:null|\{"document":'
    + _OPT
    + rb',"publisher":'
    + _OPT
    + rb',"published":(?:null|'
    + _DATE
    + rb'),"span":'
    + _SPAN
    + rb',"quote":'
    + _OPT
    + rb',"timestamp_span":'
    + _SPAN
    + rb',"timestamp_text":'
    + _OPT
    + rb',"stated_weekday":(?:null|[0-6]),"zone_rule":'
    + _OPT
    + rb'\}),"recorded":(?:null|'
    + _DATE
    + rb'),"supersedes":(null|'
    + _STR
    + rb'),"id":"([^"\\\x00-\x1f]+)"\})\n',
    re.MULTILINE,  # "^": every match is a whole line, never the tail of another
)
_NO_MATCH = (b"",) * 13

_KINDS = {k.value.encode(): k for k in EventKind}
_STATUSES = {s.value.encode(): s for s in Status}
_PRECISIONS = {p.value.encode(): p for p in Precision}
_QUALIFIERS: dict[bytes, str | None] = {
    b"null": None,
    b'"not_before"': "not_before",
    b'"not_after"': "not_after",
}
# Where the fields finer than each precision start in "YYYY-MM-DDTHH:MM:SS", and
# what they must read: the decoder's table, in bytes.
_ZERO_TAIL = {p: (at, zeros.encode()) for p, (at, zeros) in ZERO_TAIL.items()}
_YEARS = (f"{MIN_YEAR:04d}".encode(), f"{MAX_YEAR:04d}".encode())


class _Names(dict[bytes, Any]):
    """Quoted JSON names (or ``null``) to shared ``str`` objects (or None)."""

    def __missing__(self, quoted: bytes) -> str | None:
        value = None if quoted == b"null" else quoted[1:-1].decode("utf-8")
        self[quoted] = value
        return value


class _Dates(dict[bytes, bool]):
    """Which ``YYYY-MM-DD`` texts are real dates."""

    def __missing__(self, text: bytes) -> bool:
        try:
            date.fromisoformat(text.decode("ascii"))
            ok = True
        except ValueError:
            ok = False
        self[text] = ok
        return ok


def scan_chunk(
    data: bytes,
    first_line_no: int,
    rows: Rows,
    slow: Callable[[int, bytes], Event | None],
    lines: int | None = None,
) -> None:
    """Append the events of ``data`` (whole lines, each ending in a newline, the
    first being line ``first_line_no`` of the log; ``lines`` of them, when the
    caller has counted) to ``rows``.

    A line the fast path cannot vouch for goes to ``slow(line_no, line)``, which
    returns its event (appended here), None to skip it (a repeated line), or
    raises.
    """
    if not KNOWN_LAYOUT:
        matched: list[tuple[bytes, ...]] = []
    else:
        matched = _LINE.findall(data)
    utf8 = data.isascii() or _is_utf8(data)
    if lines is None:
        lines = data.count(b"\n")
    if not utf8 or len(matched) != lines:  # lines not in the plain layout
        matched = []
        for line in data.split(b"\n")[:-1]:
            m = _LINE.fullmatch(line + b"\n") if KNOWN_LAYOUT else None
            if m is not None and (utf8 or line.isascii() or _is_utf8(line)):
                matched.append(m.groups(b""))  # b"" for groups left out, as findall gives
            else:
                matched.append((line, *_NO_MATCH[1:]))
    _trim_memos()
    if not _take_bulk(matched, rows):
        _take_runs(matched, first_line_no, rows, slow)


def _take_runs(
    matched: list[tuple[bytes, ...]],
    line_no: int,
    rows: Rows,
    slow: Callable[[int, bytes], Event | None],
) -> None:
    """Append rows in order when some need a closer look: runs of rows in the
    plain layout column-wide (one by one if a run will not go), the others
    through ``slow``."""
    start = 0
    for end in range(len(matched) + 1):
        if end < len(matched) and matched[end][1]:  # in the plain layout
            continue
        run = matched[start:end]
        if run and not _take_bulk(run, rows):
            for offset, row in enumerate(run):
                if not _take_bulk([row], rows):
                    _append(slow(line_no + start + offset, row[0]), rows)
        if end < len(matched):
            _append(slow(line_no + end, matched[end][0]), rows)
        start = end + 1


def _append(event: Event | None, rows: Rows) -> None:
    if event is not None:
        rows.append_event(event)


_CLOCK = itemgetter(slice(10, 19))
_DAY = itemgetter(slice(0, 10))
_OFFSET = itemgetter(slice(19, None))
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_CHECK_EPOCHS, _CHECK_OFFSETS = attrgetter("check_epochs"), attrgetter("check_offsets")
_NAME = attrgetter("name")


def _take_bulk(matched: list[tuple[bytes, ...]], rows: Rows) -> bool:
    """Append every row of ``matched`` with column-wide operations (no Python
    code runs per row), or append nothing and return False when any row needs
    a closer look (:func:`_take_runs` then reads the chunk run by run)."""
    if not matched:
        return True
    columns = list(zip(*matched, strict=False))
    (lines, kinds, statuses, missions, locals_, tzs, precs, approx, quals) = columns[:9]
    (published, recorded, sups, idents) = columns[9:]
    kind_values = list(map(_KINDS.get, kinds))
    if None in kind_values:
        return False
    n = len(lines)
    dated = list(compress(range(n), locals_))
    stamps: list[Stamp | None]
    if len(dated) == n:
        stamps_or_none = _stamps(locals_, tzs, precs, approx, quals)
        if stamps_or_none is None:
            return False
        stamps = stamps_or_none  # type: ignore[assignment]
    else:
        stamps = [None] * n
        if dated:
            picked = [list(compress(columns[k], locals_)) for k in range(4, 9)]
            some = _stamps(*picked)
            if some is None:
                return False
            for i, stamp in zip(dated, some, strict=False):
                stamps[i] = stamp
    if not all(map(_DATES.__getitem__, set(recorded) - {b""})):
        return False
    if not all(map(_DATES.__getitem__, set(published) - {b""})):
        return False
    if b"" in recorded and any(map(published.__getitem__, compress(range(n), map(not_, recorded)))):
        return False  # validation fills "recorded" in from the source's date
    names = _Names()
    rows.items.extend(lines)
    rows.ids.extend(map(bytes.decode, idents))
    rows.supersedes.extend(map(names.__getitem__, sups))
    rows.kinds.extend(kind_values)  # type: ignore[arg-type]  # no None, checked above
    rows.statuses.extend(map(_STATUSES.__getitem__, statuses))
    rows.missions.extend(map(names.__getitem__, missions))
    rows.stamps.extend(stamps)
    return True


def _stamps(
    locals_: Sequence[bytes],
    tzs: Sequence[bytes],
    precs: Sequence[bytes],
    approx: Sequence[bytes],
    quals: Sequence[bytes],
) -> list[Stamp] | None:
    """The stamps of rows that all have a time, or None when any needs a closer look."""
    clocks = list(map(_CLOCKS.__getitem__, map(add, precs, map(_CLOCK, locals_))))
    days = list(map(_DAY_STARTS.__getitem__, map(add, precs, map(_DAY, locals_))))
    zones = list(map(_OFFSETS.__getitem__, map(add, tzs, map(_OFFSET, locals_))))
    if None in clocks or None in days or None in zones:
        return None
    known = cast("list[tuple[float, Any]]", zones)  # no None, checked above
    offsets = list(map(_FIRST, known))
    plans = list(map(_SECOND, known))
    starts = list(map(sub, map(add, days, clocks), offsets))
    # The offset written must be the zone's own at that instant.
    at = map(sub, map(bisect_right, map(_CHECK_EPOCHS, plans), starts), repeat(1))
    if not all(map(eq, map(getitem, map(_CHECK_OFFSETS, plans), at), offsets)):
        return None
    return list(
        zip(
            starts,
            map(_PRECISIONS.__getitem__, precs),
            map(_NAME, plans),
            map(eq, approx, repeat(b"true")),
            map(_QUALIFIERS.__getitem__, quals),
            map(bytes.decode, locals_),
            strict=False,
        )
    )


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class _Clocks(dict[bytes, "float | None"]):
    """``precision + "THH:MM:SS"`` to seconds after midnight, or None when the
    clock is not real or sets a field finer than the precision."""

    def __missing__(self, key: bytes) -> float | None:
        prec, clock = key[:-9], key[-9:]
        at, zeros = _ZERO_TAIL[_PRECISIONS[prec]]
        value: float | None = None
        if clock[at - 10 :] == zeros if at >= 10 else clock == b"T00:00:00":
            h, m, s = int(clock[1:3]), int(clock[4:6]), int(clock[7:9])
            if h < 24 and m < 60 and s < 60:
                value = float(h * 3600 + m * 60 + s)
        self[key] = value
        return value


_EPOCH_DAY = date(1970, 1, 1).toordinal()


class _DayStarts(dict[bytes, "float | None"]):
    """``precision + YYYY-MM-DD`` to the POSIX second of that day's midnight in
    UTC, or None when the date is not real, out of range, or not the first of
    its month (year) where the precision is a month (year)."""

    def __missing__(self, key: bytes) -> float | None:
        prec, day = key[:-10], key[-10:]
        at, zeros = _ZERO_TAIL[_PRECISIONS[prec]]
        value: float | None = None
        if _YEARS[0] <= day[:4] <= _YEARS[1] and (at >= 10 or (day + b"T00:00:00")[at:19] == zeros):
            try:
                value = float(date.fromisoformat(day.decode("ascii")).toordinal() - _EPOCH_DAY)
            except ValueError:
                pass
            else:
                value *= 86400.0
        self[key] = value
        return value


class _Offsets(dict[bytes, "tuple[float, Any] | None"]):
    """``tz + offset`` ("Z" or "+HH:MM") to (the offset in seconds, the zone's
    plan), or None when the name is not a canonical zone or the zone never has
    that offset where it is fixed."""

    def __missing__(self, key: bytes) -> tuple[float, Any] | None:
        if key.endswith((b"+00:00", b"-00:00")):
            self[key] = None  # pydantic writes "Z": a line spelled otherwise is read in full
            return None
        if key.endswith(b"Z"):
            tz, sign, hours, minutes = key[:-1], 1, 0, 0
        else:
            tz, offset = key[:-6], key[-6:]
            sign = -1 if offset[:1] == b"-" else 1
            hours, minutes = int(offset[1:3]), int(offset[4:6])
        plan = zone_plan(tz.decode("utf-8", "replace"))
        seconds = float(sign * (hours * 3600 + minutes * 60))
        value: tuple[float, Any] | None = None
        fixed = None if plan is None else plan.offset
        if (
            plan is not None
            and minutes < 60
            and plan.check_epochs
            and (fixed is None or fixed.total_seconds() == seconds)
        ):
            value = (seconds, plan)
        self[key] = value
        return value


# Shared by every read: pure functions of their keys. A log's clocks and dates
# repeat across its chunks, so the memos live on between chunks and between
# reads, emptied by _trim_memos when one outgrows its bound.
_CLOCKS = _Clocks()
_DAY_STARTS = _DayStarts()
_OFFSETS = _Offsets()
_DATES = _Dates()
_MEMO_BOUND = 1 << 18  # entries: a few tens of MB at most


def _trim_memos() -> None:
    for memo in (_CLOCKS, _DAY_STARTS, _OFFSETS, _DATES):
        if len(memo) > _MEMO_BOUND:
            memo.clear()
