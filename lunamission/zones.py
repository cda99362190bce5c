"""Time zones: names to tz-database zones, and wall clocks to instants.

Sits under every other module. A zone is named either by an IANA name
("Europe/Moscow", "UTC"), resolved through pytz's copy of the tz database
(historical offsets included: Moscow was UTC+4 from 2011-03-27 to 2014-10-26),
or by a fixed offset ("+03:00"). Zones are looked up once and cached.

>>> zone_name("europe/moscow"), zone_name("+3"), zone_name("Z")
('Europe/Moscow', '+03:00', 'UTC')
>>> localize(datetime(2012, 8, 11, 2, 10), "Europe/Moscow").isoformat()
'2012-08-11T02:10:00+04:00'
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Literal

import pytz
from dateutil import tz as dateutil_tz

from .errors import ZoneError

__all__ = [
    "OnAmbiguous",
    "format_offset",
    "get_zone",
    "localize",
    "name_of",
    "to_zone",
    "zone_name",
]

OnAmbiguous = Literal["raise", "earlier", "later"]
"""What to do with a wall-clock time that a DST change skips or repeats."""

UTC = timezone.utc
_OFFSET = re.compile(r"(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)
_UTC_NAMES = frozenset({"utc", "z", "gmt", "etc/utc", "etc/gmt", "zulu", "universal"})


@lru_cache(maxsize=1024)
def _resolve(name: str) -> tuple[str, tzinfo]:
    key = name.strip()
    if key.lower() in _UTC_NAMES:
        return "UTC", UTC
    m = _OFFSET.fullmatch(key)
    if m:
        sign, hours, minutes = m.group(1), int(m.group(2)), int(m.group(3) or 0)
        if hours > 23 or minutes > 59:
            raise ZoneError("offset out of range", text=name, span=(0, len(name)))
        delta = timedelta(hours=hours, minutes=minutes)
        if delta == timedelta(0):
            return "+00:00", timezone(timedelta(0))
        delta = -delta if sign == "-" else delta
        canonical = f"{sign}{hours:02d}:{minutes:02d}"
        return canonical, timezone(delta)
    try:
        zone = pytz.timezone(key)
    except (pytz.UnknownTimeZoneError, AttributeError, ValueError):
        raise ZoneError(
            "unknown time zone (give an IANA name such as 'Europe/Moscow' or an offset "
            "such as '+03:00')",
            text=name,
            span=(0, len(name)),
        ) from None
    canonical = str(zone.zone)
    if canonical in ("UTC", "Etc/UTC", "Etc/GMT", "GMT"):
        return "UTC", UTC
    return canonical, zone


def zone_name(name: str) -> str:
    """The canonical spelling of a zone: an IANA name, ``"UTC"`` or ``"+HH:MM"``."""
    return _resolve(name)[0]


def get_zone(name: str) -> tzinfo:
    """The tzinfo for a zone name; raises :class:`ZoneError` for unknown names."""
    return _resolve(name)[1]


def localize(naive: datetime, name: str, *, on_ambiguous: OnAmbiguous = "raise") -> datetime:
    """Attach zone ``name`` to a wall-clock time, refusing the times DST makes doubtful.

    A wall-clock time that does not exist (skipped by a spring-forward) or exists
    twice (repeated by a fall-back) raises :class:`ZoneError` unless
    ``on_ambiguous`` picks the earlier or later reading.

    >>> try:
    ...     localize(datetime(2010, 10, 31, 2, 30), "Europe/Moscow")
    ... except ZoneError as exc:
    ...     print(exc.code)
    ambiguous_time
    >>> localize(datetime(2010, 10, 31, 2, 30), "Europe/Moscow", on_ambiguous="later").isoformat()
    '2010-10-31T02:30:00+03:00'
    """
    zone = get_zone(name)
    if not isinstance(zone, pytz.BaseTzInfo):
        return naive.replace(tzinfo=zone)
    try:
        return zone.localize(naive, is_dst=None)
    except pytz.AmbiguousTimeError:
        if on_ambiguous == "raise":
            raise ZoneError(
                f"{naive.isoformat(timespec='minutes')} happens twice in {name} (clocks went "
                "back); pass on_ambiguous='earlier' or 'later'",
                code="ambiguous_time",
            ) from None
        return zone.localize(naive, is_dst=on_ambiguous == "earlier")
    except pytz.NonExistentTimeError:
        if on_ambiguous == "raise":
            raise ZoneError(
                f"{naive.isoformat(timespec='minutes')} does not exist in {name} (clocks went "
                "forward); pass on_ambiguous='earlier' or 'later'",
                code="nonexistent_time",
            ) from None
        # Read the skipped wall time with the offset before ("earlier") or after the
        # change, then express it as the real wall clock of that instant.
        aware = zone.localize(naive, is_dst=on_ambiguous == "earlier")
        return zone.normalize(aware)


def to_zone(moment: datetime, name: str) -> datetime:
    """Express an aware datetime as the wall clock of zone ``name``."""
    zone = get_zone(name)
    if isinstance(zone, pytz.BaseTzInfo):
        return zone.normalize(moment.astimezone(zone))
    return moment.astimezone(zone)


def format_offset(delta: timedelta) -> str:
    """A UTC offset as ``+HH:MM``.

    >>> format_offset(timedelta(hours=-3, minutes=-30))
    '-03:30'
    """
    total = int(delta.total_seconds()) // 60
    sign = "-" if total < 0 else "+"
    return f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"


def name_of(tz: tzinfo | None) -> str | None:
    """The zone name a tzinfo stands for, or None when it does not say.

    Named zones (pytz, zoneinfo) give their IANA name; fixed offsets (stdlib
    ``timezone``, dateutil's ``tzutc`` and ``tzoffset``) give ``+HH:MM`` or UTC.

    >>> from dateutil import tz as dateutil_tz
    >>> name_of(dateutil_tz.tzoffset(None, 19800)), name_of(dateutil_tz.tzutc())
    ('+05:30', 'UTC')
    """
    if tz is None:
        return None
    if tz is UTC or tz is pytz.utc or isinstance(tz, dateutil_tz.tzutc):
        return "UTC"
    zone = getattr(tz, "zone", None) or getattr(tz, "key", None)
    if isinstance(zone, str):
        return zone_name(zone)
    if isinstance(tz, (timezone, dateutil_tz.tzoffset)):
        offset = tz.utcoffset(None)
        if offset is None:
            return None
        return "UTC" if offset == timedelta(0) else format_offset(offset)
    return None
