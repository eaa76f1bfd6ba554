"""Evaluations against gold sets read from ``../shared/`` (never copied into the repository).

``EVALUATIONS`` maps a name (``newsfacts eval NAME``) to a function returning an ``EvalResult``.
Later issues add their gold sets here.
"""

from __future__ import annotations

from collections.abc import Callable

from .common import EvalResult, shared_dir
from .conflicts import evaluate_conflicts
from .conflicts_audit import evaluate_conflicts_audit
from .geo import evaluate_geo
from .idetect import evaluate_idetect, evaluate_idmc_labelled
from .newsquant import evaluate_newsquant
from .polnear import evaluate_polnear
from .realnews import evaluate_realnews
from .seed import evaluate_seed
from .segmentation import evaluate_segmentation
from .tempeval import evaluate_tempeval

EVALUATIONS: dict[str, Callable[..., EvalResult]] = {
    "seed": evaluate_seed,
    "polnear": evaluate_polnear,
    "newsquant": evaluate_newsquant,
    "idetect": evaluate_idetect,
    "idmc-labelled": evaluate_idmc_labelled,
    "tempeval": evaluate_tempeval,
    "geo": evaluate_geo,
    "conflicts": evaluate_conflicts,
    "conflicts-audit": evaluate_conflicts_audit,
    "realnews": evaluate_realnews,
    "segmentation": evaluate_segmentation,
}

__all__ = ["EVALUATIONS", "EvalResult", "shared_dir"]
