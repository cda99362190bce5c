"""The ``reference`` argument: the publication date that relative words, weekdays
and dates without a year resolve against.

Pipeline: lexicon → tokens → atoms → grammar → resolve → api (reads its
``reference`` here).

A reference is a :class:`~datetime.date`, an aware :class:`~datetime.datetime`
(which counts by its own calendar date) or ISO text; a naive datetime, text that
is no ISO date and anything else raise ``bad_reference``. The machine's clock is
never read.

>>> read_reference(None) is None
True
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from ..errors import TimestampError

__all__ = ["Reference", "memoised_reference", "read_reference"]

Reference = date | datetime | str | None


def read_reference(reference: Reference) -> date | None:
    """The reference day, from a date, an aware datetime (its own calendar date) or
    ISO text; ``None`` stays ``None``.

    >>> read_reference("2023-08-21"), read_reference("2023-08-21T23:30:00-04:00")
    (datetime.date(2023, 8, 21), datetime.date(2023, 8, 21))
    """
    if reference is None:
        return None
    if type(reference) is str:
        return memoised_reference(reference)
    if isinstance(reference, datetime):
        if reference.tzinfo is None or reference.utcoffset() is None:
            raise TimestampError(
                "a naive datetime reference: give it a tzinfo, or pass a date",
                text=reference.isoformat(),
                code="bad_reference",
            )
        return reference.date()
    if isinstance(reference, date):
        return reference
    if isinstance(reference, str):
        return memoised_reference(reference)
    raise TimestampError(
        f"reference must be a date, an aware datetime or an ISO string, not "
        f"{type(reference).__name__}",
        code="bad_reference",
    )


@lru_cache(maxsize=64)
def memoised_reference(reference: str) -> date:
    """An ISO reference read once: an article's phrases all share its date.

    >>> memoised_reference(" 2023-08-21 ")
    datetime.date(2023, 8, 21)
    """
    try:
        if len(reference.strip()) <= 10:
            return date.fromisoformat(reference.strip())
        moment = datetime.fromisoformat(reference.strip())
    except ValueError:
        raise TimestampError(
            "reference is not an ISO date such as 2023-08-21",
            text=reference,
            code="bad_reference",
        ) from None
    reference_day = read_reference(moment)
    assert reference_day is not None
    return reference_day
