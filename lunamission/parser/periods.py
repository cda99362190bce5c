"""Quarters and halves of a year: "Q3 2026", "the third quarter of 2026", "H2 2026",
"the second half of 2026", "first-quarter 2025".

Pipeline: lexicon → tokens → **atoms** (periods are one kind) → grammar → resolve → api.

No :class:`~lunamission.Timestamp` holds three or six months, so a period is a
range of two months, its first and its last ("Q3 2026" is July to September
2026), like "from July to September 2026". A bound keeps the end on its side:
"NET Q3 2026" is ``not_before`` July 2026. A period needs its year: "the third
quarter" alone is not read.

>>> from .tokens import tokenize
>>> period_at(tokenize("Q3 2026"), 0).dates
(DatePart(year=2026, month=7, day=None), DatePart(year=2026, month=9, day=None))
"""

from __future__ import annotations

from .common import Atom, glued, is_year, tok
from .lexicon import PERIOD_LETTERS, PERIOD_ORDINALS, PERIOD_UNITS
from .parts import DatePart
from .tokens import Token

__all__ = ["PERIOD_TRIGGERS", "period_at"]

PERIOD_TRIGGERS: frozenset[str] = frozenset(
    {*PERIOD_ORDINALS, *(k.lower() for k in PERIOD_LETTERS)}
)
"""Lower-case words that may start a period."""


def period_at(toks: list[Token], i: int) -> Atom | None:
    """The quarter or half of a year starting at token ``i``, or None."""
    t = toks[i]
    k = i + 1
    number = None
    if t.raw in PERIOD_LETTERS:  # "Q3", "H2": the letter glued to its number
        n = tok(toks, k)
        if n is None or n.kind != "num" or not glued(toks, k) or len(n.raw) != 1:
            return None
        unit, number, k = PERIOD_LETTERS[t.raw], n.value, k + 1
    else:
        number = PERIOD_ORDINALS.get(t.low)
        dash = tok(toks, k)
        if dash is not None and dash.raw == "-" and glued(toks, k):
            k += 1  # "first-quarter"
        word = tok(toks, k)
        if number is None or word is None or word.low not in PERIOD_UNITS:
            return None
        unit, k = PERIOD_UNITS[word.low], k + 1
    months = 12 // unit  # a quarter is 3 months, a half 6
    if not 1 <= number <= unit:
        return None
    glue = tok(toks, k)
    if glue is not None and glue.low in ("of", ","):
        k += 1
    year = tok(toks, k)
    if year is None or not is_year(year):
        return None
    first = (number - 1) * months + 1
    dates = (DatePart(year.value, first), DatePart(year.value, first + months - 1))
    return Atom(i, k + 1, t.start, year.end, dates=dates, kind="range")
