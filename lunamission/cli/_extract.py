"""The ``extract``, ``parse`` and ``validate`` subcommands.

Sits in :mod:`lunamission.cli`: each subcommand turns its arguments into one
call of the public API (:func:`~lunamission.extract_timeline`,
:func:`~lunamission.find_timestamps`, :meth:`~lunamission.Timeline.validate`)
and prints the result. Output formats other than ``table`` come from
:data:`lunamission.export.FORMATS` when that module is installed; ``json``
(the :meth:`~lunamission.Timeline.model_dump_json` layout) is always there.

>>> parser = argparse.ArgumentParser()
>>> register(parser.add_subparsers())
>>> parser.parse_args(["extract", "-", "--published", "2023-08-21"]).format
'table'
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..extract import extract_timeline
from ..parser import find_timestamps, parse_timestamps
from ..render import format_table, format_utc, layout_rows
from ..timeline import Timeline
from ._common import CommandFailed, HelpFormatter, read_text

__all__ = ["formats", "register"]

Formatter = Callable[[Timeline], str]


def _json(timeline: Timeline) -> str:
    return timeline.model_dump_json(indent=2)


def formats() -> dict[str, Formatter]:
    """Output formats for ``extract``: ``table``, ``json`` and every exporter.

    >>> {"table", "json"} <= set(formats())
    True
    """
    chosen: dict[str, Formatter] = {"table": format_table, "json": _json}
    if importlib.util.find_spec("lunamission.export") is not None:
        exporters = getattr(importlib.import_module("lunamission.export"), "FORMATS", None)
        if isinstance(exporters, dict):
            chosen.update(exporters)
            chosen["table"] = format_table
    return chosen


_EXTRACT_EPILOG = """\
The table shows each event's UTC and local time, precision, status, kind,
mission, mission elapsed time since launch and the sentence it came from.
Times that name no zone take --tz, else the zone the article last named,
else the dateline city's zone.

examples:
  lunamission extract examples/luna25_tass_style.txt --published 2023-08-21
  lunamission extract report.txt --published 2024-01-20 --tz Asia/Tokyo --format json
  cat report.txt | lunamission extract - --published 2023-08-21 --source tass-0821"""

_PARSE_EPILOG = """\
Every timestamp in TEXT, one line each: the words, the exact ISO form with
its zone, the UTC start, the precision and where the zone came from. An
expression that looks like a timestamp but cannot be resolved is an error
(exit status 2); a text with no timestamp at all exits with status 1.

examples:
  lunamission parse "About 2:57 p.m. Moscow time on Saturday" --reference 2023-08-21
  lunamission parse "On August 12 and 14" --reference 2023-08-21 --tz Europe/Moscow"""

_VALIDATE_EPILOG = """\
Prints each finding of Timeline.validate() as `code: message`. Exit status 0
when there are none, 1 when there are findings, 2 when the file cannot be read.

examples:
  lunamission extract report.txt --published 2023-08-21 --format json > tl.json
  lunamission validate tl.json"""


def register(subparsers: Any) -> None:
    """Add ``extract``, ``parse`` and ``validate`` to an argparse subparsers object."""
    extract = subparsers.add_parser(
        "extract",
        help="extract a mission timeline from a news article",
        description="Extract the timeline of the events a news article reports.",
        epilog=_EXTRACT_EPILOG,
        formatter_class=HelpFormatter,
    )
    extract.add_argument("file", metavar="FILE", help="the article (UTF-8 text), or - for stdin")
    extract.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (YYYY-MM-DD): completes a dateline without a year",
    )
    extract.add_argument("--tz", metavar="ZONE", help="zone for times that name none (IANA name)")
    extract.add_argument(
        "--source", metavar="ID", help="document id for provenance (default: the file name)"
    )
    extract.add_argument(
        "--format", default="table", choices=sorted(formats()), help="output format"
    )
    extract.set_defaults(run=_run_extract)

    parse = subparsers.add_parser(
        "parse",
        help="print every timestamp found in a text",
        description="Print every timestamp found in TEXT.",
        epilog=_PARSE_EPILOG,
        formatter_class=HelpFormatter,
    )
    parse.add_argument("text", metavar="TEXT", help="the text to scan (quote it)")
    parse.add_argument(
        "--reference",
        metavar="DATE",
        help="publication date that weekdays and dates without a year resolve against",
    )
    parse.add_argument("--tz", metavar="ZONE", help="zone for times that name none (IANA name)")
    parse.set_defaults(run=_run_parse)

    validate = subparsers.add_parser(
        "validate",
        help="print the findings of Timeline.validate() for a timeline JSON file",
        description="Check a timeline JSON file against the ordering rules of a mission.",
        epilog=_VALIDATE_EPILOG,
        formatter_class=HelpFormatter,
    )
    validate.add_argument("file", metavar="FILE.json", help="a timeline written as JSON, or -")
    validate.set_defaults(run=_run_validate)


def _run_extract(args: argparse.Namespace) -> int:
    text = read_text(args.file)
    source = args.source
    if source is None and args.file != "-":
        source = Path(args.file).name
    timeline = extract_timeline(text, published=args.published, default_tz=args.tz, source=source)
    output = formats()[args.format](timeline)
    print(output, end="" if output.endswith("\n") else "\n")
    return 0


def _run_parse(args: argparse.Namespace) -> int:
    # The strict scan first: an expression it cannot resolve is reported, not skipped.
    parse_timestamps(args.text, reference=args.reference, default_tz=args.tz)
    matches = find_timestamps(args.text, reference=args.reference, default_tz=args.tz)
    rows = [["TEXT", "ISO", "UTC", "PRECISION", "ZONE"]]
    for match in matches:
        for ts in match.timestamps:
            hedges = [h for h in ("approximate" if ts.approximate else "", ts.qualifier) if h]
            precision = ts.precision.value + (f" ({', '.join(hedges)})" if hedges else "")
            rows.append(
                [
                    match.text,
                    ts.isoformat(),
                    format_utc(ts),
                    precision,
                    f"{ts.tz} ({match.zone_from})",
                ]
            )
    if len(rows) == 1:
        print("lunamission: no timestamp found in the text", file=sys.stderr)
        return 1
    print(layout_rows(rows))
    return 0


def _run_validate(args: argparse.Namespace) -> int:
    raw = read_text(args.file)
    try:
        timeline = Timeline.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "the document"
        raise CommandFailed(
            f"{args.file} is not a lunamission timeline: {where}: {first.get('msg', 'invalid')}"
        ) from None
    except json.JSONDecodeError as exc:
        raise CommandFailed(f"{args.file} is not JSON: {exc.msg}") from None
    findings = timeline.validate()
    if not findings:
        print(f"{args.file}: no findings ({len(timeline)} events)")
        return 0
    for finding in findings:
        print(f"{finding.code}: {finding.message}")
    return 1
