"""Across articles: near-duplicate stories, figures that disagree and denials, found by one conflict finder.

``duplicates`` (stories of copies), ``disagreements`` (figure claims and when two disagree), ``denials``
(statements that reject a claim, and what they reject), ``finder`` (the algorithm, over a
``ConflictLedger``: in memory here, in SQL in ``store/conflicts.py``).
"""

from .finder import ConflictFinder, find_conflicts

__all__ = ["ConflictFinder", "find_conflicts"]
