"""Who a quote is attributed to: its cue verb and the verb's subject.

A direct quote's cue is the quoting verb nearest it in the sentences it touches (``cue_around``), else a short
attribution sentence right after it (``cue_after``), else the sentence before it (``cue_before``), else the
clause a colon or comma ends (``colon_intro``). Quotes with no cue verb may still be signed: a digest's
"Headline - Jane Doe:" (``dash_label``), "According to X, “...”", "Said Ellis: “...”", "“...” ― Maria Lopez".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ... import lexicon
from ...records import Speaker
from ..nlp import doc_text
from .found import sentence_index, sentences_of
from .labelled import MAX_LABEL_WORDS
from .marks import CLOSE_MARKS
from .speakers import Context, agent_of, governing_verb, speaker_from, subject_of

CUE_VERBS = lexicon.words("cues.reporting_verbs")
# Verbs that introduce a verbatim quote, beyond the cues of reported speech.
QUOTING_VERBS = CUE_VERBS | lexicon.words("cues.quoting_verbs_more")
# Verbs that quote with a particle or object word: "shot back", "went on", "as X put it".
PARTICLE_QUOTING = tuple((particle, frozenset(verbs.split()))
                         for particle, verbs in lexicon.table("cues.particle_quoting").items())
SPEAKER_DEPS = lexicon.words("quotes.speaker_deps")
DASH_ATTRIBUTION_RE = re.compile(r"\s*[―—–-]{1,2}\s*(?=[A-Z])")
MAX_BRACKETED = 6  # tokens of a bracketed acronym or party between a speaker's name and the cue
MAX_ATTRIBUTION_TOKENS = 8  # "Andrabi stated." after a quote
MAX_ATTRIBUTION_SENTENCE = 40  # "X, the ..., said on Monday." after a quote, when it reports nothing itself
REPORTING_DEPS = lexicon.words("quotes.reporting_deps")


def is_cue(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_VERBS


def is_quoting_verb(token) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    return lemma in QUOTING_VERBS or any(  # "Trump shot back", "he went on", "as X put it," (not "putting it into")
        c.lower_ == word and (word != "it" or token.right_edge.i == c.i)
        for word, verbs in PARTICLE_QUOTING if lemma in verbs for c in token.children)


def cue_text(token) -> str:
    parts = [token] + [c for c in token.children if c.dep_ == "prt" or (c.lower_ == "back" and c.i == token.i + 1)]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def _inverted_subject(verb):
    """ “...,” opined the local paper: the parser took the speaker after the cue for its object."""
    if verb.i == 0 or verb.doc[verb.i - 1].text not in ("”", '"', "''", ","):
        return None
    return next((c for c in verb.rights if c.dep_ in ("dobj", "attr", "dep") and c.pos_ in ("NOUN", "PROPN")), None)


def attribution(verb, ctx: Context) -> Speaker | None:
    subj = subject_of(verb)
    if subj is not None and subj.dep_ == "nsubjpass":
        # "a total of 15,577 suspected cases were reported": what was reported (a count, or what the parse left no
        # noun), no one who reported it, where no agent names one
        subj = agent_of(verb) or (None if subj.pos_ not in ("PROPN", "PRON", "NOUN") or any(
            t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in subj.subtree) else subj)
    if subj is None:
        subj = word_before(verb) or _inverted_subject(verb)
    return speaker_from(subj, ctx) if subj is not None else None


def word_before(verb):
    """A subject the parser hung elsewhere: the noun right before a finite cue ("Ryan's office announced")."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ == "ADV":
        i -= 1
    comma = i > verb.sent.start and verb.doc[i].text == ","  # "Trump, the party's nominee, said"
    i -= comma
    edge = i
    if i > verb.sent.start and verb.doc[i].text == ")":  # "the International Organization for Migration (IOM) said"
        opening = next((j for j in range(i - 1, max(verb.sent.start, i - MAX_BRACKETED) - 1, -1)
                        if verb.doc[j].text == "("), None)
        i = opening - 1 if opening is not None else i
    if i < verb.sent.start:
        return None
    tok = verb.doc[i]
    if not (tok.pos_ in ("NOUN", "PROPN") or (tok.is_title and tok.pos_ == "AUX")):
        return None
    best = tok  # climb to the noun phrase that ends here: "a young man who had worked in Paris" asked
    while tok.head != tok and tok.head.right_edge.i in (i, edge) and tok.dep_ != "appos" and not _joined_by_comma(tok):
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN"):
            best = tok
    if comma:  # only an apposition closes with a comma before its verb
        return best.head if best.dep_ == "appos" and best.head.pos_ in ("NOUN", "PROPN") else None
    return best


def _joined_by_comma(tok) -> bool:
    """A conjunct with only a comma before it, no "and"/"or": a new phrase the parse joined to the one before
    ("Across the border in Mozambique, the National Institute ... said"), not a coordinated subject."""
    return tok.dep_ == "conj" and not any(c.dep_ == "cc" and c.i < tok.i for c in tok.head.children) \
        and tok.doc[tok.left_edge.i - 1].text == ","


def speaker_outside(verb, parts: list[tuple[int, int]], ctx: Context) -> Speaker | None:
    """The noun phrase next to the cue and outside the quote: “..., Full panic mode,” said Leslie Wimes."""
    near = [t for t in verb.children if not any(s <= t.idx < e for s, e in parts) and t.pos_ in ("PROPN", "NOUN", "PRON")
            and t.dep_ in SPEAKER_DEPS and t.ent_type_ not in ("DATE", "TIME")]
    if not near:
        return None
    return speaker_from(min(near, key=lambda t: (t.dep_ not in ("nsubj", "nsubjpass"), abs(t.i - verb.i))), ctx)


def cue_around(doc, start: int, end: int):
    """The cue verb nearest the quote, outside it, in the sentences the quote touches."""
    best = None
    for sent in sentences_of(doc, start, end):
        for tok in sent:
            if (tok.idx < start or tok.idx >= end) and is_quoting_verb(tok) \
                    and (subject_of(tok) is not None or _inverted_subject(tok) is not None) \
                    and not _reports_other_words(tok, start, end):
                dist = start - tok.idx if tok.idx < start else tok.idx - end
                if best is None or dist < best[0]:
                    best = (dist, tok)
    return best[1] if best else None


def _reports_other_words(verb, start: int, end: int) -> bool:
    """The verb reports words of its own, outside the quote: "said X, who noted that ... . ''B.''" -- "noted"
    has its clause and does not attribute the quotation after it."""
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:  # "who has not read the work but knows its gist"
        clause = clause.head
    if not (clause.dep_ in ("relcl", "acl") or (clause.dep_ == "advcl" and clause.tag_ == "VBG")):
        return False
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "dobj", "prep", "advcl") and c.i > verb.i:
            first, last = c.left_edge, c.right_edge
            if last.idx + len(last.text) <= start or first.idx >= end:
                return True
    return False


DASH_LABEL_RE = re.compile(r"\s[-–—]{1,2}\s+(?:More from\s+)?(?P<name>[A-Z][^:\n–—]{1,60}?):\s*$")


def dash_label(doc, ctx: Context, start: int) -> Speaker | None:
    """A digest's item: a headline, a dash, and who is quoted, with a colon: "POLLS WERE NOT WRONG - Jane Doe: “...”".
    The name must be a name (a person or a body), not a phrase the parse makes the colon's subject."""
    para = ctx.text.rfind("\n", 0, start) + 1
    m = DASH_LABEL_RE.search(ctx.text, para, start)
    if m is None:
        return None
    span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
    if span is None or len(span) > MAX_LABEL_WORDS or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    if not any(e.label_ in ("PERSON", "ORG") for e in span.ents) and not all(t.pos_ == "PROPN" for t in span):
        return None
    speaker = speaker_from(span.root, ctx)  # the mention is the label: the parse may hang the headline on it
    return replace(speaker, mention=span.text, start=span.start_char, end=span.end_char)


def dash_signature(doc, ctx: Context, end: int) -> tuple[Speaker, str] | None:
    """A quote signed after a dash: “...” ― Maria Lopez, 34"""
    m = DASH_ATTRIBUTION_RE.match(ctx.text, end)
    if m is None:
        return None
    span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    if span is None:
        return None
    return speaker_from(span.root if span.root.dep_ != "compound" else span.root.head, ctx), m.group().strip()


def according_intro(doc, ctx: Context, start: int) -> Speaker | None:
    """A quote introduced by "according to": According to the mayor, “...”"""
    before = ctx.text[:start].rstrip()
    if not before.endswith((":", ",")) or "\n" in ctx.text[len(before):start]:
        return None
    mark = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if mark is None:
        return None
    sent = mark[0].sent
    according = next((t for t in sent if t.lower_ == "according" and t.i < mark[0].i), None)
    to = next((c for c in according.children if c.lower_ == "to"), None) if according is not None else None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None or pobj.right_edge.i + 1 != mark[0].i:
        return None
    return speaker_from(pobj, ctx)


INVERTED_INTRO_RE = re.compile(r"(?:^|(?<=[.!?”\"]\s))(" + "|".join(lexicon.terms("cues.inverted_intro_verbs"))
                               + r")\s+([^:,.\n]{2,80})[:,]\s*$", re.M)


def said_intro(doc, ctx: Context, start: int) -> tuple[Speaker, str] | None:
    """An inverted introduction the parser reads as a name: Said Ellis: “...”"""
    para_start = ctx.text.rfind("\n", 0, start) + 1
    if not ctx.text[para_start:start].strip():  # "Stated Stone:" as a paragraph of its own before the quote
        para_start = ctx.text.rfind("\n", 0, len(ctx.text[:para_start].rstrip())) + 1
    m = INVERTED_INTRO_RE.search(ctx.text, para_start, start)
    if m is None:
        return None
    span = doc.char_span(m.start(2), m.end(2), alignment_mode="contract")
    if span is None or span.root.pos_ not in ("PROPN", "NOUN"):
        return None
    speaker = speaker_from(span.root, ctx)
    if speaker.start is not None and speaker.end is not None and speaker.start < m.start(2):  # the parse took "Said" in
        speaker = replace(speaker, mention=ctx.text[m.start(2):speaker.end], start=m.start(2))
    return speaker, m.group(1)


def colon_intro(doc, text: str, start: int):
    """The clause a colon or comma ends introduces the quote after it: Rubio fired back: “...”;
    Sanders shot back, “...”"""
    before = text[:start].rstrip()
    if not before.endswith((":", ",")) or "\n" in text[len(before):start]:
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    head = colon[0].head
    if head.pos_ in ("NOUN", "PROPN") and text[len(before) - 1] == ":":
        head = governing_verb(head) or head  # X is rolling out a new message: “...”
    if head.pos_ in ("VERB", "AUX") and head.i < colon[0].i and (subject_of(head) or word_before(head)) is not None:
        return head
    return None


def cue_after(doc, end: int):
    """A short attribution sentence right after the quote: "Andrabi stated." """
    sents, _, starts, _ = sentence_index(doc)  # the first sentence from the quote's end on
    k = bisect.bisect_left(starts, end)
    if k == len(sents):
        return None
    sent = sents[k]
    if sent.start_char - end > 3:
        return None
    if len(sent) <= MAX_ATTRIBUTION_TOKENS:
        return next((t for t in sent if is_quoting_verb(t) and subject_of(t) is not None), None)
    # a longer sentence that only attributes: "Scott's niece, state Del. Price (D), shouted to the crowd."
    root, subj = sent.root, subject_of(sent.root)
    if not (is_quoting_verb(root) and subj is not None and subj.i < root.i):
        return None
    if len(sent) <= MAX_ATTRIBUTION_SENTENCE and not any(c.dep_ in REPORTING_DEPS for c in root.children):
        return root
    # the quote's sentence is not over (“...,” / “...?” / “...!”): the parser cut it before its attribution,
    # "“Three?” Clinton asks as a maintenance man walks in" -- the cue opens the next sentence, reporting no clause
    text = doc_text(doc)
    unfinished = text[max(0, end - 8):end].rstrip(CLOSE_MARKS + "' ")[-1:] in (",", "?", "!")
    if unfinished and "\n" not in text[end:sent.start_char] and root.i - sent.start <= MAX_ATTRIBUTION_TOKENS and not any(
            c.dep_ == "ccomp" and c.i > root.i for c in root.children):
        return root
    return None


def cue_before(doc, start: int):
    """The sentence before the quote introduces it: "He told reporters:", "She continued." """
    sents, _, _, ends = sentence_index(doc)  # the last sentence that ends before the quote
    k = bisect.bisect_right(ends, start)
    if k == 0:
        return None
    sent = sents[k - 1]
    if sent.text.rstrip().endswith(":") and sent.root.pos_ in ("VERB", "AUX") and subject_of(sent.root) is not None:
        return sent.root  # "The mayor addressed the crowd:" introduces what follows
    if len(sent) > MAX_ATTRIBUTION_TOKENS:
        return None
    return next((t for t in reversed(sent) if is_quoting_verb(t) and subject_of(t) is not None), None)
