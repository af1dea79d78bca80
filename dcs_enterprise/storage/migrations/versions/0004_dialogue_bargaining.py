"""dialogue and bargaining

Revision ID: 0004_dialogue_bargaining
Revises: 0003_conference
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401 - AutoString
from alembic import op


revision = '0004_dialogue_bargaining'
down_revision = '0003_conference'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.create_index('ix_employee_status_hired', ['status', 'hire_date'], unique=False)

    op.create_table('bargaining_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('stage', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('requested_by', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('requester_name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('topics', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('request_content', sa.Text(), nullable=False),
    sa.Column('arranged_on', sa.Date(), nullable=True),
    sa.Column('agreed_start_on', sa.Date(), nullable=True),
    sa.Column('agreed_place', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('information_requested_on', sa.Date(), nullable=True),
    sa.Column('information_supplied_on', sa.Date(), nullable=True),
    sa.Column('information_withheld', sa.Text(), nullable=False),
    sa.Column('agreed_end_on', sa.Date(), nullable=True),
    sa.Column('concluded_on', sa.Date(), nullable=True),
    sa.Column('failed_on', sa.Date(), nullable=True),
    sa.Column('failure_ground', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('failure_note', sa.Text(), nullable=False),
    sa.Column('failure_number', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('bargaining_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bargaining_round_requested_on'), ['requested_on'], unique=False)

    op.create_table('dialogue_list',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('determined_on', sa.Date(), nullable=False),
    sa.Column('headcount', sa.Integer(), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('published_form', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('published_place', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dialogue_list', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dialogue_list_determined_on'), ['determined_on'], unique=False)

    op.create_table('agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('amends_id', sa.Integer(), nullable=True),
    sa.Column('consolidated_version', sa.Integer(), nullable=False),
    sa.Column('stage', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('draft_version', sa.Integer(), nullable=False),
    sa.Column('vote_on', sa.Date(), nullable=True),
    sa.Column('vote_method', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('vote_place', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('vote_counters', sa.Text(), nullable=False),
    sa.Column('workforce', sa.Integer(), nullable=False),
    sa.Column('ballots_issued', sa.Integer(), nullable=False),
    sa.Column('ballots_returned', sa.Integer(), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=False),
    sa.Column('votes_against', sa.Integer(), nullable=False),
    sa.Column('votes_invalid', sa.Integer(), nullable=False),
    sa.Column('vote_passed', sa.Boolean(), nullable=True),
    sa.Column('tally_number', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('employer_signatory', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('employer_signatory_title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('union_signatory', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('union_signatory_title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('agreement_number', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('effective_written', sa.Date(), nullable=True),
    sa.Column('effective_on', sa.Date(), nullable=True),
    sa.Column('term_months', sa.Integer(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('filing_number', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=True),
    sa.Column('filing_method', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('filing_proof', sa.Text(), nullable=False),
    sa.Column('announced_on', sa.Date(), nullable=True),
    sa.Column('announce_form', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('announce_place', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['amends_id'], ['agreement.id'], ),
    sa.ForeignKeyConstraint(['round_id'], ['bargaining_round.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('round_id')
    )
    op.create_table('bargaining_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('start_time', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('employer_representatives', sa.Text(), nullable=False),
    sa.Column('union_representatives', sa.Text(), nullable=False),
    sa.Column('upper_union_representatives', sa.Text(), nullable=False),
    sa.Column('note_taker', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('discussed', sa.Text(), nullable=False),
    sa.Column('agreed_points', sa.Text(), nullable=False),
    sa.Column('disputed_points', sa.Text(), nullable=False),
    sa.Column('next_session_on', sa.Date(), nullable=True),
    sa.Column('draft_version', sa.Integer(), nullable=True),
    sa.Column('minutes_number', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('published_form', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('published_place', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['bargaining_round.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('round_id', 'number')
    )
    with op.batch_alter_table('bargaining_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bargaining_session_round_id'), ['round_id'], unique=False)

    op.create_table('dialogue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('trigger', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('list_id', sa.Integer(), nullable=False),
    sa.Column('stage', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('requested_by', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('request_received_on', sa.Date(), nullable=True),
    sa.Column('request_content', sa.Text(), nullable=False),
    sa.Column('reply_sent_on', sa.Date(), nullable=True),
    sa.Column('reply_text', sa.Text(), nullable=False),
    sa.Column('scheduled_on', sa.Date(), nullable=False),
    sa.Column('start_time', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('employer_agenda', sa.Text(), nullable=False),
    sa.Column('employer_agenda_sent_on', sa.Date(), nullable=True),
    sa.Column('worker_agenda', sa.Text(), nullable=False),
    sa.Column('worker_agenda_sent_on', sa.Date(), nullable=True),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('end_time', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
    sa.Column('employer_representative_present', sa.Boolean(), nullable=False),
    sa.Column('authorised_person', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('authorisation', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('chair', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('note_taker', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('invited', sa.Text(), nullable=False),
    sa.Column('female_representative_present', sa.Boolean(), nullable=False),
    sa.Column('minutes_number', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('finalized_on', sa.Date(), nullable=True),
    sa.Column('notice_summary', sa.Text(), nullable=False),
    sa.Column('notice_published_on', sa.Date(), nullable=True),
    sa.Column('notice_form', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('notice_place', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('notice_until', sa.Date(), nullable=True),
    sa.Column('notice_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['list_id'], ['dialogue_list.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dialogue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dialogue_scheduled_on'), ['scheduled_on'], unique=False)

    op.create_table('agreement_clause',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('chapter', sa.Integer(), nullable=False),
    sa.Column('chapter_title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('topic', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('term_months', sa.Integer(), nullable=True),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('updated_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('agreement_id', 'version', 'chapter', 'number')
    )
    with op.batch_alter_table('agreement_clause', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_clause_agreement_id'), ['agreement_id'], unique=False)

    op.create_table('agreement_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('saved_on', sa.Date(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['bargaining_session.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('agreement_id', 'version')
    )
    with op.batch_alter_table('agreement_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_version_agreement_id'), ['agreement_id'], unique=False)

    op.create_table('dialogue_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dialogue_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('employer_position', sa.Text(), nullable=False),
    sa.Column('worker_position', sa.Text(), nullable=False),
    sa.Column('agreed', sa.Text(), nullable=False),
    sa.Column('disagreed', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['dialogue_id'], ['dialogue.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dialogue_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dialogue_item_dialogue_id'), ['dialogue_id'], unique=False)

    op.create_table('dialogue_representative',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('list_id', sa.Integer(), nullable=False),
    sa.Column('side', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('organisation', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=True),
    sa.Column('full_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('position', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('department', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('gender', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('is_legal_representative', sa.Boolean(), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('left_reason', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], ),
    sa.ForeignKeyConstraint(['list_id'], ['dialogue_list.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dialogue_representative', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dialogue_representative_list_id'), ['list_id'], unique=False)

    op.create_table('dialogue_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dialogue_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('updated_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['dialogue_id'], ['dialogue.id'], ),
    sa.ForeignKeyConstraint(['item_id'], ['dialogue_item.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dialogue_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dialogue_action_dialogue_id'), ['dialogue_id'], unique=False)

    op.create_table('dialogue_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dialogue_id', sa.Integer(), nullable=False),
    sa.Column('representative_id', sa.Integer(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['dialogue_id'], ['dialogue.id'], ),
    sa.ForeignKeyConstraint(['representative_id'], ['dialogue_representative.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('dialogue_id', 'representative_id')
    )
    with op.batch_alter_table('dialogue_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dialogue_attendance_dialogue_id'), ['dialogue_id'], unique=False)

    op.create_table('dialogue_supporter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dialogue_id', sa.Integer(), nullable=False),
    sa.Column('representative_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['dialogue_id'], ['dialogue.id'], ),
    sa.ForeignKeyConstraint(['representative_id'], ['dialogue_representative.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('dialogue_id', 'representative_id')
    )
    with op.batch_alter_table('dialogue_supporter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dialogue_supporter_dialogue_id'), ['dialogue_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.drop_index('ix_employee_status_hired')

    with op.batch_alter_table('dialogue_supporter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dialogue_supporter_dialogue_id'))

    op.drop_table('dialogue_supporter')
    with op.batch_alter_table('dialogue_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dialogue_attendance_dialogue_id'))

    op.drop_table('dialogue_attendance')
    with op.batch_alter_table('dialogue_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dialogue_action_dialogue_id'))

    op.drop_table('dialogue_action')
    with op.batch_alter_table('dialogue_representative', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dialogue_representative_list_id'))

    op.drop_table('dialogue_representative')
    with op.batch_alter_table('dialogue_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dialogue_item_dialogue_id'))

    op.drop_table('dialogue_item')
    with op.batch_alter_table('agreement_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_version_agreement_id'))

    op.drop_table('agreement_version')
    with op.batch_alter_table('agreement_clause', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_clause_agreement_id'))

    op.drop_table('agreement_clause')
    with op.batch_alter_table('dialogue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dialogue_scheduled_on'))

    op.drop_table('dialogue')
    with op.batch_alter_table('bargaining_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bargaining_session_round_id'))

    op.drop_table('bargaining_session')
    op.drop_table('agreement')
    with op.batch_alter_table('dialogue_list', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dialogue_list_determined_on'))

    op.drop_table('dialogue_list')
    with op.batch_alter_table('bargaining_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bargaining_round_requested_on'))

    op.drop_table('bargaining_round')
