"""The one function that says whether two figures are about the same thing (``resolve.sameness``): each
refusal reason, the order in time, and the verdicts, on claims built here; then the readings of a figure's
sentence it relies on (group, projection, a count that rose), on short texts written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

import newsfacts
from newsfacts.records import Claim, Speaker
from newsfacts.resolve.claims import FigureClaim, Place, figure_claims
from newsfacts.resolve.sameness import REASONS, article_order, judge, refusal, sequence
from newsfacts.resolve.words import period

LIBYA = Place("LBY", "Libya", "country", True)
DERNA = Place("LBY", "Derna", "city", True)


def claim(value: float, article: str = "a", source: str = "officials", **kw) -> FigureClaim:
    low, high = kw.pop("interval", (value * 0.95, value * 1.05))
    base = FigureClaim(article=article, published=kw.pop("published", "2023-09-13"), source=source,
                       topic=kw.pop("topic", ("person", "killed")), low=low, high=high, flow=True,
                       place=kw.pop("place", LIBYA),
                       claim=Claim(article=article, value=value, low=None, high=None,
                                   stated_by=Speaker(name=source, mention=source), start=0, end=1),
                       context=kw.pop("context", frozenset({"flood"})), category=kw.pop("category", "casualties"))
    return replace(base, **kw)


STORY = {"a": "a", "b": "b"}


@pytest.mark.parametrize(("reason", "other"), [
    ("topic", {"topic": ("person", "injured")}),
    ("group", {"group": "child"}),
    ("place", {"place": Place("EGY", "Egypt", "country", True)}),
    ("scope", {"place": DERNA}),
    ("stock_flow", {"stock_or_flow": "stock", "topic": ("person", "displaced"), "category": "displacement"}),
    ("window", {"when": "2023-06", "published": "2023-09-13"}),
    ("part", {"part": True}),
    ("projection", {"projection": True}),
    ("far_apart", {"published": "2024-03-01"}),
    ("cause", {"context": frozenset({"fight"})}),
    ("unrelated", {"context": frozenset({"market"})}),
])
def test_each_refusal_names_its_reason(reason, other):
    first = {"stock_or_flow": "flow", "topic": ("person", "displaced"), "category": "displacement"} \
        if reason == "stock_flow" else {"when": "2023-01/..", "published": "2023-09-13"} if reason == "window" else {}
    a = claim(2300, **first)
    b = claim(5100, article="b", source="the Red Crescent", **other)
    assert refusal(a, b) == reason
    verdict = judge(a, b, STORY)
    assert (verdict.relation, verdict.reason) == ("refused", reason)
    assert verdict.why == REASONS[reason]


def test_the_same_thing_from_two_sources_conflicts_or_agrees():
    a, b = claim(3000, interval=(2550, 3000)), claim(2000, article="b", source="UN", interval=(1700, 2300))
    assert judge(a, b, STORY).relation == "conflict"
    assert judge(a, claim(2900, article="b", source="UN"), STORY).relation == "agree"
    assert judge(a, b, {"a": "a", "b": "a"}).relation == "conflict"  # copies with another speaker still differ
    assert judge(a, replace(b, source="officials"), STORY).reason == "same_source"


def test_a_later_higher_count_is_an_update_and_says_what_put_it_in_time():
    early, late = claim(2300, published="2023-09-12"), claim(5100, article="b", source="UN", published="2023-09-13")
    assert (judge(early, late, STORY).relation, judge(early, late, STORY).reason) == ("update", "published")
    assert judge(late, early, STORY).relation == "update"  # either order
    lower = claim(1000, article="b", source="UN", published="2023-09-13")
    assert judge(early, lower, STORY).relation == "conflict"  # later and lower: a dispute
    # the same day: a count said to have risen is the later one
    risen = claim(5100, article="b", source="UN", latest=True)
    assert judge(claim(2300), risen, STORY).reason == "rise"
    # two counts since one day, the later one ending later
    since = claim(2300, when="2023-09/..", published="2023-09-12")
    more = claim(5100, article="b", source="UN", when="2023-09/..", published="2023-09-14")
    assert judge(since, more, STORY).reason in ("since", "published")
    # different periods, the later lower: two periods, not a dispute
    monday = claim(300, when="2023-09-11")
    tuesday = claim(100, article="b", source="UN", when="2023-09-12")
    assert (judge(monday, tuesday, STORY).relation, judge(monday, tuesday, STORY).reason) == ("refused", "period")


def test_a_rise_in_one_count_puts_the_articles_other_counts_in_time():
    toll_a = claim(190, interval=(190, float("inf")))
    toll_b = claim(225, article="b", source="the department", latest=True)
    affected_a = claim(59000, topic=("person", "affected"), category="other", interval=(50150, 59000))
    affected_b = claim(88000, article="b", source="the department", topic=("person", "affected"), category="other",
                       interval=(88000, float("inf")))
    assert judge(affected_a, affected_b, STORY).relation == "conflict"  # nothing tells which came first
    order = article_order([toll_a, toll_b, affected_a, affected_b])
    assert order == {("a", "b"): -1, ("b", "a"): 1}
    verdict = judge(affected_a, affected_b, STORY, order)
    assert (verdict.relation, verdict.reason) == ("update", "article_order")
    assert sequence(affected_a, affected_b, order)[0] == (affected_a, affected_b)


def test_inside_one_article_two_named_sources_may_disagree_but_not_the_narration():
    a = claim(2300, source="officials", paragraph=0)
    b = claim(5000, source="Al-Masar", paragraph=1, context=frozenset({"city"}))
    assert judge(a, b, STORY).relation == "conflict"
    far = replace(b, paragraph=5)
    assert judge(a, far, STORY).reason == "unrelated"  # far apart, sharing nothing, no "but"
    assert judge(a, replace(far, contrast=True), STORY).relation == "conflict"
    narration = replace(b, claim=replace(b.claim, stated_by=None), source="Benghazi Courier")
    assert judge(a, narration, STORY).reason == "same_source"
    assert judge(a, replace(b, source="Libyan officials"), STORY).reason == "same_source"  # one source, named two ways


def test_periods_are_read_from_every_precision():
    assert period("2025-W49") == (period("2025-12-01")[0], period("2025-12-07")[0])
    assert period("2024-11-11/2024-11-20")[1].day == 20
    assert period("2024/..")[0].year == 2024 and period("199")[1].year == 1999
    assert period("2025-SU")[0].month == 6 and period("not a date") is None


def claims_of(text: str, date: str = "2024-08-01") -> list[FigureClaim]:
    (article,) = newsfacts.extract(text, date=date).articles
    return figure_claims(article)


def test_the_sentence_says_who_is_counted_whether_it_is_a_projection_and_whether_it_rose():
    found = claims_of("The toll from the floods rose to 225, officials said. Nearly 3,000 combatants and civilians "
                      "were killed in the fighting, according to the UN. The survey said 10,000 people may have died. "
                      "Among the dead were 40 children, UNICEF said.")
    by_value = {c.claim.value: c for c in found}
    assert by_value[225].latest and not by_value[225].projection
    assert by_value[3000].group == ""  # combatants and civilians: everyone
    assert by_value[10000].projection
    assert by_value[40].group == "child"


def test_parts_additions_and_people_already_displaced_are_read_from_the_sentence():
    found = claims_of("Fighting has displaced more than 9 million people in Sudan since April, the agency said. "
                      "An additional 1.5 million people were already displaced by earlier wars in Sudan. Of those, "
                      "about 600,000 live in camps in Sudan. Another 300 fled on Monday. Some 2,000 people are "
                      "displaced in Sudan, a local official said.")
    by_value = {c.claim.value: c for c in found}
    assert not by_value[9_000_000].part and by_value[1_500_000].part and by_value[600_000].part
    assert by_value[300].part and not by_value[2000].part
    assert by_value[1_500_000].stock_or_flow == "stock"
    (missing,) = [c for c in claims_of("The floods killed 40 people and injured 120 in Malawi, officials said on Monday. "
                                       "An additional 15 people remain missing.") if c.claim.value == 15]
    assert not missing.part  # the whole count of the missing, in addition to other counts


def test_a_count_over_the_past_hours_takes_that_window():
    (c,) = [c for c in claims_of("Medics said 165 people were killed in the past 24 hours.", "2023-12-30")
            if c.claim.value == 165]
    assert c.when == "2023-12-29/2023-12-30"


def test_counts_in_a_liveblog_conflict_only_when_dated_or_set_against_each_other():
    a = claim(423378, many_stories=True, context=frozenset({"gaza"}))
    b = claim(1000000, article="b", source="UNRWA", context=frozenset({"gaza"}))
    assert judge(a, b, STORY).reason == "undated"
    assert judge(replace(a, when="2023-10-12"), replace(b, when="2023-10-12"), STORY).relation == "conflict"
    assert judge(a, replace(b, contrast=True), STORY).relation == "conflict"
