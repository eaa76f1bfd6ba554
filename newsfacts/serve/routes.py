"""The JSON API under ``/api``: the ledger's queries with the CLI's filters and names, paged
(``limit``/``offset``, with ``total``), exports as downloads, and ``POST /api/ingest`` when allowed."""

from __future__ import annotations

import hmac
import io
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import Response

from ..filters import ConflictFilter, FigureFilter, QuoteFilter, country_code
from ..output import export
from ..output.columns import EVENT_EXAMPLES, EXAMPLE_EVENTS
from ..output.rows import article_row, figure_row, mention_row, quote_row
from ..records import PageKind, to_dict
from ..store import Store
from . import data

MAX_LIMIT = 1000
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="At most this many rows (a page).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows skipped before the page.")]
Since = Annotated[str | None, Query(description="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
Until = Annotated[str | None, Query(description="Up to this date.")]
Outlet = Annotated[str | None, Query(description="Only articles from this outlet.")]
EXPORT_FORMATS = ("csv", "hxl", "geojson", "jsonl", "xlsx")
MEDIA = {"csv": "text/csv; charset=utf-8", "hxl": "text/csv; charset=utf-8", "geojson": "application/geo+json",
         "jsonl": "application/x-ndjson",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
SUFFIX = {"csv": "csv", "hxl": "hxl.csv", "geojson": "geojson", "jsonl": "jsonl", "xlsx": "xlsx"}
Order = Literal["value", "-value", "published", "-published", "country", "-country", "event", "-event",
                "category", "-category", "outlet", "-outlet", "speaker", "-speaker", "title", "-title"]


def store_of(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(store_of)]


def figure_filter(
    country: Annotated[str | None, Query(description="Figures placed in this country (ISO3 code or a name).")] = None,
    term: Annotated[str | None, Query(description=f"The text's word for what happened ({EXAMPLE_EVENTS[0]!r}).")] = None,
    event: Annotated[str | None, Query(description=f"An event class of the lexicon ({EVENT_EXAMPLES} ...).")] = None,
    category: Annotated[str | None, Query(description="displacement, casualties, aid, money, time or other.")] = None,
    speaker: Annotated[str | None, Query(description="Figures stated by this speaker (a part of the name).")] = None,
    outlet: Outlet = None, since: Since = None, until: Until = None,
    on: Annotated[Literal["published", "event"], Query(description="Whether since/until apply to publication "
                                                                    "dates or to the figures' own dates.")] = "published",
    min_value: Annotated[float | None, Query(allow_inf_nan=False, description="Figures at least this large.")] = None,
) -> FigureFilter:
    return FigureFilter(country=country or None, term=term or None, event=event or None, category=category or None,
                        speaker=speaker or None, outlet=outlet or None, since=since or None, until=until or None,
                        date_field=on, min_value=min_value)


FigureWhere = Annotated[FigureFilter, Depends(figure_filter)]


def page(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def router(allow_ingest: bool) -> APIRouter:
    api = APIRouter(prefix="/api", tags=["ledger"])

    @api.get("/articles", summary="Articles in the ledger (newsfacts articles)")
    def articles(store: StoreDep, outlet: Outlet = None, since: Since = None, until: Until = None,
                 search: Annotated[str | None, Query(description="Only articles matching these words.")] = None,
                 page_kind: Annotated[PageKind | None, Query(description="The kind of page they came from.")] = None,
                 limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        FigureFilter(since=since or None, until=until or None)  # the same date checks as every filter
        kw = {"outlet": outlet or None, "since": since or None, "until": until or None, "text": search or None,
              "page_kind": page_kind}
        found = store.articles(**kw, limit=limit, offset=offset)
        return page([article_row(a) for a in found], store.count("articles", **kw), limit, offset)

    @api.get("/articles/{article_id}", summary="One article with all its facts (newsfacts show)")
    def article(article_id: str, store: StoreDep) -> dict[str, Any]:
        found = store.article(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r} in the ledger")
        return {**to_dict(found), "copies": store.story(article_id), "updates": to_dict(store.updates(article_id=article_id))}

    @api.get("/figures", summary="Figures with their article (newsfacts figures)")
    def figures(store: StoreDep, where: FigureWhere, order: Order | None = None, limit: Limit = 50,
                offset: Offset = 0) -> dict[str, Any]:
        found = store.figures(where, limit=limit, offset=offset, order=order)
        return page([figure_row(s.article, s.figure) for s in found], store.count("figures", where), limit, offset)

    @api.get("/quotes", summary="Who said what (newsfacts quotes)")
    def quotes(store: StoreDep, speaker: Annotated[str | None, Query(description="A part of the speaker's name or words.")] = None,
               outlet: Outlet = None, since: Since = None, until: Until = None,
               text: Annotated[str | None, Query(description="Quotes containing this text.")] = None,
               limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        where = QuoteFilter(speaker=speaker or None, outlet=outlet or None, since=since or None, until=until or None,
                            text=text or None)
        found = store.quotes(where, limit=limit, offset=offset)
        return page([quote_row(s.article, s.quote) for s in found], store.count("quotes", where), limit, offset)

    @api.get("/places", summary="Place mentions with their resolution")
    def places(store: StoreDep, country: Annotated[str | None, Query(description="ISO3 code or a country name.")] = None,
               outlet: Outlet = None, since: Since = None, until: Until = None, limit: Limit = 50,
               offset: Offset = 0) -> dict[str, Any]:
        FigureFilter(since=since or None, until=until or None)
        kw = {"country": country_code(country) if country else None, "outlet": outlet or None,
              "since": since or None, "until": until or None}
        found = store.places(**kw, limit=limit, offset=offset)
        return page([mention_row(a, m) for a, m in found], store.count("places", **kw), limit, offset)

    @api.get("/conflicts", summary="Disagreements between sources, and denials (newsfacts conflicts)")
    def conflicts(store: StoreDep, kind: Literal["figure_disagreement", "denial"] | None = None,
                  since: Since = None, until: Until = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        where = ConflictFilter(kind=kind, since=since or None, until=until or None)
        found = store.conflicts(where, limit=limit, offset=offset)
        return page(data.conflicts(store, found), store.count("conflicts", where), limit, offset)

    @api.get("/updates", summary="Figures' histories: later counts of the same thing (newsfacts conflicts --updates)")
    def updates(store: StoreDep, since: Since = None, until: Until = None,
                country: Annotated[str | None, Query(description="The later figure's country.")] = None,
                limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        FigureFilter(since=since or None, until=until or None)
        kw = {"since": since or None, "until": until or None, "country": country_code(country) if country else None}
        found = store.updates(**kw, limit=limit, offset=offset)
        return page(to_dict(found), store.count("updates", **kw), limit, offset)

    @api.get("/search", summary="Full-text search over articles and quotes (newsfacts search)")
    def search(store: StoreDep, text: Annotated[str, Query(min_length=1, max_length=500, description="Words to find.")],
               limit: Annotated[int, Query(ge=1, le=200)] = 20) -> dict[str, Any]:
        hits = store.search(text, limit=limit)
        return {"total": len(hits), "limit": limit, "offset": 0, "items": to_dict(hits)}

    @api.get("/map", summary="Figures by country and by precise place, for the map")
    def map_data(store: StoreDep, where: FigureWhere) -> dict[str, Any]:
        return data.map_data(store, where)

    @api.get("/timeline", summary="A country's figures of one event class over time, with their updates")
    def timeline(store: StoreDep, where: FigureWhere) -> dict[str, Any]:
        return data.timeline(store, where)

    @api.get("/export", summary="Figures, places or quotes as a download (newsfacts export)",
             response_class=Response,
             responses={200: {"content": {MEDIA[f].split(";")[0]: {} for f in EXPORT_FORMATS},
                              "description": "The file, as an attachment."}})
    def export_file(store: StoreDep, where: FigureWhere,
                    format: Annotated[Literal["csv", "hxl", "geojson", "jsonl", "xlsx"], Query()] = "csv",  # noqa: A002
                    kind: Literal["figures", "mentions", "quotes"] = "figures", order: Order | None = None,
                    limit: Annotated[int | None, Query(ge=1, le=1_000_000)] = None, offset: Offset = 0) -> Response:
        if kind == "figures":
            items: Any = store.figures(where, limit=limit, offset=offset, order=order)
        elif kind == "quotes":
            items = store.quotes(QuoteFilter(speaker=where.speaker, outlet=where.outlet, since=where.since,
                                             until=where.until), limit=limit, offset=offset)
        else:
            items = store.places(country=where.country, outlet=where.outlet, since=where.since, until=where.until,
                                 limit=limit, offset=offset)
        binary = format == "xlsx"
        out: Any = io.BytesIO() if binary else io.StringIO()
        export.export(items, format, out, kind=kind)
        body = out.getvalue()
        name = f"newsfacts-{kind}.{SUFFIX[format]}"
        return Response(body if binary else body.encode("utf-8"), media_type=MEDIA[format],
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    if allow_ingest:
        @api.post("/ingest", summary="Extract the request body (text, HTML, a feed, WARC or JSONL) into the ledger",
                  openapi_extra={"requestBody": {"content": {"text/plain": {"schema": {"type": "string"}},
                                                             "application/octet-stream": {"schema": {"type": "string",
                                                                                                     "format": "binary"}}},
                                                 "required": True}})
        async def ingest(request: Request, authorization: Annotated[str | None, Header()] = None,
                         date: Annotated[str | None, Query(description="Reference date (YYYY-MM-DD) for inputs that state none.")] = None,
                         ) -> dict[str, Any]:
            expected = f"Bearer {request.app.state.token}"
            if authorization is None or not hmac.compare_digest(authorization.encode(), expected.encode()):
                raise HTTPException(401, "ingest needs 'Authorization: Bearer TOKEN' with the server's --token",
                                    headers={"WWW-Authenticate": "Bearer"})
            body = await _body(request, request.app.state.max_body)
            from starlette.concurrency import run_in_threadpool

            return await run_in_threadpool(data.ingest, request.app.state.store, body, date)

    return api


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past ``limit`` bytes (by its Content-Length, or as it streams)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"the body is over the limit of {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"the body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
