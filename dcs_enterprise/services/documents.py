"""Preparing printed documents: their data from the database, their Decree 30 frame (issuing
body, number, place and date, signatories), and document numbers from the series."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from sqlmodel import Session, select

from ..domain import documents as doc
from ..domain.enums import Gender
from ..domain.permissions import Action
from ..domain.settings import DemocracySettings
from ..storage.tables import Department, DocumentSeries, Employee, Enterprise, Holiday
from . import audit_log
from .employees import RosterQuery, apply_filter
from .enterprise import load_enterprise
from .session import Service

ROSTER_TYPE_CODE = "DS"  # Decree 30/2020 App III has no code for a list; DS is common practice


@dataclass(frozen=True)
class PreparedDocument:
    """What a renderer needs: the kind (reports.catalog key), its data and its frame."""

    kind: str
    data: object
    frame: doc.DocumentFrame


def next_number(session: Session, type_code: str, body_symbol: str, year: int) -> int:
    """Takes the next number of a series, inside the caller's transaction."""
    series = session.exec(select(DocumentSeries).where(
        DocumentSeries.type_code == type_code, DocumentSeries.body_symbol == body_symbol,
        DocumentSeries.year == year)).first()
    if series is None:
        series = DocumentSeries(type_code=type_code, body_symbol=body_symbol, year=year)
    series.last_number += 1
    session.add(series)
    session.flush()
    return series.last_number


def company_issuer(enterprise: Enterprise) -> doc.IssuingBody:
    return doc.IssuingBody(name=enterprise.name, parent=enterprise.parent_body)


def legal_representative(enterprise: Enterprise) -> doc.SignatureBlock:
    return doc.SignatureBlock(position=(enterprise.legal_representative_title or "Giám đốc"),
                              name=enterprise.legal_representative)


class DocumentService(Service):
    def roster(self, query: RosterQuery, day: date, *, numbered: bool = False
               ) -> PreparedDocument:
        """The roster by department, as filtered on screen (Vietnamese order within each)."""
        if numbered:
            self.check(Action.NUMBER_DOCUMENTS)
        with self.unit(Action.PRINT_DOCUMENTS, write=numbered) as session:
            enterprise = load_enterprise(session)
            settings = DemocracySettings.from_dict(enterprise.settings)
            statement = apply_filter(
                select(Employee, Department.id, Department.name).join(
                    Department, Department.id == Employee.department_id),
                session, query).order_by(Department.name, Department.id, Employee.sort_name)
            # Grouped by id: two departments may share a name ("Tổ 1" in two workshops).
            departments = tuple(
                doc.DepartmentRoster(name=key[1], rows=tuple(_line(e) for e, *_ in rows))
                for key, rows in groupby(session.exec(statement),
                                         key=lambda row: (row[1], row[2])))
            data = doc.RosterDocumentData(
                enterprise_name=enterprise.name, union_name=enterprise.union_name,
                province=enterprise.province, day=day, departments=departments)
            number = self._number(session, ROSTER_TYPE_CODE, settings.company_doc_symbol, day,
                                  numbered, "roster")
            frame = doc.DocumentFrame(
                issuers=(company_issuer(enterprise),), number=number,
                place=enterprise.province, day=day, type_name="DANH SÁCH",
                title=f"Người lao động đến ngày {day:%d/%m/%Y}",
                # The compiler signs by name; the command line has no person to name.
                signatures=(doc.SignatureBlock(
                    position="NGƯỜI LẬP DANH SÁCH",
                    name=self.actor.full_name if self.actor.account_id else ""),
                            legal_representative(enterprise)),
                recipients=("Ban Giám đốc", "Ban Chấp hành Công đoàn cơ sở"))
            return PreparedDocument("roster", data, frame)

    def settings_sheet(self, day: date) -> PreparedDocument:
        """The democracy-regulation settings, each with its legal source, and the holidays."""
        with self.unit(Action.PRINT_DOCUMENTS) as session:
            enterprise = load_enterprise(session)
            holidays = session.exec(select(Holiday).where(  # the year the sheet is dated
                Holiday.day >= date(day.year, 1, 1), Holiday.day <= date(day.year, 12, 31)
            ).order_by(Holiday.day)).all()
            data = doc.SettingsSheetData(
                enterprise_name=enterprise.name,
                settings=DemocracySettings.from_dict(enterprise.settings),
                holidays=tuple(h.day for h in holidays))
            frame = doc.DocumentFrame(
                issuers=(company_issuer(enterprise),), number=None, place=enterprise.province,
                day=day, type_name="BẢNG TỔNG HỢP",
                title="Các nội dung chính của quy chế dân chủ ở cơ sở tại nơi làm việc",
                signatures=(legal_representative(enterprise),),
                recipients=("Ban Chấp hành Công đoàn cơ sở", "Bảng tin của Công ty"))
            return PreparedDocument("settings", data, frame)

    def _number(self, session: Session, type_code: str, body_symbol: str, day: date,
                numbered: bool, kind: str) -> doc.DocumentNumber:
        """A number from the series (audited), or a draft's blank number."""
        if not numbered:
            return doc.DocumentNumber(None, day.year, type_code, body_symbol)
        number = next_number(session, type_code, body_symbol, day.year)
        result = doc.DocumentNumber(number, day.year, type_code, body_symbol)
        audit_log.record(session, self.actor, "number_document", "document", result.text, None,
                         {"kind": kind, "number": result.text, "date": day.isoformat()})
        return result


def _line(employee: Employee) -> doc.RosterLine:
    return doc.RosterLine(code=employee.code, full_name=employee.full_name,
                          gender=Gender(employee.gender), date_of_birth=employee.date_of_birth,
                          position=employee.position, union_member=employee.union_member)
