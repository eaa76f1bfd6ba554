"""Segmentation on pages whose shape is known: every PolNeAR file is one article, so a file that segmentation
(reading it as a plain-text dump, as ``newsfacts extract`` would) splits into several articles, or none, is
an error. ``newsfacts eval segmentation [--split dev|train]``; the PolNeAR report carries the same count.
No spaCy, no quotes: it runs in seconds over the 840 training files.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from ..errors import EvalError
from ..ingest.base import RawDocument
from ..records import Source
from ..segment import segment
from .common import EvalResult, shared_dir

SPLITS = ("dev", "train")


def polnear_texts(root: Path, split: str, limit: int | None = None) -> list[tuple[str, str]]:
    """(name, text) of every PolNeAR text of a split, in name order."""
    if split not in SPLITS:
        raise EvalError(f"unknown PolNeAR split {split!r}: use one of {', '.join(SPLITS)}")
    folder = root / "gold" / "polnear" / "data" / split / "text"
    if not folder.is_dir():
        raise EvalError(f"PolNeAR {split} split not found at {folder}")
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))[:limit]]


def wrongly_split(texts: Sequence[tuple[str, str]]) -> list[tuple[str, int]]:
    """(name, articles) of every one-article text that segments into another number of articles."""
    out = []
    for name, text in texts:
        n = len(segment(RawDocument(text=text, source=Source(path=name), segment=True)))
        if n != 1:
            out.append((name, n))
    return out


def evaluate_segmentation(shared: str | os.PathLike | None = None, split: str = "dev", limit: int | None = None,
                          **_: object) -> EvalResult:
    texts = polnear_texts(shared_dir(shared), split, limit)
    wrong = wrongly_split(texts)
    kinds = Counter(a.page_kind for name, text in texts
                    for a in segment(RawDocument(text=text, source=Source(path=name), segment=True)))
    scores = {"files": len(texts), "wrongly_split": len(wrong),
              "one_article_rate": 1 - len(wrong) / len(texts) if texts else 0.0}
    lines = [report_line(split, len(texts), len(wrong)),
             "page kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kv: str(kv[0])))]
    details = [f"{name}: {n} articles" for name, n in wrong]
    return EvalResult("segmentation", passed=True, scores=scores, report="\n".join(lines), details=details)


def report_line(split: str, files: int, wrong: int) -> str:
    return f"segmentation: PolNeAR {split}: {wrong} of {files} files (one article each) split into another number of articles"
