"""The ``log append|show|history`` and ``plot`` subcommands.

Sits in :mod:`lunamission.cli`: :func:`register` adds the subcommands to the
``lunamission`` parser; each turns its arguments into calls of
:class:`~lunamission.EventLog`, :class:`~lunamission.Timeline` and the exports,
and prints. Inputs may be an event log, a timeline JSON file (``extract
--format json``) or JSON Lines of events (``extract --format jsonl``); ``-``
reads standard input.

>>> parser = argparse.ArgumentParser()
>>> register(parser.add_subparsers())
>>> parser.parse_args(["log", "show", "events.jsonl", "--kind", "launch"]).kind
'launch'
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date

from pydantic import ValidationError
from pydantic_core import from_json

from ..errors import EventLogError, TimelineError
from ..eventlog import FORMAT_NAME, EventLog
from ..models import Event, EventKind, Status
from ..timeline import Timeline
from ._common import CommandFailed, HelpFormatter, read_text

__all__ = ["load_timeline", "register"]

_LOG_EPILOG = """\
An event log is an append-only JSON Lines file: a header line, then one event
per line, every revision kept. Appends are flushed to disk and safe from
several processes at once.

examples:
  lunamission extract report.txt --published 2023-08-21 --format jsonl > new.jsonl
  lunamission log append missions.jsonl new.jsonl
  lunamission log show missions.jsonl --mission Luna-25 --format csv
  lunamission log show missions.jsonl --as-of 2023-08-15
  lunamission log history missions.jsonl ev-6f0d2c41b7a59e13"""

_PLOT_EPILOG = """\
One row per mission, a marker per event (hollow when planned) and a bar for
its uncertainty. Needs matplotlib: pip install 'lunamission[plot]'.

examples:
  lunamission plot missions.jsonl --out timeline.png
  lunamission plot timeline.json --out luna25.png --mission Luna-25 --title "Luna-25\""""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``log`` (with ``append``, ``show``, ``history``) and ``plot``."""
    log = subparsers.add_parser(
        "log",
        help="append to, show and trace an event log",
        description="Append events to an event log, show its timeline, trace one event's history.",
        epilog=_LOG_EPILOG,
        formatter_class=HelpFormatter,
    )
    actions = log.add_subparsers(title="actions", metavar="ACTION")

    append = actions.add_parser(
        "append",
        help="append events to a log (created if missing)",
        epilog=_LOG_EPILOG,
        formatter_class=HelpFormatter,
    )
    append.add_argument("log", metavar="LOG", help="the event log file")
    append.add_argument(
        "inputs",
        metavar="FILE",
        nargs="*",
        default=["-"],
        help="timeline JSON, JSON Lines of events or another log (default: standard input)",
    )
    append.set_defaults(run=_append)

    show = actions.add_parser(
        "show",
        help="print the timeline a log holds",
        epilog=_LOG_EPILOG,
        formatter_class=HelpFormatter,
    )
    show.add_argument("log", metavar="LOG", help="the event log file")
    show.add_argument(
        "--format", default="table", help="table (default), " + ", ".join(sorted(_formats()))
    )
    show.add_argument("--mission", help="only this mission (any of its names)")
    show.add_argument(
        "--kind",
        choices=[k.value for k in EventKind],
        metavar="KIND",
        help="only this kind: " + ", ".join(k.value for k in EventKind),
    )
    show.add_argument("--status", choices=[s.value for s in Status], help="only this status")
    show.add_argument(
        "--as-of", type=_date, metavar="DATE", help="what was known on DATE (YYYY-MM-DD)"
    )
    show.add_argument(
        "--unrecorded",
        choices=["raise", "include", "exclude"],
        default="raise",
        help="with --as-of: events with no recorded date (default: refuse them)",
    )
    show.set_defaults(run=_show)

    hist = actions.add_parser(
        "history",
        help="every version of one event and how its date slipped",
        epilog=_LOG_EPILOG,
        formatter_class=HelpFormatter,
    )
    hist.add_argument("log", metavar="LOG", help="the event log file")
    hist.add_argument("event", metavar="EVENT_ID", help="the id (or a unique prefix of it)")
    hist.set_defaults(run=_history)
    log.set_defaults(run=lambda args: _usage(log))

    plot = subparsers.add_parser(
        "plot",
        help="draw a timeline to a PNG file",
        description="Draw a timeline picture.",
        epilog=_PLOT_EPILOG,
        formatter_class=HelpFormatter,
    )
    plot.add_argument("input", metavar="FILE", help="event log, timeline JSON or JSON Lines")
    plot.add_argument("--out", required=True, metavar="PNG", help="where to write the picture")
    plot.add_argument("--mission", help="only this mission (any of its names)")
    plot.add_argument("--title", help="the picture's title")
    plot.set_defaults(run=_plot)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _formats() -> dict[str, object]:
    from ..export import FORMATS

    return dict(FORMATS)


# -- reading inputs --------------------------------------------------------------------


def load_timeline(path: str, /) -> Timeline:
    """The timeline in ``path`` (``-`` for standard input): an event log, a timeline
    JSON document, or JSON Lines of events."""
    if path != "-" and _is_log(path):
        return EventLog(path).replay()
    text = read_text(path)
    first = next((line for line in text.splitlines() if line.strip()), "")
    if _header(first):
        return _replay_text(text)
    stripped = text.lstrip()
    if stripped.startswith("{") and not stripped.startswith('{"kind"'):
        try:
            data = from_json(text)
        except ValueError:
            data = None
        if isinstance(data, dict) and "events" in data:
            return Timeline.model_validate_json(text)
    return Timeline(_event_lines(path, text))


def _is_log(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            return _header(handle.readline(4096).decode("utf-8", "replace"))
    except OSError:
        return False  # read_text reports it


def _header(line: str) -> bool:
    try:
        data = from_json(line)
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("format") == FORMAT_NAME


def _replay_text(text: str) -> Timeline:
    with tempfile.TemporaryDirectory() as tmp:
        spooled = os.path.join(tmp, "stdin.jsonl")
        with open(spooled, "w", encoding="utf-8") as out:
            out.write(text)
        return EventLog(spooled).replay()


def _event_lines(path: str, text: str) -> list[Event]:
    events = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            events.append(Event.model_validate_json(line))
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"]) or "line"
            raise EventLogError(
                f"{path}, line {number}: not an event ({where}: {err['msg']})",
                text=line,
                code="corrupt_line",
            ) from None
    return events


# -- commands ----------------------------------------------------------------------------


def _append(args: argparse.Namespace) -> int:
    events: list[Event] = []
    for path in args.inputs:
        events.extend(load_timeline(path).revisions)
    try:
        count = EventLog(args.log).extend(events)
    except OSError as exc:
        raise CommandFailed(f"cannot write {args.log!r}: {exc.strerror}", text=args.log) from None
    print(f"appended {count} event{'s' if count != 1 else ''} to {args.log}")
    return 0


def _show(args: argparse.Namespace) -> int:
    timeline = EventLog(args.log).replay()
    if args.as_of is not None:
        timeline = timeline.as_of(args.as_of, unrecorded=args.unrecorded)
    if args.mission or args.kind or args.status:
        timeline = timeline.filter(mission=args.mission, kind=args.kind, status=args.status)
    if args.format == "table":
        from ..render import format_table

        text = format_table(timeline)
    else:
        exporters = _formats()
        if args.format not in exporters:
            raise CommandFailed(
                f"unknown format {args.format!r} (table, {', '.join(sorted(exporters))})",
                text=args.format,
            )
        text = exporters[args.format](timeline)  # type: ignore[operator]
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def _history(args: argparse.Namespace) -> int:
    timeline = EventLog(args.log).replay()
    event_id = _resolve_id(timeline, args.event)
    rows = [("RECORDED", "WHEN", "STATUS", "SLIP", "SOURCE", "ID")]
    for revision in timeline.history(event_id):
        ev = revision.event
        src = ev.source
        rows.append(
            (
                ev.recorded.isoformat() if ev.recorded else "-",
                ev.when.isoformat() if ev.when else "undated",
                ev.status.value,
                _slip(revision.slip),
                ", ".join(str(x) for x in (src.publisher, src.document) if x) if src else "-",
                ev.id,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _resolve_id(timeline: Timeline, wanted: str) -> str:
    if wanted in timeline:
        return wanted
    found = [ev.id for ev in timeline.revisions if ev.id.startswith(wanted)]
    if len(found) == 1:
        return found[0]
    reason = "no event has this id" if not found else f"{len(found)} events start with this id"
    raise TimelineError(reason, text=wanted, code="unknown_event")


def _slip(delta: object) -> str:
    from datetime import timedelta

    if not isinstance(delta, timedelta):
        return "-"
    sign = "+" if delta >= timedelta(0) else "-"
    seconds = int(abs(delta).total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    parts = [f"{days}d"] if days else []
    if hours or minutes:
        parts.append(f"{hours}h")
    if minutes:
        parts.append(f"{minutes}m")
    return sign + (" ".join(parts) or "0")


def _plot(args: argparse.Namespace) -> int:
    timeline = load_timeline(args.input)
    if args.mission:
        timeline = timeline.filter(mission=args.mission)
    figure = timeline.plot(title=args.title)  # MissingExtraError is a LunamissionError
    try:
        figure.savefig(args.out, dpi=150)
    except OSError as exc:
        raise CommandFailed(f"cannot write {args.out!r}: {exc.strerror}", text=args.out) from None
    print(f"wrote {args.out}")
    return 0
