"""The ``lunamission`` command line: the library's jobs from a shell.

Sits on top of everything: it reads files and arguments, calls the public API
and prints. Subcommands: ``extract`` (an article to a timeline), ``parse``
(every timestamp in a text), ``validate`` (a timeline JSON file's findings), and
``log`` / ``plot`` from :mod:`lunamission.cli._log` when it is installed.

Bad input never ends in a traceback: every :class:`~lunamission.LunamissionError`
and every unreadable file becomes one line on stderr (plus the caret lines that
point into the offending text) and exit status 2. Exit status 1 means the
command ran but found something (validation findings, no timestamp).

>>> main(["parse", "on August 12", "--reference", "2023-08-21", "--tz", "UTC"])
TEXT       ISO              UTC                PRECISION  ZONE
August 12  2023-08-12[UTC]  2023-08-12 00:00Z  day        UTC (default)
0
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

from ..errors import LunamissionError, render_caret
from ._common import CommandFailed, HelpFormatter
from ._extract import register as register_extract

__all__ = ["build_parser", "main"]

_DESCRIPTION = """\
Exact, typed, queryable space-mission timelines from news text.

Run `lunamission COMMAND --help` for the options of one command."""

_EPILOG = """\
examples:
  lunamission extract examples/luna25_tass_style.txt --published 2023-08-21
  lunamission parse "About 2:57 p.m. Moscow time on Saturday" --reference 2023-08-21
  lunamission validate timeline.json"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered.

    >>> commands = build_parser()._subparsers._group_actions[0].choices
    >>> {"extract", "parse", "validate", "log", "plot"} <= set(commands)
    True
    """
    parser = argparse.ArgumentParser(
        prog="lunamission",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=HelpFormatter,
    )
    from .._version import __version__

    parser.add_argument("--version", action="version", version=f"lunamission {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    register_extract(subparsers)
    if importlib.util.find_spec("lunamission.cli._log") is not None:
        log_module = importlib.import_module("lunamission.cli._log")
        log_module.register(subparsers)
    return parser


def _report(line: str, text: str | None = None, span: tuple[int, int] | None = None) -> None:
    print(f"lunamission: error: {' '.join(line.split())}", file=sys.stderr)
    if text is not None:
        print(render_caret(text, span or (0, len(text))), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(None if argv is None else list(argv))
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else 2
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        status: int = run(args)
    except LunamissionError as exc:
        head = f"{exc.reason} in {exc.text!r}" if exc.text is not None else exc.reason
        if exc.text is not None and len(exc.text) > 60:
            head = exc.reason
        _report(head, exc.text, exc.span)
        return 2
    except CommandFailed as exc:
        _report(exc.message, exc.text, exc.span)
        return 2
    except BrokenPipeError:  # `lunamission extract ... | head`
        return 0
    return status
