"""Dates: date expressions in the article text, resolved against the article's reference date.

Finding them. A small grammar of date phrases (the ``PATTERNS`` below: full dates, month and year,
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

The reference date is ``article.published`` (from the input or ``--date``). Without one, relative
expressions keep their precision but get ``value`` None: nothing is ever resolved against today's date.
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
  occurrence closest to the reference date, distances weighted by ``BIAS``: one ahead of it counts
  double (news reports the past), triple after a past verb ("was extended to Nov. 16" seen on Oct. 30 is
  next month all the same), and one behind it triple when the verb points ahead.

"the weekend" is the last one begun, or the coming one when the verb points ahead. On TempEval-3's
TimeBank and AQUAINT these rules give the gold value for about nine in ten matched dates (``newsfacts
eval tempeval``).

The grammar is resolved here rather than through dateparser: measured on the phrases above, dateparser
takes about 0.4 ms a phrase (this module about 20 us a phrase, 1 ms a 340-word article), reads "the 1990s" as 1,990 seconds ago, "two
weeks" as a date, "Friday" on a Friday as a week earlier, and gives nothing for "last weekend" or
"November last year".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..records import DateMention
from ..stage import Stage, Work, per_article

VERSION = "1"
EXTRACTOR = f"dates@{VERSION}"

MONTHS = {name: i + 1 for i, name in enumerate(
    "january february march april may june july august september october november december".split())}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
              "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {name: i for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12)}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "a hundred": 100}
# Words before a bare year or a lone month name that make it a date ("in 2021", "since March").
DATE_WORDS = frozenset("""in since by until till before after from to through during of between and early
    mid late last next this around fiscal""".split())
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "’ll", "wo", "going", "must", "should", "may", "might"})
# Entities whose words are not dates even when they look like one ("USA Today", "Theresa May").
NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "LAW", "FAC"})
NUMERIC_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})
# Verbs whose infinitive points ahead ("scheduled to close Monday"; not "declined to comment Saturday").
PLAN_VERBS = frozenset("plan schedule set expect due intend hope aim prepare want seek agree promise vow".split())
AT_PREPOSITIONS = frozenset({"on", "in", "at", "during", "over"})  # "met on Dec. 1": the event happened then
SINCE = re.compile(r"(?i)\bsince\s+$")


@dataclass(frozen=True)
class Reading:
    """What a phrase means: its ISO ``value`` (None when it needs a reference date there is not) and precision."""

    value: str | None
    precision: str


@dataclass
class Context:
    """An article while its dates are read: the text, the reference date and the spaCy Doc (optional)."""

    text: str
    ref: dt.date | None
    doc: Any = None
    _ents: list | None = field(default=None, repr=False)

    def entity_labels(self, start: int, end: int) -> set[str]:
        """Labels of the spaCy entities overlapping ``start:end``."""
        if self.doc is None:
            return set()
        if self._ents is None:
            self._ents = [(e.start_char, e.end_char, e.label_) for e in self.doc.ents]
        return {label for s, e, label in self._ents if s < end and start < e}

    def words_before(self, start: int, n: int = 1) -> list[str]:
        return re.findall(r"[\w'’-]+", self.text[max(0, start - 40):start].lower())[-n:]

    def is_name(self, start: int) -> bool:
        """A capitalised "Today" or "This Week" inside a sentence: a name ("USA Today", "This Week")."""
        before = self.text[max(0, start - 3):start]
        if not self.text[start].isupper() or "\n" in before or not before.strip():
            return False
        return before.rstrip()[-1] not in ".!?:;\"“”'‘’("

    def after_date_word(self, start: int) -> bool:
        return bool(set(self.words_before(start)) & DATE_WORDS)

    def tense(self, start: int, end: int) -> str | None:
        """Which way the words before the phrase ("since": ``before``; "as soon as": ``future``) or the verb
        it hangs on (``verb_tense``) point; None when neither says."""
        before = self.text[max(0, start - 16):start].lower()
        if SINCE.search(before):
            return "before"
        if re.search(r"\bas\s+(?:soon|early)\s+as\s+$", before):
            return "future"
        return verb_tense(self.doc, start, end) if self.doc is not None else None


def verb_tense(doc, start: int, end: int) -> str | None:
    """The tense of the verb a phrase hangs on (through prepositions): ``before`` when a past verb
    happened at the date ("said Friday", "met on Dec. 1"), ``past`` for another past verb ("was extended
    to Nov. 16"), ``future``, or None (present tense, or the phrase hangs on a noun)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.dep_ in ("poss", "compound"):
        return None  # "Friday's ruling", "the Jan. 14 deadline"
    tok, preps = span.root, set()
    for _ in range(6):
        if tok.head is tok or tok.head.pos_ not in ("ADP", "ADV", "PART", "CCONJ"):
            break
        tok = tok.head
        preps.add(tok.lower_)
    verb = tok.head
    if verb is tok or verb.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & FUTURE_AUX or verb.lower_ in FUTURE_AUX:
        return "future"
    if "to" in words and verb.head.lemma_ in PLAN_VERBS:
        return "future"  # "plans to leave on Thursday", "is set to resume Monday"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux) or words & {"has", "have", "had"}:
        return "before" if preps <= AT_PREPOSITIONS else "past"
    return None


# ---- the calendar arithmetic ------------------------------------------------------------------------

def iso_week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def weekend(d: dt.date) -> str:
    return iso_week(d) + "-WE"


def shift_month(d: dt.date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def month_end(year: int, month: int) -> dt.date:
    y, m = (year + 1, 1) if month == 12 else (year, month + 1)
    return dt.date(y, m, 1) - dt.timedelta(days=1)


Period = Callable[[int], "tuple[dt.date, dt.date] | None"]  # a yearly period: year -> (first day, last day)


def month_period(month: int, months: int = 1) -> Period:
    def period(year: int) -> tuple[dt.date, dt.date]:
        end_year, end_month = shift_month(dt.date(year, month, 1), months - 1)
        return dt.date(year, month, 1), month_end(end_year, end_month)
    return period


def day_period(month: int, day: int, weekday: int | None = None) -> Period:
    """A day of the year; with ``weekday``, only in the years it falls on that weekday."""
    def period(year: int) -> tuple[dt.date, dt.date] | None:
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        return (d, d) if weekday is None or d.weekday() == weekday else None
    return period


# How much farther an occurrence on the unlikely side of the reference date may seem: news reports the
# past, so a future occurrence counts double, triple when the verb is past; a past one triple when the
# verb points ahead. "the Oct. 23 slaying" seen in May is last October, "the Nov. 16 deadline" seen on
# Oct. 30 (even "was extended to Nov. 16") is next month.
BIAS = {"nearest": (1, 2), "past": (1, 3), "future": (3, 1)}  # (weight behind, weight ahead)


def _distance(ref: dt.date, p: tuple[dt.date, dt.date], mode: str) -> float:
    behind, ahead = BIAS[mode]
    if p[1] < ref:
        return (ref - p[1]).days * behind
    if p[0] > ref:
        return (p[0] - ref).days * ahead
    return 0


def pick_year(ref: dt.date, period: Period, mode: str) -> int | None:
    """Which year's occurrence of a yearly period a phrase means; None when the period occurs in none
    of the years around ``ref``.

    ``last``: the latest over before ``ref``; ``next``: the first beginning after it; ``this``: the one
    containing ``ref``, else the one in ``ref``'s year; ``before``: the latest begun on or before ``ref``;
    ``past``, ``future``, ``nearest``: the closest to ``ref``, distances weighted by ``BIAS``."""
    spans = [(y, p) for y in range(ref.year - 3, ref.year + 4) if (p := period(y)) is not None]
    if not spans:
        return None
    if mode in BIAS:
        return min(spans, key=lambda yp: (_distance(ref, yp[1], mode), yp[0]))[0]
    tests = {
        "before": lambda p: p[0] <= ref,
        "last": lambda p: p[1] < ref,
        "next": lambda p: p[0] > ref,
        "this": lambda p: p[0] <= ref <= p[1],
    }
    fits = [y for y, p in spans if tests[mode](p)]
    if not fits:
        return ref.year if mode == "this" else None
    return max(fits) if mode in ("before", "last") else min(fits)


def pick_weekday(ref: dt.date, weekday: int, mode: str) -> dt.date:
    """Which day a weekday name means: ``past`` on or before ``ref``, ``last`` strictly before,
    ``future`` on or after, ``next`` strictly after, ``this`` in ``ref``'s ISO week."""
    if mode == "this":
        return ref + dt.timedelta(days=weekday - ref.weekday())
    ahead = (weekday - ref.weekday()) % 7
    if mode == "future":
        return ref + dt.timedelta(days=ahead)
    if mode == "next":
        return ref + dt.timedelta(days=ahead or 7)
    back = (ref.weekday() - weekday) % 7
    return ref - dt.timedelta(days=back or (7 if mode == "last" else 0))


# ---- the grammar --------------------------------------------------------------------------------------

def _year(name: str = "year") -> str:
    return rf"(?P<{name}>1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d|s\b)"


MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ANY = rf"(?P<month>{MONTH_NAME}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_PREFIX = r"(?:(?P<wday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
PART_OF_DAY = r"(?:\s+(?i:morning|afternoon|evening|night)\b)?"
EDGE = r"(?:(?i:early|late|mid|the\s+(?:end|start|beginning|middle)\s+of)(?:\s+|-))?"
NUMBER = r"(?P<num>\d{1,3}|(?i:a\s+hundred|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty))"


def _month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBR[w]


def _mode(ctx: Context, m: re.Match, mod: str = "", unknown: str = "nearest") -> str:
    """How to pick the occurrence: the phrase's own "last"/"next"/"this", else the tense, else ``unknown``."""
    if mod in ("last", "next", "this"):
        return mod
    return ctx.tense(m.start(), m.end()) or unknown


def read_full_date(m: re.Match, ctx: Context) -> Reading | None:
    """"Dec. 5", "5 December 2025", "Friday, December 5, 2025", "the 5th of December"."""
    month, day = _month_number(m["month"]), int(m["day"])
    if m["year"]:
        try:
            return Reading(dt.date(int(m["year"]), month, day).isoformat(), "day")
        except ValueError:
            return None
    if day_period(month, day)(2000) is None:  # no such day in any year (Feb 30)
        return None
    if ctx.ref is None:
        return Reading(None, "day")
    weekday = WEEKDAYS[m["wday"].lower()] if m["wday"] else None
    year = pick_year(ctx.ref, day_period(month, day, weekday), _mode(ctx, m))
    if year is None:  # the weekday fits none of the years around: go by the day alone
        year = pick_year(ctx.ref, day_period(month, day), _mode(ctx, m))
    return Reading(dt.date(year, month, day).isoformat(), "day") if year else None


def read_iso_date(m: re.Match, ctx: Context) -> Reading | None:
    try:
        return Reading(dt.date(int(m["year"]), int(m["mon"]), int(m["day"])).isoformat(), "day")
    except ValueError:
        return None


def read_month_year(m: re.Match, ctx: Context) -> Reading | None:
    """"December 2025", "Dec. 2025", "December of 2025"."""
    return Reading(f"{int(m['year']):04d}-{_month_number(m['month']):02d}", "month")


def read_month(m: re.Match, ctx: Context) -> Reading | None:
    """"November", "last November", "November last year", "mid-November"."""
    mod, rel = (m["mod"] or "").lower(), (m["rel"] or "").lower()
    month = MONTHS[m["month"].lower()]
    if not (mod or rel) and not (ctx.after_date_word(m.start()) or "DATE" in ctx.entity_labels(m.start(), m.end())):
        return None
    if ctx.ref is None:
        return Reading(None, "month")
    if rel:
        year: int | None = ctx.ref.year + {"last": -1, "this": 0, "next": 1}[rel]
    else:
        year = pick_year(ctx.ref, month_period(month), _mode(ctx, m, mod))
    return Reading(f"{year:04d}-{month:02d}", "month") if year else None


def read_weekday(m: re.Match, ctx: Context) -> Reading | None:
    """"Friday", "last Friday", "this coming Sunday", "Thursday morning", "late Tuesday"."""
    if ctx.ref is None:
        return Reading(None, "day")
    mod = " ".join((m["mod"] or "").lower().split())
    mode = "future" if mod == "this coming" else _mode(ctx, m, mod, unknown="past")
    return Reading(pick_weekday(ctx.ref, WEEKDAYS[m["weekday"].lower()], mode).isoformat(), "day")


def read_relative_day(m: re.Match, ctx: Context) -> Reading | None:
    """"yesterday", "today", "tomorrow", "late yesterday", "yesterday afternoon"."""
    if ctx.is_name(m.start()):
        return None
    if ctx.ref is None:
        return Reading(None, "day")
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[m["word"].lower()]
    return Reading((ctx.ref + dt.timedelta(days=offset)).isoformat(), "day")


def read_relative_unit(m: re.Match, ctx: Context) -> Reading | None:
    """"this week", "last month", "next year", "earlier this year", "the weekend", "this past weekend"."""
    which, unit = " ".join(m["which"].lower().split()), m["unit"].lower()
    if which == "the" and unit != "weekend" or ctx.is_name(m.start()):
        return None
    if ctx.words_before(m.start()) in (["the"], ["past"]) and which != "the":
        return None  # "the last year", "the past week": durations
    precision = "weekend" if unit == "weekend" else unit
    if ctx.ref is None:
        return Reading(None, precision)
    if unit == "weekend":
        return Reading(_weekend_value(ctx, m, which), precision)
    step = {"last": -1, "this past": -1, "this": 0, "this coming": 1, "next": 1}[which]
    return Reading(_relative_value(ctx.ref, unit, step), precision)


def _weekend_value(ctx: Context, m: re.Match, which: str) -> str:
    ref = ctx.ref
    assert ref is not None
    step = {"last": -1, "this": 0, "this coming": 0, "next": 1}.get(which)
    if step is None:  # "the weekend", "this past weekend": the last one begun, or the coming one
        future = which == "the" and ctx.tense(m.start(), m.end()) == "future"
        step = 0 if future or ref.weekday() >= 5 else -1
    return weekend(ref + dt.timedelta(weeks=step))


def _relative_value(ref: dt.date, unit: str, step: int) -> str:
    if unit == "week":
        return iso_week(ref + dt.timedelta(weeks=step))
    if unit == "month":
        return "{:04d}-{:02d}".format(*shift_month(ref, step))
    if unit == "decade":
        return f"{ref.year // 10 + step:03d}"
    return f"{ref.year + step:04d}"


def read_ago(m: re.Match, ctx: Context) -> Reading | None:
    """"three days ago", "two weeks ago", "a year ago", "a decade ago" (a year: TimeML's reading)."""
    num = m["num"].lower()
    n = int(num) if num.isdigit() else NUMBER_WORDS[" ".join(num.split())]
    unit = m["unit"].lower()
    if unit == "decade":
        unit, n = "year", 10 * n
    if ctx.ref is None:
        return Reading(None, unit)
    ref = ctx.ref
    if unit == "day":
        return Reading((ref - dt.timedelta(days=n)).isoformat(), "day")
    if unit == "week":
        return Reading(iso_week(ref - dt.timedelta(weeks=n)), "week")
    if unit == "month":
        return Reading("{:04d}-{:02d}".format(*shift_month(ref, -n)), "month")
    return Reading(f"{ref.year - n:04d}", "year")


def read_year(m: re.Match, ctx: Context) -> Reading | None:
    """"2021", "in 2021", "fiscal 1990", "mid-2021", "the end of 2021"; not "about 2000 refugees"."""
    start, end = m.start("year"), m.end("year")
    labels = ctx.entity_labels(start, end)
    framed = m.group(0) != m["year"]
    if labels & NAME_LABELS:
        return None
    if not (framed or "DATE" in labels or (ctx.after_date_word(start) and not labels & NUMERIC_LABELS)):
        return None
    return Reading(m["year"], "year")


def read_decade(m: re.Match, ctx: Context) -> Reading | None:
    """"the 1990s", "the early 2000s", "the '90s"."""
    if m["century"]:
        return Reading(m["century"] + m["decade"], "decade")
    digit = m["short"]
    century = "20" if digit in "012" else "19"
    return Reading(century + digit, "decade")


def read_season(m: re.Match, ctx: Context) -> Reading | None:
    """"last summer", "this fall", "the winter of 2020", "summer 2020", "in the spring"."""
    which = (m["which"] or "").lower()
    code, first_month = SEASONS[m["season"].lower()]
    if m["year"]:
        return Reading(f"{m['year']}-{code}", "season")
    if which in ("", "the") and not ctx.after_date_word(m.start()):
        return None
    if ctx.text.startswith(" of", m.end()) or which == "" and m["season"].lower() == "fall":
        return None  # "the fall of Kabul", "prices fall"
    if ctx.ref is None:
        return Reading(None, "season")
    year = pick_year(ctx.ref, month_period(first_month, 3), _mode(ctx, m, which))
    return Reading(f"{year}-{code}", "season") if year else None


def read_quarter(m: re.Match, ctx: Context) -> Reading | None:
    """"the third quarter", "third-quarter", "the fourth quarter of 1989", "1989's first quarter", "Q3 2025"."""
    q = int(m["qn"]) if m["qn"] else QUARTERS[m["q"].lower()]
    year = m["y1"] or m["y2"] or m["y2x"]
    if year:
        return Reading(f"{year}-Q{q}", "quarter")
    if ctx.ref is None:
        return Reading(None, "quarter")
    picked = pick_year(ctx.ref, month_period(3 * q - 2, 3), _mode(ctx, m))
    return Reading(f"{picked}-Q{q}", "quarter") if picked else None


Reader = Callable[[re.Match, Context], "Reading | None"]


@dataclass(frozen=True)
class Pattern:
    """A kind of date phrase: its regex, its reader, and words one of which the (lower-cased) text must
    hold for the regex to be worth running (a cheap test that skips most patterns on most texts)."""

    name: str
    regex: re.Pattern
    read: Reader
    triggers: tuple[str, ...] = ()

    def finditer(self, text: str, lower: str) -> Iterator[re.Match]:
        if self.triggers and not any(t in lower for t in self.triggers):
            return iter(())
        return self.regex.finditer(text)


def _p(name: str, regex: str, read: Reader, triggers: str = "") -> Pattern:
    return Pattern(name, re.compile(regex), read, tuple(triggers.split()))


MONTH_TRIGGERS = "jan feb mar apr may jun jul aug sep oct nov dec"


PATTERNS: tuple[Pattern, ...] = (
    _p("month_day", rf"\b{WEEKDAY_PREFIX}{EDGE}{MONTH_ANY}\s+{DAY}(?:,?\s+{_year()})?(?!\w)", read_full_date,
       MONTH_TRIGGERS),
    _p("day_month", rf"\b{WEEKDAY_PREFIX}{EDGE}(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH_ANY}(?:,?\s+{_year()})?(?!\w)",
       read_full_date, MONTH_TRIGGERS),
    _p("iso_date", r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b", read_iso_date),
    _p("month_year", rf"\b{EDGE}{MONTH_ANY},?\s+(?:of\s+)?{_year()}", read_month_year,
       MONTH_TRIGGERS),
    _p("month", rf"\b(?:(?P<mod>(?i:last|next|this|early|late|mid))(?:\s+|-))?(?P<month>{MONTH_NAME})\b"
       r"(?:,?\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+year\b)?", read_month,
       "january february march april may june july august september october november december"),
    _p("weekday", rf"\b(?:(?P<mod>(?i:last|next|this\s+coming|this|early|late))\s+)?{WEEKDAY}\b{PART_OF_DAY}", read_weekday,
       "day"),
    _p("relative_day", rf"(?i:\b(?:(?:early|late)\s+)?(?P<word>yesterday|today|tomorrow)\b){PART_OF_DAY}",
       read_relative_day, "yesterday today tomorrow"),
    _p("relative_unit", r"(?i)\b(?:(?:earlier|later|early|late)\s+)?(?P<which>this\s+past|this\s+coming|this|last|next|the)"
       r"\s+(?P<unit>week|weekend|month|year|decade)\b(?![-‐])", read_relative_unit,
       "week month year decade"),
    _p("ago", rf"\b{NUMBER}\s+(?P<unit>(?i:day|week|month|year|decade))s?\s+(?i:ago)\b", read_ago, "ago"),
    _p("year", rf"\b(?:{EDGE}(?:(?i:fiscal|FY)\s*)?)?(?<![\d,.$£€#]){_year()}", read_year),
    _p("decade", r"(?:\b(?i:the)\s+)?(?:\b(?i:early|mid|late)(?:\s+|-))?"
       r"(?:\b(?P<century>19|20)(?P<decade>\d)0s|['’](?P<short>\d)0s)\b", read_decade, "0s"),
    _p("season", rf"(?i)\b(?:(?P<which>last|next|this|the)\s+)?(?:(?:early|late|mid)(?:\s+|-))?"
       rf"(?P<season>spring|summer|autumn|fall|winter)\b(?:,?\s+(?:of\s+)?{_year()})?", read_season,
       "spring summer autumn fall winter"),
    _p("quarter", rf"(?i)\b(?:the\s+(?!(?:fiscal\s+)?\w+-quarter))?(?:{_year('y1')}(?:['’]s)?\s+)?(?:fiscal\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)"
       rf"[\s-]+quarter\b(?:\s+(?:of\s+)?(?:fiscal\s+)?{_year('y2')})?|\bQ(?P<qn>[1-4])\b(?:\s+{_year('y2x')})?",
       read_quarter, "quarter q1 q2 q3 q4"),
)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    reading: Reading


def candidates(ctx: Context) -> Iterator[Found]:
    lower = ctx.text.lower()
    for pattern in PATTERNS:
        for m in pattern.finditer(ctx.text, lower):
            if ctx.words_before(m.start()) in (["each"], ["every"]):
                continue  # "each Thursday": a recurrence, not a date
            reading = pattern.read(m, ctx)
            if reading is not None and not ctx.entity_labels(m.start(), m.end()) & NAME_LABELS:
                yield Found(m.start(), m.end(), reading)


def longest_first(found: list[Found]) -> list[Found]:
    """Non-overlapping matches, the longest of overlapping ones kept, in text order."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        if all(f.end <= k.start or k.end <= f.start for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


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


def find_dates(work: Work) -> dict[str, Any]:
    article = work.article
    return {"dates": tuple(read_dates(article.text, reference_date(article.published), work.products.get("doc")))}


STAGE = Stage("dates", VERSION, per_article(find_dates), requires=("doc",), assigns=("dates",))
