"""TimelineJS (Knight Lab) JSON: a timeline ready for an interactive web page.

Where it sits: an export, from a :class:`Timeline` to the JSON that TimelineJS 3
reads (``{"events": [...]}``). TimelineJS has no time zones, so each
``start_date`` holds the wall clock in the zone the source used, truncated to the
timestamp's precision (a day-precision event has no hour), and its
``display_date`` names the zone and the hedges ("19 Aug 2023, about 14:57 MSK",
"NET Jul 2026"). Events are grouped by mission; headline and text are HTML, so
the words are escaped. Undated events have no place on
a time axis: they are left out (``undated="raise"`` refuses the timeline instead).

>>> import json, lunamission as lm
>>> tl = lm.Timeline([lm.Event(kind="impact", mission="Luna-25", outcome="failure",
...     when=lm.Timestamp.from_iso("2023-08-19[Europe/Moscow]"))])
>>> json.loads(to_timelinejs(tl))["events"][0]["start_date"]
{'year': 2023, 'month': 8, 'day': 19, 'display_date': '19 Aug 2023'}
"""

from __future__ import annotations

import json
from html import escape
from typing import TYPE_CHECKING, Any, Literal

from ..errors import TimelineError
from ..models import Event
from .display import display_when, headline

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = ["to_timelinejs"]

_FIELDS = ("year", "month", "day", "hour", "minute", "second")


def _date(ev: Event) -> dict[str, Any]:
    ts = ev.when
    assert ts is not None
    keep = _FIELDS[: ts.precision.rank + 1]
    out: dict[str, Any] = {name: getattr(ts.local, name) for name in keep}
    out["display_date"] = display_when(ts)
    return out


def _slide(ev: Event) -> dict[str, Any]:
    # TimelineJS renders these fields as HTML: escape the words, join with <br>.
    text = [escape(ev.summary)] if ev.summary else []
    if ev.source is not None and ev.source.quote:
        text.append(f"“{escape(ev.source.quote)}”")
    if ev.source is not None and (ev.source.publisher or ev.source.document):
        text.append(f"Source: {escape(ev.source.publisher or ev.source.document or '')}")
    slide: dict[str, Any] = {
        "unique_id": ev.id,
        "start_date": _date(ev),
        "text": {"headline": escape(headline(ev)), "text": "<br>".join(text)},
    }
    if ev.mission:
        slide["group"] = ev.mission
    return slide


def to_timelinejs(
    timeline: Timeline, /, *, undated: Literal["omit", "raise"] = "omit", indent: int | None = 2
) -> str:
    """The timeline's current dated events as TimelineJS 3 JSON text."""
    events = timeline.events
    missing = [ev.id for ev in events if ev.when is None]
    if missing and undated == "raise":
        raise TimelineError(
            f"{len(missing)} undated event(s) have no place on a time axis",
            text=", ".join(missing),
            code="undated",
        )
    doc = {"scale": "human", "events": [_slide(ev) for ev in events if ev.when is not None]}
    return json.dumps(doc, indent=indent, ensure_ascii=False)
