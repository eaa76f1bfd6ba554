"""A quote while the stage finds it (``Found``), and the span helpers that direct, indirect and labelled
quotes share."""

from __future__ import annotations

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


MIXED_RE = re.compile(r"[“\"][^”\"]*\w[^”\"]*[”\"]|(?:''|``)[^\n]*?\w[^\n]*?''")  # quoted words inside: “...”, "...", ''...''


def with_kind(f: Found, text: str) -> Found:
    inner = text[f.start:f.end]
    if MIXED_RE.search(inner):
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
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None:
        return [s for s in doc.sents if s.start_char < end and s.end_char > start]
    return list(doc[span[0].sent.start:span[-1].sent.end].sents)


def continues(text: str, previous: Found, start: int) -> bool:
    """A bare quote paragraph continuing the quote in the paragraph just before it."""
    para_start = text.rfind("\n", 0, start) + 1
    if text[para_start:start].strip():
        return False  # words before the quote in its own paragraph: not a bare quote paragraph
    prev_para_end = len(text[:para_start].rstrip())
    prev_para_start = text.rfind("\n", 0, prev_para_end) + 1
    return prev_para_start <= previous.end <= prev_para_end
