"""record seals: a digest of every row kept by triggers, checked by `dcs-enterprise verify`

Revision ID: 0006_record_seals
Revises: 0005_supervision
"""

from alembic import op

from dcs_enterprise.storage import seals

revision = '0006_record_seals'
down_revision = '0005_supervision'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The seal tables, the triggers of every table (the audit trail's too) and a seal for
    # every row already there.
    # storage.migrate runs install again after each upgrade, so later revisions that change
    # a table get triggers that fit its new columns.
    seals.install(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    if not seals.supported(bind):
        return
    for table in seals.sealed_tables(bind):
        for name in seals.trigger_names(table.name):
            op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    op.execute(f"DROP TABLE IF EXISTS {seals.LAYOUT_TABLE}")
    op.execute(f"DROP TABLE IF EXISTS {seals.SEAL_TABLE}")
