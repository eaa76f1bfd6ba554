"""Character spans asked about in log time: a text of thousands of names or numbers asks once per name or number,
so a scan of every span each time is the square of the text (minutes on a long page)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class Spans:
    """Spans (start, end), in any order and possibly overlapping."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.furthest: list[int] = list(itertools.accumulate((e for _, e in ordered), max))  # the max end so far

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span (s, e) has s < end and start < e."""
        k = bisect.bisect_left(self.starts, end)  # the spans that start before ``end``
        return k > 0 and self.furthest[k - 1] > start

    def holds(self, at: int) -> bool:
        """Whether some span (s, e) has s <= at < e."""
        return self.overlaps(at, at + 1)


class ByStart(Generic[T]):
    """Items with a start offset, found by a range of starts in their own order."""

    def __init__(self, items: Sequence[T], start: Callable[[T], int]):
        self.items = items
        self.order = sorted(range(len(items)), key=lambda i: start(items[i]))
        self.starts = [start(items[i]) for i in self.order]

    def starting_in(self, lo: int, hi: int) -> list[T]:
        """The items with lo <= start < hi, in the order they were given."""
        a, b = bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi)
        return [self.items[i] for i in sorted(self.order[a:b])]
