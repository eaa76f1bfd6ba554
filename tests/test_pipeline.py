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


# -- the per-article time limit (NEWSFACTS_MAX_ARTICLE_SECONDS) ----------------------------------------


def slow_on_stuck(w):
    if "stuck" in w.article.text:
        import time

        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # pure Python: a timer can interrupt it
            pass
    return {"bullets": ("ok",)}


def swallow_everything(w):
    try:
        return slow_on_stuck(w)
    except Exception:  # a stage's own broad handler must not swallow the time limit
        return {"bullets": ("swallowed",)}


@pytest.mark.parametrize("fn", [slow_on_stuck, swallow_everything])
def test_an_article_that_runs_past_the_time_limit_fails_alone(monkeypatch, fn):
    import time

    monkeypatch.setenv("NEWSFACTS_MAX_ARTICLE_SECONDS", "0.3")
    s = Stage("slow", "1", per_article(fn), requires=("text",), assigns=("bullets",))
    started = time.monotonic()
    out = Pipeline([s]).run([art("fine", 1), art("stuck here", 2), art("also fine", 3)])
    assert time.monotonic() - started < 5  # 30 s before the limit
    assert [type(x).__name__ for x in out] == ["Article", "Failure", "Article"]
    assert out[1].stage == "slow" and "took over 0.3 s" in out[1].reason
    assert "NEWSFACTS_MAX_ARTICLE_SECONDS" in out[1].reason
    assert out[0].bullets == ("ok",) and out[0].extractors == ("slow@1",)  # applied once, not twice


def test_outside_the_main_thread_an_overrun_still_fails_that_article(monkeypatch):
    import threading
    import time

    def a_little_slow(w):
        if "slow" in w.article.text:
            time.sleep(0.3)
        return {"bullets": ("ok",)}

    monkeypatch.setenv("NEWSFACTS_MAX_ARTICLE_SECONDS", "0.1")
    s = Stage("slow", "1", per_article(a_little_slow), requires=("text",), assigns=("bullets",))
    result: list = []
    t = threading.Thread(target=lambda: result.extend(Pipeline([s]).run([art("quick", 1), art("slow one", 2)])))
    t.start()
    t.join()
    assert [type(x).__name__ for x in result] == ["Article", "Failure"]
    assert "NEWSFACTS_MAX_ARTICLE_SECONDS" in result[1].reason


def test_the_time_limit_leaves_no_timer_or_handler_behind(monkeypatch):
    import signal

    monkeypatch.setenv("NEWSFACTS_MAX_ARTICLE_SECONDS", "5")
    before = signal.getsignal(signal.SIGALRM)
    s = Stage("shout", "2", per_article(upper_title), requires=("text",), assigns=("title",))
    (out,) = Pipeline([s]).run([art("hello")])
    assert out.title == "HELLO"
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0) and signal.getsignal(signal.SIGALRM) == before


def test_a_bad_time_limit_setting_is_a_clear_error(monkeypatch):
    from newsfacts import settings
    from newsfacts.errors import ConfigurationError

    monkeypatch.setenv("NEWSFACTS_MAX_ARTICLE_SECONDS", "soon")
    with pytest.raises(ConfigurationError, match="NEWSFACTS_MAX_ARTICLE_SECONDS must be a number"):
        settings.get("max_article_seconds")


def test_a_stage_stuck_in_a_backtracking_regex_is_stopped(monkeypatch):
    import re
    import time

    def backtrack(w):
        re.match(r"(?:a+)+b", w.article.text)  # exponential on a run of "a" with no "b"
        return {"bullets": ("ok",)}

    monkeypatch.setenv("NEWSFACTS_MAX_ARTICLE_SECONDS", "0.3")
    s = Stage("regex", "1", per_article(backtrack), requires=("text",), assigns=("bullets",))
    started = time.monotonic()
    out = Pipeline([s]).run([art("a" * 40, 1), art("aab", 2)])
    assert time.monotonic() - started < 5
    assert isinstance(out[0], Failure) and "took over 0.3 s" in out[0].reason and out[1].bullets == ("ok",)


def test_a_batch_larger_than_the_batch_size_gets_the_limit_once_per_batch_size(monkeypatch):
    import time

    calls: list[int] = []

    def steady(batch):
        calls.append(len(batch))
        time.sleep(0.1 * len(batch))
        return [{"bullets": ("ok",)} for _ in batch]

    monkeypatch.setenv("NEWSFACTS_MAX_ARTICLE_SECONDS", "0.3")
    monkeypatch.setenv("NEWSFACTS_BATCH_SIZE", "2")
    s = Stage("steady", "1", steady, requires=("text",), assigns=("bullets",))
    out = Pipeline([s]).run([art("one", 1), art("two", 2), art("three", 3), art("four", 4)])
    assert calls == [4] and all(a.bullets == ("ok",) for a in out)  # 0.4 s is within 2 x 0.3 s
