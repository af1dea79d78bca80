"""Edits made behind the program's back with plain sqlite3, as anyone holding the file could:
shared by the record-seal tests of the storage, the command line and the audit page."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dcs_enterprise.domain.seals import ROW_CHANGED, ROW_MISSING, ROW_UNSEALED

# name: (table, a statement returning the id of the row it touches, the reason verify gives)
EDITS = {
    "employee name": ("employee", ROW_CHANGED,
                      "UPDATE employee SET full_name = 'Kẻ Mạo Danh' "
                      "WHERE id = (SELECT max(id) FROM employee) RETURNING id"),
    "vote count": ("conference_vote", ROW_CHANGED,
                   "UPDATE conference_vote SET in_favour = in_favour + 50, against = 0 "
                   "WHERE id = (SELECT min(id) FROM conference_vote) RETURNING id"),
    "clause text": ("agreement_clause", ROW_CHANGED,
                    "UPDATE agreement_clause SET text = text || ' (trừ khi Giám đốc quyết định "
                    "khác)' WHERE id = (SELECT min(id) FROM agreement_clause) RETURNING id"),
    "added employee": ("employee", ROW_UNSEALED,
                       "INSERT INTO employee (code, full_name, search_text, sort_name, gender, "
                       "department_id, position, contract_type, union_member, status) VALUES "
                       "('MAO01', 'Người Ma', 'mao01 nguoi ma', 'ma nguoi', 'male', "
                       "(SELECT min(id) FROM department), '', 'indefinite', 1, 'active') "
                       "RETURNING id"),
    "removed vote": ("conference_vote", ROW_MISSING,
                     "DELETE FROM conference_vote WHERE id = (SELECT max(id) FROM "
                     "conference_vote) RETURNING id"),
}


def edit_outside(path: Path, statement: str, *params: object,
                 drop_triggers_of: str | None = None, put_back: bool = False,
                 fake_function: bool = False) -> list[int]:
    """Runs one statement in a plain sqlite3 connection; returns the ids it reports.

    drop_triggers_of: first drop that table's triggers (they are in the schema for anyone to
    read); put_back: then create them again as they were, to cover one's tracks.
    fake_function: register a `dcs_seal` of one's own making instead.
    """
    connection = sqlite3.connect(path)
    try:
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
            (drop_triggers_of,)).fetchall() if drop_triggers_of else []
        for name, _sql in triggers:
            connection.execute(f'DROP TRIGGER "{name}"')
        if fake_function:
            connection.create_function("dcs_seal", -1, lambda *values: b"\0" * 16)
        ids = [row[0] for row in connection.execute(statement, params).fetchall()]
        if put_back:
            for _name, sql in triggers:
                connection.execute(sql)
        connection.commit()
        return ids
    finally:
        connection.close()
