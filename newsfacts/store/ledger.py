"""``Store``: the ledger's Python API. The CLI and the HTTP API are thin layers over these methods."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError

from ..errors import ConfigurationError, StoreError
from ..filters import ConflictFilter, FigureFilter, QuoteFilter
from ..records import (
    Article,
    ArticleRef,
    Conflict,
    Failure,
    IngestSummary,
    Mention,
    SearchHit,
    StoredFigure,
    StoredQuote,
    Update,
)
from . import queries
from .engine import WRITE, create, migrate, resolve_url, schema_current
from .ingest import Progress
from .ingest import ingest as _ingest
from .queries import Window
from .schema import articles, failures, ingest_runs

log = logging.getLogger(__name__)


class Store:
    """A ledger of articles and their facts in SQLite or PostgreSQL. Make one with ``open_store``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._caught_up = False

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    # -- writing ----------------------------------------------------------------------------------

    def ingest(self, items: Iterable[Article | Failure], source_label: str,
               progress: Progress | None = None) -> IngestSummary:
        """Store articles (each with all its facts, in one transaction) and record failures; articles
        already stored are skipped and counted, so the same input twice adds nothing. ``progress`` is
        called with the running summary after each item."""
        if not self._caught_up:
            _catch_up(self.engine)
            self._caught_up = True
        return _ingest(self.engine, items, source_label, progress)

    # -- reading ----------------------------------------------------------------------------------

    def _read(self, fn: Any, *args: Any) -> Any:
        try:
            with self.engine.connect() as conn:
                return fn(conn, *args)
        except SQLAlchemyError as err:
            raise StoreError(f"cannot read the store at {self.url}: {err}") from err

    def articles(self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
                 text: str | None = None, page_kind: str | None = None, limit: int | None = None,
                 with_facts: bool = False, offset: int = 0, ids: Sequence[str] | None = None) -> list[Article]:
        """Stored articles in the order they were added, filtered by outlet, publication date, full-text
        ``text`` and the kind of page they came from (``page_kind``: article, listing, liveblog, bulletin),
        or those of ``ids``; their facts only when ``with_facts`` (otherwise the fact tuples are empty);
        ``offset`` rows skipped first, for pages of ``limit`` rows."""

        def run(conn: Any) -> list[Article]:
            query = queries.article_query(conn, outlet=outlet, window=Window(since, until), text_query=text,
                                          page_kind=page_kind, limit=limit, offset=offset, ids=ids)
            return queries.read_articles(conn, query, with_facts)

        return self._read(run)

    def count_articles(self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
                       text: str | None = None, page_kind: str | None = None, cap: int | None = None) -> int:
        """How many articles ``articles`` with these filters and no limit gives; with ``cap``, counting stops
        there (``cap`` then means "``cap`` or more")."""

        def run(conn: Any) -> int:
            return queries.count(conn, queries.article_query(conn, outlet=outlet, window=Window(since, until),
                                                             text_query=text, page_kind=page_kind), cap)

        return self._read(run)

    def article(self, article_id: str) -> Article | None:
        """One article with all its current facts and its story, or None."""

        def run(conn: Any) -> Article | None:
            query = queries.article_query(conn).where(articles.c.id == article_id)
            found = queries.read_articles(conn, query, with_facts=True)
            return found[0] if found else None

        return self._read(run)

    def quotes(self, where: QuoteFilter | None = None, *, limit: int | None = None, offset: int = 0,
               **fields: Any) -> list[StoredQuote]:
        """Quotes with their article that ``where`` keeps (a ``QuoteFilter``, or its fields as keywords:
        ``speaker`` and ``text`` match case-insensitive substrings, of the speaker's name or words and of
        the quote; ``outlet``; ``since``/``until`` filter on the publication date), at most ``limit``
        after the first ``offset``."""
        query = queries.quote_query(where or QuoteFilter(**fields), limit, offset)
        return self._read(queries.read_quotes, query)

    def count_facts(self, where: FigureFilter | QuoteFilter, cap: int | None = None) -> int:
        """How many figures (a ``FigureFilter``) or quotes (a ``QuoteFilter``) ``where`` keeps; with ``cap``,
        counting stops there (``cap`` then means "``cap`` or more"): on a large ledger an exact count reads
        every row the filter keeps."""
        query = queries.figure_query(where) if isinstance(where, FigureFilter) else queries.quote_query(where)
        return self._read(queries.count, query, cap)

    def figures(self, where: FigureFilter | None = None, *, limit: int | None = None, offset: int = 0,
                order: str | None = None, **fields: Any) -> list[StoredFigure]:
        """Figures with their article that ``where`` keeps (a ``FigureFilter``, or its fields as keywords:
        ``country`` (ISO3 or a name) is the figure's place; ``term`` and ``category`` match exactly
        (ignoring case); ``speaker`` is a substring of who stated it; ``min_value`` bounds the value (or
        the low bound); ``since``/``until`` filter on the article's publication date, or on the figure's
        own date (``when``) with ``date_field="event"``). ``order`` is one of ``queries.FIGURE_ORDERS``
        (``-name`` descending); by default the order they were stored in (each figure's key: an article's
        figures in their order, articles in the order stored; figures a newer extractor version adds to an
        article stored before come where they were stored)."""
        if order and order.lstrip("-") not in queries.FIGURE_ORDERS:
            raise ConfigurationError(f"unknown order {order!r}; choose from {', '.join(queries.FIGURE_ORDERS)} "
                                     "(-NAME for descending)")
        query = queries.figure_query(where or FigureFilter(**fields), limit, offset, order)
        return self._read(queries.read_figures, query)

    def conflicts(self, where: ConflictFilter | None = None, *, limit: int | None = None, offset: int = 0,
                  **fields: Any) -> list[Conflict]:
        """Disagreements between sources and denials, each with its claims, as kept up to date at ingest
        (``store/conflicts.py``), that ``where`` keeps (a ``ConflictFilter``, or its fields: ``kind``;
        ``since``/``until`` keep conflicts with a claim in an article published in that range)."""
        return self._read(queries.read_conflicts, where or ConflictFilter(**fields), limit, offset)

    def updates(self, *, article_id: str | None = None, since: str | None = None, until: str | None = None,
                limit: int | None = None, offset: int = 0, country: str | None = None) -> list[Update]:
        """Figures' histories as kept at ingest: pairs of figures about one thing, one a later count of the
        other (``resolve.sameness``), oldest first; those of one article's figures with ``article_id``;
        ``since``/``until`` on the publication date of the later figure's article; ``country`` (ISO3) the
        later figure's place."""
        return self._read(queries.read_updates, article_id, queries.Window(since, until), limit, offset, country)

    def places(self, *, country: str | None = None, outlet: str | None = None, since: str | None = None,
               until: str | None = None, limit: int | None = None, offset: int = 0) -> list[tuple[ArticleRef, Mention]]:
        """Place mentions with their article, in the order stored: ``country`` (ISO3) the place resolved to,
        ``outlet`` and ``since``/``until`` (publication date) as for figures."""
        query = queries.place_query(country, outlet, Window(since, until), limit, offset)
        return self._read(queries.read_places, query)

    def count(self, kind: str, where: FigureFilter | QuoteFilter | ConflictFilter | None = None,
              **fields: Any) -> int:
        """How many rows a query of ``kind`` (articles, figures, quotes, places, conflicts, updates) gives with
        the same filters (``where`` for figures, quotes and conflicts; the keywords of the method otherwise),
        for paging through it."""

        if kind == "figures":
            return self.count_facts(where if isinstance(where, FigureFilter) else FigureFilter(**fields))
        if kind == "quotes":
            return self.count_facts(where if isinstance(where, QuoteFilter) else QuoteFilter(**fields))

        def run(conn: Any) -> int:
            window = Window(fields.get("since"), fields.get("until"))
            if kind == "articles":
                query = queries.article_query(conn, outlet=fields.get("outlet"), window=window,
                                              text_query=fields.get("text"), page_kind=fields.get("page_kind"))
            elif kind == "conflicts":
                query = queries.conflict_query(where if isinstance(where, ConflictFilter) else ConflictFilter(**fields))
            elif kind == "places":
                query = queries.place_query(fields.get("country"), fields.get("outlet"), window)
            elif kind == "updates":
                query = queries.update_query(fields.get("article_id"), window, country=fields.get("country"))
            else:
                raise ConfigurationError(f"unknown kind {kind!r} to count")
            return queries.count(conn, query)

        return self._read(run)

    def story(self, article_id: str) -> list[str]:
        """The ids of the articles in this article's story (itself and its near-duplicates: wire copies,
        light edits), in the order they were stored; empty for an article not in the ledger."""
        return self._read(queries.story, article_id)

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over article titles and texts and over quotes; every word must match
        (stemmed: "displaced" finds "displacement"), best hits first."""
        return self._read(queries.search, text, limit)

    def runs(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Ingest runs, newest first, as plain dicts (id, source, started, finished, status, counts)."""
        query = select(ingest_runs).order_by(ingest_runs.c.id.desc()).limit(limit)
        return self._read(lambda conn: [dict(r) for r in conn.execute(query).mappings()])

    def failures(self, run_id: int | None = None) -> list[Failure]:
        """Recorded failures (of one run, or all), oldest first."""
        query = select(failures).order_by(failures.c.id)
        if run_id is not None:
            query = query.where(failures.c.run_id == run_id)
        return self._read(lambda conn: [Failure(r["source"], r["reason"], r["stage"])
                                        for r in conn.execute(query).mappings()])


def open_store(url: str | None = None) -> Store:
    """Open the store at ``url`` (creating it, or migrating it to the latest schema, when it is new or
    older than the code): a SQLite file path, a ``postgresql://`` URL, or any SQLAlchemy URL; by default
    ``NEWSFACTS_DB``, else a SQLite file in the user's data directory (``$XDG_DATA_HOME/newsfacts/newsfacts.db``).

    Opening a store already at the latest schema only reads (its revision, in a read transaction): readers
    never take the write lock, and never wait for a writer. Migrating takes it, waiting for it rather than
    failing (SQLite's busy timeout, PostgreSQL's advisory lock)."""
    engine = create(resolve_url(url))
    try:
        if not schema_current(engine):
            migrate(engine, then=_catch_up_in)
    except BaseException:
        engine.dispose()
        raise
    log.info("store open at %s", engine.url.render_as_string(hide_password=True))
    return Store(engine)


def _catch_up_in(conn: Any) -> int:
    """Stories, claims and conflicts for stored articles that have none (a ledger from before they were
    kept), worked out in the migration's own transaction."""
    from .conflicts import catch_up

    added = catch_up(conn)
    if added:
        log.info("conflicts worked out for %d articles stored before they were kept", added)
    return added


def _catch_up(engine: Engine) -> None:
    """A writer's check before its first ingest: any stored article without a story (a ledger whose
    catch-up never ran) is brought up to date under the write lock; the check itself only reads."""
    from .conflicts import needs_catch_up

    try:
        with engine.connect() as conn:
            needed = needs_catch_up(conn)
        if needed:
            with engine.connect().execution_options(**{WRITE: True}) as conn, conn.begin():
                _catch_up_in(conn)
    except SQLAlchemyError as err:
        raise StoreError(f"cannot bring conflicts up to date in {engine.url}: {err}") from err
