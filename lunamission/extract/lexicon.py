"""The extractor's vocabulary, as data: the first stage of the article pipeline.

Pipeline: **lexicon** → dateline / sentences → entities (missions, vehicles,
sites) and classify (event phrases, status, outcome) → api (timestamps from the
parser attached to events, provenance) → :class:`~lunamission.Timeline`.

Every phrase the extractor knows lives in a table here. Phrases are small
regular expressions over words (a space matches any run of white space, and
the compiler adds word boundaries); adding one never touches extractor logic.

>>> EVENT_PHRASES[EventKind.LANDING][0].pattern
'touch(?:ed|es|ing)? down'
>>> STATUS_MARKERS[Status.CANCELLED][0]
'cancell?ed'

The layout vocabulary of wire reports (datelines, agencies, abbreviations) is in
:mod:`lunamission.extract.wire`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..models import EventKind, Outcome, Status

__all__ = [
    "CLAUSE_BREAKS",
    "EVENT_PHRASES",
    "KNOWN_MISSIONS",
    "MISSION_SERIES",
    "NEGATIONS",
    "NOT_MISSIONS",
    "NOUN_MODIFIERS",
    "OUTCOME_WORDS",
    "REPORTING_GLUE",
    "REPORTING_VERBS",
    "SITE_NAMES",
    "SITE_SUFFIXES",
    "STATUS_MARKERS",
    "VEHICLE_ADJECTIVES",
    "VEHICLE_NAMES",
    "VEHICLE_NOUNS",
    "KnownMission",
    "Phrase",
]

Form = Literal["verb", "noun"]


@dataclass(frozen=True, slots=True)
class Phrase:
    """An event phrase: its pattern and whether it reads as a verb or a noun.

    A verb ("landed", "is expected to land") is planned only when a planned
    marker comes before it in its clause; a noun ("its landing ... was slated")
    takes a marker anywhere in its clause.
    """

    pattern: str
    form: Form = "verb"


def _v(*patterns: str) -> tuple[Phrase, ...]:
    return tuple(Phrase(p, "verb") for p in patterns)


def _n(*patterns: str) -> tuple[Phrase, ...]:
    return tuple(Phrase(p, "noun") for p in patterns)


_BE = r"(?:is|are|was|were|be|been|being|had been|has been|have been)"
_ITS = r"(?:its|their|the|his|her|a)"
_COURSE = r"(?:flight path|trajectory|course|flight trajectory)"
_CONTACT = (
    r"(?:communications?|contact|radio contact|radio communication|the signal|signals?|touch)"
)
_FIX = r"(?:course|trajectory|mid-course) corrections?"
_WITH = r"(?: with (?:\S+ ){0,5}?\S+)?"  # "communication with the space module"

EVENT_PHRASES: dict[EventKind, tuple[Phrase, ...]] = {
    # Order matters only where two phrases start at the same word: the longer
    # reading is listed first ("crash-landed" is an impact, not a landing).
    EventKind.IMPACT: (
        *_v(
            r"crash(?:ed|es|ing)?[- ]land(?:ed|s|ing)?",
            r"crash(?:ed|es)?(?: in| into| on| onto)?",
            r"collided with the (?:\S+ ){0,3}?surface",
            r"(?:slammed|smashed|plunged|plowed|ploughed) into",
            r"impacted",
        ),
        *_n(r"hard landing", r"(?:the|its|a) crash"),
    ),
    EventKind.LANDING: (
        *_v(
            r"touch(?:ed|es|ing)? down",
            r"(?:soft[- ])?landed",
            r"lands",
            r"set down",
            r"(?:to|will|would|should|could|can|may|might|must) (?:soft[- ])?land",
            r"splashed down",
            r"(?:return(?:ed|s|ing)?|c[ao]me back) to (?:the )?Earth",
        ),
        *_n(
            r"touchdown",
            r"splashdown",
            r"soft[- ]landing",
            r"(?:its|the|their|a|his|her) (?!(?:hard|crash)[- ])(?:\S+ )?landing",
            r"landing (?:attempt|bid|manoeuvre|maneuver)",
        ),
    ),
    EventKind.LAUNCH: (
        *_v(
            rf"{_BE} (?:successfully )?launched",
            r"launch(?:ed|es)",
            r"lift(?:ed|s|ing)? off",
            r"blast(?:ed|s|ing)? off",
            r"took off",
            r"rocketed",
            r"(?:to|will|would) (?:be )?launch",
        ),
        *_n(
            r"lift-?off",
            r"blast-?off",
            r"(?:its|the|their|a|his|her) (?:\S+ )?launch",
        ),
    ),
    EventKind.TRAJECTORY_CORRECTION: (
        *_v(
            rf"(?:adjust|correct)(?:ed|s|ing)? {_ITS} {_COURSE}",
            rf"(?:made|performed|carried out|conducted) {_ITS} (?:\S+ ){{0,2}}?{_FIX}",
        ),
        *_n(
            r"(?:mid-?course|course|trajectory) (?:correction|adjustment|manoeuvre|maneuver)s?",
        ),
    ),
    EventKind.ORBIT_INSERTION: (
        *_v(
            r"(?:entered|enters|entering|enter) (?:\S+ ){0,4}?orbit",
            rf"{_BE} (?:\S+ )?(?:inserted|placed|put) into (?:\S+ ){{0,3}}?orbit",
            r"(?:went|goes|go) into (?:\S+ ){0,3}?orbit",
            r"arrived in (?:\S+ ){0,3}?orbit",
            r"braked",
            rf"{_BE} captured by the (?:\S+ ){{0,2}}?gravity",
        ),
        *_n(
            r"(?:lunar |Moon |orbit |orbital )?orbit insertion",
            r"(?:lunar |near-Moon |near-lunar )?braking (?:manoeuvre|maneuver|burn)",
        ),
    ),
    EventKind.ORBIT_CHANGE: (
        *_v(
            r"received an impulse",
            rf"fired {_ITS} (?:\S+ )?engines?",
            rf"(?:lowered|raised|changed|adjusted|corrected) {_ITS} orbit",
            r"deboost(?:ed|ing)?",
            r"(?:moved|transferred|shifted) (?:in)?to (?:\S+ ){0,4}?orbit",
        ),
        *_n(
            r"orbit[- ](?:raising|lowering|change|correction|adjustment|manoeuvre|maneuver)s?",
            r"(?:engine|deorbit|orbital) burns?",
            r"deboosting (?:manoeuvre|maneuver|operation|burn)",
        ),
    ),
    EventKind.LOSS_OF_CONTACT: (
        *_v(
            rf"{_CONTACT}{_WITH} {_BE} (?:lost|interrupted|cut|severed)",
            rf"lost {_CONTACT}",
            r"(?:went|fell) silent",
            r"stopped responding",
        ),
        *_n(rf"loss of {_CONTACT}", r"communication (?:loss|breakdown)"),
    ),
    EventKind.CONTACT_RESTORED: (
        *_v(
            rf"{_CONTACT}{_WITH} {_BE} (?:restored|re-?established|resumed|regained)",
            rf"(?:restored|re-?established|regained|resumed) {_CONTACT}",
        ),
    ),
    EventKind.UNDOCKING: (
        *_v(r"undock(?:ed|s|ing)?"),
        *_n(r"undocking"),
    ),
    EventKind.DOCKING: (
        *_v(r"docked", r"docks", r"(?:to|will|would|and) dock", r"berthed"),
        *_n(r"docking"),
    ),
    EventKind.DEORBIT: (
        *_v(r"re-?entered (?:the )?(?:\S+ )?atmosphere", r"deorbited", r"burned up"),
        *_n(r"re-?entry", r"deorbit(?:ing)?(?! burn)"),
    ),
    EventKind.END_OF_MISSION: (
        *_v(
            rf"{_BE} decommissioned",
            r"ceased (?:operations|functioning|to function)",
            r"(?:mission|operations) (?:ended|came to an end|was completed|was terminated)",
        ),
        *_n(r"end of (?:the|its) mission"),
    ),
    EventKind.ANOMALY: (
        *_v(
            r"malfunctioned",
            r"(?:not|stopped) generating (?:electricity|power)",
            r"(?:began|started) leaking",
            r"leak(?:ed|s)",
            r"sprang a (?:\S+ )?leak",
        ),
        *_n(
            r"(?:an |the )?(?:anomaly|malfunction|abnormal situation|emergency situation)",
            r"(?:a|the) (?:\S+ )?leak",
        ),
    ),
    EventKind.OTHER: (
        *_v(r"separated from"),
        *_n(r"separation (?:from|of)"),
    ),
}
"""Event phrases by kind. Patterns are case-insensitive and word-bounded; a
hyphen before a phrase blocks it ("pre-landing" is no landing)."""

NOUN_MODIFIERS: frozenset[str] = frozenset(
    {
        "vehicle", "vehicles", "site", "sites", "pad", "pads", "complex", "window", "windows",
        "area", "zone", "module", "modules", "platform", "legs", "gear", "base", "facility",
        "services", "service", "provider", "market", "escape", "tower", "team", "campaign",
        "rehearsal", "rehearsals", "rate", "cadence", "date", "dates", "schedule", "mass",
        "accuracy", "capability", "capabilities", "system", "systems", "technology",
        "point", "ellipse", "region", "radar", "camera", "cameras", "engine", "engines",
        "sequence", "crater", "mission", "missions", "program", "programme", "record",
    }
)  # fmt: skip
"""A noun followed by one of these is a modifier, not an event ("launch vehicle",
"landing site", "landing module")."""

STATUS_MARKERS: dict[Status, tuple[str, ...]] = {
    Status.CANCELLED: (
        r"cancell?ed", r"called off", r"scrubbed", r"abandoned", r"scrapped",
    ),
    Status.PLANNED: (
        r"slated", r"(?<!as\s)scheduled", r"(?<!as\s)(?<!than\s)expected", r"will", r"shall",
        r"would", r"(?:is|are|was|were) to",
        r"(?:is|are|was|were) due", r"due to", r"set to", r"(?<!as\s)plan(?:s|ned)?(?: to| for)?",
        r"aims? to", r"intends? to", r"(?:is|are) going to", r"targeting", r"targeted",
        r"hopes? to", r"upcoming", r"forthcoming", r"postponed", r"rescheduled", r"delayed",
    ),
}  # fmt: skip
"""Words that make an event planned or cancelled. Cancelled wins over planned:
"the launch scheduled for August 10 was scrubbed" did not happen."""

NEGATIONS: tuple[str, ...] = (
    r"did not", r"didn't", r"failed to", r"could not", r"couldn't", r"was unable to",
    r"were unable to", r"never", r"not",
)  # fmt: skip
"""Words just before an event verb that say the attempt failed ("failed to enter orbit")."""

NEGATION_WINDOW = 3
"""How many words may stand between a negation and the event it negates."""

OUTCOME_WORDS: dict[Outcome, tuple[str, ...]] = {
    Outcome.FAILURE: (
        r"crash(?:ed|es)?", r"crash-land(?:ed|s|ing)?", r"destroyed", r"failed", r"failure",
        r"unsuccessful(?:ly)?", r"hard landing", r"accident",
    ),
    Outcome.PARTIAL: (r"partial(?:ly)?(?: success(?:ful)?)?",),
    Outcome.SUCCESS: (
        r"successful(?:ly)?", r"safely", r"smoothly", r"as planned", r"nominal(?:ly)?",
        r"precisely", r"perfect(?:ly)?",
    ),
}  # fmt: skip
"""Words in an event's clause that say how it went, strongest first."""

CLAUSE_BREAKS: tuple[str, ...] = (
    r";", r":", r" — ", r" – ", r" -- ", r", and ", r", but ", r", while ", r", whereas ",
    r", which ", r", who ", r", where ", r", after which ", r", before which ", r", although ",
    r", though ", r", however,",
)  # fmt: skip
"""Where one clause of a sentence ends: markers, outcomes and timestamps stay in
the clause of their event."""

# -- missions, vehicles, sites -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KnownMission:
    """A real mission the extractor knows by name, with the names news use for it."""

    name: str
    aliases: tuple[str, ...] = ()
    operator: str | None = None
    target: str | None = None


KNOWN_MISSIONS: tuple[KnownMission, ...] = (
    KnownMission("Luna-25", ("Luna 25", "Luna-Glob", "Luna-Glob lander"), "Roscosmos", "Moon"),
    KnownMission("Chandrayaan-3", ("Chandrayaan 3", "Vikram", "Pragyan"), "ISRO", "Moon"),
    KnownMission("Chandrayaan-2", ("Chandrayaan 2",), "ISRO", "Moon"),
    KnownMission(
        "SLIM",
        ("Smart Lander for Investigating Moon", "Moon Sniper"),
        "JAXA",
        "Moon",
    ),
    KnownMission("Chang'e-6", ("Chang'e 6", "Chang’e-6", "Chang’e 6"), "CNSA", "Moon"),
    KnownMission("Chang'e-5", ("Chang'e 5", "Chang’e-5", "Chang’e 5"), "CNSA", "Moon"),
    KnownMission("Chang'e-4", ("Chang'e 4", "Chang’e-4", "Chang’e 4", "Yutu-2"), "CNSA", "Moon"),
    KnownMission("Artemis I", ("Artemis 1",), "NASA", "Moon"),
    KnownMission("Artemis II", ("Artemis 2",), "NASA", "Moon"),
    KnownMission("Peregrine", ("Peregrine Mission One",), "Astrobotic", "Moon"),
    KnownMission("IM-1", ("Odysseus",), "Intuitive Machines", "Moon"),
    KnownMission("Beresheet", (), "SpaceIL", "Moon"),
    KnownMission("Hakuto-R M1", ("Hakuto-R",), "ispace", "Moon"),
    KnownMission("Queqiao", ("Queqiao-1", "Queqiao 1"), "CNSA", "Moon"),
    KnownMission("Tianwen-1", ("Tianwen 1", "Zhurong"), "CNSA", "Mars"),
)
"""Missions known by name (checked before the name-number pattern)."""

MISSION_SERIES: tuple[str, ...] = (
    "Luna", "Chandrayaan", "Chang'e", "Chang’e", "Shenzhou", "Tianzhou", "Tianwen", "Artemis",
    "Apollo", "Soyuz MS", "Progress MS", "Soyuz TMA", "Crew", "Kosmos", "Cosmos", "Queqiao",
    "Hayabusa", "Mars", "Venera", "Yutu", "Danuri",
)  # fmt: skip
"""Series whose numbered missions may be written with a space ("Luna 25",
"Artemis II") rather than the hyphen the general pattern expects."""

NOT_MISSIONS: frozenset[str] = frozenset(
    {"covid", "mig", "su", "tu", "an", "il", "g", "mi", "ka", "f", "b", "c", "mk", "no",
     "rs", "us", "t", "x"}
)  # fmt: skip
"""Name-number words that are never missions (aircraft, "COVID-19", "Rs 615-crore")."""

VEHICLE_NAMES: tuple[str, ...] = (
    r"Soyuz-2\.1[abv]", r"Soyuz-(?:FG|U|ST-[AB]|5)", r"Proton-M", r"Angara-A5", r"Rokot",
    r"Long March[- ]?\d{1,2}[A-Z]?(?: Y\d{1,2})?", r"LVM3(?:-M\d+)?", r"GSLV(?: Mk ?I{1,3}|-F\d+)?",
    r"PSLV(?:-C\d+)?", r"SSLV", r"H-IIA", r"H-IIB", r"H3", r"Epsilon", r"Falcon 9",
    r"Falcon Heavy", r"Atlas V", r"Vulcan(?: Centaur)?", r"Ariane [56]", r"Vega(?:-C)?",
    r"Electron", r"Space Launch System", r"SLS", r"Starship", r"Kuaizhou-\d+[A-Z]?",
    r"Zhuque-\d", r"Delta IV Heavy", r"Antares", r"New Glenn",
)  # fmt: skip
"""Launch vehicles by name; "Soyuz-2.1b" is a rocket, never a mission."""

VEHICLE_NOUNS: tuple[str, ...] = (
    r"carrier rocket",
    r"carrier vehicle",
    r"launch vehicle",
    r"rocket",
    r"booster",
)
"""Nouns that make the capitalized words before them a vehicle name ("a Naro rocket")."""

VEHICLE_ADJECTIVES: frozenset[str] = frozenset(
    {"russian", "chinese", "indian", "japanese", "american", "european", "u.s.", "us",
     "heavy-lift", "new", "the", "a", "an"}
)  # fmt: skip
"""Words dropped from the front of a vehicle name found before a vehicle noun."""

SITE_SUFFIXES: tuple[str, ...] = (
    r"Cosmodrome", r"Space Cent(?:er|re)", r"Space Launch (?:Site|Cent(?:er|re))",
    r"Satellite Launch Cent(?:er|re)", r"Launch Cent(?:er|re)", r"Launch Complex(?: \d+[A-Z]?)?",
    r"Launch Site", r"Spaceport", r"Space Force Station", r"Air Force Station",
    r"Air Force Base", r"Space Force Base",
)  # fmt: skip
"""Endings that make the capitalized words before them a launch site ("Vostochny
Cosmodrome"). Landing places (craters, basins) are not sites: ``Event.site`` is
where a launch left from."""

SITE_NAMES: tuple[str, ...] = (
    r"Baikonur", r"Plesetsk", r"Vostochny", r"Sriharikota", r"Jiuquan", r"Xichang",
    r"Taiyuan", r"Wenchang", r"Kourou", r"Cape Canaveral", r"Vandenberg", r"Tanegashima",
    r"Uchinoura", r"Mahia", r"Boca Chica",
)  # fmt: skip
"""Sites named without a suffix; a suffixed name ("Baikonur Cosmodrome") wins."""

REPORTING_VERBS: frozenset[str] = frozenset(
    {"said", "says", "say", "announced", "announces", "reported", "reports", "told", "stated",
     "added", "confirmed", "declared", "noted", "explained", "wrote", "tweeted", "posted",
     "disclosed", "revealed", "informed"}
)  # fmt: skip
"""A date right after one of these dates the statement, not the event ("said on Sunday")."""

REPORTING_GLUE: frozenset[str] = frozenset({"on", "in", "at", "late", "early", "this", "last"})
"""Words that may stand between a reporting verb and the date it governs."""
