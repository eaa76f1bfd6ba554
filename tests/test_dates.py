"""Date mentions and their values, on sentences written for these tests (reference date Friday 2025-12-05)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.analyse import date_patterns, dates, sentences
from newsfacts.pipeline import default_stages, process_batch
from newsfacts.records import Article, Source

REF = "2025-12-05"  # a Friday


def found(text: str, published: str | None = REF):
    (a,) = process_batch([Article(id="x", source=Source(), text=text, published=published)],
                         stages=(sentences.STAGE, dates.STAGE))
    for d in a.dates:
        assert text[d.start:d.end] == d.text
        assert d.extractor == dates.EXTRACTOR
    return a.dates


def one(text: str, phrase: str, published: str | None = REF):
    hits = [d for d in found(text, published) if d.text == phrase]
    assert hits, f"{phrase!r} not found in {[d.text for d in found(text, published)]}"
    return hits[0]


CASES = [
    # sentence, the date phrase, value, precision
    ("The ministry said on Friday that the camp was closed.", "Friday", "2025-12-05", "day"),
    ("Officials met Tuesday to discuss the convoy.", "Tuesday", "2025-12-02", "day"),
    ("Protesters gathered outside the consulate last weekend.", "last weekend", "2025-W48-WE", "weekend"),
    ("Aid deliveries fell sharply last month.", "last month", "2025-11", "month"),
    ("The agency recorded 4,000 arrivals last year.", "last year", "2024", "year"),
    ("The envoy arrived this week for talks.", "this week", "2025-W49", "week"),
    ("The new camp will open next month.", "next month", "2026-01", "month"),
    ("Until November last year, the border stayed open.", "November last year", "2024-11", "month"),
    ("More than 650,000 people have returned since last year.", "since last year", "2024/..", "interval"),
    ("The rules changed in 2021 after the takeover.", "2021", "2021", "year"),
    ("The deadline is Dec. 5 for all applicants.", "Dec. 5", "2025-12-05", "day"),
    ("The report was published on 5 December 2025 in Geneva.", "5 December 2025", "2025-12-05", "day"),
    ("Prices rose in December 2025 across the region.", "December 2025", "2025-12", "month"),
    ("The town grew quickly in the 1990s.", "the 1990s", "199", "decade"),
    ("The minister resigned yesterday.", "yesterday", "2025-12-04", "day"),
    ("The court rules today on the appeal.", "today", "2025-12-05", "day"),
    ("Shelling resumed on Thursday morning near the river.", "Thursday morning", "2025-12-04", "day"),
    ("The floods struck three days ago.", "three days ago", "2025-12-02", "day"),
    ("Fighting broke out two weeks ago.", "two weeks ago", "2025-W47", "week"),
    ("The talks will resume on Monday.", "Monday", "2025-12-08", "day"),
    ("The dam burst last Friday.", "last Friday", "2025-11-28", "day"),
    ("The clinic closed last summer.", "last summer", "2025-SU", "season"),
    ("Profits fell in the third quarter.", "the third quarter", "2025-Q3", "quarter"),
    ("Refugees have crossed the border since 2019.", "since 2019", "2019/..", "interval"),
    ("The ceasefire held over the weekend.", "the weekend", "2025-W48-WE", "weekend"),
]


@pytest.mark.parametrize("text, phrase, value, precision", CASES)
def test_dates_resolve_against_the_reference_date(text, phrase, value, precision):
    d = one(text, phrase)
    assert (d.value, d.precision) == (value, precision)


ABSOLUTE = {"2021", "5 December 2025", "December 2025", "the 1990s", "since 2019"}


@pytest.mark.parametrize("text, phrase, value, precision", CASES)
def test_without_a_reference_date_relative_dates_stay_unresolved(text, phrase, value, precision):
    d = one(text, phrase, published=None)
    assert d.precision == precision
    assert d.value == (value if phrase in ABSOLUTE else None)


@pytest.mark.parametrize("text", [
    "Police held him for 48 hours before his release.",
    "The talks lasted two weeks.",
    "The conflict has gone on for decades.",
    "The court extended the deadline by a year.",
    "Khan, 59 years old, was arrested at the border.",
    "A 59-year-old man was among the dead.",
    "The curfew starts at 3 p.m. and the rally is tonight.",
    "About 2000 refugees crossed, and 1,990 more were turned back.",
    "She may come, and they will march to the square.",
    "Over the past year the number doubled; in the last month it fell.",
    "Trucks leave each Thursday for the camps.",
])
def test_durations_ages_times_and_numbers_are_not_dates(text):
    assert found(text) == ()


def test_names_are_not_dates():
    assert found("Theresa May told USA Today that the plan stood.") == ()


def test_the_weekday_a_full_date_names_picks_its_year():
    d = one("The vote took place on Friday, Dec. 5.", "Friday, Dec. 5", published="2026-03-02")
    assert d.value == "2025-12-05"


def test_a_past_verb_at_the_date_and_a_coming_deadline():
    assert one("They fled in March after the raid.", "March").value == "2025-03"
    assert one("The deadline was extended to Jan. 14.", "Jan. 14").value == "2026-01-14"


def test_a_datetime_published_value_is_a_reference_date():
    assert one("The minister resigned yesterday.", "yesterday", published="2025-12-05T23:10:00+01:00").value == "2025-12-04"


def test_pick_weekday_rules():
    friday = dt.date(2025, 12, 5)
    assert date_patterns.pick_weekday(friday, 4, "past") == friday
    assert date_patterns.pick_weekday(friday, 4, "last") == dt.date(2025, 11, 28)
    assert date_patterns.pick_weekday(friday, 4, "future") == friday
    assert date_patterns.pick_weekday(friday, 4, "next") == dt.date(2025, 12, 12)
    assert date_patterns.pick_weekday(friday, 0, "this") == dt.date(2025, 12, 1)


def test_the_stage_runs_after_entities_and_before_quotes_and_figures():
    names = [s.name for s in default_stages()]
    assert names.index("entities") < names.index("dates") < names.index("quotes")
    if "figures" in names:
        assert names.index("dates") < names.index("figures")


WORDS = ["on", "Friday", "last", "next", "this", "week", "weekend", "month", "year", "since", "in", "2021",
         "Dec.", "5", "29", "30", "Feb.", "February", "the", "1990s", "'90s", "yesterday", "morning", "ago",
         "two", "a", "quarter", "third", "summer", "fall", "of", "May", ",", "\n", "mid-2020", "Q3", "2025-02-29"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([None, dt.date(2024, 2, 29), dt.date(2025, 12, 5)]))
def test_offsets_round_trip_on_any_mix_of_date_words(words, ref):
    text = " ".join(words)
    for d in dates.read_dates(text, ref):
        assert text[d.start:d.end] == d.text
        assert d.precision


ANCHOR_TEXT = (
    "On Monday, March 3, 2025, between 21-28 June and the 4th of July 2024, officials said that early last "
    "week, in mid-September, in the first quarter of 2023 and in Q2 2022, the late 1990s and the '80s, "
    "three years ago, yesterday morning, last summer, FY2021, 2019-05-04 and the beginning of this year, "
    "thousands fled. Then Jan. 5 and Sept 9, the beginning of the year, TODAY, Last Week and LAST SUMMER.\n"
    "İstanbul: May 1 and between   \n  May 5 and 7, 2020; 1999-2000; 12,2020; May2020 in Mayday.\n"
)


@pytest.mark.parametrize("pattern", date_patterns.PATTERNS, ids=lambda p: p.name)
def test_a_pattern_looked_for_around_its_anchors_finds_what_the_whole_text_gives(pattern):
    """Each pattern runs only near its anchors (a fast scan for what every match holds): the same matches as
    running it over the whole text, in mixed case and where lower() changes the text's length ("İ")."""
    for text in (ANCHOR_TEXT, ANCHOR_TEXT.replace("İ", "I"), ANCHOR_TEXT * 3):
        whole = [m.span() for m in pattern.regex.finditer(text)]
        assert [m.span() for m in pattern.finditer(text, text.lower())] == whole


FRAGMENTS = ("May", "March", "Sept.", "5", "21st", "-", " and ", "between", "the", "of", "2024", "1990s", "'80s",
             "ago", "three", "years", "week", "last", "summer", "quarter", "Q3", "today", "Monday", ",", " ", "\n",
             "İ", "x" * 90, " " * 70)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_anchored_patterns_match_the_whole_text_scan_on_any_mix_of_date_words(words):
    text = re.sub(r"\s{40,}", lambda m: m.group()[:40], " ".join(words))  # longer runs: see Pattern._around_anchors
    for pattern in date_patterns.PATTERNS:
        whole = [m.span() for m in pattern.regex.finditer(text)]
        if pattern.triggers and not any(t in text.lower() for t in pattern.triggers):
            whole = []
        assert [m.span() for m in pattern.finditer(text, text.lower())] == whole, pattern.name


@pytest.mark.parametrize("text, phrase, value", [
    ("GENEVA, March 11, 2025 - More than 3,000 people fled last week, the agency said on Tuesday.", "Tuesday",
     "2025-03-11"),
    ("KHARTOUM, Nov. 3, 2023 (Xinhua) -- Fighting displaced 5,000 people last week.", "last week", "2023-W43"),
    ("Nov 3, 2023 - KHARTOUM: Fighting displaced 5,000 people yesterday.", "yesterday", "2023-11-02"),
])
def test_without_a_reference_date_a_dateline_s_date_is_the_day_the_story_was_filed(text, phrase, value):
    assert one(text, phrase, published=None).value == value
    # a date later in the text is no dateline's: relative dates stay unresolved
    assert one("Fighting displaced 5,000 people yesterday, officials said on Nov. 3, 2023.", "yesterday",
               published=None).value is None
