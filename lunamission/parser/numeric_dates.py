"""All-number dates: "2026", "2023-2027", "2023-08-11", "2023-08-11T02:10Z",
"19.08.2023", "08/19/2023".

Pipeline: lexicon → tokens → **atoms** → grammar → resolve → api.

A numeric date is read only where its order is certain: "19.08.2023" (there is no
month 19) is a date, "08.11.2023" an ``ambiguous_date`` problem and "08.11.23" one
too (any century). The caller (``calendar_atoms``) has checked that the number may
start a timestamp at all.

>>> from .tokens import tokenize
>>> year_first(tokenize("2023-08-11T02:10Z"), 0).clock.minute
10
"""

from __future__ import annotations

from dataclasses import replace

from .clock_atoms import clock_at, clock_follows
from .common import Atom, glued, is_num, is_year, month_length, tok
from .lexicon import DASHES
from .parts import DatePart, Problem
from .tokens import Token

__all__ = ["numeric_date", "year_first"]


def numeric_date(toks: list[Token], i: int) -> Atom | None:
    """ "19.08.2023", "08/19/2023", "2023/08/19": only where the order is certain.

    >>> from .tokens import tokenize
    >>> numeric_date(tokenize("19.08.2023"), 0).dates
    (DatePart(year=2023, month=8, day=19),)
    >>> numeric_date(tokenize("08.11.2023"), 0).problem.code
    'ambiguous_date'
    """
    parts = [toks[i]]
    k = i + 1
    sep: str | None = None
    while len(parts) < 3:
        s, n = tok(toks, k), tok(toks, k + 1)
        if (
            s is None
            or n is None
            or s.raw not in "./"
            or not glued(toks, k)
            or not glued(toks, k + 1)
        ):
            return None
        if sep is not None and s.raw != sep:
            return None
        if n.kind != "num" or n.value < 0:
            return None
        sep = s.raw
        parts.append(n)
        k += 2
    nxt = tok(toks, k)
    if nxt is not None and glued(toks, k) and (nxt.kind != "mark" or nxt.raw in "./:-"):
        return None  # a version number or an address, not a date
    a, b, c = parts
    start, end = a.start, c.end
    if len(a.raw) == 4 and len(b.raw) <= 2 and len(c.raw) <= 2:
        year, month, day = a.value, b.value, c.value
    elif len(a.raw) <= 2 and len(b.raw) <= 2 and len(c.raw) in (2, 4):
        if len(c.raw) == 2:
            reason = "a two-digit year could be any century"
            return _problem(toks, i, k, "ambiguous_date", reason, weak=True)
        year = c.value
        if a.value > 12 >= b.value:
            day, month = a.value, b.value
        elif b.value > 12 >= a.value:
            month, day = a.value, b.value
        elif a.value == b.value:
            day = month = a.value
        elif a.value <= 12 and b.value <= 12:
            reason = "day and month could be either way round"
            return _problem(toks, i, k, "ambiguous_date", reason, weak=False)
        else:
            return _problem(toks, i, k, "impossible_date", "no such date", weak=False)
    else:
        return None
    return _checked(toks, i, k, year, month, day, start, end)


def _checked(
    toks: list[Token], i: int, k: int, year: int, month: int, day: int, start: int, end: int
) -> Atom:
    if not 1 <= month <= 12 or not 1 <= day <= month_length(year, month):
        return _problem(toks, i, k, "impossible_date", "no such date", weak=False)
    atom = Atom(i, k, start, end)
    atom.dates = (DatePart(year, month, day),)
    return atom


def _problem(toks: list[Token], i: int, k: int, code: str, reason: str, *, weak: bool) -> Atom:
    start, end = toks[i].start, toks[k - 1].end
    return Atom(i, k, start, end, problem=Problem(code, reason, start, end), weak=weak)


def year_first(toks: list[Token], i: int) -> Atom | None:
    """ "2026", "2023-2027", "2023-08-11" (with a clock: "2023-08-11T02:10Z").

    >>> from .tokens import tokenize
    >>> [d.year for d in year_first(tokenize("2023-2027"), 0).dates]
    [2023, 2027]
    """
    t = toks[i]
    if not is_num(t, 4):
        return None
    dash, mid = tok(toks, i + 1), tok(toks, i + 2)
    iso = dash is not None and dash.raw == "-" and glued(toks, i + 1) and glued(toks, i + 2)
    if iso and is_num(mid, 2):
        return _iso(toks, i)
    if (
        dash is not None
        and (dash.raw in DASHES or dash.raw == "/")
        and is_year(mid)
        and mid is not None
    ):
        spaced_ok = dash.raw != "/" or glued(toks, i + 1)
        if spaced_ok and is_year(t) and mid.value > t.value and not clock_follows(toks, i + 2):
            dates = (DatePart(t.value), DatePart(mid.value))
            atom = Atom(i, i + 3, t.start, mid.end, dates=dates, kind="range")
            return atom
    if not is_year(t):
        return None
    nxt = tok(toks, i + 1)
    if nxt is not None and glued(toks, i + 1) and nxt.kind == "word":
        return None  # "2026th", "1900km"
    if nxt is not None and nxt.raw == "/" and glued(toks, i + 1) and is_num(mid, 1, 2):
        return None  # "2026/27", "2026/7": a fiscal year, or one of two; not 2026
    atom = Atom(i, i + 1, t.start, t.end)
    atom.dates, atom.weak = (DatePart(t.value),), True
    return atom


def _iso(toks: list[Token], i: int) -> Atom | None:
    year, month = toks[i], toks[i + 2]
    dash, day = tok(toks, i + 3), tok(toks, i + 4)
    if not (dash is not None and dash.raw == "-" and glued(toks, i + 3) and is_num(day, 2)):
        if 1 <= month.value <= 12:
            return Atom(
                i,
                i + 3,
                year.start,
                month.end,
                dates=(DatePart(year.value, month.value),),
                weak=True,
            )
        return None
    assert day is not None
    if not glued(toks, i + 4):
        return None
    atom = _checked(toks, i, i + 5, year.value, month.value, day.value, year.start, day.end)
    if atom.problem is not None:
        return atom
    k = i + 5
    t = tok(toks, k)
    if t is not None and t.raw in ("T", "t") and glued(toks, k) and glued(toks, k + 1):
        clock = clock_at(toks, k + 1, after_t=True) if is_num(tok(toks, k + 1), 2) else None
        if clock is None:
            return None
        return _with_clock(atom, clock)
    clock = clock_at(toks, k) if is_num(t, 2) and clock_follows(toks, k) else None
    if clock is not None and clock.problem is None:
        return _with_clock(atom, clock)
    return atom


def _with_clock(atom: Atom, clock: Atom) -> Atom:
    return replace(
        atom,
        j=clock.j,
        end=clock.end,
        clock=clock.clock,
        zone=clock.zone,
        problem=clock.problem,
        weak=False,
    )
