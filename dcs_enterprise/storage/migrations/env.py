"""Alembic environment: always driven from code (storage.migrate) with an open connection."""

from alembic import context

from dcs_enterprise.storage.migrate import include_object
from dcs_enterprise.storage.tables import SQLModel

target_metadata = SQLModel.metadata
connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,
    include_object=include_object,  # SQLite cannot ALTER most things; batch mode rebuilds tables
)
with context.begin_transaction():
    context.run_migrations()
