"""Time phrases in the habits of particular outlets and agencies (a third hunt for
silently wrong answers): negated bounds, future tense words, years written beside
a date.

The phrases are written for these tests; the facts are real: Crew-7 launched on
Saturday 26 Aug 2023; Luna-26 is planned for no earlier than 2027.
"""

from __future__ import annotations

import pytest

import lunamission as lm


def _isos(text: str, reference: str, zone: str | None = "UTC") -> list[str]:
    return [
        ts.isoformat() for ts in lm.parse_timestamps(text, reference=reference, default_tz=zone)
    ]


# -- a negation turns a bound round: "will not fly before 2027" is 2027 at the soonest -------
NEGATED_BOUNDS = [
    ("Luna-26 will not fly before 2027.", "2023-08-21", ["2027[UTC][_qualifier=not_before]"]),
    ("Crew-7 won't fly before Saturday.", "2023-08-24", ["2023-08-26[UTC][_qualifier=not_before]"]),
    ("No crewed launch will happen before 2027.", "2023-08-21",
     ["2027[UTC][_qualifier=not_before]"]),
    ("The lander will not fly after the third quarter of 2026.", "2025-06-01",
     ["2026-09[UTC][_qualifier=not_after]"]),
    ("It cannot launch after March 2026.", "2025-06-01", ["2026-03[UTC][_qualifier=not_after]"]),
    # a negation out of reach, or in another clause, leaves the bound as written
    ("It is not clear whether it would fly before 2027.", "2023-08-21",
     ["2026[UTC][_qualifier=not_after]"]),
    ("It did not fly, and before 2027 it will not.", "2023-08-21",
     ["2026[UTC][_qualifier=not_after]"]),
    ("It will fly before 2027.", "2023-08-21", ["2026[UTC][_qualifier=not_after]"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "isos"), NEGATED_BOUNDS)
def test_a_negation_turns_a_bound_round(text: str, reference: str, isos: list[str]) -> None:
    assert _isos(text, reference) == isos
