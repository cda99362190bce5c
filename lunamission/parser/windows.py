"""Windows and alternatives of clock times: "between 2 and 3 p.m.", "from 14:10 to
14:57 GMT", "1:04-3:04 a.m. EST", "2 or 3 p.m.".

Pipeline: lexicon → tokens → **atoms** (windows are one kind) → grammar → resolve → api.

A window is one atom holding two clocks (``clock`` and ``clock_end``, built by
:func:`~.clock_atoms.clock_window`), which the resolver turns into a range of two
instants on one day; two clock times joined by "or" are the same shape with kind
``alternatives``. A window whose ends name two zones is kept as one atom carrying
the problem ``clock_range``, so that its end is not read alone.

>>> from .tokens import tokenize
>>> w = window_at(tokenize("between 2 and 3 p.m. GMT"), 0)
>>> (w.clock.hour, w.clock_end.hour, w.zone.name)
(14, 15, 'UTC')
"""

from __future__ import annotations

from .clock_atoms import clock_at, clock_window, number_clock_at, window_start, zone_after
from .common import Atom, glued, tok
from .lexicon import DASHES, EITHER_JOINERS, RANGE_OPENERS
from .parts import Problem
from .tokens import Token

__all__ = ["clock_either", "clock_range_at", "window_at"]


def window_at(toks: list[Token], i: int) -> Atom | None:
    """ "between 2 and 3 p.m.", "from 14:10 to 14:57": a window of clock times,
    starting at the range word ``i``."""
    joiners = RANGE_OPENERS.get(toks[i].low)
    start = window_start(toks, i + 1) if joiners is not None else None
    if start is None or joiners is None:
        return None
    _take_zone(toks, start)  # "from 14:10 GMT to ..."
    joiner = tok(toks, start.j)
    if joiner is None or joiner.low not in joiners or start.j + 1 >= len(toks):
        return None
    end = clock_at(toks, start.j + 1)
    if end is None:
        return None
    _take_zone(toks, end)
    window = clock_window(toks, start, end, i, end.j)
    if window is None and start.zone is not None and end.zone is not None:
        reason = "the ends of this window are in two zones: give each its own time"
        return _refused(toks, i, end.j, reason)
    return window


def _take_zone(toks: list[Token], clock: Atom) -> None:
    """Widen a clock over the zone phrase right after it ("14:10 GMT")."""
    if clock.zone is not None or clock.problem is not None:
        return
    found = zone_after(toks, clock.j)
    if found is not None:
        clock.zone, clock.j = found
        clock.end = toks[clock.j - 1].end


def _refused(toks: list[Token], i: int, j: int, reason: str) -> Atom:
    """Tokens ``i`` to ``j`` as one atom carrying the problem ``clock_range``, so that
    neither end of a window that is none is read alone."""
    start, end = toks[i].start, toks[j - 1].end
    return Atom(i, j, start, end, problem=Problem("clock_range", reason, start, end))


def clock_either(toks: list[Token], start: Atom) -> Atom | None:
    """ "2 or 3 p.m.", "2:10 or 2:40 p.m. GMT": two clock times of which the text
    says one, not which (kind ``alternatives``); ``start`` is the first of them."""
    k = start.j
    joiner = tok(toks, k)
    if joiner is None or joiner.low not in EITHER_JOINERS or k + 1 >= len(toks):
        return None
    end = clock_at(toks, k + 1)
    if end is None:
        return None
    either = clock_window(toks, start, end, start.i, end.j, instants=False)
    if either is not None:
        either.kind = "alternatives"
    return either


def clock_range_at(toks: list[Token], clock: Atom) -> Atom | None:
    """ "1:04-3:04 a.m.", "14:10–14:57", "1100 to 1200 GMT": two clocks joined by a
    dash or "to" are a window
    (:func:`~.clock_atoms.clock_window`). One that is no window (the ends in two
    zones) is kept as one atom carrying the problem ``clock_range``: read as one
    clock, its end would be lost."""
    k = clock.j
    dash, nxt = tok(toks, k), tok(toks, k + 1)
    if dash is None or nxt is None or nxt.kind != "num":
        return None
    bracketed = dash.low == "and" and clock.i > 0 and toks[clock.i - 1].raw == "("
    if (
        dash.low != "to"
        and not bracketed
        and (dash.raw not in DASHES or not glued(toks, k) or not glued(toks, k + 1))
    ):
        return None  # "and" joins a window's ends only in its bracket: "(1100 and 1200 GMT)"
    end = number_clock_at(toks, k + 1)
    if end is None:
        return None
    window = clock_window(toks, clock, end, clock.i, end.j)
    if window is not None:
        return window
    reason = "a window between two clock times is not one timestamp: give each end its own"
    return _refused(toks, clock.i, end.j, reason)
