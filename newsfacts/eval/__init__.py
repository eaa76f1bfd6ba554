"""Evaluations against gold sets read from ``../shared/`` (never copied into the repository).

``EVALUATIONS`` maps a name (``newsfacts eval NAME``) to a function returning an ``EvalResult``.
Later issues add their gold sets here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from .common import EvalResult, shared_dir


class _Lazy(Mapping[str, Callable[..., EvalResult]]):
    """Name -> evaluation function, each module imported on first lookup: the evaluations load spaCy, and
    ``newsfacts figures --db`` (which lists their names in its help) should not wait for it."""

    def __init__(self, where: dict[str, str]) -> None:
        self.where = where

    def __getitem__(self, name: str) -> Callable[..., EvalResult]:
        module, _, function = self.where[name].partition(":")
        return getattr(importlib.import_module(f".{module}", __name__), function)

    def __iter__(self) -> Iterator[str]:
        return iter(self.where)

    def __len__(self) -> int:
        return len(self.where)


EVALUATIONS: Mapping[str, Callable[..., EvalResult]] = _Lazy({
    "seed": "seed:evaluate_seed",
    "polnear": "polnear:evaluate_polnear",
    "newsquant": "newsquant:evaluate_newsquant",
    "idetect": "idetect:evaluate_idetect",
    "idmc-labelled": "idetect:evaluate_idmc_labelled",
    "tempeval": "tempeval:evaluate_tempeval",
    "geo": "geo:evaluate_geo",
    "conflicts": "conflicts:evaluate_conflicts",
    "conflicts-audit": "conflicts_audit:evaluate_conflicts_audit",
    "realnews": "realnews:evaluate_realnews",
    "segmentation": "segmentation:evaluate_segmentation",
})

__all__ = ["EVALUATIONS", "EvalResult", "shared_dir"]
