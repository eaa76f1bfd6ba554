"""Indexes by article on the derived tables: ``figure_claims.article_id`` and ``claims.article_id``. The
conflict finder reads the claims of a story's other copies and of one article by these columns at every
ingest; without an index each such read scanned the whole table, so storing slowed as the ledger grew.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 01:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(op.f('ix_figure_claims_article_id'), 'figure_claims', ['article_id'], unique=False)
    op.create_index(op.f('ix_claims_article_id'), 'claims', ['article_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_claims_article_id'), table_name='claims')
    op.drop_index(op.f('ix_figure_claims_article_id'), table_name='figure_claims')
