"""Figures that disagree: figures about the same thing, from independent sources, that cannot both be true.

Each figure becomes a claim with what it is about (its unit and the head of what it counts, its term,
its place) and who states it (the quote's speaker, else the outlet). Claims about the same thing from
different sources are compared as intervals: "more than 48 hours" is [48, inf), "within four hours"
[0, 4], "about 12,000" 12,000 +/- 20%, an exact round number allows for rounding, a range is its bounds.
Two sources disagree when their intervals do not meet. Across articles, a later and higher figure of a
flow ("since January") is an update, not a disagreement; figures in different places or of different
groups (households, people) are different things; articles more than ``COMPARE_DAYS`` apart are not
compared. Copies of one story (``duplicates``) are one source. A conflict is one connected group of
disagreeing claims: two separate disputes about one kind of figure stay apart.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from .. import lexicon
from ..lexicon.events import term_classes
from ..records import Article, Claim, Conflict, Figure
from .words import alternation, content_words, day

ROUNDING = 0.05  # an exact figure stands for itself +/- 5% (+/- 10% when it is a round number)
ABOUT = 0.2
UPDATE_DAYS = 2  # articles more than this far apart may report an update
COMPARE_DAYS = 60  # figures in articles published further apart than this are not compared
COMPARABLE_CATEGORIES = frozenset({"displacement", "casualties", "aid", "time", "money", "other"})
EVENT_CATEGORIES = frozenset({"displacement", "casualties", "aid", "other"})  # counts of people and things
# a share says nothing alone ("46 percent" of whom, when?): shares are not compared
UNCOMPARABLE_UNITS = lexicon.words("claims.uncomparable_units")
# a sentence that sets itself against another: opening with "But"/"However", or disputing, or "in fact"
CONTRAST = lexicon.words("claims.contrast")
CONTRAST_PHRASES = lexicon.terms("claims.contrast_phrases")
# a span of time is compared when its sentence says something waited or took that long (stemmed words)
WAIT_WORDS = lexicon.words("claims.wait_words")
# words too common in news to show that two figures are about the same thing
CONTEXT_STOPWORDS = lexicon.words("claims.context_stopwords")


OPENING_CONTRAST = re.compile(rf"[\"'“‘]?(?:{alternation('claims.contrast_openings')})\b")


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
    context: frozenset[str] = frozenset()  # content words of the figure's sentence (not the figure's own)
    contrast: bool = False  # its sentence sets it against another ("But ...", "disputed the toll")


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
    word = word[:-1] if word.endswith("s") and len(word) > 3 else word
    if word in FRENCH_HEADS or (first := counted.split()[0].lower().rstrip("s")) not in FRENCH_HEADS:
        return FRENCH_HEADS.get(word, word)
    return FRENCH_HEADS[first]  # "personnes déplacées": French puts the noun first


# French heads as the English ones they compare with ("personnes" -> "people")
FRENCH_HEADS: dict[str, str] = lexicon.table(lexicon.localized("claims.heads", "fr"))


# what happened, as one class per kind of event (the lexicon's events table): "kill", "killed" and "died"
# are one; "fled" and "displaced" are one; other terms compare by a crude stem ("waited", "wait")
TERM_CLASS = term_classes()


def term_class(term: str | None) -> str:
    if not term:
        return ""
    t = term.lower()
    if t in TERM_CLASS:
        return TERM_CLASS[t]
    for suffix in ("ing", "ed", "d"):
        if t.endswith(suffix) and len(t) - len(suffix) >= 3:
            return t[: -len(suffix)]
    return t


def topic(f: Figure) -> tuple[str, ...] | None:
    """What a figure is about: unit and counted head, and for counts of people and things what happened
    to them. None when too vague to compare. Where it happened is checked pair by pair (``_places_apart``)."""
    if f.category not in COMPARABLE_CATEGORIES or f.unit in UNCOMPARABLE_UNITS or not f.counted:
        return None
    if f.category in ("money", "other") and not f.term:  # "$200 or less", "195 countries": nothing happened
        return None
    if "vague" in f.flags:  # "millions of refugees around the globe" states no number to dispute
        return None
    # how long something took is compared whatever the verb ("cleared within four hours" vs "waited 48 hours")
    return (f.unit or "", _head(f.counted), "" if f.category == "time" else term_class(f.term))


def topic_key(t: Sequence[str]) -> str:
    """A topic as one string (the ledger indexes claims by it)."""
    return "|".join(t)


def figure_claims(article: Article) -> list[FigureClaim]:
    out = []
    for f in article.figures:
        t, span = topic(f), interval(f)
        if t is None or span is None or (f.category == "time" and _time_reference(article.text, f)):
            continue
        source = (f.stated_by.name or f.stated_by.mention or "") if f.stated_by else ""
        outlet = f.reported_by or article.source.outlet
        claim = Claim(article=article.id, value=f.value, low=f.low, high=f.high, stated_by=f.stated_by,
                      start=f.start, end=f.end, text=article.text[f.start:f.end], reported_by=outlet)
        place = None
        if f.place is not None and f.category in EVENT_CATEGORIES:
            place = (f.place.country or "", f.place.canonical, f.place.precision or "")
        words, contrast = context(article.text, f)
        if f.category == "time" and not words & WAIT_WORDS:
            continue  # "logged 2,766 flying hours", "nine minutes a day": not how long something took
        out.append(FigureClaim(article.id, article.published, source or (outlet or article.id), t,
                               span[0], span[1], f.stock_or_flow == "flow", place, claim, words, contrast))
    return out


_BEFORE_TIME = re.compile(rf"\b(?:{alternation('claims.time_placing_before')})\s+$", re.I)
_AFTER_TIME = re.compile(rf"^(?:-|\s+(?:\w+\s+)?(?:{alternation('claims.time_placing_after')})\b)", re.I)


def _time_reference(text: str, f: Figure) -> bool:
    """A span of time that places or describes rather than measures how long something took: "in the
    past two weeks", "six weeks before the election", "a 40-year career", "four years to go"."""
    after = text[f.end:f.end + 40]
    unit_word = re.match(r"\s*[\w-]+", after)
    rest = after[unit_word.end():] if unit_word and not after.startswith("-") else after
    return bool(_BEFORE_TIME.search(text[max(0, f.start - 20):f.start]) or _AFTER_TIME.match(rest))


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s|$)|\n")


def context(text: str, f: Figure) -> tuple[frozenset[str], bool]:
    """What the figure's sentence talks about besides the figure: its content words, less the counted
    noun, the term (both already in its topic, save a time span's verb), the speaker's name and numbers. Two figures said of the same thing share some ("clearance",
    "floods", "Zuwara"); two that merely count the same kind of thing rarely do. And whether the
    sentence sets itself against another ("But ...", "disputed", "in fact")."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, f.start)]
    start = starts[-1] if starts else 0
    end_match = _SENTENCE_END.search(text, f.end)
    end = end_match.start() if end_match else len(text)
    words = content_words(text[start:f.start] + " " + text[f.end:end])
    term = f.term if f.category != "time" else None  # (a time span's topic leaves its verb out)
    own = content_words(" ".join(x for x in (f.counted, term, f.stated_by.mention if f.stated_by else None,
                                                f.stated_by.name if f.stated_by else None) if x))
    sentence = text[start:end].strip()
    said = set(re.findall(r"[a-z]+", sentence.lower()))
    contrast = (bool(OPENING_CONTRAST.match(sentence)) or bool(said & CONTRAST)
                or any(p in sentence.lower() for p in CONTRAST_PHRASES))
    return frozenset(w for w in words - own - CONTEXT_STOPWORDS if not w.isdigit()), contrast


# what drove an event, by the (stemmed) words that name it: figures of floods and of fighting in one
# province are different things (a word in two causes counts for the last)
CAUSE = {w: name for name, words in lexicon.table("claims.causes").items() for w in words.split()}


def causes(words: Iterable[str]) -> frozenset[str]:
    return frozenset(CAUSE[w] for w in words if w in CAUSE)


def _different_events(a: FigureClaim, b: FigureClaim) -> bool:
    ca, cb = causes(a.context), causes(b.context)
    return bool(ca and cb and not ca & cb)


def disagree(a: FigureClaim, b: FigureClaim, story: Mapping[str, str]) -> bool:
    """Two claims about the same topic and the same thing that cannot both be true, from independent
    sources."""
    if a.topic != b.topic or _same_source(a, b, story) or _places_apart(a, b) or _far_apart(a, b):
        return False
    if not _disjoint(a, b) or _update(a, b) or _different_events(a, b):
        return False
    # about the same thing: their sentences share what they talk about; inside one article, where the
    # whole text is about one story, a sentence that sets itself against another also does
    return bool(a.context & b.context) or (a.article == b.article and (a.contrast or b.contrast))


def supports(a: FigureClaim, b: FigureClaim) -> bool:
    """``b`` is compatible with ``a``: same topic, same place (or none), values that can both be true."""
    return a.topic == b.topic and not (_places_apart(a, b) or _far_apart(a, b) or _disjoint(a, b)
                                       or _different_events(a, b))


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
    """One source: the same speaker (or, unattributed, the same outlet), or copies of one story. Inside
    one article only two attributed claims can disagree: the article's own narration is one voice."""
    if a.source == b.source:
        return True
    if a.article == b.article and (a.claim.stated_by is None or b.claim.stated_by is None):
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
    """Articles published more than ``COMPARE_DAYS`` apart; when either date is unknown, articles whose
    claims do not both name a place (undated figures with nothing else in common may be years apart)."""
    if a.article == b.article:
        return False
    da, db = day(a.published), day(b.published)
    if da is None or db is None:
        return a.place is None or b.place is None or a.place[1] != b.place[1]
    return abs((da - db).days) > COMPARE_DAYS


