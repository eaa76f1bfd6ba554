"""Tokens, sentences, parse and named entities: the spaCy Doc every later stage reads.

The Doc is a batch-only product (``doc``), never stored: later stages turn what they need into records.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import settings
from ..stage import Stage, Work
from . import nlp


def parse(batch: Sequence[Work]) -> list[dict[str, Any]]:
    model = nlp.load()
    docs = model.pipe((w.article.text for w in batch), batch_size=settings.get("batch_size"))
    return [{"doc": d} for d in docs]


STAGE = Stage("sentences", "1", parse, requires=("text",), assigns=("doc",))
