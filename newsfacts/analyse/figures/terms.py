"""What happened to what a figure counts: the term (the verb or state: repatriated, expelled, at risk,
displaced ...), its category (displacement, casualties, aid, money, time, other), stock or flow, and the
direction of a change ("rose 64 points"). The event words are the lexicon's table of event classes
(events.toml); this module derives figures' word sets from it."""

from __future__ import annotations

import re
from typing import Any

from ... import lexicon
from ...lexicon.events import classes, event_terms
from .numbers import Amount
from .units import TIME_UNITS

DISPLACEMENT_WORDS = event_terms("words", "displacement")
CASUALTY_WORDS = event_terms("words", "casualties")
AID_WORDS = event_terms("words", "aid")
FLOW_TERMS = event_terms("flow")
STOCK_TERMS = event_terms("stock")
UP_VERBS = lexicon.words("figures.up_verbs")
DOWN_VERBS = lexicon.words("figures.down_verbs")
CHANGE_NOUNS = lexicon.words("figures.change_nouns")


def term_of(tok) -> tuple[str | None, Any]:
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


TERM_VERBS = event_terms("verbs")
TERM_WINDOW = 20
STATES = event_terms("states")


# "the displacement of", "the evacuation of": noun lemma -> the term it names
NOMINAL_TERMS: dict[str, str] = {noun: term for fields in classes().values() for noun, term in fields.get("nouns", {}).items()}
STAY_VERBS = lexicon.words("events.stay_verbs")
CAMP_NOUNS = lexicon.words("events.classes.in_camps.places")
SHELTER_NOUNS = lexicon.words("events.classes.sheltered.places")


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


HOUSING_NOUNS = lexicon.words("units.housing_nouns")


def category_of(a: Amount, unit: str | None, counted: str | None, term: str | None) -> str:
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


def stock_or_flow(term: str | None) -> str | None:
    if term is None:
        return None
    if term in STOCK_TERMS:
        return "stock"
    if term in FLOW_TERMS or term.endswith("ed") and term in FLOW_TERMS | {"forced"}:
        return "flow"
    return None



def change_of(verb, span) -> str | None:
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
