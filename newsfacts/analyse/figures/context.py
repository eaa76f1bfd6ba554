"""Where, when and according to whom: the place of a figure (and the origin that is not its place:
"returnees from Iran"), the date in its sentence, and the speaker of the quote that holds it."""

from __future__ import annotations

from ... import lexicon
from ...lexicon.events import event_terms
from ...records import Article, DateMention, Mention, Speaker
from ..spans import ByStart
from .numbers import Amount

WHERE_PREPS = lexicon.words("figures.where_preps")
# "from X" beside these is where people left, not where the figure belongs ("returnees from Iran").
RETURN_WORDS = event_terms("left_from")
# "fled from X into Y", "fled X": the flight happened in X
FLIGHT_VERBS = event_terms("fled_from")


def place_of(mentions: ByStart[Mention], span, verb) -> Mention | None:
    """Where the figure happened: among the sentence's places (actors aside) that the gazetteer knows,
    the one the term verb places ("were displaced in Nord", "fled from Rakhine"), else any placed by
    "in", "within", "across"..., else the first. "From X" after a verb or noun of return or removal
    names where people left, never the figure's place."""
    if span is None:
        return None
    sent = span.sent
    places = [m for m in mentions.starting_in(sent.start_char, sent.end_char) if m.type == "place" and not m.actor]
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


def date_of(dates: ByStart[DateMention], sent) -> DateMention | None:
    if sent is None:
        return None
    found = dates.starting_in(sent.start_char, sent.end_char)
    return found[0] if found else None


def speaker_of(article: Article, a: Amount) -> Speaker | None:
    holding = [q for q in article.quotes if q.start <= a.start and a.end <= q.end and q.speaker is not None]
    return min(holding, key=lambda q: q.end - q.start).speaker if holding else None
