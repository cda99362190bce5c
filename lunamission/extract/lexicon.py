"""The extractor's vocabulary, as data: the first stage of the article pipeline.

Pipeline: **lexicon** → dateline / sentences → entities (missions, vehicles,
sites) and classify (event phrases, status, outcome) → attach (timestamps from
the parser tied to the verbs they date) → api (provenance) →
:class:`~lunamission.Timeline`.

Every phrase the extractor knows lives in a table here. Phrases are small
regular expressions over words (a space matches any run of white space, and
the compiler adds word boundaries); adding one never touches extractor logic.

>>> EVENT_PHRASES[EventKind.LANDING][0].pattern
'touch(?:ed|es|ing)? down'
>>> STATUS_MARKERS[Status.CANCELLED][0]
'cancell?ed'

The layout vocabulary of wire reports (datelines, agencies, abbreviations) is in
:mod:`lunamission.extract.wire`, the names of missions, vehicles and sites in
:mod:`lunamission.extract.names`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..models import EventKind, Outcome, Status

__all__ = [
    "ATTEMPT_NEGATIONS",
    "CLAUSE_BREAKS",
    "COMPARISON_WORDS",
    "DENIALS",
    "DESCRIPTION_TAILS",
    "EVENT_PHRASES",
    "FORWARD_LINKS",
    "LIST_LINKS",
    "MARKER_STOPS",
    "MARKER_WINDOW",
    "NEGATION_WINDOW",
    "NOUN_MODIFIERS",
    "OUTCOME_WORDS",
    "PASSIVE_AUXILIARIES",
    "PAST_PLANS",
    "PLURAL_NOUN_CUES",
    "RELATIVE_OPENERS",
    "REPORTING_GLUE",
    "REPORTING_VERBS",
    "SELF_PLANNED",
    "SLIP_WORDS",
    "STATUS_MARKERS",
    "SUPERLATIVES",
    "TIME_ANCHORS",
    "Phrase",
]

Form = Literal["verb", "noun"]


@dataclass(frozen=True, slots=True)
class Phrase:
    """An event phrase: its pattern and whether it reads as a verb or a noun.

    A status marker binds to one phrase (see :data:`STATUS_MARKERS`); only a noun
    can be the subject a passive marker reaches back to ("its landing ... was
    slated", "the launch ... was scrubbed").
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
_STATION = (
    r"(?!(?:ground|tracking|relay|weather|power|railway|train|research|bus)\b)"
    r"(?:\S+ )?(?:space )?station"
)
"""A space station ("the station", "the orbiting station", "the Tiangong space
station"), not a ground, tracking or weather one."""

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
            r"(?:to|will|would|should|could|can|may|might|must) splash down",
            r"splash(?:es|ing) down",
            r"(?:return(?:ed|s|ing)?|c[ao]me back) to (?:the )?Earth",
            r"instead of (?:soft[- ])?landing",
            r"ahead of (?:its |their |the )?(?:own )?(?:planned )?(?:soft[- ])?landing",
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
            r"carried (?:\S+ ){0,4}?into (?:space|orbit)",
            r"r[oi]de into (?:space|orbit)",
        ),
        *_n(
            r"launch (?:attempts?|bids?)",
            r"lift-?off",
            r"blast-?off",
            r"(?:its|the|their|a|his|her) (?:\S+ ){0,2}?launch",
            # a date before the noun: "a Nov. 16 launch", "the August 11 launch"
            r"(?:its|the|their|a|his|her) [A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)? launch",
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
            r"(?:arrived in|reached) (?:\S+ ){0,3}?orbit",
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
        *_v(
            r"undock(?:ed|s|ing)?",
            r"separated from the (?:\S+ )?(?:space station|station|orbital station|Tiangong)"
            r"(?: combination)?",
            rf"(?:to|will|would) leave the {_STATION}",
            rf"left the {_STATION}",
        ),
        *_n(r"undocking"),
    ),
    EventKind.DOCKING: (
        *_v(
            r"docked",
            r"docks",
            r"(?:to|will|would|and) dock",
            r"berthed",
            r"latched (?:on ?to|onto)",
            rf"(?:arrived|arrives|arriving) at the {_STATION}",
            rf"reached the {_STATION}",
        ),
        *_n(r"docking"),
    ),
    EventKind.DEORBIT: (
        *_v(
            r"re-?entered (?:the )?(?:\S+ )?atmosphere",
            r"(?:entered|hit) (?:the )?(?:\S+ )?atmosphere",
            r"re-?entering (?:the )?(?:\S+ )?atmosphere",
            r"deorbited",
            r"burned up",
        ),
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

PLURAL_NOUN_CUES: frozenset[str] = frozenset(
    {"in", "of", "the", "its", "their", "more", "fewer", "future", "crewed", "two", "three",
     "several", "many", "successful", "orbital", "commercial", "between", "for"}
)  # fmt: skip
"""Words after which "launches" is the plural noun, not the verb: "a nine-year gap in
launches", "two launches" (no one event)."""

NOUN_MODIFIERS: frozenset[str] = frozenset(
    {
        "vehicle", "vehicles", "site", "sites", "pad", "pads", "complex", "window", "windows",
        "area", "zone", "module", "modules", "platform", "legs", "gear", "base", "facility",
        "services", "service", "provider", "market", "escape", "tower", "team", "campaign",
        "rehearsal", "rehearsals", "rate", "cadence", "date", "dates", "schedule", "mass",
        "accuracy", "capability", "capabilities", "system", "systems", "technology",
        "point", "ellipse", "region", "radar", "camera", "cameras", "engine", "engines",
        "sequence", "crater", "mission", "missions", "program", "programme", "record",
        "opportunity", "opportunities",
    }
)  # fmt: skip
"""A noun followed by one of these is a modifier, not an event ("launch vehicle",
"landing site", "landing module")."""

STATUS_MARKERS: dict[Status, tuple[str, ...]] = {
    Status.CANCELLED: (
        r"cancell?ed", r"called off", r"scrubbed", r"abandoned", r"scrapped", r"ruled out",
        r"aborted", r"stood down",
    ),
    Status.PLANNED: (
        r"slated", r"(?<!\bas\s)scheduled", r"(?<!\bas\s)(?<!\bthan\s)expected", r"will",
        r"shall", r"would", r"(?:is|are|was|were) to", r"(?:is|are|was|were) due", r"due to",
        r"set to", r"supposed to", r"(?<!\bas\s)plan(?:s|ned)?(?: to| for)?", r"aim(?:s|ing)? to",
        r"intends? to", r"(?:is|are) going to", r"targeting", r"targeted", r"hopes? to",
        r"upcoming", r"forthcoming", r"postponed", r"rescheduled", r"delayed",
    ),
}  # fmt: skip
"""Words that make an event planned or cancelled. Each marker binds to one event
phrase of its clause: after a form of *be* (:data:`PASSIVE_AUXILIARIES`: "the
launch was scrubbed", "its landing was slated for") to the nearest noun phrase
before it, else to the first phrase after it within :data:`MARKER_WINDOW` words
and no comma ("called off the launch", "will dock", "has planned a landing"),
each direction falling back to the other. A phrase with both is cancelled: "the
launch scheduled for Tuesday was scrubbed" did not happen."""

MARKER_WINDOW = 8
"""How many words may stand between a marker and the phrase after it that it binds to."""

MARKER_STOPS: frozenset[str] = frozenset(
    {"after", "because", "following", "over", "amid", "when", "since", "as"}
)
"""Words that end a marker's reach forward: what follows is a cause, not the event
the marker governs ("postponed after a coolant leak": the leak is no plan)."""

SLIP_WORDS: tuple[str, ...] = (
    r"postponed", r"delayed", r"rescheduled", r"moved", r"pushed back", r"pushed", r"put off",
    r"slipped", r"shifted", r"bumped", r"postponing", r"delaying", r"moving", r"postponements?",
)  # fmt: skip
"""Words that move an event to another date. A date right after one and "from"
("postponed from Saturday") is the date given up: that attempt is cancelled."""

PAST_PLANS: tuple[str, ...] = (
    r"had been (?:scheduled|planned|slated|set|due|expected|targeted)",
    r"was (?:originally|initially|first) (?:scheduled|planned|slated|set|due|expected)",
    r"were (?:originally|initially|first) (?:scheduled|planned|slated|set|due|expected)",
)
"""A plan told as past ("had been scheduled for February 20"): in a sentence that
also moves or calls the event off (:data:`SLIP_WORDS`, the cancelling markers),
the planned date is the one given up."""

PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being"})
"""A status marker right after one of these is passive and reaches back to its subject."""

SELF_PLANNED: tuple[str, ...] = (
    "to", "will", "would", "should", "could", "can", "may", "might", "must", "instead of",
    "ahead of",
)  # fmt: skip
"""Words that open a phrase and make it planned by themselves ("to land", "will
dock", "instead of landing": the landing that was planned and did not happen;
"ahead of its landing": one still to come)."""

ATTEMPT_NEGATIONS: tuple[str, ...] = (
    r"failed to", r"fails to", r"could not", r"couldn't", r"was unable to", r"were unable to",
)  # fmt: skip
"""Words before an event verb that say it was tried and failed: the event is
actual, its outcome a failure ("failed to land", "could not enter orbit")."""

DENIALS: tuple[str, ...] = (
    r"did not", r"didn't", r"does not", r"doesn't", r"has not", r"hasn't", r"had not",
    r"hadn't", r"never", r"not",
)  # fmt: skip
"""Words before an event verb that say it did not happen: the phrase reports no
event ("the lander did not touch down")."""

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
"""Words that say how an event went. Each binds to the nearest event phrase of its
clause; a word that is itself an event phrase ("crashed") says nothing of another
event's outcome."""

SUPERLATIVES: frozenset[str] = frozenset(
    {"first", "last", "only", "second", "third", "fourth", "fifth", "latest"}
)
"""Words that turn an event phrase into a description of a craft rather than a report
of an event ("the first U.S. spacecraft to land on the Moon since 1972")."""

DESCRIPTION_TAILS: tuple[str, ...] = (r"since", r"ever", r"in history", r"in (?:\S+ )?decades")
"""After a superlative noun phrase these make it a comparison ("Russia's first Moon
landing attempt since 1976"): a description, not an event."""

TIME_ANCHORS: str = (
    r"(?:\d+|an?|few|several|two|three|four|five|ten|\w+-(?:second|minute|hour))?\s*"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|moments?)\s+"
    r"(?:before|ahead of|prior to|until|till)\s+(?:the\s+|its\s+|their\s+)?$"
)
"""What makes the event noun after it a point in time still to come rather than a
report: "less than four minutes before liftoff" (the liftoff never came). "nine
minutes after liftoff" tells of a liftoff that happened, and stays one."""

COMPARISON_WORDS: frozenset[str] = frozenset({"since"})
"""A date right after one of these is a point of comparison, never an event's date."""

FORWARD_LINKS: frozenset[str] = frozenset({"when"})
"""A date that comes before its verb reaches across a comma only to a clause opened
by one of these ("The mission began on Nov. 24, when a rocket blasted off")."""

LIST_LINKS: frozenset[str] = frozenset({"and", ",", "and on", ", and", ", and on"})
"""What may stand between two disjoint dates that form one list ("on Aug. 29 and
Sept. 3"): such a list gives one event per date, like the parser's own lists.
("or" joins alternatives, not a list.)"""

CLAUSE_BREAKS: tuple[str, ...] = (
    r";", r":(?=\s)", r" — ", r" – ", r" -- ", r", and ", r", but ", r", while ", r", whereas ",
    r", after which ", r", before which ", r", although ", r", even though ", r", though ",
    r", however,",
)  # fmt: skip
"""Where one clause of a sentence ends: markers, outcomes and timestamps stay in
the clause of their event."""

RELATIVE_OPENERS: tuple[str, ...] = (r", which ", r", who ", r", whose ", r", where ")
"""Clause breaks that open a relative clause, which ends at the next comma:
"Luna-25, which was launched on Aug. 11, crashed" keeps Aug. 11 with the launch."""

REPORTING_VERBS: frozenset[str] = frozenset(
    {"said", "says", "say", "announced", "announces", "reported", "reports", "told", "stated",
     "added", "confirmed", "declared", "noted", "explained", "wrote", "tweeted", "posted",
     "disclosed", "revealed", "informed"}
)  # fmt: skip
"""A date right after one of these dates the statement, not the event ("said on Sunday")."""

REPORTING_GLUE: frozenset[str] = frozenset({"on", "in", "at", "late", "early", "this", "last"})
"""Words that may stand between a reporting verb and the date it governs."""
