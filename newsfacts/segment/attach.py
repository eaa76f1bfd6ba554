"""Header blocks attached to the bodies they describe, by content, for the page as a whole.

Each header block is attached to the body before or after it, whichever shares more of its words (weighted by
how rare each word is among the page's bodies), with a small preference for the body that follows; the choice
is made for the whole page at once so that no body gets two headers and no two attachments cross. How much a
header line looks like a headline weighs on the choice: a fragment of two words or a line starting in lower
case ("Says IOM", "Returne") is taken only where it shares words with the body; the page's first headline (above
a standfirst or a kicker) and a title whose words are in its URL gain.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterator, Sequence

from .blocks import Body, Header, content_words
from .lines import WORD_RE

log = logging.getLogger(__name__)

FOLLOWING_BODY_PRIOR = 0.15
NOT_A_TITLE = -1.0  # the score of a header that must not be attached to that body
SHORT_TITLE_WORDS = 2  # a title this short is a fragment unless the body repeats its words
URL_BONUS = 0.25
LEAD_BONUS = 0.4  # the page's first headline of some length, above its first body
_SLUG_SPLIT_RE = re.compile(r"[/_.?=&#-]+")


def headline_weight(header: Header) -> float:
    """How much the header's title looks like a headline (1.0 for a header without a title): a fragment of
    one or two words, or one starting in lower case, weighs little; the page's first headline above its
    first body, and a title whose words are in its URL, weigh more."""
    if not header.titles:
        return 1.0
    title = header.titles[0]
    n = len(WORD_RE.findall(title))
    weight = 0.35 if n <= SHORT_TITLE_WORDS else 0.7 if n == SHORT_TITLE_WORDS + 1 else 1.0
    if title[:1].islower():
        weight *= 0.3
    if header.leads:
        weight += LEAD_BONUS
    if header.urls:
        slug = set(content_words(" ".join(_SLUG_SPLIT_RE.split(header.urls[0].lower()))))
        words = set(content_words(title))
        weight += URL_BONUS * (len(words & slug) / len(words) if words else 0.0)
    return weight


class Overlap:
    """How much of a header's vocabulary a body shares, weighted by how rare each word is among bodies."""

    def __init__(self, bodies: Sequence[Body]) -> None:
        self.vocab = [set(content_words(" ".join(b.paragraphs))) for b in bodies]
        n = len(bodies)
        df: dict[str, int] = {}
        for v in self.vocab:
            for w in v:
                df[w] = df.get(w, 0) + 1
        self.weight = {w: math.log(1 + n / d) for w, d in df.items()}

    def score(self, header: Header, body_index: int, following: bool = False) -> float:
        """The header's share of the body's words, weighed by how much it looks like a headline, with the
        prior for the body that follows it (``following``); NOT_A_TITLE for a fragment that shares nothing."""
        ratio = self.shared(header, body_index)
        weight = headline_weight(header)
        if weight < 0.5 and ratio == 0.0:
            return NOT_A_TITLE
        return weight * (ratio + (FOLLOWING_BODY_PRIOR if following else 0.0))

    def shared(self, header: Header, body_index: int) -> float:
        words = set(header.words)
        if not words:
            return 0.0
        # fsum is exact, so the score does not depend on the order a set of strings iterates in (which
        # changes with PYTHONHASHSEED and could flip a tie from run to run)
        total = math.fsum(self.weight.get(w, math.log(2 + len(self.vocab))) for w in words)
        shared = math.fsum(self.weight[w] for w in words & self.vocab[body_index])
        return shared / total


def attach(items: Sequence[Body | Header]) -> list[tuple[Body, Header | None]]:
    """Each body with the header block attached to it (or None), choosing for the page as a whole.

    Header runs sit before, between and after bodies. Each header may go to the body just before its
    run or the one just after; a body takes at most one header and attachments never cross. A
    dynamic programme over the bodies maximises the summed overlap plus a prior for the following body.
    """
    bodies = [x for x in items if isinstance(x, Body)]
    runs: list[list[Header]] = [[] for _ in range(len(bodies) + 1)]
    k = 0
    for x in items:
        if isinstance(x, Body):
            k += 1
        else:
            runs[k].append(x)
    if not bodies:
        return []
    overlap = Overlap(bodies)
    # best[taken] = (score, choices) where taken says whether the last body already has a header. The
    # choices are a chain of (previous chain, picks made at this run) links, shared between states, so
    # that each step adds a constant amount rather than copying the choices so far (linear, not quadratic).
    best: dict[bool, tuple[float, _Chain]] = {False: (0.0, None)}
    for k, run in enumerate(runs):
        nxt: dict[bool, tuple[float, _Chain]] = {}
        for taken, (score, chosen) in best.items():
            for i, j, gain in _options(run, k, len(bodies), taken, overlap, score):
                made = ([(k - 1, run[i])] if i is not None else []) + ([(k, run[j])] if j is not None else [])
                state = j is not None
                if state not in nxt or score + gain > nxt[state][0]:
                    nxt[state] = (score + gain, (chosen, made) if made else chosen)
        best = nxt
    _, chain = max(best.values(), key=lambda v: v[0])
    header_of = dict(_unchain(chain))
    attached = {id(h) for h in header_of.values()}
    _gather_bullets(runs, header_of, attached)
    for h in (h for run in runs for h in run):
        if id(h) not in attached:
            log.debug("header block left unattached (boilerplate or related links): %s", h.titles or h.urls)
    return [(b, header_of.get(i)) for i, b in enumerate(bodies)]


def _gather_bullets(runs: list[list[Header]], header_of: dict[int, Header], attached: set[int]) -> None:
    """Summary bullets under a second heading of an article's header run (a headline over a kicker or a
    standfirst, "Situation Report" and its key figures) are the article's, whichever heading was chosen as its
    title: the bullets of the unattached header blocks between an attached header and the body it heads join
    that header's."""
    for k, header in header_of.items():
        run = runs[k]
        at = next((i for i, h in enumerate(run) if h is header), None)
        if at is None:
            continue  # attached to the body before it
        for h in run[at + 1:]:
            if id(h) not in attached and h.bullets and not h.urls:
                header.bullets.extend(h.bullets)
                h.bullets = []


_Chain = tuple["_Chain", list[tuple[int, Header]]] | None


def _unchain(chain: _Chain) -> list[tuple[int, Header]]:
    """The picks of a chain of links, in the order they were made."""
    links = []
    while chain is not None:
        chain, made = chain
        links.append(made)
    return [pick for made in reversed(links) for pick in made]


def _options(run: list[Header], k: int, n: int, prev_taken: bool, overlap: Overlap,
             score: float) -> Iterator[tuple[int | None, int | None, float]]:
    """The best way to attach the header run between bodies k-1 and k, for each state it can leave body k
    in: (i, j, gain) with header i given to body k-1 and header j to body k (None for neither, i < j),
    maximising ``score + gain`` and, among equal totals, the first in the order (i, then j, None first).

    Linear in the run (a long run of headings, such as a page of links, would make trying every pair
    quadratic); the result is the pair that trying every pair in that order keeps. Float addition is
    monotone, so for a given i the best j is the one with the highest score."""
    has_prev = k >= 1 and not prev_taken
    prev = [overlap.score(h, k - 1) for h in run] if has_prev else []
    nxt = [overlap.score(h, k, following=True) for h in run] if k < n else []

    def gain(i: int | None, j: int | None, next_score: float | None = None) -> float:
        g = 0.0  # summed as trying every pair sums it, so that equal totals stay equal
        if i is not None:
            g += prev[i]
        if j is not None:
            g += nxt[j] if next_score is None else next_score
        return g

    # body k left without a header: header i (or none) goes to body k-1
    best_i, best = None, score + gain(None, None)
    for i in range(len(prev)):
        if score + gain(i, None) > best:
            best_i, best = i, score + gain(i, None)
    yield best_i, None, gain(best_i, None)
    if not nxt:
        return
    # body k takes header j; header i < j (or none) goes to body k-1
    after = [-math.inf] * len(nxt)  # after[i]: the highest next-body score among the headers after i
    for x in range(len(nxt) - 2, -1, -1):
        after[x] = max(after[x + 1], nxt[x + 1])
    firsts = [(None, score + gain(None, 0, max(nxt)))]
    firsts += [(i, score + gain(i, 0, after[i])) for i in range(min(len(prev), len(nxt) - 1))]
    value = max(v for _, v in firsts)
    i = next(i for i, v in firsts if v == value)
    j = next(j for j in range(0 if i is None else i + 1, len(nxt)) if score + gain(i, j) == value)
    yield i, j, gain(i, j)


