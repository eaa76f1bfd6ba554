"""Near-duplicate articles: wire copies carried by several outlets form one story.

Wire copies are trimmed, retitled, re-paragraphed and lightly edited, so two copies are told apart from
two reports of one event by **containment**, not Jaccard: the share of the smaller text's word shingles
(``SHINGLE`` words, case and punctuation ignored) found in the larger one. A copy cut to a third of the
original keeps a containment near 1 while its Jaccard falls to 0.3.

Each article gets a ``Fingerprint``: its number of shingles and a MinHash signature of them (datasketch's
``MinHash``, ``NUM_PERM`` permutations, a fixed seed, shingles hashed by CRC-32 (stable and fast; datasketch
mixes it before permuting), so fingerprints agree across processes and runs).
Possible copies are looked up through MinHash LSH bands (``BANDS`` of ``ROWS`` values): in memory through
datasketch's ``MinHashLSH``, in the ledger through the same bands stored in ``story_bands`` and indexed, so
the cost of finding copies does not grow with the ledger. Each candidate is confirmed by the containment
its signature and size estimate (``containment``), without reading its text: at least
``COPY_CONTAINMENT``. A copy joins the story of the earliest article it copies, so a claim's ``sources``
counts stories, not copies. Texts of fewer than ``MIN_SHINGLES`` shingles (a caption, a one-line brief)
are never copies: a signature of a few shingles says too little.
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol

import numpy as np

from ..records import Article

if TYPE_CHECKING:
    from datasketch import MinHash, MinHashLSH

SHINGLE = 4  # words per shingle
NUM_PERM = 128  # MinHash permutations
BANDS, ROWS = 64, 2  # LSH: texts whose shingle Jaccard is 0.25 share a band 98% of the time, at 0.01 0.6%
SEED = 17
SCHEME = "affine32"  # datasketch's permutation scheme: 32-bit values, stated so stored signatures stay readable
COPY_CONTAINMENT = 0.5  # share of the smaller text's shingles in the larger one above which it is a copy
MIN_SHINGLES = 20
CANDIDATES = 200  # the latest possible copies confirmed per article (a ledger of near-identical boilerplate)


@dataclass(frozen=True)
class Fingerprint:
    """What finding an article's copies needs: its shingle count and MinHash signature (``NUM_PERM``
    unsigned 32-bit values)."""

    size: int
    signature: bytes

    def values(self) -> np.ndarray:
        return np.frombuffer(self.signature, dtype=np.uint32)


def shingles(text: str) -> set[bytes]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def fingerprint(text: str) -> Fingerprint:
    """The article's fingerprint (the same in every process)."""
    from datasketch import MinHash

    found = shingles(text)
    m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme=SCHEME, hashfunc=zlib.crc32)
    if found:
        m.update_batch(list(found))
    return Fingerprint(len(found), m.hashvalues.astype(np.uint32).tobytes())


def minhash(fp: Fingerprint) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=fp.values(), permutations=_permutations(), scheme=SCHEME,
                   hashfunc=zlib.crc32)


def containment(a: Fingerprint, b: Fingerprint) -> float:
    """The estimated share of the smaller text's shingles found in the larger one: from the signatures'
    Jaccard J and the sizes, |A and B| = J (|A| + |B|) / (1 + J)."""
    if min(a.size, b.size) < MIN_SHINGLES:
        return 0.0
    j = float(np.mean(a.values() == b.values()))
    return j * (a.size + b.size) / (1 + j) / min(a.size, b.size)


def copies(a: Fingerprint, b: Fingerprint) -> bool:
    return containment(a, b) >= COPY_CONTAINMENT


def bands(fp: Fingerprint) -> list[int]:
    """The fingerprint's LSH band keys (63-bit), band i made of signature values i*ROWS to (i+1)*ROWS:
    the bands ``MinHashLSH(params=(BANDS, ROWS))`` indexes, as integers a table can index."""
    if fp.size < MIN_SHINGLES:
        return []
    raw = fp.values()
    return [int.from_bytes(hashlib.blake2b(raw[i * ROWS:(i + 1) * ROWS].tobytes(), digest_size=8).digest()) >> 1
            for i in range(BANDS)]


class Stories(Protocol):
    """Where stories are kept: each article's story, and the bands and fingerprints that find its copies."""

    def story(self, article_id: str) -> str | None:
        """The article's story, None when it has none yet."""

    def copies(self, fp: Fingerprint, hashes: Sequence[tuple[int, int]]) -> Iterable[tuple[Fingerprint, str]]:
        """The fingerprint and story of the latest ``CANDIDATES`` articles kept that share one of these
        (band, key) pairs, in the order the articles were added."""

    def add_story(self, article_id: str, story: str, hashes: Sequence[tuple[int, int]], fp: Fingerprint) -> None:
        """Keep an article's story, its band keys and its fingerprint."""


def assign_story(stories: Stories, article_id: str, text: str) -> str:
    """The article's story: the story of the first earlier article it copies (found through shared
    bands, confirmed by ``containment``), else its own id; kept in ``stories``."""
    fp = fingerprint(text)
    hashes = list(enumerate(bands(fp)))
    story = next((s for other, s in stories.copies(fp, hashes) if copies(other, fp)), article_id) if hashes else article_id
    stories.add_story(article_id, story, hashes, fp)
    return story


def with_story(stories: Stories, article: Article) -> Article:
    """The article with its story (assigned in ``stories`` when it has none there yet)."""
    story = stories.story(article.id) or assign_story(stories, article.id, article.text)
    return article if article.story == story else replace(article, story=story)


@dataclass
class StoryIndex:
    """Stories in memory (``Stories``): datasketch's ``MinHashLSH`` finds the candidates."""

    stories: dict[str, str] = field(default_factory=dict)
    printed: dict[str, Fingerprint] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)
    lsh: MinHashLSH | None = None

    def story(self, article_id: str) -> str | None:
        return self.stories.get(article_id)

    def _index(self) -> MinHashLSH:
        if self.lsh is None:
            from datasketch import MinHashLSH

            self.lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
        return self.lsh

    def copies(self, fp: Fingerprint, hashes: Sequence[tuple[int, int]]) -> Iterable[tuple[Fingerprint, str]]:
        found = sorted(self._index().query(minhash(fp)), key=self.order.__getitem__)[-CANDIDATES:]
        return [(self.printed[a], self.stories[a]) for a in found]

    def add_story(self, article_id: str, story: str, hashes: Sequence[tuple[int, int]], fp: Fingerprint) -> None:
        self.stories[article_id] = story
        self.order[article_id] = len(self.order)
        if hashes:
            self.printed[article_id] = fp
            self._index().insert(article_id, minhash(fp))
