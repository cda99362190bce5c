"""A clock placed by where it was read: "12:20 a.m. Saturday in Japan", "8:59 p.m.
Thursday in Jiuquan", "18:00 at the Vostochny cosmodrome".

Pipeline: lexicon → tokens → **atoms** (this recognizer among them) → grammar →
resolve → api.

Wire reports often restate a moment in the clock of another place, naming the
place rather than its zone. Such a clock would otherwise take the zone the
sentence names for its other reading and come out hours wrong. "in" (with "the"
and a site word after the place allowed) makes a zone atom only right after a
clock, or after a weekday that follows one, and only for a place with one clock
(:data:`~.lexicon.PLACE_ZONES`): "officials in Moscow said ..." names no zone.
"at" does so only in a restatement ("..., or 18:00 at the Vostochny cosmodrome"):
"lift off at 2:10 a.m. at the Vostochny cosmodrome" says where, and TASS gives
such clocks in Moscow time.

>>> from .tokens import tokenize
>>> toks = tokenize("12:20 a.m. Saturday in Japan")
>>> place_zone_at(toks, 5).zone.name
'Asia/Tokyo'
>>> place_zone_at(tokenize("officials in Moscow said"), 1) is None
True
"""

from __future__ import annotations

from .common import Atom, tok
from .lexicon import PLACE_ZONES, WEEKDAYS
from .parts import ZonePart
from .tokens import Token

__all__ = ["place_zone_at"]

_LONGEST = max(len(words) for words in PLACE_ZONES)
_SITE_WORDS = frozenset({"cosmodrome", "spaceport"})
"""Words that may follow the place: "at the Vostochny cosmodrome"."""


def _after_clock(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` comes right after a clock ("p.m.", "18:00"), or after a
    weekday that does ("a.m. Saturday in Japan", "a.m. on Friday in Moscow"). A day
    number is no clock: "on January 3 in Xichang" keeps the zone it had."""
    k = i - 1
    if k >= 0 and toks[k].kind == "word" and toks[k].low in WEEKDAYS:
        k -= 1
        if k >= 0 and toks[k].low == "on":
            k -= 1
    if k < 0:
        return False
    before = toks[k]
    if before.kind == "mer":
        return True
    mark = tok(toks, k - 1) if before.kind == "num" and k > 0 else None
    return mark is not None and mark.raw in (":", ".") and mark.end == before.start


def _restated(toks: list[Token], i: int) -> bool:
    """Whether the clock before "at" (token ``i``) restates another one: "12:00 Moscow
    time, or 18:00 at the Vostochny cosmodrome"."""
    for k in range(i - 1, max(-1, i - 7), -1):
        if toks[k].low in ("or", "which", "i.e."):
            return True
        if toks[k].raw in (";", "(", "."):
            return False
    return False


def place_zone_at(toks: list[Token], i: int) -> Atom | None:
    """The zone of a place named after a clock, starting at "in" or "at" (token ``i``)."""
    if i == 0 or not _after_clock(toks, i):
        return None
    if toks[i].low == "at" and not _restated(toks, i):
        return None  # "lift off at 2:10 a.m. at the Vostochny cosmodrome": where, not whose clock
    k = i + 1
    the = tok(toks, k)
    if the is not None and the.low == "the":  # "at the Vostochny cosmodrome", "in the UAE"
        k += 1
    for size in range(_LONGEST, 0, -1):
        words = toks[k : k + size]
        if len(words) != size or not all(w.kind == "word" and w.raw[:1].isupper() for w in words):
            continue
        zone = PLACE_ZONES.get(tuple(w.low for w in words))
        if zone is None:
            continue
        end = k + size
        site = tok(toks, end)
        if site is not None and site.low in _SITE_WORDS:
            end += 1
        last = toks[end - 1]
        atom = Atom(i, end, toks[i].start, last.end, "zone")
        atom.zone = ZonePart(zone, None, toks[i].start, last.end)
        return atom
    return None
