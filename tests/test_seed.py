"""The seed page, read from ../shared (never copied here): segmentation and span round-trip must pass."""

from __future__ import annotations

from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.eval.seed import evaluate_seed


def test_seed_articles_and_spans_pass_the_official_scorer(shared):
    result = evaluate_seed(shared=shared, only="articles,spans")
    assert result.passed, result.report
    assert result.scores["found"] == result.scores["expected"]
    assert result.scores["spans_ok"] == result.scores["spans"] > 0


def test_seed_people_have_canonical_names(shared):
    result = evaluate_seed(shared=shared, only="people")
    assert result.passed, result.report


def test_eval_seed_command_prints_the_score(shared):
    res = CliRunner().invoke(cli, ["eval", "seed", "--shared", str(shared), "--only", "articles,spans"])
    assert res.exit_code == 0, res.output
    assert "seed: 4/4 expected facts found" in res.output
