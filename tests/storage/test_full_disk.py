"""A full disk: the step that needs space is refused with a clear message in the user's language,
nothing is half-written, and the program works again once space is free. A backup onto a full
disk leaves no partial file and says so.

The database's disk fills up through SQLite's page limit (tests/services/full_disk.py). The
backup's disk is a real one: a 64 KB tmpfs mounted in a private mount namespace (writes end in
ENOSPC), where user namespaces allow it; and everywhere on POSIX a file size limit
(RLIMIT_FSIZE: writes end in EFBIG, as on a FAT32 stick past 4 GB).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fault_writer import ADMIN_PASSWORD, DEPARTMENT, HR_PASSWORD, HR_USER, make_enterprise
from full_disk import disk_full

from dcs_enterprise.domain.enums import Gender
from dcs_enterprise.domain.errors import DatabaseFull
from dcs_enterprise.domain.roster import EmployeeData
from dcs_enterprise.i18n import error_text
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.employees import EmployeeService
from dcs_enterprise.services.maintenance import check_database, open_file
from dcs_enterprise.services.roster_import import RosterImportService

ROSTER_ROWS = 400


@pytest.fixture
def factory(tmp_path):
    """(database, HR officer, department id) of a set-up enterprise."""
    path = tmp_path / "factory.sqlite"
    make_enterprise(path)
    db = open_file(path)
    try:
        hr = sign_in(db, HR_USER, HR_PASSWORD)
        yield db, hr, DepartmentService(db, hr).list()[0].id
    finally:
        db.close()


def worker(n: int, department_id: int) -> EmployeeData:
    return EmployeeData(code=f"NV-{n:05d}", full_name=f"Trần Thị Mỹ Duyên {n}",
                        gender=Gender.FEMALE, department_id=department_id, position="Thợ may")


def assert_says_full_in_vietnamese(error: DatabaseFull, path: Path) -> None:
    assert type(error) is DatabaseFull and error.params == {"path": str(path)}
    shown = error_text(error)
    assert shown != error.english(), "the message is not in the Vietnamese catalogue"
    assert str(path) in shown and "đầy" in shown  # "... đã đầy": the disk is full


def test_a_full_disk_refuses_the_unit_changes_nothing_and_the_work_resumes(
        factory, tmp_path, table_contents, vietnamese):
    db, hr, department_id = factory
    employees = EmployeeService(db, hr)
    with disk_full(db):
        # One employee per unit of work, until the disk has no room for the next one.
        for n in range(500):
            before = table_contents(db.path)
            try:
                employees.create(worker(n, department_id))
            except DatabaseFull as error:
                refused, full = n, error
                break
        else:
            pytest.fail("the disk never filled up")
        assert table_contents(db.path) == before  # not the row, not its audit event
        assert_says_full_in_vietnamese(full, db.path)

        # A big unit (an import) fails as a whole.
        roster = tmp_path / "roster.csv"
        roster.write_text("Mã NV,Họ và tên,Giới tính,Phòng ban\n" + "".join(
            f"IM-{n:05d},Lê Văn Hùng {n},Nam,{DEPARTMENT}\n" for n in range(ROSTER_ROWS)),
            "utf-8")
        with pytest.raises(DatabaseFull):
            RosterImportService(db, hr).import_file(roster)
        assert table_contents(db.path) == before
        assert check_database(db.path).ok

    # Space is free again: the same steps now succeed, and the record is whole.
    assert employees.create(worker(refused, department_id)).code == f"NV-{refused:05d}"
    assert RosterImportService(db, hr).import_file(roster).inserted == ROSTER_ROWS
    admin = sign_in(db, "admin", ADMIN_PASSWORD)
    assert AuditTrailService(db, admin).verify().intact
    assert check_database(db.path).ok


# Runs the real command in a file size limit: every file it writes stops at LIMIT bytes.
_LIMITED = """
import resource, runpy, sys
limit = int(sys.argv.pop(1))
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.argv[0] = "dcs-enterprise"
runpy.run_module("dcs_enterprise", run_name="__main__")
"""

# Mounts a 64 KB tmpfs on $1 in a mount namespace of its own, runs the rest there, then lists
# what is left on that disk (which vanishes with the namespace).
_ON_A_SMALL_DISK = 'disk="$1"; shift; mount -t tmpfs -o size=64k tmpfs "$disk" || exit 99; ' \
                   '"$@"; code=$?; echo "left on the disk: [$(ls -A "$disk")]"; exit $code'

LIMIT = 64 * 1024


@pytest.mark.skipif(os.name != "posix", reason="POSIX file size limits and mounts")
@pytest.mark.parametrize("disk", ["enospc-tmpfs", "efbig-rlimit"])
def test_a_backup_onto_a_full_disk_leaves_no_partial_file_and_says_so(
        tmp_path, table_contents, disk, small_disks_mount):
    path = tmp_path / "factory.sqlite"
    make_enterprise(path)
    assert path.stat().st_size > LIMIT
    before = table_contents(path)
    env = {**os.environ, "DCS_ENTERPRISE_HOME": str(tmp_path / "home")}
    backup_command = ["backup", "--db", str(path), "--out"]  # Vietnamese: the default language
    if disk == "enospc-tmpfs":
        if not small_disks_mount:
            pytest.skip("no user namespaces here to mount a small tmpfs")
        mounted = tmp_path / "stick"
        mounted.mkdir()
        target = mounted / "factory-backup.sqlite"
        command = ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                   _ON_A_SMALL_DISK, "sh", str(mounted), sys.executable, "-m",
                   "dcs_enterprise", *backup_command, str(target)]
    else:
        target = tmp_path / "stick" / "factory-backup.sqlite"
        command = [sys.executable, "-c", _LIMITED, str(LIMIT), *backup_command, str(target)]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=300)
    assert done.returncode == 2, done.stdout + done.stderr
    assert str(target) in done.stderr and "đầy" in done.stderr  # "... ổ đĩa đã đầy"
    if disk == "enospc-tmpfs":
        assert f"Ổ đĩa chứa {target} đã đầy" in done.stderr, done.stderr
        assert "left on the disk: []" in done.stdout  # no backup, no .partial
    assert not target.exists()
    assert not target.with_name(target.name + ".partial").exists()
    assert table_contents(path) == before  # and no "backup" event in the audit trail
