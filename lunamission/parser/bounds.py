"""Bounds around a timestamp expression that the grammar reads from the words next
to it: a bound written after its time ("in 2026 or later", "on August 21 at the
earliest"), a negated "until" before it ("will not fly until 2026"), and a negation
that turns a bound round ("will not fly before 2027" is 2027 at the soonest).

Pipeline: lexicon → tokens → atoms → **grammar** (uses bounds) → resolve → api.

The phrases are :data:`~.lexicon.BOUNDS_AFTER`; those that may also stand before
their time ("at the earliest in 2025") are bound phrases of the atom scan too,
which leaves them to the grammar here when a time ends right before them.

>>> from .tokens import tokenize
>>> bound_after(tokenize("in 2025 at the earliest"), 2)
('not_before', 5)
>>> negated_until(tokenize("it will not fly until 2026"), 5)
True
>>> negated_before(tokenize("it will not fly before 2027"), 4)
True
"""

from __future__ import annotations

from ..timestamp import Qualifier
from .lexicon import BOUNDS_AFTER, CLAUSE_JOINERS, NEGATION_STOPS, NEGATIONS
from .tokens import Token

__all__ = ["bound_after", "negated_before", "negated_until"]

_FIRST_WORDS = frozenset(phrase[0] for phrase in BOUNDS_AFTER)


def bound_after(toks: list[Token], j: int) -> tuple[Qualifier, int] | None:
    """The bound written right after an expression that ends at token ``j``, and the
    token after the bound."""
    if j >= len(toks) or toks[j].low not in _FIRST_WORDS:
        return None  # the common case: no bound follows
    for phrase, qualifier in BOUNDS_AFTER.items():
        k = j + len(phrase)
        if k <= len(toks) and all(toks[j + n].low == word for n, word in enumerate(phrase)):
            return qualifier, k
    return None


def negated_until(toks: list[Token], i: int) -> bool:
    """Whether the expression at token ``i`` follows "until" (or "till") that a
    negation a few words before, in its clause, makes a lower bound: "will not fly
    until 2026", "won't launch until Saturday". A plain "until" ends a period and
    sets no bound; "did not move and slept until August 25" is not negated."""
    return (
        i >= 2
        and toks[i - 1].low in ("until", "till")
        and _negation_before(toks, i - 1, reach=7)  # "does not plan to fly Artemis III until"
    )


def negated_before(toks: list[Token], i: int) -> bool:
    """Whether a negation stands a few words before token ``i`` in its clause ("will
    not fly before 2027": the bound word at ``i`` is negated, and turns round). In
    "cannot come until after August 21" the negation is the "until"'s, and the bound
    stands as written."""
    if i < 1 or toks[i - 1].low in _NOT_TURNED:
        return False
    return _negation_before(toks, i)


_NOT_TURNED = frozenset({"until", "till", "long", "shortly", "just", "soon", "well", "right"})
"""Words right before the bound word that keep it as written: "not until after August
21", "not long after 2:57 p.m." (shortly after, not by)."""


def _negation_before(toks: list[Token], i: int, *, reach: int = 5) -> bool:
    sentence = toks[i].sentence
    for k in range(i - 1, max(-1, i - 1 - reach), -1):  # back from the bound word, in its clause
        t = toks[k]
        if t.sentence != sentence or t.low in CLAUSE_JOINERS or t.low in NEGATION_STOPS:
            return False
        if t.low in NEGATIONS:
            return True
    return False
