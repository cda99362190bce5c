"""The names the extractor knows, as data: missions, launch vehicles and sites.

Pipeline: lexicon and **names** (vocabulary) → dateline / sentences → entities
(which reads these tables) and classify → api. The event vocabulary is in
:mod:`lunamission.extract.lexicon`, the layout vocabulary of wire reports in
:mod:`lunamission.extract.wire`.

>>> AMBIGUOUS_NAMES["Vikram"]
('Chandrayaan-2', 'Chandrayaan-3')
>>> next(m.operator for m in KNOWN_MISSIONS if m.name == "Luna-25")
'Roscosmos'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "AMBIGUOUS_NAMES",
    "KNOWN_MISSIONS",
    "MISSION_SERIES",
    "NOT_MISSIONS",
    "SITE_NAMES",
    "SITE_SUFFIXES",
    "VEHICLE_ADJECTIVES",
    "VEHICLE_NAMES",
    "VEHICLE_NOUNS",
    "KnownMission",
]

# -- missions -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KnownMission:
    """A real mission the extractor knows by name, with the names news use for it."""

    name: str
    aliases: tuple[str, ...] = ()
    operator: str | None = None
    target: str | None = None


KNOWN_MISSIONS: tuple[KnownMission, ...] = (
    KnownMission("Luna-25", ("Luna 25", "Luna-Glob", "Luna-Glob lander"), "Roscosmos", "Moon"),
    KnownMission("Chandrayaan-3", ("Chandrayaan 3",), "ISRO", "Moon"),
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
    KnownMission("Hakuto-R M1", ("Hakuto-R Mission 1",), "ispace", "Moon"),
    KnownMission("Hakuto-R M2", ("Hakuto-R Mission 2",), "ispace", "Moon"),
    KnownMission("Queqiao", ("Queqiao-1", "Queqiao 1"), "CNSA", "Moon"),
    KnownMission("Tianwen-1", ("Tianwen 1", "Zhurong"), "CNSA", "Mars"),
    KnownMission("Danuri", ("KPLO", "Korea Pathfinder Lunar Orbiter"), "KARI", "Moon"),
    KnownMission("CAPSTONE", (), "NASA", "Moon"),
    KnownMission("Lunar Reconnaissance Orbiter", ("LRO",), "NASA", "Moon"),
    KnownMission(
        "Blue Ghost M1",
        ("Blue Ghost Mission 1", "Ghost Riders in the Sky"),
        "Firefly Aerospace",
        "Moon",
    ),
    KnownMission("Queqiao-2", ("Queqiao 2",), "CNSA", "Moon"),
    KnownMission("Hayabusa2", ("Hayabusa 2", "Hayabusa-2"), "JAXA", "Ryugu"),
    KnownMission("OSIRIS-REx", ("OSIRIS REx",), "NASA", "Bennu"),
    KnownMission("DART", ("Double Asteroid Redirection Test",), "NASA", "Dimorphos"),
    KnownMission(
        "Psyche", ("Psyche spacecraft", "Psyche probe", "Psyche mission"), "NASA", "Psyche"
    ),
    KnownMission(
        "Lucy", ("Lucy spacecraft", "Lucy probe", "Lucy mission"), "NASA", "Jupiter trojans"
    ),
    KnownMission("Aditya-L1", ("Aditya L1",), "ISRO", "Sun"),
    KnownMission("Parker Solar Probe", (), "NASA", "Sun"),
    KnownMission("Solar Orbiter", (), "ESA", "Sun"),
    KnownMission("BepiColombo", (), "ESA", "Mercury"),
    KnownMission("JUICE", ("Juice", "Jupiter Icy Moons Explorer"), "ESA", "Jupiter"),
    KnownMission("Europa Clipper", (), "NASA", "Europa"),
    KnownMission("Juno", ("Juno spacecraft", "Juno probe"), "NASA", "Jupiter"),
    KnownMission("New Horizons", (), "NASA", "Pluto"),
    KnownMission("Mars 2020", ("Perseverance", "Perseverance rover"), "NASA", "Mars"),
    KnownMission(
        "Mars Science Laboratory", ("Curiosity", "Curiosity rover", "MSL"), "NASA", "Mars"
    ),
    KnownMission("InSight", ("Mars InSight",), "NASA", "Mars"),
    KnownMission(
        "Emirates Mars Mission",
        ("Hope probe", "Hope Mars probe", "Al Amal"),
        "MBRSC",
        "Mars",
    ),
    KnownMission("Mars Orbiter Mission", ("Mangalyaan",), "ISRO", "Mars"),
    KnownMission("Rosetta", ("Philae",), "ESA", "67P/Churyumov-Gerasimenko"),
    KnownMission("James Webb Space Telescope", ("JWST", "Webb telescope"), "NASA", None),
    KnownMission("XRISM", ("X-Ray Imaging and Spectroscopy Mission",), "JAXA", None),
    KnownMission("Starliner OFT", ("Orbital Flight Test",), "Boeing", "ISS"),
    KnownMission(
        "Starliner OFT-2",
        ("OFT-2", "Orbital Flight Test 2", "Orbital Flight Test-2"),
        "Boeing",
        "ISS",
    ),
    KnownMission(
        "Starliner CFT", ("CFT", "Crew Flight Test", "Boeing Crew Flight Test"), "Boeing", "ISS"
    ),
    KnownMission("Inspiration4", ("Inspiration 4",), "SpaceX", None),
    KnownMission("Polaris Dawn", (), "SpaceX", None),
)
"""Missions known by name (checked before the name-number pattern). An alias
here names one mission only; a name shared by several goes in
:data:`AMBIGUOUS_NAMES`."""

AMBIGUOUS_NAMES: dict[str, tuple[str, ...]] = {
    "Vikram": ("Chandrayaan-2", "Chandrayaan-3"),
    "Pragyan": ("Chandrayaan-2", "Chandrayaan-3"),
    "Hakuto-R": ("Hakuto-R M1", "Hakuto-R M2"),
    "Starliner": ("Starliner OFT", "Starliner OFT-2", "Starliner CFT"),
    "Blue Ghost": ("Blue Ghost M1", "Blue Ghost M2"),
}
"""Names of a craft or a series that flew on several missions ("Vikram" was the
lander of Chandrayaan-2 and of Chandrayaan-3). Such a name is never mapped to a
mission on its own: a mission the sentence names explicitly wins, else the
article's current mission if it is one of the candidates, else the name stays as
written."""

MISSION_SERIES: tuple[str, ...] = (
    "Luna", "Chandrayaan", "Chang'e", "Chang’e", "Shenzhou", "Tianzhou", "Tianwen", "Artemis",
    "Apollo", "Soyuz MS", "Progress MS", "Soyuz TMA", "Crew", "Kosmos", "Cosmos", "Queqiao",
    "Hayabusa", "Mars", "Venera", "Yutu", "Danuri", "Voyager", "Pioneer", "Viking", "Mariner",
    "Gemini", "Vostok", "Voskhod", "Zond", "Surveyor", "Ranger", "Lunokhod", "Salyut", "Soyuz",
    "Axiom Mission",
)  # fmt: skip
"""Series whose numbered missions may be written with a space ("Luna 25",
"Artemis II") rather than the hyphen the general pattern expects."""

NOT_MISSIONS: frozenset[str] = frozenset(
    {"covid", "mig", "su", "tu", "an", "il", "g", "mi", "ka", "f", "b", "c", "mk", "no",
     "rs", "us", "t", "x"}
)  # fmt: skip
"""Name-number words that are never missions (aircraft, "COVID-19", "Rs 615-crore")."""

# -- vehicles and sites ----------------------------------------------------------------

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
