"""Checks shared by the parser's property tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import lunamission as lm

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
