"""Another copy of the program on the database, for the fault tests (crash, two copies).

It writes through the real services, signed in as the HR officer, and prints one line to stdout
(flushed) for each unit of work only AFTER its commit returned, so whatever it printed must
survive anything that happens to it afterwards.

    python fault_writer.py records DB RUN    employees, position changes and petitions, one per
                                             unit of work, until killed
    python fault_writer.py import DB FILE    one roster import: one big unit of work
    python fault_writer.py hold DB COUNT     opens, says "opened", waits for a line on stdin,
                                             writes COUNT employees (each created, then updated),
                                             says "done", waits for stdin to close, then exits
    python fault_writer.py serve             imports the program once, then forks one writer per
                                             stdin line ("records DB RUN" / "import DB FILE",
                                             quoted as a shell would):
                                             a fresh process each time, without paying ~1 s of
                                             imports per restart; says "pid N"; the line "kill"
                                             kills it, then says "exit N STATUS"

The tests import make_enterprise and read_records from here too.
"""

from __future__ import annotations

import os
import shlex
import signal
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from itertools import count
from pathlib import Path

from dcs_enterprise.domain.enums import Gender, Role
from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.domain.roster import EmployeeData
from dcs_enterprise.domain.settings import DemocracySettings
from dcs_enterprise.services.accounts import AccountService, sign_in
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.employees import EmployeeService
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.services.petitions import PetitionService
from dcs_enterprise.services.readmodels import EnterpriseProfile
from dcs_enterprise.services.roster_import import RosterImportService
from dcs_enterprise.services.setup import initialize
from dcs_enterprise.services.supervision_models import PetitionInput

HR_USER, HR_PASSWORD = "nhansu", "nhan-su-mat-khau"
ADMIN_PASSWORD = "quan-tri-mat-khau"
DEPARTMENT = "Phòng Kế toán"
GIVE_UP_AFTER = 60.0  # seconds: a writer the test forgot to kill stops by itself


def make_enterprise(path: Path) -> None:
    """A set-up enterprise with one department and an HR officer's account, then closed."""
    db = open_file(path)
    try:
        admin = initialize(db, EnterpriseProfile(
            name="Công ty TNHH Giày da Thử nghiệm", short_name="Giày da", province="Bình Dương",
            legal_representative="Trần Văn Bình"), DemocracySettings(), "admin", "Quản trị",
            ADMIN_PASSWORD)
        AccountService(db, admin).create(HR_USER, "Lê Thị Nhân Sự", Role.HR_OFFICER, HR_PASSWORD)
        DepartmentService(db, admin).create("KT", DEPARTMENT)
    finally:
        db.close()


@dataclass
class Records:
    """What a database file holds (or what a writer reported), by the keys the writer chose."""

    employees: set[str] = field(default_factory=set)
    positions: dict[str, str] = field(default_factory=dict)  # code -> position
    petitions: set[str] = field(default_factory=set)  # subjects

    def add_line(self, line: str) -> None:
        kind, _, rest = line.partition(" ")
        if kind == "employee":
            self.employees.add(rest)
        elif kind == "position":
            code, _, position = rest.partition(" ")
            self.positions[code] = position
        elif kind == "petition":
            self.petitions.add(rest)

    def missing_from(self, held: Records) -> list[str]:
        """What was reported here but is not (or not as reported) in `held`."""
        return ([f"employee {c}" for c in sorted(self.employees - held.employees)]
                + [f"position {c} {p}" for c, p in sorted(self.positions.items())
                   if held.positions.get(c) != p]
                + [f"petition {s}" for s in sorted(self.petitions - held.petitions)])


def read_records(path: Path) -> Records:
    """The records in the file, read through a read-only connection (no lock taken)."""
    connection = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT code, position FROM employee").fetchall()
        subjects = {row[0] for row in connection.execute("SELECT subject FROM petition")}
    finally:
        connection.close()
    return Records({code for code, _ in rows}, {code: pos for code, pos in rows if pos},
                   subjects)


def say(text: str) -> None:
    print(text, flush=True)


def write_records(path: Path, run: int) -> None:
    db = open_file(path)
    actor = sign_in(db, HR_USER, HR_PASSWORD)
    say("opened")
    department_id = DepartmentService(db, actor).list()[0].id
    employees, petitions = EmployeeService(db, actor), PetitionService(db, actor)
    started, last_id = time.monotonic(), None
    for n in count():
        if time.monotonic() - started > GIVE_UP_AFTER:
            break
        key = f"R{run:03d}-{n:05d}"
        if n % 3 == 0:
            last = employees.create(EmployeeData(
                code=key, full_name=f"Nguyễn Thị Hồng Nhung {n}", gender=Gender.FEMALE,
                department_id=department_id, position="Công nhân may"))
            last_id, last_code = last.id, key
            say(f"employee {key}")
        elif n % 3 == 1:
            position = f"Tổ-trưởng-{key}"  # no spaces: the report line is "position CODE VALUE"
            employees.update(last_id, EmployeeData(
                code=last_code, full_name=f"Nguyễn Thị Hồng Nhung {n - 1}",
                gender=Gender.FEMALE, department_id=department_id, position=position))
            say(f"position {last_code} {position}")
        else:
            petitions.record(PetitionInput(
                content=f"Đề nghị bố trí thêm quạt mát ở chuyền may ({key}).",
                category=Category.SAFETY, channel=Channel.DIRECT, raised_on=date.today(),
                subject=key, raised_by="Tổ may số 3"))
            say(f"petition {key}")
    db.close()


def import_roster(path: Path, roster: Path) -> None:
    db = open_file(path)
    actor = sign_in(db, HR_USER, HR_PASSWORD)
    say("importing")
    marks = {"writing": 60}  # the file is read; validating and writing in one unit follow

    def progress(done: int, total: int) -> None:
        for mark, share in list(marks.items()):
            if done * 100 >= share * total:
                say(mark)
                del marks[mark]

    result = RosterImportService(db, actor).import_file(roster, progress=progress)
    say(f"imported {roster.name} {result.inserted}")
    db.close()


def hold(path: Path, how_many: int) -> None:
    db = open_file(path)
    actor = sign_in(db, HR_USER, HR_PASSWORD)
    say("opened")
    sys.stdin.readline()
    department_id = DepartmentService(db, actor).list()[0].id
    employees = EmployeeService(db, actor)
    for n in range(how_many):
        code, name = f"H-{n:04d}", f"Phạm Văn Đức {n}"
        made = employees.create(EmployeeData(code=code, full_name=name, gender=Gender.MALE,
                                             department_id=department_id))
        say(f"employee {code}")
        position = f"Thợ-cắt-bậc-{n % 7}"
        employees.update(made.id, EmployeeData(code=code, full_name=name, gender=Gender.MALE,
                                               department_id=department_id, position=position))
        say(f"position {code} {position}")
    say("done")
    sys.stdin.read()
    db.close()


def run_command(words: list[str]) -> None:
    command, path, argument = words[0], Path(words[1]), words[2]
    if command == "records":
        write_records(path, int(argument))
    elif command == "import":
        import_roster(path, Path(argument))
    elif command == "hold":
        hold(path, int(argument))
    else:
        raise SystemExit(f"unknown command {command}")


def serve() -> None:
    """Forks a writer per command line; "kill" SIGKILLs it. Only this process reaps its
    writers, so the pid it kills is still its own child (at worst a zombie), never reused."""
    say("ready")
    pid = 0
    for line in sys.stdin:
        if line.strip() == "kill":
            if pid > 0:  # never 0: os.kill(0, ...) would signal the whole process group
                os.kill(pid, signal.SIGKILL)
                _, status = os.waitpid(pid, 0)
                say(f"exit {pid} {status}")
            pid = 0
            continue
        pid = os.fork()
        if pid == 0:  # the writer: a process of its own, which opens the file afresh
            try:
                run_command(shlex.split(line))
                code = 0
            except BaseException:
                import traceback

                traceback.print_exc()
                code = 1
            sys.stdout.flush()
            os._exit(code)
        say(f"pid {pid}")


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve()
    else:
        run_command(sys.argv[1:])
