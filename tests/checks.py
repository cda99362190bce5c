"""Checks shared by the tests: the parser's properties, replayed timelines."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import lunamission as lm
from lunamission import Timeline

T = TypeVar("T")


def result_or_error(text: str, parse: Callable[[str], T]) -> T | lm.TimestampError:
    """``parse(text)``, or the :class:`lunamission.TimestampError` it raised once
    checked to name ``text`` and a span inside it (any other exception fails)."""
    try:
        return parse(text)
    except lm.TimestampError as exc:
        error = exc
    assert error.text == text
    assert error.span is None or 0 <= error.span[0] <= error.span[1] <= len(text)
    return error


def installed(timeline: Timeline) -> bool:
    """Whether a replay handed ``timeline`` a view and window index to take
    (from its checkpoint) and they were taken when a query first needed them.
    Makes them ready, as any query would."""
    pending = timeline._ready is not None
    timeline._split()
    return pending and timeline._windows is not None
