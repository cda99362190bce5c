"""Benchmark: extract_timeline throughput, and how its time grows with the text.

Run: python benchmarks/bench_extract.py

1. Articles per second on the four example reports in examples/.
2. The examples concatenated and repeated to about 125 KB, 250 KB, 500 KB and
   1 MB (one long article under the first dateline), timed at each size, with
   the time per KB: a flat column shows linear growth.

A benchmark, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import time
from pathlib import Path

import lunamission as lm

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = {
    "luna25_tass_style.txt": "2023-08-21",
    "chandrayaan3_pti_style.txt": "2023-08-23",
    "slim_kyodo_style.txt": "2024-01-20",
    "change6_xinhua_style.txt": "2024-06-04",
}
SIZES_KB = (125, 250, 500, 1000)


def _best_of(repeats: int, job: object) -> float:
    assert callable(job)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        job()
        best = min(best, time.perf_counter() - start)
    return best


def articles_per_second(rounds: int = 50) -> tuple[float, int]:
    texts = [((ROOT / "examples" / n).read_text(encoding="utf-8"), p) for n, p in EXAMPLES.items()]
    events = sum(len(lm.extract_timeline(t, published=p)) for t, p in texts)

    def job() -> None:
        for _ in range(rounds):
            for text, published in texts:
                lm.extract_timeline(text, published=published)

    seconds = _best_of(3, job)
    return rounds * len(texts) / seconds, events


def corpus(size_kb: int) -> str:
    body = "\n\n".join((ROOT / "examples" / n).read_text(encoding="utf-8") for n in EXAMPLES)
    target = size_kb * 1000
    copies = max(1, target // len(body) + 1)
    return "\n\n".join([body] * copies)[:target]


def main() -> None:
    rate, events = articles_per_second()
    print(f"extract_timeline on the {len(EXAMPLES)} examples ({events} events): "
          f"{rate:,.0f} articles/s")  # fmt: skip
    print()
    print(f"{'size':>8}  {'events':>7}  {'seconds':>8}  {'ms per KB':>9}")
    for size in SIZES_KB:
        text = corpus(size)
        found = len(lm.extract_timeline(text, published="2023-08-21"))
        seconds = _best_of(3, lambda t=text: lm.extract_timeline(t, published="2023-08-21"))
        print(f"{size:>6}KB  {found:>7}  {seconds:>8.3f}  {1000 * seconds / size:>9.3f}")


if __name__ == "__main__":
    main()
