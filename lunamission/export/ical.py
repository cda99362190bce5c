"""iCalendar (RFC 5545): a timeline that calendar apps can subscribe to.

Where it sits: an export, from a :class:`Timeline` to ``.ics`` text, written by
hand (CRLF line ends, lines folded at 75 octets, TEXT values escaped).

One VEVENT per current event. Times to the hour, minute or second are UTC
DATE-TIMEs (``DTSTART:20230810T231000Z``), ending one unit later; a day is an
all-day ``VALUE=DATE`` event, and a month or a year an all-day event spanning
it, dated in the zone the source used. The UID is the id of the first version of
the event's revision chain and ``SEQUENCE`` the number of earlier versions, so a
subscriber sees a slipped date as an update of the same event, not a new one.
Planned events are ``STATUS:TENTATIVE``, cancelled ones ``CANCELLED``, actual
ones ``CONFIRMED``. Undated events cannot be put in a calendar: they are left
out (``undated="raise"`` refuses the timeline instead).

>>> import lunamission as lm
>>> tl = lm.Timeline([lm.Event(kind="launch", mission="Luna-25",
...     when=lm.Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]"))])
>>> [line for line in to_ics(tl).splitlines() if line.startswith("DT")][1:]
['DTSTART:20230810T231000Z', 'DTEND:20230810T231100Z']
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Literal

from .._version import __version__
from ..errors import TimelineError
from ..models import Event, Status
from ..timestamp import Precision
from .display import display_when, headline

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = ["to_ics"]

Undated = Literal["omit", "raise"]

_STATUS = {Status.ACTUAL: "CONFIRMED", Status.PLANNED: "TENTATIVE", Status.CANCELLED: "CANCELLED"}
_UTC = timezone.utc


def escape(text: str) -> str:
    """A TEXT value escaped per RFC 5545 section 3.3.11.

    >>> escape("Luna-25; lost, then found\\\\n")
    'Luna-25\\\\; lost\\\\, then found\\\\\\\\n'
    """
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """A content line folded to at most 75 octets per physical line (CRLF + space),
    never splitting a UTF-8 character.

    >>> [len(part.encode()) for part in fold("X" * 160).split("\\r\\n")]
    [75, 75, 12]
    """
    out: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode())
        if size + width > 75:
            out.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n".join(out)


def _utc(moment: datetime) -> str:
    return moment.astimezone(_UTC).strftime("%Y%m%dT%H%M%SZ")


def _span(ev: Event) -> tuple[str, str]:
    """DTSTART and DTEND lines (without CRLF) for a dated event."""
    ts = ev.when
    assert ts is not None
    if ts.precision.rank >= Precision.HOUR.rank:
        return f"DTSTART:{_utc(ts.utc)}", f"DTEND:{_utc(ts.end)}"
    first = ts.local.date()
    if ts.precision == Precision.DAY:
        last = first + timedelta(days=1)
    elif ts.precision == Precision.MONTH:
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    else:
        last = first.replace(year=first.year + 1)
    return f"DTSTART;VALUE=DATE:{_day(first)}", f"DTEND;VALUE=DATE:{_day(last)}"


def _day(day: date) -> str:
    return day.strftime("%Y%m%d")


def _chain(timeline: Timeline, ev: Event) -> tuple[str, int]:
    """The id of the first version of ``ev``'s chain and the number of versions before it."""
    root, earlier, seen = ev, 0, {ev.id}
    while root.supersedes is not None and root.supersedes in timeline:
        parent = timeline.get(root.supersedes)
        if parent.id in seen:
            break
        seen.add(parent.id)
        root, earlier = parent, earlier + 1
    return root.id, earlier


def _vevent(timeline: Timeline, ev: Event, stamp: str) -> list[str]:
    uid, sequence = _chain(timeline, ev)
    start, end = _span(ev)
    assert ev.when is not None
    if ev.recorded is not None:
        stamp = _utc(datetime.combine(ev.recorded, datetime.min.time(), _UTC))
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape(uid)}@lunamission",
        f"DTSTAMP:{stamp}",
        start,
        end,
        f"SEQUENCE:{sequence}",
        f"STATUS:{_STATUS[ev.status]}",
        f"SUMMARY:{escape(headline(ev))}",
        f"CATEGORIES:{escape(ev.kind.value)}",
    ]
    description = [f"Time as reported: {display_when(ev.when)}"]
    if ev.summary:
        description.insert(0, ev.summary)
    if ev.outcome is not None:
        description.append(f"Outcome: {ev.outcome.value}")
    if ev.source is not None:
        src = ev.source
        said = ", ".join(str(x) for x in (src.publisher, src.published, src.document) if x)
        if said:
            description.append(f"Source: {said}")
        if src.quote:
            description.append(f"“{src.quote}”")
    lines.append(f"DESCRIPTION:{escape(chr(10).join(description))}")
    if ev.site:
        lines.append(f"LOCATION:{escape(ev.site)}")
    lines.append("END:VEVENT")
    return lines


def to_ics(timeline: Timeline, /, *, undated: Undated = "omit") -> str:
    """The timeline's current events as an iCalendar document (see the module docstring).

    DTSTAMP is the event's ``recorded`` date when known, else the time of export.
    """
    events = timeline.events
    if undated == "raise":
        missing = [ev.id for ev in events if ev.when is None]
        if missing:
            raise TimelineError(
                f"{len(missing)} undated event(s) cannot be put in a calendar",
                text=", ".join(missing),
                code="undated",
            )
    stamp = _utc(datetime.now(_UTC))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//lunamission//lunamission {__version__}//EN",
        "CALSCALE:GREGORIAN",
    ]
    for ev in events:
        if ev.when is not None:
            lines.extend(_vevent(timeline, ev, stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
