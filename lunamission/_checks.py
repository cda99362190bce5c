"""The rules behind :meth:`Timeline.validate`: what a news timeline can get wrong.

Each rule returns findings rather than raising, because a timeline built from
several reports is expected to hold contradictions that an analyst must see.

=====================  ==========================================================
code                   finding
=====================  ==========================================================
before_launch          an actual event of a mission definitely before its launch
restored_without_loss  contact restored with no loss of contact before it
landing_after_impact   an actual landing definitely after the mission's impact
stale_plan             a planned event dated before the actual one that replaced it
plan_after_end         a plan for a mission that already ended (impact, end of mission)
overdue_plan           a plan whose date passed before the latest report, never confirmed
future_actual          an actual event dated after the report that told of it
weekday_mismatch       the source's weekday and the event's date disagree
=====================  ==========================================================
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

from .models import Event, EventKind, Status, mission_key
from .timestamp import Precision

if TYPE_CHECKING:
    from .timeline import Finding, Timeline

_TERMINAL = (EventKind.IMPACT, EventKind.END_OF_MISSION)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The last instant of a calendar date anywhere on Earth (UTC-12).
_LATEST_ZONE = timezone(timedelta(hours=-12))


def _describe(ev: Event) -> str:
    when = ev.when.isoformat() if ev.when else "undated"
    return f"{ev.status.value} {ev.kind.value} of {ev.mission or 'an unnamed mission'} ({when})"


def check_timeline(timeline: Timeline) -> list[Finding]:
    """Every finding for the current view of ``timeline``, grouped by rule."""
    from .timeline import Finding

    events = list(timeline)
    by_mission: dict[str, list[Event]] = {}
    for ev in events:
        if ev.mission is not None:
            by_mission.setdefault(mission_key(ev.mission), []).append(ev)
    findings: list[Finding] = []
    for group in by_mission.values():
        findings.extend(
            Finding(code=c, message=m, event_ids=ids) for c, m, ids in _mission_rules(group)
        )
    latest_report = max((ev.recorded for ev in events if ev.recorded), default=None)
    for ev in events:
        findings.extend(
            Finding(code=c, message=m, event_ids=ids)
            for c, m, ids in _event_rules(ev, latest_report)
        )
    return findings


Raw = tuple[str, str, tuple[str, ...]]


def _of(group: Iterable[Event], kind: EventKind, status: Status = Status.ACTUAL) -> list[Event]:
    return [e for e in group if e.kind == kind and e.status == status]


def _mission_rules(group: list[Event]) -> Iterable[Raw]:
    launches = [e for e in _of(group, EventKind.LAUNCH) if e.when is not None]
    launch = launches[0] if launches else None
    actual = [e for e in group if e.status == Status.ACTUAL]
    if launch is not None:
        assert launch.when is not None
        for ev in actual:
            if ev is not launch and ev.when is not None and ev.when.before(launch.when):
                yield (
                    "before_launch",
                    f"{_describe(ev)} is dated before the launch ({launch.when.isoformat()})",
                    (ev.id, launch.id),
                )
    losses = _of(group, EventKind.LOSS_OF_CONTACT)
    for ev in _of(group, EventKind.CONTACT_RESTORED):
        prior = [
            loss
            for loss in losses
            if ev.when is None or loss.when is None or loss.when.after(ev.when) is not True
        ]
        if not prior:
            yield ("restored_without_loss", f"{_describe(ev)} follows no loss of contact", (ev.id,))
    impacts = _of(group, EventKind.IMPACT)
    for landing in _of(group, EventKind.LANDING):
        for impact in impacts:
            if landing.when and impact.when and landing.when.after(impact.when):
                yield (
                    "landing_after_impact",
                    f"{_describe(landing)} comes after the impact ({impact.when.isoformat()})",
                    (landing.id, impact.id),
                )
    ends = [e for e in actual if e.kind in _TERMINAL]
    for plan in (e for e in group if e.status == Status.PLANNED):
        for done in _of(group, plan.kind):
            if plan.when and done.when and plan.when.before(done.when):
                yield (
                    "stale_plan",
                    f"{_describe(plan)} is dated before the actual {done.kind.value} "
                    f"({done.when.isoformat()}) that replaced it",
                    (plan.id, done.id),
                )
        for end in ends:
            if plan.when is None or end.when is None or not plan.when.before(end.when):
                yield (
                    "plan_after_end",
                    f"{_describe(plan)} cannot happen: the mission ended ({_describe(end)})",
                    (plan.id, end.id),
                )
                break


def _event_rules(ev: Event, latest_report: date | None) -> Iterable[Raw]:
    ts = ev.when
    if ts is None:
        return
    stated = ev.source.stated_weekday if ev.source is not None else None
    if (
        stated is not None
        and ts.precision.rank >= Precision.DAY.rank
        and ts.local.weekday() != stated
    ):
        yield (
            "weekday_mismatch",
            f"the source says {_WEEKDAYS[stated]} but "
            f"{ts.local.date().isoformat()} was a {_WEEKDAYS[ts.local.weekday()]}",
            (ev.id,),
        )
    if ev.status == Status.ACTUAL and ev.recorded is not None:
        end_of_report_day = datetime.combine(ev.recorded, time(23, 59, 59), _LATEST_ZONE)
        if ts.earliest > end_of_report_day:
            yield (
                "future_actual",
                f"{_describe(ev)} is dated after the report of {ev.recorded.isoformat()}",
                (ev.id,),
            )
    if ev.status == Status.PLANNED and ts.qualifier != "not_before":
        recorded = latest_report
        if recorded is not None and ev.recorded is not None and recorded > ev.recorded:
            start_of_day = datetime.combine(recorded, time(0), timezone(timedelta(hours=14)))
            if ts.latest <= start_of_day:
                yield (
                    "overdue_plan",
                    f"{_describe(ev)} had passed by the report of {recorded.isoformat()}",
                    (ev.id,),
                )
