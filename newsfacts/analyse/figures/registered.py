"""People registered: a count a verb of registering takes ("UNHCR has registered 12,000 since January", "2,000 people
have been registered", "the number of refugees registered with the agency has hit 300,000") says no event of its own.
In a story of people displaced it counts people of that story: those a class noun names ("refugees registered"), else
the people of the displacement figure just before it, or, registered over a time with no movement just before, the
newly arrived, as registers count arrivals (the French rule is ``french._registered``)."""

from __future__ import annotations

import dataclasses

from ... import lexicon
from ...lexicon.events import category_of_class
from ...records import Figure
from .terms import _people_noun, stock_or_flow

REGISTERING_VERBS = lexicon.words("events.registering_verbs")
COUNT_NOUNS = lexicon.words("events.count_nouns")
ARRIVED_CLASS = "arrived"
DISPLACEMENT = "displacement"
REGISTERED_REACH = 600  # characters back to the displacement figure whose people a register counts
PEOPLE_UNITS = frozenset({"person", "household"})
HEAD_STEPS = 3  # from the number up to the verb that registers what it counts ("2,000 people have been registered")


def with_registered_events(figures: list[Figure], text: str, doc) -> list[Figure]:
    """Each figure of people (or of nothing named) with no event whose count a verb of registering takes gets the
    event of the people it registers (see the module's docstring); its unit, where it names none, is theirs."""
    out = list(figures)
    for i, f in enumerate(out):
        if f.event is not None or f.unit not in (*PEOPLE_UNITS, None) or i == 0:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        verb = _registering_verb(span) if span is not None else None
        if verb is None:
            continue
        displaced = [p for p in out[:i] if p.category == DISPLACEMENT and p.unit in PEOPLE_UNITS
                     and f.start - p.end <= REGISTERED_REACH and text.count("\n\n", p.end, f.start) <= 1]
        if not any(p.category == DISPLACEMENT for p in out[:i]):
            continue  # no story of people displaced: voters, patients, companies are registered too
        prev = displaced[-1] if displaced else None
        named = _named_people(verb)
        if named is not None:
            event = named
        elif f.when is not None and (prev is None or prev.stock_or_flow != "flow"):
            event = ARRIVED_CLASS
        elif prev is not None:
            event = prev.event
        else:
            continue
        if event is None or category_of_class(event) != DISPLACEMENT:
            continue
        unit = f.unit or (prev.unit if prev is not None else "person")
        out[i] = dataclasses.replace(f, event=event, term=verb.text, unit=unit, category=DISPLACEMENT,
                                     stock_or_flow=stock_or_flow(verb.text, event))
    return out


def _registering_verb(span):
    """The verb of registering whose object or subject the number counts ("registered 207,889", "2,000 people have
    been registered"), or the participle after the count noun of the verb the number completes ("the number of
    refugees registered ... has hit 300,000"); None if there is none."""
    tok = span.root
    for _ in range(HEAD_STEPS):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    if tok.lemma_.lower() in REGISTERING_VERBS and tok.pos_ == "VERB":
        return tok
    for subject in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in COUNT_NOUNS):
        for of in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
            for noun in (c for c in of.children if c.dep_ == "pobj"):
                found = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in REGISTERING_VERBS), None)
                if found is not None:
                    return found
    return None


def _named_people(verb) -> str | None:
    """The class of the people the register's noun names ("refugees registered", "IDPs were registered"), if any."""
    nouns = [verb.head] if verb.dep_ in ("acl", "relcl") else [
        c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")]
    for noun in nouns:
        found = _people_noun(noun)
        if found is not None and found.event is not None:
            return found.event
    return None
