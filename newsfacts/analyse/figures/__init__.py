"""Figures: how many of what, what happened to them, where, when, and according to whom.

Each amount ``numbers.find_numbers`` finds is kept as a figure unless it is a year, part of a date, a
time of day, an ordinal, an age, a label ("phase one") or part of a name ("S&P 500"). Then the parse
gives what is counted (the noun the number modifies, through "of whom" to its antecedent), the unit
(person, household, hour, USD, percent, or the counted noun), the term (the verb or state that
happened to them: repatriated, expelled, at risk, displaced ...), its category, whether it is a stock
or a flow, the place and date in the same sentence, the speaker of the quote that holds it
(``stated_by``) and the outlet (``reported_by``).

The stage is split by concern: ``numbers`` (amounts in text), ``filters`` (what is not a figure),
``units``, ``counted`` (what is counted), ``terms`` (what happened: term, category, stock or flow, change)
and ``context`` (place, date, speaker). Their words are in the lexicon (events, numbers, units, figures). French
text has its own module (``french``) over the same records, classes and helpers.
"""

from __future__ import annotations

import dataclasses
import math
import re
from typing import Any

from ... import lexicon
from ...records import Article, Figure
from ...stage import Stage, Work, per_article
from ..spans import ByStart
from . import french, learned
from .context import (
    place_of,
    with_filed_places,
    with_movement_places,
    with_paragraph_before_places,
    with_respective_places,
)
from .counted import counted_noun, counted_phrase, subset_named, whole_of_part, with_partitive_units
from .filters import no_event, not_a_figure, ratio_starts, responder, stated_age
from .keylines import (
    briefing_source,
    in_own_voice,
    key_line,
    labelled,
    lead_in_event,
    line_source,
)
from .numbers import Amount, find_numbers, parse_digits, parse_words
from .registered import with_registered_events
from .sources import (
    continued_sources,
    enclosed_sources,
    labelled_sources,
    lead_in_sources,
    own_voice_sources,
    paragraph_sources,
    stated_by,
    title_sources,
)
from .terms import (
    AGENT,
    COMPANIONS,
    FOR_WHOM,
    befalls,
    capacity,
    category_of,
    change_of,
    clause_verb,
    counts_sites,
    done_to_things,
    event_of,
    of_things,
    population,
    size_of_change,
    stock_or_flow,
)
from .units import ANAPHORIC_NOUNS, HOUSEHOLD_NOUNS, TIME_UNITS, national_currency, unit_of
from .when import when_of

__all__ = ["EXTRACTOR", "STAGE", "VERSION", "Amount", "find_figures", "find_numbers", "parse_digits", "parse_words"]

VERSION = "1"
EXTRACTOR = f"figures@{VERSION}"


def find_figures(work: Work) -> dict[str, Any]:
    article, doc = work.article, work.products["doc"]
    if doc.lang_ == french.LANGUAGE:
        return {"figures": french.find_figures(article, doc)}
    figures = []
    closed: set[int] = set()  # where the rules said on purpose that nothing befell what a figure counts
    mentions, dates = ByStart(article.mentions, _start), ByStart(article.dates, _start)
    found = list(find_numbers(article.text))
    shares = ratio_starts(found, article.text)
    for amount in found:
        if not_a_figure(amount, article, doc):
            continue
        figures.append(_figure(amount, article, doc, mentions, dates, closed))
        if amount.start in shares:  # "seven in ten returning families": a proportion, no one's count
            closed.add(amount.start)
    figures = _with_elided_units(_with_equivalents(figures, article.text), doc)
    figures = enclosed_sources(paragraph_sources(continued_sources(figures, article.text, ANAPHORIC_NOUNS), article.text,
                                                 article.quotes), article.text)
    figures = title_sources(lead_in_sources(labelled_sources(figures, article), article, doc), article)
    figures = own_voice_sources(figures, article, doc)
    figures = _with_revised_events(_with_partitive_events(with_partitive_units(figures, article.text), article.text), article.text)
    figures = _with_apposed_parts(figures, article.text, doc)
    figures = _with_running_totals(figures, article.text)
    figures = learned.with_learned_events(_with_elided_events(figures, article.text, closed), doc, counted_noun, closed)
    figures = _shares_without_events(_with_included_events(figures, article.text, closed))
    figures = with_registered_events(figures, article.text, doc)
    # the places "respectively" pairs come last: the figures after a series take its sentence's place, not its last
    figures = with_respective_places(_with_context_places(figures, article), article)
    figures = [no_event(f) if f.start in shares else f for f in _with_named_parts(figures, article.text, doc)]
    figures = with_paragraph_before_places(with_filed_places(with_movement_places(figures, article), article), article)
    return {"figures": tuple(_with_national_currencies(figures, article))}


def _with_national_currencies(figures: list[Figure], article: Article) -> list[Figure]:
    """Money in a currency several countries write alike ("Rs 25,000", "400,000 pesos") is in the currency of the
    country the article is written from (its dateline's place), else of the figure's place, where that country
    writes it so: a Kathmandu paper's rupees are Nepalese, a Peshawar paper's Pakistani (units.national_currency)."""
    home = _dateline_country(article)
    out = []
    for f in figures:
        country = home or (f.place.country if f.place is not None else None)
        unit = national_currency(f.unit, article.text, f.start, f.end, country)
        out.append(f if unit == f.unit else dataclasses.replace(f, unit=unit))
    return out


def _dateline_country(article: Article) -> str | None:
    """The country of the article's dateline ("PESHAWAR:", "CÚCUTA —"), where a place mention resolves it."""
    if article.dateline is None:
        return None
    return next((m.country for m in article.mentions if m.type == "place" and m.country
                 and article.dateline.start <= m.start < article.dateline.end), None)


def _with_named_parts(figures: list[Figure], text: str, doc) -> list[Figure]:
    """A part of a group said to be some other people counts those people: "19 of the dead were children",
    "18.2 million people need aid, 9.8 million of them children" (children). Last, once the figure has taken
    its event and unit from the whole or the figure before it, which stay."""
    out = []
    for f in figures:
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is not None and (part := subset_named(span, doc)) is not None:
            f = dataclasses.replace(f, counted=counted_phrase(part, None, text))
        if span is not None and responder(f, counted_noun(span, doc)):
            f = no_event(f)  # "400 refugee volunteers trained in fire safety": those who help
        out.append(f)
    return out


def _shares_without_events(figures: list[Figure]) -> list[Figure]:
    """A percentage is a share of a count, not a count of people something befell ("40 per cent of arrivals are
    deportees", "about 88% of them women and children", "60 percent of the houses were destroyed"): an analyst
    records the count, so the share takes no event class, whatever its clause or the count before it says."""
    return [dataclasses.replace(f, event=None, category="other", stock_or_flow=None)
            if f.unit == "percent" and f.event is not None else f for f in figures]


# "up from 46,000", "down from over 40,000": the level a count had before, with the count's event left out
COMPARED_BEFORE_RE = re.compile(r"\b(?:up|down)\s+from\s+(?:[a-z]+\s+){0,2}$", re.I)
# "4.4 million Somalis face crisis levels of hunger, including 1.1 million in Bay", "treated 5,600 cholera patients
# since June, including 340 in the past week": a part of the count before, its noun and event left out
INCLUDED_BEFORE_RE = re.compile(r",\s*including\s+(?:(?:about|around|some|nearly|almost|over|more|than|at|least|just|roughly)\s+){0,3}$", re.I)
INCLUDED_AFTER_RE = re.compile(r"\s*(?:(?:million|thousand)\s+)?(?:[,.;]|(?:in|from|at|on|across|within|during|over|since|this|last|alone)\b)", re.I)
RANKING_TERMS = frozenset(w for lemma in lexicon.terms("events.ranking_verbs") for w in (lemma, lemma + "ed", lemma + "s"))


def _with_included_events(figures: list[Figure], text: str, closed: set[int]) -> list[Figure]:
    """A number after ", including" with no noun of its own ("4.4 million Somalis face crisis levels of hunger,
    including 1.1 million in Bay", "treated 5,600 cholera patients since June, including 340 in the past week")
    is a part of the figure before it in the sentence: its unit, counted, term and event, where no clause of its
    own gave it one; a part with a people noun of its own set off by commas takes the whole's event alone. Run
    after the event fallback, which may give the whole its event."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if (f.event is None and f.start not in closed and prev is not None and prev.event is not None
                and f.unit in (prev.unit, None) and f.counted in (None, prev.counted)
                and not SENTENCE_END_RE.search(text, prev.end, f.start)
                and INCLUDED_BEFORE_RE.search(text, max(0, f.start - 40), f.start)
                and INCLUDED_AFTER_RE.match(text, f.end)):
            f = dataclasses.replace(f, unit=prev.unit, counted=prev.counted, term=prev.term, event=prev.event,
                                    category=prev.category, stock_or_flow=prev.stock_or_flow)
        elif (f.event is None and f.start not in closed and prev is not None and prev.event is not None
                and f.unit == prev.unit and f.unit in PEOPLE_UNITS and not SENTENCE_END_RE.search(text, prev.end, f.start)
                and INCLUDED_BEFORE_RE.search(text, max(0, f.start - 40), f.start)
                and INCLUDED_PEOPLE_AFTER_RE.match(text, f.end)):
            # "More than 30,000 people, including 4,100 health workers, have received the vaccine": a part with a
            # people noun of its own, closed by a comma before the whole's clause goes on: the whole's event
            f = dataclasses.replace(f, term=prev.term, event=prev.event, category=prev.category,
                                    stock_or_flow=prev.stock_or_flow)
        out.append(f)
    return out


PEOPLE_UNITS = frozenset({"person", "household"})
INCLUDED_PEOPLE_AFTER_RE = re.compile(r"(?:\s+[^\W\d][\w'’-]*){1,3}\s*,")


# "..., bringing the total to 313", "brings the tally since the war began to 41", "taking the overall total so far to":
# a running total that names no noun of its own ("the total number of displaced" names one), right before the figure
RUNNING_TOTAL_RE = re.compile(
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed|raise|raises|raising|raised)"
    r"\s+(?:the|its|their)\s+(?:(?:overall|cumulative|new|grand|running)\s+)?(?:total|tally|count)\b(?!\s+(?:of|number)\b)"
    r"[^.;:!?\n\d]{0,60}?\bto\s+(?:(?:about|around|some|nearly|almost|over|more|than|at|least|roughly)\s+){0,3}$", re.I)


def _with_running_totals(figures: list[Figure], text: str) -> list[Figure]:
    """A running total that names nothing of its own ("10 more people died of malnutrition in the past 24 hours,
    bringing the total since the war began to 313") counts what the figure before it in its sentence counts: its
    unit, what is counted, its event and term, as a stock; the date of that figure's increment ("in the past 24
    hours") is not the total's."""
    out: list[Figure] = []
    total: Figure | None = None  # the running total just read, whose parts ("including 119 children") follow it
    for f in figures:
        prev = next((g for g in reversed(out) if g.event is not None), None)
        if (f.event is None and prev is not None and f.unit in (prev.unit, None)
                and not SENTENCE_END_RE.search(text, prev.end, f.start)
                and RUNNING_TOTAL_RE.search(text, max(prev.end, f.start - 120), f.start)):
            when = None if f.when is not None and prev.when is not None and f.when.start == prev.when.start else f.when
            counted = f.counted or re.sub(r"^(?:more|other|another)\s+", "", prev.counted or "", flags=re.I) or None
            f = dataclasses.replace(f, unit=prev.unit, counted=counted, term=prev.term, event=prev.event,
                                    category=prev.category, stock_or_flow="stock", when=when)
            total = f
        elif total is not None and INCLUDED_PART_RE.fullmatch(text, total.end, f.start):
            f = dataclasses.replace(f, term=total.term, when=total.when)  # "..., including 119 children": the total's
        else:
            total = None
        out.append(f)
    return out


INCLUDED_PART_RE = re.compile(r",?\s+(?:including|among\s+them|of\s+whom|of\s+them)\s+(?:(?:about|around|some|nearly|almost|over|more|than|at|least)\s+){0,3}", re.I)


def _with_elided_events(figures: list[Figure], text: str, closed: set[int]) -> list[Figure]:
    """A number that leaves out its noun and event because the figure before it in the sentence gave them: a
    ranking ("Punjab has the highest toll with 164 deaths, followed by Khyber Pakhtunkhwa with 139, Sindh with
    47"), an earlier level ("has risen to 187,000, up from 46,000"). It counts what that figure counts, in the
    same unit, and no clause of its own says what happened (its term is none or the ranking verb), nor did a rule
    close it on purpose ("staying at the centre, which was built for 3,000": whom it was built for)."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if (f.event is None and f.start not in closed and prev is not None and prev.event is not None and f.unit in (prev.unit, None)
                and not SENTENCE_END_RE.search(text, prev.end, f.start)
                and (f.term is None or f.term in RANKING_TERMS or COMPARED_BEFORE_RE.search(text, max(0, f.start - 20), f.start)
                     or _series_verb(f.term, prev, f, text))
                and (f.unit is not None or COMPARED_BEFORE_RE.search(text, max(0, f.start - 20), f.start))):
            f = dataclasses.replace(f, unit=prev.unit, term=prev.term, event=prev.event, category=prev.category,
                                    stock_or_flow=prev.stock_or_flow)
        out.append(f)
    return out


def _series_verb(term: str, prev: Figure, f: Figure, text: str) -> bool:
    """The term a number of a series was given is the verb that governs the whole series, written before the
    series' first number and not since ("Punjab suffered the most deaths, with 39, followed by Sindh with 22";
    "accidents resulted in 113 injuries in Punjab, 79 in Sindh, 9 in Balochistan"): no clause of its own."""
    words = re.findall(r"[^\W\d]+", term)
    if not words:
        return False
    ends = list(SENTENCE_END_RE.finditer(text, 0, prev.start))
    before = text[ends[-1].end() if ends else 0:prev.start].lower()
    between = text[prev.end:f.start].lower()
    return all(re.search(rf"\b{re.escape(w.lower())}\b", before) for w in words) and not any(
        re.search(rf"\b{re.escape(w.lower())}\b", between) for w in words)


# "Of those, 36,000 were Syrian", "About 800 of them crossed": a part of the figure before, by a pronoun
PARTITIVE_BEFORE_RE = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)(?:of|among)\s+(?:those|them|these|whom)\s*,?\s*(?:\w+\s+){0,2}$", re.I)
PARTITIVE_AFTER_RE = re.compile(r"\s+(?:of|among)\s+(?:them|those|these)\b", re.I)


def _with_partitive_events(figures: list[Figure], text: str) -> list[Figure]:
    """A figure that counts part of the one before it by a pronoun ("close to 80,000 had fled to Syria. Of
    those, 36,000 were Syrian") and whose own clause names no event is of that figure's event."""
    out: list[Figure] = []
    parts: set[int] = set()  # the figures given their whole's event: "36,000 were Syrian and 41,300 were Lebanese"
    for f in figures:
        whole = next((g for g in reversed(out) if g.event is not None and g.category in COUNT_CATEGORIES
                      and id(g) not in parts), None)
        if out and out[-1].event is None and out[-1].unit in ("person", "household") and id(out[-1]) not in parts \
                and PARTITIVE_AFTER_RE.match(text, f.end) and not SENTENCE_END_RE.search(text, out[-1].end, f.start):
            whole = None  # "found 12 survivors, three of them in critical condition": the whole is the survivors'

        sibling = out[-1] if out and id(out[-1]) in parts and not SENTENCE_END_RE.search(text, out[-1].end, f.start) else None
        if f.event is None and whole is not None and (
                sibling is not None or PARTITIVE_BEFORE_RE.search(text, max(0, f.start - 40), f.start)
                or PARTITIVE_AFTER_RE.match(text, f.end)):
            f = dataclasses.replace(f, term=whole.term, event=whole.event, category=whole.category,
                                    stock_or_flow=whole.stock_or_flow)
            parts.add(id(f))
        out.append(f)
    return out


# "40 of them children", "212 of them totally": a part set after its whole, up to the clause's end
APPOSED_BEFORE_RE = re.compile(r",\s*(?:(?:about|around|some|nearly|almost|over|more|than|at|least|just|roughly)\s+){0,3}$", re.I)
APPOSED_PART_RE = re.compile(r"\s+(?:of|among)\s+(?:them|those|these)\b[^.;:,!?\n]*", re.I)


def _with_apposed_parts(figures: list[Figure], text: str, doc) -> list[Figure]:
    """A part set after its whole with no verb of its own ("had admitted 600 wounded patients since Jan. 26, 40 of
    them children", "18.2 million people require assistance, 9.8 million of them children", "1,460 houses damaged,
    212 of them totally") befalls what the whole does: the whole's event, whatever clause the parse hung the part
    on. A part with a verb of its own ("three of them died") or a word of its own that its event was read from ("16
    of them fatal", "11 of them with serious injuries") keeps its own, as does one a verb takes ("and killed 45 of them")."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if (prev is not None and prev.event is not None and f.event != prev.event and f.unit != "percent"
                and (tail := APPOSED_PART_RE.match(text, f.end)) is not None and APPOSED_BEFORE_RE.search(text, prev.end, f.start)
                and _sentence_of(doc, f.start)[0] <= prev.start and _verbless(doc, tail.start(), tail.end())
                and not (f.term and set(f.term.lower().split()) & set(tail.group().lower().split()))):
            f = dataclasses.replace(f, term=prev.term, event=prev.event, category=prev.category,
                                    stock_or_flow=prev.stock_or_flow)
        out.append(f)
    return out


def _verbless(doc, start: int, end: int) -> bool:
    """No verb in the text from ``start`` to ``end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


# "hosts 1.3 million refugees, up from 1.1 million", "20,000 arrived, down from 42,000", "compared with 9,000":
# the earlier level of the figure before it in the same sentence
REVISED_FROM_RE = re.compile(r"\b(?:(?:up|down|rising|falling|increased?|decreased?)\s+from|compared\s+(?:with|to))"
                             r"\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just|roughly)\s+){0,2}$", re.I)


def _with_revised_events(figures: list[Figure], text: str) -> list[Figure]:
    """A figure that is the earlier level of the one before it in its sentence ("Chad now hosts 1.3 million
    refugees, up from 1.1 million", "20,000 people have arrived, down from 42,000 over the same period") and
    whose own clause names no event counts the same thing: that figure's event, term and counted."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if (f.event is None and prev is not None and prev.event is not None and f.counted in (None, prev.counted)
                and not SENTENCE_END_RE.search(text, prev.end, f.start) and REVISED_FROM_RE.search(text, max(0, f.start - 40), f.start)):
            f = dataclasses.replace(f, term=prev.term, event=prev.event, category=prev.category, counted=prev.counted,
                                    unit=f.unit or prev.unit, stock_or_flow=prev.stock_or_flow)
        out.append(f)
    return out


COUNT_CATEGORIES = frozenset({"displacement", "casualties"})
SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")


def _with_context_places(figures: list[Figure], article: Article) -> list[Figure]:
    """A figure whose sentence names no place of its own ("Some 500,000 of them crossed in June alone") is
    where the figure before it in the same paragraph is (``place_source`` "context"), before the article's
    focus, which a paragraph about another country than the article's (or an article about two) gets wrong:
    "1,300 Israelis were killed and 3,000 were injured" in a Gaza liveblog, both Israel's."""
    out: list[Figure] = []
    for f in figures:
        if f.place_source != "sentence":
            prev = next((g for g in reversed(out) if g.place_source in ("sentence", "context") and g.place is not None
                         and g.place.country), None)
            if prev is not None and not PARAGRAPH_BREAK_RE.search(article.text, prev.end, f.start):
                f = dataclasses.replace(f, place=prev.place, place_source="context")
        out.append(f)
    return out


PARAGRAPH_BREAK_RE = re.compile(r"\n")


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


AGE_UNIT = "year of age"
STAY_CLASSES = lexicon.words("events.stay_classes")
STAY_PLACE_NOUNS = (lexicon.words("events.stay_place_nouns") | lexicon.words("events.classes.sheltered.places")
                    | lexicon.words("events.classes.in_camps.places"))
ELIDED_SCALE = 1.0  # within a factor of ten: "6 million homes ... 1.5 million", not "529 plans ... closer to 18"
NOT_INHERITED = frozenset({"percent", *TIME_UNITS})  # units a bare number never takes from an earlier figure


def _with_elided_units(figures: list[Figure], doc) -> list[Figure]:
    """A bare number whose unit is left out because an earlier figure of the sentence gave it ("6 million
    homes, including 1.5 million in Los Angeles", "84.75 cents, the lowest 74.07"): the unit and counted
    phrase of the earlier figure closest in size (percentages and durations aside)."""
    out: list[Figure] = []
    for f in figures:
        if f.unit is None and f.counted is None and f.value:
            sent = _sentence_of(doc, f.start)
            givers = [g for g in out if g.unit and g.unit not in NOT_INHERITED and g.value and sent[0] <= g.start
                      and AGE_UNIT != g.unit]
            near = [g for g in givers if abs(math.log10(abs(g.value)) - math.log10(abs(f.value))) <= ELIDED_SCALE]
            if near:
                g = min(near, key=lambda g: (abs(math.log10(abs(g.value)) - math.log10(abs(f.value))), -g.start))
                # a figure with its own event keeps the category of its event ("48 people had been injured, 31
                # of whom were taken to hospital": hospitalized is no casualty)
                f = dataclasses.replace(f, unit=g.unit, counted=g.counted, category=f.category if f.event else g.category)
        out.append(f)
    return out


def _sentence_of(doc, at: int) -> tuple[int, int]:
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return (span.sent.start_char, span.sent.end_char) if span is not None else (at, at)


def _start(item) -> int:
    return item.start


def _figure(a: Amount, article: Article, doc, mentions: ByStart, dates: ByStart, closed: set[int]) -> Figure:
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    noun = counted_noun(span, doc) if span is not None else None
    if noun is not None and not any(ch.isalpha() for ch in noun.text):
        noun = None  # "212 | 340": a table's cell bar, which the parse may hang a number on, counts nothing
    counted = counted_phrase(noun, span, article.text) if noun is not None else None
    unit = AGE_UNIT if stated_age(a, doc) else unit_of(a, noun, article.text[a.end:a.end + 30],
                                                      article.text[max(0, a.start - 12):a.end])
    event = event_of(span, noun)
    if (things := of_things(unit, event.event)) != event.event:  # "42 schools were affected": damaged
        event = dataclasses.replace(event, event=things)
    if capacity(event.verb, event.event) or population(article.text, a.start, noun):
        # "the stadium can host 40,000 people": what it can take; "a town of 40,000 inhabitants": what it holds
        event = dataclasses.replace(event, term=None, event=None)
        closed.add(a.start)
    if event is AGENT or event is FOR_WHOM or event is COMPANIONS or unit == AGE_UNIT or not befalls(a, unit, event.event) \
            or done_to_things(event.verb, unit):
        closed.add(a.start)
    keyed = key_line(article.text, a.start, a.end, span)
    if keyed is not None:  # "117,800 Estimated refugee outflows"
        counted = counted or keyed[0]
        event = event if event.event is not None else keyed[1]
    elif (keyed := labelled(article.text, a.start, a.end, doc)) is not None:
        # "People affected: 312,450", "Deaths 23 | Injured 140", a table's column: the label, not the parse of a
        # line with no sentence in it, says what befell what is counted
        counted = counted if counted and any(c.isalpha() for c in counted) else keyed[0]
        event = keyed[1] if keyed[1].event is not None else event
        if noun is None and unit is None and keyed[0].split()[0].lower() in HOUSEHOLD_NOUNS:
            unit = "household"  # "Families affected: 12,400", "- Households assisted with NFI kits: 14,650"
    if event.event is None and (led := lead_in_event(article.text, a.start, doc)) is not None:
        event = led  # "the floods have:" / "- injured 126 people"
    # "a 61-year-old man reported missing": the age counts no one who went missing; "a 22 per cent increase"
    # on the week is the size of a change, no one's share
    if unit == AGE_UNIT or (a.percent and size_of_change(span)):
        event = dataclasses.replace(event, term=None, event=None)
    if not befalls(a, unit, event.event):  # "in 410 relief camps", "in the past 24 hours": no one in camps, hurt
        event = dataclasses.replace(event, term=None, event=None)
    elif done_to_things(event.verb, unit):  # "intercepted 12 calls", "levelled 5 charges": no one's event
        event = dataclasses.replace(event, term=None, event=None)
    elif noun is not None and event.event in STAY_CLASSES and noun.lemma_.lower() in STAY_PLACE_NOUNS:
        event = dataclasses.replace(event, event=None)  # "sheltering 38,000 people in 23 locations": 23 places
    if span is not None and whole_of_part(span, noun) and (
            event.verb is None or not noun.left_edge.i <= event.verb.i <= noun.right_edge.i):
        # "131 of the 233 camps were flooded", "Of the 420 children screened, 146 were malnourished": the whole,
        # which the part's verb says nothing of (not "of the 40 people killed, 12 were children")
        event = dataclasses.replace(event, term=None, event=None)
        closed.add(a.start)
    term, verb = event.term, event.verb
    category = category_of(a, unit, counted, term, event.event)
    if noun is None and unit is None and category in ("displacement", "casualties"):
        unit = "person"  # "more than 3,000 fled", "35,000 were displaced": people
    averaged = a.approx == "exact" and AVERAGED_RE.search(article.text[max(0, a.start - 12):a.start])
    return Figure(
        value=a.value, start=a.start, end=a.end, low=a.low, high=a.high, approx="average" if averaged else a.approx,
        unit=unit,
        counted=counted, term=term, event=event.event,
        category="other" if counts_sites(unit) and event.event is None else category_of(a, unit, counted, term, event.event),
        stock_or_flow=stock_or_flow(term, event.event), **place_of(article, mentions, span, verb, counted, event.event),
        when=when_of(dates, span, article.published),
        stated_by=in_own_voice(stated_by(article, a, doc), article) or line_source(article.text, a.end) or briefing_source(article), reported_by=article.source.outlet, flags=tuple(a.flags),
        text=article.text[a.start:a.end], change=change_of(verb if event.event else clause_verb(span, noun), span),
        extractor=EXTRACTOR,
        alternatives=(a.alternative,) if a.alternative is not None else (),
    )


AVERAGED_RE = re.compile(r"\b(?:averaged|averaging|averages)\s+$", re.I)  # "has averaged 7.3 points"


STAGE = Stage("figures", VERSION, per_article(find_figures), requires=("doc", "mentions", "quotes"),
              assigns=("figures",))
