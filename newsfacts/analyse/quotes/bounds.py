"""Where reported content starts and ends: a learned choice among the boundaries the parse offers.

A cue frame (see ``cues.py``) gives a content span: the subtree of the verb's complement. Annotators
often end the content earlier ("said X, which ..."), later (a conjunct the parser hung on the cue:
"wants to triple X, grow Y and create Z") or start it at the subject ("X has been criticized for Y",
"X is expected to win": the proposition is the whole clause). ``options_end`` lists where the span
could end: its full extent, before any right dependent inside it, or after the cue's conjuncts;
``options_start`` where it could start: its own start or the cue's subject. ``BoundaryModel`` scores
each option with a conditional logit over sparse features and keeps the (start, end) reading that would
match the most probability mass at the PolNeAR overlap; it is trained on
PolNeAR's training articles by ``python -m newsfacts.eval.train_cues`` and ships as weights in
``analyse/data/boundary_model.json`` (feature names and numbers only).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import HEAD, IS_PUNCT, POS
from spacy.parts_of_speech import IDS as POS_IDS

from ... import lexicon
from .cues import Candidate, trim

MODEL_PATH = Path(__file__).parent.parent / "data" / "boundary_model.json"
CUT_WORDS = lexicon.words("quotes.cut_words")  # read by no code today
CONTENT_SUBJECT_DEPS = lexicon.words("quotes.content_subject_deps")  # content may start at this subject
MATCH_OVERLAP = 0.5  # overlap/union at which two readings of a content are one (the PolNeAR measure)
MIN_PAIR_MASS = 0.01  # readings less likely than this are not weighed
# A content longer than this (in tokens) is kept as its frame gives it, not reshaped. Every end inside a content is
# an option, so reshaping costs its length: over the nested or chained contents of one giant sentence ("A," he
# said, "B," he said, ... or "X said that Y said that ...") that is quadratic. The longest content PolNeAR's
# articles and the real news reshape has 78 tokens (any candidate's, 96: PolNeAR dev, 200 of train, the 62 real
# pages); a longer one is no sentence the model was trained on.
MAX_RESHAPE_TOKENS = 200


def _matches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= MATCH_OVERLAP * (max(a[1], b[1]) - min(a[0], b[0]))


@dataclass(frozen=True)
class Option:
    at: int  # token index: the last token kept (an end) or the first (a start)
    features: tuple[str, ...]


def _bucket(n: int, edges: tuple[int, ...] = (1, 2, 4, 8, 16, 32)) -> int:
    return sum(n >= e for e in edges)


def _depth(heads: list[int], i: int, root: int, limit: int = 3) -> int:
    """How many steps from token i up to ``root`` (at most ``limit``), by the Doc's heads."""
    d = 0
    while i != root and d < limit and heads[i] != i:
        i, d = heads[i], d + 1
    return d


class _Tokens:
    """What ``options_end`` reads of every token of a Doc, as lists of numbers made once per Doc (reading it token
    by token over every candidate's span made a Token object per look, most of the stage's time); the left
    edges as they are asked for."""

    def __init__(self, doc):
        arr = doc.to_array([HEAD, IS_PUNCT, POS]).reshape(len(doc), 3).astype(numpy.int64)
        self.heads = (arr[:, 0] + numpy.arange(len(doc))).tolist()
        self.punct = arr[:, 1].astype(bool).tolist()
        verb = numpy.isin(arr[:, 2], [POS_IDS["VERB"], POS_IDS["AUX"]])
        self.verbs = verb.tolist()
        self.doc = doc
        self.lefts: dict[int, int] = {}

    def left(self, i: int) -> int:
        left = self.lefts.get(i)
        if left is None:
            left = self.lefts[i] = self.doc[i].left_edge.i
        return left

    @staticmethod
    def of(doc) -> _Tokens:
        tokens = doc.user_data.get("newsfacts_bounds_tokens")
        if tokens is None or tokens.doc is not doc:
            tokens = doc.user_data["newsfacts_bounds_tokens"] = _Tokens(doc)
        return tokens


def _punct_class(tok) -> str:
    t = tok.text
    if t == ",":
        return "comma"
    if t in ("—", "–", "-", "--", "―"):
        return "dash"
    if t in ("(", ")", ";", ":"):
        return t
    if t in ("“", "”", '"', "''", "``"):
        return "quote"
    return "word"


def _last_verb(tokens: _Tokens, first: int, last: int) -> int:
    """The index of the span's last verb (-1 if none): the part cut from ``left`` on is clausal when
    that index is >= left."""
    verbs = tokens.verbs
    return next((i for i in range(last, first - 1, -1) if verbs[i]), -1)


def _kept_before(doc, tokens: _Tokens, first: int, last: int) -> list[int]:
    """For each token index i of the span (at i - first): the last index from ``first`` to i that a cut there
    would end on, leaving out punctuation other than a closing bracket or mark. One pass: walking back from each
    cut instead is quadratic on a long run of commas."""
    out: list[int] = []
    punct = tokens.punct
    for i in range(first, last + 1):
        out.append(out[-1] if out and punct[i] and doc[i].text not in ")”\"'" else i)
    return out


def options_end(cand: Candidate, doc) -> list[Option]:
    """Every place the content could end, with the features of that choice."""
    first, last = cand.first, cand.last
    verb = cand.verb
    base = (f"frame={cand.frame}", f"lemma={verb.lemma_.lower()}")
    n = last - first + 1
    head = doc[first:last + 1].root.i
    tokens = _Tokens.of(doc)
    heads, punct = tokens.heads, tokens.punct
    last_verb = _last_verb(tokens, first, last)
    out = [Option(last, (*base, "full", f"full|{cand.frame}", f"full_len={_bucket(n)}",
                         f"full_last={_punct_class(doc[last])}"))]
    seen = {last}
    kept_before = _kept_before(doc, tokens, first, last)
    for i in range(first + 1, last + 1):
        if punct[i] or heads[i] >= i:
            continue
        left = tokens.left(i)
        if left <= first:
            continue
        end = kept_before[left - 1 - first]  # the cut leaves out the punctuation before it, not a closing mark
        if end in seen or end < first:
            continue
        seen.add(end)
        tok = doc[i]
        kept, cut = end - first + 1, last - end
        word = doc[left].lower_ if doc[left].lower_ in CUT_WORDS else doc[left].pos_
        prev = _punct_class(doc[left - 1])
        depth = _depth(heads, heads[i], head)
        out.append(Option(end, (*base, "cut", f"dep={tok.dep_}", f"pos={tok.pos_}", f"tag={tok.tag_}", f"word={word}",
                                f"prev={prev}", f"prev_dep={prev}|{tok.dep_}", f"depth={depth}",
                                f"depth_dep={depth}|{tok.dep_}", f"frame_dep={cand.frame}|{tok.dep_}",
                                f"kept={_bucket(kept)}", f"cutn={_bucket(cut)}",
                                f"frac={min(4, 5 * kept // max(n, 1))}", f"prev_word={prev}|{word}",
                                f"before_cut={doc[end].pos_}", f"cut_clausal={last_verb >= left}|{tok.dep_}",
                                f"frame_word={cand.frame}|{word}")))
    conjs = [c for c in verb.rights if c.dep_ == "conj" and c.i > last]
    if conjs and cand.frame not in ("paren",):
        end = conjs[-1].right_edge.i
        cc = next((c.lower_ for c in verb.rights if c.dep_ == "cc" and c.i > last), "none")
        out.append(Option(end, (*base, "ext", f"ext|{cand.frame}", f"ext_cc={cc}", f"ext_n={_bucket(end - last)}",
                                f"ext_pos={conjs[0].pos_}", f"ext_tag={conjs[0].tag_}")))
    return out


def options_start(cand: Candidate, doc) -> list[Option]:
    """Where the content could start: where its frame puts it, or at the cue's subject."""
    verb = cand.verb
    base = (f"frame={cand.frame}", f"lemma={verb.lemma_.lower()}")
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    out = [Option(cand.first, (*base, "own", f"own|{cand.frame}", f"own_passive={passive}"))]
    subj = next((c for c in verb.lefts if c.dep_ in CONTENT_SUBJECT_DEPS), None)
    if subj is not None and cand.frame != "paren" and subj.left_edge.i < cand.first:
        kind = "pron" if subj.pos_ == "PRON" else (subj.ent_type_ or subj.pos_)
        agent = any(c.dep_ == "agent" for c in verb.children)
        out.append(Option(subj.left_edge.i, (*base, "subj", f"subj|{cand.frame}", f"subj_passive={passive}",
                                             f"subj_agent={passive}|{agent}", f"subj_frame_passive={cand.frame}|{passive}",
                                             f"subj_dep={subj.dep_}", f"subj_kind={kind}",
                                             f"subj_lemma_passive={verb.lemma_.lower()}|{passive}",
                                             f"subj_tag={verb.tag_}", f"subj_vdep={verb.dep_}")))
    return out


class BoundaryModel:
    """Two conditional logits (a softmax over the options), one for the end and one for the start; `reshape`
    keeps the (start, end) pair that matches the most probability mass."""

    def __init__(self, end: dict[str, float], start: dict[str, float]) -> None:
        self.end = end
        self.start = start

    @staticmethod
    def _probabilities(options: list[Option], weights: dict[str, float]) -> list[float]:
        scores = [sum(weights.get(f, 0.0) for f in o.features) for o in options]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return [e / total for e in exp]

    def reshape(self, cand: Candidate, doc, text: str) -> Candidate:
        """The span most likely to be right by the measure content is judged by: each (start, end) pair is
        worth the probability mass of the pairs it would match (overlap/union >= 0.5), so between a long
        and a short reading it takes the one that covers both when there is one."""
        if cand.first < 0 or cand.last - cand.first + 1 > MAX_RESHAPE_TOKENS:
            return cand
        ends, starts = options_end(cand, doc), options_start(cand, doc)
        pe, ps = self._probabilities(ends, self.end), self._probabilities(starts, self.start)
        pairs = [(ps[i] * pe[j], s.at, e.at) for i, s in enumerate(starts) for j, e in enumerate(ends)
                 if ps[i] * pe[j] >= MIN_PAIR_MASS and s.at <= e.at]
        if not pairs:
            return cand
        spans = [trim(text, doc[first].idx, doc[last].idx + len(doc[last].text)) for _, first, last in pairs]
        best = max(range(len(pairs)), key=lambda k: (
            sum(p for (p, _, _), other in zip(pairs, spans, strict=True) if _matches(spans[k], other)), pairs[k][0]))
        _, first, last = pairs[best]
        if (first, last) == (cand.first, cand.last):
            return cand
        start, end = spans[best]
        return dataclasses.replace(cand, start=start, end=end, first=first, last=last)

    def to_json(self) -> dict[str, Any]:
        return {"end": self.end, "start": self.start}


@functools.cache
def load_model(path: Path = MODEL_PATH) -> BoundaryModel | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    return BoundaryModel(data["end"], data["start"])
