"""Fast, exact decoding of stored events: the reading half of the event log and the store.

Every event line an :class:`~lunamission.eventlog.EventLog` writes (and every row
the SQLite store keeps) is ``Event.model_dump_json()``. Reading a million of them
back through pydantic validation takes tens of seconds, because every timestamp
is normalised again in Python. :func:`decode_event` builds the very objects
validation would build, checking each field as it goes; anything it does not
recognise at once (a missing or extra key, a wrong type, a name that is not
canonical, a wall clock whose offset does not match its zone) is handed to full
pydantic validation, which either builds the event or says what is wrong. So the
fast path never accepts what validation refuses and never builds anything
different (``tests/test_eventlog.py`` holds it to that with a property test).

>>> import lunamission as lm
>>> from pydantic_core import from_json
>>> ev = lm.Event(kind="launch", mission="Luna-25",
...               when=lm.Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]"))
>>> back = decode_event(from_json(ev.model_dump_json()), Memo())
>>> back == ev, back.when.local.tzname()
(True, 'MSK')
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, datetime, timedelta, timezone
from math import inf
from typing import Any

import pytz

from .errors import ZoneError
from .models import Event, EventKind, Outcome, Source, Status
from .timestamp import MAX_YEAR, MIN_YEAR, Precision, Timestamp
from .zones import get_zone, to_zone, zone_name

__all__ = [
    "KNOWN_LAYOUT",
    "ZERO_TAIL",
    "Memo",
    "decode_event",
    "timestamp_from_parts",
    "trusted_event",
    "zone_plan",
]

_EVENT_KEYS = frozenset(Event.model_fields)
_TIMESTAMP_KEYS = frozenset(Timestamp.model_fields)
_SOURCE_KEYS = frozenset(Source.model_fields)
_SOURCE_FIELDS = tuple(Source.model_fields)
_KINDS = {k.value: k for k in EventKind}
_STATUSES = {s.value: s for s in Status}
_OUTCOMES = {o.value: o for o in Outcome}
_PRECISIONS = {p.value: p for p in Precision}
_QUALIFIERS = {"not_before": "not_before", "not_after": "not_after"}
_COARSE = frozenset({Precision.YEAR, Precision.MONTH, Precision.DAY})
_OPT_STR = (
    "mission",
    "vehicle",
    "site",
    "supersedes",
)
_SOURCE_STR = ("document", "publisher", "quote", "timestamp_text", "zone_rule")

# The fields these models are known to have. If a model gains or loses one, the
# fast path steps aside (every line goes through validation) rather than guess.
_EXPECTED: dict[type[Any], str] = {
    Event: "kind status outcome mission when summary vehicle site source recorded supersedes id",
    Timestamp: "local tz precision approximate qualifier",
    Source: "document publisher published span quote timestamp_span timestamp_text "
    "stated_weekday zone_rule",
}
_KNOWN = all(list(model.model_fields) == names.split() for model, names in _EXPECTED.items())
KNOWN_LAYOUT = _KNOWN
"""Whether the models still have exactly the fields, in the order, this module and
:mod:`lunamission._logscan` were written for (if not, both step aside)."""


class Memo:
    """Objects shared between the events of one read: equal sources and coarse
    timestamps are built once, which keeps a million-event replay small."""

    __slots__ = ("dates", "sources", "strings", "timestamps")

    def __init__(self) -> None:
        self.dates: dict[str, date] = {}
        self.sources: dict[tuple[Any, ...], Source] = {}
        self.timestamps: dict[tuple[Any, ...], Timestamp] = {}
        self.strings: dict[str, str] = {}  # mission, vehicle and site names, shared


def decode_event(data: Any, memo: Memo, /) -> Event:
    """The :class:`Event` a JSON object (as parsed) stands for.

    Raises pydantic's ``ValidationError`` (a ``ValueError``) when the data is not
    a valid event; callers turn that into their own error with a position.
    """
    if _KNOWN and type(data) is dict:
        event = _fast_event(data, memo)
        if event is not None:
            return event
    return Event.model_validate(data)


_setattr = object.__setattr__


def _build(cls: Any, values: dict[str, Any]) -> Any:
    # What model_construct does (and what pydantic's own pickle support does on
    # loading), minus its per-field default handling: every field is present.
    obj = cls.__new__(cls)
    _setattr(obj, "__dict__", values)
    _setattr(obj, "__pydantic_fields_set__", _FIELDS_SET[cls])
    _setattr(obj, "__pydantic_extra__", None)
    _setattr(obj, "__pydantic_private__", None)
    return obj


class _EventValues:
    """Holds an event's field values in Event's field order. Its attribute dict is
    a key-sharing dict, a third the size of an ordinary one, and becomes the
    event's ``__dict__``: a million replayed events are some 280 MB smaller."""

    def __init__(
        self,
        kind: Any,
        status: Any,
        outcome: Any,
        mission: Any,
        when: Any,
        summary: Any,
        vehicle: Any,
        site: Any,
        source: Any,
        recorded: Any,
        supersedes: Any,
        id: Any,
    ) -> None:
        self.kind = kind
        self.status = status
        self.outcome = outcome
        self.mission = mission
        self.when = when
        self.summary = summary
        self.vehicle = vehicle
        self.site = site
        self.source = source
        self.recorded = recorded
        self.supersedes = supersedes
        self.id = id


class _TimestampValues:
    """The same for a timestamp's fields (see :class:`_EventValues`)."""

    def __init__(
        self, local: Any, tz: Any, precision: Any, approximate: Any, qualifier: Any
    ) -> None:
        self.local = local
        self.tz = tz
        self.precision = precision
        self.approximate = approximate
        self.qualifier = qualifier


_FIELDS_SET: dict[type[Any], set[str]] = {
    Event: set(_EVENT_KEYS),
    Timestamp: set(_TIMESTAMP_KEYS),
    Source: set(_SOURCE_KEYS),
}


def _fast_event(d: dict[str, Any], memo: Memo) -> Event | None:
    if d.keys() != _EVENT_KEYS:
        return None
    kind, status, outcome = d["kind"], d["status"], d["outcome"]
    if type(kind) is not str or type(status) is not str:
        return None
    kind_v = _KINDS.get(kind)
    status_v = _STATUSES.get(status)
    if kind_v is None or status_v is None:
        return None
    outcome_v: Outcome | None = None
    if outcome is not None:
        if type(outcome) is not str or outcome not in _OUTCOMES:
            return None
        outcome_v = _OUTCOMES[outcome]
    shared = memo.strings
    for key in _OPT_STR:
        value = d[key]
        if value is not None:
            if type(value) is not str:
                return None
            if key != "supersedes":
                d[key] = shared.setdefault(value, value)
    ident, summary = d["id"], d["summary"]
    if type(ident) is not str or not ident or type(summary) is not str:
        return None
    when: Timestamp | None = None
    raw_when = d["when"]
    if raw_when is not None:
        if type(raw_when) is not dict:
            return None
        when = _fast_timestamp(raw_when, memo)
        if when is None:
            return None
    source: Source | None = None
    raw_source = d["source"]
    if raw_source is not None:
        if type(raw_source) is not dict:
            return None
        source = _fast_source(raw_source, memo)
        if source is None:
            return None
    recorded: date | None = None
    raw_recorded = d["recorded"]
    if raw_recorded is not None:
        recorded = _date(raw_recorded)
        if recorded is None:
            return None
    elif source is not None and source.published is not None:
        return None  # validation would fill it in from the source
    values = _EventValues(
        kind_v,
        status_v,
        outcome_v,
        d["mission"],
        when,
        summary,
        d["vehicle"],
        d["site"],
        source,
        recorded,
        d["supersedes"],
        ident,
    ).__dict__
    return _build(Event, values)  # type: ignore[no-any-return]


def _date(value: Any) -> date | None:
    if type(value) is not str or len(value) != 10 or value[4] != "-" or value[7] != "-":
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


# The tail of "YYYY-MM-DDTHH:MM:SS" that must read as zeros at each precision
# (where it starts, and what it reads).
ZERO_TAIL = {
    Precision.SECOND: (19, ""),
    Precision.MINUTE: (16, ":00"),
    Precision.HOUR: (13, ":00:00"),
    Precision.DAY: (10, "T00:00:00"),
    Precision.MONTH: (7, "-01T00:00:00"),
    Precision.YEAR: (4, "-01-01T00:00:00"),
}


def _fast_timestamp(d: dict[str, Any], memo: Memo) -> Timestamp | None:
    if d.keys() != _TIMESTAMP_KEYS:
        return None
    local, tz, precision, approximate, qualifier = (
        d["local"],
        d["tz"],
        d["precision"],
        d["approximate"],
        d["qualifier"],
    )
    if type(local) is not str or type(tz) is not str or type(precision) is not str:
        return None
    if type(approximate) is not bool:
        return None
    if qualifier is not None and (type(qualifier) is not str or qualifier not in _QUALIFIERS):
        return None
    p = _PRECISIONS.get(precision)
    if p is None:
        return None
    coarse = p in _COARSE
    if coarse:
        key = (local, tz, precision, approximate, qualifier)
        known = memo.timestamps.get(key)
        if known is not None:
            return known
    at, zeros = ZERO_TAIL[p]
    if local[at:19] != zeros:
        return None
    plan = _plan(tz)
    if plan is None:
        return None
    moment = plan.attach(local)
    if moment is None:
        return None
    values = _TimestampValues(moment, plan.name, p, approximate, qualifier).__dict__
    ts: Timestamp = _build(Timestamp, values)
    if coarse:
        memo.timestamps[key] = ts
    return ts


def trusted_event(d: dict[str, Any], start: float | None, memo: Memo, /) -> Event:
    """The event of a line :mod:`lunamission._logscan` has already checked (its
    layout, time, zone offset and dates): the same objects :func:`decode_event`
    builds, without checking again. ``start`` is its time's POSIX second.
    """
    when: Timestamp | None = None
    raw_when = d["when"]
    if raw_when is not None:
        assert start is not None
        when = _trusted_timestamp(raw_when, start, memo)
    raw_source = d["source"]
    source = None if raw_source is None else _fast_source(raw_source, memo)
    if raw_source is not None and source is None:  # checked already: cannot happen
        return Event.model_validate(d)
    recorded = d["recorded"]
    outcome = d["outcome"]
    shared = memo.strings
    mission, vehicle, site = d["mission"], d["vehicle"], d["site"]
    values = _EventValues(
        _KINDS[d["kind"]],
        _STATUSES[d["status"]],
        None if outcome is None else _OUTCOMES[outcome],
        None if mission is None else shared.setdefault(mission, mission),
        when,
        d["summary"],
        None if vehicle is None else shared.setdefault(vehicle, vehicle),
        None if site is None else shared.setdefault(site, site),
        source,
        None if recorded is None else _memo_date(recorded, memo),
        d["supersedes"],
        d["id"],
    ).__dict__
    return _build(Event, values)  # type: ignore[no-any-return]


def _memo_date(text: str, memo: Memo) -> date:
    known = memo.dates.get(text)
    if known is None:
        known = memo.dates[text] = date.fromisoformat(text)
    return known


def _trusted_timestamp(d: dict[str, Any], start: float, memo: Memo) -> Timestamp:
    p = _PRECISIONS[d["precision"]]
    local, tz = d["local"], d["tz"]
    coarse = p in _COARSE
    if coarse:
        key = (local, tz, d["precision"], d["approximate"], d["qualifier"])
        known = memo.timestamps.get(key)
        if known is not None:
            return known
    plan = _plan(tz)
    assert plan is not None
    wall = datetime.fromisoformat(local if local[-1] != "Z" else local[:-1] + "+00:00")
    moment = plan.place(wall, start)
    values = _TimestampValues(moment, plan.name, p, d["approximate"], d["qualifier"]).__dict__
    ts: Timestamp = _build(Timestamp, values)
    if coarse:
        memo.timestamps[key] = ts
    return ts


def timestamp_from_parts(
    local: str, tz: str, precision: Precision, approximate: bool, qualifier: str | None
) -> Timestamp:
    """The :class:`Timestamp` of a log line's ``when`` fields (``local`` as written).

    >>> timestamp_from_parts("2023-08-11T02:10:00+03:00", "Europe/Moscow",
    ...                      Precision.MINUTE, False, None).isoformat()
    '2023-08-11T02:10+03:00[Europe/Moscow]'
    """
    data = {
        "local": local,
        "tz": tz,
        "precision": precision.value,
        "approximate": approximate,
        "qualifier": qualifier,
    }
    ts = _fast_timestamp(data, Memo())
    return ts if ts is not None else Timestamp.model_validate(data)


class _ZonePlan:
    """How to give a parsed wall clock a zone's own tzinfo, exactly as
    :func:`~lunamission.zones.to_zone` would, without its datetime round trips."""

    __slots__ = ("check_epochs", "check_offsets", "epochs", "infos", "name", "offset")

    def __init__(self, name: str, zone: Any) -> None:
        self.name = name
        self.offset: timedelta | None = None
        self.epochs: list[float] = []
        self.infos: list[tuple[timedelta, Any]] = []
        table = getattr(zone, "_utc_transition_times", None)
        if isinstance(zone, timezone):
            self.offset = zone.utcoffset(None)
        elif isinstance(zone, pytz.tzinfo.DstTzInfo) and table is not None:
            # pytz's fromutc: the last transition at or before the UTC instant.
            self.epochs = [(t - _EPOCH).total_seconds() for t in table]
            self.infos = [
                (info[0], zone._tzinfos[info])  # type: ignore[attr-defined]
                for info in zone._transition_info  # type: ignore[attr-defined]
            ]
        # For bulk checks: the offset in seconds from each POSIX second on (empty
        # where only to_zone can tell).
        self.check_epochs: list[float] = []
        self.check_offsets: list[float] = []
        if self.offset is not None:
            self.check_epochs, self.check_offsets = [-inf], [self.offset.total_seconds()]
        elif self.infos:
            self.check_epochs = [-inf, *self.epochs[1:]]
            self.check_offsets = [offset.total_seconds() for offset, _ in self.infos]

    def attach(self, text: str) -> datetime | None:
        """``text`` (as pydantic writes an aware datetime) in this zone, or None
        when anything differs from what validation would build."""
        if _WALL.fullmatch(text) is None:  # fromisoformat takes more (week dates, 3.11+)
            return None
        parsed = text if text[-1] != "Z" else text[:-1] + "+00:00"  # 3.10 reads no "Z"
        try:
            moment = datetime.fromisoformat(parsed)
        except ValueError:
            return None
        if not MIN_YEAR <= moment.year <= MAX_YEAR or not self.fits(moment):
            return None
        return self.place(moment, moment.timestamp())

    def place(self, moment: datetime, instant: float) -> datetime:
        """``moment`` (whose offset is this zone's own at POSIX second ``instant``)
        with the zone's own tzinfo, as :func:`~lunamission.zones.to_zone` gives it."""
        if self.offset is not None:
            return moment
        if self.infos:
            idx = bisect_right(self.epochs, instant) - 1
            return moment.replace(tzinfo=self.infos[idx if idx > 0 else 0][1])
        return to_zone(moment, self.name)

    def steady(self, start: float, end: float) -> bool:
        """Whether the zone keeps one offset from POSIX second ``start`` to ``end``."""
        if self.offset is not None:
            return True
        if self.infos:
            return bisect_right(self.epochs, start) == bisect_right(self.epochs, end)
        return (
            to_zone(datetime.fromtimestamp(start, timezone.utc), self.name).utcoffset()
            == to_zone(datetime.fromtimestamp(end, timezone.utc), self.name).utcoffset()
        )

    def fits(self, moment: datetime) -> bool:
        """Whether the offset of aware ``moment`` is this zone's own at that instant
        (so that the zone's wall clock is the one written)."""
        if self.offset is not None:
            return moment.utcoffset() == self.offset
        if self.infos:
            idx = bisect_right(self.epochs, moment.timestamp()) - 1
            return moment.utcoffset() == self.infos[idx if idx > 0 else 0][0]
        converted = to_zone(moment, self.name)
        return converted.replace(tzinfo=None) == moment.replace(tzinfo=None)


_WALL = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)", re.ASCII)
"""The one shape pydantic writes an aware datetime in (whole seconds)."""
_EPOCH = datetime(1970, 1, 1)
_PLANS: dict[str, _ZonePlan | None] = {}


def zone_plan(tz: str) -> _ZonePlan | None:
    """How to check and attach zone ``tz`` to a wall clock (None: not a canonical name)."""
    return _plan(tz)


def _plan(tz: str) -> _ZonePlan | None:
    """The plan for a zone named exactly ``tz`` (None when the name is not canonical)."""
    try:
        return _PLANS[tz]
    except KeyError:
        pass
    plan: _ZonePlan | None = None
    try:
        if zone_name(tz) == tz:
            plan = _ZonePlan(zone_name(tz), get_zone(tz))
    except ZoneError:
        plan = None
    if len(_PLANS) < 4096:  # names come from files: keep the table bounded
        _PLANS[tz] = plan
    return plan


def _fast_source(d: dict[str, Any], memo: Memo) -> Source | None:
    if d.keys() != _SOURCE_KEYS:
        return None
    for key in _SOURCE_STR:
        value = d[key]
        if value is not None and type(value) is not str:
            return None
    span = _span(d["span"])
    ts_span = _span(d["timestamp_span"])
    if span is _BAD or ts_span is _BAD:
        return None
    weekday = d["stated_weekday"]
    if weekday is not None and (type(weekday) is not int or not 0 <= weekday <= 6):
        return None
    published = d["published"]
    published_v: date | None = None
    if published is not None:
        published_v = _date(published)
        if published_v is None:
            return None
    shared = (
        d["document"],
        d["publisher"],
        published,
        span,
        d["quote"],
        ts_span,
        d["timestamp_text"],
        weekday,
        d["zone_rule"],
    )
    known = memo.sources.get(shared)
    if known is not None:
        return known
    values = {name: d[name] for name in _SOURCE_FIELDS}  # field order, as validation builds
    values["span"], values["timestamp_span"], values["published"] = span, ts_span, published_v
    source: Source = _build(Source, values)
    memo.sources[shared] = source
    return source


_BAD: Any = object()


def _span(value: Any) -> Any:
    """A ``[start, end]`` pair as a tuple, None for null, ``_BAD`` for anything else."""
    if value is None:
        return None
    if type(value) is list and len(value) == 2 and type(value[0]) is int and type(value[1]) is int:
        return (value[0], value[1])
    return _BAD
