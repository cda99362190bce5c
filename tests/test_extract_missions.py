"""Which mission an extracted event belongs to: names the extractor knows, the case
it reads them in, names shared by several missions, and a lede that names its
mission only in a later sentence.

The texts are written for these tests; the facts are real: Aditya-L1 launched on
PSLV-C57 at 11:50 IST on 2 Sep 2023; Hayabusa2's capsule re-entered at 2:28 a.m.
JST on Sunday 6 Dec 2020; Beresheet hit the Moon on Thursday 11 Apr 2019, at about
10:23 p.m. Israel time (19:23 UTC); Crew-1 lifted off at 7:27 p.m. EST on Sunday
15 Nov 2020; Starliner's crewed test flight launched on 5 Jun 2024.
"""

from __future__ import annotations

import pytest

import lunamission as lm
from lunamission.extract.entities import find_missions


def _missions(text: str, **kwargs: object) -> list[tuple[str, str | None]]:
    tl = lm.extract_timeline(text, **kwargs)  # type: ignore[arg-type]
    return [(ev.kind.value, ev.mission) for ev in tl]


# -- names the extractor knows, beyond the name-number pattern -------------------------------
KNOWN = [
    ("Aditya-L1 rode a PSLV-C57 rocket.", ["Aditya-L1"]),
    ("The Hayabusa2 probe released its capsule.", ["Hayabusa2"]),
    ("Hayabusa 2 fired its engines.", ["Hayabusa 2"]),  # its own name: as the article spells it
    ("Korea's Danuri entered lunar orbit.", ["Danuri"]),
    ("The KPLO orbiter braked into lunar orbit.", ["Danuri"]),
    ("NASA's Perseverance rover landed in Jezero crater.", ["Mars 2020"]),
    ("OSIRIS-REx dropped its sample capsule over Utah.", ["OSIRIS-REx"]),
    ("ESA's Juice probe left Kourou.", ["Juice"]),
    ("JUICE lifted off on an Ariane 5.", ["JUICE"]),
    ("Europa Clipper left Florida on a Falcon Heavy.", ["Europa Clipper"]),
    ("BepiColombo swung past Mercury.", ["BepiColombo"]),
    ("The Psyche spacecraft launched in October.", ["Psyche"]),
    ("Voyager 1 crossed the heliopause and Soyuz 11 docked.", ["Voyager 1", "Soyuz 11"]),
    ("Inspiration4 splashed down off Florida.", ["Inspiration4"]),
    ("Boeing's Crew Flight Test reached the station.", ["Starliner CFT"]),
]


@pytest.mark.parametrize(("text", "names"), KNOWN, ids=[k[0][:32] for k in KNOWN])
def test_known_missions_are_found_by_name(text: str, names: list[str]) -> None:
    assert [m.name for m in find_missions(text)] == names


# -- a known name in lower case is an ordinary word ------------------------------------------
WORDS = [
    "There was only a slim chance that the lander would survive.",
    "The crew drank orange juice before the launch.",
    "It takes curiosity and perseverance to land on the Moon.",
    "The engineers had hope that the probe would wake up.",
]


@pytest.mark.parametrize("text", WORDS, ids=[w[:32] for w in WORDS])
def test_lower_case_words_name_no_mission(text: str) -> None:
    assert find_missions(text) == []


# -- a name shared by several missions stays as written --------------------------------------
def test_a_shared_craft_name_stays_as_written_without_context() -> None:
    (mention,) = find_missions("The Starliner capsule docked with the station.")
    assert mention.name == "Starliner"
    assert set(mention.candidates) == {"Starliner OFT", "Starliner OFT-2", "Starliner CFT"}
    text = (
        "WASHINGTON, June 5, 2024 (AFP) - Boeing's Starliner blasted off with two astronauts "
        "at 10:52 a.m. EDT on Wednesday."
    )
    assert _missions(text) == [("launch", "Starliner")]


def test_a_known_name_in_the_article_gives_the_mission_record() -> None:
    text = (
        "BENGALURU, Sept 2 (PTI) - Aditya-L1 was launched by PSLV-C57 from Sriharikota "
        "at 11:50 IST on Saturday."
    )
    tl = lm.extract_timeline(text, published="2023-09-02")
    (ev,) = tl
    assert (ev.mission, ev.when.isoformat() if ev.when else None) == (
        "Aditya-L1",
        "2023-09-02T11:50+05:30[Asia/Kolkata]",
    )
    (record,) = tl.mission_records
    assert (record.operator, record.target) == ("ISRO", "Sun")


# -- a lede that names its mission a sentence or two later -----------------------------------
LEDES = [
    pytest.param(
        "2019-04-11",
        "JERUSALEM, April 11 (Reuters) - A privately built Israeli lander smashed into the "
        "Moon on Thursday. Controllers had lost touch with Beresheet about a minute earlier.",
        [("impact", "Beresheet"), ("loss_of_contact", "Beresheet")],
        id="named in the next sentence",
    ),
    pytest.param(
        "2020-11-15",
        "CAPE CANAVERAL, Fla., Nov 15 (Reuters) - A Falcon 9 rocket carrying four astronauts "
        "lifted off at 7:27 p.m. EST on Sunday. The crew will live aboard for six months. "
        "The flight, called Crew-1, is the first regular rotation on a private spacecraft.",
        [("launch", "Crew-1")],
        id="named two sentences later",
    ),
    pytest.param(
        "2020-11-15",
        "CAPE CANAVERAL, Fla., Nov 15 (Reuters) - A Falcon 9 rocket carrying four astronauts "
        "lifted off at 7:27 p.m. EST on Sunday. The crew will live aboard for six months. "
        "They will do science. They will also fix things. "
        "The flight, called Crew-1, is the first regular rotation on a private spacecraft.",
        [("launch", None)],
        id="named too far away to be the lede's",
    ),
    pytest.param(
        "2024-03-14",
        "HOUSTON, March 14, 2024 (AFP) - SpaceX's giant rocket blasted off on "
        "Thursday on its third test flight. The first one lifted off on April 20 last year. "
        "The second one lifted off on Nov. 18. NASA plans to land astronauts on the Moon with "
        "the ship on Artemis III.",
        [("launch", None), ("launch", None), ("launch", None), ("landing", "Artemis III")],
        id="a lede that runs on unnamed: no later name reaches back",
    ),
    pytest.param(
        "2020-12-06",
        "TOKYO, Dec 6 (Kyodo) -- The capsule dropped by Hayabusa2 re-entered the atmosphere "
        "at 2:28 a.m. Sunday Japan time. The probe itself had launched in December 2014. "
        "Luna-25 is not mentioned here for any reason.",
        [("deorbit", "Hayabusa2"), ("launch", "Hayabusa2")],
        id="a mission named before keeps its sentences",
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), LEDES)
def test_a_lede_takes_the_mission_named_just_after_it(
    published: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert sorted(_missions(text, published=published), key=str) == sorted(expected, key=str)


# -- a known plain-word name inside a longer name, and a time word before a name -------------
def test_a_name_inside_a_longer_name_names_no_mission() -> None:
    text = (
        "WASHINGTON, Oct 16 (Reuters) - The rocket will launch on Thursday, NASA spokeswoman "
        "Lucy Smith said. Its booster landed on a drone ship off Juno Beach."
    )
    assert {ev.mission for ev in lm.extract_timeline(text, published="2023-10-16")} == {None}


def test_a_time_word_before_a_name_is_no_precedent() -> None:
    text = (
        "JERUSALEM, April 11 (Reuters) - An Israeli spacecraft crashed on the Moon on Thursday. "
        "Shortly after the engine failure Beresheet lost contact with Earth."
    )
    kinds = {ev.kind.value: ev.mission for ev in lm.extract_timeline(text, published="2019-04-12")}
    assert kinds == {"impact": "Beresheet", "loss_of_contact": "Beresheet"}
