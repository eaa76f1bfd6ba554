"""Figures by country, category and event in the order they were stored: each of these indexes ends with the
figure's key, so that the first page of a filtered list (``newsfacts figures --db --country SDN``, the HTTP
API) is read off the index in order, not sorted out of every figure the filter keeps. They replace the
single-column indexes on the same columns (a query on the column alone uses the new one as well). Country
codes are made upper-case, as they are now written, so the filter compares them as stored.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 06:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(sa.text("UPDATE figures SET place_country = upper(place_country) "
                       "WHERE place_country IS NOT NULL AND place_country <> upper(place_country)"))
    op.drop_index(op.f('ix_figures_place_country'), table_name='figures')
    op.drop_index(op.f('ix_figures_category'), table_name='figures')
    op.drop_index(op.f('ix_figures_event'), table_name='figures')
    op.create_index('ix_figures_place_country_pk', 'figures', ['place_country', 'pk'], unique=False)
    op.create_index('ix_figures_category_pk', 'figures', ['category', 'pk'], unique=False)
    op.create_index('ix_figures_event_pk', 'figures', ['event', 'pk'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_figures_event_pk', table_name='figures')
    op.drop_index('ix_figures_category_pk', table_name='figures')
    op.drop_index('ix_figures_place_country_pk', table_name='figures')
    op.create_index(op.f('ix_figures_event'), 'figures', ['event'], unique=False)
    op.create_index(op.f('ix_figures_category'), 'figures', ['category'], unique=False)
    op.create_index(op.f('ix_figures_place_country'), 'figures', ['place_country'], unique=False)
