"""Tokens, sentences, parse and named entities: the spaCy Doc every later stage reads.

The Doc is a batch-only product (``doc``), never stored: later stages turn what they need into records.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import language, settings
from ..stage import Stage, Work
from . import nlp


def parse(batch: Sequence[Work]) -> list[dict[str, Any]]:
    """Each article parsed by the model of its language (``language.effective``), the models loaded only for
    the languages the batch holds."""
    out: list[dict[str, Any]] = [{} for _ in batch]
    for code, indices in _by_language(batch).items():
        model = nlp.load(language=code)
        docs = model.pipe((nlp.model_text(batch[i].article.text, code) for i in indices), batch_size=settings.get("batch_size"))
        for i, d in zip(indices, docs, strict=True):
            out[i] = {"doc": d}
    return out


def _by_language(batch: Sequence[Work]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for i, w in enumerate(batch):
        groups.setdefault(language.effective(w.article.language), []).append(i)
    return groups


STAGE = Stage("sentences", "1", parse, requires=("text",), assigns=("doc",))
