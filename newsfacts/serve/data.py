"""What the API and the dashboard both show, worked out once: conflicts with their articles, the map's
countries and points, a timeline's reports and updates, an ingest from a request body."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..filters import FigureFilter
from ..output.rows import country_name, figure_row, sentence_around
from ..records import Article, Conflict, to_dict
from ..store import Store

MAP_FIGURES = 2000  # at most this many figures on the map (the largest first)
TIMELINE_FIGURES = 2000
POINT_PRECISIONS = ("admin", "city", "site")


def texts(store: Store, ids: Iterable[str]) -> dict[str, Article]:
    """The articles of ``ids`` (without their facts), by id."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Article] = {}
    for n in range(0, len(wanted), 500):
        found.update({a.id: a for a in store.articles(ids=wanted[n:n + 500])})
    return found


def conflicts(store: Store, found: list[Conflict]) -> list[dict[str, Any]]:
    """Each conflict with, for each claim, its article's title, URL, outlet, date and the claim's sentence."""
    articles = texts(store, (c.article for k in found for c in k.claims))
    out = []
    for conflict in found:
        claims = []
        for c in conflict.claims:
            a = articles.get(c.article)
            claims.append({**to_dict(c), "title": a.title if a else None, "url": (a.url or a.source.url) if a else None,
                           "outlet": a.source.outlet if a else None, "published": a.published if a else None,
                           "sentence": sentence_around(a.text, c.start, c.end) if a else c.text,
                           "speaker": (c.stated_by.name or c.stated_by.mention) if c.stated_by else None})
        out.append({"kind": conflict.kind, "about": conflict.about, "claims": claims})
    return out


def _rows(store: Store, where: FigureFilter, limit: int, order: str) -> list[dict[str, Any]]:
    """Figure rows with the sentence each came from (read from its article's text)."""
    found = store.figures(where, limit=limit, order=order)
    articles = texts(store, (s.article.id for s in found))
    rows = []
    for s in found:
        row = figure_row(articles.get(s.article.id, s.article), s.figure)
        row.update(title=s.article.title, url=s.article.url, outlet=s.article.outlet, published=s.article.published)
        rows.append(row)
    return rows


BRIEF = ("figure_id", "article_id", "title", "url", "outlet", "published", "value", "low", "high", "approx", "text",
         "counted", "term", "event", "place", "place_country", "stated_by", "reported_by", "evidence", "when_value")


def _brief(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row.get(k) for k in BRIEF}


PEOPLE_UNITS = ("person", "household")


def _size(row: dict[str, Any]) -> float:
    value = row.get("value") if row.get("value") is not None else row.get("low")
    return float(value or 0)


def _people(row: dict[str, Any]) -> float:
    """A figure's size on the map: its value when it counts people or households; a sum of money or a
    number of hours does not make a place's circle larger."""
    return _size(row) if row.get("unit") in PEOPLE_UNITS else 0.0


def _precise(row: dict[str, Any]) -> bool:
    """A figure placed at a point finer than its country: an admin area, a city or a site."""
    return (row.get("place_lat") is not None and row.get("place_lon") is not None
            and row.get("place_precision") in POINT_PRECISIONS)


def map_data(store: Store, where: FigureFilter) -> dict[str, Any]:
    """Countries (ISO3 and ISO numeric, as world-atlas names its shapes) with how many figures are placed in
    each (``figures``), how many at the country's level (``country_level``: these shade it) and the largest;
    precise places (an admin area, city or site with a point) with their figures.
    Figures are never added up: one place's size is its largest count of people (or households)."""
    import pycountry

    countries: dict[str, dict[str, Any]] = {}
    points: dict[tuple[float, float], dict[str, Any]] = {}
    for row in _rows(store, where, MAP_FIGURES, "-value"):
        code = row.get("place_country")
        if code:
            entry = countries.get(code)
            if entry is None:
                found = pycountry.countries.get(alpha_3=code)
                entry = countries[code] = {"country": code, "numeric": found.numeric if found else None,
                                           "name": country_name(code) or code, "figures": 0, "country_level": 0,
                                           "largest": 0.0,
                                           "items": []}
            entry["figures"] += 1
            entry["largest"] = max(entry["largest"], _people(row))
            if not _precise(row):
                entry["country_level"] += 1
            if len(entry["items"]) < 50:
                entry["items"].append(_brief(row))
        lat, lon = row.get("place_lat"), row.get("place_lon")
        if _precise(row):
            point = points.setdefault((round(lat, 4), round(lon, 4)), {
                "lat": lat, "lon": lon, "place": row.get("place_canonical") or row.get("place"),
                "country": code, "largest": 0.0, "items": []})
            point["largest"] = max(point["largest"], _people(row))
            point["items"].append(_brief(row))
    return {"countries": sorted(countries.values(), key=lambda c: c["country"]), "points": list(points.values())}


def timeline(store: Store, where: FigureFilter) -> dict[str, Any]:
    """The figures ``where`` keeps, as reports in time (each its own point: its article's publication date,
    else its own date; alternative estimates stay apart, never summed), one series per source, and the
    updates among them (a later count of the same thing)."""
    rows = [r for r in _rows(store, where, TIMELINE_FIGURES, "published") if _size(r) or r.get("value") == 0]
    points = []
    for r in rows:
        date = (r.get("published") or r.get("when_value") or "")[:10]
        if len(date) == 10:
            points.append({**_brief(r), "date": date, "source": r.get("stated_by") or r.get("reported_by") or "unknown"})
    keys = {(p["article_id"], int(p["figure_id"].rsplit(":", 1)[1].split("-")[0])) for p in points}
    updates = [u for u in store.updates(country=where.country, limit=5000)
               if (u.later.article, u.later.start) in keys or (u.earlier.article, u.earlier.start) in keys]
    series = sorted({p["source"] for p in points})
    return {"points": points, "series": series, "updates": to_dict(updates)}


def ingest(store: Store, body: bytes, date: str | None) -> dict[str, Any]:
    """Extract a request body (sniffed like stdin: text, HTML, a feed, WARC, JSONL) into the ledger."""
    from ..api import iter_extract

    summary = store.ingest(iter_extract("-", stdin=body, date=date), source_label="http")
    return to_dict(summary)
