"""A quote while the stage finds it (``Found``), and the span helpers that direct, indirect and labelled
quotes share."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ...records import Speaker


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


CURLY_MARK_RE = re.compile(r"[“”\"]")
WORD_RE = re.compile(r"\w")
BACKTICK_OPEN_RE = re.compile(r"''|``")


def quotes_words(text: str, start: int = 0, end: int | None = None) -> bool:
    r"""Whether ``text[start:end]`` holds quoted words: a word between an opening mark and the next closing
    one (“...”, "..."), or after two backticks or ``''`` and before a ``''`` later on the same line.

    One pass over the marks, linear in the text (a pattern such as ``[“"][^”"]*\w[^”"]*[”"]`` backtracks
    to a cube on a run of opening marks). A quotation is the text from an opening mark to the first
    closing mark after it, so for each closing mark only the earliest opening mark since the closing
    mark before it need be tried: it holds every later one's words."""
    end = len(text) if end is None else end
    opened = -1  # the earliest opening mark since the last closing one
    for m in CURLY_MARK_RE.finditer(text, start, end):
        at, mark = m.start(), m.group()
        if mark in "”\"" and opened >= 0:
            if WORD_RE.search(text, opened + 1, at):
                return True
            opened = -1
        if mark in "“\"" and opened < 0:
            opened = at  # a straight mark closes one quotation and may open the next
    line_start = start
    while line_start <= end:  # ``...'' and ''...'': within a line, from its first opening pair
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end < 0 else line_end
        pair = BACKTICK_OPEN_RE.search(text, line_start, line_end)
        word = WORD_RE.search(text, pair.end(), line_end) if pair else None
        if word is not None and text.find("''", word.end(), line_end) >= 0:
            return True
        line_start = line_end + 1
    return False


def with_kind(f: Found, text: str) -> Found:
    if quotes_words(text, f.start, f.end):
        f.kind = "mixed"
    return f


def span_of(tokens) -> tuple[int, int]:
    first, last = tokens[0], tokens[-1]
    return first.idx, last.idx + len(last.text)


def trim_clause(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,;.:—–-\n":
        end -= 1
    while start < end and text[start] in " ,;:—–-\n":
        start += 1
    return start, end


def sentences_of(doc, start: int, end: int):
    """The sentences the characters from ``start`` to ``end`` touch. Found in an index of the document's
    sentences made once: finding each quote's sentence afresh costs the sentence's length, quadratic in a
    giant sentence of many quotes."""
    sents, sent_of, starts, ends = sentence_index(doc)
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None:
        return sents[bisect.bisect_right(ends, start):bisect.bisect_left(starts, end)]
    return sents[sent_of[span[0].i]:sent_of[span[-1].i] + 1]


def sentence_index(doc) -> tuple[list, list[int], list[int], list[int]]:
    """Per document, once: its sentences, the sentence of each token, and where the sentences start and end."""
    index = doc.user_data.get("newsfacts_sentence_index")
    if index is None:
        sents = list(doc.sents)
        sent_of = [0] * len(doc)
        for k, sent in enumerate(sents):
            sent_of[sent.start:sent.end] = [k] * (sent.end - sent.start)
        index = doc.user_data["newsfacts_sentence_index"] = (
            sents, sent_of, [s.start_char for s in sents], [s.end_char for s in sents])
    return index


def continues(text: str, previous: Found, start: int) -> bool:
    """A bare quote paragraph continuing the quote in the paragraph just before it."""
    para_start = text.rfind("\n", 0, start) + 1
    if text[para_start:start].strip():
        return False  # words before the quote in its own paragraph: not a bare quote paragraph
    prev_para_end = len(text[:para_start].rstrip())
    prev_para_start = text.rfind("\n", 0, prev_para_end) + 1
    return prev_para_start <= previous.end <= prev_para_end
