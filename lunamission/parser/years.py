"""Year completion: the year that puts a date written without one nearest the
reference date.

Pipeline: lexicon → tokens → atoms → grammar → resolve (uses **years**) → api.

Candidates are the reference's year and the years either side. When the
runner-up is within :data:`~lunamission.parser.lexicon.TIE_WINDOW_DAYS` days of
the nearest, the sentence's tense picks (future: the later, past: the earlier),
and an exact tie with no tense is left to the caller to report. Candidates a
:class:`~datetime.date` cannot hold (year 0, year 10000) are left out; a year
outside the timestamp range that still wins is the resolver's to refuse.

>>> from datetime import date
>>> complete_year(12, 29, date(2024, 1, 3), None)
(2023,)
"""

from __future__ import annotations

from datetime import MAXYEAR, MINYEAR, date
from functools import lru_cache

from .common import month_length
from .lexicon import TIE_WINDOW_DAYS
from .tokens import Tense

__all__ = ["complete_year", "memoised_years"]


def complete_year(month: int, day: int | None, reference: date, tense: Tense) -> tuple[int, ...]:
    """The years that put ``month``/``day`` nearest ``reference``: one year, or two
    when they tie exactly and no tense breaks the tie, or none when the date
    exists in none of the candidate years. Tense breaks near ties.

    >>> complete_year(12, 29, date(2024, 1, 3), None), complete_year(8, 21, date(2023, 8, 20), None)
    ((2023,), (2023,))
    >>> complete_year(5, 3, date(2023, 11, 2), None)
    (2023, 2024)
    >>> complete_year(5, 3, date(2023, 11, 2), "future")
    (2024,)
    >>> complete_year(2, 29, date(2023, 3, 1), None)
    (2024,)
    """
    candidates: list[tuple[int, int]] = []
    today = reference.toordinal()  # day numbers: plain ints instead of date arithmetic
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if not MINYEAR <= year <= MAXYEAR:
            continue  # beyond what a date can hold; the caller refuses the edge years
        if day is None:  # a whole month
            lo = date(year, month, 1).toordinal()
            hi = lo + month_length(year, month) - 1
            distance = 0 if lo <= today <= hi else min(abs(lo - today), abs(hi - today))
        elif day > 28 and day > month_length(year, month):
            continue  # February 29 outside a leap year
        else:
            distance = abs(date(year, month, day).toordinal() - today)
        candidates.append((distance, year))
    if not candidates:
        return ()
    candidates.sort()
    best = candidates[0]
    if len(candidates) > 1 and candidates[1][0] - best[0] <= TIE_WINDOW_DAYS:
        earlier, later = sorted((best[1], candidates[1][1]))
        if tense is not None:
            return (later,) if tense == "future" else (earlier,)
        if candidates[1][0] == best[0]:
            return earlier, later
    return (best[1],)


memoised_years = lru_cache(maxsize=4096)(complete_year)
""":func:`complete_year` memoised: a pure function of a small domain (a date without
its year, a reference day and a tense), asked again for every phrase of an article."""
