"""The factory-scale enterprise the issue 7 benchmark measures: the demo enterprise of N
employees and its workflows through the services, then its departments split into production
teams (1,000 departments in all) and ten years of history: the conference, dialogues and
bargaining of the demo copied back year by year, and petitions and supervision items in bulk.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

DEPARTMENTS = 1_000
YEARS = 10
PETITIONS = 30_000
KEY_PEOPLE = 3  # the demo's first employees are the people its documents name: not moved


def build_factory(path: Path, employees: int, today: date | None = None,
                  petitions: int = PETITIONS) -> dict[str, float]:
    """Creates the enterprise in a new file at ``path``; returns how long each part took."""
    from supervision import ten_years
    from timing import timed

    from dcs_enterprise.domain.enums import Role
    from dcs_enterprise.services.accounts import sign_in
    from dcs_enterprise.services.demo import DEMO_ACCOUNTS, create_demo
    from dcs_enterprise.services.demo_bargaining import create_demo_bargaining
    from dcs_enterprise.services.demo_conferences import create_demo_conferences
    from dcs_enterprise.services.demo_dialogues import create_demo_dialogues
    from dcs_enterprise.services.demo_supervision import create_demo_supervision
    from dcs_enterprise.services.maintenance import open_file

    today = today or date.today()
    seconds: dict[str, float] = {}
    db = open_file(path)
    try:
        seconds["roster"], _ = timed(lambda: create_demo(
            db, employees=employees, conferences=False, dialogues=False, bargaining=False,
            supervision=False))
        actors = {role: sign_in(db, name, password)
                  for name, _full, role, password in DEMO_ACCOUNTS}
        hr, union = actors[Role.HR_OFFICER], actors[Role.UNION_OFFICER]

        def workflows() -> None:  # as create_demo orders them: the oldest records first
            create_demo_bargaining(db, hr, union, today)
            create_demo_conferences(db, hr, union, today, random.Random(2027))
            create_demo_dialogues(db, hr, union, today, random.Random(2028))
            create_demo_supervision(db, hr, union, today)

        seconds["workflows"], _ = timed(workflows)
        # After the conference: rule C's one seat per department needs more seats than the
        # demo's conference has once a thousand departments exist.
        seconds["departments"], _ = timed(lambda: split_into_teams(db, DEPARTMENTS,
                                                                   random.Random(11)))
        seconds["history"], _ = timed(lambda: (
            copy_years_back(db, YEARS), ten_years(db, petitions, today, random.Random(7))))
    finally:
        db.close()
    return seconds


def split_into_teams(db, total: int, rng: random.Random) -> None:
    """Production teams (tổ) under the demo's departments, as many as their share of the
    workforce, until the tree holds ``total`` departments; each worker moves into a team of
    their department (a few stay in the department itself, as its managers)."""
    from sqlalchemy import insert, select, update

    from dcs_enterprise.storage.tables import Department, Employee

    with db.session(write=True) as session:
        tops = session.execute(select(Department.id, Department.code, Department.name)
                               .order_by(Department.id)).all()
        people = session.execute(select(Employee.id, Employee.department_id)).all()
        headcount = {dep_id: 0 for dep_id, _code, _name in tops}
        for _id, dep_id in people:
            headcount[dep_id] += 1
        wanted = total - len(tops)
        shares = {dep_id: max(1, round(wanted * count / max(len(people), 1)))
                  for dep_id, count in headcount.items()}
        while sum(shares.values()) != wanted:  # rounding: settle on the largest
            largest = max(shares, key=shares.get)
            shares[largest] += 1 if sum(shares.values()) < wanted else -1
        rows = [{"code": f"{code}-T{n:03d}", "name": f"Tổ {n} - {name}", "parent_id": dep_id}
                for dep_id, code, name in tops for n in range(1, shares[dep_id] + 1)]
        session.execute(insert(Department), rows)
        teams: dict[int, list[int]] = {}
        for team_id, parent_id in session.execute(
                select(Department.id, Department.parent_id).where(
                    Department.parent_id.is_not(None))):
            teams.setdefault(parent_id, []).append(team_id)
        moves = [{"id": employee_id, "department_id": rng.choice(teams[dep_id])}
                 for employee_id, dep_id in people
                 if employee_id > KEY_PEOPLE and rng.random() > 0.03]
        for start in range(0, len(moves), 10_000):
            session.execute(update(Employee), moves[start:start + 10_000])


# The rows copied back where not all of a table's are (the others follow their parents): the
# finished conference, not the next one in preparation; the dialogues held, not the one ahead.
HISTORY_ROOTS = {
    "conference": "year = (SELECT min(year) FROM conference)",
    "dialogue": "held_on IS NOT NULL",
}
HISTORY_TABLES = (
    "conference", "agenda_item", "conference_document", "conference_officer",
    "conference_seat", "conference_task", "conference_vote", "department_meeting",
    "resolution_article", "commitment", "commitment_update", "delegate", "delegate_candidate",
    "dialogue_list", "dialogue", "dialogue_item", "dialogue_representative", "dialogue_action",
    "dialogue_attendance", "dialogue_supporter",
    "bargaining_round", "agreement", "bargaining_session", "agreement_version",
    "agreement_clause",
)
BARGAINING = {"bargaining_round", "agreement", "bargaining_session", "agreement_version",
              "agreement_clause"}


def copy_years_back(db, years: int) -> None:
    """The demo's finished conference, its dialogues and its bargaining round copied into each
    of the ``years - 1`` years before (a bargaining round every third year, as agreements run
    three years): new ids, every date moved back, the references between the copies kept."""
    from sqlalchemy import Date, DateTime, select, text
    from sqlmodel import SQLModel

    import dcs_enterprise.storage.tables  # noqa: F401 - every table in the metadata

    tables = [SQLModel.metadata.tables[name] for name in HISTORY_TABLES]
    with db.session(write=True) as session:
        originals, spans = {}, {}
        for table in tables:
            query = select(table)
            if table.name in HISTORY_ROOTS:
                query = query.where(text(HISTORY_ROOTS[table.name]))
            originals[table.name] = [dict(row) for row in session.execute(query).mappings()]
            spans[table.name] = session.execute(
                text(f"SELECT coalesce(max(id), 0) FROM {table.name}")).scalar()
        for back in range(1, years):
            copied: dict[str, set[int]] = {}
            for table in tables:
                if table.name in BARGAINING and back % 3:
                    continue
                links = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys
                         if fk.column.table.name in originals}
                copied[table.name] = {row["id"] for row in originals[table.name]}  # own links
                dated = [c.name for c in table.columns if isinstance(c.type, (Date, DateTime))]
                rows = []
                for row in originals[table.name]:
                    if any(row[column] is not None and row[column] not in copied.get(target, ())
                           for column, target in links.items()):
                        continue  # its parent was not copied
                    row = dict(row, id=row["id"] + back * spans[table.name])
                    for column, target in links.items():
                        if row[column] is not None:
                            row[column] += back * spans[target]
                    for column in dated:
                        row[column] = years_before(row[column], back)
                    if table.name == "conference":
                        row["year"] -= back
                    if table.name == "delegate":
                        row["invitation_code"] = earlier_code(row["invitation_code"], back)
                    rows.append(row)
                if rows:
                    session.execute(table.insert(), rows)
                copied[table.name] = {row["id"] - back * spans[table.name]
                                      for row in rows}


def earlier_code(code: str, years: int) -> str:
    """An invitation code of as many years before: HN2026-000054 becomes HN2025-000054."""
    return re.sub(r"\d{4}", lambda year: str(int(year[0]) - years), code, count=1)


def years_before(value, years: int):
    """The same day ``years`` earlier (29 February becomes the 28th)."""
    if value is None:
        return None
    try:
        return value.replace(year=value.year - years)
    except ValueError:
        return (value - timedelta(days=1)).replace(year=value.year - years)
