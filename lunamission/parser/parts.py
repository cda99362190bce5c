"""The partial timestamp: what the grammar read, before any reference or zone.

Pipeline: lexicon → tokens → atoms → grammar → **parts** (its output types) →
resolve → api.

A :class:`Partial` keeps exactly what the text said, with spans, and leaves
every missing field ``None``. These are value objects: nothing changes them after
construction (:func:`dataclasses.replace` makes a changed copy). They are not
frozen only because frozen dataclasses cost several microseconds each to build,
and the parser builds a few per phrase. Missing fields: "August 11" has no year,
"on Saturday" no date at all, "at 14:57" no zone. The resolver fills the gaps
from explicit context.

>>> Partial(start=3, end=12, dates=(DatePart(None, 8, 11),)).dates[0].level
'day'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..timestamp import Precision, Qualifier
from .lexicon import Part

__all__ = [
    "ClockPart",
    "Conversion",
    "DatePart",
    "Kind",
    "Partial",
    "Problem",
    "Relative",
    "ZoneFrom",
    "ZonePart",
]

Level = Literal["year", "month", "day"]
Kind = Literal["single", "list", "alternatives", "range"]
"""One timestamp, a list of them ("August 12 and 14"), alternatives of which the text
does not say which ("August 21 or 22"), or the two ends of a range."""
ZoneFrom = Literal["text", "sentence", "default"]
"""Where a zone came from: named in the expression, elsewhere in its sentence, or
the caller's ``default_tz``."""


@dataclass(slots=True)
class DatePart:
    """A calendar date as written: any of year, month and day may be missing."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def level(self) -> Level:
        """How far down the calendar the date goes."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"


@dataclass(slots=True)
class ClockPart:
    """A wall-clock reading as written, already on the 24-hour clock."""

    hour: int
    minute: int
    second: int
    precision: Precision
    bare: bool = False
    """Written with no a.m. / p.m. as an hour a 12-hour clock could mean ("6:04", not
    "06:04" or "18:04"): "this evening" then puts it in the afternoon half, "tonight"
    in the evening or the small hours after it."""


@dataclass(slots=True)
class ZonePart:
    """A zone phrase: its canonical zone (``None`` for "local time"), the UTC offset
    in minutes it states if any ("EDT" states -240), and where it stood."""

    name: str | None
    offset_minutes: int | None
    start: int
    end: int


@dataclass(slots=True)
class Relative:
    """A date relative to the reference: "yesterday" is ``("day", -1)``, "next month"
    ``("month", 1)``; ``side`` is set by "earlier this week" / "later this month"."""

    unit: Literal["day", "week", "month", "year"]
    shift: int
    side: Literal["earlier", "later"] | None = None


@dataclass(slots=True)
class Problem:
    """Something the grammar saw that cannot be a valid timestamp, kept so that the
    strict functions can report it with its span."""

    code: str
    reason: str
    start: int
    end: int


@dataclass(slots=True)
class Conversion:
    """A second reading of the same moment in brackets after a clock:
    "2:57 p.m. Moscow time **(1157 GMT)**", "23:10 GMT **(02:10 Moscow time on August
    11)**", "11:04 p.m. ET **(0304 GMT Saturday)**". The resolver checks that it
    names the moment the first reading names; a day it gives (``date``,
    ``weekday``) is its own, in its own zone, and dates the first reading when
    that says no day itself."""

    clock: ClockPart
    zone: ZonePart
    date: DatePart | None
    start: int
    end: int
    weekday: int | None = None
    others: tuple[tuple[ClockPart, ZonePart], ...] = ()
    """Further readings in the same brackets, before this one: "(12:40 p.m. EST,
    1740 GMT)" holds 12:40 p.m. EST besides 1740 GMT. Each must agree too."""
    clock_end: ClockPart | None = None
    """The end of a window's reading: "between 2 and 3 p.m. **(1100-1200 GMT)**"."""


@dataclass(slots=True)
class Partial:
    """One timestamp expression as the text gave it, fields missing where unsaid.

    ``dates`` holds one date, or several for a list ("August 12 and 14") or the two
    ends of a range (``kind="range"``). ``weekday_shift`` is -1 for "last
    Saturday", 1 for "next Saturday", 0 for "this Saturday" and ``None`` for a
    plain "Saturday". ``conversion`` is a bracketed second reading of the clock
    in another zone, which must agree with it.
    """

    start: int
    end: int
    dates: tuple[DatePart, ...] = ()
    kind: Kind = "single"
    clock: ClockPart | None = None
    zone: ZonePart | None = None
    weekday: int | None = None
    weekday_shift: int | None = None
    relative: Relative | None = None
    approximate: bool = False
    qualifier: Qualifier | None = None
    part: Part | None = None
    problem: Problem | None = None
    sentence: int = 0
    weak: bool = False
    """Read only from forms that need context ("2026" alone, "14.57" alone): kept only
    when the whole text is the timestamp."""
    conversion: Conversion | None = None
    strict: bool = False
    """The bound in ``qualifier`` leaves the named time out ("before August 21")."""
    clock_end: ClockPart | None = None
    """The end of a window of clock times ("between 2 and 3 p.m."): ``clock`` is its
    start, and the partial is a range of two instants on one day."""
    next_day: bool = False
    """The clock falls after the midnight that ends the day named: "at 1:04 a.m.
    tonight", "on Tuesday night at 1:47 a.m."."""
    day_shift: int = 0
    """Days from the day borrowed to the clock's: "on June 2 ... two days later at
    7:38 a.m." is 2 (see :mod:`~lunamission.parser.shifts`)."""
