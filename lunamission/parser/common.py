"""The :class:`Atom` type and the token helpers every recognizer shares.

Pipeline: lexicon → tokens → **atoms** (this module, ``clock_atoms``,
``calendar_atoms``, ``atoms``) → grammar → resolve → api.

>>> from .tokens import tokenize
>>> toks = tokenize("Luna-25 at 14")
>>> number_may_start(toks, 2), number_may_start(toks, 4)
(False, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..timestamp import Qualifier
from .lexicon import YEAR_RANGE, Part
from .parts import ClockPart, DatePart, Problem, Relative, ZonePart
from .tokens import Token

__all__ = [
    "MONTH_NAMES",
    "Atom",
    "glued",
    "is_num",
    "is_year",
    "month_length",
    "number_may_start",
    "skip_dot",
    "tok",
]

_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
"""English month names, fixed (``calendar.month_name`` follows the locale)."""

Role = Literal["core", "zone", "modifier", "conversion"]


@dataclass(slots=True)
class Atom:
    """One recognized piece, covering tokens ``i`` to ``j`` (exclusive).

    ``role`` says how the grammar groups it: a ``core`` carries a date, clock,
    weekday or relative day; a ``zone`` names a zone; a ``modifier`` ("about",
    "no later than", "the end of") changes the core that follows it; a
    ``conversion`` is a bracketed clock with its zone (and maybe its date), "(1157
    GMT)", which is a second reading of the clock before it when there is one, and
    otherwise a core of its own.
    """

    i: int
    j: int
    start: int
    end: int
    role: Role = "core"
    dates: tuple[DatePart, ...] = ()
    kind: Literal["single", "list", "alternatives", "range"] = "single"
    clock: ClockPart | None = None
    zone: ZonePart | None = None
    weekday: int | None = None
    weekday_shift: int | None = None
    relative: Relative | None = None
    approximate: bool = False
    qualifier: Qualifier | None = None
    part: Part | None = None
    problem: Problem | None = None
    weak: bool = False
    unknown_zone: bool = False
    strict: bool = False
    clock_end: ClockPart | None = None
    readings: tuple[tuple[ClockPart, ZonePart], ...] = ()


def month_length(year: int | None, month: int) -> int:
    """Days in ``month`` of ``year``; with no year, the longest it can be (29 for February).

    >>> month_length(2023, 2), month_length(2024, 2), month_length(None, 2)
    (28, 29, 29)
    """
    if month != 2:
        return _LENGTHS[month - 1]
    if year is None:
        return 29
    return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28


def is_year(t: Token | None) -> bool:
    """Whether ``t`` is a four-digit number in :data:`~.lexicon.YEAR_RANGE`.

    >>> from .tokens import tokenize
    >>> [is_year(t) for t in tokenize("2023 1457 99")]
    [True, False, False]
    """
    return (
        t is not None
        and t.kind == "num"
        and len(t.raw) == 4
        and YEAR_RANGE[0] <= t.value <= YEAR_RANGE[1]
    )


def tok(toks: list[Token], k: int) -> Token | None:
    """The token at ``k``, or None past the end."""
    return toks[k] if 0 <= k < len(toks) else None


def glued(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` touches the token before it (no space between)."""
    return 0 < k < len(toks) and toks[k - 1].end == toks[k].start


def is_num(t: Token | None, *widths: int) -> bool:
    """Whether ``t`` is a number written with one of ``widths`` digits."""
    return t is not None and t.kind == "num" and t.value >= 0 and len(t.raw) in widths


def skip_dot(toks: list[Token], k: int) -> int:
    """Step over a period glued to the previous word ("Aug.")."""
    if 0 < k < len(toks):
        t = toks[k]
        if t.raw == "." and toks[k - 1].end == t.start:
            return k + 1
    return k


def number_may_start(toks: list[Token], i: int) -> bool:
    """Whether the number at ``i`` may begin a timestamp: not when it is glued to a
    word or to a word-and-mark before it ("MS24", "Luna-25", "2.1")."""
    if i == 0:
        return True
    prev = toks[i - 1]
    if prev.end != toks[i].start:
        return True
    if prev.kind != "mark":  # a word, a number or "a.m."
        return False
    if prev.raw in "-–—./,:+" and i > 1 and toks[i - 2].end == prev.start:
        return toks[i - 2].kind not in ("word", "num") or toks[i - 2].low == "mid"
    return True
