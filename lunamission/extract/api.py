"""The extractor's public door: a news article in, a mission :class:`Timeline` out.

Pipeline: cleantext → dateline / sentences → entities and classify → attach →
consolidate → **api**.

:func:`extract_timeline` matches on the text without its invisible format
characters (a byte-order mark, zero-width spaces) and reports every span as an
offset into the text it was given. It reads the dateline for the reference
date, splits the body (the text after the dateline; headlines repeat the body
and only lend their mission names) into sentences, classifies each sentence's
event phrases, reads its timestamps with :func:`~lunamission.find_timestamps`
and ties each to the event phrase that governs it
(:mod:`~lunamission.extract.attach`). A list of dates gives one event per date;
a bracketed second reading ("at about 4:04 p.m. EST (2104 GMT) on Jan. 18") is
one timestamp, the first reading with its hedge, once the parser has checked
that both name one moment; other overlapping readings of one time (the day,
and the minute on it later in the sentence) give one event, at the finest
reading; a reporting date ("said on Sunday") and a comparison ("since 1976")
date no event. An event whose sentence gives no time it can resolve stays
undated (no date is invented); the words of a time the parser could not resolve
stay on ``source.timestamp_text``. A weekday that contradicts its date dates the
event by the date and is kept on ``source.stated_weekday``, where
:meth:`~lunamission.Timeline.validate` reports it (``weekday_mismatch``).
Repeated mentions of one event become one event with its other mentions as
earlier versions (:mod:`~lunamission.extract.consolidate`).

The zone of a time or date that names none is ``default_tz`` if given, else the
zone most recently named in the article (a bracketed second reading names its
zone last), else the dateline city's zone; each
event's ``source.zone_rule`` records which ("explicit", "default_tz",
"article", "dateline"). Where none of them gives a zone (a release with no
dateline, a city lunamission does not know), such a time dates nothing: its
event stays undated with the words kept, and the events whose times name their
zone are dated as usual. The mission of an event is the mission its sentence
names (nearest in its clause first; a name shared by several missions, such as
"Vikram", yields to an explicit one), else the mission most recently named in a
sentence that reports events (a relay satellite named in passing does not take
over), else the last one named anywhere before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from ..errors import ExtractionError
from ..models import Event, Mission, mission_key, rederived
from ..timeline import Timeline
from ..zones import zone_name
from .attach import Scan, scan
from .classify import classify
from .cleantext import CleanText
from .consolidate import consolidate
from .dateline import Dateline, find_dateline, reference_date
from .emit import emit_sentence
from .entities import Mention, find_missions, find_vehicles, known_mission
from .sameday import date_bare_clocks
from .sentences import Span, split_sentences

__all__ = ["extract_timeline"]

_PROBE_ZONE = "UTC"
"""Zone handed to the parser only to find which timestamps need one: never kept."""


@dataclass
class _Article:
    """What the extractor remembers as it reads an article from top to bottom."""

    clean: CleanText
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
    orphans: list[int] = field(default_factory=list)
    """Events read before the article named any mission (their positions)."""
    since_orphans: int = 0
    """Sentences read since the first of them, none naming a mission."""
    lede_open: bool = True
    """Whether the article's lede is still being read: only a lede's events wait for
    a mission named after them, once."""

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

    def context(self) -> str | None:
        """The mission a sentence that names none is about."""
        return self.event_mission or self.any_mission

    def resolve(self, mention: Mention, explicit: list[Mention]) -> str:
        """The mission a name stands for, spelled as the article first spelled it.

        A name shared by several missions ("Vikram") is the one of its candidates
        the sentence names explicitly, else the article's current mission if it
        is a candidate, else stays as written.
        """
        if not mention.candidates:
            return self.spelled(mention.name)
        keys = {mission_key(c) for c in mention.candidates}
        named = [m for m in explicit if mission_key(m.name) in keys]
        if named:
            nearest = min(named, key=lambda m: abs(m.start - mention.start))
            return self.spelled(nearest.name)
        context = self.context()
        if context is not None and mission_key(context) in keys:
            return context
        return self.spelled(mention.name)


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

    A time the parser cannot resolve leaves its event undated, its words kept:

    >>> ev, = lm.extract_timeline("NEW DELHI, Sept 7 (PTI) Contact with Chandrayaan-2 "
    ...                           "was lost at 1:52 a.m.", published="2019-09-07")
    >>> ev.when, ev.source.timestamp_text
    (None, '1:52 a.m.')
    """
    if not isinstance(text, str):
        raise ExtractionError(
            f"expected the article as a string, got {type(text).__name__}", code="not_text"
        )
    if source is not None and not isinstance(source, str):
        raise ExtractionError(
            f"source must be a string id, not {type(source).__name__}", code="bad_source"
        )
    if default_tz is not None and not isinstance(default_tz, str):
        raise ExtractionError(
            f"default_tz must be a zone name such as 'Europe/Moscow' or an offset such as "
            f"'+03:00', not {type(default_tz).__name__}",
            text=repr(default_tz),
            code="bad_default_tz",
        )
    pub = _published(published)
    zone = zone_name(default_tz) if default_tz is not None else None
    clean = CleanText(text)
    dateline = find_dateline(clean.text)
    article = _Article(
        clean=clean,
        reference=reference_date(dateline, clean.text, published=pub),
        published=pub,
        document=source,
        dateline=dateline,
        default_tz=zone,
    )
    body = 0
    if dateline is not None:
        body = dateline.end
        for mention in find_missions(clean.text[: dateline.start]):
            article.any_mission = article.resolve(mention, [])
    for span in split_sentences(clean.text, start=body):
        _read_sentence(article, span)
    return Timeline(consolidate(article.events), missions=_missions(article))


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


_ORPHAN_REACH = 2
"""How many sentences after a lede that names no mission ("An Israeli robotic
spacecraft crashed ...") the mission it is about may be named."""


_COMPARED = re.compile(
    r"\b(?:only|like|unlike|than|joining|behind)\b(?:\s+[\w'’.-]+){0,2}\s+$", re.IGNORECASE
)
"""Words before a name that make it a precedent or a comparison ("Only India's
Chandrayaan-3 had done so"), not the craft a lede described."""


def _compared(sentence: str, start: int) -> bool:
    return _COMPARED.search(sentence, max(0, start - 40), start) is not None


def _adopt_orphans(article: _Article, sentence: str, names: list[tuple[Mention, str]]) -> None:
    """Give the events of a lede that named no mission the first mission named
    after them, when it is named within :data:`_ORPHAN_REACH` sentences of the
    first of them; past that, the lede is over and its events keep no mission."""
    if not article.orphans:
        if names:
            article.lede_open = False  # a mission named: later events take it as usual
        return
    subjects = [name for mention, name in names if not _compared(sentence, mention.start)]
    if subjects:
        for i in article.orphans:
            article.events[i] = rederived(article.events[i], mission=subjects[0])
    else:  # no name, or only a precedent ("Only India's Chandrayaan-3 had done so")
        article.since_orphans += 1
        if article.since_orphans <= _ORPHAN_REACH:
            return
    article.orphans.clear()
    article.lede_open = False


def _read_sentence(article: _Article, span: Span) -> None:
    sentence = article.clean.text[span.start : span.end]
    mentions = classify(sentence, keep_denied=True)
    vehicles = find_vehicles(sentence)
    missions = find_missions(sentence, vehicles=vehicles)
    explicit = [m for m in missions if not m.candidates]
    zone, rule = article.zone_rule()
    found = Scan([], [])
    if mentions or article.default_tz is None:
        found = scan(sentence, reference=article.reference, zone=zone or _PROBE_ZONE)
    reports = any(not m.denied for m in mentions)
    names = [(m, article.resolve(m, explicit)) for m in missions]
    if reports:
        publisher = article.dateline.publisher if article.dateline else None
        first = len(article.events)
        said = emit_sentence(
            article.clean,
            span,
            mentions,
            found,
            names=names,
            vehicles=vehicles,
            fallback=article.context(),
            zone=zone,
            rule=rule,
            document=article.document,
            publisher=publisher,
            published=article.published or article.reference,
        )
        article.events.extend(
            date_bare_clocks(
                article.events, said, zone=zone, rule=rule, reference=article.reference
            )
        )
        if article.context() is None and article.lede_open:
            events = article.events
            article.orphans.extend(
                i for i in range(first, len(events)) if events[i].mission is None
            )
    _adopt_orphans(article, sentence, names)
    for _, name in names:
        if reports:
            article.event_mission = name
        else:
            article.any_mission = name
    named = found.named_zone()
    if named is not None:
        article.named_zone = named
