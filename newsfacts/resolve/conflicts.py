"""Disagreements: figures about the same thing that cannot both be true, and explicit denials.

Each figure becomes a claim with what it is about (its unit and the head of what it counts, its term,
its place) and who states it (the quote's speaker, else the outlet). Claims about the same thing from
different sources are compared as intervals: "more than 48 hours" is [48, inf), "within four hours"
[0, 4], "about 12,000" 12,000 +/- 20%, an exact round number allows for rounding, a range is its bounds.
Two sources disagree when their intervals do not meet. Across articles, a later and higher figure of a
flow ("since January") is an update, not a disagreement; figures in different places or of different
groups (households, people) are different things; articles more than ``COMPARE_DAYS`` apart are not
compared. Near-duplicate articles (wire copies carried by several outlets) form one story, so a copy
never disagrees with its original, and a claim's ``sources`` counts stories, not copies. A conflict is
one connected group of disagreeing claims: two separate disputes about one kind of figure stay apart.

Denials are quotes whose cue denies or rejects ("denied", "dismissed the suggestion", "rejects"), or whose
reported words open with a denial ("The army denies any link ..."). A denial is linked to the statement it
denies when one is found: an earlier statement by someone else in the same article that the denial
refers back to ("the report", "the toll") or shares its words, or a statement in another article
published within ``DENIAL_DAYS`` that shares most of the denial's content words.

Everything here is pure: ``ConflictFinder`` runs over a stream of articles (keeping only what comparison
needs), and the ledger (``store/conflicts.py``) calls the same functions to keep stored conflicts up to
date one article at a time, with the same result as a batch run over the articles in ingest order.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np

from ..records import Article, Claim, Conflict, Figure, Speaker

ROUNDING = 0.05  # an exact figure stands for itself +/- 5% (+/- 10% when it is a round number)
ABOUT = 0.2
UPDATE_DAYS = 2  # articles more than this far apart may report an update
COMPARE_DAYS = 60  # figures in articles published further apart than this are not compared
DENIAL_DAYS = 14  # a denial is linked to statements in articles published this close to it
DUPLICATE_SIMILARITY = 0.7  # 5-word shingle Jaccard above which two articles are copies of one story
SHINGLE = 5
DENIAL_CUES = frozenset("deny denied denies reject rejected rejects dismiss dismissed dismisses refute refuted rebut "
                        "rebutted dispute disputed disputes denial".split())
COMPARABLE_CATEGORIES = frozenset({"displacement", "casualties", "aid", "time", "money", "other"})
EVENT_CATEGORIES = frozenset({"displacement", "casualties", "aid", "other"})  # counts of people and things
# nouns by which a denial points back at an earlier statement ("dismissed the report", "disputed the toll")
CLAIM_NOUNS = frozenset("report reports claim claims allegation allegations accusation accusations suggestion "
                        "suggestions toll tolls figure figures account accounts statement statements charge "
                        "charges assertion assertions estimate estimates".split())
PASSIVE = frozenset("was were is are be been being get got gets".split())
STOPWORDS = frozenset("""a an the and or but of in on at to for from by with without into onto over under as
that this these those it its it's they them their there here he she his her him we our you your i me my is
are was were be been being has have had do does did will would should could may might must can not no any
all some such than then so if when while which who whom whose what where why how also only just very more
most less said says say saying told tell according""".split()) | DENIAL_CUES

# -- figure claims -------------------------------------------------------------------------------------------


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


def topic_key(t: Sequence[str]) -> str:
    """A topic as one string (the ledger indexes claims by it)."""
    return "|".join(t)


def figure_claims(article: Article) -> list[FigureClaim]:
    out = []
    for f in article.figures:
        t, span = topic(f), interval(f)
        if t is None or span is None:
            continue
        source = (f.stated_by.name or f.stated_by.mention or "") if f.stated_by else ""
        outlet = f.reported_by or article.source.outlet
        claim = Claim(article=article.id, value=f.value, low=f.low, high=f.high, stated_by=f.stated_by,
                      start=f.start, end=f.end, text=article.text[f.start:f.end], reported_by=outlet)
        place = None
        if f.place is not None and f.category in EVENT_CATEGORIES:
            place = (f.place.country or "", f.place.canonical, f.place.precision or "")
        out.append(FigureClaim(article.id, article.published, source or (outlet or article.id), t,
                               span[0], span[1], f.stock_or_flow == "flow", place, claim))
    return out


def disagree(a: FigureClaim, b: FigureClaim, story: Mapping[str, str]) -> bool:
    """Two claims about the same topic that cannot both be true, from independent sources."""
    if a.topic != b.topic or _same_source(a, b, story) or _places_apart(a, b) or _far_apart(a, b):
        return False
    return _disjoint(a, b) and not _update(a, b)


def supports(a: FigureClaim, b: FigureClaim) -> bool:
    """``b`` is compatible with ``a``: same topic, same place (or none), values that can both be true."""
    return a.topic == b.topic and not (_places_apart(a, b) or _far_apart(a, b) or _disjoint(a, b))


def disagreements(claims: Sequence[FigureClaim], story: Mapping[str, str],
                  pool: Sequence[FigureClaim] | None = None) -> list[Conflict]:
    """One conflict per connected group of disagreeing claims (claims in their given order); each claim's
    ``sources`` counts the stories among ``pool`` (default: ``claims``) that support it."""
    pool = claims if pool is None else pool
    return [conflict_of([claims[i] for i in g], pool, story) for g in disagreement_groups(claims, story)]


def disagreement_groups(claims: Sequence[FigureClaim], story: Mapping[str, str]) -> list[list[int]]:
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
    for members in by_topic.values():
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                if disagree(claims[i], claims[j], story):
                    parent[root(j)] = root(i)
                    linked |= {i, j}
    groups: dict[int, list[int]] = defaultdict(list)
    for i in sorted(linked):
        groups[root(i)].append(i)
    return list(groups.values())


def support(claim: FigureClaim, pool: Iterable[FigureClaim], story: Mapping[str, str]) -> int:
    return len({story.get(c.article, c.article) for c in pool if supports(claim, c)} | {story.get(claim.article, claim.article)})


def conflict_of(group: Sequence[FigureClaim], pool: Sequence[FigureClaim], story: Mapping[str, str]) -> Conflict:
    unit, head, term = group[0].topic
    places = sorted({c.place[1] for c in group if c.place})
    about = " ".join(x for x in (head or unit, term, f"in {', '.join(places)}" if places else "") if x)
    claims = tuple(replace(c.claim, sources=support(c, pool, story)) for c in group)
    return Conflict(about=about, kind="figure_disagreement", claims=claims)


def _same_source(a: FigureClaim, b: FigureClaim, story: Mapping[str, str]) -> bool:
    if a.source == b.source:
        return True
    copies = a.article != b.article and story.get(a.article, a.article) == story.get(b.article, b.article)
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
    da, db = day(a.published), day(b.published)
    if da is None or db is None or abs((da - db).days) <= UPDATE_DAYS:
        return False
    earlier, later = (a, b) if da < db else (b, a)
    return later.low >= earlier.low


def _far_apart(a: FigureClaim, b: FigureClaim) -> bool:
    da, db = day(a.published), day(b.published)
    return da is not None and db is not None and abs((da - db).days) > COMPARE_DAYS


def day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


# -- denials -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Statement:
    """Something someone said, as far as denials need it: a quote's words, speaker and place."""

    article: str
    published: str | None
    start: int
    end: int
    text: str
    speaker: Speaker | None
    reported_by: str | None = None
    cue: str | None = None

    def claim(self, role: str | None = None) -> Claim:
        return Claim(article=self.article, value=None, low=None, high=None, stated_by=self.speaker,
                     start=self.start, end=self.end, text=self.text, reported_by=self.reported_by, role=role)


def statements(article: Article) -> list[Statement]:
    return [Statement(article.id, article.published, q.start, q.end, q.text, q.speaker, article.source.outlet, q.cue)
            for q in article.quotes]


_OPENING_DENIAL = re.compile(
    r"^(?P<who>(?:[\w'’.-]+\s+){1,6}?)(?:has\s+|have\s+|had\s+|flatly\s+|strongly\s+)?"
    r"(?:denie[sd]|deny|reject(?:s|ed)?|dismiss(?:es|ed)?|refute[sd]?|rebut(?:s|ted)?|dispute[sd]?)\b")


def is_denial(s: Statement) -> bool:
    """A statement that rejects a claim: its cue denies ("denied that ...", "dismissed the report"), or
    its words open with a denial by their subject ("The army denies any link ..."); "were denied access"
    (something done to someone) is not one."""
    if _cue_denies(s):
        return True
    m = _OPENING_DENIAL.match(s.text.strip())
    if not m:
        return False
    words = m.group("who").lower().split()
    return not (set(words) & PASSIVE) and not words[0].endswith(",")


def denials(said: Sequence[Statement]) -> list[Statement]:
    """The denials among statements, one per place in an article: where a quote's words open with a
    denial that is also a quote of its own ("The army denied that ..., a spokesman said"), the quote with
    the denying cue is kept."""
    found = sorted((s for s in said if is_denial(s)), key=lambda s: not _cue_denies(s))
    kept: list[Statement] = []
    for s in found:
        if not any(k.article == s.article and k.start < s.end and s.start < k.end for k in kept):
            kept.append(s)
    return [s for s in said if s in kept]


def _cue_denies(s: Statement) -> bool:
    return bool(set(re.findall(r"[a-z]+", (s.cue or "").lower())) & DENIAL_CUES)


def content_words(text: str) -> frozenset[str]:
    """Lower-cased content words, crudely stemmed ("killed", "kills" -> "kill"), no function words."""
    out = set()
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        if w in STOPWORDS or len(w) < 3:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        out.add(w)
    return frozenset(out)


LINK_SCORE = 0.5  # the least score of a linked statement
CROSS_ARTICLE_WORDS = 3  # a statement in another article must share at least this many content words


def link_score(denial: Statement, other: Statement) -> float:
    """How likely ``other`` is the statement ``denial`` rejects: the share of the denial's content words
    it holds, plus credit for coming just before it in the same article, where the denial points back
    at it ("the report", "the toll", "claims") or names its speaker ("claims by a rights group")."""
    if other.article == denial.article and other.start >= denial.start:
        return 0.0
    if _same_speaker(denial.speaker, other.speaker) or is_denial(other):
        return 0.0
    mine, theirs = content_words(denial.text), content_words(other.text)
    shared = len(mine & theirs)
    score = shared / len(mine) if mine else 0.0
    if other.article != denial.article:
        if shared < CROSS_ARTICLE_WORDS:
            return 0.0
        da, do = day(denial.published), day(other.published)
        if da is not None and do is not None and abs((da - do).days) > DENIAL_DAYS:
            return 0.0
        return score
    score += 0.3
    words = set(re.findall(r"[a-z]+", denial.text.lower()))
    if words & CLAIM_NOUNS:
        score += 0.25
    who = other.speaker.mention if other.speaker and other.speaker.mention else ""
    if who and content_words(who) & content_words(denial.text):
        score += 0.25
    return score


def link_denial(denial: Statement, candidates: Iterable[Statement]) -> Statement | None:
    """The statement a denial rejects, or None when nothing scores ``LINK_SCORE``; ties go to the
    statement in the denial's own article nearest before it."""
    best, best_key = None, (LINK_SCORE, -math.inf)
    for other in candidates:
        score = link_score(denial, other)
        near = other.start if other.article == denial.article else -math.inf
        if (score, near) >= best_key and score >= LINK_SCORE:
            best, best_key = other, (score, near)
    return best


def denial_conflict(denial: Statement, denied: Statement | None) -> Conflict:
    claims = (denial.claim("denial"),) + ((denied.claim("denied"),) if denied is not None else ())
    return Conflict(about=denial.text[:120], kind="denial", claims=claims)


def _same_speaker(a: Speaker | None, b: Speaker | None) -> bool:
    if a is None or b is None:
        return False
    na, nb = (a.name or a.mention or "").lower(), (b.name or b.mention or "").lower()
    return bool(na) and na == nb


# -- stories: near-duplicate articles ----------------------------------------------------------------------

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


@dataclass
class StoryIndex:
    """Assigns each added article its story: the story of the first earlier article it nearly
    duplicates (found through shared bands, confirmed by exact shingle Jaccard), else its own id."""

    story: dict[str, str] = field(default_factory=dict)
    shingles: dict[str, frozenset[int]] = field(default_factory=dict)
    by_band: dict[tuple[int, int], list[str]] = field(default_factory=lambda: defaultdict(list))
    order: dict[str, int] = field(default_factory=dict)

    def add(self, article_id: str, text: str) -> str:
        if article_id in self.story:
            return self.story[article_id]
        sh = shingles(text)
        hashes = bands(sh)
        candidates = {b for i, h in enumerate(hashes) for b in self.by_band.get((i, h), ())}
        copy_of = min((b for b in candidates if similar(self.shingles[b], sh)), key=self.order.__getitem__,
                      default=None)
        self.story[article_id] = self.story[copy_of] if copy_of else article_id
        self.shingles[article_id] = sh
        self.order[article_id] = len(self.order)
        for i, h in enumerate(hashes):
            self.by_band[(i, h)].append(article_id)
        return self.story[article_id]


# -- running over many articles ----------------------------------------------------------------------------


@dataclass
class ConflictFinder:
    """Collects claims and statements article by article; ``conflicts()`` compares them."""

    claims: list[FigureClaim] = field(default_factory=list)
    said: list[Statement] = field(default_factory=list)
    stories: StoryIndex = field(default_factory=StoryIndex)

    def add(self, article: Article) -> None:
        if article.id in self.stories.story:
            return
        self.stories.add(article.id, article.text)
        self.claims += figure_claims(article)
        self.said += statements(article)

    def conflicts(self) -> tuple[Conflict, ...]:
        found = disagreements(self.claims, self.stories.story)
        order = self.stories.order
        denied = [denial_conflict(s, link_denial(s, [o for o in self.said if order[o.article] <= order[s.article]]))
                  for s in denials(self.said)]
        return tuple(found + denied)


def find_conflicts(articles: Iterable[Article]) -> tuple[Conflict, ...]:
    finder = ConflictFinder()
    for a in articles:
        finder.add(a)
    return finder.conflicts()
