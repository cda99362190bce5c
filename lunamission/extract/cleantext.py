r"""Invisible characters out, offsets kept: the step before every other on an article.

Pipeline: **cleantext** → lexicon-driven stages (dateline / sentences → entities
and classify → attach) → api.

A byte-order mark before the dateline, a zero-width space inside "Luna\u200b-25"
or a soft hyphen inside "laun\u00adched" are Unicode *format* characters
(category Cf): invisible, and fatal to every pattern that reads words. The
extractor matches on the text without them and maps each position back, so
every span it reports is an offset into the text the caller passed.

>>> clean = CleanText("\ufeffMOSCOW, Aug 21. Luna\u200b-25 flew.")
>>> clean.text
'MOSCOW, Aug 21. Luna-25 flew.'
>>> start = clean.text.index("Luna-25")
>>> clean.original_span(start, start + 7)
(17, 25)
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["CleanText"]

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class CleanText:
    """An article without its format characters, and the way back to its offsets."""

    __slots__ = ("_positions", "original", "text")

    def __init__(self, original: str, /) -> None:
        self.original = original
        drop = [
            m.start()
            for m in _NON_ASCII.finditer(original)
            if unicodedata.category(m.group(0)) == "Cf"
        ]
        self._positions: list[int] | None = None
        if not drop:
            self.text = original
            return
        dropped = set(drop)
        keep = [i for i in range(len(original)) if i not in dropped]
        self.text = "".join(original[i] for i in keep)
        keep.append(len(original))
        self._positions = keep

    def original_span(self, start: int, end: int, /) -> tuple[int, int]:
        r"""The span of the original text that ``text[start:end]`` was cut from.

        >>> CleanText("a\u00adb c").original_span(0, 2)
        (0, 3)
        """
        positions = self._positions
        if positions is None:
            return start, end
        if end <= start:
            return positions[start], positions[start]
        return positions[start], positions[end - 1] + 1

    def original_slice(self, start: int, end: int, /) -> str:
        r"""The original text behind ``text[start:end]`` (format characters included).

        >>> CleanText("Luna\u200b-25").original_slice(0, 7)
        'Luna\u200b-25'
        """
        a, b = self.original_span(start, end)
        return self.original[a:b]
