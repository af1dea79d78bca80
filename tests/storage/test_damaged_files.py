"""A file the program cannot use, one row per kind of damage: opening it raises exactly the
typed error of that damage, whose message the user reads in Vietnamese, and writes nothing:
the file's bytes are unchanged and no -wal, -shm, -journal or .lock file appears beside it.

(A full disk lets the file open; its first write is refused: tests/storage/test_full_disk.py.)
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fault_writer import make_enterprise

from dcs_enterprise.domain import errors
from dcs_enterprise.domain.errors import (
    DatabaseDamaged,
    DatabaseNewer,
    DatabaseReadOnly,
    DcsError,
    NotADatabase,
)
from dcs_enterprise.i18n import error_text
from dcs_enterprise.storage.database import open_database


@pytest.fixture(scope="module")
def whole(tmp_path_factory) -> bytes:
    """The bytes of a closed, set-up database (about half a megabyte)."""
    path = tmp_path_factory.mktemp("whole") / "whole.sqlite"
    make_enterprise(path)
    return path.read_bytes()


@pytest.fixture
def folder() -> Iterator[Path]:
    """A folder other users may enter (root's pytest folders are private), so the read-only
    case can run as an ordinary user when the suite runs as root."""
    with tempfile.TemporaryDirectory() as name:
        os.chmod(name, 0o755)
        yield Path(name)


def truncated(path: Path, whole: bytes) -> None:
    path.write_bytes(whole[: len(whole) * 2 // 3])  # a copy cut short


def random_bytes(path: Path, whole: bytes) -> None:
    path.write_bytes(random.Random(145).randbytes(len(whole)))


def newer_schema(path: Path, whole: bytes) -> None:
    path.write_bytes(whole)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_a_later_version'")
    connection.commit()
    connection.close()


def read_only(path: Path, whole: bytes) -> None:
    path.write_bytes(whole)
    path.chmod(0o444)


# kind: (how the file is made, the typed error, words its Vietnamese message must hold)
DAMAGE: dict[str, tuple[Callable[[Path, bytes], None], type[DcsError], str]] = {
    "truncated": (truncated, DatabaseDamaged, "bị hỏng"),
    "random bytes": (random_bytes, NotADatabase, "không phải là cơ sở dữ liệu"),
    "newer schema": (newer_schema, DatabaseNewer, "phiên bản mới hơn"),
    "read-only": (read_only, DatabaseReadOnly, "Không ghi được"),
}

# Opens a file as the user "nobody" and prints the refusal: root may write a read-only file.
_OPEN_AS_NOBODY = """
import json, sys
from pathlib import Path
from dcs_enterprise.domain.errors import DcsError
from dcs_enterprise.storage.database import open_database
try:
    open_database(Path(sys.argv[1])).close()
    print(json.dumps(None))
except DcsError as error:
    print(json.dumps([type(error).__name__, error.params]))
"""


def refusal(path: Path, *, needs_an_ordinary_user: bool) -> DcsError | None:
    """What opening `path` raises (as an ordinary user, when that matters and we are root)."""
    if not (needs_an_ordinary_user and hasattr(os, "geteuid") and os.geteuid() == 0):
        try:
            open_database(path).close()
        except DcsError as error:
            return error
        return None
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot open the file as another user")
    done = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                           sys.executable, "-c", _OPEN_AS_NOBODY, str(path)],
                          capture_output=True, text=True, cwd="/", timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    return None if found is None else getattr(errors, found[0])(**found[1])


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_file_gets_its_own_message_in_vietnamese_and_no_write(
        kind, whole, folder, vietnamese):
    make, expected, words = DAMAGE[kind]
    path = folder / "factory.sqlite"
    make(path, whole)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()

    error = refusal(path, needs_an_ordinary_user=kind == "read-only")

    assert type(error) is expected
    assert error.params["path"] == str(path)
    shown = error_text(error)
    assert shown != error.english() and words in shown and str(path) in shown
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert [p.name for p in folder.iterdir()] == ["factory.sqlite"]  # no -wal, -shm, .lock
