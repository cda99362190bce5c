"""lunamission: exact, typed, queryable space-mission timelines from news text.

Import everything from here; the submodules are private.

>>> import lunamission as lm
>>> ts = lm.parse_timestamp("at 2:10 a.m. Moscow time on August 11", reference="2023-08-21")
>>> ts.utc.isoformat(), ts.tz, ts.precision.value
('2023-08-10T23:10:00+00:00', 'Europe/Moscow', 'minute')
"""

from __future__ import annotations

from ._version import __version__
from .errors import (
    EventLogError,
    ExtractionError,
    LunamissionError,
    MergeConflictError,
    MissingExtraError,
    SchemaVersionError,
    TimelineError,
    TimestampError,
    ZoneError,
)
from .eventlog import EventLog, LogRecoveryWarning
from .export import GcatDate, from_edtf, from_gcat, from_ll2, to_edtf, to_gcat, to_ll2
from .extract import extract_timeline
from .merge import OnConflict, event_sources, merge
from .models import Event, EventKind, Mission, Outcome, Source, Status, mission_key
from .parser import TimestampMatch, find_timestamps, parse_timestamp, parse_timestamps
from .render import format_table, format_utc, format_when
from .revisions import Chain, Revision, SlipReport, Step
from .sqlstore import SQLiteStore
from .timeline import SCHEMA_VERSION, Elapsed, Finding, Timeline
from .timestamp import (
    APPROXIMATE_MARGIN,
    MAX_YEAR,
    MIN_YEAR,
    UNBOUNDED_FUTURE,
    UNBOUNDED_PAST,
    Precision,
    Qualifier,
    Timestamp,
)
from .zones import OnAmbiguous

__all__ = [
    "APPROXIMATE_MARGIN",
    "MAX_YEAR",
    "MIN_YEAR",
    "SCHEMA_VERSION",
    "UNBOUNDED_FUTURE",
    "UNBOUNDED_PAST",
    "Chain",
    "Elapsed",
    "Event",
    "EventKind",
    "EventLog",
    "EventLogError",
    "ExtractionError",
    "Finding",
    "GcatDate",
    "LogRecoveryWarning",
    "LunamissionError",
    "MergeConflictError",
    "MissingExtraError",
    "Mission",
    "OnAmbiguous",
    "OnConflict",
    "Outcome",
    "Precision",
    "Qualifier",
    "Revision",
    "SQLiteStore",
    "SchemaVersionError",
    "SlipReport",
    "Source",
    "Status",
    "Step",
    "Timeline",
    "TimelineError",
    "Timestamp",
    "TimestampError",
    "TimestampMatch",
    "ZoneError",
    "__version__",
    "event_sources",
    "extract_timeline",
    "find_timestamps",
    "format_table",
    "format_utc",
    "format_when",
    "from_edtf",
    "from_gcat",
    "from_ll2",
    "merge",
    "mission_key",
    "parse_timestamp",
    "parse_timestamps",
    "to_edtf",
    "to_gcat",
    "to_ll2",
]
