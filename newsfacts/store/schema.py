"""The ledger's tables, declared once with SQLAlchemy Core; identical on SQLite and PostgreSQL.

::

    outlets          one row per outlet name ("example.org")
    articles         one row per article; ``id`` is the record's content hash (unique), ``pk`` a surrogate
                     integer key that the SQLite full-text index points at
    extractions      which extractor tags (name@version) ran on an article; ``current`` marks the latest
    mentions         \\
    quotes            |  facts: each keeps ``article_id``, ``start``/``end`` into the article text,
    figures           |  ``extractor`` (name@version) and ``seq`` (its place in the article's list);
    dates            /   unique over (article_id, extractor, start, end, seq)
    stories          each article's story: the first earlier article it copies, else itself; with the
                     shingle count and MinHash signature that find its copies (``resolve/duplicates.py``)
    story_bands      MinHash LSH band keys by which a new article finds its possible copies (PostgreSQL;
                     on SQLite they are kept in ``story_bands_fts``: see ``band_word``)
    figure_claims    every comparable figure as a claim (``resolve/claims.py``), indexed by topic and date
    figure_updates   figures' histories: pairs of claims about one thing, one a later count of the other
    claim_support    what supports each member of a conflict of figures (itself among them), with its story
    conflicts, claims  disagreements and denials with their claims, kept up to date at ingest
                     (``store/conflicts.py``); ``claims.claim_id`` points at the figure claim
    ingest_runs      one row per ``Store.ingest`` call: when, what, counts, status
    failures         the items a run could not read or store, with the reason

A newer extractor adds rows under its own tag; older rows stay and are no longer ``current``. Full-text
search is dialect-specific DDL created by the migration (FTS5 tables on SQLite, GIN expression indexes
on PostgreSQL): see ``FTS_SQLITE`` and ``FTS_POSTGRESQL``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

ARTICLE_ID = String(64)
TAG = String(200)


def _article_ref() -> Column:
    return Column("article_id", ARTICLE_ID, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)


def _fact_columns() -> list[Column]:
    """What every fact row keeps: its article, where it sits, and which extractor found it."""
    return [
        Column("pk", Integer, primary_key=True, autoincrement=True),
        _article_ref(),
        Column("extractor", TAG, nullable=False),
        Column("seq", Integer, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
    ]


def _fact_key(table: str) -> UniqueConstraint:
    return UniqueConstraint("article_id", "extractor", "start", "end", "seq", name=f"uq_{table}_fact")


def _speaker_columns(prefix: str) -> list[Column]:
    return [
        Column(f"{prefix}_name", Text),
        Column(f"{prefix}_mention", Text),
        Column(f"{prefix}_role", Text),
        Column(f"{prefix}_type", String(20)),
        Column(f"{prefix}_start", Integer),
        Column(f"{prefix}_end", Integer),
    ]


def _place_columns(prefix: str) -> list[Column]:
    return [
        Column(f"{prefix}_text", Text),
        Column(f"{prefix}_type", String(20)),
        Column(f"{prefix}_canonical", Text),
        Column(f"{prefix}_start", Integer),
        Column(f"{prefix}_end", Integer),
        Column(f"{prefix}_country", String(3)),
        Column(f"{prefix}_geonames_id", Integer),
        Column(f"{prefix}_lat", Float),
        Column(f"{prefix}_lon", Float),
        Column(f"{prefix}_precision", String(20)),
        Column(f"{prefix}_match", String(20)),
        Column(f"{prefix}_actor", Boolean),
        Column(f"{prefix}_extractor", TAG),
    ]


outlets = Table(
    "outlets", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False, unique=True),
)

articles = Table(
    "articles", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", ARTICLE_ID, nullable=False, unique=True),
    Column("outlet_id", Integer, ForeignKey("outlets.id"), index=True),
    Column("source_path", Text),
    Column("source_url", Text),
    Column("source_id", Text),
    Column("source_kind", String(20), nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("published", String(40), index=True),
    Column("dateline_text", Text),
    Column("dateline_place", Text),
    Column("dateline_start", Integer),
    Column("dateline_end", Integer),
    Column("bullets", JSON, nullable=False),
    Column("truncated", Boolean, nullable=False),
    Column("language", String(20)),
    Column("text", Text, nullable=False),
    Column("extractors", JSON, nullable=False),
    Column("flags", JSON),  # what was wrong with the input and repaired (Article.flags); null in ledgers before 0003
    Column("page_kind", String(20), index=True),  # Article.page_kind; null in ledgers before 0004
    Column("teaser", Boolean),  # null in ledgers before 0004
    Column("notes", JSON),  # Article.notes; null in ledgers before 0004
    Column("run_id", Integer, ForeignKey("ingest_runs.id")),
    Column("added", DateTime(timezone=True), nullable=False),
)

extractions = Table(
    "extractions", metadata,
    Column("article_id", ARTICLE_ID, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("extractor", TAG, primary_key=True),
    Column("current", Boolean, nullable=False),
    Column("run_id", Integer, ForeignKey("ingest_runs.id")),
)

mentions = Table(
    "mentions", metadata,
    *_fact_columns(),
    Column("text", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("canonical", Text, nullable=False),
    Column("country", String(3), index=True),
    Column("geonames_id", Integer),
    Column("lat", Float),
    Column("lon", Float),
    Column("precision", String(20)),
    Column("match", String(20)),
    Column("actor", Boolean, nullable=False),
    _fact_key("mentions"),
)

quotes = Table(
    "quotes", metadata,
    *_fact_columns(),
    Column("text", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("cue", Text),
    *_speaker_columns("speaker"),
    _fact_key("quotes"),
)

figures = Table(
    "figures", metadata,
    *_fact_columns(),
    Column("text", Text, nullable=False),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("approx", String(20), nullable=False),
    Column("unit", Text),
    Column("counted", Text),
    Column("term", Text, index=True),
    Column("event", String(40)),
    Column("category", String(40), nullable=False),
    Column("stock_or_flow", String(20)),
    Column("change", String(20)),
    Column("reported_by", Text),
    Column("flags", JSON, nullable=False),
    Column("alternatives", JSON, nullable=False),
    *_place_columns("place"),
    Column("place_source", String(20)),
    *_place_columns("origin"),
    *_place_columns("destination"),
    Column("when_text", Text),
    Column("when_value", String(40)),
    Column("when_precision", String(20)),
    Column("when_start", Integer),
    Column("when_end", Integer),
    Column("when_extractor", TAG),
    Column("when_from", String(10), index=True),  # when_value as the first and last day it can mean,
    Column("when_to", String(10), index=True),    # so event-date filters compare plain ISO strings
    *_speaker_columns("stated_by"),
    _fact_key("figures"),
)
# 0008: the filters most asked for, each with the key after it, so that a page in the order figures were
# stored is read off the index (SQLite appends the key to every index; PostgreSQL needs it named)
Index("ix_figures_place_country_pk", figures.c.place_country, figures.c.pk)
Index("ix_figures_category_pk", figures.c.category, figures.c.pk)
Index("ix_figures_event_pk", figures.c.event, figures.c.pk)

dates = Table(
    "dates", metadata,
    *_fact_columns(),
    Column("text", Text, nullable=False),
    Column("value", String(40)),
    Column("precision", String(20)),
    _fact_key("dates"),
)

stories = Table(
    "stories", metadata,
    Column("article_id", ARTICLE_ID, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", ARTICLE_ID, nullable=False, index=True),
    Column("size", Integer),  # its number of word shingles (resolve/duplicates.py)
    Column("signature", LargeBinary),  # their MinHash signature: 128 unsigned 32-bit values
)

story_bands = Table(
    "story_bands", metadata,
    Column("article_id", ARTICLE_ID, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("band", Integer, primary_key=True, autoincrement=False),
    Column("hash", BigInteger, nullable=False),
    Index("ix_story_bands_band_hash", "band", "hash"),
)

figure_claims = Table(
    "figure_claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_ref(),
    Column("topic", Text, nullable=False),
    Column("published", String(40)),
    Column("source", Text, nullable=False),
    Column("low_bound", Float, nullable=False),  # the interval the figure allows; NULL high: no upper bound
    Column("high_bound", Float),
    Column("flow", Boolean, nullable=False),
    Column("place_country", String(3)),
    Column("place_name", Text),
    Column("place_precision", String(20)),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    *_speaker_columns("stated_by"),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text),
    Column("reported_by", Text),
    Column("context", Text, nullable=False),  # the content words of its sentence, space-separated
    Column("contrast", Boolean, nullable=False),
    # what resolve/claims.py reads of the figure beside its topic (0005)
    Column("category", String(20)),
    Column("group_name", Text),
    Column("stock_or_flow", String(10)),
    Column("when_value", String(40)),
    Column("place_stated", Boolean),
    Column("route_from", Text),
    Column("route_to", Text),
    Column("projection", Boolean),
    Column("latest", Boolean),
    Column("rose_from", Boolean),
    Column("part", Boolean),  # 0007: a part of a count or an addition to one
    Column("entities", Text),  # its article's named things, "|"-separated
    Column("many_stories", Boolean),
    Column("paragraph", Integer),
    Column("reported", String(10)),  # the latest day its article names
    Column("sentence", Integer),  # where its sentence starts
    Index("ix_figure_claims_topic_published", "topic", "published"),
    Index("ix_figure_claims_article_id", "article_id"),  # 0006: a story's claims, read at every ingest
)

claim_support = Table(  # 0009: what supports each member of a conflict of figures, so a new claim's
    # support is added to a member's count without counting it again over every claim in its reach
    "claim_support", metadata,
    Column("claim_id", Integer, ForeignKey("figure_claims.id", ondelete="CASCADE"), primary_key=True),
    Column("supporter_id", Integer, ForeignKey("figure_claims.id", ondelete="CASCADE"), primary_key=True,
           index=True),
    Column("story_id", ARTICLE_ID, nullable=False),  # the supporter's story: a member's sources count these
)
figure_updates = Table(
    "figure_updates", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("earlier_id", Integer, ForeignKey("figure_claims.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("later_id", Integer, ForeignKey("figure_claims.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("about", Text, nullable=False),
    Column("how", String(20), nullable=False),
)

conflicts = Table(
    "conflicts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("about", Text, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("extractor", TAG, nullable=False),
    Column("run_id", Integer, ForeignKey("ingest_runs.id")),
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("conflict_id", Integer, ForeignKey("conflicts.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    _article_ref(),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    *_speaker_columns("stated_by"),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("claim_id", Integer, index=True),  # figure_claims.id, for figure claims
    Column("text", Text),
    Column("reported_by", Text),
    Column("sources", Integer, nullable=False, server_default="1"),
    Column("role", String(20)),
    Index("ix_claims_article_id", "article_id"),  # 0006
)

ingest_runs = Table(
    "ingest_runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("started", DateTime(timezone=True), nullable=False),
    Column("finished", DateTime(timezone=True)),
    Column("status", String(20), nullable=False),  # running, finished, failed; "running" after a crash
    Column("articles_added", Integer, nullable=False, default=0),
    Column("articles_skipped", Integer, nullable=False, default=0),
    Column("articles_updated", Integer, nullable=False, default=0),
    Column("facts_added", Integer, nullable=False, default=0),
    Column("failures", Integer, nullable=False, default=0),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("ingest_runs.id"), nullable=False, index=True),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("stage", String(40), nullable=False),
    Column("recorded", DateTime(timezone=True), nullable=False),
)

FACT_TABLES = {"mentions": mentions, "quotes": quotes, "figures": figures, "dates": dates}

# Full-text search, created by the migration (0001): on SQLite FTS5 tables ``articles_fts`` (title, text)
# and ``quotes_fts`` (text) whose content is the articles and quotes tables themselves (no second copy of
# the text), kept in sync by triggers; on PostgreSQL GIN indexes over these tsvector expressions, which
# queries.py searches with (an expression index is used only by the same expression).
def article_tsvector(alias: str = "articles") -> str:
    return f"to_tsvector('english', coalesce({alias}.title, '') || ' ' || {alias}.text)"


def quote_tsvector(alias: str = "quotes") -> str:
    return f"to_tsvector('english', {alias}.text)"


# The LSH band keys on SQLite (0010): an FTS5 table ``story_bands_fts`` whose rowid is the article's ``pk``
# and whose one column holds its band keys as words (``band_word``), instead of the rows of ``story_bands``
# (kept empty there). FTS5 keeps its index as sorted segments written whole and merged as they add up, so an
# article's 64 random keys are written with the others of its transaction into one small segment; in a
# (band, hash) b-tree each landed on a leaf page of its own, and every commit wrote, synced and checkpointed
# those pages (74 of the 137 an article wrote into a 100,000-article ledger). Triggers take an article's
# keys out with its story or the article (the migration, 0010, creates them). PostgreSQL keeps ``story_bands``.
def band_word(band: int, key: int) -> str:
    """A band key as one FTS5 word: the 63-bit key then the band, in hex (``printf('%016x%02x')`` in SQL)."""
    return f"{key:016x}{band:02x}"


FTS_OBJECT_PREFIXES = ("articles_fts", "quotes_fts", "ix_articles_fts", "ix_quotes_fts", "story_bands_fts")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic's filter for schema comparisons: the full-text objects (FTS5 tables and their shadow
    tables, GIN indexes) are created by hand in the migration and are not in ``metadata``."""
    return not (name and name.startswith(FTS_OBJECT_PREFIXES))
