"""Review of the column journal (``<log>.columns``): a replay that takes columns
from the journal must give exactly what ``EventLog(path, checkpoint=False)``
gives, for any state of the log, the journal and the checkpoint.

Written as an adversarial review (helper-25). Its first half found that the
first journal writer trusted event objects as validated: events from
``model_copy(update=...)`` or ``model_construct`` (and Event subclasses) skip
validation, so the journal vouched for lines a replay that checks them refuses
or reads otherwise. The writer now runs the replay's own check on the lines it
writes, and those tests pass; the second half covers the structure of logs,
journals and checkpoints.
"""

from __future__ import annotations

import os
import pickle
import random
import warnings
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from test_journal import batch

import lunamission as lm
from lunamission import (
    Event,
    EventLog,
    EventLogError,
    Precision,
    Timeline,
    Timestamp,
    _journal,
    eventlog,
)
from lunamission._checkpoint_file import JOURNAL_MAGIC
from lunamission._rows import Rows

iso = Timestamp.from_iso


# -- helpers -------------------------------------------------------------------------


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + ".columns")


def checkpoint_of(path: Path) -> Path:
    return path.with_name(path.name + ".checkpoint")


def write(path: Path, events: list[Event]) -> None:
    """extend(), ignoring pydantic's serializer warnings about unvalidated fields."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        EventLog(path).extend(events)


def outcome(path: Path, checkpoint: bool) -> tuple[str, Any, list[str]]:
    """("ok", timeline) or ("error", message), and the warnings, of a replay."""
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        try:
            result: tuple[str, Any] = ("ok", EventLog(path, checkpoint=checkpoint).replay())
        except EventLogError as exc:
            result = ("error", str(exc))
    return (*result, [str(w.message) for w in seen if issubclass(w.category, UserWarning)])


def same(a: Timeline, b: Timeline) -> None:
    """Column for column, with the same types, and equal as timelines."""
    for name in Rows.__slots__:
        x, y = getattr(a._rows, name), getattr(b._rows, name)
        assert x == y, name
        assert [type(v) for v in x] == [type(v) for v in y], name
    assert a == b
    assert a.revisions == b.revisions


def agrees(path: Path) -> Timeline | None:
    """Replay with journal/checkpoint and without: the same timeline, the same
    error, the same warnings."""
    kind_a, a, warn_a = outcome(path, True)
    kind_b, b, warn_b = outcome(path, False)
    assert (kind_a, warn_a) == (kind_b, warn_b), (a, b)
    if kind_a == "error":
        assert a == b
        return None
    same(a, b)
    return a


def records_used(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each record a replay tried was taken."""
    taken: list[bool] = []
    original = EventLog._take_record

    def counting(*args: Any, **kwargs: Any) -> Any:
        rows = original(*args, **kwargs)
        taken.append(rows is not None)
        return rows

    monkeypatch.setattr(EventLog, "_take_record", staticmethod(counting))
    return taken


N = 1100  # one journaled write (>= MIN_LINES)
PLAIN = 12  # batch(N)[12]: minute precision in Europe/Moscow (18:00), no escapes in its line


def with_event(event: Event, at: int = PLAIN) -> list[Event]:
    events = batch(N)
    events[at] = event
    return events


# == Unvalidated events: the journal judges the lines, as a replay does =============


@pytest.mark.parametrize(
    "update",
    [
        pytest.param({"summary": 42}, id="summary-int"),
        pytest.param({"vehicle": 7}, id="vehicle-int"),
        pytest.param({"outcome": "bogus"}, id="outcome-not-a-member"),
        pytest.param({"recorded": "2023-02-30"}, id="recorded-no-such-day"),
        pytest.param({"source": {"publisher": 5}}, id="source-dict-wrong-type"),
    ],
)
def test_a_field_of_the_wrong_type_is_refused_with_a_journal_too(
    tmp_path: Path, update: dict[str, Any]
) -> None:
    """A user relies on replay refusing a line that is not an event (with its
    line number), whether or not the log was written in bulk."""
    path = tmp_path / "log.jsonl"
    write(path, with_event(batch(N)[PLAIN].model_copy(update=update)))
    assert not _journal.read(journal_of(path), log_size=path.stat().st_size)  # no record
    with pytest.raises(EventLogError, match=f"line {PLAIN + 2}: not an event"):
        EventLog(path, checkpoint=False).replay()
    with pytest.raises(EventLogError, match=f"line {PLAIN + 2}: not an event"):
        EventLog(path).replay()


def test_an_event_subclass_with_an_extra_field_is_refused_with_a_journal_too(
    tmp_path: Path,
) -> None:
    """Event forbids extra fields: a line with one is an error at replay; the
    journal must not let it through because its writer held a subclass."""

    class Noted(Event):
        note: str = "x"

    path = tmp_path / "log.jsonl"
    write(path, with_event(Noted(**dict(batch(N)[PLAIN]))))
    with pytest.raises(EventLogError, match="line 14: not an event"):
        EventLog(path, checkpoint=False).replay()
    with pytest.raises(EventLogError, match="line 14: not an event"):
        EventLog(path).replay()


def test_recorded_set_to_a_datetime_reads_back_as_without_a_journal(
    tmp_path: Path,
) -> None:
    """``model_copy(update={"recorded": datetime(...)})`` writes "…T00:00:00";
    checking the line makes it a date. With the journal the line is kept as
    checked and building the event raises a bare ValueError on access."""
    path = tmp_path / "log.jsonl"
    event = batch(N)[PLAIN].model_copy(update={"recorded": datetime(2023, 8, 10)})
    write(path, with_event(event))
    cold = EventLog(path, checkpoint=False).replay()
    assert cold.get(event.id).recorded == datetime(2023, 8, 10).date()
    replayed = EventLog(path).replay()
    assert replayed.get(event.id) == cold.get(event.id)


def test_a_source_added_with_model_copy_fills_recorded_as_without_a_journal(
    tmp_path: Path,
) -> None:
    """Validation fills ``recorded`` from the source's publication date; a
    replay that checks the line does so. ``as_of`` queries depend on it."""
    path = tmp_path / "log.jsonl"
    source = lm.Source(publisher="TASS", published="2023-08-10")
    event = batch(N)[PLAIN].model_copy(update={"source": source})
    write(path, with_event(event))
    cold = EventLog(path, checkpoint=False).replay()
    assert cold.get(event.id).recorded == source.published
    assert EventLog(path).replay().get(event.id).recorded == source.published


def test_an_emptied_id_is_derived_again_as_without_a_journal(tmp_path: Path) -> None:
    """An event whose id is "" gets its content id when the line is checked;
    the journal keeps "" as its id."""
    path = tmp_path / "log.jsonl"
    event = batch(N)[PLAIN].model_copy(update={"id": ""})
    write(path, with_event(event))
    cold = EventLog(path, checkpoint=False).replay()
    replayed = EventLog(path).replay()
    assert replayed._rows.ids == cold._rows.ids
    assert replayed == cold


def _moscow() -> Timestamp:
    ts = batch(N)[PLAIN].when
    assert ts is not None and ts.local.hour == 18
    return ts


@pytest.mark.parametrize(
    "when",
    [
        pytest.param(
            lambda: _moscow().model_copy(update={"tz": "Asia/Tokyo"}), id="tz-not-the-offsets"
        ),
        pytest.param(
            lambda: Timestamp.model_construct(
                local=datetime(2023, 3, 4, 15, 0, tzinfo=timezone.utc),
                tz="Europe/Moscow",
                precision=Precision.MINUTE,
                approximate=False,
                qualifier=None,
            ),
            id="utc-wall-in-moscow",
        ),
    ],
)
def test_a_time_whose_offset_is_not_its_zones_reads_as_without_a_journal(
    tmp_path: Path, when: Any
) -> None:
    """Checking a line puts its wall clock in its zone (validation's
    normalisation); the journal keeps the wall as written, so the timelines
    differ (and so do the wall clocks queries and exports show)."""
    path = tmp_path / "log.jsonl"
    event = batch(N)[PLAIN].model_copy(update={"when": when()})
    write(path, with_event(event))
    cold = EventLog(path, checkpoint=False).replay()
    replayed = EventLog(path).replay()
    assert replayed.get(event.id) == cold.get(event.id)


@pytest.mark.parametrize(
    "when",
    [
        pytest.param(
            lambda: _moscow().model_copy(update={"precision": Precision.DAY}),
            id="day-precision-with-an-hour",
        ),
        pytest.param(
            lambda: Timestamp.model_construct(
                local=datetime(9999, 1, 1, tzinfo=timezone.utc),
                tz="UTC",
                precision=Precision.DAY,
                approximate=False,
                qualifier=None,
            ),
            id="year-9999",
        ),
        pytest.param(
            lambda: Timestamp.model_construct(
                local=datetime(1, 12, 31, 12, tzinfo=timezone.utc),
                tz="UTC",
                precision=Precision.HOUR,
                approximate=False,
                qualifier=None,
            ),
            id="year-0001",
        ),
        pytest.param(
            lambda: Timestamp.model_construct(
                local="2023-03-04T99:00:00+03:00",
                tz="Europe/Moscow",
                precision=Precision.MINUTE,
                approximate=False,
                qualifier=None,
            ),
            id="hour-99-as-text",
        ),
    ],
)
def test_a_time_validation_refuses_is_refused_with_a_journal_too(tmp_path: Path, when: Any) -> None:
    """A time with finer fields than its precision, a year out of range or a
    clock that does not exist is an error naming its line; with the journal the
    replay succeeds (and for hour 99, touching the event raises ValueError)."""
    path = tmp_path / "log.jsonl"
    write(path, with_event(batch(N)[PLAIN].model_copy(update={"when": when()})))
    with pytest.raises(EventLogError, match="line 14: not an event"):
        EventLog(path, checkpoint=False).replay()
    with pytest.raises(EventLogError, match="line 14: not an event"):
        EventLog(path).replay()


@pytest.mark.parametrize("approximate", [100, -1])
def test_extend_never_raises_after_writing_its_lines(tmp_path: Path, approximate: int) -> None:
    """extend() either writes and returns, or raises before writing: a caller
    that retries after an exception must not write every event twice. Here the
    lines are written and fsynced, then building the record raises
    ``ValueError: bytes must be in range(0, 256)`` (hedge code 3*approximate)."""
    path = tmp_path / "log.jsonl"
    when = _moscow().model_copy(update={"approximate": approximate})
    events = with_event(batch(N)[PLAIN].model_copy(update={"when": when}))
    try:
        write(path, events)
    except ValueError:
        written = path.read_bytes().count(b"\n") - 1
        pytest.fail(f"extend raised ValueError after writing {written} of {len(events)} lines")
    assert path.read_bytes().count(b"\n") == len(events) + 1


def test_to_eventlog_never_raises_after_writing_its_lines(tmp_path: Path) -> None:
    """The same through Timeline.to_eventlog (records_of_rows)."""
    timeline = Timeline(batch(N))
    when = _moscow().model_copy(update={"approximate": 100})
    timeline.add(batch(N)[PLAIN].model_copy(update={"when": when, "id": "odd-1"}))
    path = tmp_path / "copy.jsonl"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            timeline.to_eventlog(path)
        except ValueError:
            written = path.read_bytes().count(b"\n") - 1
            pytest.fail(f"to_eventlog raised ValueError after writing {written} lines")


def test_to_eventlog_of_an_event_added_in_code_reads_as_without_a_journal(
    tmp_path: Path,
) -> None:
    """Timeline.add accepts any Event instance; the copy's journal must not
    vouch for one validation would read otherwise."""
    first = tmp_path / "first.jsonl"
    EventLog(first, checkpoint=False).extend(batch(N))
    timeline = EventLog(first).replay()
    source = lm.Source(publisher="TASS", published="2023-08-10")
    timeline.add(batch(N)[PLAIN].model_copy(update={"source": source, "id": "odd-1"}))
    copy = tmp_path / "copy.jsonl"
    timeline.to_eventlog(copy)
    agrees(copy)


@pytest.mark.parametrize("zone", ["Etc/GMT-3", "Etc/GMT+5", "Etc/UCT", "Greenwich"])
def test_valid_events_in_fixed_etc_zones_keep_the_column_types(tmp_path: Path, zone: str) -> None:
    """Zones whose plan has no check_epochs (pytz StaticTzInfo: Etc/GMT±N, UCT,
    Greenwich…) are never taken by the scanner: checking decodes those lines
    into events. The journal keeps them as lines, so ``_rows.items`` and the
    stamps' wall clocks differ in type from a replay that checks (the events
    are equal). The same holds for source spans with 19+ digit integers."""
    path = tmp_path / "log.jsonl"
    event = Event(**{**dict(batch(N)[PLAIN]), "when": iso(f"2023-03-04T18:00[{zone}]")})
    write(path, with_event(event))
    agrees(path)


# == Structure of logs, journals and checkpoints =====================================


def test_duplicate_ids_inside_a_journaled_batch_raise_with_the_same_lines(
    tmp_path: Path,
) -> None:
    """Two different events under one id, both in one bulk write: the replay
    names both lines, as it does without the journal; an identical repeated
    line is kept once."""
    path = tmp_path / "log.jsonl"
    events = batch(N)
    events[30] = events[31].model_copy(update={"summary": "another report"})
    events[40] = events[41]  # the very same event twice
    write(path, events)
    with pytest.raises(EventLogError, match=r"line 33: another event already has id .*\(line 32\)"):
        EventLog(path).replay()
    agrees(path)
    events[30] = batch(N)[30]
    path2 = tmp_path / "ok.jsonl"
    write(path2, events)
    assert len(agrees(path2).revisions) == N - 1  # type: ignore[union-attr]


def test_records_of_another_log_are_never_used_for_other_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal copied from another log (other lines at the same offsets), and
    records spliced in twice and reordered: nothing is taken that does not
    describe the bytes there."""
    taken = records_used(monkeypatch)
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write(a, batch(N, "a"))
    write(b, batch(N, "b"))
    journal_of(a).write_bytes(journal_of(b).read_bytes())
    agrees(a)
    assert taken.count(True) == 0
    # the same lines at another offset: a record of them does not apply
    c = tmp_path / "c.jsonl"
    EventLog(c).append(batch(1, "x")[0])
    with open(c, "ab") as out:
        out.write(a.read_bytes().partition(b"\n")[2])
    journal_of(c).write_bytes(journal_of(b).read_bytes() * 2)
    agrees(c)
    assert taken.count(True) == 0


def test_bytes_inserted_before_a_record_and_a_log_with_the_same_prefix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A line inserted before the journaled ranges shifts them: those records
    are passed over; a log replaced by another that shares its first batch uses
    the first batch's record only."""
    monkeypatch.setattr(_journal, "RECORD_LINES", 300)
    path = tmp_path / "log.jsonl"
    write(path, batch(N, "a"))
    write(path, batch(N, "b"))
    lines = path.read_bytes().split(b"\n")
    lines.insert(500, batch(1, "ins")[0].model_dump_json().encode())
    path.write_bytes(b"\n".join(lines))
    agrees(path)
    # same prefix, other tail
    other = tmp_path / "other.jsonl"
    write(other, batch(N, "a"))
    EventLog(other, checkpoint=False).extend(batch(N, "c"))
    os.replace(other, path)
    taken = records_used(monkeypatch)
    assert len(agrees(path).revisions) == 2 * N  # type: ignore[union-attr]
    assert taken.count(True) == 4  # the four records of batch "a" (300+300+300+200)


def test_a_log_cut_inside_a_record_and_extended_again(tmp_path: Path) -> None:
    """A crash (or a cut) in the middle of a journaled range, then another bulk
    write at the cut: the torn line is moved aside, the old record (whose range
    now holds other bytes) is not used."""
    path = tmp_path / "log.jsonl"
    write(path, batch(N, "a"))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # ends inside a line
    kind_a, _, warn_a = outcome(path, True)
    assert kind_a == "ok" and warn_a and "torn" in warn_a[0]
    agrees(path)
    with pytest.warns(eventlog.LogRecoveryWarning):
        EventLog(path).extend(batch(N, "b"))
    replayed = agrees(path)
    assert replayed is not None and sum(ev.id.startswith("b") for ev in replayed.revisions) == N


def test_checkpoint_and_journal_overlap_and_the_deferred_checkpoint_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkpoint covering part of a journaled range, single appends between
    bulk writes, the checkpoint a window query writes later, and a replay
    from it: each equals a replay that checks every line, window queries too."""
    monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
    monkeypatch.setattr(_journal, "RECORD_LINES", 400)
    path = tmp_path / "log.jsonl"
    write(path, batch(N, "a"))
    cut = path.read_bytes()
    # a checkpoint of the first 600 lines only
    half = tmp_path / "half.jsonl"
    lines = cut.split(b"\n")
    half.write_bytes(b"\n".join(lines[:601]) + b"\n")
    EventLog(half, checkpoint=True).replay()  # checks 600 lines: writes a checkpoint
    assert checkpoint_of(half).exists()
    os.replace(checkpoint_of(half), checkpoint_of(path))  # covers lines 2..601 of path too
    taken = records_used(monkeypatch)
    for ev in batch(5, "s"):
        EventLog(path).append(ev)
    write(path, [*batch(N, "c"), batch(1, "a")[0]])  # ends with a repeated line
    window = {"start": "2023-04-01T00:00Z", "end": "2023-06-01T00:00Z"}
    first = agrees(path)
    assert first is not None
    assert taken.count(True) >= 3  # records after the checkpoint's end (lines 802.., "c")
    assert checkpoint_of(path).exists()
    cold = EventLog(path, checkpoint=False).replay()
    assert first.filter(**window) == cold.filter(**window)  # writes the deferred checkpoint
    again = agrees(path)
    assert again is not None and again.filter(**window) == cold.filter(**window)
    restored = pickle.loads(pickle.dumps(EventLog(path).replay()))
    assert restored.filter(**window) == cold.filter(**window)
    same(EventLog(path).replay(), cold)


def test_to_eventlog_of_a_journaled_replay_with_events_added_in_code(tmp_path: Path) -> None:
    """A timeline replayed from the journal (lines, and escaped lines decoded),
    plus events added in code, copied to a new log: its journal reads back as
    checking every line does."""
    path = tmp_path / "log.jsonl"
    write(path, batch(N))
    timeline = EventLog(path).replay()
    for ev in batch(30, "code"):
        timeline.add(ev)
    copy = tmp_path / "copy.jsonl"
    timeline.to_eventlog(copy)
    assert journal_of(copy).exists()
    replayed = agrees(copy)
    assert replayed == timeline


def test_far_years_fixed_offsets_and_every_hedge_in_a_journaled_batch(tmp_path: Path) -> None:
    """Valid times at the ends of the range, UTC "Z" walls, fixed-offset zones,
    every precision with every approximate/qualifier combination, non-ASCII and
    escaped text."""
    stamps = [
        "0002-01-01[+14:00]",
        "9998-12-31T23:59:59[-12:00]",
        "9998-12[UTC]",
        "2023-08-11T02:10:05Z",
        "2023-08-11T02:10[+05:45]",
        "2023-08-11T02[Australia/Lord_Howe]",
        "2023[Europe/London]",
        "2023-01-15T12:00[Europe/London]",
    ]
    events = []
    for i in range(N):
        when = iso(stamps[i % len(stamps)])
        when = when.model_validate(
            {
                **dict(when),
                "approximate": bool(i % 3),
                "qualifier": (None, "not_before", "not_after")[i % 3 - 1],
            }
        )
        summary = ("Луна \\ «25»", "plain", 'quote "q"', "tab\tand\u2028")[i % 4]
        events.append(
            Event(kind="other", mission="Луна-25", when=when, summary=summary, id=f"f-{i}")
        )
    path = tmp_path / "log.jsonl"
    write(path, events)
    assert _journal.read(journal_of(path), log_size=path.stat().st_size)
    agrees(path)


@pytest.mark.parametrize("seed", range(6))
def test_random_histories_of_writes_edits_and_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    """Bulk writes, single appends, copies, in-place edits, cuts, inserted lines,
    torn tails, damaged/duplicated/reordered journals, lost checkpoints, window
    queries and pickling, in random order: every replay equals one that checks
    every line."""
    monkeypatch.setattr(_journal, "MIN_LINES", 8)
    monkeypatch.setattr(_journal, "RECORD_LINES", 5)
    monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
    rng = random.Random(seed)
    path = tmp_path / "log.jsonl"
    journal = journal_of(path)
    n = 0
    for step in range(20):
        op = rng.choice(
            [
                "extend",
                "extend",
                "append",
                "edit",
                "cut",
                "insert",
                "torn",
                "jflip",
                "jdup",
                "jshuffle",
                "nocheckpoint",
                "repeat",
            ]
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if op == "extend":
                write(path, batch(rng.choice([3, 8, 12, 23]), f"s{n}"))
                n += 1
            elif op == "append":
                EventLog(path).append(batch(1, f"s{n}")[0])
                n += 1
            elif op == "repeat" and path.exists():
                old = EventLog(path, checkpoint=False).replay().revisions
                if old:
                    k = rng.randrange(len(old))
                    write(path, old[k : k + 9] + batch(3, f"s{n}"))
                    n += 1
            elif op == "edit" and path.exists():
                data = path.read_bytes()
                at = data.find(b"report ", rng.randrange(len(data)))
                if at > 0:
                    path.write_bytes(data[:at] + b"R" + data[at + 1 :])
            elif op == "cut" and path.exists():
                data = path.read_bytes()
                path.write_bytes(data[: max(54, rng.randrange(len(data) + 1))])
            elif op == "insert" and path.exists():
                lines = path.read_bytes().split(b"\n")
                if len(lines) > 3:
                    lines.insert(
                        rng.randrange(1, len(lines) - 1),
                        batch(1, f"i{n}")[0].model_dump_json().encode(),
                    )
                    n += 1
                    path.write_bytes(b"\n".join(lines))
            elif op == "torn" and path.exists():
                with open(path, "ab") as out:
                    out.write(b'{"kind":"launch","status":"act'[: rng.randrange(1, 30)])
            elif op == "jflip" and journal.exists() and journal.stat().st_size:
                data = bytearray(journal.read_bytes())
                data[rng.randrange(len(data))] ^= 1
                journal.write_bytes(bytes(data))
            elif op == "jdup" and journal.exists():
                data = journal.read_bytes()
                journal.write_bytes(data + data[rng.randrange(len(data) + 1) :])
            elif op == "jshuffle" and journal.exists():
                parts = [JOURNAL_MAGIC + p for p in journal.read_bytes().split(JOURNAL_MAGIC) if p]
                rng.shuffle(parts)
                journal.write_bytes(b"".join(parts))
            elif op == "nocheckpoint":
                checkpoint_of(path).unlink(missing_ok=True)
        if path.exists():
            replayed = agrees(path)
            if replayed is not None and rng.random() < 0.5:
                window = {"start": "2023-03-10T00:00Z", "end": "2023-04-10T00:00Z"}
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    cold = EventLog(path, checkpoint=False).replay()
                assert replayed.filter(**window) == cold.filter(**window), (step, op)
                if rng.random() < 0.3:
                    assert pickle.loads(pickle.dumps(replayed)) == cold
