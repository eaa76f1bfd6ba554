"""Figures in French text: the same records and event classes as English, found by the shapes French writes.

Amounts come from ``numbers.find_numbers`` (which reads "20 000", "6,9 millions", "180.000" the way each text
writes them, and the French qualifiers "plus de", "près de", "environ", "au moins" of the lexicon), from number
words read by text2num ("trois", "vingt-cinq", "un million") and from approximate counts ("une cinquantaine de":
about 50). Then, from the French parse:

- counted: the noun after the number, past "de"/"d'" and adjectives ("1,5 million de déplacés internes",
  "20 000 nouveaux réfugiés soudanais"), with the adjectives after it;
- term and event: a word of an event class (``events.toml``, ``[classes.NAME.fr]``) as the counted noun
  ("110 000 déplacés"), right after it ("personnes déplacées"), as the noun it depends on ("le déplacement de
  20 000 personnes"), or as the number's predicate ("115 personnes ont été tuées", "6 270 habitants ont fui",
  "forcé 6 500 personnes à fuir"); the term is the word as written;
- unit: person for people and the words of an event class, household, or a measure ("72 heures": hour);
- place, date and outlet as in English (``context.place_of``, ``when.when_of``); stated_by: the speaker of the
  narrowest quote holding the figure (the French quotes stage reports "selon X" and incises as quotes).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from text_to_num import text2num

from ... import lexicon
from ...lexicon.events import category_of_class, classes, localized_classes
from ...records import Article, Figure, Quote, Speaker
from ..focus import country_weights, focus_country, focus_mention
from ..nlp import doc_text, verb_lemma
from ..quotes.french import DATELINE_RE, PERSON_PRONOUNS, SAYING_FORMS, SPEAKER_NOUNS
from ..quotes.french import SAYING as _SAYING
from ..quotes.french import speaker_of_subject as speaker_in_words
from ..quotes.french import speaker_of_words as speaker_in_words_at
from ..spans import ByStart
from . import learned
from .context import (
    bracket_holder,
    place_of,
    with_filed_places,
    with_movement_places,
    with_paragraph_before_places,
)
from .counted import with_partitive_units
from .filters import MAX_RATIO_BASE, RATIO_TIME_RE, _in_date, _in_name, no_event, ratio_starts, responder
from .keylines import labelled
from .numbers import CURRENCY_SYMBOLS, Amount, find_numbers
from .sources import continued_sources, enclosed_sources, labelled_sources, paragraph_sources
from .terms import (
    AREA_NOUNS,
    BUILDING_NOUNS,
    OBJECT_NOUNS,
    PEOPLE_VERBS,
    SETTLEMENT_NOUNS,
    SITE_NOUNS,
    Event,
    befalls,
    capacity,
    category_of,
    done_to_things,
    of_things,
    population,
    stock_or_flow,
)
from .when import when_of

LANGUAGE = "fr"
EVENT_WORDS = localized_classes(LANGUAGE, "words")
EVENT_VERBS = localized_classes(LANGUAGE, "verbs")
PERSON_NOUNS = lexicon.words(lexicon.localized("units.person_nouns", LANGUAGE))
HOUSEHOLD_NOUNS = lexicon.words(lexicon.localized("units.household_nouns", LANGUAGE))
MEASURES: dict[str, str] = lexicon.table(lexicon.localized("units.measures", LANGUAGE))
CANONICAL_UNITS: dict[str, str] = lexicon.table(lexicon.localized("units.canonical_units", LANGUAGE))  # "maison": house
CURRENCY_CODES = lexicon.words("units.currency_codes") | {u for u in MEASURES.values() if u.isupper()}  # + "XOF"
MONTHS = (*lexicon.terms(lexicon.localized("time.months", LANGUAGE)),
          *lexicon.table(lexicon.localized("time.month_spellings", LANGUAGE)))  # "le 5 aout": unaccented too
DATE_WORDS = frozenset(w.lower() for w in (*MONTHS, *lexicon.terms(lexicon.localized("time.weekdays", LANGUAGE))))

WORD_NUMBERS = lexicon.table(lexicon.localized("numbers.word_units", LANGUAGE))
APPROXIMATE: dict[str, int] = lexicon.table(lexicon.localized("numbers.approximate", LANGUAGE))
VAGUE = {w: tuple(b) for w, b in lexicon.table(lexicon.localized("numbers.vague", LANGUAGE)).items()}
COUNT_NOUNS = lexicon.words(lexicon.localized("events.count_nouns", LANGUAGE))
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
STATING = lexicon.words(lexicon.localized("quotes.figure_stating_verbs", LANGUAGE))
HOLDING_VERBS = lexicon.words(lexicon.localized("quotes.holding_verbs", LANGUAGE))
STATING_PHRASES = {tuple(p.split()) for p in lexicon.terms(lexicon.localized("quotes.figure_stating_phrases", LANGUAGE))}
PHRASE_FORMS = lexicon.words(lexicon.localized("quotes.figure_stating_phrase_forms", LANGUAGE))
SOURCE_NOUNS = lexicon.words(lexicon.localized("quotes.figure_source_nouns", LANGUAGE))
# "fait état de", "faisait également état d'": a form of a stating phrase's verb, at most three words, its noun, "de"
STATING_PHRASE_RE = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(PHRASE_FORMS, key=len, reverse=True)) + r")\s+(?:[\w'’]+\s+){0,3}?(?:"
    + "|".join(sorted({noun for _, noun in STATING_PHRASES}, key=len, reverse=True)) + r")(?:\s+[^\W\d]+)?\s+d(?:e\b|['’])")
MAX_CLIMB = 6


def french_saying() -> frozenset[str]:
    return _SAYING


SEE_THROUGH = frozenset({"être", "rester", "avoir", "faire", "devoir", "pouvoir", "falloir"})
OF_WORDS = frozenset({"de", "d'", "d’", "des", "du"})

_NUMBER_WORD = "|".join(sorted((w for w in WORD_NUMBERS if w not in ("un", "une")), key=len, reverse=True))
_MAGNITUDE = r"millions?|milliards?|mille"
WORD_NUMBER_RE = re.compile(
    rf"\b(?:(?:{_NUMBER_WORD}|vingts|cents)(?:[\s-](?:et[\s-])?(?:{_NUMBER_WORD}|un|une|vingts|cents|{_MAGNITUDE}))*"
    rf"|(?:un|une)\s+(?:{_MAGNITUDE}))\b", re.I)
APPROXIMATE_RE = re.compile(r"\b(?:une|un|la|le|quelque)\s+(?P<word>" + "|".join(APPROXIMATE) + r")s?\b", re.I)
VAGUE_RE = re.compile(r"\b(?:des|plusieurs|quelques)\s+(?P<word>" + "|".join(sorted(VAGUE, key=len, reverse=True)) + r")\s+(?=de\b|d['’])", re.I)
ORDINAL_AFTER_RE = re.compile(r"(?:e|er|ère|ème|eme)\b")
MONTH_ABBREVIATIONS = lexicon.table(lexicon.localized("time.month_abbreviations", LANGUAGE))
# A month after a day: written whole, abbreviated with its dot ("14 oct."), or without it before the agency's name in
# brackets of a dateline ("BAMAKO, 20 nov (Reuters) -"), as dates_fr.py reads them.
MONTH_AFTER_RE = re.compile(r"\s+(?:(?:" + "|".join(MONTHS) + r")\b|(?:" + "|".join(MONTH_ABBREVIATIONS) + r")(?:\.|"
                            r"(?=\s*\(\s*[^\W\d_])))", re.I)
# A day coordinated with a dated day ("des 14 et 15 mai", "le 3 et le 4 mars", "entre le 12 et le 18 juin", "du 12
# au 18 juin", "les 2, 3 et 4 avril"): the days before the month are days too.
_DAY = r"\d{1,2}(?:er)?"
DAY_BEFORE_MONTH_RE = re.compile(rf"(?:\s*(?:,|et|au|à|-|–)\s*(?:le\s+)?{_DAY})+\s+(?:" + "|".join(MONTHS) + r")\b", re.I)
CLOCK_RE = re.compile(r"\s*h(?:eures?)?\b(?:\s*\d\d)?\s*(?:du\s+(?:matin|soir)|de\s+l['’]après-midi)?", re.I)
CLOCK_BEFORE_RE = re.compile(r"\b(?:vers|à|dès|jusqu['’]à|avant|après)\s+$", re.I)
# "5 heures du matin", "vers 22 heures du soir": a time of the day, however it is qualified ("aux environs de").
DAY_PART_RE = re.compile(r"\s*h(?:eures?)?\b(?:\s*\d\d)?\s*(?:du\s+(?:matin|soir)|de\s+l['’]après-midi|de\s+la\s+nuit)\b", re.I)
# "aux environs de 11 heures", "autour de 14 heures": an hour of the day, not a count of hours.
ABOUT_CLOCK_RE = re.compile(r"(?i)\b(?:aux\s+environs\s+de|autour\s+de)\s+$")
# An age in years, maybe the first of ages coordinated ("âgées de 14 et 16 ans", "âgés de 2 à 9 ans": the 14 is
# no count of people), or the last of them (the 16).
_AGE_AND = r"\s*(?:,|et|ou|à)\s*"
AGE_RE = re.compile(rf"(?:{_AGE_AND}\d{{1,3}})*\s+ans\b", re.I)
AGE_BEFORE_RE = re.compile(rf"(?:âgée?s?\s+de|de)\s+(?:\d{{1,3}}{_AGE_AND})*$", re.I)
# One person, maybe "âgé", then "de"/"d'" before the number and a unit of age after it: "un nourrisson de huit
# mois", "un homme d'une quarantaine d'années", "une fillette âgée de 3 semaines". Alone, "8 mois" is a span of time.
AGE_HOLDERS = lexicon.words(lexicon.localized("figures.age_holders", LANGUAGE)) | PERSON_NOUNS
AGE_HOLDER_BEFORE_RE = re.compile(r"\b([^\W\d_][\w-]*)\s+(?:âgée?s?\s+)?(?:de\s+|d['’]\s*)$", re.I)
AGE_UNIT_AFTER_RE = re.compile(r"\s+(?:ans|mois|semaines|d['’]années)\b", re.I)
# An age in apposition after a name: "Aminata Traoré, 36 ans, arrivée au camp", "raconte Ahmed, 34 ans."
AGE_APPOSED_RE = re.compile(r"\s+ans\s*[,.;)]")
NAME_BEFORE_RE = re.compile(r"[A-ZÀ-Ý][\w'’-]+,\s*$")
YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
# A telephone number: "01 45 67 89 10", "+235 66 29 14 10", "22.33.44.55" (four or more pairs of digits), its country
# code in brackets as English PHONE_RE reads it ("(+225) 27 20 21 45 00"), a mobile number opening on three digits
# ("(+237) 699 00 00 00") after a country code.
# A national number opening on 0 and three or four digits ("0269 63 50 00") is read as the pairs are; after a country
# code, three to five groups of two to four digits ("+243 997 012 348", "(+221) 33 869 00 00").
PHONE_RE = re.compile(r"(?<![\d,])(?:\(?\+\d{2,3}\)?[\s.\u00a0]?)?(?:\d{1,2}|0\d{2,3})(?:[\s.\u00a0]\d\d){3,}(?![\d,])"
                      r"|(?<![\d,])\(?\+\d{2,3}\)?[\s.\u00a0]?\d{3}(?:[\s.\u00a0]\d\d){3}(?![\d,])"
                      r"|(?<![\d,])\(?\+\d{2,3}\)?(?:[\s.\u00a0]\d{2,4}){3,5}(?![\d,])")
# Digits written with a leading zero, six or more: a telephone number written as one ("0815550123"), as English
# leaves "08031234567" unread.
LEADING_ZERO_RE = re.compile(r"0\d{5,}")
# A number of three digits or more right after a word of calling ("le numéro vert 114", "son numéro d'urgence, le 116",
# "des urgences 112"): one to call, as English filters.py DIAL_BEFORE_RE.
DIAL_BEFORE_RE = re.compile(r"\b(?:" + "|".join(lexicon.terms(lexicon.localized("figures.dial_words", LANGUAGE)))
                            + r")\s*[:,]?\s+(?:le\s+|au\s+)?$", re.I)
VERSION = "1"
EXTRACTOR = f"figures@{VERSION}"


def find_figures(article: Article, doc) -> tuple[Figure, ...]:
    mentions, dates = ByStart(article.mentions, _start), ByStart(article.dates, _start)
    out: list[Figure] = []
    found = amounts(article.text)
    shares = ratio_starts(found, article.text, LANGUAGE) | _one_in_bases(found, article.text, doc)
    for amount in found:
        if not _not_a_figure(amount, article, doc):
            out.append(_included(_restated(_part_of(_others(_elided(_in_state(_pronoun_people(
                _figure(amount, article, doc, mentions, dates), out, article.text), article.text), out, article.text),
                out, article.text), out, article.text), out, article.text), out, article.text, doc))
    out = with_partitive_units(_registered(_shared_predicates(_shared_nouns(out, article.text), article.text), article.text, doc),
                               article.text, LANGUAGE, events=True)
    out = enclosed_sources(paragraph_sources(_coordinated_sources(continued_sources(out, article.text, ANAPHORIC_NOUNS),
                                                                  article.text), article.text, article.quotes), article.text)
    out = same_sources(labelled_sources(out, article, LANGUAGE), article)
    out = [dataclasses.replace(f, stated_by=None) if f.stated_by is not None and _no_count(f.stated_by) is None else f
           for f in out]  # a source passed on from a figure whose source was a count
    issuer = communique_issuer(article, doc)
    out = [dataclasses.replace(f, stated_by=issuer) if f.stated_by is None and issuer is not None else f for f in out]
    out = learned.with_learned_events(out, doc, counted_noun, language=LANGUAGE)
    out = [dataclasses.replace(f, unit=CANONICAL_UNITS[f.unit]) if f.unit in CANONICAL_UNITS else f for f in out]
    out = [no_event(f) if f.start in shares or f.unit == "percent" else f for f in out]  # "9 arrivants sur 10": a
    # proportion; "une enveloppe de 2 milliards pour l'aide aux victimes, dont 40 % pour les abris": a share, no
    # one's count (as English shares, figures' _shares_without_events)
    # as English figures end: the title's filed country, then the paragraph before, for figures nothing else placed
    placed = with_movement_places(_named_parts(list(out), article.text, doc), article)
    return tuple(with_paragraph_before_places(with_filed_places(placed, article), article))


RATIO_ONE_RE = re.compile(r"\b(?:" + "|".join(lexicon.terms(lexicon.localized("figures.ratio_ones", LANGUAGE)))
                          + r")\s+(?:[^\W\d]+\s+){0,2}(?:" + "|".join(
                              lexicon.terms(lexicon.localized("figures.ratio_words", LANGUAGE))) + r")\s+$", re.I)


def _one_in_bases(found: list[Amount], text: str, doc) -> frozenset[int]:
    """The base of a proportion whose one is the word "un" ("un enfant sur quatre souffre de malnutrition", "près
    d'une personne sur trois a besoin d'aide"), which no amount reads: a share, no count of anyone, as "9 arrivants
    sur 10" (``ratio_starts``); not a number of things a noun after it counts ("une attaque sur deux villages")."""
    out = set()
    for a in found:
        if a.value is None or a.low is not None or a.currency or a.percent or not 1 < a.value <= MAX_RATIO_BASE \
                or not RATIO_ONE_RE.search(text, max(0, a.start - 40), a.start) or RATIO_TIME_RE.match(text, a.end):
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        after = doc[span.end] if span is not None and span.end < len(doc) else None
        if after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"):
            out.add(a.start)
    return frozenset(out)


def _named_parts(figures: list[Figure], text: str, doc) -> list[Figure]:
    """A number said to be other people by "être" counts those people, its event the whole's: "Parmi eux, 7 100
    étaient des mineurs", "12 des morts étaient des enfants" (the number the subject of a plural noun with its
    copula, after the number). Last, once the figure has its event from the whole."""
    out = []
    for f in figures:
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        head = span.root.head if span is not None else None
        if head is not None and head.i > span.root.i and head.pos_ == "NOUN" and "Plur" in head.morph.get("Number") \
                and span.root.dep_ in SUBJECTS | {"expl:subj"} and any(c.dep_ == "cop" for c in head.children) \
                and head.lemma_.lower() not in COUNT_NOUNS:
            f = dataclasses.replace(f, counted=counted_phrase(head, text))
        if span is not None and responder(f, counted_noun(span, doc), LANGUAGE):
            f = no_event(f)  # "120 volontaires mobilisés", "210 renforts sont arrivés": those who help
        out.append(f)
    return out


SAME_SOURCE_MENTIONS = frozenset(lexicon.terms(lexicon.localized("quotes.same_source_mentions", LANGUAGE)))
SAME_SOURCE_RE = re.compile(r"(?i)^(?:(?:la|les|de|des|du)\s+)?(?:" + "|".join(map(re.escape, SAME_SOURCE_MENTIONS)) + r")$")


def same_sources(figures: list[Figure], article: Article) -> list[Figure]:
    """ "..., a indiqué à l'AFP un élu de la commune. Huit autres villageois ont été blessés, selon la même source",
    "« ... », a raconté un habitant. Selon la même source, plusieurs dizaines de familles ont fui": a source named as
    the same source is the last one named before it, a figure's or a quote's speaker (not another "même source", nor
    a text of figures: "un premier bilan faisait état de 50 morts"); it keeps its own words as its mention."""
    out: list[Figure] = []
    for f in figures:
        said = f.stated_by
        if said is not None and not said.name and SAME_SOURCE_RE.match((said.mention or "").strip()):
            before = [(g.end, g.stated_by) for g in out if g.end <= f.start and g.stated_by is not None] + [
                (q.end, q.speaker) for q in article.quotes if q.end <= f.start and q.speaker is not None]
            named = [(end, sp) for end, sp in before if (sp.name or sp.mention) and not SAME_SOURCE_RE.match(
                (sp.mention or "").strip()) and not set(WORD_RE.findall((sp.mention or "").lower())) & SOURCE_NOUNS]
            if named:
                prev = max(named, key=lambda p: p[0])[1]
                f = dataclasses.replace(f, stated_by=dataclasses.replace(
                    said, name=prev.name or prev.mention, role=prev.role, type=prev.type))
        out.append(f)
    return out


STATEMENT_TITLES = lexicon.words(lexicon.localized("quotes.statement_titles", LANGUAGE))
ISSUER_SENTENCES = 3  # the opening sentences (a place and date line, a heading) where a communiqué's issuer speaks


STATEMENT_OPENING_RE = re.compile(r"(?i)\b(?:" + "|".join(lexicon.terms(lexicon.localized("quotes.statement_openings", LANGUAGE)))
                                  + r")\b")


def communique_issuer(article: Article, doc) -> Speaker | None:
    """Who issues a communiqué (a title that opens with "Communiqué", or an opening sentence that addresses the public:
    "Le Gouvernement informe l'opinion nationale et internationale que"): the subject of the first of its opening
    sentences whose verb has one that can speak ("Le ministère de la Défense nationale porte à la connaissance de
    l'opinion ... que", "Le préfet de Mayotte fait le point sur la situation"); or the organisation that a title says
    speaks ("MSF alerte sur ...", "..., alerte l'UNICEF": its press release). The page is its statement: it states
    every figure that names no source of its own."""
    words = (article.title or "").split()
    opening = list(doc.sents)[:ISSUER_SENTENCES]
    if not (words and words[0].lower() in STATEMENT_TITLES
            or any(STATEMENT_OPENING_RE.search(sent.text) for sent in opening)):
        return _title_speaker(article)
    for sent in opening:
        if (m := STATEMENT_OPENING_RE.search(article.text, sent.start_char, sent.end_char)) is not None \
                and m.start() - sent.start_char > 1:
            # who addresses the public ("La Direction ... informe la population"), however the parse hangs the verb
            return speaker_in_words_at(sent.start_char, len(article.text[:m.start()].rstrip()), article)
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)  # "informe" may be tagged ADJ
        if subject is not None and subject.pos_ != "PRON" and _can_speak(subject):
            return speaker_in_words(subject, article)
    return None


def _title_speaker(article: Article) -> Speaker | None:
    """The organisation a title has speak ("Le HCR alerte sur l'arrivée de milliers de réfugiés", "MSF alerte sur la
    situation des déplacés", "la violence prive des millions d'enfants d'école, alerte l'UNICEF"): a verb of saying in
    the title and an organisation the text names written in it."""
    title = article.title or ""
    if not any(w.lower() in SAYING_FORMS for w in WORD_RE.findall(title)):
        return None
    named = next((m for m in article.mentions if m.type == "organisation" and len(m.text) > 1
                  and re.search(rf"(?<!\w){re.escape(m.text)}(?!\w)", title)), None)
    return speaker_in_words_at(named.start, named.end, article) if named is not None else None


WORD_RE = re.compile(r"[\w'’-]+")


COORDINATED_RE = re.compile(r"[^.;:!?«»\n]{0,80}(?:\s(?:et|ainsi\s+que)\s+(?:de\s+|d['’]\s*)?|,\s*contre\s+)")


def _coordinated_sources(figures: list[Figure], text: str) -> list[Figure]:
    """ "Le RNDDH dénombre 14 blessés et au moins 6 personnes enlevées", "le bilan s'établit à 14 morts, a annoncé
    la préfecture, contre 9 mercredi": a figure coordinated with the one before it in its sentence, or what that
    one stood at before, with no source of its own, is stated by whoever states that one."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if f.stated_by is None and prev is not None and prev.stated_by is not None \
                and COORDINATED_RE.fullmatch(text, prev.end, f.start):
            f = dataclasses.replace(f, stated_by=prev.stated_by)
        out.append(f)
    return out


LIVESTOCK_NOUNS = lexicon.words(lexicon.localized("units.animal_nouns", LANGUAGE))  # no event at all
ANIMAL_NOUNS = lexicon.words(lexicon.localized("units.animal_nouns", LANGUAGE)) | lexicon.words(
    lexicon.localized("units.vehicle_nouns", LANGUAGE))  # and vehicles: never casualties nor displaced
# The words between a counted noun and the number coordinated with it ("40 villageois et 3 gendarmes", "12 civils
# ainsi que 5 éléments de l'armée"): no number, clause break or verb group of its own in between.
SHARED_GAP_RE = re.compile(r"[^\d.;:!?«»\n,()]{0,60}\s(?:et|ainsi\s+que)\s+(?:de\s+|d['’]\s*)?")
SENTENCE_END_RE = re.compile(r"[.;:!?«»\n]")


STATE_WORDS = localized_classes(LANGUAGE, "states")
STATE_RE = re.compile(r"[^\d.;:!?«»\n]{0,60}?\b(?:en|à\s+l['’]\s*|de\s+l['’]\s*|d['’]\s*)\s*"
                      r"(?:(?:situation|état|phase)\s+d['’]\s*)?(" + "|".join(map(re.escape, STATE_WORDS)) + r")\b", re.I)


def _in_state(f: Figure, text: str) -> Figure:
    """ "1,3 million de personnes sont en situation d'insécurité alimentaire aiguë": people counted with no event
    of their own, in a state their clause names after them (the classes' French states), are counted in it."""
    if f.event is not None or f.unit not in ("person", "household") or not STATE_WORDS \
            or (found := STATE_RE.match(text, f.end)) is None:
        return f
    term = found.group(1)
    event = STATE_WORDS[term.lower()]
    return dataclasses.replace(f, event=event, term=term, stock_or_flow=stock_or_flow(term, event),
                               category=category_of(_amount_of(f), f.unit, f.counted, term, event))


def _shared_predicates(figures: list[Figure], text: str) -> list[Figure]:
    """ "40 villageois et 3 gendarmes ont été tués", "12 civils et 5 éléments de l'armée tués": the verb group or
    participle after the last of coordinated counted nouns is said of each; a figure with no event of its own
    coordinated with the next, whose term comes after it in the sentence, takes that figure's class and term."""
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):
        f, nxt = out[i], out[i + 1]
        if f.event is not None or nxt.event is None or not nxt.term or f.counted is None \
                or f.unit in MEASURE_UNITS or f.unit is None or not SHARED_GAP_RE.fullmatch(text, f.end, nxt.start):
            continue
        rest = text[nxt.end:]
        stop = SENTENCE_END_RE.search(rest)
        at = rest.find(nxt.term)
        if at < 0 or (stop is not None and stop.start() < at) or (nxt.counted and nxt.term in nxt.counted.split()):
            continue  # the term is the second noun's own ("5 blessés"), or said in another clause
        out[i] = dataclasses.replace(f, event=nxt.event, term=nxt.term, stock_or_flow=nxt.stock_or_flow,
                                     category=category_of(_amount_of(f), f.unit, f.counted, nxt.term, nxt.event))
    return out
PEOPLE_CATEGORIES = frozenset({"casualties", "displacement"})
ANAPHORIC_NOUNS = lexicon.words(lexicon.localized("units.anaphoric_nouns", LANGUAGE))
OTHERS_RE = re.compile(r"\s+(?:" + "|".join(sorted(ANAPHORIC_NOUNS, key=len, reverse=True)) + r")\b", re.I)


# Lemmas of verbs of inclusion, whose object is part of their subject ("les morts incluent 5 000 enfants").
INCLUSION_VERBS = lexicon.words(lexicon.localized("events.inclusion_verbs", LANGUAGE))
# Nouns a toll or a count is named by, whose inclusion counts part of the figure just before ("Ces chiffres incluent
# plus de 5 000 enfants", "Le bilan comprend 3 300 femmes"): lemmas.
TOLL_NOUNS = lexicon.words(lexicon.localized("events.toll_nouns", LANGUAGE))


def _included(f: Figure, before: list[Figure], text: str, doc) -> Figure:
    """A number a verb of inclusion takes is part of its subject ("Les morts incluent 5 000 enfants": killed, as
    English "the dead included seven women"); a subject that names a toll or figures ("Ces chiffres incluent plus de
    5 000 enfants et 3 300 femmes", "Le bilan comprend ...") stands for the figure just before, within two sentences,
    whose event the part takes."""
    if f.event is not None:
        return f
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    verb = _predicate(span.root) if span is not None else None
    if verb is None or verb.lemma_.lower() not in INCLUSION_VERBS or span.root.i < verb.i and not any(
            c.dep_ == "conj" for c in span.root.head.children):
        return f
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if subject is None:
        return f
    if (name := _class_of(subject)) is not None:
        return dataclasses.replace(f, event=name, term=subject.text, unit=f.unit or "person",
                                   category=category_of_class(name), stock_or_flow=stock_or_flow(subject.text, name))
    prev = before[-1] if before else None
    pointing = any("Dem" in c.morph.get("PronType") for c in subject.children)  # "ces chiffres": the ones just given
    if subject.lemma_.lower() not in TOLL_NOUNS or prev is None or prev.event is None \
            or text.count("\n\n", prev.end, f.start) > (1 if pointing else 0) \
            or len(re.findall(r"[.!?](?:\s|$)", text[prev.end:f.start])) > 1:
        return f
    return dataclasses.replace(f, event=prev.event, term=prev.term, category=prev.category, stock_or_flow=prev.stock_or_flow,
                               unit=f.unit or prev.unit)


def _others(f: Figure, before: list[Figure], text: str) -> Figure:
    """ "30 maisons ont été détruites et 40 autres endommagées": "autres" counts more of what the figure before in
    the sentence counts (its counted words and unit), whatever happened to them; "12 000 personnes ... et 3 000
    autres ont fui": the people the figure before counts, where "autres" names nothing itself."""
    prev = before[-1] if before else None
    if prev is None or prev.counted is None or not OTHERS_RE.match(text, f.end) or prev.unit == f.unit and f.counted \
            or (f.counted is not None and f.counted != f.term) or "\n" in text[prev.end:f.start] \
            or len(re.findall(r"[.!?](?:\s|$)", text[prev.end:f.start])) > 1:
        return f  # the figure before in its sentence or the one before ("... détruit 2 300 maisons. 1 100 autres")
    return dataclasses.replace(f, counted=prev.counted, unit=prev.unit,
                               category=category_of(_amount_of(f), prev.unit, prev.counted, f.term, f.event))


PART_BEFORE_RE = re.compile(r"(?i),\s*(?:dont|parmi\s+(?:lesquels|lesquelles|eux|elles))\s+(?:au\s+moins\s+|plus\s+d(?:e\s+|['’])|près\s+d(?:e\s+|['’])|environ\s+)?$")


# what lies between a part after ", dont" and a part coordinated with it ("dont 890 Guinéens et 610 Ivoiriens")
PART_COORDINATED_RE = re.compile(r"(?i)[^\d,.;:!?«»\n]{1,40}?\s(?:et|ou)\s+(?:au\s+moins\s+|plus\s+d(?:e\s+|['’])|près\s+d(?:e\s+|['’])|environ\s+)?")


def _part_of(f: Figure, before: list[Figure], text: str) -> Figure:
    """ "Au moins quinze personnes ont été tuées, dont deux policiers", "46 blessés, parmi lesquels huit enfants":
    people counted after ", dont" or ", parmi lesquels" are part of
    the figure before them in the sentence, and what happened to those happened to them (its class and term)."""
    prev = before[-1] if before else None
    if f.event is not None and (f.term is None or f.term in text[f.start:_part_end(text, f.end)]):
        return f  # a part with its own word for what befell it; not the word of the clause after the part ("sept
        # personnes ont perdu la vie, dont quatre enfants emportés par les eaux, et douze autres ont été blessées")
    if prev is not None and len(before) >= 2 and PART_BEFORE_RE.search(text, max(0, prev.start - 30), prev.start) \
            and PART_COORDINATED_RE.fullmatch(text, prev.end, f.start):
        prev = before[-2]  # "dont 3 412 Maliens et 2 086 Guinéens": the second part is of the figure the first is of
        if re.search(r"[.;:!?\n«»]", text[prev.end:f.start]):
            return f
    if prev is None or prev.event is None or prev.unit not in ("person", "household") \
            or f.unit not in (None, "person") \
            or not (PART_BEFORE_RE.search(text, max(0, f.start - 30), f.start) or prev is not before[-1]) \
            or re.search(r"[.;:!?\n«»]", text[prev.end:f.start]):
        return f
    return dataclasses.replace(f, event=prev.event, term=prev.term, unit="person",
                               category=prev.category, stock_or_flow=prev.stock_or_flow)


def _part_end(text: str, at: int) -> int:
    """Where the part after ", dont" that starts before ``at`` ends: the next comma or stop."""
    m = re.compile(r"[,;.:!?«»\n]").search(text, at)
    return m.start() if m is not None else len(text)


REGISTERING_VERBS = lexicon.words(lexicon.localized("events.registering_verbs", LANGUAGE))
ARRIVED_CLASS = "arrived"
REGISTERED_REACH = 600  # characters back to the displacement figure whose people a register counts
DISPLACEMENT = "displacement"


def _registering_verb(f: Figure, doc):
    """The verb of registering people whose object or passive subject the figure counts, if any."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return None
    noun = counted_noun(span, doc)
    tok = _governing_participle(span)
    candidates = [tok[2]] if tok is not None else []
    candidates += _predicates(_predicate(noun if noun is not None else span.root))
    before = doc[span.start - 1] if span.start > span.sent.start else None  # "Nous avons enregistré 2 140 ménages"
    candidates += [before] if before is not None else []
    return next((t for t in candidates if t.lemma_.lower() in REGISTERING_VERBS), None)


def _registered(figures: list[Figure], text: str, doc) -> list[Figure]:
    """People registered with no event of their own ("« Nous avons enregistré 2 140 ménages »", "ont recensé 186
    ménages", "1 200 personnes ont été enregistrées par les services sociaux"), right after a figure of people
    displaced (same paragraph or the one before): the register counts those people; the verb is the term. Registered
    over a time ("la semaine dernière", "depuis le début du mois") in a story of people displaced, with no movement
    just before (none, or a stock: people sheltered), they are the newly arrived, as registers count arrivals."""
    out = list(figures)
    for i, f in enumerate(out):
        if f.event is not None or f.unit not in ("person", "household") or i == 0:
            continue
        displaced = [p for p in out[:i] if p.category == DISPLACEMENT and p.unit in ("person", "household")]
        prev = next((p for p in reversed(displaced) if f.start - p.end <= REGISTERED_REACH), None)
        if prev is not None and text.count("\n\n", prev.end, f.start) > 1:
            prev = None
        if not displaced or (verb := _registering_verb(f, doc)) is None:
            continue
        if f.when is not None and (prev is None or prev.stock_or_flow != "flow"):
            event = ARRIVED_CLASS  # registered over a time, in a story of people displaced: the newly arrived ("ont
            # enregistré 2 140 ménages à Adré la semaine dernière", "1 150 ménages ont été enregistrés au point de
            # transit depuis le début du mois"), unless those of a movement just before (people who fled): not
            # those a figure of a stock before counts (people sheltered in the camp)
        elif prev is not None:
            event = prev.event
        else:
            continue
        out[i] = dataclasses.replace(f, event=event, term=verb.text, stock_or_flow=stock_or_flow(verb.text, event),
                                     category=category_of(_amount_of(f), f.unit, f.counted, verb.text, event))
    return out


RESTATED_BEFORE_RE = re.compile(r"(?i),\s*soit\s+(?:au\s+moins\s+|plus\s+d(?:e\s+|['’])|près\s+d(?:e\s+|['’])|environ\s+|quelque\s+)?$")


def _restated(f: Figure, before: list[Figure], text: str) -> Figure:
    """ "1 340 ménages sinistrés, soit près de 9 000 personnes", "186 ménages, soit 1 214 personnes": the same people
    counted another way after ", soit": what befell them befell these (the class and term), in their own unit."""
    prev = before[-1] if before else None
    if f.event is not None or prev is None or prev.event is None or f.unit not in ("person", "household") \
            or prev.unit not in ("person", "household") \
            or not RESTATED_BEFORE_RE.search(text, max(0, f.start - 30), f.start) \
            or re.search(r"[.;:!?\n«»]", text[prev.end:f.start]):
        return f
    return dataclasses.replace(f, event=prev.event, term=prev.term, stock_or_flow=prev.stock_or_flow,
                               category=category_of(_amount_of(f), f.unit, f.counted, prev.term, prev.event))


SHARED_NOUN_GAP_RE = re.compile(r"\s*,\s*|\s+(?:et|ou)\s+")


def _shared_nouns(figures: list[Figure], text: str) -> list[Figure]:
    """ "avec respectivement 231 et 118 cas", "12, 15 et 20 blessés": bare numbers coordinated with a number whose
    noun follows count what it counts (its counted words, unit, class and term)."""
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):
        f, nxt = out[i], out[i + 1]
        if f.counted is not None or f.unit is not None or f.event is not None or nxt.counted is None \
                or not SHARED_NOUN_GAP_RE.fullmatch(text, f.end, nxt.start):
            continue
        out[i] = dataclasses.replace(f, counted=nxt.counted, unit=nxt.unit, event=nxt.event, term=nxt.term,
                                     category=nxt.category, stock_or_flow=nxt.stock_or_flow)
    return out


def _amount_of(f: Figure) -> Amount:
    return Amount(start=f.start, end=f.end, value=f.value, written=f.text)


ELISION_GAP_RE = re.compile(r"[^.;:!?«»\n]{0,90}")


# A personal pronoun for people that opens the sentence of a bare number: its subject ("Elles étaient 6 000 mardi",
# "Ils ne sont plus que 2 000", "Ils sont désormais plus de 12 000") or those it counts a part of ("Parmi elles,
# 318 000 sont en phase d'urgence"), with adverbs and words of approximation before the number.
_APPROX = r"(?:\s+(?:désormais|encore|toujours|aujourd['’]hui|déjà|plus|moins|que|près|de|d['’]|environ|au|quelque))*"
PRONOUN_PEOPLE_RE = re.compile(  # the words from the sentence's start to the number
    r"(?i)\s*(?:(?:elles|ils)(?:\s+ne|\s+n['’])?\s*(?:sont|étaient|seront|seraient|restent|demeurent)"
    + _APPROX + r"|parmi\s+(?:elles|eux)\s*,?" + _APPROX + r")\s*$")


def _pronoun_people(f: Figure, before: list[Figure], text: str) -> Figure:
    """A bare number whose sentence opens with a pronoun for people ("Elles étaient 6 000 mardi", "Parmi elles,
    318 000 sont en phase d'urgence") counts the people of the last figure of people in the sentence before
    ("Environ 10 000 personnes sont toujours hébergées dans 70 centres"): their counted words and unit, and what
    befell them where the number's own words say nothing else (its state, read after this)."""
    if f.counted is not None or f.unit is not None or f.event is not None or not before:
        return f
    start = max(text.rfind("\n", 0, f.start) + 1, max((m.end() for m in re.finditer(r"[.!?]\s", text[:f.start])), default=0))
    if not PRONOUN_PEOPLE_RE.fullmatch(text, start, f.start):
        return f
    prev = next((p for p in reversed(before) if p.unit in ("person", "household") and p.counted is not None), None)
    if prev is None or text.count("\n\n", prev.end, f.start) > 1 or len(re.findall(r"[.!?](?:\s|$)", text[prev.end:f.start])) > 1:
        return f  # people of the sentence right before (which may end the paragraph before)
    if STATE_WORDS and STATE_RE.match(text, f.end):
        return dataclasses.replace(f, counted=prev.counted, unit=prev.unit)  # its own state says what they are in
    return dataclasses.replace(f, counted=prev.counted, unit=prev.unit, event=prev.event, term=prev.term,
                               category=prev.category, stock_or_flow=prev.stock_or_flow)


def _elided(f: Figure, before: list[Figure], text: str) -> Figure:
    """A bare number after a figure of people in its sentence counts the same people ("dont 2,5 millions au
    Nord-Kivu, 1,9 million en Ituri et 1,4 million au Sud-Kivu", "1,2 million, contre 400 000 avant la guerre",
    "600 000 réfugiés ..., et 180 000 autres"): it takes their counted words, term and class."""
    if f.counted is not None or f.unit not in (None, "person") or not before:
        return f
    prev = before[-1]
    if not _counts_things(prev) or prev.counted is None or not ELISION_GAP_RE.fullmatch(text, prev.end, f.start):
        return f
    if f.event is not None and f.event != prev.event:
        return _elided_with_own_event(f, prev)
    return dataclasses.replace(f, counted=prev.counted, term=f.term or prev.term, event=prev.event, unit=prev.unit,
                               category=prev.category, stock_or_flow=prev.stock_or_flow)


def _elided_with_own_event(f: Figure, prev: Figure) -> Figure:
    """ "3 200 cases ont été détruites et 1 450 ont été endommagées", "12 000 personnes vivent dans des écoles et
    2 500 dorment dehors": a bare number with its own verb counts what the figure before it counts (its counted words
    and unit), and keeps what its own verb says befell them; not where the verb is of people and the noun before a
    thing ("400 cases détruites et 1 200 sont sans abri": the homeless are people)."""
    if (prev.unit in ("person", "household")) != (category_of_class(f.event) in PEOPLE_CATEGORIES):
        return f
    event = of_things(prev.unit, f.event)
    return dataclasses.replace(f, counted=prev.counted, unit=prev.unit, event=event,
                               category=category_of(_amount_of(f), prev.unit, prev.counted, f.term, event))


MEASURE_UNITS = frozenset(MEASURES.values()) | CURRENCY_CODES | {"percent"}


def _counts_things(f: Figure) -> bool:
    """A figure of people, or of things something happened to ("212 nouveaux cas suspects ont été notifiés, contre
    168 la semaine précédente"), not a measure: a bare number after it may count the same."""
    return f.unit == "person" or f.event is not None and f.unit not in MEASURE_UNITS


def amounts(text: str) -> list[Amount]:
    """Every amount of a French text: digits (``find_numbers``, read with a decimal comma: "6,1" is six point one
    however few French function words a short text has), number words, approximate and vague counts."""
    halves = _halves(text)
    found = [a for a in find_numbers(text, "comma_decimal") if not re.fullmatch(r"[A-Za-z -]+", a.written)  # English number words
             and not any(h.start <= a.start < h.end for h in halves)]
    taken = [(a.start, a.end) for a in found]
    for extra in halves + _word_numbers(text) + _approximate(text) + _vague(text):
        if not any(s < extra.end and extra.start < e for s, e in taken):
            found.append(extra)
            taken.append((extra.start, extra.end))
    for a in found:
        if (m := PERCENT_RE.match(text, a.end)) is not None and not a.percent:
            a.percent, a.end = True, m.end()  # "12 pour cent"
        elif not a.currency and not a.percent and (m := CURRENCY_AFTER_RE.match(text, a.end)) is not None:
            a.currency = MEASURES[m.group(1).lower()]  # "3 500 ariary", "800 millions d'ariary": the parser may take
            # the currency's name for an adverb, never the number's noun
        elif not a.currency and not a.percent and (m := SIGN_AFTER_RE.match(text, a.end)) is not None:
            _signed_after(a, m)
    _thousands_in_words(found, text)
    # the number word "cent" of "pour cent" is the percentage's, not an amount of its own
    found = [a for a in found if not any(b is not a and b.start <= a.start and a.end <= b.end for b in found)]
    return _ranges(_written_twice(sorted(found, key=lambda a: a.start), text), text)


# "17 mille", "113 mille 582": digits, the word "mille", maybe the hundreds after it, as the Haitian and Central
# African press writes thousands (English "17 thousand" is read by NUMBER_RE's magnitudes).
MILLE_AFTER_RE = re.compile(r"[ \u00a0\u202f]+mille\b(?:[ \u00a0\u202f]+(?P<rest>\d{1,3})(?![\d,.]\d|[ \u00a0\u202f]*(?:mille|millions?|milliards?)\b))?",
                            re.I)


def _thousands_in_words(found: list[Amount], text: str) -> None:
    """A whole number of digits before "mille" counts thousands, the digits after it (up to three) are added:
    "17 mille personnes" is 17 000, "113 mille 582" is 113 582; the word "mille" and those digits, read as amounts
    of their own, then lie inside it and are dropped with the other amounts an amount holds."""
    for a in found:
        if a.value is None or a.low is not None or a.currency or a.percent or a.value != int(a.value) \
                or not a.written[:1].isdigit() or (m := MILLE_AFTER_RE.match(text, a.end)) is None:
            continue
        a.value = a.value * 1000 + (int(m.group("rest")) if m.group("rest") else 0)
        a.written += text[a.end:m.end()]
        a.end = m.end()


DIGITS_AFTER_RE = re.compile(r"\s*\(\s*[\d\s\u00a0\u202f.]+\s*\)")


def _written_twice(found: list[Amount], text: str) -> list[Amount]:
    """ "vingt-trois (23) personnes tuées", "Dix-sept (17) personnes": a number in words and again in digits between
    brackets, the way official communiqués write it, is one amount from the words to the bracket, so that what it
    counts is read after the bracket."""
    out: list[Amount] = []
    for a in found:
        prev = out[-1] if out else None
        if prev is not None and prev.value == a.value and text[prev.start:prev.end].strip()[:1].isalpha() \
                and (m := DIGITS_AFTER_RE.match(text, prev.end)) is not None and prev.end <= a.start and a.end <= m.end():
            prev.end = m.end()
            continue
        out.append(a)
    return out


PERCENT_RE = re.compile(r"\s+pour\s+cent\b", re.I)
# A currency named right after the number, or after its "de" ("2 500 dirhams", "800 millions d'ariary"): units.toml's
# French measures whose unit is a currency code, written with letters.
CURRENCY_AFTER_RE = re.compile(r"\s+(?:de\s+|d['’]\s*)?(" + "|".join(sorted(
    (re.escape(w) for w, u in MEASURES.items() if u in CURRENCY_CODES and w[:1].isalpha()), key=len, reverse=True)) + r")\b", re.I)


# A currency sign right after the number, glued to it or to an abbreviated magnitude, as French papers write money
# ("45 M$", "12,5 M$US", "20 M€", "2 Md€", "3 Mds $"): units.toml's currency_symbols, numbers.toml's French
# magnitude abbreviations.
FR_MAGNITUDE_ABBREVIATIONS: dict[str, float] = lexicon.table(lexicon.localized("numbers.magnitude_abbreviations", LANGUAGE))
SIGN_AFTER_RE = re.compile(r"(?:[ \u00a0\u202f](?P<mag>" + "|".join(sorted(FR_MAGNITUDE_ABBREVIATIONS, key=len, reverse=True))
                           + r")|(?P<glued>" + "|".join(FR_MAGNITUDE_ABBREVIATIONS) + r"))?[ \u00a0\u202f]?(?P<sign>\$\s?US|US\s?\$|[$€£])")


def _signed_after(a: Amount, m: re.Match) -> None:
    """The amount scaled by the abbreviated magnitude before the sign, if any, and in the sign's currency."""
    factor = FR_MAGNITUDE_ABBREVIATIONS.get(m.group("mag") or m.group("glued") or "", 1)
    a.value, a.low, a.high = (v * factor if v is not None else None for v in (a.value, a.low, a.high))
    a.currency = CURRENCY_SYMBOLS.get(re.sub(r"\s", "", m.group("sign")), "USD")
    a.end = m.end()


RANGE_RE = {"et": re.compile(r"(?i)\bentre\s+$"), "à": re.compile(r"(?i)(?<!pass[ée] )(?<!passant )(?<!passée )(?<!passés )\bde\s+$")}
# A year after its month ends a date, never opens a range: "N'DJAMENA, 10 mars 2025 - Quelque 18 000 Soudanais".
MONTH_BEFORE_RE = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\s+$", re.I)
RANGE_GAP_RE = re.compile(r"\s+(et|à)\s+|\s*[-–]\s*")


def _ranges(found: list[Amount], text: str) -> list[Amount]:
    """ "entre 100 et 200", "de 100 à 200", "100-200": one amount from the first to the second."""
    out: list[Amount] = []
    for a in found:
        prev = out[-1] if out else None
        gap = RANGE_GAP_RE.fullmatch(text[prev.end:a.start]) if prev is not None and "\n" not in text[prev.end:a.start] \
            else None  # "semaine 23\n\n- 212 nouveaux cas": a list's dash opens a line, it joins no range
        if prev is not None and gap is not None and prev.low is None and a.low is None and prev.value < a.value \
                and not MONTH_BEFORE_RE.search(text, max(0, prev.start - 12), prev.start) and (
                gap.group(1) is None or RANGE_RE[gap.group(1)].search(text[max(0, prev.start - 16):prev.start])):
            prev.low, prev.high, prev.end = prev.value, a.value, a.end
            prev.written = text[prev.start:prev.end]
            continue
        out.append(a)
    return out


HALF_RE = re.compile(r"(?i)\b(?:un\s+)?demi-(?P<mag>million|milliard)\b|\b(?P<n>\d+|un|deux|trois|quatre|cinq|six|sept|"
                     r"huit|neuf|dix)\s+(?P<mags>millions?|milliards?)\s+et\s+demi\b")
MAGNITUDES = {"million": 1e6, "milliard": 1e9}


def _halves(text: str) -> list[Amount]:
    """ "un demi-million" (500 000), "2 millions et demi" (2 500 000), "un million et demi" (1 500 000), "deux
    milliards et demi" (2 500 000 000)."""
    out = []
    for m in HALF_RE.finditer(text):
        if m.group("mag"):
            value = 0.5 * MAGNITUDES[m.group("mag").lower()]
        else:
            n = m.group("n")
            whole = int(n) if n.isdigit() else 1 if n.lower() == "un" else int(text2num(n.lower(), LANGUAGE))
            value = (whole + 0.5) * MAGNITUDES[m.group("mags").lower().rstrip("s")]
        out.append(_qualified(Amount(start=m.start(), end=m.end(), value=value, written=m.group()), text))
    return out


# A fraction's denominator after its numerator ("les deux tiers", "deux-tiers d'entre elles", "trois quarts des
# morts", "3/4"): the numerator counts no one.
FRACTION_AFTER_RE = re.compile(r"(?i)[\s-]+(?:tiers|quarts?|cinquièmes?|dixièmes?)\b")


QUATRE_VINGT_RE = re.compile(r"\bquatre\s+vingt")


def _word_numbers(text: str) -> list[Amount]:
    out = []
    for m in WORD_NUMBER_RE.finditer(text):
        if FRACTION_AFTER_RE.match(text, m.end()):
            continue  # "Plus de deux-tiers d'entre elles": a share, no count of two
        try:
            # "quatre vingt-trois mille": the hyphen of "quatre-vingt" that loose writing leaves out (text2num reads
            # "soixante dix" so, not "quatre vingt")
            value = float(text2num(QUATRE_VINGT_RE.sub("quatre-vingt", m.group().lower()), LANGUAGE))
        except ValueError:
            continue
        out.append(_qualified(Amount(start=m.start(), end=m.end(), value=value, written=m.group()), text))
    return out


def _approximate(text: str) -> list[Amount]:
    """ "une cinquantaine de blessés": about 50."""
    return [_qualified(Amount(start=m.start(), end=m.end(), value=float(APPROXIMATE[m.group("word").lower()]),
                              approx="about", written=m.group()), text) for m in APPROXIMATE_RE.finditer(text)]


def _vague(text: str) -> list[Amount]:
    """ "des milliers de personnes": 1,000 to 10,000, about, flagged vague (as English "thousands of"); the amount's
    words end with the word of magnitude, not the space after it."""
    out = []
    for m in VAGUE_RE.finditer(text):
        low, high = VAGUE[m.group("word").lower()]
        a = Amount(start=m.start(), end=m.end("word"), value=float(low), low=float(low), high=float(high),
                   approx="about", written=text[m.start():m.end("word")])
        a.flags.append("vague")
        out.append(a)
    return out


QUALIFIER_RE = re.compile(r"(?i)(?P<q>plus\s+d(?:e\s|['’])|près\s+d(?:e\s|['’])|environ|au\s+moins|quelque|moins\s+d(?:e\s|['’]))\s*$")
QUALIFIER_LABELS = {"plus": "over", "près": "almost", "environ": "about", "au": "at least", "quelque": "about",
                    "moins": "under"}


def _qualified(a: Amount, text: str) -> Amount:
    """A word number's or an approximate count's qualifier ("plus d'un million", "plus d'une centaine": over):
    digits get theirs in ``find_numbers``."""
    m = QUALIFIER_RE.search(text[max(0, a.start - 12):a.start])
    if m and a.approx in ("exact", "about"):  # "plus d'un millier": over, not the approximate count's own "about"
        a.approx = QUALIFIER_LABELS[m.group("q").split()[0].lower().rstrip("d'’")]
        a.start -= len(text[max(0, a.start - 12):a.start]) - m.start()
    return a


# ------------------------------------------------------------------------------------------------ filters


def _not_a_figure(a: Amount, article: Article, doc) -> bool:
    """Years, dates, days of a month, times of day, ordinals ("8e"), ages and numbers in names are no figures."""
    text = article.text
    after, before = text[a.end:a.end + 30], text[max(0, a.start - 20):a.start]
    if a.currency or a.percent or a.unit or "vague" in a.flags:
        return _in_name(a, doc)
    if re.fullmatch(r"\d{3,}", a.written.strip()) and DIAL_BEFORE_RE.search(text, max(0, a.start - 30), a.start):
        return True
    if LEADING_ZERO_RE.fullmatch(a.written.strip()):
        return True  # "joignable au 0815550123": a count is never written with a leading zero (a telephone number)
    return bool(
        _is_year(a, text)
        or _year_of_name(a, doc)
        or _in_date(a, article, doc)
        or MONTH_AFTER_RE.match(after)
        or (len(a.written.strip()) <= 2 and a.value <= 31 and DAY_BEFORE_MONTH_RE.match(text, a.end, a.end + 40))
        or ORDINAL_AFTER_RE.match(after) or (after[:1].isalpha() and not after[:1].isspace())
        or (CLOCK_RE.match(after) and CLOCK_BEFORE_RE.search(before) and a.approx == "exact")
        or (CLOCK_RE.match(after) and (DAY_PART_RE.match(after) or ABOUT_CLOCK_RE.search(text, 0, a.start)))
        or (AGE_RE.match(after) and AGE_BEFORE_RE.search(before))
        or (AGE_APPOSED_RE.match(after) and NAME_BEFORE_RE.search(before))  # "Ahmed, 34 ans, qui a passé ..."
        or _is_age_of_one(text, a)
        or re.match(r"^[:/]\d", after) or re.search(r"\d[:/]$", before)
        or any(m.start() <= a.start < m.end() for m in PHONE_RE.finditer(text, max(0, a.start - 20), a.end + 20))
        or _is_label(text, a)
        or _in_name(a, doc)
    )


def _is_age_of_one(text: str, a: Amount) -> bool:
    """ "un nourrisson de huit mois", "un homme d'une quarantaine d'années": a person's age, no span of time."""
    m = AGE_HOLDER_BEFORE_RE.search(text, max(0, a.start - 30), a.start)
    return bool(m and m.group(1).lower() in AGE_HOLDERS and AGE_UNIT_AFTER_RE.match(text, a.end))


LABEL_WORDS = lexicon.words(lexicon.localized("figures.label_words", LANGUAGE))


def _is_label(text: str, a: Amount) -> bool:
    """ "secteur 6", "semaine épidémiologique 23", "route nationale 13": a number right after a word that it numbers."""
    words = text[max(0, a.start - 20):a.start].lower().split()
    return a.approx == "exact" and bool(words) and text[a.start - 1:a.start].isspace() and words[-1].strip("(#") in LABEL_WORDS


def _is_year(a: Amount, text: str) -> bool:
    return bool(YEAR_RE.fullmatch(a.written.strip())) and not _counts_noun(text, a.end)


def _year_of_name(a: Amount, doc) -> bool:
    """A year right after the noun it dates ("le Plan de réponse humanitaire 2024, qui requiert ...", "l'appel éclair
    2025 reste financé à 20 %", "la campagne agricole 2024"): the name of a plan, an appeal or a season, whatever word
    follows it; a count comes after a verb, a determiner, a preposition or a mark, never right after a noun."""
    if not YEAR_RE.fullmatch(a.written.strip()):
        return False
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.pos_ in ("NOUN", "ADJ", "PROPN") and before.text[:1].isalnum() and a.approx == "exact" \
        and before.idx + len(before) < a.start and doc.text[before.idx + len(before):a.start].isspace()
    # (not "« plus de 2000 morts »": a qualified amount, after a quotation mark the small model tags a noun)


def _counts_noun(text: str, at: int) -> bool:
    return re.match(r"\s+(?:de\s+|d['’])?[^\W\d_]{3,}", text[at:at + 30]) is not None and not MONTH_AFTER_RE.match(text, at)


# ------------------------------------------------------------------------------------------------ fields


GENERIC_PEOPLE = frozenset({"personne", "individu", "habitant", "âme"})


def _figure(a: Amount, article: Article, doc, mentions: ByStart, dates: ByStart) -> Figure:
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    noun = counted_noun(span, doc) if span is not None else None
    if noun is not None and (part := _part_participle(span)) is not None and part[2].i == noun.i:
        noun = _antecedent(span)  # "dont 880 000 arrivés du Soudan": the participle (tagged a noun) says what befell
        # the part; the part counts what the whole counts ("réfugiés")
    if noun is None and span is not None:
        noun = _counted_by_count_noun(span) or _antecedent(span) or _copula_subject(span) or _level_subject(span)
        # "le nombre de ... a atteint 2,1 millions", "dont 3", "les réfugiés sont désormais 1,2 million", "les familles
        # sinistrées sont estimées à 3 500"
    counted = counted_phrase(noun, article.text) if noun is not None else None
    unit = unit_of(a, noun, None)
    if unit in CURRENCY_CODES and a.currency is None:
        a.currency = unit  # "214 millions de dollars": money, whatever it is for
    event, term, verb = with_adverb(event_of(span, noun)) if a.currency is None and not _describes_noun(a, span) else (
        None, None, _predicate(span.root) if span is not None else None)
    if event is None and a.currency is None and (relative := _verb_after_qui(noun)) is not None \
            and (name := _verb_class(relative)) is not None:
        event, term, verb = name, relative.text, relative  # "c'est au moins 17 civils qui ont été tués": the relative
        # clause right after the counted noun says what befell it, however the parse hangs it
    if event is None and noun is not None and span is not None and noun.lemma_.lower() in GENERIC_PEOPLE \
            and (whole := _counted_by_count_noun(span)) is not None and (name := _class_of(whole)) is not None:
        event, term = name, whole.text  # "le nombre de sinistrés s'est élevé à plus de 88 000 personnes": the people
        # the count noun counts, whatever noun the number names them by
    if a.currency is None and not a.percent and (keyed := labelled(article.text, a.start, a.end, doc, _label_event)) is not None \
            and keyed[1].event is not None:
        # "Personnes déplacées internes : 452 800", "Décès : 187 | Blessés : 243", a table's column ("Région |
        # Sinistrés | Décès"): the label that names an event, not the parse of a line with no sentence in it, says
        # what befell what is counted (as English key figures, keylines.labelled)
        counted = counted if counted and any(c.isalpha() for c in counted) else keyed[0].strip()
        event, term, verb = keyed[1].event, keyed[1].term, keyed[1].verb or verb
    if noun is not None and (category_of_class(event) in PEOPLE_CATEGORIES or noun.lemma_.lower() in LIVESTOCK_NOUNS
                             or noun.lower_ in LIVESTOCK_NOUNS) and (noun.lemma_.lower() in ANIMAL_NOUNS or noun.lower_ in ANIMAL_NOUNS):
        event, term = None, None  # "4 500 têtes de bétail ont été noyées": animals are not casualties; "1 800 bœufs ont
        # été emportés", "les assaillants ont emporté 300 têtes de bétail": nor destroyed, as English livestock
    people_verb = _people_verb(verb, term)
    unit = unit_of(a, noun, event, people_verb)
    event = of_things(unit, event)  # "Quarante-deux écoles ... ont été touchées": damaged
    if not befalls(a, unit, event) or done_to_things(verb, unit) or people_verb and unit not in ("person", "household") \
            or capacity(verb, event) or _capacity(a, article.text, unit) or population(article.text, a.start, noun) or (
            unit in MEASURE_UNITS and event is not None and event != AID_CLASS):
        event, term = None, None  # "un ultimatum de 72 heures", "à une quinzaine de kilomètres", "25 tonnes": a
        # measure, to which nothing happened (relief goods weighed are still aid); "la sécheresse a touché 14
        # districts", "dans 23 sites": areas and sites, no one's event (sites and settlements take things' classes:
        # "300 écoles détruites", "12 villages incendiés"); "a intercepté 12 appels", "a abattu 200 arbres": things,
        # where the verb is of people; "le stade peut accueillir 40 000 spectateurs": what it can take
    places = _hosting_place(_placed(article, _within_quotation(mentions, article, a), span, verb, counted, event),
                            article, span, event)
    if event in HOSTING_CLASSES and (host := _host_subject(mentions, verb)) is not None:
        places = {**places, "place": host, "place_source": "sentence"}
    if _refuge_abroad(term, places.get("place"), span, mentions):
        event = REFUGEES_CLASS
    if event == AID_CLASS:
        term = _aid_act(term, span)  # "a livré 12 tonnes de farine": livré, not farine
    elif term is not None and counted is not None and term.split()[0].lower() in counted.lower().split() \
            and event not in HAPPENED_CLASSES:
        term = _taken_in(span) or term  # "Le Niger accueille par ailleurs 420 000 réfugiés": accueille, not réfugiés
        # (who they are); "a soigné 46 blessés": blessés, what befell them
    category = category_of(a, unit, counted, term, event)
    stating = _no_count(_pronoun_speaker(stating_source(span, article), a, article))
    return Figure(
        value=a.value, start=a.start, end=a.end, low=a.low, high=a.high, approx=a.approx, unit=unit, counted=counted,
        term=term, event=event, category=category, stock_or_flow=stock_or_flow(term, event),
        **places, when=when_of(dates, span, article.published),
        stated_by=_named(stated_by(article.quotes, a)) or according_to(article.quotes, a)
        or _named(stating) or stated_by(article.quotes, a) or stating
        or colon_source(span, article) or _no_count(next_sentence_source(span, article))
        or _giver_source(event, verb, span, article) or _acting_body(event, noun, span, article)
        or _published_by(span, article) or lead_body(span, article), reported_by=article.source.outlet, flags=tuple(a.flags),
        text=article.text[a.start:a.end], extractor=EXTRACTOR,
        alternatives=(a.alternative,) if a.alternative is not None else (),
    )


_APPROX_BEFORE = r"(?:(?:plus|près|moins)\s+de\s+|environ\s+|quelque\s+)?"
_CAPACITY_BETWEEN = r"(?:\s+(?:" + "|".join(
    re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in lexicon.terms(lexicon.localized("events.capacity_between", LANGUAGE))) + r"))?"
CAPACITY_BEFORE_RE = re.compile(
    r"(?i)(?<!\w)(?:(?:" + "|".join(lexicon.terms(lexicon.localized("events.capacity_nouns", LANGUAGE)))
    + r")" + _CAPACITY_BETWEEN + r"\s+(?:de\s+|d['’])|(?:" + "|".join(lexicon.terms(lexicon.localized("events.capacity_participles", LANGUAGE)))
    + r")" + _CAPACITY_BETWEEN + r"\s+pour\s+(?:accueillir\s+|recevoir\s+|héberger\s+)?)" + _APPROX_BEFORE + "$")
CAPACITY_UNITS = lexicon.words(lexicon.localized("events.capacity_units", LANGUAGE))


def _capacity(a: Amount, text: str, unit: str | None) -> bool:
    """The figure is what a place can take, not whom it takes: a number of places ("qui compte 240 places"), or
    one after a noun or participle of capacity ("d'une capacité de 400 places", "prévu pour 20 000 personnes",
    "construit pour 250 personnes"), as a modal of ability makes it (terms.capacity)."""
    return unit in CAPACITY_UNITS or CAPACITY_BEFORE_RE.search(text, max(0, a.start - 60), a.start) is not None


IMPERSONAL = frozenset({"on", "l'on", "-on"})


def _no_count(speaker: Speaker | None) -> Speaker | None:
    """The speaker, unless the words taken for it are a count ("a précisé le Home Office, qui loge 32 000
    demandeurs", where the parse takes "109 343 personnes" of the sentence before for the subject of "loge"; "Le
    gouvernement canarien, qui prend en charge 5 000 mineurs, réclame 100 millions d'euros"): a count says nothing."""
    if speaker is None:
        return None
    words = speaker.mention or speaker.name or ""
    if speaker.name is None and words.lower().replace("’", "'") in IMPERSONAL:
        return None  # "On dénombre près de 90 décès", "l'on compte 12 morts": no one in particular states it
    return None if re.match(r"\d[\d\s\u202f\u00a0.,]*\s+[^\W\d_]", words) else speaker


GIVEN_CLASSES = frozenset({"aid", "vaccinated"})
GIVER_CLIMB = 4  # tokens a giver of aid stands above its verb ("prévoit de distribuer", "ont pu assister")


def _giver_source(event: str | None, verb, span, article: Article) -> Speaker | None:
    """Who gives the aid or the vaccines a figure counts, the subject of the verb of giving or of the verb that
    governs it ("Le PAM a distribué des rations à 6 400 personnes", "le PAM prévoit de distribuer", "les partenaires
    ont pu assister 1,9 million de personnes", "L'Unicef a livré des tonnes de matériel et compte vacciner
    350 000 personnes"): it reports its own work."""
    if event not in GIVEN_CLASSES or verb is None or span is None:
        return None
    tok = verb
    for _ in range(GIVER_CLIMB):
        subject = next((c for c in tok.children if c.dep_ in SUBJECTS and not c.left_edge.i <= span.start <= c.right_edge.i), None)
        if subject is not None:
            if subject.pos_ not in ("NOUN", "PROPN"):
                return None
            return speaker_in_words(subject, article)
        if tok.dep_ in ("appos", "acl") and tok.head.i < tok.i and tok.head.pos_ == "PROPN" and _can_speak(tok.head):
            # the small parse hangs the verb on its subject ("Le Programme alimentaire mondial (PAM) prévoit de
            # distribuer": "prévoit" an apposition of "Programme"): the words from it to the verb
            words = [t for t in tok.doc[tok.head.left_edge.i:tok.i] if not t.is_punct or t.text in "()"]
            while words and words[-1].text == "(":
                words.pop()
            return speaker_in_words_at(words[0].idx, words[-1].idx + len(words[-1].text), article) if words else None
        if tok.head is tok or tok.dep_ not in ("xcomp", "ccomp", "conj", "appos", "acl", "obj"):
            return None
        tok = tok.head
    return None


ACTOR_BODIES = lexicon.words(lexicon.localized("quotes.figure_actor_bodies", LANGUAGE))


def _acting_body(event: str | None, counted, span, article: Article) -> Speaker | None:
    """A body that did to the people a figure counts what the verb says reports it, where the sentence names no
    other source ("La Croix-Rouge a secouru 80 personnes", "Médecins sans frontières a soigné 450 blessés", "les
    garde-côtes ont intercepté 300 migrants"), as in English: the subject of the verb whose object the counted
    noun (``counted``) or the number's phrase is, an organisation or a noun of ``figure_actor_bodies``; never a
    person."""
    if event is None or span is None:
        return None
    # the counted noun ("2 400 personnes", which the small parse may not hang the number on), or the number's own
    # phrase ("une trentaine de blessés"); the verb is the one it hangs on ("a pris en charge 27 000 enfants
    # souffrant de ...": "pris", not "souffrant" inside its phrase)
    nouns = (counted, span.root.head if span.root.dep_ in NUMBER_DEPS else span.root)
    noun = next((n for n in nouns if n is not None and n.head.pos_ == "VERB" and n.head != n and _done_to(n)), None)
    if noun is None:
        return None
    verb = noun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.ent_type_ == "ORG" or subject.lemma_.lower() in ACTOR_BODIES):
        return None
    return speaker_in_words(subject, article)


# Dependencies by which a number hangs on the noun it counts: the small parse takes a number whose thousands are
# set apart ("2 700 personnes", "27 000 enfants") for a determiner.
NUMBER_DEPS = frozenset({"nummod", "det"})


def _done_to(noun) -> bool:
    """The counted noun is what its verb was done to: its object, or the bare argument the small parse takes it
    for after a locution ("a pris en charge 3 200 sinistrés": "charge" and "sinistrés" both "obl:arg"); not a noun
    after a preposition ("a soigné des enfants pour 200 cas")."""
    return noun.dep_ == "obj" or noun.dep_ == "obl:arg" and not any(c.dep_ == "case" for c in noun.children)


ALONE_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})


def _prepositions(noun, span) -> list:
    """The prepositions the parse hangs on a number's noun that open a phrase of it, not the words of its amount
    ("plus de 200 000 personnes": "de" is the amount's) nor "à lui seul" set before it ("Le camp abrite à lui seul
    plus de 150 000 personnes", "à elle seule", "à eux seuls": the camp alone; the people are the verb's object)."""
    return [c for c in noun.children if c.dep_ == "case" and not span.start <= c.i < span.end
            and not (c.lower_ == "à" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in ALONE_PRONOUNS)]


REFUGEES_CLASS = "refugees"
REFUGE_WORDS = lexicon.words(lexicon.localized("events.refuge_words", LANGUAGE))
ABROAD_RE = re.compile(r"(?i)\b(?:pays\s+voisins?|pays\s+limitrophes?|à\s+l['’]étranger|hors\s+du\s+pays)\b")


def _refuge_abroad(term: str | None, place, span, mentions: ByStart) -> bool:
    """People who found or sought refuge in another country are refugees, not people sheltered: "37 000
    Burkinabè ont cherché refuge dans les pays voisins", "Au Burundi voisin, 40 000 Congolais ont trouvé refuge"
    (a country the sentence places them in, not the one its demonyms name)."""
    if term is None or term.lower() not in REFUGE_WORDS or span is None:
        return False
    sent = span.sent
    if ABROAD_RE.search(doc_text(span.doc), sent.start_char, sent.end_char):
        return True
    if place is None or place.precision != "country" or not place.country or not (sent.start_char <= place.start < sent.end_char):
        return False
    theirs = {m.country for m in mentions.starting_in(sent.start_char, sent.end_char) if m.type == "group" and m.country}
    return bool(theirs) and place.country not in theirs


def _describes_noun(a: Amount, span) -> bool:
    """A measure that describes a thing ("un sac de riz de 50 kg"): it hangs on that thing's noun by "de", and
    nothing that happens in the clause happens to it."""
    if not a.unit or span is None:
        return False
    root = span.root
    return root.dep_ == "nmod" and root.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "case" and c.lower_ in OF_WORDS for c in root.children)


def _placed(article: Article, mentions: ByStart, span, verb, counted, event) -> dict[str, Any]:
    """``place_of`` with the ends of a movement read the French way (``movement_ends``): the places where people
    left are never the figure's; where they went is, when the sentence names no other. A place where the figure was
    stated ("indique le HCR dans un communiqué publié à Genève") is neither."""
    mentions = _unstated(mentions, article, span)
    origins, destinations = movement_ends(mentions, article, span)
    if origins:
        dropped = {id(m) for m in origins}
        mentions = ByStart([m for m in mentions.items if id(m) not in dropped], _start)
    fields = place_of(article, _where(mentions, article, span, event), span, verb, counted, event)
    if fields.get("place_source") == "sentence" and fields.get("place") is not None \
            and fields["place"].start in (spread := _countries_listed(mentions, article, span)):
        # "sont arrivés au Tchad, en Égypte et au Soudan du Sud", "ont fui vers les pays voisins, notamment le Tchad,
        # le Soudan du Sud et l'Égypte": no one country of the list is the figure's (as English "to Egypt, Chad and
        # South Sudan"); the place its context gives, past the list
        mentions = ByStart([m for m in mentions.items if m.start not in spread], _start)
        destinations = [m for m in destinations if m.start not in spread]
        fields = place_of(article, _where(mentions, article, span, event), span, verb, counted, event)
    if not (origins or destinations):
        return fields
    left = {m.country for m in origins if m.country}
    if left and (fields.get("place") is None or fields["place"].country in left and fields.get("place_source") != "sentence"):
        # the article's focus is where they left ("rapatriés depuis la Tanzanie"), or no country leads it once the
        # place they left weighs: the likeliest other country
        weights = country_weights(article, (span.sent.start_char, span.sent.end_char), counted)
        other = max((c for c in weights if c not in left), key=weights.__getitem__, default=None)
        found = focus_mention(article, other) if other else None
        if found is None and event not in HOMEWARD_LEFT:
            # "Près de 100 000 personnes ont fui la zone métropolitaine de Port-au-Prince": no other country is in
            # play, so they moved within the one they left, as English reads "fled Port-au-Prince"; people sent or
            # going home from it are not counted there
            found = next((m for m in origins if m.country), None)
            fields = {**fields, "place": found, "place_source": "sentence" if found else None}
        else:
            fields = {**fields, "place": found, "place_source": "article" if found else None}
    destination = next((m for m in destinations if m.country), destinations[0] if destinations else None)
    fields = {**fields, "origin": next((m for m in origins if m.country), origins[0] if origins else None),
              "destination": destination}
    if destination is not None and destination.country and (fields.get("place") is None or fields.get("place_source") != "sentence"
                                                            or fields["place"].country != destination.country
                                                            and fields["place"] not in destinations):
        fields = {**fields, "place": destination, "place_source": "sentence"}
    return fields


# Classes of people sent or going home, or abroad: the country they left is not where they are counted.
HOMEWARD_LEFT = lexicon.words(lexicon.localized("events.counted_elsewhere_classes", LANGUAGE))


# Between the places of one list: a comma or "et"/"ou", and the article or preposition of the next ("au Tchad, en
# Égypte et au Soudan du Sud", "le Tchad, le Soudan du Sud et l'Égypte").
LIST_GAP_RE = re.compile(r"(?i)\s*(?:,\s*(?:(?:et|ou)\s+)?|\s+(?:et|ou)\s+)(?:au\s+|aux\s+|en\s+|à\s+|vers\s+|le\s+|la\s+|"
                         r"l['’]\s*|les\s+|du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+|d['’]\s*|de\s+)?")


def _countries_listed(mentions: ByStart, article: Article, span) -> frozenset[int]:
    """The starts of the places of the sentence's lists that name more than one country ("au Tchad, en Égypte et au
    Soudan du Sud"); none where a list's places lie in one country ("le Nord-Kivu, le Sud-Kivu et l'Ituri", "à Goma,
    en RDC")."""
    if span is None:
        return frozenset()
    sent = span.sent
    places = [m for m in mentions.starting_in(sent.start_char, sent.end_char) if m.type == "place" and not m.actor]
    runs: list[list] = []
    for m in places:
        if runs and LIST_GAP_RE.fullmatch(article.text, runs[-1][-1].end, m.start):
            runs[-1].append(m)
        else:
            runs.append([m])
    return frozenset(m.start for run in runs if len({m.country for m in run if m.country}) > 1 for m in run)


def _opener_re(openers) -> str:
    return "|".join(re.escape(o).replace("'", "['’]") + (r"\s*" if o.endswith("'") else r"\s+") for o in
                    sorted(openers, key=len, reverse=True))


FR_MOVEMENT = lexicon.words(lexicon.localized("places.movement_words", LANGUAGE))
_ART = r"(?:l['’]\s*|la\s+|le\s+|les\s+)?"
_NOUN_OF = r"(?:(?:l['’]\s*|la\s+|le\s+|les\s+|des\s+|du\s+)?(?P<noun>[\w-]+)\s+(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|du\s+|des\s+|de\s+))?"
ORIGIN_BEFORE_RE = re.compile(
    rf"(?i)(?<!\w)(?:{_opener_re(lexicon.terms(lexicon.localized('places.origin_openers', LANGUAGE)))}){_NOUN_OF}{_ART}$")
DESTINATION_BEFORE_RE = re.compile(
    rf"(?i)(?<!\w)(?:{_opener_re(lexicon.terms(lexicon.localized('places.destination_openers', LANGUAGE)))}){_NOUN_OF}{_ART}$")
OF_BEFORE_RE = re.compile(rf"(?i)(?<!\w)(?:{_opener_re(lexicon.terms(lexicon.localized('places.after_movement_origin', LANGUAGE)))}){_ART}$")
# "de Nduta et de Nyarugusu", ", en Tanzanie": more of the same end, or where it lies
SAME_END_RE = re.compile(rf"(?i)\s*(?:,\s*|\s+et\s+)(?:de\s+|d['’]\s*|du\s+|des\s+)?{_ART}|\s*,\s*(?:en|au|aux|à|dans)\s+{_ART}")


def movement_ends(mentions: ByStart, article: Article, span) -> tuple[list, list]:
    """Where people moved from and to in a French sentence with a word of movement ("expulsés d'Algérie vers le
    Niger", "rapatriés depuis les camps de Nduta, en Tanzanie", "en provenance du Soudan", "à destination de la
    Libye"): "depuis", "en provenance de" or "de" right after the word of movement open the origin, "vers", "à
    destination de", "jusqu'à" the destination (past a place noun: "vers le cercle de Douentza"); a place
    listed after one ("et de Nyarugusu") or placing it (", en Tanzanie") belongs to the same end."""
    if span is None:
        return [], []
    sent, text = span.sent, article.text
    moving = [t for t in sent if t.lemma_.lower() in FR_MOVEMENT or t.lower_ in FR_MOVEMENT]
    if not moving:
        return [], []
    origins: list = []
    destinations: list = []
    last = None
    for m in mentions.starting_in(sent.start_char, sent.end_char):
        if m.type != "place" or m.actor:
            continue
        before = text[max(sent.start_char, m.start - 60):m.start]
        end = None
        if last is not None and SAME_END_RE.fullmatch(text, last[1].end, m.start):
            end = last[0]
        elif _opened(ORIGIN_BEFORE_RE.search(before)):
            end = "origin"
        elif _opened(DESTINATION_BEFORE_RE.search(before)):
            end = "destination"
        elif (of := OF_BEFORE_RE.search(before)) is not None and _right_after_movement(span.doc, m.start - len(before) + of.start(), moving):
            end = "origin"
        if end is not None:
            (origins if end == "origin" else destinations).append(m)
            last = (end, m)
        else:
            last = None
    return origins, destinations


def _opened(found) -> bool:
    """An opener right before the name, or before a place noun and "de" ("les camps de", "le cercle de")."""
    return found is not None and (found.group("noun") is None or found.group("noun").lower() in FRENCH_PLACE_NOUNS)


def _right_after_movement(doc, at: int, moving) -> bool:
    """ "de" at ``at`` follows a word of movement, at most four words away with no preposition, verb or stop between
    ("expulsés d'Algérie", "rentré la semaine dernière de Ouahigouya")."""
    words = [t for t in doc if t.idx < at][-5:]
    for k in range(len(words) - 1, -1, -1):
        t = words[k]
        if t in moving:
            return True
        if t.is_punct or t.pos_ in ("ADP", "VERB", "AUX") or t.lower_ in ("de", "d'", "d’", "du", "des"):
            return False
    return False


def _within_quotation(mentions: ByStart, article: Article, a: Amount) -> ByStart:
    """A figure inside quotation marks is placed by the places inside them, not by the attribution's ("», a
    indiqué X à Genève")."""
    holding = [q for q in article.quotes if q.kind == "direct" and q.start <= a.start and a.end <= q.end]
    if not holding:
        return mentions
    q = holding[0]
    return ByStart([m for m in article.mentions if q.start <= m.start and m.end <= q.end or m.type != "place"], _start)


# "au Tchad", "dans l'Ituri", and past the generic word that names "the Gaza Strip" with it ("dans la bande de Gaza").
# Not past an administrative noun ("dans le cercle de Nara" of "ont franchi la frontière mauritanienne pour fuir les
# violences dans le cercle de Nara" would then place the crossing where they fled: fr-sahel, measured).
LOCATIVE_RE = re.compile(r"(?i)(?:\b(?:au|aux|en|à|dans)\s+(?:l['’]|la\s+|les\s+|le\s+)?(?:bande\s+d(?:e\s+|['’]))?)$")
STATEMENT_PLACE_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, o.split())) for o in sorted(
    lexicon.terms(lexicon.localized("places.statement_place_openers", LANGUAGE)), key=len, reverse=True))
    + r")\s+(?:[\w'’]+\s+){0,3}?(?:à|depuis|de)\s+(?:l['’]|la\s+|le\s+)?$")  # "a indiqué aux journalistes à Genève"


# Classes of people counted where they are taken in, not where they came from: refugees, arrivals, people hosted
# or sheltered or in camps. Their demonym ("réfugiés soudanais") and the war they fled ("depuis le début de la
# guerre au Soudan") name the origin; the figure's place is where they are (its sentence's, else the article's).
HOSTING_CLASSES = frozenset({"refugees", "arrived", "hosted", "sheltered", "in_camps"})
FRENCH_PLACE_NOUNS = lexicon.words(lexicon.localized("places.place_nouns", LANGUAGE)) | {"est", "ouest", "nord", "sud", "pays", "frontière", "centre"}


def _describes_other_noun(m, doc, span) -> bool:
    """A place that qualifies another noun than the figure's ("la guerre au Soudan", "les combats au Darfour"),
    not a place noun ("la province de l'Ituri", "l'est du pays")."""
    place = doc.char_span(m.start, m.end, alignment_mode="expand")
    if place is None:
        return False
    tok = place.root
    return tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() not in FRENCH_PLACE_NOUNS \
        and not (span.start <= tok.head.i < span.end + 4)


def _hosting_place(fields: dict[str, Any], article: Article, span, event: str | None) -> dict[str, Any]:
    """A count of people taken in placed only by their own demonym ("700 000 Soudanais ont franchi la frontière",
    in an article about Chad), or by nothing once the places of their origin are set aside, is placed where the
    article is (the demonym is their origin)."""
    place = fields.get("place")
    if event not in HOSTING_CLASSES or place is not None and place.type != "group" or span is None:
        return fields
    country = focus_country(article)  # the article's own focus, not weighed toward the origin its sentence names
    inherited = focus_mention(article, country) if country and (place is None or country != place.country) else None
    if inherited is None:
        return fields
    return {**fields, "place": inherited, "place_source": "article", "origin": fields.get("origin") or place}


HOST_VERBS = frozenset(lemma for lemma, name in EVENT_VERBS.items() if name in ("hosted", "sheltered"))


def _host_subject(mentions: ByStart, verb) -> Any:
    """The place that takes people in, subject of the verb of hosting ("le Tchad a accueilli plus de 860 000 réfugiés
    soudanais depuis le début du conflit au Soudan", "La province du Lac accueille 220 000 déplacés"): where they are,
    whatever else the sentence names."""
    if verb is None or verb.lemma_.lower() not in HOST_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return None
    lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
    return next((m for m in mentions.starting_in(lo, hi) if m.type == "place" and m.country and not m.actor), None)


def _unstated(mentions: ByStart, article: Article, span) -> ByStart:
    """The mentions less the places of the figure's sentence where a statement was made (``STATEMENT_PLACE_RE``)."""
    if span is None:
        return mentions
    stated = {id(m) for m in mentions.starting_in(span.sent.start_char, span.sent.end_char) if m.type == "place"
              and STATEMENT_PLACE_RE.search(article.text, max(0, m.start - 40), m.start)}
    return ByStart([m for m in mentions.items if id(m) not in stated], _start) if stated else mentions


def _where(mentions: ByStart, article: Article, span, event: str | None = None) -> ByStart:
    """A figure's sentence may name where people are and where they came from ("réfugiés soudanais arrivés au
    Tchad en fuyant les combats au Darfour ..."): where a place is written after "au", "en", "à", "dans", the
    places written otherwise ("du Soudan", "depuis le Soudan") are not the figure's; for people taken in
    (``HOSTING_CLASSES``), a place that qualifies another noun ("la guerre au Soudan") is not either."""
    if span is None:
        return mentions
    sent = span.sent
    places = [m for m in mentions.starting_in(sent.start_char, sent.end_char) if m.type == "place" and m.country]
    if event in HOSTING_CLASSES and (other := [m for m in places if _describes_other_noun(m, span.doc, span)]):
        dropped_ids = {id(m) for m in other}
        mentions = ByStart([m for m in mentions.items if id(m) not in dropped_ids], _start)
        places = [m for m in places if id(m) not in dropped_ids]
    held = bracket_holder(places, span)  # "..., la province du Sila (103)": the bracket's place
    located = [m for m in places if LOCATIVE_RE.search(article.text[max(0, m.start - 40):m.start]) or m is held]
    if not located or len(located) == len(places):
        return mentions
    dropped = {id(m) for m in places if m not in located}
    return ByStart([m for m in mentions.items if id(m) not in dropped], _start)


def counted_noun(span, doc):
    """The noun after the number, past "de"/"d'" (after a magnitude or an approximate count), adjectives before
    the noun and "d'entre" ("17 000 d'entre elles": the people named before)."""
    if span.start > 0 and doc[span.start - 1].lower_ in MEASURE_BEFORE:
        return doc[span.start - 1]  # "un séisme de magnitude 6,1": the scale the number is read on
    i = span.end
    steps = 0
    if i + 2 < len(doc) and doc[i].lower_ in OF_WORDS and doc[i + 1].lower_ == "entre" and doc[i + 2].pos_ == "PRON":
        return None  # "17 000 d'entre elles": the people named before; the pronoun's verb says what happened
    if i + 2 < len(doc) and doc[i].text == ":" and doc[i + 1].pos_ == "DET" and doc[i + 2].lemma_.lower() in COUNT_NOUNS:
        # a list of key figures, "2 062 534 : le nombre de personnes déplacées": what the count noun counts
        return next((c for c in doc[i + 2].children if c.dep_ == "nmod" and c.i > i + 2), None)
    if i < len(doc) and (doc[i].lower_ in MEASURES or doc[i].lemma_.lower() in MEASURES):
        return doc[i]  # "6.021 hectares de rizières": a measure right after the number, whatever the tagger calls it
    while i < len(doc) and steps < 4:
        tok = doc[i]
        if tok.pos_ == "DET" and ("Dem" in tok.morph.get("PronType") or "Def" in tok.morph.get("Definite")) \
                and tok.lower_ not in OF_WORDS:
            if i + 1 < len(doc) and doc[i + 1].lemma_.lower() in COUNT_NOUNS:  # "estime à 6,9 millions le nombre de déplacés"
                return next((c for c in doc[i + 1].children if c.dep_ == "nmod" and c.i > i + 1), None)
            return None  # "3 500 cette année": the noun is not the number's
        if tok.lower_ in ("un", "une") and tok.pos_ in ("DET", "NUM") and i == span.end:
            return None  # "contre 200 000 un an plus tôt": an article opens another noun phrase, never the number's
        if tok.pos_ == "ADJ" and tok.lower_ not in EVENT_WORDS and tok.lemma_.lower() not in COUNTING_ADJECTIVES \
                and steps == 0 and _ends_noun_phrase(doc, i + 1):
            return tok  # "35 civils tués", "87 civils y ont perdu la vie": the adjective is the noun
        if tok.pos_ == "ADJ" and tok.lower_ in PERSON_NOUNS and steps == 0 and (
                i + 1 >= len(doc) or doc[i + 1].text in (",", ".", ";", ":", ")", "«", "»", "“", "”", '"')):
            return tok  # "17 morts, dont 12 civils, ...", "figurent 41 civils, a précisé": the noun phrase ends there;
            # or the quotation does ("avoir « neutralisé 19 terroristes »", "« plus de 50 terroristes » ont été")
        if tok.lower_ in OF_WORDS or tok.pos_ in ("ADJ", "DET") and tok.lower_ not in EVENT_WORDS and doc[i - 1].lower_ not in OF_WORDS | {"autres"}:
            i, steps = i + 1, steps + 1
            continue
        if tok.lower_ == "autres":
            i, steps = i + 1, steps + 1
            continue
        if tok.lower_ in DATE_WORDS:
            return None  # "contre 9 mercredi": when the other count stood, not what it counts
        if steps == 0 and _verb_after_number(tok, span):
            return None  # "31 000 dorment dans la rue": the verb of a bare number the small model tags a noun
        if tok.pos_ in ("NOUN", "PROPN") or tok.lower_ in EVENT_WORDS or tok.lemma_.lower() in EVENT_WORDS \
                or tok.lower_ in PERSON_NOUNS or tok.lower_ in ANIMAL_NOUNS:
            # "hospitalisé soixante-trois malades": "malades" tagged a verb; "1 800 bœufs": tagged an adverb
            return tok if not tok.is_punct else None
        return None
    return None


def _verb_after_number(tok, span) -> bool:
    """A word right after a number above one that ends in "-ent" is a verb of the third person plural ("2 500
    dorment", "800 vivaient"), never the noun the number counts: a plural noun ends in "-s" or "-x" ("agents")."""
    return tok.pos_ == "NOUN" and tok.lower_.endswith("ent") and tok.text.islower() and len(tok.text) > 4 \
        and tok.lower_ not in MEASURES and span.text.lower() not in ("un", "une", "1")


def _ends_noun_phrase(doc, i: int) -> bool:
    """Whether the word at ``i`` starts the clause after a noun phrase: a verb, an auxiliary, a clitic pronoun
    ("y", "en", "se"), a participle of an event class ("civils tués") or "et" before another number, not a noun
    the adjective before modifies."""
    if i >= len(doc):
        return False
    tok = doc[i]
    if tok.lower_ in ("et", "ou"):
        j = i + 2 if i + 2 < len(doc) and doc[i + 1].lower_ in OF_WORDS else i + 1
        if j < len(doc) and (doc[j].like_num or doc[j].pos_ == "NUM"):
            return True  # "12 civils et (de) 5 éléments de l'armée": another number's noun phrase follows
    return tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "PRON" and tok.lower_ in CLITICS | RELATIVES) or (
        tok.lower_ in EVENT_WORDS and tok.pos_ != "NOUN")


RELATIVES = frozenset({"qui", "dont"})  # "17 civils qui ont été tués", "17 civils dont 5 enfants": the noun phrase ends
RELATIVE_REACH = 4  # words from "qui" to the verb of its clause ("qui ont été tués"), at most


def _verb_after_qui(noun):
    """The verb of the relative clause that opens right after the counted noun ("c'est au moins 17 civils qui ont été
    tués", "ce sont 300 familles qui ont fui"), found in the words, not the parse (which may hang the clause on another
    noun of the sentence); None where "qui" does not follow the noun."""
    if noun is None or noun.i + 1 >= len(noun.doc) or noun.doc[noun.i + 1].lower_ != "qui":
        return None
    doc = noun.doc
    for tok in doc[noun.i + 2:min(len(doc), noun.i + 2 + RELATIVE_REACH)]:
        if tok.pos_ == "VERB":
            return tok
        if tok.pos_ not in ("AUX", "ADV", "PRON") or tok.is_punct:
            return None
    return None


CLITICS = frozenset({"y", "en", "se", "s'", "s’"})
MEASURE_BEFORE = lexicon.words(lexicon.localized("units.measure_words_before", LANGUAGE))
COMPLEMENT_NOUNS = lexicon.words(lexicon.localized("units.complement_nouns", LANGUAGE))
COUNTING_ADJECTIVES = lexicon.words(lexicon.localized("events.counting_adjectives", LANGUAGE))


def _copula_subject(span):
    """ "les réfugiés sont désormais 1,2 million": the subject of the number as predicate (with "être")."""
    root = span.root
    if not any(c.dep_ == "cop" for c in root.children):
        return None
    subject = next((c for c in root.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN" and c.i < span.start), None)
    return subject if subject is not None and subject.lemma_.lower() not in COUNT_NOUNS else subject and _counted_of_count(subject)


LEVEL_VERBS = lexicon.words(lexicon.localized("events.level_verbs", LANGUAGE))


def _level_subject(span):
    """People as the subject of a verb that gives their level ("les familles sinistrées sont estimées à 3 500", "les
    déplacés se chiffrent à 40 000") or of "être au nombre de" ("les déplacés sont au nombre de 4 200"): the number
    counts them. People only: a person or household noun, or a word of an event class used as a noun ("les
    sinistrés"), never one a number of its own counts."""
    root = span.root
    head = root.head
    if head.lemma_.lower() == "nombre" and any(c.lower_ == "au" for c in head.children) and (
            any(c.dep_ == "cop" for c in head.children) or head.head.lemma_.lower() == "être"):
        # "sont au nombre de 4 200" ("nombre" the predicate, or "être" the head the parse gives it)
        verb = head if any(c.dep_ == "cop" for c in head.children) else head.head
    elif head.pos_ == "VERB" and head.lemma_.lower() in LEVEL_VERBS and root.dep_ in ("obl:mod", "obl:arg", "obj", "obl"):
        verb = head
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN" and c.i < span.start), None)
    if subject is None or any(c.dep_ == "nummod" for c in subject.children):
        return None
    lemma = subject.lemma_.lower()
    return subject if lemma in PERSON_NOUNS | HOUSEHOLD_NOUNS or _class_of(subject) is not None else None


def _counted_of_count(count):
    return next((c for c in count.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN", "ADJ")), count)


def _counted_by_count_noun(span):
    """The people a count noun counts when the number is what the count reaches ("le nombre de personnes
    déplacées a atteint 2,1 millions", "le bilan s'élève à 40", "a doublé pour atteindre 200 000") or what it is
    put at ("le HCR estime à 6,9 millions le nombre de déplacés"): the noun after the count noun's "de". A number
    alone in brackets is no value a count reaches ("le bilan le plus lourd a été enregistré dans la province du
    Ouaddaï (542 décès), du Sila (103)": the Sila's part, whose noun the bracket before names)."""
    doc = span.doc
    if 0 < span.start and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")":
        return None
    verb = _predicate(span.root)
    for _ in range(3):
        count = next((c for c in verb.children if c.dep_ in SUBJECTS | {"obj"} and c.lemma_.lower() in COUNT_NOUNS
                      and not c.left_edge.i <= span.start <= c.right_edge.i), None)
        named = next((c for c in count.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN", "ADJ")), None) \
            if count is not None else None
        if named is not None:
            return named
        if verb.dep_ not in ("advcl", "xcomp", "conj", "acl") or verb.head == verb:
            return count
        if verb.dep_ == "acl" and not ("Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm")):
            return count
        # "le nombre des déplacés a presque doublé en une semaine, passant de 230 000 à plus de 400 000", "a augmenté
        # de 60 %, portant le chiffre à plus de 578 000": the participle says what the main clause's count reached
        # (the small parse may hang it on the noun before it); a count noun that names nothing ("le chiffre") is
        # that count's
        verb = verb.head
        while verb.pos_ != "VERB" and verb.head != verb and verb.dep_ not in ("ROOT",):
            verb = verb.head
    return None


def counted_phrase(noun, text: str) -> str:
    """The counted noun with the adjectives and participles right after it ("réfugiés soudanais", "personnes
    déplacées", "déplacés internes"), through the "de" complement of a noun of units ("têtes de bétail")."""
    start = noun.idx
    end = noun
    doc = noun.doc
    j = noun.i + 1
    if noun.lemma_.lower() in COMPLEMENT_NOUNS and j + 1 < len(doc) and doc[j].lower_ in OF_WORDS \
            and doc[j + 1].pos_ == "NOUN" and doc[j + 1].head.i == noun.i:
        noun = end = doc[j + 1]  # "têtes de bétail": the complement names what is counted
        j += 2
    while j < len(doc) and j - noun.i <= 2 and doc[j].pos_ in ("ADJ", "VERB") and doc[j].head.i in (noun.i, end.i) \
            and doc[j].lemma_.lower() not in ("avoir", "être") \
            and (doc[j].pos_ == "ADJ" or doc[j].morph.get("VerbForm") in (["Part"], [])) \
            and doc[j].dep_ in ("amod", "acl") and not doc[j].is_punct and doc[j].idx == doc[j - 1].idx + len(doc[j - 1].text) + 1:
        end = doc[j]
        j += 1
    return text[start:end.idx + len(end.text)]


def _class_of(tok) -> str | None:
    """The class of a word beside a number: as written or by its lemma, else a participle or adjective read as
    its verb ("personnes relogées", "civils abattus": reloger, abattre), whatever its agreement."""
    return EVENT_WORDS.get(tok.lower_) or EVENT_WORDS.get(tok.lemma_.lower()) or (
        _as_verb_class(tok.lower_) if tok.pos_ in ("ADJ", "VERB") else None)


def _verb_class(tok) -> str | None:
    """The class of a predicate: by its lemma or its written form, else by the form read as a verb where the
    tagger or an auxiliary before it says it is one ("ont péri" tagged an adjective)."""
    if (name := _de_verb_class(tok)) is not None:
        return name if _has_de_complement(tok) else None  # "privés d'électricité", not "écoles privées"
    return EVENT_VERBS.get(tok.lemma_.lower()) or EVENT_WORDS.get(tok.lower_) or (
        _as_verb_class(tok.lower_) if tok.pos_ == "VERB" or _after_auxiliary(tok) else None)


DE_VERBS = localized_classes(LANGUAGE, "de_verbs")


def _de_verb_class(tok) -> str | None:
    """The class of a verb of DE_VERBS by its lemma, or its form read as a verb ("privées": lemma "privé")."""
    return DE_VERBS.get(tok.lemma_.lower()) or DE_VERBS.get(verb_lemma(tok.lower_, LANGUAGE) or "")


def _has_de_complement(tok) -> bool:
    """Whether a verb has a "de" complement ("privés d'eau", "privant 120 000 élèves de cours"): right after it, or
    a noun hung on it, or on its object, with "de"."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in OF_WORDS and doc[tok.i + 2].pos_ != "PROPN":
        return True  # not a place ("les cliniques privées de Bamako")
    heads = [tok, *(c for c in tok.children if c.dep_ == "obj")]
    return any(g.i > tok.i and g.dep_ in ("nmod", "obl", "obl:arg", "obl:mod") and g.pos_ == "NOUN"
               and any(x.dep_ == "case" and x.lower_ in OF_WORDS for x in g.children) for h in heads for g in h.children)


def _label_event(tokens: list) -> Event | None:
    """The event the first word of a key figure's label or a table's column header names ("Personnes déplacées
    internes", "Décès", "Maisons effondrées", "Personnes assistées"), by its class as a word beside a number; a
    participle after the first word names what befell those it counts before that word's own class does ("Réfugiés
    relocalisés vers les camps", "Réfugiés soudanais arrivés depuis avril": relocated, arrived)."""
    named = [(t, name) for t in tokens
             if (name := _class_of(t) or (EVENT_VERBS.get(t.lemma_.lower()) if t.pos_ == "VERB" else None)) is not None]
    if len(tokens) > 1 and tokens[1].lower_ in TARGETED_WORDS and _people_or_households(tokens[0]):
        return Event(tokens[1].lower_, AID_CLASS, tokens[1])  # "Personnes ciblées": those an aid plan means to reach
    participles = [(t, name) for t, name in named if t.i > tokens[0].i and t.morph.get("VerbForm") == ["Part"]]
    t, name = (participles or named or [(None, None)])[0]
    return Event(t.lower_, name, t) if t is not None else None


def _as_verb_class(word: str) -> str | None:
    lemma = verb_lemma(word, LANGUAGE)
    return EVENT_VERBS.get(lemma) if lemma is not None else None


# Forms of "avoir" and "être" that make a compound tense or a passive with the participle after them (adverbs and
# the negation may stand between: "ont également été tués", "n'ont pas pu rentrer").
AUXILIARIES = frozenset("""a ont avait avaient aura auront aurait auraient avoir ayant eu est sont était étaient
    sera seront serait seraient être été étant""".split())
ASIDE_ADVERBS = frozenset({"également", "aussi", "déjà", "encore", "ainsi", "notamment", "tous", "toutes", "y"})


def _after_auxiliary(tok) -> bool:
    """Whether an auxiliary stands right before the word, past adverbs ("ont également péri")."""
    doc, i = tok.doc, tok.i - 1
    while i >= tok.sent.start and (doc[i].lower_ in ASIDE_ADVERBS or doc[i].lower_.endswith("ment") and doc[i].pos_ == "ADV"):
        i -= 1
    return i >= tok.sent.start and doc[i].lower_ in AUXILIARIES


OBJECT_GAP = frozenset({"plus", "près", "de", "d'", "d’", "au", "moins", "environ", "quelque", "pas", "pour", "la", "seule"})


NEGATION = frozenset({"ne", "n'", "n’"})


def _finite_plural(tok) -> bool:
    """A verb in the present's third person plural, whatever the small model tagged it ("250 réfugiés franchissent
    chaque jour la frontière", "300 migrants traversent chaque semaine le désert": a noun, an adverb): a form in
    "-ent" (not an adverb's "-ment") that reads as a verb of the language."""
    word = tok.lower_
    return word.endswith("ent") and not word.endswith("ment") and verb_lemma(word, LANGUAGE) is not None


def _own_participle(tok) -> tuple[str, str, Any] | None:
    """ "une dizaine d'autres ont été grièvement blessés", "Trois réfugiés se sont noyés": the verb group right after
    the number's noun phrase, an auxiliary or a reflexive and a participle of a class (past adverbs and "y"), or a
    verb in the present's plural ("250 réfugiés franchissent chaque jour la frontière"), is what happened to its
    people, however the small model tags the verb or hangs the noun (coordinated to another verb's subject)."""
    doc, i = tok.doc, tok.i + 1
    while i < tok.sent.end:
        if doc[i].pos_ == "ADJ" and doc[i].lower_ not in AUXILIARIES and _class_of(doc[i]) is None \
                or doc[i].lower_ in OF_WORDS | {"autres"}:
            i += 1  # "réfugiés soudanais", "une dizaine d'autres"
        elif (nmod := next((c for c in tok.children if (c.dep_ == "nmod" or c.dep_.startswith("obl"))
                            and c.left_edge.i == i and doc[i].pos_ == "ADP"), None)) is not None:
            i = nmod.right_edge.i + 1  # "96 cases en tôle ont été démolies": the noun's complement
        else:
            break
    helped = False
    while i < tok.sent.end and (doc[i].lower_ in AUXILIARIES | CLITICS | ASIDE_ADVERBS | {"été"}
                                or doc[i].pos_ == "ADV" and doc[i].lower_.endswith("ment")):
        helped = helped or doc[i].lower_ in AUXILIARIES | {"se", "s'", "s’"}
        i += 1
    if i >= tok.sent.end or doc[i].lower_ in NEGATION or doc[i].is_punct or not helped and not _finite_plural(doc[i]):
        return None
    if (doc[i].lemma_.lower() if doc[i].pos_ == "VERB" else verb_lemma(doc[i].lower_, LANGUAGE)) in AID_OBJECT_VERBS:
        return None  # "ont reçu chacun un sac de riz": what they received says what befell them (event_of)
    name = _verb_class(doc[i]) or (_as_verb_class(doc[i].lower_) if _finite_plural(doc[i]) else None)
    return (name, doc[i].text, doc[i]) if name is not None else None


def _governing_participle(span) -> tuple[str, str, Any] | None:
    """ "Des frappes ont tué onze personnes", "ont expulsé près de 4 000 ressortissants", "dit avoir abattu 12
    membres de gangs": a verb of a class written right before the number (past its qualifier), after an
    auxiliary or tagged a verb, has the number's people for its object, however the small model hangs them; the
    verb may stand alone in the writer's marks ("L'armée affirme avoir « neutralisé » 96 assaillants")."""
    doc, i = span.doc, _before_gap(span)
    if i - 2 >= span.sent.start and doc[i].text in CLOSING_MARKS and doc[i - 2].text in OPENING_MARKS:
        i -= 1  # past the marks around the one word: "« neutralisé » une vingtaine d'assaillants"
    if i < span.sent.start or i >= span.start or doc[i].is_punct:
        return None
    tok = doc[i]
    if not (tok.pos_ == "VERB" or _after_auxiliary(tok)) or tok.lower_ in AUXILIARIES:
        return None
    name = EVENT_VERBS.get(tok.lemma_.lower()) or _as_verb_class(tok.lower_)
    return (name, tok.text, tok) if name is not None else None


def _stranded_participle(noun):
    """ "7 éléments de l'armée tués", "9 membres de la famille tués": a plural participle the parse hangs on the
    singular noun of the counted noun's complement agrees with the counted noun, and is said of it."""
    if "Plur" not in noun.morph.get("Number"):
        return None
    comps = [c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i]
    own = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and comps and c.i > comps[0].i), None)
    if own is not None:
        return own  # "5 éléments de l'armée tués" (the parse right): the noun's own participle past its complement
    for comp in comps:
        if "Sing" not in comp.morph.get("Number"):
            continue
        late = next((g for g in comp.children if g.dep_ == "acl" and g.pos_ == "VERB" and g.i > comp.i
                     and ("Plur" in g.morph.get("Number") or g.lower_.endswith("s"))), None)  # as written where
        # the tagger errs ("blessés" tagged singular)
        if late is not None:
            return late
    return None


OPENING_MARKS = frozenset({"«", "“"})
CLOSING_MARKS = frozenset({"»", "”"})


def _past_adverbs(tok, noun):
    """The participle a counted noun's adverbs stand before ("personnes toujours portées disparues", "maisons encore
    inondées"): the adverbs hung on it, right before it, the participle hung on the noun; else the word itself."""
    if tok is None or tok.pos_ != "ADV" or noun is None:
        return tok
    doc, i = tok.doc, tok.i
    while i < tok.sent.end and doc[i].pos_ == "ADV" and doc[i].head.i > doc[i].i:
        i += 1
    if i >= tok.sent.end or i == tok.i:
        return tok
    part = doc[i]
    if part.head.i != noun.i or part.dep_ not in ("acl", "amod") or part.pos_ not in ("ADJ", "VERB") \
            or any(doc[j].head.i != part.i for j in range(tok.i, i)):
        return tok
    return part


def _attribute_class(verb) -> tuple[str, str, Any] | None:
    """ "portées disparues", "déclarés morts": a verb of no class whose adjective complement after it names one (as
    _happened reads it for status nouns): that class, the adjective its term."""
    for state in (c for c in verb.children if c.pos_ == "ADJ" and c.dep_ == "xcomp" and c.i > verb.i):
        if (name := _class_of(state)) is not None:
            return name, state.text, verb
    return None


def event_of(span, noun) -> tuple[str | None, str | None, Any]:
    """(event class, term as written, the predicate token) of a figure."""
    if span is None:
        return None, None, None
    doc = span.doc
    group = _own_participle(noun if noun is not None else span[-1])  # the verb group after the number's phrase
    if (part := _part_participle(span)) is not None:
        return part  # "1,3 million de réfugiés, dont 880 000 arrivés du Soudan depuis avril 2023": arrived
    if noun is not None and noun.i < span.start and span.start > 0 and doc[span.start - 1].lower_ == "dont" and (
            own := _predicate(span.root)).pos_ == "VERB" and own.i >= span.end and (found := event_of(span, None))[0] is not None:
        return found  # "8 millions de personnes ont été déracinées, dont 2 millions ont trouvé refuge": the part's own
        # verb says what befell it, not the whole's (the noun it counts is the whole's)
    if noun is not None:
        if (giver := _aid_giver(noun)) is not None:
            return AID_CLASS, giver.text, giver  # "distribué des kits d'hygiène à 1 200 familles": given aid
        if (planned := _planned_aid(noun)) is not None:
            return AID_CLASS, planned.text, planned  # "2,3 M personnes ciblées", "1,6 million de personnes à atteindre"
        if (receiver := _aid_receiver(noun)) is not None:
            return AID_CLASS, receiver.text, receiver  # "5 640 ménages sinistrés ont reçu des vivres": given aid,
            # whatever the people are called, as English "3,200 refugee households received shelter kits"
        if (server := _aid_server(noun)) is not None:
            return AID_CLASS, server.text, server  # "2 850 ménages seront servis", "aider 11 millions de personnes"
        at = noun.i + 2 if noun.i + 2 < len(doc) and doc[noun.i + 1].text in OPENING_MARKS else noun.i + 1
        nxt = doc[at] if at < len(doc) else None  # past a mark that opens a participle: "21 assaillants « neutralisés »"
        nxt = _past_adverbs(nxt, noun)  # "11 personnes toujours portées disparues": the participle past its adverbs
        described = nxt is not None and nxt.head.i == noun.i and (nxt.pos_ in ("ADJ", "VERB") or nxt.dep_ in ("amod", "acl"))
        if (name := _class_of(noun)) is not None:
            if name == AID_CLASS and noun.dep_ == "obj" and noun.head.pos_ == "VERB" \
                    and noun.head.lemma_.lower() in GOODS_MADE_VERBS:
                return None, None, None  # "La Croix-Rouge a monté 300 tentes": put up, not given (as English)
            if name in CONDITION_CLASSES and (cared := _cared(span, noun, group)) is not None:
                return cared  # "ont évacué 420 blessés vers les hôpitaux", "19 blessés sont toujours hospitalisés"
            if name in MORTAL_CLASSES and (died := group or _happened(_predicate(noun), noun)) is not None \
                    and died[0] == KILLED_CLASS and died[2].i > noun.i:  # its own verb, after it (not "48 civils ont
                # été tués et 27 autres blessés")
                return died  # "deux blessés ont succombé", "trois otages ont été tués": killed
            if name in STATUS_CLASSES and group is not None and (group[0] in HAPPENED_CLASSES or group[0] in STAY_CLASSES):
                return group  # "Trois réfugiés se sont noyés en tentant de traverser la rivière": drowned
            if name in STATUS_CLASSES and (happened := _happened(_predicate(noun), noun) or _happened_after(noun)) is not None:
                return happened  # "2 500 réfugiés ont été rapatriés", "600 migrants ont péri" (péri: an adjective)
            if name in STATUS_CLASSES and (done := _governing_participle(span)) is not None and done[0] in HAPPENED_CLASSES:
                return done  # "ont relocalisé 3 900 réfugiés", "transféré 4 100 réfugiés" (the small model tags
                # "réfugiés" a verb and hangs it on nothing): what the verb did to them, as English "relocated 3,900
                # refugees"
            if name in STATUS_CLASSES and described and (then := _class_of(nxt) or _verb_class(nxt)) in HAPPENED_CLASSES:
                return then, nxt.text, _predicate(noun)  # "le nombre de migrants morts"
            if name in STATUS_CLASSES and noun.head.i < noun.i and noun.head.pos_ == "NOUN" and noun.dep_ == "nmod" \
                    and (then := _class_of(noun.head)) in HAPPENED_CLASSES:
                return then, noun.head.text, noun.head  # "le retour volontaire de 2 100 réfugiés": returned
            if (acted := _acted_on(noun, name, span)) is not None:
                return acted  # "a distribué 800 kits", "Nous avons enterré 38 corps": the act, not the things
            if name in STATUS_CLASSES and (host := _hosting_form_before(span)) is not None:
                return name, host[1], host[2]  # "Le Tchad accueille plus de 1,2 million de réfugiés": their status
                # is the event, the verb of hosting the text's word for it (as a class's verb is its term)
            if name in STATUS_CLASSES and (pred := _predicate(noun)) is not None and pred.i > noun.i \
                    and pred.lemma_.lower() in REGISTERING_VERBS:
                return name, pred.text, pred  # "6 400 réfugiés ont été enregistrés": their status, the register's
                # verb the word for it, as English "73,000 have been registered" (term "registered")
            return name, _status_words(noun), _predicate(noun)
        if noun.lemma_.lower() in CASE_NOUNS or noun.lower_ in CASE_NOUNS:
            if _disease_case(noun):
                return CASE_CLASS, _case_words(noun), _predicate(noun)  # "212 nouveaux cas suspects", "3 200 cas de choléra"
        if nxt is not None and nxt.pos_ == "VERB" and nxt.head.i == noun.i and (paired := _verb_object(nxt)) is not None:
            if paired[0] in CONDITION_CLASSES and (cared := _cared(span, noun, group)) is not None:
                return cared  # "1 140 enfants souffrant de malnutrition ont été hospitalisés": hospitalized
            return paired  # "12 militaires tombés sur le champ d'honneur"
        if nxt is not None and nxt.pos_ in ("ADJ", "VERB") and nxt.head.i == noun.i and _class_of(nxt) is None \
                and _verb_class(nxt) is None and (attribute := _attribute_class(nxt)) is not None:
            return attribute  # "11 personnes toujours portées disparues": the participle's attribute names it
        if nxt is not None and nxt.pos_ in ("ADJ", "VERB") and (name := _class_of(nxt) or _verb_class(nxt)) is not None:
            if name in STATUS_CLASSES and (happened := _happened(_predicate(noun), noun)) is not None:
                return happened  # "3 500 personnes déplacées sont retournées"
            if (done := _governing_participle(span)) is not None and done[0] in AGENTIVE_CLASSES:
                return done  # "a relogé 1 300 familles sinistrées": what the verb did to them, as English "rehoused
                # 1,300 affected families"; not what describes them
            return name, nxt.text, _predicate(noun)
        if (late := _stranded_participle(noun)) is not None and (name := _class_of(late) or _verb_class(late)) is not None:
            return name, late.text, late  # "7 éléments de l'armée tués": the participle agrees with the counted
        if (relative := _relative_event(noun)) is not None:
            return relative  # "4 800 personnes qui ont bénéficié de l'opération", "qui pourraient fuir"
        own = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > noun.i), None)
        if own is not None and noun.dep_ == "conj" and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < noun.i:
            # "164 000 habitations ont été détruites et 70 000 têtes de bétail emportées": the verb left out, the
            # noun's own participle is its predicate, not the verb of the clause before
            name = _verb_class(own)
            if name is None and (attribute := _attribute_class(own)) is not None:
                return attribute  # "58 blessés et 11 personnes portées disparues"
            return (name, own.text, own) if name is not None else (None, None, own)
        if noun.head.i < noun.i and noun.head.pos_ == "NOUN" and (name := _class_of(noun.head) or _nominal_of(noun)) is not None:
            return name, noun.head.text, noun.head  # "le déplacement de 20 000 personnes", "l'enlèvement de 23 passagers"
        if (written := _event_noun_before(span)) is not None:
            return written
    head = noun if noun is not None else _among(span)
    verb = _predicate(head)
    if (concerned := _concerned(span)) is not None:
        return concerned  # "ces retours concernent 3 900 ménages": returned
    if (governing := _governing_participle(span) or group) is not None:
        return _caused(governing[2], noun if noun is not None else span[-1]) or governing
    if noun is not None and noun.dep_.startswith("obl") and _prepositions(noun, span):
        if verb is not None and any(c.lower_ == "à" for c in _prepositions(noun, span)) and (
                paired := _verb_object(verb)) is not None:
            return paired  # "qui ont coûté la vie à 142 civils": whom the verb and its object befell
        return None, None, verb  # "hébergées dans 15 sites": the sites are where, not who (an "obl" with no
        # preposition is a subject the small model mislabels: "Au moins 11 personnes sont mortes noyées")
    for tok in _predicates(verb):
        if tok is not verb and tok.dep_ == "advcl" and _de_verb_class(tok) is not None:
            continue  # "300 écoles ont fermé, privant 90 000 élèves de cours": the schools deprive, the pupils are deprived
        if (caused := _caused(tok, noun if noun is not None else span[-1])) is not None:
            return caused  # "a forcé plus d'un million de personnes à fuir": fuir, not forcé
        if tok.lemma_.lower() in AID_OBJECT_VERBS and any(
                _gives_aid(obj) for obj in tok.children if obj.dep_ == "obj" and obj.i > tok.i):
            # "300 ménages ont reçu chacun un sac de riz": given aid; denied ("n'ont reçu aucune assistance"), none
            return (None, None, tok) if _negated(tok) else (AID_CLASS, tok.text, tok)
        if (name := _verb_class(tok)) is not None:
            return name, tok.text, tok
        if (stay := _stay_term(tok)) is not None:
            return stay
        if (paired := _verb_object(tok)) is not None:
            return paired  # "ont perdu la vie", "sont tombés au champ d'honneur"
        if (state := _result_state(tok)) is not None:
            return state  # "sont devenues inhabitables", "ont été rendues inhabitables"
        if (reached := _place_object(tok)) is not None:
            return reached  # "ont atteint Lampedusa", "ont rejoint Baga Sola"
        for obj in (c for c in tok.children if (c.dep_ == "obj" or c.dep_ == "amod" and c.i == tok.i + 1) and c.i > tok.i):
            # the object noun the small model tags an adjective or a verb right after its verb ("ont cherché refuge")
            if (name := _class_of(obj)) is not None and not _counted_apart(obj, span):  # "ont trouvé refuge"
                return name, obj.text, tok
    if noun is not None and (antecedent := _antecedent(span)) is not None and (name := _class_of(antecedent)):
        return name, antecedent.text, verb  # "1,5 million de déplacés, dont 500 000 enfants"
    if (found := _event_after(noun if noun is not None else span[-1])) is not None:
        return found
    if noun is None and (found := _clitic_verb(span)) is not None:
        return found
    if (found := _among_those(span)) is not None:
        return found
    if (found := _hosting_form_before(span)) is not None:
        return found
    return None, None, verb


THING_NOUNS = lexicon.words(lexicon.localized("events.thing_nouns", LANGUAGE))
RESULT_VERBS = lexicon.words(lexicon.localized("events.result_verbs", LANGUAGE))
# The classes whose verbs act on the people they count (English ``agentive``: "a relogé", "a tué", "a évacué"): such a
# verb with the number for its object says what happened to them, before a word that describes them ("sinistrées").
AGENTIVE_CLASSES = frozenset(name for name, fields in classes().items() if "agentive" in fields)


PLACE_OBJECTS = localized_classes(LANGUAGE, "place_objects")


def _place_object(verb) -> tuple[str, str, Any] | None:
    """A verb that names an event when its object is a place (the classes' French ``place_objects``, as English
    "reached Lampedusa": "ont atteint Lampedusa", "ont rejoint Baga Sola"): the object a name or a noun of places."""
    name = PLACE_OBJECTS.get(verb.lemma_.lower())
    if name is None:
        return None
    doc, i = verb.doc, verb.i + 1
    while i < verb.sent.end and doc[i].lower_ in DETERMINERS:
        i += 1
    written = [doc[i]] if i < verb.sent.end else []  # the word after the verb and its article, however the small parse
    # hangs it ("ont rejoint Baga Sola, où ...": "Baga" made the article of a noun further on)
    for obj in (*(c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), *written):
        if obj.pos_ == "PROPN" or obj.lemma_.lower() in FRENCH_PLACE_NOUNS:
            return name, verb.text, verb
    return None


def _result_state(verb) -> tuple[str, str, Any] | None:
    """A verb that puts what it counts into a state (``events.fr`` result_verbs, as English result_verbs and "become":
    "sont devenues inhabitables", "ont été rendues inhabitables"): the class of its adjective complement, the term
    the adjective as written."""
    if verb.lemma_.lower() not in RESULT_VERBS:
        return None
    for state in (c for c in verb.children if c.pos_ in ("ADJ", "VERB") and c.dep_ in ("xcomp", "acl", "amod") and c.i > verb.i):
        if (name := _class_of(state)) is not None:
            return name, state.text, verb
    return None


# (ending of a French noun made from a verb, what the verb ends in instead, the shortest stem), the longer endings
# first, as English DERIVED_ENDINGS (figures/terms.py): "vaccination" is "vaccin" + "er", "rapatriement" "rapatri" +
# "er", "déguerpissement" "déguerp" + "ir", "exécution" "exéc" + "uter", "noyade" "noy" + "er"; with a definite article,
# the verb's stem used as a noun ("le massacre de 31 villageois": massacrer).
DERIVED_ENDINGS = (("issement", "ir", 4), ("ation", "er", 4), ("ement", "er", 4), ("ution", "uter", 3), ("ade", "er", 3))
DEFINITE = frozenset({"le", "la", "l'", "l’", "les"})


def _event_noun_before(span) -> tuple[str, str, Any] | None:
    """ "Le rapatriement de 3 200 ressortissants s'achève": a noun of a class with a definite article, written right
    before the number's "de", names what happened to its people where the small parse hangs them elsewhere (the
    counted noun made the root)."""
    doc, i = span.doc, span.start - 1
    while i > span.sent.start and doc[i].lower_ in QUALIFIER_GAP:
        i -= 1
    if i - 2 < span.sent.start or doc[i].lower_ not in ("de", "d'", "d’") or doc[i - 1].pos_ != "NOUN" \
            or doc[i - 2].lower_ not in DEFINITE:
        return None
    head = doc[i - 1]
    name = _class_of(head) or _derived_class(head)
    return (name, head.text, head) if name is not None and name not in STATUS_CLASSES else None


QUALIFIER_GAP = frozenset({"plus", "près", "moins", "au", "environ", "quelque"})


def _derived_class(head) -> str | None:
    lemma = head.lemma_.lower()
    stems = []
    for suffix, ending, shortest in DERIVED_ENDINGS:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= shortest:
            stems.append(lemma[: -len(suffix)] + ending)
            break
    if lemma.endswith("e") and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children) \
            or lemma.endswith("e") and head.i > 0 and head.doc[head.i - 1].lower_ in DEFINITE:
        stems.append(lemma + "r")
    return next((EVENT_VERBS[s] for s in stems if s in EVENT_VERBS), None)


def _nominal_of(noun) -> str | None:
    """The class of the noun a number's noun is the "de" complement of, where that noun is made from a verb of a
    class ("la vaccination de 800 000 enfants", "l'enlèvement de 23 passagers", "le massacre de 31 villageois"), as
    English reads "the abduction of 20" (figures/terms.py _nominal_class)."""
    head = noun.head
    if noun.dep_ != "nmod" or not any(c.dep_ == "case" and c.lower_ in OF_WORDS for c in noun.children):
        return None
    return _derived_class(head)


def _acted_on(noun, name: str, span) -> tuple[str, str, Any] | None:
    """Things a class names that a verb of the same class acts on ("distribué 800 kits", "doivent être distribués",
    "enterré 38 corps"): the verb is the text's word for what happened (relief goods are the aid class's words,
    the remains of the dead THING_NOUNS)."""
    if name != AID_CLASS and noun.lemma_.lower() not in THING_NOUNS and noun.lower_ not in THING_NOUNS:
        return None
    if (before := _governing_participle(span)) is not None and before[0] == name:
        return before  # the participle right before the number, however the parse hangs them ("avons enterré 26 corps")
    head = noun.head if noun.dep_ in ("obj", *SUBJECTS) and noun.head.pos_ in ("VERB", "ADJ") else None
    # the head: a participle the small model may tag as an adjective ("avons enterré 38 corps"); the predicate and
    # the verb it governs ("doivent être distribués")
    for verb in (head, *_predicates(_predicate(noun))):
        if verb is not None and verb is not noun and verb.pos_ in ("VERB", "ADJ") and _verb_form_class(verb) == name:
            return name, verb.text, verb
    return None


CAUSATIVE_VERBS = lexicon.words(lexicon.localized("events.causative_verbs", LANGUAGE))
EXTENT_VERBS = lexicon.words(lexicon.localized("events.extent_verbs", LANGUAGE))


def _concerned(span) -> tuple[str, str, Any] | None:
    """ "Ces retours concernent 3 900 ménages": a verb of extent right before the number (past its qualifier), its
    subject before it in the sentence a noun of a class: the people counted are those that act befell, the noun the
    text's word for it: the verb's subject, or the noun it hangs on, or the last subject or root before it, as the
    small model hangs them."""
    doc, i = span.doc, _before_gap(span)
    if i < span.sent.start or i >= span.start or doc[i].lemma_.lower() not in EXTENT_VERBS:
        return None
    verb = doc[i]
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None) or (
        verb.head if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i else None) or next(
        (t for t in reversed(doc[span.sent.start:verb.i]) if t.dep_ in SUBJECTS | {"ROOT"} and t.pos_ == "NOUN"), None)
    name = _class_of(subject) if subject is not None else None
    return (name, subject.text, verb) if name is not None else None


def _before_gap(span) -> int:
    """The index of the word before the number, past the qualifier between them (``OBJECT_GAP``: "près de")."""
    i = span.start - 1
    while i > span.sent.start and span.doc[i].lower_ in OBJECT_GAP:
        i -= 1
    return i


CAUSED_OPENERS = frozenset({"à", "de", "d'", "d’"})
DETERMINERS = frozenset({"l'", "l’", "la", "le", "les", "leur", "leurs"})


def _caused(verb, counted) -> tuple[str, str, Any] | None:
    """What a verb of making people do something made them do, written after them with "à" or "de" ("a forcé
    plus d'un million de personnes à fuir", "contraint 400 000 personnes à quitter leur foyer", "poussé des
    milliers de familles à l'exil"): the class and word of that, whatever the parse makes of it (a noun, an acl)."""
    if verb.lemma_.lower() not in CAUSATIVE_VERBS:
        return None
    doc = verb.doc
    at = counted if counted.i > verb.i else verb
    for i in range(at.i + 1, min(at.sent.end, at.i + 1 + EVENT_WINDOW)):
        tok = doc[i]
        if tok.lower_ in CAUSED_OPENERS:
            words = [t for t in doc[i + 1:min(at.sent.end, i + 3)] if t.lower_ not in DETERMINERS]
            caused = words[0] if words else None
            name = caused is not None and (_verb_form_class(caused) if caused.pos_ in ("VERB", "AUX") else None
                                           or _class_of(caused) or EVENT_VERBS.get(caused.lemma_.lower()))
            return (_verb_class(verb) or name, caused.text, verb) if name else None  # "contraint à quitter
            # leur foyer": forced to leave (fled), in the words of the text
        if tok.is_punct or tok.like_num:
            return None
    return None


CASE_NOUNS = lexicon.words(lexicon.localized("events.case_nouns", LANGUAGE))
CASE_CLASS = lexicon.entry("events.case_class")
DISEASES = lexicon.words(lexicon.localized("events.diseases", LANGUAGE))


def _status_words(noun) -> str:
    """The words of people named by who they are, with the verb of no class of its own that follows them and says
    what they did ("14 582 migrants ont atteint l'archipel", "4 800 demandeurs d'asile dorment à la rue", "430
    enfants réfugiés ont été inscrits"): the text from the noun to that verb, where no number or mark lies between;
    else the noun."""
    verb = _predicate(noun)
    if verb is None or verb.pos_ != "VERB" or not noun.i < verb.i <= noun.i + CASE_SPAN + 1 \
            or verb.lemma_.lower() in SEE_THROUGH or _verb_class(verb) is not None \
            or any(t.like_num or t.is_punct for t in noun.doc[noun.i + 1:verb.i]):
        return noun.text
    return noun.doc[noun.i:verb.i + 1].text


def _case_words(noun) -> str:
    """The words of a count of cases as written, from the case noun to the disease its "de" names and the verb
    after it that says what was done with them ("cas de choléra", "cas ont été notifiés", "cas de paludisme
    traités"): the text's words for them, not the case noun alone. Where they lie farther apart, the noun."""
    end = max((c.i for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and _names_disease(c)), default=noun.i)
    verb = _predicate(noun)
    if verb is not None and verb.pos_ == "VERB" and end < verb.i <= noun.i + CASE_SPAN:
        end = verb.i
    if end - noun.i > CASE_SPAN:
        return noun.text
    return noun.doc[noun.i:end + 1].text


CASE_SPAN = 4  # the most tokens from a case noun to its disease or verb ("cas de diarrhée aiguë", "cas ont été notifiés")


def _disease_case(noun) -> bool:
    """A case noun counts cases of a disease: its own "de" names one ("cas de choléra", "cas de diarrhée aiguë"),
    or, where it names nothing ("212 nouveaux cas suspects", "96 cas ont été soignés"), its article does. A
    "de" that names no disease ("cas de violences") makes it some other case."""
    named = [c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i
             and any(g.dep_ == "case" and g.lower_ in OF_WORDS for g in c.children)]  # not "378 cas avec 26 décès"
    if named:
        return any(_names_disease(t) for t in named)
    doc = noun.doc
    if "names_disease_fr" not in doc.user_data:
        doc.user_data["names_disease_fr"] = any(_names_disease(t) for t in doc)
    return doc.user_data["names_disease_fr"]


def _names_disease(tok) -> bool:
    return tok.lower_ in DISEASES or tok.lemma_.lower() in DISEASES


def _verb_object(verb) -> tuple[str, str, Any] | None:
    """A verb and its object, or the noun of its complement, that name an event together (``VERB_OBJECTS``: "ont
    perdu la vie", "a coûté la vie à", "sont tombés sur le champ d'honneur"); the term is the words from the verb."""
    lemma = verb.lemma_.lower()
    for obj in (c for c in verb.children if (c.dep_ == "obj" or c.dep_.startswith("obl") or c.pos_ == "ADJ"
                                             or c.i == verb.i + 1 and c.lower_.endswith(("e", "es"))) and c.i > verb.i):
        # an adjective complement as the parse tags it ("testées positives": advmod; "tombés malades": a verb)
        if (name := VERB_OBJECTS.get((lemma, obj.lemma_.lower())) or VERB_OBJECTS.get((lemma, obj.lower_.removesuffix("s")))) is not None:
            if name == AID_CLASS and _negated(verb):
                return None  # "n'ont pas accès à l'eau potable": no aid had
            return name, verb.doc[verb.i:obj.i + 1].text, verb
        if obj.dep_ == "obj" and lemma in DISEASE_VERBS and _names_disease(obj):
            return DISEASE_VERBS[lemma], verb.text, verb  # "ont contracté la rougeole" (as English disease_verbs)
    return None


DISEASE_VERBS = localized_classes(LANGUAGE, "disease_verbs")


# Words between the clitic "en" and the number: adverbs and "à lui seul" ("en accueille aujourd'hui plus de").
CLITIC_GAP = 6


def _clitic_verb(span) -> tuple[str, str, Any] | None:
    """ "Le camp, conçu pour 10 000 personnes, en accueille plus de 35 000": a number with no noun, object of a
    verb whose clitic "en" stands for what it counts; the verb's class by its stem, since the small model takes
    such verbs for nouns ("accueille", "héberge")."""
    doc = span.doc
    for i in range(span.start - 1, max(span.sent.start, span.start - CLITIC_GAP) - 1, -1):
        tok = doc[i]
        if tok.is_punct:
            return None
        if tok.lower_ == "en" and i + 1 < span.start and (name := _verb_form_class(doc[i + 1])) is not None:
            return name, doc[i + 1].text, doc[i + 1]
    return None


# Words between a verb of hosting and its number: adverbs ("déjà", "désormais", "actuellement") and approximations
# ("environ", "plus de", "près de", "quelque").
HOSTING_GAP = 5
# The present's and the imperfect's third persons: "accueille", "hébergent", "abrite", "hébergeait", "accueillaient".
HOSTING_ENDINGS = ("aient", "ait", "ent", "e")
# Words of the time of day that may stand between a verb of hosting and its number besides adverbs and the days and
# months ("hébergeait jeudi matin 1 480 personnes", "accueillait mardi plus de 1 100 personnes").
DAY_PARTS = frozenset({"matin", "soir", "midi", "après-midi", "nuit", "hier", "aujourd'hui", "aujourd’hui"})


def _hosting_form_before(span) -> tuple[str, str, Any] | None:
    """ "Le site de Kafia accueille déjà 2 140 personnes", "Le centre héberge actuellement plus de 7 500 personnes",
    "Djibo accueille environ 300 000 personnes": the number is the object of a verb of hosting the small model takes
    for a noun or an adjective, or hangs elsewhere than on the number (as ``_clitic_verb``, with no "en"); the verb's
    class by its stem, where only adverbs and words of approximation stand between it and the number."""
    doc = span.doc
    i = _back_over_gap(span, lambda t: t.lower_ in DATE_WORDS or t.lower_ in DAY_PARTS)
    tok = doc[i]
    ending = next((e for e in HOSTING_ENDINGS if tok.lower_.endswith(e)), None)
    if i < span.sent.start or ending is None:
        return None
    stem_of = tok.lower_[:-len(ending)]  # "hébergeait": "héberge", "accueille": "accueill"
    name = next((name for stem, name in VERB_STEMS.items() if stem_of.startswith(stem)
                 and len(stem_of) - len(stem) <= 2), None)
    return (name, tok.text, tok) if name in ("hosted", "sheltered") else None


def _back_over_gap(span, also) -> int:
    """The index of the word before the number past the adverbs, words of approximation and "de" between them (and
    the words ``also`` accepts), at most HOSTING_GAP words back and not before its sentence's first word."""
    doc, i = span.doc, span.start - 1
    while i > span.sent.start and span.start - i <= HOSTING_GAP and (
            doc[i].pos_ == "ADV" or doc[i].lower_ in QUALIFIER_GAP or doc[i].lower_ in OF_WORDS or also(doc[i])):
        i -= 1
    return i


VERB_STEMS = {lemma[:-2]: name for lemma, name in EVENT_VERBS.items() if lemma.endswith(("er", "ir")) and len(lemma) > 5}


def _verb_form_class(tok) -> str | None:
    """The class of a verb by its lemma, or by the stem of a verb of the classes its written form opens with
    ("accueille", "hébergent": accueillir, héberger)."""
    if (name := _verb_class(tok)) is not None:
        return name
    word = tok.lower_
    return next((name for stem, name in VERB_STEMS.items() if word.startswith(stem) and len(word) - len(stem) <= 4), None)


# A source the sentence opens with, before what it says ("Selon lui, ", "D'après la même source, ").
ATTRIBUTION_LEAD_RE = re.compile(r"(?i)\s*(?:" + "|".join(
    re.escape(w).replace("\\ ", r"\s+") for w in lexicon.terms(lexicon.localized("quotes.source_prepositions", LANGUAGE)))
    + r")\s+[^,.;:]{1,60},\s*")
AMONG_RE = re.compile(r"(?i)^\s*parmi\s+(?:(?:les|ces|ses|leurs)\s+(?:\d[\d\s\u202f\u00a0]*\s+)?"
                      r"(?:(?:nouveaux|nouvelles|premiers|premières|derniers|dernières)\s+)?"
                      r"(?P<noun>[\w-]+)|(?P<pronoun>eux|elles))\b")  # "parmi les nouveaux arrivants", "parmi les 32 victimes"


# Nouns of the people among whom others are counted that are no words of a class ("Parmi les survivants figurent"):
# the classes' French people.
AMONG_PEOPLE = localized_classes(LANGUAGE, "people")
# The end of a sentence inside the words before a number (a stop, then a capital), where the parse did not end it.
STOP_RE = re.compile(r"[.!?]\s+(?=[A-ZÀ-Ý])")


def _last_stop(text: str, start: int, end: int) -> int | None:
    """Where the last sentence between ``start`` and ``end`` starts, past a stop the parse did not end a sentence
    at; None where there is none."""
    found = [m.end() for m in STOP_RE.finditer(text, start, end)]
    return found[-1] if found else None


def _among_those(span) -> tuple[str, str, Any] | None:
    """ "Parmi les victimes figurent 41 civils", "Parmi les morts, il y a six enfants", "Parmi eux figurent 1 850
    enfants" (eux: the people of a class named in the sentence before): people counted among others are what
    happened to those others."""
    doc, sent = span.doc, span.sent
    for start in (sent.start_char, _last_stop(doc_text(doc), sent.start_char, span.start_char)):
        # the sentence, else its last part past a stop the parse ran on through ("..., sur X. Parmi les morts")
        if start is None:
            continue
        lead = ATTRIBUTION_LEAD_RE.match(doc_text(doc)[start:span.start_char])  # "Selon lui, parmi les victimes"
        at = start + (lead.end() if lead else 0)
        if (m := AMONG_RE.match(doc_text(doc)[at:span.start_char])) is not None:
            break
    else:
        return None
    if m.group("noun"):
        tok = doc.char_span(at + m.start("noun"), at + m.end("noun"))
        name = (_class_of(tok[0]) or AMONG_PEOPLE.get(tok[0].lower_)) if tok is not None else None
        return (name, tok[0].text, tok[0]) if name is not None else None
    if start != sent.start_char:
        before = [t for t in sent if t.idx < start and _class_of(t) is not None]  # the sentence the parse ran on from
    elif sent.start == 0:
        return None
    else:
        before = [t for t in doc[sent.start - 1].sent if _class_of(t) is not None]
    nouns = [t for t in before if t.pos_ == "NOUN" and _class_of(t) not in STATUS_CLASSES]
    before = nouns or before  # "eux": people named by a noun of what befell them ("les rapatriés sont arrivés par
    # Belladère. Parmi eux ..."), else what befell the people a status names ("4 120 migrants ont été expulsés")
    return (_class_of(before[-1]), before[-1].text, before[-1]) if before else None


AID_CLASS = "aid"
GOODS_MADE_VERBS = lexicon.words(lexicon.localized("events.goods_made_verbs", LANGUAGE))
AID_OBJECT_VERBS = lexicon.words(lexicon.localized("events.aid_object_verbs", LANGUAGE))
BENEFIT_NOUNS = lexicon.words(lexicon.localized("events.benefit_nouns", LANGUAGE))
TARGETED_WORDS = lexicon.words(lexicon.localized("events.targeted_words", LANGUAGE))
PLANNED_VERBS = lexicon.words(lexicon.localized("events.planned_aid_verbs", LANGUAGE))


TAKING_IN_VERBS = lexicon.words(lexicon.localized("events.taking_in_verbs", LANGUAGE))
TAKING_IN_PHRASES = {tuple(p.split()) for p in lexicon.terms(lexicon.localized("events.taking_in_phrases", LANGUAGE))}


def _taken_in(span) -> str | None:
    """The words of a verb of taking people in or into care right before the number, only adverbs ("par ailleurs"
    with them) and words of approximation between ("accueille par ailleurs 420 000", "loge encore quelque 32 000",
    "a pris en charge 3 200", "ont admis 390 000"), or None."""
    if span is None:
        return None
    doc = span.doc
    i = _back_over_gap(span, lambda t: t.lower_ == "par" and t.i + 1 < span.start and doc[t.i + 1].pos_ == "ADV")
    if i < span.sent.start:
        return None
    for phrase in TAKING_IN_PHRASES:
        first = i - len(phrase) + 1
        if first >= span.sent.start and _verb_lemma_of(doc[first]) == phrase[0] \
                and tuple(t.lower_ for t in doc[first + 1:i + 1]) == phrase[1:]:
            return doc[first:i + 1].text
    return doc[i].text if _verb_lemma_of(doc[i]) in TAKING_IN_VERBS else None


def _verb_lemma_of(tok) -> str:
    return tok.lemma_.lower() if tok.pos_ == "VERB" else verb_lemma(tok.lower_, LANGUAGE) or tok.lemma_.lower()


AID_GIVING_ACTS = lexicon.words(lexicon.localized("events.aid_giving_acts", LANGUAGE))
AID_ACT_GAP = 3  # the most words between the act of giving and the relief in a term ("distribué des kits")


def _aid_act(term: str | None, span) -> str | None:
    """The words of aid given where the term is the relief noun alone and a verb or noun of giving governs it, a few
    heads up in its clause or the participle after it ("a distribué des abris d'urgence à 600 familles et des kits
    d'hygiène à 1 200 femmes", "a livré 12 tonnes de farine", "2 350 tonnes de vivres distribuées", "l'envoi de 3 000
    kits"): from the act to the relief as written where a few words and no number or mark lie between them
    ("vivres distribuées"), else the act ("distribué", "livré", "envoi"); the term as it was where nothing gives it."""
    if term is None or span is None or " " in term:
        return term
    words = [t for t in span.sent if t.text == term and t.pos_ in ("NOUN", "PROPN") and _class_of(t) == AID_CLASS]
    if not words:
        return term
    word = min(words, key=lambda t: abs(t.i - span.start))
    acts, tok = [c for c in word.children if c.dep_ == "acl" and c.i > word.i], word
    for _ in range(4):
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX") and tok is not word:
            break
        tok = tok.head
        acts.append(tok)
    act = next((t for t in acts if t is not word and (t.lemma_.lower() in AID_GIVING_ACTS or t.lower_ in AID_GIVING_ACTS
                                                      or verb_lemma(t.lower_, LANGUAGE) in AID_GIVING_ACTS)), None)
    if act is None:
        return term
    low, high = sorted((act.i, word.i))
    between = span.doc[low + 1:high]
    if len(between) <= AID_ACT_GAP and not any(t.like_num or t.is_punct for t in between):
        return span.doc[low:high + 1].text
    return act.text


MAGNITUDE_NOUNS = frozenset({"million", "millions", "milliard", "milliards", "millier", "milliers"})
RELATIVE_MODALS = frozenset({"pouvoir", "devoir", "aller"})  # "qui pourraient fuir", "qui doivent être relogées"


def _relative_event(noun):
    """The event a relative clause on the counted noun names ("4 800 personnes qui ont bénéficié de l'opération"):
    its verb's class, else the class of the verb a modal there governs ("800 000 personnes qui pourraient fuir le
    pays") or of the noun its "avoir" takes ("6,3 millions de personnes qui auront besoin d'une aide": in need). The
    small parse may hang the clause on the magnitude before the noun ("des 6,3 millions de personnes qui ...")."""
    own = _relative_verb(noun)
    if own is None and noun.dep_ == "nmod" and noun.head.lower_ in MAGNITUDE_NOUNS:
        own = _relative_verb(noun.head)
    if own is None:
        return None
    if (name := _verb_class(own)) is not None:
        return name, own.text, own
    for child in own.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and own.lemma_.lower() in RELATIVE_MODALS \
                and (name := _verb_class(child)) is not None:
            return name, child.text, child  # not "410 personnes qui tentaient de quitter ses côtes" (intercepted)
        if child.dep_ == "obj" and own.lemma_.lower() == "avoir" and (name := _class_of(child)) is not None:
            return name, child.text, own
    return None


def _relative_verb(noun):
    """The verb of a relative clause whose subject "qui" is the noun ("4 800 personnes qui ont fui")."""
    return next((c for c in noun.children if c.dep_ == "acl:relcl" and c.i > noun.i and c.pos_ == "VERB" and any(
        g.dep_ in SUBJECTS and g.lower_ == "qui" for g in c.children)), None)


def _aid_giver(noun):
    """The verb of giving aid, or any verb with relief goods for its object, whose recipient after "à" the noun is
    ("distribué des kits à 1 200 familles", where the parse may hang the recipient on the goods; "fourni une
    assistance à 1 380 migrants"), or people or households after "pour" ("des vivres pour 15 000 personnes", as
    English "food for 30,000 people")."""
    case = next((c for c in noun.children if c.dep_ == "case" and c.i < noun.i and (
        c.lower_ == "à" or c.lower_ in RECIPIENT_WORDS and _people_or_households(noun))), None)
    if case is None and not _for_benefit(noun):
        return None
    tok, given = noun, None
    for _ in range(3):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ == "VERB":  # relief given to people is aid, whatever the people are called ("ont fourni une
            # assistance humanitaire à 1 380 migrants"), as English "provided cash assistance to 38,500 returnee households"
            if _verb_class(tok) == AID_CLASS:
                return tok
            if (relief := next((o for o in tok.children if o.dep_ == "obj" and _gives_aid(o)), None)) is not None:
                if case is not None and case.lower_ in RECIPIENT_WORDS and given is None:
                    return relief  # "Il nous faut des vivres pour 15 000 personnes": the relief, not "faut"
                return given if given is not None and given.head.i != tok.i else tok  # the relief its object's
                # words name ("a lancé une opération de distribution de vivres au profit de ..."), else the verb
            if given is None and case is not None and (relief := _relief_before(case, tok, noun)) is not None:
                return relief  # "devrons suspendre l'assistance à 150 000 personnes", "venir en aide à 75 000
                # personnes": the parse hangs the people on the verb above the relief noun they stand right after
            break
        if given is None and tok.pos_ == "NOUN":
            given = _aid_noun(tok, noun)
    return given  # the relief a noun names, given to them with no verb of giving ("a procédé à la distribution de
    # vivres à 2 150 ménages", "une opération de distribution de vivres au profit de 14 250 déplacés"), as English
    # "food rations to 12,500 families", "food for 30,000 people"


RECIPIENT_WORDS = lexicon.words(lexicon.localized("events.aid_recipient_words", LANGUAGE))
PAID_VERBS = lexicon.words(lexicon.localized("events.aid_paid_verbs", LANGUAGE))
SERVING_VERBS = lexicon.words(lexicon.localized("events.aid_serving_verbs", LANGUAGE))
# "11 millions de personnes", "un millier de ménages": the noun the number is, its people after "de" (the lexicon's
# magnitude words and French nouns of approximate amounts)
MAGNITUDE_NOUNS = frozenset(lexicon.table("numbers.magnitudes")) | frozenset(APPROXIMATE)


def _aid_server(noun):
    """The verb of serving whose object, or passive subject, the count of people or households is ("2 850 ménages
    seront servis", "la cantine sert 1 200 élèves"), as English aid_serving_verbs ("water systems serving 62,000
    people"); not denied, nor with a verb after it that says what they were served to do."""
    if not _people_or_households(noun):
        return None
    tok = noun.head if noun.dep_ == "nmod" and noun.head.lemma_.lower() in MAGNITUDE_NOUNS else noun  # "11 millions de"
    verb = tok.head
    if verb.lemma_.lower() not in SERVING_VERBS or verb.pos_ != "VERB" or _negated(verb):
        return None
    if not (tok.dep_ == "obj" and verb.i < tok.i or tok.dep_ == "nsubj:pass" and verb.i > tok.i):
        return None
    if any(c.pos_ == "VERB" and c.dep_ in ("xcomp", "advcl", "obl:arg", "ccomp") and c.i > tok.i for c in verb.children):
        return None
    return verb


def _relief_before(case, verb, noun):
    """The relief noun right before the preposition of people or households given aid, only adjectives between
    ("l'assistance à", "l'aide alimentaire à", "en aide à"), that the verb the parse hangs them on governs within a
    few heads: that noun, else None."""
    if not _people_or_households(noun):
        return None
    doc, i = noun.doc, case.i - 1
    while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].head.i < doc[i].i:
        i -= 1
    if i < 0 or doc[i].pos_ != "NOUN" or _class_of(doc[i]) != AID_CLASS:
        return None
    return doc[i] if any(h.i == verb.i for h in list(doc[i].ancestors)[:GIVER_CLIMB]) else None


def _planned_aid(noun):
    """The word after a count of people or households that makes them those an aid plan means to reach: a participle
    of targeting ("2,3 M personnes ciblées") or "à" and a verb of reaching or assisting ("personnes à atteindre")."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or not _people_or_households(noun):
        return None
    nxt = doc[noun.i + 1]
    if nxt.lower_ in TARGETED_WORDS:
        return nxt
    if nxt.lower_ == "à" and noun.i + 2 < len(doc) and doc[noun.i + 2].lower_ in PLANNED_VERBS:
        return doc[noun.i + 2]
    return None


def _people_or_households(tok) -> bool:
    return any(w in PERSON_NOUNS or w in HOUSEHOLD_NOUNS for w in (tok.lower_, tok.lemma_.lower()))


def _aid_receiver(noun):
    """The verb of receiving relief goods whose subject the noun is ("ont reçu des vivres", "ont obtenu des kits"),
    unless denied ("n'ont reçu aucune assistance")."""
    verb = noun.head
    if verb.dep_.startswith("aux") and verb.head.i > verb.i and verb.head.lemma_.lower() in PAID_VERBS:
        verb = verb.head  # "44 300 ménages ont perçu": the subject hung on the auxiliary
        if _negated(noun.head):
            return None
    lemma = verb.lemma_.lower()
    if not noun.dep_.startswith("nsubj") or verb.i < noun.i or lemma not in AID_OBJECT_VERBS | PAID_VERBS \
            or _negated(verb):
        return None
    objects = [o for o in verb.children if o.dep_ == "obj" and o.i > verb.i]
    if any(_gives_aid(o) for o in objects):
        return verb
    # "44 300 ménages ont perçu la première tranche": a verb of being paid, whatever the payment is called, with
    # people or households for its subject, as English "4,800 families received cash"; not a thing of a class of
    # its own
    return verb if lemma in PAID_VERBS and _people_or_households(noun) and objects and all(
        _class_of(o) is None for o in objects) else None


def _negated(verb) -> bool:
    """A verb denied: "ne" among its children, or its object "aucun" ("n'ont reçu aucune assistance")."""
    return any(c.lower_ in NEGATION or c.dep_ == "obj" and any(d.lemma_.lower() == "aucun" for d in c.children)
               for c in verb.children)


def _for_benefit(noun) -> bool:
    """A noun after "au profit de" ("au profit de 14 250 personnes"): for whom, as "à" is to whom."""
    case = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in OF_WORDS and c.i < noun.i), None)
    doc = noun.doc
    return case is not None and case.i >= 2 and doc[case.i - 1].lemma_.lower() in BENEFIT_NOUNS \
        and doc[case.i - 2].lower_ in ("au", "aux")


def _aid_noun(tok, noun, depth: int = 2):
    """The relief a noun names: itself, or what its "de" complements name ("la distribution de vivres", "une opération
    de distribution"), the counted noun aside."""
    if _class_of(tok) == AID_CLASS:
        return tok
    if depth == 0:
        return None
    return next((found for c in tok.children if c.dep_ == "nmod" and c.i != noun.i and c.i > tok.i
                 and (found := _aid_noun(c, noun, depth - 1)) is not None), None)


def _gives_aid(obj) -> bool:
    """An object that is relief goods: a word of the aid class, itself or what it holds ("un sac de riz")."""
    return any(_class_of(t) == AID_CLASS for t in (obj, *(c for c in obj.children if c.dep_ == "nmod")))


def _counted_apart(noun, span) -> bool:
    """A noun that a number of its own counts ("la pirogue ... a fait au moins 40 morts"): its event is that
    number's, not the figure's (the small parser takes "150 passagers" for the subject of "a fait")."""
    return any(c.dep_ == "nummod" or c.like_num for c in noun.children if not span.start <= c.i < span.end)


STAY_CLASSES = lexicon.words(lexicon.localized("events.sheltered_classes", LANGUAGE))  # "1 500 déplacés sont hébergés
# dans des écoles": sheltered
MORTAL_CLASSES = lexicon.words(lexicon.localized("events.mortal_classes", LANGUAGE))
KILLED_CLASS = lexicon.entry("events.toll_class")  # the class of the dead
ADVERBS = localized_classes(LANGUAGE, "adverbs")


def with_adverb(found: tuple[str | None, str | None, Any]) -> tuple[str | None, str | None, Any]:
    """A class's participle with an adverb of another class (``adverbs``: "partiellement détruites": damaged, as
    English "partially destroyed"), the adverb among its children or right before it."""
    name, term, tok = found
    if name is None or tok is None or term is None or not tok.text == term.split()[0]:
        return found
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    adverb = next((c for c in (*tok.children, before) if c is not None and c.pos_ == "ADV" and c.lower_ in ADVERBS
                   and (c.head is tok or c.i == tok.i - 1)), None)
    return (ADVERBS[adverb.lower_], term, tok) if adverb is not None else found


STAY_VERBS = lexicon.words(lexicon.localized("events.stay_verbs", LANGUAGE))
STAY_OBJECTS = {tuple(pair.split()) for pair in lexicon.terms(lexicon.localized("events.stay_objects", LANGUAGE))}
STATUS_CLASSES = lexicon.words(lexicon.localized("events.status_classes", LANGUAGE))
HAPPENED_CLASSES = lexicon.words(lexicon.localized("events.happened_classes", LANGUAGE))
VERB_OBJECTS = {tuple(pair.split()): name for name, pairs in lexicon.table(lexicon.localized("events.verb_objects", LANGUAGE)).items()
                for pair in pairs}
PLACES = localized_classes(LANGUAGE, "places")
HOST_NOUNS = lexicon.words(lexicon.localized("events.host_nouns", LANGUAGE))
HOST_MARKS = lexicon.words(lexicon.localized("events.host_marks", LANGUAGE))
HOST_PREPOSITIONS = lexicon.words(lexicon.localized("events.host_prepositions", LANGUAGE))
HOSTED_CLASS = "hosted"


CONDITION_CLASSES = lexicon.words(lexicon.localized("events.condition_classes", LANGUAGE))
CARE_CLASSES = lexicon.words(lexicon.localized("events.care_classes", LANGUAGE))
CARE_STATES = lexicon.words(lexicon.localized("events.care_states", LANGUAGE))


def _cared(span, noun, group) -> tuple[str, str, Any] | None:
    """What was done for people counted by their condition: the verb before them, of CARE_CLASSES, whose object they
    are ("ont évacué 420 blessés"), or their own verb after them, of CARE_STATES ("19 blessés étaient hospitalisés",
    "1 140 enfants souffrant de malnutrition ont été hospitalisés")."""
    if (done := _governing_participle(span)) is not None and done[0] in CARE_CLASSES:
        return done  # "ont évacué 420 blessés": the count is of the people the verb moved
    for found in (group, _happened(_predicate(noun), noun)):
        if found is not None and found[0] in CARE_STATES:
            return found  # "19 blessés étaient toujours hospitalisés"; not "20 blessés ont été évacués", a toll
    return None


def _happened(verb, noun=None) -> tuple[str, str, Any] | None:
    """What the number's own verb says happened to people a status noun counts, where it is of HAPPENED_CLASSES;
    not a verb before the noun with another verb between them, which the small parse may hang the noun on across a
    clause ("ont rejoint Baga Sola, où le HCR recense déjà 38 500 personnes déplacées": recensées, not arrived)."""
    for tok in _predicates(verb):
        if noun is not None and tok.i < noun.i and any(t.pos_ == "VERB" for t in tok.doc[tok.i + 1:noun.i]):
            continue
        if (name := _verb_class(tok)) in HAPPENED_CLASSES:
            return name, tok.text, tok
        if (paired := _verb_object(tok)) is not None and paired[0] in HAPPENED_CLASSES:
            return paired  # "Le naufrage a coûté la vie à 37 migrants", "12 réfugiés ont perdu la vie"
        for state in (c for c in tok.children if c.pos_ == "ADJ" and (c.dep_ == "xcomp" or c.i == tok.i + 1) and c.i > tok.i):
            if (name := _class_of(state)) in HAPPENED_CLASSES:
                return name, state.text, tok  # "40 migrants sont portés disparus"
    return None


def _happened_after(noun) -> tuple[str, str, Any] | None:
    """What the words after a status noun say happened to its people, where the parse hangs the noun elsewhere."""
    found = _event_after(noun)
    return found if found is not None and found[0] in HAPPENED_CLASSES else None


def _stay_term(verb) -> tuple[str, str, Any] | None:
    """ "6,9 millions de personnes vivent dans des camps", "dorment dans des écoles": the class of the place
    people stay in, the term the words from the verb to the place as written ("vivent dans des camps", "s'entassent
    dans 240 sites"), as English "living in camps"; the place's phrase alone where more than a few words or a clause
    mark lie between them."""
    objects = [c for c in verb.children if c.dep_ == "obj" and c.i > verb.i
               and (verb.lemma_.lower(), c.lemma_.lower()) in STAY_OBJECTS]
    if verb.lemma_.lower() not in STAY_VERBS and not objects:
        return None
    wheres = [c for c in verb.children if c.i > verb.i and (c.dep_.startswith("obl") or c.pos_ in ("ADV", "ADP")
                                                           and c.dep_ in ("advmod", "amod"))]
    # "dorment dehors" (the adverb the small model tags a preposition); "ont passé la nuit dans les écoles" (the
    # place hung on the night)
    wheres += [c for obj in objects for c in obj.children if c.dep_ in ("nmod", "obl") and c.i > obj.i]
    # the place right after the verb, where the parse hangs it on a verb further on ("4 200 personnes vivent dans des
    # familles d'accueil et près de 2 500 sont hébergées dans des écoles": "familles" taken for "hébergées"'s)
    nearby = [t for t in verb.doc[verb.i + 1:min(verb.sent.end, verb.i + 2 + STAY_GAP)]
              if t.pos_ == "NOUN" and t not in wheres and _near_stay(verb, t.left_edge)]
    for obl in sorted(wheres + nearby, key=lambda c: c.i):
        if (host := _host(obl)) is not None:
            first = verb if _near_stay(verb, obl.left_edge) else obl.left_edge
            return HOSTED_CLASS, obl.doc[first.i:host.i + 1].text, verb  # "vivent dans des familles d'accueil"
        if obl in nearby:
            continue
        if (name := PLACES.get(obl.lower_) or PLACES.get(obl.lemma_.lower())) is not None:
            first = verb if name == HOMELESS_CLASS or _near_stay(verb, obl.left_edge) else obl.left_edge
            # "dorment à la belle étoile": no place at all
            return name, obl.doc[first.i:obl.i + 1].text, verb
    return None


def _host(obl):
    """The last word of a stay's place that names people hosting the displaced ("dans des familles d'accueil":
    accueil; "chez des proches": proches), as English "staying with host families"; None for any other place."""
    if obl.lemma_.lower() not in HOST_NOUNS and obl.lower_ not in HOST_NOUNS:
        return None
    mark = next((c for c in obl.children if c.i > obl.i and (c.lemma_.lower() in HOST_MARKS or c.lower_ in HOST_MARKS)), None)
    if mark is not None:
        return mark
    opened = any(c.dep_ == "case" and c.lower_ in HOST_PREPOSITIONS for c in obl.children)
    return obl if opened else None


HOMELESS_CLASS = "homeless"
STAY_GAP = 3  # the most words between a verb of staying and its place's phrase in its term ("vivent désormais dans")


def _near_stay(verb, first) -> bool:
    """A place's phrase a few words after its verb of staying, no mark between ("vivent sur le site", not "vivent,
    pour la plupart, dans des camps")."""
    between = verb.doc[verb.i + 1:first.i]
    return verb.i < first.i and len(between) <= STAY_GAP and not any(t.is_punct for t in between)


CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "«", "»", "(", ")", "que", "qui", "dont", "où", "selon"})
EVENT_WINDOW = 6


ASIDE_OPENERS = tuple(lexicon.terms(lexicon.localized("figures.aside_openers", LANGUAGE)))


def _opens_aside(doc, i: int) -> bool:
    """Whether the words from ``doc[i]`` open an aside on the people a number counts (``figures.aside_openers``:
    "dont", "soit", "en majorité", "pour la plupart")."""
    return any(" ".join(t.lower_ for t in doc[i:i + len(opener.split())]) == opener for opener in ASIDE_OPENERS)


def _event_after(tok) -> tuple[str, str, Any] | None:
    """The parse may hang the number's noun on the wrong verb ("Selon un communiqué publié mardi, 5 000 personnes
    ont fui": the noun taken for "publié"'s object; "poussé 250 000 personnes à fuir" with "fuir" a noun): the
    first word of an event class in the next few words of the clause, verb forms by their lemma ("ont fui",
    "à fuir"), other words as written."""
    doc = tok.doc
    end, i = min(tok.sent.end, tok.i + 1 + EVENT_WINDOW), tok.i + 1
    inside = tok.i >= 2 and any(t.lower_ == "dont" for t in doc[max(tok.sent.start, tok.i - 4):tok.i])
    while i < end:
        nxt = doc[i]
        if nxt.text == "," and (inside or i + 1 < end and _opens_aside(doc, i + 1)):
            # "Au moins 60 civils, dont 12 enfants, ont été tués": past the part the clause is of; "25 millions de
            # personnes, soit plus de la moitié de la population, ont besoin d'aide", "300 000 réfugiés, en majorité
            # des femmes et des enfants, sont arrivés": past what the aside says of them
            close = next((t.i for t in doc[i + 1:tok.sent.end] if t.text == ","), None) if not inside else i
            if close is None:
                return None
            inside, i, end = False, close + 1, min(tok.sent.end, close + 1 + EVENT_WINDOW)
            continue
        i += 1
        if nxt.lower_ == "sans" and i < end and (name := EVENT_WORDS.get(f"sans-{doc[i].lower_}")) is not None:
            return name, doc[nxt.i:i + 1].text, nxt  # "se retrouvent sans abri"
        if nxt.lower_ in CLAUSE_ENDS or nxt.is_punct and nxt.text not in ("'", "’"):
            return None
        if nxt.like_num and nxt.i > tok.i + 1:
            return None  # another number: what follows is its phrase ("... 150 passagers a fait 40 morts")
        if (stay := _stay_term(nxt)) is not None:
            return stay
        name = _class_of(nxt) if nxt.pos_ not in ("VERB", "AUX") else _verb_class(nxt)
        if name is None and nxt.pos_ in ("VERB", "NOUN"):
            name = EVENT_VERBS.get(nxt.lemma_.lower())
        if name is not None:
            return name, nxt.text, nxt
        if nxt.pos_ in ("NOUN", "PROPN") and nxt.i > tok.i + 1 and doc[nxt.i - 1].lower_ not in OF_WORDS | {"à"}:
            return None  # another noun phrase: the clause is about something else
    return None


ANTECEDENT_REACH = 30  # tokens "dont" reaches back in its sentence for the noun a number counts (a clause of
# place may stand between: "1,3 million de personnes sont en situation d'insécurité alimentaire ... de l'île, dont")


def _part_participle(span) -> tuple[str, str, Any] | None:
    """ "dont 880 000 arrivés du Soudan": the participle right after a number that counts a part (after "dont") of
    people a status noun counts, where it is of HAPPENED_CLASSES, says what befell that part."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "dont" or span.end >= len(doc):
        return None
    if (whole := _antecedent(span)) is None or not (_class_of(whole) in STATUS_CLASSES or whole.dep_ == "amod"
                                                     and _class_of(whole.head) in STATUS_CLASSES):
        return None  # the whole's noun, or the noun its adjective qualifies ("réfugiés soudanais", tagged a noun)
    tok = doc[span.end]
    name = (_verb_class(tok) or _as_verb_class(tok.lower_)) if tok.pos_ in ("VERB", "ADJ", "NOUN") else None  # the
    # participle as the small model tags it ("arrivés": a noun)
    return (name, tok.text, tok) if name in HAPPENED_CLASSES else None


def _antecedent(span):
    """What "dont" right before the number stands for: the noun a number counts before it in the sentence
    ("14 millions de personnes, dont 3,1 millions ..."), else the nearest noun."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "dont":
        return None
    before = list(reversed(doc[max(span.sent.start, span.start - ANTECEDENT_REACH):span.start - 1]))
    counted = [t for t in before if (t.pos_ == "NOUN" or t.lower_ in EVENT_WORDS)
               and any(x.like_num for x in doc[max(0, t.i - 3):t.i])]
    nearest = [t for t in before if t.pos_ == "NOUN" or t.lower_ in EVENT_WORDS]
    found = (counted or nearest or [None])[0]
    if found is not None and found.dep_ == "amod" and found.head.i < found.i and found.head.pos_ == "NOUN":
        return found.head  # "1,2 million de réfugiés soudanais, dont": the demonym (tagged a noun) qualifies the noun
    return found


def _among(span):
    """ "17 000 d'entre elles sont hébergées": the pronoun stands for the number in the parse."""
    doc, i = span.doc, span.end
    if i + 2 < len(doc) and doc[i].lower_ in OF_WORDS and doc[i + 1].lower_ == "entre" and doc[i + 2].pos_ == "PRON":
        return doc[i + 2]
    return span.root


def _predicate(tok):
    """The verb a number or its noun is subject or object of, through see-through verbs ("sont hébergées")."""
    for _ in range(4):
        if tok.pos_ in ("VERB",) and (tok.lemma_.lower() not in SEE_THROUGH or _modal(tok)) and not tok.is_punct:  # a quotation mark
            # the small model tags a verb ("ont été « neutralisés »") is none
            return tok
        if tok.head == tok or tok.pos_ == "ADJ" and any(c.dep_ == "cop" for c in tok.children):
            return tok  # "30 000 foyers sont toujours privés d'électricité": the adjective after its copula, however
            # the small model hangs it
        tok = tok.head
    return tok


MODAL_VERBS = lexicon.words(lexicon.localized("events.modal_verbs", LANGUAGE))


def _modal(verb) -> bool:
    """A modal (``events.modal_verbs``: "devoir", "pouvoir") with its infinitive after it: "dont 1 340 ont dû
    quitter leur domicile" says what befell the part, though the parse hangs "dû" on the whole's verb."""
    return verb.lemma_.lower() in MODAL_VERBS and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i for c in verb.children)


def _predicates(verb):
    """The predicate and the verb it governs by "à"/"de" ("forcé ... à fuir", "sommé ... d'évacuer"), that first."""
    if verb is None:
        return []
    governed = [c for c in verb.children if (c.pos_ == "VERB" and c.dep_ in ("xcomp", "advcl", "obl:arg", "ccomp")
                                             or c.pos_ == "ADJ" and c.dep_ == "xcomp" and verb.lemma_.lower() in SEE_THROUGH)
                and c.i > verb.i and not any(g.dep_ in SUBJECTS for g in c.children)]
    # the state a see-through verb puts its subject in: "25 000 foyers restent privés d'eau"
    # not a verb with a subject of its own: "ont abandonné leurs domiciles pour se réfugier à Saint-Marc, où 3 000
    # d'entre elles sont hébergées" (a relative clause the parse makes a complement) says what befell others
    purposes = [c for c in governed if any(g.dep_ in ("case", "mark") and g.lower_ in ("pour", "en") for g in c.children)]
    # "ont quitté le village pour se réfugier au chef-lieu": what people did, then what for; "sont morts en tentant
    # de rejoindre le Royaume-Uni": what they did, then what they were doing
    return [*(c for c in governed if c not in purposes), verb, *purposes]


def _people_verb(verb, term: str | None) -> bool:
    """The figure's predicate, or its term read as a verb ("20 terroristes neutralisés"), names its class only for
    people (``events.people_verbs``: "neutraliser", "abattre", "intercepter")."""
    if verb is not None and (verb.lemma_.lower() in PEOPLE_VERBS or verb.lower_ in PEOPLE_VERBS) and verb.lower_ == (term or "").lower():
        return True
    return term is not None and " " not in term and verb_lemma(term.lower(), LANGUAGE) in PEOPLE_VERBS


# Demonyms that end in no usual way ("Burkinabè"): people when they are what a number counts (places.toml).
IRREGULAR_DEMONYMS = frozenset(lexicon.table(lexicon.localized("places.irregular_demonyms", LANGUAGE)))


def unit_of(a: Amount, noun, event: str | None, people_verb: bool = False) -> str | None:
    """The figure's unit: a measure, currency or percent written with it, household, person for people nouns, the
    words of an event class and names and demonyms, else the counted noun's lemma. A count whose event is a casualty
    ("3 gendarmes tués") is of people too, unless its verb names its class only for people (``people_verb``:
    "neutralisé 12 engins explosifs") or its noun is a thing (``events.fr`` sites, settlements, vehicles, animals),
    so that ``done_to_things`` and ``befalls`` see what is counted."""
    if a.percent:
        return "percent"
    if a.currency:
        return a.currency
    if a.unit:
        return a.unit  # "50 kg": the measure written with the number
    if noun is None:
        return "person" if event is not None else None
    word, lemma = noun.lower_, noun.lemma_.lower()
    after = noun.doc[noun.i:noun.i + 2].text.lower()
    if after in MEASURES:
        return MEASURES[after]
    if word in MEASURES:
        return MEASURES[word]
    if lemma in MEASURES:
        return MEASURES[lemma]  # "72 h": the parser's lemma of the abbreviation ("heure") is the measure
    if word in HOUSEHOLD_NOUNS or lemma in HOUSEHOLD_NOUNS:
        return "household"
    if word in PERSON_NOUNS or lemma in PERSON_NOUNS or _class_of(noun) not in (None, AID_CLASS) or noun.pos_ == "PROPN" \
            or noun.text[:1].isupper() and (noun.text.endswith("s") or word in IRREGULAR_DEMONYMS):
        return "person"  # "700 000 Soudanais", "2 300 Burkinabè": people
    if category_of_class(event) == "casualties" and not people_verb and not _known_thing(word, lemma):
        return "person"  # "3 gendarmes tués", "20 terroristes neutralisés": who is killed or hurt is people (not
        # so for displacement, which places and convoys take too: "hébergées dans deux églises", "deux convois ont quitté")
    return lemma or word


def _known_thing(word: str, lemma: str) -> bool:
    """A noun the lexicon lists as a thing: an animal, a vehicle, a site, a settlement, an area, a building, an object
    or an occurrence ("attaques")."""
    return any(w in nouns for w in (word, lemma)
               for nouns in (ANIMAL_NOUNS, SITE_NOUNS, SETTLEMENT_NOUNS, AREA_NOUNS, BUILDING_NOUNS, OBJECT_NOUNS))


def stated_by(quotes: tuple[Quote, ...], a: Amount) -> Speaker | None:
    holding = [q for q in quotes if q.start <= a.start and a.end <= q.end and q.speaker is not None
               and (q.speaker.name or q.speaker.mention)]
    return min(holding, key=lambda q: q.end - q.start).speaker if holding else None


SOURCE_PREPOSITIONS = frozenset(w.replace("’", "'") for w in lexicon.terms(lexicon.localized("quotes.source_prepositions", LANGUAGE)))


def according_to(quotes: tuple[Quote, ...], a: Amount) -> Speaker | None:
    """The source "selon X" or "d'après X" gives the figure's sentence, named or described ("La zone de santé a notifié
    120 cas, selon le médecin chef de zone", "À ces réfugiés s'ajoutent 150 000 Maliens, selon les autorités"): who
    the writer says states the figure, before the subject of a verb of stating in it (which X reports) and however
    the parse hangs that verb."""
    holding = [q for q in quotes if q.start <= a.start and a.end <= q.end and q.speaker is not None and q.speaker.mention
               and (q.cue or "").lower().replace("’", "'") in SOURCE_PREPOSITIONS]
    return min(holding, key=lambda q: q.end - q.start).speaker if holding else None


PRONOUN_REACH = 2  # paragraph breaks a pronoun reaches back over to the quote whose speaker it stands for


def _pronoun_speaker(speaker: Speaker | None, a: Amount, article: Article) -> Speaker | None:
    """ "« ... », a déclaré Dieudonné Losa. Il fait également état de quatorze blessés": "il" or "elle" that no
    person named before resolves (the tagger missed the name) stands for the speaker of the last quote before it,
    where that speaker is a person or a name as written."""
    if speaker is None or (speaker.mention or "").lower() not in PERSON_PRONOUNS:
        return speaker
    before = [q for q in article.quotes if q.end <= a.start and q.speaker is not None and q.speaker.mention
              and q.speaker.mention.lower() not in PERSON_PRONOUNS and article.text.count("\n\n", q.end, a.start) < PRONOUN_REACH]
    if not before:
        return speaker
    last = max(before, key=lambda q: q.end).speaker
    if speaker.name is not None:
        # "Selon le ministère de la Santé, 69 185 Palestiniens ont été tués. Il dénombre également 170 600 blessés":
        # the pronoun a person named before resolves stands for the source named since, whoever that is
        named = [m.end for m in article.mentions if m.canonical == speaker.name and m.end <= a.start]
        last_name = last.name or (last.mention if PROPER_NAME_RE.fullmatch(last.mention or "") else None)
        if named and last.start is not None and max(named) < last.start and last_name and not (
                speaker.start is not None and last.start <= speaker.start < (last.end or 0)):
            # (a name as written where the tagger missed it: "« ... », a déclaré Dieudonné Losa. Il fait état de ...",
            # "il" resolved to a body named before that name)
            return dataclasses.replace(last, name=last_name, mention=speaker.mention, start=speaker.start, end=speaker.end)
        return speaker
    name = last.name or (last.mention if PROPER_NAME_RE.fullmatch(last.mention or "") else None)
    if last.type not in (None, "person") or name is None:
        return speaker
    return dataclasses.replace(last, name=name, mention=speaker.mention, type="person", start=speaker.start, end=speaker.end)


# A person's name as written: two to four capitalised words ("Dieudonné Losa", "Jean-Pierre Kasongo").
PROPER_NAME_RE = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de\s+|d['’]|van\s+|le\s+)?[A-ZÀ-Ý][\w'’-]+){1,3}")


def _named(speaker: Speaker | None) -> Speaker | None:
    return speaker if speaker is not None and speaker.name else None


def stating_source(span, article: Article) -> Speaker | None:
    """The subject of a verb of saying or of stating a figure that governs it ("le HCR a recensé 600 000 réfugiés",
    "l'ONU fait état de 300 morts"), the figure not being that subject; with no such subject, the "par X" of the
    verb in the passive ("290 décès ont été notifiés par le ministère"); a subject that is figures made by someone
    ("le bilan communiqué par le gouverneur fait état de quatre morts") stands for who made them."""
    if span is None:
        return None
    tok = span.root
    for _ in range(MAX_CLIMB):
        if tok.head == tok:
            break
        tok = tok.head
        if _states(tok):
            subject = next((c for c in tok.children if c.dep_ in SUBJECTS and not (
                c.left_edge.i <= span.start <= c.right_edge.i) and not c.i < span.start < span.end <= tok.i
                and any(ch.isalnum() for ch in c.text) and not c.idx < (_dateline_end(c.sent, article.text) or -1)), None)
            # not the dash of a dateline the parse makes one, nor its place ("Genève/Maputo, 16 octobre 2025 – La FICR a
            # lancé un appel ... pour 75 000 personnes": "Genève" taken for the subject)
            # a subject before the figure of a verb after it is the parse's mistake: the verb is an incise after the
            # reported words ("KHARTOUM, 8 mars - Une attaque a tué 30 civils, a dénoncé un groupe de médecins")
            if subject is not None and (subject.dep_ == "nsubj:pass" or _reflexive(tok)):
                subject = None  # "les sinistrés se chiffrent à 40 000", "les familles sont estimées à 3 500": what is
                # counted, not who counts it (a passive's "par X" may name that)
            if subject is not None and subject.lower_ == "qui" and tok.dep_ == "acl:relcl":
                subject = tok.head  # "a déclaré l'OIM, qui évalue à 10,1 millions le nombre de déplacés"
            if subject is not None and tok.lemma_.lower() in HOLDING_VERBS and _a_place(subject):
                return None  # "la région compte désormais 78 000 déplacés, a précisé le HCR": the place has them
            if subject is not None and subject.lemma_.lower() in SOURCE_NOUNS and (maker := _made_by(subject)) is not None:
                return speaker_in_words(maker, article)
            if subject is not None and subject.pos_ != "PRON" or subject is not None and subject.lower_ in ("il", "elle"):
                return speaker_in_words(subject, article)
            if subject is None and (agent := _agent(tok)) is not None:
                return speaker_in_words(agent, article)
            break
    return _phrase_source(span, article)


def _reflexive(verb) -> bool:
    """A verb with its reflexive pronoun ("se chiffrent", "s'élève")."""
    return any(c.lower_ in ("se", "s'", "s’") and c.i < verb.i for c in verb.children)


def _a_place(tok) -> bool:
    """Whether a subject names a place: a place entity ("l'Ituri", "le Kordofan-Sud") or a noun of an administrative
    area, a settlement or a site ("la région de Tombouctou", "la commune", "le camp de Mbera")."""
    return tok.ent_type_ in ("LOC", "GPE") or tok.lemma_.lower() in FRENCH_PLACE_NOUNS or tok.lower_ in FRENCH_PLACE_NOUNS


def _phrase_source(span, article: Article) -> Speaker | None:
    """ "X fait état de N" where the parse loses the phrase (the small model takes "fait" for a noun or "état" for
    an adjective, and hangs the figure elsewhere): the words from the sentence's start to the phrase, when the
    phrase opens the figure's clause (no stop, quote or other verb of saying between)."""
    text, start = article.text, span.sent.start_char
    found = None
    for m in STATING_PHRASE_RE.finditer(text, start, span.start_char):
        found = m
    if found is None or re.search(r"[.;:!?«»]", text[found.end():span.start_char]) or found.start() - start < 2:
        return _verb_form_source(span, article)
    end = found.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    # not the words before the clause's subject ("En mars, l'organisation a fait état de", "Dans leur bilan, ils font
    # état de"), nor the auxiliary after it
    if (aux := TRAILING_AUXILIARY_RE.search(text, start, end)) is not None and aux.start() > start:
        end = aux.start()
    while end > start and text[end - 1] in " ,":
        end -= 1  # "Le maire de Kindu, Paul Amisi, fait état de": the apposition's closing comma
    start = max(start, text.rfind(",", start, end) + 1)
    while start < end and text[start].isspace():
        start += 1
    return speaker_in_words_at(start, end, article)


TRAILING_AUXILIARY_RE = re.compile(r"\s+(?:a|ont|avait|avaient|aura|auront|avait\s+déjà|a\s+déjà)$")


_ER_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "era", "erait")


def _er_forms(lemmas) -> list[str]:
    """The written forms of the "-er" verbs among ``lemmas`` the small model may tag as nouns, longest first."""
    return sorted({lemma[:-2] + e for lemma in lemmas if lemma.endswith("er") for e in _ER_ENDINGS}, key=len, reverse=True)


STATING_FORMS = _er_forms(STATING)
# Words that may stand between a subject and its verb, or the verb and its figure, without changing who states it:
# an auxiliary, "pour sa part", "quant à elle", "de son côté", an adverb, "de" and a qualifier of the figure.
_ASIDE = (r"(?:a|ont|avait|avaient|aurait|pour\s+(?:sa|leur)\s+part|quant\s+à\s+(?:lui|elle|eux|elles)"
          r"|de\s+(?:son|leur)\s+côté|également|aussi|encore|déjà|désormais|ainsi|[^\W\d_]+ment)")
_FIGURE_GAP = r"(?:de|d['’]|plus|près|au|moins|environ|quelque)"
HOLDING_FORM_RE = re.compile(r"(?i)\b(?:" + "|".join(_er_forms(HOLDING_VERBS)) + r")\b")
VERB_FORM_SOURCE_RE = re.compile(
    rf"(?i)(?P<subject>\S.*?)(?:\s+{_ASIDE})*\s+(?:{'|'.join(STATING_FORMS)})(?:\s+{_ASIDE})*(?:\s+{_FIGURE_GAP})*\s*$")


# Words that open a clause of its own inside a sentence: its subject comes after them.
CLAUSE_OPENER_RE = re.compile(r"(?i)(?:,\s*|\s)(?:où|lorsque|quand|alors\s+que|tandis\s+que|dont)\s+")


def _verb_form_source(span, article: Article) -> Speaker | None:
    """ "La Protection civile signale pour sa part 1 200 familles", "Le délégué a pour sa part signalé 12 décès",
    "La société civile parle quant à elle de 2 400 ménages": a verb of stating figures right before the figure
    (past an aside, an adverb, "de"), in a form the small model tags as a noun or an adjective and so hangs the
    figure elsewhere: its subject is the words from the sentence's start to it."""
    text, start = article.text, span.sent.start_char
    m = VERB_FORM_SOURCE_RE.fullmatch(text, start, span.start_char)
    if m is None or re.search(r"[.;:!?«»]", m.group("subject")) or len(m.group("subject")) < 2:
        return None
    clauses = list(CLAUSE_OPENER_RE.finditer(text, start, m.end("subject")))
    if clauses:  # "... ont rejoint Baga Sola, où le HCR recense déjà 38 500 personnes": the subject is "le HCR"
        start = clauses[-1].end()
    if HOLDING_FORM_RE.search(text, m.end("subject"), span.start_char) and (subject := span.doc.char_span(
            max(start, text.rfind("\n", start, m.end("subject")) + 1), m.end("subject"), alignment_mode="expand")) \
            is not None and _a_place(_subject_head(subject)):
        return None  # "La commune compte 12 500 PDI, a indiqué le préfet": the place has them (stating_source)
    return speaker_in_words_at(start, m.end("subject"), article) if m.end("subject") - start >= 2 else None


def _subject_head(subject):
    """The noun that heads the words before a verb, past an adverbial phrase and a complement ("Au total, la RDC":
    RDC; "La commune de Kaya": commune): the last noun the parse makes no modifier of another word."""
    nouns = [t for t in subject if t.pos_ in ("NOUN", "PROPN")]
    heads = [t for t in nouns if not t.dep_.startswith(("nmod", "obl", "appos", "flat"))]
    return (heads or nouns or [subject.root])[-1]


def _states(tok) -> bool:
    """A verb of saying or of stating a figure, or the noun of a stating phrase the parser heads it with ("fait
    état de": "état" with "fait" as its auxiliary)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and (lemma in STATING or lemma in french_saying()):
        return True
    if tok.pos_ not in ("VERB", "NOUN"):
        return False
    return any((tok.lemma_.lower(), c.lemma_.lower()) in STATING_PHRASES for c in tok.children if c.dep_ == "obj") or any(
        (c.lemma_.lower(), lemma) in STATING_PHRASES or any((form, lemma) in STATING_PHRASES for form in ("faire",)
                                                             if c.lower_ in PHRASE_FORMS)
        for c in tok.children if c.dep_.startswith("aux"))


def _agent(verb):
    """The "par X" of a verb in the passive (the small parser labels it obl:agent, obl:arg or obl:mod), when X can
    speak (a name, or a noun of people or bodies)."""
    if not any(c.dep_ == "aux:pass" for c in verb.children) and verb.morph.get("VerbForm") != ["Part"]:
        return None
    # the "par X" the small parse hangs on the day after the verb ("Le bilan a été livré lundi par le président de
    # la société civile", "L'information a été donnée mardi par le préfet": "lundi" tagged an adjective)
    days = [g for c in verb.children if c.lower_ in WEEKDAYS and c.i > verb.i for g in c.children if g.i > c.i]
    return next((c for c in (*verb.children, *days) if c.dep_.startswith("obl") and c.pos_ in ("NOUN", "PROPN")
                 and any(g.dep_ == "case" and g.lower_ == "par" for g in c.children) and _can_speak(c)), None)


WEEKDAYS = frozenset(w.lower() for w in lexicon.terms(lexicon.localized("time.weekdays", LANGUAGE)))


def _can_speak(tok) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PER", "ORG", "LOC") or tok.lemma_.lower() in SPEAKER_NOUNS \
        or any(c.dep_ in ("appos", "flat:name") and any(t.pos_ == "PROPN" for t in c.subtree) for c in tok.children)


def _made_by(noun):
    """Who made the figures a noun of figures names: the "par X" of its participle ("le bilan communiqué par le
    gouverneur")."""
    return next((agent for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"
                 if (agent := _agent(c)) is not None), None)


def colon_source(span, article: Article) -> Speaker | None:
    """ "Le ministère de l'Intérieur publie un nouveau bilan : le séisme a fait 2 012 morts": the clause before a colon
    of the figure's sentence, whose verb states figures or gives a text of them ("publie un bilan", "dresse le bilan
    suivant"), gives the figures after the colon, however the parse hangs the two clauses (as in English)."""
    if span is None:
        return None
    colon = next((t for t in reversed(span.sent) if t.text == ":" and t.i < span.start), None)
    if colon is None:
        return None
    verbs = [t for t in span.sent if t.i < colon.i and t.pos_ == "VERB" and (_states(t) or any(
        c.dep_ == "obj" and c.lemma_.lower() in SOURCE_NOUNS for c in t.children))]
    subjects = [c for c in verbs[-1].children if c.dep_ in SUBJECTS] if verbs else []
    subject = next((c for c in subjects if _can_speak(c)), subjects[-1] if subjects else None)  # not "17h40 –"
    if subject is None or subject.pos_ == "PRON" and subject.lower_ not in ("il", "elle"):
        return None
    return speaker_in_words(subject, article)


def next_sentence_source(span, article: Article) -> Speaker | None:
    """A figure its own sentence gives no source, attributed by the next sentence of its paragraph: figures pointed
    back at and a passive verb with "par X" ("Neuf personnes ont trouvé la mort ... Le bilan a été livré lundi par
    l'administrateur du territoire", "L'information a été confirmée par X"): X."""
    if span is None or span.sent.end >= len(span.doc):
        return None
    sent = span.doc[span.sent.end].sent
    if "\n" in article.text[span.sent.end_char:sent.start_char] or "\n" in article.text[span.end_char:span.sent.end_char]:
        return None
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj:pass"), None)
    if root.pos_ != "VERB" or subject is None or subject.lemma_.lower() not in SOURCE_NOUNS or not any(
            c.dep_ == "det" and c.lemma_.lower() in ("le", "ce") for c in subject.children):
        return None
    agent = _agent(root)
    return speaker_in_words(agent, article) if agent is not None else None


def _published_by(span, article: Article) -> Speaker | None:
    """A figure its sentence names no other source for, in a sentence that names a text or a record of figures with
    its maker ("lors du dernier enregistrement publié par le CONASUR", "N : le nombre de déplacés, dernier chiffre
    officiel publié par le Conasur", "d'après le décompte établi par la police"): the noun's participle with "par X"
    (``_made_by``); X, where the sentence names one such maker only."""
    if span is None:
        return None
    makers = {m.i: m for t in span.sent if t.pos_ == "NOUN" and t.lemma_.lower() in SOURCE_NOUNS
              if (m := _made_by(t)) is not None}
    if len(makers) != 1:
        return None
    maker = next(iter(makers.values()))
    words = [t for t in maker.subtree if not (t.i < maker.i and t.head == maker and t.dep_ == "case")]
    first, last = words[0], words[-1]  # the maker's words, without its "par" ("par le Conasur": "le Conasur")
    return speaker_in_words_at(first.idx, last.idx + len(last.text), article)


def _dateline_end(sent, text: str) -> int | None:
    """Where the dateline a sentence opens with ends ("NIAMEY, 18 novembre 2025 – ", "N'Djamena – "), or None."""
    m = DATELINE_RE.match(text, sent.start_char, sent.end_char)
    return m.end() if m is not None else None


def lead_body(span, article: Article) -> Speaker | None:
    """The body a dispatch's or a release's lead names first, after its dateline, as what it is about ("NIAMEY, 18
    novembre 2025 – Le PAM et l'UNICEF alertent sur ..., où plus de 600 000 personnes seront ...", "N'Djamena – Le HCR
    se dit préoccupé par ..., où ... a contraint 8 500 personnes à fuir", "Genève/Maputo, 16 octobre 2025 – La FICR a
    lancé un appel ... pour venir en aide à 75 000 personnes"): the lead is the body's word, however the parse hangs
    its clauses; it states the lead's figures that name no other source. The words from the dateline to the first
    verb, when they name an organisation."""
    if span is None:
        return None
    sent = span.sent
    text = article.text
    if (at := _dateline_end(sent, text)) is None or at > span.start_char:
        return None
    orgs = [m for m in article.mentions if m.type == "organisation" and at <= m.start < span.start_char]
    first = next((t for t in sent if t.idx >= at and (t.pos_ in ("VERB", "AUX") or t.lower_ in SAYING_FORMS or t.lower_ in (
        "se", "s'", "s’")) and t.ent_type_ != "ORG" and not any(m.start <= t.idx < m.end for m in orgs)), None)
    # the verb as written where the small model tags it otherwise ("Le PAM et l'UNICEF alertent": an adverb), not a
    # word of a body's name ("des Nations unies": a verb); a reflexive pronoun before it ("Le HCR se dit préoccupé")
    if first is None or first.idx > span.start_char:
        return None
    words = text[at:first.idx].rstrip()
    named = [m for m in orgs if m.end <= first.idx]
    if not named or len(words.split()) > 20 or re.search(r"[,;:«»]", re.sub(r"\([^()]*\)", "", words)):
        return None
    return speaker_in_words_at(at, len(text[:first.idx].rstrip()), article)

def _start(item) -> int:
    return item.start
