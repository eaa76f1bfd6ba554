"""When two figures are about the same thing, and what follows when they are: one function, ``judge``.

``refusal(a, b)`` says why two claims are **not** about the same thing, as one of ``REASONS`` (None when
they are): checked in this order,

- ``topic``: they measure different things or count different events ("affected" and "displaced",
  "killed" and "injured", households and people; the claims' ``topic``);
- ``group``: they count different groups (children and people; refugees and internally displaced);
- ``place``: they are placed in different countries, or in two different towns or provinces (two
  movements: an end both name differs, "fled Gwoza" and "fled Bama");
- ``scope``: one is placed in a town or province and the other in its country, both by their own
  sentence ("in Derna" and "in Libya"): a part and its whole;
- ``stock_flow``: of displacement, one is a stock (people displaced now) and one a flow (people who fled);
- ``window``: by their own dates, they count over periods that overlap but one is more than ``WINDOW_RATIO``
  times as long as the other ("in June" and "since January": two windows, not one count);
- ``projection``: one is a projection ("may have died", "could reach"), not a count;
- ``far_apart``: their articles were published more than ``COMPARE_DAYS`` apart, or, one undated, they are
  not both placed in one named town or province;
- ``cause``: their sentences name different causes (floods and fighting);
- ``unrelated``: their sentences share no content words, and: in two articles, the articles (dated, of
  one story each) share fewer than ``SHARED_ENTITIES`` named towns, provinces or groups; inside one
  article, neither sets itself against the other and they are not within a paragraph of each other in one
  sentence or one named town or province (nor ever in a liveblog, bulletin or listing: many stories).

Two claims about the same thing are then put **in time** (``sequence``): a value a count rose from
("from 190 to 225") comes before; a count said to have risen ("has risen to 225") comes after a lower one;
then the figures' own dates, when both have one; then their articles' dates; then the order of their
articles that a rise between them showed (``article_order``: "rises to 225" in one and "at least 190" in
the other put the whole second article before the first, with its other counts); last, the latest day
each article names, else the latest month it names by name when the two are ``REPORTED_MONTHS`` apart
(``reported``), when nothing else tells (one ``--date`` for all, or no date).

``judge`` gives the verdict: an **update** when a count is later and higher (or a value a count rose from);
**refused** for ``period`` when, by their own dates, the later count is lower (two periods); else, from one
source (``same_source``: one speaker, one outlet's own voice, copies of one story, or inside one article a
figure no source is named for), **refused**; from a liveblog, bulletin or listing, with no date of their own
that puts them at one time and no sentence setting one against the other (``undated``: such a page gathers
counts of many hours and days), **refused**; else a **conflict** when their intervals do not meet, **agree**
when they do. ``newsfacts conflicts --explain`` prints these verdicts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from .. import lexicon
from .claims import FigureClaim
from .words import day, period

COMPARE_DAYS = 60  # figures in articles published further apart than this are not compared
SHARED_ENTITIES = 2  # named things two articles share that show they report one event
WINDOW_RATIO = 2  # two overlapping periods, one more than this many times as long as the other, are two windows
REPORTED_MONTHS = 2  # reports whose latest named months are this far apart are of different times
LOCAL = frozenset({"admin", "city", "site"})  # the precisions of a place in a town or province
NEAR_PARAGRAPHS = 1  # inside one article, figures this many paragraphs apart or fewer may be of one event

REASONS = {
    "topic": "they count different events (a toll and a count of the wounded; people affected and people forced "
             "from home), or in different units (households and people)",
    "group": "they count different groups (children and everyone; refugees abroad and people who fled within "
             "their country)",
    "place": "they are placed in different countries, or different towns or provinces",
    "scope": "one is placed in a town or province, the other in its whole country: a part and its whole",
    "stock_flow": "one counts people out of their homes now (a stock), the other people who moved (a flow)",
    "window": f"their own dates name overlapping periods of very different lengths (June and since January: more "
              f"than {WINDOW_RATIO} times as long)",
    "part": "one is a part of a count or an addition to it ('an additional 2.8 million', 'of those, 11 "
            "million'), the other a whole count",
    "projection": "one is a projection ('may have died', 'could reach'), not a count",
    "far_apart": f"published more than {COMPARE_DAYS} days apart, or one undated and not both in one named town",
    "cause": "their sentences name different causes (floods and fighting)",
    "unrelated": "their sentences and articles share nothing that shows they report one event",
    "period": "their own dates name different periods, and the later count is lower",
    "same_source": "one source: the same speaker, an outlet's own words, copies of one story, or inside one "
                   "article a figure no source is named for",
    "undated": "one stands in a liveblog, bulletin or listing and neither has a date of its own: a running count "
               "there may have been counted hours or days from the other",
}

Relation = Literal["refused", "agree", "update", "conflict"]
Order = Mapping[tuple[str, str], int]  # (article, article) -> -1 when the first came before, 1 after


@dataclass(frozen=True)
class Verdict:
    relation: Relation
    reason: str = ""  # a key of REASONS when refused; for an update, what put the two in time

    @property
    def why(self) -> str:
        return REASONS.get(self.reason, self.reason)


# what drove an event, by the (stemmed) words that name it: figures of floods and of fighting in one
# province are different things (a word in two causes counts for the last)
CAUSE = {w: name for name, words in lexicon.table("claims.causes").items() for w in words.split()}


def causes(words: Iterable[str]) -> frozenset[str]:
    return _causes(words) if isinstance(words, frozenset) else frozenset(CAUSE[w] for w in words if w in CAUSE)


@functools.lru_cache(maxsize=65536)
def _causes(words: frozenset[str]) -> frozenset[str]:
    """``causes`` of a claim's context words (a frozenset keeps its hash: asked again, this is a lookup)."""
    return frozenset(CAUSE[w] for w in words if w in CAUSE)


def refusal(a: FigureClaim, b: FigureClaim) -> str | None:
    """Why ``a`` and ``b`` are not about the same thing (a key of ``REASONS``), or None when they are: the
    first check that fails, in the order of ``REASONS`` (each is worked out only when those before it pass,
    since the conflict finder asks this of every pair of claims of a topic in reach)."""
    if a.topic != b.topic:
        return "topic"
    if a.group != b.group:
        return "group"
    if _places_apart(a, b):
        return "place"
    if _scopes_differ(a, b):
        return "scope"
    if _stock_and_flow(a, b):
        return "stock_flow"
    if _windows_differ(a, b):
        return "window"
    if a.part != b.part:
        return "part"
    if a.projection or b.projection:
        return "projection"
    if _far_apart(a, b):
        return "far_apart"
    if _different_causes(a, b):
        return "cause"
    if not _one_event(a, b):
        return "unrelated"
    return None


def judge(a: FigureClaim, b: FigureClaim, story: Mapping[str, str], order: Order | None = None) -> Verdict:
    """What ``a`` and ``b`` are to each other: refused (not the same thing, or one source), an update (one
    is a later count of the other), a conflict (their values cannot both be true) or agreeing."""
    reason = refusal(a, b)
    if reason:
        return Verdict("refused", reason)
    found = sequence(a, b, order or {})
    if found is not None and a.is_count and b.is_count:
        (earlier, later), how = found
        if later.point > earlier.point:
            return Verdict("update", how)
        if how == "dates" and _disjoint(a, b):
            return Verdict("refused", "period")
    if _same_source(a, b, story):
        return Verdict("refused", "same_source")
    if _disjoint(a, b) and found is None and (a.many_stories or b.many_stories) and not _same_time(a, b):
        return Verdict("refused", "undated")
    return Verdict("conflict" if _disjoint(a, b) else "agree")


def _same_time(a: FigureClaim, b: FigureClaim) -> bool:
    """Their own dates name one period, or one sentence sets itself against the other."""
    return _by_dates(a, b) is not None or a.contrast or b.contrast


def disagree(a: FigureClaim, b: FigureClaim, story: Mapping[str, str], order: Order | None = None) -> bool:
    """``judge`` says conflict, which it says only of claims whose values cannot both be true: asked first."""
    return _disjoint(a, b) and judge(a, b, story, order).relation == "conflict"


def supports(a: FigureClaim, b: FigureClaim) -> bool:
    """``b`` is compatible with ``a``: about the same thing, with values that can both be true (the values
    asked first: a conflict's support is asked of every claim in reach, most of which it disagrees with)."""
    return not _disjoint(a, b) and refusal(a, b) is None


# -- time ------------------------------------------------------------------------------------------------


def sequence(a: FigureClaim, b: FigureClaim, order: Order) -> tuple[tuple[FigureClaim, FigureClaim], str] | None:
    """((earlier, later), what showed it) for two claims about the same thing, or None when they are of the
    same time or nothing tells."""
    if a.rose_from != b.rose_from and (a.article == b.article or a.rose_from and a.point < b.point
                                        or b.rose_from and b.point < a.point):
        return ((a, b) if a.rose_from else (b, a)), "rose_from"
    if a.latest != b.latest:
        rising, other = (a, b) if a.latest else (b, a)
        if rising.point > other.point:
            return (other, rising), "rise"
    elif a.latest and a.article != b.article and a.point != b.point:
        return ((a, b) if a.point < b.point else (b, a)), "rise"
    when = _by_dates(a, b)
    if when is not None:
        if when[0] is when[1]:
            return None
        return when, "since" if _span(a)[0] == _span(b)[0] else "dates"  # type: ignore[index]
    if a.article == b.article:
        return None
    da, db = day(a.published), day(b.published)
    if da is not None and db is not None and da != db:
        return ((a, b) if da < db else (b, a)), "published"
    first = order.get((a.article, b.article))
    if first:
        return ((a, b) if first < 0 else (b, a)), "article_order"
    if _reported_apart(a.reported, b.reported):
        return ((a, b) if (a.reported or "") < (b.reported or "") else (b, a)), "reported"
    return None


def _reported_apart(a: str | None, b: str | None) -> bool:
    """Two reports' days differ, or their months (when one names no day) are ``REPORTED_MONTHS`` or more
    apart: a month named tells the time of a report only roughly."""
    if not a or not b or a == b:
        return False
    if len(a) >= 10 and len(b) >= 10:
        return True
    (ya, ma), (yb, mb) = ((int(x[:4]), int(x[5:7])) for x in (a, b))
    return abs((ya * 12 + ma) - (yb * 12 + mb)) >= REPORTED_MONTHS


def _by_dates(a: FigureClaim, b: FigureClaim) -> tuple[FigureClaim, FigureClaim] | None:
    """By the figures' own dates, when both have one: (earlier, later) for periods one after the other, or
    from one day with one ending later (two counts "since January", or "this week" on Tuesday and on
    Thursday: the later is the longer); (a, a) when they name one period, or periods that overlap
    otherwise; None when either has none."""
    pa, pb = _span(a), _span(b)
    if pa is None or pb is None:
        return None
    if pa == pb:
        return a, a
    if pa[1] < pb[0] or (pa[0] == pb[0] and pa[1] < pb[1]):
        return a, b
    if pb[1] < pa[0] or (pa[0] == pb[0] and pb[1] < pa[1]):
        return b, a
    return a, a  # overlapping periods tell nothing of which came first


def _open(c: FigureClaim) -> bool:
    return bool(c.when and c.when.endswith("/.."))


def _span(c: FigureClaim) -> tuple[date, date] | None:
    """The days a claim's own date covers, ending no later than its article's date (a count cannot report
    days after it was published: "since February" in a paper of 5 February runs to the 5th), an open
    period ("since January") running to it."""
    found = period(c.when)
    if found is None:
        return None
    published = day(c.published)
    if published is not None and found[0] <= published and (_open(c) or found[1] > published):
        return found[0], published
    return found


def article_order(claims: Iterable[FigureClaim], of: str | None = None) -> dict[tuple[str, str], int]:
    """The order of articles that rises between their counts show: where a count said to have risen in one
    article is higher than the same count in another (or equals a value the first says it rose from), the
    other article came first, and with it all its counts. Where two pairs of counts put two articles in
    opposite orders the last one found wins, topics in turn by name and counts in their given order: the
    order of two articles depends on their own counts alone, not on the other articles asked about.
    With ``of`` (an article), only the order of that article and each other one."""
    by_topic: dict[tuple[str, str], list[FigureClaim]] = {}
    for c in claims:
        by_topic.setdefault(c.topic, []).append(c)
    order: dict[tuple[str, str], int] = {}
    for _, group in sorted(by_topic.items()):
        own = group if of is None else [c for c in group if c.article == of]
        for x in (c for c in group if c.latest or c.rose_from):
            for y in (group if of is None or x.article == of else own):
                if y.article == x.article or refusal(x, y):
                    continue
                if x.latest and not y.latest and y.point < x.point:  # y came first
                    order[(y.article, x.article)], order[(x.article, y.article)] = -1, 1
                elif x.rose_from and not _disjoint(x, y) and not y.rose_from:  # y is x's earlier value
                    order[(y.article, x.article)], order[(x.article, y.article)] = -1, 1
    return order


# -- the checks --------------------------------------------------------------------------------------------


def disjoint(a: FigureClaim, b: FigureClaim) -> bool:
    """Their intervals do not meet: their values cannot both be true."""
    return a.high < b.low or b.high < a.low


_disjoint = disjoint


def _places_apart(a: FigureClaim, b: FigureClaim) -> bool:
    """Different countries, or two different towns or provinces of one country; for two movements, an end
    both name that differs (where they moved from or to is their place)."""
    if a.route and b.route:
        return any(x and y and x != y for x, y in zip(a.route, b.route, strict=True))
    if a.place is None or b.place is None:
        return False
    pa, pb = a.place, b.place
    if pa.country and pb.country and pa.country != pb.country:
        return True
    return pa.precision in LOCAL and pb.precision in LOCAL and pa.name != pb.name


def _scopes_differ(a: FigureClaim, b: FigureClaim) -> bool:
    """A town or province and its whole country, each named by its figure's own sentence."""
    if a.place is None or b.place is None or not (a.place.stated and b.place.stated) or (a.route and b.route):
        return False
    return (a.place.precision == "country") != (b.place.precision == "country")


def _windows_differ(a: FigureClaim, b: FigureClaim) -> bool:
    """Overlapping periods of very different lengths; a single day is a moment (an event's or a report's
    date), not a window, and two periods from one day are one running count, reported at two times."""
    pa, pb = _span(a), _span(b)
    if pa is None or pb is None or pa[1] < pb[0] or pb[1] < pa[0] or pa[0] == pa[1] or pb[0] == pb[1] or pa[0] == pb[0]:
        return False
    la, lb = ((p[1] - p[0]).days + 1 for p in (pa, pb))
    return max(la, lb) > WINDOW_RATIO * min(la, lb)


def _stock_and_flow(a: FigureClaim, b: FigureClaim) -> bool:
    both = {a.stock_or_flow, b.stock_or_flow}
    return a.category == b.category == "displacement" and both == {"stock", "flow"}


def _different_causes(a: FigureClaim, b: FigureClaim) -> bool:
    ca, cb = causes(a.context), causes(b.context)
    return bool(ca and cb and not ca & cb)


def _one_event(a: FigureClaim, b: FigureClaim) -> bool:
    """Their sentences share what they talk about; or, inside one article, one sets itself against the
    other ("But ...", "disputed the toll"), or, within a paragraph of each other (``NEAR_PARAGRAPHS``) in an
    article of one story (not a liveblog, bulletin or listing), they share a sentence or a named town or
    province; or, across two dated articles of one story each, the articles share ``SHARED_ENTITIES``
    named towns, provinces or groups, the figures' own town counting twice (a liveblog names everything of
    its war; undated articles may be years apart)."""
    if a.context & b.context:
        return True
    if a.article == b.article:
        if a.contrast or b.contrast:
            return True
        if a.many_stories or abs(a.paragraph - b.paragraph) > NEAR_PARAGRAPHS:
            return False
        return a.sentence == b.sentence or _same_town(a, b)
    if a.many_stories or b.many_stories or day(a.published) is None or day(b.published) is None:
        return False
    return len(a.entities & b.entities) + _same_town(a, b) >= SHARED_ENTITIES


def _same_town(a: FigureClaim, b: FigureClaim) -> bool:
    """Both placed, by their sentences or paragraphs, in one named town or province."""
    return (a.place is not None and b.place is not None and a.place.stated and b.place.stated
            and a.place.precision != "country" and a.place.name == b.place.name)


def _far_apart(a: FigureClaim, b: FigureClaim) -> bool:
    """Articles published more than ``COMPARE_DAYS`` apart; when either date is unknown, articles whose
    figures are not both placed in one named town or province (undated figures with nothing else in
    common may be years apart, and a whole country names many events)."""
    if a.article == b.article:
        return False
    da, db = day(a.published), day(b.published)
    if da is None or db is None:
        return not _same_town(a, b)
    return abs((da - db).days) > COMPARE_DAYS


_NOT_A_NAME = re.compile(r"^(?:the|a|an|its|their|his|her)\s+", re.I)


def _plain(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", _NOT_A_NAME.sub("", name.lower().replace(".", ""))))


ALIASES = {_plain(name): source for source, names in lexicon.table("claims.source_aliases").items() for name in names}


@functools.lru_cache(maxsize=65536)
def source_of(name: str) -> str:
    """The source a name stands for: an agency by any of its names ("the U.N. migration agency" and
    "IOM" are "iom"), else the name as written, lower-cased."""
    plain = _plain(name)
    return ALIASES.get(plain, plain)


@functools.lru_cache(maxsize=65536)
def _speaker_words(source: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", _NOT_A_NAME.sub("", source.lower())) if len(w) > 2)


def same_speaker(a: str, b: str) -> bool:
    """One source named two ways: the same name or agency, or the words of one all in the other ("the
    department" and "Malawi Department of Disaster Management Affairs"; "officials" and "Congolese
    officials")."""
    if source_of(a) == source_of(b):
        return True
    wa, wb = _speaker_words(a), _speaker_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _same_source(a: FigureClaim, b: FigureClaim, story: Mapping[str, str]) -> bool:
    """One source: the same speaker or agency by any of its names (or, unattributed, the same outlet), or
    copies of one story. Inside one article, only two claims of two named sources can disagree: the
    article's own narration and a source it cites are one account."""
    if source_of(a.source) == source_of(b.source):
        return True
    if a.article == b.article:
        return a.claim.stated_by is None or b.claim.stated_by is None or same_speaker(a.source, b.source)
    copies = story.get(a.article, a.article) == story.get(b.article, b.article)
    return copies and a.claim.stated_by == b.claim.stated_by
