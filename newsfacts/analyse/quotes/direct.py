"""Direct quotes: quotations in the text, each with its cue and its speaker.

Direct quotes are found from the quotation marks in the text; the attribution is the cue verb in the
sentence around the quote ("...," he said / X said: "..."), else a short attribution sentence right
after it ("Andrabi stated."), else the sentence before it when that ends with a colon, else the
speaker of the quote just before (a bare quote paragraph continuing the last speaker, or the reported
speech just before it). A quote split around its cue ("A," he said, "B.") is one quote from its first
to its last mark. Quoted fragments inside a sentence ("agreed to ...") are mixed quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ... import lexicon
from ...records import Speaker
from .attribution import (
    according_intro,
    attribution,
    colon_intro,
    cue_after,
    cue_around,
    cue_before,
    cue_text,
    dash_label,
    dash_signature,
    is_quoting_verb,
    said_intro,
    speaker_outside,
    word_before,
)
from .found import Found, continues, sentences_of
from .marks import CLOSE_MARKS, MIN_QUOTE_WORDS, OPEN_MARKS, quotation_spans, words_in
from .speakers import Context, speaker_from, subject_of

WORK_TITLE_RE = re.compile(r"\b(?:" + "|".join(lexicon.terms("cues.work_nouns")) + r"),?\s*$",
                           re.I)  # a quoted title names a work
BYLINE_RE = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
MAX_SHORT_ATTRIBUTION = 5  # “I would,” Melanie said: the cue within this many tokens after a short quote
MAX_RUN_ON_GAP = 200  # characters of attribution between a quote and a short quotation going on with it


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
    sents = sentences_of(doc, start, start + 1)
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
        verb = cue_around(doc, start, end) or cue_after(doc, end) or cue_before(doc, start) \
            or colon_intro(doc, ctx.text, start)
        speaker = attribution(verb, ctx) if verb is not None else None
        if speaker is not None and any(s <= (speaker.start or -1) < e for s, e in parts + marks):
            # the parse took quoted words as subject: the noun right before the cue, else one next to it
            before = word_before(verb)
            speaker = speaker_from(before, ctx) if before is not None and not any(
                s <= before.idx < e for s, e in parts + marks) else speaker_outside(verb, parts + marks, ctx)
        cue = cue_text(verb) if verb is not None else None
        if (labelled := dash_label(doc, ctx, start)) is not None:
            speaker, cue = labelled, ":"
        if speaker is None and (according := according_intro(doc, ctx, start)) is not None:
            speaker, cue = according, "according to"
        if speaker is None and (inverted := said_intro(doc, ctx, start)) is not None:
            speaker, cue = inverted
        if speaker is None and (signed := dash_signature(doc, ctx, end)) is not None:
            speaker, cue = signed
        if speaker is None and found and continues(ctx.text, found[-1], start):
            speaker, cue = found[-1].speaker, found[-1].cue
        found.append(Found(start, end, "direct", cue, speaker, cue_at=verb.idx if verb is not None else -1))
    return _merge_runs(found, ctx.text)


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
    left open at the end of its paragraph runs on in the next paragraph that opens with a mark, and an attribution
    there is the whole quotation's: “A. ¶ “B,” said X."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and f.kind == prev.kind == "direct"
                and ("\n" not in text[prev.end:f.start] or _runs_on(prev, f, text) or _goes_on(prev, f, text))
                and (f.cue is None or _cue_elsewhere(f, text) or (prev.speaker is None and _runs_on(prev, f, text))
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
    return (continues(text, prev, f.start) and f.cue_at < para_start and prev_para_start <= prev.cue_at < para_start
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
