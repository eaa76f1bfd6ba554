"""The unit of a figure read from the parse: a currency, percent, a time unit, person or household, a
spelled-out unit, or the counted noun itself; "per" units ("$3,500 a month") and ages ("a 15-year-old").
The words are in the lexicon (units.toml)."""

from __future__ import annotations

import re

from ... import lexicon
from ..nlp import doc_text
from .numbers import Amount

TIME_UNITS = lexicon.words("units.time_units")
HOUSEHOLD_NOUNS = lexicon.words("units.household_nouns")
PERSON_NOUNS = lexicon.words("units.person_nouns")
CURRENCY_NOUNS: dict[str, str] = lexicon.table("units.currency_nouns")
CURRENCY_OF_COUNTRY: dict[str, str] = lexicon.table("units.currency_of_country")
SPELLED_UNITS: dict[str, str] = lexicon.table("units.spelled_units")
ANAPHORIC_NOUNS = lexicon.words("units.anaphoric_nouns")
ANAPHOR_WINDOW = 30  # tokens looked back for the noun "others" stands for
PER_RE = re.compile(r"\s*(?:" + "|".join(lexicon.terms("units.per_words")) + r")\s+([a-z]+)\b(?!\s+(?:"
                    + "|".join(lexicon.terms("units.not_per_after")) + r")\b)", re.I)
# A currency several countries write alike ("Rs", "pesos", "Sh"): its default code -> the other countries' codes
SHARED_CURRENCIES = {code: frozenset(codes.split()) for code, codes in lexicon.table("units.shared_currencies").items()}
NATIONAL_CURRENCIES: dict[str, str] = lexicon.table("units.national_currencies")
SHARED_SYMBOL_RE = re.compile(r"(?<![\w$])(?:" + "|".join(
    re.escape(s) for s in sorted(lexicon.terms("units.shared_currency_symbols"), key=len, reverse=True)) + r")\s?\d")
SHARED_NOUN_AFTER_RE = re.compile(r"\s*(?:(?:million|billion|thousand|lakh|crore)\s+)?(?:"
                                  + "|".join(lexicon.terms("units.shared_currency_nouns")) + r")s?\b", re.I)
AGE_OF_RE = re.compile(r"\b(?:age of|aged)\s*[\d.,]+$", re.I)
AGE_RE = re.compile(r"^[\s-]?years?[- ]old\b", re.I)


def unit_of(a: Amount, noun, after: str = "", before: str = "") -> str | None:
    if AGE_RE.match(after) or AGE_OF_RE.search(before):
        return "year of age"  # "a 15-year-old", "under the age of 5 (years)"
    unit = _base_unit(a, noun)
    own = a.currency or a.percent or a.unit or noun is None  # the unit is written with the number ("$3,500 a month")
    per = PER_RE.match(after) if own else PER_RE.match(doc_text(noun.doc), noun.idx + len(noun.text))
    if unit is not None and per is not None:
        unit = f"{unit} per {_singular_word(per.group(1).lower())}"
    return unit


def _singular_word(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _base_unit(a: Amount, noun) -> str | None:
    if a.currency:
        return a.currency
    if a.percent:
        return "percent"
    if a.unit:
        return a.unit
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    if lemma == "pound" and noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ == "of":
        return "pound-mass"  # "half a pound of chocolate"
    if lemma in CURRENCY_NOUNS:
        doc = noun.doc
        words = [t.lower_ for t in doc[max(0, noun.i - 3):noun.i]]  # "New Zealand dollars", "US dollars"
        for k in range(len(words)):
            if " ".join(words[k:]) in CURRENCY_OF_COUNTRY:
                return CURRENCY_OF_COUNTRY[" ".join(words[k:])]
        return CURRENCY_NOUNS[lemma]
    if lemma in TIME_UNITS:
        return lemma
    if lemma == "degree":
        nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        return nxt.lower_ if nxt is not None and nxt.lower_ in ("celsius", "fahrenheit") else "degree"
    if lemma in ANAPHORIC_NOUNS or noun.lower_ in ANAPHORIC_NOUNS:
        earlier = _antecedent(noun)
        if earlier is not None:
            return _base_unit(a, earlier)
        # with no count before it in its sentence ("The toll rose to 23. At least 57 others were wounded"), "others"
        # are other people
        return "person"
    repaired = _repaired(noun)
    if lemma in HOUSEHOLD_NOUNS or noun.lower_ in HOUSEHOLD_NOUNS or repaired in HOUSEHOLD_NOUNS:
        return "household"
    if noun.lower_ in PERSON_NOUNS or lemma in PERSON_NOUNS or noun.ent_type_ == "NORP" or repaired in PERSON_NOUNS:
        return "person"
    return SPELLED_UNITS.get(lemma, lemma)


def _antecedent(noun):
    """The counted noun that "others" stands for: the nearest noun before it in its sentence that a number
    counts ("killed 12 people and displaced 4,000 others" -> people)."""
    doc = noun.doc
    for i in range(noun.i - 1, max(-1, noun.i - ANAPHOR_WINDOW), -1):
        tok = doc[i]
        if tok.is_sent_start and i < noun.i - 1:
            break
        if (tok.pos_ in ("NOUN", "PROPN") and tok.lower_ not in ANAPHORIC_NOUNS and tok.lemma_.lower() not in TIME_UNITS
                and tok.ent_type_ not in ("DATE", "TIME")  # not "since March 2, and wounded 342 others"
                and any(c.dep_ == "nummod" for c in tok.children)):  # not "in the past 24 hours"
            return tok
    return None


GLUED_AUXILIARY_RE = re.compile(r"(?:" + "|".join(lexicon.terms("figures.glued_auxiliaries")) + r")$")


def _repaired(noun) -> str:
    """A noun as damaged text writes it, mended: "fami-lies" (a line-end hyphen), "peoplewere" (a lost space)."""
    doc = noun.doc
    word = noun.lower_
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_:
        word = doc[noun.i - 2].lower_ + word
    return GLUED_AUXILIARY_RE.sub("", word) if word not in PERSON_NOUNS else word


def national_currency(unit: str | None, text: str, start: int, end: int, country: str | None) -> str | None:
    """The currency of ``country`` where the amount from ``start`` to ``end`` is written in a form that country
    shares with others ("Rs 25,000" in Nepal: NPR; "400,000 pesos" in Colombia: COP; "Sh2 million" in Uganda: UGX),
    else ``unit`` as read: a form that names its country ("Indian rupees", "KSh", "₹") keeps its own."""
    code, per, rate = (unit or "").partition(" per ")  # "Rs 2,500 a month": INR per month
    others = SHARED_CURRENCIES.get(code)
    own = NATIONAL_CURRENCIES.get(country or "")
    if not others or own not in others:
        return unit
    if SHARED_SYMBOL_RE.search(text[start:end]) or SHARED_NOUN_AFTER_RE.match(text, end):
        return own + per + rate
    return unit
