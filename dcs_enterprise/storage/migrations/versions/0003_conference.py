"""workers conference

Revision ID: 0003_conference
Revises: 0002_document_series
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401 - AutoString
from alembic import op


revision = '0003_conference'
down_revision = '0002_document_series'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('conference',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('form', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('stage', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('headcount', sa.Integer(), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('start_time', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('budget', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('responsibilities', sa.Text(), nullable=False),
    sa.Column('employer_approved_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('employer_approved_on', sa.Date(), nullable=True),
    sa.Column('union_approved_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('union_approved_on', sa.Date(), nullable=True),
    sa.Column('invitations_sent_on', sa.Date(), nullable=True),
    sa.Column('opened_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('guests', sa.Text(), nullable=False),
    sa.Column('minutes_opening', sa.Text(), nullable=False),
    sa.Column('minutes_closing', sa.Text(), nullable=False),
    sa.Column('published_form', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('published_place', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('published_from', sa.Date(), nullable=True),
    sa.Column('published_until', sa.Date(), nullable=True),
    sa.Column('published_evidence', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('year')
    )
    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('presenter', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('starts_at', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_conference_id'), ['conference_id'], unique=False)

    op.create_table('conference_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('issued_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('supersedes_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], ),
    sa.ForeignKeyConstraint(['supersedes_id'], ['conference_document.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('conference_id', 'kind', 'version')
    )
    with op.batch_alter_table('conference_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conference_document_conference_id'), ['conference_id'], unique=False)

    op.create_table('conference_officer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('conference_officer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conference_officer_conference_id'), ['conference_id'], unique=False)

    op.create_table('conference_seat',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('headcount', sa.Integer(), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], ),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('conference_id', 'department_id')
    )
    with op.batch_alter_table('conference_seat', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conference_seat_conference_id'), ['conference_id'], unique=False)

    op.create_table('conference_task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('conference_task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conference_task_conference_id'), ['conference_id'], unique=False)

    op.create_table('conference_vote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('adopts_resolution', sa.Boolean(), nullable=False),
    sa.Column('in_favour', sa.Integer(), nullable=False),
    sa.Column('against', sa.Integer(), nullable=False),
    sa.Column('abstained', sa.Integer(), nullable=False),
    sa.Column('present', sa.Integer(), nullable=False),
    sa.Column('threshold_percent', sa.Integer(), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('conference_vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conference_vote_conference_id'), ['conference_id'], unique=False)

    op.create_table('department_meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('workers', sa.Integer(), nullable=False),
    sa.Column('present', sa.Integer(), nullable=False),
    sa.Column('method', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('chair', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('secretary', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('discussion', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], ),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('conference_id', 'department_id')
    )
    with op.batch_alter_table('department_meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_department_meeting_conference_id'), ['conference_id'], unique=False)

    op.create_table('resolution_article',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('conference_id', 'version', 'number')
    )
    with op.batch_alter_table('resolution_article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resolution_article_conference_id'), ['conference_id'], unique=False)

    op.create_table('commitment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('updated_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['resolution_article.id'], ),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('article_id')
    )
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_conference_id'), ['conference_id'], unique=False)

    op.create_table('delegate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('invitation_code', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(), nullable=True),
    sa.Column('absence_reason', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], ),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('conference_id', 'employee_id'),
    sa.UniqueConstraint('invitation_code')
    )
    with op.batch_alter_table('delegate', schema=None) as batch_op:
        batch_op.create_index('ix_delegate_conference_checked', ['conference_id', 'checked_in_at'], unique=False)

    op.create_table('delegate_candidate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('present', sa.Integer(), nullable=False),
    sa.Column('votes', sa.Integer(), nullable=False),
    sa.Column('elected', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['department_meeting.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('delegate_candidate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delegate_candidate_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('petition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conference_id', sa.Integer(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('raised_on', sa.Date(), nullable=False),
    sa.Column('raised_by', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('answered_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['department_meeting.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('petition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_petition_conference_id'), ['conference_id'], unique=False)

    op.create_table('commitment_update',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('commitment_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_update_commitment_id'), ['commitment_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('commitment_update', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitment_update_commitment_id'))

    op.drop_table('commitment_update')
    with op.batch_alter_table('petition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_petition_conference_id'))

    op.drop_table('petition')
    with op.batch_alter_table('delegate_candidate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delegate_candidate_meeting_id'))

    op.drop_table('delegate_candidate')
    with op.batch_alter_table('delegate', schema=None) as batch_op:
        batch_op.drop_index('ix_delegate_conference_checked')

    op.drop_table('delegate')
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitment_conference_id'))

    op.drop_table('commitment')
    with op.batch_alter_table('resolution_article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resolution_article_conference_id'))

    op.drop_table('resolution_article')
    with op.batch_alter_table('department_meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_department_meeting_conference_id'))

    op.drop_table('department_meeting')
    with op.batch_alter_table('conference_vote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conference_vote_conference_id'))

    op.drop_table('conference_vote')
    with op.batch_alter_table('conference_task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conference_task_conference_id'))

    op.drop_table('conference_task')
    with op.batch_alter_table('conference_seat', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conference_seat_conference_id'))

    op.drop_table('conference_seat')
    with op.batch_alter_table('conference_officer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conference_officer_conference_id'))

    op.drop_table('conference_officer')
    with op.batch_alter_table('conference_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conference_document_conference_id'))

    op.drop_table('conference_document')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_conference_id'))

    op.drop_table('agenda_item')
    op.drop_table('conference')
