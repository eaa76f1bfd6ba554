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

Denials are quotes whose cue denies or rejects a claim ("denied that", "dismissed the report", "rejects
claims by"), or whose reported words open with one ("The army denies any link ..."). A denial is linked to
the statement it denies when one is found: an earlier statement by someone else in the same article that
shares its words, names its speaker or, just before it, is pointed back at ("the allegations"); or a
statement in another article published within ``DENIAL_DAYS`` that shares several of its words or whose
speaker it names ("the UN report"). A denial stored before the statement it rejects is linked when that
statement arrives.

Everything here is pure: ``ConflictFinder`` runs over a stream of articles (keeping only what comparison
needs), and the ledger (``store/conflicts.py``) calls the same functions to keep stored conflicts up to
date one article at a time, with the same result as a batch run over the articles in ingest order.
"""

from __future__ import annotations

import functools
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
# a share says nothing alone ("46 percent" of whom, when?): shares are not compared
UNCOMPARABLE_UNITS = frozenset({"percent", "percentage point"})
# what a denial rejects when it rejects a claim ("rejected claims by ...", "denies any link", "the idea that")
CLAIM_NOUNS = frozenset("""report reports claim claims allegation allegations accusation accusations suggestion
suggestions toll tolls figure figures account accounts statement statements charge charges assertion assertions
estimate estimates idea notion argument arguments criticism story stories link links involvement responsibility
wrongdoing rumour rumours rumor rumors speculation assessment characterisation characterization conclusion
conclusions finding findings version narrative""".split())
# nouns by which a denial points back at an earlier statement ("dismissed the report", "disputed the toll")
POINTING_NOUNS = frozenset("""report reports claim claims allegation allegations accusation accusations suggestion
suggestions toll tolls figure figures account accounts statement statements charge charges assertion assertions
estimate estimates idea notion argument arguments criticism story stories findings""".split())
# what "denied" takes when it rejects a claim without naming it: "denied any link", "denies wrongdoing", "denied it"
DENIED_ACTS = frozenset("""any it this wrongdoing involvement responsibility knowledge role links link
allegations accusations charges reports""".split())
PASSIVE = frozenset("was were is are be been being get got gets".split())
HEDGES = frozenset("not n't never must should would could might may will to".split())
STOPWORDS = frozenset("""a an the and or but of in on at to for from by with without into onto over under as
that this these those it its it's they them their there here he she his her him we our you your i me my is
are was were be been being has have had do does did will would should could may might must can not no any
all some such than then so if when while which who whom whose what where why how also only just very more
most less said says say saying told tell according""".split()) | DENIAL_CUES
# a sentence that sets itself against another: opening with "But"/"However", or disputing, or "in fact"
OPENING_CONTRAST = re.compile(r"[\"'“‘]?(?:But|However|Yet|Still|Instead)\b")
CONTRAST = frozenset("""disputed disputes dispute denied denies rejected rejects contradicted contradicts
contrary actually""".split())
# a span of time is compared when its sentence says something waited or took that long (stemmed words)
WAIT_WORDS = frozenset("""wait delay held hold stuck strand queue queu clear clearance cleared within took take
taken process processing lasted registered register""".split())
# words too common in news to show that two figures are about the same thing
CONTEXT_STOPWORDS = frozenset("""people person number total least about nearly almost some around than more
official officials report reported added last week weeks day days month months year years time times""".split())

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
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


# what happened, as one class per kind of event: "kill", "killed" and "died" are one; "fled" and
# "displaced" are one; other terms compare by a crude stem ("waited", "wait")
_TERM_CLASSES = {
    "killed": "kill killed killing die died dead death deaths drown drowned",
    "injured": "injure injured injuring wound wounded hurt",
    "displaced": "displace displaced flee fled fleeing uproot uprooted",
    "destroyed": "destroy destroyed raze razed flatten flattened",
    "damaged": "damage damaged",
    "evacuated": "evacuate evacuated",
    "missing": "miss missing",
    "returned": "return returned repatriate repatriated",
    "hosted": "host hosted shelter sheltered sheltering",
}
TERM_CLASS = {w: name for name, words in _TERM_CLASSES.items() for w in words.split()}


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


_BEFORE_TIME = re.compile(r"\b(?:past|next|last|coming|previous|first|final|over\s+a|an?|the)\s+$", re.I)
_AFTER_TIME = re.compile(r"^(?:-|\s+(?:\w+\s+)?(?:before|after|ago|earlier|later|to\s+go|old|from\s+now)\b)", re.I)


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
    contrast = bool(OPENING_CONTRAST.match(sentence)) or bool(said & CONTRAST) or "in fact" in sentence.lower()
    return frozenset(w for w in words - own - CONTEXT_STOPWORDS if not w.isdigit()), contrast


# what drove an event, by the (stemmed) words that name it: figures of floods and of fighting in one
# province are different things
_CAUSES = {
    "flood": "flood flooding flash rain monsoon downpour deluge",
    "storm": "storm cyclone hurricane typhoon tornado",
    "earthquake": "earthquake quake tremor aftershock",
    "drought": "drought",
    "fire": "fire wildfire blaze",
    "landslide": "landslide mudslide",
    "violence": "fight clash attack airstrike shell bomb war conflict violence offensive raid gunmen militant "
                "insurgent massacre",
    "disease": "cholera measle outbreak epidemic disease",
    "expulsion": "deport deportation expel eviction evict",
}
CAUSE = {w: name for name, words in _CAUSES.items() for w in words.split()}


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
    lead: str = ""  # the words just before the quote's content ("... did not dispute"), where known

    def claim(self, role: str | None = None) -> Claim:
        return Claim(article=self.article, value=None, low=None, high=None, stated_by=self.speaker,
                     start=self.start, end=self.end, text=self.text, reported_by=self.reported_by, role=role)


def statements(article: Article) -> list[Statement]:
    return [Statement(article.id, article.published, q.start, q.end, q.text, q.speaker, article.source.outlet, q.cue,
                      article.text[max(0, q.start - 60):q.start]) for q in article.quotes]


_OPENING_DENIAL = re.compile(
    r"^(?P<who>(?:[\w'’.-]+\s+){1,6}?)(?:has\s+|have\s+|had\s+|flatly\s+|strongly\s+)?"
    r"(?P<verb>denie[sd]|deny|reject(?:s|ed)?|dismiss(?:es|ed)?|refute[sd]?|rebut(?:s|ted)?|dispute[sd]?)\b")


def is_denial(s: Statement) -> bool:
    """A statement that rejects a claim: its cue denies and what it denies is a claim ("denied that ...",
    "dismissed the report", "rejected claims by ...", "denies any link"), or its words open with such a
    denial by their subject ("The army denies any link ..."). Rejecting a request or a person ("rejected a
    request", "dismissed Estonia as ...") and "were denied access" are not denials."""
    if _cue_denies(s):
        verb = _cue_verb(s.cue or "")
        return not _hedged(s.lead, verb) and _denies_a_claim(verb, s.text)
    m = _OPENING_DENIAL.match(s.text.strip())
    if not m:
        return False
    words = m.group("who").lower().split()
    if set(words) & (PASSIVE | HEDGES) or words[0].endswith(","):
        return False
    return _denies_a_claim(m.group("verb").lower(), s.text.strip()[m.end():])


_HEDGE = re.compile(r"\b(?:not|n't|never|must|should|would|could|might|may|will|to|refused\s+to|declined\s+to)"
                    r"(?:\s+\w+ly)?\s+$", re.I)


def _hedged(lead: str, verb: str) -> bool:
    """A denial not made: "did not dispute", "never denied", "must rebut", "declined to deny"."""
    at = lead.lower().rfind(verb[:5]) if verb else -1
    return at > 0 and bool(_HEDGE.search(lead[:at]))


def _cue_verb(cue: str) -> str:
    return next((w for w in re.findall(r"[a-z]+", cue.lower()) if w in DENIAL_CUES), "")


def _denies_a_claim(verb: str, obj: str) -> bool:
    """What follows a denying verb is a claim: a that-clause ("denied that ..."), a claim noun ("the
    report", "claims by", "the idea that", not "the idea of" a plan), or after "deny" a denied act
    ("denied any link", "denies wrongdoing", "denied having ...", "denied it")."""
    text = obj.strip().lower()
    words = re.findall(r"[a-z']+", text)
    if not words:
        return False
    if re.match(r"that\s+[a-z]", text) and (len(words) < 2 or words[1] not in CLAIM_NOUNS):
        return True  # a that-clause, not "that argument" (a claim noun, below) or "that, too" (a pronoun)
    nouns = [i for i, w in enumerate(words[:6]) if w in CLAIM_NOUNS]
    if nouns:
        i = nouns[0]
        return not (words[i] in ("idea", "notion") and i + 1 < len(words) and words[i + 1] == "of")
    return verb.startswith("den") and (words[0] in DENIED_ACTS or words[0].endswith("ing"))


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


@functools.lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    """Lower-cased content words, crudely stemmed ("killed", "kills" -> "kill"), no function words;
    two-letter words only as acronyms ("UN")."""
    out = set()
    for token in re.findall(r"[A-Za-z0-9]+", text):
        w = token.lower()
        if w in STOPWORDS or len(w) < 2 or (len(w) == 2 and not token.isupper()):
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        out.add(w)
    return frozenset(out)


LINK_SCORE = 0.5  # the least score of a linked statement
CROSS_ARTICLE_WORDS = 3  # a statement in another article shares this many content words, or is named


NEAR_CHARS = 400  # a statement this close before a denial in its article is the one it answers, all else equal


def link_score(denial: Statement, other: Statement, last: bool = False) -> float:
    """How likely ``other`` is the statement ``denial`` rejects: the share of the denial's content words
    it holds; credit when the denial names its speaker ("the UN report", "claims by Amnesty") and when it
    comes just before the denial in the same article, all the more where the denial points back at it
    ("the report", "the toll", "these claims"). A statement in another article must be published within
    ``DENIAL_DAYS`` of the denial (both dated) and share ``CROSS_ARTICLE_WORDS`` content words or be
    named and pointed at."""
    if other.article == denial.article and other.start >= denial.start:
        return 0.0
    if _same_speaker(denial.speaker, other.speaker) or _cue_denies(other) or _relative(other.speaker):
        return 0.0
    mine, theirs = content_words(denial.text), content_words(other.text)
    shared = len(mine & theirs)
    score = shared / len(mine) if mine else 0.0
    named = bool(_names(other.speaker) & claimants(denial.text))
    points_back = bool(set(re.findall(r"[a-z]+", denial.text.lower())) & POINTING_NOUNS)
    if named:
        score += 0.4
    if other.article != denial.article:
        da, do = day(denial.published), day(other.published)
        if da is None or do is None or abs((da - do).days) > DENIAL_DAYS:
            return 0.0
        if shared < CROSS_ARTICLE_WORDS and not (named and points_back):
            return 0.0
        return score + (0.25 if named and points_back else 0.0)
    near = denial.start - other.end <= NEAR_CHARS
    if not shared and not named and not (last and near and points_back):
        # nothing but nearness: on real news as often wrong as right, so only the statement just before
        # a denial that points back ("dismissed the allegations") is taken on nearness alone
        return 0.0
    return score + (0.3 if near else 0.1) + (0.25 if points_back else 0.0)


def _relative(speaker: Speaker | None) -> bool:
    """An unresolved "who"/"which": often the denier's own words in a clause about them ("Ted Cruz, who
    said he would ...") rather than another party's claim."""
    return speaker is not None and not speaker.name and (speaker.mention or "").lower() in ("who", "which", "that")


def _names(speaker: Speaker | None) -> frozenset[str]:
    """The capitalised words that name a speaker ("UN", "Amnesty", "Hassan Omar"), not "The" or "A"."""
    if speaker is None:
        return frozenset()
    return _names_in(" ".join(x for x in (speaker.mention, speaker.name) if x))


_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
_CLAIM = "(?:" + "|".join(sorted(POINTING_NOUNS | CLAIM_NOUNS, key=len, reverse=True)) + ")"
_CLAIMANT = re.compile(
    rf"(?P<a>{_NAME})(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?{_CLAIM}\b"  # "Clinton's charges", "the UN report"
    rf"|\b{_CLAIM}\s+(?:by|from|in|of)\s+(?:the\s+|a\s+|an\s+)?"  # "claims by Amnesty", "from X, Y and Z"
    rf"(?P<b>{_NAME}(?:,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?)")


def claimants(text: str) -> frozenset[str]:
    """The names a denial gives as the source of what it denies: "Clinton's charges", "the UN report",
    "criticism from Giles", "a report in Politico"; not every name it mentions."""
    out: set[str] = set()
    for m in _CLAIMANT.finditer(text):
        out |= _names_in(m.group("a") or m.group("b") or "")
    return frozenset(out)


def _names_in(text: str) -> frozenset[str]:
    text = re.sub(r"['’]s?\b", "", text)  # "Clinton's" -> "Clinton"
    return frozenset(w for w in re.findall(r"\b[A-Z][\w'’-]*", text)
                     if w.lower() not in STOPWORDS and w.lower() not in CLAIM_NOUNS and len(w) > 1)


def link_denial(denial: Statement, candidates: Iterable[Statement]) -> Statement | None:
    """The statement a denial rejects, or None when nothing scores ``LINK_SCORE``; ties go to the
    statement in the denial's own article nearest before it. The statement by someone else that ends
    last before the denial may be linked on nearness alone when the denial points back at it."""
    pool = list(candidates)
    before = [o for o in pool if o.article == denial.article and o.end <= denial.start
              and not _same_speaker(o.speaker, denial.speaker) and not _cue_denies(o)]
    last = max(before, key=lambda o: o.end, default=None)
    best, best_key = None, (LINK_SCORE, -math.inf)
    for other in pool:
        score = link_score(denial, other, last=other is last)
        near = other.start if other.article == denial.article else -math.inf
        if (score, near) >= best_key and score >= LINK_SCORE:
            best, best_key = other, (score, near)
    return best


def denial_conflict(denial: Statement, denied: Statement | None) -> Conflict:
    claims = (denial.claim("denial"),) + ((denied.claim("denied"),) if denied is not None else ())
    return Conflict(about=denial.text[:120], kind="denial", claims=claims)


def _same_speaker(a: Speaker | None, b: Speaker | None) -> bool:
    """One speaker, or one side: the same name, or a proper name in common ("Fiorina's team" and "a
    spokeswoman for Fiorina")."""
    if a is None or b is None:
        return False
    na, nb = (a.name or a.mention or "").lower(), (b.name or b.mention or "").lower()
    return (bool(na) and na == nb) or bool(_names(a) & _names(b))


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
        return tuple(found + [denial_conflict(s, self._denied(s)) for s in denials(self.said)])

    def _denied(self, denial: Statement) -> Statement | None:
        """What a denial rejects, as the ledger finds it: among the statements of its own and earlier
        articles when it is stored; else in the first later article that holds one."""
        order = self.stories.order
        mine = order[denial.article]
        found = link_denial(denial, [o for o in self.said if order[o.article] <= mine])
        if found is not None:
            return found
        later: dict[str, list[Statement]] = defaultdict(list)
        for o in self.said:
            if order[o.article] > mine:
                later[o.article].append(o)
        for article in sorted(later, key=order.__getitem__):
            if (found := link_denial(denial, later[article])) is not None:
                return found
        return None


def find_conflicts(articles: Iterable[Article]) -> tuple[Conflict, ...]:
    finder = ConflictFinder()
    for a in articles:
        finder.add(a)
    return finder.conflicts()
