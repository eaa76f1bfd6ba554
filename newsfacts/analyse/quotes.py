"""Quotes: direct, indirect and mixed, each with its cue and its speaker.

Direct quotes are found from the quotation marks in the text; the attribution is the cue verb in the
sentence around the quote ("...," he said / X said: "..."), else a short attribution sentence right
after it ("Andrabi stated."), else the sentence before it when that ends with a colon, else the
speaker of the quote just before (a bare quote paragraph continuing the last speaker, or the reported
speech just before it). A quote split around its cue ("A," he said, "B.") is one quote from its first
to its last mark.

Indirect speech comes from the parse: every verb is a candidate cue in each frame it stands in
(``cues.py``); the content span its frame gives is reshaped by the boundary model (``bounds.py``), and
the cue model keeps the verb's likeliest frame when it is likely enough. "According to X" and claims
held by a noun ("India's claim that ...") are rules. The same words reported by two cues are kept once,
with the surer cue (a denial inside another's report stays its own). Indirect content that holds a
quoted fragment is a mixed quote, and it never cuts a quotation in two.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..records import Quote, Speaker
from ..stage import Stage, Work, per_article
from . import bounds, cues
from .nlp import doc_text
from .speakers import Context, agent_of, governing_verb, person_roles, speaker_from, subject_of

VERSION = "1"
EXTRACTOR = f"quotes@{VERSION}"

CUE_VERBS = frozenset(
    """say tell add state insist claim deny announce explain note write report argue suggest warn reply respond
    declare confirm acknowledge admit comment remark testify tweet post repeat reiterate urge describe mention
    predict promise recall charge accuse allege assert complain contend concede counter criticize criticise
    emphasize emphasise stress vow boast joke shout chant cite dismiss reject conclude maintain pledge propose
    demand threaten lament quip retort scoff ask agree believe think find show reveal indicate estimate call
    want hope fear expect know disclose predict caution observe point hint signal recommend question""".split()
)
# Verbs that introduce a verbatim quote, beyond the cues of reported speech.
QUOTING_VERBS = CUE_VERBS | frozenset(
    """continue yell scream shout whisper cry exclaim answer read characterize sing chant quote begin
    conclude interject tweet text email mutter start confess marvel wonder muse gush sigh plead snap bark surmise
    opine retaliate chime interrupt rail thunder fume vent rave holler assure exhort press""".split()
)
BACK_VERBS = frozenset({"shoot", "fire", "hit", "snap", "push", "write"})  # "Trump shot back", "she fired back"
# Verbs that quote with a particle or object word: "shot back", "went on", "as X put it".
PARTICLE_QUOTING = (("back", BACK_VERBS), ("on", frozenset({"go"})), ("it", frozenset({"put"})))
DASH_ATTRIBUTION_RE = re.compile(r"\s*[―—–-]{1,2}\s*(?=[A-Z])")
# Cues whose words stay reported even inside another's report ("X denied Y, Z said").
NESTED_CUES = frozenset("deny reject dismiss refute rebut dispute".split())
HEARSAY_ADVERBS = frozenset({"reportedly"})  # "X is reportedly spending ...": reported by someone the text does not name
CLAIM_NOUNS = frozenset(
    """claim assertion allegation statement suggestion insistence argument warning promise denial accusation
    admission remark comment contention assurance pledge""".split()
)
OPEN_MARKS = "“\""
CLOSE_MARKS = "”\""
SPEAKER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "npadvmod", "attr", "dep", "appos", "oprd", "dative"})
NOUN_THRESHOLD_SHARE = 0.8  # noun cues are kept from this share of the cue threshold (cross-validation on train)
RESHAPE_FLOOR = 0.6  # of the cue threshold: below it as framed, a candidate is dropped before reshaping
WORK_TITLE_RE = re.compile(r"\b(?:book|film|movie|show|program|programme|series|biography|autobiography|memoir|novel|"
                           r"song|album|documentary|slogan|podcast),?\s*$", re.I)  # a quoted title names a work
BYLINE_RE = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
MIN_QUOTE_WORDS = 4  # shorter quoted words are titles or scare quotes, not direct quotes
MAX_ATTRIBUTION_TOKENS = 8  # "Andrabi stated." after a quote
MAX_ATTRIBUTION_SENTENCE = 40  # "X, the ..., said on Monday." after a quote, when it reports nothing itself
REPORTING_DEPS = frozenset({"ccomp", "xcomp", "dobj", "advcl", "conj", "parataxis", "dep"})
MAX_SHORT_ATTRIBUTION = 5  # “I would,” Melanie said: the cue within this many tokens after a short quote
MAX_RUN_ON_GAP = 200  # characters of attribution between a quote and a short quotation going on with it
MERGE_KINDS = ("mixed", "indirect")
SAME_SENTENCE_GAP_RE = re.compile(r"[ \xa0]*(?:--|[-–—:])[ \xa0]*")  # reported speech goes on in a quotation: "X said Y -- ''Z''"
INTO_QUOTATION_WORDS = 2  # words between reported speech and a quotation it goes on into
MAX_CONTINUED_GAP = 20  # words between reported speech and a bare quote it goes on in: ", says X, CEO of Y."


@dataclass
class Found:
    start: int
    end: int
    kind: str
    cue: str | None
    speaker: Speaker | None
    score: float = 1.0  # how sure the cue model is; rule-found quotes are sure
    cue_at: int = -1  # where the cue word is
    keeps: bool = False  # a denial stays a quote of its own inside another's report


# ---------------------------------------------------------------------------------------------- marks


MARK_RE = re.compile(r"''|``|[“”\"]")


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, marks included (“...”, "...", ``...'' and ''...''). A quotation
    left open at the end of a paragraph closes there (a quote running over paragraphs reopens)."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        open_at, nested = None, 0
        for m in MARK_RE.finditer(para.group()):
            mark, i, j = m.group(), para.start() + m.start(), para.start() + m.end()
            if open_at is None and (_opens(text, i, mark) or _stray_open(text, i, para.start())):
                open_at, nested = i, 0
            elif open_at is not None and text[open_at] == '"' and mark in ("“", "”"):
                nested += 1 if mark == "“" else -1 if nested else 0  # "He chanted “U-S-A!” all night"
                if mark == "”" and nested == 0 and _closes(text, j, mark) and "“" not in text[open_at:i]:
                    spans.append((open_at, j))
                    open_at = None
            elif open_at is not None and (_closes(text, j, mark) or _typed_close(text, open_at, i, j)):
                spans.append((open_at, j))
                open_at = None
        if open_at is not None and para.end() - open_at > 2:
            spans.append((open_at, para.end()))
    return spans


def _opens(text: str, i: int, mark: str) -> bool:
    if mark == "”":
        return False
    return mark in ("“", "``") or i == 0 or not text[i - 1].isalnum()


def _stray_open(text: str, i: int, para_start: int) -> bool:
    """A closing mark typed where an opening one belongs, at the start of a paragraph: ”We ..."""
    return i == para_start and i + 1 < len(text) and text[i + 1].isalnum()


def _typed_close(text: str, open_at: int, i: int, j: int) -> bool:
    """An opening mark typed where the closing one belongs: “It's unusual,“ said X."""
    return text[open_at] == text[i] == "“" and text[i - 1] in ",.?!" and (j == len(text) or text[j].isspace())


def _closes(text: str, j: int, mark: str) -> bool:
    if mark in ("“", "``"):
        return False
    return mark == "”" or j == len(text) or not text[j].isalnum()


def words_in(text: str) -> int:
    return len(re.findall(r"\w+", text))


# ---------------------------------------------------------------------------------------------- cues


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
        subj = agent_of(verb) or subj
    if subj is None:
        subj = _word_before(verb) or _inverted_subject(verb)
    return speaker_from(subj, ctx) if subj is not None else None


def _word_before(verb):
    """A subject the parser hung elsewhere: the noun right before a finite cue ("Ryan's office announced")."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ == "ADV":
        i -= 1
    comma = i > verb.sent.start and verb.doc[i].text == ","  # "Trump, the party's nominee, said"
    i -= comma
    if i < verb.sent.start:
        return None
    tok = verb.doc[i]
    if not (tok.pos_ in ("NOUN", "PROPN") or (tok.is_title and tok.pos_ == "AUX")):
        return None
    best = tok  # climb to the noun phrase that ends here: "a young man who had worked in Paris" asked
    while tok.head is not tok and tok.head.right_edge.i == i and tok.dep_ != "appos":
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN"):
            best = tok
    if comma:  # only an apposition closes with a comma before its verb
        return best.head if best.dep_ == "appos" and best.head.pos_ in ("NOUN", "PROPN") else None
    return best


# ---------------------------------------------------------------------------------------------- direct


def quotations(doc, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Quotations long enough to be quotes, split into those that stand on their own (a sentence
    starts with them, or a colon or comma introduces them) and fragments embedded in a sentence."""
    standing, embedded = [], []
    for start, end in quotation_spans(text):
        if words_in(text[start:end]) < MIN_QUOTE_WORDS and not _short_said(doc, text, start, end) \
                and not _short_run_on(text, standing, start) and not _short_introduced(doc, text, start):
            continue
        if text[:start].rstrip().endswith("="):  # a value in markup: <tweet tweet-author="...">
            continue
        if WORK_TITLE_RE.search(text, max(0, start - 30), start):  # his 2002 book, ''Make Your Kid a Millionaire''
            continue
        if text[start:end].rstrip(CLOSE_MARKS + "'").endswith(",") and BYLINE_RE.match(text, end):
            continue  # a headline with its byline: "Pop-up art show opens in the Bronx," by DNAinfo's Eddie Small
        (embedded if _embedded(doc, text, start) and not _after_split(text, standing, start) else standing).append((start, end))
    return standing, embedded


def _short_run_on(text: str, standing: list[tuple[int, int]], start: int) -> bool:
    """A short quotation that goes on a quote of the same paragraph after its attribution sentence:
    “I would,” Melanie said to the TV. “I would, Donald.”"""
    first = re.search(r"\w", text[start:start + 4])
    if not standing or first is None or not first.group().isupper():
        return False
    gap = text[standing[-1][1]:start]
    return "\n" not in gap and 0 < len(gap) <= MAX_RUN_ON_GAP and gap.rstrip().endswith(".") and words_in(gap) <= 25


def _after_split(text: str, standing: list[tuple[int, int]], start: int) -> bool:
    """The second half of a quote split around its cue: "A," he said, but "b." """
    if not standing:
        return False
    prev_end = standing[-1][1]
    gap = text[prev_end:start]
    return _split_gap("," + gap if text[prev_end - 2:prev_end - 1] == "," else gap)


def _short_introduced(doc, text: str, start: int) -> bool:
    """A short quote a verb of saying introduces: Mrs. Clinton shook her head and said, ''No.''"""
    before = text[:start].rstrip()
    if not before.endswith((",", ":")) or "\n" in text[len(before):start]:
        return False
    span = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None or span[0].i == 0:
        return False
    verb = doc[span[0].i - 1]
    return is_quoting_verb(verb) and verb.i > verb.sent.start


def _short_said(doc, text: str, start: int, end: int) -> bool:
    """A short quote that opens its sentence and is attributed right after: “I would,” she said."""
    if text[start:end].rstrip("”\"'")[-1:] not in (",", "?", "!") or _embedded(doc, text, start):
        return False
    after = doc.char_span(end, min(len(text), end + 40), alignment_mode="contract")
    return after is not None and any(is_quoting_verb(t) for t in after[:MAX_SHORT_ATTRIBUTION])


def _embedded(doc, text: str, start: int) -> bool:
    sents = _sentences_of(doc, start, start + 1)
    sent_start = sents[0].start_char if sents else text.rfind("\n", 0, start) + 1
    before = text[sent_start:start].strip()
    if before.endswith(",") and _lowercase_start(text, start) and not re.search(r"[”\"']", before[-60:]):
        return True  # a fragment after a comma: police officers who, “in fits and starts, are struggling”
    return bool(before) and not before.endswith((":", ",", "—", "―", "-", "(")) and before[-1].isalnum()


def _lowercase_start(text: str, start: int) -> bool:
    first = re.search(r"\w", text[start:start + 6])
    return first is not None and first.group().islower()


def direct_quotes(doc, ctx: Context, spans: list[tuple[int, int]]) -> list[Found]:
    found: list[Found] = []
    marks = quotation_spans(ctx.text)
    for start, end in _join_split_quotes(doc, spans, ctx.text):
        parts = [(s, e) for s, e in spans if start <= s and e <= end]
        verb = _cue_around(doc, start, end) or _cue_after(doc, end) or _cue_before(doc, start) \
            or _colon_intro(doc, ctx.text, start)
        speaker = attribution(verb, ctx) if verb is not None else None
        if speaker is not None and any(s <= (speaker.start or -1) < e for s, e in parts + marks):
            # the parse took quoted words as subject: the noun right before the cue, else one next to it
            before = _word_before(verb)
            speaker = speaker_from(before, ctx) if before is not None and not any(
                s <= before.idx < e for s, e in parts + marks) else _speaker_outside(verb, parts + marks, ctx)
        cue = cue_text(verb) if verb is not None else None
        if (labelled := _dash_label(doc, ctx, start)) is not None:
            speaker, cue = labelled, ":"
        if speaker is None and (according := _according_intro(doc, ctx, start)) is not None:
            speaker, cue = according, "according to"
        if speaker is None and (inverted := _said_intro(doc, ctx, start)) is not None:
            speaker, cue = inverted
        if speaker is None and (signed := _dash_signature(doc, ctx, end)) is not None:
            speaker, cue = signed
        if speaker is None and found and _continues(ctx.text, found[-1], start):
            speaker, cue = found[-1].speaker, found[-1].cue
        found.append(Found(start, end, "direct", cue, speaker, cue_at=verb.idx if verb is not None else -1))
    return _merge_runs(found, ctx.text)


def _speaker_outside(verb, parts: list[tuple[int, int]], ctx: Context) -> Speaker | None:
    """The noun phrase next to the cue and outside the quote: “..., Full panic mode,” said Leslie Wimes."""
    near = [t for t in verb.children if not any(s <= t.idx < e for s, e in parts) and t.pos_ in ("PROPN", "NOUN", "PRON")
            and t.dep_ in SPEAKER_DEPS and t.ent_type_ not in ("DATE", "TIME")]
    if not near:
        return None
    return speaker_from(min(near, key=lambda t: (t.dep_ not in ("nsubj", "nsubjpass"), abs(t.i - verb.i))), ctx)


def fragment_quotes(doc, ctx: Context, spans: list[tuple[int, int]], taken: Sequence[Found]) -> list[Found]:
    """Quoted fragments that no indirect quote holds: The two officials also "agreed to ..." """
    found = []
    for start, end in spans:
        if any(t.start <= start and end <= t.end for t in taken):
            continue
        verb = _fragment_verb(doc, start, end)
        if verb is not None:
            found.append(Found(start, end, "mixed", cue_text(verb), attribution(verb, ctx)))
    return found


def _merge_runs(found: list[Found], text: str) -> list[Found]:
    """Quotes of one speaker in one paragraph are one quote from the first mark to the last:
    "A," he said. "B." The later pieces carry no attribution of their own, or the same speaker. A quotation
    left open at the end of its paragraph runs on in the next paragraph that opens with a mark."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and f.kind == prev.kind == "direct"
                and ("\n" not in text[prev.end:f.start] or _runs_on(prev, f, text) or _goes_on(prev, f, text))
                and (f.cue is None or _cue_elsewhere(f, text)
                     or (_same_speaker(prev.speaker, f.speaker) and f.cue_at in (prev.cue_at, -1)))):
            prev.end = f.end
            prev.speaker = prev.speaker or f.speaker
            prev.cue = prev.cue or f.cue
            continue
        out.append(f)
    return out


def _runs_on(prev: Found, f: Found, text: str) -> bool:
    """“A. ¶ “B.” -- the first paragraph ends with no closing mark, the next opens the same quotation again."""
    gap = text[prev.end:f.start]
    return (text[prev.end - 1] not in CLOSE_MARKS + "'" and not gap.strip() and gap.count("\n") <= 2
            and text[f.start] in OPEN_MARKS)


def _goes_on(prev: Found, f: Found, text: str) -> bool:
    """A bare quote paragraph right after a quote's paragraph, with no attribution of its own, goes on in the
    words of that quote's speaker: “A,” Rubio said Sunday. ¶ “B.” -- one quote, as it is one statement."""
    para_start = text.rfind("\n", 0, f.start) + 1
    prev_para_start = text.rfind("\n", 0, prev.start) + 1
    return (_continues(text, prev, f.start) and f.cue_at < para_start and prev_para_start <= prev.cue_at < para_start
            and _same_speaker(prev.speaker, f.speaker))


def _cue_elsewhere(f: Found, text: str) -> bool:
    """The cue found for a quote stands in another paragraph (“He continued:” below it): within its own
    paragraph, the quote carries no attribution of its own."""
    if f.cue_at < 0:
        return False
    return "\n" in (text[f.cue_at:f.start] if f.cue_at < f.start else text[f.end:f.cue_at])


def _same_speaker(a: Speaker | None, b: Speaker | None) -> bool:
    if a is None or b is None:
        return False
    return (a.name or a.mention) == (b.name or b.mention) or (a.start, a.end) == (b.start, b.end)


def _fragment_verb(doc, start: int, end: int):
    """The verb of a quoted fragment whose subject stands before the quote, outside it."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    for tok in span:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "ROOT":
            subj = subject_of(tok)
            if subj is not None and subj.idx < start:
                return tok
    return None


SPLIT_GAP_END_RE = re.compile(r",\s*(?:(?:but|and)\s+)?$")  # "A," he said, "B."; "A," he said, but "B."


def _split_gap(gap: str) -> bool:
    """Only an attribution between two quotations: ', he said, ' or ', he said, but '."""
    return 0 < len(gap) <= 60 and gap.strip().startswith(",") and bool(SPLIT_GAP_END_RE.search(gap)) and "\n" not in gap


def _join_split_quotes(doc, spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """ "A," he said, "B." -> one span: two quotes in one sentence with only an attribution between (and a
    "but" or "and" before the second)."""
    out: list[tuple[int, int]] = []
    for span in spans:
        if out:
            gap = text[out[-1][1]:span[0]]
            if _split_gap(gap):
                out[-1] = (out[-1][0], span[1])
                continue
        out.append(span)
    return out


def _sentences_of(doc, start: int, end: int):
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None:
        return [s for s in doc.sents if s.start_char < end and s.end_char > start]
    return list(doc[span[0].sent.start:span[-1].sent.end].sents)


def _cue_around(doc, start: int, end: int):
    """The cue verb nearest the quote, outside it, in the sentences the quote touches."""
    best = None
    for sent in _sentences_of(doc, start, end):
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
    while clause.dep_ == "conj" and clause.head is not clause:  # "who has not read the work but knows its gist"
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


def _dash_label(doc, ctx: Context, start: int) -> Speaker | None:
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


def _dash_signature(doc, ctx: Context, end: int) -> tuple[Speaker, str] | None:
    """A quote signed after a dash: “...” ― Maria Lopez, 34"""
    m = DASH_ATTRIBUTION_RE.match(ctx.text, end)
    if m is None:
        return None
    span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    if span is None:
        return None
    return speaker_from(span.root if span.root.dep_ != "compound" else span.root.head, ctx), m.group().strip()


def _according_intro(doc, ctx: Context, start: int) -> Speaker | None:
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


INVERTED_INTRO_RE = re.compile(r"(?:^|(?<=[.!?”\"]\s))(Said|Says|Asked|Added|Wrote|Writes|Explained|Tweeted|Stated|Continued|"
                               r"Noted|Replied)\s+([^:,.\n]{2,80})[:,]\s*$", re.M)


def _said_intro(doc, ctx: Context, start: int) -> tuple[Speaker, str] | None:
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


def _colon_intro(doc, text: str, start: int):
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
    if head.pos_ in ("VERB", "AUX") and head.i < colon[0].i and (subject_of(head) or _word_before(head)) is not None:
        return head
    return None


def _cue_after(doc, end: int):
    """A short attribution sentence right after the quote: "Andrabi stated." """
    nxt = [s for s in doc.sents if s.start_char >= end]
    if not nxt:
        return None
    sent = nxt[0]
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


def _cue_before(doc, start: int):
    """The sentence before the quote introduces it: "He told reporters:", "She continued." """
    prev = [s for s in doc.sents if s.end_char <= start]
    if not prev:
        return None
    sent = prev[-1]
    if sent.text.rstrip().endswith(":") and sent.root.pos_ in ("VERB", "AUX") and subject_of(sent.root) is not None:
        return sent.root  # "The mayor addressed the crowd:" introduces what follows
    if len(sent) > MAX_ATTRIBUTION_TOKENS:
        return None
    return next((t for t in reversed(sent) if is_quoting_verb(t) and subject_of(t) is not None), None)


def _continues(text: str, previous: Found, start: int) -> bool:
    """A bare quote paragraph continuing the quote in the paragraph just before it."""
    para_start = text.rfind("\n", 0, start) + 1
    if text[para_start:start].strip():
        return False  # words before the quote in its own paragraph: not a bare quote paragraph
    prev_para_end = len(text[:para_start].rstrip())
    prev_para_start = text.rfind("\n", 0, prev_para_end) + 1
    return prev_para_start <= previous.end <= prev_para_end


# ---------------------------------------------------------------------------------------------- indirect


_MODELS: tuple[cues.CueModel, bounds.BoundaryModel | None] | None = None


@contextlib.contextmanager
def models_in_use(cue_model: cues.CueModel, boundary_model: bounds.BoundaryModel | None) -> Iterator[None]:
    """Run the quotes stage with other cue and boundary models than the packaged ones, in this process, for
    the duration of the block (cross-validation in ``train_cues``)."""
    global _MODELS
    before, _MODELS = _MODELS, (cue_model, boundary_model)
    try:
        yield
    finally:
        _MODELS = before


def indirect_quotes(doc, ctx: Context, taken: Sequence[Found]) -> list[Found]:
    model, shaper = _MODELS if _MODELS is not None else (cues.load_model(), bounds.load_model())
    marks = quotation_spans(ctx.text)
    found = []
    for tok in doc:
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            found.append(_according_to(tok, ctx))
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in CLAIM_NOUNS and (claim := _claim_noun(tok, ctx)) is not None:
            found.append(claim)
        elif tok.lower_ in HEARSAY_ADVERBS and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX"):
            start, end = _trim(ctx.text, *_span_of([tok.head.left_edge, tok.head.right_edge]))
            found.append(_with_kind(Found(start, end, "indirect", tok.text, None, model.threshold, tok.idx), ctx.text))
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
                f = _with_kind(Found(best.start, best.end, "indirect", best.cue, speaker), ctx.text)
                f.score, f.cue_at, f.keeps = p, tok.idx, tok.lemma_.lower() in NESTED_CUES
                found.append(f)
    out: list[Found] = []
    for f in sorted((f for f in found if f), key=lambda f: -f.score):
        # one report of the same words, the surest; but "X denied Y, Z said" reports both X's and Z's words
        rivals = [o for o in out if not (f.keeps and o.start <= f.cue_at < o.end)]
        if not _covered(f, taken) and not _covered(f, rivals):
            out.append(_with_kind(_into_quotation(_whole_quotations(f, marks), marks, doc, taken), ctx.text))
    return sorted(out, key=lambda f: f.start)


def _reshaped(p: float, cand: cues.Candidate, model: cues.CueModel, shaper: bounds.BoundaryModel, doc,
              text: str) -> tuple[float, cues.Candidate]:
    """A candidate with the bounds the boundary model gives it, scored again only when they moved."""
    reshaped = shaper.reshape(cand, doc, text)
    return (p, cand) if reshaped is cand else (model.probability(reshaped, text), reshaped)


def _holder(noun, ctx: Context) -> Speaker | None:
    """Whose view a noun cue reports: its possessor ("Trump's criticism of ..."), else nobody named."""
    holder = next((c for c in noun.children if c.dep_ == "poss"), None) or _named_by(noun) or next(
        (c for c in noun.children if c.dep_ == "compound" and c.i < noun.i
         and c.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")), None)  # "a Times report that", "GOP criticism of"
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


def _span_of(tokens) -> tuple[int, int]:
    first, last = tokens[0], tokens[-1]
    return first.idx, last.idx + len(last.text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,;.:—–-\n":
        end -= 1
    while start < end and text[start] in " ,;:—–-\n":
        start += 1
    return start, end


GOES_ON_RE = re.compile(r"[\s,]*(?:and|but|while|yet)\b", re.I)  # "..., according to X, and Y": the source vouches for both
CLAUSE_DEPS = frozenset({"ROOT", "relcl"})  # "according to" vouches for the sentence, or the relative clause it sits in


def _according_to(tok, ctx: Context) -> Found | None:
    to = next(c for c in tok.children if c.lower_ == "to")
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    head = tok.head
    while head.dep_ not in CLAUSE_DEPS and head.head is not head:  # the clause the source vouches for
        head = head.head
    sent = tok.sent
    phrase_start, phrase_end = _span_of([tok.left_edge, tok.right_edge])
    if head is tok or head.dep_ == "ROOT":  # a whole sentence: "X, and Y, according to Z."
        clause_start, clause_end = sent.start_char, sent.end_char
    else:
        clause_start, clause_end = _span_of([head.left_edge, head.right_edge])
    before = [t for t in sent if clause_start <= t.idx < phrase_start]
    if phrase_start <= clause_start:
        start, end = phrase_end, clause_end
    elif phrase_start >= clause_end - 2 or not re.search(r"\w", ctx.text[phrase_end:clause_end]) \
            or (any(t.pos_ in ("VERB", "AUX") for t in before) and not GOES_ON_RE.match(ctx.text, phrase_end)):
        start, end = clause_start, phrase_start  # "X did Y, according to Z[, which ...]": what comes before
    else:
        start, end = clause_start, clause_end  # "Other cleavages, according to the poll, include ..."
    start, end = _trim(ctx.text, start, end)
    if end - start < 10:
        return None
    return _with_kind(Found(start, end, "indirect", "according to", speaker_from(_author(pobj), ctx)), ctx.text)


def _named_by(noun):
    """The name a noun says it comes from: "a tally by the Associated Press", "criticism from Republicans"."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                 for g in c.children if g.dep_ == "pobj"
                 and (g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"))), None)


def _author(noun):
    """Who made the thing a quote is according to: "a speech Mrs. Clinton delivered" -> Mrs. Clinton; "a tally by
    the Associated Press" -> the Associated Press."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return noun
    maker = _named_by(noun)
    if maker is not None:
        return maker
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
    start, end = _trim(ctx.text, *_span_of([clause.left_edge, clause.right_edge]))
    return _with_kind(Found(start, end, "indirect", noun.text, speaker_from(holder, ctx)), ctx.text)


MIXED_RE = re.compile(r"[“\"][^”\"]*\w[^”\"]*[”\"]|(?:''|``)[^\n]*?\w[^\n]*?''")  # quoted words inside: “...”, "...", ''...''


def _with_kind(f: Found, text: str) -> Found:
    inner = text[f.start:f.end]
    if MIXED_RE.search(inner):
        f.kind = "mixed"
    return f


def _covered(f: Found, taken: Sequence[Found]) -> bool:
    """Indirect content that is really a direct quote already found (the quote is the verb's complement)."""
    for t in taken:
        inter = min(f.end, t.end) - max(f.start, t.start)
        if inter > 0.5 * (f.end - f.start):
            return True
    return False


# ---------------------------------------------------------------------------------------------- stage


TRANSCRIPT_LABEL_RE = re.compile(r"^[\"“]?(?P<label>[A-Z][A-Z.'’ -]{1,30}[A-Z.]):\s+(?=\S)", re.M)
MIN_TRANSCRIPT_LABELS = 2


def transcript_turns(text: str, ctx: Context) -> list[Found]:
    """An interview transcript ("TAPPER: ...", "FALLIN: ..."): each labelled paragraph is its speaker's
    words. Only where at least two paragraphs are labelled so: one "NOTE:" line is no transcript."""
    labels = [m for m in TRANSCRIPT_LABEL_RE.finditer(text) if m.group("label").strip() not in SECTION_LABELS]
    if len({m.group("label") for m in labels}) < MIN_TRANSCRIPT_LABELS:
        return []
    out = []
    for m, following in zip(labels, [*(n.start() for n in labels[1:]), None], strict=True):
        end = text.find("\n", m.end())
        start, stop = m.end(), len(text) if end == -1 else end
        if words_in(text[start:stop]) < MIN_QUOTE_WORDS:
            continue
        label = m.group("label").strip()
        speaker = Speaker(name=_label_name(label, ctx), mention=label, start=m.start("label"), end=m.end("label"))
        out.append(Found(start, _turn_end(text, stop, text[m.start()] in OPEN_MARKS, following), "direct", ":", speaker))
    return out


STAGE_DIRECTION_RE = re.compile(r"[\"“]?\(")  # "(CROSSTALK.)", "(APPLAUSE)": no one's words


def _turn_end(text: str, stop: int, quoted: bool, following: int | None) -> int:
    """Where a transcript turn ends: its speaker goes on in the paragraphs after its own, up to the next
    label or a stage direction ("(CROSSTALK.)"). After the last label, only paragraphs quoted as the turns
    are (a transcript set off with a mark at each paragraph) go on; plain ones are the article again."""
    end = len(text[:stop].rstrip())
    for para in re.finditer(r"[^\n]+", text[stop:following]):
        line = para.group().strip()
        if not line:
            continue
        if STAGE_DIRECTION_RE.match(line) or (following is None and (not quoted or line[0] not in OPEN_MARKS)):
            break
        end = stop + len(para.group().rstrip()) + para.start()
    return end


LABEL_LINE_RE = re.compile(r"^(?P<label>[A-Z][^:\n]{0,44}?)\s*:\s+(?P<content>[^\n]*\S)", re.M)
MAX_LABEL_WORDS = 6
# Labels that speak without being a name the tagger knows: an interview's Q and A, polls and reports.
SPEAKING_LABELS = frozenset({"q", "a", "poll", "polls", "report", "survey", "study", "sources", "source says"})
LABEL_ENTITIES = ("PERSON", "ORG", "NORP", "GPE")
# Headline labels that name a kind of story, not a speaker ("The Latest: ...", "News Guide: ...").
HEADLINE_LABELS = frozenset({"the latest", "news guide", "live", "live updates", "explainer", "exclusive",
                             "analysis", "opinion", "editorial", "review", "interview", "timeline"})
# Capitalised labels that head a section, not a speaker's line ("UPDATE: ...", "WATCH: ...").
SECTION_LABELS = frozenset("""UPDATE UPDATED NOTE WATCH READ MORE RELATED BREAKING EXCLUSIVE CORRECTION CLARIFICATION
    VIDEO VIDEOS PHOTO PHOTOS SOURCE SOURCES EDITOR'S NOTE ALSO SEE LISTEN AUDIO ANALYSIS OPINION FILE DATE TIME
    WHEN WHERE WHAT WHO WHY HOW PREVIOUSLY EARLIER LATER SHORT READS TOP NEWS FACT CHECK""".split()) | frozenset(
    {"EDITOR'S NOTE", "READ MORE", "SHORT READS", "TOP NEWS", "FACT CHECK", "SEE ALSO", "ALSO READ"})


def labelled_lines(doc, text: str, ctx: Context, taken: Sequence[Found], dateline: tuple[int, int] | None = None) -> list[Found]:
    """A line opened by who speaks and a colon: a headline "Trump: My plans aren't set in stone", an interview's
    "Q: ..." / "A: ...", "Rep. Trey Gowdy (R-S.C.): “...”". The label must be a name (a person, a body, a
    country) or one of ``SPEAKING_LABELS``; section labels ("UPDATE:", "Photo:") are neither."""
    out = []
    for m in LABEL_LINE_RE.finditer(text):
        label, start, end = m.group("label"), m.start("content"), m.end("content")
        if len(label.split()) > MAX_LABEL_WORDS or words_in(text[start:end]) < 3:
            continue
        if any(t.start <= start < t.end or (t.speaker is not None and t.speaker.start == m.start("label")) for t in taken):
            continue
        if dateline is not None and dateline[0] <= m.start("label") < dateline[1]:
            continue  # "GENEVA: The UN refugee agency said ...": where the story was filed, not who speaks
        span = doc.char_span(m.start("label"), m.end("label"), alignment_mode="contract")
        if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        ents = [e for e in span.ents if e.label_ in LABEL_ENTITIES]
        if any(e.label_ in ("GPE", "LOC", "FAC") for e in span.ents) and not any(
                e.label_ in ("PERSON", "ORG", "NORP") for e in span.ents) and (label.isupper() or m.start() == 0):
            continue  # a place in capitals, or opening the text, heads a dateline
        caps = label.isupper() and len(label) > 2 and len(label.split()) <= 3 and label not in SECTION_LABELS
        # a name the tagger missed in a title-case headline: "Lynch: No outside influence on FBI probe"
        proper = all(t.pos_ == "PROPN" for t in span) and len(span) <= 3 and label.upper() not in SECTION_LABELS \
            and label.lower() not in HEADLINE_LABELS
        if not ents and not caps and not proper and label.lower() not in SPEAKING_LABELS:
            continue
        if not ents and proper:
            ents = [span]
        speaker = speaker_from(ents[-1].root, ctx) if ents else Speaker(
            name=_label_name(label, ctx) if caps else None, mention=label, start=m.start("label"), end=m.end("label"))
        kind = "direct" if text[start] in OPEN_MARKS else "indirect"
        out.append(_with_kind(Found(start, end, kind, ":", speaker), text))
    return out


TITLE_CUES = CUE_VERBS | frozenset(
    """endorse praise slam blast rip hit attack defend back bash mock tout knock pan hail laud blame ignore
    target question dismiss unload torch scold lash""".split())


def title_cues(doc, text: str, ctx: Context, taken: Sequence[Found]) -> list[Found]:
    """A headline's verb the tagger took for a name: "Conservative Icon Morton Blackwell Endorses Ted Cruz". In
    the first line, written in title case, a capitalised word whose stem is a verb of saying or judging, after
    a run of names (the speaker) and before the rest of the line (what is said)."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    words = text[:end].split()
    if len(words) < 4 or sum(w[:1].isupper() for w in words) < 0.7 * len(words):
        return []
    out = []
    for tok in doc:
        if tok.idx >= end:
            break
        stem = re.sub(r"(?:es|s)$", "", tok.lower_)
        if tok.i == 0 or tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper() \
                or not ({stem, stem + "e", tok.lower_} & TITLE_CUES):
            continue
        names = []
        i = tok.i - 1
        while i >= 0 and doc[i].pos_ == "PROPN" and doc[i].idx < end:
            names.append(doc[i])
            i -= 1
        start, stop = _trim(text, tok.idx + len(tok.text), end)
        if not names or words_in(text[start:stop]) < 2 or any(t.start <= start < t.end for t in taken):
            continue
        speaker = speaker_from(names[0], ctx)
        out.append(_with_kind(Found(start, stop, "indirect", tok.text, speaker), text))
        break
    return out


def _attach_labels(direct: list[Found], labelled: list[Found]) -> list[Found]:
    """A quotation that a labelled line holds gets the label as its speaker; other labelled lines are quotes."""
    out = []
    for lab in labelled:
        inner = [d for d in direct if lab.start <= d.start and d.end <= lab.end + 1]
        if inner:
            for d in inner:
                if d.speaker is None:
                    d.speaker, d.cue = lab.speaker, ":"
        else:
            out.append(lab)
    return out


def _turn_start(turn: Found) -> int:
    """Where a transcript turn's paragraph starts: at its label, or the quotation mark before it."""
    start = turn.speaker.start if turn.speaker is not None and turn.speaker.start is not None else turn.start
    return start - 1 if start > 0 and turn.speaker is not None else start


def _label_name(label: str, ctx: Context) -> str | None:
    """ "TAPPER" -> the article's "Jake Tapper" when it names one person so."""
    words = label.title().split()
    names = {m.canonical for m in ctx.mentions if m.type == "person" and m.canonical.split()[-1] == words[-1]}
    return names.pop() if len(names) == 1 else None


def _continued(found: list[Found], text: str) -> list[Found]:
    """A bare quotation right after reported speech, in the same paragraph or opening the next one, has
    its speaker: Teachers are “looking ...,” Lily Garcia said. “That’s got to scare an educator.” In the same
    paragraph it goes on that statement: one mixed quote from the reported speech to the quotation's end
    (PolNeAR marks it so)."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: f.start):
        prev = out[-1] if out else None
        if prev is not None and f.kind == "direct" and prev.kind in MERGE_KINDS and prev.end > f.cue_at == prev.cue_at >= 0 \
                and 0 <= f.start - prev.end and SAME_SENTENCE_GAP_RE.fullmatch(text[prev.end:f.start]):
            prev.end, prev.kind = f.end, "mixed"  # one cue, one sentence: Mr. X said Y -- ''Z.''
            continue
        if (prev is not None and f.kind == "direct" and f.cue is None and f.speaker is None and prev.kind != "direct"
                and prev.speaker is not None and 0 <= f.start - prev.end
                and (("\n" not in text[prev.end:f.start] and words_in(text[prev.end:f.start]) <= MAX_CONTINUED_GAP)
                     or _continues(text, prev, f.start))):
            f.speaker, f.cue = prev.speaker, prev.cue
            if prev.kind in MERGE_KINDS and "\n" not in text[prev.end:f.start]:
                prev.end, prev.kind = f.end, "mixed"  # one statement: the quoted words go on after the attribution
                continue
        out.append(f)
    return out


def _inside_mixed(d: Found, indirect: Sequence[Found]) -> bool:
    """A quotation that ends reported speech begun before it is part of that mixed quote, not a quote of
    its own, when one cue reports both: She added that it is a problem because, “In the end, we vote for somebody.”"""
    return d.kind == "direct" and d.cue_at >= 0 and any(
        f.kind == "mixed" and f.cue_at == d.cue_at < d.start and f.start < d.start and d.end <= f.end for f in indirect)


def find_quotes(work: Work) -> dict[str, Any]:
    doc, article = work.products["doc"], work.article
    ctx = Context(article.text, article.mentions, person_roles(doc, article.mentions, article.text))
    standing, embedded = quotations(doc, article.text)
    turns = transcript_turns(article.text, ctx)
    standing = [s for s in standing if not any(_turn_start(t) <= s[0] < t.end for t in turns)]
    direct = direct_quotes(doc, ctx, standing) + turns
    dateline = (article.dateline.start, article.dateline.end) if article.dateline is not None else None
    direct += _attach_labels(direct, labelled_lines(doc, article.text, ctx, turns, dateline))
    indirect = indirect_quotes(doc, ctx, direct)
    direct = [d for d in direct if not _inside_mixed(d, indirect)]
    indirect += title_cues(doc, article.text, ctx, direct + indirect)
    found = _continued(direct + indirect + fragment_quotes(doc, ctx, embedded, indirect), ctx.text)
    quotes = tuple(
        Quote(text=article.text[f.start:f.end], kind=f.kind, cue=f.cue, speaker=f.speaker,  # type: ignore[arg-type]
              start=f.start, end=f.end, extractor=EXTRACTOR)
        for f in found
    )
    return {"quotes": quotes}


STAGE = Stage("quotes", VERSION, per_article(find_quotes), requires=("doc", "mentions"), assigns=("quotes",))
