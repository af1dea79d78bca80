"""Who is calling, and the one unit of work every service call runs in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlmodel import Session

from ..domain.enums import Role
from ..domain.permissions import READ_ONLY, Action, require
from ..storage.database import Database


@dataclass(frozen=True)
class Actor:
    username: str
    role: Role
    full_name: str = ""
    account_id: int | None = None


# The shared PC's read-only employee view: no password, sees published records only.
EMPLOYEE_VIEW = Actor(username="employee-view", role=Role.EMPLOYEE_VIEW, full_name="")


class Service:
    """Base of every service: checks the permission, then opens one transaction."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def check(self, action: Action) -> None:
        """Refuses, before anything is read or judged, what the actor's role may not do."""
        require(self.actor.role, action)

    @contextmanager
    def unit(self, action: Action, *, write: bool | None = None) -> Iterator[Session]:
        """Checks the permission, then one transaction; writing units hold the write lock."""
        self.check(action)
        if write is None:
            write = action not in READ_ONLY
        with self.db.session(write=write) as session:
            yield session
