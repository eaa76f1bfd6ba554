"""Writing articles into the store: each article and all its facts whole or not at all, articles committed
in groups.

An article already present (same content-hash id) is skipped when every extractor tag it carries has
been stored before; when it carries a newer extractor's tag, the facts of that version are added beside
the old ones (which stay, no longer ``current``). Stories, claims and conflicts are brought up to date in
the same transaction (``store/conflicts.py``), so an article is never stored without them. A failure
(from reading or from storing one article) is recorded with its reason and the run goes on. The run's
row is written when it starts and completed when it ends, so a run killed half way stays ``running``
with no ``finished`` time; re-running it adds what is missing and nothing twice, because each article
went in whole or not at all.

Articles are committed in groups (``GROUP_ARTICLES`` articles or ``GROUP_SECONDS``, whichever comes
first), each article in a savepoint of its group's transaction: a commit is an fsync (SQLite's
``synchronous=FULL``) and writes every page the transaction changed, and an article's pages are mostly
the same few leaves as its neighbours' (the ends of the tables, the full-text segments), so a commit per
article wrote and synced them again and again (89 pages an article into an empty ledger; 18 in groups). An
article the store refuses rolls back to its savepoint alone and is recorded as a failure in the group; a
crash loses the open group, which the next run stores again. ``progress`` sees each article counted as it
is stored; a group that cannot be committed is taken out of the summary again.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, Engine, Table, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError

from .. import language
from ..errors import StoreError
from ..records import Article, Failure, IngestSummary
from . import conflicts, rows
from .engine import WRITE
from .schema import articles, extractions, failures, ingest_runs, outlets
from .schema import dates as dates_table
from .schema import figures as figures_table
from .schema import mentions as mentions_table
from .schema import quotes as quotes_table

log = logging.getLogger(__name__)

Progress = Callable[[IngestSummary], None]

GROUP_ARTICLES = 50  # articles committed together at most
GROUP_SECONDS = 0.5  # a group open longer is committed after its current article (a writer waits no longer)
HAND_OVER_SECONDS = 0.005  # SQLite: the write lock is left free this long after a commit, so that a writer
# waiting for it (trying every 0.5 to 5 ms: ``engine._begin_immediate``) gets its turn between two groups

# (table, the Article field holding those facts, the function turning one fact into a row)
FACTS = (
    (mentions_table, "mentions", rows.mention_row),
    (quotes_table, "quotes", rows.quote_row),
    (figures_table, "figures", rows.figure_row),
    (dates_table, "dates", rows.date_row),
)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Writer:
    """One ingest run: the engine, the run's id, what it has done so far, and its open group: the
    connection whose transaction holds the articles not yet committed, when it was begun, how many
    articles it holds, and the summary as it was committed last (what a lost group goes back to)."""

    engine: Engine
    run_id: int
    summary: IngestSummary
    outlet_ids: dict[str, int] = field(default_factory=dict)
    conn: Connection | None = None
    opened: float = 0.0
    grouped: int = 0
    committed: IngestSummary | None = None
    memo: conflicts.Memo = field(default_factory=conflicts.Memo)  # what its articles read alike (``conflicts.Memo``)

    def connect(self) -> Connection:
        return self.engine.connect().execution_options(**{WRITE: True})

    def count(self, **added: int) -> None:
        values = {k: getattr(self.summary, k) + v for k, v in added.items()}
        self.summary = replace(self.summary, **values)

    def group(self) -> Connection:
        """The open group's connection, in its transaction; a group is begun when there is none (SQLite:
        the write lock; PostgreSQL: the writers' turn, taken first so that two groups never wait on each
        other's rows)."""
        if self.conn is None:
            conn = self.connect()
            try:
                conn.begin()
                conflicts.take_turn(conn)
            except BaseException:
                conn.close()
                raise
            self.conn, self.opened, self.grouped, self.committed = conn, time.monotonic(), 0, self.summary
            self.memo.begin(conn)  # another writer may have written since the last group
        return self.conn

    def full(self) -> bool:
        return self.grouped >= GROUP_ARTICLES or time.monotonic() - self.opened >= GROUP_SECONDS

    def commit(self) -> None:
        """Commit the open group, if any; a group that cannot be committed is rolled back and its
        articles taken out of the summary."""
        if self.conn is None:
            return
        conn, self.conn = self.conn, None
        try:
            conn.commit()
        except BaseException:
            self.summary = self.committed or self.summary
            raise
        finally:
            conn.close()
        if conn.dialect.name == "sqlite":
            time.sleep(HAND_OVER_SECONDS)

    def abandon(self) -> None:
        """Roll back the open group (the run stops): the summary goes back to what was committed."""
        if self.conn is not None:
            conn, self.conn = self.conn, None
            self.summary = self.committed or self.summary
            conn.close()


def ingest(engine: Engine, items: Iterable[Article | Failure], source_label: str,
           progress: Progress | None = None) -> IngestSummary:
    """Store every article (with its facts) and record every failure; see the module docstring."""
    run_id = start_run(engine, source_label)
    writer = Writer(engine, run_id, IngestSummary(run_id=run_id))
    status = "failed"
    try:
        _store_all(writer, items, progress)
        status = "finished"
    finally:
        finish_run(writer, status)
    writer.summary = replace(writer.summary, finished=True)
    log.info("ingest run %d: %s", writer.run_id, writer.summary)
    return writer.summary


def _store_all(writer: Writer, items: Iterable[Article | Failure], progress: Progress | None) -> None:
    """Each item into the open group, committed when full and at the end. When the store fails the
    open group is lost (rolled back); when the input does (or the run is interrupted), what was stored
    before it is committed, as it would have been one article at a time."""
    try:
        for item in items:
            if isinstance(item, Failure):
                record_failure(writer, item)
            else:
                store_article(writer, item)
            writer.grouped += 1
            if writer.full():
                writer.commit()
            if progress is not None:
                progress(writer.summary)
    except StoreError:
        writer.abandon()
        raise
    except SQLAlchemyError as err:
        writer.abandon()
        raise StoreError(f"cannot store the articles of ingest run {writer.run_id}: {err}") from err
    finally:
        try:
            writer.commit()
        except SQLAlchemyError as err:
            raise StoreError(f"cannot commit the last articles of ingest run {writer.run_id}: {err}") from err


def start_run(engine: Engine, source_label: str) -> int:
    with engine.connect().execution_options(**{WRITE: True}) as conn:
        result = conn.execute(insert(ingest_runs).values(
            source=source_label, started=now(), status="running", articles_added=0, articles_skipped=0,
            articles_updated=0, facts_added=0, failures=0))
        conn.commit()
        return int(result.inserted_primary_key[0])


def finish_run(writer: Writer, status: str) -> None:
    s = writer.summary
    values = {"finished": now(), "status": status, "articles_added": s.articles_added,
              "articles_skipped": s.articles_skipped, "articles_updated": s.articles_updated,
              "facts_added": s.facts_added, "failures": s.failures}
    try:
        with writer.connect() as conn:
            conn.execute(update(ingest_runs).where(ingest_runs.c.id == writer.run_id).values(**values))
            conn.commit()
    except SQLAlchemyError:
        if status == "finished":
            raise
        log.exception("could not mark ingest run %d as %s", writer.run_id, status)


def record_failure(writer: Writer, failure: Failure) -> None:
    """Recorded in the open group (SQLite has one writer at a time: another connection would wait for
    the group's lock)."""
    log.warning("failed: %s: %s", failure.source, failure.reason)
    writer.group().execute(insert(failures).values(run_id=writer.run_id, source=failure.source,
                                                   reason=failure.reason, stage=failure.stage, recorded=now()))
    writer.count(failures=1)


def store_article(writer: Writer, article: Article) -> None:
    """One article and all its facts in a savepoint of the open group. A data error in this article
    alone (text the database refuses) rolls back to the savepoint and becomes a recorded failure; any
    other database error stops the run."""
    new_outlets: dict[str, int] = {}
    conn = writer.group()
    try:
        try:
            with conn.begin_nested():
                outcome, facts = _write(conn, writer, article, new_outlets)
        except BaseException:
            writer.memo.rolled_back()  # it may hold what the rolled back article wrote
            raise
    except (DataError, IntegrityError) as err:
        reason = f"the store refused this article: {err.orig or err}".splitlines()[0]
        record_failure(writer, Failure(_label(article), reason, stage="store"))
        return
    except SQLAlchemyError as err:
        raise StoreError(f"cannot write article {article.id}: {err}") from err
    writer.outlet_ids.update(new_outlets)
    writer.count(**{outcome: 1, "facts_added": facts})
    if not language.supported(article.language):
        _count_unsupported(writer, article.language or "")


def _count_unsupported(writer: Writer, code: str) -> None:
    s = writer.summary
    languages = tuple(sorted({*s.unsupported_languages, code}))
    writer.summary = replace(s, not_extracted=s.not_extracted + 1, unsupported_languages=languages)


def _write(conn: Connection, writer: Writer, article: Article, new_outlets: dict[str, int]) -> tuple[str, int]:
    present = conn.execute(select(articles.c.id).where(articles.c.id == article.id)).first()
    if present is None:
        outlet = _outlet_id(conn, article.source.outlet, writer.outlet_ids, new_outlets)
        row = rows.article_row(article, outlet, writer.run_id, now())
        inserted = conn.execute(_insert_ignore(conn, articles, ("id",)).values(**row).returning(articles.c.pk))
        if inserted.first() is not None:  # else another writer stored it since the check above
            facts = _insert_facts(conn, article, skip=None)
            _set_current(conn, article, writer.run_id, seen=set())
            conflicts.add_article(conn, article, writer.run_id, writer.memo)
            return "articles_added", facts
    return _add_version(conn, writer, article)


def _add_version(conn: Connection, writer: Writer, article: Article) -> tuple[str, int]:
    """An article already stored: add the facts of extractor versions not seen before, if any."""
    seen = set(conn.execute(select(extractions.c.extractor).where(extractions.c.article_id == article.id)).scalars())
    if _tags(article) <= seen:
        return "articles_skipped", 0
    facts = _insert_facts(conn, article, skip=_stored_keys(conn, article.id))
    _set_current(conn, article, writer.run_id, seen)
    conflicts.forget_article(conn, article.id, writer.run_id, writer.memo)
    conflicts.add_article(conn, article, writer.run_id, writer.memo)
    conn.execute(update(articles).where(articles.c.id == article.id).values(extractors=list(article.extractors)))
    log.info("article %s: facts of %s added", article.id, sorted(_tags(article) - seen))
    return "articles_updated", facts


def _insert_facts(conn: Connection, article: Article, skip: dict[str, set] | None) -> int:
    added = 0
    for table, name, to_row in FACTS:
        batch = [to_row(article.id, seq, fact) for seq, fact in enumerate(getattr(article, name))]
        if skip is not None:
            batch = [r for r in batch if _key(r) not in skip[table.name]]
        if batch:
            conn.execute(insert(table), batch)
            added += len(batch)
    return added


def _key(row: dict[str, Any]) -> tuple:
    return row["extractor"], row["start"], row["end"], row["seq"]


def _stored_keys(conn: Connection, article_id: str) -> dict[str, set]:
    out = {}
    for table, _, _ in FACTS:
        c = table.c
        query = select(c.extractor, c.start, c.end, c.seq).where(c.article_id == article_id)
        out[table.name] = {tuple(r) for r in conn.execute(query)}
    return out


def _tags(article: Article) -> set[str]:
    """The extractor tags an article carries: its stages' and each fact's (a fact may name several
    stages, "entities@1+places@1")."""
    tags = set(article.extractors)
    for name in ("mentions", "quotes", "figures", "dates"):
        tags.update(f.extractor for f in getattr(article, name))
    return tags


def _set_current(conn: Connection, article: Article, run_id: int, seen: set[str]) -> None:
    """Mark the article's current tags: those it carries now, and older fact tags all of whose stages
    it still carries. Facts are read back through these (queries join on ``extractions.current``)."""
    tags = _tags(article)
    stages = set(article.extractors) | tags
    still = {t for t in seen if all(part in stages for part in t.split("+"))}
    current = tags | still
    if seen:
        conn.execute(update(extractions).where(extractions.c.article_id == article.id).values(current=False))
        conn.execute(update(extractions).where(extractions.c.article_id == article.id,
                                               extractions.c.extractor.in_(current & seen)).values(current=True))
    fresh = [{"article_id": article.id, "extractor": t, "current": True, "run_id": run_id} for t in current - seen]
    if fresh:
        conn.execute(insert(extractions), fresh)


def _outlet_id(conn: Connection, name: str | None, known: dict[str, int], new: dict[str, int]) -> int | None:
    if not name:
        return None
    if name in known:
        return known[name]
    conn.execute(_insert_ignore(conn, outlets, ("name",)).values(name=name))
    new[name] = conn.execute(select(outlets.c.id).where(outlets.c.name == name)).scalar_one()
    return new[name]


def _insert_ignore(conn: Connection, table: Table, key: tuple[str, ...]) -> Any:
    """INSERT ... ON CONFLICT (key) DO NOTHING, in the connection's dialect."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing(index_elements=list(key))


def _label(article: Article) -> str:
    where = article.source.id or article.source.url or article.source.path or "<text>"
    return f"{where} (article {article.id})"
