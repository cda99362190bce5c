"""lunamission: exact, typed, queryable space-mission timelines from news text.

Import everything from here; the submodules are private.

>>> import lunamission as lm
>>> lm.Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]").utc.isoformat()
'2023-08-10T23:10:00+00:00'
"""

from __future__ import annotations

from ._version import __version__
from .errors import (
    EventLogError,
    ExtractionError,
    LunamissionError,
    MergeConflictError,
    SchemaVersionError,
    TimelineError,
    TimestampError,
    ZoneError,
)
from .models import Event, EventKind, Mission, Outcome, Source, Status, mission_key
from .render import format_table, format_utc, format_when
from .timeline import SCHEMA_VERSION, Elapsed, Finding, Timeline
from .timestamp import (
    APPROXIMATE_MARGIN,
    UNBOUNDED_FUTURE,
    UNBOUNDED_PAST,
    Precision,
    Qualifier,
    Timestamp,
)
from .zones import OnAmbiguous

# -- parser exports (issue 4) --
from .parser import TimestampMatch, find_timestamps, parse_timestamp, parse_timestamps
# -- end parser exports --
# -- extract exports (issue 5) --
from .extract import extract_timeline
from .merge import OnConflict, event_sources, merge
# -- end extract exports --

__all__ = [
    "APPROXIMATE_MARGIN",
    "SCHEMA_VERSION",
    "Elapsed",
    "Event",
    "EventKind",
    "Finding",
    "Mission",
    "Outcome",
    "Source",
    "Status",
    "Timeline",
    "mission_key",
    "UNBOUNDED_FUTURE",
    "UNBOUNDED_PAST",
    "EventLogError",
    "ExtractionError",
    "LunamissionError",
    "MergeConflictError",
    "OnAmbiguous",
    "Precision",
    "Qualifier",
    "SchemaVersionError",
    "TimelineError",
    "Timestamp",
    "TimestampError",
    "ZoneError",
    "__version__",
    "format_table",
    "format_utc",
    "format_when",
    # -- parser names (issue 4) --
    "TimestampMatch",
    "find_timestamps",
    "parse_timestamp",
    "parse_timestamps",
    # -- end parser names --
    # -- extract names (issue 5) --
    "OnConflict",
    "event_sources",
    "extract_timeline",
    "merge",
    # -- end extract names --
]
