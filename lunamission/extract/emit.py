"""From one sentence's event phrases and times to :class:`~lunamission.Event` objects.

Pipeline: lexicon → dateline / sentences → entities and classify → attach →
**emit** → consolidate → api.

Each time goes to the phrase that governs it (:func:`~.attach.governing`); an
event mention then takes the times of its phrases. A list of dates gives one
event per date; overlapping readings of one time give one event at the reading
that lies inside the others (else the finest); of two separate times governed
by one phrase, the nearer one dates it ("lifted off on Aug. 11 and reached
lunar orbit on Aug. 16" dates the launch Aug. 11, and the orbit Aug. 16 once
the lexicon knows "reached ... orbit"). A mention with no time it can resolve is
undated, with the words of an unresolved time kept in ``source.timestamp_text``;
so is one governed by a range or by alternatives ("slated for August 21 or 22").
Provenance spans are offsets into the original article.

>>> from datetime import date, datetime, time, timedelta, timezone
>>> from lunamission.extract.attach import scan
>>> from lunamission.extract.classify import classify
>>> from lunamission.extract.cleantext import CleanText
>>> from lunamission.extract.sentences import Span
>>> s = "Luna-25 lifted off on Aug. 11 and entered lunar orbit on Aug. 16."
>>> found = scan(s, reference=date(2023, 8, 21), zone="Europe/Moscow")
>>> events = emit_sentence(CleanText(s), Span(0, len(s)), classify(s), found, names=[],
...     vehicles=[], fallback="Luna-25", zone="Europe/Moscow", rule="dateline",
...     document=None, publisher=None, published=date(2023, 8, 21))
>>> [(ev.kind.value, ev.when.isoformat()) for ev in events]
[('launch', '2023-08-11[Europe/Moscow]'), ('orbit_insertion', '2023-08-16[Europe/Moscow]')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

from ..errors import TimestampError
from ..models import Event, EventKind, Source, Status
from ..parser import TimestampMatch, find_timestamps
from ..parser.lexicon import MONTHS, RELATIVE_DAYS, RELATIVE_SHIFTS, WEEKDAYS
from ..parser.tense import sentence_tenses
from ..parser.tokens import tokenize
from ..timestamp import Timestamp
from .attach import Scan, Unresolved, dates_nothing, governing, lists
from .classify import EventHit, EventMention
from .cleantext import CleanText
from .entities import Mention, find_sites
from .lexicon import PAST_PLANS, SLIP_WORDS, STATUS_MARKERS
from .markers import any_of
from .sentences import Span, clause_spans

__all__ = ["emit_sentence"]

Reading = tuple[Timestamp, TimestampMatch]

_DATES_NO_EVENT = frozenset({"range", "alternatives"})
"""Matches that date no event: a range ("between August 12 and 14") is no one time,
and of alternatives ("August 21 or 22") the text does not say which."""


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, b_start - a_end, a_start - b_end)


def _collapse(items: list[Reading]) -> list[Reading]:
    """One reading per distinct time: overlapping readings collapse to the one that
    lies inside the others (else the finest)."""
    ordered = sorted(items, key=lambda item: item[0].sort_key)
    kept: list[Reading] = []
    for ts, match in ordered:
        if kept and kept[-1][0].overlaps(ts):
            prior = kept[-1][0]
            if prior.contains(ts) or (
                not ts.contains(prior) and ts.precision.rank > prior.precision.rank
            ):
                kept[-1] = (ts, match)
            continue
        kept.append((ts, match))
    return kept


def _hit_times(sentence: str, hit: EventHit, runs: list[list[TimestampMatch]]) -> list[Reading]:
    """The times one phrase governs: every date of a list, else its nearest time."""
    listed: list[Reading] = []
    singles: list[Reading] = []
    for run in runs:
        if len(run) > 1 or run[0].kind == "list":
            listed += [(ts, m) for m in run for ts in m.timestamps]
        else:
            singles += [(ts, run[0]) for ts in run[0].timestamps]
    readings = [r for r in _collapse(singles) if not any(r[0].overlaps(t) for t, _ in listed)]
    if len(readings) > 1:
        nearest = min(
            readings,
            key=lambda r: (
                _joined_before(sentence, r[1].end, hit.start),
                _gap(hit.start, hit.end, r[1].start, r[1].end),
            ),
        )
        readings = [nearest]
    return listed + readings


def _joined_before(sentence: str, end: int, start: int) -> bool:
    """Whether a time ending at ``end`` stands before the phrase at ``start`` with
    "and" between them: "carried into space on Feb. 21 and entered orbit ... on
    April 4". Such a time belongs to what precedes the "and" (a phrase the lexicon
    may not know), so a time after the phrase is taken first."""
    return end <= start and _AND_OPENS.search(sentence, end, start) is not None


_AND_OPENS = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?$", re.IGNORECASE)
"""An "and" that opens the phrase's own verb group ("... on Feb. 21 and entered
orbit"), not one inside its subject ("Russia and India launched")."""


def _nearest(mention: EventMention, names: Sequence[Mention], clause: Span | None) -> int | None:
    """The index of the name closest to the event, preferring names in its clause."""
    if not names:
        return None
    pool = list(range(len(names)))
    if clause is not None:
        inside = [i for i in pool if clause.start <= names[i].start < clause.end]
        pool = inside or pool
    return min(
        pool,
        key=lambda i: (_gap(mention.start, mention.end, names[i].start, names[i].end), i),
    )


def emit_sentence(
    clean: CleanText,
    span: Span,
    mentions: Sequence[EventMention],
    found: Scan,
    *,
    names: Sequence[tuple[Mention, str]],
    vehicles: Sequence[Mention],
    fallback: str | None,
    zone: str | None,
    rule: str | None,
    document: str | None,
    publisher: str | None,
    published: date,
) -> list[Event]:
    """The events of one sentence (``clean.text[span]``), in the order of their mentions.

    ``names`` pairs each mission name found in the sentence with the mission it
    stands for; ``fallback`` is the mission of a sentence that names none;
    ``zone`` is ``None`` when the article has no zone for times that name none
    (then such a time dates nothing: its event stays undated, its words kept).
    """
    sentence = clean.text[span.start : span.end]
    owned = sorted(
        ((index, hit) for index, m in enumerate(mentions) for hit in m.hits),
        key=lambda pair: pair[1].start,
    )
    phrases = [hit for _, hit in owned]
    clauses = clause_spans(sentence)
    runs_of: dict[int, list[list[TimestampMatch]]] = {}
    usable: list[TimestampMatch] = []
    unresolved = list(found.unresolved)
    slips: set[tuple[int, int]] = set()
    for m in found.matches:
        if _slip_range(sentence, m):  # "moved from Nov. 14 to Nov. 15": two dates, not a span
            usable.append(replace(m, kind="list"))
            slips.add((m.start, m.end))
        elif m.kind in _DATES_NO_EVENT:  # its words are kept, like an unresolved time's
            unresolved.append(Unresolved(m.start, m.end, m.text, m.kind, m.zone))
        elif usable and _either(sentence, usable[-1], m):  # "on Friday or Saturday"
            prior = usable.pop()
            words = sentence[prior.start : m.end]
            unresolved.append(Unresolved(prior.start, m.end, words, "alternatives", None))
        elif usable and (opening := _between(sentence, usable[-1], m)) is not None:
            prior = usable.pop()  # "between late May and early June": a range, as the parser's
            words = sentence[opening : m.end]
            unresolved.append(Unresolved(opening, m.end, words, "range", None))
        elif not dates_nothing(sentence, m.start):
            usable.append(m)
    for run in lists(sentence, usable):
        owner = governing(sentence, phrases, clauses, run[0].start, run[0].end)
        if owner is not None:
            runs_of.setdefault(owner, []).append(run)
    loose_of: dict[int, list[Unresolved]] = {}
    for loose in sorted(unresolved, key=lambda u: u.start):
        if not dates_nothing(sentence, loose.start):
            owner = governing(sentence, phrases, clauses, loose.start, loose.end)
            if owner is not None:
                loose_of.setdefault(owner, []).append(loose)
    sites = find_sites(sentence) if any(m.kind == EventKind.LAUNCH for m in mentions) else []
    start, end = clean.original_span(span.start, span.end)
    base: dict[str, object] = {
        "document": document,
        "publisher": publisher,
        "published": published,
        "span": (start, end),
        "quote": clean.original[start:end],
    }
    events: list[Event] = []
    for index, mention in enumerate(mentions):
        if mention.denied:
            continue
        mine = [k for k, (owner, _) in enumerate(owned) if owner == index]
        readings = _collapse(
            [r for k in mine for r in _hit_times(sentence, phrases[k], runs_of.get(k, []))]
        )
        loose_times = [u for k in mine for u in loose_of.get(k, [])]
        if mention.description and not readings and not loose_times:
            continue  # "the first U.S. spacecraft to land there": no event of its own
        if zone is None:  # a time naming no zone, in an article that gives it none
            unzoned = [_loose(m) for _, m in readings if m.zone_from == "default"]
            readings = [r for r in readings if r[1].zone_from != "default"]
            if not readings:
                loose_times = unzoned + loose_times
        named = _nearest(mention, [n for n, _ in names], mention.clause)
        mission = names[named][1] if named is not None else fallback
        vehicle = site = None
        if mention.kind == EventKind.LAUNCH:
            found_vehicle = _nearest(mention, vehicles, None)
            found_site = _nearest(mention, sites, None)
            vehicle = vehicles[found_vehicle].name if found_vehicle is not None else None
            site = sites[found_site].name if found_site is not None else None
        fields = {
            "kind": mention.kind,
            "status": mention.status,
            "outcome": mention.outcome,
            "mission": mission,
            "summary": mention.summary,
            "vehicle": vehicle,
            "site": site,
        }
        if not readings:
            extra = _words_of(clean, span, loose_times[0]) if loose_times else {}
            source = Source.model_validate({**base, **extra})
            events.append(Event.model_validate({**fields, "when": None, "source": source}))
            continue
        for ts, match in readings:
            extra = _words_of(clean, span, match)
            extra["stated_weekday"] = match.weekday
            extra["zone_rule"] = "explicit" if match.zone_from != "default" else rule
            source = Source.model_validate({**base, **extra})
            status = mention.status
            if (match.start, match.end) in slips:  # the first end is the date given up
                status = Status.CANCELLED if ts == match.timestamps[0] else Status.PLANNED
            elif _given_up(sentence, match, clauses):
                status = Status.CANCELLED
            if status == Status.ACTUAL:
                ts = _not_after_report(ts, match, sentence, published, zone)
            events.append(
                Event.model_validate({**fields, "status": status, "when": ts, "source": source})
            )
    return events


_SLIPPED_FROM = re.compile(
    r"\b(?:" + any_of(SLIP_WORDS).pattern + r")\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_PAST_PLAN = re.compile(
    r"\b(?:" + any_of(PAST_PLANS).pattern + r")\b(?:\s+[\w'’-]+){0,4}?\s+(?:for|on|to|at|in)?\s*$",
    re.IGNORECASE,
)
"""A past plan right before the date, a few words allowed between ("had been due to
leave the station last Saturday")."""
_CALLED_OFF = re.compile(
    r"\b(?:" + any_of((*SLIP_WORDS, *STATUS_MARKERS[Status.CANCELLED])).pattern + r")\b",
    re.IGNORECASE,
)


_LATEST_ZONE = timezone(timedelta(hours=-12))
"""Where a calendar day ends last (UTC-12): an event before then is not after the report."""
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)|['’]\d\d\b")
_WORD = re.compile(r"[A-Za-z]+")
_COUNTED = frozenset({"ago", "later", "earlier", "after", "before", "from", "since"})


def _not_after_report(
    ts: Timestamp, match: TimestampMatch, sentence: str, published: date, zone: str | None
) -> Timestamp:
    """``ts``, or the same date a year earlier when ``ts`` is an event that happened,
    its year completed from the report and put after it: "The second Starship,
    launched on November 18", in an October report, is last November. Only in a
    sentence told in the past; a date that writes its year, or says where it is
    relative to the report ("next Friday"), is left as written."""
    if ts.earliest <= datetime.combine(published, time.max, _LATEST_ZONE):
        return ts
    if sentence_tenses(tokenize(sentence)).get(0) != "past":
        return ts  # "A Nov. 16 launch would lead to ...": a plan, whatever its status word
    found = [w.lower() for w in _WORD.findall(match.text)]
    relative = any(
        w in RELATIVE_DAYS or w in WEEKDAYS or w in RELATIVE_SHIFTS or w in _COUNTED for w in found
    )
    if _YEAR.search(match.text) or relative or not any(w in MONTHS for w in found):
        return ts
    earlier = published.replace(year=published.year - 1, day=min(published.day, 28))
    try:
        again = find_timestamps(match.text, reference=earlier, default_tz=match.zone or zone)
    except TimestampError:
        return ts
    if len(again) == 1 and len(again[0].timestamps) == 1:
        past = again[0].timestamps[0]
        if past.local.year == ts.local.year - 1:
            return past
    return ts


def _slip_range(sentence: str, match: TimestampMatch) -> bool:
    """Whether ``match`` is a range that a slip word makes two dates: the one given
    up and the new one ("postponed the launch from Nov. 14 to Nov. 15")."""
    return (
        match.kind == "range"
        and len(match.timestamps) == 2
        and match.text[:5].lower() == "from "
        and _SLIPPED_FROM.search(sentence, max(0, match.start - 60), match.start + 5) is not None
    )


def _given_up(sentence: str, match: TimestampMatch, clauses: Sequence[Span]) -> bool:
    """Whether the sentence gives up the date of ``match``: "postponed from Saturday",
    or "had been scheduled for February 20, but it was postponed" (the slip in the
    date's clause or in a "but" clause right after it, not in another event's)."""
    before = sentence[max(0, match.start - 60) : match.start]
    if _SLIPPED_FROM.search(before):
        return True
    if _PAST_PLAN.search(before) is None:
        return False
    at = next((k for k, c in enumerate(clauses) if c.start <= match.start < c.end), None)
    if at is None:
        return False
    end = clauses[at].end
    if at + 1 < len(clauses):
        opening = clauses[at + 1].start
        if _BUT.search(sentence, opening, opening + 8):  # ", but it was postponed"
            end = clauses[at + 1].end
    went = _WENT_AHEAD.search(sentence, match.end, end)
    if went is not None:
        end = went.start()  # "... and took place as planned despite the delayed fueling"
    return _CALLED_OFF.search(sentence, match.end, end) is not None


_WENT_AHEAD = re.compile(
    r"\b(?:despite|went ahead|took place|as planned|on time|while|whereas)\b", re.IGNORECASE
)
"""Words after a past plan that say it held: a slip word after them is another's."""


_BUT = re.compile(r"\bbut\b", re.IGNORECASE)


def _either(sentence: str, prior: TimestampMatch, match: TimestampMatch) -> bool:
    """Whether two matches the parser kept apart are alternatives all the same: "or"
    alone between them ("on Friday or Saturday", "on Friday, or on Saturday")."""
    return _link(sentence, prior, match) in _EITHER_LINKS


def _link(sentence: str, prior: TimestampMatch, match: TimestampMatch) -> str:
    """The words between two matches, lower case, a comma as a word of its own."""
    return " ".join(sentence[prior.end : match.start].replace(",", " , ").lower().split())


_EITHER_LINKS = frozenset({"or", "or on", ", or", ", or on"})
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _between(sentence: str, prior: TimestampMatch, match: TimestampMatch) -> int | None:
    """Where "between" opens a range whose two ends the parser kept apart ("between
    late May and early June": a range dates no event), or None."""
    if _link(sentence, prior, match) != "and":
        return None
    opening = _BETWEEN.search(sentence, max(0, prior.start - 12), prior.start)
    return None if opening is None else opening.start()


def _words_of(
    clean: CleanText, span: Span, where: TimestampMatch | Unresolved
) -> dict[str, object]:
    start, end = clean.original_span(span.start + where.start, span.start + where.end)
    return {"timestamp_span": (start, end), "timestamp_text": clean.original[start:end]}


def _loose(match: TimestampMatch) -> Unresolved:
    """A time that names no zone, in an article that gives it none: its event stays
    undated with the words kept, as for a time the parser could not resolve."""
    return Unresolved(match.start, match.end, match.text, "no_zone", None)
