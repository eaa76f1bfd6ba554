"""Disagreements: figures about the same thing that cannot both be true, and explicit denials.

Each figure becomes a claim with what it is about (its unit and the head of what it counts, its term,
its place) and who states it (the quote's speaker, else the outlet). Claims about the same thing from
different sources are compared as intervals: "more than 48 hours" is [48, inf), "within four hours"
[0, 4], "about 12,000" 12,000 +/- 20%, an exact round number allows for rounding, a range is its bounds.
Two sources disagree when their intervals do not meet. Across articles, a later and higher figure of a
flow ("since January") is an update, not a disagreement, and figures in different places or of
different groups (households, people) are different things. Near-duplicate articles (wire copies carried
by several outlets) form one source, so a copy never disagrees with itself.

Denials are quotes whose cue denies or rejects ("denied", "dismissed the suggestion", "rejects").

``ConflictFinder`` keeps only what comparison needs (not whole articles), so it can run over a stream.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from ..records import Article, Claim, Conflict, Figure

ROUNDING = 0.05  # an exact figure stands for itself +/- 5% (+/- 10% when it is a round number)
ABOUT = 0.2
UPDATE_DAYS = 2  # articles more than this far apart may report an update
DUPLICATE_SIMILARITY = 0.7  # 5-word shingle Jaccard above which two articles are copies of one story
SHINGLE = 5
DENIAL_CUES = frozenset("deny denied denies reject rejected rejects dismiss dismissed dismisses refute refuted rebut "
                        "rebutted dispute disputed disputes denial".split())
COMPARABLE_CATEGORIES = frozenset({"displacement", "casualties", "aid", "time", "money", "other"})
EVENT_CATEGORIES = frozenset({"displacement", "casualties", "aid", "other"})  # counts of people and things


@dataclass(frozen=True)
class FigureClaim:
    article: str
    published: str | None
    source: str
    topic: tuple[str, ...]
    low: float
    high: float
    flow: bool
    place: tuple[str, str, str] | None  # (country, name, precision) for counts; None for time and money
    claim: Claim


def interval(f: Figure) -> tuple[float, float] | None:
    """The values a figure allows, from its bounds and qualifier."""
    v = f.value
    if f.low is not None and f.high is not None:
        return f.low, f.high
    if v is None:
        return None
    if f.approx in ("over", "at least"):
        return v, math.inf
    if f.approx in ("under", "up to"):
        return 0.0, v
    if f.approx == "about":
        return v * (1 - ABOUT), v * (1 + ABOUT)
    if f.approx == "almost":
        return v * (1 - ABOUT), v
    slack = ROUNDING * (2 if _round(v) else 1)
    return v * (1 - slack), v * (1 + slack)


def _round(v: float) -> bool:
    return v >= 100 and float(v).is_integer() and int(v) % 100 == 0


def _head(counted: str | None) -> str:
    if not counted:
        return ""
    word = counted.split()[-1].lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def topic(f: Figure) -> tuple[str, ...] | None:
    """What a figure is about: unit and counted head, and for counts of people and things what happened
    to them. None when too vague to compare. Where it happened is checked pair by pair (``_places_apart``)."""
    if f.category not in COMPARABLE_CATEGORIES or (f.unit is None and not f.counted):
        return None
    events = f.category in EVENT_CATEGORIES
    return (f.unit or "", _head(f.counted), (f.term or "") if events else "")


def figure_claims(article: Article) -> list[FigureClaim]:
    out = []
    for f in article.figures:
        t, span = topic(f), interval(f)
        if t is None or span is None:
            continue
        source = (f.stated_by.name or f.stated_by.mention or "") if f.stated_by else ""
        claim = Claim(article=article.id, value=f.value, low=f.low, high=f.high, stated_by=f.stated_by,
                      start=f.start, end=f.end)
        place = None
        if f.place is not None and f.category in EVENT_CATEGORIES:
            place = (f.place.country or "", f.place.canonical, f.place.precision or "")
        out.append(FigureClaim(article.id, article.published, source or (article.source.outlet or article.id), t,
                               span[0], span[1], f.stock_or_flow == "flow", place, claim))
    return out


def denials(article: Article) -> list[Conflict]:
    out = []
    for q in article.quotes:
        words = set(re.findall(r"[a-z]+", (q.cue or "").lower()))
        if words & DENIAL_CUES:
            claim = Claim(article=article.id, value=None, low=None, high=None, stated_by=q.speaker, start=q.start, end=q.end)
            out.append(Conflict(about=q.text[:120], kind="denial", claims=(claim,)))
    return out


@dataclass
class ConflictFinder:
    """Collects claims article by article; ``conflicts()`` compares them."""

    claims: list[FigureClaim] = field(default_factory=list)
    denied: list[Conflict] = field(default_factory=list)
    shingles: dict[str, frozenset[int]] = field(default_factory=dict)

    def add(self, article: Article) -> None:
        self.claims += figure_claims(article)
        self.denied += denials(article)
        self.shingles[article.id] = _shingles(article.text)

    def conflicts(self) -> tuple[Conflict, ...]:
        story = _stories(self.shingles)
        groups: dict[tuple[str, ...], list[FigureClaim]] = defaultdict(list)
        for c in self.claims:
            groups[c.topic].append(c)
        found = [c for t, claims in groups.items() if (c := _disagreement(t, claims, story))]
        return tuple(found + self.denied)


def find_conflicts(articles: Iterable[Article]) -> tuple[Conflict, ...]:
    finder = ConflictFinder()
    for a in articles:
        finder.add(a)
    return finder.conflicts()


def _disagreement(t: tuple[str, ...], claims: Sequence[FigureClaim], story: dict[str, str]) -> Conflict | None:
    involved: list[FigureClaim] = []
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if _same_source(a, b, story) or _places_apart(a, b) or _update(a, b) or not _disjoint(a, b):
                continue
            involved += [x for x in (a, b) if x not in involved]
    if not involved:
        return None
    unit, head, term = t
    places = sorted({c.place[1] for c in involved if c.place})
    about = " ".join(x for x in (head or unit, term, f"in {', '.join(places)}" if places else "") if x)
    return Conflict(about=about, kind="figure_disagreement", claims=tuple(c.claim for c in involved))


def _same_source(a: FigureClaim, b: FigureClaim, story: dict[str, str]) -> bool:
    if a.source == b.source:
        return True
    copies = story.get(a.article) == story.get(b.article) and a.article != b.article
    return copies and a.claim.stated_by == b.claim.stated_by


def _places_apart(a: FigureClaim, b: FigureClaim) -> bool:
    """Figures of different countries, or of two different provinces or towns of one country, are about
    different things; a figure with no place, or a country beside one of its provinces, may be the same."""
    if a.place is None or b.place is None:
        return False
    (ca, na, pa), (cb, nb, pb) = a.place, b.place
    if ca and cb and ca != cb:
        return True
    local = {"admin", "city", "site"}
    return pa in local and pb in local and na != nb


def _disjoint(a: FigureClaim, b: FigureClaim) -> bool:
    return a.high < b.low or b.high < a.low


def _update(a: FigureClaim, b: FigureClaim) -> bool:
    """A later, higher figure of a flow across articles some days apart revises, it does not contradict."""
    if a.article == b.article or not (a.flow or b.flow):
        return False
    da, db = _day(a.published), _day(b.published)
    if da is None or db is None or abs((da - db).days) <= UPDATE_DAYS:
        return False
    earlier, later = (a, b) if da < db else (b, a)
    return later.low >= earlier.low


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _shingles(text: str) -> frozenset[int]:
    words = re.findall(r"\w+", text.lower())
    return frozenset(hash(tuple(words[i:i + SHINGLE])) for i in range(max(1, len(words) - SHINGLE + 1)))


def _stories(shingles: dict[str, frozenset[int]]) -> dict[str, str]:
    """Each article's story: the first article it nearly duplicates (syndicated copies share one)."""
    story: dict[str, str] = {}
    ids = list(shingles)
    for i, a in enumerate(ids):
        story.setdefault(a, a)
        for b in ids[i + 1:]:
            if b not in story and _similar(shingles[a], shingles[b]):
                story[b] = story[a]
    return story


def _similar(a: frozenset[int], b: frozenset[int]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= DUPLICATE_SIMILARITY
