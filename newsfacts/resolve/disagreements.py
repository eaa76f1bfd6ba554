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

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from ..records import Conflict, Update
from .claims import FigureClaim, figure_claims, interval, topic, topic_key
from .sameness import COMPARE_DAYS, Order, disagree, judge, sequence, supports
from .words import day

__all__ = ["COMPARE_DAYS", "FigureClaim", "about", "backers", "conflict_of", "disagreement_groups", "disagreements",
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
    days = [_ordinal(c) for c in claims]
    for members in by_topic.values():
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                if _far(claims[i], claims[j], days[i], days[j]):
                    continue  # refused (far_apart, or an earlier check): asking judge costs more
                if disagree(claims[i], claims[j], story, order):
                    parent[root(j)] = root(i)
                    linked |= {i, j}
    groups: dict[int, list[int]] = defaultdict(list)
    for i in sorted(linked):
        groups[root(i)].append(i)
    return list(groups.values())


def support(claim: FigureClaim, pool: Iterable[FigureClaim], story: Mapping[str, str]) -> int:
    return len({story.get(c.article, c.article) for c in pool if supports(claim, c)} | {story.get(claim.article, claim.article)})


def _ordinal(c: FigureClaim) -> int | None:
    d = day(c.published)
    return d.toordinal() if d is not None else None


def _far(a: FigureClaim, b: FigureClaim, da: int | None, db: int | None) -> bool:
    """``sameness._far_apart`` for two dated claims (their days ``da`` and ``db``): whatever else
    ``refusal`` finds, they are not about the same thing."""
    return da is not None and db is not None and abs(da - db) > COMPARE_DAYS and a.article != b.article


class _ByDay:
    """A pool of claims by the day of their articles, so that what may support a claim is looked for
    only within ``COMPARE_DAYS`` of it (and among the undated): the pool of a conflict spans all its
    members' days, and one that grew over years made every rebuild compare each member with all of it."""

    def __init__(self, pool: Sequence[FigureClaim]) -> None:
        dated = sorted(((d, n) for n, c in enumerate(pool) if (d := _ordinal(c)) is not None))
        self.pool = pool
        self.days = [d for d, _ in dated]
        self.dated = [n for _, n in dated]
        self.undated = [n for n, c in enumerate(pool) if _ordinal(c) is None]

    def near(self, claim: FigureClaim) -> list[FigureClaim]:
        """The claims of the pool that ``_far`` does not rule out for ``claim``, in the pool's order."""
        return [self.pool[n] for n in self.places(claim)]

    def places(self, claim: FigureClaim) -> list[int]:
        """Where in the pool those of ``near`` stand."""
        d = _ordinal(claim)
        if d is None:
            return list(range(len(self.pool)))
        lo, hi = bisect_left(self.days, d - COMPARE_DAYS), bisect_right(self.days, d + COMPARE_DAYS)
        # (a claim of its own article has its day: it is among these)
        return sorted(set(self.dated[lo:hi]) | set(self.undated))


def backers(group: Sequence[FigureClaim], pool: Sequence[tuple[int, FigureClaim]]) -> list[list[tuple[int, FigureClaim]]]:
    """For each claim of ``group``, the (numbered) claims of ``pool`` that support it, looked for within
    ``COMPARE_DAYS`` of it only: ``support`` counts their stories."""
    by_day = _ByDay([c for _, c in pool])
    return [[pool[n] for n in by_day.places(c) if supports(c, pool[n][1])] for c in group]


def about(c: FigureClaim, places: Iterable[str] = ()) -> str:
    """What a claim is about, in words: "people killed in Goma", "households displaced", "hour"."""
    measure, what = c.topic
    who = c.group or {"person": "people"}.get(measure, measure)
    names = sorted(set(places))
    return " ".join(x for x in (who, what, f"in {', '.join(names)}" if names else "") if x)


def conflict_of(group: Sequence[FigureClaim], pool: Sequence[FigureClaim], story: Mapping[str, str]) -> Conflict:
    by_day = _ByDay(pool)
    claims = tuple(replace(c.claim, sources=support(c, by_day.near(c), story)) for c in group)
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
