"""Wall clock → aware datetime → :class:`~lunamission.Timestamp`, fast, for the wall
clocks that mean one instant.

Pipeline: lexicon → tokens → atoms → grammar → resolve (uses **localtime**) → api.

Profiling the parser showed pytz's ``localize`` (which tries every offset within
a day of the wall clock) as the largest single cost of resolving a timestamp,
and pydantic's ``model_construct`` as the next. Three shortcuts, each giving
exactly what the slow path gives:

* :func:`day_zone` answers, once per zone and day (memoised), with the one
  tzinfo every wall time of that day maps to; a day within a day of a DST change
  or offset change gets None.
* :func:`exact_local` looks the offset of one wall clock up by bisecting the
  zone's transition table; for a wall clock that a DST change skips or repeats
  it returns None, and the resolver asks :func:`lunamission.zones.localize`,
  which applies the ``on_ambiguous`` policy.
* :func:`build_timestamp` fills a :class:`~lunamission.Timestamp` whose fields are
  already normalised without running its validators.

They read pytz's transition tables (``_utc_transition_times``,
``_transition_info``, ``_tzinfos``), stable for as long as pytz has existed, and
the four instance slots pydantic v2 gives every model; property tests check them
against pytz and against validated timestamps, and :func:`build_timestamp` checks
itself against ``model_construct`` at import, falling back to it on a mismatch.

>>> exact_local(datetime(2011, 11, 9, 0, 16), "Europe/Moscow").isoformat()
'2011-11-09T00:16:00+04:00'
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from functools import lru_cache

import pytz

from ..timestamp import Precision, Qualifier, Timestamp
from ..zones import get_zone

__all__ = ["build_timestamp", "day_zone", "exact_local"]

_Info = tuple[timedelta, timedelta, str]
_Table = tuple[list[datetime], list[_Info], dict[_Info, tzinfo], list[tzinfo]]
_MARGIN = timedelta(days=2)  # more than any UTC offset, either side of the day
_MARGIN_AFTER = _MARGIN + timedelta(days=1)  # from the day's midnight


@lru_cache(maxsize=256)
def _transitions(tz: str) -> _Table | tzinfo:
    """A DST zone's transition table (UTC times, offsets, tzinfos, and the tzinfo of
    each period in order), or the fixed tzinfo."""
    zone = get_zone(tz)
    if not isinstance(zone, pytz.tzinfo.DstTzInfo):
        return zone
    infos: list[_Info] = getattr(zone, "_transition_info")  # noqa: B009
    tzinfos: dict[_Info, tzinfo] = getattr(zone, "_tzinfos")  # noqa: B009
    return (
        getattr(zone, "_utc_transition_times"),  # noqa: B009
        infos,
        tzinfos,
        [tzinfos[info] for info in infos],
    )


@lru_cache(maxsize=8192)
def day_zone(tz: str, year: int, month: int, day: int) -> tzinfo | None:
    """The tzinfo that every wall time of the day maps to exactly once, or None when
    the zone changed its offset within two days of it (or no such day exists).

    With no transition from two days before the day to two days after it, every
    wall time of the day falls, whatever offset is tried, inside that one period:
    exactly one reading fits.

    >>> day_zone("Europe/Moscow", 2023, 8, 11)
    <DstTzInfo 'Europe/Moscow' MSK+3:00:00 STD>
    >>> day_zone("Europe/Moscow", 2010, 10, 31) is None
    True
    """
    table = _transitions(tz)
    try:
        midnight = datetime(year, month, day)
        lo, hi = midnight - _MARGIN, midnight + _MARGIN_AFTER
    except (ValueError, OverflowError):
        return None
    if not isinstance(table, tuple):
        return table
    times = table[0]
    at = bisect_right(times, lo)
    if at == 0 or (at < len(times) and times[at] <= hi):
        return None
    return table[3][at - 1]


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
    times, infos, tzinfos, _ = table
    at = bisect_right(times, naive) - 1
    found: tzinfo | None = None
    for k in range(max(at - 2, 0), min(at + 3, len(times))):
        if bisect_right(times, naive - infos[k][0]) - 1 == k:
            if found is not None:
                return None
            found = tzinfos[infos[k]]
    return None if found is None else naive.replace(tzinfo=found)


_FIELDS = frozenset({"local", "tz", "precision", "approximate", "qualifier"})
_new = object.__new__


def _unset(ts: object, value: object) -> None:
    raise AttributeError("no such slot")


def _slot(name: str) -> Callable[[object, object], None]:
    """The setter of the instance slot ``name`` that pydantic gives every model
    (calling it directly skips ``object.__setattr__``'s lookup)."""
    for klass in Timestamp.__mro__:
        found = vars(klass).get(name)
        if found is not None and hasattr(found, "__set__"):
            setter: Callable[[object, object], None] = found.__set__
            return setter
    return _unset


_set_dict = _slot("__dict__")
_set_fields_set = _slot("__pydantic_fields_set__")
_set_extra = _slot("__pydantic_extra__")
_set_private = _slot("__pydantic_private__")
_direct = True  # set at import: whether filling the slots builds what model_construct builds


def build_timestamp(
    local: datetime, tz: str, precision: Precision, approximate: bool, qualifier: Qualifier | None
) -> Timestamp:
    """A :class:`~lunamission.Timestamp` from fields that are already normalised
    (``local`` a wall clock in the canonical zone ``tz``, every field finer than
    ``precision`` at zero), without running the validators, which would only repeat
    the work.

    >>> build_timestamp(exact_local(datetime(2023, 8, 11, 2, 10), "Europe/Moscow"),
    ...                 "Europe/Moscow", Precision.MINUTE, False, None)
    Timestamp('2023-08-11T02:10+03:00[Europe/Moscow]')
    """
    if not _direct:
        return Timestamp.model_construct(
            local=local, tz=tz, precision=precision, approximate=approximate, qualifier=qualifier
        )
    ts: Timestamp = _new(Timestamp)
    _set_dict(
        ts,
        {
            "local": local,
            "tz": tz,
            "precision": precision,
            "approximate": approximate,
            "qualifier": qualifier,
        },
    )
    _set_fields_set(ts, set(_FIELDS))
    _set_extra(ts, None)
    _set_private(ts, None)
    return ts


def _direct_works() -> bool:
    """Whether filling pydantic's instance slots builds what ``model_construct`` builds."""
    local = datetime(2023, 8, 11, 2, 10, tzinfo=get_zone("UTC"))
    try:
        built = build_timestamp(local, "UTC", Precision.MINUTE, True, "not_before")
        state = built.__getstate__()
    except (AttributeError, TypeError):
        return False
    constructed = Timestamp.model_construct(
        local=local, tz="UTC", precision=Precision.MINUTE, approximate=True, qualifier="not_before"
    )
    return bool(state == constructed.__getstate__())


_direct = _direct_works()
