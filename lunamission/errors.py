"""Every error lunamission raises, in one small tree.

All of them subclass :class:`ValueError`, so a plain ``except ValueError`` keeps
working, and all carry the offending input, the span in it that went wrong and
the reason, rendered with a caret under the span::

    ValueError
    └── LunamissionError          root: catch this to catch everything of ours
        ├── TimestampError        text or ISO string that is not one exact timestamp
        ├── ZoneError             a time-zone name or phrase we cannot resolve
        ├── ExtractionError       an article that cannot be given a reference date
        ├── TimelineError         an impossible timeline operation
        │   └── MergeConflictError  two reports of one event whose times disagree
        ├── EventLogError         an event log or store that cannot be read or written
        │   └── SchemaVersionError  a log written by a newer lunamission
        └── MissingExtraError     an optional extra (pandas, matplotlib) not installed;
                                  also an ImportError

Each error has a machine-readable ``code`` (for example ``"unknown_zone"``), so
tests and callers can branch on the kind of failure rather than the wording.

>>> err = TimestampError("unknown zone word", text="at 2:10 Mars time", span=(8, 17),
...                      code="unknown_zone")
>>> print(err)
unknown zone word in 'at 2:10 Mars time'
  at 2:10 Mars time
          ^^^^^^^^^
"""

from __future__ import annotations

__all__ = [
    "EventLogError",
    "ExtractionError",
    "LunamissionError",
    "MergeConflictError",
    "MissingExtraError",
    "SchemaVersionError",
    "TimelineError",
    "TimestampError",
    "ZoneError",
]

_CONTEXT = 50  # characters shown either side of the span in long inputs


def render_caret(text: str, span: tuple[int, int]) -> str:
    """Show ``text`` on one line with carets under ``span``, windowed when long.

    >>> print(render_caret("on Mars time", (3, 7)))
      on Mars time
         ^^^^
    """
    start, end = span
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    lo = max(0, start - _CONTEXT)
    hi = min(len(text), end + _CONTEXT)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    shown = prefix + text[lo:hi] + suffix
    # Keep the caret aligned: every control character becomes one space.
    shown = "".join(" " if (c.isspace() or not c.isprintable()) else c for c in shown)
    pad = len(prefix) + (start - lo)
    width = max(1, end - start)
    return f"  {shown}\n  {' ' * pad}{'^' * width}"


def _quote(text: str, limit: int = 60) -> str:
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return repr(text)


class LunamissionError(ValueError):
    """Root of lunamission's errors: the input, where it went wrong, and why.

    ``text`` is the input that failed (``None`` when there is no text to show),
    ``span`` the ``(start, end)`` character range in it, ``reason`` the plain
    explanation and ``code`` a stable machine-readable name for the failure.
    """

    default_code = "invalid"

    def __init__(
        self,
        reason: str,
        *,
        text: str | None = None,
        span: tuple[int, int] | None = None,
        code: str | None = None,
    ) -> None:
        self.reason = reason
        self.text = text
        self.span = span
        self.code = code or self.default_code
        super().__init__(self._render())

    def _render(self) -> str:
        if self.text is None:
            return self.reason
        head = f"{self.reason} in {_quote(self.text)}"
        span = self.span if self.span is not None else (0, len(self.text))
        return f"{head}\n{render_caret(self.text, span)}"

    def __reduce__(self) -> tuple[object, ...]:  # keep errors picklable across processes
        return (_rebuild, (type(self), self.reason, self.text, self.span, self.code))


def _rebuild(
    cls: type[LunamissionError],
    reason: str,
    text: str | None,
    span: tuple[int, int] | None,
    code: str,
) -> LunamissionError:
    return cls(reason, text=text, span=span, code=code)


class TimestampError(LunamissionError):
    """Text or an ISO string that is not exactly one valid timestamp."""

    default_code = "invalid_timestamp"


class ZoneError(LunamissionError):
    """A time-zone name, offset or phrase that we cannot resolve."""

    default_code = "unknown_zone"


class ExtractionError(LunamissionError):
    """An article we cannot extract from, such as one with no year anywhere."""

    default_code = "no_reference"


class TimelineError(LunamissionError):
    """An operation on a timeline that cannot be done, such as an elapsed time
    for a mission with no launch."""

    default_code = "timeline"


class MergeConflictError(TimelineError):
    """Two reports of the same event whose times cannot both be true."""

    default_code = "merge_conflict"


class EventLogError(LunamissionError):
    """An event log or store that cannot be read or written."""

    default_code = "event_log"


class SchemaVersionError(EventLogError):
    """A log written by a newer schema version than this lunamission reads."""

    default_code = "schema_version"


class MissingExtraError(LunamissionError, ImportError):
    """An optional dependency is not installed; the message names the extra to
    install (``pip install 'lunamission[plot]'``). Also an :class:`ImportError`."""

    default_code = "missing_extra"
