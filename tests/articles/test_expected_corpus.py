"""Self-checks of the labelled article corpus in ``expected.py``.

Where this sits: it guards the ground truth that the extractor tests compare
against, so a typo in a label fails here, not as a mysterious extractor miss.
Every ``when`` must be a valid timestamp in its canonical form, every name the
label uses must occur in the text, and the order must be the timeline order.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import pytz

import lunamission as lm
from lunamission import Timestamp

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _load_expected() -> ModuleType:
    # Loaded by path under a private name, so it works whichever directory pytest
    # puts on sys.path; dataclasses need the module registered before it runs.
    name = "_lunamission_articles_expected"
    spec = importlib.util.spec_from_file_location(name, HERE / "expected.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


expected = _load_expected()
EXPECTED = expected.EXPECTED
CASES = sorted(EXPECTED.items())
IDS = [Path(key).stem for key, _ in CASES]
ALL_EVENTS = [(key, i, ev) for key, case in CASES for i, ev in enumerate(case.events)]
EVENT_IDS = [f"{Path(key).stem}-{i}" for key, i, _ in ALL_EVENTS]
DATED = [(key, ev) for key, _, ev in ALL_EVENTS if ev.when is not None]
DATED_IDS = [f"{Path(key).stem}-{ev.kind}-{ev.when}" for key, ev in DATED]
DONE = [(key, ev) for key, ev in DATED if ev.status == "actual"]
DONE_IDS = [f"{Path(key).stem}-{ev.kind}-{ev.when}" for key, ev in DONE]

_CLOCK = re.compile(
    r"(?P<local>\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?P<offset>[+-]\d{2}:\d{2})\[(?P<zone>[^\]]+)\]"
)
WORD_LIMITS = {"examples": (150, 350), "tests": (60, 200)}


def _text(key: str) -> str:
    return (ROOT / key).read_text(encoding="utf-8")


# -- the corpus as a whole --------------------------------------------------------------------


def test_every_article_file_is_labelled() -> None:
    on_disk = {f"tests/articles/{p.name}" for p in HERE.glob("*.txt")}
    assert on_disk <= set(EXPECTED)


def test_the_corpus_covers_what_the_extractor_must_handle() -> None:
    examples = [key for key in EXPECTED if key.startswith("examples/")]
    articles = [key for key in EXPECTED if key.startswith("tests/articles/")]
    assert len(examples) >= 3
    assert len(articles) >= 8
    events = [ev for case in EXPECTED.values() for ev in case.events]
    assert any(not case.events for case in EXPECTED.values())
    assert {ev.status for ev in events} == expected.STATUSES
    assert {"docking", "undocking", "anomaly", "contact_restored"} <= {ev.kind for ev in events}
    assert any(ev.when is None for ev in events)
    assert any(ev.when is not None and "_approximate=true" in ev.when for ev in events)


def test_label_vocabulary_is_the_librarys() -> None:
    assert {kind.value for kind in lm.EventKind} == expected.KINDS
    assert {status.value for status in lm.Status} == expected.STATUSES
    assert {outcome.value for outcome in lm.Outcome} == expected.OUTCOMES


def test_source_ids_are_unique() -> None:
    sources = [case.source for case in EXPECTED.values()]
    assert len(sources) == len(set(sources))


# -- each article -----------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "case"), CASES, ids=IDS)
def test_article_length_is_within_its_limits(key: str, case: Any) -> None:
    low, high = WORD_LIMITS[key.split("/", 1)[0]]
    assert low <= len(_text(key).split()) <= high


@pytest.mark.parametrize(("key", "case"), CASES, ids=IDS)
def test_dateline_matches_the_publication_date(key: str, case: Any) -> None:
    # The dateline is the first line, or the first after a headline and a blank line.
    published = date.fromisoformat(case.published)
    lines = [line for line in _text(key).splitlines() if line.strip()]
    month = published.strftime("%b")
    pattern = rf"\b{month}[a-z]*\.? {published.day}\b"
    assert any(re.search(pattern, line) for line in lines[:2]), lines[:2]


@pytest.mark.parametrize(("key", "case"), CASES, ids=IDS)
def test_events_are_in_timeline_order(key: str, case: Any) -> None:
    whens = [ev.when for ev in case.events]
    dated = [w for w in whens if w is not None]
    assert whens[: len(dated)] == dated, "undated events come after every dated one"
    keys = [Timestamp.from_iso(w).sort_key for w in dated]
    assert keys == sorted(keys)


# -- each event -------------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "index", "ev"), ALL_EVENTS, ids=EVENT_IDS)
def test_event_fields_use_the_documented_vocabulary(key: str, index: int, ev: Any) -> None:
    assert ev.kind in expected.KINDS
    assert ev.status in expected.STATUSES
    assert ev.outcome is None or ev.outcome in expected.OUTCOMES
    if ev.status != "actual":
        assert ev.outcome is None
    if ev.kind != "launch":
        assert ev.vehicle is None and ev.site is None


@pytest.mark.parametrize(("key", "index", "ev"), ALL_EVENTS, ids=EVENT_IDS)
def test_names_in_labels_occur_in_the_text(key: str, index: int, ev: Any) -> None:
    text = _text(key)
    for name in (ev.mission, ev.vehicle, ev.site):
        if name is not None:
            # As a whole name: "Soyuz-2.1" must not pass on the strength of "Soyuz-2.1a".
            assert re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text), name


@pytest.mark.parametrize(("key", "ev"), DATED, ids=DATED_IDS)
def test_when_is_a_canonical_timestamp(key: str, ev: Any) -> None:
    assert ev.when is not None
    assert Timestamp.from_iso(ev.when).isoformat() == ev.when


@pytest.mark.parametrize(("key", "ev"), DATED, ids=DATED_IDS)
def test_a_clock_states_the_offset_its_zone_had_then(key: str, ev: Any) -> None:
    # Checked with pytz directly, not through Timestamp: the label must be right on its own.
    assert ev.when is not None
    m = _CLOCK.match(ev.when)
    if m is None:
        return
    naive = datetime.fromisoformat(m.group("local"))
    zone = pytz.utc if m.group("zone") == "UTC" else pytz.timezone(m.group("zone"))
    offset = zone.localize(naive).utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    assert m.group("offset") == f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


GAPS = [(key, ev) for key, _, ev in ALL_EVENTS if ev.gap is not None]
GAP_IDS = [f"{Path(key).stem}-{ev.kind}" for key, ev in GAPS]


@pytest.mark.parametrize(("key", "ev"), GAPS, ids=GAP_IDS)
def test_a_gap_is_a_different_answer_with_a_reason(key: str, ev: Any) -> None:
    assert ev.gap.when != ev.when
    assert ev.gap.reason
    if ev.gap.when is not None:
        assert Timestamp.from_iso(ev.gap.when).isoformat() == ev.gap.when


@pytest.mark.parametrize(("key", "ev"), DONE, ids=DONE_IDS)
def test_actual_events_happened_by_publication(key: str, ev: Any) -> None:
    assert ev.when is not None
    published = date.fromisoformat(EXPECTED[key].published)
    day_after = datetime(published.year, published.month, published.day, tzinfo=timezone.utc)
    assert Timestamp.from_iso(ev.when).utc < day_after + timedelta(days=1)
