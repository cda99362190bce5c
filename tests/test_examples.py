"""Every labelled article (the examples and tests/articles) extracts to exactly its events.

The ground truth lives in tests/articles/expected.py, written apart from the
extractor; this compares kind, status, mission, time (ISO with zone, precision
and hedges), outcome, and vehicle and site where the label gives them, in
timeline order. Where a label carries a ``gap`` (a known parser limitation) the
comparison is with what the extractor gives today, so the test fails the day
the parser closes the gap and the label can lose it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import lunamission as lm

ROOT = Path(__file__).resolve().parents[1]


def _load_expected() -> ModuleType:
    name = "_lunamission_articles_expected"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "articles" / "expected.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


EXPECTED: dict[str, Any] = _load_expected().EXPECTED


def _extract(path: str) -> lm.Timeline:
    case = EXPECTED[path]
    text = (ROOT / path).read_text(encoding="utf-8")
    return lm.extract_timeline(text, published=case.published, source=case.source)


Row = tuple[str, str, str | None, str | None, str | None]


def _row(ev: lm.Event) -> Row:
    when = ev.when.isoformat() if ev.when else None
    outcome = ev.outcome.value if ev.outcome else None
    return (ev.kind.value, ev.status.value, ev.mission, when, outcome)


def _today(want: tuple[Any, ...]) -> list[Any]:
    """The labels as the extractor gives them today (gaps applied), in timeline order:
    dated by ``Timestamp.sort_key``, then undated in label order."""
    labels = [(e, e.gap.when if e.gap else e.when) for e in want]
    dated = sorted(
        (pair for pair in labels if pair[1] is not None),
        key=lambda pair: lm.Timestamp.from_iso(pair[1]).sort_key,
    )
    return [*dated, *(pair for pair in labels if pair[1] is None)]


# -- every article: exactly its events, in timeline order --------------------------------------
@pytest.mark.parametrize("path", sorted(EXPECTED), ids=lambda p: Path(p).stem)
def test_article_extracts_to_its_expected_events(path: str) -> None:
    got = list(_extract(path))
    want = _today(EXPECTED[path].events)
    assert [_row(ev) for ev in got] == [
        (e.kind, e.status, e.mission, when, e.outcome) for e, when in want
    ], "a label with a gap now extracts right? delete its gap in expected.py"
    for ev, (e, _) in zip(got, want, strict=True):
        if e.vehicle is not None:
            assert ev.vehicle == e.vehicle
        if e.site is not None:
            assert ev.site == e.site


# -- provenance holds on every article ------------------------------------------------------
@pytest.mark.parametrize("path", sorted(EXPECTED), ids=lambda p: Path(p).stem)
def test_every_event_quotes_its_sentence(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    for ev in _extract(path):
        src = ev.source
        assert src is not None and src.span is not None
        assert src.document == EXPECTED[path].source
        assert text[src.span[0] : src.span[1]] == src.quote
        if ev.when is not None:
            assert src.timestamp_span is not None
            assert text[src.timestamp_span[0] : src.timestamp_span[1]] == src.timestamp_text
            assert src.zone_rule in {"explicit", "article", "dateline", "default_tz"}


# -- the shipped examples round-trip through JSON -----------------------------------------------
@pytest.mark.parametrize(
    "path", sorted(p for p in EXPECTED if p.startswith("examples/")), ids=lambda p: Path(p).stem
)
def test_example_timelines_round_trip(path: str) -> None:
    tl = _extract(path)
    assert lm.Timeline.model_validate_json(tl.model_dump_json()) == tl
