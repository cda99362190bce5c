"""What every subcommand shares: reading input files, help layout, failures.

Sits under the subcommand modules of :mod:`lunamission.cli`.

>>> try:
...     read_text("no/such/file.txt")
... except CommandFailed as exc:
...     print(exc.message.split(":")[0])
cannot read 'no/such/file.txt'
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["CommandFailed", "HelpFormatter", "read_text"]


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keep the line breaks of descriptions and example epilogs."""


class CommandFailed(Exception):
    """A failure outside the library (an unreadable file): one line, maybe a caret."""

    def __init__(self, message: str, *, text: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.text = text
        self.span = (0, len(text)) if text else None


def read_text(path: str, /) -> str:
    """The text of ``path`` as UTF-8 (a leading byte-order mark dropped), or of
    standard input for ``-``."""
    if path == "-":
        text = sys.stdin.read()
        return text[1:] if text.startswith("\ufeff") else text
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CommandFailed(f"cannot read {path!r}: no such file", text=path) from None
    except IsADirectoryError:
        raise CommandFailed(f"cannot read {path!r}: it is a directory", text=path) from None
    except UnicodeDecodeError as exc:
        raise CommandFailed(
            f"cannot read {path!r}: not UTF-8 text (byte {exc.start})", text=path
        ) from None
    except OSError as exc:
        raise CommandFailed(f"cannot read {path!r}: {exc.strerror}", text=path) from None
