"""The tense of a sentence, of a clause, and of the words right before a date.

Pipeline: lexicon → tokens → atoms → grammar → resolve → api (which asks
**tense** for each timestamp with no year, or a bare weekday).

A sentence's tense words (:data:`~.lexicon.FUTURE_WORDS`, :data:`~.lexicon.PAST_WORDS`)
decide which way a bare weekday goes and break near ties in year completion. A
sentence that mixes them is read clause by clause, and a clause that mixes them
by the tense word nearest before the date. A reporting verb ("said") is past
only where nothing speaks of the future; the day right after one is the
report's own (:func:`reported_on`); a date an event was moved to is still to
come (:func:`moved_to`).

>>> from .tokens import tokenize
>>> sentence_tenses(tokenize("It was lost. It will land."))
{0: 'past', 1: 'future'}
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from .lexicon import FUTURE_PHRASES, FUTURE_WORDS, PAST_WORDS, REPORTING_WORDS, SLIP_VERBS
from .tokens import Tense, Token

__all__ = ["clause_tense", "moved_to", "reported_on", "sentence_tenses"]

_TENSE_SECONDS = frozenset(second for _, second in FUTURE_PHRASES)
_TENSE_WORDS = FUTURE_WORDS | PAST_WORDS | REPORTING_WORDS | _TENSE_SECONDS


def sentence_tenses(tokens: list[Token]) -> dict[int, Tense]:
    """Each sentence's tense from its tense words; mixed or none gives ``None``.

    >>> from .tokens import tokenize
    >>> sentence_tenses(tokenize("It was lost. It will land."))
    {0: 'past', 1: 'future'}
    """
    hits = [k for k, tok in enumerate(tokens) if tok.low in _TENSE_WORDS]
    if not hits:
        return {}
    future: set[int] = set()
    past: set[int] = set()
    reported: set[int] = set()
    for k in hits:
        tok = tokens[k]
        if tok.kind != "word":
            continue
        low = tok.low
        if low in FUTURE_WORDS or (
            low in _TENSE_SECONDS and k > 0 and _future_phrase(tokens[k - 1], low)
        ):
            future.add(tok.sentence)
        elif low in REPORTING_WORDS:
            reported.add(tok.sentence)
        elif low in PAST_WORDS:
            past.add(tok.sentence)
    past |= reported - future  # "said" is past only where nothing speaks of the future
    tenses: dict[int, Tense] = {}
    for s in future | past:
        if s in future and s not in past:
            tenses[s] = "future"
        elif s in past and s not in future:
            tenses[s] = "past"
        else:
            tenses[s] = None
    return dict(sorted(tenses.items()))


def clause_tense(tokens: list[Token], start: int) -> Tense:
    """The tense of the clause (between commas or semicolons, within its sentence)
    holding the character ``start``, for a sentence whose tense words disagree:
    "Rubio, who arrived in September, will return in September" has a past clause
    and a future one. Where the clause mixes them too, the nearest tense word before
    the date decides: "launched on Wednesday and is due to land on Thursday".

    >>> from .tokens import tokenize
    >>> toks = tokenize("Rubio, who arrived in September, will return in September.")
    >>> clause_tense(toks, 22), clause_tense(toks, 48)
    ('past', 'future')
    >>> toks = tokenize("It launched on Wednesday and is due to land on Thursday.")
    >>> clause_tense(toks, 15), clause_tense(toks, 46)
    ('past', 'future')
    """
    at = min(bisect_right(tokens, start, key=_END), len(tokens) - 1)
    sentence = tokens[at].sentence
    first = at
    while (
        first > 0 and tokens[first - 1].sentence == sentence and tokens[first - 1].raw not in ",;"
    ):
        first -= 1
    last = at
    while (
        last + 1 < len(tokens)
        and tokens[last + 1].sentence == sentence
        and tokens[last + 1].raw not in ",;"
    ):
        last += 1
    found = sentence_tenses(tokens[first : last + 1])
    tense = next(iter(found.values()), None)
    if tense is None and found:  # the clause mixes them: the nearest before the date
        for k in range(at - 1, first - 1, -1):
            tok = tokens[k]
            if tok.kind != "word":
                continue
            low = tok.low
            if low in SLIP_VERBS:
                continue  # "postponed from Saturday", "to Saturday": the date's own word decides
            if low in FUTURE_WORDS or (
                low in _TENSE_SECONDS and k > first and _future_phrase(tokens[k - 1], low)
            ):  # a plan told in the past perfect ("had been set for Friday") is past
                told = range(max(first, k - 3), k)
                return "past" if any(tokens[m].low == "had" for m in told) else "future"
            if low in PAST_WORDS and low not in REPORTING_WORDS:
                return "past"
    return tense


_START = attrgetter("start")
_END = attrgetter("end")
_SLIP_STEMS = frozenset({"moved", "moves", "put", "puts"})
_SLIP_PARTICLES = frozenset({"up", "back", "off"})
"""Slips told with a particle: "moved up to Thursday", "put off to Thursday" (where
"moved to the pad" is no slip)."""


def moved_to(tokens: list[Token], start: int) -> Tense:
    """The tense of the date an event was moved to, if the expression starting at
    character ``start`` is one: "to" or "until" right before it, and a slip verb a
    few words before that, in its clause ("was postponed to Saturday", "pushed the
    launch back to Monday"). Such a date is still to come ("future"), unless the
    slip is told as past ("had been delayed until Saturday") or the sentence tells
    that the event happened ("delayed the launch to Saturday, and the rocket lifted
    off"): then "past". None when it is no moved date.

    >>> from .tokens import tokenize
    >>> moved_to(tokenize("The launch was postponed to Saturday."), 28)
    'future'
    >>> moved_to(tokenize("It flew from Friday to Saturday."), 23) is None
    True
    """
    at = bisect_left(tokens, start, key=_START)
    if at < 2 or tokens[at - 1].low not in ("to", "until", "till"):
        return None
    sentence = tokens[at - 1].sentence
    for k in range(at - 2, max(-1, at - 10), -1):  # "pushed the Soyuz MS-25 launch back to"
        t = tokens[k]
        if t.sentence != sentence or t.raw in ",;" or t.low in ("and", "but"):
            return None
        if t.low in SLIP_VERBS or (
            t.low in _SLIP_STEMS and k + 1 < at and tokens[k + 1].low in _SLIP_PARTICLES
        ):
            if any(tokens[m].low == "had" for m in range(max(0, k - 2), k)):
                return "past"  # "had been delayed until Saturday": told as past
            return "past" if _tells_it_happened(tokens, k, sentence) else "future"
    return None


def _tells_it_happened(tokens: list[Token], k: int, sentence: int) -> bool:
    """Whether sentence ``sentence`` (holding token ``k``) has a past-tense word of an
    event that happened ("lifted", "went"), not an auxiliary or a report."""
    first = k
    while first > 0 and tokens[first - 1].sentence == sentence:
        first -= 1
    last = k
    while last + 1 < len(tokens) and tokens[last + 1].sentence == sentence:
        last += 1
    return any(tokens[m].low in _EVENT_PAST for m in range(first, last + 1))


def reported_on(tokens: list[Token], start: int) -> bool:
    """Whether the expression starting at character ``start`` dates a report: right
    after a reporting verb, "on" allowed between ("NASA said on Tuesday that ...").
    That day is past, whatever the tense of what was said.

    >>> from .tokens import tokenize
    >>> reported_on(tokenize("NASA said on Tuesday that it will fly."), 13)
    True
    """
    at = bisect_left(tokens, start, key=_START)
    k = at - 1
    if k >= 0 and tokens[k].low == "on":
        k -= 1
    # "will be announced on Friday" is no report: the announcement is to come
    told = k >= 0 and tokens[k].low in REPORTING_WORDS
    return told and (k == 0 or tokens[k - 1].low not in _NOT_TOLD)


_NOT_TOLD = frozenset({"be", "been", "being", "to", "will", "would"})
_EVENT_PAST = PAST_WORDS - REPORTING_WORDS - {"was", "were", "had", "did"}
"""Past-tense words that tell an event happened, not an auxiliary or a report."""


def _future_phrase(prev: Token, low: str) -> bool:
    """Whether ``prev`` and the word ``low`` after it make a future phrase ("is to")."""
    return prev.kind == "word" and (prev.low, low) in FUTURE_PHRASES
