"""Cue candidates and the learned table that says which of them report speech or belief.

Every verb is a candidate cue in each *frame* it appears in: with a clausal complement ("said that
..."), an open complement ("plans to ..."), a prepositional object ("talked about ..."), a direct
object ("endorsed Clinton for president") or as a parenthetical ("A, he said, B"). Each frame gives the
content span it would report. ``CueModel`` holds, for each (lemma, frame), how often that candidate's
content was an attribution in PolNeAR's training articles; a candidate is kept when its smoothed rate
reaches the threshold. The table is built by ``python -m newsfacts.eval.train_cues`` (counts only: no
text of the corpus is stored) and ships as ``analyse/data/cue_model.json``.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).with_name("data") / "cue_model.json"
PREP_FRAMES = frozenset({"about", "of", "for", "on", "against", "over", "with", "to", "at", "in", "as", "into"})
OBJECT_TAIL_DEPS = frozenset({"dobj", "prep", "oprd", "xcomp", "ccomp", "dative", "advcl", "acomp"})
TRIM_CHARS = " ,;.:—–-\n"
SMOOTHING = 2.0


@dataclass(frozen=True)
class Candidate:
    verb: Any  # the spaCy token of the cue
    frame: str
    cue: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return f"{self.verb.lemma_.lower()}|{self.frame}"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    return start, end


def _edges(first, last) -> tuple[int, int]:
    return first.idx, last.idx + len(last.text)


def candidates(verb, text: str) -> list[Candidate]:
    """Every frame a verb stands in, with the content span that frame would report."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    out: list[Candidate] = []
    children = list(verb.children)
    word = verb.text
    for c in children:
        if c.dep_ == "ccomp":
            out.append(Candidate(verb, "ccomp", word, *trim(text, *_edges(c.left_edge, c.right_edge))))
        elif c.dep_ == "xcomp":
            out.append(Candidate(verb, "xcomp", word, *trim(text, *_edges(c.left_edge, c.right_edge))))
        elif c.dep_ == "prep" and c.lower_ in PREP_FRAMES and c.i > verb.i:
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                out.append(Candidate(verb, f"prep:{c.lower_}", f"{word} {c.text}",
                                     *trim(text, *_edges(pobj.left_edge, pobj.right_edge))))
        elif c.dep_ == "dobj" and c.i > verb.i:
            tail = [d for d in children if d.i >= c.i and d.dep_ in OBJECT_TAIL_DEPS]
            last = max(tail, key=lambda d: d.right_edge.i).right_edge if tail else c.right_edge
            out.append(Candidate(verb, "dobj", word, *trim(text, *_edges(c.left_edge, last))))
    if not any(c.frame == "ccomp" for c in out) and verb.dep_ in ("parataxis", "advcl") and _after_comma(verb):
        sent = verb.sent
        out.append(Candidate(verb, "paren", word, *trim(text, sent.start_char, sent.end_char)))
    return [c for c in out if c.end - c.start >= 2]


def _after_comma(verb) -> bool:
    i = verb.left_edge.i
    return i > verb.sent.start and verb.doc[i - 1].text == ","


class CueModel:
    """Smoothed rates of (lemma, frame) candidates being attributions, with a per-frame prior."""

    def __init__(self, pairs: dict[str, list[int]], frames: dict[str, list[int]], threshold: float) -> None:
        self.pairs = pairs
        self.frames = frames
        self.threshold = threshold

    def probability(self, key: str) -> float:
        frame = key.split("|", 1)[1]
        fpos, fn = self.frames.get(frame, (0, 0))
        prior = fpos / fn if fn else 0.0
        pos, n = self.pairs.get(key, (0, 0))
        return (pos + SMOOTHING * prior) / (n + SMOOTHING)

    def keeps(self, cand: Candidate) -> bool:
        return self.probability(cand.key) >= self.threshold

    def to_json(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "frames": self.frames, "pairs": self.pairs}


@functools.cache
def load_model(path: Path = MODEL_PATH) -> CueModel:
    data = json.loads(path.read_text())
    return CueModel(data["pairs"], data["frames"], data["threshold"])
