"""Places: every place mention (and the dateline) resolved offline to a country, a GeoNames entry and a point.

Names are looked up in the slim gazetteer (``newsfacts.gazetteer``). Among the places a name may mean,
each gets a score: the order of magnitude of its population, plus a bonus for its kind (a country
name means the country, never a city of that name), for the place's own name rather than one of its
alternate names, and for lying in a country (or first-level region) that the article's other place
mentions point to. ``match`` is "exact" when the name is written as the place spells it (accents
aside), "fuzzy" for an alternate name or another case or spelling; ``precision`` is country, admin,
city or continent. The article's countries
come from a first pass: countries and regions named outright, and cities whose reading is clear
without context. "Hyderabad" in an article about Pakistan is Hyderabad, Sindh; alone it is the larger
Hyderabad in India.

A place that is the subject of a verb of saying or deciding ("Islamabad insists", "Ankara rejected")
stands for its government: the mention keeps its resolution and gets ``actor=True`` (it is not where
anything happened). The tagger often calls such a capital an organisation: a mention typed organisation
whose very name is a country, a national capital or a city of a million people becomes a place.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import POS
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.util import filter_spans

from .. import lexicon
from ..gazetteer import (
    WELL_KNOWN_REGIONS,
    Gazetteer,
    Place,
    abbreviation_key,
    code_key,
    fold,
    gazetteer,
    language_key,
    own_names,
    strip_accents,
)
from ..records import Mention
from ..stage import Stage, Work, per_article
from .nlp import doc_text, load
from .spans import Spans

# "depuis la Tanzanie", "en provenance du Soudan": where people left, in French
FRENCH_LEFT_FROM_RE = re.compile(r"(?<!\w)(?:depuis|en\s+provenance\s+d(?:e|u|es|['’]))\s*(?:l['’]\s*|la\s+|le\s+|les\s+)?$", re.I)
# "des renforts arrivés de La Réunion", "migrants expulsés d'Algérie": where people came from (the French "returnees from")
FRENCH_ARRIVED_FROM_RE = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(lexicon.terms(lexicon.localized("places.arrived_from", "fr")))
    + r")\s+(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|du\s+|des\s+|de\s+)$")
# "returnees from Pakistan", "new arrivals from Sudan", "crossing (the border) from Belarus": where people left
LEFT_FROM_RE = re.compile(r"\b(?:" + "|".join(lexicon.terms("events.idmc_left_from") + lexicon.terms("events.moved_from"))
                          + r")\w*\s+(?:(?:the\s+)?(?:" + "|".join(lexicon.terms("places.border_nouns")) + r")\s+)?from\s+$", re.I)

VERSION = "1"
EXTRACTOR = f"places@{VERSION}"

KIND_BONUS = {"country": 4.0, "continent": 4.0, "admin": 1.0, "city": 0.0}
PRIMARY_BONUS = 2.0  # the place's own name (folded): a factor of 100 in population over an alternate name
PREFERRED_BONUS = 3.0  # the kind a stripped last word asked for ("Kandahar province": the province)
MIN_ALTERNATE_POPULATION = 1000  # smaller places are not taken by an alternate name ("Middle East", Texas)
PROMINENT_CITY = 1_000_000  # an "organisation" named exactly like a city this large is the city ("Hyderabad")
NOTABLE_CITY = 100_000  # a missed or "group" name exactly like a city this large is the city ("Aleppo")
LOCATIVE_PREPS = lexicon.words("places.locative_prepositions")
ATTACK_NOUNS = lexicon.words("places.attack_nouns")
DEMONYM_RE = re.compile(rf"(?:{'|'.join(lexicon.terms('places.demonym_endings'))})$")
# Demonyms: an ending taken off, a country's ending put on ("Sudan-ese", "Leban-on", "Afghan-istan").
DEMONYM_SUFFIXES = lexicon.terms("places.demonym_suffixes")
COUNTRY_ENDINGS = lexicon.terms("places.country_endings")
# "à Goma", "vers Adré", "a fui El Geneina": the words before a name that make it a place in French
FRENCH_LOCATIVE = lexicon.words(lexicon.localized("places.locative_prepositions", "fr"))
FRENCH_ARTICLES = frozenset(("le", "la", "l", "les"))
FRENCH_DEMONYM_RE = re.compile(rf"(?:{'|'.join(lexicon.terms(lexicon.localized('places.demonym_endings', 'fr')))})$")
FRENCH_DEMONYM_SUFFIXES = lexicon.terms(lexicon.localized("places.demonym_suffixes", "fr"))
FRENCH_COUNTRY_ENDINGS = lexicon.terms(lexicon.localized("places.country_endings", "fr"))
# "l'armée malienne", "les autorités tchadiennes": a body and its lower-case demonym (_french_body_demonyms)
FRENCH_BODY_DEMONYM_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(lexicon.terms(lexicon.localized("places.demonym_bodies", "fr")))
    + r")(?:\s+nationale)?\s+([a-zéèêëïîôûç]{4,})(?!\w)")
FRENCH_BODY_REMOVING = lexicon.words(lexicon.localized("places.demonym_bodies_removing", "fr"))
# "the Polish side", "les côtes anglaises", "a traversé la frontière tchadienne": a demonym naming a country's ground
# (_demonym_places), by language: the nouns of ground, of a border, and the verbs by which a border is crossed.
DEMONYM_GROUND = {lang: (lexicon.words(lexicon.localized("places.demonym_place_nouns", lang)),
                         lexicon.words(lexicon.localized("places.demonym_border_nouns", lang)),
                         lexicon.words(lexicon.localized("places.demonym_crossing_verbs", lang))) for lang in ("en", "fr")}
IRREGULAR_DEMONYMS: dict[str, str] = lexicon.table("places.irregular_demonyms")
FRENCH_IRREGULAR_DEMONYMS: dict[str, str] = lexicon.table(lexicon.localized("places.irregular_demonyms", "fr"))
COUNTRY_BONUS = 2.0  # in a country the article names elsewhere
ADMIN_BONUS = 2.0  # in a first-level region the article names elsewhere
WELL_KNOWN_KEYS = frozenset(fold(name) for name in WELL_KNOWN_REGIONS)
CLEAR_MARGIN = 1.0  # a reading this far ahead of any other country's is clear without context
PRECISION: dict[str, str] = lexicon.table("places.precision_of_kind")
GENERIC_TAILS: dict[str, str] = lexicon.table("places.generic_tails")
GENERIC_TAILS |= {f"{w[:-1]}ies" if w.endswith("y") else f"{w}s": kind for w, kind in GENERIC_TAILS.items()}
# Nouns that make the name after "of" a place ("the town of Bria", "the provinces of Quang Ninh, ...").
PLACE_NOUNS = lexicon.words("places.place_nouns")
# Nouns after a name that make it the name of a place without naming its kind ("Bria airstrip", "Al Mukha areas").
# Not "camp": "the Clinton camp" is a campaign.
SITE_TAILS = lexicon.words("places.site_tails")
SMALL_TOWN = 10_000  # a town this small, abroad from every other place of the article, is a name the gazetteer lacks
LOCATIVE_CITY = 5_000  # where the words around say place, a town this large will do
DIRECTIONS = lexicon.words("places.directions")
# Oceans, seas and regions across borders: places, but in no one country ("Pacific" is not Pacific, Missouri).
WORLD_REGIONS = lexicon.words("places.world_regions")
# Verbs whose subject, when a place, is that place's government.
ACTOR_VERBS = lexicon.words("places.actor_verbs")
NOT_PLACE_LABELS = lexicon.words("places.not_place_labels")
LIST_TAIL_RE = re.compile(r"(?:\s*(?:,|,?\s*and|,?\s*or)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)+\s+([a-z]+s)\b")
LIST_GAP_RE = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*")
WORD_RE = re.compile(r"[\w-]+|,")
CODE_RE = re.compile(r"^(?:[A-Z]\.?){2,3}$")
ABBREVIATION_RE = re.compile(r"^(?:[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){2,3}|[A-Z]\.[A-Z][a-z]\.)$")  # "La.", "N.Y.", "W.Va."


@dataclass(frozen=True)
class Candidate:
    place: Place
    exact: bool  # the place's name (or its unaccented form) as written
    primary: bool = True  # the place's own name, folded, rather than an alternate name
    preferred: bool = False


@dataclass(frozen=True)
class Context:
    """Where the rest of the article points: countries and (country, admin1) regions its other names clearly mean."""

    countries: frozenset[str] = frozenset()
    regions: frozenset[tuple[str, str]] = frozenset()


RIVER_NOUNS = lexicon.words("places.river_nouns")
RIVER_BEFORE_RE = re.compile(rf"(?:{'|'.join(sorted(RIVER_NOUNS))})[ \t]+(?:du[ \t]+|de[ \t]+la[ \t]+|de[ \t]+l['’]|the[ \t]+)?$",
                             re.I)
RIVER_AFTER_RE = re.compile(rf"[ \t]+(?:{'|'.join(sorted(RIVER_NOUNS))})\b", re.I)


def _rivers(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """ "le fleuve Niger", "the Niger River": a river's name names no country (it crosses borders), so it is no place
    mention: a figure on the river at Macina, in Mali, is not in Niger."""
    return [Mention(text=m.text, type="other", canonical=m.canonical, start=m.start, end=m.end, extractor=m.extractor)
            if m.type == "place" and (
        RIVER_BEFORE_RE.search(text, max(0, m.start - 20), m.start) or RIVER_AFTER_RE.match(text, m.end)) else m
        for m in mentions]


def resolve_places(work: Work) -> dict[str, Any]:
    gaz = gazetteer()
    doc = work.products["doc"]
    named = _named_by_gazetteer(doc, work.article.mentions, gaz)
    found = _joined(_completed(_retyped_all(named, gaz, doc), gaz, doc_text(doc)), gaz, doc_text(doc))
    found += _spotted(doc, found, gaz)
    found = _joined(sorted(found, key=lambda m: m.start), gaz, doc_text(doc))  # a name spotted beside a tagged one
    found += _french_body_demonyms(doc, found, gaz)
    mentions = tuple(sorted(found + _glued_countries(doc_text(doc), found, gaz), key=lambda m: m.start))
    candidates = {i: candidates_for(m, gaz, _listed_kind(m, doc_text(doc)), doc.lang_) for i, m in enumerate(mentions)
                  if m.type == "place"}
    keys = {i: fold(mentions[i].canonical) for i in candidates}
    evidence = {i: _evidence(cands) for i, cands in candidates.items()}
    out = [_with_demonym_country(m, gaz) if m.type == "group" else _with_org_country(m, gaz) if m.type == "organisation"
           else m for m in mentions]
    contexts = _contexts(evidence, keys)
    titled = title_names(work.article.title, doc.lang_)
    contexts = {i: _with_title(c, titled, mentions[i]) for i, c in contexts.items()}
    for i, cands in candidates.items():
        out[i] = resolved(mentions[i], _plausible(best(cands, contexts[i]), contexts[i]), doc)
        out[i] = _demonym_as_place(out[i], gaz, doc.lang_)
    for i, j in _containments(out, doc_text(doc)):
        out[i], out[j] = _contained(out[i], out[j], candidates[i], candidates[j], contexts[i], contexts[j], doc)
    out = _demonym_places(doc, out, gaz)
    return {"mentions": tuple(_rivers(_in_org_names(out, doc_text(doc), gaz), doc_text(doc)))}


def _with_title(context: Context, titled: dict[str, Context], mention: Mention) -> Context:
    """A mention's context with what the title's names give, but for the title's own use of the mention's name:
    "Equateur" in the title of a story about Congo does not vouch for its reading as Ecuador in the body."""
    own = {fold(name) for text in (mention.canonical, mention.text) for name, _ in _variants(text.strip())}
    given = [e for name, e in titled.items() if name not in own]
    return Context(context.countries.union(*(e.countries for e in given)), context.regions.union(*(e.regions for e in given)))


ORG_HEADS = lexicon.words("places.org_heads")
ORG_HEADS_IN = lexicon.words("places.org_heads_in")
NAME_WORD = r"[A-Z][\w'’.-]*"
# A name of capitalised words that "of", "in", "for", "and", "the" may join ("Islamic State in Iraq and the Levant").
NAME_CHAIN_RE = re.compile(rf"{NAME_WORD}(?:[ \t]+(?:(?:of|in|for|and|the)[ \t]+)*{NAME_WORD})*")
ACRONYM_RE = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,8})\)")
HEAD_AFTER_RE = re.compile(rf"(?:[ \t]+{NAME_WORD})+")  # "Kurdistan| Workers' Party"


def _in_org_names(mentions: Sequence[Mention], text: str, gaz: Gazetteer) -> tuple[Mention, ...]:
    """A place inside the name of an organisation, an armed group, an agency or a party is part of that name,
    not where anything happened: it keeps its resolution (it is still a toponym) and is marked ``actor``,
    like a capital that stands for its government, so that no figure takes it as its place; the article's
    focus weighs it as it weighs an organisation named after a country (a weak hint). See ``in_org_name``."""
    out = []
    for m in mentions:
        if m.type == "place" and not m.actor and m.precision != "continent" and in_org_name(m, text, gaz):
            m = dataclasses.replace(m, actor=True)
        out.append(m)
    return tuple(out)


def in_org_name(m: Mention, text: str, gaz: Gazetteer | None = None) -> bool:
    """Whether a place mention is part of the name of an organisation: a head noun (``places.org_heads``)
    follows the place in capitalised words ("Kurdistan Workers' Party"), or comes before it with "of" or
    "for" ("Revolutionary Armed Forces of Colombia") or, for a few heads, "in" ("UN Mission in South
    Sudan"), or the capitalised name around the place is followed by its acronym ("Islamic State in Iraq
    and the Levant (ISIL)"); never where the whole name is a place's ("Democratic Republic of the Congo (DRC)")."""
    span = _org_name_around(m, text)
    return span is not None and not _lookup(text[span[0]:span[1]], gaz or gazetteer())


def _org_name_around(m: Mention, text: str) -> tuple[int, int] | None:
    """The span of the organisation's name a place mention is part of, or None (see ``_in_org_names``)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    chain = next((c for c in NAME_CHAIN_RE.finditer(text, line_start, min(len(text), m.end + 200))
                  if c.start() <= m.start and m.end <= c.end()), None)
    if chain is None:
        return None
    if (after := HEAD_AFTER_RE.match(text, m.end)) is not None:
        heads = [i for i, w in enumerate(after.group().split()) if fold(w).strip("'’") in ORG_HEADS]
        if heads:  # "Kurdistan Workers' Party", "Sudan People's Liberation Army"
            words = list(re.finditer(r"\S+", text[after.start():after.end()]))
            return chain.start() if chain.start() < m.start else m.start, after.start() + words[heads[-1]].end()
    before = text[chain.start():m.start]
    joined = re.search(r"(\S+)[ \t]+(of|for|in)[ \t]+(?:the[ \t]+)?$", before)
    if joined is None or not joined.group(1)[:1].isupper():
        return None
    acronym = ACRONYM_RE.match(text, chain.end())
    if acronym is not None and acronym.group(1)[0] == text[chain.start()] and len(acronym.group(1)) >= 3:
        return chain.start(), chain.end()  # "Islamic State in Iraq and the Levant (ISIL)"
    head = fold(joined.group(1)).strip("'’")
    if head in ORG_HEADS and (joined.group(2) != "in" or head in ORG_HEADS_IN):
        return chain.start(), m.end  # "Revolutionary Armed Forces of Colombia", "UN Mission in South Sudan"
    return None


TITLE_KINDS = frozenset({"country", "admin"})


@functools.lru_cache(maxsize=256)
def title_context(title: str | None, language: str) -> Context:
    """The countries and regions an article's title names (``title_names``, together)."""
    given = title_names(title, language).values()
    return Context(frozenset().union(*(e.countries for e in given)), frozenset().union(*(e.regions for e in given)))


def title_names(title: str | None, language: str) -> dict[str, Context]:
    """The countries and regions an article's title names, by each name (folded) ("Ituri : des miliciens ...",
    "Burkina Faso : exode ..."), which its body may not repeat: the names of countries and well-known regions, and single capitalised
    words the gazetteer knows as a country or region, where that reading is clear. A hint to the article's
    places and focus, never a mention (the title is not the text)."""
    if not title or language not in ("en", "fr"):
        return {}
    try:
        nlp = load(language=language)
    except Exception:  # noqa: BLE001 - no model: no hint
        return {}
    tdoc = nlp.make_doc(title)
    spans = filter_spans([tdoc[s:e] for _, s, e in _phrase_matcher(language)(tdoc)])
    taken = {t.i for sp in spans for t in sp}
    names = [sp.text for sp in spans if sp.text[:1].isupper() and not _directions_only(sp.text)
             and not FRENCH_LEFT_FROM_RE.search(title, 0, sp.start_char)  # "depuis la Tanzanie": where they left
             and not LEFT_FROM_RE.search(title, 0, sp.start_char)  # "arrivals from Sudan"
             and not FRENCH_ARRIVED_FROM_RE.search(title, 0, sp.start_char)]  # "migrants expulsés d'Algérie"
    names += [t.text for t in tdoc if t.i not in taken and t.is_alpha and len(t.text) >= 4 and t.text[:1].isupper()
              and not t.text.isupper()]
    gaz = gazetteer()
    found: dict[str, Context] = {}
    for name in names:
        probe = Mention(text=name, type="place", canonical=name, start=0, end=len(name))
        cands = candidates_for(probe, gaz, language=language)
        if not cands or best(cands).place.kind not in TITLE_KINDS:
            continue
        e, had = _evidence(cands), found.get(fold(name), Context())
        found[fold(name)] = Context(had.countries | e.countries, had.regions | e.regions)
    return found


@functools.cache
def _phrase_matcher(language: str) -> PhraseMatcher:
    """One PhraseMatcher (lower-cased) over the gazetteer's names of countries and well-known regions as
    written, each tokenized as the language's model tokenizes text."""
    nlp = load(language=language)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    names = [n for n in gazetteer().phrases() if n.strip()]
    matcher.add("PLACE", [nlp.make_doc(n) for n in names])
    return matcher


def _named_by_gazetteer(doc, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    """Countries and well-known regions by their names in the gazetteer, whatever the tagger made of them:
    a name it missed or cut in pieces ("Democratic Republic" + "Congo") becomes one place mention, and one
    it took for a person, an organisation or something else ("Malawi", "DRC") a place. A name inside a longer mention ("Malawi
    Department of Disaster Management Affairs") stays part of it; a name must start with a capital."""
    if len(doc) == 0 or doc.vocab is not load(language=doc.lang_).vocab:
        return list(mentions)
    spans = filter_spans([doc[s:e] for _, s, e in _phrase_matcher(doc.lang_)(doc)])
    out = list(mentions)
    for span in spans:
        if not span.text[:1].isupper() or _directions_only(span.text):
            continue
        inside = [m for m in out if span.start_char <= m.start and m.end <= span.end_char]
        overlapping = [m for m in out if m.start < span.end_char and span.start_char < m.end]
        if len(overlapping) == 1 and not inside and (split := _after_comma(overlapping[0], span)) is not None:
            out = [m for m in out if m is not overlapping[0]] + split
            continue
        if len(inside) != len(overlapping):
            continue  # part of a longer name
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (span.start_char, span.end_char) and (
                inside[0].type in ("place", "group") or inside[0].canonical != inside[0].text):
            continue  # already a place, or people, or a person's name the article gives in full
        out = [m for m in out if m not in inside]
        out.append(Mention(text=span.text, type="place", canonical=span.text, start=span.start_char,
                           end=span.end_char, extractor=EXTRACTOR))
    return sorted(out, key=lambda m: m.start)


def _after_comma(mention: Mention, span) -> list[Mention] | None:
    """ "Goma, North Kivu" taken for one name: a place before the comma and the region the gazetteer knows."""
    head = mention.text[:span.start_char - mention.start]
    if mention.type == "person" or span.end_char != mention.end or not re.fullmatch(r"[A-Z][\w'’ -]*,\s*", head):
        return None
    name = head.rstrip().rstrip(",").rstrip()
    return [Mention(text=name, type="place", canonical=name, start=mention.start, end=mention.start + len(name),
                    extractor=EXTRACTOR),
            Mention(text=span.text, type="place", canonical=span.text, start=span.start_char, end=span.end_char,
                    extractor=EXTRACTOR)]


def _directions_only(name: str) -> bool:
    return all(w in DIRECTIONS for w in fold(name).split())


# "Lalpur district in Nangarhar province", "Rivera in Huila", "Pandi, Bulacan": the first place lies in the second.
CONTAINER_GAP_RE = re.compile(
    rf"(?:\s+(?:{'|'.join(lexicon.terms('places.container_nouns'))})s?)?(?:\s+in(?:\s+the)?\s+|\s*,\s*)")
LIST_GOES_ON_RE = re.compile(r"\s*(?:,|and\b|or\b|&)")


def _containments(mentions: Sequence[Mention], text: str) -> list[tuple[int, int]]:
    """Pairs (i, j) of place mentions where the text says the i-th lies in the j-th: a region or country
    right after "in" or a comma, not a name in a list ("in Nord, Sud and Nippes")."""
    places = [i for i, m in enumerate(mentions) if m.type == "place" and not m.actor]
    out = []
    for i, j in zip(places, places[1:], strict=False):
        x, y = mentions[i], mentions[j]
        gap = CONTAINER_GAP_RE.fullmatch(text, x.end, y.start)
        if gap is None or y.precision not in ("admin", "country") or x.precision == "country":
            continue
        if "," in gap.group() and LIST_GOES_ON_RE.match(text, y.end):
            continue
        out.append((i, j))
    return out


def _contained(x: Mention, y: Mention, xs: Sequence[Candidate], ys: Sequence[Candidate], xc: Context, yc: Context,
               doc) -> tuple[Mention, Mention]:
    """Both readings from one country where the names allow it; else the inner name, which the gazetteer
    does not know there (a district, a village), keeps only the outer one's country."""
    if x.country is not None and x.country == y.country:
        return x, y
    common = {c.place.country for c in xs} & {c.place.country for c in ys} - {None}
    if common:
        def pair_score(country):
            return max(score(c, xc) for c in xs if c.place.country == country) + max(
                score(c, yc) for c in ys if c.place.country == country)
        country = max(common, key=pair_score)
        return (resolved(x, best([c for c in xs if c.place.country == country], xc), doc),
                resolved(y, best([c for c in ys if c.place.country == country], yc), doc))
    chosen = best(xs, xc)
    if chosen is not None and _notable(chosen.place):
        return x, y  # "Hong Kong, China": a known place keeps its own reading
    inner = dataclasses.replace(x, country=y.country, geonames_id=None, lat=None, lon=None, precision=None, match=None)
    return inner, y


# What may lie between two pieces of one name: spaces, "and", an elided particle ("Fada N'Gourma", "Bossangoa d'...").
ELISION_GAP_RE = re.compile(r"\s+[A-Za-z]{1,2}['’]")
JOIN_GAP_RE = re.compile(r"[ \t]+|\s+and\s+|\s+[A-Za-z]{1,2}['’]")


def _joined(mentions: list[Mention], gaz: Gazetteer, text: str) -> list[Mention]:
    """Two names a tagger split ("Fort  McMurray", "Azad Jammu and Kashmir") are one place when the gazetteer
    knows them together."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        gap = text[prev.end:m.start] if prev is not None else ""
        if (prev is not None and "place" in (prev.type, m.type) and JOIN_GAP_RE.fullmatch(gap)
                and prev.canonical == prev.text and m.canonical == m.text):
            name = f"{prev.text} {m.text}" if not gap.strip() else f"{prev.text} {' '.join(gap.split())}{m.text}" \
                if ELISION_GAP_RE.fullmatch(gap) else f"{prev.text} and {m.text}"
            probe = Mention(text=name, type="place", canonical=name, start=prev.start, end=m.end)
            elided = ELISION_GAP_RE.fullmatch(gap) is not None  # "N'Gourma" beside "N'gourma": the same name
            tailed = name.split()[-1].lower() in GENERIC_TAILS  # "Lao" + "Cai Province": the place's name, its kind
            if any(c.primary and (c.exact or elided or tailed) for c in candidates_for(probe, gaz)):
                out[-1] = dataclasses.replace(probe, text=text[prev.start:m.end], canonical=name, extractor=EXTRACTOR)
                continue
        out.append(m)
    return out


NEXT_NAME_WORD_RE = re.compile(r"[ -]([A-Z][\w'’-]+)")


def _completed(mentions: list[Mention], gaz: Gazetteer, text: str) -> list[Mention]:
    """A place name the tagger cut after its first words ("Lao" of "Lao Cai Province", "Zindah" of "Zindah Jan",
    "Cherkaska" of "Cherkaska Lozova") runs on over the capitalised words after it while the gazetteer knows the
    longer name as a place's own, written so (not a generic word: "Arizona State", "Bago Region" stay as they are).
    Read first as a country ("Lao"), the cut name would put the figures of a Vietnamese province in Laos."""
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        while m.type == "place" and m.canonical == m.text and (nxt := NEXT_NAME_WORD_RE.match(text, m.end)) \
                and nxt.start(1) not in starts and nxt.group(1).lower() not in GENERIC_TAILS:
            name = text[m.start:nxt.end(1)]
            probe = Mention(text=name, type="place", canonical=name, start=m.start, end=nxt.end(1))
            if not any(c.primary and c.exact for c in candidates_for(probe, gaz)):
                break
            m = dataclasses.replace(probe, extractor=EXTRACTOR)
        out.append(m)
    return out


# A country name glued to damaged characters the tagger cannot split ("AfghanistanŠ—Ès 34 provinces").
GLUED_RE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})(?=[^\x00-\x7f\s])")


def _glued_countries(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    taken = Spans((m.start, m.end) for m in mentions)
    out = []
    for m in GLUED_RE.finditer(text):
        words = m.group(1).split(" ")
        for k in range(len(words)):
            name = " ".join(words[k:])
            start = m.end(1) - len(name)
            if taken.overlaps(start, m.end(1)):
                break
            if any(p.kind == "country" for p in gaz.lookup(fold(name))):
                out.append(Mention(text=name, type="place", canonical=name, start=start, end=m.end(1), extractor=EXTRACTOR))
                break
    return out


def _with_org_country(mention: Mention, gaz: Gazetteer) -> Mention:
    """An organisation named after a country or its people ("Syrian Democratic Forces", "Revolutionary
    Armed Forces of Colombia") gets that country; it stays an organisation."""
    words = re.findall(r"[A-Z][\w'-]*", mention.canonical)
    for n in (3, 2, 1):
        for k in range(len(words) - n + 1):
            name = " ".join(words[k:k + n])
            country = next((p.country for p in gaz.lookup(fold(name)) if p.kind == "country"), None)
            demonym = n == 1 and DEMONYM_RE.search(name) is not None  # "Syrian", "American"; not "Green"
            country = country or (demonym_country(name, gaz) if demonym else None)
            if country:
                return dataclasses.replace(mention, country=country)
    if any(fold(w).strip("'’") in ORG_HEADS for w in words):
        # an armed group or agency named after a region ("Kachin Independence Army"): the region's country
        for k in range(len(words)):
            country = _region_country(words[k], gaz)
            if country:
                return dataclasses.replace(mention, country=country)
    return mention


def _region_country(name: str, gaz: Gazetteer) -> str | None:
    """The country of the first-level region a word names where that reading is the only notable one."""
    places = gaz.lookup(fold(name))
    regions = {p.country for p in places if p.kind == "admin" and fold(p.name) == fold(name) and p.country}
    others = [p for p in places if p.country not in regions and (p.kind != "city" or p.population >= NOTABLE_CITY)]
    return next(iter(regions)) if len(regions) == 1 and not others else None


def _retyped_all(mentions: Sequence[Mention], gaz: Gazetteer, doc) -> list[Mention]:
    """Every mention through ``_retyped``, in order: a name listed right after a place ("in Nord, Sud
    and Nippes") is read as the words around that place say."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        listed = bool(out) and out[-1].type == "place" and bool(LIST_GAP_RE.fullmatch(doc_text(doc)[out[-1].end:m.start]))
        out.append(_retyped(m, gaz, doc, listed))
    return _named_alike(out) if doc.lang_ == "fr" else out


def _named_alike(mentions: list[Mention]) -> list[Mention]:
    """One word the French tagger took for a person, or for nothing it knows, where the same word is a place
    elsewhere in the article ("Crue à Dori ... les eaux ont envahi Dori") is that place, unless a person's longer name
    holds it (a surname). Not in English, whose towns are often people's names too ("Jackson", "Washington"): the
    geoparsing gold (LGL) lost by it."""
    placed = {m.text for m in mentions if m.type == "place"}
    held = {w for m in mentions if m.type == "person" and " " in m.text for w in m.text.split()}
    return [dataclasses.replace(m, type="place") if m.type in ("person", "other") and m.canonical == m.text
            and " " not in m.text and m.text in placed and m.text not in held else m for m in mentions]


def _retyped(mention: Mention, gaz: Gazetteer, doc, listed: bool = False) -> Mention:
    """An "organisation" whose name is a country, a national capital or a large city is that place;
    so is a "group" named exactly like a region or a large city ("Aleppo"), unless it reads as a
    demonym ("Afghan", "Somali"), and any name so tagged where the words around it say place ("in
    Davao", "Rakhine state", "the town of Bria"): then a region or a town will do. The French tagger calls
    many towns MISC ("Sake et Goma"): in French, such a name is read as a "group" is."""
    if mention.type not in ("organisation", "group", "person", "other") or mention.canonical != mention.text:
        return mention
    if (len(mention.text.split()) > 1 and not re.match(r"[ \t]+[A-Z]", doc_text(doc)[mention.end:mention.end + 2])
            and any(c.preferred and c.primary for c in candidates_for(mention, gaz))):
        # its own last word names the kind ("Shan State"), and no name goes on ("Minnesota State Patrol")
        return dataclasses.replace(mention, type="place")
    locative = listed or _locative(mention, doc)
    if mention.type != "organisation" and DEMONYM_RE.search(mention.text) and not locative:
        return mention  # "Afghan", "Somali"; but "in Omdurman", "in Sudan" are places whatever their ending
    if locative:
        test = _known
    elif mention.type == "person" or mention.type == "other" and doc.lang_ != "fr":
        return mention
    else:
        test = _prominent if mention.type == "organisation" else _notable
    # where the words around say place, a town's other name of two words will do ("Al Mukha areas": Mocha),
    # never one word ("Barrow", "Que") that many places take as a nickname or code
    other_names = test is _known and re.fullmatch(r"[A-Z][\w'-]+ [A-Z][\w'-]+", mention.text) is not None
    # a generic word after the name says what kind of place it is ("Hama governorate"): a notable place
    # by one of its other names will do
    tailed = test is _known and _generic_tail_after(mention, doc_text(doc))
    cands = candidates_for(mention, gaz)
    prominent = [c for c in cands if (c.primary or other_names or tailed and _notable(c.place)) and test(c.place)]
    return dataclasses.replace(mention, type="place") if prominent else mention


def _generic_tail_after(mention: Mention, text: str) -> bool:
    after = text[mention.end:mention.end + 16].lower().split()
    return bool(after) and after[0].strip(",.") in GENERIC_TAILS


def _locative(mention: Mention, doc) -> bool:
    """ "in X", "from X", "the town of X", "the capital, X", "X province": the words around a name make it a place."""
    before = WORD_RE.findall(doc_text(doc)[max(0, mention.start - 24):mention.start].lower())
    after = doc_text(doc)[mention.end:mention.end + 16].lower().split()
    if before and (before[-1] in LOCATIVE_PREPS or doc.lang_ == "fr" and before[-1] in FRENCH_LOCATIVE):
        return True
    if len(before) > 1 and before[-1] == "on" and before[-2] in ATTACK_NOUNS:
        return True  # "air strikes on Idlib", "the attack on Boulkessi"
    if (doc.lang_ == "fr" and len(before) > 1 and before[-1] in FRENCH_ARTICLES and before[-2] in FRENCH_LOCATIVE
            and before[-2] != "à"):
        return True  # "dans l'Artibonite", "vers la Centrafrique": the article between ("à l'AFP" speaks to a body)
    if len(before) > 1 and before[-1] in ("of", ",") and before[-2] in PLACE_NOUNS:
        return True
    if (tail := LIST_TAIL_RE.match(doc_text(doc), mention.end)) and tail.group(1).lower() in GENERIC_TAILS:
        return True  # "Juba and Yei counties"
    return bool(after and (after[0].strip(",.") in GENERIC_TAILS or after[0].strip(",.") in SITE_TAILS))


def _known(place: Place) -> bool:
    return place.kind in ("country", "admin") or place.capital or place.population >= LOCATIVE_CITY


def _notable(place: Place) -> bool:
    return place.kind in ("country", "admin") or place.capital or place.population >= NOTABLE_CITY


def _spotted(doc, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    """Place names the tagger missed: capitalised proper nouns (one to three) outside every other
    mention that name a country, a region or a city of NOTABLE_CITY people exactly, or, where the words
    around say place ("the town of Bria", "Haute Kotto prefecture"), any region or town."""
    taken = Spans((m.start, m.end) for m in mentions)
    named = _name_tokens(doc)
    out: list[Mention] = []
    i = 0
    while i < len(doc):
        hit = _spot_at(doc, i, taken, gaz, named) if named[i] else None
        if hit is not None:
            out.append(dataclasses.replace(hit, extractor=EXTRACTOR))
            i += len(doc.char_span(hit.start, hit.end, alignment_mode="expand"))
        else:
            i += 1
    return out


def _name_tokens(doc) -> list[bool]:
    """Which tokens may be part of a name (a capitalised proper noun outside the entities that are not
    places), read once per document: the proper nouns from the POS array, only those tokens built."""
    named = [False] * len(doc)
    if len(doc):
        for k in np.flatnonzero(doc.to_array([POS])[:] == PROPN).tolist():
            t = doc[k]
            named[k] = t.text[:1].isupper() and t.ent_type_ not in NOT_PLACE_LABELS
    return named


def _spot_at(doc, i: int, taken: Spans, gaz: Gazetteer, named: list[bool]) -> Mention | None:
    for n in (3, 2, 1):
        if i + n > len(doc) or not all(named[i:i + n]):
            continue
        span = doc[i:i + n]
        start, end = span.start_char, span.end_char
        if taken.overlaps(start, end) or DEMONYM_RE.search(span.text):
            continue
        probe = Mention(text=span.text, type="place", canonical=span.text, start=start, end=end)
        locative = _locative(probe, doc)
        test = _known if locative else _notable
        if any(c.primary and (c.exact or locative) and test(c.place) for c in candidates_for(probe, gaz)):
            return probe
    return None


def _prominent(place: Place) -> bool:
    return place.kind == "country" or place.capital or (place.kind == "city" and place.population >= PROMINENT_CITY)


def _listed_kind(mention: Mention, text: str) -> str | None:
    """The kind a generic word after a list of names asks for ("Navarro, Henderson and Ellis counties")."""
    found = LIST_TAIL_RE.match(text, mention.end) or APPOSITIVE_TAIL_RE.match(text, mention.end)
    return GENERIC_TAILS.get(found.group(1).lower()) if found else None


# "Sud and Nippes, the three regions worst affected": the kind an appositive after the name gives.
APPOSITIVE_TAIL_RE = re.compile(
    r"\s*,\s+the\s+(?:[a-z]+\s+){0,2}?(" + "|".join(sorted(GENERIC_TAILS, key=len, reverse=True)) + r")\b")


def candidates_for(mention: Mention, gaz: Gazetteer, listed: str | None = None, language: str = "en") -> list[Candidate]:
    """The places a mention's name may mean: the name as written, else before a comma ("Pandi, Bulacan"),
    else without a generic last word ("Kandahar province": then the kind that word names is preferred),
    else without a direction before it ("west Aleppo"); ``listed`` is the kind a word after the list
    the name is in asks for ("Navarro and Ellis counties"). An ocean, a region across borders or a bare
    direction ("Pacific", "Levant", "North") means no country's place."""
    written = {mention.canonical, mention.text.rstrip(":").strip()}
    if any(_borderless(name) for name in written):
        return []
    for name, prefer in _variants(mention.canonical.strip()) + _variants(mention.text.rstrip(":").strip()):
        places = _lookup(name, gaz, language)
        if places:
            cands = [_candidate(p, name, written, prefer or listed) for p in places]
            return [c for c in cands if c.primary or c.place.kind != "city" or c.place.population >= MIN_ALTERNATE_POPULATION]
    return []


def _borderless(name: str) -> bool:
    key = fold(name)
    return key in WORLD_REGIONS or bool(key) and all(w in DIRECTIONS for w in key.split())


def _candidate(place: Place, name: str, written: set[str], prefer: str | None) -> Candidate:
    exact = place.name in written or strip_accents(place.name) in written
    return Candidate(place, exact, primary=fold(name) in own_names(place), preferred=place.kind == prefer)


def _variants(name: str) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = [(name, None)]
    if "," in name:
        out.append((name.split(",")[0].strip(), None))
    words = name.split()
    if len(words) > 1 and words[-1].lower() in GENERIC_TAILS:
        out.append((" ".join(words[:-1]), GENERIC_TAILS[words[-1].lower()]))
    if len(words) > 2 and words[1] == "of" and words[0].lower() in GENERIC_TAILS:
        out.append((" ".join(words[2:]), GENERIC_TAILS[words[0].lower()]))  # "City of Cape Town", "Province of Sindh"
    if len(words) > 1 and words[0].islower() and all(w in DIRECTIONS for w in fold(words[0]).split()):
        out.append((" ".join(words[1:]), None))  # "west Aleppo", never "West Java"
    return out


def _lookup(name: str, gaz: Gazetteer, language: str = "en") -> list[Place]:
    """Places by name, and by the names only ``language`` gives them ("Nord-Ouest" in French: Cameroon's
    North-West region); an abbreviation with dots ("La.", "D.C.") only as an abbreviation, a code in
    capitals ("US", "U.K.") also as a country code."""
    if ABBREVIATION_RE.match(name):
        found = gaz.lookup(abbreviation_key(name))
        if found or not CODE_RE.match(name):
            return found
    places = gaz.lookup(fold(name))
    if language != "en":
        places += gaz.lookup(language_key(language, fold(name)))
    if CODE_RE.match(name):
        places += gaz.lookup(code_key(name.replace(".", "")))
    return _unique(places)


def _unique(places: list[Place]) -> list[Place]:
    seen, out = set(), []
    for p in places:
        key = (p.kind, p.geonames_id, p.name, p.country)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def score(c: Candidate, context: Context) -> float:
    p = c.place
    s = math.log10(p.population + 1) + KIND_BONUS[p.kind] + PRIMARY_BONUS * c.primary + PREFERRED_BONUS * c.preferred
    if p.country is not None and p.country in context.countries:
        s += COUNTRY_BONUS
    if p.country is not None and p.admin1 is not None:
        s += ADMIN_BONUS * ((p.country, p.admin1) in context.regions)
    return s


def best(cands: Sequence[Candidate], context: Context = Context()) -> Candidate | None:
    """The best-scoring reading; a national capital rather than a region of its country that shares
    its name ("Washington": the capital, not the state), unless a stripped word asked for the region."""
    if not cands:
        return None
    top = max(cands, key=lambda c: (score(c, context), c.place.population, c.exact))  # then the name as written
    if top.place.kind == "admin" and not top.preferred:
        capital = next((c for c in cands if c.place.capital and c.place.country == top.place.country), None)
        return capital or top
    return top


def _plausible(top: Candidate | None, context: Context) -> Candidate | None:
    """No reading where the only one is a small town abroad by one of its alternate names ("Bule" for Bulle,
    Switzerland, in an article whose other places are all in Congo), or by its own name where the town is
    small ("Crete", Illinois, in an article whose other places are in Greece and Libya): a local name the
    gazetteer lacks."""
    if (top is not None and not top.primary and top.place.kind == "city" and top.place.population < NOTABLE_CITY
            and context.countries and top.place.country not in context.countries):
        return None
    if (top is not None and top.place.kind == "city" and top.place.population < SMALL_TOWN
            and context.countries and top.place.country not in context.countries):
        return None  # "Crete" (Illinois, 8,000 people) in an article whose places are in Greece and Libya
    return top


def _evidence(cands: Sequence[Candidate]) -> Context:
    """What a mention tells about the article's places: its country and region where its reading is
    clear (no reading elsewhere comes close): a town's or a region's alike ("Nord-Ouest" is a region of Haiti
    and of Cameroon, and says neither)."""
    top = best(cands)
    if top is None or top.place.country is None:
        return Context()
    p = top.place
    region = (p.country, p.admin1) if p.admin1 else None
    country_clear = p.kind in ("country", "continent") or _clear(top, [c for c in cands if c.place.country != p.country])
    region_clear = region is not None and _clear(top, [c for c in cands if (c.place.country, c.place.admin1) != region])
    return Context(frozenset({p.country}) if country_clear else frozenset(),
                   frozenset({region}) if region_clear and country_clear else frozenset())


def _clear(top: Candidate, rivals: Sequence[Candidate]) -> bool:
    return not rivals or score(top, Context()) - max(score(c, Context()) for c in rivals) >= CLEAR_MARGIN


def _contexts(evidence: dict[int, Context], keys: dict[int, str]) -> dict[int, Context]:
    """Each mention's context: the other names' evidence (not the same name's: "Hyderabad" does not vouch
    for itself). A country or region is in every name's context but that of the one name that alone
    gives it, so each distinct name's context is built once from what the names give."""
    givers: dict[Any, set[str]] = {}
    for i, e in evidence.items():
        for item in (*(("c", c) for c in e.countries), *(("r", r) for r in e.regions)):
            givers.setdefault(item, set()).add(keys[i])
    own: dict[str, set] = {}  # a name -> what it alone gives
    for item, names in givers.items():
        if len(names) == 1:
            own.setdefault(next(iter(names)), set()).add(item)
    everyone = _as_context(givers)
    by_key = {key: _as_context(givers.keys() - items) for key, items in own.items()}
    return {i: by_key.get(keys[i], everyone) for i in evidence}


def _as_context(items) -> Context:
    return Context(frozenset(x for kind, x in items if kind == "c"), frozenset(x for kind, x in items if kind == "r"))


def _demonym_as_place(mention: Mention, gaz: Gazetteer, language: str) -> Mention:
    """A demonym the tagger took for a place ("Ukrainian officials said", tagged GPE) that no place resolves is
    the group of that country's people, as a demonym tagged as one is."""
    if mention.country or language == "fr" or " " in mention.text or not DEMONYM_RE.search(mention.text):
        return mention
    country = demonym_country(mention.text, gaz)
    return dataclasses.replace(mention, type="group", country=country) if country else mention


def _with_demonym_country(mention: Mention, gaz: Gazetteer) -> Mention:
    """A group named after a country's people ("Afghans", "Pakistani", "Central Africans") gets that
    country; it stays a group (it is not a place)."""
    country = demonym_country(mention.text, gaz) or french_demonym_country(mention.text, gaz)
    return dataclasses.replace(mention, country=country) if country else mention


def demonym_country(name: str, gaz: Gazetteer) -> str | None:
    """The country a demonym names, by the usual English endings ("Syrian" -> Syria, "Iraqi" -> Iraq,
    "Sudanese" -> Sudan, "Afghan" -> Afghanistan), the longest country name that fits; a few irregular
    ones from IRREGULAR_DEMONYMS."""
    words = name.strip().split()
    if not words or not words[-1][:1].isupper():
        return None
    last = words[-1][:-1] if words[-1].endswith("s") and not words[-1].endswith("ss") else words[-1]
    singular = " ".join([*words[:-1], last])
    if singular.lower() in IRREGULAR_DEMONYMS:
        return IRREGULAR_DEMONYMS[singular.lower()]
    if not DEMONYM_RE.search(singular) and not singular.endswith("n"):
        return None
    for base in sorted(_demonym_bases(singular), key=len, reverse=True):
        country = next((p.country for p in gaz.lookup(fold(base)) if p.kind == "country"), None)
        if country:
            return country
    return None


def french_demonym_country(name: str, gaz: Gazetteer) -> str | None:
    """The country a French demonym names ("Soudanais" -> Soudan, "Maliens" -> Mali, "Mauritaniens" ->
    Mauritanie, "Yéménites" -> Yémen; a singular as its plural: "Malienne"), by French endings: the longest country
    name that fits; the irregular ones ("Burkinabè", "Ivoiriens", "Malgaches") from FRENCH_IRREGULAR_DEMONYMS."""
    word = name.strip()
    if " " in word or not word[:1].isupper():
        return None
    for form in (word.lower(), word.lower().removesuffix("s")):  # "Bangladais", "Malgaches"
        if form in FRENCH_IRREGULAR_DEMONYMS:
            return FRENCH_IRREGULAR_DEMONYMS[form]
    if not word.lower().endswith(("s", "x")):
        word += "s"  # the endings are written plural: "Malienne" is read as "Maliennes", "Tchadien" as "Tchadiens"
    if not FRENCH_DEMONYM_RE.search(word.lower()):
        return None
    bases = _demonym_bases(word, FRENCH_DEMONYM_SUFFIXES, FRENCH_COUNTRY_ENDINGS)
    for base in sorted(bases, key=len, reverse=True):
        country = next((p.country for p in gaz.lookup(fold(base)) if p.kind == "country"), None)
        if country:
            return country
    return None


def _french_body_demonyms(doc, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "L'armée malienne", "les autorités tchadiennes", "la garde nationale tunisienne": the lower-case demonym after
    a body of a country's state, which the French tagger leaves untagged, as a group of that country (what "the
    Malian army" is in English), where no other mention holds it; not a body that sends people out of its country
    ("rapatriés par les autorités dominicaines"), which says where they left."""
    if doc.lang_ != "fr":
        return []
    text = doc_text(doc)
    taken = Spans((m.start, m.end) for m in mentions)
    out = []
    for found in FRENCH_BODY_DEMONYM_RE.finditer(text):
        word, start, end = found.group(1), found.start(1), found.end(1)
        body = doc.char_span(found.start(), found.start() + len(found.group().split()[0]), alignment_mode="expand")
        if taken.overlaps(start, end) or body is not None and body.root.head.lemma_.lower() in FRENCH_BODY_REMOVING:
            continue
        feminine = word.removesuffix("s") if word.endswith("es") else word.removesuffix("s") + "e"
        republic = next((p.country for p in gaz.lookup(fold(f"république {feminine}")) if p.kind == "country"), None)
        bases = _demonym_bases(word.capitalize(), FRENCH_DEMONYM_SUFFIXES, FRENCH_COUNTRY_ENDINGS)
        if republic:  # "les autorités dominicaines": the République dominicaine, not the Dominique
            out.append(Mention(text=word, type="group", canonical=word, start=start, end=end, country=republic,
                               extractor=EXTRACTOR))
            continue
        for base in sorted(bases, key=len, reverse=True):
            country = next((p.country for p in gaz.lookup(fold(base)) if p.kind == "country"), None)
            if country:
                out.append(Mention(text=word, type="group", canonical=word, start=start, end=end, country=country,
                                   extractor=EXTRACTOR))
                break
    return out


def _demonym_places(doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "The Polish side", "the Libyan coast", "les côtes anglaises", "ont traversé la frontière tchadienne": a
    demonym (an adjective) on a noun of a country's ground (DEMONYM_GROUND) is a place mention of that country,
    which the taggers leave untagged (French) or take for a group (English). A border noun only as what is crossed:
    "près de la frontière malienne" names the other side; "the coast guard" is no ground."""
    nouns, borders, crossing = DEMONYM_GROUND.get(doc.lang_, (frozenset(), frozenset(), frozenset()))
    out = list(mentions)
    for noun in doc:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or noun.dep_ == "compound" or not (
                lemma in nouns or lemma in borders and noun.head.lemma_.lower() in crossing and noun.dep_ in ("dobj", "obj")):
            continue
        for adj in noun.children:
            if adj.dep_ != "amod" or adj.pos_ not in ("ADJ", "PROPN", "VERB"):  # "anglaises" is tagged a verb
                continue
            country = _ground_country(adj.text, gaz, doc.lang_)
            if country is None:
                continue
            start, end = min(noun.idx, adj.idx), max(noun.idx + len(noun.text), adj.idx + len(adj.text))
            if any(m.start < end and start < m.end and (m.type != "group" or m.start < start or m.end > end)
                   for m in out):
                break  # a name already there ("the Lebanese Red Cross side"): it stays
            place = next((p for p in gaz.lookup(code_key(country)) if p.kind == "country"), None)
            out = [m for m in out if not (m.start < end and start < m.end)]
            out.append(Mention(text=doc_text(doc)[start:end], type="place", canonical=place.name if place else country,
                               start=start, end=end, country=country, geonames_id=place.geonames_id if place else None,
                               lat=place.lat if place else None, lon=place.lon if place else None,
                               precision=PRECISION["country"], match="exact", extractor=EXTRACTOR))
            break
    return sorted(out, key=lambda m: m.start)


def _ground_country(word: str, gaz: Gazetteer, language: str) -> str | None:
    """The country of a demonym used as an adjective: "Polish" -> POL; "anglaises", "tchadienne" -> GBR, TCD."""
    if language != "fr":
        return demonym_country(word, gaz) if word[:1].isupper() else None
    if not word.islower():
        return None
    for form in (word, word.removesuffix("s")):
        if form in FRENCH_IRREGULAR_DEMONYMS:
            return FRENCH_IRREGULAR_DEMONYMS[form]
    for base in sorted(_demonym_bases(word.capitalize(), FRENCH_DEMONYM_SUFFIXES, FRENCH_COUNTRY_ENDINGS), key=len,
                       reverse=True):
        if country := next((p.country for p in gaz.lookup(fold(base)) if p.kind == "country"), None):
            return country
    return None


def _demonym_bases(demonym: str, suffixes=DEMONYM_SUFFIXES, endings=COUNTRY_ENDINGS) -> set[str]:
    out = set()
    for suffix in suffixes:
        if demonym.endswith(suffix) and len(demonym) > len(suffix) + 2:
            stem = demonym[:len(demonym) - len(suffix)]
            out.update(stem + ending for ending in endings)
            if stem.endswith("l") and suffix.startswith("ais"):  # "Congolais", "Togolais": Congo, Togo
                out.add(stem[:-1])
    return out


def resolved(mention: Mention, chosen: Candidate | None, doc) -> Mention:
    if chosen is None:
        return dataclasses.replace(mention, extractor=_tag(mention))
    p = chosen.place
    return dataclasses.replace(
        mention, country=p.country, geonames_id=p.geonames_id, lat=p.lat, lon=p.lon, precision=PRECISION[p.kind],
        match="exact" if chosen.exact else "fuzzy", actor=is_actor(mention, doc), extractor=_tag(mention),
    )


def _tag(mention: Mention) -> str:
    return f"{mention.extractor}+{EXTRACTOR}" if mention.extractor else EXTRACTOR


def is_actor(mention: Mention, doc) -> bool:
    """The place is the subject of a verb of saying or deciding ("Islamabad insists", "Turkey and Russia said")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in ACTOR_VERBS


STAGE = Stage("places", VERSION, per_article(resolve_places), requires=("doc", "mentions"), assigns=("mentions",))
