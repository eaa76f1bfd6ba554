"""Figures as claims: what each figure says, read the way comparing two figures needs it.

A ``FigureClaim`` keeps, beside the figure's span and speaker (its ``Claim``):

- its **topic**, the key claims are indexed and looked up by: what is measured (people, households, homes,
  hours, USD ...) and what happened (the figure's event class, ``Figure.event``, as the lexicon's events
  table compares it: "fled" as "displaced"; for money, the crude stem of its term; nothing for time);
- the **interval** of values it allows (``interval``: bounds, qualifiers, rounding);
- the **group** it counts ("" for everyone an event befell; "child", "refugee", "afghan" ...);
- its **place** (country, name, precision, and whether the sentence names it or the article's focus gave it),
  **stock or flow**, **when** (the figure's own date value) and **published** (its article's date);
- what its sentence says of it: a **projection** ("may have died", "could reach"), the **latest** value of a
  count that rose ("has risen to 225"), or the value a count **rose from** ("from 190 to 225"); the
  sentence's content words (``context``) and whether it sets itself against another (``contrast``);
- its article's named things (``entities``: places below a country, groups), which show that figures of
  two articles are about one event; its paragraph and sentence.

``resolve/sameness.py`` compares two claims; ``disagreements`` and ``updates`` keep what it finds.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from .. import lexicon
from ..lexicon import events
from ..records import Article, Claim, Figure, Mention
from .words import alternation, content_words, day

ROUNDING = 0.05  # an exact figure stands for itself +/- 5% (+/- 10% when it is a round number)
ABOUT = 0.15  # "about 2,000" stands for 1,700 to 2,300; "nearly 3,000" for 2,550 to 3,000
COUNT_CATEGORIES = frozenset({"displacement", "casualties", "aid", "other"})  # counts of people and things
# a share says nothing alone ("46 percent" of whom, when?): shares are not compared
UNCOMPARABLE_UNITS = lexicon.words("claims.uncomparable_units")
CONTRAST = lexicon.words("claims.contrast")
CONTRAST_PHRASES = lexicon.terms("claims.contrast_phrases")
WAIT_WORDS = lexicon.words("claims.wait_words")
CONTEXT_STOPWORDS = lexicon.words("claims.context_stopwords")
OPENING_CONTRAST = re.compile(rf"[\"'“‘]?(?:{alternation('claims.contrast_openings')})\b")

HOUSEHOLDS = lexicon.words("units.household_nouns")
PERSON_NOUNS = lexicon.words("units.person_nouns") | lexicon.words("units.anaphoric_nouns")
GENERIC_PEOPLE = lexicon.words("claims.generic_people")
EVERYONE = tuple(frozenset(entry.split()) for entry in lexicon.terms("claims.everyone"))
PLURALS = lexicon.table("claims.person_plurals")
MODAL_HEDGES = lexicon.words("claims.modal_hedges")
PROJECTION_PHRASES = lexicon.terms("claims.projection_phrases")
RISES = lexicon.words("claims.rises")
RISE_FROM = lexicon.words("claims.rise_from")
ADDITION_WORDS = lexicon.words("claims.addition_words")
PART_PHRASES = tuple(lexicon.terms("claims.part_phrases"))
APPROXIMATORS = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "approximately", "over",
                           "at", "least", "than", "up", "to", "an", "a", "the"})
# words that make a count of the displaced one of internally displaced people (IDPs): the idps class's words
INTERNALLY = lexicon.words("events.classes.idps.words")
MANY_STORIES = frozenset({"liveblog", "bulletin", "listing"})  # page kinds whose articles hold many stories
HEDGE_WINDOW = 4  # words each side of a figure in which a modal makes it a projection
# the nouns of any event class that count people by what happened to them ("deaths", "refugees")
EVENT_PEOPLE = events.event_terms("people") | events.event_terms("remains")


@dataclass(frozen=True)
class Place:
    country: str
    name: str
    precision: str
    stated: bool  # named in the figure's sentence or the sentences before it in its paragraph (else the article's focus)


@dataclass(frozen=True)
class FigureClaim:
    article: str
    published: str | None
    source: str  # the speaker, else the outlet, else the article
    topic: tuple[str, str]  # (what is measured, what happened)
    low: float
    high: float
    flow: bool
    place: Place | None  # for counts only
    claim: Claim
    context: frozenset[str] = frozenset()  # content words of the figure's sentence (not the figure's own)
    contrast: bool = False  # its sentence sets it against another ("But ...", "disputed the toll")
    group: str = ""  # the group counted ("" for everyone the event befell)
    stock_or_flow: str | None = None
    when: str | None = None  # the figure's own date (an ISO value of analyse/dates.py)
    projection: bool = False  # "may have died", "could reach": not a count
    latest: bool = False  # "has risen to 225": the latest value of a count that rose
    part: bool = False  # "an additional 2.8 million", "of those, 11 million": a part of a count or an addition
    rose_from: bool = False  # "from 190 to 225": the value a count rose from
    entities: frozenset[str] = frozenset()  # its article's named places (below a country), organisations, groups
    category: str = "other"
    route: tuple[str, str] | None = None  # where people moved from and to ("" for an end not named), for movements
    many_stories: bool = False  # its article is a liveblog, bulletin or listing: many stories, not one
    paragraph: int = 0  # which paragraph of its article it is in
    reported: str | None = None  # the latest day (else month) its article names, not after its date: when it reports
    sentence: int = 0  # where its sentence starts in its article

    @property
    def is_count(self) -> bool:
        return self.category in COUNT_CATEGORIES

    @property
    def point(self) -> float:
        """One value for ordering: the figure's value, else the middle of its bounds."""
        if self.claim.value is not None:
            return self.claim.value
        return self.low if math.isinf(self.high) else (self.low + self.high) / 2


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


# what happened, as one class per kind of event (the lexicon's events table): "kill", "killed" and "died"
# are one; "fled" and "displaced" are one; other terms compare by a crude stem ("waited", "wait")
TERM_CLASS = events.term_classes()
COMPARE_CLASS = {name: fields.get("compare", name) for name, fields in events.classes().items()}


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


def _singular(word: str) -> str:
    w = word.lower()
    if w in PLURALS:
        return PLURALS[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and len(w) > 3 and not w.endswith("ss") else w


# French heads as the English ones they compare with ("personnes" -> "people", "déplacés" -> "displaced"), so
# that a French and an English article about one event are compared: the words of the event classes from
# events.toml ([classes.NAME.fr], as their class's English noun), the other nouns from claims.toml [fr.heads].
FRENCH_HEADS: dict[str, str] = {**events.localized_heads("fr"), **lexicon.table(lexicon.localized("claims.heads", "fr"))}
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _tokens(text: str | None) -> list[str]:
    """The words of a counted phrase or unit, a French head as its English word (kept as written otherwise)."""
    out = []
    for token in WORD_RE.findall(text or ""):
        low = token.lower()
        french = FRENCH_HEADS.get(low) or FRENCH_HEADS.get(low[:-1] if low.endswith(("s", "x")) else low)
        out.append(french or token)
    return out


def measure(f: Figure) -> str:
    """What a figure measures: "person" for any count of people (whatever noun counts them: "fatalities",
    "combatants and civilians", "others"), "household" for households and families, else its unit."""
    if f.category in ("time", "money"):
        return f.unit or ""
    counted = [_singular(w) for w in _tokens(f.counted)]
    unit = _singular(" ".join(_tokens(f.unit)) or "person")
    if unit in HOUSEHOLDS or (counted and counted[-1] in HOUSEHOLDS):
        return "household"
    people = PERSON_NOUNS | GENERIC_PEOPLE | EVENT_PEOPLE
    if unit in people or unit == "person" or any(w in people for w in counted):
        return "person"
    return unit


def group(f: Figure) -> str:
    """The group a count of people is of: its person nouns that name a group ("children", "refugees") and
    the peoples it names ("Afghans"), singular and sorted, with "other" where it counts others than someone
    named ("Stevens and three other Americans"); "" when it counts everyone an event befell ("people",
    "fatalities" of the killed, "combatants and civilians", "27 others")."""
    own = _event_people(f.event)
    found = set()
    for token in _tokens(f.counted):
        w = _singular(token)
        if w in GENERIC_PEOPLE or w in own or w in HOUSEHOLDS:
            continue
        if w in PERSON_NOUNS or any(w in whole for whole in EVERYONE) or (token[0].isupper() and token.lower() not in PERSON_NOUNS and len(w) > 2):
            found.add(w)
    if any(whole <= found for whole in EVERYONE):
        return ""
    words = (f.counted or "").lower().split()
    if any(w == "other" and i + 1 < len(words) for i, w in enumerate(words)):  # "three other Americans"
        found.add("other")
    return " ".join(sorted(found))


def _group(f: Figure, sentence: str, at: int) -> str:
    """``group``, with the internally displaced told apart: "internally" or "IDPs" in what is counted or
    between the number and its term makes the group "idp"."""
    found = group(f)
    tail = sentence[at + f.end - f.start:]
    near = tail[:max(0, tail.lower().find(f.term.lower())) if f.term else 0]
    words = set(re.findall(r"[a-z]+", f"{f.counted or ''} {near}".lower()))
    if words & INTERNALLY:
        return " ".join(sorted({*found.split(), "idp"} - {"internally"}))
    return found


def _event_people(event: str | None) -> frozenset[str]:
    """The nouns that count people by what happened to them in this event class ("deaths" of the killed)."""
    fields = events.classes().get(event or "", {})
    return frozenset(w for key in ("people", "remains") if key in fields
                     for w in lexicon.terms(f"events.classes.{event}.{key}"))


def topic(f: Figure) -> tuple[str, str] | None:
    """What a figure is about, as claims are looked up by it: what is measured and what happened. None when
    too vague to compare: shares, vague amounts ("millions of refugees"), figures of nothing that happened, and
    changes ("the toll rose by 14", "up 5%"), which are no level of the count."""
    if f.unit in UNCOMPARABLE_UNITS or "vague" in f.flags or f.change is not None and f.category in COUNT_CATEGORIES:
        return None
    if f.category == "time":
        return (f.unit or "", "")
    if f.category == "money":  # "$200 or less": nothing happened
        return (f.unit or "", term_class(f.term)) if f.term and f.counted else None
    what = COMPARE_CLASS.get(f.event or "") or (TERM_CLASS.get((f.term or "").lower()) if f.term else None)
    if not what or not (f.counted or f.event):
        return None
    return (measure(f), what)


def topic_key(t: Sequence[str]) -> str:
    """A topic as one string (the ledger indexes claims by it)."""
    return "|".join(t)


@dataclass(frozen=True)
class _Index:
    """What every figure of one article reads, found once per article: its named things, the day it
    reports as of, where its paragraphs start, its place mentions and its spans of time, by position."""

    entities: frozenset[str]
    reported: str | None
    paragraphs: list[int]
    place_starts: list[int]
    places: list[Mention]
    time_starts: list[int]
    times: list[Figure]

    @classmethod
    def of(cls, article: Article) -> _Index:
        places = sorted((m for m in article.mentions if m.type == "place" and not m.actor and m.country),
                        key=lambda m: m.start)
        times = sorted((t for t in article.figures if t.category == "time" and t.unit in _DAYS and t.value),
                       key=lambda t: t.start)
        return cls(entities(article), report_day(article), [m.end() for m in _PARAGRAPH.finditer(article.text)],
                   [m.start for m in places], places, [t.start for t in times], times)


def figure_claims(article: Article) -> list[FigureClaim]:
    """The article's comparable figures as claims."""
    index = _Index.of(article)
    return [c for f in article.figures if (c := figure_claim(article, f, index)) is not None]


def figure_claim(article: Article, f: Figure, index: _Index | None = None) -> FigureClaim | None:
    t, span = topic(f), interval(f)
    if t is None or span is None or (f.category == "time" and _time_reference(article.text, f)):
        return None
    words, contrast = context(article.text, f)
    if f.category == "time" and not words & WAIT_WORDS:
        return None  # "logged 2,766 flying hours", "nine minutes a day": not how long something took
    index = index or _Index.of(article)
    source = (f.stated_by.name or f.stated_by.mention or "") if f.stated_by else ""
    outlet = f.reported_by or article.source.outlet
    claim = Claim(article=article.id, value=f.value, low=f.low, high=f.high, stated_by=f.stated_by,
                  start=f.start, end=f.end, text=article.text[f.start:f.end], reported_by=outlet)
    sentence, at = _sentence(article.text, f)
    start = f.start - at
    place = _place(article, f, start, index) if f.category in COUNT_CATEGORIES else None
    latest, rose_from = _rise(sentence, at)
    return FigureClaim(article.id, article.published, source or (outlet or article.id), t, span[0], span[1],
                       f.stock_or_flow == "flow", place, claim, words, contrast,
                       group=_group(f, sentence, at) if t[0] == "person" else "",
                       stock_or_flow=_stock_or_flow(sentence, at, f),
                       when=_as_of(article, f, f.start - at, len(sentence)) if f.when else _window(article, f, start, len(sentence), index),
                       projection=_projection(sentence, at, f),
                       latest=latest, rose_from=rose_from, part=_part(sentence, at, lambda: _counted_before(article, f, t)),
                       entities=index.entities,
                       category=f.category,
                       route=_route(f), many_stories=article.page_kind in MANY_STORIES,
                       paragraph=bisect.bisect_right(index.paragraphs, f.start), reported=index.reported,
                       sentence=start)


def _place(article: Article, f: Figure, sentence_start: int, index: _Index) -> Place | None:
    """Where a count is: its own place when its sentence names one; else the place the sentences before
    it in its paragraph name last ("Prior to the offensive on Goma, ... During the fighting, nearly 3,000
    were killed": Goma); else the article's focus country (not ``stated``), else None."""
    if f.place is not None and f.place_source != "article":
        return Place(f.place.country or "", f.place.canonical, f.place.precision or "", True)
    paragraph = article.text.rfind("\n", 0, sentence_start) + 1
    i = bisect.bisect_left(index.place_starts, sentence_start)
    while i > 0 and index.places[i - 1].start >= paragraph:
        m = index.places[i - 1]
        if m.end <= sentence_start:
            return Place(m.country or "", m.canonical, m.precision or "", True)
        i -= 1
    if f.place is None:
        return None
    return Place(f.place.country or "", f.place.canonical, f.place.precision or "", False)


_DAYS = {"hour": 1 / 24, "day": 1, "night": 1, "week": 7, "weekend": 2, "month": 30, "year": 365}
_BEFORE_SPAN = re.compile(r"\b(?:in|over|within|during|for)\s+(?:the\s+)?(?:past|last|previous)?\s*$", re.I)


def _as_of(article: Article, f: Figure, sentence_start: int, length: int) -> str | None:
    """The period of a figure's date: a count "since X" that its sentence dates at a day ("have been
    displaced since February, the UN said on Monday": the figure's ``when`` is Monday) runs from X to that
    day; any other date is the figure's own."""
    value = f.when.value if f.when is not None else None
    if value is None or f.when is None or f.when.precision != "day":
        return value
    since = next((d.value.split("/")[0] for d in article.dates if sentence_start <= d.start < sentence_start + length
                  and d.value and d.value < value and (d.value.endswith("/..") or _SINCE.search(
                      article.text, max(sentence_start, d.start - 30), d.start))), None)
    return f"{since}/{value}" if since else value


_SINCE = re.compile(r"\bsince\b(?:\s+(?:the\s+)?(?:start|beginning|end|middle)\s+of)?\s+(?:early\s+|late\s+|mid-?)?$", re.I)


def _window(article: Article, f: Figure, sentence_start: int, length: int, index: _Index) -> str | None:
    """The period a count without a date of its own covers when its sentence gives a span of time that
    ends at the article's date ("165 were killed over the past 24 hours", "40,000 displaced in ten days"):
    an ISO interval ending on the article's date, else None."""
    published = day(article.published)
    if published is None or f.category not in COUNT_CATEGORIES:
        return None
    first = bisect.bisect_left(index.time_starts, sentence_start)
    for t in index.times[first:bisect.bisect_left(index.time_starts, sentence_start + length)]:
        if _BEFORE_SPAN.search(article.text[max(sentence_start, t.start - 30):t.start]):
            begin = published - timedelta(days=math.ceil((t.value or 0) * _DAYS[t.unit or "day"]))
            return f"{begin.isoformat()}/{published.isoformat()}"
    return None


def _route(f: Figure) -> tuple[str, str] | None:
    """The ends of a movement ("fled Gwoza", "crossed into Chad from West Darfur"), by canonical name."""
    if f.origin is None and f.destination is None:
        return None
    return (f.origin.canonical if f.origin else "", f.destination.canonical if f.destination else "")


MONTHS = lexicon.words("time.months")


def report_day(article: Article) -> str | None:
    """When an article reports as of: the latest day it names (a date of day precision), else the latest
    month it names by name ("in July", "October 2024": ``YYYY-MM``), never after its own date; None when it
    names neither. Two reports of one running count, both dated by the same ``--date`` or not dated at all,
    are put in time by it ("said on Tuesday" against "said on Wednesday"; July against October)."""
    days = [d.value[:10] for d in article.dates if d.precision == "day" and d.value and len(d.value) >= 10]
    months = [d.value[:7] for d in article.dates if d.precision == "month" and d.value and len(d.value) >= 7
              and any(w in MONTHS for w in re.findall(r"[a-z]+", d.text.lower()))]
    if article.published:
        days = [d for d in days if d <= article.published[:10]]
        months = [m for m in months if m <= article.published[:7]]
    return max(days, default=None) or max(months, default=None)


def entities(article: Article) -> frozenset[str]:
    """What an article names that shows which event it reports: places below a country and groups (armed
    groups, peoples), by canonical name, lower-cased; not organisations (the UN, a ministry, a news agency
    appear in stories of every event)."""
    return frozenset(m.canonical.lower() for m in article.mentions
                     if (m.type == "place" and m.precision not in ("country", "continent") and not m.actor)
                     or m.type == "group")


_BEFORE_TIME = re.compile(rf"\b(?:{alternation('claims.time_placing_before')})\s+$", re.I)
_AFTER_TIME = re.compile(rf"^(?:-|\s+(?:\w+\s+)?(?:{alternation('claims.time_placing_after')})\b)", re.I)


def _time_reference(text: str, f: Figure) -> bool:
    """A span of time that places or describes rather than measures how long something took: "in the
    past two weeks", "six weeks before the election", "a 40-year career", "four years to go"."""
    after = text[f.end:f.end + 40]
    unit_word = re.match(r"\s*[\w-]+", after)
    rest = after[unit_word.end():] if unit_word and not after.startswith("-") else after
    return bool(_BEFORE_TIME.search(text[max(0, f.start - 20):f.start]) or _AFTER_TIME.match(rest))


_PARAGRAPH = re.compile(r"\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s|$)|\n")


def _sentence(text: str, f: Figure) -> tuple[str, int]:
    """The figure's sentence and where the figure starts in it."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, f.start)]
    start = starts[-1] if starts else 0
    end_match = _SENTENCE_END.search(text, f.end)
    end = end_match.start() if end_match else len(text)
    return text[start:end], f.start - start


def context(text: str, f: Figure) -> tuple[frozenset[str], bool]:
    """What the figure's sentence talks about besides the figure: its content words, less the counted
    noun, the term (both already in its topic, save a time span's verb), the speaker's name and numbers.
    Two figures said of the same thing share some ("clearance", "floods", "Zuwara"); two that merely count
    the same kind of thing rarely do. And whether the sentence sets itself against another ("But ...",
    "disputed", "in fact")."""
    sentence, at = _sentence(text, f)
    words = content_words(sentence[:at] + " " + sentence[at + f.end - f.start:])
    term = f.term if f.category != "time" else None  # (a time span's topic leaves its verb out)
    own = content_words(" ".join(x for x in (f.counted, term, f.stated_by.mention if f.stated_by else None,
                                                f.stated_by.name if f.stated_by else None) if x))
    sentence = sentence.strip()
    said = set(re.findall(r"[a-z]+", sentence.lower()))
    contrast = (bool(OPENING_CONTRAST.match(sentence)) or bool(said & CONTRAST)
                or any(p in sentence.lower() for p in CONTRAST_PHRASES))
    return frozenset(w for w in words - own - CONTEXT_STOPWORDS if not w.isdigit()), contrast


def _projection(sentence: str, at: int, f: Figure) -> bool:
    """A figure its sentence projects rather than counts: a modal within ``HEDGE_WINDOW`` words of it
    ("10,000 people may have died", "could reach 20,000") or a phrase of expecting ("feared")."""
    before = re.findall(r"[\w']+", sentence[:at])[-HEDGE_WINDOW:]
    after = re.findall(r"[\w']+", sentence[at + f.end - f.start:])[:HEDGE_WINDOW + 1]
    near = before + after
    if any(w in MODAL_HEDGES for w in near):  # as written: "May" the month is no modal
        return True
    phrase = " ".join(near).lower()
    return any(p in phrase for p in PROJECTION_PHRASES)


def _rise(sentence: str, at: int) -> tuple[bool, bool]:
    """(latest, rose_from): the sentence says a count rose before the figure ("has risen to 225", "passed
    200"), and the figure is the value it rose from ("from 190 to 225", "up from 30")."""
    before = re.findall(r"[a-z]+", sentence[:at].lower())
    if not any(w in RISES for w in before):
        return False, False
    near = [w for w in before[-3:] if w not in ("around", "about", "some", "nearly", "almost")]
    rose_from = bool(near) and near[-1] in RISE_FROM
    return not rose_from, rose_from


def _part(sentence: str, at: int, counted_before: Callable[[], bool]) -> bool:
    """The sentence makes the figure a part of another count or an addition to one: a word of addition
    right before it, past approximators, where its paragraph has counted the same thing before ("7.8
    million fled ... An additional 2.8 million were already displaced", "Another 300 fell ill"; but "2,056
    dead, 3,900 injured, and an additional 270 missing" is the whole count of the missing), or a phrase of
    parts at most two words before it ("Of those, 11 million", "among them at least 40")."""
    before = sentence[:at].lower()
    words = [w for w in re.findall(r"[a-z]+", before)[-4:] if w not in APPROXIMATORS]
    if words and words[-1] in ADDITION_WORDS:
        return counted_before()  # asked only here: it reads every figure of the article
    return any(re.search(rf"\b{re.escape(p)}\b[\s,]*(?:[\w-]+\s+){{0,2}}$", before) for p in PART_PHRASES)


def _counted_before(article: Article, f: Figure, t: tuple[str, str]) -> bool:
    """An earlier figure of the same paragraph counts the same thing (``topic``)."""
    paragraph = article.text.rfind("\n", 0, f.start) + 1
    return any(paragraph <= g.start < f.start and topic(g) == t for g in article.figures)


_PRESENT_STATE = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:(?:are|is|remain|remained)\s+(?:now\s+|still\s+|already\s+)?"
    r"|(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+already\s+|already\s+)$", re.I)


def _stock_or_flow(sentence: str, at: int, f: Figure) -> str | None:
    """The figure's stock or flow, with one reading of the sentence added: people who "are displaced",
    "remain displaced" or "were already displaced" are a stock, whatever the term alone says."""
    if f.stock_or_flow == "flow" and f.term:
        tail = sentence[at + f.end - f.start:]
        i = tail.lower().find(f.term.lower())
        if 0 <= i < 60 and _PRESENT_STATE.match(tail[:i]):
            return "stock"
    return f.stock_or_flow
