"""The dashboard: server-rendered pages (Jinja2, autoescaped) over the same queries as the API; the map,
the timeline chart and the API docs page draw with small scripts from ``static/``, never inline."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from markupsafe import Markup, escape

from .. import __version__
from ..errors import ConfigurationError
from ..filters import CATEGORIES, FigureFilter
from ..lexicon.events import classes as event_classes
from ..output.rows import figure_row, sentence_around
from ..records import to_dict
from . import data
from .highlight import anchor, highlight, spans_of

router = APIRouter(include_in_schema=False)

TEMPLATES = Path(__file__).resolve().parent / "templates"
ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
FIGURE_FIELDS = ("country", "event", "category", "term", "speaker", "outlet", "since", "until", "on", "min_value")
SORTABLE = ("value", "published", "country", "event", "category", "outlet", "speaker", "title")
PAGE = 100


def safe_url(value: str | None) -> str | None:
    """A URL to link to: http or https only; anything else (javascript:, data:) is shown as text, not linked."""
    if not value:
        return None
    try:
        scheme = urlsplit(value.strip()).scheme.lower()
    except ValueError:
        return None
    return value if scheme in ("http", "https") else None


def number(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, (int, float)) else str(value)


def marked(snippet: str) -> Markup:
    """A search snippet (its matches between [ and ]) escaped, then its matches marked."""
    import re

    return Markup(re.sub(r"\[([^\[\]<>]*)\]", r"<mark>\1</mark>", str(escape(snippet))))


ENV.filters.update(safe_url=safe_url, number=number, marked=marked)
ENV.globals.update(version=__version__, anchor=anchor)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = ENV.get_template(name).render(request=request, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status)


def query(params: Mapping[str, Any], **changes: Any) -> str:
    """A query string of ``params`` with ``changes``, empty values left out."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def _filter(params: Mapping[str, str]) -> FigureFilter:
    p = {k: (params.get(k) or None) for k in FIGURE_FIELDS}
    try:
        min_value = float(p["min_value"]) if p["min_value"] else None
    except ValueError:
        raise ConfigurationError(f"min value {p['min_value']!r} is not a number") from None
    if min_value is not None and min_value != min_value:
        raise ConfigurationError("min value must be a number")
    on = p["on"] or "published"
    return FigureFilter(country=p["country"], event=p["event"], category=p["category"], term=p["term"],
                        speaker=p["speaker"], outlet=p["outlet"], since=p["since"], until=p["until"],
                        date_field=on, min_value=min_value)


def _int(value: str | None, default: int, top: int) -> int:
    try:
        return max(0, min(int(value or default), top))
    except ValueError:
        return default


def _store(request: Request):
    return request.app.state.store


def choices() -> dict[str, Any]:
    return {"events": event_classes(), "categories": CATEGORIES, "sortable": SORTABLE}


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    store = _store(request)
    counts = {k: store.count(k) for k in ("articles", "figures", "quotes", "places", "conflicts", "updates")}
    return render(request, "home.html", counts=counts)


@router.get("/figures", response_class=HTMLResponse)
def figures(request: Request) -> HTMLResponse:
    params = dict(request.query_params)
    order = params.get("order") or None
    limit, offset = _int(params.get("limit"), PAGE, 1000) or PAGE, _int(params.get("offset"), 0, 10_000_000)
    rows: list[dict[str, Any]] = []
    total, error = 0, None
    try:
        where = _filter(params)
        if order and order.lstrip("-") not in SORTABLE:
            raise ConfigurationError(f"unknown order {order!r}")
        store = _store(request)
        rows = [figure_row(s.article, s.figure) for s in store.figures(where, limit=limit, offset=offset, order=order)]
        total = store.count("figures", where)
    except ConfigurationError as err:
        error = str(err)
    shown = {k: params[k] for k in (*FIGURE_FIELDS, "order") if params.get(k)}
    if params.get("limit"):
        shown["limit"] = str(limit)
    download = query(shown, limit=limit, offset=offset or None)
    return render(request, "figures.html", status=400 if error else 200, rows=rows, total=total, error=error,
                  params=shown, limit=limit, offset=offset, order=order, download=download, query=query, **choices())


@router.get("/map", response_class=HTMLResponse)
def map_view(request: Request) -> HTMLResponse:
    params = {k: v for k, v in request.query_params.items() if k in FIGURE_FIELDS and v}
    return render(request, "map.html", params=params, api=query(params), **choices())


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request) -> HTMLResponse:
    params = {k: v for k, v in request.query_params.items() if k in FIGURE_FIELDS and v}
    found: dict[str, Any] = {"points": [], "series": [], "updates": []}
    error = None
    if params.get("country") or params.get("event"):
        try:
            found = data.timeline(_store(request), _filter(params))
        except ConfigurationError as err:
            error = str(err)
    return render(request, "timeline.html", status=400 if error else 200, params=params, api=query(params),
                  found=found, error=error, **choices())


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request) -> HTMLResponse:
    params = {k: v for k, v in request.query_params.items() if k in ("search", "outlet", "since", "until", "page_kind") and v}
    offset = _int(request.query_params.get("offset"), 0, 10_000_000)
    error, found, total = None, [], 0
    store = _store(request)
    kw = {"outlet": params.get("outlet"), "since": params.get("since"), "until": params.get("until"),
          "text": params.get("search"), "page_kind": params.get("page_kind")}
    try:
        FigureFilter(since=kw["since"], until=kw["until"])
        found = store.articles(**kw, limit=PAGE, offset=offset)
        total = store.count("articles", **kw)
    except ConfigurationError as err:
        error = str(err)
    return render(request, "articles.html", status=400 if error else 200, articles=found, total=total,
                  offset=offset, limit=PAGE, params=params, error=error, query=query)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    store = _store(request)
    found = store.article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r} in the ledger")
    figures = [figure_row(found, f) for f in found.figures]
    quotes = [{"q": q, "sentence": sentence_around(found.text, q.start, q.end)} for q in found.quotes]
    places = [m for m in found.mentions if m.type == "place"]
    updates = store.updates(article_id=article_id)
    copies = [i for i in store.story(article_id) if i != article_id]
    return render(request, "article.html", a=found, text=highlight(found.text, spans_of(found)), figures=figures,
                  quotes=quotes, places=places, updates=to_dict(updates), copies=copies)


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts(request: Request) -> HTMLResponse:
    store = _store(request)
    kind = request.query_params.get("kind") or None
    offset = _int(request.query_params.get("offset"), 0, 10_000_000)
    error, found, total = None, [], 0
    try:
        from ..filters import ConflictFilter

        where = ConflictFilter(kind=kind)
        found = data.conflicts(store, store.conflicts(where, limit=50, offset=offset))
        total = store.count("conflicts", where)
    except ConfigurationError as err:
        error = str(err)
    return render(request, "conflicts.html", status=400 if error else 200, conflicts=found, total=total,
                  offset=offset, limit=50, kind=kind, params={"kind": kind}, error=error, query=query)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request) -> HTMLResponse:
    text = (request.query_params.get("text") or "").strip()[:500]
    hits = _store(request).search(text, limit=50) if text else []
    return render(request, "search.html", text=text, hits=hits)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    return render(request, "docs.html")


@router.get("/favicon.ico")
def favicon() -> RedirectResponse:
    return RedirectResponse("/static/favicon.svg", status_code=308)
