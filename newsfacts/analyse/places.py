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
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..gazetteer import Gazetteer, Place, abbreviation_key, code_key, fold, gazetteer, strip_accents
from ..pipeline import Stage, Work, per_article
from ..records import Mention

VERSION = "1"
EXTRACTOR = f"places@{VERSION}"

KIND_BONUS = {"country": 4.0, "continent": 4.0, "admin": 1.0, "city": 0.0}
PRIMARY_BONUS = 2.0  # the place's own name (folded): a factor of 100 in population over an alternate name
PREFERRED_BONUS = 3.0  # the kind a stripped last word asked for ("Kandahar province": the province)
MIN_ALTERNATE_POPULATION = 1000  # smaller places are not taken by an alternate name ("Middle East", Texas)
PROMINENT_CITY = 1_000_000  # an "organisation" named exactly like a city this large is the city ("Hyderabad")
NOTABLE_CITY = 100_000  # a missed or "group" name exactly like a city this large is the city ("Aleppo")
LOCATIVE_PREPS = frozenset({"in", "from", "to", "into", "near", "across", "outside", "inside", "around", "towards", "toward"})
DEMONYM_RE = re.compile(r"(?:an|ian|ese|ish|i|ic|ean|ite|ans|ians|is|ers)$")
COUNTRY_BONUS = 2.0  # in a country the article names elsewhere
ADMIN_BONUS = 2.0  # in a first-level region the article names elsewhere
CLEAR_MARGIN = 1.0  # a reading this far ahead of any other country's is clear without context
PRECISION = {"country": "country", "admin": "admin", "city": "city", "continent": "continent"}
GENERIC_TAILS = {"province": "admin", "state": "admin", "region": "admin", "district": "admin", "governorate": "admin",
                 "county": "admin", "city": "city"}
# Verbs whose subject, when a place, is that place's government.
ACTOR_VERBS = frozenset(
    """say insist claim deny reject accuse demand warn announce agree refuse decide blame urge condemn dismiss
    threaten vow""".split()
)
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


def resolve_places(work: Work) -> dict[str, Any]:
    gaz = gazetteer()
    doc = work.products["doc"]
    found = [_retyped(m, gaz, doc) for m in work.article.mentions]
    mentions = tuple(sorted(found + _spotted(doc, found, gaz), key=lambda m: m.start))
    candidates = {i: candidates_for(m, gaz) for i, m in enumerate(mentions) if m.type == "place"}
    keys = {i: fold(mentions[i].canonical) for i in candidates}
    evidence = {i: _evidence(cands) for i, cands in candidates.items()}
    out = list(mentions)
    for i, cands in candidates.items():
        context = _context(evidence, keys, i)
        out[i] = resolved(mentions[i], best(cands, context), doc)
    return {"mentions": tuple(out)}


def _retyped(mention: Mention, gaz: Gazetteer, doc) -> Mention:
    """An "organisation" whose name is a country, a national capital or a large city is that place;
    so is a "group" named exactly like a region or a large city ("Aleppo"), unless it reads as a
    demonym ("Afghan", "Somali"), and any name so tagged where the words around it say place ("in
    Davao", "Rakhine state")."""
    if mention.type not in ("organisation", "group", "person") or mention.canonical != mention.text:
        return mention
    if mention.type != "organisation" and DEMONYM_RE.search(mention.text):
        return mention
    if _locative(mention, doc):
        test = _notable
    elif mention.type == "person":
        return mention
    else:
        test = _prominent if mention.type == "organisation" else _notable
    prominent = [c for c in candidates_for(mention, gaz) if c.primary and test(c.place)]
    return dataclasses.replace(mention, type="place") if prominent else mention


def _locative(mention: Mention, doc) -> bool:
    """ "in X", "from X", "X province": the words around a name make it a place."""
    before = doc.text[max(0, mention.start - 12):mention.start].lower().split()
    after = doc.text[mention.end:mention.end + 14].lower().split()
    return bool(before and before[-1] in LOCATIVE_PREPS) or bool(after and after[0].strip(",.") in GENERIC_TAILS)


def _notable(place: Place) -> bool:
    return place.kind in ("country", "admin") or place.population >= NOTABLE_CITY


def _spotted(doc, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    """Place names the tagger missed: capitalised proper nouns (one to three) that name a country, a
    region or a city of NOTABLE_CITY people exactly, outside every other mention."""
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    i = 0
    while i < len(doc):
        hit = None
        for n in (3, 2, 1):
            span = doc[i:i + n]
            if len(span) < n or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
                continue
            start, end = span.start_char, span.end_char
            if any(s < end and start < e for s, e in taken) or DEMONYM_RE.search(span.text):
                continue
            probe = Mention(text=span.text, type="place", canonical=span.text, start=start, end=end)
            if any(c.primary and c.exact and _notable(c.place) for c in candidates_for(probe, gaz)):
                hit = (probe, n)
                break
        if hit:
            out.append(dataclasses.replace(hit[0], extractor=EXTRACTOR))
            i += hit[1]
        else:
            i += 1
    return out


def _prominent(place: Place) -> bool:
    return place.kind == "country" or place.capital or (place.kind == "city" and place.population >= PROMINENT_CITY)


def candidates_for(mention: Mention, gaz: Gazetteer) -> list[Candidate]:
    """The places a mention's name may mean: the name as written, else before a comma ("Pandi, Bulacan"),
    else without a generic last word ("Kandahar province": then the kind that word names is preferred)."""
    written = {mention.canonical, mention.text.rstrip(":").strip()}
    for name, prefer in _variants(mention.canonical.strip()) + _variants(mention.text.rstrip(":").strip()):
        places = _lookup(name, gaz)
        if places:
            cands = [_candidate(p, name, written, prefer) for p in places]
            return [c for c in cands if c.primary or c.place.kind != "city" or c.place.population >= MIN_ALTERNATE_POPULATION]
    return []


def _candidate(place: Place, name: str, written: set[str], prefer: str | None) -> Candidate:
    exact = place.name in written or strip_accents(place.name) in written
    return Candidate(place, exact, primary=fold(place.name) == fold(name), preferred=place.kind == prefer)


def _variants(name: str) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = [(name, None)]
    if "," in name:
        out.append((name.split(",")[0].strip(), None))
    words = name.split()
    if len(words) > 1 and words[-1].lower() in GENERIC_TAILS:
        out.append((" ".join(words[:-1]), GENERIC_TAILS[words[-1].lower()]))
    return out


def _lookup(name: str, gaz: Gazetteer) -> list[Place]:
    """Places by name; an abbreviation with dots ("La.", "D.C.") only as an abbreviation, a code in
    capitals ("US", "U.K.") also as a country code."""
    if ABBREVIATION_RE.match(name):
        found = gaz.lookup(abbreviation_key(name))
        if found or not CODE_RE.match(name):
            return found
    places = gaz.lookup(fold(name))
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
    top = max(cands, key=lambda c: (score(c, context), c.place.population))
    if top.place.kind == "admin" and not top.preferred:
        capital = next((c for c in cands if c.place.capital and c.place.country == top.place.country), None)
        return capital or top
    return top


def _evidence(cands: Sequence[Candidate]) -> Context:
    """What a mention tells about the article's places: its country and region where its reading is
    clear (no reading elsewhere comes close)."""
    top = best(cands)
    if top is None or top.place.country is None:
        return Context()
    p = top.place
    region = (p.country, p.admin1) if p.admin1 else None
    country_clear = p.kind != "city" or _clear(top, [c for c in cands if c.place.country != p.country])
    region_clear = region is not None and _clear(top, [c for c in cands if (c.place.country, c.place.admin1) != region])
    return Context(frozenset({p.country}) if country_clear else frozenset(),
                   frozenset({region}) if region_clear and country_clear else frozenset())


def _clear(top: Candidate, rivals: Sequence[Candidate]) -> bool:
    return not rivals or score(top, Context()) - max(score(c, Context()) for c in rivals) >= CLEAR_MARGIN


def _context(evidence: dict[int, Context], keys: dict[int, str], i: int) -> Context:
    """The other names' evidence (not the same name's: "Hyderabad" does not vouch for itself)."""
    others = [e for j, e in evidence.items() if keys[j] != keys[i]]
    return Context(frozenset().union(*(e.countries for e in others)), frozenset().union(*(e.regions for e in others)))


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
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in ACTOR_VERBS


STAGE = Stage("places", VERSION, per_article(resolve_places), requires=("doc", "mentions"), assigns=("mentions",))
