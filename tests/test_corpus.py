"""The labelled corpus of news phrases (tests/corpus.py) through the parser (issue 4).

Every case goes through :func:`lunamission.parse_timestamps` and must give exactly
the expected timestamps, in text order; the traps give none, and the invalid
table raises the labelled code from :func:`lunamission.parse_timestamp`.
"""

from __future__ import annotations

import pytest
from corpus import CASES, INVALID, NOT_TIMESTAMPS, Case

import lunamission as lm

CORPUS = [pytest.param(case, id=case.phrase) for case in CASES]


@pytest.mark.parametrize("case", CORPUS)
def test_corpus_case(case: Case) -> None:
    got = lm.parse_timestamps(case.phrase, reference=case.reference, default_tz=case.default_tz)
    assert got == [lm.Timestamp.from_iso(expected) for expected in case.expected]
    assert [ts.isoformat() for ts in got] == list(case.expected)


@pytest.mark.parametrize("case", CORPUS)
def test_corpus_case_found_with_spans(case: Case) -> None:
    matches = lm.find_timestamps(case.phrase, reference=case.reference, default_tz=case.default_tz)
    assert [ts.isoformat() for m in matches for ts in m.timestamps] == list(case.expected)
    for m in matches:
        assert case.phrase[m.start : m.end] == m.text


@pytest.mark.parametrize("text", [pytest.param(t, id=t) for t in NOT_TIMESTAMPS])
def test_not_a_timestamp(text: str) -> None:
    assert lm.parse_timestamps(text, reference="2023-08-21", default_tz="UTC") == []
    assert lm.find_timestamps(text, reference="2023-08-21", default_tz="UTC") == []


@pytest.mark.parametrize(
    ("phrase", "reference", "code"), [pytest.param(*row, id=repr(row[0])) for row in INVALID]
)
def test_corpus_invalid(phrase: str, reference: str | None, code: str) -> None:
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamp(phrase, reference=reference)
    assert info.value.code == code
