"""A clock told apart from its day: one event, its day in one sentence, its time in another.

Pipeline: lexicon → dateline / sentences → entities and classify → attach → emit
→ **sameday** → consolidate → api.

Wire reports often give an event's day first and its clock in a later sentence
with no date ("Starliner blasted off on Wednesday ... The capsule rocketed into
the sky at 10:52 a.m. (1452 GMT)"). The parser rightly refuses a clock with no
day (``no_date``), so that mention stays undated. When the article has already
dated the same event (same kind, status and mission) to exactly one day, and to
that day only (no clock, no hedge), the clock is read on that day, as though the
sentence had said it: at the one instant inside that day the clock can name, read
in its own zone ("1520 GMT" after a Tokyo Saturday is 15:20 UTC on the Friday,
which is Saturday in Tokyo). Two candidate days, a different event, a clock that
names no instant or two inside the day, or one that still does not resolve leave
the mention undated, its words kept.

>>> from datetime import date
>>> from lunamission.models import Event, Source
>>> from lunamission.timestamp import Timestamp
>>> et = "America/New_York"
>>> day = Event(kind="launch", mission="Starliner",
...             when=Timestamp.from_iso(f"2024-06-05[{et}]"))
>>> clock = Event(kind="launch", mission="Starliner",
...               source=Source(timestamp_text="10:52 am (1452 GMT)"))
>>> (dated,) = date_bare_clocks([day], [clock], zone=et, rule="dateline",
...                             reference=date(2024, 6, 5))
>>> dated.when
Timestamp('2024-06-05T10:52-04:00[America/New_York]')
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from ..errors import TimestampError
from ..models import Event, mission_key, rederived
from ..parser import find_timestamps, parse_timestamps
from ..timestamp import Precision, Timestamp

__all__ = ["date_bare_clocks"]


def date_bare_clocks(
    earlier: Sequence[Event],
    new: Sequence[Event],
    *,
    zone: str | None,
    rule: str | None,
    reference: date,
) -> list[Event]:
    """``new`` (one sentence's events), each undated one whose words are a clock with
    no day dated on the one day ``earlier`` events gave the same event, if any."""
    out: list[Event] = []
    for ev in new:
        text = ev.source.timestamp_text if ev.source is not None else None
        day = _one_day(earlier, ev) if ev.when is None and text else None
        dated = None
        if text and day is not None and _lacks_only_a_day(text, zone, reference):
            dated = _clock_in(ev, text, day, zone=zone, rule=rule, reference=reference)
        out.append(dated or ev)
    return out


def _one_day(earlier: Sequence[Event], ev: Event) -> Timestamp | None:
    """The one day that ``earlier`` events gave the same event, if they gave one."""
    key = mission_key(ev.mission) if ev.mission else None
    days = {
        other.when
        for other in earlier
        if other.when is not None
        and other.kind == ev.kind
        and other.status == ev.status
        and (mission_key(other.mission) if other.mission else None) == key
        and other.when.precision == Precision.DAY
        and not other.when.approximate
        and other.when.qualifier is None
    }
    return days.pop() if len(days) == 1 else None


def _lacks_only_a_day(text: str, zone: str | None, reference: date) -> bool:
    try:
        parse_timestamps(text, reference=reference, default_tz=zone)
    except TimestampError as exc:
        return exc.code == "no_date"
    return False


def _clock_in(
    ev: Event, text: str, day: Timestamp, *, zone: str | None, rule: str | None, reference: date
) -> Event | None:
    """``ev`` dated by its clock ``text`` at the one instant inside ``day`` it can name
    (read on that date, the day before or the day after, in the clock's own zone),
    or None when it names none or several."""
    inside: list[tuple[Timestamp, str]] = []
    start, end = day.earliest, day.latest
    for shift in (-1, 0, 1):
        on = day.local.date() + timedelta(days=shift)
        said = f"{text} on {on:%B} {on.day}, {on.year}"
        try:
            found = find_timestamps(said, reference=reference, default_tz=zone)
        except TimestampError:
            continue
        if len(found) != 1 or len(found[0].timestamps) != 1:
            continue
        when = found[0].timestamps[0]
        if when.precision.rank > Precision.DAY.rank and start <= when.earliest <= end:
            inside.append((when, found[0].zone_from))
    if len(inside) != 1:
        return None
    when, zone_from = inside[0]
    assert ev.source is not None
    source = ev.source.model_copy(
        update={"zone_rule": "explicit" if zone_from != "default" else rule}
    )
    return rederived(ev, when=when, source=source)
