"""extract_timeline: datelines, zone rules, the event lexicon, statuses, lists, provenance."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lunamission as lm
from lunamission.extract.classify import classify, find_event_phrases
from lunamission.extract.dateline import find_dateline, reference_date
from lunamission.extract.entities import find_missions, find_sites, find_vehicles
from lunamission.extract.sentences import clause_spans, split_sentences


def _events(text: str, **kwargs: object) -> list[tuple[str, str, str | None, str | None]]:
    tl = lm.extract_timeline(text, **kwargs)  # type: ignore[arg-type]
    return [
        (ev.kind.value, ev.status.value, ev.mission, ev.when.isoformat() if ev.when else None)
        for ev in tl
    ]


# -- datelines: the forms wire agencies use --------------------------------------------------
DATELINES = [
    ("BEIJING, August 21. /TASS/. Text.", "BEIJING", "Asia/Shanghai", "TASS", (8, 21, None)),
    ("MOSCOW, Aug 20 (Reuters) - Text.", "MOSCOW", "Europe/Moscow", "Reuters", (8, 20, None)),
    ("Aug 19, 2023 (Xinhua) -- Text.", None, None, "Xinhua", (8, 19, 2023)),
    ("TOKYO, Jan. 20 (Kyodo) -- Text.", "TOKYO", "Asia/Tokyo", "Kyodo", (1, 20, None)),
    ("NEW DELHI, Aug 23 (PTI): Text.", "NEW DELHI", "Asia/Kolkata", "PTI", (8, 23, None)),
    ("BENGALURU, 14 July (PTI) - Text.", "BENGALURU", "Asia/Kolkata", "PTI", (7, 14, None)),
    (
        "CAPE CANAVERAL, Fla., Nov 16 (AP) — Text.",
        "CAPE CANAVERAL",
        "America/New_York",
        "AP",
        (11, 16, None),
    ),
    ("BAIKONUR, Sept 15 (Reuters) - Text.", "BAIKONUR", "Asia/Qyzylorda", "Reuters", (9, 15, None)),
    ("KOUROU, Dec 25, 2021 (AFP) - Text.", "KOUROU", "America/Cayenne", "AFP", (12, 25, 2021)),
    (
        "Headline here\n\nHOUSTON, March 3 (AP) - Text.",
        "HOUSTON",
        "America/Chicago",
        "AP",
        (3, 3, None),
    ),
    ("ATLANTIS, May 2 (Reuters) - Text.", "ATLANTIS", None, "Reuters", (5, 2, None)),
    ("MOSCOW (Reuters) - Text.", "MOSCOW", "Europe/Moscow", "Reuters", (None, None, None)),
    # TASS writes the region in slashes after the city
    (
        "KOROLYOV /Moscow Region/, September 23. /TASS/. Text.",
        "KOROLYOV",
        "Europe/Moscow",
        "TASS",
        (9, 23, None),
    ),
    (
        "BAIKONUR COSMODROME /Kazakhstan/, September 11. /TASS/. Text.",
        "BAIKONUR COSMODROME",
        "Asia/Qyzylorda",
        "TASS",
        (9, 11, None),
    ),
]


@pytest.mark.parametrize(
    ("text", "city", "zone", "publisher", "parts"), DATELINES, ids=[d[0][:22] for d in DATELINES]
)
def test_dateline_forms(
    text: str, city: str | None, zone: str | None, publisher: str, parts: tuple[int | None, ...]
) -> None:
    dl = find_dateline(text)
    assert dl is not None
    assert (dl.city, dl.zone, dl.publisher, (dl.month, dl.day, dl.year)) == (
        city,
        zone,
        publisher,
        parts,
    )
    assert text[dl.end :].startswith("Text.")


def test_a_baikonur_dateline_keeps_baikonur_time() -> None:
    # Soyuz MS-22 lifted off at 18:54 local time, 13:54 UTC, on 2022-09-21.
    text = "BAIKONUR, Sept 21 (Reuters) - Soyuz MS-22 lifted off at 18:54 on Wednesday."
    (launch,) = lm.extract_timeline(text, published="2022-09-21")
    assert launch.when is not None and launch.source is not None
    assert launch.when.isoformat() == "2022-09-21T18:54+05:00[Asia/Qyzylorda]"
    assert launch.source.zone_rule == "dateline"


# Not datelines
@pytest.mark.parametrize(
    "text",
    ["The probe landed on Saturday.", "Roscosmos (the agency) said so.", "NASA (National) said"],
    ids=["plain-sentence", "lowercase-aside", "unknown-agency-no-date"],
)
def test_not_a_dateline(text: str) -> None:
    assert find_dateline(text) is None


# -- reference dates: the dateline's year, or the one nearest the publication date --------
REFERENCES = [
    ("TOKYO, Dec 31 (Kyodo) -- x", date(2024, 1, 2), date(2023, 12, 31)),
    ("TOKYO, Jan 2 (Kyodo) -- x", date(2023, 12, 31), date(2024, 1, 2)),
    ("MOSCOW, Aug 20 (Reuters) - x", date(2023, 8, 21), date(2023, 8, 20)),
    ("Aug 19, 2023 (Xinhua) -- x", None, date(2023, 8, 19)),
    ("Aug 19, 2023 (Xinhua) -- x", date(2030, 1, 1), date(2023, 8, 19)),
    ("No dateline at all.", date(2023, 8, 21), date(2023, 8, 21)),
    # the year of `published`, also for a dateline filed months before it
    ("MOSCOW, Jan 5 (Reuters) - x", date(2023, 8, 21), date(2023, 1, 5)),
    # a dateline a few days after publication (a late correction) is tolerated
    ("MOSCOW, Aug 25 (Reuters) - x", date(2023, 8, 21), date(2023, 8, 25)),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    REFERENCES,
    ids=[
        "dec-in-january",
        "jan-in-december",
        "same-year",
        "own-year",
        "own-year-wins",
        "none",
        "earlier-same-year",
        "days-after",
    ],
)
def test_reference_date(text: str, published: date | None, expected: date) -> None:
    assert reference_date(find_dateline(text), text, published=published) == expected


# Articles that cannot be given a reference date, grouped by reason
NO_REFERENCE = [
    ("MOSCOW, Aug 20 (Reuters) - Luna-25 lost contact on Saturday.", None, "no_year"),
    ("Luna-25 lost contact on Saturday.", None, "no_reference"),
    ("MOSCOW, Feb 30 (Reuters) - Luna-25 lost contact.", "2023-03-01", "bad_dateline"),
    ("Luna-25 lost contact.", "2023-13-01", "bad_published"),
    ("Luna-25 lost contact.", "yesterday", "bad_published"),
    # a dateline months after the publication date contradicts it (never last year's August)
    ("MOSCOW, Aug 20 (Reuters) - Luna-25 lost contact.", "2023-02-01",
     "dateline_after_published"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "code"), NO_REFERENCE, ids=[c for *_, c in NO_REFERENCE]
)
def test_no_reference_is_an_error(text: str, published: str | None, code: str) -> None:
    with pytest.raises(lm.ExtractionError) as info:
        lm.extract_timeline(text, published=published)
    assert info.value.code == code
    assert isinstance(info.value, ValueError)


def test_bad_default_zone_is_a_zone_error() -> None:
    with pytest.raises(lm.ZoneError):
        lm.extract_timeline("Luna-25 lost contact.", published="2023-08-20", default_tz="Mars")


# Arguments of the wrong type, grouped by argument: our error, never an AttributeError
BAD_ARGUMENTS = [
    ({"default_tz": 3}, "bad_default_tz"),
    ({"default_tz": b"UTC"}, "bad_default_tz"),
    ({"published": 20230821}, "bad_published"),
    ({"source": 7}, "bad_source"),
]


@pytest.mark.parametrize(
    ("kwargs", "code"), BAD_ARGUMENTS, ids=["tz-int", "tz-bytes", "published-int", "source-int"]
)
def test_arguments_of_the_wrong_type(kwargs: dict[str, object], code: str) -> None:
    arguments: dict[str, object] = {"published": "2023-08-21", **kwargs}
    with pytest.raises(lm.ExtractionError) as info:
        lm.extract_timeline("Luna-25 crashed.", **arguments)  # type: ignore[arg-type]
    assert info.value.code == code


@pytest.mark.parametrize(
    ("value", "expected"),
    [(date(2023, 8, 21), date(2023, 8, 21)), ("2023-08-21", date(2023, 8, 21))],
    ids=["date", "iso-string"],
)
def test_published_forms(value: date | str, expected: date) -> None:
    tl = lm.extract_timeline("Luna-25 crashed into the Moon.", published=value)
    assert tl.events[0].source is not None
    assert tl.events[0].source.published == expected


# -- sentences: abbreviations, clocks and decimals do not end a sentence ----------------------
SENTENCES = [
    ("It flew at 2:10 a.m. Moscow time. It landed.", 2),
    ("It flew at 2:10 a.m. The crew slept.", 2),
    ("It flew on Aug. 11 from the U.S. base. Done.", 2),
    ("A Soyuz-2.1b rocket cost 2.1 billion rubles. Done.", 2),
    ("It was flight No. 47 of the rocket. Done.", 2),
    ('"It flew," he said. "It landed." She agreed.', 3),
    ("Headline without a stop\nBody sentence one. Body two.", 3),
    ("A wrapped line ends with the\nVostochny Cosmodrome here.", 1),
    ("First paragraph\n\nsecond paragraph in lower case.", 2),
    ("J. Smith said it flew.", 1),
    # a zone abbreviation ends the sentence it closes (US wire copy)
    ("The window opens at 1:04 a.m. EST. If needed, a backup follows.", 2),
    # an abbreviation glued to a range's dash ends nothing
    ("It lands Aug. 21-Aug. 23. Then it drives.", 2),
    # every zone abbreviation the parser knows carries the clock on, and so does "Hrs."
    ("Nuri lifted off at 6:24 p.m. KST on Thursday. It flew.", 2),
    ("It left at 8 a.m. HKT on Friday. It flew.", 2),
    ("Vikram landed at 18:04 Hrs. IST on Wednesday. It is on the Moon.", 2),
    ("The burn lasted two hrs. The crew slept.", 2),
]


@pytest.mark.parametrize(("text", "count"), SENTENCES, ids=[s[:24] for s, _ in SENTENCES])
def test_sentence_splitting(text: str, count: int) -> None:
    spans = split_sentences(text)
    assert len(spans) == count
    assert all(not text[s.start : s.end][0].isspace() for s in spans)


def test_clauses_cover_the_sentence() -> None:
    s = "It entered orbit on May 8; its landing, which was slated for May 12, and more."
    spans = clause_spans(s)
    assert "".join(s[c.start : c.end] for c in spans) == s
    assert len(spans) == 4


CLAUSES = [
    # a relative clause ends at its comma and the main clause goes on
    ("Luna-25, which was launched on Aug. 11, crashed.",
     ["Luna-25", ", which was launched on Aug. 11", ", crashed."]),
    # a clock's colon is no clause break; a colon before a space is
    ("It landed at 4:04 p.m. EST.", ["It landed at 4:04 p.m. EST."]),
    ("It was done: the probe landed.", ["It was done", ": the probe landed."]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "parts"), CLAUSES, ids=["relative", "clock", "colon"])
def test_clause_parts(sentence: str, parts: list[str]) -> None:
    assert [sentence[c.start : c.end] for c in clause_spans(sentence)] == parts


# -- the event lexicon: each phrase to its kind ---------------------------------------------
KINDS = [
    # launches
    ("The probe was launched from Baikonur.", "launch"),
    ("The rocket lifted off from the pad.", "launch"),
    ("It blasted off at dawn.", "launch"),
    ("China launched the probe.", "launch"),
    # trajectory corrections
    ("The probe adjusted its flight path.", "trajectory_correction"),
    ("Controllers corrected its course.", "trajectory_correction"),
    ("A mid-course correction went well.", "trajectory_correction"),
    # orbits
    ("The apparatus entered a near-lunar orbit.", "orbit_insertion"),
    ("The craft was inserted into lunar orbit.", "orbit_insertion"),
    ("It braked near the Moon.", "orbit_insertion"),
    ("The module had received an impulse.", "orbit_change"),
    ("The station fired its engine again.", "orbit_change"),
    ("It lowered its orbit to 15 km.", "orbit_change"),
    ("A deboosting manoeuvre followed.", "orbit_change"),
    # landings and impacts
    ("The lander touched down near the pole.", "landing"),
    ("The module landed safely.", "landing"),
    ("Its landing was a success.", "landing"),
    ("The crew will return to Earth.", "landing"),
    ("The station crashed into the Moon.", "impact"),
    ("It collided with the surface of the Moon.", "impact"),
    ("The module made a hard landing.", "impact"),
    ("The lander crash-landed.", "impact"),
    # contact
    ("Communication with the space module was lost.", "loss_of_contact"),
    ("Controllers lost contact with the craft.", "loss_of_contact"),
    ("Contact with the lander was restored.", "contact_restored"),
    ("The team re-established communication.", "contact_restored"),
    # docking
    ("The ship docked with the station.", "docking"),
    ("The ship undocked from the station.", "undocking"),
    ("The Soyuz arrived at the station on Friday.", "docking"),
    ("The capsule latched onto the Harmony module.", "docking"),
    ("The ship separated from the space station combination.", "undocking"),
    ("The crew will leave the station next week.", "undocking"),
    # others
    ("The satellite re-entered the atmosphere.", "deorbit"),
    ("The capsule entered the atmosphere over Utah.", "deorbit"),
    ("The capsule will splash down off Florida.", "landing"),
    ("A Long March-8 rocket carried the relay satellite into space.", "launch"),
    ("The probe was decommissioned.", "end_of_mission"),
    ("Coolant began leaking from the capsule.", "anomaly"),
    ("An emergency situation occurred on board.", "anomaly"),
    ("The rover separated from the lander.", "other"),
]

# a station on the ground is no space station: nothing docks there
NOT_DOCKING = [
    "The first images reached the ground station.",
    "It arrived at the tracking station.",
]


@pytest.mark.parametrize("sentence", NOT_DOCKING)
def test_a_ground_station_is_no_docking(sentence: str) -> None:
    assert [m.kind.value for m in classify(sentence)] == []


@pytest.mark.parametrize(("sentence", "kind"), KINDS, ids=[s[:30] for s, _ in KINDS])
def test_lexicon_kinds(sentence: str, kind: str) -> None:
    assert [m.kind.value for m in classify(sentence)] == [kind]


# Not events: modifiers, parts of words, loss of a craft rather than of contact
NOT_EVENTS = [
    "The launch vehicle was rolled out.",
    "The pre-landing orbit is elliptical.",
    "The landing site is rough.",
    "Luna-25 was Russia's first lunar mission since 1976.",
    "China is open to cooperation despite the loss of the lander.",
    "The lander module weighs 1.8 tonnes.",
    "A backup launch opportunity is available.",
    "It ended a nine-year gap in launches of astronauts from U.S. soil.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS, ids=[s[:30] for s in NOT_EVENTS])
def test_not_events(sentence: str) -> None:
    assert find_event_phrases(sentence) == []


# -- status: planned, cancelled, actual ----------------------------------------------------
STATUSES = [
    ("Its landing on the Moon was slated for August 21.", "planned"),
    ("The launch is scheduled for August 10.", "planned"),
    ("The returner is expected to land in Mongolia.", "planned"),
    ("The ascender will rendezvous and dock with the orbiter.", "planned"),
    ("The crew is to land in March.", "planned"),
    ("It had been due to touch down on Aug 21.", "planned"),
    # "was" and "has" end in "as" but are no "as planned"
    ("The launch was scheduled for August 10.", "planned"),
    ("The landing was expected on August 21.", "planned"),
    ("Roscosmos has planned a landing for August 21.", "planned"),
    ("The lander, which was supposed to land on Aug 21, crashed.", "planned"),
    ("SLIM is aiming to touch down in January.", "planned"),
    ("Ahead of its own landing, the probe lowered its orbit.", "planned"),
    ("NASA called off the launch planned for Monday.", "cancelled"),
    ("The launch scheduled for Tuesday was scrubbed.", "cancelled"),
    ("A leak in its propulsion system ruled out any landing attempt.", "cancelled"),
    ("The first launch attempt, on March 21, was called off.", "cancelled"),
    ("The probe landed as planned.", "actual"),
    ("The landing went as planned on August 21.", "actual"),
    ("The probe landed on Sunday and will return in June.", "actual"),
    ("It entered orbit earlier than expected.", "actual"),
    ("It failed to land.", "actual"),
]


@pytest.mark.parametrize(("sentence", "status"), STATUSES, ids=[s[:32] for s, _ in STATUSES])
def test_status_markers(sentence: str, status: str) -> None:
    (first, *_) = [m for m in classify(sentence) if m.kind.value != "anomaly"]
    assert first.status.value == status


# A marker governs the one phrase it binds to, never its whole clause
BOUND_STATUSES = [
    ("Luna-25 was due to land on Monday but crashed on Saturday.",
     [("landing", "planned", None), ("impact", "actual", "failure")]),
    ("Artemis I lifted off on Nov. 16 after two launch attempts, on Aug. 29 and Sept. 3, "
     "were scrubbed.", [("launch", "actual", None), ("launch", "cancelled", None)]),
    ("Officials said the crew will dock on Friday after the Soyuz launched on Wednesday.",
     [("docking", "planned", None), ("launch", "actual", None)]),
    ("Chandrayaan-3 touched down on Wednesday, four days after Luna-25 crashed.",
     [("landing", "actual", "success"), ("impact", "actual", "failure")]),
    ("The probe crashed on Saturday instead of landing on Monday as planned.",
     [("impact", "actual", "failure"), ("landing", "planned", None)]),
    ("The rocket lifted off on Monday although an earlier attempt was scrubbed.",
     [("launch", "actual", None)]),
    ("It failed to land.", [("landing", "actual", "failure")]),
    # a passive marker reaches back past a comma only to its own subject
    ("After the launch, the probe is expected to reach the Moon.", [("launch", "actual", None)]),
    ("The launch, on Aug. 10, was scrubbed.", [("launch", "cancelled", None)]),
    # denials report no event
    ("The lander did not touch down.", []),
    ("The mission was not launched on Monday.", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "events"), BOUND_STATUSES, ids=[s[:32] for s, _ in BOUND_STATUSES]
)
def test_markers_bind_to_one_phrase(
    sentence: str, events: list[tuple[str, str, str | None]]
) -> None:
    got = [
        (m.kind.value, m.status.value, m.outcome.value if m.outcome else None)
        for m in classify(sentence)
    ]
    assert got == events


# Descriptions ("the first ... to land", "first landing attempt since") are no events
DESCRIPTIONS = [
    ("Odysseus touched down on Thursday, the first U.S. spacecraft to land on the Moon since "
     "1972.", True),
    ("Luna-25, Russia's first Moon landing attempt since 1976, crashed.", True),
    ("The first launch attempt, on March 21, was called off.", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "described"), DESCRIPTIONS, ids=["first-to-land", "first-since", "first-attempt"]
)
def test_descriptions_are_flagged(sentence: str, described: bool) -> None:
    assert any(m.description for m in classify(sentence)) is described


# Outcomes: an actual impact fails, an actual landing succeeds unless told otherwise
OUTCOMES = [
    ("The station crashed into the Moon.", "failure"),
    ("The lander touched down.", "success"),
    ("The lander touched down, a partial success.", "partial"),
    ("The probe failed to enter lunar orbit.", "failure"),
    ("The probe was unable to enter lunar orbit.", "failure"),
    ("The probe entered lunar orbit.", None),
    ("The landing is scheduled for Friday.", None),
]


@pytest.mark.parametrize(("sentence", "outcome"), OUTCOMES, ids=[s[:30] for s, _ in OUTCOMES])
def test_outcomes(sentence: str, outcome: str | None) -> None:
    got = classify(sentence)[0].outcome
    assert (got.value if got else None) == outcome


# -- missions, vehicles and sites ---------------------------------------------------------
ENTITIES = [
    ("The Soyuz-2.1b carrier vehicle with Luna-25 left.", ["Luna-25"], ["Soyuz-2.1b"], []),
    ("Soyuz MS-22 docked; Progress MS-24 waited.", ["Soyuz MS-22", "Progress MS-24"], [], []),
    ("Chang'e-6 flew on a Long March-5 rocket.", ["Chang'e-6"], ["Long March-5"], []),
    # "Vikram" landed for two missions: found as written, the extractor decides
    ("The Vikram lander of Chandrayaan-3.", ["Vikram", "Chandrayaan-3"], [], []),
    ("The Odysseus lander of Intuitive Machines.", ["IM-1"], [], []),
    (
        "SLIM flew on an H-IIA rocket from the Tanegashima Space Center.",
        ["SLIM"],
        ["H-IIA"],
        ["Tanegashima Space Center"],
    ),
    (
        "Artemis I waited on the SLS at Kennedy Space Center.",
        ["Artemis I"],
        ["SLS"],
        ["Kennedy Space Center"],
    ),
    ("Luna 25 and COVID-19 and Rs 615-crore.", ["Luna 25"], [], []),
    ("It left the Baikonur Cosmodrome in Kazakhstan.", [], [], ["Baikonur Cosmodrome"]),
]


@pytest.mark.parametrize(
    ("sentence", "missions", "vehicles", "sites"), ENTITIES, ids=[e[0][:28] for e in ENTITIES]
)
def test_entities(
    sentence: str, missions: list[str], vehicles: list[str], sites: list[str]
) -> None:
    assert [m.name for m in find_missions(sentence)] == missions
    assert [v.name for v in find_vehicles(sentence)] == vehicles
    assert [s.name for s in find_sites(sentence)] == sites


def test_launch_carries_vehicle_and_site_as_fields() -> None:
    text = (
        "MOSCOW, Aug 11 (Reuters) - Luna-25 was launched on a Soyuz-2.1b rocket from the "
        "Vostochny Cosmodrome at 2310 GMT on Aug 10."
    )
    (ev,) = lm.extract_timeline(text, published="2023-08-11")
    assert (ev.vehicle, ev.site) == ("Soyuz-2.1b", "Vostochny Cosmodrome")


# A sentence without a mission name takes the last mission named in an event sentence
def test_mission_carries_over_but_not_from_passing_mentions() -> None:
    text = (
        "BEIJING, June 4 (Xinhua) -- Chang'e-6 touched down on Sunday. Signals come through "
        "the Queqiao-2 relay satellite. The ascender will dock with the orbiter."
    )
    missions = [ev.mission for ev in lm.extract_timeline(text, published="2024-06-04")]
    assert missions == ["Chang'e-6", "Chang'e-6"]


def test_mission_spelling_follows_the_article() -> None:
    text = "MOSCOW, Aug 20 (Reuters) - Luna 25 crashed. Later Luna-25 lost contact."
    missions = {ev.mission for ev in lm.extract_timeline(text, published="2023-08-20")}
    assert missions == {"Luna 25"}


# -- zone rules: explicit, default_tz, most recently named, dateline ------------------------
ZONES = [
    # explicit zone in the timestamp
    ("BEIJING, Aug 21 (Xinhua) -- It was launched at 2:10 a.m. Moscow time on Aug 11.", {},
     "2023-08-11T02:10+03:00[Europe/Moscow]", "explicit"),
    # default_tz beats everything but an explicit zone
    ("BEIJING, Aug 21 (Xinhua) -- Luna-25 entered lunar orbit on Aug 16.",
     {"default_tz": "UTC"}, "2023-08-16[UTC]", "default_tz"),
    # the zone most recently named in the article
    ("BEIJING, Aug 21 (Xinhua) -- It lost contact at 1157 GMT on Saturday. "
     "Luna-25 entered lunar orbit on Aug 16.", {}, "2023-08-16[UTC]", "article"),
    # else the dateline city
    ("BEIJING, Aug 21 (Xinhua) -- Luna-25 entered lunar orbit on Aug 16.", {},
     "2023-08-16[Asia/Shanghai]", "dateline"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kwargs", "when", "rule"),
    ZONES,
    ids=["explicit", "default_tz", "article", "dateline"],
)
def test_zone_rules(text: str, kwargs: dict[str, str], when: str, rule: str) -> None:
    tl = lm.extract_timeline(text, published="2023-08-21", **kwargs)  # type: ignore[arg-type]
    ev = next(e for e in tl if e.source and e.source.zone_rule == rule)
    assert ev.when is not None
    assert ev.when.isoformat() == when


def test_no_zone_anywhere_leaves_the_event_undated_not_guessed() -> None:
    text = "ATLANTIS, Aug 21 (Reuters) - Luna-25 entered lunar orbit on Aug 16."
    (ev,) = lm.extract_timeline(text, published="2023-08-21")
    assert ev.when is None
    assert ev.source is not None
    assert ev.source.timestamp_text == "Aug 16"
    (ev,) = lm.extract_timeline(text, published="2023-08-21", default_tz="UTC")
    assert ev.when is not None
    assert ev.when.isoformat() == "2023-08-16[UTC]"


def test_no_zone_for_one_time_keeps_the_times_that_name_theirs() -> None:
    """A release with no dateline: one date names no zone, another does. Before, the
    whole article was refused (``no_zone``), losing both events."""
    text = (
        "NASA targeted Wednesday, Nov. 16, for the launch of Artemis I from Florida. "
        "Orion splashed down at 12:40 p.m. EST on Dec. 11, 2022."
    )
    events = {ev.kind.value: ev for ev in lm.extract_timeline(text, published="2022-11-08")}
    launch, landing = events["launch"], events["landing"]
    assert launch.when is None
    assert launch.source is not None
    assert launch.source.timestamp_text == "Wednesday, Nov. 16"
    assert landing.when is not None
    assert landing.when.isoformat() == "2022-12-11T12:40-05:00[America/New_York]"


# -- each date to the event verb that governs it ----------------------------------------------
_P = "MOSCOW, Aug 21 (Reuters) - "
GOVERNED = [
    # a relative clause owns its date
    (_P + "Luna-25, which was launched on Aug. 11, crashed into the Moon on Saturday.",
     [("launch", "2023-08-11"), ("impact", "2023-08-19")]),
    # a comparison dates nothing, and a description is no event
    (_P + "Luna-25, Russia's first Moon landing attempt since 1976, crashed on Saturday.",
     [("impact", "2023-08-19")]),
    # two verbs, two dates; "reached ... orbit" is an orbit insertion
    (_P + "Luna-25 lifted off on Aug. 11 and reached lunar orbit on Aug. 16.",
     [("launch", "2023-08-11"), ("orbit_insertion", "2023-08-16")]),
    # a date before its verb: opening the clause, or across ", when"
    (_P + "On Aug. 16, Luna-25 entered lunar orbit.", [("orbit_insertion", "2023-08-16")]),
    (_P + "The mission began on Aug. 11, when a Soyuz rocket blasted off.",
     [("launch", "2023-08-11")]),
    # a date in a parenthetical that no verb governs dates nothing
    (_P + "Luna-25, a probe designed in 2011, crashed.", [("impact", None)]),
    # a list written as two dates is one event per date
    (_P + "Luna-25 adjusted its flight path on Aug. 12 and Aug. 14.",
     [("trajectory_correction", "2023-08-12"), ("trajectory_correction", "2023-08-14")]),
    # a reporting date, in either order
    (_P + "Luna-25 crashed, Roscosmos said on Sunday.", [("impact", None)]),
    (_P + "Luna-25 lost contact at 1157 GMT on Saturday, and Roscosmos said on Sunday that it "
     "crashed.", [("loss_of_contact", "2023-08-19"), ("impact", None)]),
    # a time before "and <verb>" belongs to what precedes, even a phrase the lexicon lacks
    (_P + "Luna-25 was carried aloft on Aug. 11 and entered lunar orbit on Aug. 16.",
     [("orbit_insertion", "2023-08-16")]),
    # a date written before the noun is the noun's own, not the next event's
    (_P + "After the Aug. 11 launch it would enter lunar orbit on Aug. 16.",
     [("launch", "2023-08-11"), ("orbit_insertion", "2023-08-16")]),
    (_P + "Eight days after the August 11 launch, contact with Luna-25 was lost.",
     [("launch", "2023-08-11"), ("loss_of_contact", None)]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "events"),
    GOVERNED,
    ids=[
        "relative-clause",
        "since-and-description",
        "two-verbs",
        "opening-date",
        "when-clause",
        "parenthetical",
        "two-dates-list",
        "reporting-after",
        "reporting-clause",
        "and-clause",
        "date-before-noun",
        "date-before-noun-count",
    ],
)
def test_each_date_goes_to_its_verb(text: str, events: list[tuple[str, str | None]]) -> None:
    tl = lm.extract_timeline(text, published="2023-08-21")
    got = [(ev.kind.value, ev.when.local.date().isoformat() if ev.when else None) for ev in tl]
    assert sorted(got, key=str) == sorted(events, key=str)


# -- a time the parser cannot resolve: the event stays undated, the words stay ---------------
UNRESOLVED = [
    # a clock with no day in its sentence
    ("NEW DELHI, Sept 7 (PTI) Contact with Chandrayaan-2 was lost at 1:52 a.m., he said.",
     "2019-09-07", "1:52 a.m."),
    # a zone nobody knows: the words of the whole expression stay, not only the zone's
    ("PASADENA, Feb 19 (Reuters) - Perseverance touched down at 3:53 p.m. Mars time on "
     "February 18.", "2021-02-19", "3:53 p.m. Mars time on February 18"),
    # a bracketed second reading that names another moment
    ("MOSCOW, Aug 21. /TASS/. Luna-25 lost contact at about 2:57 p.m. Moscow time (1257 GMT) "
     "on August 19.", "2023-08-21", "about 2:57 p.m. Moscow time (1257 GMT) on August 19"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "words"),
    UNRESOLVED,
    ids=["bare-clock", "unknown-zone", "conversion-mismatch"],
)
def test_unresolved_time_keeps_its_words(text: str, published: str, words: str) -> None:
    (ev,) = lm.extract_timeline(text, published=published)
    assert ev.when is None
    src = ev.source
    assert src is not None and src.timestamp_span is not None
    assert src.timestamp_text is not None and words in src.timestamp_text
    assert text[src.timestamp_span[0] : src.timestamp_span[1]] == src.timestamp_text


def test_a_wrong_weekday_dates_the_event_and_validate_reports_it() -> None:
    text = "MOSCOW, Aug 21. /TASS/. Luna-25 landed on Monday, August 19."
    tl = lm.extract_timeline(text, published="2023-08-21")
    (ev,) = tl
    assert ev.when is not None and ev.when.isoformat() == "2023-08-19[Europe/Moscow]"
    assert ev.source is not None and ev.source.stated_weekday == 0
    assert ev.source.timestamp_text == "Monday, August 19"
    assert [f.code for f in tl.validate()] == ["weekday_mismatch"]


def test_a_zone_named_beside_an_unresolved_clock_is_the_articles_zone() -> None:
    text = (
        "HOUSTON, Feb 23 (Reuters) - Odysseus landed at 6:23 p.m. EST (2323 GMT), the company "
        "said. IM-1 entered lunar orbit on Feb. 21."
    )
    orbit = lm.extract_timeline(text, published="2024-02-23").first("orbit_insertion")
    assert orbit is not None and orbit.when is not None
    assert orbit.when.isoformat() == "2024-02-21[UTC]"
    assert orbit.source is not None and orbit.source.zone_rule == "article"


# -- invisible characters: matched through, spans still into the original text ---------------
INVISIBLE = [
    ("\ufeffMOSCOW, Aug 21 (Reuters) - Luna-25 crashed at 1157 GMT on Saturday.", "bom"),
    ("MOSCOW, Aug 21. /TASS/. Luna\u200b-25 was\u200b launched on Aug\u200b 11.", "zwsp"),
    ("MOSCOW, Aug 21. /TASS/. Luna-25 was laun\u00adched on Aug 11.", "soft-hyphen"),
]


@pytest.mark.parametrize("text", [t for t, _ in INVISIBLE], ids=[i for _, i in INVISIBLE])
def test_format_characters_are_invisible_to_matching(text: str) -> None:
    (ev,) = lm.extract_timeline(text, published="2023-08-21")
    assert ev.mission == "Luna-25" and ev.when is not None
    src = ev.source
    assert src is not None and src.span is not None and src.timestamp_span is not None
    assert src.publisher is not None  # the dateline was found
    assert text[src.span[0] : src.span[1]] == src.quote
    assert text[src.timestamp_span[0] : src.timestamp_span[1]] == src.timestamp_text


# -- one event per happening: repeated mentions in one article join ---------------------------
def test_an_event_told_twice_is_one_event_with_both_sources() -> None:
    text = (
        "WASHINGTON, Jan 19 (Reuters) - Peregrine burned up in the atmosphere on Thursday. "
        "The lander re-entered the atmosphere at 2104 GMT on Jan. 18, the company said."
    )
    tl = lm.extract_timeline(text, published="2024-01-19", source="r")
    (deorbit,) = tl
    assert deorbit.when is not None and deorbit.when.isoformat() == "2024-01-18T21:04+00:00[UTC]"
    quotes = [s.quote for s in lm.event_sources(tl, deorbit)]
    assert len(quotes) == 2 and all(q and "atmosphere" in q for q in quotes)


def test_disjoint_mentions_stay_two_events() -> None:
    text = (
        "MOSCOW, Aug 21. /TASS/. Luna-25 adjusted its flight path on August 12. It adjusted its "
        "flight path again on August 14. The course corrections went well."
    )
    whens = [ev.when.isoformat() if ev.when else None for ev in lm.extract_timeline(
        text, published="2023-08-21")]  # fmt: skip
    # the undated third mention could be either correction: it stays apart, undated
    assert whens == ["2023-08-12[Europe/Moscow]", "2023-08-14[Europe/Moscow]", None]


# -- lists of dates, undated events, reporting dates ----------------------------------------
def test_list_of_dates_gives_one_event_each() -> None:
    text = "MOSCOW, Aug 21. /TASS/. On August 12 and 14, Luna-25 adjusted its flight path twice."
    assert _events(text, published="2023-08-21") == [
        ("trajectory_correction", "actual", "Luna-25", "2023-08-12[Europe/Moscow]"),
        ("trajectory_correction", "actual", "Luna-25", "2023-08-14[Europe/Moscow]"),
    ]


def test_undated_events_are_kept_in_source_order() -> None:
    text = (
        "MOSCOW, Aug 21. /TASS/. Luna-25 crashed into the Moon. Before that it had fired its "
        "engine. It had entered lunar orbit on August 16."
    )
    assert _events(text, published="2023-08-21") == [
        ("orbit_insertion", "actual", "Luna-25", "2023-08-16[Europe/Moscow]"),
        ("impact", "actual", "Luna-25", None),
        ("orbit_change", "actual", "Luna-25", None),
    ]


def test_reporting_date_does_not_date_the_event() -> None:
    text = "MOSCOW, Aug 20 (Reuters) - Roscosmos said on Sunday that Luna-25 had crashed."
    assert _events(text, published="2023-08-20") == [("impact", "actual", "Luna-25", None)]


def test_overlapping_readings_of_one_time_give_one_event() -> None:
    text = (
        "MOSCOW, Aug 11 (Reuters) - Luna-25 was launched at 2310 GMT on Aug 10 (2:10 a.m. "
        "Moscow time on Aug 11)."
    )
    events = _events(text, published="2023-08-11")
    assert len(events) == 1


def test_planned_event_that_did_not_happen_stays_planned_and_validate_tells() -> None:
    text = (
        "MOSCOW, Aug 21. /TASS/. Luna-25 crashed into the Moon. Its landing had been slated "
        "for August 21."
    )
    tl = lm.extract_timeline(text, published="2023-08-21")
    assert [(ev.kind.value, ev.status.value) for ev in tl] == [
        ("landing", "planned"),
        ("impact", "actual"),
    ]
    assert "plan_after_end" in {f.code for f in tl.validate()}


def test_article_without_events_gives_an_empty_timeline() -> None:
    text = (
        "LONDON, Sept 6 (Reuters) - Agencies talk about the lunar south pole, and NASA said in "
        "August 2022 that it had picked 13 regions. The rocket propellant question remains."
    )
    tl = lm.extract_timeline(text, published="2023-09-06")
    assert len(tl) == 0


def test_empty_text_gives_an_empty_timeline() -> None:
    assert len(lm.extract_timeline("", published="2023-09-06")) == 0


def test_not_text_is_an_error() -> None:
    with pytest.raises(lm.ExtractionError) as info:
        lm.extract_timeline(b"bytes", published="2023-09-06")  # type: ignore[arg-type]
    assert info.value.code == "not_text"


# -- provenance: every event points back to its words ----------------------------------------
def test_provenance_spans_point_into_the_text() -> None:
    text = (
        "Luna-25 loss\n\nMOSCOW, August 21. /TASS/. The probe Luna-25 was launched at 2:10 a.m. "
        "Moscow time on August 11. On Wednesday, August 16, it entered lunar orbit."
    )
    tl = lm.extract_timeline(text, published="2023-08-21", source="tass-0821")
    for ev in tl:
        src = ev.source
        assert src is not None
        assert src.span is not None and src.timestamp_span is not None
        assert text[src.span[0] : src.span[1]] == src.quote
        assert text[src.timestamp_span[0] : src.timestamp_span[1]] == src.timestamp_text
        assert (src.document, src.publisher, src.published) == (
            "tass-0821",
            "TASS",
            date(2023, 8, 21),
        )
    assert tl.events[1].source is not None
    assert tl.events[1].source.stated_weekday == 2
    assert tl.validate() == []


def test_missions_are_registered_with_their_aliases() -> None:
    text = "HOUSTON, Feb 23 (Reuters) - The IM-1 lander Odysseus touched down on Thursday."
    tl = lm.extract_timeline(text, published="2024-02-23")
    (record,) = tl.mission_records
    assert (record.name, record.operator) == ("IM-1", "Intuitive Machines")
    assert record.matches("Odysseus")
    assert len(tl.filter(mission="Odysseus")) == 1


# A name shared by several missions is never an alias of one of them
SHARED_NAMES = [
    # the mission the sentence names explicitly wins
    ("NEW DELHI, Sept 7 (PTI) The Vikram lander of Chandrayaan-2 lost contact.", "2019-09-07",
     "Chandrayaan-2"),
    ("BENGALURU, Aug 23 (PTI) - The Vikram lander of Chandrayaan-3 touched down.", "2023-08-23",
     "Chandrayaan-3"),
    # else the article's current mission, when it is one of the candidates
    ("NEW DELHI, Sept 7 (PTI) Chandrayaan-2 entered lunar orbit on Aug. 20. The Vikram lander "
     "separated from the orbiter on Sept. 2.", "2019-09-07", "Chandrayaan-2"),
    # else the name stays as written: no guess between Hakuto-R M1 and M2
    ("TOKYO, April 26 (Kyodo) -- The Hakuto-R lander lost contact.", "2023-04-26", "Hakuto-R"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "mission"),
    SHARED_NAMES,
    ids=["explicit-2", "explicit-3", "context", "as-written"],
)
def test_shared_names_yield_to_explicit_and_context(
    text: str, published: str, mission: str
) -> None:
    timeline = lm.extract_timeline(text, published=published)
    assert len(timeline) >= 1
    assert {ev.mission for ev in timeline} == {mission}
    assert all(not record.matches("Vikram") for record in timeline.mission_records)


# -- robustness: any text either extracts or raises one of our errors --------------------------
_WORDS = st.sampled_from(
    ["Luna-25", "launched", "landed", "on", "August", "12", "and", "14", "at", "2:10", "a.m.",
     "Moscow", "time", "slated", "for", "crashed", ".", ",", "MOSCOW,", "Aug", "(Reuters)", "-",
     "\n", "Saturday", "GMT", "1157", "was", "lost", "contact", "will", "dock", "Soyuz-2.1b"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_any_text_extracts_or_raises_our_error(text: str) -> None:
    try:
        tl = lm.extract_timeline(text, published="2023-08-21")
    except lm.LunamissionError:
        return
    for ev in tl:
        assert ev.source is not None and ev.source.quote


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(_WORDS, st.sampled_from(["", "", "\u200b", "\u00ad", "\ufeff", "\u2060"])),
        max_size=40,
    )
)
def test_every_span_points_into_the_original_text(pieces: list[tuple[str, str]]) -> None:
    # Invisible characters anywhere: every version of every event still quotes the text given.
    text = " ".join(word + mark for word, mark in pieces)
    try:
        tl = lm.extract_timeline(text, published="2023-08-21", default_tz="UTC")
    except lm.LunamissionError:
        return
    for ev in tl.revisions:
        src = ev.source
        assert src is not None and src.span is not None
        assert text[src.span[0] : src.span[1]] == src.quote
        if src.timestamp_span is not None:
            assert text[src.timestamp_span[0] : src.timestamp_span[1]] == src.timestamp_text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_extracts_when_reference_and_zone_are_given(text: str) -> None:
    # With a publication date and a default zone nothing is missing: no error at all.
    tl = lm.extract_timeline(text, published="2023-08-21", default_tz="UTC")
    assert all(ev.source is not None for ev in tl)
