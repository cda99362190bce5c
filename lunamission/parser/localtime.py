"""Wall clock → aware datetime, fast, for the wall clocks that mean one instant.

Pipeline: lexicon → tokens → atoms → grammar → resolve (uses **localtime**) → api.

Profiling the parser showed pytz's ``localize`` (which tries every offset within
a day of the wall clock) as the largest single cost of resolving a timestamp.
:func:`exact_local` looks the offset up by bisecting the zone's transition table
instead and gives the same answer; for a wall clock that a DST change skips or
repeats it returns None, and the resolver asks :func:`lunamission.zones.localize`,
which applies the ``on_ambiguous`` policy. It reads pytz's transition tables
(``_utc_transition_times``, ``_transition_info``, ``_tzinfos``), which have been
stable for as long as pytz has existed; a property test checks it against pytz.

>>> exact_local(datetime(2011, 11, 9, 0, 16), "Europe/Moscow").isoformat()
'2011-11-09T00:16:00+04:00'
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime, timedelta, tzinfo
from functools import lru_cache

import pytz

from ..zones import get_zone

__all__ = ["exact_local"]

_Info = tuple[timedelta, timedelta, str]
_Table = tuple[list[datetime], list[_Info], dict[_Info, tzinfo]]


@lru_cache(maxsize=256)
def _transitions(tz: str) -> _Table | tzinfo:
    """A DST zone's transition table (UTC times, offsets, tzinfos), or the fixed tzinfo."""
    zone = get_zone(tz)
    if not isinstance(zone, pytz.tzinfo.DstTzInfo):
        return zone
    return (
        getattr(zone, "_utc_transition_times"),  # noqa: B009
        getattr(zone, "_transition_info"),  # noqa: B009
        getattr(zone, "_tzinfos"),  # noqa: B009
    )


def exact_local(naive: datetime, tz: str) -> datetime | None:
    """``naive`` in zone ``tz`` when the wall clock maps to exactly one instant, else
    None (the caller then asks :func:`lunamission.zones.localize`, which applies the
    ``on_ambiguous`` policy).

    Profiling showed pytz's own ``localize`` (which tries every offset within a day)
    dominating resolution; this looks the offset up by bisecting the zone's
    transition table, and gives the same answer.

    >>> exact_local(datetime(2011, 11, 9, 0, 16), "Europe/Moscow").isoformat()
    '2011-11-09T00:16:00+04:00'
    >>> exact_local(datetime(2010, 10, 31, 2, 30), "Europe/Moscow") is None
    True
    """
    table = _transitions(tz)
    if not isinstance(table, tuple):
        return naive.replace(tzinfo=table)
    times, infos, tzinfos = table
    at = bisect_right(times, naive) - 1
    found: tzinfo | None = None
    for k in range(max(at - 2, 0), min(at + 3, len(times))):
        if bisect_right(times, naive - infos[k][0]) - 1 == k:
            if found is not None:
                return None
            found = tzinfos[infos[k]]
    return None if found is None else naive.replace(tzinfo=found)
