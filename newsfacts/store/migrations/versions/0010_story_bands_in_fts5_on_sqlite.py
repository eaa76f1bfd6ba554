"""SQLite keeps the LSH band keys in an FTS5 table, ``story_bands_fts`` (rowid: the article's ``pk``; one
column: its band keys as words, ``schema.band_word``), instead of the rows of ``story_bands`` and their
(band, hash) index: FTS5 writes an article's keys with the others of its transaction into one small sorted
segment and merges segments as they add up, where the index put each of the 64 random keys on a leaf page
of its own (74 of the 137 pages an article's commit wrote into a 100,000-article ledger). The rows kept so
far move into it and ``story_bands`` is left empty there; triggers take an article's keys out with its
story or the article. PostgreSQL is unchanged.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-09 14:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BANDS_SQLITE = (
    "CREATE VIRTUAL TABLE story_bands_fts USING fts5(bands, detail=none, columnsize=0)",
    "CREATE TRIGGER story_bands_fts_story AFTER DELETE ON stories BEGIN "
    "DELETE FROM story_bands_fts WHERE rowid = (SELECT pk FROM articles WHERE id = old.article_id); END",
    "CREATE TRIGGER story_bands_fts_article AFTER DELETE ON articles BEGIN "
    "DELETE FROM story_bands_fts WHERE rowid = old.pk; END",
)
BANDS_SQLITE_DROP = ("DROP TRIGGER IF EXISTS story_bands_fts_article", "DROP TRIGGER IF EXISTS story_bands_fts_story",
                     "DROP TABLE IF EXISTS story_bands_fts")
# an article's rows as its words, as ``schema.band_word`` writes them
MOVE_IN = ("INSERT INTO story_bands_fts (rowid, bands) "
           "SELECT a.pk, group_concat(printf('%016x%02x', b.hash, b.band), ' ') "
           "FROM story_bands b JOIN articles a ON a.id = b.article_id GROUP BY b.article_id")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in BANDS_SQLITE:
        op.execute(statement)
    op.execute(MOVE_IN)
    op.execute("INSERT INTO story_bands_fts (story_bands_fts) VALUES ('optimize')")  # one segment
    op.execute("DELETE FROM story_bands")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    found = conn.execute(text("SELECT a.id, f.bands FROM story_bands_fts f JOIN articles a ON a.pk = f.rowid"))
    rows = [{"article_id": article_id, "band": int(word[16:], 16), "hash": int(word[:16], 16)}
            for article_id, words in found for word in words.split()]
    if rows:
        conn.execute(text("INSERT INTO story_bands (article_id, band, hash) VALUES (:article_id, :band, :hash)"), rows)
    for statement in BANDS_SQLITE_DROP:
        op.execute(statement)
