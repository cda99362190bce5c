"""Text → tokens, with sentence numbers (the tense of sentences is :mod:`.tense`'s).

Pipeline: lexicon → **tokens** → atoms → grammar → resolve → api.

One compiled regular expression, a flat alternation with no nested quantifiers,
defines the tokens: numbers, words, meridiem marks ("a.m.") and single marks, so
tokenizing is linear in the length of the text. Sentences end at ``.``, ``!`` or
``?`` followed by white space (not after an abbreviation such as "Aug." or "Wed."),
after "a.m." / "p.m." when a capitalized word follows that is not a zone, weekday
or month (nor a name with "time" after it: "2 p.m. Mars time" names a zone, if an
unknown one), and at blank lines; the grammar uses them to scope zone phrases and
tense words.

Running the expression costs more than everything else the tokenizer does, so
:func:`tokenize` cuts the text at white space first (no token holds any, except a
meridiem written "a. m.") and reads the common chunks (a word, a number, either
followed by a comma or a period, "a.m.", "14:57") without it;
:func:`tokenize_by_pattern` runs the expression over the whole text and is the
definition the fast path is tested against.

>>> [t.low for t in tokenize("At 2:10 a.m. Moscow time")]
['at', '2', ':', '10', 'a.m.', 'moscow', 'time']
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Literal

from .lexicon import (
    ABBREVIATIONS,
    HOURS_WORDS,
    MONTHS,
    NOT_ZONE_NAMES,
    UNKNOWN_ZONE_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    ZONE_ABBREVIATIONS,
    ZONE_PHRASES,
)

__all__ = ["Tense", "Token", "tokenize", "tokenize_by_pattern"]

Kind = Literal["num", "word", "mer", "mark"]
Tense = Literal["future", "past"] | None

_TOKEN = re.compile(
    r"(?:(?P<num>[0-9]+)"
    # A word; "a.m." / "p. m." is one word too (the dot part is tried only after "a"/"p").
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?(?:(?<=[AaPp])(?<![^\W\d_][AaPp])\. ?[Mm]\b\.?)?)"
    r"|(?P<mark>\S))"
    # The white space after the token. Every other character starts a token, so the
    # tokens and these runs tile the text after its leading white space.
    r"(?P<space>\s*)"
)
_PIECE = re.compile(
    r"(?P<num>[0-9]+)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?(?:(?<=[AaPp])(?<![^\W\d_][AaPp])\. ?[Mm]\b\.?)?)"
    r"|(?P<mark>\S)"
)
"""The tokens of :data:`_TOKEN` without the white space: for one chunk of the text."""
_SPACED_MERIDIEM = re.compile(r"[AaPp]\. [Mm]")
"""Where a meridiem may be written across a space ("p. m."), which only the whole
expression reads right; it finds more than that ("NASA. Meanwhile"), never less."""
_Piece = tuple[str, str, str]  # (num, word, mark) as the expressions give them: one is set
_MARKS = frozenset(string.punctuation)  # ASCII marks: never part of a word or a number
_MERIDIEMS = frozenset(f"{a}.{m}{dot}" for a in "aApP" for m in "mM" for dot in ("", "."))
_MAX_DIGITS = 4  # longer digit runs are never read as numbers (and never int()-ed)
_ENDERS = frozenset({".", "!", "?"})
_ZONE_FIRST_WORDS = frozenset(phrase[0] for phrase in ZONE_PHRASES)
_ZONE_WORD_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(UNKNOWN_ZONE_WORDS)) + r")\b", re.I)
"""White space and then a word that ends a zone phrase ("time"), after a name."""
_NOT_ENDING = frozenset(
    {*(m for m in MONTHS if len(m) <= 4), *WEEKDAY_ABBREVIATIONS, *ABBREVIATIONS}
)
"""Words after which a period does not end the sentence (besides single letters)."""


@dataclass(slots=True)
class Token:
    """One token: its kind, raw and lower-cased text, character span and sentence.

    ``value`` is the number's value for ``num`` tokens of at most four digits,
    else -1 (longer digit runs are never converted). A value object: nothing
    changes a token after :func:`tokenize` made it. Not a named tuple, because the
    recognizers read token fields hundreds of times per phrase and a slot is about
    three times faster to read than a named tuple's field.
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
    if (". m" in text or ". M" in text) and _SPACED_MERIDIEM.search(text):
        return tokenize_by_pattern(text)  # "a. m." is one token across white space
    tokens: list[Token] = []
    append = tokens.append
    new = object.__new__
    sentence = 0
    pending_end = maybe_end = False
    at = 0
    find = text.find
    lines = "\n" in text  # blank lines end sentences too
    for chunk in text.split():
        start = find(chunk, at)
        if pending_end or (lines and tokens and start - at > 1 and text.count("\n", at, start) > 1):
            sentence += 1
            maybe_end = False
        at = start + len(chunk)
        # Tokens are built field by field: half the cost of the generated __init__.
        if chunk.isalpha():  # most chunks: one word
            if maybe_end:
                if chunk[:1].isupper() and not _carries_on(chunk, text, at):
                    sentence += 1
                maybe_end = False
            pending_end = False
            one: Token = new(Token)
            one.kind = "word"
            one.raw = chunk
            one.low = chunk.lower()
            one.start = start
            one.end = at
            one.value = -1
            one.sentence = sentence
            append(one)
            continue
        if chunk.isdigit() and chunk.isascii():  # the next most: one number
            pending_end = maybe_end = False
            one = new(Token)
            one.kind = "num"
            one.raw = one.low = chunk
            one.start = start
            one.end = at
            one.value = int(chunk) if at - start <= _MAX_DIGITS else -1
            one.sentence = sentence
            append(one)
            continue
        if chunk in _MERIDIEMS:  # "a.m.", "P.M" (the letter before "a"/"p" is white space)
            if maybe_end and chunk[:1].isupper() and not _zone_start(chunk):
                sentence += 1
            pending_end = False
            maybe_end = chunk[-1] == "."
            low = chunk.lower()
            one = new(Token)
            one.kind = "mer"
            one.raw = chunk
            one.low = low if maybe_end else low + "."
            one.start = start
            one.end = at
            one.value = -1
            one.sentence = sentence
            append(one)
            continue
        if at - start in (4, 5) and chunk[-3] in ":." and _is_clock(chunk):  # "2:10" "14.57"
            pending_end = maybe_end = False
            for value, raw in (
                (int(chunk[:-3]), chunk[:-3]),
                (-1, chunk[-3]),
                (int(chunk[-2:]), chunk[-2:]),
            ):
                one = new(Token)
                one.kind = "mark" if value < 0 else "num"
                one.raw = one.low = raw
                one.start = start
                start += len(raw)
                one.end = start
                one.value = value
                one.sentence = sentence
                append(one)
            continue
        spaced = True  # the first piece of a chunk follows white space; the others touch
        end = start
        for num, word, mark in _pieces(chunk):
            if (
                spaced
                and maybe_end
                and word
                and word[:1].isupper()
                and not _carries_on(word, text, end + len(word))
            ):
                sentence += 1
            pending_end = maybe_end = False
            one = new(Token)
            one.start = end
            one.value = -1
            if word:
                end += len(word)
                one.raw = word
                if "." in word:  # only a meridiem holds a dot: "a.m."
                    low = word.lower()
                    one.kind = "mer"
                    one.low = low if low.endswith(".") else low + "."
                    maybe_end = word.endswith(".")
                else:
                    one.kind = "word"
                    one.low = word.lower()
            elif num:
                end += len(num)
                one.kind = "num"
                one.raw = one.low = num
                if len(num) <= _MAX_DIGITS:
                    one.value = int(num)
            else:
                end += 1
                if mark in _ENDERS:
                    if mark == "." and not spaced and tokens and tokens[-1].low in HOURS_WORDS:
                        maybe_end = True  # "18:04 Hrs. IST": ends only if no zone follows
                    else:
                        pending_end = spaced or not _abbreviation_before(tokens)
                one.kind = "mark"
                one.raw = one.low = mark
            one.end = end
            one.sentence = sentence
            append(one)
            spaced = False
    return tokens


def _pieces(chunk: str) -> list[_Piece]:
    """The tokens of a chunk of text without white space, as :data:`_PIECE` finds them;
    a word or a number followed by a mark is read without running it."""
    last = chunk[-1]
    if last in _MARKS and len(chunk) > 1 and chunk.isascii():
        head = chunk[:-1]
        if head.isalpha():  # "August," "time." ("a." is no meridiem: no "m" follows)
            return [("", head, ""), ("", "", last)]
        if head.isdigit():  # "11," "2023."
            return [(head, "", ""), ("", "", last)]
    found: list[_Piece] = _PIECE.findall(chunk)
    return found


def _is_clock(chunk: str) -> bool:
    """Whether a chunk of four or five characters with ":" or "." third from the end
    is "H:MM" or "HH.MM" in ASCII digits."""
    return chunk.isascii() and chunk[-2:].isdigit() and chunk[:-3].isdigit()


def tokenize_by_pattern(text: str) -> list[Token]:
    """:func:`tokenize` by running the token expression over the whole text: the
    definition of the tokens, and the path for a meridiem written with a space.

    >>> [t.raw for t in tokenize_by_pattern("2 p. m. Tuesday")]
    ['2', 'p. m.', 'Tuesday']
    """
    tokens: list[Token] = []
    append = tokens.append
    sentence = 0
    pending_end = maybe_end = False
    gap = ""  # the white space before the token
    at = len(text) - len(text.lstrip())
    # findall builds the (num, word, mark, space) tuples in C: one Python step per token.
    for num, word, mark, space in _TOKEN.findall(text):
        if gap and (
            pending_end
            or (
                maybe_end
                and word
                and word[:1].isupper()
                and not _carries_on(word, text, at + len(word))
            )
            or (len(gap) > 1 and gap.count("\n") > 1)
        ):
            sentence += 1
        pending_end = maybe_end = False
        start = at
        if word:
            at += len(word)
            if "." in word:  # only a meridiem holds a dot: "a.m.", "p. m."
                low = word.lower().replace(" ", "")
                low = low if low.endswith(".") else low + "."
                append(Token("mer", word, low, start, at, -1, sentence))
                maybe_end = word.endswith(".")
            else:
                append(Token("word", word, word.lower(), start, at, -1, sentence))
        elif num:
            at += len(num)
            value = int(num) if len(num) <= _MAX_DIGITS else -1
            append(Token("num", num, num, start, at, value, sentence))
        else:
            at += 1
            if mark in _ENDERS:
                if mark == "." and gap == "" and tokens and tokens[-1].low in HOURS_WORDS:
                    maybe_end = True  # "18:04 Hrs. IST": ends only if no zone follows
                else:
                    pending_end = gap != "" or not _abbreviation_before(tokens)
            append(Token("mark", mark, mark, start, at, -1, sentence))
        gap = space
        at += len(space)
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


def _carries_on(word: str, text: str, end: int) -> bool:
    """Whether a capitalized word after "a.m." / "p.m.", ending at ``end``, carries the
    timestamp on: a zone (or what is shaped like one), weekday or month, or a name
    before "time" ("Mars time")."""
    if _zone_start(word) or _looks_like_a_zone(word):
        return True
    return word.lower() not in NOT_ZONE_NAMES and _ZONE_WORD_NEXT.match(text, end) is not None


def _looks_like_a_zone(word: str) -> bool:
    """ "KST", "HKT", "AEST": capitals shaped like a zone abbreviation, which the
    parser then reports as an unknown zone rather than as a new sentence."""
    return 3 <= len(word) <= 5 and word.isupper() and word.isalpha() and word.endswith("T")


def _abbreviation_before(tokens: list[Token]) -> bool:
    """A period right after a month abbreviation ("Aug.") or a single capital does
    not end the sentence (the caller has checked that the period touches it)."""
    if not tokens:
        return False
    prev = tokens[-1]
    return prev.kind == "word" and (prev.low in _NOT_ENDING or len(prev.raw) == 1)
