"""Errors: the input, the span with a caret, the reason, a stable code; picklable."""

from __future__ import annotations

import pickle

import pytest

import lunamission as lm
from lunamission.errors import render_caret


# Caret rendering, grouped by the shape of the input
@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # short input: shown whole, carets under the span
        ("at 2:10 Mars time", (8, 17), "  at 2:10 Mars time\n          ^^^^^^^^^"),
        # an empty span still gets one caret
        ("on August 11", (3, 3), "  on August 11\n     ^"),
        # line breaks and tabs become spaces so the caret stays aligned
        ("one\ntwo\tthree", (8, 13), "  one two three\n          ^^^^^"),
        # a span past the end is clipped
        ("abc", (1, 99), "  abc\n   ^^"),
    ],
    ids=["short", "empty-span", "control-chars", "clipped"],
)
def test_render_caret(text: str, span: tuple[int, int], expected: str) -> None:
    assert render_caret(text, span) == expected


def test_long_input_is_windowed_around_the_span() -> None:
    text = "x" * 500 + "Mars time" + "y" * 500
    rendered = render_caret(text, (500, 509))
    line, carets = rendered.split("\n")
    assert len(line) < 140 and line.strip().startswith("…") and line.endswith("…")
    assert line[carets.index("^") : carets.index("^") + 9] == "Mars time"


@pytest.mark.parametrize(
    "cls",
    [
        lm.TimestampError,
        lm.ZoneError,
        lm.ExtractionError,
        lm.TimelineError,
        lm.MergeConflictError,
        lm.EventLogError,
        lm.SchemaVersionError,
    ],
)
def test_every_error_carries_text_span_code_and_pickles(cls: type[lm.LunamissionError]) -> None:
    err = cls("something is wrong", text="at 2:10 Mars time", span=(8, 17), code="custom")
    assert isinstance(err, ValueError)
    assert (err.text, err.span, err.code, err.reason) == (
        "at 2:10 Mars time",
        (8, 17),
        "custom",
        "something is wrong",
    )
    assert str(err).startswith("something is wrong in 'at 2:10 Mars time'")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is cls and str(back) == str(err) and back.code == "custom"


def test_default_codes_and_errors_without_text() -> None:
    err = lm.SchemaVersionError("written by a newer lunamission")
    assert err.code == "schema_version" and str(err) == "written by a newer lunamission"
