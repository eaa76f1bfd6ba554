"""What is not a figure: years, dates, times of day, phone numbers, ordinals, ages, labels ("phase one"),
numbers that are part of a name (indices, models, street addresses) and number words that count nothing.
The words are in the lexicon (figures.toml)."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re

from ... import lexicon
from ...records import Article
from ..nlp import doc_text, entities_over
from ..spans import Spans
from .numbers import Amount
from .terms import event_of
from .units import AGE_RE

ORDINAL_RE = re.compile(r"(?:st|nd|rd|th)\b", re.I)
LABEL_WORDS = lexicon.words("figures.label_words")
TIME_OF_DAY_RE = re.compile(r"^\s*(?:" + "|".join(lexicon.terms("figures.time_of_day")) + r")\b", re.I)
# the first three letters of each month name: "Jan", "Sept." and "December" alike (any case)
_MONTH_PREFIXES = "|".join(month[:3] for month in lexicon.terms("time.months"))
# a month just before the amount ("Sept. 20", "March 3"); a dot only after an abbreviation (a prefix and at most
# one letter more, never a whole name such as "May"): "began in March. About 20,000 fled" ends a sentence
_ABBREVIATIONS = "|".join(month[:3] for month in lexicon.terms("time.months") if len(month) > 4)
# A month's name or a shortening of it (its first three letters or more: "Sep", "Sept", "September"), never another
# word that starts the same ("2,000 separated children", "300 marched", "in Maradi 42"); "may" only as "May" ("1,000
# may have died" is no date).
_MONTH_WORDS = "|".join(sorted({m[:k] for m in lexicon.terms("time.months") for k in range(3, len(m) + 1)}, key=len, reverse=True))
_MAY = r"(?-i:May)"
MONTH_RE = re.compile(r"\b(?:(?!may\b)(?:" + _MONTH_WORDS + r")|" + _MAY + r"|(?:" + _ABBREVIATIONS + r")[a-z]?\.)$", re.I)
MONTH_AFTER_RE = re.compile(r"^\s*(?:(?!may\b)(?:" + _MONTH_WORDS + r")|" + _MAY + r")\b", re.I)
NUMBER_NAME_LABELS = lexicon.terms("figures.number_name_labels")


PHONE_RE = re.compile(r"\+?\(?\d{2,4}\)?[-. ]\d{3}[-. ]\d{3,4}|\+\d{1,3}(?:[-. ]\d{1,4}){2,5}"
                      r"|(?<![\d,.])0\d{2,4}[- ]\d{6,8}(?![\d,.]\d)")  # "+258 84 123 4567", "+880 2 5566 7788", "0483 2735010"
# a number to call: after a hotline word, maybe a colon, "on" or "at" ("its helpline 1129", "the emergency line on
# 1199", "toll-free line 54747", "Hotline: 909"), digits only
DIAL_BEFORE_RE = re.compile(r"\b(?:" + "|".join(lexicon.terms("figures.dial_words")) + r")\s*[:,]?\s+(?:on\s+|at\s+)?$"
                            # "call the Kenya Red Cross on 1199"; "on 021 480 7700 or 107": another number to call
                            + r"|\b(?:" + "|".join(lexicon.terms("figures.call_verbs")) + r")\b[^.\n]{0,40}?\s(?:on|at)\s+$"
                            + r"|(?:" + PHONE_RE.pattern + r")\s+or\s+$", re.I)
# a number to call named so after it, maybe in brackets ("contact the PHEOC on 6666 (toll-free)")
DIAL_AFTER_RE = re.compile(r"\s*\(?\s*(?:" + "|".join(re.escape(t) for t in lexicon.terms("figures.dial_after")) + r")\b",
                           re.I)
# how long ago something was posted: a number, maybe a time unit glued or spaced, then "ago" ("16m ago",
# "2h ago", "1 hr ago", "5 mins ago")
# "ago" alone after a number is a stamp too ("16 ago" where the unit went into the amount); "earlier" asks for
# its unit: "up from 96,000 earlier this week" is a count
ELAPSED_RE = re.compile(r"\s?(?:(?:" + "|".join(lexicon.terms("time.elapsed_units")) + r")\b\.?\s*(?:"
                        + "|".join(lexicon.terms("time.elapsed_words")) + r")|\s*ago)\b", re.I)
DIGIT_RE = re.compile(r"\d")
# a time of day: hours and minutes, then a time zone or a colon that opens a liveblog entry ("16.47 BST", "16.47:")
CLOCK_RE = re.compile(r"(?:[01]?\d|2[0-3])[.:h][0-5]\d(?:\s?(?-i:" + "|".join(lexicon.terms("time.time_zones"))
                      + r")\b|:(?!\d))")


def not_a_figure(a: Amount, article: Article, doc) -> bool:
    text = article.text
    if any(m.start() <= a.start < m.end() for m in PHONE_RE.finditer(text, max(0, a.start - 16), a.end + 16)):
        return True
    if _is_elapsed(text, a) or CLOCK_RE.fullmatch(text, a.start, _clock_end(text, a)):
        return True
    if re.fullmatch(r"\d{3,}", a.written) and (DIAL_BEFORE_RE.search(text, max(0, a.start - 30), a.start)
                                               or DIAL_AFTER_RE.match(text, a.end)):
        return True
    after, before = text[a.end:a.end + 12], text[max(0, a.start - 12):a.start]
    before = before.rsplit("\n", 1)[-1]  # a month that ends the line before is no date of a number opening a line
    if a.currency or a.percent or a.unit or "vague" in a.flags:
        return _in_name(a, doc)
    if a.low is not None:
        month_range = bool(MONTH_RE.search(before.rstrip()))  # "Sept. 20-24"
        counts = re.match(r"^\s+[a-z]+s\b", text[a.end:a.end + 20]) is not None  # "from 1000 to 2000 hires"
        return _is_year_range(a) and not counts or month_range or _in_date(a, article, doc) or _in_name(a, doc)
    return (
        _is_year(a, text)
        or _in_date(a, article, doc)
        or bool(MONTH_RE.search(before.rstrip()) or MONTH_AFTER_RE.match(after))
        or bool(TIME_OF_DAY_RE.match(after) or re.match(r"^[:.]\d\d", after) or re.search(r"\d[:T-]$", before))
        or bool(ORDINAL_RE.match(after) or after[:1].isalpha() and not AGE_RE.match(after))
        or bool(re.match(r"^/\d", after) or re.search(r"\d/$", before))  # 9/11, 24/7, 12/05/2025
        or re.match(r"^\s*of\b", after) is not None and a.written.lower() == "one"
        or _is_label(text, a)
        or _is_week(text, a)
        or _is_named_number(text, a)
        or _is_age(text, a)
        or _in_name(a, doc)
        or _lone_word_number(a, doc)
    )


MAX_RATIO_BASE = 100  # "one in five", "seven in ten", "9 sur 10", "3 in 100": the base of a proportion
RATIO_TIME_RE = re.compile(r"\s*(?:" + "|".join(lexicon.terms("time.elapsed_units")) + r")\b", re.I)


@functools.cache
def _ratio_between(language: str | None) -> re.Pattern:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lexicon.terms(lexicon.localized("figures.ratio_words", language)))
    return re.compile(r"\s+(?:[^\W\d]+\s+){0,2}(?:" + words + r")\s+$", re.I)


def ratio_starts(amounts, text: str, language: str | None = None) -> frozenset[int]:
    """Where the two numbers of a proportion start: "seven in ten returning families cannot afford rent", "one out
    of every five children", "9 arrivants sur 10": the first smaller than the second, which is at most 100 and no
    span of time ("killed 5 in 10 days"). A share, not a count of anyone (the figures keep no event)."""
    between = _ratio_between(language)
    starts: set[int] = set()
    for x, y in itertools.pairwise(amounts):
        if x.value is None or y.value is None or x.low is not None or y.low is not None or x.currency or y.currency \
                or x.percent or y.percent or not 0 < x.value < y.value <= MAX_RATIO_BASE:
            continue
        gap = text[x.end:y.start]
        if "\n" in gap or not between.fullmatch(gap) or RATIO_TIME_RE.match(text, y.end):
            continue
        starts.update((x.start, y.start))
    return frozenset(starts)


def _is_elapsed(text: str, a: Amount) -> bool:
    """How long ago, not how many: a liveblog's "16m ago" (read as 16 million), "2h ago", "1 hr ago"; after the
    last digit of the amount, a time unit (glued, spaced or none) and "ago"."""
    digits = list(DIGIT_RE.finditer(text, a.start, a.end))
    return bool(digits) and ELAPSED_RE.match(text, digits[-1].end()) is not None


def _clock_end(text: str, a: Amount) -> int:
    """Where a clock time that starts with the amount would end: after a time zone or a colon ("16.47 BST")."""
    m = re.match(r"\s?[A-Z]{1,4}\b|:", text[a.end:a.end + 6])
    return a.end + (m.end() if m else 0)


def _is_year_range(a: Amount) -> bool:
    return all(v is not None and v.is_integer() and 1500 <= v <= 2100 for v in (a.low, a.high)) and "," not in a.written


def _is_year(a: Amount, text: str) -> bool:
    written = a.written.replace("about", "").strip()
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", written)) and not re.match(r"^\s+[a-z]+s\b", text[a.end:a.end + 20])


def _is_label(text: str, a: Amount) -> bool:
    words = text[max(0, a.start - 15):a.start].lower().split()
    return bool(words) and words[-1].strip("(#") in LABEL_WORDS


WEEK_WORDS = lexicon.words("figures.week_words")
WEEK_SPANS = lexicon.words("figures.week_spans")
MAX_WEEK = 53


def _is_week(text: str, a: Amount) -> bool:
    """ "In week 44", "Epidemiological Week 9": a week of the year, which health bulletins count by; not "last week
    300 people fled" (a span of time before a count)."""
    words = text[max(0, a.start - 30):a.start].lower().split()
    return (len(words) >= 1 and words[-1] in WEEK_WORDS and a.written.isdigit() and 1 <= a.value <= MAX_WEEK
            and (len(words) < 2 or words[-2] not in WEEK_SPANS))


# Numbers that belong to a name: stock indices ("S&P 500", "Stoxx 600"), models ("iPhone 11 Pro"), street
# addresses ("575 Wilbraham Road"), the disease ("COVID -19"), and a number word made an adjective
# ("a five-year award", "a three-bed flat": the thing described, not a count of it).
INDEX_BEFORE_RE = re.compile("(?:" + "|".join(r"\b" + name for name in lexicon.terms("figures.index_names")) + r")\s*$",
                             re.I)
MODEL_AFTER_RE = re.compile(r"^\s(?:" + "|".join(lexicon.terms("figures.model_words")) + r")\b")
ADDRESS_AFTER_RE = re.compile(
    r"^\s(?:[A-Z][a-z]+\s){1,3}(?:" + "|".join(lexicon.terms("figures.street_words")) + r")\b")
WORD_ADJECTIVE_RE = re.compile(r"^-(?!years?-old)[a-z]+(?!s\b)\b")


def _is_named_number(text: str, a: Amount) -> bool:
    before, after = text[max(0, a.start - 20):a.start], text[a.end:a.end + 40]
    if INDEX_BEFORE_RE.search(before) or MODEL_AFTER_RE.match(after) or ADDRESS_AFTER_RE.match(after):
        return True
    return not re.search(r"\d", a.written) and WORD_ADJECTIVE_RE.match(after) is not None


def _is_age(text: str, a: Amount) -> bool:
    """ "Donna Rawlings, 59, of Ashton", "aged 59", "children under five", "children under 18", "girls as young
    as 12" """
    before = text[max(0, a.start - 40):a.start]
    if re.search(r"\baged\s*(?:\d+\s*(?:,|and|or|to)\s*)*$", before):  # "aged 15 and 17"
        return True
    if re.search(r"\bas\s+(?:young|old)\s+as\s*$", before, re.I):  # an age bound, no count
        return True
    if a.value is not None and a.value <= MAX_AGE_BOUND and YOUNG_BOUND_RE.search(text[max(0, a.start - 40):a.end]):
        return True
    # a name, accented or not ("Yorvis Pérez, 26,", "Zoë Ndiaye, 31,")
    return bool(re.search(r"[A-ZÀ-Þ][^\W\d_A-Z]+,\s*$", before)) and text[a.end:a.end + 1] == ","


AGE_HOLDERS = lexicon.words("figures.age_holders")
AGE_PRONOUNS = lexicon.words("figures.age_pronouns")
MAX_STATED_AGE = 110


def _holds_age(tok) -> bool:
    """One person: a singular noun of ``age_holders``, a name typed PERSON, or "who" on either."""
    if tok.lower_ == "who" and tok.head.dep_ == "relcl":
        tok = tok.head.head
    if tok.lower_ in AGE_PRONOUNS:
        return True
    return tok.tag_ in ("NN", "NNP") and (tok.lemma_.lower() in AGE_HOLDERS or tok.ent_type_ == "PERSON")


def stated_age(a: Amount, doc) -> bool:
    """A bare number said of one person is an age: the complement of "be" whose subject is one person ("But I am
    78", "Now he is 9", "her mother, who is 73,", "My son was 6 when we came"), or in apposition to one ("said
    Furaha, 29.", "her eldest son, 16, is"). Not "those killed were 12" (no one person), nor "she was one of 12".
    It is a quantity in years of age, a count of no one (NewsQuant annotates "He will be 35" so):
    figures/__init__.py gives it the age unit and no event."""
    if a.currency or a.percent or a.unit or a.low is not None or a.value is None or a.value > MAX_STATED_AGE \
            or not float(a.value).is_integer():
        return False
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if any(c.dep_ not in ("punct", "advmod", "advcl", "relcl") for c in tok.children):
        return False  # "one of 12 siblings", "12 children"
    if tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be":
        return any(c.dep_ == "nsubj" and _holds_age(c) for c in tok.head.children)
    if tok.dep_ == "appos":
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return (nxt is None or nxt.text in (",", ".", ";", ")") or nxt.is_quote) and _holds_age(tok.head)
    return False


def _in_date(a: Amount, article: Article, doc) -> bool:
    """The amount starts or ends inside a date mention; the dates' spans indexed once per article."""
    cached = doc.user_data.get("newsfacts_date_spans")
    if cached is None or cached[0] is not article.dates:
        cached = doc.user_data["newsfacts_date_spans"] = (article.dates, Spans((d.start, d.end) for d in article.dates))
    return cached[1].holds(a.start) or cached[1].holds(a.end - 1)


# The young counted by an age bound ("children under five", "girls below 18", "infants under 6 months" is no
# count either): the number is the bound, no figure. Nouns from units.toml young_nouns.
YOUNG = "|".join(sorted(lexicon.words("units.young_nouns")))
YOUNG_BOUND_RE = re.compile(rf"\b(?:{YOUNG})\s+(?:aged\s+)?(?:under|below|over|above)\s+[\w-]+$", re.I)
MAX_AGE_BOUND = 25

COLUMN_GAP_RE = re.compile(r"\t| {2,}")  # what stands between the cells of a row written as plain text


def _in_name(a: Amount, doc) -> bool:
    """A number that is part of a name: "S&P 500", "iPhone 11 Pro", "Big 12", "Fortune 100"."""
    text = doc_text(doc)
    if any(label in NUMBER_NAME_LABELS and s <= a.start and a.end <= e
           and re.search(r"[A-Za-z]{2,}", text[s:a.start] + text[a.end:e]) for s, e, label in entities_over(doc, a.start, a.end)):
        return True  # a name around the number; not an amount the tagger took for one ("5kW" as ORG)
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or a.currency or a.percent or a.unit:
        return False
    first, last = span[0], span[-1]
    prev = doc[first.i - 1] if first.i > 0 else None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    # (a bullet the tagger took for a proper noun, "• Près de 6,9 millions", names nothing)
    named_before = prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isalnum() and not MONTH_RE.search(prev.text) \
        and prev.ent_type_ != "GPE" \
        and not COLUMN_GAP_RE.search(text, prev.idx + len(prev.text), a.start)  # "Belet Weyne    58,900": a table's next column
    counts_next = nxt is not None and nxt.pos_ == "NOUN"
    return named_before and not counts_next


def _lone_word_number(a: Amount, doc) -> bool:
    """ "one of them" is a pronoun, not a count; a number word must count something."""
    if re.search(r"\d", a.written) or a.value >= 20:
        return False
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return True
    tok = span[-1]
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.dep_ == "nummod" or nxt is not None and nxt.lower_ == "of":
        return False
    return a.value < 2 or event_of(span, None).event is None  # "nine are still missing", "four in China" count


def no_event(f):
    """The figure with nothing befalling what it counts: no term, event or flow, the category of no event."""
    return dataclasses.replace(f, term=None, event=None, category="other", stock_or_flow=None)


@functools.cache
def _responder_nouns(language: str | None) -> frozenset[str]:
    return lexicon.words(lexicon.localized("figures.responder_nouns", language))


def responder(f, noun, language: str | None = None) -> bool:
    """The figure counts those who came to help (its noun's lemma among ``responder_nouns``) and its event is
    no harm done to them: "400 refugee volunteers worked alongside", "210 renforts sont arrivés"."""
    return (noun is not None and f.event is not None and f.category != "casualties"
            and (noun.lemma_.lower() in _responder_nouns(language) or noun.lower_ in _responder_nouns(language)))
