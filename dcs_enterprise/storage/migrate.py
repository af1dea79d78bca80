"""Run the Alembic revisions on an open database (imported only when an upgrade is needed)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The full-text index of published records (an FTS5 virtual table and its shadow tables) is
# made by raw SQL in its revision; SQLModel's metadata does not describe it.
SEARCH_INDEX_PREFIX = "published_fts"


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic's filter: everything but the search index takes part in autogenerate."""
    return not (type_ == "table" and name and name.startswith(SEARCH_INDEX_PREFIX))


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
        command.upgrade(config, "head")


def script_heads() -> list[str]:
    from alembic.script import ScriptDirectory

    return list(ScriptDirectory.from_config(alembic_config()).get_heads())


def script_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    return [rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()]
