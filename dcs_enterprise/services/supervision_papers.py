"""The supervision and petition papers and the annual report, ready to print (legal-vn.md §8
items 26-28; Decree 145/2020 Arts 43-47; Law 10/2022 Arts 9.2, 81; Decree 59/2023 Art 26):
each one's data, with what the rules decide (S1, S2, S3, the petition deadline, D1) filled in
from the domain, and its Decree 30 frame.

The union issues the plan (KH) and the findings report (BC) and keeps the petition register;
the company issues the annual report (BC), signed by its legal representative. Numbers are
taken from the series when issued (``numbered``); a register is a book, not a numbered paper.
The register shows an anonymous petitioner's name to a union officer alone (S3): printed by
anyone else it says "Ẩn danh", and the name is not in its data at all.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from ..domain import documents as doc
from ..domain import supervision_documents as sd
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..storage.tables import Enterprise, SupervisionPlan
from . import supervision_paper_data as data
from .annual_report_data import annual_data
from .conference_common import calendar_of, settings_of
from .documents import DocumentService, PreparedDocument, company_issuer
from .enterprise import load_enterprise
from .paper_common import company_signature, union_chair, union_issuer, union_signature

PLAN_TYPE, REPORT_TYPE = "KH", "BC"
ARCHIVE = "VT, Hồ sơ kiểm tra, giám sát"
REGISTER_ARCHIVE = "VT, Hồ sơ kiến nghị, phản ánh"
REGISTER_TYPE_NAME = "SỔ THEO DÕI"


class SupervisionPaperService(DocumentService):
    def plan(self, plan_id: int, numbered: bool = False) -> PreparedDocument:
        """Kế hoạch kiểm tra, giám sát of the union: subject (Decree 145 Art 46), purpose,
        scope, dates, team, and the notice to the management (S2 where it binds). Dated the
        day it was notified, else the day it was drawn up (never after the activity starts)."""
        with self._unit(numbered) as session:
            enterprise, settings = load_enterprise(session), settings_of(session)
            row = self._plan(session, plan_id)
            paper = data.plan_data(row, enterprise, settings, calendar_of(session, settings))
            day = row.notice_sent_on or min(row.created_at.date(), row.starts_on)
            number = self._number(session, PLAN_TYPE, settings.union_doc_symbol, day, numbered,
                                  "supervision-plan")
            chair = union_chair(session, [(m.name, m.role) for m in paper.members])
            frame = doc.DocumentFrame(
                issuers=(union_issuer(enterprise),), number=number, place=enterprise.province,
                day=day, type_name="KẾ HOẠCH", title=sd.plan_title(paper),
                signatures=(union_signature(chair[0]),),
                recipients=(f"{_employer(enterprise)} (để phối hợp thực hiện)",
                            *_upper(enterprise), "Thành viên đoàn kiểm tra, giám sát"),
                archive=ARCHIVE)
            return PreparedDocument("supervision-plan", paper, frame)

    def findings(self, plan_id: int, numbered: bool = False, today: date | None = None
                 ) -> PreparedDocument:
        """Báo cáo kết quả kiểm tra, giám sát: dated the day the findings were recorded; the
        recommendations with the employer's answers and statuses as of ``today`` (default: that
        day). Sent to the employer and to whoever raised the matter (Decree 59/2023 Art 26.3)."""
        with self._unit(numbered) as session:
            enterprise, settings = load_enterprise(session), settings_of(session)
            row = self._plan(session, plan_id)
            if row.findings_on is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The findings of this supervision plan have not been recorded "
                              "yet."))
            day = row.findings_on
            paper = data.findings_data(session, row, enterprise, settings,
                                       max(today or day, day))
            number = self._number(session, REPORT_TYPE, settings.union_doc_symbol, day,
                                  numbered, "supervision-findings")
            chair = union_chair(session, [(m.name, m.role) for m in paper.members])
            petitioners = (("Người lao động đã kiến nghị, phản ánh (kiến nghị số "
                            f"{', '.join(str(n) for n in paper.petitions)})",)
                           if paper.petitions else ())
            frame = doc.DocumentFrame(
                issuers=(union_issuer(enterprise),), number=number, place=enterprise.province,
                day=day, type_name="BÁO CÁO", title=sd.findings_title(paper),
                signatures=(union_signature(chair[0]),),
                recipients=(f"{_employer(enterprise)} (để giải quyết)", *petitioners,
                            *_upper(enterprise)),
                archive=ARCHIVE)
            return PreparedDocument("supervision-findings", paper, frame)

    def petition_register(self, year: int, today: date, numbered: bool = False
                          ) -> PreparedDocument:
        """Sổ theo dõi kiến nghị, phản ánh of ``year`` as of ``today`` (a register takes no
        number: ``numbered`` is accepted for a uniform call and ignored)."""
        del numbered
        with self._unit(False) as session:
            enterprise, settings = load_enterprise(session), settings_of(session)
            paper = data.register_data(session, enterprise, settings, year, today,
                                       self.actor.role)
            keeper = doc.SignatureBlock(
                "NGƯỜI LẬP", self.actor.full_name if self.actor.account_id else "")
            if enterprise.union_name:
                issuer = union_issuer(enterprise)
                head = union_signature(union_chair(session)[0])
            else:
                issuer, head = company_issuer(enterprise), company_signature(enterprise)
            frame = doc.DocumentFrame(
                issuers=(issuer,), number=None, place=enterprise.province, day=today,
                type_name=REGISTER_TYPE_NAME, title=sd.register_title(paper),
                signatures=(keeper, head), archive=REGISTER_ARCHIVE)
            return PreparedDocument("petition-register", paper, frame)

    def annual_report(self, year: int, today: date, numbered: bool = False
                      ) -> PreparedDocument:
        """Báo cáo tình hình thực hiện dân chủ ở cơ sở tại doanh nghiệp năm ``year``, counted
        as of ``today`` (a past year as of its 31 December), issued by the company and signed by its legal representative."""
        with self._unit(numbered) as session:
            if year > today.year:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The report on {year} cannot be made before that year begins."),
                    year=year)
            enterprise, settings = load_enterprise(session), settings_of(session)
            as_of = min(today, date(year, 12, 31))  # a past year's report counts its own year
            paper = annual_data(session, enterprise, settings, year, as_of)
            number = self._number(session, REPORT_TYPE, settings.company_doc_symbol, today,
                                  numbered, "annual-report")
            frame = doc.DocumentFrame(
                issuers=(company_issuer(enterprise),), number=number,
                place=enterprise.province, day=today, type_name="BÁO CÁO",
                title=sd.annual_report_title(paper),
                signatures=(company_signature(enterprise),),
                recipients=(f"{settings.labour_authority} (để báo cáo)", *_upper(enterprise),
                            "Ban Chấp hành Công đoàn cơ sở"),
                archive="VT")
            return PreparedDocument("annual-report", paper, frame)

    def plan_ids(self, year: int | None = None, reported: bool = False) -> list[int]:
        """The supervision plans (of ``year``; only those with findings when ``reported``),
        newest first: what a paper is printed from when none is named."""
        with self.unit(Action.PRINT_DOCUMENTS) as session:
            statement = select(SupervisionPlan.id).order_by(SupervisionPlan.starts_on.desc(),
                                                            SupervisionPlan.id.desc())
            if year is not None:
                statement = statement.where(SupervisionPlan.year == year)
            if reported:
                statement = statement.where(SupervisionPlan.findings_on.is_not(None))
            return list(session.exec(statement).all())

    # Helpers ----------------------------------------------------------------------------

    def _unit(self, numbered: bool):
        if numbered:
            self.check(Action.NUMBER_DOCUMENTS)
        return self.unit(Action.PRINT_DOCUMENTS, write=numbered)

    @staticmethod
    def _plan(session, plan_id: int) -> SupervisionPlan:  # noqa: ANN001 - a Session
        row = session.get(SupervisionPlan, plan_id)
        if row is None:
            raise NotFoundError()
        return row


def _employer(enterprise: Enterprise) -> str:
    """"Giám đốc Công ty TNHH ..." (the legal representative's title and the company)."""
    return f"{enterprise.legal_representative_title or 'Giám đốc'} {enterprise.name}"


def _upper(enterprise: Enterprise) -> tuple[str, ...]:
    name = enterprise.upper_union_name.strip()
    return (f"{name} (để báo cáo)",) if name else ()

