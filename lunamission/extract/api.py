"""The extractor's public door: a news article in, a mission :class:`Timeline` out.

Pipeline: lexicon → dateline / sentences → entities and classify → **api**.

:func:`extract_timeline` reads the dateline for the reference date, splits the
body (the text after the dateline; headlines repeat the body and only lend
their mission names) into sentences, classifies each sentence's event phrases,
reads its timestamps with :func:`~lunamission.find_timestamps`, and ties each
timestamp to the nearest event of its clause. A list of dates gives one event
per date; overlapping readings of one time ("on August 10 at 23:10 GMT (02:10
Moscow time on August 11)") give one event, at the finest reading; a timestamp
right after a reporting verb ("said on Sunday") dates the statement, not the
event. An event whose sentence gives no time stays undated: no date is invented.

The zone of a time or date that names none is ``default_tz`` if given, else the
zone most recently named in the article, else the dateline city's zone; each
event's ``source.zone_rule`` records which ("explicit", "default_tz",
"article", "dateline"). The mission of a sentence that names none is the mission
most recently named in a sentence that reports events (a relay satellite named
in passing does not take over), else the last one named anywhere before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..errors import ExtractionError
from ..models import Event, EventKind, Mission, Source, mission_key
from ..parser import TimestampMatch, find_timestamps
from ..timeline import Timeline
from ..timestamp import Timestamp
from ..zones import zone_name
from .classify import EventMention, classify
from .dateline import Dateline, find_dateline, reference_date
from .entities import Mention, find_missions, find_sites, find_vehicles, known_mission
from .lexicon import REPORTING_GLUE, REPORTING_VERBS
from .sentences import Span, clause_spans, split_sentences

__all__ = ["extract_timeline"]

_PROBE_ZONE = "UTC"
"""Zone handed to the parser only to find which timestamps need one: never kept."""


@dataclass
class _Article:
    """What the extractor remembers as it reads an article from top to bottom."""

    text: str
    reference: date
    published: date | None
    document: str | None
    dateline: Dateline | None
    default_tz: str | None
    named_zone: str | None = None
    event_mission: str | None = None
    any_mission: str | None = None
    spelling: dict[str, str] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)

    def zone_rule(self) -> tuple[str | None, str | None]:
        """The zone for timestamps that name none, and the rule that chose it."""
        if self.default_tz is not None:
            return self.default_tz, "default_tz"
        if self.named_zone is not None:
            return self.named_zone, "article"
        if self.dateline is not None and self.dateline.zone is not None:
            return self.dateline.zone, "dateline"
        return None, None

    def spelled(self, name: str) -> str:
        """The article's first spelling of this mission."""
        return self.spelling.setdefault(mission_key(name), name)


def _published(value: date | str | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(value.strip()).date()
        except ValueError:
            raise ExtractionError(
                "published is not an ISO date such as 2023-08-21",
                text=value,
                code="bad_published",
            ) from None
    raise ExtractionError(
        f"published must be a date or an ISO date string, not {type(value).__name__}",
        code="bad_published",
    )


def extract_timeline(
    text: str,
    /,
    *,
    published: date | str | None = None,
    default_tz: str | None = None,
    source: str | None = None,
) -> Timeline:
    """The timeline of the events a news article reports, each traced to its sentence.

    ``published`` (a date or ISO date) completes a dateline without a year and is
    the reference when there is no dated dateline; ``default_tz`` overrides the
    zone rules for times that name no zone; ``source`` becomes each event's
    ``source.document``. An article with no year anywhere and no ``published``
    raises :class:`~lunamission.ExtractionError`; an article with no events
    gives an empty timeline.

    >>> import lunamission as lm
    >>> tl = lm.extract_timeline(
    ...     "MOSCOW, August 21. /TASS/. The probe Luna-25 was launched at 2:10 a.m. "
    ...     "Moscow time on August 11. On August 12 and 14, it adjusted its flight path.",
    ...     published="2023-08-21", source="tass")
    >>> for ev in tl:
    ...     print(ev.kind.value, ev.mission, ev.when.isoformat())
    launch Luna-25 2023-08-11T02:10+03:00[Europe/Moscow]
    trajectory_correction Luna-25 2023-08-12[Europe/Moscow]
    trajectory_correction Luna-25 2023-08-14[Europe/Moscow]
    >>> tl.events[1].source.zone_rule, tl.events[1].source.timestamp_text
    ('article', 'August 12 and 14')
    """
    if not isinstance(text, str):
        raise ExtractionError(
            f"expected the article as a string, got {type(text).__name__}", code="not_text"
        )
    if source is not None and not isinstance(source, str):
        raise ExtractionError(
            f"source must be a string id, not {type(source).__name__}", code="bad_source"
        )
    pub = _published(published)
    zone = zone_name(default_tz) if default_tz is not None else None
    dateline = find_dateline(text)
    article = _Article(
        text=text,
        reference=reference_date(dateline, text, published=pub),
        published=pub,
        document=source,
        dateline=dateline,
        default_tz=zone,
    )
    body = 0
    if dateline is not None:
        body = dateline.end
        for mention in find_missions(text[: dateline.start]):
            article.any_mission = article.spelled(mention.name)
    for span in split_sentences(text, start=body):
        _read_sentence(article, span)
    return Timeline(article.events, missions=_missions(article))


def _missions(article: _Article) -> list[Mission]:
    records: dict[str, Mission] = {}
    for ev in article.events:
        if ev.mission is None or mission_key(ev.mission) in records:
            continue
        known = known_mission(ev.mission)
        if known is None:
            records[mission_key(ev.mission)] = Mission(name=ev.mission)
            continue
        names = [known.name, *known.aliases]
        aliases = tuple(
            dict.fromkeys(n for n in names if mission_key(n) != mission_key(ev.mission))
        )
        records[mission_key(ev.mission)] = Mission(
            name=ev.mission, aliases=aliases, operator=known.operator, target=known.target
        )
    return list(records.values())


def _read_sentence(article: _Article, span: Span) -> None:
    sentence = article.text[span.start : span.end]
    mentions = classify(sentence)
    vehicles = find_vehicles(sentence)
    missions = find_missions(sentence, vehicles=vehicles)
    zone, rule = article.zone_rule()
    matches: list[TimestampMatch] = []
    if mentions or article.default_tz is None:
        matches = find_timestamps(
            sentence, reference=article.reference, default_tz=zone or _PROBE_ZONE
        )
    if mentions:
        sites = find_sites(sentence) if any(m.kind == EventKind.LAUNCH for m in mentions) else []
        dated = [m for m in matches if m.kind != "range" and not _reported(sentence, m)]
        assigned = _assign(sentence, mentions, dated)
        fallback = article.event_mission or article.any_mission
        for index, mention in enumerate(mentions):
            if assigned[index] and zone is None:
                _need_zone(article, sentence, span, assigned[index])
            mission = _nearest(mention, missions, mention.clause)
            name = article.spelled(mission.name) if mission else fallback
            _emit(article, span, sentence, mention, assigned[index], name, vehicles, sites, rule)
    for mention_ in missions:
        name = article.spelled(mention_.name)
        if mentions:
            article.event_mission = name
        else:
            article.any_mission = name
    for match in matches:
        if match.zone_from != "default" and match.timestamps:
            article.named_zone = match.timestamps[-1].tz


def _need_zone(article: _Article, sentence: str, span: Span, matches: list[TimestampMatch]) -> None:
    for match in matches:
        if match.zone_from == "default":
            raise ExtractionError(
                "no time zone for this date: the article names none and its dateline city "
                "is not one lunamission knows; pass default_tz=",
                text=sentence,
                span=(match.start, match.end),
                code="no_zone",
            )


def _reported(sentence: str, match: TimestampMatch) -> bool:
    """Whether a reporting verb governs the timestamp ("said on Sunday")."""
    words = sentence[max(0, match.start - 40) : match.start].split()
    while words and words[-1].lower().strip(",") in REPORTING_GLUE:
        words.pop()
    return bool(words) and words[-1].lower().strip(",") in REPORTING_VERBS


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, b_start - a_end, a_start - b_end)


def _distance(mention: EventMention, match: TimestampMatch) -> int:
    return _gap(mention.start, mention.end, match.start, match.end)


def _clause_of(clauses: list[Span], pos: int) -> int:
    return next((i for i, c in enumerate(clauses) if c.start <= pos < c.end), len(clauses) - 1)


def _assign(
    sentence: str, mentions: list[EventMention], matches: list[TimestampMatch]
) -> list[list[TimestampMatch]]:
    """Each timestamp to the nearest event of its clause, else to the nearest event
    of the sentence whose own clause has no timestamp."""
    clauses = clause_spans(sentence)
    mention_clause = [_clause_of(clauses, m.start) for m in mentions]
    assigned: list[list[TimestampMatch]] = [[] for _ in mentions]
    leftovers: list[TimestampMatch] = []
    for match in matches:
        where = _clause_of(clauses, match.start)
        local = [i for i, c in enumerate(mention_clause) if c == where]
        if not local:
            leftovers.append(match)
            continue
        best = min(local, key=lambda i: _distance(mentions[i], match))
        assigned[best].append(match)
    for match in leftovers:
        free = [i for i, got in enumerate(assigned) if not got]
        if free:
            best = min(free, key=lambda i: _distance(mentions[i], match))
            assigned[best].append(match)
    return assigned


def _nearest(mention: EventMention, names: list[Mention], clause: Span | None) -> Mention | None:
    """The name closest to the event, preferring names in its clause."""
    if not names:
        return None
    if clause is not None:
        inside = [n for n in names if clause.start <= n.start < clause.end]
        if inside:
            names = inside
    return min(names, key=lambda n: (_gap(mention.start, mention.end, n.start, n.end), n.start))


def _readings(matches: list[TimestampMatch]) -> list[tuple[Timestamp, TimestampMatch]]:
    """One (timestamp, match) per distinct time: overlapping readings collapse to
    the one that lies inside the others (else the finest)."""
    items = sorted(
        ((ts, m) for m in matches for ts in m.timestamps), key=lambda item: item[0].sort_key
    )
    kept: list[tuple[Timestamp, TimestampMatch]] = []
    for ts, match in items:
        if kept and kept[-1][0].overlaps(ts):
            prior = kept[-1][0]
            if prior.contains(ts) or (
                not ts.contains(prior) and ts.precision.rank > prior.precision.rank
            ):
                kept[-1] = (ts, match)
            continue
        kept.append((ts, match))
    return kept


def _emit(
    article: _Article,
    span: Span,
    sentence: str,
    mention: EventMention,
    matches: list[TimestampMatch],
    mission: str | None,
    vehicles: list[Mention],
    sites: list[Mention],
    rule: str | None,
) -> None:
    vehicle = site = None
    if mention.kind == EventKind.LAUNCH:
        found_vehicle = _nearest(mention, vehicles, None)
        found_site = _nearest(mention, sites, None)
        vehicle = found_vehicle.name if found_vehicle else None
        site = found_site.name if found_site else None
    publisher = article.dateline.publisher if article.dateline else None
    base = {
        "document": article.document,
        "publisher": publisher,
        "published": article.published or article.reference,
        "span": (span.start, span.end),
        "quote": sentence,
    }
    readings: list[tuple[Timestamp | None, TimestampMatch | None]] = list(_readings(matches))
    if not readings:
        readings = [(None, None)]
    for ts, match in readings:
        extra: dict[str, object] = {}
        if match is not None:
            extra = {
                "timestamp_span": (span.start + match.start, span.start + match.end),
                "timestamp_text": match.text,
                "stated_weekday": match.weekday,
                "zone_rule": "explicit" if match.zone_from != "default" else rule,
            }
        article.events.append(
            Event(
                kind=mention.kind,
                status=mention.status,
                outcome=mention.outcome,
                mission=mission,
                when=ts,
                summary=mention.summary,
                vehicle=vehicle,
                site=site,
                source=Source.model_validate({**base, **extra}),
            )
        )
