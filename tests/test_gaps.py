"""Five gaps the parser and extractor left open, each closed and pinned by a table.

1. An unknown zone word is ``unknown_zone`` in every entry point, with or without
   ``default_tz``; ``no_zone`` stays for text that names no zone at all.
2. "about" before a clock with a parenthetical second reading ("about 2:57 p.m.
   Moscow time (1157 GMT)") keeps ``approximate``, and the two readings must agree.
3. Relative words near the ends of the calendar raise ``out_of_range``, never a
   stray ``OverflowError`` and never a timestamp outside ``MIN_YEAR``..``MAX_YEAR``.
4. A weekday that contradicts its date: the strict functions refuse it,
   ``find_timestamps`` keeps the date and flags it, and an extracted timeline's
   ``validate()`` reports it.
5. Datelines written with typographic dashes, quotes and spaces read like their
   ASCII twins.

The phrases are written for these tests; the events and their times are real.
"""

from __future__ import annotations

from datetime import date

import pytest
from checks import result_or_error
from hypothesis import given, settings
from hypothesis import strategies as st

import lunamission as lm
from lunamission.extract.dateline import find_dateline
from lunamission.timestamp import MAX_YEAR, MIN_YEAR

# == gap 1: unknown zone words ===============================================================

# (phrase, reference, the words the caret must sit under)
UNKNOWN_ZONES = [
    # -- an unknown abbreviation right after a 24-hour clock ---------------------------------
    ("at 14:00 XYZ on August 11, 2023", None, "XYZ"),
    ("The probe left orbit at 08:08 PKT on August 5, 2022.", None, "PKT"),
    # -- an unknown abbreviation after a 12-hour clock (no new sentence after "a.m.") --------
    ("The probe left orbit at 8:08 a.m. PKT on August 5, 2022.", None, "PKT"),
    ("at 18:44 CST on September 15, 2023", None, "CST"),
    # -- "<Name> time" after a 12-hour clock (no new sentence after "p.m.") -----------------
    ("Perseverance landed at 3:53 p.m. Mars time on February 18, 2021.", None, "Mars time"),
    ("at 2:10 a.m. Vostochny time on August 11, 2023", None, "Vostochny time"),
    ("at 2 p.m. Lunar time on August 19", "2023-08-21", "Lunar time"),
    # -- "<Name> time" in brackets after the clock -------------------------------------------
    ("at 14:57 (Mars time) on August 19, 2023", None, "Mars time"),
    ("at 2:57 p.m. (Gotham time) on August 19, 2023", None, "Gotham time"),
    # -- the form that already worked, kept as a guard ---------------------------------------
    ("at 14:00 Mars time on August 11, 2023", None, "Mars time"),
]
_UNKNOWN_IDS = [row[0][:40] for row in UNKNOWN_ZONES]


@pytest.mark.parametrize("default_tz", [None, "UTC", "Europe/Moscow"])
@pytest.mark.parametrize(("phrase", "reference", "words"), UNKNOWN_ZONES, ids=_UNKNOWN_IDS)
def test_unknown_zone_words_are_unknown_zone_in_strict_functions(
    phrase: str, reference: str | None, words: str, default_tz: str | None
) -> None:
    for parse in (lm.parse_timestamps, lm.parse_timestamp):
        if parse is lm.parse_timestamp and phrase.endswith("."):
            continue  # a whole sentence is no timestamp on its own
        with pytest.raises(lm.TimestampError) as info:
            parse(phrase, reference=reference, default_tz=default_tz)
        err = info.value
        assert err.code == "unknown_zone"
        assert err.span is not None and phrase[err.span[0] : err.span[1]] == words


@pytest.mark.parametrize("default_tz", [None, "UTC"])
@pytest.mark.parametrize(("phrase", "reference", "words"), UNKNOWN_ZONES, ids=_UNKNOWN_IDS)
def test_unknown_zone_words_are_never_read_in_the_default_zone(
    phrase: str, reference: str | None, words: str, default_tz: str | None
) -> None:
    matches = lm.find_timestamps(phrase, reference=reference, default_tz=default_tz)
    # The clock beside the unknown zone is no timestamp; a date elsewhere still may be.
    assert all(ts.precision.rank <= lm.Precision.DAY.rank for m in matches for ts in m.timestamps)
    assert all(words not in m.text for m in matches)


# (phrase, reference, default_tz, code): text that names no zone keeps no_zone
NO_ZONE = [
    ("at 14:00 on August 11, 2023", None, None, "no_zone"),
    ("at 2 p.m. on August 19", "2023-08-21", None, "no_zone"),
    ("at 2:10 a.m. local time on August 11, 2023", None, None, "no_zone"),
    ("at 14:00 on August 11, 2023", None, "UTC", None),
    ("at 14:00 this time on August 11, 2023", None, "UTC", None),
]


@pytest.mark.parametrize(
    ("phrase", "reference", "default_tz", "code"), NO_ZONE, ids=[r[0] for r in NO_ZONE]
)
def test_text_naming_no_zone_keeps_no_zone(
    phrase: str, reference: str | None, default_tz: str | None, code: str | None
) -> None:
    if code is None:
        assert lm.parse_timestamps(phrase, reference=reference, default_tz=default_tz)
        return
    with pytest.raises(lm.TimestampError) as info:
        lm.parse_timestamps(phrase, reference=reference, default_tz=default_tz)
    assert info.value.code == code


# == gap 2: "about" before a clock with a parenthetical second reading ======================

# (phrase, reference, the one timestamp, the zone of the parenthetical)
CONVERSIONS = [
    # -- "about" and its synonyms are kept --------------------------------------------------
    ("at about 2:57 p.m. Moscow time (1157 GMT) on August 19, 2023", None,
     "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]", "UTC"),
    ("around 4:04 p.m. EST (2104 GMT) on Jan. 18, 2024", None,
     "2024-01-18T16:04-05:00[America/New_York][_approximate=true]", "UTC"),
    ("approximately 9:40 a.m. PST (1740 GMT) on December 11, 2022", None,
     "2022-12-11T09:40-08:00[America/Los_Angeles][_approximate=true]", "UTC"),
    ("About 2:57 p.m. Moscow time (1157 GMT) on Saturday", "2023-08-21",
     "2023-08-19T14:57+03:00[Europe/Moscow][_approximate=true]", "UTC"),
    ("at about 6 p.m. IST (1230 GMT) on August 23, 2023", None,
     "2023-08-23T18+05:30[Asia/Kolkata][_approximate=true]", "UTC"),
    # -- without a hedge: one timestamp, in the zone the text led with -----------------------
    ("at 9:40 a.m. PST (1740 GMT) on Sunday", "2022-12-11",
     "2022-12-11T09:40-08:00[America/Los_Angeles]", "UTC"),
    ("at 2:10 a.m. Moscow time (2310 GMT) on August 11, 2023", None,
     "2023-08-11T02:10+03:00[Europe/Moscow]", "UTC"),
    ("at 6:23 p.m. EST (23:23 UTC) on February 22, 2024", None,
     "2024-02-22T18:23-05:00[America/New_York]", "UTC"),
    ("at 00:20 JST (15:20 GMT) on January 20, 2024", None,
     "2024-01-20T00:20+09:00[Asia/Tokyo]", "UTC"),
    # -- the second reading with a date of its own ------------------------------------------
    ("on August 10, 2023 at 23:10 GMT (02:10 Moscow time on August 11)", None,
     "2023-08-10T23:10+00:00[UTC]", "Europe/Moscow"),
    ("at 06:23 Beijing time (2223 GMT on June 1) on June 2, 2024", None,
     "2024-06-02T06:23+08:00[Asia/Shanghai]", "UTC"),
]  # fmt: skip
_CONVERSION_IDS = [row[0][:48] for row in CONVERSIONS]


@pytest.mark.parametrize(("phrase", "reference", "iso", "zone"), CONVERSIONS, ids=_CONVERSION_IDS)
def test_a_parenthetical_second_reading_gives_one_timestamp(
    phrase: str, reference: str | None, iso: str, zone: str
) -> None:
    assert lm.parse_timestamp(phrase, reference=reference).isoformat() == iso
    assert [ts.isoformat() for ts in lm.parse_timestamps(phrase, reference=reference)] == [iso]


@pytest.mark.parametrize(("phrase", "reference", "iso", "zone"), CONVERSIONS, ids=_CONVERSION_IDS)
def test_find_timestamps_gives_one_match_naming_both_zones(
    phrase: str, reference: str | None, iso: str, zone: str
) -> None:
    sentence = f"The probe's engine cut off {phrase}, the agency said."
    (match,) = lm.find_timestamps(sentence, reference=reference, default_tz="UTC")
    assert [ts.isoformat() for ts in match.timestamps] == [iso]
    assert match.conversion_zone == zone
    assert match.zone_from == "text"
    assert match.text == phrase.removeprefix("at ").removeprefix("on ")


# (phrase, code, the readings' wording the error must sit under)
DISAGREEING = [
    # -- a parenthetical that names another moment ------------------------------------------
    ("at about 2:57 p.m. Moscow time (1257 GMT) on August 19, 2023", "conversion_mismatch"),
    ("at 2:10 a.m. Moscow time (2210 GMT) on August 11, 2023", "conversion_mismatch"),
    ("at 9:40 a.m. PST (1740 EST) on December 11, 2022", "conversion_mismatch"),
    ("on August 10, 2023 at 23:10 GMT (02:10 Moscow time on August 12)", "conversion_mismatch"),
    ("at about 6 p.m. IST (1330 GMT) on August 23, 2023", "conversion_mismatch"),
    # -- a parenthetical whose abbreviation the date contradicts -----------------------------
    ("at 2:57 p.m. Moscow time (0757 EST) on August 19, 2023", "zone_mismatch"),
]


@pytest.mark.parametrize(("phrase", "code"), DISAGREEING, ids=[r[0][:48] for r in DISAGREEING])
def test_a_parenthetical_that_disagrees_is_reported(phrase: str, code: str) -> None:
    for parse in (lm.parse_timestamp, lm.parse_timestamps):
        with pytest.raises(lm.TimestampError) as info:
            parse(phrase)
        assert info.value.code == code
        assert info.value.span is not None
        start, end = info.value.span
        assert "(" in phrase[start:end] or code == "zone_mismatch"
    # find_timestamps is never sure of either reading: it reports neither.
    assert lm.find_timestamps(phrase, default_tz="UTC") == []


def test_a_parenthetical_after_a_clock_that_names_no_zone_fixes_its_offset() -> None:
    # No zone for the first reading: the UTC bracket says which offset its clock is at
    # (reading the bracket on the first reading's day would be a day off at times).
    found = lm.find_timestamps("It fired at 2:57 p.m. (1157 GMT) on August 19, 2023.")
    assert [ts.isoformat() for m in found for ts in m.timestamps] == ["2023-08-19T14:57+03:00"]
    assert found[0].conversion_zone == "UTC"


def test_the_hedge_reaches_the_extracted_event() -> None:
    text = (
        "WASHINGTON, Jan 19 (Reuters) - The Peregrine lander re-entered the atmosphere at about "
        "4:04 p.m. EST (2104 GMT) on Jan. 18, Astrobotic said. It lifted off on Jan. 8."
    )
    tl = lm.extract_timeline(text, published="2024-01-19")
    whens = {ev.kind.value: ev.when.isoformat() if ev.when else None for ev in tl}
    assert whens["deorbit"] == "2024-01-18T16:04-05:00[America/New_York][_approximate=true]"
    # GMT, named last, is the article's zone for the dates that name none.
    assert whens["launch"] == "2024-01-08[UTC]"


# == gap 3: relative words at the ends of the calendar =======================================

# (phrase, reference): each would fall outside MIN_YEAR..MAX_YEAR
OUT_OF_RANGE = [
    # -- past the last year: the reference in MAX_YEAR or in the year after ------------------
    ("tomorrow", "9998-12-31"),
    ("tomorrow", "9999-12-31"),
    ("next year", "9998-06-01"),
    ("next month", "9998-12-15"),
    ("next Saturday", "9999-12-31"),
    ("later this week", "9999-12-31"),
    ("earlier this week", "9999-12-31"),
    ("January 1", "9998-12-31"),
    ("on December 31", "9999-12-31"),
    ("at 2:10 a.m. Moscow time tomorrow", "9998-12-31"),
    # -- before the first year: the reference in MIN_YEAR or in the year before ---------------
    ("yesterday", "0002-01-01"),
    ("yesterday", "0001-01-01"),
    ("last year", "0002-06-01"),
    ("last month", "0002-01-15"),
    ("last Saturday", "0001-01-01"),
    ("December 31", "0002-01-01"),
    ("on January 1", "0001-01-01"),
    ("tomorrow", "0001-01-01"),
    ("earlier this week", "0002-01-06"),  # a Sunday: its week's Monday is in year 1
    # -- an all-number date with a year no timestamp may name ------------------------------
    ("on 9999-08-19", "2023-08-21"),
    ("on 19.08.0001", "2023-08-21"),
    ("12/31/9999", "2023-08-21"),
]


@pytest.mark.parametrize("default_tz", ["UTC", "Pacific/Kiritimati", "America/New_York"])
@pytest.mark.parametrize(
    ("phrase", "reference"), OUT_OF_RANGE, ids=[f"{p} @{r}" for p, r in OUT_OF_RANGE]
)
def test_relative_words_past_the_calendar_are_out_of_range(
    phrase: str, reference: str, default_tz: str
) -> None:
    for parse in (lm.parse_timestamp, lm.parse_timestamps):
        with pytest.raises(lm.TimestampError) as info:
            parse(phrase, reference=reference, default_tz=default_tz)
        err = info.value
        assert err.code == "out_of_range"
        assert err.span is not None and err.span[0] < err.span[1]
        assert err.text == phrase
    assert lm.find_timestamps(phrase, reference=reference, default_tz=default_tz) == []


# (phrase, reference, expected): the last and first days that still fit
AT_THE_EDGE = [
    ("today", "9998-12-31", "9998-12-31[UTC]"),
    ("tomorrow", "9998-12-30", "9998-12-31[UTC]"),
    ("this year", "9998-12-31", "9998[UTC]"),
    ("later this year", "9998-03-01", "9998-12-31[UTC][_qualifier=not_after]"),
    ("yesterday", "0002-01-02", "0002-01-01[UTC]"),
    ("this month", "0002-01-31", "0002-01[UTC]"),
    ("earlier this week", "0002-01-10", "0002-01-07[UTC][_qualifier=not_before]"),
]


@pytest.mark.parametrize(
    ("phrase", "reference", "iso"), AT_THE_EDGE, ids=[f"{p} @{r}" for p, r, _ in AT_THE_EDGE]
)
def test_relative_words_at_the_edge_of_the_calendar(phrase: str, reference: str, iso: str) -> None:
    assert lm.parse_timestamp(phrase, reference=reference, default_tz="UTC").isoformat() == iso


RELATIVE_WORDS = [
    "yesterday", "today", "tomorrow", "last year", "next year", "this year", "last month",
    "next month", "this month", "last week", "next week", "this week", "earlier this week",
    "later this week", "earlier this month", "later this month", "earlier this year",
    "later this year", "last Saturday", "next Saturday", "this Saturday", "Saturday",
    "on Monday", "December 31", "January 1", "February 29", "the end of the year",
    "by the end of next year", "at 23:59 UTC tomorrow", "at 00:01 Moscow time yesterday",
    "at midnight tomorrow", "about 2 p.m. yesterday", "NET next month", "in June",
    "on 9999-12-31", "0001-01-01T00:00Z", "31.12.9998", "from December 30 to January 2",
]  # fmt: skip
near_the_ends = st.one_of(
    st.dates(date(1, 1, 1), date(MIN_YEAR + 1, 12, 31)),
    st.dates(date(MAX_YEAR - 1, 1, 1), date(9999, 12, 31)),
)
edge_zones = st.sampled_from(
    ["UTC", "Pacific/Kiritimati", "Etc/GMT+12", "America/New_York", "Europe/Moscow", "+05:30"]
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(RELATIVE_WORDS), min_size=1, max_size=3).map(", and ".join),
    near_the_ends,
    edge_zones,
)
def test_relative_words_near_the_ends_raise_only_timestamp_error(
    text: str, reference: date, default_tz: str
) -> None:
    result = result_or_error(
        text, lambda t: lm.parse_timestamps(t, reference=reference, default_tz=default_tz)
    )
    if not isinstance(result, lm.TimestampError):
        for ts in result:
            assert MIN_YEAR <= ts.local.year <= MAX_YEAR
            assert ts.earliest < ts.latest  # the interval is computable
            assert lm.Timestamp.from_iso(ts.isoformat()) == ts
    for match in lm.find_timestamps(text, reference=reference, default_tz=default_tz):
        assert all(MIN_YEAR <= ts.local.year <= MAX_YEAR for ts in match.timestamps)


# == gap 4: a weekday that contradicts its date ==============================================

# (phrase, reference, default_tz, the date as written, the weekday stated: Monday = 0)
WRONG_WEEKDAYS = [
    ("on Saturday, August 20, 2023", None, "UTC", "2023-08-20[UTC]", 5),
    ("at 2:10 a.m. Moscow time on Thursday, August 11, 2023", None, None,
     "2023-08-11T02:10+03:00[Europe/Moscow]", 3),
    ("on Monday, August 19", "2023-08-21", "Europe/Moscow", "2023-08-19[Europe/Moscow]", 0),
    ("Sat., Sept. 15", "2023-09-16", "UTC", "2023-09-15[UTC]", 5),
    ("at 00:20 JST on Friday, January 20, 2024", None, None,
     "2024-01-20T00:20+09:00[Asia/Tokyo]", 4),
]  # fmt: skip
_WEEKDAY_IDS = [row[0] for row in WRONG_WEEKDAYS]


@pytest.mark.parametrize(
    ("phrase", "reference", "default_tz", "iso", "weekday"), WRONG_WEEKDAYS, ids=_WEEKDAY_IDS
)
def test_strict_functions_refuse_a_wrong_weekday(
    phrase: str, reference: str | None, default_tz: str | None, iso: str, weekday: int
) -> None:
    for parse in (lm.parse_timestamp, lm.parse_timestamps):
        with pytest.raises(lm.TimestampError) as info:
            parse(phrase, reference=reference, default_tz=default_tz)
        assert info.value.code == "weekday_mismatch"


@pytest.mark.parametrize(
    ("phrase", "reference", "default_tz", "iso", "weekday"), WRONG_WEEKDAYS, ids=_WEEKDAY_IDS
)
def test_find_timestamps_keeps_the_date_and_flags_the_weekday(
    phrase: str, reference: str | None, default_tz: str | None, iso: str, weekday: int
) -> None:
    sentence = f"Officials said the probe fired its engine {phrase}."
    (match,) = lm.find_timestamps(sentence, reference=reference, default_tz=default_tz)
    assert [ts.isoformat() for ts in match.timestamps] == [iso]
    assert match.weekday == weekday
    assert match.weekday_mismatch


# (phrase, reference, default_tz, the weekday stated)
RIGHT_WEEKDAYS = [
    ("on Wednesday, August 16, 2023", None, "UTC", 2),
    ("at 00:20 JST on Saturday, January 20, 2024", None, None, 5),
    ("on Saturday", "2023-08-21", "UTC", 5),
    ("on August 16", "2023-08-21", "UTC", None),
]


@pytest.mark.parametrize(
    ("phrase", "reference", "default_tz", "weekday"),
    RIGHT_WEEKDAYS,
    ids=[r[0] for r in RIGHT_WEEKDAYS],
)
def test_a_weekday_that_fits_is_no_mismatch(
    phrase: str, reference: str | None, default_tz: str | None, weekday: int | None
) -> None:
    (match,) = lm.find_timestamps(phrase, reference=reference, default_tz=default_tz)
    assert match.weekday == weekday
    assert not match.weekday_mismatch


def test_an_extracted_wrong_weekday_is_a_validate_finding() -> None:
    text = (
        "MOSCOW, August 21. /TASS/. The Luna-25 probe entered a near-lunar orbit on Tuesday, "
        "August 16, and was due to land on August 21."
    )
    tl = lm.extract_timeline(text, published="2023-08-21")
    orbit = tl.first("orbit_insertion")
    assert orbit is not None and orbit.when is not None
    assert orbit.when.isoformat() == "2023-08-16[Europe/Moscow]"  # the date as written
    assert orbit.source is not None and orbit.source.stated_weekday == 1  # Tuesday
    findings = tl.validate()
    assert [(f.code, f.event_ids) for f in findings] == [("weekday_mismatch", (orbit.id,))]


def test_an_extracted_right_weekday_is_no_finding() -> None:
    text = (
        "MOSCOW, August 21. /TASS/. The Luna-25 probe entered a near-lunar orbit on Wednesday, "
        "August 16."
    )
    tl = lm.extract_timeline(text, published="2023-08-21")
    (orbit,) = tl
    assert orbit.source is not None and orbit.source.stated_weekday == 2
    assert tl.validate() == []


# == gap 5: datelines in typographic dress ===================================================

BODY = "The Luna-25 probe crashed into the Moon on Saturday."

# (id, the dateline as typeset, its ASCII twin)
TYPOGRAPHIC = [
    # -- dashes after the agency ----------------------------------------------------------
    ("en dash", "MOSCOW, August 21. /TASS/ – ", "MOSCOW, August 21. /TASS/ - "),
    ("em dash", "MOSCOW, August 21. /TASS/ — ", "MOSCOW, August 21. /TASS/ - "),
    ("figure dash", "MOSCOW, Aug 20 (Reuters) ‒ ", "MOSCOW, Aug 20 (Reuters) - "),
    ("hyphen", "MOSCOW, Aug 20 (Reuters) ‐ ", "MOSCOW, Aug 20 (Reuters) - "),
    ("no-break hyphen", "MOSCOW, Aug 20 (Reuters) ‑ ", "MOSCOW, Aug 20 (Reuters) - "),
    ("minus", "MOSCOW, Aug 20 (Reuters) − ", "MOSCOW, Aug 20 (Reuters) - "),
    ("horizontal bar", "MOSCOW, Aug 20 (Reuters) ― ", "MOSCOW, Aug 20 (Reuters) - "),
    ("two en dashes", "MOSCOW, Aug 20 (Reuters) –– ", "MOSCOW, Aug 20 (Reuters) -- "),
    ("two em dashes", "MOSCOW, Aug 20 (Reuters) —— ", "MOSCOW, Aug 20 (Reuters) -- "),
    ("dash, no agency", "MOSCOW, Aug 20 – ", "MOSCOW, Aug 20 - "),
    # -- spaces that do not break ----------------------------------------------------------
    ("no-break spaces", "MOSCOW,\u00a0August\u00a021. /TASS/. ", "MOSCOW, August 21. /TASS/. "),
    (
        "narrow no-break",
        "MOSCOW, Aug\u202f20\u00a0(Reuters)\u00a0–\u00a0",
        "MOSCOW, Aug 20 (Reuters) - ",
    ),
    ("no-break in city", "NEW\u00a0DELHI, Aug 23 (PTI): ", "NEW DELHI, Aug 23 (PTI): "),
    ("thin spaces", "MOSCOW,\u2009Aug\u200920 (Reuters) - ", "MOSCOW, Aug 20 (Reuters) - "),
    # -- apostrophes and quotes ------------------------------------------------------------
    ("right quote", "XI’AN, Aug 20 (Xinhua) -- ", "XI'AN, Aug 20 (Xinhua) -- "),
    ("left quote", "XI‘AN, Aug 20 (Xinhua) -- ", "XI'AN, Aug 20 (Xinhua) -- "),
    ("modifier apostrophe", "XIʼAN, Aug 20 (Xinhua) – ", "XI'AN, Aug 20 (Xinhua) - "),
    ("curly quote after", "MOSCOW, August 21. /TASS/. “", 'MOSCOW, August 21. /TASS/. "'),
    # -- full-width brackets and slashes ---------------------------------------------------
    ("full-width slashes", "MOSCOW, August 21. ／TASS／. ", "MOSCOW, August 21. /TASS/. "),
    ("full-width brackets", "BEIJING, Aug 19 （Xinhua） -- ", "BEIJING, Aug 19 (Xinhua) -- "),
]
_TYPO_IDS = [row[0] for row in TYPOGRAPHIC]
_TYPO_ROWS = [row[1:] for row in TYPOGRAPHIC]


def _parts(dl: object) -> tuple[object, ...]:
    assert dl is not None
    return (dl.zone, dl.publisher, dl.month, dl.day, dl.year, dl.start, dl.end, dl.date_span)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("typeset", "plain"), _TYPO_ROWS, ids=_TYPO_IDS)
def test_typographic_dateline_reads_like_its_ascii_twin(typeset: str, plain: str) -> None:
    assert len(typeset) == len(plain)  # the twins line up character for character
    fancy, ascii_dl = find_dateline(typeset + BODY), find_dateline(plain + BODY)
    assert fancy is not None and ascii_dl is not None
    assert _parts(fancy) == _parts(ascii_dl)
    assert (typeset + BODY)[fancy.end :].lstrip('“"') == BODY


@pytest.mark.parametrize(("typeset", "plain"), _TYPO_ROWS, ids=_TYPO_IDS)
def test_typographic_dateline_extracts_like_its_ascii_twin(typeset: str, plain: str) -> None:
    def events(text: str) -> list[tuple[object, ...]]:
        tl = lm.extract_timeline(text, published="2023-08-21")
        return [
            (ev.kind, ev.when, ev.source.publisher, ev.source.zone_rule)
            for ev in tl
            if ev.source is not None
        ]

    got = events(typeset + BODY)
    assert got == events(plain + BODY)
    assert got and got[0][3] == "dateline"


CITIES = [
    ("NEW\u00a0DELHI, Aug 23 (PTI): ", "NEW DELHI"),
    ("XI’AN, Aug 20 (Xinhua) -- ", "XI’AN"),
    ("MOSCOW,\u00a0August\u00a021. /TASS/. ", "MOSCOW"),
]


@pytest.mark.parametrize(("typeset", "city"), CITIES, ids=[c for _, c in CITIES])
def test_the_city_keeps_its_letters_and_plain_spaces(typeset: str, city: str) -> None:
    dl = find_dateline(typeset + BODY)
    assert dl is not None and dl.city == city
