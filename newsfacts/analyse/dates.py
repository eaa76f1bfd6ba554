"""Dates: date expressions in the article text, resolved against the article's reference date.

Finding them. A small grammar of date phrases (``date_patterns.PATTERNS``: full dates, month and year,
weekdays, "yesterday", "last month", "three weeks ago", years, decades, seasons, quarters) runs over the
text; each match is already trimmed to the date phrase (no "on", "in"; a leading "the" stays where it
belongs to the phrase: "the 1990s", "the weekend"). spaCy's DATE entities decide the words that are
dates only sometimes: a bare year ("2021" is a date where spaCy tags it DATE or a date preposition comes
before it, not in "about 2000 refugees") and a month name alone ("May", "March": after a date word or
inside a DATE entity). spaCy DATE entities the grammar cannot read are dropped: they are durations
("48 hours", "two weeks", "for decades", "by a year"), ages ("59 years old") or vague ("recently").
Matches inside a name (an organisation, a person, a work: "USA Today", "Theresa May") are dropped.
Times of day are not dates ("3 p.m.", "tonight"); a weekday or "yesterday" keeps a part of the day
that follows it ("Thursday morning") at day precision. Where matches overlap, the longest wins.

Resolving them. ``value`` is an ISO string and ``precision`` says which kind:

=========  ==================  ====================================================================
precision  value               examples (reference date Friday 2025-12-05)
=========  ==================  ====================================================================
day        ``2025-12-04``      "yesterday", "Thursday morning", "Dec. 5", "5 December 2025"
week       ``2025-W49``        "this week", "two weeks ago" (ISO week)
weekend    ``2025-W48-WE``     "last weekend", "over the weekend" (TimeML: the weekend of an ISO week)
month      ``2025-11``         "last month", "November last year", "December 2025"
season     ``2025-SU``         "last summer" (TimeML: SP, SU, FA, WI; winter takes the year it starts)
quarter    ``2025-Q3``         "the third quarter" (TimeML)
year       ``2024``            "last year", "in 2021", "a year ago"
decade     ``199``             "the 1990s" (TimeML: the first three digits of the year)
interval   ``2024/..``         "since last year": an open ISO 8601 interval from the start of the date
                               that follows "since" (the span includes "since")
=========  ==================  ====================================================================

The reference date is ``article.published`` (from the input or ``--date``), else the full date a dateline
gives at the text's start ("GENEVA, March 11, 2025 -", "KINSHASA, 3 novembre 2023 (AFP) -"): the day the story was
filed. Without either, relative expressions keep their precision but get ``value`` None: nothing is ever resolved
against today's date.
Expressions that name their year ("5 December 2025", "2021", "the 1990s", "summer 2020") get values
regardless.

Which occurrence is meant. The phrase's own word first: "last Friday" / "last November" is the most
recent one over before the reference date, "next Friday" the first one after it, "this Friday" the one in
the reference date's ISO week, "this November" the one in its year; "last week/weekend/month/year" the
previous calendar week (ISO), weekend, month or year; "November last year" the November of the year
before; "since Friday" the most recent one begun on or before the reference date. Otherwise the tense of
the verb the phrase hangs on (through prepositions; none when it hangs on a noun: "Friday's ruling",
"the Jan. 14 deadline") decides:

- a weekday is the most recent one on or before the reference date ("on Friday" published on a Friday
  is that day: past-tense reporting, what news mostly is), unless the verb points ahead ("will",
  "would", "shall", "must", "should", "may", "might", "going to", "plans to", "is set to", "as soon as",
  "this coming"): then the first one on or after the reference date;
- a month, a day of a month ("Dec. 5"), a season or a quarter is the most recent one begun on or before
  the reference date when a past verb happened at it ("said on Dec. 1", "fled in March"); else the
  occurrence closest to the reference date, distances weighted by ``date_patterns.BIAS``: one ahead of it counts
  double (news reports the past), triple after a past verb ("was extended to Nov. 16" seen on Oct. 30 is
  next month all the same), and one behind it triple when the verb points ahead.

"the weekend" is the last one begun, or the coming one when the verb points ahead. On TempEval-3's
TimeBank and AQUAINT these rules give the gold value for about nine in ten matched dates (``newsfacts
eval tempeval``).

The grammar, its readers and the calendar arithmetic live in ``date_patterns`` (the words in the lexicon's
``time.toml``); this module runs them over an article and keeps the longest of overlapping matches.

The grammar is resolved here rather than through dateparser: measured on the phrases above, dateparser
takes about 0.4 ms a phrase (these modules about 20 us a phrase, 1 ms a 340-word article), reads "the 1990s" as 1,990 seconds ago, "two
weeks" as a date, "Friday" on a Friday as a week earlier, and gives nothing for "last weekend" or
"November last year".
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..records import DateMention
from ..stage import Stage, Work, per_article
from . import dates_fr
from .date_patterns import NOT_DATE_LABELS, PATTERNS, RECURRENCE_WORDS, SINCE, Context, Reading

VERSION = "1"
EXTRACTOR = f"dates@{VERSION}"
LINE_BREAK_RE = re.compile(r"\n\s*\n|\n\s*\d")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    reading: Reading


def candidates(ctx: Context) -> Iterator[Found]:
    lower = ctx.text.lower()
    for pattern in PATTERNS:
        for m in pattern.finditer(ctx.text, lower):
            if set(ctx.words_before(m.start())) & RECURRENCE_WORDS:
                continue  # "each Thursday": a recurrence, not a date
            if LINE_BREAK_RE.search(m.group()):
                continue  # "since 1 March\n1,204,000 displaced": a date never runs over a paragraph or onto a number's line
            reading = pattern.read(m, ctx)
            if reading is not None and not ctx.entity_labels(m.start(), m.end()) & NOT_DATE_LABELS:
                yield Found(m.start(), m.end(), reading)


def longest_first(found: list[Found]) -> list[Found]:
    """Non-overlapping matches, the longest of overlapping ones kept, in text order."""
    kept: list[Found] = []
    starts: list[int] = []  # of the kept, in text order: never overlapping, so their ends are in order too
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        k = bisect.bisect_left(starts, f.end)  # the kept that start before f ends; the last of them ends last
        if k == 0 or kept[k - 1].end <= f.start:
            kept.insert(k, f)
            starts.insert(k, f.start)
    return kept


def with_since(ctx: Context, f: Found) -> Found:
    """"since last year": the span takes "since" and the value becomes the open interval from the date."""
    m = SINCE.search(ctx.text, max(0, f.start - 8), f.start)
    if m is None:
        return f
    value = f"{f.reading.value}/.." if f.reading.value else None
    return Found(m.start(), f.end, Reading(value, "interval"))


def read_dates(text: str, ref: dt.date | None = None, doc: Any = None) -> list[DateMention]:
    """The date mentions in ``text``, resolved against ``ref`` (None: relative ones stay unresolved).
    ``doc`` (the spaCy Doc of ``text``) decides ambiguous words and tense; without it the grammar alone reads."""
    ctx = Context(text, ref, doc)
    out = []
    for f in longest_first(list(candidates(ctx))):
        f = with_since(ctx, f)
        out.append(DateMention(text=text[f.start:f.end], value=f.reading.value, precision=f.reading.precision,
                               start=f.start, end=f.end, extractor=EXTRACTOR))
    return out


def reference_date(published: str | None) -> dt.date | None:
    """The article's reference date from ``published`` (an ISO date, or the date part of a datetime)."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


# A full date in the dateline block, at the text's start and followed by the dateline's dash or colon, maybe after
# the agency in brackets: "GENEVA, March 11, 2025 -", "11 mars 2025 (AFP) -", "Nov 3, 2023 - KHARTOUM:".
DATELINE_DATE_REACH = 40  # characters from the text's start to the dateline's date
DATELINE_DATE_END_RE = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[-–—]{1,2}|:)\s")


def filed_on(text: str, dates: list[DateMention]) -> dt.date | None:
    """The day a dateline says the story was filed ("GENEVA, March 11, 2025 -"): a date of day precision with its
    year, near the text's start and ending the dateline block; None where there is none."""
    for d in dates:
        if d.start > DATELINE_DATE_REACH:
            break
        if d.precision == "day" and d.value and DATELINE_DATE_END_RE.match(text, d.end):
            return reference_date(d.value)
    return None


def find_dates(work: Work) -> dict[str, Any]:
    article, doc = work.article, work.products.get("doc")
    french = doc is not None and doc.lang_ == dates_fr.LANGUAGE

    def read(ref: dt.date | None) -> list[DateMention]:
        return list(dates_fr.read_dates(article.text, ref)) if french else read_dates(article.text, ref, doc)

    ref = reference_date(article.published)
    found = read(ref)
    if ref is None and (filed := filed_on(article.text, found)) is not None:
        found = read(filed)  # "GENEVA, March 11, 2025 - ... on Tuesday": Tuesday the 11th's week
    return {"dates": tuple(found)}


STAGE = Stage("dates", VERSION, per_article(find_dates), requires=("doc",), assigns=("dates",))
