"""The time expressions of a sentence, and the event phrase each one belongs to.

Pipeline: lexicon → dateline / sentences → entities and classify → **attach** → api.

:func:`scan` reads a sentence's timestamps with the parser
(:func:`~lunamission.find_timestamps`) and also finds the time expressions the
parser saw but could not resolve (:func:`unresolved_times`), so that an event
they belong to keeps their words even while it stays undated.

:func:`governing` ties a time to the event phrase that governs it: the nearest
phrase before it in its clause, else the next one after it in the same clause
(across a comma only when the time opens its clause, "On August 16, it entered
orbit", or when a ``when`` clause follows, "began on Nov. 24, when a rocket
blasted off"). A relative clause owns its dates ("Luna-25, which was launched on
Aug. 11, crashed on Saturday"), and a time no phrase governs dates nothing.
:func:`dates_nothing` sets aside the times that never date an event: a
reporting date ("said on Sunday") and a comparison ("since 1976"). Consecutive
dates joined by "and" form a list (:func:`lists`), one event per date.

>>> from lunamission.extract.classify import find_event_phrases
>>> from lunamission.extract.sentences import clause_spans
>>> s = "Luna-25, which was launched on Aug. 11, crashed into the Moon on Saturday."
>>> hits, clauses = find_event_phrases(s), clause_spans(s)
>>> [hits[governing(s, hits, clauses, s.index(d), s.index(d) + len(d))].text
...  for d in ("Aug. 11", "Saturday")]
['was launched', 'crashed into']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..errors import TimestampError
from ..parser import TimestampMatch, find_timestamps, parse_timestamps
from ..parser.lexicon import (
    CLOCK_WORDS,
    MONTHS,
    RELATIVE_DAYS,
    WEEKDAYS,
    ZONE_ABBREVIATIONS,
    ZONE_PHRASES,
)
from .classify import EventHit
from .lexicon import (
    COMPARISON_WORDS,
    FORWARD_LINKS,
    LIST_LINKS,
    REPORTING_GLUE,
    REPORTING_VERBS,
)
from .markers import clause_of, words
from .sentences import Span

__all__ = [
    "Scan",
    "Unresolved",
    "dates_nothing",
    "governing",
    "lists",
    "scan",
    "unresolved_times",
]

_OPENING_WORDS = 2
"""A time with at most this many words before it in its clause opens the clause."""

_MAX_UNRESOLVED = 8
"""Unresolved expressions looked for per sentence (each costs one more parse)."""

_CALENDAR = re.compile(
    r"(?<![\w.-])\d|\b(?:"
    + "|".join(sorted({*MONTHS, *WEEKDAYS, *RELATIVE_DAYS, *CLOCK_WORDS}, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_ZONE_WORDS = re.compile(r"[A-Za-z]+")
_LONGEST_PHRASE = max(len(k) for k in ZONE_PHRASES)


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A time expression the parser saw but could not resolve: its words, its span in
    the sentence, why (the parser's error code) and the zone it names, if any."""

    start: int
    end: int
    text: str
    code: str
    zone: str | None


@dataclass(frozen=True, slots=True)
class Scan:
    """The time expressions of one sentence: resolved matches and unresolved ones."""

    matches: list[TimestampMatch]
    unresolved: list[Unresolved]

    def named_zone(self) -> str | None:
        """The zone the sentence names last, in a resolved time or an unresolved one; a
        bracketed second reading ("4:04 p.m. EST (2104 GMT)") names its zone after the
        first reading's."""
        named: list[tuple[int, int, str]] = [
            (m.start, 0, m.timestamps[-1].tz)
            for m in self.matches
            if m.zone_from != "default" and m.timestamps
        ]
        named += [(m.start, 1, m.conversion_zone) for m in self.matches if m.conversion_zone]
        named += [(u.start, 0, u.zone) for u in self.unresolved if u.zone is not None]
        return max(named)[2] if named else None


def scan(sentence: str, /, *, reference: date, zone: str) -> Scan:
    """The sentence's resolved timestamps and its unresolved ones.

    >>> found = scan("It landed at 6:23 p.m. EST (2323 GMT) after a long wait.",
    ...              reference=date(2024, 2, 23), zone="UTC")
    >>> [m.text for m in found.matches], [(u.text, u.zone) for u in found.unresolved]
    ([], [('6:23 p.m. EST (2323 GMT)', 'UTC')])
    >>> found = scan("It landed at 6:23 p.m. EST (2323 GMT) on Feb. 22.",
    ...              reference=date(2024, 2, 23), zone="UTC")
    >>> [(m.text, m.zone, m.conversion_zone) for m in found.matches], found.named_zone()
    ([('6:23 p.m. EST (2323 GMT) on Feb. 22', 'America/New_York', 'UTC')], 'UTC')
    """
    matches = find_timestamps(sentence, reference=reference, default_tz=zone)
    unresolved = unresolved_times(sentence, matches, reference=reference, zone=zone)
    return Scan(matches, unresolved)


def unresolved_times(
    sentence: str, matches: Sequence[TimestampMatch], /, *, reference: date, zone: str
) -> list[Unresolved]:
    """Time expressions of ``sentence`` that the parser cannot resolve, in text order.

    These are the hook for what the parser does not resolve: a clock with no day
    in its sentence ("at 1:52 a.m."), a zone it does not know ("14:00 Mars
    time"), a bracketed second reading that disagrees with the first ("2:57 p.m.
    Moscow time (1257 GMT)"). The extractor keeps their words on the event
    (``source.timestamp_text``) and leaves it undated; once the parser resolves
    such an expression, :func:`~lunamission.find_timestamps` returns it and it no
    longer shows up here, with no change to the extractor. (A weekday that
    contradicts its date is such a case no longer: ``find_timestamps`` keeps the
    date and the extractor records the weekday on ``source.stated_weekday``.)

    An error the parser places on a few words inside an expression (the unknown
    zone of "at 3:53 p.m. Mars time on February 18") keeps the words of the whole
    expression.

    >>> [u.text for u in unresolved_times("Contact was lost at 1:52 a.m.", [],
    ...                                   reference=date(2019, 9, 7), zone="Asia/Kolkata")]
    ['1:52 a.m.']
    >>> [(u.text, u.code) for u in unresolved_times(
    ...     "It landed at 3:53 p.m. Mars time on February 18.", [],
    ...     reference=date(2021, 2, 19), zone="UTC")]
    [('3:53 p.m. Mars time on February 18', 'unknown_zone')]
    """
    masked = list(sentence)
    for m in matches:
        masked[m.start : m.end] = " " * (m.end - m.start)
    if not _CALENDAR.search("".join(masked)):
        return []  # nothing left that could be a time: skip the strict parse
    found: list[Unresolved] = []
    probe = sentence
    for _ in range(_MAX_UNRESOLVED):
        try:
            parse_timestamps(probe, reference=reference, default_tz=zone)
        except TimestampError as exc:
            span = exc.span
            if span is None or not 0 <= span[0] < span[1] <= len(sentence):
                break
            start, end = span
            if not any(m.start < end and start < m.end for m in matches):
                text = sentence[start:end]
                found.append(Unresolved(start, end, text, exc.code, _zone_named(text)))
            probe = probe[:start] + " " * (end - start) + probe[end:]
            continue
        break
    if found:
        # With the failing words blanked, the rest of each expression resolves: take
        # the words of the whole expression around them.
        around = [
            m
            for m in find_timestamps(probe, reference=reference, default_tz=zone)
            if not any(o.start < m.end and m.start < o.end for o in matches)
        ]
        found = [_whole(sentence, u, around) for u in found]
    return sorted(found, key=lambda u: u.start)


def _whole(sentence: str, loose: Unresolved, around: Sequence[TimestampMatch]) -> Unresolved:
    """``loose`` widened to the expression that holds it, if one does."""
    for m in around:
        if m.start <= loose.start and loose.end <= m.end:
            text = sentence[m.start : m.end]
            return Unresolved(m.start, m.end, text, loose.code, _zone_named(text))
    return loose


def _zone_named(text: str) -> str | None:
    """The last zone phrase or abbreviation in ``text``, by the parser's own tables."""
    tokens = [(m.group(0), m.start()) for m in _ZONE_WORDS.finditer(text)]
    best: tuple[int, str] | None = None
    for i, (word, pos) in enumerate(tokens):
        entry = ZONE_ABBREVIATIONS.get(word)
        if entry is not None and entry.name is not None:
            best = (pos, entry.name)
        for n in range(_LONGEST_PHRASE, 1, -1):
            key = tuple(w.lower() for w, _ in tokens[i : i + n])
            phrase = ZONE_PHRASES.get(key) if len(key) == n else None
            if phrase is not None and phrase.name is not None:
                best = (pos, phrase.name)
                break
    return best[1] if best else None


def dates_nothing(sentence: str, start: int, /) -> bool:
    """Whether the time at ``start`` dates no event: a statement's date ("said on
    Sunday") or a point of comparison ("since 1976").

    >>> s = "Roscosmos said on Sunday that it crashed, the first since 1976."
    >>> dates_nothing(s, s.index("Sunday")), dates_nothing(s, s.index("1976"))
    (True, True)
    """
    before = words(sentence[max(0, start - 40) : start])
    if before and before[-1] in COMPARISON_WORDS:
        return True
    while before and before[-1] in REPORTING_GLUE:
        before.pop()
    return bool(before) and before[-1] in REPORTING_VERBS


def governing(
    sentence: str, hits: Sequence[EventHit], clauses: Sequence[Span], start: int, end: int, /
) -> int | None:
    """The index of the event phrase that the time at ``[start, end)`` belongs to.

    >>> from lunamission.extract.classify import find_event_phrases
    >>> from lunamission.extract.sentences import clause_spans
    >>> s = "The mission began on Nov. 24, when a Long March-5 rocket blasted off."
    >>> hits = find_event_phrases(s)
    >>> hits[governing(s, hits, clause_spans(s), 21, 28)].text
    'blasted off'
    """
    inside = [i for i, h in enumerate(hits) if h.start <= start and end <= h.end]
    if inside:  # "a Nov. 16 launch": the date is the phrase's own
        return inside[0]
    clause = clause_of(clauses, start)
    same = [i for i, h in enumerate(hits) if clause_of(clauses, h.start) == clause]
    before = [i for i in same if hits[i].end <= start]
    if before:
        return max(before, key=lambda i: hits[i].end)
    after = [i for i in same if hits[i].start >= end]
    if not after:
        return None
    first = min(after, key=lambda i: hits[i].start)
    between = sentence[end : hits[first].start]
    if "," not in between:
        return first
    if len(words(sentence[clauses[clause].start : start])) <= _OPENING_WORDS:
        return first
    link = words(between.rsplit(",", 1)[-1])
    return first if link[:1] and link[0] in FORWARD_LINKS else None


def lists(sentence: str, matches: Sequence[TimestampMatch], /) -> list[list[TimestampMatch]]:
    """The matches in runs: consecutive, disjoint times joined only by "and" or a
    comma form one run (a list); every other match is a run of its own.

    >>> s = "after two attempts, on Aug. 29 and Sept. 3, were scrubbed"
    >>> ms = find_timestamps(s, reference="2022-12-11", default_tz="UTC")
    >>> [[m.text for m in run] for run in lists(s, ms)]
    [['Aug. 29', 'Sept. 3']]
    """
    runs: list[list[TimestampMatch]] = []
    for match in matches:
        if runs and match.kind == "single" and runs[-1][-1].kind == "single":
            prior = runs[-1][-1]
            joint = " ".join(sentence[prior.end : match.start].lower().split())
            if joint in LIST_LINKS and _disjoint(prior, match):
                runs[-1].append(match)
                continue
        runs.append([match])
    return runs


def _disjoint(a: TimestampMatch, b: TimestampMatch) -> bool:
    return not any(x.overlaps(y) for x in a.timestamps for y in b.timestamps)
