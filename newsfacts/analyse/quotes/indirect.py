"""Indirect quotes: reported speech and belief found from the parse, each with its cue and its speaker.

Every verb is a candidate cue in each frame it stands in (``cues.py``); the content span its frame gives is
reshaped by the boundary model (``bounds.py``), and the cue model keeps the verb's likeliest frame when it is
likely enough. "According to X" and claims held by a noun ("India's claim that ...") are rules. The same words
reported by two cues are kept once, with the surer cue (a denial inside another's report stays its own).
Indirect content that holds a quoted fragment is a mixed quote, and it never cuts a quotation in two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS

from ... import lexicon
from ...records import Speaker
from ..nlp import doc_text
from . import bounds, cues
from .attribution import attribution
from .found import Found, span_of, trim_clause, with_kind
from .marks import quotation_spans, words_in
from .speakers import SPEAKER_ENTITIES, Context, speaker_from

# Cues whose words stay reported even inside another's report ("X denied Y, Z said").
NESTED_CUES = frozenset(lexicon.table("claims.denial_verbs"))  # the lemmas of denying
HEARSAY_ADVERBS = lexicon.words("cues.hearsay_adverbs")  # "X is reportedly spending ...": reported by someone unnamed
HOLDER_NOUNS = lexicon.words("cues.holder_nouns")
RELAY_VERBS = lexicon.words("quotes.relay_verbs")  # an outlet passing on another's words: "carried by", "quoted by"
NOUN_THRESHOLD_SHARE = 0.8  # noun cues are kept from this share of the cue threshold (cross-validation on train)
RESHAPE_FLOOR = 0.6  # of the cue threshold: below it as framed, a candidate is dropped before reshaping
INTO_QUOTATION_WORDS = 2  # words between reported speech and a quotation it goes on into


def indirect_quotes(doc, ctx: Context, taken: Sequence[Found], model: cues.CueModel,
                    shaper: bounds.BoundaryModel | None) -> list[Found]:
    """Reported speech in a document: ``model`` scores each candidate cue, ``shaper`` (when there is one)
    reshapes its content span; ``taken`` are the direct quotes already found."""
    marks = quotation_spans(ctx.text)
    found = []
    for tok in _worth_a_look(doc):
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            found.append(_according_to(tok, ctx))
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in HOLDER_NOUNS and (claim := _claim_noun(tok, ctx)) is not None:
            found.append(claim)
        elif tok.lower_ in HEARSAY_ADVERBS and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX"):
            start, end = trim_clause(ctx.text, *span_of([tok.head.left_edge, tok.head.right_edge]))
            found.append(with_kind(Found(start, end, "indirect", tok.text, None, model.threshold, tok.idx), ctx.text))
        else:
            scored = [(model.probability(c, ctx.text), c) for c in cues.candidates(tok, ctx.text)]
            if shaper is not None:
                scored = [_reshaped(p, c, model, shaper, doc, ctx.text) for p, c in scored
                          if p >= model.threshold * RESHAPE_FLOOR]  # far below the threshold: not worth reshaping
            share = NOUN_THRESHOLD_SHARE if tok.pos_ == "NOUN" else 1.0
            kept = [(p, c) for p, c in scored if p >= model.threshold * share]
            if kept:
                p, best = max(kept, key=lambda pc: pc[0])
                speaker = attribution(tok, ctx) if tok.pos_ != "NOUN" else _holder(tok, ctx)
                if speaker is None and tok.pos_ == "NOUN":
                    continue  # a view held by nobody the sentence names is no report
                f = with_kind(Found(best.start, best.end, "indirect", best.cue, speaker), ctx.text)
                f.score, f.cue_at, f.keeps = p, tok.idx, tok.lemma_.lower() in NESTED_CUES
                found.append(f)
    out: list[Found] = []
    for f in sorted((f for f in found if f), key=lambda f: -f.score):
        # one report of the same words, the surest; but "X denied Y, Z said" reports both X's and Z's words
        rivals = [o for o in out if not (f.keeps and o.start <= f.cue_at < o.end)]
        if not _covered(f, taken) and not _covered(f, rivals):
            out.append(with_kind(_into_quotation(_whole_quotations(f, marks), marks, doc, taken), ctx.text))
    return sorted(out, key=lambda f: f.start)


CUE_POS = frozenset({"VERB", "AUX", "NOUN"})  # the only parts of speech ``cues.candidates`` gives frames for


def _worth_a_look(doc):
    """The tokens that may be cues, in order: verbs and nouns, "according" and the hearsay adverbs (any other
    token would give no candidate: looking at each costs a tenth of the stage)."""
    pos = {POS_IDS[p] for p in CUE_POS}
    words = {doc.vocab.strings[w] for w in ("according", *HEARSAY_ADVERBS)}
    for i, (p, w) in enumerate(doc.to_array([POS, LOWER]).tolist()):
        if p in pos or w in words:
            yield doc[i]


def _reshaped(p: float, cand: cues.Candidate, model: cues.CueModel, shaper: bounds.BoundaryModel, doc,
              text: str) -> tuple[float, cues.Candidate]:
    """A candidate with the bounds the boundary model gives it, scored again only when they moved."""
    reshaped = shaper.reshape(cand, doc, text)
    return (p, cand) if reshaped is cand else (model.probability(reshaped, text), reshaped)


def _holder(noun, ctx: Context) -> Speaker | None:
    """Whose view a noun cue reports: its possessor ("Trump's criticism of ..."), else nobody named."""
    holder = next((c for c in noun.children if c.dep_ == "poss"), None) or _named_by(noun) or next(
        (c for c in noun.children if c.dep_ == "compound" and c.i < noun.i
         and c.ent_type_ in SPEAKER_ENTITIES), None)  # "a Times report that", "GOP criticism of"
    if holder is not None:
        return speaker_from(holder, ctx)
    head = noun.head  # "Trump renewed his criticism of ...", "X voiced concerns about ...", "X, in a swipe at ..."
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if noun.dep_ in ("dobj", "attr", "pobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return attribution(head, ctx)
    return None


def _whole_quotations(f: Found, marks: list[tuple[int, int]]) -> Found:
    """Content never cuts a quotation: one it opens runs to its closing mark."""
    for start, end in marks:
        if f.start <= start < f.end < end:
            f.end = end
        elif start < f.start < end <= f.end:
            f.start = start
        elif start < f.start and f.end < end and not start <= f.cue_at < end:
            f.start, f.end = start, end  # Trump declared “I think NATO may be obsolete. ...”: the cue reports the quotation
    return f


def _into_quotation(f: Found, marks: list[tuple[int, int]], doc, taken: Sequence[Found]) -> Found:
    """Reported speech goes on into a quotation a few words after it in its sentence, when nothing else
    reports that quotation: that it would be better, she argued, “because ...” -- one mixed quote."""
    text = doc_text(doc)
    for start, end in marks:
        if start < f.end:
            continue
        gap = text[f.end:start]
        between = doc.char_span(f.end, start, alignment_mode="contract")
        if words_in(gap) > INTO_QUOTATION_WORDS or re.search(r"[.!?;:\n]", gap) \
                or any(t.start < end and start < t.end for t in taken) \
                or (between is not None and any(t.pos_ in ("VERB", "AUX") for t in between)):
            break  # "... to the stage, singing “...”": the quotation is what another verb reports
        f.end = end
        break
    return f


GOES_ON_RE = re.compile(r"[\s,]*(?:and|but|while|yet)\b", re.I)  # "..., according to X, and Y": the source vouches for both
# "according to" vouches for the sentence, or the relative clause it sits in
CLAUSE_DEPS = lexicon.words("quotes.according_clause_deps")
HELD_RECORDS = lexicon.words("quotes.held_records")


def _according_to(tok, ctx: Context) -> Found | None:
    to = next(c for c in tok.children if c.lower_ == "to")
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    head = tok.head
    while head.dep_ not in CLAUSE_DEPS and head.head != head:  # the clause the source vouches for
        head = head.head
    sent = tok.sent
    phrase_start, phrase_end = span_of([tok.left_edge, tok.right_edge])
    if head == tok or head.dep_ == "ROOT":  # a whole sentence: "X, and Y, according to Z."
        clause_start, clause_end = sent.start_char, sent.end_char
    else:
        clause_start, clause_end = span_of([head.left_edge, head.right_edge])
    before = [t for t in sent if clause_start <= t.idx < phrase_start]
    if phrase_start <= clause_start:
        start, end = phrase_end, clause_end
    elif phrase_start >= clause_end - 2 or not re.search(r"\w", ctx.text[phrase_end:clause_end]) \
            or (any(t.pos_ in ("VERB", "AUX") for t in before) and not GOES_ON_RE.match(ctx.text, phrase_end)):
        start, end = clause_start, phrase_start  # "X did Y, according to Z[, which ...]": what comes before
    else:
        start, end = clause_start, clause_end  # "Other cleavages, according to the poll, include ..."
    start, end = trim_clause(ctx.text, start, end)
    if end - start < 10:
        return None
    return with_kind(Found(start, end, "indirect", "according to", speaker_from(author_of(pobj), ctx)), ctx.text)


def _named_by(noun):
    """The name a noun says it comes from: "a tally by the Associated Press", "criticism from Republicans"."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                 for g in c.children if g.dep_ == "pobj"
                 and (g.pos_ == "PROPN" or g.ent_type_ in SPEAKER_ENTITIES)), None)


def _issued_by(noun):
    """The name a participle after the noun says made it: "a report released by the NDMA", "figures issued by
    UNHCR", "data compiled by the ministry" (the agent of the noun's participle clause); an outlet that only
    carried or quoted it did not make it."""
    return next((g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i
                 and c.lemma_.lower() not in RELAY_VERBS  # "a ministry statement carried by the news agency": relayed
                 for a in c.children if a.dep_ == "agent"
                 for g in a.children if g.dep_ == "pobj"
                 and (g.pos_ == "PROPN" or g.ent_type_ in SPEAKER_ENTITIES)), None)


def author_of(noun):
    """Who made the thing a quote is according to: "a speech Mrs. Clinton delivered" -> Mrs. Clinton; "a tally by
    the Associated Press" -> the Associated Press; "the agency's data" -> the agency."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return noun
    maker = _named_by(noun) or _issued_by(noun)
    if maker is not None:
        return maker
    holder = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
        (c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.ent_type_ in SPEAKER_ENTITIES), None)
    if holder is not None and holder.pos_ in ("PROPN", "NOUN", "PRON") and noun.lemma_.lower() in HELD_RECORDS:
        # "according to the agency's data", "the NCDC's latest situation report", "UN figures": whose they are
        return holder
    for clause in noun.children:
        if clause.dep_ == "relcl":
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN") and subj.i > noun.i:
                return subj
    return noun


def _claim_noun(noun, ctx: Context) -> Found | None:
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if clause is None or holder is None:
        return None
    start, end = trim_clause(ctx.text, *span_of([clause.left_edge, clause.right_edge]))
    return with_kind(Found(start, end, "indirect", noun.text, speaker_from(holder, ctx)), ctx.text)


def _covered(f: Found, taken: Sequence[Found]) -> bool:
    """Indirect content that is really a direct quote already found (the quote is the verb's complement)."""
    for t in taken:
        inter = min(f.end, t.end) - max(f.start, t.start)
        if inter > 0.5 * (f.end - f.start):
            return True
    return False
