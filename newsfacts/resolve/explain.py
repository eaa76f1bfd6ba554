"""Why two figures were or were not compared: every pair of comparable figures among some articles, with
``sameness.judge``'s verdict on it (``newsfacts conflicts --explain``)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..records import Article, Claim
from .claims import FigureClaim, figure_claims
from .duplicates import StoryIndex, assign_story
from .sameness import REASONS, article_order, judge


@dataclass(frozen=True)
class Pair:
    """Two figures and the verdict on them: ``relation`` (refused, agree, update, conflict), ``reason``
    (a key of ``sameness.REASONS`` when refused; for an update, what put the two in time) and ``why`` in
    words. ``about`` is each figure's topic ("person killed")."""

    first: Claim
    second: Claim
    about: tuple[str, str]
    relation: str
    reason: str
    why: str


def explain(articles: Iterable[Article], figures: Sequence[str] = ()) -> list[Pair]:
    """Every pair of claims of one topic among ``articles`` and the verdict on it. ``figures`` keeps the
    pairs where one figure's text or value matches one of them and the other another (two given), or one
    of them (one given)."""
    found = list(articles)
    index = StoryIndex()
    story = {a.id: assign_story(index, a.id, a.text) for a in found}
    claims = [c for a in found for c in figure_claims(a)]
    order = article_order(claims)
    out = []
    for a, b in itertools.combinations(claims, 2):
        if a.topic[1] != b.topic[1] or not _wanted(a, b, figures):
            continue
        v = judge(a, b, story, order)
        out.append(Pair(a.claim, b.claim, (" ".join(a.topic), " ".join(b.topic)), v.relation, v.reason,
                        REASONS.get(v.reason, _how(v.reason, v.relation))))
    return out


def _how(reason: str, relation: str) -> str:
    if relation == "update":
        return {"rose_from": "the earlier is the value the count is said to have risen from",
                "rise": "the later is said to have risen, and is higher",
                "dates": "their own dates put them in time, and the later is higher",
                "since": "both count from one day, the later to a later day, and it is higher",
                "published": "their articles' dates put them in time, and the later is higher",
                "reported": "the latest day each article names puts them in time, and the later is higher",
                "article_order": "a rise between two other counts of their articles put them in time"}.get(reason, reason)
    return {"conflict": "the same thing, from two sources, with values that cannot both be true",
            "agree": "the same thing, with values that can both be true"}.get(relation, relation)


def _matches(c: FigureClaim, wanted: str) -> bool:
    w = wanted.strip().lower().replace(",", "")
    text = (c.claim.text or "").lower().replace(",", "")
    try:
        return c.claim.value is not None and abs(c.claim.value - float(w)) < 1e-6 or w in text
    except ValueError:
        return w in text


def _wanted(a: FigureClaim, b: FigureClaim, figures: Sequence[str]) -> bool:
    if not figures:
        return True
    if len(figures) == 1:
        return _matches(a, figures[0]) or _matches(b, figures[0])
    x, y = figures[:2]
    return (_matches(a, x) and _matches(b, y)) or (_matches(a, y) and _matches(b, x))
