"""Extract each example wire report in this folder and print its timeline.

Run: python examples/extract_examples.py

Each report is extracted with its publication date; the table shows UTC and
local time, precision, status, kind, mission, mission elapsed time and the
sentence each event came from. Findings of Timeline.validate() follow.
"""

from __future__ import annotations

from pathlib import Path

import lunamission as lm
from lunamission.render import format_table

HERE = Path(__file__).resolve().parent

# Report file -> (publication date, source id). The dates are those of the real events.
REPORTS = {
    "luna25_tass_style.txt": ("2023-08-21", "tass-2023-08-21"),
    "chandrayaan3_pti_style.txt": ("2023-08-23", "pti-2023-08-23"),
    "slim_kyodo_style.txt": ("2024-01-20", "kyodo-2024-01-20"),
    "change6_xinhua_style.txt": ("2024-06-04", "xinhua-2024-06-04"),
}


def main() -> None:
    for name, (published, source) in REPORTS.items():
        text = (HERE / name).read_text(encoding="utf-8")
        timeline = lm.extract_timeline(text, published=published, source=source)
        print(f"== {name} (published {published})")
        print(format_table(timeline))
        for finding in timeline.validate():
            print(f"   finding {finding.code}: {finding.message}")
        print()


if __name__ == "__main__":
    main()
