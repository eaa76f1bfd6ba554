"""The conflict finder's ledger in SQL: stories, figure claims and conflicts kept up to date one article
at a time, inside the article's own transaction.

The algorithm is ``resolve.finder`` (the same one ``extract`` runs in memory); ``SqlLedger`` is its
``ConflictLedger``: the queries and writes it reads and keeps through. Stories are found through the LSH
bands in ``story_bands`` (on SQLite in the FTS5 table ``story_bands_fts``: ``keep_bands``); claims of a
topic are read by topic and date (``figure_claims`` is indexed by both); statements are the stored quotes. The result is the same as ``resolve.find_conflicts`` over the
articles in ingest order (tests/test_ledger_conflicts.py checks this on the evaluation set), with no pass
over the whole ledger. An undated article's claims are compared with the latest ``POOL_LIMIT`` placed
claims of a topic, and a denial with the latest ``POOL_LIMIT`` quotes in its window, not all of them.
What supports each member of a conflict of figures is kept in ``claim_support`` (a row per supporting
claim, with its story), so a conflict is kept up to date by the rows a new claim adds, not rebuilt.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    and_,
    bindparam,
    column,
    delete,
    false,
    func,
    insert,
    or_,
    select,
    text,
    union_all,
    update,
)

from ..records import Article, Claim, Conflict, Speaker, Update
from ..resolve import finder
from ..resolve.claims import FigureClaim, Place, topic_key
from ..resolve.denials import Statement
from ..resolve.disagreements import about
from ..resolve.duplicates import CANDIDATES, Fingerprint
from . import queries, rows
from .schema import (
    articles,
    band_word,
    claim_support,
    claims,
    conflicts,
    figure_claims,
    figure_updates,
    quotes,
    stories,
    story_bands,
)

POOL_LIMIT = 5000
CLAIMS_KEPT = 20_000  # claims kept built, by their row, in each process (``_claim_of``)
STATEMENTS_KEPT = 20_000  # statements a writer keeps read, by their quote's key (``Memo``)
STORIES_KEPT = 100_000  # stories a writer keeps read, by their article (``Memo``)
WINDOW_CLAIMS_KEPT = 50_000  # claims of one topic's dated window a SQLite writer keeps read (``Memo.windows``)
STATEMENT_CHUNK = 400  # the window's articles whose quotes are read at a time (``statements_near``)
ADVISORY_LOCK = 0x6E657773  # "news": PostgreSQL writers keeping conflicts take turns on this lock
CONFLICT_TAG = "conflicts@3"  # the extractor tag stored conflicts carry

Numbered = list[tuple[int, FigureClaim]]


class Memo:
    """What the articles a writer stores read alike, kept between them.

    The open denials of a window (``SqlLedger.open_denials``; the articles of one day share their window,
    and each read them off every article of the window): a denial kept is added to them and one linked taken
    out (``SqlLedger.add_conflict``, ``link``); forgotten whenever conflicts are dropped (conflicts of
    figures, merged or joined by more members, are no denials and hold none of their claims), when an
    article is rolled back and when a group begins after another writer wrote (``begin``), so what is read
    from it is what the query would give.

    The statements read for denials, by their quote's key (``SqlLedger.statements_near``; the articles of a
    few days share most of their windows' statements), and the stories read (``stories_of``), for the whole
    run: a stored quote is never changed nor deleted, and an article's story is kept once and never changed,
    so a key reads the same while the run lasts (what other writers add since is read when asked for);
    forgotten when an article is rolled back (the keys of its rows are given out again) and when more than
    ``STATEMENTS_KEPT`` or ``STORIES_KEPT`` are kept."""

    def __init__(self) -> None:
        self.open_denials: dict[tuple[str, str], list[tuple[int, Statement]]] = {}
        self.statements: dict[int, Statement] = {}
        self.stories: dict[str, str] = {}
        self.windows: dict[str, Window] = {}
        self.version: tuple[Any, int] | None = None

    def forget(self) -> None:
        """Conflicts were written: the open denials read may have changed."""
        self.open_denials.clear()

    def begin(self, conn: Connection) -> None:
        """A group begins on ``conn``: another writer may have written since the last one. The claims of
        the topics' windows (``windows``, SQLite only) are kept when nothing was committed by another
        connection since the last group began on this one (SQLite's ``data_version``: a claim is never
        changed, only added and, by ``drop_claims``, deleted; this writer's own writes are met as they are
        made), else forgotten; so are the open denials read (kept up to date with this writer's own denials
        and links: ``SqlLedger.add_conflict`` and ``link``)."""
        if conn.dialect.name != "sqlite":
            self.forget()
            self.windows.clear()
            return
        raw = conn.connection.dbapi_connection
        version = (raw, conn.exec_driver_sql("PRAGMA data_version").scalar_one())
        if self.version is None or self.version[0] is not raw or self.version[1] != version[1]:
            self.forget()
            self.windows.clear()
        self.version = version

    def rolled_back(self) -> None:
        """What an article wrote was rolled back: everything read may have come from it."""
        self.open_denials.clear()
        self.statements.clear()
        self.stories.clear()
        self.windows.clear()


class Window:
    """The figure claims of one topic published in [``since``, ``before``), and its undated ones, as a SQLite
    writer read them: every such claim numbered up to ``upto`` is here (those added since are read by their
    numbers), by what ``_alike`` asks of a claim: its group and whether it is a part (projections apart: only a
    query that narrows nothing reads them), then whether it names no place, or its country. A claim is built
    from its row the first time ``near`` gives it (``claim``): a dense window holds thousands of claims of
    groups and countries that no article of a run asks for."""

    def __init__(self, since: str, before: str) -> None:
        self.since, self.before, self.upto, self.size = since, before, 0, 0
        # for the dated claims, then the undated: (group, part) -> country ("" for none) -> [(id, published,
        # place name, precision)], those that name no place under None; and the projections
        self.kinds: tuple[dict, dict] = ({}, {})
        self.projections: tuple[list, list] = ([], [])
        self.rows: dict[int, tuple[tuple[str, ...], tuple]] = {}  # a claim not built yet: its columns and row
        self.built: dict[int, FigureClaim] = {}

    def add(self, names: tuple[str, ...], row: tuple, at: Mapping[str, int]) -> None:
        """A ``figure_claims`` row (its values in the order of ``names``; ``at``: each name's place)."""
        self.size += 1
        claim_id, published, name = row[at["id"]], row[at["published"]], row[at["place_name"]]
        undated = published is None
        kept = (claim_id, published, name, row[at["place_precision"]])
        self.rows[claim_id] = (names, row)
        projection = row[at["projection"]]
        if projection is not None and projection is not False:
            self.projections[undated].append(kept)
            return
        kind = (row[at["group_name"]] or "", row[at["part"]] is True)
        country = None if name is None else (row[at["place_country"]] or "")
        self.kinds[undated].setdefault(kind, {}).setdefault(country, []).append(kept)

    def claim(self, claim_id: int) -> FigureClaim:
        found = self.built.get(claim_id)
        if found is None:
            found = self.built[claim_id] = _claim_of(*self.rows.pop(claim_id))
        return found

    def near(self, since: str, before: str, like: frozenset[finder.Like] | None) -> Numbered:
        """What the queries of ``SqlLedger.claims_near`` read of the topic (``_alike(like)``; None: no narrowing):
        those published in [``since``, ``before``), and the undated ones that name a place (each once)."""
        found = dict.fromkeys(k[0] for k in self._alike(0, like) if since <= k[1] < before)
        found.update(dict.fromkeys(k[0] for k in self._alike(1, like) if k[2] is not None))
        return [(i, self.claim(i)) for i in found]

    def _alike(self, undated: int, like: frozenset[finder.Like] | None) -> list[tuple]:
        kinds = self.kinds[undated]
        found: list[tuple] = []
        if like is None:
            found = list(self.projections[undated])
            for by_country in kinds.values():
                for kept in by_country.values():
                    found += kept
            return found
        for x in like:
            by_country = kinds.get((x.group, x.part), {})
            countries = (None, "", x.country) if x.country else list(by_country)
            for country in dict.fromkeys(countries):
                kept = by_country.get(country, ())
                if country is None or not (x.local and x.name is not None):
                    found += kept
                else:  # in no town or province, or in this one
                    found += [k for k in kept if k[3] is None or k[3] not in finder.LOCAL or k[2] == x.name]
        return found


def add_article(conn: Connection, article: Article, run_id: int | None, memo: Memo | None = None) -> int:
    """Bring the ledger's stories, claims and conflicts up to date with one stored article (its facts
    already written); returns how many conflicts were created or changed. On PostgreSQL concurrent
    writers take turns here (a transaction-scoped advisory lock); SQLite's writers already do. ``memo``
    is kept by the transaction's writer across its articles."""
    take_turn(conn)
    return finder.add_article(SqlLedger(conn, run_id, memo), article)


def forget_article(conn: Connection, article_id: str, run_id: int | None, memo: Memo | None = None) -> None:
    """Take an article's claims and denials out of the ledger (before its facts of a newer extractor
    version go in through ``add_article``); the conflicts they were part of are rebuilt without them."""
    take_turn(conn)
    finder.forget_article(SqlLedger(conn, run_id, memo), article_id)


def take_turn(conn: Connection) -> None:
    """PostgreSQL: wait for the writers' turn, held to the end of the transaction (taken again, a no-op)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK})


def _without_story() -> Select:
    return (select(articles.c.id).outerjoin(stories, stories.c.article_id == articles.c.id)
            .where(stories.c.article_id.is_(None)).order_by(articles.c.pk))


def needs_catch_up(conn: Connection) -> bool:
    """Whether any stored article has no story yet (read only). Asked as fewer stories than articles (a
    story belongs to a stored article: its foreign key, deleted with it), which counts two narrow indexes;
    looking for an article without one went through every article with a lookup each, at every ingest."""
    n_articles = conn.execute(select(func.count()).select_from(articles)).scalar_one()
    return conn.execute(select(func.count()).select_from(stories)).scalar_one() < n_articles


def catch_up(conn: Connection) -> int:
    """Add every stored article that has no story yet (a ledger from before stored conflicts), in the
    order they were stored, and record what supports each member of a conflict of figures kept before
    that was recorded (0009); returns how many articles were added."""
    missing = list(conn.execute(_without_story()).scalars())
    for article_id in missing:
        found = queries.read_articles(conn, queries.article_query(conn).where(articles.c.id == article_id), True)
        add_article(conn, found[0], None)
    s = claim_support.c
    unbacked = select(claims.c.claim_id).where(claims.c.claim_id.is_not(None),
                                               ~select(s.claim_id).where(s.claim_id == claims.c.claim_id).exists())
    finder.back(SqlLedger(conn, None), conn.execute(unbacked).scalars().all())
    return len(missing)


@functools.lru_cache(maxsize=4)
def _copies_query(bands: tuple[int, ...]) -> Select:
    """The latest ``CANDIDATES`` stored articles that share one of these bands' keys (bound as ``h{i}``),
    with their fingerprints and stories: one (band = i AND hash = :h{i}) per band, which PostgreSQL
    answers from the (band, hash) index; built once, so only its parameters change."""
    b = story_bands.c
    found = select(b.article_id).where(or_(*(and_(b.band == i, b.hash == bindparam(f"h{i}")) for i in bands)))
    return _latest(stories.c.article_id.in_(found))


def _latest(sharing: Any) -> Select:
    return (select(stories.c.size, stories.c.signature, stories.c.story_id)
            .join(articles, stories.c.article_id == articles.c.id)
            .where(sharing, stories.c.signature.is_not(None))
            .order_by(articles.c.pk.desc()).limit(CANDIDATES))


# SQLite: the articles whose band words (``story_bands_fts``, migration 0010) hold one of these
_COPIES_SQLITE = _latest(articles.c.pk.in_(
    text("SELECT rowid FROM story_bands_fts WHERE story_bands_fts MATCH :words").columns(column("rowid", Integer))))


def _band_words(hashes: Sequence[tuple[int, int]]) -> str:
    return " ".join(band_word(i, h) for i, h in hashes)


def keep_bands(conn: Connection, keys: Mapping[str, Sequence[tuple[int, int]]]) -> None:
    """Keep these articles' LSH (band, key) pairs (the articles stored already): rows of ``story_bands`` on
    PostgreSQL, one row of ``story_bands_fts`` an article on SQLite (its ``pk``, its keys as words)."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO story_bands_fts (rowid, bands) SELECT pk, :words FROM articles WHERE id = :id"),
                     [{"id": article_id, "words": _band_words(hashes)} for article_id, hashes in keys.items() if hashes])
    else:
        conn.execute(insert(story_bands), [{"article_id": article_id, "band": i, "hash": h}
                                           for article_id, hashes in keys.items() for i, h in hashes])


_LAST_CLAIM = select(func.max(figure_claims.c.id))
# a topic's claims published in [lo, hi): those after ``upto``, and all of those outside [since, before)
_WINDOW_CLAIMS = select(figure_claims).where(
    figure_claims.c.topic == bindparam("key"), figure_claims.c.published >= bindparam("lo"),
    figure_claims.c.published < bindparam("hi"),
    or_(figure_claims.c.id > bindparam("upto"), figure_claims.c.published < bindparam("since"),
        figure_claims.c.published >= bindparam("before")))
_UNDATED_CLAIMS = select(figure_claims).where(figure_claims.c.topic == bindparam("key"),
                                              figure_claims.c.published.is_(None),
                                              figure_claims.c.id > bindparam("upto"))


def _open_denials_query(one: bool) -> Select:
    """Denial conflicts not yet linked to what they deny, whose denial's article was published in [``:since``,
    ``:before``) (of the conflict ``:conflict_id`` alone with ``one``): their denials with their articles'
    dates, in order. Built once (an alias of ``claims`` built anew for each query cost more than the query)."""
    other = claims.alias("other")  # NOT EXISTS by the conflict_id index, not NOT IN over every denied claim
    denied = select(other.c.id).where(other.c.conflict_id == claims.c.conflict_id, other.c.role == "denied")
    just = [conflicts.c.id == bindparam("conflict_id")] if one else []
    return (select(claims, articles.c.published).join(articles, articles.c.id == claims.c.article_id)
            .join(conflicts, conflicts.c.id == claims.c.conflict_id)
            .where(conflicts.c.kind == "denial", claims.c.role == "denial", articles.c.published >= bindparam("since"),
                   articles.c.published < bindparam("before"), ~denied.exists(), *just)
            .order_by(conflicts.c.id))


_OPEN_DENIALS, _OPEN_DENIAL = _open_denials_query(False), _open_denials_query(True)


class SqlLedger:
    """``resolve.finder.ConflictLedger`` over the ledger's tables, on one connection (one transaction);
    conflicts written carry ``run_id``; ``memo`` keeps what the transaction's articles read alike (``Memo``)."""

    def __init__(self, conn: Connection, run_id: int | None, memo: Memo | None = None) -> None:
        self.conn = conn
        self.run_id = run_id
        self.memo = memo if memo is not None else Memo()

    # -- stories ---------------------------------------------------------------------------------------------

    def story(self, article_id: str) -> str | None:
        return self.conn.execute(select(stories.c.story_id).where(stories.c.article_id == article_id)).scalar()

    def copies(self, fp: Fingerprint, hashes: Sequence[tuple[int, int]]) -> Iterator[tuple[Fingerprint, str]]:
        if self.conn.dialect.name == "sqlite":
            words = " OR ".join(f'"{band_word(i, h)}"' for i, h in hashes)
            found = self.conn.execute(_COPIES_SQLITE, {"words": words})
        else:
            found = self.conn.execute(_copies_query(tuple(i for i, _ in hashes)), {f"h{i}": h for i, h in hashes})
        for size, signature, story_id in list(found)[::-1]:
            yield Fingerprint(size, bytes(signature)), story_id

    def add_story(self, article_id: str, story: str, hashes: Sequence[tuple[int, int]], fp: Fingerprint) -> None:
        if hashes:
            keep_bands(self.conn, {article_id: hashes})
        self.conn.execute(insert(stories).values(article_id=article_id, story_id=story, size=fp.size,
                                                 signature=fp.signature if hashes else None))

    def stories_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """Those read before in the run from ``Memo`` (an article's story never changes once kept)."""
        kept = self.memo.stories
        wanted = set(article_ids)
        ids = [a for a in wanted if a not in kept]
        if len(kept) + len(ids) > STORIES_KEPT:
            kept.clear()
            ids = list(wanted)
        for n in range(0, len(ids), 500):
            chunk = ids[n:n + 500]
            query = select(stories.c.article_id, stories.c.story_id).where(stories.c.article_id.in_(chunk))
            kept.update({article_id: story_id for article_id, story_id in self.conn.execute(query)})
        return {a: kept[a] for a in wanted if a in kept}

    # -- figure claims ---------------------------------------------------------------------------------------

    def add_claims(self, found: Sequence[FigureClaim]) -> list[int]:
        query = insert(figure_claims).returning(figure_claims.c.id, sort_by_parameter_order=True)
        return list(self.conn.execute(query, [_claim_row(c) for c in found]).scalars().all())

    def claims(self, ids: Iterable[int]) -> Numbered:
        return self._read_chunked(sorted(set(ids)), lambda chunk: select(figure_claims).where(figure_claims.c.id.in_(chunk)))

    def claims_near(self, key: str, near: finder.Reach) -> Numbered:
        """Those of their own articles, those published in reach, the undated ones that name a place, each
        read by its own index (article; topic and date; topic and no date): asked as one query with OR,
        SQLite took the topic index alone and went through every claim of the topic the ledger holds,
        which grew with it; with an undated claim that names a place, the latest ``POOL_LIMIT`` claims
        that name one, of any date. Of these, those ``finder.likes`` leaves out are not read."""
        c = figure_claims.c
        like = finder.likes(near.near) if near.near else None

        def alike() -> list[Any]:  # built only for a query asked (often none: the window holds them all)
            return [_alike(frozenset(like))] if like is not None else []

        # their own articles' claims by article (the topic kept here, not asked: SQLite would take the
        # topic index for it, as in ``claims_of``); one statement, a part for each index
        kept: Numbered = []
        if near.since is not None and self.conn.dialect.name == "sqlite":
            # the topic's dated window and undated claims from what this writer read before (``_window``);
            # of their own articles, only those not published in the window are asked
            since, before = near.since, near.before
            kept = self._window(key, since, before).near(since, before, frozenset(like) if like is not None else None)
            outside = ({x.article for x in near.near if x.published is None or not since <= x.published < before}
                       if near.near else set(near.articles))
            parts = [select(figure_claims).where(c.article_id.in_(outside), *alike())] if outside else []
        else:
            parts = [select(figure_claims).where(c.article_id.in_(near.articles), *alike())]
            if near.since is not None:
                parts.append(select(figure_claims).where(c.topic == key, c.published >= near.since,
                                                         c.published < near.before, *alike()))
                parts.append(select(figure_claims).where(c.topic == key, c.published.is_(None),
                                                         c.place_name.is_not(None), *alike()))
        if near.placed:  # an undated claim meets dated and undated claims that name a place: the latest
            latest = (select(figure_claims).where(c.topic == key, c.place_name.is_not(None), *alike())
                      .order_by(c.id.desc()).limit(POOL_LIMIT).subquery())
            parts.append(select(latest))
        found = dict(self._read(union_all(*parts) if len(parts) > 1 else parts[0], {key})) if parts else {}
        found.update(kept)
        return sorted(found.items(), key=lambda x: x[0])

    def _window(self, key: str, since: str, before: str) -> Window:
        """The claims of ``key`` published in [``since``, ``before``) and more, and its undated ones
        (``Memo.windows``), read from the ledger only where the writer has not read them before: the days of
        the window it has not read, and in the days it has, the claims numbered after those it read
        (through the topic and date index, whose entries hold the number: only new claims' rows are read).
        A dense window's claims were read again, with their rows, by every article that reached them."""
        window = self.memo.windows.get(key)
        if window is None or not (since < window.before and window.since < before) or window.size > WINDOW_CLAIMS_KEPT:
            window = self.memo.windows[key] = Window(since, before)
        lo, hi = min(since, window.since), max(before, window.before)
        top = self.conn.execute(_LAST_CLAIM).scalar() or 0
        if top <= window.upto and (lo, hi) == (window.since, window.before):
            return window
        found = self.conn.execute(_WINDOW_CLAIMS, {"key": key, "lo": lo, "hi": hi, "upto": window.upto,
                                                   "since": window.since, "before": window.before})
        names = tuple(found.keys())
        at = {name: n for n, name in enumerate(names)}
        for row in map(tuple, found):
            window.add(names, row, at)
        if window.upto < top:
            found = self.conn.execute(_UNDATED_CLAIMS, {"key": key, "upto": window.upto})
            for row in map(tuple, found):
                window.add(names, row, at)
        window.since, window.before, window.upto = lo, hi, top
        return window

    def claim_ids(self, article_id: str) -> set[int]:
        return set(self.conn.execute(select(figure_claims.c.id).where(figure_claims.c.article_id == article_id))
                   .scalars())

    def drop_claims(self, article_id: str) -> None:
        self.memo.windows.clear()  # the windows read may hold them, and their numbers may be given out again
        self.conn.execute(delete(figure_claims).where(figure_claims.c.article_id == article_id))

    def marked_claims(self, article_ids: Iterable[str]) -> Numbered:
        c = figure_claims.c
        return self._read_chunked(list(set(article_ids)), lambda chunk: select(figure_claims).where(
            c.article_id.in_(chunk), or_(c.latest.is_(True), c.rose_from.is_(True))))

    def claims_of(self, article_ids: Iterable[str], keys: Iterable[str]) -> Numbered:
        """Read by article alone (the article_id index: a story's few copies), the topics kept here: with
        ``topic IN`` in the query SQLite, without statistics, took the topic index and read every claim of
        those topics the ledger holds."""
        topics = set(keys)
        ids = list(set(article_ids))
        found: Numbered = []
        for n in range(0, len(ids), 500):
            found += self._read(select(figure_claims).where(figure_claims.c.article_id.in_(ids[n:n + 500])), topics)
        return sorted(found, key=lambda x: x[0])

    def _read_chunked(self, ids: list[Any], query: Any) -> Numbered:
        found: Numbered = []
        for n in range(0, len(ids), 500):
            found += self._read(query(ids[n:n + 500]))
        return sorted(found, key=lambda x: x[0])

    # -- updates ---------------------------------------------------------------------------------------------

    def add_updates(self, found: Sequence[tuple[Update, int, int]]) -> None:
        """One statement for a topic's new updates (each its own was a statement compiled and run a row)."""
        self.conn.execute(insert(figure_updates), [{"earlier_id": earlier, "later_id": later, "about": u.about,
                                                    "how": u.how} for u, earlier, later in found])

    def drop_updates(self, claim_ids: set[int]) -> None:
        if claim_ids:
            u = figure_updates.c
            self.conn.execute(delete(figure_updates).where(or_(u.earlier_id.in_(claim_ids), u.later_id.in_(claim_ids))))

    def _read(self, query: Select, topics: Container[str] | None = None) -> Numbered:
        """The claims ``query`` reads (of ``topics`` only, when given)."""
        result = self.conn.execute(query)
        keys = tuple(result.keys())
        at_id, at_topic = keys.index("id"), keys.index("topic")
        return [(row[at_id], _claim_of(keys, row)) for row in map(tuple, result)
                if topics is None or row[at_topic] in topics]

    # -- conflicts -------------------------------------------------------------------------------------------

    def conflicts_of(self, claim_ids: set[int]) -> dict[int, int]:
        ids = sorted(claim_ids)
        found: dict[int, int] = {}
        for n in range(0, len(ids), 500):
            query = select(claims.c.claim_id, claims.c.conflict_id).where(claims.c.claim_id.in_(ids[n:n + 500]))
            found.update({i: k for i, k in self.conn.execute(query)})
        return found

    def members(self, conflict_id: int) -> set[int]:
        query = select(claims.c.claim_id).where(claims.c.conflict_id == conflict_id, claims.c.claim_id.is_not(None))
        return set(self.conn.execute(query).scalars())

    def drop_conflicts(self, ids: set[int]) -> None:
        self.memo.forget()
        if ids:
            members = select(claims.c.claim_id).where(claims.c.conflict_id.in_(ids), claims.c.claim_id.is_not(None))
            self.conn.execute(delete(claim_support).where(claim_support.c.claim_id.in_(members)))
            self.conn.execute(delete(claims).where(claims.c.conflict_id.in_(ids)))
            self.conn.execute(delete(conflicts).where(conflicts.c.id.in_(ids)))

    def merge_conflicts(self, into: int, others: set[int]) -> None:
        self.conn.execute(update(claims).where(claims.c.conflict_id.in_(others)).values(conflict_id=into))
        self.conn.execute(delete(conflicts).where(conflicts.c.id.in_(others)))

    def add_members(self, conflict_id: int | None, members: Numbered, support: Mapping[int, Mapping[int, str]]) -> int:
        """A figure member's ``seq`` is its claim's number, so one that joins later takes its place in
        the conflict's order without the others being numbered again."""
        if conflict_id is None:
            query = insert(conflicts).values(about="", kind="figure_disagreement", extractor=CONFLICT_TAG,
                                             run_id=self.run_id).returning(conflicts.c.id)
            conflict_id = self.conn.execute(query).scalar_one()
        if members:
            self.conn.execute(insert(claims), [
                _stored_claim(conflict_id, i, replace(c.claim, sources=len(set(support[i].values()))), i)
                for i, c in members])
            self._support([(i, j, story) for i, _ in members for j, story in support[i].items()])
            first = members[0][1]
        else:
            first = self.claims([min(self.members(conflict_id))])[0][1]
        f = figure_claims.c
        names = self.conn.execute(select(f.place_name).distinct().join_from(claims, figure_claims, f.id == claims.c.claim_id)
                                  .where(claims.c.conflict_id == conflict_id, f.place_name.is_not(None))).scalars()
        self.conn.execute(update(conflicts).where(conflicts.c.id == conflict_id)
                          .values(about=about(first, names), run_id=self.run_id))
        return conflict_id

    def add_supporters(self, support: Mapping[int, Mapping[int, str]]) -> set[int]:
        self._support([(i, j, story) for i, more in support.items() for j, story in more.items()])
        return self._recount(set(support))

    def drop_supporters(self, claim_ids: set[int]) -> None:
        if claim_ids:
            s = claim_support.c
            backed = set(self.conn.execute(select(s.claim_id).distinct().where(s.supporter_id.in_(claim_ids))).scalars())
            self.conn.execute(delete(claim_support).where(s.supporter_id.in_(claim_ids)))
            self._recount(backed - claim_ids)

    def _support(self, found: list[tuple[int, int, str]]) -> None:
        if found:
            self.conn.execute(insert(claim_support), [{"claim_id": i, "supporter_id": j, "story_id": story}
                                                      for i, j, story in found])

    def _recount(self, ids: set[int]) -> set[int]:
        """Count again the stories that support these members; returns their conflicts, marked as
        changed by this run."""
        if not ids:
            return set()
        s = claim_support.c
        stories_backing = (select(func.count(s.story_id.distinct())).where(s.claim_id == claims.c.claim_id)
                           .scalar_subquery())
        self.conn.execute(update(claims).where(claims.c.claim_id.in_(ids)).values(sources=stories_backing))
        changed = set(self.conflicts_of(ids).values())
        if changed and self.run_id is not None:
            self.conn.execute(update(conflicts).where(conflicts.c.id.in_(changed)).values(run_id=self.run_id))
        return changed

    def add_conflict(self, conflict: Conflict) -> int:
        """The open denials read before (``Memo``) get this one where it is one of them (read back as they
        were read: its number is the highest yet, so it comes last)."""
        query = insert(conflicts).values(about=conflict.about, kind=conflict.kind, extractor=CONFLICT_TAG,
                                         run_id=self.run_id).returning(conflicts.c.id)
        new_id = self.conn.execute(query).scalar_one()
        self.conn.execute(insert(claims), [_stored_claim(new_id, seq, c, None) for seq, c in enumerate(conflict.claims)])
        for (since, before), window in self.memo.open_denials.items():
            window += self._open_denials(since, before, new_id)
        return new_id

    def denials_of(self, article_id: str) -> set[int]:
        query = select(claims.c.conflict_id).where(claims.c.article_id == article_id, claims.c.role == "denial")
        return set(self.conn.execute(query).scalars())

    # -- statements ------------------------------------------------------------------------------------------

    def keep_statements(self, said: Sequence[Statement]) -> None:
        """Nothing to do: the article's quotes were stored with its facts."""

    def statements_near(self, article_id: str, since: str, before: str) -> list[Statement]:
        """The latest ``POOL_LIMIT``, in ingest order: which ones, from the indexes alone (the window's
        articles by date, the latest first, then their quotes a chunk of articles at a time until there
        are enough: a full window holds five times as many, and sorting them all cost more than reading
        these), then those rows not read before in this run (``Memo``), as plain rows (building every
        quote and article record first cost as much as the query)."""
        p, q = articles.c.published, quotes.c
        window = (select(articles.c.pk).where(articles.c.id != article_id, p >= since, p < before)
                  .order_by(articles.c.pk.desc()))
        latest = queries.quote_query().with_only_columns(q.pk).order_by(None).order_by(articles.c.pk.desc(), q.seq.desc())
        keys: list[int] = []
        pks = self.conn.execute(window).scalars().all()
        for n in range(0, len(pks), STATEMENT_CHUNK):
            keys += self.conn.execute(latest.where(articles.c.pk.in_(pks[n:n + STATEMENT_CHUNK]))).scalars().all()
            if len(keys) >= POOL_LIMIT:
                break
        keys = keys[:POOL_LIMIT]
        said = [q[f"speaker_{f}"] for f in rows.SPEAKER_FIELDS]
        read = (select(q.pk, articles.c.id, p, q.start, q.end, q.text, queries.outlets.c.name, q.cue, *said)
                .join(articles, articles.c.id == q.article_id)
                .outerjoin(queries.outlets, queries.outlets.c.id == articles.c.outlet_id))
        found = self.memo.statements
        if len(found) + len(keys) > STATEMENTS_KEPT:
            found.clear()
        missing = [k for k in keys if k not in found]
        for n in range(0, len(missing), 500):
            for r in self.conn.execute(read.where(q.pk.in_(missing[n:n + 500]))):
                found[r[0]] = Statement(*r[1:6], _speaker(r[8:]), r[6], r[7])
        return [found[k] for k in reversed(keys)]

    def open_denials(self, article_id: str, since: str, before: str) -> list[tuple[int, Statement]]:
        """Read once for a window while nothing is written to conflicts (``Memo``), without this article's
        own, which are left out here."""
        window = self.memo.open_denials.get((since, before))
        if window is None:
            window = self.memo.open_denials[since, before] = self._open_denials(since, before)
        return [(k, s) for k, s in window if s.article != article_id]

    def _open_denials(self, since: str, before: str, conflict_id: int | None = None) -> list[tuple[int, Statement]]:
        """(Of the conflict ``conflict_id`` alone, when given.)"""
        if conflict_id is None:
            found = self.conn.execute(_OPEN_DENIALS, {"since": since, "before": before})
        else:
            found = self.conn.execute(_OPEN_DENIAL, {"since": since, "before": before, "conflict_id": conflict_id})
        return [(r["conflict_id"], Statement(r["article_id"], r["published"], r["start"], r["end"], r["text"] or "",
                                             rows.speaker(r, "stated_by"), r["reported_by"]))
                for r in found.mappings().all()]

    def link(self, conflict_id: int, denied: Claim) -> None:
        """The denial is open no more: out of the open denials read before (``Memo``)."""
        for window in self.memo.open_denials.values():
            window[:] = [(k, s) for k, s in window if k != conflict_id]
        self.conn.execute(insert(claims).values(**_stored_claim(conflict_id, 1, denied, None)))


def _speaker(values: Sequence[Any]) -> Speaker | None:
    """``rows.speaker`` from its columns' values, in ``rows.SPEAKER_FIELDS`` order."""
    if all(v is None for v in values):
        return None
    return Speaker(**dict(zip(rows.SPEAKER_FIELDS, values, strict=True)))


@functools.lru_cache(maxsize=1024)
def _alike(likes: frozenset[finder.Like]) -> Any:
    """Claims that may be about the same thing as a claim of one of these ``Like``s (``finder.likes``):
    what ``sameness.refusal`` checks first (group, part, projection, place), asked in the query so that
    claims every one of them refuses are neither read nor compared. NULL reads as the claim reads it
    (``_figure_claim``): no group, not a part, not a projection, no place (no name), no country. Built
    once for a set of ``Like``s (an article's claims of a topic are often asked about twice)."""
    if not likes:
        return false()
    c = figure_claims.c
    local = sorted(finder.LOCAL)
    each = []
    for x in likes:
        alike = [func.coalesce(c.group_name, "") == x.group,
                 c.part.is_(True) if x.part else or_(c.part.is_(None), c.part.is_(False))]
        same = []  # no place, or one neither in another country nor in another town or province
        if x.country:
            same.append(or_(c.place_country.is_(None), c.place_country == "", c.place_country == x.country))
        if x.local and x.name is not None:
            same.append(or_(c.place_precision.is_(None), c.place_precision.not_in(local), c.place_name == x.name))
        if same:
            alike.append(or_(c.place_name.is_(None), and_(*same)))
        each.append(and_(*alike))
    return and_(or_(c.projection.is_(None), c.projection.is_(False)), or_(*each))


def _claim_row(c: FigureClaim) -> dict[str, Any]:
    place = c.place
    return {"article_id": c.article, "topic": topic_key(c.topic), "published": c.published, "source": c.source,
            "low_bound": c.low, "high_bound": None if math.isinf(c.high) else c.high, "flow": c.flow,
            "place_country": place.country if place else None, "place_name": place.name if place else None,
            "place_precision": place.precision if place else None, "place_stated": place.stated if place else None,
            "value": c.claim.value, "low": c.claim.low, "high": c.claim.high,
            **rows.speaker_columns("stated_by", c.claim.stated_by), "start": c.claim.start, "end": c.claim.end,
            "text": c.claim.text, "reported_by": c.claim.reported_by, "context": " ".join(sorted(c.context)),
            "contrast": c.contrast, "category": c.category, "group_name": c.group, "stock_or_flow": c.stock_or_flow,
            "when_value": c.when, "route_from": c.route[0] if c.route else None, "route_to": c.route[1] if c.route else None,
            "projection": c.projection, "latest": c.latest, "rose_from": c.rose_from, "part": c.part,
            "entities": "|".join(sorted(c.entities)), "many_stories": c.many_stories, "paragraph": c.paragraph,
            "reported": c.reported, "sentence": c.sentence}


@functools.lru_cache(maxsize=CLAIMS_KEPT)
def _claim_of(keys: tuple[str, ...], row: tuple) -> FigureClaim:
    """The claim a ``figure_claims`` row (its values, in the order of ``keys``) reads as, kept for the
    next time the same row is read: a dense window's claims of a topic are read again by every article
    that reaches them, and building each claim cost more than reading its row. Keyed by the whole row, so
    a claim changed or another stored under the same number reads anew."""
    return _figure_claim(dict(zip(keys, row, strict=True)))


def forget_claims() -> None:
    """Empty the claims kept built (``_claim_of``): for benchmarks that store the same articles into copies
    of one ledger, so that each copy reads its claims as a fresh process would."""
    _claim_of.cache_clear()


def _figure_claim(r: Any) -> FigureClaim:
    place = (Place(r["place_country"], r["place_name"], r["place_precision"], bool(r["place_stated"]))
             if r["place_name"] is not None else None)
    route = (r["route_from"] or "", r["route_to"] or "") if r["route_from"] is not None else None
    measure, _, what = r["topic"].partition("|")
    return FigureClaim(r["article_id"], r["published"], r["source"], (measure, what),
                       r["low_bound"], math.inf if r["high_bound"] is None else r["high_bound"], r["flow"],
                       place, rows.claim(r), frozenset(r["context"].split()), r["contrast"],
                       group=r["group_name"] or "", stock_or_flow=r["stock_or_flow"], when=r["when_value"],
                       projection=bool(r["projection"]), latest=bool(r["latest"]), rose_from=bool(r["rose_from"]),
                       part=bool(r["part"]),
                       entities=frozenset(x for x in (r["entities"] or "").split("|") if x),
                       category=r["category"] or "other", route=route, many_stories=bool(r["many_stories"]),
                       paragraph=r["paragraph"] or 0, reported=r["reported"], sentence=r["sentence"] or 0)


def _stored_claim(conflict_id: int, seq: int, c: Claim, claim_id: int | None) -> dict[str, Any]:
    return {"conflict_id": conflict_id, "seq": seq, "article_id": c.article, "value": c.value, "low": c.low,
            "high": c.high, **rows.speaker_columns("stated_by", c.stated_by), "start": c.start, "end": c.end,
            "claim_id": claim_id, "text": c.text, "reported_by": c.reported_by, "sources": c.sources,
            "role": c.role}
