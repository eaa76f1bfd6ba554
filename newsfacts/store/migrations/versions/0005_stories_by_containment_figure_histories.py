"""Stories by containment and figures' histories: each story row keeps its article's shingle count and
MinHash signature (copies are confirmed by containment, ``resolve/duplicates.py``); figure claims keep what
``resolve/claims.py`` reads beside the topic (event class topic, group, stock or flow, date, projection, a
count that rose, place stated or inherited, movement ends, the article's named things, paragraph); a new
table ``figure_updates`` keeps figures' histories (one claim a later count of another).

Stories, claims, conflicts and updates are derived from the stored articles, and the topics and bands
change meaning here, so they are emptied: ``open_store`` works them out again for every stored article
(``store.conflicts.catch_up``), in the order the articles were stored.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DERIVED = ('claims', 'conflicts', 'figure_claims', 'story_bands', 'stories')
CLAIM_COLUMNS = (('category', sa.String(length=20)), ('group_name', sa.Text()), ('stock_or_flow', sa.String(length=10)),
                 ('when_value', sa.String(length=40)), ('place_stated', sa.Boolean()), ('route_from', sa.Text()),
                 ('route_to', sa.Text()), ('projection', sa.Boolean()), ('latest', sa.Boolean()),
                 ('rose_from', sa.Boolean()), ('entities', sa.Text()), ('many_stories', sa.Boolean()),
                 ('paragraph', sa.Integer()), ('reported', sa.String(length=10)),
                 ('sentence', sa.Integer()))


def upgrade() -> None:
    for table in DERIVED:
        op.execute(sa.text(f'DELETE FROM {table}'))
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.add_column(sa.Column('size', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('signature', sa.LargeBinary(), nullable=True))
    with op.batch_alter_table('figure_claims', schema=None) as batch_op:
        for name, kind in CLAIM_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
    op.create_table('figure_updates',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('earlier_id', sa.Integer(), nullable=False),
    sa.Column('later_id', sa.Integer(), nullable=False),
    sa.Column('about', sa.Text(), nullable=False),
    sa.Column('how', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['earlier_id'], ['figure_claims.id'], name=op.f('fk_figure_updates_earlier_id_figure_claims'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['later_id'], ['figure_claims.id'], name=op.f('fk_figure_updates_later_id_figure_claims'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_figure_updates'))
    )
    with op.batch_alter_table('figure_updates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_figure_updates_earlier_id'), ['earlier_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_figure_updates_later_id'), ['later_id'], unique=False)


def downgrade() -> None:
    # The derived tables are emptied again: the ledger of 0004 works them out its own way when opened.
    op.drop_table('figure_updates')
    for table in DERIVED:
        op.execute(sa.text(f'DELETE FROM {table}'))
    for name, _ in reversed(CLAIM_COLUMNS):
        op.drop_column('figure_claims', name)
    op.drop_column('stories', 'signature')
    op.drop_column('stories', 'size')
