"""The grammar of date phrases and how each is read: the ``PATTERNS`` the dates stage runs over the text,
a reader for each that resolves its match against the reference date, and the calendar arithmetic they
share. ``analyse/dates.py`` documents the rules; the words come from the lexicon (``time.toml``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .. import lexicon
from .anchored import finditer_around
from .nlp import entities_over

MONTHS = {name: i + 1 for i, name in enumerate(lexicon.terms("time.months"))}
MONTH_ABBR: dict[str, int] = lexicon.table("time.month_abbreviations")
WEEKDAYS = {name: i for i, name in enumerate(lexicon.terms("time.weekdays"))}
SEASON_WORDS = {word: tuple(code_month) for word, code_month in lexicon.table("time.seasons").items()}
QUARTERS: dict[str, int] = lexicon.table("time.quarters")
# "three weeks ago": the number words of the figures stage, and "a"/"an" for one
NUMBER_WORDS: dict[str, int] = {**lexicon.table("time.indefinite_numbers"), **lexicon.table("numbers.word_units"),
                                 **lexicon.table("numbers.word_tens")}
RELATIVE_DAYS: dict[str, int] = lexicon.table("time.relative_days")
RELATIVE_YEARS: dict[str, int] = lexicon.table("time.relative_years")
UNIT_STEPS: dict[str, int] = lexicon.table("time.unit_steps")
WEEKEND_STEPS: dict[str, int] = lexicon.table("time.weekend_steps")
# Words before a bare year or a lone month name that make it a date ("in 2021", "since March").
DATE_WORDS = lexicon.words("time.date_words")
FUTURE_AUX = lexicon.words("time.future_auxiliaries")
# Entities whose words are not dates even when they look like one ("USA Today", "Theresa May").
NOT_DATE_LABELS = lexicon.words("time.not_date_labels")
NUMERIC_LABELS = lexicon.words("time.numeric_labels")
# Verbs whose infinitive points ahead ("scheduled to close Monday"; not "declined to comment Saturday").
PLAN_VERBS = lexicon.words("time.plan_verbs")
AT_PREPOSITIONS = lexicon.words("time.at_prepositions")  # "met on Dec. 1": the event happened then
PERFECT_AUX = lexicon.words("time.perfect_auxiliaries")
RECURRENCE_WORDS = lexicon.words("time.recurrence_words")  # "each Thursday"
DURATION_WORDS = lexicon.words("time.duration_words")  # "the last year", "the past week"
# spaCy labels: a phrase hanging on a noun; the words it hangs through to its verb; the verb; its auxiliaries.
NOUN_MODIFIER_DEPS = lexicon.words("time.noun_modifier_deps")
LINKING_POS = lexicon.words("time.linking_pos")
NOUN_POS = lexicon.words("time.noun_pos")
VERB_POS = lexicon.words("time.verb_pos")
AUXILIARY_DEPS = lexicon.words("time.auxiliary_deps")
SINCE = re.compile(r"(?i)\bsince\s+$")
SINCE_WORDS = lexicon.words("time.since_words")  # "since the 7 October attack": begun before


DATE_WORDS = frozenset({*lexicon.words("time.months"), *lexicon.words("time.weekdays"), "between", "and", "from",
                        "to", "until", "through", "since", "the", "of", "early", "late", "mid"})


def _date_words_only(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and all(w in DATE_WORDS for w in words) and any(ch.isdigit() for ch in text)


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

    def entity_labels(self, start: int, end: int) -> set[str]:
        """Labels of the spaCy entities overlapping ``start:end``; an entity of date words only ("Between June 1
        and July 5" that the tagger took for a work's title at the start of a quote) is a date whatever its label."""
        if self.doc is None:
            return set()
        return {label for s, e, label in entities_over(self.doc, start, end)
                if not (label in NOT_DATE_LABELS and _date_words_only(self.text[s:e]))}

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


def _done(verb) -> bool:
    """A past participle describing a noun, of a thing done ("the government formed in February"), not
    planned ("a summit set for April")."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_ not in PLAN_VERBS


def verb_tense(doc, start: int, end: int) -> str | None:
    """The tense of the verb a phrase hangs on (through prepositions): ``before`` when a past verb
    happened at the date ("said Friday", "met on Dec. 1"), ``past`` for another past verb ("was extended
    to Nov. 16"), ``future``, or None (present tense, or the phrase hangs on a noun)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ in NOUN_MODIFIER_DEPS or root.head != root and root.head.pos_ in NOUN_POS:
        return _event_tense(root.head)  # "Friday's ruling", "the Jan. 14 deadline": only where it happened
    return _tense_from(span.root)


def _event_tense(noun) -> str | None:
    """A date on a noun says when that thing happened ("the 7 October attack") where the noun is where or
    since when a past verb happened ("killed in the 7 October attack", "since the 7 October attack"):
    ``before``; else None ("the Jan. 14 deadline" is not dated by the verb of its sentence)."""
    if noun.dep_ != "pobj":
        return None
    if noun.head.lower_ in SINCE_WORDS:
        return "before"
    return "before" if noun.head.lower_ in AT_PREPOSITIONS and _tense_from(noun) == "before" else None


def _tense_from(tok) -> str | None:
    """The tense of the verb ``tok`` hangs on through prepositions (see ``verb_tense``)."""
    preps: set[str] = set()
    for _ in range(6):
        if tok.head == tok or tok.head.pos_ not in LINKING_POS:
            break
        tok = tok.head
        preps.add(tok.lower_)
    verb = tok.head
    if verb == tok or verb.pos_ not in VERB_POS:
        return None
    aux = [c for c in verb.children if c.dep_ in AUXILIARY_DEPS]
    words = {c.lower_ for c in aux}
    if words & FUTURE_AUX or verb.lower_ in FUTURE_AUX:
        return "future"
    if "to" in words and verb.head.lemma_ in PLAN_VERBS:
        return "future"  # "plans to leave on Thursday", "is set to resume Monday"
    # a past verb, or a past participle describing a noun ("the government formed in February")
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux) or words & PERFECT_AUX or _done(verb):
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


def _alternation(words: Sequence[str]) -> str:
    """Regex alternatives for written forms in order; a space matches any white space."""
    return "|".join(w.replace(" ", r"\s+") for w in words)


def _capitalised(words: Sequence[str]) -> str:
    """Capitalised alternatives in order; a word that is the one before plus a letter folds into it
    ("sep", "sept" -> "Sept?")."""
    parts: list[str] = []
    for word in (w.capitalize() for w in words):
        if parts and word[:-1] == parts[-1]:
            parts[-1] = f"{word}?"
        else:
            parts.append(word)
    return "|".join(parts)


MONTH_NAME = rf"(?:{_capitalised(MONTHS)})"
MONTH_ANY = (rf"(?P<month>{MONTH_NAME}|(?:{_capitalised(MONTH_ABBR)})\.|"
             rf"(?:{_capitalised(lexicon.terms('time.month_abbreviations_undotted'))})\b)")
DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
WEEKDAY = rf"(?P<weekday>{_capitalised(WEEKDAYS)})"
WEEKDAY_PREFIX = rf"(?:(?P<wday>{_capitalised(WEEKDAYS)}),?\s+)?"
PART_OF_DAY = rf"(?:\s+(?i:{_alternation(lexicon.terms('time.parts_of_day'))})\b)?"
EDGE = r"(?:(?i:early|late|mid|the\s+(?:end|start|beginning|middle)\s+of)(?:\s+|-))?"
DAY2 = r"(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
BETWEEN = r"(?:(?P<between>(?i:between))\s+)?"
RANGE_JOIN = rf"\s*(?P<join>{_alternation(lexicon.terms('time.range_joiners'))}|(?i:and))\s*"
NUMBER = rf"(?P<num>\d{{1,3}}|(?i:{_alternation(sorted(NUMBER_WORDS, key=lambda w: ' ' not in w))}))"


def _month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBR[w]


def _mode(ctx: Context, m: re.Match, mod: str = "", unknown: str = "nearest") -> str:
    """How to pick the occurrence: the phrase's own "last"/"next"/"this", else the tense of its verb (or
    of the event it dates: "killed in the 7 October attack"), else ``unknown``."""
    if mod in ("last", "next", "this"):
        return mod
    return ctx.tense(m.start(), m.end()) or unknown


def read_full_date(m: re.Match, ctx: Context) -> Reading | None:
    """"Dec. 5", "5 December 2025", "Friday, December 5, 2025", "the 5th of December"."""
    month, day = _month_number(m["month"]), int(m["day"])
    wday = m.groupdict().get("wday")
    if m["year"]:
        try:
            return Reading(dt.date(int(m["year"]), month, day).isoformat(), "day")
        except ValueError:
            return None
    if day_period(month, day)(2000) is None:  # no such day in any year (Feb 30)
        return None
    if ctx.ref is None:
        return Reading(None, "day")
    weekday = WEEKDAYS[wday.lower()] if wday else None
    year = pick_year(ctx.ref, day_period(month, day, weekday), _mode(ctx, m))
    if year is None:  # the weekday fits none of the years around: go by the day alone
        year = pick_year(ctx.ref, day_period(month, day), _mode(ctx, m))
    return Reading(dt.date(year, month, day).isoformat(), "day") if year else None


def read_day_range(m: re.Match, ctx: Context) -> Reading | None:
    """"June 21-28", "21 to 28 June 2024", "between November 11 and 20": both ends, as an interval."""
    if m["between"] is None and m["join"].lower() == "and" or int(m["day2"]) <= int(m["day"]):
        return None
    first = read_full_date(m, ctx)
    if first is None or first.value is None:
        return Reading(None, "interval") if first is not None else None
    try:
        last = dt.date.fromisoformat(first.value).replace(day=int(m["day2"]))
    except ValueError:
        return None
    return Reading(f"{first.value}/{last.isoformat()}", "interval")


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
        year: int | None = ctx.ref.year + RELATIVE_YEARS[rel]
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
    offset = RELATIVE_DAYS[m["word"].lower()]
    return Reading((ctx.ref + dt.timedelta(days=offset)).isoformat(), "day")


def read_relative_unit(m: re.Match, ctx: Context) -> Reading | None:
    """"this week", "last month", "next year", "earlier this year", "the weekend", "this past weekend"."""
    which, unit = " ".join(m["which"].lower().split()), m["unit"].lower()
    if which == "the" and unit != "weekend" or ctx.is_name(m.start()):
        return None
    if set(ctx.words_before(m.start())) & DURATION_WORDS and which != "the":
        return None  # "the last year", "the past week": durations
    precision = "weekend" if unit == "weekend" else unit
    if ctx.ref is None:
        return Reading(None, precision)
    if unit == "weekend":
        return Reading(_weekend_value(ctx, m, which), precision)
    step = UNIT_STEPS[which]
    return Reading(_relative_value(ctx.ref, unit, step), precision)


def _weekend_value(ctx: Context, m: re.Match, which: str) -> str:
    ref = ctx.ref
    assert ref is not None
    step = WEEKEND_STEPS.get(which)
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


def read_year_start(m: re.Match, ctx: Context) -> Reading | None:
    """"the beginning of the year", "the start of this year", "the beginning of last year": the year's first
    month (what a count "since the beginning of the year" starts from); "the start of the month": that month."""
    if ctx.ref is None:
        return Reading(None, "month")
    step = UNIT_STEPS[" ".join(m["which"].lower().split())] if m["which"].lower() != "the" else 0
    if m["unit"].lower() == "month":
        return Reading("{:04d}-{:02d}".format(*shift_month(ctx.ref, step)), "month")
    return Reading(f"{ctx.ref.year + step:04d}-01", "month")


def read_year_part(m: re.Match, ctx: Context) -> Reading | None:
    """"the first half of the year", "the first eight months of last year": the year they are part of."""
    if ctx.ref is None:
        return Reading(None, "year")
    step = UNIT_STEPS[" ".join(m["which"].lower().split())] if m["which"].lower() != "the" else 0
    return Reading(f"{ctx.ref.year + step:04d}", "year")


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
    if labels & NOT_DATE_LABELS:
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
    code, first_month = SEASON_WORDS[m["season"].lower()]
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


REACH = 80  # an anchored pattern's match starts at most this far before its anchor (white space runs aside)


@dataclass(frozen=True)
class Pattern:
    """A kind of date phrase: its regex, its reader, words one of which the (lower-cased) text must hold for the
    regex to be worth running (a cheap test that skips most patterns on most texts), and an *anchor*: a regex of
    what every match holds (a month's name, "ago", a year's digits) with no word boundary in front, which the
    engine finds by its first characters, fast. The pattern's own regex, which starts at a word boundary, is
    then run only around the anchors (a regex starting with ``\\b`` is tried at every character of the text:
    five times slower: ``anchored.py``)."""

    name: str
    regex: re.Pattern
    read: Reader
    triggers: tuple[str, ...] = ()
    anchor: re.Pattern | None = None
    folded: bool = False  # the anchor is found in the lower-cased text (a case-insensitive regex has no fast scan)

    def finditer(self, text: str, lower: str) -> Iterator[re.Match]:
        if self.triggers and not any(t in lower for t in self.triggers):
            return iter(())
        if self.anchor is None:
            return self.regex.finditer(text)
        # every match holds an anchor and starts at most REACH characters before it (longer only across a run of
        # white space of about a hundred characters inside a date phrase)
        return finditer_around(self.regex, text, self.anchor, REACH, lower if self.folded else text)


def _p(name: str, regex: str, read: Reader, triggers: str = "", anchor: str | None = None, folded: bool = False) -> Pattern:
    """A pattern; ``anchor`` is a plain alternation of literals (the engine scans for their first characters),
    in lower case where ``folded``."""
    return Pattern(name, re.compile(regex), read, tuple(triggers.split()), re.compile(anchor) if anchor else None,
                   folded)


MONTH_TRIGGERS = " ".join(name[:3] for name in MONTHS)
MONTH_ANCHOR = "|".join(dict.fromkeys(  # every month name and abbreviation a month pattern matches
    f"{_capitalised(MONTHS)}|{_capitalised(MONTH_ABBR)}|{_capitalised(lexicon.terms('time.month_abbreviations_undotted'))}"
    .split("|")))
YEAR_ANCHOR = r"(?:1[6-9]|20)\d\d"


PATTERNS: tuple[Pattern, ...] = (
    _p("month_day_range", rf"{BETWEEN}\b{MONTH_ANY}\s+{DAY}{RANGE_JOIN}{DAY2}(?:,?\s+{_year()})?(?![\w-])", read_day_range,
       MONTH_TRIGGERS, anchor=MONTH_ANCHOR),
    _p("day_month_range", rf"{BETWEEN}\b(?:the\s+)?{DAY}{RANGE_JOIN}{DAY2}(?:\s+of)?\s+{MONTH_ANY}(?:,?\s+{_year()})?(?!\w)",
       read_day_range, MONTH_TRIGGERS, anchor=MONTH_ANCHOR),
    _p("month_day", rf"\b{WEEKDAY_PREFIX}{EDGE}{MONTH_ANY}\s+{DAY}(?:,?\s+{_year()})?(?!\w)", read_full_date,
       MONTH_TRIGGERS, anchor=MONTH_ANCHOR),
    _p("day_month", rf"\b{WEEKDAY_PREFIX}{EDGE}(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH_ANY}(?:,?\s+{_year()})?(?!\w)",
       read_full_date, MONTH_TRIGGERS, anchor=MONTH_ANCHOR),
    _p("iso_date", r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b", read_iso_date, anchor=YEAR_ANCHOR + "-"),
    _p("month_year", rf"\b{EDGE}{MONTH_ANY},?\s+(?:of\s+)?{_year()}", read_month_year,
       MONTH_TRIGGERS, anchor=MONTH_ANCHOR),
    _p("month", rf"\b(?:(?P<mod>(?i:last|next|this|early|late|mid))(?:\s+|-))?(?P<month>{MONTH_NAME})\b"
       rf"(?:,?\s+(?:of\s+)?(?P<rel>(?i:{_alternation(RELATIVE_YEARS)}))\s+year\b)?", read_month,
       " ".join(MONTHS), anchor=_capitalised(MONTHS)),
    _p("weekday", rf"\b(?:(?P<mod>(?i:last|next|this\s+coming|this|early|late))\s+)?{WEEKDAY}\b{PART_OF_DAY}", read_weekday,
       "day", anchor=_capitalised(WEEKDAYS)),
    _p("relative_day", rf"(?i:\b(?:(?:early|late)\s+)?(?P<word>{_alternation(RELATIVE_DAYS)})\b){PART_OF_DAY}",
       read_relative_day, " ".join(RELATIVE_DAYS), anchor=_alternation(RELATIVE_DAYS), folded=True),
    _p("relative_unit", r"(?i)\b(?:(?:earlier|later|early|late)\s+)?(?P<which>this\s+past|this\s+coming|this|last|next|the)"
       r"\s+(?P<unit>week|weekend|month|year|decade)\b(?![-‐])", read_relative_unit,
       "week month year decade", anchor="week|month|year|decade", folded=True),
    _p("year_start", r"(?i)\bthe\s+(?:beginning|start)\s+of\s+(?P<which>the|this|last)\s+(?P<unit>year|month)\b",
       read_year_start, "beginning start", anchor="year|month", folded=True),
    _p("year_part", r"(?i)\bthe\s+first\s+(?:half|(?:[\w-]+\s+)?(?:months|weeks))\s+of\s+(?P<which>the|this|last)\s+year\b",
       read_year_part, "first", anchor="year", folded=True),
    _p("ago", rf"\b{NUMBER}\s+(?P<unit>(?i:day|week|month|year|decade))s?\s+(?i:ago)\b", read_ago, "ago", anchor="ago", folded=True),
    _p("year", rf"\b(?:{EDGE}(?:(?i:fiscal|FY)\s*)?)?(?<![\d,.$£€#]){_year()}", read_year, anchor=YEAR_ANCHOR),
    _p("decade", r"(?:\b(?i:the)\s+)?(?:\b(?i:early|mid|late)(?:\s+|-))?"
       r"(?:\b(?P<century>19|20)(?P<decade>\d)0s|['’](?P<short>\d)0s)\b", read_decade, "0s", anchor="0s"),
    _p("season", rf"(?i)\b(?:(?P<which>last|next|this|the)\s+)?(?:(?:early|late|mid)(?:\s+|-))?"
       rf"(?P<season>{_alternation(SEASON_WORDS)})\b(?:,?\s+(?:of\s+)?{_year()})?", read_season,
       " ".join(SEASON_WORDS), anchor=_alternation(SEASON_WORDS), folded=True),
    _p("quarter", rf"(?i)\b(?:the\s+(?!(?:fiscal\s+)?\w+-quarter))?(?:{_year('y1')}(?:['’]s)?\s+)?(?:fiscal\s+)?(?P<q>{_alternation(QUARTERS)})"
       rf"[\s-]+quarter\b(?:\s+(?:of\s+)?(?:fiscal\s+)?{_year('y2')})?|\bQ(?P<qn>[1-4])\b(?:\s+{_year('y2x')})?",
       read_quarter, "quarter q1 q2 q3 q4", anchor="quarter|q[1-4]", folded=True),
)
