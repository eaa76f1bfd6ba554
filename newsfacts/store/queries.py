"""Reading the store: filters as SQLAlchemy Core, rows rebuilt into the records ``extract`` produced.

Only the current facts of each article are read (those of the latest extractor versions stored; see
``ingest._set_current``). Dates compare as ISO strings: ``since``/``until`` may be a year, a month or a
day ("2025", "2025-11", "2025-11-30"), taken as its first day for ``since`` and its last for ``until``.
On the figures' event date (``date_field="event"``) a figure matches when the span its ``when`` can mean
("November 2025", "since last year") overlaps the range.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    Table,
    and_,
    column,
    false,
    func,
    or_,
    select,
    text,
    true,
)

from ..filters import ConflictFilter, DateField, FigureFilter, QuoteFilter, pad_since, pad_until
from ..records import Article, ArticleRef, Conflict, Mention, SearchHit, StoredFigure, StoredQuote, Update
from . import rows
from .schema import (
    article_tsvector,
    articles,
    claims,
    conflicts,
    dates,
    extractions,
    figure_claims,
    figure_updates,
    figures,
    mentions,
    outlets,
    quote_tsvector,
    quotes,
    stories,
)

REF_COLUMNS = (articles.c.id, articles.c.title, articles.c.url, articles.c.published, outlets.c.name.label("outlet"))


@dataclass(frozen=True)
class Window:
    """A date range from ``since`` to ``until``, either end open."""

    since: str | None = None
    until: str | None = None


# -- shared pieces ---------------------------------------------------------------------------------


def _with_article(query: Select, fact: Table) -> Select:
    """Join a fact table to its article and outlet, keeping only the article's current facts."""
    current = and_(extractions.c.article_id == fact.c.article_id, extractions.c.extractor == fact.c.extractor,
                   extractions.c.current == true())
    return (query.select_from(fact).join(articles, articles.c.id == fact.c.article_id)
            .join(extractions, current).outerjoin(outlets, outlets.c.id == articles.c.outlet_id))


def _contains(column: Any, needle: str) -> ColumnElement[bool]:
    return func.lower(column).contains(needle.lower(), autoescape=True)


def _published_in(window: Window) -> list[ColumnElement[bool]]:
    out = []
    if window.since:
        out.append(articles.c.published >= pad_since(window.since))
    if window.until:
        out.append(func.substr(articles.c.published, 1, 10) <= pad_until(window.until))
    return out


def _outlet_is(name: str | None) -> list[ColumnElement[bool]]:
    return [func.lower(outlets.c.name) == name.lower()] if name else []


def _limited(query: Select, limit: int | None, offset: int = 0) -> Select:
    if offset:
        query = query.offset(offset)
    return query.limit(limit) if limit is not None else query


def count(conn: Connection, query: Select, cap: int | None = None) -> int:
    """How many rows ``query`` gives, without its order, limit or offset; with ``cap``, counting stops
    there (``cap`` means "``cap`` or more"), so the count costs no more than reading ``cap`` rows."""
    inner = query.order_by(None).limit(cap).offset(None).subquery()
    return int(conn.execute(select(func.count()).select_from(inner)).scalar_one())


# -- articles ---------------------------------------------------------------------------------------


def article_query(conn: Connection, *, outlet: str | None = None, window: Window = Window(),
                  text_query: str | None = None, page_kind: str | None = None, limit: int | None = None,
                  offset: int = 0, ids: Sequence[str] | None = None) -> Select:
    query = (select(articles, outlets.c.name.label("outlet"))
             .outerjoin(outlets, outlets.c.id == articles.c.outlet_id)
             .where(*_outlet_is(outlet), *_published_in(window)).order_by(articles.c.pk))
    if page_kind:
        query = query.where(articles.c.page_kind == page_kind)
    if text_query:
        query = query.where(_article_matches(conn, text_query))
    if ids is not None:
        query = query.where(articles.c.id.in_(list(ids)))
    return _limited(query, limit, offset)


def _article_matches(conn: Connection, text_query: str) -> ColumnElement[bool]:
    if not WORD.search(text_query):  # no word to look for (":", "--"): nothing matches, as in ``search``
        return false()
    if conn.dialect.name == "sqlite":
        inner = text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :fts")
        return articles.c.pk.in_(inner.bindparams(fts=fts5_query(text_query)).columns(column("rowid", Integer)))
    return text(f"{article_tsvector()} @@ plainto_tsquery('english', :tsq)").bindparams(tsq=text_query)


def facts_of(conn: Connection, article_ids: Sequence[str]) -> dict[str, dict[str, tuple]]:
    """Every current fact of these articles, by article id and kind, in their original order."""
    out: dict[str, dict[str, list]] = {a: {"mentions": [], "quotes": [], "figures": [], "dates": []}
                                      for a in article_ids}
    for kind, table, build in (("mentions", mentions, rows.mention), ("quotes", quotes, rows.quote),
                               ("figures", figures, rows.figure), ("dates", dates, rows.date_mention)):
        query = (_with_article(select(table), table).where(table.c.article_id.in_(article_ids))
                 .order_by(table.c.article_id, table.c.seq, table.c.pk))
        for row in conn.execute(query).mappings():
            out[row["article_id"]][kind].append(build(row))
    return {a: {k: tuple(v) for k, v in kinds.items()} for a, kinds in out.items()}


def read_articles(conn: Connection, query: Select, with_facts: bool) -> list[Article]:
    found = list(conn.execute(query).mappings())
    ids = [r["id"] for r in found]
    facts = facts_of(conn, ids) if with_facts and found else {}
    story = stories_of(conn, ids)
    return [replace(rows.article(r, facts.get(r["id"])), story=story.get(r["id"])) for r in found]


def stories_of(conn: Connection, article_ids: Sequence[str]) -> dict[str, str]:
    """The story of each of these articles that has one."""
    out: dict[str, str] = {}
    for n in range(0, len(article_ids), 500):
        query = select(stories.c.article_id, stories.c.story_id).where(stories.c.article_id.in_(article_ids[n:n + 500]))
        out.update({a: s for a, s in conn.execute(query)})
    return out


# -- quotes and figures -----------------------------------------------------------------------------


def quote_where(where: QuoteFilter) -> list[ColumnElement[bool]]:
    """``QuoteFilter`` in SQL: each field as ``QuoteFilter.matches`` reads it."""
    out = [*_outlet_is(where.outlet), *_published_in(Window(where.since, where.until))]
    if where.speaker:
        out.append(or_(_contains(quotes.c.speaker_name, where.speaker), _contains(quotes.c.speaker_mention, where.speaker)))
    if where.text:
        out.append(_contains(quotes.c.text, where.text))
    return out


def quote_query(where: QuoteFilter | None = None, limit: int | None = None, offset: int = 0) -> Select:
    query = _with_article(select(quotes, *REF_COLUMNS), quotes).where(*quote_where(where or QuoteFilter()))
    return _limited(query.order_by(quotes.c.pk), limit, offset)


def read_quotes(conn: Connection, query: Select) -> list[StoredQuote]:
    return [StoredQuote(rows.quote(r), rows.article_ref(r)) for r in conn.execute(query).mappings()]


def figure_where(where: FigureFilter) -> list[ColumnElement[bool]]:
    """``FigureFilter`` in SQL: each field as ``FigureFilter.matches`` reads it."""
    out = [*_outlet_is(where.outlet), *_figure_dates(Window(where.since, where.until), where.date_field)]
    if where.country:  # stored upper-case (rows.figure_row), compared as stored: the index serves it
        out.append(figures.c.place_country == where.country.upper())
    if where.term:
        out.append(func.lower(figures.c.term) == where.term.lower())
    if where.category:
        out.append(figures.c.category == where.category.lower())
    if where.event:
        out.append(figures.c.event == where.event)
    if where.speaker:
        out.append(or_(_contains(figures.c.stated_by_name, where.speaker),
                       _contains(figures.c.stated_by_mention, where.speaker)))
    if where.min_value is not None:
        out.append(func.coalesce(figures.c.value, figures.c.low) >= where.min_value)
    return out


# The orders figures can be listed in (``order``: a name, or ``-name`` for descending), besides the default:
# the order they were stored in.
FIGURE_ORDERS: dict[str, Any] = {
    "value": func.coalesce(figures.c.value, figures.c.low), "published": articles.c.published,
    "country": figures.c.place_country, "event": figures.c.event, "category": figures.c.category,
    "outlet": outlets.c.name, "speaker": figures.c.stated_by_name, "title": articles.c.title,
}


def figure_query(where: FigureFilter | None = None, limit: int | None = None, offset: int = 0,
                 order: str | None = None) -> Select:
    """By default in the order the figures were stored (their key, which rises as they are written: an
    article's figures in their order, articles in the order they were stored, then the figures a newer
    extractor version added to an article stored before). That order is the table's own, and the indexes
    on the filters most asked for (country, category, event) keep it within a value: the first page is
    read off an index, not sorted out of every figure the filters keep."""
    query = _with_article(select(figures, *REF_COLUMNS), figures).where(*figure_where(where or FigureFilter()))
    if order:
        key = FIGURE_ORDERS[order.lstrip("-")]
        query = query.order_by(key.desc() if order.startswith("-") else key.asc())
    return _limited(query.order_by(figures.c.pk), limit, offset)


def place_query(country: str | None = None, outlet: str | None = None, window: Window = Window(),
                limit: int | None = None, offset: int = 0) -> Select:
    """Place mentions (resolved or not) with their article, in the order they were stored (their key, as
    figures)."""
    query = _with_article(select(mentions, *REF_COLUMNS), mentions).where(
        mentions.c.type == "place", *_outlet_is(outlet), *_published_in(window))
    if country:
        query = query.where(func.upper(mentions.c.country) == country.upper())
    return _limited(query.order_by(mentions.c.pk), limit, offset)


def read_places(conn: Connection, query: Select) -> list[tuple[ArticleRef, Mention]]:
    return [(rows.article_ref(r), rows.mention(r)) for r in conn.execute(query).mappings()]


def _figure_dates(window: Window, date_field: DateField) -> list[ColumnElement[bool]]:
    if date_field == "published":
        return _published_in(window)
    out = []
    if window.since:
        out.append(figures.c.when_to >= pad_since(window.since))
    if window.until:
        out.append(figures.c.when_from <= pad_until(window.until))
    return out


def read_figures(conn: Connection, query: Select) -> list[StoredFigure]:
    return [StoredFigure(rows.figure(r), rows.article_ref(r)) for r in conn.execute(query).mappings()]


# -- conflicts ---------------------------------------------------------------------------------------


def conflict_where(where: ConflictFilter) -> list[ColumnElement[bool]]:
    """``ConflictFilter`` in SQL: of its kind, with a claim in an article published in its window."""
    out = [conflicts.c.kind == where.kind] if where.kind else []
    dated = _published_in(Window(where.since, where.until))
    if dated:
        inside = (select(claims.c.conflict_id).join(articles, articles.c.id == claims.c.article_id).where(*dated))
        out.append(conflicts.c.id.in_(inside))
    return out


def conflict_query(where: ConflictFilter | None = None, limit: int | None = None, offset: int = 0) -> Select:
    query = select(conflicts).where(*conflict_where(where or ConflictFilter())).order_by(conflicts.c.id)
    return _limited(query, limit, offset)


def read_conflicts(conn: Connection, where: ConflictFilter | None = None, limit: int | None = None,
                   offset: int = 0) -> list[Conflict]:
    """Stored conflicts, oldest first, that ``where`` keeps."""
    query = conflict_query(where, limit, offset)
    found = list(conn.execute(query).mappings())
    if not found:
        return []
    by_conflict: dict[int, list] = {r["id"]: [] for r in found}
    claim_rows = conn.execute(select(claims).where(claims.c.conflict_id.in_(by_conflict))
                              .order_by(claims.c.conflict_id, claims.c.seq)).mappings()
    for r in claim_rows:
        by_conflict[r["conflict_id"]].append(rows.claim(r))
    return [Conflict(about=r["about"], kind=r["kind"], claims=tuple(by_conflict[r["id"]])) for r in found]


def update_query(article_id: str | None = None, window: Window = Window(), limit: int | None = None,
                 offset: int = 0, country: str | None = None) -> Select:
    earlier, later = figure_claims.alias("earlier"), figure_claims.alias("later")
    u = figure_updates.c
    query = (select(u.about, u.how, *_labelled(earlier, "e_"), *_labelled(later, "l_"))
             .join_from(figure_updates, earlier, earlier.c.id == u.earlier_id)
             .join(later, later.c.id == u.later_id).order_by(u.id))
    if article_id is not None:
        query = query.where(or_(earlier.c.article_id == article_id, later.c.article_id == article_id))
    if window.since:
        query = query.where(later.c.published >= pad_since(window.since))
    if window.until:
        query = query.where(later.c.published <= pad_until(window.until))
    if country:
        query = query.where(func.upper(later.c.place_country) == country.upper())
    return _limited(query, limit, offset)


def read_updates(conn: Connection, article_id: str | None = None, window: Window = Window(),
                 limit: int | None = None, offset: int = 0, country: str | None = None) -> list[Update]:
    """Stored updates (figures' histories), oldest first: those of one article's figures when
    ``article_id`` is given; those whose later figure's article was published in ``window``."""
    found = conn.execute(update_query(article_id, window, limit, offset, country)).mappings()
    return [Update(r["about"], rows.claim(_unprefixed(r, "e_")), rows.claim(_unprefixed(r, "l_")), r["how"])
            for r in found]


def _labelled(table: Any, prefix: str) -> list[Any]:
    return [c.label(prefix + c.name) for c in table.c]


def _unprefixed(row: Any, prefix: str) -> dict[str, Any]:
    return {k[len(prefix):]: v for k, v in row.items() if k.startswith(prefix)}


def story(conn: Connection, article_id: str) -> list[str]:
    own = select(stories.c.story_id).where(stories.c.article_id == article_id).scalar_subquery()
    query = (select(stories.c.article_id).join(articles, articles.c.id == stories.c.article_id)
             .where(stories.c.story_id == own).order_by(articles.c.pk))
    return list(conn.execute(query).scalars())


# -- full-text search ----------------------------------------------------------------------------------

WORD = re.compile(r"\w+", re.UNICODE)

SQLITE_ARTICLES = """
SELECT a.id AS article_id, a.title AS title, snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet,
       NULL AS start, NULL AS "end", bm25(articles_fts) AS rank
FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid
WHERE articles_fts MATCH :fts ORDER BY rank LIMIT :limit"""

SQLITE_QUOTES = """
SELECT q.article_id AS article_id, a.title AS title, snippet(quotes_fts, 0, '[', ']', '…', 16) AS snippet,
       q.start AS start, q."end" AS "end", bm25(quotes_fts) AS rank
FROM quotes_fts JOIN quotes q ON q.pk = quotes_fts.rowid JOIN articles a ON a.id = q.article_id
JOIN extractions e ON e.article_id = q.article_id AND e.extractor = q.extractor AND e.current
WHERE quotes_fts MATCH :fts ORDER BY rank LIMIT :limit"""

HEADLINE = "'StartSel=[, StopSel=], MaxWords=30, MinWords=12, ShortWord=2'"
PG_ARTICLES = f"""
SELECT a.id AS article_id, a.title AS title, ts_headline('english', a.text, query, {HEADLINE}) AS snippet,
       NULL AS start, NULL AS "end", -ts_rank({article_tsvector('a')}, query) AS rank
FROM articles a, plainto_tsquery('english', :q) query
WHERE {article_tsvector('a')} @@ query
ORDER BY rank LIMIT :limit"""

PG_QUOTES = f"""
SELECT q.article_id AS article_id, a.title AS title, ts_headline('english', q.text, query, {HEADLINE}) AS snippet,
       q.start AS start, q."end" AS "end", -ts_rank({quote_tsvector('q')}, query) AS rank
FROM quotes q JOIN articles a ON a.id = q.article_id
JOIN extractions e ON e.article_id = q.article_id AND e.extractor = q.extractor AND e.current,
     plainto_tsquery('english', :q) query
WHERE {quote_tsvector('q')} @@ query
ORDER BY rank LIMIT :limit"""


def fts5_query(words: str) -> str:
    """User text as an FTS5 query: every word must occur (each quoted, so no FTS5 syntax gets through)."""
    return " ".join(f'"{w}"' for w in WORD.findall(words))


def search(conn: Connection, words: str, limit: int = 20) -> list[SearchHit]:
    """Articles and quotes matching every word of ``words`` (stemmed), best first."""
    if not WORD.search(words):
        return []
    if conn.dialect.name == "sqlite":
        params: dict[str, Any] = {"fts": fts5_query(words), "limit": limit}
        statements = (("article", SQLITE_ARTICLES), ("quote", SQLITE_QUOTES))
    else:
        params = {"q": words, "limit": limit}
        statements = (("article", PG_ARTICLES), ("quote", PG_QUOTES))
    found = []
    for kind, sql in statements:
        for r in conn.execute(text(sql), params).mappings():
            found.append((r["rank"], SearchHit(kind=kind, article_id=r["article_id"], title=r["title"],
                                               snippet=r["snippet"], start=r["start"], end=r["end"])))
    found.sort(key=lambda pair: pair[0])
    return [hit for _, hit in found[:limit]]
