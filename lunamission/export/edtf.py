"""EDTF (Extended Date/Time Format, ISO 8601-2) strings, both ways.

Where it sits: an interchange adapter between a :class:`Timestamp` and the
EDTF strings of library and archive catalogues. Supported, levels 0 and 1:

==============================  ====================================================
text                            meaning
==============================  ====================================================
``2023``, ``2023-08``,          a year, a month, a day
``2023-08-11``
``2023-08-11T02:10:05+03:00``   a second (``Z``, an offset, or no zone with ``tz=``)
``2023-08~``, ``2023-08?``,     approximate, uncertain, both: all read as
``2023-08%``                    ``approximate=True``; written as ``~``
``2023-08-XX``, ``2023-XX-XX``  unspecified digits: a month, a year
``2023-08-11/..``               open end: no earlier than (NET)
``../2023-08-11``               open start: no later than
==============================  ====================================================

EDTF dates carry no zone, so reading one needs ``tz=`` (there is no default:
lunamission never assumes UTC), and writing one gives the calendar date in the
timestamp's own zone. EDTF has no hour or minute precision and no "about" on a
time of day: writing those is refused unless ``widen=True`` (the day, then).
Closed intervals, seasons, partial qualifiers and long years are refused.

>>> from_edtf("2023-08~", tz="Europe/Moscow").isoformat()
'2023-08[Europe/Moscow][_approximate=true]'
>>> import lunamission as lm
>>> to_edtf(lm.Timestamp.from_iso("2023-08-21[Europe/Moscow][_qualifier=not_before]"))
'2023-08-21/..'
"""

from __future__ import annotations

import re

from ..errors import TimestampError
from ..timestamp import Precision, Timestamp
from ._units import express

__all__ = ["from_edtf", "to_edtf"]

_DATE = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?)?(?P<flag>[?~%])?"
)
_DATETIME = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})T(?P<time>\d{2}:\d{2}:\d{2})(?P<zone>Z|[+-]\d{2}:\d{2})?"
)
_FORMS = (
    "EDTF forms read: 2023, 2023-08, 2023-08-11, 2023-08-11T02:10:05Z, with ? ~ or % at the "
    "end, XX for unspecified digits, and open intervals such as 2023-08-11/.."
)
_PLAIN = (Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.SECOND)
_HEDGED = (Precision.YEAR, Precision.MONTH, Precision.DAY)


def _fail(text: str, reason: str, span: tuple[int, int], code: str = "bad_edtf") -> TimestampError:
    return TimestampError(reason, text=text, span=span, code=code)


def from_edtf(text: str, /, *, tz: str | None = None) -> Timestamp:
    """Read an EDTF date; ``tz`` names the zone its calendar date is in.

    A date-time with ``Z`` or an offset needs no ``tz``; with one, they must agree.
    """
    if not isinstance(text, str):
        raise TimestampError(f"expected EDTF text, got {type(text).__name__}", code="bad_edtf")
    qualifier = None
    body, offset = text, 0
    if text.endswith("/.."):
        body, qualifier = text[:-3], "not_before"
    elif text.startswith("../"):
        body, qualifier, offset = text[3:], "not_after", 3
    elif "/" in text:
        at = text.index("/")
        raise _fail(
            text, "closed EDTF intervals are not one timestamp", (at, len(text)), "unsupported_edtf"
        )
    ts = _read(text, body, offset, tz)
    if qualifier is None:
        return ts
    return Timestamp(
        local=ts.local,
        tz=ts.tz,
        precision=ts.precision,
        approximate=ts.approximate,
        qualifier="not_before" if qualifier == "not_before" else "not_after",
    )


def _read(text: str, body: str, offset: int, tz: str | None) -> Timestamp:
    whole = (offset, offset + len(body))
    m = _DATETIME.fullmatch(body)
    if m is not None:
        iso = f"{m.group('date')}T{m.group('time')}{m.group('zone') or ''}"
        return _iso(text, iso, whole, tz)
    m = _DATE.fullmatch(body)
    if m is None:
        partial = _DATE.match(body)
        at = offset + (partial.end() if partial else 0)
        if partial and partial.end() < len(body) and body[partial.end()] == "-":
            raise _fail(
                text,
                "seasons, long years and partial qualifiers are not supported",
                (at, offset + len(body)),
                "unsupported_edtf",
            )
        raise _fail(
            text,
            f"not an EDTF date ({_FORMS})",
            (at, offset + len(body)) if at < offset + len(body) else whole,
        )
    month, day = m.group("month"), m.group("day")
    if month == "XX" and day not in (None, "XX"):
        raise _fail(
            text,
            "a day with an unspecified month",
            (offset + m.start("day"), offset + m.end("day")),
            "unsupported_edtf",
        )
    if month is not None and month != "XX" and not 1 <= int(month) <= 12:
        code = "unsupported_edtf" if 21 <= int(month) <= 41 else "bad_edtf"
        raise _fail(
            text,
            "not a month (EDTF seasons 21-41 are not supported)",
            (offset + m.start("month"), offset + m.end("month")),
            code,
        )
    iso = m.group("year")
    if month not in (None, "XX"):
        iso += f"-{month}"
        if day not in (None, "XX"):
            iso += f"-{day}"
    if tz is None:
        raise _fail(
            text,
            "an EDTF date has no zone: pass tz= (lunamission never assumes UTC)",
            whole,
            "no_zone",
        )
    ts = _iso(text, iso, whole, tz)
    if m.group("flag"):
        ts = Timestamp(local=ts.local, tz=ts.tz, precision=ts.precision, approximate=True)
    return ts


def _iso(text: str, iso: str, span: tuple[int, int], tz: str | None) -> Timestamp:
    try:
        return Timestamp.from_iso(iso, tz=tz)
    except TimestampError as exc:
        raise _fail(text, exc.reason, span, exc.code) from None


def to_edtf(ts: Timestamp, /, *, widen: bool = False) -> str:
    """Write a timestamp as an EDTF string: its calendar date in its own zone,
    a second with its UTC offset, ``~`` for approximate, ``/..`` for NET."""
    bounded = ts
    if ts.qualifier is not None:
        bounded = Timestamp(
            local=ts.local, tz=ts.tz, precision=ts.precision, approximate=ts.approximate
        )
    local = express(
        bounded, tz=ts.tz, precisions=_PLAIN, approximate=_HEDGED, widen=widen, target="EDTF"
    )
    text = local.isoformat().split("[", 1)[0]
    if local.precision == Precision.SECOND and text.endswith("+00:00") and local.tz == "UTC":
        text = text[:-6] + "Z"
    if local.approximate:
        text += "~"
    if ts.qualifier == "not_before":
        return f"{text}/.."
    if ts.qualifier == "not_after":
        return f"../{text}"
    return text
