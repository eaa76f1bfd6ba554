"""Near-duplicate articles: wire copies carried by several outlets form one story.

Each article's 5-word shingles are hashed stably; MinHash LSH bands over them find the earlier articles
that may be copies, and exact shingle Jaccard (``DUPLICATE_SIMILARITY``) confirms. A copy joins the story
of the earliest article it nearly duplicates, so a copy never disagrees with its original and a claim's
``sources`` counts stories, not copies. ``StoryIndex`` keeps stories in memory; the ledger keeps them in
its ``stories`` and ``story_bands`` tables (``store/conflicts.py``); both are read through
``finder.ConflictLedger``.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

DUPLICATE_SIMILARITY = 0.7  # 5-word shingle Jaccard above which two articles are copies of one story
SHINGLE = 5
BANDS, ROWS = 32, 4  # MinHash LSH: 128 hashes; pairs of copies (Jaccard >= 0.7) share a band but 1 in 6,000 times
_PRIME = (1 << 31) - 1
_SEEDS = np.array([[int.from_bytes(hashlib.blake2b(f"{k}{i}".encode(), digest_size=4).digest()) % _PRIME
                    for i in range(BANDS * ROWS)] for k in "ab"], dtype=np.uint64)


def shingles(text: str) -> frozenset[int]:
    """The article's 5-word shingles as stable 64-bit hashes (the same in every process)."""
    words = re.findall(r"\w+", text.lower())
    grams = (" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1)))
    return frozenset(int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest()) for g in grams)


def similar(a: frozenset[int], b: frozenset[int]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= DUPLICATE_SIMILARITY


def bands(sh: frozenset[int]) -> list[int]:
    """MinHash LSH band hashes (63-bit): two articles similar enough to be copies share at least one, so
    copies are looked up by these instead of comparing every pair of articles."""
    if not sh:
        return []
    x = np.fromiter(sh, dtype=np.uint64, count=len(sh)) % np.uint64(_PRIME)
    mins = ((_SEEDS[0][:, None] * x[None, :] + _SEEDS[1][:, None]) % np.uint64(_PRIME)).min(axis=1)
    rows = mins.reshape(BANDS, ROWS)
    return [int.from_bytes(hashlib.blake2b(bytes([i]) + rows[i].tobytes(), digest_size=8).digest()) >> 1
            for i in range(BANDS)]


class Stories(Protocol):
    """Where stories are kept: each article's story, and the bands and shingles that find its copies."""

    def story(self, article_id: str) -> str | None:
        """The article's story, None when it has none yet."""

    def copies(self, hashes: Sequence[tuple[int, int]]) -> Iterable[tuple[frozenset[int], str]]:
        """The shingles and story of each article kept that shares one of these (band, hash) pairs, in the
        order the articles were added."""

    def add_story(self, article_id: str, story: str, hashes: Sequence[tuple[int, int]],
                  shingled: frozenset[int]) -> None:
        """Keep an article's story, its band hashes and its shingles."""


def assign_story(stories: Stories, article_id: str, text: str) -> str:
    """The article's story: the story of the first earlier article it nearly duplicates (found through
    shared bands, confirmed by exact shingle Jaccard), else its own id; kept in ``stories``."""
    sh = shingles(text)
    hashes = list(enumerate(bands(sh)))
    story = next((s for other, s in stories.copies(hashes) if similar(other, sh)), article_id) if hashes else article_id
    stories.add_story(article_id, story, hashes, sh)
    return story


@dataclass
class StoryIndex:
    """Stories in memory (``Stories``)."""

    stories: dict[str, str] = field(default_factory=dict)
    shingled: dict[str, frozenset[int]] = field(default_factory=dict)
    by_band: dict[tuple[int, int], list[str]] = field(default_factory=lambda: defaultdict(list))
    order: dict[str, int] = field(default_factory=dict)

    def story(self, article_id: str) -> str | None:
        return self.stories.get(article_id)

    def copies(self, hashes: Sequence[tuple[int, int]]) -> Iterable[tuple[frozenset[int], str]]:
        found = {b for key in hashes for b in self.by_band.get(key, ())}
        return [(self.shingled[b], self.stories[b]) for b in sorted(found, key=self.order.__getitem__)]

    def add_story(self, article_id: str, story: str, hashes: Sequence[tuple[int, int]],
                  shingled: frozenset[int]) -> None:
        self.stories[article_id] = story
        self.shingled[article_id] = shingled
        self.order[article_id] = len(self.order)
        for key in hashes:
            self.by_band[key].append(article_id)
