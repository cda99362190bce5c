"""Event precision and recall of extract_timeline on every labelled article.

Run: python benchmarks/score_extract.py

The labels are tests/articles/expected.py (written apart from the extractor).
An extracted event counts as correct when kind, status, mission and time (the
exact ISO form: instant, zone, precision, hedges) all equal a labelled event's;
each label matches at most one extracted event. Labels are scored at their true
time (``when``), also where the tests accept a known parser gap. Prints
per-article counts, each article's misses and extras, and the totals for all
articles, for the eight texts of the issue-5 review and for the rest.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import lunamission as lm

ROOT = Path(__file__).resolve().parents[1]

Key = tuple[str, str, str | None, str | None]


def load_expected() -> dict[str, Any]:
    name = "_lunamission_articles_expected"
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "articles" / "expected.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    expected: dict[str, Any] = module.EXPECTED
    return expected


def score(path: str, case: Any) -> tuple[Counter[Key], Counter[Key]]:
    text = (ROOT / path).read_text(encoding="utf-8")
    tl = lm.extract_timeline(text, published=case.published, source=case.source)
    got: Counter[Key] = Counter(
        (ev.kind.value, ev.status.value, ev.mission, ev.when.isoformat() if ev.when else None)
        for ev in tl
    )
    want: Counter[Key] = Counter((e.kind, e.status, e.mission, e.when) for e in case.events)
    return got, want


def _ratio(hit: int, total: int) -> float:
    return hit / total if total else 1.0


def main() -> None:
    expected = load_expected()
    reviewed = _reviewed()
    totals: dict[str, list[int]] = {}  # group -> [extracted, labelled, correct]
    print(f"{'article':<45} {'extracted':>9} {'labelled':>8} {'correct':>7}")
    for path, case in expected.items():
        got, want = score(path, case)
        hit = sum((got & want).values())
        counts = (sum(got.values()), sum(want.values()), hit)
        groups = ["all", "issue-5 review" if path in reviewed else "earlier corpus"]
        for group in groups:
            row = totals.setdefault(group, [0, 0, 0])
            for i, n in enumerate(counts):
                row[i] += n
        print(f"{path:<45} {counts[0]:>9} {counts[1]:>8} {counts[2]:>7}")
        for key in (got - want).elements():
            print(f"    extra:  {key}")
        for key in (want - got).elements():
            print(f"    missed: {key}")
    print()
    for group, (extracted, labelled, correct) in totals.items():
        print(
            f"{group:<15} precision {_ratio(correct, extracted):.3f} ({correct}/{extracted}), "
            f"recall {_ratio(correct, labelled):.3f} ({correct}/{labelled})"
        )


def _reviewed() -> frozenset[str]:
    module = sys.modules["_lunamission_articles_expected"]
    reviewed: frozenset[str] = getattr(module, "REVIEWED", frozenset())
    return reviewed


if __name__ == "__main__":
    main()
