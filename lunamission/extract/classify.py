"""Event phrases in a sentence: their kind, status and outcome, clause by clause.

Pipeline: lexicon → dateline / sentences → entities and **classify** → api.

:func:`classify` finds every event phrase of :data:`~.lexicon.EVENT_PHRASES` in
one sentence, drops nouns used as modifiers ("launch vehicle", "landing site"),
and groups the phrases of one kind within one clause into one
:class:`EventMention` ("braked near the Moon and entered lunar orbit" is one
orbit insertion). Status comes from markers in the clause: cancelled
("called off", "scrubbed") wins over planned ("slated", "will", "is expected
to"); for a verb only markers before it count, for a noun ("its landing ... was
slated") any marker in its clause. Outcome: an actual impact is a failure, an
actual landing a success unless its clause says partial or the attempt failed,
and other events take an outcome only from explicit words ("successfully",
"failed to"). Planned and cancelled events have none.

>>> [(m.kind.value, m.status.value) for m in classify(
...     "The apparatus entered a near-lunar orbit on August 16, and its landing "
...     "was slated for August 21.")]
[('orbit_insertion', 'actual'), ('landing', 'planned')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import EventKind, Outcome, Status
from .lexicon import (
    EVENT_PHRASES,
    NEGATION_WINDOW,
    NEGATIONS,
    NOUN_MODIFIERS,
    OUTCOME_WORDS,
    STATUS_MARKERS,
    Phrase,
)
from .sentences import Span, clause_spans

__all__ = ["EventHit", "EventMention", "classify", "find_event_phrases"]

_WORD_GAP = r"\s+"


def _compile_phrase(pattern: str, *, bounded: bool = True) -> str:
    body = "(?:" + pattern.replace(" ", _WORD_GAP) + r")(?![\w-])"
    return r"(?<![\w-])" + body if bounded else body


def _any_of(patterns: tuple[str, ...]) -> str:
    """One word-bounded alternation, checked only where a word begins."""
    body = "|".join(_compile_phrase(p, bounded=False) for p in patterns)
    return r"(?<![\w-])(?=[A-Za-z])(?:" + body + ")"


def _group_name(kind: EventKind, form: str) -> str:
    return f"{kind.value}__{form}"


def _build() -> re.Pattern[str]:
    parts: list[str] = []
    for kind, phrases in EVENT_PHRASES.items():
        for form in ("verb", "noun"):
            chosen = [p.pattern for p in phrases if p.form == form]
            if chosen:
                body = "|".join(_compile_phrase(p, bounded=False) for p in chosen)
                parts.append(f"(?P<{_group_name(kind, form)}>{body})")
    # One word-start check up front: the alternatives are tried only where a word begins.
    return re.compile(r"(?<![\w-])(?=[A-Za-z])(?:" + "|".join(parts) + ")", re.IGNORECASE)


_EVENTS = _build()
_GROUPS: dict[str, tuple[EventKind, str]] = {
    _group_name(kind, form): (kind, form) for kind in EVENT_PHRASES for form in ("verb", "noun")
}
_STATUS = {
    status: re.compile(_any_of(pats), re.IGNORECASE) for status, pats in STATUS_MARKERS.items()
}
_NEGATION = re.compile(
    _any_of(NEGATIONS) + rf"(?:\s+\S+){{0,{NEGATION_WINDOW}}}\s*$",
    re.IGNORECASE,
)
_OUTCOMES = {
    outcome: re.compile(_any_of(pats), re.IGNORECASE) for outcome, pats in OUTCOME_WORDS.items()
}
_NEXT_WORD = re.compile(r"\s+([A-Za-z-]+)")
_VERB_MARKER_WINDOW = 8  # words between a planned marker and the verb it governs


@dataclass(frozen=True, slots=True)
class EventHit:
    """One event phrase as written: its kind, form and span in the sentence."""

    kind: EventKind
    form: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EventMention:
    """The phrases of one event in one clause, with the status and outcome they carry."""

    kind: EventKind
    status: Status
    outcome: Outcome | None
    hits: tuple[EventHit, ...]
    clause: Span

    @property
    def start(self) -> int:
        """Where the first phrase starts in the sentence."""
        return self.hits[0].start

    @property
    def end(self) -> int:
        """Where the last phrase ends in the sentence."""
        return self.hits[-1].end

    @property
    def summary(self) -> str:
        """The phrases as written, white space tidied ("was launched")."""
        return "; ".join(" ".join(h.text.split()) for h in self.hits)


def find_event_phrases(sentence: str, /) -> list[EventHit]:
    """Every event phrase in ``sentence``, in text order, modifiers left out.

    >>> [(h.kind.value, h.text) for h in find_event_phrases(
    ...     "The launch vehicle lifted off; its pre-landing orbit was reached.")]
    [('launch', 'lifted off')]
    """
    hits: list[EventHit] = []
    for m in _EVENTS.finditer(sentence):
        name = m.lastgroup
        if name is None:
            continue
        kind, form = _GROUPS[name]
        if form == "noun":
            nxt = _NEXT_WORD.match(sentence, m.end())
            if nxt is not None and nxt.group(1).lower() in NOUN_MODIFIERS:
                continue
        hits.append(EventHit(kind, form, m.start(), m.end(), m.group(0)))
    return hits


def _status(sentence: str, clause: Span, hit: EventHit) -> Status:
    text = sentence[clause.start : clause.end]
    offset = clause.start
    if _STATUS[Status.CANCELLED].search(text):
        return Status.CANCELLED
    for m in _STATUS[Status.PLANNED].finditer(text):
        start, end = m.start() + offset, m.end() + offset
        if start < hit.end and end > hit.start:
            continue  # the phrase itself ("to land") is not its own marker
        if hit.form == "noun":
            return Status.PLANNED
        between = sentence[end : hit.start]
        if start < hit.start and "," not in between and len(between.split()) <= _VERB_MARKER_WINDOW:
            return Status.PLANNED
    if hit.form == "verb" and re.match(r"(?:to|will|would)\b", hit.text, re.IGNORECASE):
        return Status.PLANNED  # "to land", "will land": the phrase carries its own future
    return Status.ACTUAL


def _negated(sentence: str, clause: Span, hit: EventHit) -> bool:
    before = sentence[clause.start : hit.start]
    return _NEGATION.search(before[-80:]) is not None


def _word_outcome(sentence: str, clause: Span, hit: EventHit) -> Outcome | None:
    text = sentence[clause.start : clause.end]
    best: tuple[int, Outcome] | None = None
    for outcome, pattern in _OUTCOMES.items():
        for m in pattern.finditer(text):
            start, end = m.start() + clause.start, m.end() + clause.start
            distance = max(0, start - hit.end, hit.start - end)
            if best is None or distance < best[0]:
                best = (distance, outcome)
    return best[1] if best else None


def _outcome(sentence: str, clause: Span, hit: EventHit, status: Status) -> Outcome | None:
    if status != Status.ACTUAL:
        return None
    if hit.kind == EventKind.IMPACT:
        return Outcome.FAILURE
    if _negated(sentence, clause, hit):
        return Outcome.FAILURE
    said = _word_outcome(sentence, clause, hit)
    if hit.kind == EventKind.LANDING:
        return said if said in (Outcome.PARTIAL, Outcome.FAILURE) else Outcome.SUCCESS
    return said


def classify(sentence: str, /) -> list[EventMention]:
    """The events ``sentence`` reports, one per kind and clause, in text order.

    >>> [(m.kind.value, m.status.value, m.outcome) for m in classify(
    ...     "NASA called off the launch planned for Monday.")]
    [('launch', 'cancelled', None)]
    """
    hits = find_event_phrases(sentence)
    if not hits:
        return []
    clauses = clause_spans(sentence)
    grouped: dict[tuple[int, EventKind], list[EventHit]] = {}
    for hit in hits:
        index = next(i for i, c in enumerate(clauses) if c.start <= hit.start < c.end)
        grouped.setdefault((index, hit.kind), []).append(hit)
    mentions: list[EventMention] = []
    for (index, kind), group in grouped.items():
        clause = clauses[index]
        statuses = [_status(sentence, clause, h) for h in group]
        status = next(
            (s for s in (Status.CANCELLED, Status.PLANNED) if s in statuses), Status.ACTUAL
        )
        outcomes = [_outcome(sentence, clause, h, status) for h in group]
        outcome = next((o for o in outcomes if o is not None), None)
        mentions.append(EventMention(kind, status, outcome, tuple(group), clause))
    mentions.sort(key=lambda m: m.start)
    return mentions


def phrases_of(kind: EventKind, /) -> tuple[Phrase, ...]:
    """The lexicon's phrases for ``kind`` (for documentation and tests).

    >>> any(p.pattern.startswith("lift") for p in phrases_of(EventKind.LAUNCH))
    True
    """
    return EVENT_PHRASES.get(kind, ())
