"""What a stage is: ``Stage`` (a pure function over a batch, with what it needs and produces) and ``Work``.

A ``Stage`` declares what it needs (``requires``) and what it produces (``assigns``), like a spaCy
component. Names are Article fields (``text``, ``mentions`` ...) or working products that live only
during a batch (``doc``: the spaCy Doc). A stage function takes the batch's ``Work`` items and returns,
for each, a mapping from the names it assigns to their values; it does no I/O and keeps no state between
calls. This module is a leaf: stages import it, and ``pipeline`` runs what they declare.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .records import Article

ARTICLE_FIELDS = frozenset(f.name for f in dataclasses.fields(Article))
# What segmentation already provides before any stage runs.
PROVIDED = frozenset({"id", "source", "text", "title", "url", "dateline", "published", "bullets", "truncated", "language"})


@dataclass
class Work:
    """One article while a batch goes through the stages, with the batch-only products beside it."""

    article: Article
    products: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        return getattr(self.article, name) if name in ARTICLE_FIELDS else self.products[name]


StageFn = Callable[[Sequence[Work]], list[dict[str, Any]]]


@dataclass(frozen=True)
class Stage:
    name: str
    version: str
    fn: StageFn
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    @property
    def tag(self) -> str:
        return f"{self.name}@{self.version}"


def per_article(fn: Callable[[Work], dict[str, Any]]) -> StageFn:
    """Turn a function of one ``Work`` into a stage function over a batch (picklable when ``fn`` is, so the
    stage can go to worker processes)."""
    return _PerArticle(fn)


class _PerArticle:
    def __init__(self, fn: Callable[[Work], dict[str, Any]]) -> None:
        self.fn = fn
        self.__name__ = getattr(fn, "__name__", "stage")

    def __call__(self, batch: Sequence[Work]) -> list[dict[str, Any]]:
        return [self.fn(w) for w in batch]
