"""Benchmark the news timestamp parser against dateparser and dateutil (issue 4).

Run ``python benchmarks/bench_parse.py`` (about a minute). On the labelled corpus
in ``tests/corpus.py`` it prints, for each tool, phrases per second and accuracy
(correct / silently wrong / none or error), then the speed of scanning a
2,000-word text with :func:`lunamission.find_timestamps` against
``dateparser.search.search_dates``, and the ratios.

How the others are judged, generously:

* ``dateparser.parse`` gets ``RELATIVE_BASE`` (the reference) and ``TIMEZONE``
  (the case's default zone, else UTC), timed both as documented (language
  detection on) and with ``languages=["en"]``, its fastest honest setting.
* ``dateutil.parser.parse(fuzzy=True)`` gets the reference as ``default`` so it
  does not fill the year from today.
* A naive result is read in the zone the case expects (the zone the text named),
  which they drop. A day, month or year is right if the result falls inside it;
  hedges (approximate, bounds) are not checked. A case with several timestamps
  cannot be right for a tool that returns one datetime.

lunamission is judged strictly: every timestamp, its zone, precision and hedges
must equal the label.

How the speed is measured, the same way for every tool: the timed work is the
parse call alone, over the same phrases in the same process; judging happens
outside the clock. The tools take turns round after round and each keeps its best
round. Before every round of its own, lunamission forgets what it memoised in
earlier rounds (reference dates, completed years, zone offsets per day), so a
round never profits from having seen the corpus before. One extra line times
lunamission with each result also written out as ISO text, which is what the
accuracy check does with it.
"""

from __future__ import annotations

import sys
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import dateparser
import dateparser.search
from dateutil import parser as dateutil_parser

import lunamission as lm
from lunamission.parser.api import clear_memos
from lunamission.zones import localize

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from corpus import CASES, Case

Verdict = str  # "correct", "wrong" or "none"
SCAN_WORDS = 2_000
SCAN_REFERENCE = "2023-08-21"


def _reference(case: Case) -> datetime:
    day = date.fromisoformat(case.reference) if case.reference else date(2024, 6, 15)
    return datetime(day.year, day.month, day.day)


def run_lunamission(case: Case) -> list[lm.Timestamp] | None:
    try:
        return lm.parse_timestamps(
            case.phrase, reference=case.reference, default_tz=case.default_tz
        )
    except lm.TimestampError:
        return None


def judge_lunamission(case: Case, got: list[lm.Timestamp] | None) -> Verdict:
    if not got:
        return "none"
    return "correct" if [ts.isoformat() for ts in got] == list(case.expected) else "wrong"


def judge_datetime(case: Case, value: datetime | None) -> Verdict:
    """Judge one datetime from a tool that returns one, against the label."""
    if value is None:
        return "none"
    if len(case.expected) != 1:
        return "wrong"
    expected = lm.Timestamp.from_iso(case.expected[0])
    if value.tzinfo is None:
        value = localize(value, expected.tz, on_ambiguous="earlier")
    if expected.precision.rank >= lm.Precision.HOUR.rank:
        return "correct" if value == expected.utc else "wrong"
    return "correct" if expected.utc <= value < expected.end else "wrong"


def run_dateutil(case: Case) -> datetime | None:
    try:
        value: datetime = dateutil_parser.parse(case.phrase, fuzzy=True, default=_reference(case))
    except (ValueError, OverflowError):
        return None
    return value


def dateparser_runner(languages: list[str] | None) -> Callable[[Case], datetime | None]:
    def run(case: Case) -> datetime | None:
        settings: dict[str, Any] = {
            "RELATIVE_BASE": _reference(case),
            "TIMEZONE": case.default_tz or "UTC",
            "RETURN_AS_TIMEZONE_AWARE": True,
        }
        value: datetime | None = dateparser.parse(
            case.phrase, languages=languages, settings=settings
        )
        return value

    return run


def best_of_interleaved(works: dict[str, Callable[[], object]], *, rounds: int) -> dict[str, float]:
    """Best seconds per call of each work, running them in alternation so that every
    tool meets the same machine load. lunamission starts every round cold."""
    best = dict.fromkeys(works, float("inf"))
    for _ in range(rounds):
        for name, work in works.items():
            clear_memos()
            started = time.perf_counter()
            work()
            best[name] = min(best[name], time.perf_counter() - started)
    return best


def accuracy(verdicts: list[Verdict]) -> str:
    n = len(verdicts)
    counts = {v: verdicts.count(v) for v in ("correct", "wrong", "none")}
    return (
        f"correct {counts['correct']:3d} ({counts['correct'] / n:4.0%})  "
        f"silently wrong {counts['wrong']:3d} ({counts['wrong'] / n:4.0%})  "
        f"none/error {counts['none']:3d} ({counts['none'] / n:4.0%})"
    )


def article(words: int) -> str:
    """A text of about ``words`` words made of the corpus's whole news sentences."""
    sentences = [c.phrase for c in CASES if c.phrase.endswith(".")]
    parts: list[str] = []
    count = 0
    while count < words:
        sentence = sentences[len(parts) % len(sentences)]
        parts.append(sentence)
        count += len(sentence.split())
    return " ".join(parts)


def main() -> None:
    warnings.simplefilter("ignore")  # dateutil warns about every zone name it drops
    n = len(CASES)
    sentences = [c for c in CASES if c.phrase.endswith(".")]
    print(f"corpus: {n} labelled phrases ({len(sentences)} whole sentences)\n")

    rows: dict[str, tuple[float, list[Verdict]]] = {}

    def lunamission_pass(cases: list[Case]) -> Callable[[], object]:
        return lambda: [run_lunamission(c) for c in cases]

    def lunamission_written_pass(cases: list[Case]) -> Callable[[], object]:
        return lambda: [[ts.isoformat() for ts in run_lunamission(c) or ()] for c in cases]

    def dateutil_pass(cases: list[Case]) -> Callable[[], object]:
        return lambda: [run_dateutil(c) for c in cases]

    works = {
        "ours": lunamission_pass(CASES),
        "ours written": lunamission_written_pass(CASES),
        "dateutil": dateutil_pass(CASES),
    }
    best = best_of_interleaved(works, rounds=25)
    rows["lunamission.parse_timestamps"] = (
        n / best["ours"],
        [judge_lunamission(c, run_lunamission(c)) for c in CASES],
    )
    rows["dateutil.parse(fuzzy=True)"] = (
        n / best["dateutil"],
        [judge_datetime(c, run_dateutil(c)) for c in CASES],
    )

    for label, languages in (
        ("dateparser.parse (languages=en)", ["en"]),
        ("dateparser.parse (as documented)", None),
    ):
        run = dateparser_runner(languages)
        started = time.perf_counter()
        values = [run(c) for c in CASES]
        seconds = time.perf_counter() - started
        rows[label] = (
            n / seconds,
            [judge_datetime(c, v) for c, v in zip(CASES, values, strict=False)],
        )

    width = max(len(k) for k in rows)
    for label, (rate, verdicts) in rows.items():
        print(f"{label:<{width}}  {rate:9.0f} phrases/s   {accuracy(verdicts)}")

    written = n / best["ours written"]
    print(f"{'  ... and each result written as ISO text':<{width}}  {written:9.0f} phrases/s")

    ours = rows["lunamission.parse_timestamps"][0]
    print()
    for label, (rate, _) in rows.items():
        if not label.startswith("lunamission"):
            print(f"lunamission / {label:<{width}}  {ours / rate:8.2f}x")
    dateutil_rate = rows["dateutil.parse(fuzzy=True)"][0]
    print(
        f"{'  ... with each result written as ISO text':<{width + 14}}  {written / dateutil_rate:8.2f}x"
    )

    # Whole news sentences only: the headline comparison with dateutil.
    works = {
        "ours": lunamission_pass(sentences),
        "ours written": lunamission_written_pass(sentences),
        "dateutil": dateutil_pass(sentences),
    }
    best = best_of_interleaved(works, rounds=60)
    ours_rate, dateutil_rate = len(sentences) / best["ours"], len(sentences) / best["dateutil"]
    written = len(sentences) / best["ours written"]
    print(
        f"\nwhole sentences: lunamission {ours_rate:.0f}/s, dateutil {dateutil_rate:.0f}/s "
        f"({ours_rate / dateutil_rate:.2f}x; {written / dateutil_rate:.2f}x with each result "
        "written as ISO text)"
    )

    text = article(SCAN_WORDS)
    settings: dict[str, Any] = {
        "RELATIVE_BASE": datetime.fromisoformat(SCAN_REFERENCE),
        "TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": True,
    }
    found: list[lm.TimestampMatch] = []

    def scan() -> None:
        found[:] = lm.find_timestamps(text, reference=SCAN_REFERENCE, default_tz="UTC")

    ours_scan = best_of_interleaved({"scan": scan}, rounds=20)["scan"]
    print(f"\nscanning a {len(text.split())}-word text:")
    print(
        f"  lunamission.find_timestamps           {ours_scan * 1000:9.1f} ms  {len(found)} matches"
    )
    for label, languages in (("languages=en", ["en"]), ("as documented", None)):
        started = time.perf_counter()
        hits = dateparser.search.search_dates(text, languages=languages, settings=settings) or []
        took = time.perf_counter() - started
        print(
            f"  dateparser.search_dates ({label:<13}) {took * 1000:9.1f} ms  {len(hits)} matches"
            f"   ratio {took / ours_scan:7.1f}x"
        )


if __name__ == "__main__":
    main()
