"""Figures: how many of what, what happened to them, where, when, and according to whom.

Each amount ``numbers.find_numbers`` finds is kept as a figure unless it is a year, part of a date, a
time of day, an ordinal, an age, a label ("phase one") or part of a name ("S&P 500"). Then the parse
gives what is counted (the noun the number modifies, through "of whom" to its antecedent), the unit
(person, household, hour, USD, percent, or the counted noun), the term (the verb or state that
happened to them: repatriated, expelled, at risk, displaced ...), its category, whether it is a stock
or a flow, the place and date in the same sentence, the speaker of the quote that holds it
(``stated_by``) and the outlet (``reported_by``).
"""

from __future__ import annotations

import dataclasses
import math
import re
from typing import Any

from ..records import Article, DateMention, Figure, Mention, Speaker
from ..stage import Stage, Work, per_article
from .nlp import doc_text
from .numbers import ORDINAL_RE, Amount, find_numbers

VERSION = "1"
EXTRACTOR = f"figures@{VERSION}"

TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "night", "weekend"}
HOUSEHOLD_NOUNS = {"household", "family", "families", "households"}
PERSON_NOUNS = frozenset(
    """people person persons individual resident residents refugee refugees migrant migrants civilian civilians
    child children woman women man men villager villagers worker workers student students soldier soldiers
    victim victims survivor survivors evacuee evacuees returnee returnees deportee deportees idp idps asylum-seeker
    asylum-seekers seeker seekers national nationals citizen citizens inhabitant inhabitants patient patients
    member members fighter fighters militant militants protester protesters voter voters staff employee
    employees officer officers pilgrim pilgrims passenger passengers prisoner prisoners detainee detainees
    displaced dead wounded injured missing homeless teenager teenagers boy boys girl girls adult adults
    family families household households displacement displacements""".split()
)
DISPLACEMENT_WORDS = frozenset(
    """displace displaced displacement refugee refugees migrant migrants idp idps evacuate evacuated evacuee
    evacuees flee fled deport deported deportation expel expelled expulsion repatriate repatriated repatriation
    return returned returnee returnees relocate relocated shelter sheltered homeless asylum camp camps
    undocumented resettle resettled host hosted uproot uprooted""".split()
)
CASUALTY_WORDS = frozenset("kill killed die died dead death deaths drown drowned injure injured wound wounded casualty "
                           "casualties".split())
AID_WORDS = frozenset("aid food tent tents ration rations kit kits relief medicine water blanket blankets meal meals".split())
FLOW_TERMS = frozenset(
    """displaced fled deported repatriated expelled evacuated returned relocated arrived crossed killed injured
    wounded died forced to flee resettled uprooted destroyed damaged""".split()
)
STOCK_TERMS = frozenset({"hosted", "living", "sheltered", "in camps", "remain", "remained", "stranded", "at risk", "homeless"})
LABEL_WORDS = frozenset(
    """phase article section chapter number no no. step level grade category room page resolution route flight
    vol vol. volume episode season part act class type tier stage round game match term clause item version
    v model""".split()
)
UP_VERBS = frozenset("rise rose risen increase grow grew jump climb gain soar surge advance".split())
DOWN_VERBS = frozenset(
    "fall fell fallen drop decline decrease slide slid lose lost shrink plunge plummet tumble cut sink slump dip".split()
)
CHANGE_NOUNS = frozenset("rise increase gain jump drop decline decrease fall cut loss slide plunge dip growth".split())
TIME_OF_DAY_RE = re.compile(r"^\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC|hrs|o'clock)\b", re.I)
MONTH_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$", re.I)
MONTH_AFTER_RE = re.compile(r"^\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b", re.I)
NAME_LABELS = ("ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LAW")


def find_figures(work: Work) -> dict[str, Any]:
    article, doc = work.article, work.products["doc"]
    figures = []
    for amount in find_numbers(article.text):
        if _not_a_figure(amount, article, doc):
            continue
        figures.append(_figure(amount, article, doc))
    return {"figures": tuple(_with_elided_units(_with_equivalents(figures, article.text), doc))}


PAREN_GAP_RE = re.compile(r"(?:\s*[^\W\d]+){0,3}\s*[(/]\s*")  # "296 hp (", "1 degree Celsius (", "224 kW /"


def _with_equivalents(figures: list[Figure], text: str) -> list[Figure]:
    """A figure in brackets right after another is the same amount in other units ("just under 296 hp
    (224 kW / 300 PS)", "fell by 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit)"): its bound and its
    change are the first one's."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if prev is not None and PAREN_GAP_RE.fullmatch(text[prev.end:f.start]) and "(" in text[_paren_start(out, text):f.start]:
            f = dataclasses.replace(f, approx=prev.approx if f.approx == "exact" else f.approx, change=prev.change)
        out.append(f)
    return out


def _paren_start(figures: list[Figure], text: str) -> int:
    """Where the run of bracketed equivalents before the next figure starts: the first figure's end."""
    i = len(figures) - 1
    while i > 0 and PAREN_GAP_RE.fullmatch(text[figures[i - 1].end:figures[i].start]):
        i -= 1
    return figures[i].end


ELIDED_SCALE = 1.0  # within a factor of ten: "6 million homes ... 1.5 million", not "529 plans ... closer to 18"
NOT_INHERITED = frozenset({"percent", *("second minute hour day week month year decade night weekend".split())})


def _with_elided_units(figures: list[Figure], doc) -> list[Figure]:
    """A bare number whose unit is left out because an earlier figure of the sentence gave it ("6 million
    homes, including 1.5 million in Los Angeles", "84.75 cents, the lowest 74.07"): the unit and counted
    phrase of the earlier figure closest in size (percentages and durations aside)."""
    out: list[Figure] = []
    for f in figures:
        if f.unit is None and f.counted is None and f.value:
            sent = _sentence_of(doc, f.start)
            givers = [g for g in out if g.unit and g.unit not in NOT_INHERITED and g.value and sent[0] <= g.start
                      and "year of age" != g.unit]
            near = [g for g in givers if abs(math.log10(abs(g.value)) - math.log10(abs(f.value))) <= ELIDED_SCALE]
            if near:
                g = min(near, key=lambda g: (abs(math.log10(abs(g.value)) - math.log10(abs(f.value))), -g.start))
                f = dataclasses.replace(f, unit=g.unit, counted=g.counted, category=g.category)
        out.append(f)
    return out


def _sentence_of(doc, at: int) -> tuple[int, int]:
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return (span.sent.start_char, span.sent.end_char) if span is not None else (at, at)


# ---------------------------------------------------------------------------------------------- filters


PHONE_RE = re.compile(r"\+?\(?\d{2,4}\)?[-. ]\d{3}[-. ]\d{3,4}")


def _not_a_figure(a: Amount, article: Article, doc) -> bool:
    text = article.text
    if any(m.start() <= a.start < m.end() for m in PHONE_RE.finditer(text, max(0, a.start - 16), a.end + 16)):
        return True
    after, before = text[a.end:a.end + 12], text[max(0, a.start - 12):a.start]
    if a.currency or a.percent or a.unit or "vague" in a.flags:
        return _in_name(a, doc)
    if a.low is not None:
        month_range = bool(MONTH_RE.search(before.rstrip()))  # "Sept. 20-24"
        counts = re.match(r"^\s+[a-z]+s\b", text[a.end:a.end + 20]) is not None  # "from 1000 to 2000 hires"
        return _is_year_range(a) and not counts or month_range or _in_name(a, doc)
    return (
        _is_year(a, text)
        or any(d.start <= a.start < d.end or d.start < a.end <= d.end for d in article.dates)
        or bool(MONTH_RE.search(before.rstrip()) or MONTH_AFTER_RE.match(after))
        or bool(TIME_OF_DAY_RE.match(after) or re.match(r"^[:.]\d\d", after) or re.search(r"\d[:T-]$", before))
        or bool(ORDINAL_RE.match(after) or after[:1].isalpha() and not AGE_RE.match(after))
        or bool(re.match(r"^/\d", after) or re.search(r"\d/$", before))  # 9/11, 24/7, 12/05/2025
        or re.match(r"^\s*of\b", after) is not None and a.written.lower() == "one"
        or _is_label(text, a)
        or _is_named_number(text, a)
        or _is_age(text, a)
        or _in_name(a, doc)
        or _lone_word_number(a, doc)
    )


def _is_year_range(a: Amount) -> bool:
    return all(v is not None and v.is_integer() and 1500 <= v <= 2100 for v in (a.low, a.high)) and "," not in a.written


def _is_year(a: Amount, text: str) -> bool:
    written = a.written.replace("about", "").strip()
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", written)) and not re.match(r"^\s+[a-z]+s\b", text[a.end:a.end + 20])


def _is_label(text: str, a: Amount) -> bool:
    words = text[max(0, a.start - 15):a.start].lower().split()
    return bool(words) and words[-1].strip("(#") in LABEL_WORDS


# Numbers that belong to a name: stock indices ("S&P 500", "Stoxx 600"), models ("iPhone 11 Pro"), street
# addresses ("575 Wilbraham Road"), the disease ("COVID -19"), and a number word made an adjective
# ("a five-year award", "a three-bed flat": the thing described, not a count of it).
INDEX_BEFORE_RE = re.compile(
    r"(?:\bS\s?&\s?P|\bS P|\bsp|\bNasdaq|\bFTSE|\bStoxx|\bRussell|\bNikkei|\bDAX|\bCAC|\bASX|\bHang Seng|\bSensex"
    r"|\bNifty|\bTSX|\bIBEX|\bAEX|\bKOSPI|\bTOPIX|\bCOVID|\bCovid)\s*$", re.I)
MODEL_AFTER_RE = re.compile(r"^\s(?:Pro|Max|Plus|Mini|Ultra|Lite|Series|Edition)\b")
ADDRESS_AFTER_RE = re.compile(
    r"^\s(?:[A-Z][a-z]+\s){1,3}(?:Road|Street|Avenue|Lane|Drive|Boulevard|Way|Rd|St|Ave|Place|Square|Court)\b")
WORD_ADJECTIVE_RE = re.compile(r"^-(?!years?-old)[a-z]+(?!s\b)\b")


def _is_named_number(text: str, a: Amount) -> bool:
    before, after = text[max(0, a.start - 20):a.start], text[a.end:a.end + 40]
    if INDEX_BEFORE_RE.search(before) or MODEL_AFTER_RE.match(after) or ADDRESS_AFTER_RE.match(after):
        return True
    return not re.search(r"\d", a.written) and WORD_ADJECTIVE_RE.match(after) is not None


def _is_age(text: str, a: Amount) -> bool:
    """ "Donna Rawlings, 59, of Ashton" or "aged 59" """
    before = text[max(0, a.start - 40):a.start]
    if re.search(r"\baged\s*$", before):
        return True
    return bool(re.search(r"[A-Z][a-z]+,\s*$", before)) and text[a.end:a.end + 1] == ","


def _in_name(a: Amount, doc) -> bool:
    """A number that is part of a name: "S&P 500", "iPhone 11 Pro", "Big 12", "Fortune 100"."""
    text = doc_text(doc)
    if any(e.label_ in NAME_LABELS and e.start_char <= a.start and a.end <= e.end_char
           and re.search(r"[A-Za-z]{2,}", text[e.start_char:a.start] + text[a.end:e.end_char]) for e in doc.ents):
        return True  # a name around the number; not an amount the tagger took for one ("5kW" as ORG)
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or a.currency or a.percent or a.unit:
        return False
    first, last = span[0], span[-1]
    prev = doc[first.i - 1] if first.i > 0 else None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    named_before = prev is not None and prev.pos_ == "PROPN" and not MONTH_RE.search(prev.text) and prev.ent_type_ != "GPE"
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
    return tok.dep_ != "nummod" and not (nxt is not None and nxt.lower_ == "of")


# ---------------------------------------------------------------------------------------------- the figure


def _figure(a: Amount, article: Article, doc) -> Figure:
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    noun = _counted_noun(span, doc) if span is not None else None
    counted = _counted_phrase(noun, span, article.text) if noun is not None else None
    unit = _unit(a, noun, article.text[a.end:a.end + 30], article.text[max(0, a.start - 12):a.end])
    term, verb = _term(noun if noun is not None else (span.root if span is not None else None))
    if noun is None and unit is None and _category(a, unit, counted, term) in ("displacement", "casualties"):
        unit = "person"  # "more than 3,000 fled", "35,000 were displaced": people
    sent = span.sent if span is not None else None
    averaged = a.approx == "exact" and AVERAGED_RE.search(article.text[max(0, a.start - 12):a.start])
    return Figure(
        value=a.value, start=a.start, end=a.end, low=a.low, high=a.high, approx="average" if averaged else a.approx,
        unit=unit,
        counted=counted, term=term, category=_category(a, unit, counted, term),
        stock_or_flow=_stock_or_flow(term), place=_place(article.mentions, span, verb), when=_when(article.dates, sent),
        stated_by=_stated_by(article, a), reported_by=article.source.outlet, flags=tuple(a.flags),
        text=article.text[a.start:a.end], change=_change(verb, span), extractor=EXTRACTOR,
        alternatives=(a.alternative,) if a.alternative is not None else (),
    )


AVERAGED_RE = re.compile(r"\b(?:averaged|averaging|averages)\s+$", re.I)  # "has averaged 7.3 points"


def _counted_noun(span, doc):
    """The noun a number counts: its head when it modifies one, the object of "of" ("thousands of
    students"), or the antecedent of "of whom"."""
    last = span[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    measure = doc[nxt.i + 1] if nxt is not None and nxt.text == "-" and nxt.i + 1 < len(doc) else nxt
    if measure is not None and (measure.lemma_.lower() in MEASURE_WORDS or measure.lower_ in MEASURE_WORDS):
        return measure  # "a 5.2 litre V10 engine", "6.5 times earnings": the unit before the thing
    if (counted := _number_of(nxt)) is not None:
        return counted  # "brings to 274,000 the number of people displaced"
    if nxt is not None and nxt.lower_ == "of":
        pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.lower_ in ("whom", "which", "them", "those"):
            return _antecedent(pobj)
        if pobj is not None:
            return pobj
    if last.dep_ in ("nummod", "quantmod", "compound") and last.head.i > last.i and last.head.pos_ in ("NOUN", "PROPN"):
        return last.head
    if last.head.dep_ == "nummod" and last.head.head.i > last.i:
        return last.head.head
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.tag_ in ("NNS", "NNPS", "NN"):
        return _phrase_head(nxt)
    first = span[0]
    if first.i > 1 and doc[first.i - 1].lower_ == "or" and doc[first.i - 2].pos_ == "NOUN":
        return doc[first.i - 2]  # "another pick or two", "a day or two"
    return None


def _number_of(tok):
    """The people in "N the (total) number of people ..." written right after a number."""
    doc = tok.doc if tok is not None else None
    i = tok.i if tok is not None else 0
    while doc is not None and i < len(doc) and i - tok.i < 3 and doc[i].pos_ in ("DET", "ADJ"):
        i += 1
    if doc is None or i >= len(doc) or i == tok.i or doc[i].lemma_.lower() not in ("number", "total"):
        return None
    of = next((c for c in doc[i].rights if c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _phrase_head(tok):
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _antecedent(pronoun):
    """ "migrants, about 1.7 million of whom were undocumented" -> migrants."""
    tok = pronoun
    for _ in range(6):
        if tok.dep_ == "relcl" or tok.head is tok:
            break
        tok = tok.head
    return tok.head if tok.dep_ == "relcl" else None


def _counted_phrase(noun, span, text: str) -> str:
    """The counted noun with its modifiers and coordinated nouns: "undocumented Afghan refugees",
    "Afghan migrants and refugees"."""
    left = noun
    after_number = span is not None and noun.i > span[-1].i
    counted_apart = any(c.dep_ == "nummod" for c in noun.children)  # "the bank's 100,000 bankers": not the bank
    for child in noun.lefts:
        if child.dep_ == "poss" and counted_apart:
            continue
        if child.dep_ in ("amod", "compound", "nmod", "poss") and (not after_number or child.i > span[-1].i):
            edge = child.left_edge  # "first-team players", "Hillary Clinton's contributors": with its own words
            while edge.pos_ == "DET" and edge.i < child.i:
                edge = edge.doc[edge.i + 1]
            left = edge if not after_number or edge.i > span[-1].i else child
            break
    right = _phrase_end(noun)
    start, end = left.idx, right.idx + len(right.text)
    phrase = text[start:end]
    phrase = re.sub(r"[“”\"']", "", phrase)
    return re.sub(r"^(?:so-)?called\s+", "", phrase.replace("so-called ", "")).strip()


def _phrase_end(noun):
    """The last word of the counted phrase: the noun, the noun a counted modifier belongs to ("11 member
    trade agreement"), a bare noun after "of" ("barrels of oil"), a coordinated noun ("migrants and refugees")."""
    right = noun
    head = noun
    while head.dep_ in ("compound", "nmod") and head.head.i > head.i and head.head.pos_ == "NOUN":
        head = head.head
    if head is not noun and head.i - noun.i <= 3:
        right = head
    for child in right.rights:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") and right is noun and child.i - noun.i <= 4:
            right = child  # "migrants and refugees", not a second noun phrase further on
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i == right.i + 1 and right.lemma_.lower() not in PER_NOUNS:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "NOUN" and not any(g.dep_ in ("det", "poss") for g in pobj.children):
                right = pobj  # "barrels of oil", "snaps of man coverage"
            break
    return right


# Nouns whose "of" names a whole, not what is counted ("the age of 5", "a total of 40").
PER_NOUNS = frozenset("age total average number percent rate share part half maximum minimum".split())
# Words of measure that are the unit when they follow the number, whatever noun comes after.
MEASURE_WORDS = frozenset(
    """litre liter litres liters metre meter metres meters kilometre kilometer kilometres kilometers mile miles
    inch inches foot feet yard yards acre acres hectare hectares gallon gallons tonne tonnes ton tons kilogram
    kilograms gram grams ounce ounces times fold""".split()
)


CURRENCY_NOUNS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupee": "INR", "ringgit": "MYR", "afghani": "AFN", "franc": "CHF", "rand": "ZAR",
    "naira": "NGN", "shilling": "KES", "riyal": "SAR", "lira": "TRY", "peso": "MXN", "cent": "cent",
}
CURRENCY_OF_COUNTRY = {
    "australian": "AUD", "hong kong": "HKD", "new zealand": "NZD", "canadian": "CAD", "singapore": "SGD",
    "pakistani": "PKR", "indian": "INR", "us": "USD", "u.s.": "USD", "american": "USD", "zimbabwean": "ZWL",
    "jamaican": "JMD", "taiwan": "TWD", "taiwanese": "TWD", "kenyan": "KES", "ugandan": "UGX", "egyptian": "EGP",
    "swiss": "CHF", "mexican": "MXN", "philippine": "PHP", "brazilian": "BRL",
}
SPELLED_UNITS = {
    "meter": "metre", "metre": "metre", "kilometer": "kilometre", "kilometre": "kilometre", "centimeter": "centimetre",
    "millimeter": "millimetre", "liter": "litre", "litre": "litre", "celsius": "celsius", "fahrenheit": "fahrenheit",
    "time": "count", "percent": "percent", "mile": "mile", "tonne": "tonne", "ton": "ton", "kilogram": "kilogram",
    "liters": "litre", "litres": "litre", "meters": "metre", "metres": "metre", "times": "count", "fold": "count",
    "feet": "foot", "inches": "inch",
}
PER_RE = re.compile(r"\s*(?:a|an|per|each)\s+([a-z]+)\b(?!\s+(?:earlier|ago|later|before|after|prior|back)\b)", re.I)
AGE_OF_RE = re.compile(r"\b(?:age of|aged)\s*[\d.,]+$", re.I)
AGE_RE = re.compile(r"^[\s-]?years?[- ]old\b", re.I)


def _unit(a: Amount, noun, after: str = "", before: str = "") -> str | None:
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
    repaired = _repaired(noun)
    if lemma in HOUSEHOLD_NOUNS or noun.lower_ in HOUSEHOLD_NOUNS or repaired in HOUSEHOLD_NOUNS:
        return "household"
    if noun.lower_ in PERSON_NOUNS or lemma in PERSON_NOUNS or noun.ent_type_ == "NORP" or repaired in PERSON_NOUNS:
        return "person"
    return SPELLED_UNITS.get(lemma, lemma)


GLUED_AUXILIARY_RE = re.compile(r"(?:were|was|are|is|have|has|had|remain|remained)$")


def _repaired(noun) -> str:
    """A noun as damaged text writes it, mended: "fami-lies" (a line-end hyphen), "peoplewere" (a lost space)."""
    doc = noun.doc
    word = noun.lower_
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_:
        word = doc[noun.i - 2].lower_ + word
    return GLUED_AUXILIARY_RE.sub("", word) if word not in PERSON_NOUNS else word


def _term(tok) -> tuple[str | None, Any]:
    """What happened to the counted: the verb governing it ("have been repatriated"), a state ("at
    risk", "home to" -> hosted), or a participle beside it ("people displaced", "displaced people")."""
    if tok is None:
        return None, None
    if (sheltered := _shelter_term(tok)) is not None:
        return sheltered
    for child in tok.children:
        if child.dep_ in ("acl", "amod") and child.tag_ == "VBN" and child.lemma_.lower() in TERM_VERBS:
            return child.text.lower(), child
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in NOMINAL_TERMS:
        noun = tok.head.head  # "the displacement of 10,214 people", "the evacuation of 618,000 people"
        return NOMINAL_TERMS[noun.lemma_.lower()], noun
    found = _governing_term(tok)
    verb = found[1]
    weak = found[0] is None or (verb is not None and verb.lemma_.lower() not in TERM_VERBS and found[0] not in STATES)
    if weak and (near := _term_verb_nearby(tok)) is not None:
        return near.text.lower(), near  # "brings to 274,000 the number of people displaced"
    return found


TERM_VERBS = frozenset(
    """displace flee deport expel evacuate repatriate return relocate resettle uproot strand shelter host kill
    injure wound die drown destroy damage rescue arrest detain abduct kidnap force""".split()
)
TERM_WINDOW = 20
STATES = frozenset({"homeless", "stranded", "missing", "trapped", "at risk", "hosted", "sheltered"})


NOMINAL_TERMS = {"displacement": "displaced", "evacuation": "evacuated", "relocation": "relocated",
                 "deportation": "deported", "repatriation": "repatriated", "expulsion": "expelled",
                 "resettlement": "resettled"}
STAY_VERBS = frozenset("stay live remain shelter join sleep seek take find house accommodate".split())
CAMP_NOUNS = frozenset("camp camps".split())
SHELTER_NOUNS = frozenset("shelter centre center school church mosque tent evacuation".split())


def _shelter_term(tok):
    """Where people stay says what the figure counts: "staying in the displacement camp", "living in 60
    camps" (in camps); "stayed in emergency shelters", "remained in collective centres" (sheltered)."""
    verb = next((c for c in tok.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)  # "people staying in"
    if verb is None:
        head = tok
        while head.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos") and head.head is not head:
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                break
        verb = head if head.pos_ in ("VERB", "AUX") else None
    if verb is None or verb.lemma_.lower() not in STAY_VERBS:
        return None
    for prep in (c for c in verb.subtree if c.dep_ == "prep" and c.lower_ in ("in", "at", "into", "near") and c.i - verb.i < 8):
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if pobj.lemma_.lower() in CAMP_NOUNS or pobj.lower_ in CAMP_NOUNS:
            return "in camps", verb
        if pobj.lemma_.lower() in SHELTER_NOUNS:
            return "sheltered", verb
    return None


def _term_verb_nearby(tok):
    """When the parse loses the thread, the nearest verb of displacement or harm after the counted
    noun in the same sentence ("600,00 Afghans who hold ACC cards will be expelled")."""
    sent = tok.sent
    for cand in tok.doc[tok.i + 1:min(sent.end, tok.i + TERM_WINDOW)]:
        if cand.pos_ == "VERB" and cand.lemma_.lower() in TERM_VERBS:
            return cand
    return None


def _governing_term(tok) -> tuple[str | None, Any]:
    head = tok
    for _ in range(4):
        if head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos", "npadvmod", "nummod"):
            head = head.head
        else:
            break
        if head.pos_ in ("VERB", "AUX"):
            break
    if head.pos_ not in ("VERB", "AUX"):
        if head.lower_ == "home" and any(c.lower_ == "to" for c in head.children):
            return "hosted", None
        return None, None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "at":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.lower_ == "risk":
                return "at risk", head
    if head.lemma_ in ("be", "remain", "stay", "become"):
        attr = next((c for c in head.children if c.dep_ in ("attr", "acomp", "oprd", "xcomp")), None)
        if attr is not None and attr.lower_ == "home":
            return "hosted", head
        if attr is not None and (attr.lemma_.lower() in TERM_VERBS or attr.lower_ in STATES):
            return attr.lower_, attr  # "remained displaced", "were homeless"
        return (None if head.lemma_ == "be" else head.text.lower()), head
    if head.lemma_ in ("take", "seek", "find") and any(c.dep_ == "dobj" and c.lemma_ in ("shelter", "refuge")
                                                       for c in head.children):
        return "sheltered", head
    if head.lemma_ == "force" and (goal := next((c for c in head.children if c.dep_ == "xcomp"), None)) is not None:
        return f"forced to {goal.lemma_.lower()}", goal  # "forced 88,000 people to flee"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children) or head.tag_ == "VBN"
    return (head.text.lower() if passive else head.lemma_.lower()), head


HOUSING_NOUNS = frozenset("home house dwelling shelter building hut tent".split())


def _category(a: Amount, unit: str | None, counted: str | None, term: str | None) -> str:
    words = set(re.findall(r"[a-z-]+", f"{counted or ''} {term or ''}".lower()))
    counted_words = set(re.findall(r"[a-z-]+", (counted or "").lower()))
    if unit not in (None, "person", "household") and unit not in HOUSING_NOUNS and not counted_words & DISPLACEMENT_WORDS:
        words = set()  # "a magnitude 6.2 earthquake displaced ...": the earthquake is not the displaced
    if words & CASUALTY_WORDS:
        return "casualties"
    if words & DISPLACEMENT_WORDS or (term == "at risk" and unit == "person"):
        return "displacement"
    if a.currency:
        return "money"
    if (unit or "").split(" per ")[0] in TIME_UNITS:
        return "time"
    if words & AID_WORDS:
        return "aid"
    return "other"


def _stock_or_flow(term: str | None) -> str | None:
    if term is None:
        return None
    if term in STOCK_TERMS:
        return "stock"
    if term in FLOW_TERMS or term.endswith("ed") and term in FLOW_TERMS | {"forced"}:
        return "flow"
    return None


WHERE_PREPS = frozenset("in within across into at throughout inside near around on".split())
# "from X" beside these is where people left, not where the figure belongs ("returnees from Iran").
RETURN_WORDS = frozenset("return returnee repatriate deport deportee expel cross arrive".split())
# "fled from X into Y", "fled X": the flight happened in X
FLIGHT_VERBS = frozenset("flee escape".split())


def _place(mentions, span, verb) -> Mention | None:
    """Where the figure happened: among the sentence's places (actors aside) that the gazetteer knows,
    the one the term verb places ("were displaced in Nord", "fled from Rakhine"), else any placed by
    "in", "within", "across"..., else the first. "From X" after a verb or noun of return or removal
    names where people left, never the figure's place."""
    if span is None:
        return None
    sent = span.sent
    places = [m for m in mentions if m.type == "place" and not m.actor and sent.start_char <= m.start < sent.end_char]
    ranked = [(_place_rank(m, span.doc, verb), m) for m in places]
    ranked = [r for r in ranked if r[0] is not None]
    return min(ranked, key=lambda r: r[0])[1] if ranked else None


def _place_rank(mention: Mention, doc, verb) -> tuple | None:
    prep = _preposition(mention, doc)
    word = prep.lower_ if prep is not None else None
    if word == "from" and (_lemma(prep.head) in RETURN_WORDS or _lemma(verb) in RETURN_WORDS):
        return None
    attached = prep is not None and verb is not None and verb in (prep.head, prep.head.head)
    placed = word in WHERE_PREPS or (word == "from" and _lemma(verb) in FLIGHT_VERBS)
    if prep is None and verb is not None and _lemma(verb) in FLIGHT_VERBS and _object_of(mention, doc) is verb:
        attached = placed = True  # "2,000 people fled Gwoza"
    # a place that only describes who speaks ("the Borno state governor said") says little of where
    return (mention.country is None, not (attached and placed), not placed, _titles_speaker(mention, doc),
            mention.start)


def _object_of(mention: Mention, doc):
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root.head if span is not None and span.root.dep_ == "dobj" else None


def _titles_speaker(mention: Mention, doc) -> bool:
    """The place modifies the subject of the sentence's verb ("The Borno state governor said ...")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return tok is not span.root
        if tok.dep_ not in ("compound", "amod", "nmod", "poss") or tok.head is tok:
            return False
        tok = tok.head
    return False


def _lemma(tok) -> str:
    return tok.lemma_.lower() if tok is not None else ""


def _preposition(mention: Mention, doc):
    """The preposition whose object a place mention is ("in Mitwaba territory", "from Pakistan and Iran")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(4):
        if tok.dep_ == "pobj":
            return tok.head
        if tok.dep_ not in ("compound", "conj", "appos", "amod", "nmod", "poss") or tok.head is tok:
            return None
        tok = tok.head
    return None


def _when(dates, sent) -> DateMention | None:
    if sent is None:
        return None
    found = [d for d in dates if sent.start_char <= d.start < sent.end_char]
    return found[0] if found else None


def _stated_by(article: Article, a: Amount) -> Speaker | None:
    holding = [q for q in article.quotes if q.start <= a.start and a.end <= q.end and q.speaker is not None]
    return min(holding, key=lambda q: q.end - q.start).speaker if holding else None


def _change(verb, span) -> str | None:
    """ "rose 64 points", "increased by 2 percent", "down 1%", "-1.3%": the figure is a change. The level a
    change reaches or starts from ("rose to $7.4bn from $6.8bn") is not, nor a noun ("a 19% drop")."""
    if span is None:
        return None
    doc = span.doc
    root = span.root
    if span.start > 0 and doc[span.start - 1].lower_ in ("to", "from", "at"):
        return None
    if root.head.lower_ in ("to", "from", "at") or (
            root.dep_ in ("nummod", "compound", "quantmod") and root.head.head.lower_ in ("to", "from", "at")):
        return None  # "rose to 3.9 million headsets"
    head = root
    while head.dep_ in ("nummod", "compound", "quantmod", "amod") and head.head.i > head.i:
        head = head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in CHANGE_NOUNS:
            return None  # "a 4.2 percent drop": the size of a change named by a noun
    tokens = [verb] if verb is not None else []
    head = span.root
    for _ in range(3):
        head = head.head
        tokens.append(head)
        if head.pos_ in ("VERB", "AUX"):
            break
    tokens += [doc[i] for i in range(max(0, span.start - 2), span.start)]
    for tok in tokens:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in UP_VERBS or tok.lower_ == "up" and tok.pos_ in ("ADV", "ADP"):
            return "up"
        if tok.pos_ == "VERB" and tok.lemma_.lower() in DOWN_VERBS or tok.lower_ == "down" and tok.pos_ in ("ADV", "ADP"):
            return "down"
    if span.text.lstrip().startswith("-") and "%" in span.text:
        return "down"
    return None


STAGE = Stage("figures", VERSION, per_article(find_figures), requires=("doc", "mentions", "quotes"),
              assigns=("figures",))
