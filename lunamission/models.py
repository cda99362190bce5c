"""Events and missions: what a timeline is made of.

An :class:`Event` is one thing that happened (or is planned) to a mission: a
launch, a burn, a landing, a loss of contact. It keeps apart what the news keeps
apart: ``status`` (actual, planned, cancelled) from ``outcome`` (a landing can be
actual and failed), and a dated event from an undated one (``when=None`` is "the
source gave no time", never "now").

>>> import lunamission as lm
>>> ev = lm.Event(kind="launch", mission="Luna-25",
...               when=lm.Timestamp.from_iso("2023-08-11T02:10+03:00[Europe/Moscow]"))
>>> ev.status.value, ev.when.utc.isoformat(), ev.id == lm.Event.model_validate(ev.model_dump()).id
('actual', '2023-08-10T23:10:00+00:00', True)
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .timestamp import Timestamp

__all__ = [
    "Event",
    "EventKind",
    "Mission",
    "Outcome",
    "Source",
    "Status",
    "mission_key",
    "rederived",
]


class EventKind(str, Enum):
    """What happened to the spacecraft."""

    LAUNCH = "launch"
    TRAJECTORY_CORRECTION = "trajectory_correction"
    ORBIT_INSERTION = "orbit_insertion"
    ORBIT_CHANGE = "orbit_change"
    LANDING = "landing"
    IMPACT = "impact"
    LOSS_OF_CONTACT = "loss_of_contact"
    CONTACT_RESTORED = "contact_restored"
    DOCKING = "docking"
    UNDOCKING = "undocking"
    DEORBIT = "deorbit"
    END_OF_MISSION = "end_of_mission"
    ANOMALY = "anomaly"
    OTHER = "other"


class Status(str, Enum):
    """Whether the event happened, is planned, or was called off."""

    ACTUAL = "actual"
    PLANNED = "planned"
    CANCELLED = "cancelled"


class Outcome(str, Enum):
    """How it went, apart from whether it happened."""

    SUCCESS = "success"
    PARTIAL = "partial"
    FAILURE = "failure"


_KEY_DROP = re.compile(r"[^0-9a-z]+")


def mission_key(name: str) -> str:
    """The form mission names are compared in: case, spaces and dashes ignored.

    >>> mission_key("Luna-25") == mission_key("luna 25") == mission_key("LUNA25")
    True
    """
    return _KEY_DROP.sub("", name.casefold())


class Source(BaseModel):
    """Where an event was read: the document, its publisher and date, and the words.

    ``span`` is the character range of the sentence in the document and
    ``timestamp_span`` that of the timestamp phrase; ``quote`` and
    ``timestamp_text`` hold the words themselves. ``stated_weekday`` is a weekday
    the source wrote beside the date (Monday is 0), kept so that
    :meth:`Timeline.validate` can catch a source whose weekday and date disagree.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    document: str | None = None
    publisher: str | None = None
    published: date | None = None
    span: tuple[int, int] | None = None
    quote: str | None = None
    timestamp_span: tuple[int, int] | None = None
    timestamp_text: str | None = None
    stated_weekday: int | None = Field(default=None, ge=0, le=6)
    zone_rule: str | None = None
    """How the zone of a timestamp that named none was chosen (e.g. "dateline")."""


class Event(BaseModel):
    """One event of a mission, as a source reported it.

    Only ``kind`` is required. ``recorded`` is when the source said it (it
    defaults to the source's publication date): together with ``when`` it makes
    the timeline bitemporal. ``supersedes`` names the id of an earlier version of
    this event that this one revises (a slipped launch date, say). ``id`` is
    stable: derived from the content unless given.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: EventKind
    status: Status = Status.ACTUAL
    outcome: Outcome | None = None
    mission: str | None = None
    when: Timestamp | None = None
    summary: str = ""
    vehicle: str | None = None
    site: str | None = None
    source: Source | None = None
    recorded: date | None = None
    supersedes: str | None = None
    id: str = ""

    @model_validator(mode="after")
    def _derive(self) -> Event:
        if self.recorded is None and self.source is not None and self.source.published:
            object.__setattr__(self, "recorded", self.source.published)
        if not self.id:
            object.__setattr__(self, "id", self.content_id())
        return self

    def content_id(self) -> str:
        """The id derived from what the event says and where it was read."""
        src = self.source
        payload: dict[str, Any] = {
            "kind": self.kind.value,
            "status": self.status.value,
            "outcome": self.outcome.value if self.outcome else None,
            "mission": self.mission,
            "when": self.when.isoformat() if self.when else None,
            "summary": self.summary,
            "vehicle": self.vehicle,
            "site": self.site,
            "document": src.document if src else None,
            "publisher": src.publisher if src else None,
            "published": src.published.isoformat() if src and src.published else None,
            "span": list(src.span) if src and src.span else None,
            "ts_span": list(src.timestamp_span) if src and src.timestamp_span else None,
            "supersedes": self.supersedes,
        }
        blob = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
        return "ev-" + hashlib.blake2b(blob, digest_size=8).hexdigest()

    @property
    def dated(self) -> bool:
        """Whether the source gave a time for the event."""
        return self.when is not None


class Mission(BaseModel):
    """A mission and the names the news uses for it.

    >>> luna = Mission(name="Luna-25", aliases=("Luna 25", "Luna-Glob lander"),
    ...                operator="Roscosmos", vehicle="Soyuz-2.1b", target="Moon")
    >>> luna.matches("luna-glob LANDER"), luna.matches("Luna-26")
    (True, False)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    operator: str | None = None
    vehicle: str | None = None
    target: str | None = None

    @property
    def keys(self) -> frozenset[str]:
        """Every name of the mission, in :func:`mission_key` form."""
        return frozenset(mission_key(n) for n in (self.name, *self.aliases))

    def matches(self, name: str) -> bool:
        """Whether ``name`` is this mission's name or one of its aliases."""
        return mission_key(name) in self.keys


def rederived(event: Event, /, **changes: Any) -> Event:
    """``event`` with ``changes``, validated again and with its content id derived
    afresh (an extractor that learns an event's mission, time or earlier version
    after building it).

    >>> ev = Event(kind="launch", mission="Luna 25")
    >>> moved = rederived(ev, mission="Luna-25")
    >>> moved.mission, moved.id == ev.id, moved.id == moved.content_id()
    ('Luna-25', False, True)
    """
    fields = {name: getattr(event, name) for name in Event.model_fields}
    return Event.model_validate({**fields, **changes, "id": ""})
