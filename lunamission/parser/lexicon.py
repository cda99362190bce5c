"""The parser's vocabulary, as data: the first stage of the pipeline reads only this.

Pipeline: **lexicon** → tokens → atoms → grammar (partial timestamps with spans)
→ resolve (against a reference date, a default zone and policies) → api.

Every word the parser knows lives in a table here; adding a phrase (a zone, an
approximation word, a tense marker) never touches parser logic. Lookups are by
lower-cased word, except where a table says it is case-sensitive (zone
abbreviations such as ``ET`` or ``IST``, which are ordinary words in lower case,
and ``NET``).

Zone decisions, checked against the tz database that pytz ships:

* ``Baikonur time`` is ``Asia/Qyzylorda``: Baikonur lies in Qyzylorda region and
  keeps its clock, UTC+6 until 2018-12-21 and UTC+5 since (Soyuz MS-11 lifted off
  at 17:31 local, 11:31 UTC, on 2018-12-03; Soyuz MS-22 at 18:54 local, 13:54 UTC,
  on 2022-09-21). ``Asia/Almaty`` would be an hour wrong from 2018-12-21 until
  Kazakhstan moved to a single UTC+5 zone on 2024-03-01.
* ``CET`` / ``CEST`` are ``Europe/Paris``: ESA and Arianespace announce launches
  in Paris time. Paris and Berlin keep identical rules for every date since 1980.
* Abbreviations that name one side of a DST change (``EST`` / ``EDT``,
  ``PST`` / ``PDT``, ``CET`` / ``CEST``, ``CDT``) carry the offset they state:
  the resolver refuses "14:00 EST on July 4" (code ``zone_mismatch``) instead of
  silently reading it as EDT or as a fixed UTC-5.
* ``CST`` (US Central or China Standard) and ``BST`` (British Summer or
  Bangladesh) are left out on purpose: they are ambiguous, so they fail as
  unknown zones rather than resolve to a guess.
* ``local time`` names no zone: it takes the caller's ``default_tz``.
* ``Kazakhstan time`` is left out: Baikonur (``Asia/Qyzylorda``) and Almaty kept
  different clocks from 2018-12-21 to 2024-03-01, so the country names no one zone.

>>> MONTHS["sept"], WEEKDAYS["wednesday"], ZONE_PHRASES[("moscow", "time")].name
(9, 2, 'Europe/Moscow')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "ABBREVIATIONS",
    "AFTER_NOON",
    "APPROXIMATORS",
    "BOUNDS",
    "BOUNDS_AFTER",
    "CLAUSE_JOINERS",
    "CLOCK_VETO_WORDS",
    "CLOCK_WORDS",
    "CONTEXT_WORDS",
    "DASHES",
    "DAY_PARTS",
    "EITHER_JOINERS",
    "FILLERS",
    "FUTURE_PHRASES",
    "FUTURE_WORDS",
    "GROUP_CONNECTORS",
    "HOURS_WORDS",
    "LIST_JOINERS",
    "MAX_LIST",
    "MERIDIEM",
    "MONTHS",
    "MONTH_FULL_NAMES",
    "NAMES_WITH_CALENDAR_WORDS",
    "NEGATIONS",
    "NEGATION_STOPS",
    "NIGHT_WORDS",
    "NOT_ZONE_NAMES",
    "OCLOCK",
    "OFFSET_PREFIXES",
    "ORDINAL_SUFFIXES",
    "PARTS",
    "PAST_WORDS",
    "PERIOD_LETTERS",
    "PERIOD_ORDINALS",
    "PERIOD_UNITS",
    "PLACE_ZONES",
    "RANGE_JOINERS",
    "RANGE_OPENERS",
    "RANGE_WORDS",
    "RELATIVE_DAYS",
    "RELATIVE_SHIFTS",
    "RELATIVE_UNITS",
    "REPORTING_WORDS",
    "SLIP_VERBS",
    "STRICT_BOUNDS",
    "TIE_WINDOW_DAYS",
    "UNIT_WORDS",
    "UNKNOWN_ZONE_WORDS",
    "WEAK_ZONE_ABBREVIATIONS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_SHIFTS",
    "YEAR_RANGE",
    "ZONE_ABBREVIATIONS",
    "ZONE_PHRASES",
    "Part",
    "ZoneEntry",
]

# -- calendar words --------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
"""Month names and abbreviations. A month must be written with a capital letter
("may" and "march" in lower case are a verb and a noun)."""

MONTH_FULL_NAMES: frozenset[str] = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"}
)  # fmt: skip
"""Only full names may stand alone ("in June"); abbreviations need a day or year."""

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
"""Weekday names (Monday = 0). Written with a capital letter."""

WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
"""Abbreviations count only right before a date ("Sat., Aug. 19"): "the Sun" is not Sunday."""

NAMES_WITH_CALENDAR_WORDS: frozenset[tuple[str, str]] = frozenset(
    {("long", "march"), ("march", "madness")}
)
"""Names in which a month is not a month: "Long March 5" is a rocket, not March 5.
Each pair is the word before the month and the month, lower-cased."""

ABBREVIATIONS: frozenset[str] = frozenset({"approx", "ca", "no", "nos", "st", "mt", "dr", "mr"})
"""Words whose trailing period does not end a sentence (besides month and weekday
abbreviations and single capitals)."""

ORDINAL_SUFFIXES: frozenset[str] = frozenset({"st", "nd", "rd", "th"})

# -- clock words -----------------------------------------------------------------

MERIDIEM: dict[str, Literal["am", "pm"]] = {
    "am": "am", "a.m.": "am", "a.m": "am", "a. m.": "am", "a. m": "am",
    "pm": "pm", "p.m.": "pm", "p.m": "pm", "p. m.": "pm", "p. m": "pm",
}  # fmt: skip
"""Meridiem spellings, lower-cased as the tokenizer sees them."""

CLOCK_WORDS: dict[str, tuple[int, int]] = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}
"""Named clock readings. "midnight on August 11" is 00:00 at the *start* of August 11."""

OCLOCK: frozenset[str] = frozenset({"o'clock", "o’clock", "oclock"})
HOURS_WORDS: frozenset[str] = frozenset({"hours", "hrs", "hr"})
"""Words that make a bare four-digit number a 24-hour clock ("1457 hours")."""

UNIT_WORDS: frozenset[str] = frozenset(
    {"km", "kilometres", "kilometers", "kilometre", "kilometer", "m", "metres", "meters",
     "metre", "meter", "cm", "mm", "mi", "miles", "mile", "ft", "feet", "foot", "nmi",
     "kg", "kilograms", "kilogram", "grams", "tonnes", "tons", "tonne", "ton", "lb", "lbs",
     "pounds", "kph", "mph", "kmh", "knots", "kw", "watts", "volts", "hz", "khz", "mhz",
     "ghz", "°", "°c", "°f", "degrees", "percent", "%", "per", "rubles", "roubles", "yuan",
     "rupees", "dollars", "euros", "million", "billion", "thousand", "people", "satellites"}
)  # fmt: skip
"""Words that, right after a number, make it a quantity and not a year or a clock
("an altitude of 2000 km", "at 11.08 km/s", "12.30 metres")."""

CLOCK_VETO_WORDS: frozenset[str] = frozenset({"minus", "met", "plus"})
"""Words right before a number that make it a countdown or mission elapsed time, not
a clock ("T-minus 10:00", "MET 00:02:41")."""

# -- zones -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ZoneEntry:
    """What a zone phrase means: an IANA name or offset, and the UTC offset (in
    minutes) the phrase itself states, if it names one side of a DST change.

    ``name`` is ``None`` for "local time", which takes the caller's default zone.
    """

    name: str | None
    offset_minutes: int | None = None


_MOSCOW = ZoneEntry("Europe/Moscow")
_UTC = ZoneEntry("UTC")
_BEIJING = ZoneEntry("Asia/Shanghai")
_TOKYO = ZoneEntry("Asia/Tokyo")
_INDIA = ZoneEntry("Asia/Kolkata")
_NEW_YORK = ZoneEntry("America/New_York")
_LOS_ANGELES = ZoneEntry("America/Los_Angeles")
_CHICAGO = ZoneEntry("America/Chicago")
_PARIS = ZoneEntry("Europe/Paris")

ZONE_PHRASES: dict[tuple[str, ...], ZoneEntry] = {
    ("moscow", "time"): _MOSCOW,
    ("moscow", "standard", "time"): _MOSCOW,
    ("utc",): _UTC,
    ("gmt",): _UTC,
    ("greenwich", "mean", "time"): _UTC,
    ("coordinated", "universal", "time"): _UTC,
    ("universal", "time"): _UTC,
    ("beijing", "time"): _BEIJING,
    ("china", "standard", "time"): _BEIJING,
    ("japan", "time"): _TOKYO,
    ("japan", "standard", "time"): _TOKYO,
    ("tokyo", "time"): _TOKYO,
    ("india", "standard", "time"): _INDIA,
    ("indian", "standard", "time"): _INDIA,
    ("eastern", "time"): _NEW_YORK,
    ("eastern", "standard", "time"): ZoneEntry("America/New_York", -300),
    ("eastern", "daylight", "time"): ZoneEntry("America/New_York", -240),
    ("pacific", "time"): _LOS_ANGELES,
    ("pacific", "standard", "time"): ZoneEntry("America/Los_Angeles", -480),
    ("pacific", "daylight", "time"): ZoneEntry("America/Los_Angeles", -420),
    ("central", "time"): _CHICAGO,
    ("houston", "time"): _CHICAGO,
    ("florida", "time"): _NEW_YORK,
    ("central", "european", "time"): ZoneEntry("Europe/Paris", 60),
    ("central", "european", "summer", "time"): ZoneEntry("Europe/Paris", 120),
    ("paris", "time"): _PARIS,
    ("baikonur", "time"): ZoneEntry("Asia/Qyzylorda"),
    ("kourou", "time"): ZoneEntry("America/Cayenne"),
    ("french", "guiana", "time"): ZoneEntry("America/Cayenne"),
    ("kyiv", "time"): ZoneEntry("Europe/Kyiv"),
    ("kiev", "time"): ZoneEntry("Europe/Kyiv"),
    ("korea", "standard", "time"): ZoneEntry("Asia/Seoul"),
    ("korean", "standard", "time"): ZoneEntry("Asia/Seoul"),
    ("seoul", "time"): ZoneEntry("Asia/Seoul"),
    ("new", "zealand", "time"): ZoneEntry("Pacific/Auckland"),
    ("gulf", "standard", "time"): ZoneEntry("Asia/Dubai"),
    ("korea", "time"): ZoneEntry("Asia/Seoul"),
    ("korean", "time"): ZoneEntry("Asia/Seoul"),
    ("india", "time"): _INDIA,
    ("indian", "time"): _INDIA,
    ("china", "time"): _BEIJING,
    ("israel", "time"): ZoneEntry("Asia/Jerusalem"),
    ("jerusalem", "time"): ZoneEntry("Asia/Jerusalem"),
    ("mountain", "time"): ZoneEntry("America/Denver"),
    ("hawaii", "time"): ZoneEntry("Pacific/Honolulu"),
    ("local", "time"): ZoneEntry(None),
}
"""Zone phrases, matched case-insensitively word by word ("Moscow Time" too)."""

PLACE_ZONES: dict[tuple[str, ...], str] = {
    # cities and launch sites
    ("moscow",): "Europe/Moscow", ("star", "city"): "Europe/Moscow",
    ("korolev",): "Europe/Moscow", ("beijing",): "Asia/Shanghai",
    ("shanghai",): "Asia/Shanghai", ("jiuquan",): "Asia/Shanghai",
    ("wenchang",): "Asia/Shanghai", ("xichang",): "Asia/Shanghai",
    ("taiyuan",): "Asia/Shanghai", ("hong", "kong"): "Asia/Hong_Kong",
    ("tokyo",): "Asia/Tokyo", ("tanegashima",): "Asia/Tokyo", ("sagamihara",): "Asia/Tokyo",
    ("tsukuba",): "Asia/Tokyo", ("kagoshima",): "Asia/Tokyo", ("new", "delhi"): "Asia/Kolkata",
    ("delhi",): "Asia/Kolkata", ("bengaluru",): "Asia/Kolkata", ("bangalore",): "Asia/Kolkata",
    ("sriharikota",): "Asia/Kolkata", ("chennai",): "Asia/Kolkata", ("mumbai",): "Asia/Kolkata",
    ("thiruvananthapuram",): "Asia/Kolkata", ("washington",): "America/New_York",
    ("new", "york"): "America/New_York", ("cape", "canaveral"): "America/New_York",
    ("kennedy", "space", "center"): "America/New_York", ("houston",): "America/Chicago",
    ("pasadena",): "America/Los_Angeles", ("los", "angeles"): "America/Los_Angeles",
    ("hawthorne",): "America/Los_Angeles", ("vandenberg",): "America/Los_Angeles",
    ("baikonur",): "Asia/Qyzylorda", ("astana",): "Asia/Almaty", ("almaty",): "Asia/Almaty",
    ("paris",): "Europe/Paris", ("darmstadt",): "Europe/Berlin", ("berlin",): "Europe/Berlin",
    ("london",): "Europe/London", ("kourou",): "America/Cayenne",
    ("vostochny",): "Asia/Yakutsk", ("tsiolkovsky",): "Asia/Yakutsk",
    ("blagoveshchensk",): "Asia/Yakutsk", ("seoul",): "Asia/Seoul", ("goheung",): "Asia/Seoul",
    ("naro",): "Asia/Seoul", ("tel", "aviv"): "Asia/Jerusalem", ("jerusalem",): "Asia/Jerusalem",
    ("dubai",): "Asia/Dubai", ("abu", "dhabi"): "Asia/Dubai", ("canberra",): "Australia/Sydney",
    ("sydney",): "Australia/Sydney", ("kyiv",): "Europe/Kyiv", ("korolyov",): "Europe/Moscow",
    ("baikonur", "cosmodrome"): "Asia/Qyzylorda", ("vostochny", "cosmodrome"): "Asia/Yakutsk",
    ("boca", "chica"): "America/Chicago", ("starbase",): "America/Chicago",
    # countries and regions with one clock
    ("japan",): "Asia/Tokyo", ("india",): "Asia/Kolkata", ("china",): "Asia/Shanghai",
    ("israel",): "Asia/Jerusalem", ("south", "korea"): "Asia/Seoul",
    ("france",): "Europe/Paris", ("germany",): "Europe/Berlin", ("italy",): "Europe/Rome",
    ("french", "guiana"): "America/Cayenne", ("florida",): "America/New_York",
    ("new", "zealand"): "Pacific/Auckland", ("uae",): "Asia/Dubai",
}  # fmt: skip
"""Places with one clock, lower case word by word. A clock placed by one ("12:20 a.m.
Saturday in Japan", "18:00 at the Vostochny cosmodrome") is in its zone; they are
the extractor's dateline cities too. Russia, the United States, Kazakhstan and other
countries of several zones are left out, and so is "Korea" alone (North Korea kept
UTC+8:30 from 2015 to 2018). Three keep the clock of the place the news means:
"Florida" is the space coast (the panhandle keeps Central time), "Washington" the
capital, "New Zealand" the main islands (the Chatham Islands keep their own)."""

ZONE_ABBREVIATIONS: dict[str, ZoneEntry] = {
    "UTC": _UTC,
    "UT": _UTC,
    "GMT": _UTC,
    "Z": _UTC,
    "MSK": _MOSCOW,
    "BJT": _BEIJING,
    "JST": ZoneEntry("Asia/Tokyo", 540),
    "IST": ZoneEntry("Asia/Kolkata", 330),
    "ET": _NEW_YORK,
    "EST": ZoneEntry("America/New_York", -300),
    "EDT": ZoneEntry("America/New_York", -240),
    "PT": _LOS_ANGELES,
    "PST": ZoneEntry("America/Los_Angeles", -480),
    "PDT": ZoneEntry("America/Los_Angeles", -420),
    "CT": _CHICAGO,
    "CDT": ZoneEntry("America/Chicago", -300),
    "CET": ZoneEntry("Europe/Paris", 60),
    "CEST": ZoneEntry("Europe/Paris", 120),
    # Launch sites and agencies further afield: Naro and Nuri (Korea), Rocket Lab's
    # Mahia pad (New Zealand), Alcantara (Brazil), the UAE's and Iran's launches.
    "KST": ZoneEntry("Asia/Seoul", 540),
    "HKT": ZoneEntry("Asia/Hong_Kong", 480),
    "SGT": ZoneEntry("Asia/Singapore", 480),
    "AEST": ZoneEntry("Australia/Sydney", 600),
    "AEDT": ZoneEntry("Australia/Sydney", 660),
    "NZST": ZoneEntry("Pacific/Auckland", 720),
    "NZDT": ZoneEntry("Pacific/Auckland", 780),
    "BRT": ZoneEntry("America/Sao_Paulo", -180),
    "GST": ZoneEntry("Asia/Dubai", 240),
    "IRST": ZoneEntry("Asia/Tehran", 210),
    "HST": ZoneEntry("Pacific/Honolulu", -600),
    "MDT": ZoneEntry("America/Denver", -360),
    "IDT": ZoneEntry("Asia/Jerusalem", 180),
}
"""Zone abbreviations, matched case-sensitively: "et al." is not Eastern time.
``UTC`` and ``GMT`` may carry an offset: "GMT+3", "UTC+03:00", "UTC-5"."""

OFFSET_PREFIXES: frozenset[str] = frozenset({"UTC", "GMT"})
"""Abbreviations that may carry an offset: "GMT+3", "UTC+03:00", "UTC-5"."""

WEAK_ZONE_ABBREVIATIONS: frozenset[str] = frozenset({"Z", "UT", "ET", "PT", "CT", "IST"})
"""Abbreviations that are also ordinary words or initials: they count only beside a
clock or a date, never as a zone named elsewhere in the sentence."""

UNKNOWN_ZONE_WORDS: frozenset[str] = frozenset({"time"})
"""A capitalized word before one of these, right after a clock, that is not a known
zone phrase ("14:00 Mars time") is reported as an unknown zone."""

NOT_ZONE_NAMES: frozenset[str] = frozenset(
    {"this", "that", "these", "those", "the", "a", "an", "next", "last", "each", "every",
     "some", "any", "no", "one", "first", "same", "what", "which", "whose", "at", "by",
     "in", "on", "for", "from", "other", "another", "such", "much", "more", "most",
     "our", "their", "its", "his", "her", "my", "your", "all", "both", "half", "full",
     "part", "long", "short", "free", "spare", "over", "down", "lead", "run", "real"}
)  # fmt: skip
"""Capitalized words before "time" that name no zone, which open sentences and
phrases ("This time, ...", "Each time ..."): "2 p.m. This time" is no unknown zone."""

GROUP_CONNECTORS: frozenset[str] = frozenset(
    {"at", "on", "of", "the", "in", ",", "(", ")", "morning", "afternoon", "evening", "night"}
)
"""Words and marks that may stand between the parts of one timestamp
("2:10 a.m. Moscow time on August 11", "Wednesday, August 16")."""

DASHES: frozenset[str] = frozenset({"-", "–", "—"})
"""The hyphen, en dash and em dash, which join the ends of a range ("12-14 August")."""

RANGE_OPENERS: dict[str, frozenset[str]] = {
    "between": frozenset({"and", "&"}),
    "from": frozenset({"to", "through", "until", "till", *DASHES}),
}
"""Words that open a range, and the words that may join its two ends."""

LIST_JOINERS: frozenset[str] = frozenset({"and", "&"})
EITHER_JOINERS: frozenset[str] = frozenset({"or"})
RANGE_JOINERS: frozenset[str] = frozenset({*DASHES, "to", "through"})
"""Inside one date: "August 12 and 14" is a list, "August 21 or 22" alternatives (one
of them, not said which), "August 12-14" a range."""

PERIOD_ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4}
PERIOD_UNITS: dict[str, int] = {"quarter": 4, "half": 2}
"""Quarters and halves of a year, by how many there are in one: "the third quarter
of 2026" (July to September), "the second half of 2026" (July to December)."""
PERIOD_LETTERS: dict[str, int] = {"Q": 4, "H": 2}
"""The capital letters that write them in short, glued to the number: "Q3 2026"."""

# -- hedges and bounds -------------------------------------------------------------

APPROXIMATORS: frozenset[tuple[str, ...]] = frozenset(
    {
        ("about",), ("around",), ("approximately",), ("approx",), ("roughly",),
        ("circa",), ("ca",), ("nearly",), ("almost",),
        ("shortly", "after"), ("shortly", "before"), ("soon", "after"),
        ("just", "after"), ("just", "before"), ("early", "on"), ("late", "on"),
        ("in", "the", "early", "hours", "of"), ("in", "the", "small", "hours", "of"),
        ("late", "in", "the", "day", "on"), ("early", "in", "the", "day", "on"),
        ("a", "little", "after"), ("a", "little", "before"), ("within", "days", "of"),
    }
)  # fmt: skip
"""Phrases that set ``approximate`` on the timestamp that follows them."""

BOUNDS: dict[tuple[str, ...], Literal["not_before", "not_after"]] = {
    ("no", "earlier", "than"): "not_before",
    ("not", "earlier", "than"): "not_before",
    ("no", "sooner", "than"): "not_before",
    ("not", "before"): "not_before",
    ("NET",): "not_before",
    ("no", "later", "than"): "not_after",
    ("not", "later", "than"): "not_after",
    ("not", "after"): "not_after",
    ("on", "or", "before"): "not_after",
    ("on", "or", "after"): "not_before",
    ("as", "early", "as"): "not_before",
    ("at", "the", "earliest"): "not_before",
    ("at", "the", "latest"): "not_after",
    ("by",): "not_after",
}
"""Phrases that set ``qualifier``, the bound included: "no later than August 21"
may be August 21. ``NET`` is matched in capitals only."""

BOUNDS_AFTER: dict[tuple[str, ...], Literal["not_before", "not_after"]] = {
    ("or", "later"): "not_before",
    ("or", "earlier"): "not_after",
    ("at", "the", "earliest"): "not_before",
    ("at", "the", "latest"): "not_after",
}
"""Bounds written after their time: "in 2026 or later", "on August 21 at the earliest".
Those of them in :data:`BOUNDS` too may stand before it: "at the earliest in 2025"."""

NEGATIONS: frozenset[str] = frozenset(
    {"not", "never", "won't", "wouldn't", "can't", "cannot", "isn't", "aren't", "doesn't",
     "don't", "didn't", "no"}
)  # fmt: skip
"""Words that make a following "until" a lower bound: "will not fly until 2026"."""

CLAUSE_JOINERS: frozenset[str] = frozenset({"and", "but", ",", ";", "or"})
"""Words and marks that end the clause a negation may reach from."""

NEGATION_STOPS: frozenset[str] = frozenset(
    {"whether", "if", "that", "sure", "clear", "known", "certain", "problem", "rule", "rules",
     "ruled", "ruling", "exclude", "excludes", "excluded", "excluding"}
)  # fmt: skip
"""Words between a negation and a bound that keep the negation off it: "not sure it will
fly before 2027", "not a problem if the crew stays until February" (the negation is of
another verb), "has not ruled out a launch before 2027" (a negative verb, negated)."""

STRICT_BOUNDS: dict[tuple[str, ...], Literal["not_before", "not_after"]] = {
    ("before",): "not_after",
    ("prior", "to"): "not_after",
    ("after",): "not_before",
}
"""Phrases that bound a timestamp and leave the bound out: "before August 21" is
``not_after`` August 20 and "after 2023" ``not_before`` 2024 (one unit of the
precision on), so that the interval ends exactly where the text says. A clock is
an instant in such a phrase: "before 3 a.m." ends at 03:00 (``not_after`` the hour
from 02:00), "after 2 a.m." starts at 02:00. With a part of a period the bound
is already exact: "before the end of 2024" is ``not_after`` 2024."""

Part = Literal["start", "end", "early", "mid", "late", "week"]

PARTS: dict[tuple[str, ...], Part] = {
    ("the", "end", "of"): "end",
    ("end", "of"): "end",
    ("the", "beginning", "of"): "start",
    ("beginning", "of"): "start",
    ("the", "start", "of"): "start",
    ("start", "of"): "start",
    ("early",): "early",
    ("mid",): "mid",
    ("the", "week", "of"): "week",
    ("week", "of"): "week",
    ("the", "middle", "of"): "mid",
    ("middle", "of"): "mid",
    ("late",): "late",
}
"""Parts of a month or year, and what the resolver makes of them:

* "the end of 2022" → December 2022, month precision, approximate (the last
  month, widened by half a month each side); "the beginning of 2023" → January 2023
  the same way.
* "early 2023" / "mid-2023" / "late 2023" → the year itself, approximate: these
  are looser.
* "the end of August", "early August", "mid-August", "the middle of August" →
  August, month precision, approximate.
* "the week of Nov. 14" → the Monday-to-Sunday week that holds that day, as a
  range (the way "last week" is read).
* With a bound the part is exact: "by the end of 2024" / "no later than the end
  of 2024" → 2024 with qualifier ``not_after``; "no earlier than the beginning of
  2025" → 2025 with ``not_before``.
"""

# -- relative words --------------------------------------------------------------

RELATIVE_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tomorrow": 1}
DAY_PARTS: frozenset[str] = frozenset({"morning", "afternoon", "evening", "night", "tonight"})
"""Parts of a day: "this morning" and "tonight" are the reference day, "last night"
the day before, and "Tuesday night" is Tuesday."""
AFTER_NOON: frozenset[str] = frozenset({"afternoon", "evening", "night", "tonight"})
"""Parts of a day that put a bare clock after noon: "at 6:04 this evening" is 18:04
("at 06:04", "at 18:04" and "at 6:04 a.m." say their half themselves)."""
NIGHT_WORDS: frozenset[str] = frozenset({"night", "tonight"})
"""A night may run past midnight: its day is approximate unless a clock says when."""
RELATIVE_SHIFTS: dict[str, int] = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1}
RELATIVE_UNITS: frozenset[str] = frozenset({"week", "month", "year"})
RANGE_WORDS: dict[str, Literal["earlier", "later"]] = {"earlier": "earlier", "later": "later"}
"""``earlier this week`` is the week's Monday with qualifier ``not_before`` (the
event fell between that Monday and the reference); ``later this month`` is the
month's last day with ``not_after``."""
WEEKDAY_SHIFTS: dict[str, int] = {"last": -1, "next": 1, "this": 0}
"""``last Saturday`` is strictly before the reference day, ``next Saturday`` strictly after."""

# -- tense -----------------------------------------------------------------------

FUTURE_WORDS: frozenset[str] = frozenset(
    {"will", "won't", "shall", "slated", "scheduled", "due", "expected", "planned", "plans",
     "plan", "intends", "upcoming", "forthcoming", "targeting", "targeted", "aims", "aiming",
     "going", "postponed", "rescheduled", "delayed", "would", "should"}
)  # fmt: skip
"""Words that put a sentence in the future: they break near ties in year completion
and make a bare weekday the next one rather than the last."""

FUTURE_PHRASES: frozenset[tuple[str, str]] = frozenset(
    {("is", "to"), ("are", "to"), ("to", "be"), ("set", "for"), ("set", "to"), ("hope", "to"),
     ("hopes", "to"), ("hoping", "to")}
)  # fmt: skip
"""Word pairs that put a sentence in the future ("is to land", "is set for Saturday",
"hope to launch"; "the Hope probe" is a name)."""

REPORTING_WORDS: frozenset[str] = frozenset(
    {"said", "says", "announced", "reported", "told", "stated", "added", "confirmed"}
)
"""Past-tense words that tell of the report, not the event: they make a sentence
past only when nothing in it speaks of the future ("said the landing would take
place on Wednesday" is a coming Wednesday)."""

SLIP_VERBS: frozenset[str] = frozenset(
    {"postponed", "delayed", "rescheduled", "pushed", "slipped", "shifted", "bumped",
     "postpones", "delays", "pushes", "slips", "reschedules"}
)  # fmt: skip
"""Verbs that move an event: a date after one of them and "to" or "until" is the new
date, still to come ("was postponed to Saturday", "pushed the launch back to Monday").
"moved" and "put" are left out: things are moved to the pad, and put into orbit."""
PAST_WORDS: frozenset[str] = frozenset(
    {"was", "were", "had", "did", "said", "launched", "landed", "lifted", "docked",
     "undocked", "entered", "lost", "crashed", "reported", "announced", "took", "began",
     "ended", "completed", "reached", "performed", "adjusted", "conducted", "held",
     "signed", "presented", "separated", "returned", "fired", "made", "carried",
     "delivered", "touched", "deployed", "collided", "failed", "occurred", "happened",
     "flew", "sent", "fell", "left", "became", "broke", "rose", "spun", "struck", "went",
     "came", "saw", "got", "won", "built", "spent", "told", "wrote", "passed", "arrived",
     "splashed", "blasted", "orbited", "circled", "ignited", "released", "received",
     "transmitted", "confirmed", "recorded", "observed", "captured", "detected",
     "ago"}
)  # fmt: skip
"""Auxiliaries and past-tense verbs common in space news. A sentence with words
from both lists ("was slated for") has no tense."""

TIE_WINDOW_DAYS = 90
"""Year completion picks the year that puts a date nearest the reference. When the
nearest and the runner-up are within this many days of each other (the date falls
four and a half to seven and a half months from the reference), the sentence's
tense decides instead: "will land in September", in a February report, is the
coming September, seven months on, not the last one, five months back. Nearer the
reference the nearest year wins whatever the tense, because a sentence's tense
words may belong to another clause ("said it would fly no earlier than Sept 2")."""

# -- glue ------------------------------------------------------------------------

FILLERS: frozenset[str] = frozenset(
    {"at", "on", "in", "of", "the", "for", "during", "and", ",", ".", "(", ")", ";", "—", "–",
     "morning", "afternoon", "evening", "night"}
)  # fmt: skip
"""Words and marks that may surround a timestamp in :func:`parse_timestamp` input."""

CONTEXT_WORDS: frozenset[str] = frozenset(
    {"at", "in", "by", "since", "until", "till", "for", "from", "of", "during", "between",
     "before", "after", "through", "throughout", "around", "about", "year"}
)  # fmt: skip
"""Words that make a bare year ("in 2026") or a bare month ("in June") a date in
free text; without them "2026" and "June" alone are not taken as timestamps."""

YEAR_RANGE: tuple[int, int] = (1900, 2199)
"""Four-digit numbers read as years; others ("1457 GMT", "a 2500 km orbit") are not."""

MAX_LIST = 16
"""The longest list the grammar reads ("3, 5 and 7 September"): a bound that keeps
scanning linear on hostile input such as a megabyte of "1, 2, 3, …"."""
