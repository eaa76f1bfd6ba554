"""Namesakes abroad: a place's reading that the rest of its article gives no ground for.

A small town or a region the gazetteer knows in one country may be a namesake of a local place it lacks
("Sava", a town in Italy, is a region of Madagascar; "Sud" and "Est" are regions of many countries; "South
Lebanon" a town in Ohio). Where the article names another country outright (by its name, its capital or a large
city, its people, a body named after it, its title) and names the reading's country no such way and no more often,
the reading is a namesake: not where a figure of its sentence is (``figures.context.place_of``), which then takes
the article's focus. The mention keeps its reading: a geoparser's answer, not a figure's place."""

from __future__ import annotations

import functools
from collections import Counter

from ..gazetteer import SUBDIVISION_POPULATION, fold, gazetteer
from ..records import Article, Mention
from .places import NOTABLE_CITY, WELL_KNOWN_KEYS, candidates_for, title_context

NAMED_TYPES = ("group", "organisation")  # "Sudanese", "the Kenya Red Cross": their country named outright


def namesake(m: Mention, article: Article) -> bool:
    """Whether the place ``m`` is a namesake abroad (the module's docstring)."""
    return m.type == "place" and m.start in namesakes(article)


def namesakes(article: Article) -> frozenset[int]:
    """The starts of the article's namesakes abroad: places whose reading is short of ``outright``, in a country that
    no other mention names outright, nor the title, and that the article's mentions name no more often than a
    country named outright."""
    return _namesakes(article.title, article.language or "en", article.mentions)


@functools.lru_cache(maxsize=64)
def _namesakes(title: str | None, language: str, mentions: tuple[Mention, ...]) -> frozenset[int]:
    others = [o for o in mentions if o.country and o.type in ("place", *NAMED_TYPES)]
    named = set(title_context(title, language).countries)
    named |= {o.country for o in others if o.type in NAMED_TYPES or o.precision == "country"}
    named |= {o.country for o in others if o.country not in named and o.type == "place" and outright(o, language)}
    if not named:
        return frozenset()
    counts = Counter(o.country for o in others)
    most = max(counts.get(c, 1) for c in named)
    return frozenset(o.start for o in others if o.type == "place" and o.country not in named and counts[o.country] <= most)


def outright(m: Mention, language: str = "en") -> bool:
    """A place whose reading names its country outright: the country, its capital, a well-known region ("Darfur"),
    a large city, a region named like a large city of its country ("Genève": the canton, and Geneva), or a
    first-level region whose name no other country has ("Rakhine state" beside Bangladesh; not "Sud", a region of
    Haiti and of many others, nor a district such as Rwampara)."""
    if m.precision == "country":
        return True
    cands = candidates_for(m, gazetteer(), language=language)
    if m.precision == "admin" and all(c.place.country == m.country for c in cands) and any(
            c.place.kind == "admin" and c.place.population >= SUBDIVISION_POPULATION for c in cands):
        return True
    return any(c.place.country == m.country and (c.place.capital or c.place.population >= NOTABLE_CITY
                                                 or fold(c.place.name) in WELL_KNOWN_KEYS) for c in cands)
