"""The news timestamp parser: text with a reference date → exact, zone-aware Timestamps.

Pipeline: lexicon (vocabulary as data) → tokens → atoms → grammar (partial
timestamps with spans) → resolve (reference date, default zone, policies) → api.
Import the public names from :mod:`lunamission`; this package is private.

>>> from lunamission.parser import parse_timestamp
>>> parse_timestamp("at 23:10 GMT on 10 August 2023").isoformat()
'2023-08-10T23:10+00:00[UTC]'
"""

from __future__ import annotations

from .api import TimestampMatch, find_timestamps, parse_timestamp, parse_timestamps

__all__ = ["TimestampMatch", "find_timestamps", "parse_timestamp", "parse_timestamps"]
