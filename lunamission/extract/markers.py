"""Status markers, negations and outcome words, each bound to the one phrase it governs.

Pipeline: lexicon → dateline / sentences → entities and classify (which calls
**markers**) → attach → api.

A marker governs one event phrase of its clause, never the whole clause:
"Luna-25 was due to land on Monday but crashed on Saturday" plans the landing
only, and "four days after Luna-25 crashed" says nothing of how another event
went. The binding rules are documented beside their tables in
:mod:`lunamission.extract.lexicon` (:data:`~.lexicon.STATUS_MARKERS`,
:data:`~.lexicon.ATTEMPT_NEGATIONS`, :data:`~.lexicon.DENIALS`,
:data:`~.lexicon.OUTCOME_WORDS`).

>>> from lunamission.extract.classify import find_event_phrases
>>> from lunamission.extract.sentences import clause_spans
>>> s = "Luna-25 was due to land on Monday but crashed on Saturday."
>>> hits = find_event_phrases(s)
>>> [(hits[i].text, status.value) for i, status in bind_statuses(s, hits, clause_spans(s))]
[('to land', 'planned')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ..models import Outcome, Status
from .lexicon import (
    ATTEMPT_NEGATIONS,
    DENIALS,
    MARKER_STOPS,
    MARKER_WINDOW,
    NEGATION_WINDOW,
    OUTCOME_WORDS,
    PASSIVE_AUXILIARIES,
    STATUS_MARKERS,
)
from .sentences import Span

__all__ = [
    "Negation",
    "any_of",
    "bind_negations",
    "bind_outcomes",
    "bind_statuses",
    "clause_of",
    "words",
]

_LOOSE_GAP = 3
"""An active marker with no phrase after it reaches back to a noun this few words
before it ("the launch scheduled for Tuesday", "the launch will take place")."""


_SUBJECTLESS = PASSIVE_AUXILIARIES | {"has", "have", "had", "also", "later", "then", "now"}
"""Words that may stand between a comma and a passive marker without a new subject."""


class _Hit(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def form(self) -> str: ...


def any_of(patterns: Sequence[str], /) -> re.Pattern[str]:
    """One case-insensitive, word-bounded alternation of lexicon patterns.

    >>> bool(any_of(("called off",)).search("NASA called  off the launch"))
    True
    """
    body = "|".join("(?:" + p.replace(" ", r"\s+") + r")(?![\w-])" for p in patterns)
    return re.compile(r"(?<![\w-])(?=[A-Za-z])(?:" + body + ")", re.IGNORECASE)


_STATUS = [(status, any_of(pats)) for status, pats in STATUS_MARKERS.items()]
_ATTEMPT = any_of(ATTEMPT_NEGATIONS)
_DENIAL = any_of(DENIALS)
_OUTCOMES = [(outcome, any_of(pats)) for outcome, pats in OUTCOME_WORDS.items()]
_WORD = re.compile(r"[\w'’-]+")
_STRENGTH = {Outcome.FAILURE: 2, Outcome.PARTIAL: 1, Outcome.SUCCESS: 0}


def words(text: str, /) -> list[str]:
    """The words of ``text``, lower-cased (punctuation dropped).

    >>> words("On Aug. 29, it flew.")
    ['on', 'aug', '29', 'it', 'flew']
    """
    return [w.lower() for w in _WORD.findall(text)]


def clause_of(clauses: Sequence[Span], pos: int, /) -> int:
    """The index of the clause that holds position ``pos``.

    >>> from lunamission.extract.sentences import clause_spans
    >>> clause_of(clause_spans("It flew; it landed."), 10)
    1
    """
    return next((i for i, c in enumerate(clauses) if c.start <= pos < c.end), len(clauses) - 1)


def _forward(
    sentence: str, hits: Sequence[_Hit], where: list[int], clause: int, end: int
) -> int | None:
    """The first phrase after ``end`` in the clause, close enough, with no comma and no
    word that opens a cause (:data:`~.lexicon.MARKER_STOPS`) between."""
    for i, hit in enumerate(hits):
        if where[i] != clause or hit.start < end:
            continue
        between = sentence[end : hit.start]
        gap = words(between)
        if "," in between or len(gap) > MARKER_WINDOW or not MARKER_STOPS.isdisjoint(gap):
            return None
        return i
    return None


def _backward(
    sentence: str, hits: Sequence[_Hit], where: list[int], clause: int, start: int, gap: int | None
) -> int | None:
    """The nearest noun phrase before ``start`` in the clause (within ``gap`` words if
    given) that is still the subject: past a comma only auxiliaries may follow, so
    "the first launch attempt, on March 21, was called off" reaches the attempt and
    "after the launch, the probe is expected to" does not."""
    for i in range(len(hits) - 1, -1, -1):
        hit = hits[i]
        if where[i] != clause or hit.end > start:
            continue
        if hit.form != "noun":
            continue
        between = sentence[hit.end : start]
        if gap is not None and len(words(between)) > gap:
            return None
        if "," in between and not set(words(between.rsplit(",", 1)[1])) <= _SUBJECTLESS:
            return None
        return i
    return None


def _overlapping(hits: Sequence[_Hit], start: int, end: int) -> int | None:
    return next((i for i, h in enumerate(hits) if h.start < end and start < h.end), None)


def bind_statuses(
    sentence: str, hits: Sequence[_Hit], clauses: Sequence[Span], /
) -> list[tuple[int, Status]]:
    """(phrase index, status) for every status marker that governs a phrase.

    >>> from lunamission.extract.classify import find_event_phrases
    >>> from lunamission.extract.sentences import clause_spans
    >>> s = "The launch scheduled for Tuesday was scrubbed."
    >>> [status.value for _, status in bind_statuses(s, find_event_phrases(s), clause_spans(s))]
    ['cancelled', 'planned']
    """
    where = [clause_of(clauses, h.start) for h in hits]
    bound: list[tuple[int, Status]] = []
    for status, pattern in _STATUS:
        for m in pattern.finditer(sentence):
            target = _overlapping(hits, m.start(), m.end())
            if target is None:
                clause = clause_of(clauses, m.start())
                before = words(sentence[max(0, m.start() - 12) : m.start()])
                if before and before[-1] in PASSIVE_AUXILIARIES:
                    target = _backward(sentence, hits, where, clause, m.start(), None)
                    if target is None:
                        target = _forward(sentence, hits, where, clause, m.end())
                else:
                    target = _forward(sentence, hits, where, clause, m.end())
                    if target is None:
                        target = _backward(sentence, hits, where, clause, m.start(), _LOOSE_GAP)
            if target is not None:
                bound.append((target, status))
    return bound


@dataclass(frozen=True, slots=True)
class Negation:
    """A negation bound to a phrase: an attempt that failed, or a denial."""

    target: int
    attempt: bool
    start: int
    end: int


def bind_negations(
    sentence: str, hits: Sequence[_Hit], clauses: Sequence[Span], /
) -> list[Negation]:
    """Negations that govern a phrase: the first phrase after them, close by, in their clause.

    A negation that opens a phrase of its own ("not generating electricity") is
    part of that phrase, not a negation of it.

    >>> from lunamission.extract.classify import find_event_phrases
    >>> from lunamission.extract.sentences import clause_spans
    >>> s = "It failed to land and did not touch down."
    >>> [(n.target, n.attempt) for n in bind_negations(s, find_event_phrases(s), clause_spans(s))]
    [(0, True), (1, False)]
    """
    found: list[Negation] = []
    taken: list[tuple[int, int]] = []
    for attempt, pattern in ((True, _ATTEMPT), (False, _DENIAL)):
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            clause = clause_of(clauses, m.start())
            for i, hit in enumerate(hits):
                if hit.start <= m.start() or hit.end <= m.end():
                    continue
                if clause_of(clauses, hit.start) != clause:
                    break
                between = sentence[m.end() : max(m.end(), hit.start)]
                if "," not in between and len(words(between)) <= NEGATION_WINDOW:
                    found.append(Negation(i, attempt, m.start(), m.end()))
                    taken.append((m.start(), m.end()))
                break
    return found


def bind_outcomes(
    sentence: str,
    hits: Sequence[_Hit],
    clauses: Sequence[Span],
    negations: Sequence[Negation],
    /,
) -> dict[int, Outcome]:
    """The strongest outcome word bound to each phrase (failure, then partial, then success).

    >>> from lunamission.extract.classify import find_event_phrases
    >>> from lunamission.extract.sentences import clause_spans
    >>> s = "Chandrayaan-3 touched down safely, four days after Luna-25 crashed."
    >>> bind_outcomes(s, find_event_phrases(s), clause_spans(s), [])
    {0: <Outcome.SUCCESS: 'success'>}
    """
    where = [clause_of(clauses, h.start) for h in hits]
    spoken: list[tuple[int, int]] = [(h.start, h.end) for h in hits]
    spoken += [(n.start, n.end) for n in negations]
    bound: dict[int, Outcome] = {}
    for outcome, pattern in _OUTCOMES:
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in spoken):
                continue  # an event phrase or a negation, not a word about another event
            clause = clause_of(clauses, m.start())
            near = [i for i in range(len(hits)) if where[i] == clause]
            if not near:
                continue
            target = min(
                near,
                key=lambda i: (max(0, m.start() - hits[i].end, hits[i].start - m.end()), i),
            )
            known = bound.get(target)
            if known is None or _STRENGTH[outcome] > _STRENGTH[known]:
                bound[target] = outcome
    return bound
