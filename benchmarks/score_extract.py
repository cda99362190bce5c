"""Event precision and recall of extract_timeline on every labelled article.

Run: python benchmarks/score_extract.py

The labels are tests/articles/expected.py (written apart from the extractor).
An extracted event counts as correct when kind, status, mission and time (the
exact ISO form: instant, zone, precision, hedges) all equal a labelled event's;
each label matches at most one extracted event. Prints per-article counts and
the totals, and each article's misses and extras.
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


def main() -> None:
    total_got = total_want = total_hit = 0
    print(f"{'article':<45} {'extracted':>9} {'labelled':>8} {'correct':>7}")
    for path, case in load_expected().items():
        got, want = score(path, case)
        hit = sum((got & want).values())
        total_got += sum(got.values())
        total_want += sum(want.values())
        total_hit += hit
        print(f"{path:<45} {sum(got.values()):>9} {sum(want.values()):>8} {hit:>7}")
        for key in (got - want).elements():
            print(f"    extra:  {key}")
        for key in (want - got).elements():
            print(f"    missed: {key}")
    precision = total_hit / total_got if total_got else 1.0
    recall = total_hit / total_want if total_want else 1.0
    print()
    print(f"precision {precision:.3f} ({total_hit}/{total_got}), "
          f"recall {recall:.3f} ({total_hit}/{total_want})")  # fmt: skip


if __name__ == "__main__":
    main()
