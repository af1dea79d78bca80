"""What the dialogue and bargaining papers share: the union as an issuing body, the stored
numbers read back into the Decree 30 frame, who signs for each party, and the free-text lists
the records keep ("Nguyễn Văn Một - Giám đốc", one per line).

A paper whose record already holds a number (minutes, tallies, the agreement, its filing)
prints exactly that number; the others take one from the series only when issued numbered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from sqlmodel import Session, select

from ..domain import documents as doc
from ..domain.enums import EmploymentStatus
from ..domain.publication import PublicationForm
from ..domain.text import fold
from ..storage.tables import Employee, Enterprise
from .documents import legal_representative

UNION_CHAIR_TITLE = "Chủ tịch Công đoàn cơ sở"
_NUMBER = re.compile(r"\s*(\d+)\s*/\s*(.+?)\s*")
_BULLET = re.compile(r"^\s*(?:[-–•*+]|\d+[.)]|[a-zđ]\))\s*")
_PERSON_SPLIT = re.compile(r"\s+[-–—]\s+|\s*,\s*")


def union_issuer(enterprise: Enterprise) -> doc.IssuingBody:
    """The grassroots union under its upper-level union (Decree 30 App I §II.2)."""
    return doc.IssuingBody(enterprise.union_name or "Công đoàn cơ sở",
                           enterprise.upper_union_name)


def stored_number(text: str, year: int, type_code: str, body_symbol: str) -> doc.DocumentNumber:
    """The number a record was issued with ("05/BB-CĐCS", "01/2027/TƯLĐTT") as the frame's
    number, so the printed "Số:" is the stored one; a draft's blank in the given series when
    the record has none yet."""
    match = _NUMBER.fullmatch(text or "")
    if match is None:
        return doc.DocumentNumber(None, year, type_code, body_symbol)
    number, symbol = int(match.group(1)), match.group(2)
    if "/" not in symbol and "-" in symbol:
        code, body = symbol.split("-", 1)
        return doc.DocumentNumber(number, year, code, body)
    return doc.DocumentNumber(number, year, "", symbol)


def company_signature(enterprise: Enterprise, name: str = "", position: str = ""
                      ) -> doc.SignatureBlock:
    """"TM. CÔNG TY / GIÁM ĐỐC / name": the legal representative unless another signer is
    named (the person who signed the record)."""
    signer = legal_representative(enterprise)
    return doc.SignatureBlock((position or signer.position).upper(), name or signer.name,
                              prefix="TM.", authority="CÔNG TY")


def union_signature(name: str) -> doc.SignatureBlock:
    return doc.SignatureBlock("CHỦ TỊCH", name, prefix="TM.", authority="BAN CHẤP HÀNH")


def union_chair(session: Session, hints: Iterable[tuple[str, str]] = ()) -> tuple[str, str]:
    """Who speaks for the union, as (name, title): the first of ``hints`` (people the record
    names, with their positions) who is a chair of the union, else the active employee whose
    position says so on the roster, else the first hint; ("", the chair's title) when nobody
    is known."""
    hints = [(name, position) for name, position in hints if name.strip()]
    for name, position in hints:
        if _is_union_chair(position):
            return name, position
    for employee in session.exec(select(Employee).where(
            Employee.status == EmploymentStatus.ACTIVE.value).order_by(Employee.id)):
        if _is_union_chair(employee.position):
            return employee.full_name, employee.position
    if hints:
        return hints[0][0], hints[0][1] or UNION_CHAIR_TITLE
    return "", UNION_CHAIR_TITLE


def _is_union_chair(position: str) -> bool:
    folded = fold(position)
    return folded.startswith("chu tich") and "cong doan" in folded or folded == "chu tich"


def lines(text: str) -> tuple[str, ...]:
    """The points of a free-text field, one a line, without their bullets or numbers."""
    return tuple(cleaned for line in (text or "").splitlines()
                 if (cleaned := _BULLET.sub("", line).strip()))


def person_parts(text: str) -> tuple[str, str, str]:
    """"Nguyễn Văn Một - Giám đốc" → (name, position, ""): the name, then everything after the
    first dash or comma as the position, which may hold dashes of its own ("Trưởng phòng Hành
    chính - Nhân sự"). The organisation is left to the paper's own heading."""
    parts = [p.strip() for p in _PERSON_SPLIT.split(text.strip(), maxsplit=1) if p.strip()]
    parts += [""] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


def publication_form(value: str) -> PublicationForm | None:
    try:
        return PublicationForm(value) if value else None
    except ValueError:
        return PublicationForm.OTHER


def year_of(*days: date | None) -> int:
    """The year of the first known day (a number's series year)."""
    return next(d.year for d in days if d is not None)
