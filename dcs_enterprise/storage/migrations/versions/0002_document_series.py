"""document number series

Revision ID: 0002_document_series
Revises: 0001_initial
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401 - AutoString
from alembic import op

revision = '0002_document_series'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('document_series',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('type_code', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('body_symbol', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('type_code', 'body_symbol', 'year')
    )


def downgrade() -> None:
    op.drop_table('document_series')
