"""Exports and interchange: a :class:`Timeline` in the formats other tools read.

Where it sits: the end of the pipeline. Text formats are registered in
:data:`FORMATS` (name -> function from a timeline to text), which the command
line's ``--format`` offers; ``to_pandas`` and the catalogue adapters
(Launch Library 2 records, GCAT vague dates, EDTF strings, both ways) are here
too. ``Timeline.to_csv``, ``to_ics`` and the others delegate to these.

>>> import lunamission as lm
>>> sorted(FORMATS)
['csv', 'ics', 'json', 'jsonl', 'timelinejs']
>>> tl = lm.Timeline([lm.Event(kind="impact", mission="Luna-25")])
>>> FORMATS["json"](tl) == tl.model_dump_json(indent=2) + "\\n"
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..errors import MissingExtraError
from .display import display_when, headline
from .edtf import from_edtf, to_edtf
from .gcat import GcatDate, from_gcat, to_gcat
from .ical import to_ics
from .ll2 import from_ll2, to_ll2
from .table import COLUMNS, to_csv, to_pandas
from .timelinejs import to_timelinejs

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = [
    "COLUMNS",
    "FORMATS",
    "GcatDate",
    "MissingExtraError",
    "display_when",
    "from_edtf",
    "from_gcat",
    "from_ll2",
    "headline",
    "to_csv",
    "to_edtf",
    "to_gcat",
    "to_ics",
    "to_json",
    "to_jsonl",
    "to_ll2",
    "to_pandas",
    "to_timelinejs",
]


def to_json(timeline: Timeline, /) -> str:
    """The timeline as indented JSON (every revision and mission record), ending in a
    newline; ``Timeline.model_validate_json`` reads it back equal."""
    return timeline.model_dump_json(indent=2) + "\n"


def to_jsonl(timeline: Timeline, /) -> str:
    """The timeline as an event log's text: a header line, then one event per line
    (every revision, in the order added). Saved to a file, it is an
    :class:`~lunamission.EventLog` that ``replay()`` reads back.

    >>> import lunamission as lm
    >>> tl = lm.Timeline([lm.Event(kind="impact", mission="Luna-25")])
    >>> print(to_jsonl(tl).splitlines()[0])
    {"format":"lunamission-event-log","schema_version":1}
    """
    from ..eventlog import header_line

    lines = [header_line()]
    lines.extend(ev.model_dump_json() + "\n" for ev in timeline.revisions)
    return "".join(lines)


def _ics(timeline: Timeline) -> str:
    return to_ics(timeline)


def _timelinejs(timeline: Timeline) -> str:
    return to_timelinejs(timeline) + "\n"


FORMATS: dict[str, Callable[[Timeline], str]] = {
    "csv": to_csv,
    "ics": _ics,
    "json": to_json,
    "jsonl": to_jsonl,
    "timelinejs": _timelinejs,
}
"""Text formats by name, each a function from a timeline to the whole document."""
