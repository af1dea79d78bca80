"""Schema revisions known to this version, readable without importing Alembic (start-up cost).

tests/storage/test_migrations.py checks this list against the Alembic script directory.
"""

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial", "0002_document_series", "0003_conference", "0004_dialogue_bargaining",
    "0005_supervision", "0006_record_seals")
HEAD_REVISION = KNOWN_REVISIONS[-1]
VERSION_TABLE = "alembic_version"
# Tables every revision has had since the first: an Alembic-managed file without them belongs to
# another program (many use Alembic), not to a newer version of this one.
CORE_TABLES = frozenset({"enterprise", "account", "audit_event"})
