"""An exclusive lock beside the database file, held while a copy of the program has it open.

The operating system drops the lock when the process dies, so a crash never leaves a stale lock.
"""

from __future__ import annotations

import os
from pathlib import Path


class FileLock:
    def __init__(self, database_path: Path) -> None:
        self.path = database_path.with_name(database_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another process does."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None


def held_elsewhere(database_path: Path) -> bool:
    """True when some copy of the program holds the database's lock (this process too, through
    another FileLock). Asked without creating the lock file: a file merely looked at (a backup,
    a refused file) gets nothing beside it."""
    lock_path = database_path.with_name(database_path.name + ".lock")
    try:
        fd = os.open(lock_path, os.O_RDONLY)
    except OSError:
        return False  # no lock file: nobody has opened the database here
    try:
        return not _try_shared(fd)
    finally:
        os.close(fd)  # drops the shared lock, if we got it


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _try_shared(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBRLCK, 1)
        except OSError:
            return False
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return True

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _try_shared(fd: int) -> bool:
        """A shared lock is refused only while someone holds the exclusive one."""
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
