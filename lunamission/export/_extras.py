"""Optional dependencies (pandas, matplotlib), imported only when a feature needs them.

Where it sits: under the exports and plots, which must work, or fail clearly,
on an installation without the extras.
"""

from __future__ import annotations

import importlib
from typing import Any

from ..errors import MissingExtraError

__all__ = ["MissingExtraError", "require"]


def require(module: str, extra: str) -> Any:
    """Import ``module``, or raise :class:`MissingExtraError` naming ``lunamission[extra]``.

    >>> try:
    ...     require("no_such_module_here", "plot")
    ... except ImportError as exc:
    ...     print(exc)
    this needs no_such_module_here, which is not installed: pip install 'lunamission[plot]'
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(
            f"this needs {module}, which is not installed: pip install 'lunamission[{extra}]'"
        ) from None
