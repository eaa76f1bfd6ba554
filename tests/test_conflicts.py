"""Disagreements and denials on short articles written for these tests."""

from __future__ import annotations

import newsfacts
from newsfacts.records import Figure
from newsfacts.resolve.disagreements import interval


def conflicts(text: str):
    return newsfacts.extract(text).conflicts


def values(conflict):
    return {v for c in conflict.claims for v in (c.value, c.low, c.high) if v is not None}


def test_two_speakers_who_cannot_both_be_right():
    text = ("The convoy waited more than 48 hours at the crossing, the aid agency said. "
            "Border officials said the convoy was cleared within four hours.")
    (c,) = [c for c in conflicts(text) if c.kind == "figure_disagreement"]
    assert {4, 48} <= values(c)


def test_rounding_and_overlapping_bounds_are_not_conflicts():
    text = ("About 12,000 people were displaced in Kasai, the UN said. "
            "Local officials said 11,800 people were displaced in Kasai. "
            "A charity said more than 10,000 people were displaced in Kasai.")
    assert not [c for c in conflicts(text) if c.kind == "figure_disagreement"]


def test_denials_are_kept_with_their_speaker():
    text = "The army denied that any civilians were killed in the raid, spokesman Omar Diallo told reporters."
    (c,) = [c for c in conflicts(text) if c.kind == "denial"]
    assert c.claims[0].stated_by is not None


def test_intervals_follow_the_qualifier():
    def fig(**kw):
        return Figure(value=kw.pop("value"), start=0, end=1, **kw)

    assert interval(fig(value=48, approx="over")) == (48, float("inf"))
    assert interval(fig(value=4, approx="up to")) == (0.0, 4)
    assert interval(fig(value=None, low=3000, high=5000)) == (3000, 5000)
    low, high = interval(fig(value=12000, approx="exact"))
    assert low < 11_000 < 12_000 < 13_000 < high


def test_a_denial_must_reject_a_claim():
    assert [c.kind for c in conflicts("The army denied any link to the attack on the convoy, a spokesman said.")] == ["denial"]
    not_denials = [
        "The court rejected a request from the families to reopen the camp, officials said.",
        "Ministers rejected the idea of a second relief corridor, the spokesman said.",
        "The spokesman did not dispute that 40 trucks were held at the border, aid groups said.",
        "The council denied his party the seats it had won, observers said.",
    ]
    for text in not_denials:
        assert not [c for c in conflicts(text) if c.kind == "denial"], text


def test_killed_and_died_are_one_event_and_shares_are_not_compared():
    text = ("Rescue volunteers said 60 people were killed when floods swept through villages in Ghor. "
            "But the provincial government said 14 people had died in the floods.")
    (c,) = [c for c in conflicts(text) if c.kind == "figure_disagreement"]
    assert {60, 14} <= values(c)
    shares = ("The agency said 40 percent of families in the camps lacked clean water. "
              "But a local charity said 70 percent of families in the camps had no latrines.")
    assert not [c for c in conflicts(shares) if c.kind == "figure_disagreement"]


def test_spans_of_time_that_place_rather_than_measure_are_not_compared():
    text = ("The committee chairman said the hearing had been delayed twice in the past two weeks. "
            "But the lawyer said the hearing was set six weeks before the vote.")
    assert not [c for c in conflicts(text) if c.kind == "figure_disagreement"]


def test_figures_whose_sentences_share_nothing_are_different_things():
    texts = ["Officials in Kasai said 400 people had been displaced by the fighting near Tshikapa last week.",
             "A charity in Kasai said 9,000 people had been displaced by floods along the river in March."]
    found = newsfacts.extract("\n\n".join(texts)).conflicts
    assert not [c for c in found if c.kind == "figure_disagreement"]
