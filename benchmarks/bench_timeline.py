"""Benchmark: the event log, the timeline and pandas on a million synthetic events.

Generates 1,000,000 events over 1957-2030 (thousands of missions, every event
kind, every precision, some approximate, NET dates and revision chains), then
measures and prints, in one run:

* writing them to an :class:`lunamission.EventLog` (one ``extend``, which also
  leaves the column journal ``<log>.columns``), and to a second log with
  ``checkpoint=False`` (no journal);
* replaying the log (time and peak memory, each in a fresh process): with
  checkpoints off (every line checked); the first time (columns from the
  journal; its first window query sorts and indexes the view and writes
  ``<log>.checkpoint``); through that checkpoint; and the first replay of the
  log written without a journal (every line checked; the replay sorts and
  indexes the view and writes the checkpoint). After each, the first window
  query (which sorts the current view and builds the interval index, unless
  the replay did or a checkpoint kept them) and the first kind + mission
  filter (which maps missions);
* a replay after a day of news is appended (one new event per 500, and
  revisions of earlier ones), which takes the kept view with those lines put
  in at its first query;
* a one-day window query and a kind + mission filter on that timeline;
* the same two queries with pandas boolean masks on ``Timeline.to_pandas()``
  (selecting the matching rows, as the timeline hands back the matching events),
  checking that both find the same events, and the ratios of the medians and of
  the means over 200 random queries.

Run it with ``python benchmarks/bench_timeline.py`` (``--events N`` for a smaller
run). It is a benchmark, not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import lunamission as lm
from lunamission._eventcodec import Memo, decode_event
from lunamission.zones import localize, to_zone

UTC = timezone.utc
START = datetime(1957, 10, 4, tzinfo=UTC)
END = datetime(2030, 12, 31, tzinfo=UTC)
NOW = datetime(2025, 6, 1, tzinfo=UTC)
ZONES = (
    "UTC",
    "UTC",
    "UTC",
    "Europe/Moscow",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Asia/Kolkata",
    "America/New_York",
    "America/Chicago",
    "Europe/Paris",
    "America/Cayenne",
    "Asia/Almaty",
    "+03:00",
    "+05:30",
)
PREFIXES = (
    "Luna",
    "Kosmos",
    "Soyuz MS",
    "Progress MS",
    "Chang'e",
    "Tianzhou",
    "Shenzhou",
    "Explorer",
    "Pioneer",
    "Venera",
    "Mars",
    "Chandrayaan",
    "Hayabusa",
    "Starlink Group",
    "Gaganyaan",
    "Artemis",
    "Molniya",
    "Intelsat",
    "GPS IIF",
    "Meteor-M",
    "Resurs-P",
    "Yaogan",
    "Beidou",
)
# What news gives: reports of what happened are precise, plans are vague.
ACTUAL_PRECISIONS = (
    ("second", 25),
    ("minute", 45),
    ("hour", 5),
    ("day", 23),
    ("month", 1.5),
    ("year", 0.5),
)
PLANNED_PRECISIONS = (("minute", 10), ("day", 40), ("month", 30), ("year", 20))
KINDS = [k for k in lm.EventKind if k is not lm.EventKind.LAUNCH]
PUBLISHERS = ("TASS", "Xinhua", "Reuters", "PTI", "Kyodo", "AFP")


def _local(moment: datetime, tz: str, precision: str) -> tuple[str, str]:
    """The wall clock of ``moment`` in ``tz`` truncated to ``precision``, written the
    way pydantic writes it; falls back to UTC where the zone's midnight is doubtful."""
    wall = to_zone(moment, tz)
    naive = wall.replace(tzinfo=None)
    cut = {
        "second": {},
        "minute": {"second": 0},
        "hour": {"minute": 0, "second": 0},
        "day": {"hour": 0, "minute": 0, "second": 0},
        "month": {"day": 1, "hour": 0, "minute": 0, "second": 0},
        "year": {"month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0},
    }[precision]
    naive = naive.replace(microsecond=0, **cut)
    try:
        local = localize(naive, tz)
    except lm.ZoneError:
        return _local(moment, "UTC", precision)
    text = local.isoformat()
    return (text[:19] + "Z" if text.endswith("+00:00") else text), tz


def synthetic_events(n: int, *, seed: int = 1957) -> list[lm.Event]:
    """``n`` reproducible synthetic events in revision chains, like a news log.

    Each story is one event of one mission at a random moment of 1957-2030. A
    story after mid-2025 is a plan (30% of plans NET, some revised once). Of the
    stories before, 15% were first reported as a plan that the actual event then
    superseded, and 1% were planned and then cancelled. 10% of times are
    approximate. Precisions follow ACTUAL_PRECISIONS and PLANNED_PRECISIONS.
    """
    rng = random.Random(seed)
    memo = Memo()
    n_missions = max(1, n // 250)
    names = [f"{rng.choice(PREFIXES)}-{i:04d}" for i in range(n_missions)]
    span = (END - START).total_seconds()
    events: list[lm.Event] = []

    def emit(
        kind: str,
        mission: str,
        moment: datetime,
        status: str,
        recorded: datetime,
        supersedes: str | None,
    ) -> str:
        table = ACTUAL_PRECISIONS if status == "actual" else PLANNED_PRECISIONS
        precision = rng.choices([p for p, _ in table], [w for _, w in table])[0]
        local, tz = _local(moment, rng.choice(ZONES), precision)
        net = status == "planned" and moment > NOW and rng.random() < 0.3
        source = None
        if rng.random() < 0.2:
            source = {
                "document": f"doc-{len(events) // 10:06d}",
                "publisher": rng.choice(PUBLISHERS),
                "published": recorded.date().isoformat(),
                "span": None,
                "quote": None,
                "timestamp_span": None,
                "timestamp_text": None,
                "stated_weekday": None,
                "zone_rule": None,
            }
        ident = f"ev-{len(events):016x}"
        data = {
            "kind": kind,
            "status": status,
            "outcome": rng.choice(("success", "failure", None)) if status == "actual" else None,
            "mission": mission,
            "when": {
                "local": local,
                "tz": tz,
                "precision": precision,
                "approximate": rng.random() < 0.1,
                "qualifier": "not_before" if net else None,
            },
            "summary": f"{kind.replace('_', ' ')} of {mission}",
            "vehicle": None,
            "site": None,
            "source": source,
            "recorded": recorded.date().isoformat(),
            "supersedes": supersedes,
            "id": ident,
        }
        events.append(decode_event(data, memo))
        return ident

    while len(events) < n:
        mission = rng.choice(names)
        kind = "launch" if rng.random() < 0.02 else rng.choice(KINDS).value
        moment = START + timedelta(seconds=rng.random() * span)
        told = min(moment, NOW) - timedelta(days=rng.randrange(0, 400))
        roll = rng.random()
        if moment > NOW:
            first = emit(
                kind,
                mission,
                moment - timedelta(days=rng.randrange(10, 200)),
                "planned",
                told,
                None,
            )
            if roll < 0.2 and len(events) < n:
                emit(kind, mission, moment, "planned", told + timedelta(days=30), first)
        elif roll < 0.16:
            plan = emit(
                kind,
                mission,
                moment - timedelta(days=rng.randrange(0, 60)),
                "planned",
                told - timedelta(days=90),
                None,
            )
            if len(events) < n:
                status = "cancelled" if roll < 0.01 else "actual"
                emit(kind, mission, moment, status, moment, plan)
        else:
            emit(kind, mission, moment, "actual", moment + timedelta(days=1), None)
    return events


def _replay_in_child(path: Path, *, checkpoint: bool) -> dict[str, float]:
    """Replay in a fresh interpreter, so peak memory is the replay's own."""
    more = [] if checkpoint else ["--no-checkpoint"]
    out = subprocess.run(
        [sys.executable, __file__, "--replay-child", str(path), *more],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def _peak_mib() -> float:
    """This process's peak resident memory in MiB (VmHWM on Linux, which a fresh
    interpreter starts from zero; ru_maxrss elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes there, KiB here


def _child(path: str, checkpoint: bool) -> None:
    before = _peak_mib()
    t0, c0 = time.perf_counter(), time.process_time()
    timeline = lm.EventLog(path, checkpoint=checkpoint).replay()
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = _peak_mib()
    t0, c0 = time.perf_counter(), time.process_time()
    timeline.filter(start="2000-01-01T00:00Z", end="2000-01-02T00:00Z")
    first_query, first_cpu = time.perf_counter() - t0, time.process_time() - c0
    peak_after_index = _peak_mib()
    t0 = time.perf_counter()
    mission = timeline.missions()[0]
    timeline.filter(kind="launch", mission=mission)
    first_filter = time.perf_counter() - t0
    peak_after_filter = _peak_mib()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu": cpu,
                "first_cpu": first_cpu,
                "events": len(timeline.revisions),  # builds every event: after the peaks
                "peak_mb": peak,
                "baseline_mb": before,
                "first_query": first_query,
                "peak_after_index_mb": peak_after_index,
                "first_filter": first_filter,
                "peak_after_filter_mb": peak_after_filter,
            }
        )
    )


def _calibrate() -> float:
    """Microseconds for sum(range(1000)) here (best of five): a yardstick to
    compare machines by."""
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(2000):
            sum(range(1000))
        best = min(best, (time.perf_counter() - t0) / 2000 * 1e6)
    return best


def _profile(path: Path) -> None:
    """Where replay and the first query spend their time (cProfile, top 15)."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    lm.EventLog(path).replay().filter(start="2000-01-01T00:00Z", end="2000-01-02T00:00Z")
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--profile", action="store_true", help="cProfile replay and first query")
    ap.add_argument("--replay-child", help=argparse.SUPPRESS)
    ap.add_argument("--no-checkpoint", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.replay_child:
        _child(args.replay_child, not args.no_checkpoint)
        return
    n = args.events
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {load:.1f}, "
        f"sum(range(1000)) takes {_calibrate():.1f} us here"
    )
    t0 = time.perf_counter()
    events = synthetic_events(n)
    print(f"generated {n:,} events in {time.perf_counter() - t0:.1f} s")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jsonl"
        plain = Path(tmp) / "plain.jsonl"
        journal = path.with_name(path.name + ".columns")
        # Each write twice, the two kinds in turn, each to a new file: the first
        # large write in a process also pays for growing its memory.
        for _turn in range(2):
            for log, on in ((path, True), (plain, False)):
                for leftover in (log, log.with_name(log.name + ".columns")):
                    leftover.unlink(missing_ok=True)
                t0 = time.perf_counter()
                lm.EventLog(log, checkpoint=on).extend(events)
                write = time.perf_counter() - t0
                what = (
                    f"with its column journal ({journal.stat().st_size / 2**20:,.0f} MiB)"
                    if on
                    else "checkpoint=False (no journal)"
                )
                print(
                    f"write log      {write:7.2f} s   {n / write:,.0f} events/s"
                    f"   {log.stat().st_size / 2**20:,.0f} MiB, {what}"
                )

        # Four replays, each in a fresh interpreter: checking every line with
        # checkpoints off; the first replay of the log, which takes the columns
        # from the journal (its first window query writes <log>.checkpoint); a
        # replay through that checkpoint; and the first replay of the log
        # written without a journal, which checks every line and writes its
        # checkpoint itself.
        checkpoint = path.with_name(path.name + ".checkpoint")
        for label, log, on in (
            ("replay, every line checked, checkpoint=False", path, False),
            ("replay, first: columns from the journal", path, True),
            ("replay through the checkpoint (columns, view and index)", path, True),
            (
                "replay, first, of the log written without a journal: every line checked,"
                " view indexed, checkpoint written",
                plain,
                True,
            ),
        ):
            child = _replay_in_child(log, checkpoint=on)
            print(
                f"{label}\n               {child['seconds']:7.2f} s   ({child['cpu']:.2f} s CPU)"
                f"   peak RSS {child['peak_mb']:,.0f} MiB "
                f"(interpreter and imports {child['baseline_mb']:,.0f} MiB)   "
                f"{child['events']:,.0f} events"
            )
            print(
                f"  then first query {child['first_query']:7.3f} s ({child['first_cpu']:.3f} s CPU;"
                " sorts and indexes the current view unless the replay did or a checkpoint"
                " kept them, and writes the checkpoint if the replay left that to it;"
                f" peak RSS then {child['peak_after_index_mb']:,.0f} MiB)"
            )
            print(
                f"  then first filter {child['first_filter']:6.3f} s (kind + mission: maps"
                f" positions by mission; peak RSS then {child['peak_after_filter_mb']:,.0f} MiB)"
            )
        if checkpoint.exists():
            print(f"checkpoint file {checkpoint.stat().st_size / 2**20:,.0f} MiB")
        else:
            print("no checkpoint: a replay (or its first window query) writes one past 16 MB")
        # A day of news appended: new events, and revisions of events already in the log.
        batch = synthetic_events(max(n // 500, 10), seed=2025)
        renamed = {ev.id: f"ev-later-{i:06d}" for i, ev in enumerate(batch)}
        later = [  # ids of their own; plans that slip within the batch revise each other
            ev.model_copy(
                update={"id": renamed[ev.id], "supersedes": renamed.get(ev.supersedes or "")}
            )
            for ev in batch
        ]
        revised = [
            lm.Event(**{**ev.model_dump(exclude={"id"}), "summary": "revised", "supersedes": ev.id})
            for ev in events[: max(n // 20_000, 1) * 3 : 3]
        ]
        lm.EventLog(path).extend(later + revised)
        child = _replay_in_child(path, checkpoint=True)
        print(
            f"replay through the checkpoint, {len(later) + len(revised):,} lines appended since "
            f"({len(revised)} revising earlier events, "
            f"{sum(ev.supersedes is not None for ev in later)} revising new ones)\n"
            f"               {child['seconds']:7.2f} s   ({child['cpu']:.2f} s CPU)"
            f"   peak RSS {child['peak_mb']:,.0f} MiB   {child['events']:,.0f} events"
        )
        print(
            f"  then first query {child['first_query']:7.3f} s ({child['first_cpu']:.3f} s CPU;"
            " the kept view with the appended lines put in;"
            f" peak RSS then {child['peak_after_index_mb']:,.0f} MiB)"
        )
        if args.profile:
            _profile(path)
        timeline = lm.EventLog(path).replay()

    written = events + later + revised
    assert timeline.revisions == written, "the replayed log differs from what was written"
    timeline.filter(start="2000-01-01T00:00Z", end="2000-01-02T00:00Z")
    rng = random.Random(4)
    days = [START + timedelta(days=rng.randrange(0, (END - START).days)) for _ in range(200)]
    windows = [(d, d + timedelta(days=1)) for d in days]
    missions = timeline.missions()
    pairs = [(rng.choice(list(lm.EventKind)).value, rng.choice(missions)) for _ in range(200)]

    def windows_lm(a: datetime, b: datetime) -> int:
        return len(timeline.filter(start=a, end=b))

    def filters_lm(kind: str, mission: str) -> int:
        return len(timeline.filter(kind=kind, mission=mission))

    t0 = time.perf_counter()
    df = timeline.to_pandas()
    t_frame = time.perf_counter() - t0
    import pandas as pd

    dated = df[df["utc"].notna()]
    earliest, latest = dated["earliest"], dated["latest"]

    # Both sides hand back the matching events: a Timeline, a DataFrame of the rows.
    def windows_pd(a: datetime, b: datetime) -> int:
        lo, hi = pd.Timestamp(a), pd.Timestamp(b)
        mask = (earliest.isna() | (earliest < hi)) & (latest.isna() | (latest > lo))
        return len(dated[mask])

    def filters_pd(kind: str, mission: str) -> int:
        return len(df[(df["kind"] == kind) & (df["mission"] == mission)])

    print(f"to_pandas      {t_frame:7.2f} s   {len(df):,} rows (current view)")
    for label, ours, theirs, queries, unit in (
        ("one-day window", windows_lm, windows_pd, windows, "window"),
        ("kind+mission  ", filters_lm, filters_pd, pairs, "filter"),
    ):
        mine, counts = _per_query(ours, queries)
        pandas_times, pandas_counts = _per_query(theirs, queries)
        assert counts == pandas_counts, f"{label.strip()}: lunamission and pandas disagree"
        print(
            f"{label} lunamission median {statistics.median(mine) * 1e3:7.3f} ms, mean "
            f"{statistics.mean(mine) * 1e3:7.3f} ms | pandas median "
            f"{statistics.median(pandas_times) * 1e3:7.3f} ms, mean "
            f"{statistics.mean(pandas_times) * 1e3:7.3f} ms | pandas/lunamission "
            f"{statistics.median(pandas_times) / statistics.median(mine):5.1f}x (median), "
            f"{statistics.mean(pandas_times) / statistics.mean(mine):5.1f}x (mean) | "
            f"{statistics.median(counts):.0f} median, {statistics.mean(counts):.0f} mean events "
            f"per {unit}"
        )


def _per_query(fn: Any, queries: list[tuple[Any, Any]]) -> tuple[list[float], list[int]]:
    """Each query's best time of three rounds, and its result count."""
    best = [float("inf")] * len(queries)
    counts = [0] * len(queries)
    for _ in range(3):
        for i, (a, b) in enumerate(queries):
            t0 = time.perf_counter()
            counts[i] = fn(a, b)
            best[i] = min(best[i], time.perf_counter() - t0)
    return best, counts


if __name__ == "__main__":
    main()
