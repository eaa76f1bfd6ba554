"""The one record-to-row flattener: every flat row any output writes is made here.

One row per article (``article_row``: the ``extract --format csv`` and table summary), per figure
(``figure_rows``), per place mention (``mention_rows``) and per quote (``quote_rows``). The fact rows come
from articles (all their facts), from ``(Article, fact)`` pairs (the facts a filter selected) or from the
store's ``StoredFigure``/``StoredQuote`` records; each kind's columns are listed once (``*_COLUMNS``), in
the order every writer uses. Values stay Python values (None, lists, booleans): each format decides how
to write them (``formats.py``, ``export.py``); every CSV and HXL writer writes through ``csv_writer``, which
neutralises cells a spreadsheet would run as a formula (``formula_safe``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import IO, Any

from ..records import Article, ArticleRef, Figure, Mention, Quote, StoredFigure, StoredQuote
from .impact import impact

Row = dict[str, Any]
Items = Iterable[Article] | Iterable[tuple[Article, Any]]

ARTICLE_COLUMNS = ("id", "title", "url", "dateline", "published", "outlet", "language", "truncated", "words",
                   "mentions", "quotes", "figures", "dates", "notes", "source", "story")
ARTICLE_FIELDS = ("article_id", "title", "url", "outlet", "published")
PLACE_FIELDS = ("place", "place_canonical", "place_country", "place_country_name", "place_adm1",
                "place_locality", "place_precision", "place_geonames_id", "place_lat", "place_lon")
FIGURE_COLUMNS = (
    "figure_id", *ARTICLE_FIELDS,
    "text", "value", "low", "high", "approx", "unit", "counted", "term", "event", "category", "stock_or_flow",
    "change", "impact", "flags",
    *PLACE_FIELDS, "place_source", "origin", "origin_country", "destination", "destination_country",
    "when_text", "when_value", "when_precision",
    "stated_by", "stated_by_mention", "stated_by_role", "stated_by_type",
    "reported_by", "start", "end", "evidence", "extractor",
)
MENTION_COLUMNS = (
    *ARTICLE_FIELDS, "text", "canonical", "type", "country", "country_name", "adm1", "locality", "precision",
    "geonames_id", "lat", "lon", "match", "actor", "start", "end", "evidence", "extractor",
)
QUOTE_COLUMNS = (
    *ARTICLE_FIELDS, "speaker", "speaker_mention", "speaker_role", "speaker_type", "kind", "cue", "quote",
    "start", "end", "extractor",
)


# --- articles -----------------------------------------------------------------------------------------


def article_row(a: Article) -> Row:
    """One article as a summary row (``ARTICLE_COLUMNS``): its metadata and how many facts of each kind."""
    return {
        "id": a.id,
        "title": a.title or "",
        "url": a.url or "",
        "dateline": a.dateline.text if a.dateline else "",
        "published": a.published or "",
        "outlet": a.source.outlet or "",
        "language": a.language or "",
        "truncated": a.truncated,
        "words": len(a.text.split()),
        "mentions": len(a.mentions),
        "quotes": len(a.quotes),
        "figures": len(a.figures),
        "dates": len(a.dates),
        "notes": "; ".join(a.notes),
        "source": a.source.path or a.source.url or "",
        "story": a.story or "",
    }


def article_rows(items: Iterable[Article]) -> Iterator[Row]:
    return (article_row(a) for a in items)


# --- pieces every fact row shares -----------------------------------------------------------------------


def pairs(items: Items, facts: Callable[[Article], Iterable[Any]]) -> Iterator[tuple[Article | ArticleRef, Any]]:
    """(article, fact) pairs from articles (all their facts), from pairs already chosen, or from the
    store's ``StoredFigure``/``StoredQuote`` records."""
    for item in items:
        if isinstance(item, Article):
            yield from ((item, fact) for fact in facts(item))
        elif isinstance(item, StoredFigure):
            yield item.article, item.figure
        elif isinstance(item, StoredQuote):
            yield item.article, item.quote
        else:
            yield item


def _article_fields(a: Article | ArticleRef) -> Row:
    if isinstance(a, ArticleRef):
        return {"article_id": a.id, "title": a.title, "url": a.url, "outlet": a.outlet, "published": a.published}
    return {"article_id": a.id, "title": a.title, "url": a.url or a.source.url, "outlet": a.source.outlet,
            "published": a.published}


def _evidence(a: Article | ArticleRef, fact: Any) -> str:
    """The sentence around a fact; a fact read from the store without its article text keeps its own words."""
    return sentence_around(a.text, fact.start, fact.end) if isinstance(a, Article) else fact.text


def _number(x: float | None) -> float | int | None:
    """3000.0 -> 3000, so exports read like the article; other values unchanged."""
    return int(x) if isinstance(x, float) and x.is_integer() else x


@lru_cache(maxsize=512)
def country_name(iso3: str | None) -> str | None:
    """The common English name of an ISO 3166-1 alpha-3 code (None when unknown)."""
    if not iso3:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    return (getattr(country, "common_name", None) or country.name) if country else None


def _place_fields(m: Mention | None) -> Row:
    """A place's resolution: ``adm1`` when it is a first-level area, ``locality`` when a city or site."""
    if m is None:
        return dict.fromkeys(PLACE_FIELDS)
    return {
        "place": m.text, "place_canonical": m.canonical, "place_country": m.country,
        "place_country_name": country_name(m.country),
        "place_adm1": m.canonical if m.precision == "admin" else None,
        "place_locality": m.canonical if m.precision in ("city", "site") else None,
        "place_precision": m.precision, "place_geonames_id": m.geonames_id, "place_lat": m.lat, "place_lon": m.lon,
    }


SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)|\n")
CONTEXT = 400


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding ``text[start:end]``: the evidence a reader checks a fact against."""
    lo = max(0, start - CONTEXT)
    left = lo
    for m in SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    right = SENTENCE_END.search(text, end, min(len(text), end + CONTEXT))
    return " ".join(text[left:right.end() if right else min(len(text), end + CONTEXT)].split())


# --- facts ------------------------------------------------------------------------------------------------


def figure_row(a: Article | ArticleRef, f: Figure) -> Row:
    sp, when = f.stated_by, f.when
    return {
        "figure_id": f"{a.id}:{f.start}-{f.end}", **_article_fields(a),
        "text": f.text, "value": _number(f.value), "low": _number(f.low), "high": _number(f.high),
        "approx": f.approx, "unit": f.unit, "counted": f.counted, "term": f.term, "event": f.event,
        "category": f.category, "stock_or_flow": f.stock_or_flow, "change": f.change, "impact": impact(f),
        "flags": list(f.flags), **_place_fields(f.place), "place_source": f.place_source,
        "origin": f.origin.canonical if f.origin else None, "origin_country": f.origin.country if f.origin else None,
        "destination": f.destination.canonical if f.destination else None,
        "destination_country": f.destination.country if f.destination else None,
        "when_text": when.text if when else None, "when_value": when.value if when else None,
        "when_precision": when.precision if when else None,
        "stated_by": (sp.name or sp.mention) if sp else None, "stated_by_mention": sp.mention if sp else None,
        "stated_by_role": sp.role if sp else None, "stated_by_type": sp.type if sp else None,
        "reported_by": f.reported_by or _article_fields(a)["outlet"], "start": f.start, "end": f.end,
        "evidence": _evidence(a, f), "extractor": f.extractor,
    }


def figure_rows(items: Items) -> Iterator[Row]:
    """One flat row per figure (``FIGURE_COLUMNS``), from articles or (Article, Figure) pairs."""
    for a, f in pairs(items, lambda a: a.figures):
        yield figure_row(a, f)


def mention_row(a: Article | ArticleRef, m: Mention) -> Row:
    place = _place_fields(m)
    return {
        **_article_fields(a), "text": m.text, "canonical": m.canonical, "type": m.type, "country": m.country,
        "country_name": place["place_country_name"], "adm1": place["place_adm1"],
        "locality": place["place_locality"], "precision": m.precision, "geonames_id": m.geonames_id,
        "lat": m.lat, "lon": m.lon, "match": m.match, "actor": m.actor, "start": m.start, "end": m.end,
        "evidence": _evidence(a, m), "extractor": m.extractor,
    }


def mention_rows(items: Items, *, places_only: bool = True) -> Iterator[Row]:
    """One flat row per mention (``MENTION_COLUMNS``); only place mentions unless ``places_only`` is False."""
    def facts(a: Article) -> Iterable[Mention]:
        return (m for m in a.mentions if m.type == "place" or not places_only)

    for a, m in pairs(items, facts):
        yield mention_row(a, m)


def quote_row(a: Article | ArticleRef, q: Quote) -> Row:
    sp = q.speaker
    return {
        **_article_fields(a), "speaker": (sp.name or sp.mention) if sp else None,
        "speaker_mention": sp.mention if sp else None, "speaker_role": sp.role if sp else None,
        "speaker_type": sp.type if sp else None, "kind": q.kind, "cue": q.cue, "quote": q.text,
        "start": q.start, "end": q.end, "extractor": q.extractor,
    }


def quote_rows(items: Items) -> Iterator[Row]:
    """One flat row per quote (``QUOTE_COLUMNS``), from articles or (Article, Quote) pairs."""
    for a, q in pairs(items, lambda a: a.quotes):
        yield quote_row(a, q)


# --- CSV cells ----------------------------------------------------------------------------------------------

# A text cell starting with one of these is read by spreadsheets as a formula (OWASP "CSV Injection"): = + - @,
# tab and carriage return, and the full-width forms some spreadsheets also accept.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
PLAIN_NUMBER = re.compile(r"[-+]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")


def formula_safe(value: Any) -> Any:
    """A CSV cell no spreadsheet runs: text starting like a formula gets a leading single quote (the OWASP
    convention); numbers, and text that is only a number ("-5", "+1,200"), and every other value are unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


class csv_writer:  # noqa: N801  (used like csv.writer)
    """``csv.writer`` whose every cell goes through ``formula_safe``; with ``columns``, ``writeheader`` and
    ``writerow(dict)`` as ``csv.DictWriter`` (a missing key is an empty cell). The one way outputs write CSV."""

    def __init__(self, out: IO[str], columns: Sequence[str] | None = None) -> None:
        self._writer = csv.writer(out)
        self.columns = tuple(columns) if columns is not None else None

    def writeheader(self) -> None:
        self.writerow(list(self.columns or ()))

    def writerow(self, row: Sequence[Any] | Row) -> None:
        if isinstance(row, dict):
            if self.columns is None:
                raise TypeError("csv_writer: a dict row needs the columns")
            row = [row.get(c, "") for c in self.columns]
        self._writer.writerow([formula_safe(cell) for cell in row])

    def writerows(self, rows: Iterable[Sequence[Any] | Row]) -> None:
        for row in rows:
            self.writerow(row)
