"""An adversarial review of checkpoints that keep a replayed timeline's view and window index.

The contract under test: a timeline that ``EventLog(path).replay()`` hands back
with the view (current events in time order, undated ones apart) and the window
index read from ``<log>.checkpoint`` answers every query exactly as
``EventLog(path, checkpoint=False).replay()`` does: iteration, ``dated``,
``undated``, ``events``, ``len``, ``get``, ``missions``, ``history``, ``slips``,
``as_of``, CSV, and ``filter`` with any kinds, mission, statuses and window (on
the unit boundaries of DST days too), also after events and missions are added
and on the timelines its queries return. A view changed and sealed again (a
forgery, trusted as the log itself is: see lunamission/_checkpoint.py) may give
wrong answers, but no replay or query then raises anything but the library's
own errors.

tests/test_checkpoint.py holds the basic cases and the forged views that are set
aside; tests/test_checkpoint_review.py compares whole replays under any sequence
of operations on the log. This file follows the installed view further: what
the timeline is asked and given afterwards, and forged views that are taken.
"""

from __future__ import annotations

import warnings
from array import array
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from checks import installed as _installed
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from samples import LANDING_PLAN, REPORTED, seal, unseal
from strategies import events, hedged, timestamps

import lunamission as lm
from lunamission import Event, EventLog, Precision, Timeline, Timestamp, eventlog
from lunamission._index import Match, transitions
from lunamission.render import format_table

iso = Timestamp.from_iso
UTC = timezone.utc
CHECKPOINT = ".checkpoint"
MISSIONS = ["Luna-25", "Chandrayaan-3", "SLIM", "Chang'e-6"]
NAMES = [*MISSIONS, "luna 25", "Luna-Glob lander", "Moon Sniper"]
ALIASES = {
    "Luna-25": ["Luna 25", "Luna-Glob lander"],
    "SLIM": ["Moon Sniper"],
    "Chandrayaan-3": ["Chandrayaan 3"],
}


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Checkpoints (with their view) for logs of any size."""
    monkeypatch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)


def _log(path: Path, lines: list[Event]) -> Path:
    text = eventlog.header_line() + "".join(ev.model_dump_json() + "\n" for ev in lines)
    path.write_text(text, encoding="utf-8")
    return path


def _pair(path: Path, missions: list[lm.Mission] | None = None) -> tuple[Timeline, Timeline]:
    """The timeline a replay through the checkpoint hands back (the replay before
    it wrote the checkpoint, view included), and the one a replay of every line
    does."""
    EventLog(path).replay(missions=missions or ())
    warm = EventLog(path).replay(missions=missions or ())
    cold = EventLog(path, checkpoint=False).replay(missions=missions or ())
    return warm, cold


# -- the oracle: every answer a user relies on, or the error that came instead ----------


def _attempt(ask: Callable[[], Any]) -> Any:
    try:
        return ask()
    except lm.LunamissionError as exc:
        return ("raised", type(exc).__name__, exc.code)


Query = tuple[Any, Any, Any, Any, Any, Match]  # start, end, kind, mission, status, match


def _filtered(timeline: Timeline, query: Query) -> Any:
    start, end, kind, mission, status, match = query
    found = timeline.filter(
        start=start, end=end, kind=kind, mission=mission, status=status, match=match
    )
    again = found.filter(start=start, kind=kind, match=match)  # a result queried again
    return (
        [ev.id for ev in found],
        len(found),
        found.missions(),
        [ev.id for ev in found.undated],
        [ev.id for ev in again],
        [ev.id for ev in found.filter(mission=mission, end=end)],
    )


def _answers(timeline: Timeline, queries: list[Query]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "iterated": [repr(ev) for ev in timeline],
        "len": len(timeline),
        "repr": repr(timeline),
        "dated": [ev.id for ev in timeline.dated],
        "undated": [ev.id for ev in timeline.undated],
        "events": [ev.id for ev in timeline.events],
        "missions": timeline.missions(),
        "csv": timeline.to_csv(),
        "as_of": _attempt(
            lambda: [ev.id for ev in timeline.as_of("2023-08-15", unrecorded="include")]
        ),
    }
    for ident in sorted(set(timeline._rows.ids)):
        out[f"get {ident}"] = repr(timeline.get(ident))
        out[f"history {ident}"] = _attempt(
            lambda i=ident: [repr(r) for r in timeline.history(i)]  # type: ignore[misc]
        )
    for name in NAMES:
        out[f"slips {name}"] = _attempt(lambda n=name: repr(timeline.slips(n)))  # type: ignore[misc]
    for n, query in enumerate(queries):
        out[f"filter {n}"] = _attempt(lambda q=query: _filtered(timeline, q))  # type: ignore[misc]
    return out


# -- what the generated logs hold ---------------------------------------------------------


def _changes(zone: str) -> list[float]:
    """The zone's offset changes from 1970 to 2030 (POSIX seconds)."""
    return [t for t in transitions(zone) or [] if 0 <= t <= 1.9e9]


DST_ZONES = [z for z in ("Europe/Moscow", "America/New_York", "Australia/Lord_Howe") if _changes(z)]
_CUT = {
    Precision.YEAR: {"month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0},
    Precision.MONTH: {"day": 1, "hour": 0, "minute": 0, "second": 0},
    Precision.DAY: {"hour": 0, "minute": 0, "second": 0},
    Precision.HOUR: {"minute": 0, "second": 0},
    Precision.MINUTE: {"second": 0},
    Precision.SECOND: {},
}


@st.composite
def near_changes(draw: st.DrawFn) -> Timestamp:
    """A time of any precision and hedge within two days of a zone's offset
    change (a day of 23 or 25 hours, an hour that repeats or never was)."""
    zone = draw(st.sampled_from(DST_ZONES))
    change = draw(st.sampled_from(_changes(zone)))
    moment = datetime.fromtimestamp(change, UTC) + timedelta(
        seconds=draw(st.integers(-2 * 86400, 2 * 86400))
    )
    precision = draw(st.sampled_from(list(Precision)))
    wall = lm.zones.to_zone(moment, zone).replace(tzinfo=None, **_CUT[precision])
    local = lm.zones.localize(wall, zone, on_ambiguous=draw(st.sampled_from(["earlier", "later"])))
    if local.replace(tzinfo=None) != wall:  # a wall clock the change skipped
        reject()
    return hedged(draw, local, zone, precision)


whens = st.none() | timestamps() | near_changes()


@st.composite
def logs(draw: st.DrawFn) -> list[Event]:
    """Event lines: revision chains, and some lines written again word for word."""
    drawn = draw(st.lists(events, max_size=10, unique_by=lambda ev: ev.id))
    written: list[Event] = []
    for ev in drawn:
        update: dict[str, Any] = {"when": draw(whens)}
        revises = draw(st.booleans())
        if written and revises:
            update["supersedes"] = draw(st.sampled_from(written)).id
        written.append(ev.model_copy(update=update))
    lines = list(written)
    for _ in range(draw(st.integers(0, 3)) if written else 0):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(written)))
    return lines


def _shifted(moment: datetime, seconds: int) -> datetime:
    try:
        return moment + timedelta(seconds=seconds)
    except OverflowError:  # the open end of a NET or "by" date
        return moment


@st.composite
def bounds(draw: st.DrawFn, lines: list[Event]) -> Any:
    """A window bound: none, any time, or a second either side of (or on) where
    an event's unit or hedge starts or ends."""
    edges = [
        edge for ev in lines if ev.when is not None for edge in (ev.when.earliest, ev.when.latest)
    ]
    choices: st.SearchStrategy[Any] = st.none() | timestamps() | near_changes()
    if edges:
        choices = choices | st.builds(_shifted, st.sampled_from(edges), st.sampled_from([-1, 0, 1]))
    return draw(choices)


def queries(lines: list[Event]) -> st.SearchStrategy[list[Query]]:
    return st.lists(
        st.tuples(
            bounds(lines),
            bounds(lines),
            st.none() | st.sampled_from(list(lm.EventKind)) | st.just(["launch", "landing"]),
            st.none() | st.sampled_from(NAMES),
            st.none() | st.sampled_from(list(lm.Status)),
            st.sampled_from(["possibly", "definitely"]),
        ),
        min_size=1,
        max_size=4,
    )


# What is done to both timelines after the replay: each step's result is compared too.
steps = st.lists(
    st.one_of(
        st.tuples(st.just("add"), events, whens),
        st.tuples(st.just("supersede"), events, whens, st.integers(0, 99)),
        st.tuples(st.just("repeat"), st.integers(0, 99)),
        st.tuples(st.just("mission"), st.sampled_from(sorted(ALIASES))),
    ),
    max_size=4,
)


def _step(timeline: Timeline, step: tuple[Any, ...]) -> Any:
    ids = timeline._rows.ids
    if step[0] == "add":
        return _attempt(lambda: timeline.add(step[1].model_copy(update={"when": step[2]})).id)
    if step[0] == "supersede" and ids:
        revised = step[1].model_copy(
            update={"when": step[2], "supersedes": ids[step[3] % len(ids)]}
        )
        return _attempt(lambda: timeline.add(revised).id)
    if step[0] == "repeat" and ids:
        again = timeline.get(ids[step[1] % len(ids)])
        return _attempt(lambda: timeline.extend([again, again]))
    if step[0] == "mission":
        name = step[1]
        return _attempt(lambda: timeline.add_mission(lm.Mission(name=name, aliases=ALIASES[name])))
    return None


# -- an installed view answers as a view built afresh -------------------------------------


@settings(max_examples=70, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data(), logs(), steps, st.booleans(), st.booleans())
def test_a_timeline_replayed_with_its_view_installed_answers_as_a_cold_replay(
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
    lines: list[Event],
    changes: list[tuple[Any, ...]],
    registered: bool,
    asked_first: bool,
) -> None:
    asked = data.draw(queries(lines))
    path = _log(tmp_path_factory.mktemp("log") / "log.jsonl", lines)
    missions = [lm.Mission(name="Luna-25", aliases=ALIASES["Luna-25"])] if registered else None
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
        warm, cold = _pair(path, missions)
    assert _installed(warm) == bool(lines)  # else the comparison below proves nothing
    if asked_first:  # the index and maps built before the changes, or not
        assert _answers(warm, asked) == _answers(cold, asked)
    for change in changes:
        assert _step(warm, change) == _step(cold, change)
        assert _answers(warm, asked) == _answers(cold, asked)


# -- windows on the unit boundaries of days whose offset changes --------------------------

# Real times of real missions, in zones and years with offset changes: the
# windows below start or end exactly where each unit (and its hedge) does.
ON_CHANGES = [
    # Moscow kept summer time in the 1980s: September 1985 ends an hour later than
    # thirty 24-hour days; March 1986 is an hour short.
    Event(kind="launch", mission="Soyuz T-14", when=iso("1985-09[Europe/Moscow]")),
    Event(
        kind="launch",
        mission="Soyuz T-15",
        status="planned",
        when=iso("1986-03[Europe/Moscow]").model_copy(update={"approximate": True}),
    ),
    Event(kind="launch", mission="Mir", when=iso("1986-02-20[Europe/Moscow]")),
    # New York left daylight time on 1 November 2020.
    Event(kind="launch", mission="Crew-1", when=iso("2020-11[America/New_York]")),
    Event(
        kind="launch",
        mission="Artemis I",
        when=iso("2022-11-16[America/New_York]").model_copy(update={"qualifier": "not_before"}),
    ),
    # Half-hour and quarter-hour offsets.
    Event(kind="launch", mission="Chandrayaan-3", when=iso("2023-07-14T14:35+05:30[Asia/Kolkata]")),
    Event(
        kind="landing",
        mission="Chandrayaan-3",
        when=iso("2023-08-23[Asia/Kolkata]").model_copy(update={"qualifier": "not_after"}),
    ),
    Event(kind="other", mission="Chandrayaan-3", summary="no time given"),
]


def _edges(ev: Event) -> list[datetime]:
    assert ev.when is not None
    return [_shifted(edge, s) for edge in (ev.when.earliest, ev.when.latest) for s in (-1, 0, 1)]


@pytest.mark.parametrize("event", [ev for ev in ON_CHANGES if ev.when], ids=lambda ev: ev.mission)
@pytest.mark.parametrize("match", ["possibly", "definitely"])
def test_windows_on_a_units_edges_find_what_a_cold_replay_finds(
    tmp_path: Path, small: None, event: Event, match: Match
) -> None:
    warm, cold = _pair(_log(tmp_path / "log.jsonl", ON_CHANGES))
    assert _installed(warm)
    edges = _edges(event)
    found = []
    for start in [None, *edges]:
        for end in [None, *edges]:
            query: Query = (start, end, None, None, None, match)
            answer = _attempt(lambda q=query: _filtered(warm, q))  # type: ignore[misc]
            assert answer == _attempt(lambda q=query: _filtered(cold, q)), (start, end)  # type: ignore[misc]
            found.append(answer)
    assert any(isinstance(a, tuple) and event.id in a[0] for a in found)  # not vacuous


# -- logs of one particular make -------------------------------------------------------------

MOVED = Event(
    kind="landing",
    mission="Luna-25",
    status="planned",
    when=iso("2023-08-21T14:57+03:00[Europe/Moscow]"),
    supersedes=LANDING_PLAN.id,
    recorded="2023-08-17",
)
UNDATED = [
    Event(kind="trajectory_correction", mission="Luna-25", recorded="2023-08-13"),
    Event(kind="other", mission="SLIM", summary="no time given"),
]

LOGS = [
    # nothing to install: no checkpoint is written for a log without events
    pytest.param([], id="an empty log"),
    pytest.param(UNDATED, id="only undated events"),
    pytest.param([UNDATED[0], UNDATED[0], UNDATED[0]], id="one undated line three times"),
    pytest.param([REPORTED[0], REPORTED[0]], id="one dated line twice"),
    pytest.param([LANDING_PLAN, MOVED, *REPORTED[2:], MOVED], id="a revision chain"),
    pytest.param(
        [LANDING_PLAN, MOVED.model_copy(update={"when": None}), REPORTED[2]],
        id="a chain through an undated version",
    ),
]


@pytest.mark.parametrize("lines", LOGS)
def test_logs_of_one_make_answer_as_a_cold_replay(
    tmp_path: Path, small: None, lines: list[Event]
) -> None:
    warm, cold = _pair(_log(tmp_path / "log.jsonl", lines))
    assert _installed(warm) == bool(lines)
    asked: list[Query] = [
        ("2023-08-01T00:00Z", None, None, None, None, "possibly"),
        (None, "2023-08-21T00:00+03:00", "landing", "luna 25", None, "definitely"),
        (None, None, None, "SLIM", None, "possibly"),
    ]
    assert _answers(warm, asked) == _answers(cold, asked)


# -- after the timeline is changed ---------------------------------------------------------

LATE = Event(kind="landing", mission="Luna-25", when=iso("2023-08-19T11:57Z[UTC]"))
CHANGES: list[Any] = [
    pytest.param(lambda tl: tl.add(LATE), id="a new event"),
    pytest.param(lambda tl: tl.add(MOVED), id="one that supersedes a replayed event"),
    pytest.param(lambda tl: tl.add(tl.get(REPORTED[0].id)), id="a replayed event again"),
    pytest.param(lambda tl: tl.extend([LATE, MOVED, LATE]), id="several, one twice"),
    pytest.param(
        lambda tl: tl.add_mission(lm.Mission(name="Luna-25", aliases=ALIASES["Luna-25"])),
        id="a mission with aliases",
    ),
    pytest.param(
        lambda tl: (
            tl.add_mission(lm.Mission(name="Luna-25", aliases=ALIASES["Luna-25"])),
            tl.add(LATE),
            tl.add_mission(lm.Mission(name="SLIM", aliases=ALIASES["SLIM"])),
        ),
        id="a mission, an event, a mission",
    ),
]


@pytest.mark.parametrize("change", CHANGES)
@pytest.mark.parametrize("asked_first", [False, True], ids=["unasked", "asked first"])
def test_a_changed_timeline_answers_as_a_cold_replay_changed_alike(
    tmp_path: Path, small: None, change: Callable[[Timeline], Any], asked_first: bool
) -> None:
    warm, cold = _pair(_log(tmp_path / "log.jsonl", [*REPORTED, *UNDATED]))
    assert _installed(warm)
    asked: list[Query] = [
        ("2023-08-19T00:00Z", "2023-08-20T00:00Z", None, None, None, "possibly"),
        (None, None, "landing", "Luna-Glob lander", None, "possibly"),
        ("2023-07-01T00:00Z", None, None, "luna 25", "actual", "definitely"),
    ]
    if asked_first:
        assert _answers(warm, asked) == _answers(cold, asked)
    change(warm)
    change(cold)
    assert _answers(warm, asked) == _answers(cold, asked)


def test_a_replay_with_missions_installs_the_view_and_finds_events_by_alias(
    tmp_path: Path, small: None
) -> None:
    luna = lm.Mission(name="Luna-25", aliases=ALIASES["Luna-25"])
    path = _log(tmp_path / "log.jsonl", [*REPORTED, *UNDATED])
    EventLog(path).replay()  # the checkpoint written without missions
    warm = EventLog(path).replay(missions=[luna])
    cold = EventLog(path, checkpoint=False).replay(missions=[luna])
    assert _installed(warm)
    asked: list[Query] = [(None, None, None, "Luna-Glob lander", None, "possibly")]
    assert _answers(warm, asked) == _answers(cold, asked)
    assert [ev.kind.value for ev in warm.filter(mission="Luna-Glob lander")] == [
        "launch",
        "impact",
        "orbit_change",
        "trajectory_correction",
    ]


# -- a forged view that is taken: wrong answers at worst, never a crash --------------------

# Rows of the forged log: 0 launch, 1 landing plan (superseded by 2), 2 impact, 3 launch
# of Chandrayaan-3, 4 undated, 5 NET month, 6 "by" minute, 7 undated; row 0 written twice.
FORGED_LOG = [
    *REPORTED,
    Event(
        kind="launch",
        mission="SLIM",
        when=iso("2023-09[Asia/Tokyo]").model_copy(update={"qualifier": "not_before"}),
    ),
    Event(
        kind="landing",
        mission="SLIM",
        when=iso("2024-01-19T15:20Z[UTC]").model_copy(update={"qualifier": "not_after"}),
    ),
    Event(kind="other", mission="SLIM"),
    REPORTED[0],
]

Change = Callable[[dict[str, Any], dict[str, bytes]], None]


def _column(name: str, code: str, make: Callable[[list[Any]], list[Any]]) -> Change:
    def change(header: dict[str, Any], sections: dict[str, bytes]) -> None:
        sections[name] = array(code, make(array(code, sections[name]).tolist())).tobytes()

    return change


def _shapes(make: Callable[[list[list[Any]]], list[list[Any]]]) -> Change:
    def change(header: dict[str, Any], sections: dict[str, bytes]) -> None:
        header["view"]["shapes"] = make(header["view"]["shapes"])

    return change


def _no_undated(header: dict[str, Any], sections: dict[str, bytes]) -> None:
    sections["undated"] = b""
    header["view"]["undated"] = 0


def _nothing_current(header: dict[str, Any], sections: dict[str, bytes]) -> None:
    for name in ("dated", "undated", "index_lo", "index_hi", "index_pos"):
        sections[name] = b""
    header["view"] = {"dated": 0, "undated": 0, "shapes": []}


def _merged_shapes(shapes: list[list[Any]]) -> list[list[Any]]:
    first, second, *rest = shapes
    return [[*first[:2], first[2] + second[2], *first[3:]], [*second[:2], 0, *second[3:]], *rest]


def _other_end(shape: list[Any]) -> list[Any]:
    """The shape renamed as one sorted by its other end."""
    code, by_end = shape[:2]
    code = code - 2 if by_end else code - code % 3 + 2
    return [code, not by_end, *shape[2:]]


NAN, INF = float("nan"), float("inf")
FORGED_VIEWS = [
    pytest.param(_column("dated", "i", lambda d: d[::-1]), id="dated out of time order"),
    pytest.param(_column("dated", "i", lambda d: [1, *d[1:]]), id="a superseded row as current"),
    pytest.param(_column("dated", "i", lambda d: [d[0]] * len(d)), id="one row over and over"),
    pytest.param(_column("undated", "i", lambda u: [u[0]] * len(u)), id="one undated row twice"),
    pytest.param(_no_undated, id="the undated rows left out"),
    pytest.param(_nothing_current, id="nothing current"),
    pytest.param(_column("index_lo", "d", lambda lo: [NAN] * len(lo)), id="starts not numbers"),
    pytest.param(_column("index_hi", "d", lambda hi: [INF] * len(hi)), id="ends infinite"),
    pytest.param(_column("index_lo", "d", lambda lo: lo[::-1]), id="starts out of order"),
    pytest.param(_column("index_pos", "i", lambda p: [0] * len(p)), id="every interval row 0"),
    pytest.param(_shapes(lambda s: list(map(_other_end, s))), id="sorted by the other end"),
    pytest.param(
        _shapes(lambda s: [[*x[:3], 1e300, -1e300, -1e300, 1e300] for x in s]),
        id="widths and extremes absurd",
    ),
    pytest.param(_shapes(_merged_shapes), id="intervals counted in another shape"),
    pytest.param(
        _shapes(lambda s: [*s, *[[0, False, 0, 0.0, 0.0, 0.0, 0.0]] * 50]), id="empty shapes"
    ),
]


def _every_answer(timeline: Timeline) -> None:
    """Ask everything a user may ask; only the library's own errors may come."""
    asked: list[Query] = [
        ("2023-08-11T00:00Z", "2023-08-20T00:00Z", None, None, None, "possibly"),
        ("2023-08-11T00:00Z", "2023-08-20T00:00Z", None, None, None, "definitely"),
        ("2023-01-01T00:00Z", None, "launch", "SLIM", None, "possibly"),
        (None, "2023-08-15T00:00Z", None, "luna 25", "actual", "definitely"),
    ]
    _attempt(lambda: _answers(timeline, asked))
    for ask in (
        timeline.to_pandas,
        timeline.to_ics,
        timeline.to_timelinejs,
        timeline.to_jsonl,
        timeline.validate,
        lambda: format_table(timeline),
        lambda: timeline.merge(Timeline(REPORTED[:1]), on_conflict="keep_both").events,
        lambda: (timeline.first("launch"), timeline.last("landing")),
        lambda: [timeline.elapsed(ev) for ev in timeline.dated],
    ):
        _attempt(ask)
    found = timeline.filter(start="2023-01-01T00:00Z")
    _attempt(lambda: _answers(found, asked))
    timeline.add_mission(lm.Mission(name="Luna-25", aliases=ALIASES["Luna-25"]))
    _attempt(lambda: _answers(timeline, asked))
    _attempt(lambda: timeline.add(LATE))
    _attempt(lambda: _answers(timeline, asked))


def _forge(tmp_path: Path, change: Change) -> Path:
    path = _log(tmp_path / "log.jsonl", FORGED_LOG)
    EventLog(path).replay()
    checkpoint = tmp_path / f"log.jsonl{CHECKPOINT}"
    header, sections = unseal(checkpoint)
    change(header, sections)
    header["sections"] = [[name, len(part)] for name, part in sections.items()]
    seal(checkpoint, header, sections)
    return path


@pytest.mark.parametrize("change", FORGED_VIEWS)
def test_a_forged_view_that_is_taken_crashes_no_query(
    tmp_path: Path, small: None, change: Change
) -> None:
    path = _forge(tmp_path, change)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        replayed = EventLog(path).replay()
        assert _installed(replayed)  # taken: the queries below use it
        _every_answer(replayed)


@st.composite
def forged_views(draw: st.DrawFn) -> Change:
    """A view of positions in range, of the right kind (dated rows have a time),
    with any index over them."""
    dated = draw(st.lists(st.sampled_from([0, 1, 2, 3, 5, 6]), max_size=6))  # 9 lines in all
    undated = draw(st.lists(st.sampled_from([4, 7]), max_size=3))
    counts, left = [], len(dated)
    for last in reversed(range(draw(st.integers(1 if dated else 0, 4)))):
        counts.append(left if last == 0 else draw(st.integers(0, left)))
        left -= counts[-1]
    finite = st.floats(allow_nan=False, allow_infinity=False)
    codes = st.integers(0, 6 * len(Precision) - 1)
    shapes = [
        [code := draw(codes), code % 3 == 2, n, *draw(st.lists(finite, min_size=4, max_size=4))]
        for n in counts
    ]
    floats = st.lists(st.floats(), min_size=len(dated), max_size=len(dated))
    lo, hi = draw(floats), draw(floats)
    pos = draw(
        st.lists(st.integers(0, max(len(dated) - 1, 0)), min_size=len(dated), max_size=len(dated))
    )

    def change(header: dict[str, Any], sections: dict[str, bytes]) -> None:
        header["view"] = {"dated": len(dated), "undated": len(undated), "shapes": shapes}
        sections |= {
            "dated": array("i", dated).tobytes(),
            "undated": array("i", undated).tobytes(),
            "index_lo": array("d", lo).tobytes(),
            "index_hi": array("d", hi).tobytes(),
            "index_pos": array("i", pos).tobytes(),
        }

    return change


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(forged_views())
def test_any_forged_view_crashes_no_query(
    tmp_path_factory: pytest.TempPathFactory, change: Change
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(eventlog, "_CHECKPOINT_BYTES", 0)
        path = _forge(tmp_path_factory.mktemp("forged"), change)
        replayed = EventLog(path).replay()
    assert _installed(replayed)
    _every_answer(replayed)
