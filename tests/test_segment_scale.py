"""Segmentation stays linear in the size of a dump (issue 14, finding 2e). The dumps here are generated."""

from __future__ import annotations

import itertools
import random
import time

from newsfacts.ingest.base import RawDocument
from newsfacts.records import Source
from newsfacts.segment import Body, Header, Overlap, _options, attach, segment


def tiny_dump(n: int) -> str:
    """n tiny articles: a title line, a URL line and two short paragraphs each."""
    words = "river bridge council flood market school harvest police court minister village railway".split()
    out = []
    for i in range(n):
        w, v = words[i % len(words)], words[(i * 7 + 3) % len(words)]
        out += [f"Story {i} about the {w} and {v} news", f"https://example.com/news/{i}", "",
                f"The {w} story number {i} began on a quiet morning when officials met to discuss the {v}.", "",
                f"Residents said the {w} had changed their lives, and they asked the council for more help.", ""]
    return "\n".join(out)


def test_a_dump_of_many_tiny_articles_segments_each_with_its_own_header():
    doc = RawDocument(text=tiny_dump(300), source=Source(path="dump.txt"), segment=True)
    articles = segment(doc)
    assert len(articles) == 300
    assert [(a.title.split()[1], a.url, a.text.split()[4]) for a in articles] == [
        (str(i), f"https://example.com/news/{i}", str(i)) for i in range(300)]


def test_attaching_headers_to_twenty_thousand_bodies_is_linear():
    # Before: the choices so far were copied at every body and each header was looked for among all the
    # chosen ones, 16 s for these 20,000 bodies (quadratic); now about 1 s.
    items: list[Body | Header] = []
    for i in range(20_000):
        items += [Header(titles=[f"flood {i}"], urls=[f"https://x/{i}"]), Body([f"flood {i} river."])]
    started = time.perf_counter()
    pairs = attach(items)
    assert time.perf_counter() - started < 8
    assert len(pairs) == 20_000 and all(h is not None and h.titles == [f"flood {i}"] for i, (_, h) in enumerate(pairs))


def test_a_long_run_of_headings_is_linear():
    # A page of 3,000 headlines between two bodies: every pair of them was tried (about 60 s); now a
    # running maximum picks the same pair in a fraction of a second.
    lines = ["LAGOS: A body paragraph that says something about the river flood.", ""]
    lines += [f"Headline number {i} about floods\n" for i in range(3000)]
    lines += ["ACCRA: Another body paragraph that says something about the river flood."]  # another article
    doc = RawDocument(text="\n".join(lines), source=Source(path="links.txt"), segment=True)
    started = time.perf_counter()
    articles = segment(doc)
    assert time.perf_counter() - started < 5
    assert len(articles) == 2


def _every_pair(run, k, n, prev_taken, overlap, score):
    """The pairs the former code tried, in its order, keeping the first best total for each state."""
    prev = [None] + (list(range(len(run))) if k >= 1 and not prev_taken else [])
    nxt = [None] + (list(range(len(run))) if k < n else [])
    best: dict[bool, tuple[float, int | None, int | None, float]] = {}
    for i, j in itertools.product(prev, nxt):
        if i is not None and j is not None and i >= j:
            continue
        gain = 0.0
        if i is not None:
            gain += overlap.score(run[i], k - 1)
        if j is not None:
            gain += overlap.score(run[j], k, following=True)
        state = j is not None
        if state not in best or score + gain > best[state][0]:
            best[state] = (score + gain, i, j, gain)
    return sorted((state, i, j, gain) for state, (_, i, j, gain) in best.items())


def test_the_linear_choice_is_the_one_trying_every_pair_makes():
    rng = random.Random(14)
    vocab = ["flood", "river", "bridge", "council", "market", "quake", "aid", "camp", "rain", "road"]
    for _ in range(300):
        bodies = [Body([" ".join(rng.choices(vocab, k=rng.randint(1, 6)))]) for _ in range(3)]
        overlap = Overlap(bodies)
        run = [Header(titles=[" ".join(rng.choices(vocab, k=rng.randint(0, 3)))]) for _ in range(rng.randint(0, 6))]
        for k, taken, score in itertools.product(range(4), (False, True), (0.0, 0.3, 1.7)):
            got = sorted((j is not None, i, j, gain) for i, j, gain in _options(run, k, 3, taken, overlap, score))
            assert got == _every_pair(run, k, 3, taken, overlap, score)
