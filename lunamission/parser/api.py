"""The parser's public door: text in, exact :class:`~lunamission.Timestamp` values out.

Pipeline: lexicon → tokens → atoms → grammar → resolve → **api**.

Three functions share one pipeline and differ in how strict they are:

* :func:`parse_timestamp` reads text that *is* one timestamp: every word must be
  accounted for ("at", "on", "the" and punctuation may surround it).
* :func:`parse_timestamps` scans free text and returns every timestamp in text
  order; an expression it finds but cannot resolve raises.
* :func:`find_timestamps` scans free text, never raises on the text, and returns
  only the matches it is sure of, with spans. One contradiction it keeps rather
  than drops: a weekday beside a date it does not fit ("Saturday, August 20,
  2023", a Sunday) gives the date as written, the stated weekday on
  :attr:`TimestampMatch.weekday` and :attr:`TimestampMatch.weekday_mismatch` set,
  so that a caller sees the contradiction (the extractor records the weekday on
  ``Source.stated_weekday``, where :meth:`~lunamission.Timeline.validate` reports
  it).

``reference`` is the publication date (a :class:`~datetime.date`, an aware
:class:`~datetime.datetime`, which counts by its own calendar date, or an ISO
string); weekdays, dates without a year and relative words resolve against it.
``default_tz`` (an IANA name or an offset) is the zone for expressions that name
none. Neither is ever taken from the machine. The rules themselves are in
:mod:`lunamission.parser.resolve`.

Every failure is a :class:`~lunamission.TimestampError` with a stable ``code``:

======================  ===========================================================
code                    meaning
======================  ===========================================================
``empty``               the text is empty or blank
``unknown_word``        a word that belongs to no timestamp (``parse_timestamp``)
``unknown_zone``        a zone phrase we do not know ("Mars time", "14:00 XYZ"),
                        with or without ``default_tz``
``impossible_date``     a date or clock that cannot exist: February 30, 25:10,
                        13:70, 23:59:60 (a leap second), 13 p.m.
``ambiguous_date``      a numeric date whose order is unclear (08.11.2023, 08.11.23)
``weekday_mismatch``    "Saturday, August 21, 2023" (a Monday)
``conversion_mismatch`` a bracketed second reading that names another moment:
                        "2:57 p.m. Moscow time (1257 GMT)" (14:57 MSK is 11:57 GMT)
``out_of_range``        a relative word or a completed year that lands outside the
                        years :data:`~lunamission.timestamp.MIN_YEAR` to
                        :data:`~lunamission.timestamp.MAX_YEAR` ("tomorrow" read
                        against 9998-12-31)
``no_reference``        a weekday, a date with no year or "yesterday" without
                        ``reference``
``no_zone``             nothing names the zone and there is no ``default_tz``
``no_date``             a clock reading with no day ("at 14:57 GMT" alone)
``zone_mismatch``       an abbreviation whose offset the date contradicts
                        ("14:00 EST on July 4"), in either reading
``ambiguous_time``      a wall time a DST change repeats (``on_ambiguous="raise"``),
                        or "2 o'clock" with no a.m. / p.m.
``nonexistent_time``    a wall time a DST change skips (``on_ambiguous="raise"``)
``clock_range``         a window of clock times that is none: its ends in two
                        zones ("14:10+03:00-14:57"), or on several days
``multiple_timestamps`` ``parse_timestamp`` found more than one timestamp, or
                        alternatives ("August 21 or 22")
``no_timestamp``        ``parse_timestamp`` found none
``bad_reference``       ``reference`` is not a date, an aware datetime or ISO text
``bad_policy``          ``on_ambiguous`` is not "raise", "earlier" or "later"
``not_text``            the input is not a string
======================  ===========================================================

A bad ``default_tz`` raises :class:`~lunamission.ZoneError`.

>>> ts = parse_timestamp("at 2:10 a.m. Moscow time on August 11", reference="2023-08-21")
>>> ts.utc.isoformat(), ts.tz, ts.precision.value, ts.approximate
('2023-08-10T23:10:00+00:00', 'Europe/Moscow', 'minute', False)
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, replace
from typing import Literal, get_args

from ..errors import TimestampError
from ..timestamp import Precision, Timestamp
from ..zones import OnAmbiguous, zone_name
from .common import Atom
from .grammar import Reading, read
from .lexicon import FILLERS
from .localtime import day_zone
from .parts import Kind, Partial, ZoneFrom, ZonePart
from .reference import Reference, memoised_reference, read_reference
from .resolve import Context, Resolved, memoised_years, resolve
from .sentence import borrow_dates, framed_years
from .tense import clause_tense, moved_to, reported_on, sentence_tenses
from .tokens import Token, tokenize

__all__ = ["TimestampMatch", "find_timestamps", "parse_timestamp", "parse_timestamps"]

_POLICIES: tuple[str, ...] = get_args(OnAmbiguous)
_DAY_RANK = Precision.DAY.rank
_Mode = Literal["one", "all", "find"]


@dataclass(frozen=True, slots=True)
class TimestampMatch:
    """One timestamp expression found in free text.

    ``text`` is ``source[start:end]``; ``timestamps`` holds one timestamp, several
    for a list ("August 12 and 14"), several of which the text means one (``kind ==
    "alternatives"``: "August 21 or 22"), or the two ends of a range (``kind ==
    "range"``: "2023-2027", "between August 12 and 14"). ``zone`` is the zone the
    match itself names (canonical IANA name or offset), ``zone_from`` where the
    zone used came from, and ``weekday`` a weekday the text stated (Monday = 0),
    which may contradict the date (see :attr:`weekday_mismatch`).
    ``conversion_zone`` is the zone of a bracketed second reading of the same
    moment ("2:57 p.m. Moscow time (1157 GMT)" gives ``"UTC"``), already checked
    to agree with ``timestamps``, which keep the first reading. A clock that names
    no zone and takes its offset from such a UTC bracket ("5:27 p.m. (0927 GMT)")
    has that offset as ``zone`` and ``zone_from == "text"``, even where it sets aside
    a ``default_tz`` that the bracket contradicts.

    >>> m, = find_timestamps("It crashed on Saturday, August 20, 2023.", default_tz="UTC")
    >>> m.timestamps, m.weekday, m.weekday_mismatch
    ((Timestamp('2023-08-20[UTC]'),), 5, True)
    """

    start: int
    end: int
    text: str
    timestamps: tuple[Timestamp, ...]
    zone: str | None = None
    zone_from: ZoneFrom = "default"
    weekday: int | None = None
    kind: Kind = "single"
    conversion_zone: str | None = None

    @property
    def weekday_mismatch(self) -> bool:
        """Whether the stated :attr:`weekday` contradicts the date: a timestamp falls on
        another day of the week, or is no single day ("Saturday, August 2023").
        ``timestamps`` then hold the date as written."""
        weekday = self.weekday
        if weekday is None:
            return False
        return any(
            ts.precision.rank < _DAY_RANK or ts.local.weekday() != weekday for ts in self.timestamps
        )


def parse_timestamp(
    text: str,
    /,
    *,
    reference: Reference = None,
    default_tz: str | None = None,
    on_ambiguous: OnAmbiguous = "raise",
) -> Timestamp:
    """Read text that is exactly one timestamp.

    >>> parse_timestamp("About 2:57 p.m. Moscow time on Saturday", reference="2023-08-21")
    Timestamp('2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]')
    >>> try:
    ...     parse_timestamp("Saturday, August 21, 2023", default_tz="UTC")
    ... except TimestampError as exc:
    ...     print(exc.code, exc.span)
    weekday_mismatch (0, 25)
    """
    results = _run(text, reference, default_tz, on_ambiguous, "one")
    stamps = [(p, ts) for p, r in results for ts in r.timestamps]
    if not stamps:
        raise TimestampError(
            "no timestamp in the text", text=text, span=(0, len(text)), code="no_timestamp"
        )
    if len(stamps) > 1:
        second = results[1][0] if len(results) > 1 else results[0][0]
        if len(results) == 1 and results[0][1].kind == "alternatives":
            reason = f"{len(stamps)} alternative dates, not said which (use parse_timestamps)"
        else:
            reason = f"{len(stamps)} timestamps where one was expected (use parse_timestamps)"
        raise TimestampError(
            reason,
            text=text,
            span=(second.start, second.end),
            code="multiple_timestamps",
        )
    return stamps[0][1]


def parse_timestamps(
    text: str,
    /,
    *,
    reference: Reference = None,
    default_tz: str | None = None,
    on_ambiguous: OnAmbiguous = "raise",
) -> list[Timestamp]:
    """Every timestamp in ``text``, in text order; raises on any it cannot resolve.

    >>> parse_timestamps("On August 12 and 14, the probe adjusted its path.",
    ...                  reference="2023-08-21", default_tz="Europe/Moscow")
    [Timestamp('2023-08-12[Europe/Moscow]'), Timestamp('2023-08-14[Europe/Moscow]')]
    """
    results = _run(text, reference, default_tz, on_ambiguous, "all")
    if len(results) == 1:
        return list(results[0][1].timestamps)
    return [ts for _, r in results for ts in r.timestamps]


def find_timestamps(
    text: str,
    /,
    *,
    reference: Reference = None,
    default_tz: str | None = None,
    on_ambiguous: OnAmbiguous = "raise",
) -> list[TimestampMatch]:
    """The timestamp expressions in ``text`` that resolve with certainty, with spans.

    Never raises on the text itself (a bad ``reference`` or ``default_tz`` still
    does): expressions it cannot resolve are left out, with one exception. A date
    whose stated weekday contradicts it is kept, at the date as written, with
    :attr:`TimestampMatch.weekday_mismatch` set: the text is sure of the date and
    wrong about something, and dropping it would hide both.

    >>> [(m.text, m.zone_from) for m in find_timestamps(
    ...     "Launched at 2:10 a.m. Moscow time on August 11, it landed on Mars time.",
    ...     reference="2023-08-21")]
    [('2:10 a.m. Moscow time on August 11', 'text')]
    """
    results = _run(text, reference, default_tz, on_ambiguous, "find")
    return [
        TimestampMatch(
            start=p.start,
            end=p.end,
            text=text[p.start : p.end],
            timestamps=r.timestamps,
            zone=r.zone,
            zone_from=r.zone_from,
            weekday=p.weekday,
            kind=r.kind,
            conversion_zone=r.conversion_zone,
        )
        for p, r in results
    ]


# -- the shared pipeline ------------------------------------------------------------


def clear_memos() -> None:
    """Forget what the parser memoised from earlier calls (reference dates, completed
    years, each day's zone offset), so that the next call starts cold. Results never
    depend on it; benchmarks use it so that repeated rounds measure no warm-up.

    >>> clear_memos()
    >>> parse_timestamp("August 11", reference="2023-08-21", default_tz="UTC").isoformat()
    '2023-08-11[UTC]'
    """
    for memo in (memoised_reference, memoised_years, day_zone):
        memo.cache_clear()


def _run(
    text: str,
    reference: Reference,
    default_tz: str | None,
    on_ambiguous: OnAmbiguous,
    mode: _Mode,
) -> list[tuple[Partial, Resolved]]:
    if not isinstance(text, str):
        raise TimestampError(f"expected text, got {type(text).__name__}", code="not_text")
    if on_ambiguous not in _POLICIES:
        raise TimestampError(
            f"on_ambiguous must be one of {get_args(OnAmbiguous)}",
            text=repr(on_ambiguous),
            code="bad_policy",
        )
    ref = read_reference(reference)
    default = zone_name(default_tz) if default_tz is not None else None
    if mode != "find" and (not text or text.isspace()):
        raise TimestampError("empty text", text=text, span=(0, len(text)), code="empty")
    toks = tokenize(text)
    reading = read(toks)
    partials = reading.partials
    if any(p.weak for p in partials):
        # Weak forms ("2026", "14.57") count only when the whole text is the timestamp.
        whole = _uncovered(toks, reading) is None
        partials = [p for p in partials if whole or not p.weak]
    if mode == "one":
        if not partials:
            raise TimestampError(
                "no timestamp in the text", text=text, span=(0, len(text)), code="no_timestamp"
            )
        _check_whole(text, toks, reading)
    if not partials:
        return []
    needs_tense = _needs_tense(partials)
    tenses = sentence_tenses(toks) if needs_tense else {}
    zones = _sentence_zones(partials, reading.stray_zones)
    partials = framed_years(partials, toks)
    partials = borrow_dates(partials, toks, reading.covered)
    results: list[tuple[Partial, Resolved]] = []
    for p in partials:
        tense = tenses.get(p.sentence)
        if tense is None and p.sentence in tenses:  # tense words disagree: the clause's
            tense = clause_tense(toks, p.start)
        moved = moved_to(toks, p.start) if needs_tense else None
        if moved is not None:
            tense = moved  # "was postponed to Saturday": the new date is to come
        elif needs_tense and tense == "future" and reported_on(toks, p.start):
            tense = "past"  # "said on Tuesday that it will launch": the report's own day
        ctx = Context(text, ref, default, on_ambiguous, tense, zones.get(p.sentence))
        try:
            results.append((p, resolve(p, ctx)))
        except TimestampError as exc:
            if mode != "find":
                raise
            if exc.code == "weekday_mismatch" and p.dates:
                # Keep the date as written; the match still carries the stated weekday.
                with suppress(TimestampError):
                    results.append((p, resolve(replace(p, weekday=None), ctx)))
    return results


def _needs_tense(partials: list[Partial]) -> bool:
    """Tense matters only to dates with no year and to bare weekdays (a bracket's own
    included: "(0027 GMT Monday)")."""
    for p in partials:
        if p.dates and p.relative is None:  # a relative year says the year: "August next year"
            for d in p.dates:
                if d.year is None:
                    return True
        elif p.weekday is not None:
            return True
        c = p.conversion
        if c is not None and (c.weekday is not None or (c.date and c.date.year is None)):
            return True
    return False


def _uncovered(toks: list[Token], reading: Reading) -> int | None:
    """The first token that is neither inside an expression nor a filler."""
    k = 0
    for i, j in sorted(reading.covered):
        while k < i:
            if toks[k].low not in FILLERS:
                return k
            k += 1
        k = max(k, j)
    while k < len(toks):
        if toks[k].low not in FILLERS:
            return k
        k += 1
    return None


def _check_whole(text: str, toks: list[Token], reading: Reading) -> None:
    problems: list[Atom] = reading.stray_problems
    k = _uncovered(toks, reading)
    if problems and (k is None or toks[k].start >= problems[0].start):
        problem = problems[0].problem
        assert problem is not None
        raise TimestampError(
            problem.reason, text=text, span=(problem.start, problem.end), code=problem.code
        )
    if k is None:
        return
    t = toks[k]
    after_clock = any(p.clock is not None and p.end == toks[k - 1].end for p in reading.partials)
    if after_clock and t.kind == "word" and t.raw.isupper() and 2 <= len(t.raw) <= 5:
        raise TimestampError(
            f"unknown time zone {t.raw!r}", text=text, span=(t.start, t.end), code="unknown_zone"
        )
    raise TimestampError(
        f"{t.raw!r} is not part of a timestamp",
        text=text,
        span=(t.start, t.end),
        code="unknown_word",
    )


def _sentence_zones(
    partials: list[Partial], strays: list[tuple[int, ZonePart]]
) -> dict[int, ZonePart | None]:
    """The one zone each sentence names, if it names exactly one."""
    if not strays and len(partials) < 2:  # the common case: one expression, or none
        zone = partials[0].zone if partials else None
        return {} if zone is None or zone.name is None else {partials[0].sentence: zone}
    found: dict[int, ZonePart | None] = {}
    named = [(p.sentence, p.zone) for p in partials if p.zone]
    if any(p.conversion for p in partials):
        # A bracketed second reading names its zone too: "14:57 MSK (1157 GMT)" names two.
        named += [(p.sentence, p.conversion.zone) for p in partials if p.conversion]
    for sentence, zone in (*strays, *named) if strays else named:
        if zone is None or zone.name is None:
            continue
        known = found.get(sentence, zone)
        found[sentence] = zone if known is not None and known.name == zone.name else None
    return found
