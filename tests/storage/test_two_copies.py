"""Two copies of the program on one file, in two real processes. The second (this test process,
the real command line, the desktop application) is told, in Vietnamese, that the file is in use
by another copy, and writes nothing; the first loses none of its updates. A first copy that
dies (SIGKILL) lets go of the file: the operating system drops its lock.

"Writes nothing" is read from the files: the database's bytes and its -wal file do not change.
The -shm file is left out: it is SQLite's shared-memory index, which any reader of a WAL file,
even a read-only one, marks while it reads.
"""

from __future__ import annotations

import hashlib
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from fault_writer import ADMIN_PASSWORD, DEPARTMENT, Records, make_enterprise, read_records

from dcs_enterprise.domain.errors import DatabaseLocked
from dcs_enterprise.i18n import error_text
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.maintenance import check_database
from dcs_enterprise.storage.database import open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")

WRITER = Path(__file__).with_name("fault_writer.py")
UPDATES = 30  # employees the first copy creates, then updates

# The desktop application as a user starts it, its message boxes printed instead of shown.
_APP = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QMessageBox

def critical(parent, title, text, *args, **kwargs):
    print(text, flush=True)
    return QMessageBox.StandardButton.Ok

QMessageBox.critical = critical
from dcs_enterprise.app import run
sys.exit(run(Path(sys.argv[1]), "vi"))
"""


class FirstCopy:
    """`fault_writer.py` in a process of its own; its report lines are read on a thread."""

    def __init__(self, *args: object, home: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), *map(str, args)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
            env={**os.environ, "DCS_ENTERPRISE_HOME": str(home)})
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.reported = Records()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_line(self) -> str:
        line = self.lines.get(timeout=120)
        assert line is not None, f"the first copy ended:\n{self.process.stderr.read()}"
        self.reported.add_line(line)
        return line

    def rest(self) -> None:
        while (line := self.lines.get(timeout=120)) is not None:
            self.reported.add_line(line)

    def say(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=60)


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def what_a_writer_changes(path: Path) -> dict[str, object]:
    """The database's bytes, its -wal file's, and the names in its folder."""
    wal = path.with_name(path.name + "-wal")
    return {"db": digest(path), "wal": digest(wal),
            "folder": sorted(p.name for p in path.parent.iterdir())}


def run_second(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DCS_ENTERPRISE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=300)


def test_the_second_copy_is_told_the_file_is_in_use_and_no_update_is_lost(tmp_path,
                                                                        vietnamese):
    path = tmp_path / "data" / "factory.sqlite"
    path.parent.mkdir()
    make_enterprise(path)
    home = tmp_path / "home"
    roster = tmp_path / "roster.csv"
    roster.write_text(f"Mã NV,Họ và tên,Giới tính,Phòng ban\nNV-9,Đỗ Văn Lâm,Nam,{DEPARTMENT}\n",
                      "utf-8")
    first = FirstCopy("hold", path, UPDATES, home=home)
    try:
        assert first.next_line() == "opened"
        untouched = what_a_writer_changes(path)
        in_use = error_text(DatabaseLocked(path=str(path)))
        assert in_use != DatabaseLocked(path=str(path)).english()  # said in Vietnamese

        with pytest.raises(DatabaseLocked) as refused:  # this process
            open_database(path)
        assert refused.value.params == {"path": str(path)} and error_text(refused.value) == in_use
        cli = run_second(["-m", "dcs_enterprise", "import-employees", str(roster), "--db",
                          str(path)], home)  # a command that would write
        assert (cli.returncode, cli.stderr.strip()) == (2, in_use), cli.stdout + cli.stderr
        app = run_second(["-c", _APP, str(path)], home)
        assert (app.returncode, app.stdout.strip()) == (2, in_use), app.stdout + app.stderr
        assert what_a_writer_changes(path) == untouched

        first.say("go")
        while True:  # the first copy works on; the second keeps knocking meanwhile
            with pytest.raises(DatabaseLocked):
                open_database(path)
            if first.next_line() == "done":
                break
        first.process.stdin.close()  # the first copy closes the file and ends
        first.rest()
        assert first.process.wait(timeout=60) == 0, first.process.stderr.read()
    finally:
        first.stop()

    assert len(first.reported.employees) == len(first.reported.positions) == UPDATES
    assert not first.reported.missing_from(read_records(path))
    assert "NV-9" not in read_records(path).employees
    assert check_database(path).ok
    db = open_database(path)  # the file is free again
    try:
        assert AuditTrailService(db, sign_in(db, "admin", ADMIN_PASSWORD)).verify().intact
    finally:
        db.close()


def test_a_killed_first_copy_lets_go_of_the_file_with_every_committed_record(tmp_path):
    path = tmp_path / "factory.sqlite"
    make_enterprise(path)
    first = FirstCopy("records", path, 0, home=tmp_path / "home")
    try:
        while len(first.reported.employees) < 5:  # units committed and reported
            first.next_line()
        with pytest.raises(DatabaseLocked):
            open_database(path)
        first.process.kill()  # SIGKILL, in the middle of its writing
        first.process.wait(timeout=60)
        first.rest()
    finally:
        first.stop()
    db = open_database(path)  # not DatabaseLocked: the dead process's lock went with it
    db.close()
    assert not first.reported.missing_from(read_records(path))
    assert check_database(path).ok
