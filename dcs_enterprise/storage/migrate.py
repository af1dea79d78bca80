"""Run the Alembic revisions on an open database (imported only when an upgrade is needed)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine

from . import seals

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The full-text index of published records (an FTS5 virtual table and its shadow tables) is
# made by raw SQL in its revision; SQLModel's metadata does not describe it. Nor does it describe
# the record seals and their layouts (storage.seals): SQLite machinery kept by triggers, made
# by raw SQL too.
SEARCH_INDEX_PREFIX = "published_fts"


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic's filter: everything but the search index and the seals takes part in
    autogenerate."""
    return not (type_ == "table" and name
                and (name.startswith(SEARCH_INDEX_PREFIX)
                     or name in (seals.SEAL_TABLE, seals.LAYOUT_TABLE)))


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        before = seals.table_names(connection)
        command.upgrade(config, "head")
        # In the same transaction: triggers that fit the tables as the revisions left them
        # (a table a revision rebuilt loses its triggers; one given new columns is resealed).
        seals.install(connection, dropped=before - seals.table_names(connection))


def script_heads() -> list[str]:
    from alembic.script import ScriptDirectory

    return list(ScriptDirectory.from_config(alembic_config()).get_heads())


def script_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    return [rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()]
