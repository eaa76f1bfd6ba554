"""Figures that disagree, and figures that update one another.

Claims (``claims.py``) about the same thing from independent sources are compared as intervals: "more than
48 hours" is [48, inf), "within four hours" [0, 4], "about 12,000" 12,000 +/- 15%, an exact round number
allows for rounding, a range is its bounds. Whether two claims are about the same thing, and which came
first, is ``sameness.judge``. Two sources disagree when their intervals do not meet and neither is a later
count of the other. A conflict is one connected group of disagreeing claims: two separate disputes about
one kind of figure stay apart. Copies of one story (``duplicates``) are one source, and each claim's
``sources`` counts the stories that carry a compatible claim.

An update is a pair of claims about the same thing where one is a later, higher count (or the value a count
rose from): the figure's history, kept beside the conflicts (``Update``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from ..records import Conflict, Update
from .claims import FigureClaim, figure_claims, interval, topic, topic_key
from .sameness import COMPARE_DAYS, Order, disagree, judge, sequence, supports

__all__ = ["COMPARE_DAYS", "FigureClaim", "about", "conflict_of", "disagreement_groups", "disagreements",
           "figure_claims", "interval", "support", "topic", "topic_key", "update_of"]


def disagreements(claims: Sequence[FigureClaim], story: Mapping[str, str], pool: Sequence[FigureClaim] | None = None,
                  order: Order | None = None) -> list[Conflict]:
    """One conflict per connected group of disagreeing claims (claims in their given order); each claim's
    ``sources`` counts the stories among ``pool`` (default: ``claims``) that support it."""
    pool = claims if pool is None else pool
    return [conflict_of([claims[i] for i in g], pool, story) for g in disagreement_groups(claims, story, order)]


def disagreement_groups(claims: Sequence[FigureClaim], story: Mapping[str, str],
                        order: Order | None = None) -> list[list[int]]:
    """The connected groups of disagreeing claims, as sorted indices into ``claims``."""
    by_topic: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_topic[c.topic].append(i)
    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    linked: set[int] = set()
    for members in by_topic.values():
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                if disagree(claims[i], claims[j], story, order):
                    parent[root(j)] = root(i)
                    linked |= {i, j}
    groups: dict[int, list[int]] = defaultdict(list)
    for i in sorted(linked):
        groups[root(i)].append(i)
    return list(groups.values())


def support(claim: FigureClaim, pool: Iterable[FigureClaim], story: Mapping[str, str]) -> int:
    return len({story.get(c.article, c.article) for c in pool if supports(claim, c)} | {story.get(claim.article, claim.article)})


def about(c: FigureClaim, places: Iterable[str] = ()) -> str:
    """What a claim is about, in words: "people killed in Goma", "households displaced", "hour"."""
    measure, what = c.topic
    who = c.group or {"person": "people"}.get(measure, measure)
    names = sorted(set(places))
    return " ".join(x for x in (who, what, f"in {', '.join(names)}" if names else "") if x)


def conflict_of(group: Sequence[FigureClaim], pool: Sequence[FigureClaim], story: Mapping[str, str]) -> Conflict:
    claims = tuple(replace(c.claim, sources=support(c, pool, story)) for c in group)
    return Conflict(about=about(group[0], (c.place.name for c in group if c.place)), kind="figure_disagreement",
                    claims=claims)


def update_of(a: FigureClaim, b: FigureClaim, story: Mapping[str, str], order: Order | None = None) -> Update | None:
    """The update ``a`` and ``b`` make (the earlier, the later, and what put them in time), or None."""
    verdict = judge(a, b, story, order)
    if verdict.relation != "update":
        return None
    found = sequence(a, b, order or {})
    assert found is not None
    (earlier, later), how = found
    return Update(about=about(earlier, (c.place.name for c in (earlier, later) if c.place)),
                  earlier=earlier.claim, later=later.claim, how=how)
