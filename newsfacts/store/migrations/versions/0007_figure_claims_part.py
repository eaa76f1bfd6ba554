"""Figure claims keep whether a figure is a part of a count or an addition to one (``part``: "an additional
2.8 million" after a count of the same thing, "of those, 11 million"), which ``resolve/sameness.py`` never
compares with a whole. Claims, conflicts, stories and updates are derived from the stored articles and what
they read of a figure changed with this column, so they are emptied: ``open_store`` works them out again for
every stored article (``store.conflicts.catch_up``), in the order the articles were stored.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 02:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DERIVED = ('figure_updates', 'claims', 'conflicts', 'figure_claims', 'story_bands', 'stories')


def _empty_derived() -> None:
    for table in DERIVED:
        op.execute(sa.text(f'DELETE FROM {table}'))


def upgrade() -> None:
    _empty_derived()
    with op.batch_alter_table('figure_claims', schema=None) as batch_op:
        batch_op.add_column(sa.Column('part', sa.Boolean(), nullable=True))


def downgrade() -> None:
    # emptied again: the ledger of 0006 works them out its own way when opened
    _empty_derived()
    with op.batch_alter_table('figure_claims', schema=None) as batch_op:
        batch_op.drop_column('part')
