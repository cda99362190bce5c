"""Counting work instead of timing it: how many lines of Python and calls a call runs.

Timings on shared machines are noise; the number of Python lines executed and
functions called is exact and repeatable, and it grows with the text the way the
running time does (a quadratic loop shows as a hundredfold count for ten times the
text). Work inside one built-in call (a regular expression's backtracking) is
not seen: the tests that feed a megabyte of hostile text guard that.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any


def calls(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> int:
    """How many Python lines and built-in calls ``fn(*args, **kwargs)`` runs."""
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return trace

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event == "c_call":
            count += 1

    previous_trace, previous_profile = sys.gettrace(), sys.getprofile()
    sys.settrace(trace)
    sys.setprofile(profile)
    try:
        fn(*args, **kwargs)
    finally:
        sys.settrace(previous_trace)
        sys.setprofile(previous_profile)
    return count


def growth(fn: Callable[[str], Any], unit: str, small: int = 2_000, factor: int = 10) -> float:
    """How much more work ``fn`` does on ``factor`` times the text (about ``factor``
    when it is linear, ``factor`` squared when quadratic). Caches are warmed first."""
    little = unit * (small // len(unit))
    fn(little)
    return calls(fn, unit * (small * factor // len(unit))) / max(calls(fn, little), 1)
