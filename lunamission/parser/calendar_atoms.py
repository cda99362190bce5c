"""Calendar dates: "August 11", "11th of August 2023", "June 2021", "May and June
2024", "3, 5 and 7 September", and ranges of them ("between August 12 and 14");
the all-number forms ("2026", "2023-08-11T02:10Z", "19.08.2023") are in
``numeric_dates``.

Pipeline: lexicon → tokens → **atoms** → grammar → resolve → api.

A date that cannot exist ("February 30") or whose numeric order is ambiguous
("08.11.2023") still becomes an atom, carrying a :class:`Problem` that the strict
functions report and :func:`~lunamission.parser.api.find_timestamps` skips.

>>> from .tokens import tokenize
>>> [d.day for d in date_atom_at(tokenize("3, 5 and 7 September"), 0).dates]
[3, 5, 7]
"""

from __future__ import annotations

from dataclasses import replace

from .clock_atoms import clock_follows
from .common import (
    MONTH_NAMES,
    Atom,
    glued,
    is_year,
    month_length,
    number_may_start,
    skip_dot,
    tok,
)
from .lexicon import (
    DASHES,
    EITHER_JOINERS,
    LIST_JOINERS,
    MAX_LIST,
    MONTH_FULL_NAMES,
    MONTHS,
    NAMES_WITH_CALENDAR_WORDS,
    ORDINAL_SUFFIXES,
    RANGE_JOINERS,
    RANGE_OPENERS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    YEAR_RANGE,
)
from .numeric_dates import numeric_date, year_first
from .parts import DatePart, Kind, Problem
from .tokens import Token

__all__ = [
    "date_atom_at",
    "month_first",
    "number_date_at",
    "range_atom_at",
    "range_start",
    "weekday_at",
]

_Day = tuple[int, int, int]  # value, start, end
_NAMED_MONTHS = frozenset(month for _, month in NAMES_WITH_CALENDAR_WORDS)


def _month(t: Token | None) -> int | None:
    if t is None or t.kind != "word" or not t.raw[:1].isupper():
        return None
    return MONTHS.get(t.low)


def _is_day(toks: list[Token], k: int) -> bool:
    if k >= len(toks):
        return False
    t = toks[k]
    return t.kind == "num" and t.value >= 0 and len(t.raw) <= 2 and not clock_follows(toks, k)


def _skip_ordinal(toks: list[Token], k: int) -> int:
    if k < len(toks):
        t = toks[k]
        if t.kind == "word" and t.low in ORDINAL_SUFFIXES and toks[k - 1].end == t.start:
            return k + 1
    return k


def _days(toks: list[Token], k: int) -> tuple[list[_Day], Kind, int]:
    """Read "12", "12th", "12-14", "12 to 14", "12, 14 and 16" from ``k``."""
    first = toks[k]
    days: list[_Day] = [(first.value, first.start, first.end)]
    k += 1
    if k >= len(toks):
        return days, "single", k
    joiner = toks[k]
    if joiner.kind == "word" and joiner.low in ORDINAL_SUFFIXES and first.end == joiner.start:
        k += 1  # "11th"
        if k >= len(toks):
            return days, "single", k
    joiner = toks[k]
    if joiner.low in RANGE_JOINERS and _is_day(toks, k + 1):
        nxt = toks[k + 1]
        days.append((nxt.value, nxt.start, nxt.end))
        return days, "range", _skip_ordinal(toks, k + 2)
    if joiner.raw == ",":
        after = toks[k + 1] if k + 1 < len(toks) else None
        if after is None or (after.low not in _LAST_JOINERS and not _is_day(toks, k + 1)):
            return days, "single", k  # "August 11, 2023": the comma leads elsewhere
    elif joiner.low not in _LAST_JOINERS:
        return days, "single", k
    look = k
    items: list[_Day] = []
    while len(items) < MAX_LIST:
        t = tok(toks, look)
        if t is not None and t.raw == "," and _is_day(toks, look + 1):
            nxt = toks[look + 1]
            items.append((nxt.value, nxt.start, nxt.end))
            look = _skip_ordinal(toks, look + 2)
            continue
        if t is not None and t.raw == ",":
            t2 = tok(toks, look + 1)
            if t2 is not None and t2.low in _LAST_JOINERS:
                look += 1
                t = t2
        if t is not None and t.low == "and" and _and_or(toks, look):
            look += 2  # "21 and/or 22": one or both, so alternatives
            t = toks[look]
        if t is not None and t.low in _LAST_JOINERS and _is_day(toks, look + 1):
            nxt = toks[look + 1]
            items.append((nxt.value, nxt.start, nxt.end))
            joined: Kind = "alternatives" if t.low in EITHER_JOINERS else "list"
            look = _skip_ordinal(toks, look + 2)
            again = tok(toks, look)
            if again is not None and again.low == t.low and _is_day(toks, look + 1):
                continue  # "21 or 22 or 23"
            return days + items, joined, look
        break
    return days, "single", k


def _and_or(toks: list[Token], k: int) -> bool:
    """Whether "and" at ``k`` is the start of "and/or"."""
    slash, word = tok(toks, k + 1), tok(toks, k + 2)
    return slash is not None and word is not None and slash.raw == "/" and word.low == "or"


_LAST_JOINERS = LIST_JOINERS | EITHER_JOINERS
"""What joins the last item of a list ("12, 14 and 16") or of alternatives ("21 or 22")."""


_CLOSING = {"(": ")", "[": "]"}
_APOSTROPHES = frozenset({"'", "’"})
_YEAR_WORDS = frozenset({"of", "in"})
_AFTER_SHORT_YEAR = frozenset({"at", "and", "on", "when", "after", "before"})
"""Words that may follow a two-digit year ("Jan. 3, '19 at 10:00"); another word
makes the apostrophe a quotation ("on September 7 '15 minutes of terror'")."""


def _year_aside(toks: list[Token], k: int) -> tuple[int | None, int]:
    """A year written beside a date rather than in its slot: "January 3 (2019)",
    "August 19 [2023]", "January 3 of 2019", "January 3 in 2019", "3 Jan '19" (a
    two-digit year is 19xx from 51 on, else 20xx)."""
    at = k + 1 if (comma := tok(toks, k)) is not None and comma.raw == "," else k
    first = tok(toks, at)
    if first is None:
        return None, k
    year = tok(toks, at + 1)
    if first.raw in _CLOSING:
        close = tok(toks, at + 2)
        if is_year(year) and close is not None and close.raw == _CLOSING[first.raw]:
            assert year is not None
            return year.value, at + 3
    elif first.low in _YEAR_WORDS and at == k:
        if is_year(year) and not clock_follows(toks, at + 1):
            assert year is not None
            return year.value, at + 2
    elif (
        first.raw in _APOSTROPHES
        and year is not None
        and year.kind == "num"
        and len(year.raw) == 2
        and year.start == first.end
        and not clock_follows(toks, at + 1)
    ):
        nxt = tok(toks, at + 2)  # "'15 minutes of terror" is a quotation, not a year
        if (
            nxt is None
            or (nxt.kind == "mark" and nxt.raw not in _APOSTROPHES)
            or (nxt.low in _AFTER_SHORT_YEAR)
        ):
            return (1900 if year.value > 50 else 2000) + year.value, at + 2
    return None, k


def _year_after(toks: list[Token], k: int) -> tuple[int | None, int]:
    """An optional year after a day: "August 11, 2023" or "11 August 2023", or one
    written beside it (:func:`_year_aside`)."""
    n = len(toks)
    if k >= n:
        return None, k
    at = k + 1 if toks[k].raw == "," else k
    if at >= n:
        return None, k
    year = toks[at]
    if (
        year.kind == "num"
        and len(year.raw) == 4
        and YEAR_RANGE[0] <= year.value <= YEAR_RANGE[1]
        and not clock_follows(toks, at)
    ):
        nxt = toks[at + 1] if at + 1 < n else None
        if nxt is None or not (nxt.kind == "word" and nxt.start == year.end):
            return year.value, at + 1
    return _year_aside(toks, k)


def _dated(
    toks: list[Token], i: int, k: int, month: int, days: list[_Day], kind: Kind, year: int | None
) -> Atom:
    if len(days) == 1:
        dates: tuple[DatePart, ...] = (DatePart(year, month, days[0][0]),)
    else:
        dates = tuple([DatePart(year, month, d) for d, _, _ in days])
    atom = Atom(i, k, toks[i].start, toks[k - 1].end)
    atom.dates = dates
    atom.kind = kind
    for value, start, end in days:
        if not 1 <= value <= 28 and not 1 <= value <= month_length(year, month):
            name = MONTH_NAMES[month]
            where = f"{name} {value}" + (f", {year}" if year is not None else "")
            atom.problem = Problem("impossible_date", f"there is no {where}", start, end)
            break
    return atom


def month_first(toks: list[Token], i: int) -> Atom | None:
    """ "August 11", "Aug. 11th, 2023", "August 12 and 14", "June 2021", "June",
    "May and June 2024", starting at the month word ``i``.

    >>> from .tokens import tokenize
    >>> month_first(tokenize("Aug. 11th, 2023"), 0).dates
    (DatePart(year=2023, month=8, day=11),)
    """
    t = toks[i]
    if t.kind != "word" or not t.raw[:1].isupper():
        return None
    low = t.low
    month = MONTHS.get(low)
    if month is None:
        return None
    if i > 0 and low in _NAMED_MONTHS and (toks[i - 1].low, low) in NAMES_WITH_CALENDAR_WORDS:
        return None  # "Long March 5" is a rocket
    full = low in MONTH_FULL_NAMES
    k = i + 1 if full else skip_dot(toks, i + 1)
    day = toks[k] if k < len(toks) else None
    if (  # _is_day, inline: a month is most often followed by its day
        day is not None
        and day.kind == "num"
        and day.value >= 0
        and len(day.raw) <= 2
        and not clock_follows(toks, k)
    ):
        days, kind, k = _days(toks, k)
        year, k = _year_after(toks, k)
        return _dated(toks, i, k, month, days, kind, year)
    year, k = _month_year(toks, k)
    if year is not None:
        atom = Atom(i, k, t.start, toks[k - 1].end)
        atom.dates = (DatePart(year, month),)
        return atom
    if not full:
        return None
    return _month_list(toks, i, month) or Atom(
        i, i + 1, t.start, t.end, dates=(DatePart(None, month),), weak=True
    )


def _month_year(toks: list[Token], k: int) -> tuple[int | None, int]:
    """An optional year after a month: "June 2021", "June, 2021", "June of 2021"."""
    at = k + 1 if (s := tok(toks, k)) is not None and s.low in (",", "of") else k
    year = tok(toks, at)
    if year is not None and is_year(year) and not clock_follows(toks, at):
        return year.value, at + 1
    return _year_aside(toks, k)


def _month_list(toks: list[Token], i: int, first: int) -> Atom | None:
    """ "May and June 2024", "May, June and July", "May or June": months sharing an
    optional year."""
    months = [first]
    look = i + 1
    while len(months) < MAX_LIST:
        sep = tok(toks, look)
        if sep is not None and sep.raw == "," and (tok(toks, look + 1) or sep).low in _LAST_JOINERS:
            look += 1
            sep = toks[look]
        nxt = tok(toks, look + 1)
        month = _month(nxt)
        if sep is None or month is None or nxt is None or nxt.low not in MONTH_FULL_NAMES:
            return None
        if sep.raw == ",":
            months.append(month)
            look += 2
            continue
        if sep.low not in _LAST_JOINERS:
            return None
        months.append(month)
        look += 2
        if _is_day(toks, look):
            return None  # "June and July 4": not a list of months
        year, look = _month_year(toks, look)
        dates = tuple(DatePart(year, m) for m in months)
        kind: Kind = "alternatives" if sep.low in EITHER_JOINERS else "list"
        atom = Atom(i, look, toks[i].start, toks[look - 1].end, dates=dates, kind=kind)
        atom.weak = year is None
        return atom
    return None


def _day_first(toks: list[Token], i: int) -> Atom | None:
    """ "11 August", "11th of August 2023", "3, 5 and 7 September", "12-14 August",
    "16-Nov-2022"."""
    if not _is_day(toks, i):
        return None
    days, kind, k = _days(toks, i)
    of = tok(toks, k)
    dashed = of is not None and of.raw == "-" and glued(toks, k) and glued(toks, k + 1)
    if of is not None and (of.low == "of" or (dashed and len(days) == 1)):
        k += 1
    month = _month(tok(toks, k))
    if month is None:
        return None
    k = skip_dot(toks, k + 1)
    if dashed and len(days) == 1:  # "16-Nov-2022": the year glued on by a dash too
        dash, year_tok = tok(toks, k), tok(toks, k + 1)
        if dash is None or year_tok is None or dash.raw != "-" or not is_year(year_tok):
            return None
        if not (glued(toks, k) and glued(toks, k + 1)):
            return None
        return _dated(toks, i, k + 2, month, days, kind, year_tok.value)
    year, k = _year_after(toks, k)
    atom = _dated(toks, i, k, month, days, kind, year)
    dash = tok(toks, k)
    if dash is not None and dash.raw in DASHES and kind == "single" and atom.problem is None:
        # "24 August-2 September": the end is a day-first date of its own, whose
        # number a glued dash would otherwise keep from starting a date
        end = _day_first(toks, k + 1) if k + 1 < len(toks) else None
        if end is not None and end.kind == "single" and end.problem is None:
            a, b = atom.dates[0], end.dates[0]
            return Atom(
                i, end.j, toks[i].start, end.end, dates=(range_start(a, b), b), kind="range"
            )
    return atom


def date_atom_at(toks: list[Token], i: int) -> Atom | None:
    """Any date form starting at token ``i``."""
    t = toks[i]
    if t.kind == "word":
        return month_first(toks, i)
    if t.kind != "num" or t.value < 0 or not number_may_start(toks, i):
        return None
    return number_date_at(toks, i)


def number_date_at(toks: list[Token], i: int) -> Atom | None:
    """:func:`date_atom_at` for a number the caller has checked may start a date."""
    width = len(toks[i].raw)
    if width > 4 or width == 3:
        return None
    # A numeric date needs a glued "." or "/" after its first number.
    numeric = i + 2 < len(toks) and toks[i + 1].raw in (".", "/") and numeric_date(toks, i)
    if numeric:
        return numeric
    return year_first(toks, i) if width == 4 else _day_first(toks, i)


def range_atom_at(toks: list[Token], i: int) -> Atom | None:
    """ "between August 12 and 14", "from 2023 to 2027", "from June to August 2024"."""
    opener = toks[i]
    joiners = RANGE_OPENERS.get(opener.low)
    if joiners is None or i + 1 >= len(toks):
        return None
    first = date_atom_at(toks, i + 1)
    if first is None or first.clock is not None or first.problem is not None:
        return None
    if first.kind == "range" or (first.kind == "list" and len(first.dates) == 2):
        joined = toks[first.i : first.j]
        if first.kind == "range" or any(t.low in joiners for t in joined):
            return replace(first, i=i, start=opener.start, kind="range", weak=False)
        return None
    if first.kind != "single":
        return None
    joiner = tok(toks, first.j)
    if joiner is None or joiner.low not in joiners or first.j + 1 >= len(toks):
        return None
    second = date_atom_at(toks, first.j + 1)
    if second is None or second.kind != "single" or second.clock is not None:
        return None
    if second.problem is not None:
        return None
    a, b = first.dates[0], second.dates[0]
    if a.level != b.level:
        return None
    atom = Atom(i, second.j, opener.start, second.end, dates=(range_start(a, b), b), kind="range")
    return atom


def range_start(start: DatePart, end: DatePart) -> DatePart:
    """The start of a range, given the year written at its end when it has none: the
    same year, or the year before when the start falls later in the calendar ("Dec.
    30 - Jan. 7, 2025" starts in 2024; so does "May 20-Feb. 10, 2025").

    >>> range_start(DatePart(None, 12, 30), DatePart(2025, 1, 7)).year
    2024
    """
    if start.year is not None or end.year is None or start.month is None or end.month is None:
        return start
    later = (start.month, start.day or 1) > (end.month, end.day or 31)
    return replace(start, year=end.year - 1 if later else end.year)


def weekday_at(toks: list[Token], i: int) -> Atom | None:
    """A weekday at token ``i``: "Saturday", "Sunday's", or an abbreviation ("Sat."),
    which counts only beside a date.

    >>> from .tokens import tokenize
    >>> weekday_at(tokenize("Saturday"), 0).weekday, weekday_at(tokenize("Sat."), 0).weak
    (5, True)
    """
    t = toks[i]
    if not t.capitalized:
        return None
    day = WEEKDAYS.get(t.low.removesuffix("'s"))  # "Sunday's launch"
    if day is not None:
        atom = Atom(i, i + 1, t.start, t.end)
        atom.weekday = day
        return atom
    day = WEEKDAY_ABBREVIATIONS.get(t.low)
    if day is None:
        return None
    k = skip_dot(toks, i + 1)
    # Abbreviations count only beside a date ("Sat., Aug. 19"): weak on their own.
    return Atom(i, k, t.start, toks[k - 1].end, weekday=day, weak=True)
