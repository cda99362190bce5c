"""``python -m lunamission.cli``: the same command line as the ``lunamission`` script."""

from __future__ import annotations

import sys

from . import main

sys.exit(main())
