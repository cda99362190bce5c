"""Partial timestamps + explicit context → :class:`~lunamission.Timestamp` values.

Pipeline: lexicon → tokens → atoms → grammar → **resolve** → api.

Every rule that fills a gap the text left lives here, and each needs explicit
context: nothing is filled from today's date or the machine's zone.

* **Zone**: the phrase in the expression ("Moscow time"); else the one zone
  named elsewhere in the same sentence; else ``default_tz``; else the error
  ``no_zone``. "local time" takes ``default_tz``. An abbreviation that states an
  offset must agree with the date: "14:00 EST on July 4" is ``zone_mismatch``.
* **Year**: the year (of the reference's, the one before and the one after) that
  puts the date nearest the reference; when the runner-up is within
  :data:`~lunamission.parser.lexicon.TIE_WINDOW_DAYS` days of the nearest, the
  sentence's tense picks (future: the later, past: the earlier; where the
  sentence's tense words disagree, the date's own clause's). A date that
  exists only in some years ("February 29") looks only at those. The rule itself
  is :func:`~lunamission.parser.years.complete_year`.
* **Weekday alone**: the most recent such day on or before the reference, or in a
  future-tense sentence the first on or after it; "last Saturday" is strictly
  before, "next Saturday" strictly after, "this Saturday" in the reference's
  Monday-to-Sunday week. A weekday beside a date must agree with it.
* **Relative words**: "yesterday" / "today" / "tomorrow" are days; "last month",
  "next year" are month / year precision; "last week" is the range Monday to
  Sunday; "earlier this week" is that Monday with qualifier ``not_before``, "later
  this month" the month's last day with ``not_after``. A relative year after a
  date with none is its year: "in August next year", "Q1 next year".
* **Parts and bounds**: see :data:`~lunamission.parser.lexicon.PARTS`: "the end of
  2022" is December 2022, month precision, approximate; "by the end of 2024" is
  2024 with qualifier ``not_after``. A bound that leaves its time out (see
  :data:`~lunamission.parser.lexicon.STRICT_BOUNDS`) moves one unit off it:
  "before August 21" is ``not_after`` August 20.
* **Clocks**: "midnight on August 11" is 00:00 at the start of August 11. A wall
  time that a DST change skips or repeats follows ``on_ambiguous``.
* **Second readings**: a bracketed conversion, "2:57 p.m. Moscow time (1157
  GMT)", must name the same moment as the clock before it (compared at the
  coarser of the two precisions, and on the day too when the bracket gives one),
  else ``conversion_mismatch``; an abbreviation in it must fit the date like any
  other (``zone_mismatch``). The timestamp is the first reading, in its zone, with
  its hedges ("about" before it is kept); the bracket's zone is reported beside it.
  A day in the bracket is the bracket's own: "11:04 p.m. ET (0304 GMT Saturday)" is
  Friday evening in New York. A clock that names no zone takes one as above (never
  the bracket's); when that zone disagrees with the bracket, or there is none, a
  UTC bracket gives the clock its offset: "5:27 p.m. (0927 GMT) on Friday" is 17:27
  at +08:00 on that Friday (``no_zone`` when clocks 12 to 14 hours apart leave two
  offsets). A window's bracket reads both ends, "between 2 and 3 p.m. Moscow time
  (1100-1200 GMT)", each checked against its own; the bracket is checked against
  the times as written, before a bound moves them ("before 3 a.m. MSK (0000 GMT)").
* **Calendar edges**: a year completed or shifted to outside
  :data:`~lunamission.timestamp.MIN_YEAR`..:data:`~lunamission.timestamp.MAX_YEAR`
  ("tomorrow" read against 9998-12-31) is ``out_of_range``.

>>> from datetime import date
>>> complete_year(12, 29, date(2024, 1, 3), None), complete_year(8, 21, date(2023, 8, 20), None)
((2023,), (2023,))
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ..errors import TimestampError, ZoneError
from ..timestamp import MAX_YEAR, MIN_YEAR, Precision, Timestamp
from ..zones import OnAmbiguous, format_offset, localize, to_zone
from .agreement import check_conversion, check_offset
from .common import MONTH_NAMES, month_length
from .localtime import build_timestamp, day_zone, exact_local
from .parts import Conversion, DatePart, Kind, Partial, Relative, ZoneFrom, ZonePart
from .tokens import Tense
from .years import complete_year, memoised_years

__all__ = ["Context", "Resolved", "complete_year", "memoised_years", "resolve"]

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_LEVEL_PRECISION = {"year": Precision.YEAR, "month": Precision.MONTH, "day": Precision.DAY}
_Day = tuple[int, int | None, int | None]  # a date with its year filled in


@dataclass(slots=True)
class Context:
    """Everything the resolver may use besides the partial itself."""

    text: str
    reference: date | None
    default_tz: str | None
    on_ambiguous: OnAmbiguous
    tense: Tense = None
    sentence_zone: ZonePart | None = None


@dataclass(slots=True)
class Resolved:
    """A partial's timestamps, where its zone came from, and the zone of a bracketed
    second reading that agreed with them."""

    timestamps: tuple[Timestamp, ...]
    kind: Kind
    zone: str | None
    zone_from: ZoneFrom
    conversion_zone: str | None = None


def _fail(ctx: Context, code: str, reason: str, span: tuple[int, int]) -> TimestampError:
    return TimestampError(reason, text=ctx.text, span=span, code=code)


def _need_reference(p: Partial, ctx: Context, what: str) -> date:
    if ctx.reference is None:
        raise _fail(
            ctx,
            "no_reference",
            f"{what} needs a reference date (pass reference=)",
            (p.start, p.end),
        )
    return ctx.reference


def _complete(p: Partial, d: DatePart, ctx: Context) -> _Day:
    if d.year is not None:
        return d.year, d.month, d.day
    if d.month is None:
        raise _fail(ctx, "impossible_date", "a day with no month", (p.start, p.end))
    ref = _need_reference(p, ctx, "a date with no year")
    years = memoised_years(d.month, d.day, ref, ctx.tense)
    if len(years) == 1:
        return years[0], d.month, d.day
    where = f"{MONTH_NAMES[d.month]} {d.day or ''}".strip()
    if not years:
        reason = f"{where} is in none of the years around the reference {ref.isoformat()}"
        raise _fail(ctx, "impossible_date", reason, (p.start, p.end))
    reason = (
        f"{where} is as near the reference {ref.isoformat()} in {years[0]} as in "
        f"{years[1]}: add the year, or a tense word such as 'will' or 'had'"
    )
    raise _fail(ctx, "ambiguous_date", reason, (p.start, p.end))


def _out_of_range(p: Partial, ctx: Context) -> TimestampError:
    ref = ctx.reference
    against = f" (read against {ref.isoformat()})" if ref is not None else ""
    reason = f"the date{against} falls outside the years {MIN_YEAR} to {MAX_YEAR}"
    return _fail(ctx, "out_of_range", reason, (p.start, p.end))


def _weekday_alone(p: Partial, weekday: int, ctx: Context) -> date:
    ref = _need_reference(p, ctx, "a weekday")
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if p.weekday_shift == -1:
        days = -(back or 7)
    elif p.weekday_shift == 1:
        days = ahead or 7
    elif p.weekday_shift == 0:
        days = weekday - ref.weekday()
    else:
        days = ahead if ctx.tense == "future" else -back
    try:
        return ref + timedelta(days=days)
    except OverflowError:  # past date.min or date.max
        raise _out_of_range(p, ctx) from None


def _as_day(d: date) -> _Day:
    return d.year, d.month, d.day


def _days_on(p: Partial, day: _Day, n: int, ctx: Context) -> _Day:
    """``day`` (a whole date) moved ``n`` days; ``out_of_range`` past the calendar's ends."""
    year, month, dom = day
    assert month is not None
    assert dom is not None
    try:
        return _as_day(date(year, month, dom) + timedelta(days=n))
    except OverflowError:
        raise _out_of_range(p, ctx) from None


def _months_on(year: int, month: int, n: int) -> tuple[int, int]:
    """The year and month ``n`` months after ``month`` of ``year``."""
    y, m = divmod(year * 12 + month - 1 + n, 12)
    return y, m + 1


def _relative(p: Partial, ctx: Context) -> tuple[list[_Day], Kind]:
    rel = p.relative
    assert rel is not None
    ref = _need_reference(p, ctx, "a relative date")
    try:
        return _shifted(rel, ref)
    except (OverflowError, ValueError):  # date arithmetic past date.min or date.max
        raise _out_of_range(p, ctx) from None


def _shifted(rel: Relative, ref: date) -> tuple[list[_Day], Kind]:
    """The days a relative word names, by plain date arithmetic (which may overflow)."""
    if rel.unit == "day":
        return [_as_day(ref + timedelta(days=rel.shift))], "single"
    if rel.unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=rel.shift)
        first, last = monday, monday + timedelta(days=6)
    elif rel.unit == "month":
        year, month = _months_on(ref.year, ref.month, rel.shift)
        if rel.side is None:
            return [(year, month, None)], "single"
        first = date(year, month, 1)
        last = date(year, month, month_length(year, month))
    else:
        year = ref.year + rel.shift
        if rel.side is None:
            return [(year, None, None)], "single"
        first, last = date(year, 1, 1), date(year, 12, 31)
    if rel.side == "earlier":
        return [_as_day(first)], "single"
    if rel.side == "later":
        return [_as_day(last)], "single"
    return [_as_day(first), _as_day(last)], "range"


def _calendar(p: Partial, ctx: Context) -> tuple[list[_Day], Kind]:
    if p.dates:
        dates = p.dates
        if p.relative is not None:  # "August next year", "Q1 next year": its year
            year = _need_reference(p, ctx, "a relative date").year + p.relative.shift
            dates = tuple([replace(d, year=year) for d in dates])
        days = (
            [_complete(p, dates[0], ctx)]
            if len(dates) == 1
            else [_complete(p, d, ctx) for d in dates]
        )
        if p.kind == "range" and len(days) == 2 and dates[1].year is None:
            # The end of a range is the first such date on or after its start.
            (y0, m0, d0), (_, m1, d1) = days
            days[1] = (y0 if (m1 or 1, d1 or 1) >= (m0 or 1, d0 or 1) else y0 + 1, m1, d1)
        for year, _, _ in days:  # "9999-12-31" is a date, but no timestamp's
            if not MIN_YEAR <= year <= MAX_YEAR:
                raise _out_of_range(p, ctx)
        if p.weekday is not None:
            _check_weekday(p, days, ctx)
        return days, p.kind
    if p.relative is not None and p.weekday is not None:  # "Wednesday next week"
        monday = _relative(p, ctx)[0][0]  # the week's range starts on its Monday
        days = [_days_on(p, monday, p.weekday, ctx)]
        kind: Kind = "single"
    elif p.relative is not None:
        days, kind = _relative(p, ctx)
    elif p.weekday is not None:
        days, kind = [_as_day(_weekday_alone(p, p.weekday, ctx))], "single"
    else:
        raise _fail(
            ctx,
            "no_date",
            "a time with no date (add one, such as 'on August 11', or 'today')",
            (p.start, p.end),
        )
    for year, _, _ in days:
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise _out_of_range(p, ctx)
    return days, kind


def _check_weekday(p: Partial, days: list[_Day], ctx: Context) -> None:
    for year, month, day in days:
        if month is None or day is None:
            raise _fail(
                ctx,
                "weekday_mismatch",
                "a weekday beside something that is not a day",
                (p.start, p.end),
            )
        actual = date(year, month, day).weekday()
        if actual != p.weekday:
            said = _DAY_NAMES[p.weekday or 0]
            raise _fail(
                ctx,
                "weekday_mismatch",
                f"{date(year, month, day).isoformat()} was a {_DAY_NAMES[actual]}, not a {said}",
                (p.start, p.end),
            )


def _zone(p: Partial, ctx: Context) -> tuple[str, str | None, ZoneFrom]:
    if p.zone is not None:
        if p.zone.name is not None:
            return p.zone.name, p.zone.name, "text"
        if ctx.default_tz is None:
            raise _fail(
                ctx,
                "no_zone",
                "'local time' names no zone: pass default_tz= for the place",
                (p.zone.start, p.zone.end),
            )
        return ctx.default_tz, None, "default"
    if ctx.sentence_zone is not None and ctx.sentence_zone.name is not None:
        return ctx.sentence_zone.name, None, "sentence"
    if ctx.default_tz is not None:
        return ctx.default_tz, None, "default"
    raise _fail(ctx, "no_zone", "no time zone in the text: pass default_tz=", (p.start, p.end))


def resolve(p: Partial, ctx: Context) -> Resolved:
    """Turn one partial into timestamps, or raise :class:`TimestampError` with a code.

    >>> from .parts import ClockPart
    >>> p = Partial(0, 5, dates=(DatePart(None, 8, 11),),
    ...             clock=ClockPart(2, 10, 0, Precision.MINUTE),
    ...             zone=ZonePart("Europe/Moscow", None, 0, 1))
    >>> resolve(p, Context("text.", date(2023, 8, 21), None, "raise")).timestamps
    (Timestamp('2023-08-11T02:10+03:00[Europe/Moscow]'),)
    """
    if p.problem is not None:
        raise _fail(ctx, p.problem.code, p.problem.reason, (p.problem.start, p.problem.end))
    if p.relative is not None and p.relative.side is not None and p.qualifier is None:
        p = replace(p, qualifier="not_before" if p.relative.side == "earlier" else "not_after")
    conversion = p.conversion
    if conversion is None or p.zone is not None:
        return _resolved(p, ctx)
    # "2:57 p.m. (1157 GMT)": the clock names no zone, and the bracket's is not its.
    if ctx.sentence_zone is conversion.zone:
        ctx = replace(ctx, sentence_zone=None)
    try:
        return _resolved(p, ctx)
    except TimestampError as exc:
        offset = _offset_beside(p, conversion) if exc.code in _UNZONED else None
        if offset is None:
            raise
    zone = ZonePart(offset, None, conversion.start, conversion.end)
    return _resolved(replace(p, zone=zone), ctx)


_UNZONED = frozenset({"no_zone", "conversion_mismatch"})
"""What a clock with no zone of its own may fail with in the zone the context gives,
before its offset is worked out from a bracketed UTC reading."""


def _offset_beside(p: Partial, conversion: Conversion) -> str | None:
    """The UTC offset that a clock naming no zone must have, from a bracketed UTC
    reading of the same moment: "5:27 p.m. (0927 GMT)" is at +08:00. None when the
    bracket is not UTC, or when two offsets fit (clocks 12 to 14 hours apart)."""
    clock, there = p.clock, conversion.clock
    if clock is None or conversion.zone.name != "UTC":
        return None
    minutes = (clock.hour - there.hour) * 60 + clock.minute - there.minute
    fits = [m for m in (minutes % 1440, minutes % 1440 - 1440) if -12 * 60 <= m <= 14 * 60]
    if len(fits) != 1:
        return None
    (m,) = fits
    return format_offset(timedelta(minutes=m))


def _resolved(p: Partial, ctx: Context) -> Resolved:
    conversion = p.conversion
    tz, named, zone_from = _zone(p, ctx)
    if (
        conversion is not None
        and not p.dates
        and p.relative is None
        and p.weekday is None
        and (conversion.date is not None or conversion.weekday is not None)
    ):
        p = _dated_by_conversion(p, conversion, tz, ctx)
    days, kind = _calendar(p, ctx)
    if p.part == "week":  # "the week of Nov. 14": Monday to Sunday
        days, kind = _week_of(p, days, kind, ctx)
        p = replace(p, part=None)
    if p.next_day or p.day_shift:
        days = [_shift_day(p, day, p.next_day + p.day_shift, ctx) for day in days]
    stamps: tuple[Timestamp, ...]
    if p.clock_end is not None:  # a window, or two clock times of which one
        stamps, kind = (
            _window(p, days, tz, zone_from, ctx),
            ("alternatives" if p.kind == "alternatives" else "range"),
        )
    elif len(days) == 1:
        stamps = (_stamp(p, days[0], tz, zone_from, ctx),)
    else:
        stamps = tuple([_stamp(p, day, tz, zone_from, ctx) for day in days])
    # A bracketed reading names the times said, before a bound or a part picks or
    # moves one: "before 3:00 a.m. Moscow time (0000 GMT)" is checked at 03:00.
    converted = None
    if p.conversion is not None:
        converted = check_conversion(p, stamps, ctx.text, ctx.default_tz)
    side = _RANGE_SIDES.get(p.part) if p.part is not None else None
    if kind == "range" and (p.qualifier is not None or side):
        # "the end of the first quarter" is (about) March, "by the start of Q3" by July;
        # "NET Q3 2026" is not_before July; "before August 12-14" is before the 12th.
        bound_first = (p.qualifier == "not_before") != p.strict
        first = side == "first" if side is not None else bound_first
        stamps, kind = (stamps[0] if first else stamps[-1],), "single"
    if p.strict:
        stamps = tuple([_left_out(p, ts, tz, zone_from, ctx) for ts in stamps])
    return Resolved(stamps, kind, named, zone_from, converted)


def _window(
    p: Partial, days: list[_Day], tz: str, zone_from: ZoneFrom, ctx: Context
) -> tuple[Timestamp, Timestamp]:
    """The two ends of "between 2 and 3 p.m. on August 19": instants on that day, the
    end on the next day when its clock is earlier ("from 23:40 to 00:20")."""
    end = p.clock_end
    assert end is not None
    assert p.clock is not None
    if len(days) != 1 or days[0][2] is None:
        reason = "a window of clock times needs one day, not several or a month"
        raise _fail(ctx, "clock_range", reason, (p.start, p.end))
    day = days[0]
    first = _stamp(p, day, tz, zone_from, ctx)
    c = p.clock
    if (end.hour, end.minute, end.second) < (c.hour, c.minute, c.second):
        day = _shift_day(p, day, 1, ctx)
    return first, _stamp(replace(p, clock=end), day, tz, zone_from, ctx)


def _week_of(p: Partial, days: list[_Day], kind: Kind, ctx: Context) -> tuple[list[_Day], Kind]:
    """The Monday-to-Sunday week holding the one day ``days`` names."""
    if len(days) != 1 or days[0][2] is None or p.clock is not None:
        reason = "'the week of' needs one day, with no time"
        raise _fail(ctx, "impossible_date", reason, (p.start, p.end))
    year, month, dom = days[0]
    assert month is not None
    assert dom is not None
    monday = _days_on(p, days[0], -date(year, month, dom).weekday(), ctx)
    return [monday, _days_on(p, monday, 6, ctx)], "range"


def _shift_day(p: Partial, day: _Day, n: int, ctx: Context) -> _Day:
    """``day`` moved ``n`` days (back when negative), as :func:`_days_on`; a month or
    year is left as it is."""
    if day[1] is None or day[2] is None:
        return day  # a clock with no day is refused in _stamp
    return _days_on(p, day, n, ctx)


_RANGE_SIDES = {"start": "first", "early": "first", "end": "last", "late": "last"}
"""Which end of a range a part of it names ("the end of Q1 2024" is March)."""

_CLOCK_STEPS = {
    Precision.HOUR: timedelta(hours=1),
    Precision.MINUTE: timedelta(minutes=1),
    Precision.SECOND: timedelta(seconds=1),
}


def _left_out(p: Partial, ts: Timestamp, tz: str, zone_from: ZoneFrom, ctx: Context) -> Timestamp:
    """The bound of "before August 21" / "after 2023", which leaves the named time out:
    one unit of the precision off it (``not_after`` August 20, ``not_before`` 2024),
    so that the interval ends where the text says. A clock names an instant: "before
    3 a.m." is ``not_after`` the hour from 02:00 (stepped back in UTC, so a DST
    change does not shift it), and "after 2 a.m." stays as it is."""
    before = ts.qualifier == "not_after"
    step = _CLOCK_STEPS.get(ts.precision)
    if step is not None:
        if not before:
            return ts
        local = to_zone(ts.utc - step, tz)
        try:
            return Timestamp(
                local=local,
                tz=tz,
                precision=ts.precision,
                approximate=ts.approximate,
                qualifier=ts.qualifier,
            )
        except ValueError as exc:  # a zone whose change is not whole units of it
            raise _fail(ctx, "nonexistent_time", str(exc), (p.start, p.end)) from None
    shift = -1 if before else 1
    year, month = ts.local.year, ts.local.month
    if ts.precision is Precision.YEAR:
        day: _Day = (year + shift, None, None)
    elif ts.precision is Precision.MONTH:
        day = (*_months_on(year, month, shift), None)
    else:
        day = _days_on(p, _as_day(ts.local.date()), shift, ctx)
    if not MIN_YEAR <= day[0] <= MAX_YEAR:
        raise _out_of_range(p, ctx)
    return _stamp(p, day, tz, zone_from, ctx)


def _dated_by_conversion(p: Partial, conversion: Conversion, tz: str, ctx: Context) -> Partial:
    """ "11:04 p.m. ET (0304 GMT Saturday)": a day in the bracket is the bracket's own,
    in its zone; the first reading falls on the day its zone shows at that moment
    (Friday here). :func:`check_conversion` then checks the clocks agree."""
    reading = Partial(
        conversion.start,
        conversion.end,
        (conversion.date,) if conversion.date is not None else (),
        clock=conversion.clock,
        zone=conversion.zone,
        weekday=conversion.weekday,
        sentence=p.sentence,
    )
    within = ctx
    if conversion.date is None and ctx.reference is not None:
        # A UTC bracket runs up to a day ahead of the report's own calendar: "7:27 p.m.
        # EST (0027 GMT Monday)" in a Sunday report is that Sunday evening.
        with suppress(OverflowError):
            within = replace(ctx, reference=ctx.reference + timedelta(days=1))
    moment = resolve(reading, replace(within, sentence_zone=None)).timestamps[0]
    here = to_zone(moment.local, tz)
    return replace(p, dates=(DatePart(here.year, here.month, here.day),))


def _stamp(p: Partial, day: _Day, tz: str, zone_from: ZoneFrom, ctx: Context) -> Timestamp:
    year, month, dom = day
    approximate, qualifier = p.approximate, p.qualifier
    c = p.clock
    if c is not None:
        if month is None or dom is None:
            span = (p.start, p.end)
            raise _fail(ctx, "no_date", "a time of day needs a day, not only a month or year", span)
        hour, minute, second = c.hour, c.minute, c.second
        precision = c.precision
    else:
        hour = minute = second = 0
        level = "day" if dom is not None else "month" if month is not None else "year"
        precision = _LEVEL_PRECISION[level]
        if p.part is not None:
            exact = (qualifier == "not_after" and p.part == "end") or (
                qualifier == "not_before" and p.part == "start"
            )
            if not exact:
                approximate = True
                if level == "year" and p.part in ("end", "start"):
                    month = 12 if p.part == "end" else 1
                    precision = Precision.MONTH
        month, dom = month or 1, dom or 1
    zone = day_zone(tz, year, month, dom)
    if zone is None:
        return _stamp_slowly(
            p, (year, month, dom, hour, minute, second), tz, zone_from, ctx, precision, approximate
        )
    # The day is a day away from any offset change: every wall clock in it means one
    # instant, so the clock is normalised as it stands and validation would repeat it.
    local = datetime(year, month, dom, hour, minute, second, 0, zone)
    zp = p.zone
    if c is not None and zp is not None and zp.offset_minutes is not None and zone_from == "text":
        check_offset(zp, local, tz, ctx.text)
    return build_timestamp(local, tz, precision, approximate, qualifier)


def _stamp_slowly(
    p: Partial,
    wall: tuple[int, int, int, int, int, int],
    tz: str,
    zone_from: ZoneFrom,
    ctx: Context,
    precision: Precision,
    approximate: bool,
) -> Timestamp:
    """The general path, for days near an offset change and for impossible dates."""
    span = (p.start, p.end)
    qualifier = p.qualifier
    naive = _naive(ctx, span, *wall)
    # A day whose midnight a DST change repeats starts at the earlier reading; one
    # whose midnight is skipped has no valid start and is refused below.
    policy = ctx.on_ambiguous if p.clock is not None else "earlier"
    fast = exact_local(naive, tz)
    if fast is None:
        try:
            local = localize(naive, tz, on_ambiguous=policy)
        except ZoneError as exc:
            raise _fail(ctx, exc.code, exc.reason, span) from None
    else:
        local = fast
    if p.clock is not None and p.zone is not None and zone_from == "text":
        check_offset(p.zone, local, tz, ctx.text)
    if fast is not None:
        # The fast path gives a normalised wall clock in the canonical zone with every
        # field finer than the precision at zero, so validation would only repeat it.
        return build_timestamp(local, tz, precision, approximate, qualifier)
    try:
        return Timestamp(
            local=local, tz=tz, precision=precision, approximate=approximate, qualifier=qualifier
        )
    except ValueError as exc:
        reason = f"{naive.date().isoformat()} has no midnight in {tz} ({exc})"
        raise _fail(ctx, "nonexistent_time", reason, span) from None


def _naive(
    ctx: Context,
    span: tuple[int, int],
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
) -> datetime:
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError as exc:
        raise _fail(ctx, "impossible_date", f"no such date ({exc})", span) from None
