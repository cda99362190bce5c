"""From a news article to a mission timeline: the article extractor.

Pipeline: cleantext (invisible characters out, offsets kept) → lexicon, names
and wire (vocabulary as data) → dateline / sentences → entities (missions,
vehicles, sites) and classify with markers (event kind, status, outcome) →
attach (each time to its verb) → emit → consolidate (one event per happening) →
api (:func:`extract_timeline`). Import the public name from :mod:`lunamission`;
this package is private.

>>> from lunamission.extract import extract_timeline
>>> [ev.kind.value for ev in extract_timeline(
...     "TOKYO, Jan 20 (Kyodo) -- SLIM touched down at 12:20 a.m. on Saturday.",
...     published="2024-01-20")]
['landing']
"""

from __future__ import annotations

from .api import extract_timeline

__all__ = ["extract_timeline"]
