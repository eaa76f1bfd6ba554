"""Across articles: near-duplicate stories, figures that disagree and denials, found by one conflict finder.

``duplicates`` (stories of copies, by MinHash LSH and containment), ``claims`` (figures as claims),
``sameness`` (the one function that says whether two figures are about the same thing, why not, and
which came first: ``judge``), ``disagreements`` (conflicts of figures, and updates: a figure's history),
``denials`` (statements that reject a claim, and what they reject), ``finder`` (the algorithm, over a
``ConflictLedger``: in memory here, in SQL in ``store/conflicts.py``), ``explain`` (every pair of figures
and the verdict on it, for ``newsfacts conflicts --explain``).
"""

from .finder import ConflictFinder, find_conflicts, resolve

__all__ = ["ConflictFinder", "find_conflicts", "resolve"]
