"""Extraction quality is a CI gate: scores on gold may not fall below the floors in eval_baseline.json.

Each floor set names an evaluation (``newsfacts eval NAME``) and how it is run; a score may drop at most
``tolerance`` below its floor. Raise a floor when a change improves a score.
"""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from newsfacts.errors import EvalError

BASELINE = json.loads((ROOT / "tests" / "eval_baseline.json").read_text())
RUNS = {  # floor set -> (evaluation, its arguments)
    "polnear_dev": ("polnear", {"split": "dev"}),
    "tempeval_tbaq": ("tempeval", {"split": "tbaq"}),
    "newsquant": ("newsquant", {}),
    "idetect": ("idetect", {}),
    "idetect_check": ("idetect", {"part": "check"}),
    "idmc_labelled": ("idmc-labelled", {}),
    "realnews_tune": ("realnews", {"part": "tune"}),
    "realnews_check": ("realnews", {"part": "check"}),
    "geo_first60": ("geo", {"limit": 60}),
    "conflicts": ("conflicts", {}),
    "segmentation_polnear_dev": ("segmentation", {"split": "dev"}),
    "segmentation_polnear_train": ("segmentation", {"split": "train"}),
}


def test_every_floor_set_has_a_run():
    assert set(BASELINE) - {"about", "tolerance"} == set(RUNS)


@pytest.mark.parametrize("floor_set", sorted(RUNS))
def test_scores_stay_above_their_floors(floor_set, shared):
    from newsfacts.eval import EVALUATIONS

    name, kwargs = RUNS[floor_set]
    try:
        scores = EVALUATIONS[name](shared=shared, **kwargs).scores
    except EvalError as err:
        pytest.skip(f"{name}: {err}")
    tolerance = BASELINE["tolerance"]
    drops = {k: (round(scores[k], 3), floor) for k, floor in BASELINE[floor_set].items() if scores[k] < floor - tolerance}
    assert not drops, f"{floor_set} scores fell below their floors (score, floor): {drops}"
