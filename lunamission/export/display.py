"""Short human-readable dates and titles for the calendar and TimelineJS exports.

Where it sits: under :mod:`~lunamission.export.ical` and
:mod:`~lunamission.export.timelinejs`, which show a reader the time as the source
gave it, to its precision, in its zone, with its hedges.

>>> import lunamission as lm
>>> display_when(lm.Timestamp.from_iso("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]"))
'19 Aug 2023, about 14:57 MSK'
>>> display_when(lm.Timestamp.from_iso("2026-07[UTC][_qualifier=not_before]"))
'NET Jul 2026'
"""

from __future__ import annotations

from ..models import Event, Status
from ..timestamp import Precision, Timestamp

__all__ = ["display_when", "headline"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PREFIX = {"not_before": "NET ", "not_after": "NLT "}  # no earlier / no later than


def _zone(ts: Timestamp) -> str:
    name = ts.local.tzname()
    if name is None or name.startswith(("UTC+", "UTC-")):
        return f"UTC{ts.tz}" if ts.tz[:1] in "+-" else ts.tz
    return name


def display_when(ts: Timestamp, /) -> str:
    """The timestamp the way a reader would write it: "12 Aug 2023", "Aug 2023",
    "19 Aug 2023, about 14:57 MSK", "NET 21 Aug 2023"."""
    local, p = ts.local, ts.precision
    about = "about " if ts.approximate else ""
    if p == Precision.YEAR:
        text = f"{about}{local.year}"
    elif p == Precision.MONTH:
        text = f"{about}{_MONTHS[local.month - 1]} {local.year}"
    else:
        day = f"{local.day} {_MONTHS[local.month - 1]} {local.year}"
        if p == Precision.DAY:
            text = f"{about}{day}"
        else:
            clock = {
                Precision.HOUR: f"{local.hour:02d}h",
                Precision.MINUTE: f"{local.hour:02d}:{local.minute:02d}",
                Precision.SECOND: f"{local.hour:02d}:{local.minute:02d}:{local.second:02d}",
            }[p]
            text = f"{day}, {about}{clock} {_zone(ts)}"
    return _PREFIX.get(ts.qualifier or "", "") + text


def headline(ev: Event, /) -> str:
    """A one-line title: mission, kind and, when not actual, the status.

    >>> import lunamission as lm
    >>> headline(lm.Event(kind="landing", mission="Luna-25", status="planned"))
    'Luna-25: landing (planned)'
    """
    what = ev.kind.value.replace("_", " ")
    title = f"{ev.mission}: {what}" if ev.mission else what.capitalize()
    if ev.status != Status.ACTUAL:
        title += f" ({ev.status.value})"
    if ev.outcome is not None and ev.outcome.value != "success":
        title += f", {ev.outcome.value}"
    return title
