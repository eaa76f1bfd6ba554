"""A learned fallback for a figure's event class: what happened to the people a figure counts when neither the
vocabulary (lexicon/events.toml, keyed by lemma) nor the parse rules of ``terms`` name it.

The rules know the words they were written from; news never seen says the same with other words ("perished",
"lost their lives", "were left without a roof"). A multinomial logistic regression over the parse around the
figure (the lemma of what it counts, the verbs above it and the dependency labels on the way, the words of its
clause) reads the class from the company a figure keeps, so an unknown verb in a clause about a flood's dead or an
attack's wounded still lands on the class its neighbours vote for. It has a class ``none`` (the figures graded as
no event) and a threshold: below it, or where ``none`` wins, the figure keeps no event.

Only the weights are shipped (``analyse/data/event_model.json``, feature names and numbers); numpy or
scikit-learn are not needed at run time. ``python -m newsfacts.eval.train_events`` trains it on the seen graded
sets and the tune parts of the development sets, chooses the threshold by cross-validation grouped by file, and
writes the file."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ...lexicon.events import category_of_class
from .terms import stock_or_flow, word_of_class

MODEL_PATH = Path(__file__).parent.parent / "data" / "event_model.json"
# a model per language, trained on that language's parses (French: ``train_events --language fr``)
MODEL_PATHS = {"en": MODEL_PATH, "fr": MODEL_PATH.with_name("event_model_fr.json")}
NONE = "none"  # the class of a figure that counts people to whom nothing the figure says happened
PEOPLE_UNITS = frozenset({"person", "household"})  # the figures the fallback decides
CLAUSE_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})  # the clause's words read: no names, numbers or function words
CLIMB = 4  # how many heads above the figure are read
CLOSED_KEY = "newsfacts_events_closed"  # doc.user_data: the starts of figures the rules gave no event on purpose
_SWITCH = {"on": True}


def features(span, noun) -> dict[str, float]:
    """The parse around a figure as features (each 1.0): what it counts (``h:``), its own dependency (``d:``), the
    heads above it with the labels on the way (``g1:`` the first verb, ``g:`` every head, ``p:`` the path),
    the first verb's particles, objects and complements (``c:``), a passive (``pass``), and the lemmas of the
    clause's content words (``w:``). Lemmas only: no names, no numbers, nothing of one record."""
    number = _number(span)
    anchor = noun if noun is not None and noun.i != number.i and _above(noun, number) else number
    out = [f"h:{_lemma(noun) if noun is not None else '-'}", f"d:{anchor.dep_}", "bias"]
    if noun is not None:
        out += [f"m:{_lemma(c)}" for c in noun.children if c.dep_ in ("amod", "compound", "acl", "relcl") and _content(c)]
    path, tok, verb = [anchor.dep_], anchor, None
    for _ in range(CLIMB):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        out.append(f"g:{_lemma(tok)}")
        if verb is None and tok.pos_ in ("VERB", "AUX", "ADJ"):
            verb = tok
            out += [f"g1:{_lemma(tok)}", f"p:{'>'.join(path)}"]
        path.append(tok.dep_)
    if verb is None:
        out.append(f"p:{'>'.join(path)}")
    else:
        for c in verb.children:
            if c.dep_ in ("auxpass", "nsubjpass"):
                out.append("pass")
            if c.dep_ in ("prt", "dobj", "acomp", "xcomp", "attr", "oprd", "prep", "advcl", "ccomp") and c.i != anchor.i:
                out.append(f"c:{c.dep_}:{_lemma(c)}")
                out += [f"c:{c.dep_}:{_lemma(c)}:{_lemma(g)}" for g in c.children if g.dep_ == "pobj"]
    clause = verb if verb is not None else span.sent.root
    out += sorted({f"w:{_lemma(t)}" for t in clause.subtree if t.pos_ in CLAUSE_POS and not t.like_num})
    return dict.fromkeys(out, 1.0)


def _number(span):
    return next((t for t in reversed(span) if t.like_num or t.pos_ == "NUM"), span.root)


def _above(tok, below) -> bool:
    """Whether ``tok`` is ``below`` or one of its first three heads."""
    for _ in range(4):
        if below.i == tok.i:
            return True
        if below.head.i == below.i:
            return False
        below = below.head
    return False


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _content(tok) -> bool:
    return tok.pos_ in CLAUSE_POS and not tok.like_num


class EventModel:
    """A multinomial logistic regression over ``features``: one weight table and bias per class. ``decide``
    gives the likeliest class where it is not ``none`` and its probability reaches the threshold (chosen by
    cross-validation: ``train_events --folds``), else None."""

    def __init__(self, weights: dict[str, dict[str, float]], bias: dict[str, float], threshold: float) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        scores = {c: self.bias.get(c, 0.0) + sum(w.get(f, 0.0) * x for f, x in feats.items()) for c, w in self.weights.items()}
        top = max(scores.values())
        exp = {c: math.exp(s - top) for c, s in scores.items()}
        total = sum(exp.values())
        return {c: e / total for c, e in exp.items()}

    def decide(self, feats: dict[str, float]) -> str | None:
        probs = self.probabilities(feats)
        best = max(probs, key=probs.__getitem__)
        return best if best != NONE and probs[best] >= self.threshold else None

    def to_json(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "bias": self.bias, "weights": self.weights}


@functools.cache
def load_model(path: Path = MODEL_PATH) -> EventModel | None:
    """The shipped model, or None where no file was trained (the rules alone decide)."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text())
    return EventModel(data["weights"], data["bias"], data["threshold"])


def active_model(language: str = "en") -> EventModel | None:
    """The model the figures stage uses for a language: the shipped one, or none while ``rules_only`` is in
    force or where none was trained."""
    return load_model(MODEL_PATHS[language]) if _SWITCH["on"] and language in MODEL_PATHS else None


def with_learned_events(figures: list, doc, counted_noun, closed: set[int] = frozenset(), language: str = "en") -> list:
    """A figure of people that the vocabulary and the parse rules leave without an event, and that no rule
    closed on purpose (the counted did it, it was done for them, an age, a count of sites), gets the class the
    model reads from the parse around it (``counted_noun``: the language's own reading of what a number counts),
    where it is sure enough; else none. ``closed`` is kept on the Doc for training the model."""
    doc.user_data[CLOSED_KEY] = closed
    model = active_model(language)
    if model is None:
        return figures
    out = []
    for f in figures:
        if f.event is None and f.unit in PEOPLE_UNITS and f.start not in closed \
                and (span := doc.char_span(f.start, f.end, alignment_mode="expand")) is not None:
            event = model.decide(features(span, counted_noun(span, doc)))
            if event is not None:
                by_class = category_of_class(event)
                # the term is the text's word for the class the model read, where the sentence has one ("the death
                # toll has climbed to 31": death, not the verb of the number's clause); else the rules' word; else a
                # verb of the class with the object it has here ("still need medical evacuation")
                term = word_of_class(span, event) or f.term or word_of_class(span, event, objects=True)
                f = dataclasses.replace(f, event=event, category=by_class if by_class not in (None, "other") else f.category,
                                        term=term, stock_or_flow=stock_or_flow(term, event))
        out.append(f)
    return out


@contextlib.contextmanager
def rules_only() -> Iterator[None]:
    """The figures stage without the fallback, for training it on what the rules alone leave open."""
    _SWITCH["on"] = False
    try:
        yield
    finally:
        _SWITCH["on"] = True
