"""GCAT vague dates (Jonathan McDowell's General Catalog of Artificial Space Objects), both ways.

Where it sits: an interchange adapter between a :class:`Timestamp` and the date
strings of GCAT's tables. GCAT dates are UTC and carry their own precision:

=========================  =========  ==============================================
text                       precision  note
=========================  =========  ==============================================
``2023 Aug 10 2310:57``    second
``2023 Aug 10 2310``       minute
``2023 Aug 10 23h``        hour
``2023 Aug 10``            day        GCAT pads the day: ``1957 Oct  4``
``2023 Aug``               month
``2023``                   year
=========================  =========  ==============================================

A trailing ``?`` marks an uncertain date (read as ``approximate=True``, which
widens it by :data:`~lunamission.APPROXIMATE_MARGIN`); a trailing ``s`` marks a
scheduled one (a planned event). Fractions of a second are refused: lunamission
keeps whole seconds.

>>> from_gcat("1957 Oct  4 1928:34").when.isoformat()
'1957-10-04T19:28:34+00:00[UTC]'
>>> from_gcat("2026 Jul s").scheduled
True
>>> import lunamission as lm
>>> to_gcat(lm.Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]"))
'2023 Aug 10 2310'
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from pydantic import BaseModel, ConfigDict

from ..errors import TimestampError
from ..timestamp import Precision, Timestamp
from ._units import express

__all__ = ["GcatDate", "from_gcat", "to_gcat"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NUMBER = {name.lower(): i + 1 for i, name in enumerate(_MONTHS)}
_GCAT = re.compile(
    r"(?P<year>\d{4})"
    r"(?:\s+(?P<month>[A-Za-z]{3})"
    r"(?:\s+(?P<day>\d{1,2})"
    r"(?:\s+(?:(?P<hour>\d{2})(?P<minute>\d{2})(?::(?P<second>\d{2})(?P<frac>\.\d+)?)?"
    r"|(?P<hour_only>\d{2})h))?)?)?"
    r"(?P<flags>(?:\s*[?s]){1,2})?\s*"
)
_ALL = (
    Precision.YEAR,
    Precision.MONTH,
    Precision.DAY,
    Precision.HOUR,
    Precision.MINUTE,
    Precision.SECOND,
)


class GcatDate(BaseModel):
    """A GCAT date as read: the timestamp (UTC) and whether GCAT marked it scheduled."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    when: Timestamp
    scheduled: bool = False


def _fail(text: str, reason: str, span: tuple[int, int]) -> TimestampError:
    return TimestampError(reason, text=text, span=span, code="bad_gcat")


def from_gcat(text: str, /) -> GcatDate:
    """Read a GCAT vague date; a :class:`~lunamission.errors.TimestampError`
    points at the part that is not one."""
    if not isinstance(text, str):
        raise TimestampError(f"expected GCAT text, got {type(text).__name__}", code="bad_gcat")
    m = _GCAT.fullmatch(text.strip())
    lead = len(text) - len(text.lstrip())
    if m is None:
        partial = _GCAT.match(text.strip())
        at = lead + (partial.end() if partial else 0)
        raise _fail(
            text,
            "not a GCAT date (forms: 2023 Aug 10 2310:57, 2023 Aug 10 2310, 2023 Aug 10, "
            "2023 Aug, 2023, with ? for uncertain and s for scheduled)",
            (at, len(text)) if at < len(text) else (0, len(text)),
        )

    def span(group: str) -> tuple[int, int]:
        a, b = m.span(group)
        return a + lead, b + lead

    if m.group("frac"):
        raise _fail(text, "fractions of a second are finer than lunamission keeps", span("frac"))
    flags = "".join((m.group("flags") or "").split())
    if len(set(flags)) != len(flags):
        raise _fail(text, "a flag is repeated", span("flags"))
    month = 1
    if m.group("month"):
        number = _MONTH_NUMBER.get(m.group("month").lower())
        if number is None:
            raise _fail(text, "not a month name (Jan ... Dec)", span("month"))
        month = number
    hour = m.group("hour") or m.group("hour_only")
    try:
        moment = datetime(
            int(m.group("year")),
            month,
            int(m.group("day") or 1),
            int(hour or 0),
            int(m.group("minute") or 0),
            int(m.group("second") or 0),
            tzinfo=timezone.utc,
        )
    except ValueError as exc:
        last = next(
            g for g in ("second", "minute", "hour_only", "day", "month", "year") if m.group(g)
        )
        raise _fail(text, f"impossible date or time ({exc})", (lead, span(last)[1])) from None
    precision = (
        Precision.SECOND
        if m.group("second")
        else Precision.MINUTE
        if m.group("minute")
        else Precision.HOUR
        if hour
        else Precision.DAY
        if m.group("day")
        else Precision.MONTH
        if m.group("month")
        else Precision.YEAR
    )
    when = Timestamp.from_datetime(moment, precision=precision, tz="UTC", approximate="?" in flags)
    return GcatDate(when=when, scheduled="s" in flags)


def to_gcat(ts: Timestamp, /, *, scheduled: bool = False, widen: bool = False) -> str:
    """Write a timestamp as a GCAT vague date (UTC).

    A timestamp that is not a whole UTC unit (a Moscow calendar day, say) is
    refused, unless ``widen=True`` writes the finest GCAT date that contains it
    (possibly with ``?``). GCAT has no "no earlier than": NET dates are refused.
    """
    utc = express(ts, tz="UTC", precisions=_ALL, approximate=_ALL, widen=widen, target="GCAT")
    local, p = utc.local, utc.precision
    text = f"{local.year:04d}"
    if p.rank >= Precision.MONTH.rank:
        text += f" {_MONTHS[local.month - 1]}"
    if p.rank >= Precision.DAY.rank:
        text += f" {local.day:2d}"
    if p == Precision.HOUR:
        text += f" {local.hour:02d}h"
    elif p.rank >= Precision.MINUTE.rank:
        text += f" {local.hour:02d}{local.minute:02d}"
        if p == Precision.SECOND:
            text += f":{local.second:02d}"
    if utc.approximate:
        text += "?"
    if scheduled:
        text += " s"
    return text
