"""Datelines: where and when a wire report was filed, and so its reference date.

Pipeline: cleantext → **dateline** / sentences → entities and classify → attach → api.

A dateline opens the body of a wire report: "BEIJING, August 21. /TASS/.",
"MOSCOW, Aug 20 (Reuters) -", "Aug 19, 2023 (Xinhua) --", "CAPE CANAVERAL,
Fla., Nov. 16 (AP) —". It gives the city (whose zone is the last-resort zone for
times the article gives without one), the agency (the publisher) and a date,
often without a year. :func:`reference_date` completes that date with the year
of the publication date (or the dateline's own year), refuses a dateline more
than a week after the publication date, and never guesses the year from today.

Typeset datelines read like typed ones: the patterns run over the top of the
article with :data:`~lunamission.extract.wire.DATELINE_TYPOGRAPHY` applied (en and
em dashes, curly apostrophes and quotes, no-break and thin spaces, full-width
brackets, each to its ASCII twin, one character for one), so
"MOSCOW,\u00a0August 21. /TASS/ –" is found like "MOSCOW, August 21. /TASS/ -",
with the same offsets.

>>> dl = find_dateline("MOSCOW, Aug 20 (Reuters) - Luna-25 lost contact.")
>>> dl.city, dl.zone, dl.publisher, (dl.month, dl.day, dl.year)
('MOSCOW', 'Europe/Moscow', 'Reuters', (8, 20, None))
>>> reference_date(dl, "MOSCOW, Aug 20 (Reuters) -", published=date(2023, 8, 21))
datetime.date(2023, 8, 20)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..errors import ExtractionError
from ..parser.lexicon import MONTHS
from .wire import AGENCIES, DATELINE_TYPOGRAPHY, DATELINE_ZONES

__all__ = ["LATE_DATELINE", "Dateline", "find_dateline", "reference_date"]

_SEARCH_WINDOW = 4000
"""Datelines are looked for only near the top of an article (after headlines)."""

_TYPOGRAPHY = str.maketrans(DATELINE_TYPOGRAPHY)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# The patterns see the text with typography made ASCII: one hyphen stands for any dash.
_CITY = r"[A-Z][A-Za-z'.-]*(?:[ ][A-Z][A-Za-z'.-]*){0,3}"
_DATELINE = re.compile(
    rf"""
    ^[ \t]*
    (?:(?P<city>{_CITY})(?:,[ ](?P<region>[A-Z][A-Za-z]{{1,11}}\.?))?
        (?:[ ]*/[A-Z][A-Za-z .-]{{0,30}}/)?[ ]*,?[ ]*)?
    (?:
        (?P<month>(?i:{_MONTH}))\.?[ ]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?
            (?:,?[ ]+(?P<year>\d{{4}}))?
      | (?P<day2>\d{{1,2}})[ ]+(?P<month2>(?i:{_MONTH}))\.?(?:[ ]+(?P<year2>\d{{4}}))?
    )?
    [ ]*[.,]?[ ]*
    (?:/(?P<slash>[A-Z][A-Za-z .-]{{0,30}}?)/\.?|\((?P<paren>[A-Z][A-Za-z .-]{{0,30}}?)\))
    [ \t]*(?:-{{1,2}}|:|\.)?[ \t]*
    """,
    re.MULTILINE | re.VERBOSE,
)
_DASHED = re.compile(
    rf"""
    ^[ \t]*(?P<city>[A-Z][A-Z'.-]*(?:[ ][A-Z][A-Z'.-]*){{0,3}}),[ ]*
    (?P<month>(?i:{_MONTH}))\.?[ ]+(?P<day>\d{{1,2}})(?:,?[ ]+(?P<year>\d{{4}}))?
    [ ]*-{{1,2}}[ \t]*
    """,
    re.MULTILINE | re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline as written: the city, its zone, the agency and the date's parts.

    ``start``/``end`` delimit the whole dateline (the body starts at ``end``);
    ``date_span`` the date inside it. Missing parts are ``None``. ``city`` keeps
    its letters as written ("XI’AN"), with any kind of space as a plain one.
    """

    start: int
    end: int
    city: str | None
    zone: str | None
    publisher: str | None
    month: int | None
    day: int | None
    year: int | None
    date_span: tuple[int, int] | None


def _agency(raw: str | None) -> str | None:
    if raw is None:
        return None
    return AGENCIES.get(raw.strip().lower(), raw.strip())


def _plausible(m: re.Match[str]) -> bool:
    groups = m.groupdict()
    dated = bool(groups.get("month") or groups.get("month2"))
    agency = groups.get("slash") or groups.get("paren")
    known = agency is not None and agency.strip().lower() in AGENCIES
    # Without a date, only a known agency makes "CITY (Agency) -" a dateline.
    return dated or (bool(groups.get("city")) and known)


def find_dateline(text: str, /) -> Dateline | None:
    """The first dateline near the top of ``text``, or ``None`` when it has none.

    >>> find_dateline("BEIJING, August 21. /TASS/. China is open.").publisher
    'TASS'
    >>> find_dateline("Aug 19, 2023 (Xinhua) -- The probe landed.").year
    2023
    >>> find_dateline("The probe landed on Saturday.") is None
    True
    >>> dl = find_dateline("XI’AN, Aug\u00a020 (Xinhua) – The probe landed.")
    >>> dl.city, dl.zone, dl.publisher, dl.day, dl.end
    ('XI’AN', 'Asia/Shanghai', 'Xinhua', 20, 25)
    """
    head = text[:_SEARCH_WINDOW]
    plain = head if head.isascii() else head.translate(_TYPOGRAPHY)
    candidates = [
        m
        for m in (_DATELINE.search(plain), _DASHED.search(plain))
        if m is not None and _plausible(m)
    ]
    if not candidates:
        return None
    m = min(candidates, key=lambda c: c.start())
    groups = m.groupdict()
    month_word = groups.get("month") or groups.get("month2")
    day = groups.get("day") or groups.get("day2")
    year = groups.get("year") or groups.get("year2")
    date_span: tuple[int, int] | None = None
    if month_word is not None:
        first = "month" if groups.get("month") else "day2"
        last = next(g for g in ("year", "year2", "day", "month2") if groups.get(g))
        date_span = (m.start(first), m.end(last))
    city = groups.get("city")
    start = m.start("city") if city else (date_span[0] if date_span else m.start())
    return Dateline(
        start=start,
        end=m.end(),
        city=" ".join(head[start : m.end("city")].split()) if city else None,
        zone=DATELINE_ZONES.get(city.lower()) if city else None,
        publisher=_agency(groups.get("slash") or groups.get("paren")),
        month=MONTHS[month_word.lower()] if month_word else None,
        day=int(day) if day else None,
        year=int(year) if year else None,
        date_span=date_span,
    )


LATE_DATELINE = timedelta(days=7)
"""How far a dateline's date may lie after the publication date (time zones, late
corrections); a dateline later than that contradicts ``published``."""


def reference_date(dateline: Dateline | None, text: str, /, *, published: date | None) -> date:
    """The date the article's relative words resolve against.

    The dateline's date, completed with its own year or else with the year of
    ``published``; across New Year the neighbouring year whose date lies within
    :data:`LATE_DATELINE` of ``published`` ("Dec 31" filed, published January 2).
    A dateline more than that after ``published`` contradicts it and raises
    :class:`~lunamission.ExtractionError` (code ``dateline_after_published``); so
    does a year missing everywhere (``no_year``, never the year of today).

    >>> dl = find_dateline("TOKYO, Dec 31 (Kyodo) -- ...")
    >>> reference_date(dl, "TOKYO, Dec 31 (Kyodo) -- ...", published=date(2024, 1, 2))
    datetime.date(2023, 12, 31)
    """
    if dateline is None or dateline.month is None or dateline.day is None:
        if published is None:
            span = (dateline.start, dateline.end) if dateline else (0, min(len(text), 60))
            raise ExtractionError(
                "the article has no dated dateline and no publication date: pass "
                "published= (lunamission never takes the year from today)",
                text=text[: max(span[1], 1)] if text else "",
                span=span,
                code="no_reference",
            )
        return published
    span = dateline.date_span or (dateline.start, dateline.end)
    head = text[: dateline.end]
    if dateline.year is not None:
        return _day(dateline.year, dateline.month, dateline.day, head, span)
    if published is None:
        raise ExtractionError(
            "the dateline has no year and no publication date was given: pass published= "
            "(lunamission never takes the year from today)",
            text=head,
            span=span,
            code="no_year",
        )
    near: list[date] = []
    for year in (published.year - 1, published.year + 1):
        try:
            candidate = date(year, dateline.month, dateline.day)
        except ValueError:
            continue
        if abs(candidate - published) <= LATE_DATELINE:
            near.append(candidate)
    try:
        own = date(published.year, dateline.month, dateline.day)
    except ValueError:
        own = None
    if own is not None and abs(own - published) <= LATE_DATELINE:
        return own
    if near:
        return near[0]
    if own is not None and own - published <= LATE_DATELINE:
        return own  # filed earlier in the year of publication
    if own is None:
        return _day(published.year, dateline.month, dateline.day, head, span)
    raise ExtractionError(
        f"the dateline's date ({own.isoformat()}) is after the publication date "
        f"({published.isoformat()}): check published=",
        text=head,
        span=span,
        code="dateline_after_published",
    )


def _day(year: int, month: int, day: int, text: str, span: tuple[int, int]) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ExtractionError(
            "the dateline's date does not exist", text=text, span=span, code="bad_dateline"
        ) from None
