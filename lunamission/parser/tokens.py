"""Text → tokens, with sentence numbers and each sentence's tense.

Pipeline: lexicon → **tokens** → atoms → grammar → resolve → api.

One compiled regular expression, a flat alternation with no nested quantifiers,
cuts the text into numbers, words, meridiem marks ("a.m.") and single marks, so
tokenizing is linear in the length of the text. Sentences end at ``.``, ``!`` or
``?`` followed by white space (not after an abbreviation such as "Aug." or "Wed."),
after "a.m." / "p.m." when a capitalized word follows that is not a zone, weekday
or month, and at
blank lines; the grammar uses them to scope zone phrases and tense words.

>>> [t.low for t in tokenize("At 2:10 a.m. Moscow time")]
['at', '2', ':', '10', 'a.m.', 'moscow', 'time']
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from .lexicon import (
    ABBREVIATIONS,
    FUTURE_PHRASES,
    FUTURE_WORDS,
    MONTHS,
    PAST_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    ZONE_ABBREVIATIONS,
    ZONE_PHRASES,
)

__all__ = ["Tense", "Token", "sentence_tenses", "tokenize"]

Kind = Literal["num", "word", "mer", "mark"]
Tense = Literal["future", "past"] | None

_TOKEN = re.compile(
    r"(?P<num>[0-9]+)"
    # A word; "a.m." / "p. m." is one word too (the dot part is tried only after "a"/"p").
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?(?:(?<=[AaPp])(?<![^\W\d_][AaPp])\. ?[Mm]\b\.?)?)"
    r"|(?P<mark>\S)"
)
_MAX_DIGITS = 4  # longer digit runs are never read as numbers (and never int()-ed)
_ENDERS = frozenset({".", "!", "?"})
_ZONE_FIRST_WORDS = frozenset(phrase[0] for phrase in ZONE_PHRASES)


class Token(NamedTuple):
    """One token: its kind, raw and lower-cased text, character span and sentence.

    ``value`` is the number's value for ``num`` tokens of at most four digits,
    else -1 (longer digit runs are never converted).
    """

    kind: Kind
    raw: str
    low: str
    start: int
    end: int
    value: int
    sentence: int

    @property
    def capitalized(self) -> bool:
        """Whether a word starts with a capital letter ("August", "AUG")."""
        return self.raw[:1].isupper()


def tokenize(text: str) -> list[Token]:
    """Cut ``text`` into tokens and number its sentences.

    >>> [(t.kind, t.raw, t.sentence) for t in tokenize("Aug. 11. Then")]
    [('word', 'Aug', 0), ('mark', '.', 0), ('num', '11', 0), ('mark', '.', 0), ('word', 'Then', 1)]
    """
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # a Token without NamedTuple's Python-level __new__: tokens are many
    sentence = 0
    pending_end = maybe_end = False
    last_end = 0
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        kind = m.lastgroup
        raw = m.group()
        if (
            start != last_end
            and tokens
            and (
                pending_end
                or (maybe_end and kind == "word" and raw[:1].isupper() and not _zone_start(raw))
                or (start - last_end > 1 and text.count("\n", last_end, start) > 1)
            )
        ):
            sentence += 1
        pending_end = maybe_end = False
        if kind == "word":
            if "." in raw:  # only a meridiem holds a dot: "a.m.", "p. m."
                low = raw.lower().replace(" ", "")
                low = low if low.endswith(".") else low + "."
                append(new(Token, ("mer", raw, low, start, end, -1, sentence)))
                maybe_end = raw.endswith(".")
            else:
                append(new(Token, ("word", raw, raw.lower(), start, end, -1, sentence)))
        elif kind == "num":
            value = int(raw) if len(raw) <= _MAX_DIGITS else -1
            append(new(Token, ("num", raw, raw, start, end, value, sentence)))
        else:
            pending_end = raw in _ENDERS and not _abbreviation_before(tokens, start)
            append(new(Token, ("mark", raw, raw, start, end, -1, sentence)))
        last_end = end
    return tokens


def _zone_start(word: str) -> bool:
    """Whether a capitalized word after "a.m." carries the timestamp on ("2 a.m. Moscow
    time", "7:38 a.m. Tuesday") rather than starting a new sentence."""
    low = word.lower()
    return (
        word in ZONE_ABBREVIATIONS
        or low in _ZONE_FIRST_WORDS
        or low in WEEKDAYS
        or low in WEEKDAY_ABBREVIATIONS
        or low in MONTHS
    )


def _abbreviation_before(tokens: list[Token], at: int) -> bool:
    """A period right after a month abbreviation ("Aug.") or a single capital does
    not end the sentence."""
    if not tokens:
        return False
    prev = tokens[-1]
    if prev.end != at or prev.kind != "word":
        return False
    return (
        (prev.low in MONTHS and len(prev.low) <= 4)
        or prev.low in WEEKDAY_ABBREVIATIONS
        or prev.low in ABBREVIATIONS
        or len(prev.raw) == 1
    )


def sentence_tenses(tokens: list[Token]) -> dict[int, Tense]:
    """Each sentence's tense from its tense words; mixed or none gives ``None``.

    >>> sentence_tenses(tokenize("It was lost. It will land."))
    {0: 'past', 1: 'future'}
    """
    future: set[int] = set()
    past: set[int] = set()
    prev = ""
    for tok in tokens:
        if tok.kind != "word":
            prev = ""
            continue
        if tok.low in FUTURE_WORDS or (prev, tok.low) in FUTURE_PHRASES:
            future.add(tok.sentence)
        elif tok.low in PAST_WORDS:
            past.add(tok.sentence)
        prev = tok.low
    tenses: dict[int, Tense] = {}
    for s in future | past:
        if s in future and s not in past:
            tenses[s] = "future"
        elif s in past and s not in future:
            tenses[s] = "past"
        else:
            tenses[s] = None
    return dict(sorted(tenses.items()))
