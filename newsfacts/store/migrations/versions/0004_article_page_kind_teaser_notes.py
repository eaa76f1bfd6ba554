"""Article page kind, teaser and notes: Article.page_kind (article, listing, liveblog, bulletin), Article.teaser
(a listing's headline and teaser) and Article.notes (why facts are missing, such as an unsupported language).
Nullable: articles stored before 0004 keep nulls until they are ingested again.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 21:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('page_kind', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('teaser', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('notes', sa.JSON(), nullable=True))
        batch_op.create_index(batch_op.f('ix_articles_page_kind'), ['page_kind'], unique=False)


def downgrade() -> None:
    # Plain DROP COLUMN, not a batch copy (see 0003: other tables' foreign keys point at ``articles``).
    op.drop_index(op.f('ix_articles_page_kind'), table_name='articles')
    op.drop_column('articles', 'notes')
    op.drop_column('articles', 'teaser')
    op.drop_column('articles', 'page_kind')
