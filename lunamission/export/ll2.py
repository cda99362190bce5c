"""Launch Library 2 launch records (The Space Devs), both ways, as plain dicts.

Where it sits: an interchange adapter between an :class:`Event` (a launch) and
the JSON objects the Launch Library 2 API returns; there is no network client
here, only the mapping. A record's time is ``net`` (UTC) and its precision
``net_precision["name"]``:

=================================  =============================================
net_precision name                 read as
=================================  =============================================
Second, Minute, Hour, Day,         that precision; ``net`` truncated to it (UTC)
Month, Year
Quarter (Q1) ... Quarter (Q4),     refused by default (``on_coarse="raise"``);
Half (H1), Half (H2)               with ``on_coarse="widen"``, the calendar year
                                   that contains the quarter or half
Fiscal Year                        refused: whose fiscal year is not said
=================================  =============================================

Status (``status["abbrev"]``, or ``name``): Go, TBC and Hold are planned; TBD is
planned with a NET date; Success, Failure and Partial Failure are actual with
that outcome; In Flight and Payload Deployed are actual. ``last_updated`` becomes
``recorded``. Writing refuses what Launch Library cannot hold (events other than
launches, cancelled launches, "about" and "no later than" dates, times that are
not a whole UTC unit) unless ``widen=True`` finds the finest UTC unit around it.

>>> record = {"id": "f7a3c1e0", "name": "Soyuz-2.1b | Luna-25",
...           "net": "2023-08-10T23:10:57Z", "net_precision": {"name": "Second"},
...           "status": {"abbrev": "Success"}, "pad": {"name": "Site 1S"}}
>>> ev = from_ll2(record)
>>> ev.mission, ev.vehicle, ev.when.isoformat(), ev.outcome.value
('Luna-25', 'Soyuz-2.1b', '2023-08-10T23:10:57+00:00[UTC]', 'success')
>>> to_ll2(ev)["net"]
'2023-08-10T23:10:57Z'
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime, timezone
from typing import Any, Literal

from ..errors import TimelineError, TimestampError
from ..models import Event, EventKind, Outcome, Source, Status
from ..timestamp import Precision, Qualifier, Timestamp
from ._units import express, truncate

__all__ = ["from_ll2", "to_ll2"]

OnCoarse = Literal["raise", "widen"]

_PRECISION = {
    "second": Precision.SECOND,
    "minute": Precision.MINUTE,
    "hour": Precision.HOUR,
    "day": Precision.DAY,
    "month": Precision.MONTH,
    "year": Precision.YEAR,
}
_ABBREV = {
    Precision.SECOND: "SEC",
    Precision.MINUTE: "MIN",
    Precision.HOUR: "HR",
    Precision.DAY: "DAY",
    Precision.MONTH: "MON",
    Precision.YEAR: "YR",
}
# months covered by a coarse LL2 precision (by its name's code)
_PERIODS = {
    "q1": (1, 4),
    "q2": (4, 7),
    "q3": (7, 10),
    "q4": (10, 13),
    "h1": (1, 7),
    "h2": (7, 13),
}
# abbrev -> (status, outcome, qualifier); names are matched too (see _STATUS_NAMES)
_STATUS: dict[str, tuple[Status, Outcome | None, Qualifier | None]] = {
    "go": (Status.PLANNED, None, None),
    "tbc": (Status.PLANNED, None, None),
    "hold": (Status.PLANNED, None, None),
    "tbd": (Status.PLANNED, None, "not_before"),
    "success": (Status.ACTUAL, Outcome.SUCCESS, None),
    "failure": (Status.ACTUAL, Outcome.FAILURE, None),
    "partial failure": (Status.ACTUAL, Outcome.PARTIAL, None),
    "in flight": (Status.ACTUAL, None, None),
    "payload deployed": (Status.ACTUAL, Outcome.SUCCESS, None),
}
_STATUS_NAMES = {
    "go for launch": "go",
    "to be confirmed": "tbc",
    "on hold": "hold",
    "to be determined": "tbd",
    "launch successful": "success",
    "launch failure": "failure",
    "launch was a partial failure": "partial failure",
    "launch in flight": "in flight",
}
# what to_ll2 writes: (id, name, abbrev)
_STATUS_OUT = {
    "go": (1, "Go for Launch", "Go"),
    "tbd": (2, "To Be Determined", "TBD"),
    "success": (3, "Launch Successful", "Success"),
    "failure": (4, "Launch Failure", "Failure"),
    "partial failure": (7, "Launch was a Partial Failure", "Partial Failure"),
    "in flight": (6, "Launch in Flight", "In Flight"),
}
_ALL = tuple(_ABBREV)


def _bad(field: str, value: Any, reason: str, code: str = "bad_ll2") -> TimestampError:
    shown = f"{field} = {json.dumps(value, default=str)}"
    return TimestampError(reason, text=shown, span=(len(field) + 3, len(shown)), code=code)


def _name(value: Any) -> str | None:
    if isinstance(value, Mapping):
        value = value.get("name")
    return value if isinstance(value, str) and value else None


def _precision(
    record: Mapping[str, Any], default: Precision | None
) -> tuple[Precision, str | None]:
    """The precision of ``net`` and, for quarters and halves, the period code."""
    raw = record.get("net_precision")
    if raw is None:
        if default is None:
            raise _bad(
                "net_precision",
                raw,
                "the record gives no precision: pass default_precision= to say what its net means",
                "no_precision",
            )
        return default, None
    name = raw.get("name") if isinstance(raw, Mapping) else raw
    if not isinstance(name, str):
        raise _bad("net_precision", raw, "expected an object with a name such as 'Minute'")
    key = name.strip().lower()
    if key in _PRECISION:
        return _PRECISION[key], None
    for code in _PERIODS:
        if f"({code})" in key or key == code:
            return Precision.YEAR, code
    if "fiscal" in key:
        raise _bad(
            "net_precision",
            raw,
            "a fiscal year depends on whose fiscal year it is",
            "unsupported_precision",
        )
    raise _bad("net_precision", raw, "unknown precision name", "unsupported_precision")


def _net(record: Mapping[str, Any]) -> datetime:
    raw = record.get("net")
    if not isinstance(raw, str):
        raise _bad("net", raw, "the record has no net (an ISO 8601 UTC time)")
    text = raw.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _bad("net", raw, "net is not an ISO 8601 time") from None
    if moment.tzinfo is None:
        raise _bad("net", raw, "net has no zone (Launch Library times end in Z)", "no_zone")
    if moment.microsecond:
        raise _bad("net", raw, "fractions of a second are finer than lunamission keeps")
    return moment.astimezone(timezone.utc)


def _status(record: Mapping[str, Any]) -> tuple[Status, Outcome | None, Qualifier | None]:
    raw = record.get("status")
    names = [raw.get("abbrev"), raw.get("name")] if isinstance(raw, Mapping) else [raw]
    for name in names:
        if isinstance(name, str):
            key = name.strip().lower()
            key = _STATUS_NAMES.get(key, key)
            if key in _STATUS:
                return _STATUS[key]
    raise _bad(
        "status",
        raw,
        "unknown launch status (expected Go, TBD, TBC, Hold, Success, "
        "Failure, Partial Failure, In Flight or Payload Deployed)",
    )


def from_ll2(
    record: Mapping[str, Any],
    /,
    *,
    on_coarse: OnCoarse = "raise",
    default_precision: Precision | str | None = None,
) -> Event:
    """A launch :class:`Event` from a Launch Library 2 launch record (a dict)."""
    if not isinstance(record, Mapping):
        raise TimestampError(
            f"expected a record (dict), not {type(record).__name__}", code="bad_ll2"
        )
    default = Precision(default_precision) if default_precision is not None else None
    precision, period = _precision(record, default)
    moment = _net(record)
    if period is not None:
        first, after = _PERIODS[period]
        if not first <= moment.month < after:
            raise _bad(
                "net",
                record.get("net"),
                f"net is not inside {period.upper()}",
                "inconsistent_precision",
            )
        if on_coarse != "widen":
            raise _bad(
                "net_precision",
                record.get("net_precision"),
                f"lunamission has no {period.upper()} precision; pass on_coarse='widen' "
                "to read it as the whole year",
                "unsupported_precision",
            )
    status, outcome, qualifier = _status(record)
    unit = truncate(moment, "UTC", precision)
    when = Timestamp(local=unit.local, tz="UTC", precision=precision, qualifier=qualifier)
    name = record.get("name") if isinstance(record.get("name"), str) else ""
    vehicle_part, _, mission_part = (name or "").partition(" | ")
    rocket = record.get("rocket")
    config = rocket.get("configuration") if isinstance(rocket, Mapping) else None
    ident = record.get("id")
    updated = record.get("last_updated")
    recorded = None
    if isinstance(updated, str):
        try:
            recorded = _net({"net": updated}).date()
        except TimestampError:
            raise _bad("last_updated", updated, "not an ISO 8601 time") from None
    return Event(
        kind=EventKind.LAUNCH,
        status=status,
        outcome=outcome,
        mission=_name(record.get("mission")) or mission_part or None,
        when=when,
        summary=name or "",
        vehicle=_name(config) or (vehicle_part if mission_part else None),
        site=_name(record.get("pad")),
        source=Source(
            document=f"ll2:{ident}" if ident else None,
            publisher="Launch Library 2",
            published=recorded,
        ),
        recorded=recorded,
        id=f"ll2-{ident}" if ident else "",
    )


def to_ll2(event: Event, /, *, widen: bool = False) -> dict[str, Any]:
    """A Launch Library 2 launch record (a dict) for a launch event."""
    if event.kind != EventKind.LAUNCH:
        raise TimelineError(
            "Launch Library records are launches", text=event.kind.value, code="not_a_launch"
        )
    if event.when is None:
        raise TimelineError("a Launch Library record needs a net", text=event.id, code="undated")
    if event.status == Status.CANCELLED:
        raise TimelineError(
            "Launch Library has no cancelled status", text=event.id, code="not_representable"
        )
    ts = event.when
    if ts.qualifier == "not_after":
        raise TimestampError(
            "Launch Library has no way to say no later than",
            text=ts.isoformat(),
            code="not_representable",
        )
    bounded = Timestamp(
        local=ts.local, tz=ts.tz, precision=ts.precision, approximate=ts.approximate
    )
    utc = express(bounded, tz="UTC", precisions=_ALL, widen=widen, target="Launch Library")
    if event.status == Status.PLANNED:
        key = "tbd" if ts.qualifier == "not_before" else "go"
    else:
        key = {
            None: "in flight",
            Outcome.SUCCESS: "success",
            Outcome.FAILURE: "failure",
            Outcome.PARTIAL: "partial failure",
        }[event.outcome]
    status_id, status_name, abbrev = _STATUS_OUT[key]
    ident = event.id[4:] if event.id.startswith("ll2-") else event.id
    record: dict[str, Any] = {
        "id": ident,
        "name": " | ".join(x for x in (event.vehicle, event.mission) if x) or event.summary,
        "net": utc.utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "net_precision": {
            "name": utc.precision.value.capitalize(),
            "abbrev": _ABBREV[utc.precision],
        },
        "status": {"id": status_id, "name": status_name, "abbrev": abbrev},
        "mission": {"name": event.mission} if event.mission else None,
        "rocket": {"configuration": {"name": event.vehicle}} if event.vehicle else None,
        "pad": {"name": event.site} if event.site else None,
    }
    if event.recorded is not None:
        record["last_updated"] = _midnight(event.recorded)
    return record


def _midnight(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"
