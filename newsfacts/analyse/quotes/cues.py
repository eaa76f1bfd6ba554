"""Cue candidates and the learned model that says which of them report speech or belief.

Every verb is a candidate cue in each *frame* it appears in: with a clausal complement ("said that
..."), an open complement ("plans to ..."), a prepositional object ("talked about ..."), a direct
object ("endorsed Clinton for president") or as a parenthetical ("A, he said, B"). Each frame gives the
content span it would report. ``CueModel`` is a logistic regression over sparse features of a
candidate (lemma, frame, subject, tense, what the content looks like), trained on PolNeAR's training
articles by ``python -m newsfacts.eval.train_cues``; it ships as weights in ``analyse/data/cue_model.json``
(feature names and numbers only: no text of the corpus). Inference is a sum of weights: no extra library.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import ENT_TYPE, POS
from spacy.symbols import AUX, VERB

from ... import lexicon

MODEL_PATH = Path(__file__).parent.parent / "data" / "cue_model.json"
PREP_FRAMES = lexicon.words("quotes.prep_frames")
NOUN_PREP_FRAMES = lexicon.words("quotes.noun_prep_frames")
OBJECT_TAIL_DEPS = lexicon.words("quotes.object_tail_deps")
TRIM_CHARS = " ,;.:—–-\n"
QUOTE_MARKS = "“”\"'"
SAYING = lexicon.words("cues.saying_verbs")
SHELTER_OBJECTS = lexicon.words("quotes.shelter_objects")  # "sought refuge in ...": the object is no report
CONTENT_FIRST_WORDS = lexicon.words("quotes.content_first_words")  # first words of content the model tells apart


@dataclass(frozen=True)
class Candidate:
    verb: Any  # the spaCy token of the cue
    frame: str
    cue: str
    start: int
    end: int
    first: int = -1  # token indices of the span the frame gives, before any reshaping
    last: int = -1


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    return start, end


def _edges(first, last) -> tuple[int, int]:
    return first.idx, last.idx + len(last.text)


def _cand(verb, frame: str, cue: str, text: str, first, last) -> Candidate:
    return Candidate(verb, frame, cue, *trim(text, *_edges(first, last)), first.i, last.i)


def candidates(verb, text: str) -> list[Candidate]:
    """Every frame a verb stands in, with the content span that frame would report."""
    if verb.pos_ == "NOUN":
        return noun_candidates(verb, text)
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    out: list[Candidate] = []
    children = list(verb.children)
    word = verb.text
    for c in children:
        if c.dep_ in ("ccomp", "xcomp"):
            out.append(_cand(verb, c.dep_, word, text, c.left_edge, c.right_edge))
        elif c.dep_ == "prep" and c.lower_ in PREP_FRAMES and c.i > verb.i:
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                out.append(_cand(verb, f"prep:{c.lower_}", f"{word} {c.text}", text, pobj.left_edge, pobj.right_edge))
        elif c.dep_ == "dobj" and c.i > verb.i and not _shelter_sought(verb, c):
            tail = [d for d in children if d.i >= c.i and d.dep_ in OBJECT_TAIL_DEPS]
            last = max(tail, key=lambda d: d.right_edge.i).right_edge if tail else c.right_edge
            out.append(_cand(verb, "dobj", word, text, c.left_edge, last))
        elif c.dep_ == "oprd" and c.i > verb.i and not any(d.dep_ in ("dobj", "oprd") and verb.i < d.i < c.i for d in children) \
                and not any(d.dep_ == "dobj" for d in children):  # "called Trump a “liar”" parsed as two predicates
            tail = [d for d in children if d.i >= c.i and d.dep_ in OBJECT_TAIL_DEPS | {"oprd"}]
            out.append(_cand(verb, "oprd", word, text, c.left_edge, max(tail, key=lambda d: d.right_edge.i).right_edge))
        elif c.dep_ == "acomp" and c.pos_ == "ADJ":  # "was sure that ...", "were willing to ...", "is critical of ..."
            out += [_cand(verb, f"acomp:{g.dep_}", f"{word} {c.text}", text, g.left_edge, g.right_edge)
                    for g in c.children if g.dep_ in ("ccomp", "xcomp") and g.i > c.i]
            out += [_cand(verb, "acomp:prep", f"{word} {c.text} {g.text}", text, o.left_edge, o.right_edge)
                    for g in c.children if g.dep_ == "prep" and g.lower_ in PREP_FRAMES and g.i > c.i
                    for o in g.children if o.dep_ in ("pobj", "pcomp")][:1]
        elif c.dep_ == "advcl" and c.i > verb.i and _clause_for(c):  # "called for the president to resign"
            out.append(_cand(verb, "advcl", word, text, c.left_edge, c.right_edge))
        elif c.dep_ == "advcl" and c.i > verb.i and any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in c.children):
            out.append(_cand(verb, "advcl:if", word, text, c.left_edge, c.right_edge))  # "Asked if he was ever bullied"
        elif c.dep_ == "dobj" and c.i < verb.i and c.tag_ in ("WDT", "WP"):  # "which Clinton also supports"
            tail = [d for d in children if d.i > verb.i and d.dep_ in ("oprd", "xcomp", "acomp")]
            if tail:  # "what he called “a cartel”": the words named, with the clause that names them
                out.append(_cand(verb, "relative:named", word, text, c, max(tail, key=lambda d: d.right_edge.i).right_edge))
            else:
                out.append(_cand(verb, "relative", word, text, c, c))
        elif c.dep_ == "nsubjpass" and c.i < verb.i:  # "the bill was supported by ..."
            out.append(_cand(verb, "passive", word, text, c.left_edge, c.right_edge))
    if not any(c.frame == "ccomp" for c in out) and verb.dep_ in ("parataxis", "advcl") and _set_off(verb):
        sent = verb.sent
        out.append(_cand(verb, "paren", word, text, sent[0], sent[-1]))
    head = verb.head
    if verb.dep_ == "advcl" and head.i != verb.i and _as_clause(verb) and not any(c.frame == "paren" for c in out):
        out.append(_cand(verb, "as", word, text, *_beside(verb, head)))  # "As Politico reported, X", "X, as she noted"
    if verb.dep_ in ("acl", "relcl") and head.i < verb.left_edge.i and head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ == "dobj" for c in children):  # "the laws he proposed"
        out.append(_cand(verb, "modified", word, text, head.left_edge, verb.doc[verb.left_edge.i - 1]))
    return [c for c in out if c.end - c.start >= 2]


def _shelter_sought(verb, obj) -> bool:
    """ "Sought refuge in Chad", "seeking shelter", "sought asylum": a verb other than one of saying whose
    object is a place of safety reports no words, whatever else the verb reports elsewhere."""
    return obj.lemma_.lower() in SHELTER_OBJECTS and verb.lemma_.lower() not in SAYING


def noun_candidates(noun, text: str) -> list[Candidate]:
    """A noun that reports or holds a view, in the frames it takes: "criticism of X", "concerns about X",
    "a call for X", "the hope that X", "an effort to X". The model says which nouns do."""
    out: list[Candidate] = []
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ == "prep" and c.lower_ in NOUN_PREP_FRAMES:
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                out.append(_cand(noun, f"noun:{c.lower_}", f"{noun.text} {c.text}", text, pobj.left_edge, pobj.right_edge))
        elif c.dep_ in ("acl", "ccomp") and any(g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to") for g in c.children):
            out.append(_cand(noun, "noun:clause", noun.text, text, c.left_edge, c.right_edge))
    return [c for c in out if c.end - c.start >= 2]


def _as_clause(verb) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _beside(verb, head):
    """The clause an "as X reported" clause vouches for: the head's subtree on the other side of it."""
    doc = verb.doc
    if verb.right_edge.i < head.i:
        first, last = verb.right_edge.i + 1, head.right_edge.i
    else:
        first, last = head.left_edge.i, verb.left_edge.i - 1
    while first < last and doc[first].is_punct:
        first += 1
    while last > first and doc[last].is_punct:
        last -= 1
    return doc[first], doc[last]


def _clause_for(clause) -> bool:
    """An adverbial clause the parser hung on the cue that is its content: "pushing for X to Y", "called for
    X to resign" (an infinitive with its own subject, opened by "for")."""
    return clause.left_edge.lower_ == "for" or (
        any(g.dep_ == "nsubj" for g in clause.children) and any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children))


def _set_off(verb) -> bool:
    """The verb's phrase is set off by commas: "A, he said", "A, Mr. X often says, B", "To do A, X said, B"."""
    if _after_comma(verb):
        return True
    j = verb.right_edge.i
    return verb.dep_ == "parataxis" and (verb.doc[j].text == "," or (j + 1 < len(verb.doc) and verb.doc[j + 1].text == ","))


def _after_comma(verb) -> bool:
    """The verb's phrase is set off by a comma before it: "A, he said", "A, Mr. X often says, B"."""
    i = verb.left_edge.i
    return verb.doc[i].text == "," or (i > verb.sent.start and verb.doc[i - 1].text == ",")


def _subject_kind(verb) -> str:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.pos_ == "PRON":
                return "pron:" + c.lower_
            return "ent:" + (c.ent_type_ or ("propn" if c.pos_ == "PROPN" else "noun"))
    return "none:" + verb.dep_


def features(cand: Candidate, text: str) -> list[str]:
    """Sparse features of a candidate: what kind of verb, in which frame, said by whom, about what."""
    v = _verb_facts(cand.verb, text)
    lemma, subj, frame = v.lemma, v.subj, cand.frame
    words, first, quoted = _content_words(cand, text)
    before = cand.start < cand.verb.idx
    return [f"in_quote={v.inside}", f"under_saying={v.governed}|{frame}", f"title={v.title}", f"lead={v.lead}",
        f"lemma={lemma}", f"frame={frame}", f"lf={lemma}|{frame}",
        f"dep={v.dep}", f"tag={v.tag}", f"subj={subj}", f"subj_frame={v.subj_kind}|{frame}",
        f"lemma_subj={lemma}|{v.subj_kind}", f"len={min(words, 40) // 5}", f"frame_len={frame}|{min(words, 40) // 5}",
        f"first={first}",
        f"quote={quoted}", f"before={before}", f"neg={v.neg}",
        f"lf_before={lemma}|{frame}|{before}", *_more(cand, v),
    ]


@dataclass(frozen=True)
class _VerbFacts:
    """What the features of a cue's candidates take from the cue alone: worked out once per cue, not once per
    frame it stands in."""

    lemma: str
    subj: str
    subj_kind: str
    neg: bool
    dep: str
    tag: str
    slemma: str
    gov: str
    modal: str
    question: bool
    inside: bool
    governed: bool
    title: bool
    lead: bool


def _verb_facts(v, text: str) -> _VerbFacts:
    cache = v.doc.user_data.setdefault("newsfacts_cue_verbs", {})
    facts = cache.get(v.i)
    if facts is None:
        subj = _subject_kind(v)
        subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        aux = sorted({c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"}) or ["none"]
        index = _text_index(v.doc, text)
        para, end = index.line_of(v.idx)
        facts = cache[v.i] = _VerbFacts(
            lemma=v.lemma_.lower(), subj=subj, subj_kind=subj.split(":")[0],
            neg=any(c.dep_ == "neg" for c in v.children), dep=v.dep_, tag=v.tag_,
            slemma=subject.lemma_.lower() if subject is not None and subject.pos_ == "NOUN" else "x",
            gov=v.head.lemma_.lower() if v.dep_ in ("xcomp", "ccomp", "advcl", "conj") and v.head != v else "x",
            modal=aux[0], question=_index(v.doc)["question"][v.i],
            inside=index.count("“", para, v.idx) > index.count("”", para, v.idx) or index.count('"', para, v.idx) % 2 == 1,
            governed=any(a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in SAYING for a in v.ancestors),
            title=index.title_line(para, end), lead=para == 0)
    return facts


FIRST_WORD_CHARS = max(map(len, CONTENT_FIRST_WORDS), default=0)  # a longer first word is none of them
WORD_RE = re.compile(r"\S+")  # a word as str.split() finds it


@dataclass(frozen=True)
class TextIndex:
    """Where a text's words, quotation marks and line breaks are, made once per text: a candidate's content and
    line are then a few bisections, not a pass over them (each content is a pass over what it spans, and the
    contents of one giant sentence nest or chain: quadratic)."""

    text: str
    word_starts: list[int]
    word_ends: list[int]
    marks: dict[str, list[int]]  # where each quotation mark is
    newlines: list[int]
    title_lines: dict[int, bool] = field(default_factory=dict)  # by where a line starts: it ends with no stop

    @classmethod
    def of(cls, text: str) -> TextIndex:
        words = [m.span() for m in WORD_RE.finditer(text)]
        marks: dict[str, list[int]] = {m: [] for m in QUOTE_MARKS}
        newlines = []
        for m in re.finditer("[\n" + QUOTE_MARKS + "]", text):
            (newlines if m.group() == "\n" else marks[m.group()]).append(m.start())
        return cls(text, [s for s, _ in words], [e for _, e in words], marks, newlines)

    def count(self, mark: str, start: int, end: int) -> int:
        at = self.marks[mark]
        return bisect.bisect_left(at, end) - bisect.bisect_left(at, start)

    def line_of(self, i: int) -> tuple[int, int]:
        """The line around character i: where it starts, and where it ends (-1 at the end of the text)."""
        k = bisect.bisect_left(self.newlines, i)
        return (self.newlines[k - 1] + 1 if k else 0), (self.newlines[k] if k < len(self.newlines) else -1)

    def title_line(self, start: int, end: int) -> bool:
        """The line ends with no stop, mark or bracket: a title, not a sentence."""
        if start not in self.title_lines:
            j = len(self.text) if end < 0 else end
            while j > start and self.text[j - 1].isspace():
                j -= 1
            self.title_lines[start] = not (j > start and self.text[j - 1] in ".?!”\"':)")
        return self.title_lines[start]


def _text_index(doc, text: str) -> TextIndex:
    index = doc.user_data.get("newsfacts_text_index")
    if index is None or (index.text is not text and index.text != text):
        index = doc.user_data["newsfacts_text_index"] = TextIndex.of(text)
    return index


def _content_words(cand: Candidate, text: str) -> tuple[int, str, bool]:
    """How many words a candidate's content has, its first word (lower case) where it is one of
    ``CONTENT_FIRST_WORDS`` ("other" where not), and whether it holds a quotation mark: as ``content.split()``
    and ``m in content`` say, from the text's index."""
    index = _text_index(cand.verb.doc, text)
    start, end = cand.start, cand.end
    k = bisect.bisect_right(index.word_ends, start)  # the first word that ends inside the content
    words = bisect.bisect_left(index.word_starts, end) - k if start < end else 0
    first = ""
    if words:
        a, b = max(index.word_starts[k], start), min(index.word_ends[k], end)
        first = text[a:b].lower() if b - a <= FIRST_WORD_CHARS else "other"  # lower() never shortens a word
    quoted = any(index.count(m, start, end) for m in QUOTE_MARKS)
    return words, first if first in CONTENT_FIRST_WORDS else "other", quoted


def _more(cand: Candidate, v: _VerbFacts) -> list[str]:
    verb = cand.verb
    counts = _index(verb.doc)["counts"]
    first, last = (cand.first, cand.last) if cand.first >= 0 else (verb.i, verb.i)
    has_verb = counts["VERB"][last + 1] > counts["VERB"][first]
    ents = [e for e in CONTENT_ENTITIES if counts[e][last + 1] > counts[e][first]] or ["none"]
    adjective = [f"adj={cand.cue.split()[1].lower()}|{cand.frame}"] if cand.frame.startswith("acomp") else []
    return [*adjective, f"subj_lemma={v.slemma}", f"gov={v.gov}", f"gov_frame={v.gov}|{cand.frame}", f"modal={v.modal}",
            f"content_verb={has_verb}|{cand.frame}", *(f"content_ent={e}" for e in ents), f"question={v.question}"]


CONTENT_ENTITIES = lexicon.terms("quotes.name_entities")


def _index(doc) -> dict[str, Any]:
    """Per document, once: running counts of verbs and entity tokens (so a span's are two lookups) and
    whether each token's sentence is a question."""
    index = doc.user_data.get("newsfacts_cue_index")
    if index is None:
        arr = doc.to_array([POS, ENT_TYPE]).reshape(len(doc), 2)  # read from the arrays, not token by token
        hits = {"VERB": np.isin(arr[:, 0], (VERB, AUX)),
                **{k: arr[:, 1] == doc.vocab.strings[k] for k in CONTENT_ENTITIES}}
        counts = {k: [0, *np.cumsum(h, dtype=np.int64).tolist()] for k, h in hits.items()}
        question = [False] * len(doc)
        for sent in doc.sents:
            q = sent[-1].text == "?"
            for i in range(sent.start, sent.end):
                question[i] = q
        index = doc.user_data["newsfacts_cue_index"] = {"counts": counts, "question": question}
    return index


class CueModel:
    """A logistic regression over candidate features, with the threshold chosen on dev and checked by
    cross-validation on train (``train_cues --folds 2 --threshold T``: all F1 0.7084 at 0.25, 0.7083 at 0.27,
    0.7077 at 0.29; 0.27 keeps speaker accuracy a little higher)."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold

    def probability(self, cand: Candidate, text: str) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(cand, text))
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "bias": self.bias, "weights": self.weights}


@functools.cache
def load_model(path: Path = MODEL_PATH) -> CueModel:
    data = json.loads(path.read_text())
    return CueModel(data["weights"], data["bias"], data["threshold"])
