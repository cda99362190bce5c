"""The :class:`Timestamp`: a moment as the news gave it, with its zone and precision.

This is the type every other module trades in. A timestamp keeps the wall clock
in the zone the source used (``local``), that zone's name (``tz``), how much of
the clock the source actually said (``precision``) and whether it hedged
(``approximate``, ``qualifier``). From those it derives the UTC interval it
stands for, which is what comparisons, sorting and timeline queries use.

>>> ts = Timestamp.from_iso("2023-08-12[Europe/Moscow]")
>>> ts.earliest.isoformat(), ts.latest.isoformat()
('2023-08-11T21:00:00+00:00', '2023-08-12T21:00:00+00:00')
>>> Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]").utc.isoformat()
'2023-08-10T23:10:00+00:00'
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from enum import Enum
from typing import Any, Literal

from dateutil.relativedelta import relativedelta
from pydantic import AwareDatetime, BaseModel, ConfigDict, ValidationError, model_validator

from .errors import TimestampError, ZoneError
from .zones import format_offset, localize, name_of, to_zone, zone_name

__all__ = [
    "APPROXIMATE_MARGIN",
    "MAX_YEAR",
    "MIN_YEAR",
    "UNBOUNDED_FUTURE",
    "UNBOUNDED_PAST",
    "Precision",
    "Qualifier",
    "Timestamp",
]

UTC = timezone.utc

UNBOUNDED_PAST = datetime(1, 1, 1, tzinfo=UTC)
"""The open start of a ``not_after`` timestamp's interval ("by the end of 2024")."""
UNBOUNDED_FUTURE = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
"""The open end of a ``not_before`` timestamp's interval ("no earlier than August 11")."""

Qualifier = Literal["not_before", "not_after"]

MIN_YEAR = 2
"""The first year a timestamp may name: its interval and hedges must stay in datetime's range."""
MAX_YEAR = 9998
"""The last year a timestamp may name."""


class Precision(str, Enum):
    """How much of the clock a source gave: "August 12" is ``DAY``, "2:10 a.m." ``MINUTE``."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"

    @property
    def rank(self) -> int:
        """0 for ``YEAR`` up to 5 for ``SECOND``: larger is finer."""
        return _RANK[self]

    @property
    def unit(self) -> relativedelta:
        """The length of one unit of this precision, as calendar arithmetic."""
        return _UNIT[self]


_RANK = {p: i for i, p in enumerate(Precision)}
_HOUR_RANK = _RANK[Precision.HOUR]
_UNIT = {
    Precision.YEAR: relativedelta(years=1),
    Precision.MONTH: relativedelta(months=1),
    Precision.DAY: relativedelta(days=1),
    Precision.HOUR: relativedelta(hours=1),
    Precision.MINUTE: relativedelta(minutes=1),
    Precision.SECOND: relativedelta(seconds=1),
}
_FIXED_UNIT = {
    Precision.HOUR: timedelta(hours=1),
    Precision.MINUTE: timedelta(minutes=1),
    Precision.SECOND: timedelta(seconds=1),
}

APPROXIMATE_MARGIN: dict[Precision, relativedelta] = {
    Precision.SECOND: relativedelta(minutes=1),
    Precision.MINUTE: relativedelta(minutes=10),
    Precision.HOUR: relativedelta(hours=1),
    Precision.DAY: relativedelta(days=1),
    Precision.MONTH: relativedelta(days=15),
    Precision.YEAR: relativedelta(months=3),
}
"""How far an ``approximate`` timestamp widens its interval on each side.

"about 2:57 p.m." (minute precision) stands for 14:47 to 15:08; "around August 12"
(day precision) for August 11 to the end of August 13.
"""

# Which datetime fields each precision keeps; finer ones must be zero (or one).
_FINER_FIELDS: dict[Precision, tuple[str, ...]] = {
    Precision.YEAR: ("month", "day", "hour", "minute", "second"),
    Precision.MONTH: ("day", "hour", "minute", "second"),
    Precision.DAY: ("hour", "minute", "second"),
    Precision.HOUR: ("minute", "second"),
    Precision.MINUTE: ("second",),
    Precision.SECOND: (),
}
_FIELD_FLOOR = {"month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0}

_ISO = re.compile(
    r"(?P<year>\d{4})"
    r"(?:-(?P<month>\d{2})"
    r"(?:-(?P<day>\d{2})"
    r"(?:[Tt ](?P<hour>\d{2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2})(?P<frac>[.,]\d+)?)?)?)?"
    r")?)?"
    r"(?P<offset>[Zz]|[+-]\d{2}(?::?\d{2})?)?"
    r"(?:\[(?P<zone>[^\[\]=]+)\])?"
    r"(?P<tags>(?:\[!?[a-z_][a-z0-9_-]*=[^\[\]]*\])*)"
)
_TAG = re.compile(r"\[(!?)([a-z_][a-z0-9_-]*)=([^\[\]]*)\]")
_APPROX_TAG = "_approximate"
_QUALIFIER_TAG = "_qualifier"


class Timestamp(BaseModel):
    """A moment as a source gave it: wall clock, zone, precision and hedges.

    ``local`` is the wall clock in zone ``tz``, with every field finer than
    ``precision`` at zero (a day-precision timestamp is not "midnight": it is
    the whole day). ``approximate`` marks "about"/"around" and widens the
    interval by :data:`APPROXIMATE_MARGIN`; ``qualifier`` marks a bound,
    ``"not_before"`` (NET, "no earlier than") or ``"not_after"`` ("by the end
    of"), which opens the interval on the other side.

    ``tz`` may be left out when ``local`` carries a named zone:

    >>> import pytz
    >>> moscow = pytz.timezone("Europe/Moscow")
    >>> ts = Timestamp(local=moscow.localize(datetime(2023, 8, 11, 2, 10)), precision="minute")
    >>> ts.tz, ts.isoformat()
    ('Europe/Moscow', '2023-08-11T02:10+03:00[Europe/Moscow]')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    local: AwareDatetime
    tz: str
    precision: Precision
    approximate: bool = False
    qualifier: Qualifier | None = None

    @model_validator(mode="before")
    @classmethod
    def _infer_zone(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("tz") is None:
            local = data.get("local")
            if isinstance(local, datetime) and local.tzinfo is not None:
                name = name_of(local.tzinfo)
                if name is not None:
                    return {**data, "tz": name}
        return data

    @model_validator(mode="after")
    def _normalise(self) -> Timestamp:
        tz = zone_name(self.tz)
        if not MIN_YEAR <= self.local.year <= MAX_YEAR:
            raise ValueError(f"years {MIN_YEAR} to {MAX_YEAR} only, not {self.local.year}")
        local = to_zone(self.local, tz)
        if local.microsecond:
            raise ValueError("local has fractions of a second; the finest precision is a second")
        for field in _FINER_FIELDS[self.precision]:
            if getattr(local, field) != _FIELD_FLOOR[field]:
                raise ValueError(
                    f"local {local.isoformat()} sets the {field} but precision is "
                    f"{self.precision.value}; truncate it to the precision first"
                )
        object.__setattr__(self, "tz", tz)
        object.__setattr__(self, "local", local)
        return self

    # -- named constructors -------------------------------------------------

    @classmethod
    def from_datetime(
        cls,
        moment: datetime,
        /,
        *,
        precision: Precision | str,
        tz: str | None = None,
        approximate: bool = False,
        qualifier: Qualifier | None = None,
    ) -> Timestamp:
        """A timestamp from an aware datetime; a naive one is refused.

        >>> Timestamp.from_datetime(datetime(2023, 8, 10, 23, 10, tzinfo=timezone.utc),
        ...                         precision="minute", tz="Europe/Moscow").isoformat()
        '2023-08-11T02:10+03:00[Europe/Moscow]'
        """
        if not isinstance(moment, datetime):
            raise TimestampError(f"expected a datetime, got {type(moment).__name__}")
        text = moment.isoformat()
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise TimestampError(
                "naive datetime: give it a tzinfo (lunamission never assumes UTC)",
                text=text,
                code="naive_datetime",
            )
        if tz is None:
            tz = name_of(moment.tzinfo)
            if tz is None:
                raise TimestampError(
                    f"cannot tell which zone {type(moment.tzinfo).__name__} is: pass tz=",
                    text=text,
                    code="no_zone",
                )
        try:
            return cls(
                local=moment,
                tz=tz,
                precision=Precision(precision),
                approximate=approximate,
                qualifier=qualifier,
            )
        except ValueError as exc:  # an unknown precision, or pydantic's ValidationError
            raise TimestampError(_reason(exc), text=text, code="invalid_timestamp") from None

    @classmethod
    def from_iso(cls, text: str, /, *, tz: str | None = None) -> Timestamp:
        """Read an ISO 8601 / RFC 9557 string, the inverse of :meth:`isoformat`.

        Reduced precision ("2023-08", "2023") sets :attr:`precision`; a zone comes
        from the ``[Zone]`` suffix, the offset, or ``tz=``. A string with none of
        them is refused rather than read as UTC.

        >>> Timestamp.from_iso("2023-08-19T14:57", tz="Europe/Moscow").utc.isoformat()
        '2023-08-19T11:57:00+00:00'
        >>> try:
        ...     Timestamp.from_iso("2023-08-19T14:57")
        ... except TimestampError as exc:
        ...     print(exc)
        no time zone: add an offset or a [Zone] suffix, or pass tz= in '2023-08-19T14:57'
          2023-08-19T14:57
          ^^^^^^^^^^^^^^^^
        """
        if not isinstance(text, str):
            raise TimestampError(f"expected an ISO string, got {type(text).__name__}")
        m = _ISO.match(text)
        if m is None or m.end() != len(text):
            at = m.end() if m else 0
            raise TimestampError(
                "not an ISO 8601 timestamp (expected forms such as 2023-08-11T02:10+03:00"
                "[Europe/Moscow], 2023-08-12[UTC] or 2023)",
                text=text,
                span=(at, len(text)) if at < len(text) else (0, len(text)),
                code="bad_iso",
            )
        if m.group("frac") and int(m.group("frac")[1:]) != 0:
            raise TimestampError(
                "fractions of a second are finer than lunamission keeps",
                text=text,
                span=m.span("frac"),
                code="bad_iso",
            )
        precision = _precision_of(m)
        date_end = max(m.end(g) for g in ("year", "month", "day", "hour", "minute", "second"))
        y, mo, d, h, mi, sec = (int(m.group(g) or _FIELD_FLOOR.get(g, 0)) for g in _DATE_GROUPS)
        if not MIN_YEAR <= y <= MAX_YEAR:
            raise TimestampError(
                f"years {MIN_YEAR} to {MAX_YEAR} only",
                text=text,
                span=m.span("year"),
                code="bad_iso",
            )
        try:
            naive = datetime(y, mo, d, h, mi, sec)
        except ValueError as exc:
            raise TimestampError(
                f"impossible date or time ({exc})", text=text, span=(0, date_end), code="bad_iso"
            ) from None
        approximate, qualifier = _read_tags(text, m)
        zone = m.group("zone")
        if zone is not None and zone.startswith("!"):
            zone = zone[1:]
        return _zoned(
            text,
            m,
            naive,
            precision,
            offset=m.group("offset"),
            zone=zone,
            tz=tz,
            approximate=approximate,
            qualifier=qualifier,
        )

    # -- derived values -----------------------------------------------------

    @property
    def utc(self) -> datetime:
        """The start of the timestamp's unit, in UTC (before any widening)."""
        return self.local.astimezone(UTC)

    @property
    def end(self) -> datetime:
        """The end (exclusive) of the timestamp's unit, in UTC (before any widening)."""
        if self.precision in _FIXED_UNIT:
            return self.utc + _FIXED_UNIT[self.precision]
        naive_end = self.local.replace(tzinfo=None) + self.precision.unit
        return localize(naive_end, self.tz, on_ambiguous="earlier").astimezone(UTC)

    @property
    def earliest(self) -> datetime:
        """Start of the UTC interval the timestamp stands for (hedges included)."""
        if self.qualifier == "not_after":
            return UNBOUNDED_PAST
        start = self.utc
        if self.approximate:
            start = start - APPROXIMATE_MARGIN[self.precision]
        return start

    @property
    def latest(self) -> datetime:
        """End (exclusive) of the UTC interval the timestamp stands for (hedges included)."""
        if self.qualifier == "not_before":
            return UNBOUNDED_FUTURE
        end = self.end
        if self.approximate:
            end = end + APPROXIMATE_MARGIN[self.precision]
        return end

    @property
    def interval(self) -> tuple[datetime, datetime]:
        """``(earliest, latest)``: the half-open UTC interval."""
        return self.earliest, self.latest

    @property
    def sort_key(self) -> tuple[datetime, int]:
        """Sort by ``utc``, then coarser precision first."""
        return self.utc, self.precision.rank

    # -- comparisons under uncertainty ---------------------------------------

    def before(self, other: Timestamp) -> bool | None:
        """True if this is definitely before ``other``, False if definitely not,
        None if the two intervals overlap and either could be first.

        >>> day = Timestamp.from_iso("2023-08-19[Europe/Moscow]")
        >>> minute = Timestamp.from_iso("2023-08-19T14:57+03:00[Europe/Moscow]")
        >>> day.before(minute) is None, minute.before(Timestamp.from_iso("2023-08-21[UTC]"))
        (True, True)
        """
        if self.latest <= other.earliest:
            return True
        if self.earliest >= other.latest:
            return False
        return None

    def after(self, other: Timestamp) -> bool | None:
        """The mirror of :meth:`before`."""
        return other.before(self)

    def overlaps(self, other: Timestamp) -> bool:
        """Whether the two intervals share any instant."""
        return self.earliest < other.latest and other.earliest < self.latest

    def contains(self, moment: datetime | Timestamp) -> bool:
        """Whether an aware instant, or another timestamp's whole interval, lies inside."""
        if isinstance(moment, Timestamp):
            return self.earliest <= moment.earliest and moment.latest <= self.latest
        if moment.tzinfo is None:
            raise TimestampError("naive datetime: give it a tzinfo", text=moment.isoformat())
        return self.earliest <= moment < self.latest

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Timestamp):
            return NotImplemented
        return self.sort_key < other.sort_key

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Timestamp):
            return NotImplemented
        return self.sort_key <= other.sort_key

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Timestamp):
            return NotImplemented
        return self.sort_key > other.sort_key

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Timestamp):
            return NotImplemented
        return self.sort_key >= other.sort_key

    # -- text ---------------------------------------------------------------

    def isoformat(self) -> str:
        """ISO 8601 truncated to the precision, with the zone as an RFC 9557 suffix.

        Hedges ride along as experimental suffix tags that :meth:`from_iso` reads
        back: ``[_approximate=true]`` and ``[_qualifier=not_before]``.

        >>> Timestamp.from_iso("2023-08[UTC]").isoformat()
        '2023-08[UTC]'
        >>> Timestamp.from_iso("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]")
        Timestamp('2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]')
        """
        return iso_text(
            self.local.isoformat(), self.tz, self.precision, self.approximate, self.qualifier
        )

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        return f"Timestamp({self.isoformat()!r})"


_DATE_GROUPS = ("year", "month", "day", "hour", "minute", "second")


def _precision_of(m: re.Match[str]) -> Precision:
    for group, precision in (
        ("second", Precision.SECOND),
        ("minute", Precision.MINUTE),
        ("hour", Precision.HOUR),
        ("day", Precision.DAY),
        ("month", Precision.MONTH),
    ):
        if m.group(group) is not None:
            return precision
    return Precision.YEAR


_CUT = (4, 7, 10, 13, 16, 19)  # where each precision's part of "YYYY-MM-DDTHH:MM:SS" ends


def iso_text(
    wall: str, tz: str, precision: Precision, approximate: bool, qualifier: str | None
) -> str:
    """What :meth:`Timestamp.isoformat` writes, from the wall clock as
    :meth:`datetime.isoformat` writes it (``YYYY-MM-DDTHH:MM:SS`` and an offset,
    ``Z`` allowed) and the other fields: the exporters format stored lines with it.

    >>> iso_text("2023-08-19T14:57:00+03:00", "Europe/Moscow", Precision.MINUTE, True, None)
    '2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]'
    >>> iso_text("2023-08-01T00:00:00Z", "UTC", Precision.MONTH, False, "not_before")
    '2023-08[UTC][_qualifier=not_before]'
    """
    rank = _RANK[precision]
    text = wall[: _CUT[rank]]
    if rank >= _HOUR_RANK:
        offset = wall[19:]
        if offset == "Z":
            offset = "+00:00"
        elif len(offset) != 6:  # seconds in the offset (local mean time): whole minutes
            sign = -1 if offset[0] == "-" else 1
            parts = [int(part) for part in offset[1:].split(":")]
            seconds = parts[0] * 3600 + parts[1] * 60 + (parts[2] if len(parts) > 2 else 0)
            offset = format_offset(timedelta(seconds=sign * seconds))
        text += offset
        if not _is_offset_name(tz):
            text += f"[{tz}]"
    else:
        text += f"[{tz}]"
    if approximate:
        text += f"[{_APPROX_TAG}=true]"
    if qualifier is not None:
        text += f"[{_QUALIFIER_TAG}={qualifier}]"
    return text


def _is_offset_name(tz: str) -> bool:
    return tz[:1] in "+-"


def _read_tags(text: str, m: re.Match[str]) -> tuple[bool, Qualifier | None]:
    approximate = False
    qualifier: Qualifier | None = None
    base = m.start("tags")
    for tag in _TAG.finditer(m.group("tags")):
        critical, key, value = tag.groups()
        span = (base + tag.start(), base + tag.end())
        if key == _APPROX_TAG and value in ("true", "false"):
            approximate = value == "true"
        elif key == _QUALIFIER_TAG and value in ("not_before", "not_after"):
            qualifier = "not_before" if value == "not_before" else "not_after"
        elif key in (_APPROX_TAG, _QUALIFIER_TAG) or critical:
            raise TimestampError(
                f"cannot honour suffix tag [{key}={value}]", text=text, span=span, code="bad_iso"
            )
        # RFC 9557: unknown elective tags are ignored.
    return approximate, qualifier


def _zoned(
    text: str,
    m: re.Match[str],
    naive: datetime,
    precision: Precision,
    *,
    offset: str | None,
    zone: str | None,
    tz: str | None,
    approximate: bool,
    qualifier: Qualifier | None,
) -> Timestamp:
    try:
        zone_canon = zone_name(zone) if zone is not None else None
        tz_canon = zone_name(tz) if tz is not None else None
    except ZoneError as exc:
        span = m.span("zone") if zone is not None else (0, len(text))
        raise TimestampError(exc.reason, text=text, span=span, code="unknown_zone") from None
    if zone_canon and tz_canon and zone_canon != tz_canon:
        raise TimestampError(
            f"the string names zone {zone_canon} but tz={tz!r} was passed",
            text=text,
            span=m.span("zone"),
            code="zone_conflict",
        )
    name = zone_canon or tz_canon
    if offset is not None:
        offset_name = "UTC" if offset in "Zz" else zone_name(offset)
        instant = naive.replace(tzinfo=_offset_tz(offset))
        if name is None:
            name = offset_name
        local = to_zone(instant, name)
        if offset not in "Zz" and local.replace(tzinfo=None) != naive:
            raise TimestampError(
                f"offset {offset} does not match {name} at that time "
                f"({format_offset(local.utcoffset() or timedelta(0))})",
                text=text,
                span=m.span("offset"),
                code="offset_mismatch",
            )
    elif name is None:
        raise TimestampError(
            "no time zone: add an offset or a [Zone] suffix, or pass tz=",
            text=text,
            code="no_zone",
        )
    else:
        try:
            local = localize(naive, name)
        except ZoneError as exc:
            reason = _clock_change_reason(naive, name, exc.code) or exc.reason
            raise TimestampError(reason, text=text, code=exc.code) from None
    try:
        return Timestamp(
            local=local,
            tz=name,
            precision=precision,
            approximate=approximate,
            qualifier=qualifier,
        )
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        raise TimestampError(_reason(exc), text=text, code="bad_iso") from None


def _clock_change_reason(naive: datetime, name: str, code: str | None) -> str | None:
    """Why a wall clock written without an offset cannot be read in zone ``name``,
    and what to write instead (the parsers' ``on_ambiguous`` is not an option
    of an ISO string); None when a clock change is not the reason.

    >>> print(_clock_change_reason(datetime(2010, 10, 31, 2, 30), "Europe/Moscow",
    ...     "ambiguous_time"))
    2010-10-31T02:30 happens twice in Europe/Moscow (clocks went back): write +04:00 or +03:00
    >>> print(_clock_change_reason(datetime(2010, 3, 28, 2, 30), "Europe/Moscow",
    ...     "nonexistent_time"))  # doctest: +NORMALIZE_WHITESPACE
    2010-03-28T02:30 never happened in Europe/Moscow (clocks went forward over it): write the
    instant meant in UTC, 2010-03-27T22:30Z or 2010-03-27T23:30Z (read with the offset after
    or before the change)
    """
    wall = naive.isoformat(timespec="minutes")
    if code == "ambiguous_time":
        offsets = [
            format_offset(localize(naive, name, on_ambiguous=pick).utcoffset() or timedelta(0))
            for pick in ("earlier", "later")
        ]
        either = " or ".join(offsets)
        return f"{wall} happens twice in {name} (clocks went back): write {either}"
    if code == "nonexistent_time":
        instants = [
            localize(naive, name, on_ambiguous=pick).astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")
            for pick in ("earlier", "later")
        ]
        either = " or ".join(instants)
        return (
            f"{wall} never happened in {name} (clocks went forward over it): write the "
            f"instant meant in UTC, {either} (read with the offset after or before the change)"
        )
    return None


def _reason(exc: ValueError) -> str:
    """The plain reason of an error, without pydantic's framing."""
    if isinstance(exc, ValidationError):
        messages = [str(err["msg"]).removeprefix("Value error, ") for err in exc.errors()]
        return "; ".join(messages)
    return str(exc)


def _offset_tz(offset: str) -> timezone:
    if offset in "Zz":
        return UTC
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
