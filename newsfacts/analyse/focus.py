"""The article's focus: the country an article is mostly about, from its places, its peoples and its
organisations named after a country, the title, dateline and lead weighing most.

One weighing serves two readers: a figure whose own sentence names no place inherits the focus (when one
country clearly leads: a multi-country article spreads no country), and the IDETECT eval takes the
likeliest country of an excerpt. Each mention with a country counts: a region or town more than a
passing country name, a people ("Sudanese") or an organisation named after a country least; a place
that stands for its government ("Islamabad insists") or that people left ("returnees from Pakistan", "new
arrivals from Sudan", "crossing the border from Belarus") not at all, nor a namesake abroad ("Sava", a town in
Italy, in a story from Madagascar: ``namesakes``). A name in the title, the dateline or the lead (the first paragraph) counts more, and so
does one in the figure's own sentence (``near``) and a people that is what the figure counts
("8.5 million Sudanese").
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from .. import lexicon
from ..gazetteer import Place, code_key, gazetteer
from ..records import Article, Mention
from .namesakes import namesake
from .places import FRENCH_ARRIVED_FROM_RE, FRENCH_LEFT_FROM_RE, LEFT_FROM_RE, in_org_name, title_context

PRECISION_WEIGHT = {"admin": 3, "city": 3, "country": 2}  # a region or town says more than a passing country
PEOPLE_WEIGHT = 1  # a demonym or an organisation named after a country
TITLE_FACTOR = 3  # a name the title or dateline gives
LEAD_FACTOR = 2  # a name in the first paragraph
NEAR_FACTOR = 2  # a name in the figure's own sentence
COUNTED_FACTOR = 3  # the people a figure counts ("8.5 million Sudanese")
LEAD_CHARS = 400  # the lead: the first paragraph, at most this long
DOMINANCE = 2.0  # a focus weighs at least this many times the next country
PARAGRAPH_RE = re.compile(r"\n\s*\n")
BORDER_FACTOR = 0.5  # a country named as a side of a border ("across the Chinese border"): where people went
_BORDER = "|".join(lexicon.terms("places.border_nouns"))
# "the Chinese border", "China's border" (not "Myanmar border guard posts": the border word ends the phrase)
BORDER_AFTER_RE = re.compile(
    rf"(?:['’]s?)?[ \t]+(?:{_BORDER})\b(?=[ \t]*(?:[,.;:)\n]|$)|[ \t]+(?:with|between|into|to|and|or|in|at|near|from|"
    r"during|on|of|for|where|after|before|as|by|while|when|since|the|a|an|was|is|were|are|has|have|had|but|which|that)\b)")
# "the border with China", "the border between Sudan and Chad"
BORDER_BEFORE_RE = re.compile(
    rf"\b(?:{_BORDER})[ \t]+(?:with|between)[ \t]+(?:the[ \t]+)?(?:[\w'’-]+(?:[ \t]+[\w'’-]+)?[ \t]+and[ \t]+(?:the[ \t]+)?)?$", re.I)


_DE = r"(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|du\s+|des\s+|de\s+)"
# "la zone frontalière du Mali", "à la frontière avec le Nigeria", "la frontière entre le Soudan et le Tchad" (as
# English "the border between Sudan and Chad"): the country on the other side of a border
FRENCH_BORDER_BEFORE_RE = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(lexicon.terms(lexicon.localized("places.border_nouns", "fr")))
    + r")\s+(?:" + _DE + r"|(?:avec|entre)\s+(?:le\s+|la\s+|l['’]\s*|les\s+)?)$")
# "à la frontière avec le Niger et le Burkina Faso", "entre le Soudan et le Tchad": the second country coordinated with
# the first side is a side too
FRENCH_BORDER_COORDINATED_RE = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(lexicon.terms(lexicon.localized("places.border_nouns", "fr")))
    + r")\s+(?:" + _DE + r"|(?:avec|entre)\s+(?:le\s+|la\s+|l['’]\s*|les\s+)?)[A-ZÀ-Ý][\w'’ -]{1,30}?\s+(?:et|ou)\s+"
    r"(?:le\s+|la\s+|l['’]\s*|les\s+|du\s+|de\s+(?:la\s+|l['’]\s*)?|des\s+)?$")
# "70 people, mostly from Sudan", "15 survivants, originaires de Guinée": where the people counted come from
PEOPLE_ORIGIN_RE = re.compile(
    r"(?i)(?:\b(?:" + "|".join(lexicon.terms("places.people_origin_openers")) + r")\s+from\s+(?:the\s+)?"
    r"|(?<!\w)(?:" + "|".join(lexicon.terms(lexicon.localized("places.people_origin_openers", "fr"))) + r")\s+" + _DE + ")$")
# more of the same list: "Sudan, Eritrea and Bangladesh", "de Guinée, du Mali et de Côte d'Ivoire"
LIST_GAP_RE = re.compile(r"(?i)\s*(?:,\s*(?:(?:and|et|or|ou)\s+)?|\s+(?:and|et|or|ou)\s+)" + f"(?:{_DE}|the\\s+)?")
RUBRIC_FACTOR = 2  # a country that opens the title before a colon ("Cameroun : ...") is what the article is about


def people_origin(text: str, mentions: Iterable[Mention], floor: int = 0) -> frozenset[int]:
    """The starts of the places named as where the people counted come from ("70 people, mostly from Sudan,
    Eritrea and Bangladesh", "originaires de Guinée, du Mali et de Côte d'Ivoire"), with the rest of their
    list: not where a figure happened, nor what the article is about."""
    found: set[int] = set()
    last = None
    for m in sorted((m for m in mentions if m.type == "place" and m.start >= floor), key=lambda m: m.start):
        if (PEOPLE_ORIGIN_RE.search(text, max(floor, m.start - 40), m.start) is not None
                or last is not None and LIST_GAP_RE.fullmatch(text, last.end, m.start) is not None):
            found.add(m.start)
            last = m
        else:
            last = None
    return frozenset(found)


def country_weights(article: Article, near: tuple[int, int] = (0, 0), counted: str | None = None,
                    skip: frozenset[int] = frozenset()) -> Counter:
    """How much the article's names point to each country (see the module's docstring); the mentions that
    start at ``skip`` (one person's nationality: ``figures.context.nationalities``) not at all."""
    weights: Counter = Counter()
    lead = _lead_end(article.text)
    title = article.title or ""
    titled: set[str] = set()
    weighed = tuple(m for m in _weighed(article.mentions, article.text, skip) if not namesake(m, article))
    abroad = _written_from(article, weighed)
    for m in weighed:
        weight = PRECISION_WEIGHT.get(m.precision or "", 1) if m.type == "place" and not m.actor else PEOPLE_WEIGHT
        if m.country in abroad:
            pass  # "CAIRO (AP) - ... in Sudan's Darfur": where the outlet writes from, a passing name
        elif _in_title(m, title) or (article.dateline is not None and m.start < article.dateline.end):
            weight *= TITLE_FACTOR
            if _in_title(m, title):
                titled.add(m.country)
        elif m.start < lead:
            weight *= LEAD_FACTOR
        if border_side(article.text, m):
            weight *= BORDER_FACTOR
        if near[0] <= m.start < near[1]:
            weight *= NEAR_FACTOR
            if counted and m.type == "group" and m.text in counted:
                weight *= COUNTED_FACTOR
        weights[m.country] += weight
    for country in _title_countries(article) - titled:
        weights[country] += PRECISION_WEIGHT["country"] * TITLE_FACTOR  # the title names it, the body may not
    for country in _rubric_countries(article):
        weights[country] += PRECISION_WEIGHT["country"] * TITLE_FACTOR * (RUBRIC_FACTOR - 1)
    return weights


def _written_from(article: Article, weighed: tuple[Mention, ...]) -> set[str]:
    """The dateline's countries that nothing else in the article names, under a title that names another
    country ("CAIRO (AP) - Sudan's paramilitary ..." under "... attack on Darfur displacement camp ..."): where
    the outlet writes from, not what the story is about, so the dateline gives them no more weight."""
    if article.dateline is None or not article.title:
        return set()
    dated = {m.country for m in weighed if m.start < article.dateline.end}
    named = {m.country for m in weighed if m.start >= article.dateline.end}
    titled = _title_countries(article)
    found = {c for c in dated - named - titled if titled - {c}}
    return found


RUBRIC_RE = re.compile(r"^\s*([^:\n]{2,40}?)\s*:\s+\S")
# a French title opening with where it happens, before a comma ("Au Tchad, l'afflux de réfugiés soudanais ...",
# "En RDC, plus de 110 000 déplacés ...", "À Mayotte, ..."): the place is the rubric's
LOCATIVE_RUBRIC_RE = re.compile(r"^\s*(?:Au|Aux|En|À|A)\s+([^,:\n]{2,40}?)\s*,\s+\S")


def _rubric_countries(article: Article) -> set[str]:
    """The country a title opens with, before a colon ("Cameroun : dans l'Extrême-Nord ...", "Sudan: ...") or,
    in French, in a locative before a comma ("Au Tchad, ..."): the article's subject as its outlet files it."""
    found = RUBRIC_RE.match(article.title or "")
    if found is None and (article.language or "en") == "fr":
        found = LOCATIVE_RUBRIC_RE.match(article.title or "")
    if found is None:
        return set()
    return set(title_context(found.group(1), article.language or "en").countries)


def _title_countries(article: Article) -> set[str]:
    """The countries the title names (``places.title_context``)."""
    if not article.title:
        return set()

    return set(title_context(article.title, article.language or "en").countries)


def likeliest_country(article: Article, near: tuple[int, int] = (0, 0), counted: str | None = None) -> str | None:
    """The country the article's names point to most (none where they name none)."""
    weights = country_weights(article, near, counted)
    return max(weights, key=weights.__getitem__) if weights else None


def focus_country(article: Article, near: tuple[int, int] = (0, 0), counted: str | None = None,
                  skip: frozenset[int] = frozenset()) -> str | None:
    """The likeliest country where it clearly leads: DOMINANCE times the weight of any other, or ahead of
    the other and named by the dateline."""
    weights = country_weights(article, near, counted, skip).most_common(2)
    if not weights:
        return None
    if len(weights) == 2 and weights[0][1] < DOMINANCE * weights[1][1]:
        # two countries close (a story of people moving between them): the one the dateline is in, if it leads
        return weights[0][0] if weights[0][1] > weights[1][1] and weights[0][0] in _dateline_countries(article) else None
    return weights[0][0]


def filed_country(article: Article) -> str | None:
    """Where no country clearly leads (``focus_country`` gives none), the one of the two that leads if the title
    files the article under it (``_filed_under``), else None: the country of a report's figures that nothing
    else places ("UNHCR Chad: Sudan Emergency Operational Update", "Bangladesh Shelter Cluster - Sylhet Floods")."""
    weights = country_weights(article).most_common(2)
    if len(weights) != 2 or weights[0][1] >= DOMINANCE * weights[1][1] or weights[0][1] <= weights[1][1]:
        return None
    return weights[0][0] if weights[0][0] in _filed_under(article) else None


def _filed_under(article: Article) -> set[str]:
    """The country a title files the article under: its rubric ("UNHCR Chad: Sudan Emergency ...", "Sudan: ..."),
    else the only country it names ("Bangladesh Shelter Cluster - Sylhet Floods ..."), as a report's title does;
    none where it names several and opens with none of them."""
    rubric = _rubric_countries(article)
    if rubric:
        return rubric
    titled = _title_countries(article)
    return titled if len(titled) == 1 else set()


def _dateline_countries(article: Article) -> set[str]:
    """The countries of the places the dateline names ("ISLAM QALA, Afghanistan:")."""
    if article.dateline is None:
        return set()
    return {m.country for m in article.mentions if m.country and m.type == "place" and m.start < article.dateline.end}


def focus_mention(article: Article, country: str, skip: frozenset[int] = frozenset()) -> Mention | None:
    """The mention that stands for a focus country: the first place that names the country itself, else
    the first place in it, else, where the article names only its people or an organisation named after it
    ("the Afghan Red Crescent", "Sudan Tribune" as the only clue), the first of those. What is inherited
    is the country, never more: a mention of a town or region in it, or of its people, is given as the
    whole country (canonical name, point and ``precision`` "country" of the gazetteer's entry), keeping
    its own text and offsets as the evidence (an article about Sudan that names only Khartoum does not
    place every figure without a place in Khartoum)."""
    ms = [m for m in _weighed(article.mentions, article.text, skip) if m.country == country]
    for pick in (lambda m: m.type == "place" and m.precision == "country" and not m.actor,
                 lambda m: m.type == "place" and not m.actor, bool):
        found = next((m for m in ms if pick(m)), None)
        if found is not None:
            return found if found.type == "place" and found.precision == "country" and not found.actor else _as_country(found)
    if country in _title_countries(article):
        return _title_mention(country)
    return None


def _title_mention(country: str) -> Mention | None:
    """A country only the title names ("Cameroun : ..." over a body that names only its villages): the
    gazetteer's entry, with no span in the text since the title is not the text: its ``text`` is empty and
    ``start`` and ``end`` are 0 (every mention's text is what its span holds), the name is ``canonical``."""
    entry = country_entry(country)
    if entry is None:
        return None
    return Mention(text="", type="place", canonical=entry.name, start=0, end=0, country=country,
                   geonames_id=entry.geonames_id, lat=entry.lat, lon=entry.lon, precision="country",
                   extractor="focus@title")


def _as_country(m: Mention) -> Mention:
    entry = country_entry(m.country) if m.country else None
    if entry is None:
        return m
    return replace(m, type="place", canonical=entry.name, geonames_id=entry.geonames_id, lat=entry.lat,
                   lon=entry.lon, precision="country", actor=False)


@functools.lru_cache(maxsize=512)
def country_entry(iso3: str) -> Place | None:
    """The gazetteer's entry of a country by its ISO 3166-1 alpha-3 code."""
    return next((p for p in gazetteer().lookup(code_key(iso3)) if p.kind == "country"), None)


_LAST_WEIGHED: list[tuple[str, tuple[Mention, ...], frozenset[int], tuple[Mention, ...]]] = []


def _weighed(mentions: tuple[Mention, ...], text: str, skip: frozenset[int] = frozenset()) -> tuple[Mention, ...]:
    """The mentions that weigh for a country: a place that acts for its government weighs only when it is a city
    ("Kinshasa said 120 soldiers had died": the government of the country it is the capital of), never a country
    that acts on another ("Iran deported 36,400 Afghans"). Asked again for each figure of an article with the same (frozen)
    text and mentions: the last answer is kept (the objects themselves are held, so their identity is theirs)."""
    if _LAST_WEIGHED and (last := _LAST_WEIGHED[0])[0] is text and last[1] is mentions and last[2] == skip:
        return last[3]
    origins = skip | people_origin(text, mentions)
    found = tuple(m for m in mentions
                  if m.country and m.type in ("place", "group", "organisation") and not _left_from(text, m)
                  and m.start not in origins and (not m.actor or m.type == "place" and (_in_org_name(m, text) or m.precision == "city")))
    _LAST_WEIGHED[:] = [(text, mentions, skip, found)]  # a place inside an organisation's name weighs as it would
    return found


def _left_from(text: str, m: Mention) -> bool:
    """ "returnees from Pakistan": the country people left, not where they are counted."""
    return (LEFT_FROM_RE.search(text, max(0, m.start - 40), m.start) is not None
            or FRENCH_LEFT_FROM_RE.search(text, max(0, m.start - 40), m.start) is not None
            or FRENCH_ARRIVED_FROM_RE.search(text, max(0, m.start - 40), m.start) is not None)


def _in_org_name(m: Mention, text: str) -> bool:

    return in_org_name(m, text)


def border_side(text: str, m: Mention) -> bool:
    """ "across the Chinese border", "near the border with China", "la zone frontalière du Mali": the country (or its
    people) named as a side of a border, which says where people went or what lies beyond rather than where the
    figure happened."""
    return (BORDER_AFTER_RE.match(text, m.end) is not None
            or BORDER_BEFORE_RE.search(text, max(0, m.start - 60), m.start) is not None
            or FRENCH_BORDER_BEFORE_RE.search(text, max(0, m.start - 60), m.start) is not None
            or FRENCH_BORDER_COORDINATED_RE.search(text, max(0, m.start - 80), m.start) is not None)


def _lead_end(text: str) -> int:
    found = PARAGRAPH_RE.search(text, 0, LEAD_CHARS)
    return found.start() if found else min(len(text), LEAD_CHARS)


def _in_title(m: Mention, title: str) -> bool:
    return bool(title) and re.search(rf"(?<!\w){re.escape(m.text)}(?!\w)", title) is not None
