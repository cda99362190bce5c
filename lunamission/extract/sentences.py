"""Sentence and clause splitting: the second stage of the article pipeline.

Pipeline: lexicon → dateline / **sentences** → entities and classify → attach → api.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets)
followed by white space and a capital, a digit or an opening quote, unless the
word before the stop is an abbreviation ("a.m.", "Aug.", "No.", "U.S."), an
initial, or "a.m." / "p.m." followed by a zone or date word ("2:10 a.m. Moscow
time") or by a name and "time" ("3:53 p.m. Mars time": a zone the parser
reports as unknown, rather than one lost across a sentence break). Decimal
points ("Soyuz-2.1b", "2.1 billion") are never followed by white space, so they
never split. A blank line always ends a sentence; a single line break ends one
when the line looks like a headline rather than wrapped text. The scan is one
pass over the text with bounded look-around: linear time.

>>> text = 'It launched at 2:10 a.m. Moscow time on Aug. 11. "Good," he said.'
>>> [text[s.start:s.end] for s in split_sentences(text)]
['It launched at 2:10 a.m. Moscow time on Aug. 11.', '"Good," he said.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..parser.lexicon import NOT_ZONE_NAMES, UNKNOWN_ZONE_WORDS
from .lexicon import CLAUSE_BREAKS, RELATIVE_OPENERS
from .wire import ABBREVIATIONS, FUNCTION_WORDS, WORDS_AFTER_MERIDIEM

__all__ = ["Span", "clause_spans", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Span:
    """A ``[start, end)`` character range of the text it was cut from."""

    start: int
    end: int


_CANDIDATE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n")
_OPENERS = "\"'“‘([«"
_WORD_BEFORE = re.compile(r"[\w.'’-]{1,24}$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[«]?([\w'’-]{0,24})")
_MERIDIEM = frozenset({"a.m", "p.m", "hrs", "hr"})
_NAMED_ZONE_NEXT = re.compile(
    r"\s*\(?([A-Z][\w'’-]{0,23})\s+(?i:" + "|".join(sorted(UNKNOWN_ZONE_WORDS)) + r")\b"
)
"""A name and "time" after a meridiem: "p.m. Mars time" goes on ("p.m. This time" not)."""
_LINE_END = re.compile(r"[\w'’-]{1,24}$")


_LOOKAHEAD = 200  # white space scanned past a boundary; a longer run ends the sentence


def _next_char(text: str, pos: int) -> tuple[int, str]:
    """The first non-space character at or after ``pos`` (bounded look-ahead)."""
    limit = min(len(text), pos + _LOOKAHEAD)
    i = pos
    while i < limit and text[i].isspace():
        i += 1
    if i >= len(text):
        return i, ""
    return i, "\n" if i == limit else text[i]


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether the text after ``pos`` (past white space) can open a sentence."""
    _, first = _next_char(text, pos)
    return first == "\n" or (
        first != "" and (first.isupper() or first.isdigit() or first in _OPENERS)
    )


def _ends_at_stop(text: str, stop: int, end: int) -> bool:
    """Whether the full stop(s) at ``text[stop:end]`` end a sentence."""
    if not _starts_sentence(text, end):
        return False
    if text[stop] != ".":
        return True
    m = _WORD_BEFORE.search(text, max(0, stop - 24), stop)
    # "21-Aug." in "Aug. 21-Aug. 23": the abbreviation is the part after the dash
    word = m.group(0).lower().lstrip("'’-").rsplit("-", 1)[-1] if m else ""
    if not word:
        return True
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        key = word.rstrip(".")
        if key not in _MERIDIEM:
            return False
        following = _NEXT_WORD.match(text, end)
        nxt = following.group(1).lower() if following else ""
        if nxt in WORDS_AFTER_MERIDIEM:
            return False
        named = _NAMED_ZONE_NEXT.match(text, end)
        return named is None or named.group(1).lower() in NOT_ZONE_NAMES
    # An initial ("J. Smith") or a dotted acronym ("U.S.S.R.").
    return not (len(word) == 1 and word.isalpha()) and not re.fullmatch(r"(?:\w\.)+\w", word)


def _ends_at_newline(text: str, nl: int) -> bool:
    """Whether a single line break at ``nl`` ends a sentence."""
    after = nl + 1
    # A blank line always does.
    probe = after
    while probe < len(text) and probe - after < _LOOKAHEAD and text[probe] in " \t\r":
        probe += 1
    if probe >= len(text) or text[probe] == "\n":
        return True
    if not _starts_sentence(text, after):
        return False
    before = text[max(0, nl - 40) : nl].rstrip()
    if not before:
        return True
    if before[-1] in ",;(-–—/":
        return False
    m = _LINE_END.search(before)
    return not (m and m.group(0).lower() in FUNCTION_WORDS)


def split_sentences(text: str, /, *, start: int = 0, end: int | None = None) -> list[Span]:
    """The sentences of ``text[start:end]``, as spans of ``text`` without outer white space.

    >>> text = "SLIM was launched on an H-IIA rocket, flight No. 47. It entered orbit."
    >>> [text[s.start:s.end] for s in split_sentences(text)]
    ['SLIM was launched on an H-IIA rocket, flight No. 47.', 'It entered orbit.']
    """
    stop_at = len(text) if end is None else end
    spans: list[Span] = []
    begin = start
    for m in _CANDIDATE.finditer(text, start, stop_at):
        if m.group(0) == "\n":
            if not _ends_at_newline(text, m.start()):
                continue
            cut = m.start()
        else:
            if not _ends_at_stop(text, m.start(), m.end()):
                continue
            cut = m.end()
        _push(text, spans, begin, cut)
        begin = cut
    _push(text, spans, begin, stop_at)
    return spans


def _push(text: str, spans: list[Span], begin: int, cut: int) -> None:
    while begin < cut and text[begin].isspace():
        begin += 1
    while cut > begin and text[cut - 1].isspace():
        cut -= 1
    if begin < cut:
        spans.append(Span(begin, cut))


_CLAUSE = re.compile("|".join(f"(?:{b})" for b in CLAUSE_BREAKS), re.IGNORECASE)
_RELATIVE = re.compile("|".join(f"(?:{b})" for b in RELATIVE_OPENERS), re.IGNORECASE)


def clause_spans(sentence: str, /) -> list[Span]:
    """The clauses of one sentence, as spans of it (together they cover it whole).

    A relative clause (", which was launched on Aug. 11,") ends at the next comma,
    and the main clause goes on after it as a clause of its own.

    >>> s = "It entered orbit on August 16, and its landing was slated for August 21."
    >>> [s[c.start:c.end] for c in clause_spans(s)]
    ['It entered orbit on August 16', ', and its landing was slated for August 21.']
    >>> s = "Luna-25, which was launched on Aug. 11, crashed on Saturday."
    >>> [s[c.start:c.end] for c in clause_spans(s)]
    ['Luna-25', ', which was launched on Aug. 11', ', crashed on Saturday.']
    """
    cuts = {m.start() for m in _CLAUSE.finditer(sentence)}
    for m in _RELATIVE.finditer(sentence):
        cuts.add(m.start())
        close = sentence.find(",", m.end())
        if close != -1:
            cuts.add(close)
    spans: list[Span] = []
    begin = 0
    for cut in sorted(cuts):
        if cut > begin:
            spans.append(Span(begin, cut))
            begin = cut
    spans.append(Span(begin, len(sentence)))
    return spans
