"""What supports each member of a conflict of figures (``claim_support``): a claim that joins a conflict, or
supports a member, is counted once, so keeping a conflict up to date no longer works every member's support
out again over the claims in its reach (a conflict chained over months rebuilt whole at every claim it
gained). The table starts empty: a member kept before it gets its rows the next time a claim supports it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 09:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'claim_support',
        sa.Column('claim_id', sa.Integer(), nullable=False),
        sa.Column('supporter_id', sa.Integer(), nullable=False),
        sa.Column('story_id', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['claim_id'], ['figure_claims.id'], name=op.f('fk_claim_support_claim_id_figure_claims'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['supporter_id'], ['figure_claims.id'],
                                name=op.f('fk_claim_support_supporter_id_figure_claims'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('claim_id', 'supporter_id', name=op.f('pk_claim_support')),
    )
    op.create_index(op.f('ix_claim_support_supporter_id'), 'claim_support', ['supporter_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_claim_support_supporter_id'), table_name='claim_support')
    op.drop_table('claim_support')
