"""Conflicts on real news with no gold: what the resolver reports on PolNeAR's articles, for review.

PolNeAR's texts are US political news from 2016, one article per file, undated. The resolver has no
gold to be scored against there, so this counts what it reports (figure disagreements and denials per
100 articles) and lists each conflict with its claims in context (``--errors N``) for a reader to judge.
It is how the precision of ``resolve`` on text it was not written against is checked: the
hand-written set (``newsfacts eval conflicts``) measures recall and the hard cases. Read by hand on
2026-11-27: dev (84 files) 0 figure disagreements and 5 denials, all real; train (840 files) 0 figure
disagreements and 45 denials, about 41 of them real rejections of a claim, 26 linked to a statement of
which about half are the statement denied (the rest: the denier's own earlier words under another
name, or a nearby statement by someone else).
"""

from __future__ import annotations

import os
from collections import Counter

from ..records import Article, Conflict
from .common import EvalResult, shared_dir
from .polnear import load_split


def _in_context(conflict: Conflict, texts: dict[str, str]) -> str:
    parts = []
    for c in conflict.claims:
        text = texts.get(c.article, "")
        who = (c.stated_by.name or c.stated_by.mention) if c.stated_by else None
        around = " ".join(text[max(0, c.start - 70):c.end + 40].split())
        parts.append(f"  {c.role or 'claim'}: {c.value if c.value is not None else ''} by {who}: …{around}…")
    return f"{conflict.kind} about {conflict.about[:80]!r}\n" + "\n".join(parts)


def evaluate_conflicts_audit(shared: str | os.PathLike | None = None, split: str = "dev",
                             limit: int | None = None, **_: object) -> EvalResult:
    from ..api import extract

    root = shared_dir(shared)
    gold = load_split(root, split, limit)
    base = root / "gold" / "polnear" / "data" / split / "text"
    result = extract([str(base / f"{g.name}.txt") for g in gold])
    articles: list[Article] = list(result.articles)
    texts = {a.id: a.text for a in articles}
    kinds = Counter(c.kind for c in result.conflicts)
    n = max(1, len(articles))
    scores = {"articles": len(articles), "figure_disagreements": kinds["figure_disagreement"],
              "denials": kinds["denial"], "figure_disagreements_per_100": 100 * kinds["figure_disagreement"] / n,
              "denials_per_100": 100 * kinds["denial"] / n,
              "denials_linked": sum(1 for c in result.conflicts if c.kind == "denial" and len(c.claims) > 1)}
    report = (f"Conflicts on PolNeAR {split} (no gold; review the list with --errors N): {len(articles)} articles, "
              f"{scores['figure_disagreements']} figure disagreements, {scores['denials']} denials "
              f"({scores['denials_linked']} linked to the statement they deny)")
    details = [_in_context(c, texts) for c in result.conflicts]
    return EvalResult("conflicts-audit", passed=True, scores=scores, report=report, details=details)
