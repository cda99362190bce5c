"""Ground truth for the news timestamp parser (issue 4): labelled phrases, traps and bad input.

This module is data, written apart from the parser so that it catches the parser's
mistakes. It sits beside the parser tests, which read the three tables below:

``CASES``
    News-style fragments and short sentences, each with the publication date it is
    read against (``reference``, an ISO date or ``None``), the zone for clocks and
    dates that name none (``default_tz``) and ``expected``: one string per timestamp
    in the phrase, in text order, exactly as ``lunamission.Timestamp.isoformat()``
    writes it. Precision is visible in the string: ``"2023-08-11T02:10:57+03:00[...]"``
    is a second, ``"...T02:10+03:00[...]"`` a minute, ``"...T14+03:00[...]"`` an hour
    ("2 p.m."), ``"2023-08-12[Europe/Moscow]"`` a day, ``"2023-08[UTC]"`` a month and
    ``"2023[Asia/Tokyo]"`` a year. ``[_approximate=true]`` marks about / around /
    approximately / shortly after / early on / late on, and
    ``[_qualifier=not_before]`` or ``[_qualifier=not_after]`` marks NET / no earlier
    than and no later than / not later than / by. A fixed offset ("GMT+3",
    "UTC+03:00", an ISO offset) is its own zone and carries no bracket.

    Some phrases are whole sentences with words that belong to no timestamp
    (mission names, verbs): read them with the scanning entry points
    (``parse_timestamps`` / ``find_timestamps``), not the strict ``parse_timestamp``.

``NOT_TIMESTAMPS``
    Text with no timestamp in it at all, built from the numbers news about rockets is
    full of (vehicle and mission names, orbits, masses, prices, durations, versions).

``INVALID``
    ``(phrase, reference, code)``: input ``parse_timestamp`` must refuse with a
    ``TimestampError`` whose ``code`` is the third item. Every phrase names its zone
    (except the ``no_zone`` group), so the tests call it with no ``default_tz``.

The project's rules the expectations follow:

* Weekdays are the most recent such day on or before the reference ("next Monday"
  is the first Monday after it). A date with no year takes the year that puts it
  nearest the reference; in a near tie the tense decides ("will", "due to",
  "slated" look ahead, "had" looks back) and an exact tie with no tense word is an
  ``ambiguous_date`` error.
* "yesterday", "today", "tomorrow" are days, "last year" / "next year" years,
  "last month" / "next month" months, all in the default zone. "at the end of last
  year" is that December, approximate; "by the end of the year" is the reference
  year with ``not_after``. "earlier this week" is the Monday of the reference week
  with ``not_before`` (the event fell between that Monday and the reference).
* "noon" and "midnight" are 12:00 and 00:00 of that date at minute precision;
  "2 p.m." is an hour.
* Zone phrases: Moscow time / MSK → Europe/Moscow, UTC / GMT → UTC, Beijing time →
  Asia/Shanghai, Japan time / JST → Asia/Tokyo, IST → Asia/Kolkata, EDT / EST / ET →
  America/New_York, PDT / PST → America/Los_Angeles, CET / CEST → Europe/Paris,
  Baikonur time → Asia/Qyzylorda. Baikonur lies in Qyzylorda oblast and kept that
  oblast's clock: UTC+6 until 2018-12-21 (Soyuz MS-11 lifted off at 17:31 local,
  11:31 UTC), UTC+5 since (Soyuz MS-22 at 18:54 local, 13:54 UTC). Asia/Almaty would
  be an hour wrong from 2018-12-21 until Kazakhstan moved to a single UTC+5 zone on
  2024-03-01.

Every date and time names a real mission event; every expected value was recomputed
from the tz database (UTC instant and weekday) outside this file.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CASES", "INVALID", "NOT_TIMESTAMPS", "Case"]


@dataclass(frozen=True)
class Case:
    """One labelled phrase: what the parser must return for it, in text order."""

    phrase: str
    reference: str | None
    expected: tuple[str, ...]
    default_tz: str | None = None
    note: str = ""


# Default zones used below.
MOSCOW = "Europe/Moscow"
UTC = "UTC"
BEIJING = "Asia/Shanghai"
TOKYO = "Asia/Tokyo"
KOLKATA = "Asia/Kolkata"
NEW_YORK = "America/New_York"
LOS_ANGELES = "America/Los_Angeles"
BAIKONUR = "Asia/Qyzylorda"

# The seed TASS report on Luna-25 is dated Monday, 21 August 2023.
SEED = "2023-08-21"

CASES: list[Case] = [
    # -- clock, 12-hour ----------------------------------------------------------------
    Case(
        "at 2:10 a.m. Moscow time on August 11",
        SEED,
        ("2023-08-11T02:10+03:00[Europe/Moscow]",),
        note="Luna-25 launch",
    ),
    Case("at 2:10am Moscow time on August 11", SEED, ("2023-08-11T02:10+03:00[Europe/Moscow]",)),
    Case("at 2:10 AM Moscow time on August 11", SEED, ("2023-08-11T02:10+03:00[Europe/Moscow]",)),
    Case("at 2:10 A.M. Moscow time on August 11", SEED, ("2023-08-11T02:10+03:00[Europe/Moscow]",)),
    Case(
        "at 2:10 am Moscow time on August 11, 2023",
        None,
        ("2023-08-11T02:10+03:00[Europe/Moscow]",),
    ),
    Case(
        "at 2:57 p.m. Moscow time on August 19",
        SEED,
        ("2023-08-19T14:57+03:00[Europe/Moscow]",),
        note="Luna-25 contact lost",
    ),
    Case(
        "at 2:35 p.m. IST on July 14, 2023",
        None,
        ("2023-07-14T14:35+05:30[Asia/Kolkata]",),
        note="Chandrayaan-3 launch",
    ),
    Case(
        "at 8:42 a.m. JST on September 7, 2023",
        None,
        ("2023-09-07T08:42+09:00[Asia/Tokyo]",),
        note="SLIM launch",
    ),
    Case(
        "at 12:20 a.m. JST on January 20, 2024",
        None,
        ("2024-01-20T00:20+09:00[Asia/Tokyo]",),
        note="SLIM landing; 12:xx a.m. is just after midnight",
    ),
    Case(
        "at 5:27 p.m. Beijing time on May 3, 2024",
        None,
        ("2024-05-03T17:27+08:00[Asia/Shanghai]",),
        note="Chang'e-6 launch",
    ),
    Case(
        "at 6:23 a.m. Beijing time on June 2, 2024",
        None,
        ("2024-06-02T06:23+08:00[Asia/Shanghai]",),
        note="Chang'e-6 landing",
    ),
    Case(
        "at 11:11 p.m. Beijing time on December 1, 2020",
        None,
        ("2020-12-01T23:11+08:00[Asia/Shanghai]",),
        note="Chang'e-5 landing",
    ),
    Case(
        "at 4:30 a.m. Beijing time on November 24, 2020",
        None,
        ("2020-11-24T04:30+08:00[Asia/Shanghai]",),
        note="Chang'e-5 launch",
    ),
    Case(
        "at 12:55 p.m. PST on February 18, 2021",
        None,
        ("2021-02-18T12:55-08:00[America/Los_Angeles]",),
        note="Perseverance landing; 12:xx p.m. is just after noon",
    ),
    Case(
        "at 12:16 a.m. Moscow time on November 9, 2011",
        None,
        ("2011-11-09T00:16+04:00[Europe/Moscow]",),
        note="Phobos-Grunt launch, while Moscow kept UTC+4",
    ),
    Case(
        "at 9 a.m. Beijing time on October 15, 2003",
        None,
        ("2003-10-15T09+08:00[Asia/Shanghai]",),
        note="Shenzhou-5 launch; a bare hour is hour precision",
    ),
    Case(
        "at 9 p.m. CEST on July 9, 2024",
        None,
        ("2024-07-09T21+02:00[Europe/Paris]",),
        note="Ariane 6 first launch",
    ),
    Case(
        "at 7:20 a.m. EST on December 25, 2021",
        None,
        ("2021-12-25T07:20-05:00[America/New_York]",),
        note="JWST launch",
    ),
    Case(
        "at 7:14 p.m. EDT on September 26, 2022",
        None,
        ("2022-09-26T19:14-04:00[America/New_York]",),
        note="DART impact",
    ),
    Case(
        "at 9:40 a.m. PST on December 11, 2022",
        None,
        ("2022-12-11T09:40-08:00[America/Los_Angeles]",),
        note="Artemis I splashdown",
    ),
    Case(
        "at midnight UTC on January 1, 2024",
        None,
        ("2024-01-01T00:00+00:00[UTC]",),
        note="midnight is 00:00 of the date named, minute precision",
    ),
    Case(
        "at noon UTC on December 31, 2023",
        None,
        ("2023-12-31T12:00+00:00[UTC]",),
        note="noon is 12:00, minute precision",
    ),
    # -- clock, 24-hour ----------------------------------------------------------------
    Case("at 02:10 Moscow time on August 11", SEED, ("2023-08-11T02:10+03:00[Europe/Moscow]",)),
    Case("at 14:57 MSK on August 19", SEED, ("2023-08-19T14:57+03:00[Europe/Moscow]",)),
    Case(
        "at 14.57 Moscow time on August 19",
        SEED,
        ("2023-08-19T14:57+03:00[Europe/Moscow]",),
        note="dot as the clock separator",
    ),
    Case(
        "at 1157 GMT on August 19",
        SEED,
        ("2023-08-19T11:57+00:00[UTC]",),
        note="four digits with a zone, wire style",
    ),
    Case("at 2310 GMT on August 10", SEED, ("2023-08-10T23:10+00:00[UTC]",)),
    Case("at 0210 MSK on August 11", SEED, ("2023-08-11T02:10+03:00[Europe/Moscow]",)),
    Case("at 23:10 GMT on 10 August", SEED, ("2023-08-10T23:10+00:00[UTC]",)),
    Case("at 14:35 IST on July 14, 2023", None, ("2023-07-14T14:35+05:30[Asia/Kolkata]",)),
    Case(
        "at 18:03 IST on August 23, 2023",
        None,
        ("2023-08-23T18:03+05:30[Asia/Kolkata]",),
        note="Chandrayaan-3 landing",
    ),
    Case("at 17:27 Beijing time on May 3, 2024", None, ("2024-05-03T17:27+08:00[Asia/Shanghai]",)),
    Case(
        "at 06:23 Beijing time on June 2", "2024-06-03", ("2024-06-02T06:23+08:00[Asia/Shanghai]",)
    ),
    Case(
        "at 14:07 Beijing time on June 25, 2024",
        None,
        ("2024-06-25T14:07+08:00[Asia/Shanghai]",),
        note="Chang'e-6 capsule landing",
    ),
    Case(
        "at 07.38 Beijing time on June 4, 2024",
        None,
        ("2024-06-04T07:38+08:00[Asia/Shanghai]",),
        note="Chang'e-6 ascent from the far side",
    ),
    Case("at 08:42 JST on September 7, 2023", None, ("2023-09-07T08:42+09:00[Asia/Tokyo]",)),
    Case("at 00:20 Japan time on January 20, 2024", None, ("2024-01-20T00:20+09:00[Asia/Tokyo]",)),
    Case(
        "at 10:37 JST on March 7, 2023",
        None,
        ("2023-03-07T10:37+09:00[Asia/Tokyo]",),
        note="H3 test flight 1",
    ),
    Case(
        "at 09:22 JST on February 17, 2024",
        None,
        ("2024-02-17T09:22+09:00[Asia/Tokyo]",),
        note="H3 test flight 2",
    ),
    Case(
        "at 20:17 UTC on July 20, 1969",
        None,
        ("1969-07-20T20:17+00:00[UTC]",),
        note="Apollo 11 landing",
    ),
    Case(
        "at 12:20 GMT on December 25, 2021",
        None,
        ("2021-12-25T12:20+00:00[UTC]",),
        note="JWST launch",
    ),
    Case("at 15:12 UTC on July 1, 2023", None, ("2023-07-01T15:12+00:00[UTC]",), note="Euclid"),
    Case(
        "at 19:22 UTC on May 30, 2020",
        None,
        ("2020-05-30T19:22+00:00[UTC]",),
        note="Crew Dragon Demo-2 launch",
    ),
    Case(
        "at 05:33 UTC on January 1, 2019",
        None,
        ("2019-01-01T05:33+00:00[UTC]",),
        note="New Horizons flyby of Arrokoth",
    ),
    # -- dates in every form -----------------------------------------------------------
    Case("on August 11", SEED, ("2023-08-11[Europe/Moscow]",), MOSCOW),
    Case("on Aug. 11", SEED, ("2023-08-11[Europe/Moscow]",), MOSCOW),
    Case("on Aug 11", SEED, ("2023-08-11[Europe/Moscow]",), MOSCOW),
    Case("on 11 August", SEED, ("2023-08-11[Europe/Moscow]",), MOSCOW),
    Case("on August 11th", SEED, ("2023-08-11[Europe/Moscow]",), MOSCOW),
    Case("on the 11th of August", SEED, ("2023-08-11[Europe/Moscow]",), MOSCOW),
    Case("on August 11, 2023", None, ("2023-08-11[Europe/Moscow]",), MOSCOW),
    Case("on 11 August 2023", None, ("2023-08-11[Europe/Moscow]",), MOSCOW),
    Case("on Aug. 11, 2023", None, ("2023-08-11[Europe/Moscow]",), MOSCOW),
    Case("on August 11th, 2023", None, ("2023-08-11[Europe/Moscow]",), MOSCOW),
    Case("2023-08-11", None, ("2023-08-11[Europe/Moscow]",), MOSCOW, note="ISO date"),
    Case("on 16 Aug 2023", None, ("2023-08-16[Europe/Moscow]",), MOSCOW),
    Case("on AUGUST 16, 2023", None, ("2023-08-16[Europe/Moscow]",), MOSCOW, note="headline caps"),
    Case(
        "on 23.08.2023",
        None,
        ("2023-08-23[Asia/Kolkata]",),
        KOLKATA,
        note="day first is the only reading: 23 cannot be a month",
    ),
    Case("on 14.07.2023", None, ("2023-07-14[Asia/Kolkata]",), KOLKATA),
    Case("on 14/07/2023", None, ("2023-07-14[Asia/Kolkata]",), KOLKATA),
    Case("on 20.01.2024", None, ("2024-01-20[Asia/Tokyo]",), TOKYO),
    Case("on Sept. 7", "2023-09-08", ("2023-09-07[Asia/Tokyo]",), TOKYO),
    Case("on Jan. 20", "2024-01-22", ("2024-01-20[Asia/Tokyo]",), TOKYO),
    Case("on 2 June 2024", None, ("2024-06-02[Asia/Shanghai]",), BEIJING),
    Case("on May 3rd", "2024-05-04", ("2024-05-03[Asia/Shanghai]",), BEIJING),
    Case("on 3rd May 2024", None, ("2024-05-03[Asia/Shanghai]",), BEIJING),
    Case(
        "on December 14, 2022",
        None,
        ("2022-12-14[America/New_York]",),
        NEW_YORK,
        note="Soyuz MS-22 coolant leak, US date",
    ),
    # -- weekday beside a date ---------------------------------------------------------
    Case("on Wednesday, August 16", SEED, ("2023-08-16[Europe/Moscow]",), MOSCOW),
    Case("on Wed., Aug. 16", SEED, ("2023-08-16[Europe/Moscow]",), MOSCOW),
    Case("on Wednesday 16 August 2023", None, ("2023-08-16[Europe/Moscow]",), MOSCOW),
    Case("on Saturday, August 19, 2023", None, ("2023-08-19[Europe/Moscow]",), MOSCOW),
    Case(
        "on Monday, August 21",
        "2023-08-17",
        ("2023-08-21[Europe/Moscow]",),
        MOSCOW,
        note="planned Luna-25 landing, four days after the reference",
    ),
    Case("on Friday, July 14", "2023-07-15", ("2023-07-14[Asia/Kolkata]",), KOLKATA),
    Case("on Wednesday (August 23)", "2023-08-24", ("2023-08-23[Asia/Kolkata]",), KOLKATA),
    Case("on Thursday, September 7", "2023-09-08", ("2023-09-07[Asia/Tokyo]",), TOKYO),
    Case("on Saturday, January 20", "2024-01-22", ("2024-01-20[Asia/Tokyo]",), TOKYO),
    Case("on Friday, May 3", "2024-05-06", ("2024-05-03[Asia/Shanghai]",), BEIJING),
    Case("on Sunday, June 2, 2024", None, ("2024-06-02[Asia/Shanghai]",), BEIJING),
    Case("on Tuesday, 1 December 2020", None, ("2020-12-01[Asia/Shanghai]",), BEIJING),
    Case("on Wednesday, November 16, 2022", None, ("2022-11-16[America/New_York]",), NEW_YORK),
    Case("on Sunday, December 11", "2022-12-12", ("2022-12-11[America/Los_Angeles]",), LOS_ANGELES),
    Case(
        "at 2:10 a.m. Moscow time on Friday, August 11",
        SEED,
        ("2023-08-11T02:10+03:00[Europe/Moscow]",),
    ),
    # -- weekday alone -----------------------------------------------------------------
    Case(
        "on Saturday",
        SEED,
        ("2023-08-19[Europe/Moscow]",),
        MOSCOW,
        note="the reference is a Monday",
    ),
    Case("on Wednesday", SEED, ("2023-08-16[Europe/Moscow]",), MOSCOW),
    Case("on Sunday", SEED, ("2023-08-20[Europe/Moscow]",), MOSCOW),
    Case(
        "on Monday",
        SEED,
        ("2023-08-21[Europe/Moscow]",),
        MOSCOW,
        note="the reference's own weekday is the reference day",
    ),
    Case("at 2:57 p.m. Moscow time on Saturday", SEED, ("2023-08-19T14:57+03:00[Europe/Moscow]",)),
    Case(
        "on Wednesday at 6:03 p.m. IST",
        "2023-08-24",
        ("2023-08-23T18:03+05:30[Asia/Kolkata]",),
    ),
    Case("at 00:20 Japan time on Saturday", "2024-01-22", ("2024-01-20T00:20+09:00[Asia/Tokyo]",)),
    Case(
        "on Friday",
        "2024-05-03",
        ("2024-05-03[Asia/Shanghai]",),
        BEIJING,
        note="same weekday as the reference",
    ),
    Case("on Tuesday", "2024-06-06", ("2024-06-04[Asia/Shanghai]",), BEIJING),
    Case("on Thursday", "2023-09-10", ("2023-09-07[Asia/Tokyo]",), TOKYO),
    Case(
        "next Monday",
        "2023-08-16",
        ("2023-08-21[Europe/Moscow]",),
        MOSCOW,
        note="next: the first such day after the reference",
    ),
    Case(
        "next Wednesday",
        "2023-08-16",
        ("2023-08-23[Asia/Kolkata]",),
        KOLKATA,
        note="said on a Wednesday: a week later",
    ),
    # -- zones -------------------------------------------------------------------------
    Case("at 02:10 Moscow Time on August 11", SEED, ("2023-08-11T02:10+03:00[Europe/Moscow]",)),
    Case("at 02:10 MSK on August 11, 2023", None, ("2023-08-11T02:10+03:00[Europe/Moscow]",)),
    Case("at 23:10 UTC on August 10, 2023", None, ("2023-08-10T23:10+00:00[UTC]",)),
    Case("at 11:57 GMT on August 19, 2023", None, ("2023-08-19T11:57+00:00[UTC]",)),
    Case(
        "at 17:27 (Beijing time) on May 3, 2024", None, ("2024-05-03T17:27+08:00[Asia/Shanghai]",)
    ),
    Case("at 08:42 Japan time on September 7, 2023", None, ("2023-09-07T08:42+09:00[Asia/Tokyo]",)),
    Case(
        "at 13:22 JST on December 3, 2014",
        None,
        ("2014-12-03T13:22+09:00[Asia/Tokyo]",),
        note="Hayabusa2 launch",
    ),
    Case(
        "at 14:43 IST on July 22, 2019",
        None,
        ("2019-07-22T14:43+05:30[Asia/Kolkata]",),
        note="Chandrayaan-2 launch",
    ),
    Case(
        "at 3:22 p.m. EDT on May 30, 2020",
        None,
        ("2020-05-30T15:22-04:00[America/New_York]",),
        note="Crew Dragon Demo-2 launch",
    ),
    Case(
        "at 1:47 a.m. EST on November 16, 2022",
        None,
        ("2022-11-16T01:47-05:00[America/New_York]",),
        note="Artemis I launch",
    ),
    Case(
        "at 7:20 a.m. ET on December 25, 2021",
        None,
        ("2021-12-25T07:20-05:00[America/New_York]",),
    ),
    Case(
        "at 10:32 p.m. PDT on August 5, 2012",
        None,
        ("2012-08-05T22:32-07:00[America/Los_Angeles]",),
        note="Curiosity landing",
    ),
    Case(
        "at 17:03 CET on November 12, 2014",
        None,
        ("2014-11-12T17:03+01:00[Europe/Paris]",),
        note="Philae touchdown signal",
    ),
    Case(
        "at 14:14 CEST on April 14, 2023",
        None,
        ("2023-04-14T14:14+02:00[Europe/Paris]",),
        note="JUICE launch",
    ),
    Case(
        "at 18:54 Baikonur time on September 21, 2022",
        None,
        ("2022-09-21T18:54+05:00[Asia/Qyzylorda]",),
        note="Soyuz MS-22 launch; Baikonur on UTC+5 since 2018-12-21",
    ),
    Case(
        "at 5:31 p.m. Baikonur time on December 3, 2018",
        None,
        ("2018-12-03T17:31+06:00[Asia/Qyzylorda]",),
        note="Soyuz MS-11 launch, 18 days before Qyzylorda oblast left UTC+6",
    ),
    Case(
        "at 17:36 Baikonur time on March 23, 2024",
        None,
        ("2024-03-23T17:36+05:00[Asia/Qyzylorda]",),
        note="Soyuz MS-25 launch",
    ),
    Case(
        "at 02:10 GMT+3 on August 11, 2023",
        None,
        ("2023-08-11T02:10+03:00",),
        note="a fixed offset is its own zone",
    ),
    Case("at 02:10 UTC+03:00 on August 11, 2023", None, ("2023-08-11T02:10+03:00",)),
    Case("at 14:35 UTC+5:30 on July 14, 2023", None, ("2023-07-14T14:35+05:30",)),
    Case("at 01:47 GMT-5 on November 16, 2022", None, ("2022-11-16T01:47-05:00",)),
    Case(
        "at 2:10 a.m. on August 11 (Moscow time)",
        SEED,
        ("2023-08-11T02:10+03:00[Europe/Moscow]",),
        note="zone phrase after the date",
    ),
    Case(
        "Moscow time, 14:57 on August 19",
        SEED,
        ("2023-08-19T14:57+03:00[Europe/Moscow]",),
        note="zone phrase first",
    ),
    Case(
        "at 18:03 IST on August 23",
        "2023-08-24",
        ("2023-08-23T18:03+05:30[Asia/Kolkata]",),
        MOSCOW,
        note="a named zone beats the default zone",
    ),
    Case("on August 10 UTC", SEED, ("2023-08-10[UTC]",), note="a day in a named zone"),
    Case("on January 20, Japan time", "2024-01-22", ("2024-01-20[Asia/Tokyo]",)),
    # -- historical offsets ------------------------------------------------------------
    Case(
        "at 00:16 Moscow time on November 9, 2011",
        None,
        ("2011-11-09T00:16+04:00[Europe/Moscow]",),
        note="Phobos-Grunt; Moscow on permanent UTC+4 2011-03-27..2014-10-26",
    ),
    Case(
        "at 06:31 Moscow time on July 18, 2011",
        None,
        ("2011-07-18T06:31+04:00[Europe/Moscow]",),
        note="Spektr-R launch",
    ),
    Case(
        "at 06:38 Moscow time on July 2, 2013",
        None,
        ("2013-07-02T06:38+04:00[Europe/Moscow]",),
        note="Proton-M failure with three Glonass-M",
    ),
    Case(
        "at 16:54 Moscow time on September 21, 2022",
        None,
        ("2022-09-21T16:54+03:00[Europe/Moscow]",),
        note="after 2014-10-26 Moscow is UTC+3 again",
    ),
    Case(
        "at 08:56 Moscow time on July 12, 2000",
        None,
        ("2000-07-12T08:56+04:00[Europe/Moscow]",),
        note="Zvezda launch under Moscow summer time",
    ),
    Case(
        "at 11:14 Moscow time on September 30, 2009",
        None,
        ("2009-09-30T11:14+04:00[Europe/Moscow]",),
        note="Soyuz TMA-16 launch under Moscow summer time",
    ),
    Case(
        "at 10:52 Moscow time on October 31, 2000",
        None,
        ("2000-10-31T10:52+03:00[Europe/Moscow]",),
        note="Soyuz TM-31 (Expedition 1), two days after summer time ended",
    ),
    Case(
        "at 09:40 Moscow time on November 20, 1998",
        None,
        ("1998-11-20T09:40+03:00[Europe/Moscow]",),
        note="Zarya launch, winter time",
    ),
    Case(
        "at 09:07 Moscow time on April 12, 1961",
        None,
        ("1961-04-12T09:07+03:00[Europe/Moscow]",),
        note="Vostok 1",
    ),
    Case(
        "at 9:32 a.m. EDT on July 16, 1969",
        None,
        ("1969-07-16T09:32-04:00[America/New_York]",),
        note="Apollo 11 launch",
    ),
    Case(
        "at 4:17 p.m. ET on July 20, 1969",
        None,
        ("1969-07-20T16:17-04:00[America/New_York]",),
        note="Apollo 11 landing; ET in July is daylight time",
    ),
    Case(
        "at 11:38 a.m. EST on January 28, 1986",
        None,
        ("1986-01-28T11:38-05:00[America/New_York]",),
        note="Challenger",
    ),
    Case(
        "at 3:55 p.m. ET on February 18, 2021",
        None,
        ("2021-02-18T15:55-05:00[America/New_York]",),
        note="Perseverance landing; ET in February is standard time",
    ),
    Case(
        "at 13:20 CET on December 25, 2021",
        None,
        ("2021-12-25T13:20+01:00[Europe/Paris]",),
        note="JWST launch",
    ),
    Case(
        "at 17:12 CEST on July 1, 2023",
        None,
        ("2023-07-01T17:12+02:00[Europe/Paris]",),
        note="Euclid launch",
    ),
    # -- year completion near the year's end, both ways --------------------------------
    Case(
        "on December 25",
        "2024-01-05",
        ("2023-12-25[Asia/Tokyo]",),
        TOKYO,
        note="SLIM lunar orbit insertion: last December",
    ),
    Case(
        "on January 20",
        "2023-12-26",
        ("2024-01-20[Asia/Tokyo]",),
        TOKYO,
        note="SLIM landing: next January",
    ),
    Case("on December 17", "2021-01-05", ("2020-12-17[Asia/Shanghai]",), BEIJING),
    Case(
        "at 01:59 Beijing time on December 17",
        "2020-12-17",
        ("2020-12-17T01:59+08:00[Asia/Shanghai]",),
        note="Chang'e-5 capsule landing",
    ),
    Case(
        "at 21:11 Beijing time on December 14",
        "2014-01-06",
        ("2013-12-14T21:11+08:00[Asia/Shanghai]",),
        note="Chang'e-3 landing",
    ),
    Case("on December 25", "2022-01-03", ("2021-12-25[America/New_York]",), NEW_YORK),
    Case("on December 11", "2023-01-04", ("2022-12-11[America/Los_Angeles]",), LOS_ANGELES),
    Case(
        "on January 3",
        "2018-12-20",
        ("2019-01-03[Asia/Shanghai]",),
        BEIJING,
        note="Chang'e-4 landing",
    ),
    Case("at 05:33 UTC on January 1", "2018-12-28", ("2019-01-01T05:33+00:00[UTC]",)),
    Case("at 05:33 GMT on January 1", "2019-01-03", ("2019-01-01T05:33+00:00[UTC]",)),
    Case(
        "on August 21",
        "2023-08-20",
        ("2023-08-21[Europe/Moscow]",),
        MOSCOW,
        note="tomorrow, not last year",
    ),
    Case("in December", "2024-01-03", ("2023-12[Asia/Tokyo]",), TOKYO),
    Case("in January", "2023-12-20", ("2024-01[Asia/Tokyo]",), TOKYO),
    # -- tense words deciding near ties ------------------------------------------------
    Case(
        "Chang'e-6 is due to lift off on May 3.",
        "2023-11-02",
        ("2024-05-03[Asia/Shanghai]",),
        BEIJING,
        note="exact tie: 183 days either way; 'due to' looks ahead",
    ),
    Case(
        "Chang'e-6 will lift off on May 3.",
        "2023-11-01",
        ("2024-05-03[Asia/Shanghai]",),
        BEIJING,
        note="near tie: 182 days back, 184 ahead; 'will' looks ahead",
    ),
    Case(
        "Chang'e-6 will lift off at 17:27 Beijing time on May 3.",
        "2023-11-02",
        ("2024-05-03T17:27+08:00[Asia/Shanghai]",),
        note="exact tie with a clock",
    ),
    Case(
        "Chang'e-6 is due to touch down on June 2.",
        "2023-12-02",
        ("2024-06-02[Asia/Shanghai]",),
        BEIJING,
        note="exact tie across a leap day",
    ),
    Case(
        "Chandrayaan-3 had lifted off on July 14.",
        "2024-01-13",
        ("2023-07-14[Asia/Kolkata]",),
        KOLKATA,
        note="exact tie: 183 days either way; 'had' looks back",
    ),
    Case(
        "ISRO had launched Chandrayaan-3 on July 14.",
        "2024-01-14",
        ("2023-07-14[Asia/Kolkata]",),
        KOLKATA,
        note="near tie: 184 days back, 182 ahead; 'had' looks back",
    ),
    Case(
        "SLIM is slated to land on January 20.",
        "2023-07-21",
        ("2024-01-20[Asia/Tokyo]",),
        TOKYO,
        note="near tie: 182 days back, 183 ahead; 'slated' looks ahead",
    ),
    Case(
        "SLIM had landed at 00:20 JST on January 20.",
        "2024-07-21",
        ("2024-01-20T00:20+09:00[Asia/Tokyo]",),
        note="exact tie with a clock; 'had' looks back",
    ),
    Case(
        "Artemis I had launched on November 16.",
        "2023-05-18",
        ("2022-11-16[America/New_York]",),
        NEW_YORK,
        note="near tie: 183 days back, 182 ahead; 'had' looks back",
    ),
    Case(
        "Vikram will land on August 23.",
        "2023-08-20",
        ("2023-08-23[Asia/Kolkata]",),
        KOLKATA,
        note="tense and nearness agree",
    ),
    Case(
        "the lander was slated to touch down on August 21",
        SEED,
        ("2023-08-21[Europe/Moscow]",),
        MOSCOW,
        note="slated for the reference day itself",
    ),
    Case(
        "the probe had entered lunar orbit on August 16",
        SEED,
        ("2023-08-16[Europe/Moscow]",),
        MOSCOW,
    ),
    # -- relative words ----------------------------------------------------------------
    Case("yesterday", "2023-08-20", ("2023-08-19[Europe/Moscow]",), MOSCOW),
    Case(
        "yesterday at 14:57 Moscow time",
        "2023-08-20",
        ("2023-08-19T14:57+03:00[Europe/Moscow]",),
    ),
    Case(
        "yesterday",
        "2019-01-02",
        ("2019-01-01[UTC]",),
        UTC,
        note="across the new year",
    ),
    Case("yesterday", "2024-06-03", ("2024-06-02[Asia/Shanghai]",), BEIJING),
    Case("today", "2023-08-11", ("2023-08-11[Europe/Moscow]",), MOSCOW),
    Case(
        "today at 17:27 Beijing time",
        "2024-05-03",
        ("2024-05-03T17:27+08:00[Asia/Shanghai]",),
    ),
    Case("tomorrow", "2023-08-22", ("2023-08-23[Asia/Kolkata]",), KOLKATA),
    Case("last year", SEED, ("2022[Europe/Moscow]",), MOSCOW),
    Case("last year", "2024-03-01", ("2023[Asia/Kolkata]",), KOLKATA),
    Case("this year", "2024-01-25", ("2024[Asia/Tokyo]",), TOKYO),
    Case("next year", "2023-11-10", ("2024[Asia/Shanghai]",), BEIJING),
    Case(
        "next month",
        SEED,
        ("2023-09[Asia/Tokyo]",),
        TOKYO,
        note="SLIM flew the next month",
    ),
    Case("next month", "2023-12-26", ("2024-01[Asia/Tokyo]",), TOKYO),
    Case("last month", "2024-01-05", ("2023-12[Asia/Tokyo]",), TOKYO),
    Case("last month", "2023-09-10", ("2023-08[Asia/Kolkata]",), KOLKATA),
    Case(
        "earlier this week",
        "2023-08-25",
        ("2023-08-21[Asia/Kolkata][_qualifier=not_before]",),
        KOLKATA,
        note="Friday reference: no earlier than that Monday",
    ),
    Case(
        "earlier this week",
        "2024-06-06",
        ("2024-06-03[Asia/Shanghai][_qualifier=not_before]",),
        BEIJING,
        note="Thursday reference: no earlier than that Monday",
    ),
    # -- lists and ranges --------------------------------------------------------------
    Case(
        "On August 12 and 14",
        SEED,
        ("2023-08-12[Europe/Moscow]", "2023-08-14[Europe/Moscow]"),
        MOSCOW,
        note="Luna-25 trajectory corrections",
    ),
    Case(
        "on August 12 and 14, 2023",
        None,
        ("2023-08-12[Europe/Moscow]", "2023-08-14[Europe/Moscow]"),
        MOSCOW,
        note="the year applies to both",
    ),
    Case(
        "between August 12 and 14",
        SEED,
        ("2023-08-12[Europe/Moscow]", "2023-08-14[Europe/Moscow]"),
        MOSCOW,
    ),
    Case(
        "August 12-14",
        SEED,
        ("2023-08-12[Europe/Moscow]", "2023-08-14[Europe/Moscow]"),
        MOSCOW,
    ),
    Case(
        "on 3, 5 and 10 September",
        "2023-09-11",
        ("2023-09-03[Asia/Kolkata]", "2023-09-05[Asia/Kolkata]", "2023-09-10[Asia/Kolkata]"),
        KOLKATA,
        note="Aditya-L1 Earth-bound burns",
    ),
    Case(
        "on 3, 5 and 10 September 2023",
        None,
        ("2023-09-03[Asia/Kolkata]", "2023-09-05[Asia/Kolkata]", "2023-09-10[Asia/Kolkata]"),
        KOLKATA,
    ),
    Case(
        "on September 3, 5, 10 and 15",
        "2023-09-16",
        (
            "2023-09-03[Asia/Kolkata]",
            "2023-09-05[Asia/Kolkata]",
            "2023-09-10[Asia/Kolkata]",
            "2023-09-15[Asia/Kolkata]",
        ),
        KOLKATA,
    ),
    Case(
        "on August 6, 9, 14 and 16",
        "2023-08-17",
        (
            "2023-08-06[Asia/Kolkata]",
            "2023-08-09[Asia/Kolkata]",
            "2023-08-14[Asia/Kolkata]",
            "2023-08-16[Asia/Kolkata]",
        ),
        KOLKATA,
        note="Chandrayaan-3 lunar orbit reductions",
    ),
    Case(
        "for 2023-2027",
        SEED,
        ("2023[Europe/Moscow]", "2027[Europe/Moscow]"),
        MOSCOW,
        note="a range of years is its two ends",
    ),
    Case(
        "for 2023–2027",
        SEED,
        ("2023[Europe/Moscow]", "2027[Europe/Moscow]"),
        MOSCOW,
        note="en dash",
    ),
    Case("from 2023 to 2027", SEED, ("2023[Europe/Moscow]", "2027[Europe/Moscow]"), MOSCOW),
    Case("between 2023 and 2027", SEED, ("2023[Europe/Moscow]", "2027[Europe/Moscow]"), MOSCOW),
    Case(
        "on July 14 and August 23",
        "2023-08-24",
        ("2023-07-14[Asia/Kolkata]", "2023-08-23[Asia/Kolkata]"),
        KOLKATA,
    ),
    Case(
        "in May and June 2024",
        None,
        ("2024-05[Asia/Shanghai]", "2024-06[Asia/Shanghai]"),
        BEIJING,
    ),
    Case(
        "from May 3 to June 2",
        "2024-06-03",
        ("2024-05-03[Asia/Shanghai]", "2024-06-02[Asia/Shanghai]"),
        BEIJING,
    ),
    Case(
        "at 17:27 Beijing time on May 3 and at 06:23 on June 2",
        "2024-06-03",
        ("2024-05-03T17:27+08:00[Asia/Shanghai]", "2024-06-02T06:23+08:00[Asia/Shanghai]"),
        note="one zone phrase serves both clocks",
    ),
    Case(
        "on December 25 and January 20",
        "2024-01-22",
        ("2023-12-25[Asia/Tokyo]", "2024-01-20[Asia/Tokyo]"),
        TOKYO,
        note="each item takes its own nearest year",
    ),
    # -- approximation words -----------------------------------------------------------
    Case(
        "About 2:57 p.m. Moscow time on Saturday",
        SEED,
        ("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]",),
    ),
    Case(
        "around 14:57 MSK on August 19",
        SEED,
        ("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]",),
    ),
    Case(
        "approximately 2:57 p.m. Moscow time on August 19, 2023",
        None,
        ("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]",),
    ),
    Case(
        "shortly after 6 p.m. IST on August 23",
        "2023-08-24",
        ("2023-08-23T18+05:30[Asia/Kolkata][_approximate=true]",),
    ),
    Case(
        "about 6:04 p.m. IST on August 23, 2023",
        None,
        ("2023-08-23T18:04+05:30[Asia/Kolkata][_approximate=true]",),
    ),
    Case(
        "around August 12",
        SEED,
        ("2023-08-12[Europe/Moscow][_approximate=true]",),
        MOSCOW,
    ),
    Case(
        "late on December 14",
        "2022-12-16",
        ("2022-12-14[America/New_York][_approximate=true]",),
        NEW_YORK,
        note="Soyuz MS-22 leak, about 7:45 p.m. EST",
    ),
    Case(
        "early on December 15 Moscow time",
        "2022-12-16",
        ("2022-12-15[Europe/Moscow][_approximate=true]",),
        note="the same leak, about 03:45 in Moscow",
    ),
    Case(
        "late on December 1, Beijing time",
        "2020-12-03",
        ("2020-12-01[Asia/Shanghai][_approximate=true]",),
    ),
    Case(
        "early on Sunday",
        "2024-06-04",
        ("2024-06-02[Asia/Shanghai][_approximate=true]",),
        BEIJING,
    ),
    Case(
        "around noon PST on November 26, 2018",
        None,
        ("2018-11-26T12:00-08:00[America/Los_Angeles][_approximate=true]",),
        note="InSight landing, 11:53 a.m. PST",
    ),
    Case(
        "shortly after midnight Japan time on January 20",
        "2024-01-22",
        ("2024-01-20T00:00+09:00[Asia/Tokyo][_approximate=true]",),
    ),
    Case(
        "about 9 a.m. EST on February 1, 2003",
        None,
        ("2003-02-01T09-05:00[America/New_York][_approximate=true]",),
        note="Columbia",
    ),
    Case(
        "approximately 10:26 Beijing time on January 3, 2019",
        None,
        ("2019-01-03T10:26+08:00[Asia/Shanghai][_approximate=true]",),
    ),
    Case(
        "around 2 a.m. IST on September 19, 2023",
        None,
        ("2023-09-19T02+05:30[Asia/Kolkata][_approximate=true]",),
        note="Aditya-L1 departure burn",
    ),
    Case(
        "around 2:28 a.m. JST on December 6, 2020",
        None,
        ("2020-12-06T02:28+09:00[Asia/Tokyo][_approximate=true]",),
        note="Hayabusa2 capsule re-entry",
    ),
    Case(
        "around 07:20 Moscow time on February 15, 2013",
        None,
        ("2013-02-15T07:20+04:00[Europe/Moscow][_approximate=true]",),
        note="Chelyabinsk bolide",
    ),
    Case(
        "around June 2021",
        SEED,
        ("2021-06[Europe/Moscow][_approximate=true]",),
        MOSCOW,
    ),
    # -- coarse precision: month and year ----------------------------------------------
    Case("in June 2021", SEED, ("2021-06[Europe/Moscow]",), MOSCOW),
    Case("June 2021", SEED, ("2021-06[Europe/Moscow]",), MOSCOW),
    Case("in August 2023", None, ("2023-08[Europe/Moscow]",), MOSCOW),
    Case("in Sept. 2023", None, ("2023-09[Asia/Tokyo]",), TOKYO),
    Case("in May 2024", None, ("2024-05[Asia/Shanghai]",), BEIJING),
    Case("in July 1969", None, ("1969-07[America/New_York]",), NEW_YORK),
    Case("in March", "2024-04-10", ("2024-03[Asia/Qyzylorda]",), BAIKONUR),
    Case("in 2026", "2024-12-06", ("2026[America/New_York]",), NEW_YORK),
    Case("in 2019", None, ("2019[Asia/Shanghai]",), BEIJING),
    Case("in 1957", None, ("1957[Europe/Moscow]",), MOSCOW),
    Case(
        "at the end of last year",
        SEED,
        ("2022-12[Europe/Moscow][_approximate=true]",),
        MOSCOW,
        note="the seed's phrase: last December, approximate",
    ),
    Case(
        "at the end of last year",
        "2024-01-20",
        ("2023-12[Asia/Tokyo][_approximate=true]",),
        TOKYO,
    ),
    Case(
        "at the end of 2023",
        "2024-02-01",
        ("2023-12[Asia/Tokyo][_approximate=true]",),
        TOKYO,
    ),
    # -- bounds ------------------------------------------------------------------------
    Case(
        "no earlier than August 11",
        "2023-08-01",
        ("2023-08-11[Europe/Moscow][_qualifier=not_before]",),
        MOSCOW,
    ),
    Case(
        "NET August 11",
        "2023-08-01",
        ("2023-08-11[Europe/Moscow][_qualifier=not_before]",),
        MOSCOW,
    ),
    Case(
        "NET 2:10 a.m. Moscow time on August 11",
        "2023-08-01",
        ("2023-08-11T02:10+03:00[Europe/Moscow][_qualifier=not_before]",),
    ),
    Case(
        "NET Sept. 7",
        "2023-09-01",
        ("2023-09-07[Asia/Tokyo][_qualifier=not_before]",),
        TOKYO,
    ),
    Case(
        "no earlier than 17:27 Beijing time on May 3, 2024",
        None,
        ("2024-05-03T17:27+08:00[Asia/Shanghai][_qualifier=not_before]",),
    ),
    Case(
        "no earlier than September 2025",
        "2024-01-10",
        ("2025-09[America/New_York][_qualifier=not_before]",),
        NEW_YORK,
        note="Artemis II target set in January 2024",
    ),
    Case(
        "no earlier than April 2026",
        "2024-12-06",
        ("2026-04[America/New_York][_qualifier=not_before]",),
        NEW_YORK,
    ),
    Case(
        "not earlier than 2026",
        "2024-12-06",
        ("2026[America/New_York][_qualifier=not_before]",),
        NEW_YORK,
    ),
    Case(
        "no later than August 23",
        "2023-08-20",
        ("2023-08-23[Asia/Kolkata][_qualifier=not_after]",),
        KOLKATA,
    ),
    Case(
        "by August 21",
        "2023-08-17",
        ("2023-08-21[Europe/Moscow][_qualifier=not_after]",),
        MOSCOW,
    ),
    Case(
        "by the end of August",
        "2023-08-01",
        ("2023-08[Europe/Moscow][_qualifier=not_after]",),
        MOSCOW,
    ),
    Case(
        "by the end of the year",
        SEED,
        ("2023[Europe/Moscow][_qualifier=not_after]",),
        MOSCOW,
    ),
    Case(
        "by the end of next year",
        "2023-05-10",
        ("2024[Asia/Shanghai][_qualifier=not_after]",),
        BEIJING,
    ),
    Case(
        "no later than the end of 2024",
        "2023-11-10",
        ("2024[Asia/Shanghai][_qualifier=not_after]",),
        BEIJING,
    ),
    Case(
        "by 2030",
        "2023-07-12",
        ("2030[Asia/Shanghai][_qualifier=not_after]",),
        BEIJING,
        note="China's crewed lunar landing goal",
    ),
    Case(
        "not later than 2030",
        "2023-07-12",
        ("2030[Asia/Shanghai][_qualifier=not_after]",),
        BEIJING,
    ),
    # -- seconds -----------------------------------------------------------------------
    Case(
        "at 02:10:57 Moscow time on August 11",
        SEED,
        ("2023-08-11T02:10:57+03:00[Europe/Moscow]",),
    ),
    Case("at 23:10:57 GMT on August 10, 2023", None, ("2023-08-10T23:10:57+00:00[UTC]",)),
    Case("2023-08-10T23:10:57Z", None, ("2023-08-10T23:10:57+00:00[UTC]",), note="ISO, Zulu"),
    Case(
        "2023-08-11T02:10:57+03:00",
        None,
        ("2023-08-11T02:10:57+03:00",),
        note="ISO with an offset and no zone name: the offset is the zone",
    ),
    Case(
        "at 1:47:44 a.m. EST on November 16, 2022",
        None,
        ("2022-11-16T01:47:44-05:00[America/New_York]",),
    ),
    Case(
        "at 3:22:45 p.m. EDT on May 30, 2020",
        None,
        ("2020-05-30T15:22:45-04:00[America/New_York]",),
    ),
    Case(
        "at 22:28:34 Moscow time on October 4, 1957",
        None,
        ("1957-10-04T22:28:34+03:00[Europe/Moscow]",),
        note="Sputnik 1",
    ),
    Case(
        "at 15:30:57 Moscow time on July 13, 2019",
        None,
        ("2019-07-13T15:30:57+03:00[Europe/Moscow]",),
        note="Spektr-RG",
    ),
    Case(
        "at 17:58:25 Moscow time on July 21, 2021",
        None,
        ("2021-07-21T17:58:25+03:00[Europe/Moscow]",),
        note="Nauka module",
    ),
    Case(
        "at 16:54:49 Moscow time on September 21, 2022",
        None,
        ("2022-09-21T16:54:49+03:00[Europe/Moscow]",),
        note="Soyuz MS-22",
    ),
    Case(
        "at 14:31:52 Moscow time on December 3, 2018",
        None,
        ("2018-12-03T14:31:52+03:00[Europe/Moscow]",),
        note="Soyuz MS-11",
    ),
    # -- dates before and after times --------------------------------------------------
    Case(
        "on August 11 at 2:10 a.m. Moscow time",
        SEED,
        ("2023-08-11T02:10+03:00[Europe/Moscow]",),
    ),
    Case("August 11, 02:10 Moscow time", SEED, ("2023-08-11T02:10+03:00[Europe/Moscow]",)),
    Case("02:10 Moscow time, August 11", SEED, ("2023-08-11T02:10+03:00[Europe/Moscow]",)),
    Case("10 August, 23:10 GMT", SEED, ("2023-08-10T23:10+00:00[UTC]",)),
    Case("2023-08-10 23:10 UTC", None, ("2023-08-10T23:10+00:00[UTC]",)),
    Case("On July 14 at 14:35 IST", "2023-07-15", ("2023-07-14T14:35+05:30[Asia/Kolkata]",)),
    Case("July 14, 2023, 2:35 p.m. IST", None, ("2023-07-14T14:35+05:30[Asia/Kolkata]",)),
    Case("on 23 August 2023 at 18:03 IST", None, ("2023-08-23T18:03+05:30[Asia/Kolkata]",)),
    Case("January 20, 2024, at 00:20 JST", None, ("2024-01-20T00:20+09:00[Asia/Tokyo]",)),
    Case(
        "Thursday, September 7, at 8:42 a.m. JST",
        "2023-09-08",
        ("2023-09-07T08:42+09:00[Asia/Tokyo]",),
    ),
    Case(
        "on June 2 at 06:23 Beijing time",
        "2024-06-03",
        ("2024-06-02T06:23+08:00[Asia/Shanghai]",),
    ),
    Case(
        "at 3:22 p.m. EDT Saturday, May 30, 2020",
        None,
        ("2020-05-30T15:22-04:00[America/New_York]",),
    ),
    Case(
        "November 16, 2022 at 1:47 a.m. EST",
        None,
        ("2022-11-16T01:47-05:00[America/New_York]",),
    ),
    # -- wire forms: a bracket with its own day, alternatives, windows, bounds --------------
    # Crew-1 lifted off at 7:27 p.m. EST on Sunday, November 15, 2020: 00:27 UTC Monday.
    Case(
        "at 7:27 p.m. EST (0027 GMT Monday)",
        "2020-11-15",
        ("2020-11-15T19:27-05:00[America/New_York]",),
    ),
    Case(
        "at 7:27 p.m. EST (0027 GMT on Nov. 16)",
        "2020-11-17",
        ("2020-11-15T19:27-05:00[America/New_York]",),
    ),
    Case(
        "at 2:10 a.m. Moscow time (2310 GMT on Aug. 10)",
        SEED,
        ("2023-08-11T02:10+03:00[Europe/Moscow]",),
    ),
    # Chang'e-6 landed at 06:23 Beijing time on June 2, 2024: 22:23 UTC on June 1.
    Case("at 6:23 a.m. (2223 GMT) on June 2, 2024", None, ("2024-06-02T06:23+08:00",)),
    Case(
        "on August 21 or 22",
        "2023-08-20",
        ("2023-08-21[Europe/Moscow]", "2023-08-22[Europe/Moscow]"),
        MOSCOW,
    ),
    Case("in 2026 or 2027", "2025-03-01", ("2026[UTC]", "2027[UTC]"), UTC),
    Case(
        "between 2 and 3 p.m. Moscow time on August 19",
        SEED,
        ("2023-08-19T14:00+03:00[Europe/Moscow]", "2023-08-19T15:00+03:00[Europe/Moscow]"),
    ),
    # Artemis I's launch window of November 16, 2022 opened at 1:04 a.m. EST.
    Case(
        "1:04-3:04 a.m. EST on Nov. 16, 2022",
        None,
        ("2022-11-16T01:04-05:00[America/New_York]", "2022-11-16T03:04-05:00[America/New_York]"),
    ),
    Case(
        "before August 21",
        "2023-08-15",
        ("2023-08-20[Europe/Moscow][_qualifier=not_after]",),
        MOSCOW,
    ),
    Case("after 2026", "2025-03-01", ("2027[UTC][_qualifier=not_before]",), UTC),
    Case(
        "as early as Nov. 14",
        "2022-11-04",
        ("2022-11-14[America/New_York][_qualifier=not_before]",),
        NEW_YORK,
    ),
    Case("NET Q3 2026", "2025-06-01", ("2026-07[UTC][_qualifier=not_before]",), UTC),
    Case("in the second half of 2026", "2025-06-01", ("2026-07[UTC]", "2026-12[UTC]"), UTC),
    Case("in mid-August", "2025-01-01", ("2024-08[UTC][_approximate=true]",), UTC),
    # Chandrayaan-3's lander touched down at 6:04 p.m. IST on August 23, 2023.
    Case("at 6:04 this evening", "2023-08-23", ("2023-08-23T18:04+05:30[Asia/Kolkata]",), KOLKATA),
    # Shenzhou-15 lifted off at 11:08 p.m. Beijing time on Tuesday, November 29, 2022.
    Case(
        "on Tuesday night at 11:08 p.m. Beijing time",
        "2022-11-30",
        ("2022-11-29T23:08+08:00[Asia/Shanghai]",),
    ),
    Case("the day before yesterday", SEED, ("2023-08-19[Europe/Moscow]",), MOSCOW),
    # Danuri lifted off at 7:08 p.m. EDT on August 4, 2022: 8:08 a.m. KST on August 5.
    Case("at 8:08 a.m. KST on Friday", "2022-08-06", ("2022-08-05T08:08+09:00[Asia/Seoul]",)),
    # -- more wire forms: window brackets, relative years, offsets, restated zones ---------
    Case(
        "between 2 and 3 p.m. Moscow time (1100-1200 GMT) on August 16",
        SEED,
        ("2023-08-16T14:00+03:00[Europe/Moscow]", "2023-08-16T15:00+03:00[Europe/Moscow]"),
    ),
    # On January 9, 2024 NASA moved Artemis II to no earlier than September 2025.
    Case(
        "no earlier than September next year",
        "2024-01-09",
        ("2025-09[UTC][_qualifier=not_before]",),
        UTC,
    ),
    Case("in Q1 next year", "2023-12-27", ("2024-01[UTC]", "2024-03[UTC]"), UTC),
    # Chandrayaan-3 landed at 18:04 IST, 12:34 UTC, on August 23, 2023.
    Case("at 18:04 GMT+530 on August 23, 2023", None, ("2023-08-23T18:04+05:30",)),
    Case(
        "at 18:04 IST (UTC+5:30) on August 23, 2023",
        None,
        ("2023-08-23T18:04+05:30[Asia/Kolkata]",),
    ),
    Case("at 12h34 GMT on August 23, 2023", None, ("2023-08-23T12:34+00:00[UTC]",)),
    # Chang'e-6 lifted off at 17:27 Beijing time on May 3, 2024.
    Case(
        "at 17:27:10.5 Beijing Time (BJT) on May 3, 2024",
        None,
        ("2024-05-03T17:27:10+08:00[Asia/Shanghai]",),
    ),
    Case(
        "Aug. 24-Sept. 2",
        "2023-09-05",
        ("2023-08-24[Asia/Kolkata]", "2023-09-02[Asia/Kolkata]"),
        KOLKATA,
    ),
    Case(
        "in the last week of August",
        "2023-07-10",
        ("2023-08-25[Asia/Kolkata]", "2023-08-31[Asia/Kolkata]"),
        KOLKATA,
    ),
    Case("three days ago", "2023-08-22", ("2023-08-19[Europe/Moscow]",), MOSCOW),
    Case("in 2025 at the earliest", "2024-01-09", ("2025[UTC][_qualifier=not_before]",), UTC),
    Case(
        "on Wednesday next week",
        "2023-08-17",
        ("2023-08-23[Asia/Kolkata]",),
        KOLKATA,
    ),
    # -- outlet habits: negated bounds, years beside dates, places, ISRO and JAXA clocks ---
    Case("will not fly before 2027", "2023-08-21", ("2027[UTC][_qualifier=not_before]",), UTC),
    # Chang'e-4 landed on 3 January 2019, Beijing time.
    Case("on January 3 (2019)", "2024-06-03", ("2019-01-03[Asia/Shanghai]",), "Asia/Shanghai"),
    Case("on 3 Jan '19", "2024-06-03", ("2019-01-03[Asia/Shanghai]",), "Asia/Shanghai"),
    # SLIM touched down at 0:20 JST on 20 January 2024 (15:20 UTC on the 19th).
    Case("at 0:20 a.m. JST on January 20, 2024", None, ("2024-01-20T00:20+09:00[Asia/Tokyo]",)),
    Case(
        "at 12:20 a.m. Saturday in Japan",
        "2024-01-22",
        ("2024-01-20T00:20+09:00[Asia/Tokyo]",),
    ),
    Case("at 18:04 Hrs. IST on August 23, 2023", None, ("2023-08-23T18:04+05:30[Asia/Kolkata]",)),
    # Danuri lifted off at 8:08 a.m. KST on Friday 5 August 2022.
    Case(
        "at 8:08 a.m. Friday Korean time",
        "2022-08-06",
        ("2022-08-05T08:08+09:00[Asia/Seoul]",),
    ),
    # Nuri's third launch moved from 24 to 25 May 2023, 6:24 p.m. KST.
    Case(
        "would take place at 6:24 p.m. Thursday",
        "2023-05-24",
        ("2023-05-25T18:24+09:00[Asia/Seoul]",),
        "Asia/Seoul",
    ),
    Case("was postponed to Saturday", "2024-02-14", ("2024-02-17[Asia/Tokyo]",), "Asia/Tokyo"),
    # -- whole news sentences ----------------------------------------------------------
    Case(
        "The Soyuz-2.1b rocket carrying Luna-25 lifted off from Vostochny at 2:10 a.m. "
        "Moscow time on August 11.",
        SEED,
        ("2023-08-11T02:10+03:00[Europe/Moscow]",),
        note="vehicle and probe names hold digits that are not dates",
    ),
    Case(
        "Contact with Luna-25 was lost at about 14:57 Moscow time on Saturday.",
        SEED,
        ("2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]",),
    ),
    Case(
        "Luna-25 was slated to land on August 21 after entering lunar orbit on "
        "Wednesday, August 16.",
        SEED,
        ("2023-08-21[Europe/Moscow]", "2023-08-16[Europe/Moscow]"),
        MOSCOW,
    ),
    Case(
        "Roscosmos and the CNSA adopted a cooperation programme for 2023-2027 at the end "
        "of last year.",
        SEED,
        ("2023[Europe/Moscow]", "2027[Europe/Moscow]", "2022-12[Europe/Moscow][_approximate=true]"),
        MOSCOW,
    ),
    Case(
        "A roadmap for the lunar station was unveiled in June 2021.",
        SEED,
        ("2021-06[Europe/Moscow]",),
        MOSCOW,
    ),
    Case(
        "Chang'e-6 landed on June 2 and its ascender left the surface two days later at "
        "7:38 a.m. Beijing time.",
        "2024-06-05",
        ("2024-06-02[Asia/Shanghai]", "2024-06-04T07:38+08:00[Asia/Shanghai]"),
        note="the clock borrows June 2 and moves it by the days the sentence counts",
    ),
    Case(
        "In 1976, Luna-24 landed on August 18.",
        SEED,
        ("1976[Europe/Moscow]", "1976-08-18[Europe/Moscow]"),
        MOSCOW,
        note="a year that frames the sentence is its dates' year",
    ),
    Case(
        "Chandrayaan-3's lander touched down at 18:03 IST on Wednesday, August 23, 2023.",
        None,
        ("2023-08-23T18:03+05:30[Asia/Kolkata]",),
    ),
    Case(
        "SLIM reached the surface at 00:20 JST on January 20, four months after its launch "
        "on September 7.",
        "2024-01-22",
        ("2024-01-20T00:20+09:00[Asia/Tokyo]", "2023-09-07[Asia/Tokyo]"),
        TOKYO,
        note="'four months' is a duration, not a timestamp",
    ),
    Case(
        "Chang'e-6 launched on May 3 and landed on the far side at 06:23 Beijing time on June 2.",
        "2024-06-03",
        ("2024-05-03[Asia/Shanghai]", "2024-06-02T06:23+08:00[Asia/Shanghai]"),
        BEIJING,
    ),
    Case(
        "Artemis I lifted off at 1:47 a.m. EST on Wednesday, November 16, 2022, and "
        "splashed down at 9:40 a.m. PST on December 11.",
        "2022-12-12",
        (
            "2022-11-16T01:47-05:00[America/New_York]",
            "2022-12-11T09:40-08:00[America/Los_Angeles]",
        ),
    ),
    Case(
        "NASA now targets no earlier than April 2026 for Artemis II.",
        "2024-12-06",
        ("2026-04[America/New_York][_qualifier=not_before]",),
        NEW_YORK,
        note="'Artemis II' is a name",
    ),
    Case(
        "The Mars 2020 rover Perseverance landed at 3:55 p.m. EST on February 18, 2021.",
        None,
        ("2021-02-18T15:55-05:00[America/New_York]",),
        note="'Mars 2020' is a mission name, not a year",
    ),
    Case(
        "Progress MS-24 was not involved; the Soyuz MS-22 coolant leak began late on December 14.",
        "2022-12-16",
        ("2022-12-14[America/New_York][_approximate=true]",),
        NEW_YORK,
    ),
]


NOT_TIMESTAMPS: list[str] = [
    # Vehicle, spacecraft and mission names with digits
    "Soyuz-2.1b",
    "Luna-25",
    "Progress MS-24",
    "Soyuz MS-22",
    "Soyuz TMA-08M",
    "Chandrayaan-3",
    "Chang'e-6",
    "Shenzhou-17",
    "Tianzhou-6",
    "Long March 5",
    "Falcon 9",
    "Angara-A5",
    "Proton-M",
    "Apollo 11",
    "Artemis II",
    "STS-107",
    "Kosmos-2553",
    "GLONASS-K2",
    "Beidou-3",
    "Luna-26 and Luna-27",
    "the Mars 2020 rover",
    "Expedition 69",
    "Launch Complex 39B",
    # Orbits, distances, speeds
    "a 100 km orbit",
    "an 18 by 100 km elliptical orbit",
    "a 12-by-15-km landing ellipse",
    "at 1.7 km/s",
    "a 2.10-metre antenna",
    # Masses, money, counts, shares
    "2.1 billion rubles",
    "14.57 billion rubles",
    "$93 million per launch",
    "1.5 tonnes of propellant",
    "about 1,750 kilograms",
    "around 20 satellites",
    "up to 30 percent",
    # Durations that look like clocks
    "a 15-minute engine burn",
    "an 84-second braking burn",
    "11.08 hours of telemetry",
    # Quantities and countdowns beside numbers shaped like years and clocks
    "an altitude of 2000 km",
    "at 11.08 km/s",
    "at T-minus 10:00",
    "at MET 00:02:41",
    "one or two days",
    # Versions and scores
    "version 2.3.1",
    "Python 3.10",
    "a 3:1 vote",
]


INVALID: list[tuple[str, str | None, str]] = [
    # -- empty: nothing but whitespace -------------------------------------------------
    ("", None, "empty"),
    (" ", None, "empty"),
    ("\t\n", None, "empty"),
    ("   \n  ", "2023-08-21", "empty"),
    # -- unknown_word: a timestamp with a word nobody accounts for ---------------------
    ("at 2:10 a.m. Moscow time on Smarch 11, 2023", None, "unknown_word"),
    ("at 2:10 a.m. Moscow time on Augst 11, 2023", None, "unknown_word"),
    ("at 2:10 a.m. Moscow time on August 11, 2023, allegedly", None, "unknown_word"),
    ("at 14:57 MSK on August 19, 2023, give or take", None, "unknown_word"),
    # -- unknown_zone: a zone slot holding no zone we know -----------------------------
    ("at 2:10 a.m. Mars time on August 11, 2023", None, "unknown_zone"),
    ("at 14:57 Lunar time on August 19, 2023", None, "unknown_zone"),
    ("at 14:57 Atlantis time on August 19, 2023", None, "unknown_zone"),
    ("at 14:57 Gotham time on August 19, 2023", None, "unknown_zone"),
    ("at 14:57 UTC+25:00 on August 19, 2023", None, "unknown_zone"),
    ("at 14:57 GMT+31 on August 19, 2023", None, "unknown_zone"),
    ("at 3:53 p.m. Mars time on February 18, 2021", None, "unknown_zone"),
    ("at 08:08 PKT on August 5, 2022", None, "unknown_zone"),
    ("at 14:57 (Lunar time) on August 19, 2023", None, "unknown_zone"),
    # -- impossible_date: no such day or clock -----------------------------------------
    ("at 10:00 UTC on February 30, 2023", None, "impossible_date"),
    ("on February 29, 2023, Moscow time", None, "impossible_date"),
    ("on April 31, 2024, Beijing time", None, "impossible_date"),
    ("at 10:00 UTC on 32 August 2023", None, "impossible_date"),
    ("at 10:00 UTC on 30.02.2024", None, "impossible_date"),
    ("2023-02-29 10:00 UTC", None, "impossible_date"),
    ("at 14:57 UTC on June 31", "2024-06-20", "impossible_date"),
    ("at 25:10 Moscow time on August 11, 2023", None, "impossible_date"),
    ("at 13:70 GMT on August 19, 2023", None, "impossible_date"),
    ("at 23:59:60 UTC on December 31, 2016", None, "impossible_date"),
    # -- weekday_mismatch: the weekday contradicts the date ----------------------------
    ("on Saturday, August 21, 2023, Moscow time", None, "weekday_mismatch"),
    ("at 2:10 a.m. Moscow time on Thursday, August 11, 2023", None, "weekday_mismatch"),
    ("at 14:57 MSK on Tuesday, August 16", "2023-08-21", "weekday_mismatch"),
    ("at 00:20 JST on Friday, January 20, 2024", None, "weekday_mismatch"),
    ("at 18:03 IST on Tuesday, 23 August 2023", None, "weekday_mismatch"),
    # -- conversion_mismatch: a bracketed second reading of another moment -------------
    ("at about 2:57 p.m. Moscow time (1257 GMT) on August 19, 2023", None, "conversion_mismatch"),
    ("at 9:40 a.m. PST (1640 GMT) on December 11, 2022", None, "conversion_mismatch"),
    (
        "at 23:10 GMT (02:10 Moscow time on August 12) on August 10, 2023",
        None,
        "conversion_mismatch",
    ),
    # -- out_of_range: a relative date outside the years a timestamp may name -----------
    ("tomorrow at 14:00 UTC", "9998-12-31", "out_of_range"),
    ("at noon Moscow time yesterday", "0002-01-01", "out_of_range"),
    ("next year, Beijing time", "9998-08-21", "out_of_range"),
    # -- no_reference: relative to a publication date nobody gave ----------------------
    ("at 2:10 a.m. Moscow time on August 11", None, "no_reference"),
    ("About 2:57 p.m. Moscow time on Saturday", None, "no_reference"),
    ("yesterday at 14:57 Moscow time", None, "no_reference"),
    ("today at 17:27 Beijing time", None, "no_reference"),
    ("at 14:57 MSK on December 29", None, "no_reference"),
    # -- no_zone: a clock or date in no zone, and no default zone ----------------------
    ("at 2:10 a.m. on August 11, 2023", "2023-08-21", "no_zone"),
    ("on August 16, 2023", "2023-08-21", "no_zone"),
    ("in June 2021", "2023-08-21", "no_zone"),
    ("yesterday", "2023-08-20", "no_zone"),
    ("at 14:57 on Saturday", "2023-08-21", "no_zone"),
    ("2023-08-10T23:10:57", None, "no_zone"),
    # -- ambiguous_date: day and month could swap, or an exact tie with no tense -------
    ("at 10:00 UTC on 11.08.2023", None, "ambiguous_date"),
    ("at 10:00 UTC on 05.06.2024", None, "ambiguous_date"),
    ("03/05/2024 at 09:00 UTC", None, "ambiguous_date"),
    ("on 07.09.2023, Japan time", None, "ambiguous_date"),
    ("at 17:27 Beijing time on May 3", "2023-11-02", "ambiguous_date"),
    ("at 06:23 Beijing time on June 2", "2023-12-02", "ambiguous_date"),
    # -- ambiguous_time: a wall clock the fall-back repeats ----------------------------
    ("at 2:30 a.m. Moscow time on October 31, 2010", None, "ambiguous_time"),
    ("at 1:30 a.m. Moscow time on October 26, 2014", None, "ambiguous_time"),
    ("at 1:30 a.m. ET on November 5, 2023", None, "ambiguous_time"),
    ("at 01:15 ET on November 6, 2022", None, "ambiguous_time"),
    # -- nonexistent_time: a wall clock the spring-forward skips -----------------------
    ("at 2:30 a.m. Moscow time on March 28, 2010", None, "nonexistent_time"),
    ("at 2:30 a.m. Moscow time on March 27, 2011", None, "nonexistent_time"),
    ("at 2:15 a.m. ET on March 10, 2024", None, "nonexistent_time"),
    ("at 02:30 ET on March 12, 2023", None, "nonexistent_time"),
    # -- multiple_timestamps: one was expected -----------------------------------------
    ("On August 12 and 14, 2023, Moscow time", None, "multiple_timestamps"),
    ("between August 12 and 14, 2023 (UTC)", None, "multiple_timestamps"),
    ("on 3, 5 and 10 September 2023 IST", None, "multiple_timestamps"),
    (
        "at 17:27 Beijing time on May 3, 2024 and at 06:23 on June 2, 2024",
        None,
        "multiple_timestamps",
    ),
    ("for 2023-2027, Moscow time", None, "multiple_timestamps"),
    # -- no_timestamp: text with nothing to read ---------------------------------------
    ("Moscow time", None, "no_timestamp"),
    ("at", None, "no_timestamp"),
    ("UTC", "2023-08-21", "no_timestamp"),
    ("Luna-25", "2023-08-21", "no_timestamp"),
    ("Soyuz-2.1b", None, "no_timestamp"),
    ("2.1 billion rubles", None, "no_timestamp"),
]
