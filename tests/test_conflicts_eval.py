"""The hand-written conflicts evaluation set parses, is well formed, and its scorer runs."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from newsfacts.errors import EvalError
from newsfacts.eval import EVALUATIONS
from newsfacts.eval.conflicts import CATEGORIES, KINDS, check_case, data_path, load_cases, matches
from newsfacts.records import Claim, Conflict

SENTENCE_END = re.compile(r"[.!?][\"”]?(?:\s+|$)")
NEGATIVE = {"update", "place", "group", "stock_flow", "same_speaker"}  # never a conflict in these


def test_data_file_parses_line_by_line():
    lines = [line for line in data_path().read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 30
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_every_case_is_well_formed():
    cases = load_cases()
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    for case in cases:
        assert check_case(case) is None, case["id"]
        assert case["category"] in CATEGORIES
        assert case.get("description")
        for a in case["articles"]:
            assert 2 <= len(SENTENCE_END.findall(a["text"])) <= 5, a["id"]  # short: two to five sentences
        for e in case["expected"]:
            assert e["kind"] in KINDS
        if case["category"] in NEGATIVE:
            assert not case["expected"], case["id"]


def test_every_category_is_covered():
    counts = Counter(c["category"] for c in load_cases())
    assert set(counts) == set(CATEGORIES)
    assert all(n >= 3 for n in counts.values()), counts
    assert any(c["expected"] for c in load_cases() if c["category"] == "denial")


def test_a_malformed_case_is_named(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "category": "nonsense", "articles": [], "expected": []}) + "\n")
    with pytest.raises(EvalError, match="bad.jsonl:1"):
        load_cases(bad)
    assert "why" in check_case({"id": "x", "category": "update", "expected": [], "articles": [
        {"id": "a", "title": "t", "text": "x", "published": "2024-01-01", "source": "s"}]})


def test_values_must_sit_on_different_claims():
    def claim(value, low=None, high=None, start=0, end=1):
        return Claim(article="a", value=value, low=low, high=high, stated_by=None, start=start, end=end)

    two = Conflict(about="people", kind="figure_disagreement", claims=(claim(4.0), claim(None, low=48.0)))
    assert matches({"kind": "figure_disagreement", "values": [48, 4]}, two, {})
    assert not matches({"kind": "denial", "values": [48, 4]}, two, {})
    one = Conflict(about="people", kind="figure_disagreement", claims=(claim(None, 4.0, 48.0), claim(10.0)))
    assert not matches({"kind": "figure_disagreement", "values": [4, 48]}, one, {})
    text = "The ministry denied that any civilians were killed."
    denial = Conflict(about="x", kind="denial", claims=(claim(None, start=4, end=len(text)),))
    assert matches({"kind": "denial", "values": [], "evidence": ["denied that"]}, denial, {"a": text})
    assert not matches({"kind": "denial", "values": [], "evidence": ["The ministry"]},
                       Conflict(about="x", kind="denial", claims=(claim(None, start=20, end=30),)), {"a": text})


@pytest.mark.slow
def test_evaluation_runs_and_scores_are_fractions():
    result = EVALUATIONS["conflicts"]()
    assert result.name == "conflicts"
    assert result.scores["cases"] == len(load_cases())
    for key in ("precision", "recall", "f1", *(f"{c}_exact" for c in CATEGORIES)):
        assert 0.0 <= result.scores[key] <= 1.0, key
    assert "precision" in result.report
    assert all(isinstance(line, str) for line in result.details)


@pytest.mark.slow
def test_limit_scores_fewer_cases():
    assert EVALUATIONS["conflicts"](limit=3).scores["cases"] == 3


@pytest.mark.slow
def test_the_audit_lists_what_it_counts(shared):
    result = EVALUATIONS["conflicts-audit"](shared=shared, limit=4)
    assert result.scores["articles"] >= 4
    found = result.scores["figure_disagreements"] + result.scores["denials"]
    assert len(result.details) == found
    assert all(line.split()[0] in ("figure_disagreement", "denial") for line in result.details)
