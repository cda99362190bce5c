"""Event phrases in a sentence: their kind, status and outcome, phrase by phrase.

Pipeline: lexicon → dateline / sentences → entities and **classify** (with
markers) → attach → api.

:func:`classify` finds every event phrase of :data:`~.lexicon.EVENT_PHRASES` in
one sentence and drops nouns used as modifiers ("launch vehicle", "landing
site") and phrases a denial negates ("did not touch down"). Each status marker,
negation and outcome word governs the one phrase it binds to
(:mod:`~lunamission.extract.markers`): cancelled ("called off", "scrubbed",
"ruled out") wins over planned ("slated", "will", "is expected to"); a phrase
that no marker reaches is actual (a past-tense verb reports what happened),
except one that carries its own future ("to land", "will dock", "instead of
landing"). "Failed to land" is an actual landing that failed. Outcome: an
actual impact is a failure, an actual landing a success unless a word bound to
it says partial or failed, and other events take an outcome only from explicit
words ("successfully"). Planned and cancelled events have none. Phrases of one
kind, status and outcome in one clause form one :class:`EventMention`
("braked near the Moon and entered lunar orbit" is one orbit insertion).

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
    DESCRIPTION_TAILS,
    EVENT_PHRASES,
    NOUN_MODIFIERS,
    PLURAL_NOUN_CUES,
    SELF_PLANNED,
    SUPERLATIVES,
    TIME_ANCHORS,
    Phrase,
)
from .markers import any_of, bind_negations, bind_outcomes, bind_statuses, clause_of, words
from .sentences import Span, clause_spans

__all__ = ["EventHit", "EventMention", "classify", "find_event_phrases"]

_WORD_GAP = r"\s+"


def _compile_phrase(pattern: str, *, bounded: bool = True) -> str:
    body = "(?:" + pattern.replace(" ", _WORD_GAP) + r")(?![\w-])"
    return r"(?<![\w-])" + body if bounded else body


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
_NEXT_WORD = re.compile(r"\s+([A-Za-z-]+)")
_PREVIOUS_WORD = re.compile(r"([A-Za-z-]+)\s+$")
_ANCHOR = re.compile(TIME_ANCHORS, re.IGNORECASE)
_DATED_AFTER = re.compile(r"\s+(?:on|at|set for|scheduled for)\s+[A-Z0-9]")
"""A date right after the noun ("hours before the launch on Wednesday"): the noun is
an event the sentence dates, even as a point in time."""


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
    """The phrases of one event in one clause, with the status and outcome they carry.

    ``description`` marks a superlative description ("the first spacecraft to land
    there"): it reports an event only if a date of its own goes with it.
    ``denied`` marks phrases a denial negates ("did not land"): they report no
    event, and :func:`classify` leaves them out unless asked to keep them.
    """

    kind: EventKind
    status: Status
    outcome: Outcome | None
    hits: tuple[EventHit, ...]
    clause: Span
    description: bool = False
    denied: bool = False

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
        if form == "verb" and m.group(0).lower() == "launches":
            before = _PREVIOUS_WORD.search(sentence, max(0, m.start() - 40), m.start())
            if before is not None and before.group(1).lower() in PLURAL_NOUN_CUES:
                continue  # "a gap in launches": the noun
        if form == "noun":
            nxt = _NEXT_WORD.match(sentence, m.end())
            if nxt is not None and nxt.group(1).lower() in NOUN_MODIFIERS:
                continue
            if (
                not any(c.isdigit() for c in m.group(0))
                and _ANCHOR.search(sentence, max(0, m.start() - 40), m.start())
                and not _DATED_AFTER.match(sentence, m.end())
            ):
                continue  # "four minutes before liftoff": a point in time, not an event
        hits.append(EventHit(kind, form, m.start(), m.end(), m.group(0)))
    return hits


def _self_planned(hit: EventHit) -> bool:
    low = " ".join(hit.text.lower().split())
    return any(low.startswith(word + " ") for word in SELF_PLANNED)


_TAIL = re.compile(r"\s+(?:[\w'’-]+\s+)?" + any_of(DESCRIPTION_TAILS).pattern, re.IGNORECASE)
"""What may follow a superlative noun phrase to make it a comparison ("... since 1976")."""


def _description(sentence: str, clause: Span, hit: EventHit) -> bool:
    """Whether the phrase describes a craft by comparison rather than reports an event:
    "the first U.S. spacecraft to land on the Moon", "its first landing attempt since 1976"."""
    before = sentence[max(clause.start, hit.start - 60) : hit.start]
    before = before.rsplit(",", 1)[-1]
    near = words(before)[-6:]
    own = words(hit.text)
    if not any(w in SUPERLATIVES for w in (*near, *own)):
        return False
    infinitive = own[:1] == ["to"] or near[-1:] == ["to"]
    if infinitive and any(w in SUPERLATIVES for w in near):
        return True
    return hit.form == "noun" and _TAIL.match(sentence, hit.end) is not None


def classify(sentence: str, /, *, keep_denied: bool = False) -> list[EventMention]:
    """The events ``sentence`` reports, in text order, each with its own status and outcome.

    With ``keep_denied`` the denied phrases come too (marked ``denied``), so that
    a date they govern is not taken for another event's.

    >>> [(m.kind.value, m.status.value, m.outcome) for m in classify(
    ...     "NASA called off the launch planned for Monday.")]
    [('launch', 'cancelled', None)]
    >>> [(m.kind.value, m.status.value) for m in classify(
    ...     "Luna-25 was due to land on Monday but crashed on Saturday.")]
    [('landing', 'planned'), ('impact', 'actual')]
    """
    hits = find_event_phrases(sentence)
    if not hits:
        return []
    clauses = clause_spans(sentence)
    statuses: list[set[Status]] = [set() for _ in hits]
    for index, status in bind_statuses(sentence, hits, clauses):
        statuses[index].add(status)
    negations = bind_negations(sentence, hits, clauses)
    attempted = {n.target for n in negations if n.attempt}
    denied = {n.target for n in negations if not n.attempt}
    said = bind_outcomes(sentence, hits, clauses, negations)
    grouped: dict[tuple[int, EventKind, Status, Outcome | None, bool, bool], list[EventHit]] = {}
    for index, hit in enumerate(hits):
        if index in denied and not keep_denied:
            continue  # "did not touch down": no event
        clause_index = clause_of(clauses, hit.start)
        clause = clauses[clause_index]
        description = _description(sentence, clause, hit)
        status = Status.ACTUAL
        if Status.CANCELLED in statuses[index]:
            status = Status.CANCELLED
        elif Status.PLANNED in statuses[index] or (
            index not in attempted and not description and _self_planned(hit)
        ):
            status = Status.PLANNED
        outcome = _outcome(hit, status, index in attempted, said.get(index))
        key = (clause_index, hit.kind, status, outcome, description, index in denied)
        grouped.setdefault(key, []).append(hit)
    mentions = [
        EventMention(kind, status, outcome, tuple(group), clauses[index], description, no)
        for (index, kind, status, outcome, description, no), group in grouped.items()
    ]
    mentions.sort(key=lambda m: m.start)
    return mentions


def _outcome(
    hit: EventHit, status: Status, attempted: bool, said: Outcome | None
) -> Outcome | None:
    if status != Status.ACTUAL:
        return None
    if hit.kind == EventKind.IMPACT or attempted:
        return Outcome.FAILURE
    if hit.kind == EventKind.LANDING:
        return said if said in (Outcome.PARTIAL, Outcome.FAILURE) else Outcome.SUCCESS
    return said


def phrases_of(kind: EventKind, /) -> tuple[Phrase, ...]:
    """The lexicon's phrases for ``kind`` (for documentation and tests).

    >>> any(p.pattern.startswith("lift") for p in phrases_of(EventKind.LAUNCH))
    True
    """
    return EVENT_PHRASES.get(kind, ())
