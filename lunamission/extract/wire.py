"""The layout vocabulary of wire reports, as data: datelines and sentence ends.

Pipeline: lexicon and **wire** (vocabulary) → dateline / sentences → entities and
classify → attach → api. The event vocabulary is in :mod:`lunamission.extract.lexicon`.

>>> DATELINE_ZONES["moscow"], DATELINE_ZONES["bengaluru"], AGENCIES["tass"]
('Europe/Moscow', 'Asia/Kolkata', 'TASS')
>>> DATELINE_TYPOGRAPHY["\u2013"], DATELINE_TYPOGRAPHY["\u2019"]
('-', "'")
"""

from __future__ import annotations

from ..parser.lexicon import MONTHS, PLACE_ZONES, WEEKDAYS, ZONE_ABBREVIATIONS, ZONE_PHRASES

__all__ = [
    "ABBREVIATIONS",
    "AGENCIES",
    "DATELINE_TYPOGRAPHY",
    "DATELINE_ZONES",
    "FUNCTION_WORDS",
    "PUBLISHERS",
    "WORDS_AFTER_MERIDIEM",
]

# -- datelines (month names are the parser's: lunamission.parser.lexicon.MONTHS) -------

DATELINE_ZONES: dict[str, str] = {
    **{" ".join(words): zone for words, zone in PLACE_ZONES.items()},
    "xi'an": "Asia/Shanghai",
}
"""Dateline city → IANA zone, for dates and times an article gives without one: the
parser's places with one clock (:data:`~lunamission.parser.lexicon.PLACE_ZONES`).
Keys are lower case, with plain spaces and apostrophes (see :data:`DATELINE_TYPOGRAPHY`).
Baikonur keeps the clock of Qyzylorda region, as "Baikonur time" does in the parser's
lexicon (UTC+5 since 2018-12-21, when Almaty stayed on UTC+6)."""

DATELINE_TYPOGRAPHY: dict[str, str] = {
    # spaces that do not break, and the thin, wide and ideographic ones
    "\u00a0": " ", "\u1680": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ",
    "\u2008": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ",
    "\u3000": " ",
    # hyphens, dashes and the minus sign
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    # apostrophes and single quotes, double quotes and guillemets
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'",
    "\u2032": "'", "\uff07": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\uff02": '"',
    # full-width brackets, slash and punctuation
    "\uff08": "(", "\uff09": ")", "\uff0f": "/", "\u2044": "/", "\uff1a": ":",
    "\uff0c": ",", "\uff0e": ".",
}  # fmt: skip
"""Typographic characters → the ASCII character a dateline means by them, one for one
(so offsets do not move): "MOSCOW, August 21. /TASS/ –" reads as "... /TASS/ -",
"XI’AN" as "XI'AN", a no-break space as a space."""

AGENCIES: dict[str, str] = {
    "tass": "TASS", "reuters": "Reuters", "xinhua": "Xinhua", "ap": "AP", "afp": "AFP",
    "pti": "PTI", "kyodo": "Kyodo", "interfax": "Interfax", "ians": "IANS", "uni": "UNI",
    "ani": "ANI", "ria novosti": "RIA Novosti", "jiji": "Jiji", "yonhap": "Yonhap",
    "efe": "EFE", "dpa": "dpa", "upi": "UPI", "cns": "CNS",
}  # fmt: skip
"""News agencies as datelines write them → their usual spelling (``Source.publisher``)."""

PUBLISHERS = frozenset(AGENCIES.values())

# -- sentence splitting -----------------------------------------------------------------

ABBREVIATIONS: frozenset[str] = frozenset(
    {"a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
     "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
     "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cmdr", "sgt", "st", "mt",
     "gov", "sen", "rep", "no", "nos", "vol", "fig", "approx", "inc", "corp", "ltd", "co",
     "jr", "sr", "vs", "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.s.r", "e.u", "fla", "calif",
     "ariz", "kazakh", "ca", "cf", "dept", "govt", "km", "kg", "hrs", "hr"}
)  # fmt: skip
"""Words before a full stop that do not end a sentence ("Aug. 19", "No. 47", "U.S.")."""

WORDS_AFTER_MERIDIEM: frozenset[str] = frozenset(
    {
        *(name.lower() for name in ZONE_ABBREVIATIONS),
        *(phrase[0] for phrase in ZONE_PHRASES),
        *WEEKDAYS,
        *MONTHS,
    }
)
"""Capitalized words that continue a clock after "a.m." / "p.m." (or ISRO's "Hrs.")
rather than start a new sentence ("2:10 a.m. Moscow time", "7:38 a.m. Tuesday",
"6:24 p.m. KST"): the parser's zone words, weekdays and months."""

FUNCTION_WORDS: frozenset[str] = frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "from", "to", "for", "with", "by", "and",
     "or", "its", "their", "into", "onto", "near", "aboard", "as", "than", "that"}
)  # fmt: skip
"""A line that ends with one of these is wrapped text, not a headline."""
