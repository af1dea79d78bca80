"""Crash: another copy of the program, writing through the real services, is killed with SIGKILL
at random moments, many times over, on the same file. After every kill the file passes
`dcs-enterprise check` and holds every record whose commit the writer had reported, each with
its audit event; at the end `dcs-enterprise check` and `verify` pass in a process of their own.
A roster import killed midway is all there or not there at all.

DCS_CRASH_KILLS sets the number of kills (25 by default); DCS_CRASH_SEED the seed of the kill
moments (a new one each run, named in every failure so its choices can be replayed).
A process kill is not a power cut: the operating system still writes what it was given, so this
proves atomic, durable units against a crashing program (a power cut is beyond a test:
synchronous=FULL is the answer to it).
"""

from __future__ import annotations

import os
import queue
import random
import re
import shlex
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fault_writer import Records, make_enterprise, read_records

from dcs_enterprise.cli.main import main as cli_main

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and fork are POSIX only")

WRITER = Path(__file__).with_name("fault_writer.py")
KILLS = int(os.environ.get("DCS_CRASH_KILLS") or 25)
SEED = int(os.environ.get("DCS_CRASH_SEED") or random.SystemRandom().randrange(10**6))
REPLAY = f"(seed {SEED}: DCS_CRASH_SEED={SEED} replays the same kill moments)"
AMONG_THE_WRITES = 0.3  # seconds after the writer opened the file: a few dozen units
IMPORT_KILLS, IMPORT_ROWS = 4, 2000


class WriterServer:
    """`fault_writer.py serve`: starts each writer as a fresh process, and kills it on request
    (it reaps its own children, so no other process can ever receive our SIGKILL)."""

    def __init__(self, home: Path) -> None:
        self.errors = home / "writer-stderr.txt"
        with self.errors.open("w") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, str(WRITER), "serve"], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=stderr, text=True, encoding="utf-8",
                env={**os.environ, "DCS_ENTERPRISE_HOME": str(home)})
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.running = False
        threading.Thread(target=self._read, daemon=True).start()
        assert self.next_line() == "ready", self.stderr()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def stderr(self) -> str:
        return self.errors.read_text("utf-8", errors="replace")[-4000:]

    def next_line(self, timeout: float = 120) -> str:
        line = self.lines.get(timeout=timeout)
        assert line is not None, f"the writer server died:\n{self.stderr()}"
        return line

    def send(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def start(self, command: str) -> list[str]:
        """Starts a writer; returns the list its report lines are collected in."""
        self.send(command)
        self.running, seen = True, []
        while not (line := self.next_line()).startswith("pid "):
            seen.append(line)  # the writer spoke before the server named it
        return seen

    def wait_for(self, wanted: str, seen: list[str]) -> None:
        while not any(line.startswith(wanted) for line in seen):
            seen.append(self.next_line())

    def kill(self, seen: list[str]) -> int:
        """SIGKILLs the running writer; returns its wait status, its lines added to `seen`."""
        self.send("kill")
        self.running = False
        while True:
            line = self.next_line()
            done = re.search(r"exit \d+ (-?\d+)$", line)  # after a half line, if any
            if done:
                return int(done.group(1))
            seen.append(line)

    def close(self) -> None:
        if self.running:  # a failed test left a writer behind
            self.kill([])
        self.process.stdin.close()
        self.process.wait(timeout=60)


@pytest.fixture
def server(tmp_path):
    writer = WriterServer(tmp_path)
    yield writer
    writer.close()


def killed(status: int) -> bool:
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def units_without_their_audit_event(path: Path) -> list[tuple]:
    """Rows whose audit event is missing, and events whose row is missing: half a unit."""
    checks = {
        "employee without create_employee": """SELECT code FROM employee e WHERE NOT EXISTS (
            SELECT 1 FROM audit_event a WHERE a.action = 'create_employee'
            AND a.entity_id = CAST(e.id AS TEXT)) AND e.code LIKE 'R%'""",
        "create_employee without employee": """SELECT entity_id FROM audit_event a
            WHERE action = 'create_employee' AND NOT EXISTS (
            SELECT 1 FROM employee e WHERE CAST(e.id AS TEXT) = a.entity_id)""",
        "new position without update_employee": """SELECT code FROM employee e
            WHERE position LIKE 'Tổ-trưởng-%' AND NOT EXISTS (
            SELECT 1 FROM audit_event a WHERE a.action = 'update_employee'
            AND a.entity_id = CAST(e.id AS TEXT))""",
        "update_employee without the new position": """SELECT entity_id FROM audit_event a
            WHERE action = 'update_employee' AND NOT EXISTS (
            SELECT 1 FROM employee e WHERE CAST(e.id AS TEXT) = a.entity_id
            AND e.position LIKE 'Tổ-trưởng-%')""",
        "petition without record_petition": """SELECT subject FROM petition p WHERE NOT EXISTS (
            SELECT 1 FROM audit_event a WHERE a.action = 'record_petition'
            AND a.entity_id = CAST(p.id AS TEXT))""",
        "record_petition without petition": """SELECT entity_id FROM audit_event a
            WHERE action = 'record_petition' AND NOT EXISTS (
            SELECT 1 FROM petition p WHERE CAST(p.id AS TEXT) = a.entity_id)""",
    }
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [(name, row[0]) for name, sql in checks.items()
                for row in connection.execute(sql)]
    finally:
        connection.close()


def passes(command: str, path: Path, capsys) -> None:
    """`dcs-enterprise check` or `verify`, run in this process (the real command, without the
    second or two of imports a new process takes)."""
    capsys.readouterr()
    code = cli_main([command, "--db", str(path), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 0, f"{command}: {out}{err} {REPLAY}"


def passes_in_its_own_process(command: str, path: Path, home: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "dcs_enterprise", command, "--db", str(path),
                           "--lang", "en"], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "DCS_ENTERPRISE_HOME": str(home)})
    assert done.returncode == 0, f"{command}: {done.stdout}{done.stderr} {REPLAY}"


def test_killed_writers_lose_no_reported_record(server, tmp_path, capsys):
    path = tmp_path / "factory.sqlite"
    make_enterprise(path)
    rng = random.Random(SEED)
    reported, kills_while_writing, open_time = Records(), 0, 0.0
    for run in range(KILLS):
        seen = server.start(shlex.join(["records", str(path), str(run)]))
        started = time.monotonic()
        # The random moment of the crash: a third while it opens the file (WAL recovery after
        # the last kill, the lock, signing in), the rest among its writes.
        if run and rng.random() < 1 / 3:
            time.sleep(rng.uniform(0, open_time))
        else:
            server.wait_for("opened", seen)
            open_time = time.monotonic() - started
            time.sleep(rng.uniform(0, AMONG_THE_WRITES))
        status = server.kill(seen)
        assert killed(status), f"the writer ended by itself:\n{server.stderr()} {REPLAY}"
        for line in seen:
            reported.add_line(line)
        kills_while_writing += len(seen) > 1  # "opened" and at least one unit reported
        passes("check", path, capsys)
        held = read_records(path)
        assert not reported.missing_from(held), f"lost after kill {run + 1}: " \
            f"{reported.missing_from(held)[:10]} {REPLAY}"
        assert not units_without_their_audit_event(path), REPLAY
    assert kills_while_writing >= KILLS // 3, f"too few kills landed among the writes {REPLAY}"
    passes_in_its_own_process("check", path, tmp_path)
    passes_in_its_own_process("verify", path, tmp_path)


def write_roster(path: Path, prefix: str, rows: int) -> Path:
    lines = ["Mã NV,Họ và tên,Giới tính,Phòng ban,Chức vụ"]
    lines += [f"{prefix}-{n:05d},Võ Thị Thu Hà {n},Nữ,Phòng Kế toán,Công nhân may"
              for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_a_killed_import_is_all_there_or_not_at_all(server, tmp_path, capsys, monkeypatch,
                                                    read_rows):
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))  # verify's daily backup goes here
    path = tmp_path / "factory.sqlite"
    make_enterprise(path)
    rng = random.Random(SEED)
    whole, unit_time = 0, 0.0
    for round_ in range(IMPORT_KILLS + 1):
        prefix = f"I{round_}"
        roster = write_roster(tmp_path / f"roster-{round_}.csv", prefix, IMPORT_ROWS)
        seen = server.start(shlex.join(["import", str(path), str(roster)]))
        server.wait_for("writing", seen)  # the file is read: one unit validates and writes
        if round_ == 0:  # the first runs to its end, timing the unit on this machine
            started = time.monotonic()
            server.wait_for("imported", seen)
            unit_time = time.monotonic() - started
        else:  # the others die at moments spread over the unit, from its start to its commit
            share = rng.uniform(round_ - 1, round_) / IMPORT_KILLS
            time.sleep(share * unit_time * 1.1)
        status = server.kill(seen)
        finished = any(line.startswith("imported") for line in seen)
        assert finished or killed(status), f"the import failed:\n{server.stderr()} {REPLAY}"
        passes("check", path, capsys)
        [(count,)] = read_rows(path, "SELECT count(*) FROM employee WHERE code LIKE ?",
                               f"{prefix}-%")
        assert count in (0, IMPORT_ROWS), f"half an import: {count} rows {REPLAY}"
        assert count == IMPORT_ROWS or not finished, REPLAY
        whole += count == IMPORT_ROWS
    [(events,)] = read_rows(path, "SELECT count(*) FROM audit_event "
                                  "WHERE action = 'import_employees'")
    assert events == whole >= 1  # one event per whole import, none for the killed ones
    passes("verify", path, capsys)
