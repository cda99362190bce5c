"""Names in a sentence: missions, launch vehicles and sites, each with its span.

Pipeline: lexicon and names → dateline / sentences → **entities** and classify →
attach → api.

Vehicles are found first ("Soyuz-2.1b", "Long March-5", "an H-IIA rocket") so
that their words are never read as missions; then known missions and their
aliases ("Odysseus" is IM-1), names shared by several missions ("Vikram", kept
as written with its candidates for the extractor to decide), numbered series
written with a space ("Luna 25", "Artemis II"), and the general name-number
pattern ("Luna-25", "Chang'e-6", "Soyuz MS-22"). Sites are launch complexes
("Vostochny Cosmodrome", "Satish Dhawan Space Centre", "Baikonur").

>>> s = "The Soyuz-2.1b carrier vehicle with the Luna-25 probe left the Vostochny Cosmodrome."
>>> [m.name for m in find_missions(s)], [m.name for m in find_vehicles(s)]
(['Luna-25'], ['Soyuz-2.1b'])
>>> [m.name for m in find_sites(s)]
['Vostochny Cosmodrome']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import mission_key
from ..parser.lexicon import MONTHS
from .names import (
    AMBIGUOUS_NAMES,
    KNOWN_MISSIONS,
    MISSION_SERIES,
    NOT_MISSIONS,
    SITE_NAMES,
    SITE_SUFFIXES,
    VEHICLE_ADJECTIVES,
    VEHICLE_NAMES,
    VEHICLE_NOUNS,
    KnownMission,
)

__all__ = ["Mention", "find_missions", "find_sites", "find_vehicles", "known_mission"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a sentence: its canonical spelling and where it was written.

    ``candidates`` is empty for a name that means one mission; for a name shared
    by several ("Vikram") it lists them, and ``name`` stays as written.
    """

    name: str
    start: int
    end: int
    candidates: tuple[str, ...] = ()


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_BEFORE = r"(?<![\w'’-])"
_AFTER = r"(?![\w'’-]|\.\d)"

_KNOWN_BY_NAME: dict[str, KnownMission] = {}
for _mission in KNOWN_MISSIONS:
    for _name in (_mission.name, *_mission.aliases):
        _KNOWN_BY_NAME[_name.casefold()] = _mission

_AMBIGUOUS = {name.casefold(): missions for name, missions in AMBIGUOUS_NAMES.items()}


def _spellings(names: list[str]) -> str:
    """An alternation of known names: plain words ("Psyche", "SLIM", "New Horizons")
    as written or in capitals only, since in lower case they are ordinary words ("a
    slim chance", "new horizons"); a name with a digit or a dash in any case
    ("LUNA-25")."""
    plain = {n for n in names if n.replace(" ", "").isalpha()}
    words = [*plain, *(n.upper() for n in plain)]
    others = [n for n in names if n not in plain]
    return "|".join(
        re.escape(n) if n in words else f"(?i:{re.escape(n)})"
        for n in sorted(dict.fromkeys([*words, *others]), key=len, reverse=True)
    )


_KNOWN = re.compile(
    _BEFORE
    + "(?:"
    + _spellings([n for m in KNOWN_MISSIONS for n in (m.name, *m.aliases)] + list(AMBIGUOUS_NAMES))
    + ")"
    + _AFTER
)
_SERIES = re.compile(
    _BEFORE + rf"(?:{_alternation(list(MISSION_SERIES))})[ -](?:\d{{1,4}}|IV|V?I{{1,3}}|V)" + _AFTER
)
_NUMBERED = re.compile(_BEFORE + r"[A-Z][A-Za-z'’]*(?:[ -][A-Z]{1,3})?-\d{1,4}[A-Z]?" + _AFTER)
_VEHICLE = re.compile(_BEFORE + f"(?:{'|'.join(VEHICLE_NAMES)})" + _AFTER)
_VEHICLE_BEFORE_NOUN = re.compile(
    r"(?P<name>[A-Z0-9][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,2}) "
    + f"(?:{'|'.join(VEHICLE_NOUNS)})"
    + r"\b"
)
_SITE = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) " + f"(?:{'|'.join(SITE_SUFFIXES)})\\b"
)
_SITE_NAME = re.compile(_BEFORE + f"(?:{'|'.join(SITE_NAMES)})" + _AFTER)
_NAME_GOES_ON = re.compile(r" (?!(?:Mission|Mars|Moon|Lunar)\b)[A-Z][a-z]")
"""A capitalized word right after a plain-word mission name makes it part of a longer
name ("Lucy Smith", "Juno Beach"), unless it is one of the mission's own words."""
_LEADING = frozenset({"the", "a", "an", "from", "in", "at", "on", "to", "near", "of", "and"})
_POSSESSIVE = re.compile(r"[\w.-]+['’]s")


def known_mission(name: str, /) -> KnownMission | None:
    """The known mission that ``name`` names, if any (a shared name names none).

    >>> known_mission("Odysseus").name
    'IM-1'
    >>> known_mission("Vikram") is None
    True
    """
    return _KNOWN_BY_NAME.get(name.casefold())


def _overlaps(start: int, end: int, taken: list[Mention]) -> bool:
    return any(start < m.end and m.start < end for m in taken)


def find_vehicles(sentence: str, /) -> list[Mention]:
    """Launch vehicles named in ``sentence``, in text order.

    >>> [m.name for m in find_vehicles("It flew on a Long March-5 carrier rocket.")]
    ['Long March-5']
    """
    found = [Mention(m.group(0), m.start(), m.end()) for m in _VEHICLE.finditer(sentence)]
    for m in _VEHICLE_BEFORE_NOUN.finditer(sentence):
        words = m.group("name").split(" ")
        start = m.start("name")
        while words and words[0].lower() in VEHICLE_ADJECTIVES:
            start += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        end = start + len(name)
        if not _overlaps(start, end, found) and known_mission(name) is None:
            found.append(Mention(name, start, end))
    return sorted(found, key=lambda v: v.start)


def find_missions(sentence: str, /, *, vehicles: list[Mention] | None = None) -> list[Mention]:
    """Missions named in ``sentence``, in text order, by their canonical names.

    >>> [m.name for m in find_missions("Luna 25 and the Odysseus lander; Soyuz MS-22 docked.")]
    ['Luna 25', 'IM-1', 'Soyuz MS-22']
    >>> find_missions("The Vikram lander separated.")[0].candidates
    ('Chandrayaan-2', 'Chandrayaan-3')
    """
    taken = list(find_vehicles(sentence) if vehicles is None else vehicles)
    found: list[Mention] = []
    for pattern in (_KNOWN, _SERIES, _NUMBERED):
        for m in pattern.finditer(sentence):
            if _overlaps(m.start(), m.end(), taken) or _overlaps(m.start(), m.end(), found):
                continue
            text = m.group(0)
            shared = _AMBIGUOUS.get(text.casefold())
            if shared is not None:
                found.append(Mention(text, m.start(), m.end(), shared))
                continue
            known = known_mission(text)
            if (
                known is not None
                and text.replace(" ", "").isalpha()
                and _NAME_GOES_ON.match(sentence, m.end())
            ):
                continue  # "Lucy Smith", "Juno Beach": a longer name, not the mission
            if known is None:
                head = re.split(r"[ -]", text, maxsplit=1)[0].lower()
                if head in NOT_MISSIONS or head in MONTHS or head in {"mid", "pre", "post"}:
                    continue
            # A known mission's other names ("Vikram") become its name; its own name
            # keeps the article's spelling ("Luna 25" stays "Luna 25").
            renamed = known is not None and mission_key(known.name) != mission_key(text)
            name = known.name if renamed and known is not None else text
            found.append(Mention(name, m.start(), m.end()))
    return sorted(found, key=lambda v: v.start)


def find_sites(sentence: str, /) -> list[Mention]:
    """Launch sites named in ``sentence``, in text order.

    >>> [m.name for m in find_sites("It left the Wenchang Space Launch Site, not Xichang.")]
    ['Wenchang Space Launch Site', 'Xichang']
    """
    found: list[Mention] = []
    for m in _SITE.finditer(sentence):
        words = m.group(0).split(" ")
        start = m.start()
        while len(words) > 2 and (words[0].lower() in _LEADING or _POSSESSIVE.fullmatch(words[0])):
            start += len(words[0]) + 1
            words = words[1:]
        found.append(Mention(" ".join(words), start, m.end()))
    for m in _SITE_NAME.finditer(sentence):
        if not _overlaps(m.start(), m.end(), found):
            found.append(Mention(m.group(0), m.start(), m.end()))
    return sorted(found, key=lambda v: v.start)
