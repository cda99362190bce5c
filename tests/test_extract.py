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
    ("BAIKONUR, Sept 15 (Reuters) - Text.", "BAIKONUR", "Asia/Almaty", "Reuters", (9, 15, None)),
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
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    REFERENCES,
    ids=["dec-in-january", "jan-in-december", "same-year", "own-year", "own-year-wins", "none"],
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
]


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
    # others
    ("The satellite re-entered the atmosphere.", "deorbit"),
    ("The probe was decommissioned.", "end_of_mission"),
    ("Coolant began leaking from the capsule.", "anomaly"),
    ("An emergency situation occurred on board.", "anomaly"),
    ("The rover separated from the lander.", "other"),
]


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
    ("NASA called off the launch planned for Monday.", "cancelled"),
    ("The launch scheduled for Tuesday was scrubbed.", "cancelled"),
    ("The probe landed as planned.", "actual"),
    ("The probe landed on Sunday and will return in June.", "actual"),
    ("It entered orbit earlier than expected.", "actual"),
]


@pytest.mark.parametrize(("sentence", "status"), STATUSES, ids=[s[:32] for s, _ in STATUSES])
def test_status_markers(sentence: str, status: str) -> None:
    assert classify(sentence)[0].status.value == status


# Outcomes: an actual impact fails, an actual landing succeeds unless told otherwise
OUTCOMES = [
    ("The station crashed into the Moon.", "failure"),
    ("The lander touched down.", "success"),
    ("The lander touched down, a partial success.", "partial"),
    ("The probe failed to enter lunar orbit.", "failure"),
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
    ("The Vikram lander of Chandrayaan-3.", ["Chandrayaan-3", "Chandrayaan-3"], [], []),
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


def test_no_zone_anywhere_is_an_error_not_a_guess() -> None:
    text = "ATLANTIS, Aug 21 (Reuters) - Luna-25 entered lunar orbit on Aug 16."
    with pytest.raises(lm.ExtractionError) as info:
        lm.extract_timeline(text, published="2023-08-21")
    assert info.value.code == "no_zone"
    assert lm.extract_timeline(text, published="2023-08-21", default_tz="UTC")


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
    text = "BENGALURU, Aug 23 (PTI) - The Vikram lander of Chandrayaan-3 touched down."
    tl = lm.extract_timeline(text, published="2023-08-23")
    (record,) = tl.mission_records
    assert record.name == "Chandrayaan-3"
    assert record.matches("Vikram")
    assert len(tl.filter(mission="Vikram")) == 1


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
@given(st.text(max_size=300))
def test_any_unicode_extracts_when_reference_and_zone_are_given(text: str) -> None:
    # With a publication date and a default zone nothing is missing: no error at all.
    tl = lm.extract_timeline(text, published="2023-08-21", default_tz="UTC")
    assert all(ev.source is not None for ev in tl)
