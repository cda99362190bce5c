"""Revisions, kept bitemporally: what each report said, when, and how far dates slipped.

Where it sits: on top of a :class:`Timeline`. Every event records when it is
said to happen (``when``) and when the source said it (``recorded``); an event
that revises another names it in ``supersedes``. The versions linked that way
form a *chain* (a launch planned for one date, moved, then flown). This module
reads chains out of a timeline: :func:`history` lists one chain's versions,
:func:`as_of` rebuilds what was known on a date, :func:`slips` measures the
slips and scrubs of a mission's chains. ``Timeline.history``, ``as_of`` and
``slips`` delegate here.

>>> import lunamission as lm
>>> from datetime import date
>>> plan = lm.Event(kind="landing", mission="Luna-25", status="planned",
...     when=lm.Timestamp.from_iso("2023-08-21[Europe/Moscow]"), recorded=date(2023, 8, 11))
>>> moved = lm.Event(kind="landing", mission="Luna-25", status="planned",
...     when=lm.Timestamp.from_iso("2023-08-22[Europe/Moscow]"), recorded=date(2023, 8, 17),
...     supersedes=plan.id)
>>> tl = lm.Timeline([plan, moved])
>>> [str(r.slip) for r in history(tl, moved.id)]
['None', '1 day, 0:00:00']
>>> [ev.when.isoformat() for ev in as_of(tl, date(2023, 8, 15))]
['2023-08-21[Europe/Moscow]']
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from .errors import TimelineError
from .models import Event, EventKind, Source, Status, mission_key

if TYPE_CHECKING:
    from .timeline import Timeline

__all__ = ["Chain", "Change", "Revision", "SlipReport", "Step", "as_of", "history", "slips"]

Change = Literal["slip", "advance", "refined", "widened", "unchanged", "scrub", "dated", "undated"]
"""What one revision did to the date, as :class:`Step` reports it.

``slip`` moved it later and ``advance`` earlier; ``refined`` narrowed it to a
finer date inside the old one ("August" to "August 21") and ``widened`` did the
reverse; ``scrub`` cancelled the event; ``dated`` gave a time to an undated event
and ``undated`` took it away; ``unchanged`` kept the same interval.
"""

Unrecorded = Literal["raise", "include", "exclude"]
"""What :func:`as_of` does with events that have no ``recorded`` date."""


class Revision(BaseModel):
    """One version of an event, with how far its date moved from the version it
    revised (UTC starts compared; None for the first version or an undated one)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    event: Event
    slip: timedelta | None = None

    @property
    def source(self) -> Source | None:
        """Where this version was read."""
        return self.event.source


class Step(BaseModel):
    """One revision in a chain: the version before, the version after, the change."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    before: Event
    after: Event
    change: Change
    delta: timedelta | None = None


class Chain(BaseModel):
    """Every version of one event, oldest report first, and what each revision did."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    versions: tuple[Event, ...]
    steps: tuple[Step, ...]

    @property
    def first(self) -> Event:
        """The version first reported."""
        return self.versions[0]

    @property
    def current(self) -> Event:
        """The latest version (the one the timeline shows)."""
        return self.versions[-1]

    @property
    def slips(self) -> int:
        """How many revisions moved the date later."""
        return sum(1 for s in self.steps if s.change == "slip")

    @property
    def scrubs(self) -> int:
        """How many revisions cancelled the event."""
        return sum(1 for s in self.steps if s.change == "scrub")

    @property
    def net_slip(self) -> timedelta | None:
        """From the first dated version's start to the last dated version's start."""
        dated = [v.when for v in self.versions if v.when is not None]
        if len(dated) < 2:
            return None
        return dated[-1].utc - dated[0].utc


class SlipReport(BaseModel):
    """The revision chains of one mission and their totals."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mission: str
    chains: tuple[Chain, ...]

    @property
    def slips(self) -> int:
        """Revisions that moved a date later, over every chain."""
        return sum(c.slips for c in self.chains)

    @property
    def scrubs(self) -> int:
        """Revisions that cancelled an event, over every chain."""
        return sum(c.scrubs for c in self.chains)

    @property
    def total_slip(self) -> timedelta:
        """The sum of every slip (advances not subtracted)."""
        return sum(
            (s.delta for c in self.chains for s in c.steps if s.change == "slip" and s.delta),
            timedelta(0),
        )

    @property
    def largest_slip(self) -> timedelta | None:
        """The largest single slip, or None when no date slipped."""
        found = [s.delta for c in self.chains for s in c.steps if s.change == "slip" and s.delta]
        return max(found) if found else None


# -- chains ------------------------------------------------------------------------


class _Links:
    """Who revises whom in a timeline, worked out once per query."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.order: dict[str, int] = {}
        self.children: dict[str, list[str]] = {}
        for i, ev in enumerate(timeline.revisions):
            self.order[ev.id] = i
            if ev.supersedes is not None:
                self.children.setdefault(ev.supersedes, []).append(ev.id)

    def chain(self, event_id: str) -> list[str]:
        """Ids of every version linked to ``event_id`` through ``supersedes``."""
        timeline = self.timeline
        timeline.get(event_id)  # an unknown id is a TimelineError
        root, seen = event_id, {event_id}
        while True:
            parent = timeline.get(root).supersedes
            if parent is None or parent not in timeline:
                break
            if parent in seen:
                raise TimelineError(
                    "the supersedes links of this event form a cycle",
                    text=event_id,
                    code="revision_cycle",
                )
            seen.add(parent)
            root = parent
        found, stack, visited = [], [root], {root}
        while stack:
            current = stack.pop()
            found.append(current)
            for child in self.children.get(current, ()):
                if child not in visited:
                    visited.add(child)
                    stack.append(child)
        return found

    def versions(self, event_id: str) -> list[Event]:
        """The chain's events, oldest report first (undated reports first, ties in
        the order added)."""
        order = self.order

        def key(ev: Event) -> tuple[date, int]:
            return (ev.recorded or date.min, order[ev.id])

        return sorted((self.timeline.get(i) for i in self.chain(event_id)), key=key)


def _parent(timeline: Timeline, ev: Event) -> Event | None:
    if ev.supersedes is None or ev.supersedes not in timeline:
        return None
    return timeline.get(ev.supersedes)


def _delta(before: Event, after: Event) -> timedelta | None:
    if before.when is None or after.when is None:
        return None
    return after.when.utc - before.when.utc


def _change(before: Event, after: Event) -> Change:
    if after.status == Status.CANCELLED and before.status != Status.CANCELLED:
        return "scrub"
    a, b = before.when, after.when
    if a is None:
        return "unchanged" if b is None else "dated"
    if b is None:
        return "undated"
    if a.interval == b.interval:
        return "unchanged"
    if b.precision.rank > a.precision.rank and a.contains(b):
        return "refined"
    if b.precision.rank < a.precision.rank and b.contains(a):
        return "widened"
    if b.utc > a.utc or (b.utc == a.utc and b.latest > a.latest):
        return "slip"
    return "advance"


def history(timeline: Timeline, event_id: str, /) -> list[Revision]:
    """Every version of the event ``event_id`` belongs to, oldest report first.

    ``event_id`` may name any version. Versions are ordered by ``recorded``
    (undated reports first, ties in the order added); each carries the slip from
    the version it revised.
    """
    out = []
    for ev in _Links(timeline).versions(event_id):
        parent = _parent(timeline, ev)
        out.append(Revision(event=ev, slip=_delta(parent, ev) if parent else None))
    return out


def as_of(timeline: Timeline, day: date | str, /, *, unrecorded: Unrecorded = "raise") -> Timeline:
    """What was known on ``day``: the events recorded on or before it.

    Among the versions of an event, the latest one recorded by then is current.
    Events without a ``recorded`` date are refused (``unrecorded="raise"``, a
    :class:`~lunamission.errors.TimelineError`) unless you choose to ``"include"``
    or ``"exclude"`` them.
    """
    when = _as_date(day)
    kept = []
    for ev in timeline.revisions:
        if ev.recorded is None:
            if unrecorded == "raise":
                raise TimelineError(
                    "this event has no recorded date, so it cannot be placed in time; pass "
                    "unrecorded='include' or 'exclude'",
                    text=ev.id,
                    code="unrecorded",
                )
            if unrecorded == "include":
                kept.append(ev)
        elif ev.recorded <= when:
            kept.append(ev)
    from .timeline import Timeline

    return Timeline(kept, missions=timeline.mission_records)


def _as_date(day: date | str) -> date:
    if isinstance(day, datetime):
        raise TimelineError(
            "recorded dates are calendar dates: pass a date (or 'YYYY-MM-DD'), not a datetime",
            text=day.isoformat(),
            code="bad_date",
        )
    if isinstance(day, date):
        return day
    if isinstance(day, str):
        try:
            return date.fromisoformat(day)
        except ValueError:
            raise TimelineError(
                "not a calendar date (expected YYYY-MM-DD)", text=day, code="bad_date"
            ) from None
    raise TimelineError(f"expected a date, not {type(day).__name__}", code="bad_date")


def chains(timeline: Timeline, events: Iterable[Event]) -> list[Chain]:
    """The chain of every event in ``events`` (each chain once), oldest first."""
    links = _Links(timeline)
    seen: set[str] = set()
    out = []
    for ev in events:
        if ev.id in seen:
            continue
        versions = links.versions(ev.id)
        seen.update(v.id for v in versions)
        steps = []
        for version in versions:
            parent = _parent(timeline, version)
            if parent is not None:
                steps.append(
                    Step(
                        before=parent,
                        after=version,
                        change=_change(parent, version),
                        delta=_delta(parent, version),
                    )
                )
        out.append(Chain(versions=tuple(versions), steps=tuple(steps)))
    out.sort(key=lambda c: links.order[c.first.id])
    return out


def slips(
    timeline: Timeline, mission: str, /, *, kind: EventKind | str | None = None
) -> SlipReport:
    """Count and measure the date slips and scrubs of a mission's revision chains.

    Only chains with more than one version are reported; ``kind`` narrows them
    to one kind of event (launches, say).
    """
    key = timeline._key_of(mission)
    wanted = EventKind(kind) if kind is not None else None
    matches: dict[str, bool] = {}  # each spelling's key is worked out once
    revised = []
    for ev in timeline.revisions:
        if ev.mission is None or (wanted is not None and ev.kind != wanted):
            continue
        hit = matches.get(ev.mission)
        if hit is None:
            hit = matches[ev.mission] = timeline._key_of(ev.mission) == key
        if hit:
            revised.append(ev)
    found = [c for c in chains(timeline, revised) if len(c.versions) > 1]
    names = {mission_key(m.name): m.name for m in timeline.mission_records}
    return SlipReport(mission=names.get(key, mission), chains=tuple(found))
