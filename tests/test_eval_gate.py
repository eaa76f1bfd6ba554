"""Extraction quality is a CI gate: scores on gold may not fall below the floors in eval_baseline.json."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

BASELINE = json.loads((ROOT / "tests" / "eval_baseline.json").read_text())


def test_polnear_dev_scores_stay_above_their_floors(shared):
    if not (shared / "gold" / "polnear" / "data" / "dev").is_dir():
        pytest.skip("PolNeAR dev split is not in shared/gold")
    from newsfacts.eval.polnear import evaluate_polnear

    scores = evaluate_polnear(shared=shared, split="dev").scores
    tolerance = BASELINE["tolerance"]
    drops = {k: (round(scores[k], 3), floor) for k, floor in BASELINE["polnear_dev"].items() if scores[k] < floor - tolerance}
    assert not drops, f"PolNeAR dev scores fell below their floors (score, floor): {drops}"


def test_tempeval_tbaq_scores_stay_above_their_floors(shared):
    if not (shared / "gold" / "tempeval3" / "Training" / "TBAQ-cleaned").is_dir():
        pytest.skip("TempEval-3 TBAQ-cleaned is not in shared/gold")
    from newsfacts.eval.tempeval import evaluate_tempeval

    scores = evaluate_tempeval(shared=shared, split="tbaq").scores
    tolerance = BASELINE["tolerance"]
    drops = {k: (round(scores[k], 3), floor) for k, floor in BASELINE["tempeval_tbaq"].items() if scores[k] < floor - tolerance}
    assert not drops, f"TempEval-3 TBAQ date scores fell below their floors (score, floor): {drops}"
