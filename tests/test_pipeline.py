"""Stages declare what they need and produce; one failing article never stops a batch."""

from __future__ import annotations

import pickle

import pytest

from newsfacts.errors import PipelineError
from newsfacts.pipeline import Pipeline, Stage, default_stages, per_article, process_batch
from newsfacts.records import Article, Failure, Source


def art(text: str, n: int = 0) -> Article:
    return Article(id=f"a{n}", source=Source(path="t"), text=text)


def upper_title(w):
    return {"title": w.article.text.upper()}


def boom_on_bad(w):
    if "bad" in w.article.text:
        raise ValueError("cannot handle this one")
    return {"bullets": ("ok",)}


def test_check_refuses_a_stage_whose_needs_nothing_provides():
    needs_doc = Stage("quotes", "1", per_article(lambda w: {}), requires=("doc",), assigns=("quotes",))
    with pytest.raises(PipelineError, match="requires \\['doc'\\]"):
        Pipeline([needs_doc])


def test_check_refuses_duplicate_stage_names():
    s = Stage("x", "1", per_article(upper_title), requires=("text",), assigns=("title",))
    with pytest.raises(PipelineError, match="two stages"):
        Pipeline([s, s])


def test_a_stage_may_not_assign_what_it_did_not_declare():
    sneaky = Stage("sneaky", "1", per_article(upper_title), requires=("text",), assigns=())
    (out,) = Pipeline([sneaky]).run([art("hello")])
    assert isinstance(out, Failure) and "without declaring" in out.reason and out.stage == "sneaky"


def test_stages_assign_fields_and_record_their_versions():
    s = Stage("shout", "2", per_article(upper_title), requires=("text",), assigns=("title",))
    (out,) = Pipeline([s]).run([art("hello")])
    assert out.title == "HELLO" and out.extractors == ("shout@2",)


def test_one_failing_article_becomes_a_failure_and_the_batch_goes_on():
    s = Stage("fragile", "1", per_article(boom_on_bad), requires=("text",), assigns=("bullets",))
    out = Pipeline([s]).run([art("good one", 1), art("a bad one", 2), art("another good", 3)])
    assert [type(x).__name__ for x in out] == ["Article", "Failure", "Article"]
    assert out[1].reason == "ValueError: cannot handle this one" and out[1].stage == "fragile"
    assert out[0].bullets == ("ok",)


def test_overlong_articles_fail_alone(monkeypatch):
    monkeypatch.setenv("NEWSFACTS_MAX_ARTICLE_CHARS", "10")
    out = Pipeline([]).run([art("short"), art("far too long for the limit")])
    assert isinstance(out[0], Article) and isinstance(out[1], Failure)
    assert "NEWSFACTS_MAX_ARTICLE_CHARS" in out[1].reason


def test_default_stages_fit_together_and_process_batch_pickles():
    Pipeline(default_stages())
    (out,) = process_batch([art("Filippo Grandi met Ishaq Dar in Geneva on Monday.")])
    assert pickle.loads(pickle.dumps(out)) == out  # articles travel to and from worker processes
    assert {m.canonical for m in out.mentions} >= {"Filippo Grandi", "Ishaq Dar", "Geneva"}
    assert out.extractors[:2] == ("sentences@1", "entities@1") and "quotes@1" in out.extractors


def test_works_keep_the_batch_products_and_leave_failures_out():
    def doc_like(w):
        if "bad" in w.article.text:
            raise ValueError("cannot handle this one")
        return {"doc": w.article.text.split()}

    stage = Stage("tokens", "1", per_article(doc_like), requires=("text",), assigns=("doc",))
    works = Pipeline([stage]).works([art("good one", 0), art("bad one", 1), art("fine too", 2)])
    assert [w.article.id for w in works] == ["a0", "a2"]
    assert works[1].products["doc"] == ["fine", "too"]
