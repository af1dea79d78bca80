"""Schema revisions known to this version, readable without importing Alembic (start-up cost).

tests/storage/test_migrations.py checks this list against the Alembic script directory.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001_initial",)
HEAD_REVISION = KNOWN_REVISIONS[-1]
VERSION_TABLE = "alembic_version"
