"""Merging timelines from several reports: one event per happening, every source kept.

Sits after extraction: each article gives a :class:`Timeline`; :func:`merge`
(also :meth:`Timeline.merge`) joins two of them. Two current events are the
*same event* when they have the same mission (by name or registered alias), the
same kind and the same status (a planned landing is never merged with an actual
one), and their time intervals overlap (an undated report overlaps any time).
"August 11" (Moscow) and "August 10" (UTC) for one launch overlap, so they merge
without conflict.

**Which time is kept.** The same event is kept once, at one report's timestamp,
chosen by :func:`prefer` whatever the order of the arguments: a dated report
over an undated one; the one whose interval lies inside the other's ("about
14:57 Moscow time on Saturday" inside "August 19"); else the finer precision;
then the later-recorded report; then the one whose interval starts later; then
the larger id. The kept time is *not* the intersection of the two intervals:
:class:`~lunamission.Timestamp` stands for one calendar unit in one zone (a day,
a minute), and the window that "August 11, Moscow" and "August 10, UTC" share
(21:00 to 24:00 UTC on August 10) is no such unit. Both reports stay in the
event's chain, so :func:`event_sources` gives every window to intersect.

**Provenance.** :class:`Event` has one ``source``, so the losing version is not
thrown away: the winner is re-issued with ``supersedes`` pointing at it (after
any versions the winner already superseded), which keeps it in
:attr:`Timeline.revisions` and hides it from the current view.
:func:`event_sources` walks that chain and returns every source that reported
the event. An event given an explicit id keeps it; a derived id is re-derived.

**Conflicts.** The same mission, kind and status with *disjoint* times is a
conflict for kinds that happen once per mission (launch, orbit insertion,
landing, impact, deorbit, end of mission); for kinds that repeat (corrections,
orbit changes, contact lost or restored, dockings, anomalies) disjoint times are
simply two events. A conflict is never resolved silently: ``on_conflict="raise"``
(the default) raises :class:`~lunamission.MergeConflictError` quoting both
sources; ``"keep_both"`` keeps both as current events; ``"prefer_precise"``
keeps the one :func:`prefer` picks current and the other as its superseded
version. Two *plans* for one event from reports
of different dates are not a conflict but a slip: the later report's plan
supersedes the earlier one.

>>> import lunamission as lm
>>> ts = lm.Timestamp.from_iso
>>> a = lm.Timeline([lm.Event(kind="loss_of_contact", mission="Luna-25",
...                           when=ts("2023-08-19[UTC]"))])
>>> b = lm.Timeline([lm.Event(kind="loss_of_contact", mission="Luna 25",
...                           when=ts("2023-08-19T14:57+03:00[Europe/Moscow]"))])
>>> merged = merge(a, b)
>>> [ev.when.isoformat() for ev in merged], len(merged.revisions)
(['2023-08-19T14:57+03:00[Europe/Moscow]'], 2)
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Literal

from .errors import MergeConflictError, TimelineError
from .models import Event, EventKind, Mission, Source, Status, mission_key
from .timeline import Timeline
from .timestamp import Timestamp

__all__ = ["SINGULAR_KINDS", "OnConflict", "event_sources", "merge", "prefer"]

OnConflict = Literal["raise", "keep_both", "prefer_precise"]
"""What :func:`merge` does with two reports of one event whose times are disjoint."""

SINGULAR_KINDS: frozenset[EventKind] = frozenset(
    {
        EventKind.LAUNCH,
        EventKind.ORBIT_INSERTION,
        EventKind.LANDING,
        EventKind.IMPACT,
        EventKind.DEORBIT,
        EventKind.END_OF_MISSION,
    }
)
"""Kinds that happen once per mission: two disjoint times for one is a conflict."""

_POLICIES = ("raise", "keep_both", "prefer_precise")


class _Merger:
    """The state of one merge: every version by id, and the current events."""

    def __init__(self, a: Timeline, b: Timeline) -> None:
        self.missions = _merged_missions(a.mission_records, b.mission_records)
        self.names = Timeline(missions=self.missions)  # resolves aliases as the result will
        self.order: list[str] = []  # ids, in the order the result will hold them
        self.by_id: dict[str, Event] = {}
        self.current: list[str] = []
        for ev in a.revisions:
            self._put(ev)
        self.current = [ev.id for ev in a]

    def _put(self, ev: Event) -> None:
        if ev.id not in self.by_id:
            self.order.append(ev.id)
        self.by_id[ev.id] = ev

    def key(self, ev: Event) -> tuple[str | None, EventKind, Status]:
        mission = self.names._key_of(ev.mission) if ev.mission is not None else None
        return mission, ev.kind, ev.status

    def candidates(self, ev: Event) -> list[Event]:
        key = self.key(ev)
        return [self.by_id[i] for i in self.current if self.key(self.by_id[i]) == key]

    def add(self, ev: Event) -> None:
        self._put(ev)
        self.current.append(ev.id)

    def chain(self, head: Event) -> list[Event]:
        """``head`` and the versions it supersedes, newest first."""
        out = [head]
        seen = {head.id}
        while out[-1].supersedes and out[-1].supersedes in self.by_id:
            nxt = self.by_id[out[-1].supersedes]
            if nxt.id in seen:
                break
            out.append(nxt)
            seen.add(nxt.id)
        return out

    def absorb(self, winner: Event, loser: Event) -> None:
        """Make ``winner`` current and ``loser`` (with its history) its older version."""
        if loser.id not in self.by_id:
            self._put(loser)  # a report from the second timeline, kept as the older version
        history = self.chain(winner)
        target = loser.id
        rebuilt: list[Event] = []
        for ev in reversed(history):  # from the oldest version of the winner up
            renewed = _with_supersedes(ev, target)
            rebuilt.append(renewed)
            target = renewed.id
        for old, new in zip(reversed(history), rebuilt, strict=True):
            if old.id != new.id:
                self._replace(old.id, new)
        if loser.id in self.current:
            self.current.remove(loser.id)
        new_head = rebuilt[-1]
        if winner.id in self.current:
            self.current[self.current.index(winner.id)] = new_head.id
        elif new_head.id not in self.current:
            self.current.append(new_head.id)

    def _replace(self, old_id: str, new: Event) -> None:
        if old_id in self.by_id:
            index = self.order.index(old_id)
            del self.by_id[old_id]
            self.order[index] = new.id
        else:
            self.order.append(new.id)
        self.by_id[new.id] = new
        self.current = [new.id if i == old_id else i for i in self.current]

    def result(self) -> Timeline:
        return Timeline([self.by_id[i] for i in self.order], missions=self.missions)


def _with_supersedes(ev: Event, target: str) -> Event:
    if ev.supersedes == target:
        return ev
    derived = ev.id == ev.content_id()
    data = {**ev.model_dump(), "supersedes": target, "id": "" if derived else ev.id}
    return Event.model_validate(data)


def _merged_missions(first: list[Mission], second: list[Mission]) -> list[Mission]:
    records: dict[str, Mission] = {}
    for mission in [*first, *second]:
        key = mission_key(mission.name)
        known = records.get(key)
        if known is None:
            records[key] = mission
            continue
        aliases = tuple(dict.fromkeys((*known.aliases, *mission.aliases)))
        records[key] = Mission(
            name=known.name,
            aliases=aliases,
            operator=known.operator or mission.operator,
            vehicle=known.vehicle or mission.vehicle,
            target=known.target or mission.target,
        )
    return list(records.values())


def _width(ts: Timestamp) -> float:
    return (ts.latest - ts.earliest).total_seconds()


def _inside(a: Timestamp, b: Timestamp) -> bool:
    """Whether ``a`` lies strictly inside ``b``."""
    return b.contains(a) and not a.contains(b)


def prefer(a: Event, b: Event, /) -> tuple[Event, Event]:
    """(kept, other) for two reports of one event; the same pair in either order.

    The kept report is dated if either is, lies inside the other's interval if
    one does, else has the finer precision, else was recorded later, else its
    interval starts later, else has the larger id.

    >>> import lunamission as lm
    >>> ts = lm.Timestamp.from_iso
    >>> msk = lm.Event(kind="launch", mission="Luna-25", when=ts("2023-08-11[Europe/Moscow]"))
    >>> utc = lm.Event(kind="launch", mission="Luna-25", when=ts("2023-08-10[UTC]"))
    >>> prefer(msk, utc)[0].when.isoformat(), prefer(utc, msk)[0].when.isoformat()
    ('2023-08-11[Europe/Moscow]', '2023-08-11[Europe/Moscow]')
    """
    if (a.when is None) != (b.when is None):
        return (b, a) if a.when is None else (a, b)
    if a.when is not None and b.when is not None:
        if _inside(a.when, b.when):
            return a, b
        if _inside(b.when, a.when):
            return b, a
    return (a, b) if _rank(a) >= _rank(b) else (b, a)


def _rank(ev: Event) -> tuple[int, date, datetime, str]:
    when = ev.when
    precision = when.precision.rank if when is not None else -1
    start = when.earliest if when is not None else _NO_TIME
    return precision, ev.recorded or date.min, start, ev.id


_NO_TIME = datetime.min.replace(tzinfo=timezone.utc)


def _describe(ev: Event) -> str:
    src = ev.source
    where = (src.document or src.publisher) if src else None
    when = ev.when.isoformat() if ev.when else "undated"
    quote = f" {src.quote!r}" if src and src.quote else ""
    return f"{when} ({where or 'unknown source'}{':' if quote else ''}{quote})"


def _conflict(a: Event, b: Event) -> MergeConflictError:
    subject = f"{a.status.value} {a.kind.value} of {a.mission or 'an unnamed mission'}"
    reason = (
        f"two reports of the {subject} give disjoint times: {_describe(a)} vs {_describe(b)}; "
        "pass on_conflict='keep_both' or 'prefer_precise' to decide"
    )
    src = b.source
    if src is not None and src.quote and src.timestamp_span and src.span:
        start = src.timestamp_span[0] - src.span[0]
        end = src.timestamp_span[1] - src.span[0]
        if 0 <= start <= end <= len(src.quote):
            return MergeConflictError(reason, text=src.quote, span=(start, end))
    text = b.when.isoformat() if b.when else None
    return MergeConflictError(reason, text=text)


def merge(a: Timeline, b: Timeline, /, *, on_conflict: OnConflict = "raise") -> Timeline:
    """One timeline from two: the same event reported twice is kept once, every report kept.

    Neither input is changed. See the module documentation for what counts as the
    same event, how conflicts are handled and where the other sources go.

    >>> import lunamission as lm
    >>> ts = lm.Timestamp.from_iso
    >>> tass = lm.Timeline([lm.Event(kind="launch", mission="Luna-25",
    ...                              when=ts("2023-08-11[Europe/Moscow]"))])
    >>> reuters = lm.Timeline([lm.Event(kind="launch", mission="Luna-25",
    ...                                 when=ts("2023-08-13[UTC]"))])
    >>> try:
    ...     merge(tass, reuters)
    ... except lm.MergeConflictError as exc:
    ...     print(exc.code)
    merge_conflict
    >>> [ev.when.isoformat() for ev in merge(tass, reuters, on_conflict="keep_both")]
    ['2023-08-11[Europe/Moscow]', '2023-08-13[UTC]']
    """
    if not isinstance(a, Timeline) or not isinstance(b, Timeline):
        raise TimelineError("merge joins two Timeline objects", code="not_a_timeline")
    if on_conflict not in _POLICIES:
        raise TimelineError(
            "on_conflict must be 'raise', 'keep_both' or 'prefer_precise'",
            text=str(on_conflict),
            code="bad_policy",
        )
    merger = _Merger(a, b)
    current_b = {ev.id for ev in b}
    for ev in b.revisions:  # b's history first, so that its chains stay whole
        if ev.id not in current_b and ev.id not in merger.by_id:
            merger._put(ev)
    for ev in b:
        if ev.id in merger.by_id:
            if merger.by_id[ev.id] != ev:
                raise TimelineError(
                    "two different events share one id", text=ev.id, code="duplicate_id"
                )
            continue  # the very same report in both timelines
        _merge_one(merger, ev, on_conflict)
    return merger.result()


def _merge_one(merger: _Merger, ev: Event, on_conflict: OnConflict) -> None:
    candidates = merger.candidates(ev)
    overlapping = [
        c for c in candidates if c.when is None or ev.when is None or c.when.overlaps(ev.when)
    ]
    undated = ev.when is None or any(c.when is None for c in overlapping)
    if undated and ev.kind not in SINGULAR_KINDS and len(overlapping) != 1:
        # An undated report of a repeating kind is one event only where it cannot be another.
        overlapping = [c for c in overlapping if c.when is not None and ev.when is not None]
    if overlapping:
        other = min(overlapping, key=lambda c: _width(c.when) if c.when else float("inf"))
        merger.absorb(*prefer(other, ev))
        return
    disjoint = [c for c in candidates if c.when is not None]
    if not disjoint or ev.kind not in SINGULAR_KINDS:
        merger.add(ev)
        return
    other = disjoint[0]
    if (
        ev.status == Status.PLANNED
        and other.recorded is not None
        and ev.recorded is not None
        and other.recorded != ev.recorded
    ):
        newer, older = (ev, other) if ev.recorded > other.recorded else (other, ev)
        merger.absorb(newer, older)
        return
    if on_conflict == "raise":
        raise _conflict(other, ev)
    if on_conflict == "keep_both":
        merger.add(ev)
        return
    merger.absorb(*prefer(other, ev))


def event_sources(timeline: Timeline, event: Event, /) -> tuple[Source, ...]:
    """Every source that reported ``event``: its own, then those of the versions it
    absorbed in merges (or revised), newest first.

    >>> import lunamission as lm
    >>> ts = lm.Timestamp.from_iso
    >>> a = lm.Timeline([lm.Event(kind="impact", mission="Luna-25",
    ...                           source=lm.Source(document="tass"))])
    >>> b = lm.Timeline([lm.Event(kind="impact", mission="Luna-25", when=ts("2023-08-19[UTC]"),
    ...                           source=lm.Source(document="reuters"))])
    >>> merged = a.merge(b)
    >>> [s.document for s in event_sources(merged, merged.events[0])]
    ['reuters', 'tass']
    """
    out: list[Source] = []
    seen: set[str] = set()
    current: Event | None = event
    while current is not None and current.id not in seen:
        seen.add(current.id)
        if current.source is not None:
            out.append(current.source)
        nxt = current.supersedes
        current = timeline.get(nxt) if nxt is not None and nxt in timeline else None
    return tuple(out)
