"""supervision, petitions register, publication register, search index

Revision ID: 0005_supervision
Revises: 0004_dialogue_bargaining
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401 - AutoString
from alembic import op


revision = '0005_supervision'
down_revision = '0004_dialogue_bargaining'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('media_type', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('added_on', sa.Date(), nullable=False),
    sa.Column('added_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index('ix_attachment_owner', ['owner', 'owner_id'], unique=False)

    op.create_table('publication_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('matter', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('form', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('location', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('published_from', sa.Date(), nullable=True),
    sa.Column('published_until', sa.Date(), nullable=True),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('publication_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_publication_entry_published_from'), ['published_from'], unique=False)

    op.create_table('supervision_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('members', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('notice_sent_on', sa.Date(), nullable=True),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('findings_on', sa.Date(), nullable=True),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('supervision_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supervision_plan_year'), ['year'], unique=False)

    op.create_table('supervision_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('source_label', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('legal_basis', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('recommendation', sa.Text(), nullable=False),
    sa.Column('addressee', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('raised_on', sa.Date(), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('due_rule', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('published_where', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['supervision_plan.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('supervision_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supervision_item_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_item_raised_on'), ['raised_on'], unique=False)
        batch_op.create_index('ix_supervision_item_source', ['source', 'source_id'], unique=False)
        batch_op.create_index('ix_supervision_item_status_due', ['status', 'due_on'], unique=False)
        batch_op.create_index('ix_supervision_item_closed_status', ['closed_on', 'status'], unique=False)

    op.create_table('item_update',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('status_from', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('status_to', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['supervision_item.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('item_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_item_update_item_id'), ['item_id'], unique=False)

    with op.batch_alter_table('petition', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dialogue_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('employee_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('anonymous', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('category', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False, server_default='other'))
        batch_op.add_column(sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('addressee', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False, server_default='open'))
        batch_op.add_column(sa.Column('routed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('due_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('due_rule', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('closed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('closing_note', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('published_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('published_where', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_petition_raised_on'), ['raised_on'], unique=False)
        batch_op.create_index('ix_petition_status_due', ['status', 'due_on'], unique=False)
        batch_op.create_index('ix_petition_closed_status', ['closed_on', 'status'], unique=False)
        batch_op.create_foreign_key('fk_petition_dialogue_id', 'dialogue', ['dialogue_id'], ['id'])
        batch_op.create_foreign_key('fk_petition_employee_id', 'employee', ['employee_id'], ['id'])

    # Petitions recorded before the register: answered ones are answered, the others open.
    op.execute("UPDATE petition SET status = 'answered' WHERE answered_on IS NOT NULL")
    # The employee view's full-text search: folded text (no diacritics, đ→d) of each published
    # record, kept by the services that publish (services/search_index.py).
    op.execute("CREATE VIRTUAL TABLE published_fts USING fts5(kind UNINDEXED, record_id UNINDEXED, "
               "body, tokenize = 'unicode61 remove_diacritics 2')")



def downgrade() -> None:
    op.execute("DROP TABLE published_fts")
    with op.batch_alter_table('petition', schema=None) as batch_op:
        batch_op.drop_constraint('fk_petition_employee_id', type_='foreignkey')
        batch_op.drop_constraint('fk_petition_dialogue_id', type_='foreignkey')
        batch_op.drop_index('ix_petition_closed_status')
        batch_op.drop_index('ix_petition_status_due')
        batch_op.drop_index(batch_op.f('ix_petition_raised_on'))
        batch_op.drop_column('published_where')
        batch_op.drop_column('published_on')
        batch_op.drop_column('closing_note')
        batch_op.drop_column('closed_on')
        batch_op.drop_column('due_rule')
        batch_op.drop_column('due_on')
        batch_op.drop_column('routed_on')
        batch_op.drop_column('status')
        batch_op.drop_column('addressee')
        batch_op.drop_column('subject')
        batch_op.drop_column('category')
        batch_op.drop_column('anonymous')
        batch_op.drop_column('employee_id')
        batch_op.drop_column('dialogue_id')

    with op.batch_alter_table('item_update', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_item_update_item_id'))

    op.drop_table('item_update')
    with op.batch_alter_table('supervision_item', schema=None) as batch_op:
        batch_op.drop_index('ix_supervision_item_closed_status')
        batch_op.drop_index('ix_supervision_item_status_due')
        batch_op.drop_index('ix_supervision_item_source')
        batch_op.drop_index(batch_op.f('ix_supervision_item_raised_on'))
        batch_op.drop_index(batch_op.f('ix_supervision_item_plan_id'))

    op.drop_table('supervision_item')
    with op.batch_alter_table('supervision_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supervision_plan_year'))

    op.drop_table('supervision_plan')
    with op.batch_alter_table('publication_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_publication_entry_published_from'))

    op.drop_table('publication_entry')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index('ix_attachment_owner')

    op.drop_table('attachment')
