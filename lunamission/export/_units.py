"""Re-expressing a timestamp in another catalogue's terms, exactly or by widening.

Where it sits: under the interchange adapters (GCAT, EDTF, Launch Library 2),
whose formats know fewer shapes than :class:`Timestamp` (UTC only, no hour
precision, no "about"). :func:`express` finds the same interval in the target's
terms; when there is none it refuses, or with ``widen=True`` returns the finest
target unit that contains the whole interval, so a date is never narrowed or
shifted, only made coarser.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from ..errors import TimestampError
from ..timestamp import _FIELD_FLOOR, _FINER_FIELDS, Precision, Timestamp
from ..zones import localize, to_zone

__all__ = ["express", "truncate"]

_COARSER = sorted(Precision, key=lambda p: p.rank, reverse=True)


def truncate(
    moment: datetime, tz: str, precision: Precision, *, approximate: bool = False
) -> Timestamp:
    """The ``precision`` unit of zone ``tz`` that contains the instant ``moment``.

    >>> from datetime import datetime, timezone
    >>> truncate(datetime(2023, 8, 10, 23, 10, tzinfo=timezone.utc), "Europe/Moscow",
    ...          Precision.DAY).isoformat()
    '2023-08-11[Europe/Moscow]'
    """
    cut = {f: _FIELD_FLOOR[f] for f in _FINER_FIELDS[precision]}
    wall = to_zone(moment, tz).replace(tzinfo=None, microsecond=0, **cut)
    start = localize(wall, tz, on_ambiguous="earlier")
    return Timestamp.from_datetime(start, precision=precision, tz=tz, approximate=approximate)


def _same(a: Timestamp, b: Timestamp) -> bool:
    return a.interval == b.interval


def express(
    ts: Timestamp,
    /,
    *,
    tz: str,
    precisions: Collection[Precision],
    approximate: Collection[Precision] = (),
    widen: bool,
    target: str,
) -> Timestamp:
    """``ts`` as a timestamp in zone ``tz`` with one of ``precisions`` (``approximate``
    lists those that may carry "about"), or :class:`TimestampError` naming ``target``.

    Without ``widen`` only the very same interval is accepted; with it, the
    finest unit that contains the whole interval.
    """
    if ts.qualifier is not None:
        bound = "no earlier" if ts.qualifier == "not_before" else "no later"
        raise TimestampError(
            f"{target} has no way to say {bound} than",
            text=ts.isoformat(),
            code="not_representable",
        )
    lo, hi = ts.interval
    anchors = (lo + (hi - lo) / 2, ts.utc, lo)
    for precision in _COARSER:
        if precision.rank > ts.precision.rank or precision not in precisions:
            continue
        for anchor in anchors:
            for hedged in (False, True):
                if hedged and precision not in approximate:
                    continue
                try:
                    candidate = truncate(anchor, tz, precision, approximate=hedged)
                except ValueError:  # the zone skips that wall clock: no such unit
                    continue
                if _same(candidate, ts):
                    return candidate
                if widen and candidate.earliest <= lo and hi <= candidate.latest:
                    return candidate
        if not widen:
            break
    shown = ts.isoformat()
    raise TimestampError(
        f"{target} cannot say this exactly (it knows "
        f"{', '.join(p.value for p in _COARSER if p in precisions)} in {tz}"
        f"{'' if approximate else ', without approximation'}); pass widen=True for the "
        "nearest wider date",
        text=shown,
        code="not_representable",
    )
