"""Lines whose form says who speaks: transcripts ("TAPPER: ..."), labelled lines ("Trump: ...", "Q: ..."),
interviews written as questions and answers with no labels, and title-case headlines whose verb the tagger took
for a name ("X Endorses Y")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ... import lexicon
from ...records import Mention, Speaker
from .found import Found, trim_clause, with_kind
from .marks import MIN_QUOTE_WORDS, OPEN_MARKS, words_in
from .speakers import SPEAKER_ENTITIES, Context, speaker_from

MAX_LABEL_WORDS = 6
# Labels that speak without being a name the tagger knows: an interview's Q and A, polls and reports.
SPEAKING_LABELS = lexicon.words("cues.speaking_labels")
# Nouns of bodies that head a line they speak ("Health ministry: 75 dead in shelling", "Police: ...").
LABEL_BODIES = lexicon.words("cues.speaker_nouns") | lexicon.words("quotes.label_body_nouns")
# Headline labels that name a kind of story, not a speaker ("The Latest: ...", "News Guide: ...").
HEADLINE_LABELS = lexicon.words("cues.headline_labels")
# Capitalised labels that head a section, not a speaker's line ("UPDATE: ...", "WATCH: ...").
SECTION_LABELS = lexicon.words("text.section_labels") | lexicon.words("cues.section_labels_more")
# A headline's verbs of saying or judging: "X Endorses Y", "X Slams Y".
TITLE_CUES = lexicon.words("cues.reporting_verbs") | lexicon.words("cues.headline_verbs_more")
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
        speaker = Speaker(name=label_name(label, ctx), mention=label, start=m.start("label"), end=m.end("label"))
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


LABEL_LINE_RE = re.compile(r"^(?P<label>[A-Z][^:\n]{0,44}?)[ \t]*:(?>[ \t]+)(?P<content>[^\n]*\S)", re.M)
# A key figure's line: "People affected: 12,300", "Fled to neighbouring countries: 3.8 million (UNHCR)"; the label
# names what is counted, not who speaks.
FIGURE_ONLY_RE = re.compile(r"(?:[A-Za-z.~]+\s+){0,3}\d[\d,.]*\s*(?:[KkMm]\b|million|billion|bn)?\+?%?"
                            r"(?:\s+[a-z]+){0,2}\s*(?:\([^()]{1,40}\))?[.;]?")


def labelled_lines(doc, text: str, ctx: Context, taken: Sequence[Found], dateline: tuple[int, int] | None = None) -> list[Found]:
    """A line opened by who speaks and a colon: a headline "Trump: My plans aren't set in stone", an interview's
    "Q: ..." / "A: ...", "Rep. Trey Gowdy (R-S.C.): “...”". The label must be a name (a person, a body, a
    country) or one of ``SPEAKING_LABELS``; section labels ("UPDATE:", "Photo:") are neither."""
    out = []
    for m in LABEL_LINE_RE.finditer(text):
        label, start, end = m.group("label"), m.start("content"), m.end("content")
        if len(label.split()) > MAX_LABEL_WORDS or words_in(text[start:end]) < 3 or FIGURE_ONLY_RE.fullmatch(text, start, end):
            continue
        if any(t.start <= start < t.end or (t.speaker is not None and t.speaker.start == m.start("label")) for t in taken):
            continue
        if dateline is not None and dateline[0] <= m.start("label") < dateline[1]:
            continue  # "GENEVA: The UN refugee agency said ...": where the story was filed, not who speaks
        span = doc.char_span(m.start("label"), m.end("label"), alignment_mode="contract")
        if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        ents = [e for e in span.ents if e.label_ in SPEAKER_ENTITIES]
        if (label.isupper() or m.start() == 0) and (_place_label(m.start("label"), m.end("label"), ctx) or any(
                e.label_ in ("GPE", "LOC", "FAC") for e in span.ents) and not any(
                e.label_ in ("PERSON", "ORG", "NORP") for e in span.ents)):
            continue  # a place in capitals, or opening the text, heads a dateline (whatever the tagger called it)
        caps = label.isupper() and len(label) > 2 and len(label.split()) <= 3 and label not in SECTION_LABELS
        # a name the tagger missed in a title-case headline: "Lynch: No outside influence on FBI probe"
        proper = all(t.pos_ == "PROPN" for t in span) and len(span) <= 3 and label.upper() not in SECTION_LABELS \
            and label.lower() not in HEADLINE_LABELS
        body = span.root.lemma_.lower() in LABEL_BODIES and span.root.pos_ in ("NOUN", "PROPN")
        if not ents and not caps and not proper and not body and label.lower() not in SPEAKING_LABELS:
            continue
        if not ents and (proper or body):
            ents = [span]
        speaker = _within(speaker_from(ents[-1].root, ctx), label, m.start("label"), m.end("label")) if ents \
            else Speaker(name=label_name(label, ctx) if caps else None, mention=label, start=m.start("label"),
                         end=m.end("label"))
        kind = "direct" if text[start] in OPEN_MARKS else "indirect"
        out.append(with_kind(Found(start, end, kind, ":", speaker), text))
    return out


def _within(speaker: Speaker, label: str, start: int, end: int) -> Speaker:
    """A label's speaker is the label, never more: "Reuters: 30 killed in ..." parses the line as one phrase
    headed by the label, whose span would take in the line's content."""
    if speaker.end is None or speaker.end <= end:
        return speaker
    name = speaker.name if speaker.name and speaker.name in label else None
    return replace(speaker, name=name or (label if speaker.type == "organisation" else None), mention=label,
                   start=start, end=end)


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
        start, stop = trim_clause(text, tok.idx + len(tok.text), end)
        if not names or words_in(text[start:stop]) < 2 or any(t.start <= start < t.end for t in taken):
            continue
        speaker = speaker_from(names[0], ctx)
        out.append(with_kind(Found(start, stop, "indirect", tok.text, speaker), text))
        break
    return out


# An interview set out as questions and answers: a question is a paragraph of at most this many words ending with "?";
# the interview needs this many, and at most INTERVIEW_INTRO paragraphs before the first (the introduction).
QUESTION_MAX_WORDS = 30
MIN_QUESTIONS = 2
INTERVIEW_INTRO = 2
PARAGRAPH_RE = re.compile(r"[^\n]*\S[^\n]*")
ANSWER_LABEL_RE = re.compile(r"(?P<label>[^\W\d][^:\n]{0,44}?)\s*:\s+")


def interview_answers(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int, Speaker]]:
    """An interview written as questions and answers with no label on each turn ("Combien de personnes sont
    déplacées ?" then the answer): where at least two short paragraphs are questions and the introduction before the
    first (one or two paragraphs) names one person, who "répond à nos questions", each paragraph after a question up
    to the next one is that person's words: (start, end, speaker) of each, after a label of that person ("Hamidou
    Traoré : ...") where the answer has one. None where the introduction names no one or several people."""
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH_RE.finditer(text)]
    questions = [i for i, (start, end) in enumerate(paragraphs) if _is_question(text[start:end])]
    if len(questions) < MIN_QUESTIONS or questions[0] > INTERVIEW_INTRO:
        return []
    first = paragraphs[questions[0]][0]
    people = [m for m in mentions if m.type == "person" and m.end <= first]
    if len({m.canonical for m in people}) != 1:
        return []
    who = people[0]
    speaker = Speaker(name=who.canonical, mention=who.text, type="person", start=who.start, end=who.end)
    out = []
    for i in range(questions[0] + 1, len(paragraphs)):
        if i in questions:
            continue
        start, end = paragraphs[i]
        start += len(text[start:end]) - len(text[start:end].lstrip())
        label = ANSWER_LABEL_RE.match(text, start, end)
        if label is not None and who.canonical.split()[-1] in label.group("label"):
            start = label.end()
        if words_in(text[start:end]) >= MIN_QUOTE_WORDS:
            out.append((start, end, speaker))
    return out


def _is_question(paragraph: str) -> bool:
    line = paragraph.strip()
    return line.endswith("?") and len(line.split()) <= QUESTION_MAX_WORDS and line[0] not in OPEN_MARKS + "«"


def _place_label(start: int, end: int, ctx: Context) -> bool:
    """The label is a place the article's mentions know ("DHAKA", tagged an organisation but in the gazetteer),
    or opens with one in capitals ("YANGON, March 29")."""
    return any(m.type == "place" and m.start == start and m.end <= end
               and (m.end == end or m.text.isupper()) for m in ctx.mentions)  # "YANGON, March 29:" too


def attach_labels(direct: list[Found], labelled: list[Found]) -> list[Found]:
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


def turn_start(turn: Found) -> int:
    """Where a transcript turn's paragraph starts: at its label, or the quotation mark before it."""
    start = turn.speaker.start if turn.speaker is not None and turn.speaker.start is not None else turn.start
    return start - 1 if start > 0 and turn.speaker is not None else start


def label_name(label: str, ctx: Context) -> str | None:
    """ "TAPPER" -> the article's "Jake Tapper" when it names one person so."""
    words = label.title().split()
    names = {m.canonical for m in ctx.mentions if m.type == "person" and m.canonical.split()[-1] == words[-1]}
    return names.pop() if len(names) == 1 else None
