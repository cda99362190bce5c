"""Two statements of one moment must agree: a zone abbreviation's stated offset with
the zone's offset on the day, and a bracketed second reading with the clock before it.

Pipeline: lexicon → tokens → atoms → grammar → resolve (uses **agreement**) → api.

Both checks raise :class:`~lunamission.TimestampError` rather than pick one of
the two statements: "14:00 EST on July 4" is ``zone_mismatch`` (New York keeps
EDT in July), "2:57 p.m. Moscow time (1257 GMT)" is ``conversion_mismatch``
(14:57 in Moscow was 11:57 GMT).

>>> from datetime import datetime
>>> from ..zones import localize
>>> from .parts import ZonePart
>>> text = "at 14:00 EST on July 4, 2023"
>>> try:
...     check_offset(ZonePart("America/New_York", -300, 9, 12),
...                  localize(datetime(2023, 7, 4, 14), "America/New_York"),
...                  "America/New_York", text)
... except TimestampError as exc:
...     print(exc.code, text[exc.span[0]:exc.span[1]])
zone_mismatch EST
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, tzinfo
from functools import lru_cache

from ..errors import TimestampError
from ..timestamp import Precision, Timestamp
from ..zones import format_offset, to_zone
from .parts import Partial, ZonePart

__all__ = ["check_conversion", "check_offset"]

_DAY_RANK = Precision.DAY.rank
_SECOND_RANK = Precision.SECOND.rank


def check_offset(zone: ZonePart, local: datetime, tz: str, text: str) -> None:
    """ "14:00 EST on July 4": the offset an abbreviation states must be the zone's then
    (``local`` is the wall clock in ``tz``); else ``zone_mismatch`` under the zone."""
    if zone.offset_minutes is None:
        return
    offset = _offset(local.tzinfo) if local.tzinfo is not None else timedelta(0)
    stated = _minutes(zone.offset_minutes)
    if offset != stated:
        reason = (
            f"the zone abbreviation states UTC{format_offset(stated)} but {tz} was on "
            f"UTC{format_offset(offset)} then"
        )
        raise TimestampError(reason, text=text, span=(zone.start, zone.end), code="zone_mismatch")


def check_conversion(
    p: Partial, stamps: tuple[Timestamp, ...], text: str, default_tz: str | None
) -> str:
    """Check that the bracketed second reading of ``p`` names the moment of each of
    ``stamps`` and return its zone; else ``conversion_mismatch`` under the expression.

    The two are compared at the coarser of their precisions ("2 p.m. IST (0830 GMT)"
    agrees, hour for hour), and on the day too when the bracket gives one. "about"
    hedges the moment, not the conversion: the bracket must still name it exactly.

    >>> from .parts import ClockPart, Conversion, DatePart
    >>> from .resolve import Context, resolve
    >>> from datetime import date
    >>> text = "at 2:10 a.m. Moscow time (2310 GMT) on August 11, 2023"
    >>> p = Partial(3, 54, (DatePart(2023, 8, 11),),
    ...             clock=ClockPart(2, 10, 0, Precision.MINUTE),
    ...             zone=ZonePart("Europe/Moscow", None, 13, 24),
    ...             conversion=Conversion(ClockPart(23, 10, 0, Precision.MINUTE),
    ...                                   ZonePart("UTC", None, 30, 33), None, 25, 35))
    >>> stamps = resolve(p, Context(text, None, None, "raise")).timestamps
    >>> check_conversion(p, stamps, text, None)
    'UTC'
    """
    conversion = p.conversion
    assert conversion is not None
    zone, clock, day = conversion.zone, conversion.clock, conversion.date
    tz = zone.name or default_tz
    if tz is None:
        reason = "'local time' names no zone: pass default_tz= for the place"
        raise TimestampError(reason, text=text, span=(zone.start, zone.end), code="no_zone")
    if (p.clock_end is None) != (conversion.clock_end is None):
        shapes = ("one time", "a window")
        said_shape, meant_shape = shapes if p.clock_end is not None else shapes[::-1]
        reason = (
            f"the bracketed reading {text[conversion.start : conversion.end]} gives "
            f"{said_shape}, but the time before it is {meant_shape}"
        )
        raise TimestampError(reason, text=text, span=(p.start, p.end), code="conversion_mismatch")
    weekday = conversion.weekday
    # (stamp, the bracket's clock for it, the bracket's day and weekday for it)
    pairs = [(ts, clock, day, weekday) for ts in stamps]
    if conversion.clock_end is not None:  # a window: each end has its own; a day is the start's
        pairs = [pairs[0], (stamps[1], conversion.clock_end, None, None)]
    for ts, clock, day, weekday in pairs:
        there = to_zone(ts.local, tz)
        if zone.name is not None:
            check_offset(zone, there, tz, text)
        coarser = min(ts.precision.rank, clock.precision.rank)
        said = (clock.hour, clock.minute, clock.second)[: coarser - _DAY_RANK]
        meant = (there.hour, there.minute, there.second)[: coarser - _DAY_RANK]
        same_day = (
            day is None
            or (
                (day.year is None or day.year == there.year)
                and (day.month, day.day) == (there.month, there.day)
            )
        ) and (weekday is None or weekday == there.weekday())
        if said != meant or not same_day:
            shown = there.strftime("%H:%M" if coarser < _SECOND_RANK else "%H:%M:%S")
            if day is not None or weekday is not None:
                shown = f"{there.strftime('%A')} {there.date().isoformat()} {shown}"
            reason = (
                f"the bracketed reading {text[conversion.start : conversion.end]} is not "
                f"the moment before it, which is {shown} in {tz}"
            )
            raise TimestampError(
                reason, text=text, span=(p.start, p.end), code="conversion_mismatch"
            )
    for other_clock, other_zone in conversion.others:
        other = replace(
            p,
            conversion=replace(
                conversion, clock=other_clock, zone=other_zone, date=None, weekday=None, others=()
            ),
        )
        check_conversion(other, stamps, text, default_tz)
    return tz


@lru_cache(maxsize=256)
def _offset(zone: tzinfo) -> timedelta:
    """The UTC offset of a tzinfo the resolver attached: a fixed offset, or one of
    pytz's per-period tzinfos, each of which stands for a single offset."""
    return zone.utcoffset(datetime(2000, 1, 1, tzinfo=zone)) or timedelta(0)


@lru_cache(maxsize=64)
def _minutes(minutes: int) -> timedelta:
    return timedelta(minutes=minutes)
