"""The conference papers ready to print: each one's data and its Decree 30 frame (issuing
bodies, number, place and date, signatories). Minutes and resolution carry the numbers they
were issued with; the other papers take a number when the user issues them."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from ..domain import conference_documents as cd
from ..domain import documents as doc
from ..domain.commitments import Status, is_overdue
from ..domain.conference_plan import DelegateKind, ElectionMethod
from ..domain.conference_rules import ConferenceForm
from ..domain.enums import Regime
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.publication import PublicationForm
from ..storage.tables import (
    Commitment,
    ConferenceDocument,
    ConferenceSeat,
    DelegateCandidate,
    DepartmentMeeting,
    Employee,
    Enterprise,
    Petition,
    ResolutionArticle,
)
from ..storage.tables import Conference as ConferenceRow
from ..storage.tables import Department as DepartmentRow
from . import conference_paper_data as data
from .conference_common import attendance, load, settings_of
from .documents import DocumentService, PreparedDocument, company_issuer, legal_representative
from .enterprise import load_enterprise
from .resolutions import BODY_SYMBOL

PUBLICATION_FORMS_VI = {
    PublicationForm.NOTICE_BOARD: "Niêm yết",
    PublicationForm.MEETING: "Phổ biến tại hội nghị, cuộc họp",
    PublicationForm.WRITTEN_TO_UNION: "Thông báo bằng văn bản cho Công đoàn cơ sở",
    PublicationForm.INTERNAL_SYSTEM: "Đăng trên hệ thống thông tin nội bộ",
    PublicationForm.OTHER: "Hình thức khác",
}
STAFF = ("Ban Giám đốc", "Ban Chấp hành Công đoàn cơ sở", "Các phòng ban, phân xưởng")


class ConferencePaperService(DocumentService):
    def plan(self, conference_id: int, day: date, numbered: bool = False) -> PreparedDocument:
        with self._unit(numbered) as session:
            enterprise, row, settings = self._context(session, conference_id)
            seats = tuple(cd.SeatLine(name, s.headcount, s.seats) for s, name in session.exec(
                select(ConferenceSeat, DepartmentRow.name).join(
                    DepartmentRow, DepartmentRow.id == ConferenceSeat.department_id).where(
                    ConferenceSeat.conference_id == row.id).order_by(DepartmentRow.name)))
            ex_officio = tuple(cd.PersonLine(d.name, d.position) for d in data.delegates(
                session, row.id, (DelegateKind.EX_OFFICIO,)))
            paper = cd.ConferencePlanData(
                header=data.header(enterprise, row), headcount=row.headcount,
                form_basis=data.form_basis(row, settings), purpose=row.purpose,
                budget=row.budget, responsibilities=row.responsibilities, seats=seats,
                ex_officio=ex_officio, tasks=data.tasks(session, row.id),
                agenda=data.agenda(session, row.id))
            number = self._number(session, "KH", _joint_symbol(settings), day, numbered,
                                  "conference-plan")
            return PreparedDocument("conference-plan", paper, self._joint_frame(
                session, enterprise, row, number, day, "KẾ HOẠCH",
                f"Tổ chức {data.FORM_VI[ConferenceForm(row.form)]} năm {row.year}"))

    def invitations(self, conference_id: int, day: date, numbered: bool = False, *,
                    one_for_all: bool = False) -> PreparedDocument:
        with self._unit(numbered) as session:
            enterprise, row, settings = self._context(session, conference_id)
            invitees = () if one_for_all else data.invitees(session, row.id)
            chair = (f"{enterprise.legal_representative_title or 'Giám đốc'} Công ty và Chủ "
                     "tịch Công đoàn cơ sở")
            paper = cd.InvitationData(header=data.header(enterprise, row), chair=chair,
                                      invitees=invitees)
            number = self._number(session, "GM", settings.company_doc_symbol, day, numbered,
                                  "invitation")
            frame = doc.DocumentFrame(
                issuers=(company_issuer(enterprise),), number=number,
                place=enterprise.province, day=day, type_name="GIẤY MỜI",
                title=f"Dự {data.FORM_VI[ConferenceForm(row.form)]} năm {row.year}",
                signatures=(_signed_for_company(enterprise),), recipients=("Như trên",))
            return PreparedDocument("invitation", paper, frame)

    def delegate_list(self, conference_id: int, day: date, numbered: bool = False, *,
                      with_attendance: bool = False) -> PreparedDocument:
        with self._unit(numbered) as session:
            enterprise, row, settings = self._context(session, conference_id)
            paper = cd.DelegateListData(data.header(enterprise, row),
                                        data.delegates(session, row.id), with_attendance)
            number = self._number(session, "DS", _joint_symbol(settings), day, numbered,
                                  "delegate-list")
            who = ("Người lao động được triệu tập dự" if row.form == ConferenceForm.FULL
                   else "Đại biểu dự")
            title = f"{who} {data.FORM_VI[ConferenceForm(row.form)]} năm {row.year}"
            if with_attendance:
                title += " và kết quả điểm danh"
            return PreparedDocument("delegate-list", paper, self._joint_frame(
                session, enterprise, row, number, day, "DANH SÁCH", title))

    def agenda(self, conference_id: int, day: date) -> PreparedDocument:
        with self._unit(False) as session:
            enterprise, row, settings = self._context(session, conference_id)
            form = ConferenceForm(row.form)
            paper = cd.AgendaData(data.header(enterprise, row), data.agenda(session, row.id),
                                  data.quorum_text(settings, form),
                                  data.threshold_text(settings, form))
            frame = doc.DocumentFrame(
                issuers=(company_issuer(enterprise), doc.IssuingBody(enterprise.union_name)),
                number=None, place=enterprise.province, day=day, type_name="CHƯƠNG TRÌNH",
                title=f"{data.FORM_VI[form]} năm {row.year}", archive="")
            return PreparedDocument("agenda", paper, frame)

    def department_meeting(self, meeting_id: int) -> PreparedDocument:
        with self._unit(False) as session:
            meeting = session.get(DepartmentMeeting, meeting_id)
            if meeting is None:
                raise NotFoundError()
            enterprise, row, _settings = self._context(session, meeting.conference_id)
            department = session.get(DepartmentRow, meeting.department_id)
            seat = session.exec(select(ConferenceSeat.seats).where(
                ConferenceSeat.conference_id == row.id,
                ConferenceSeat.department_id == meeting.department_id)).first() or 0
            candidates = tuple(cd.CandidateLine(e.full_name, e.code, c.votes, c.elected)
                               for c, e in session.exec(select(DelegateCandidate, Employee).join(
                                   Employee, Employee.id == DelegateCandidate.employee_id).where(
                                   DelegateCandidate.meeting_id == meeting.id).order_by(
                                   DelegateCandidate.votes.desc())))
            petitions = tuple(session.exec(select(Petition.content).where(
                Petition.meeting_id == meeting.id).order_by(Petition.id)).all())
            paper = cd.DepartmentMeetingData(
                header=data.header(enterprise, row), department=department.name,
                held_on=meeting.held_on, workers=meeting.workers, present=meeting.present,
                chair=meeting.chair, secretary=meeting.secretary,
                method=ElectionMethod(meeting.method), discussion=meeting.discussion,
                petitions=petitions, seats=seat, candidates=candidates,
                needed=meeting.present // 2 + 1)
            frame = doc.DocumentFrame(
                issuers=(doc.IssuingBody(enterprise.union_name, enterprise.upper_union_name),),
                number=None, place=enterprise.province, day=meeting.held_on,
                type_name="BIÊN BẢN",
                title=f"Hội nghị {department.name} và bầu đại biểu dự "
                      f"{data.FORM_VI[ConferenceForm(row.form)]} năm {row.year}",
                signatures=(doc.SignatureBlock("THƯ KÝ", meeting.secretary),
                            doc.SignatureBlock("CHỦ TRÌ", meeting.chair)),
                recipients=("Ban Chấp hành Công đoàn cơ sở", "Ban tổ chức hội nghị"))
            return PreparedDocument("department-meeting", paper, frame)

    def minutes(self, conference_id: int) -> PreparedDocument:
        """The conference minutes: a draft until finalized, then with their issued number."""
        with self._unit(False) as session:
            enterprise, row, settings = self._context(session, conference_id)
            present = attendance(session, row, settings)
            paper = cd.ConferenceMinutesData(
                header=data.header(enterprise, row), opened_at=row.opened_at,
                closed_at=row.closed_at, summoned=present.summoned, present=present.present,
                quorum_met=bool(present.quorum and present.quorum.met),
                quorum_text=data.quorum_sentence(present.quorum),
                presidium=data.officers(session, row.id, "presidium"),
                secretary=data.officers(session, row.id, "secretary"),
                counters=data.officers(session, row.id, "counter"), guests=row.guests,
                opening=row.minutes_opening, items=data.minutes_items(session, row.id),
                votes=data.votes(session, row.id),
                petitions=data.answered_petitions(session, row.id),
                closing=row.minutes_closing, absentees=data.absentees(session, row.id))
            issued = _issued(session, row.id, "minutes")
            chair = paper.presidium[0].name if paper.presidium else ""
            secretary = paper.secretary[0].name if paper.secretary else ""
            frame = doc.DocumentFrame(
                issuers=(_conference_issuer(enterprise, row),),
                number=_number_of(issued, "BB"), place=enterprise.province,
                day=issued.issued_on if issued else row.held_on, type_name="BIÊN BẢN",
                title=f"{data.FORM_VI[ConferenceForm(row.form)]} năm {row.year}",
                signatures=(doc.SignatureBlock("THƯ KÝ", secretary),
                            doc.SignatureBlock("CHỦ TỌA", chair, prefix="TM.",
                                               authority="ĐOÀN CHỦ TỊCH")),
                recipients=STAFF, archive="VT, Hồ sơ hội nghị")
            return PreparedDocument("conference-minutes", paper, frame)

    def resolution(self, conference_id: int, version: int | None = None) -> PreparedDocument:
        """The resolution in a version (default: the newest; a draft until issued)."""
        with self._unit(False) as session:
            enterprise, row, settings = self._context(session, conference_id)
            newest = max(session.exec(select(ResolutionArticle.version).where(
                ResolutionArticle.conference_id == row.id)).all(), default=1)
            version = version or newest
            issued = session.exec(select(ConferenceDocument).where(
                ConferenceDocument.conference_id == row.id,
                ConferenceDocument.kind == "resolution",
                ConferenceDocument.version == version)).first()
            minutes = _issued(session, row.id, "minutes")
            old = issued and issued.supersedes_id and session.get(ConferenceDocument,
                                                                  issued.supersedes_id)
            articles = tuple(cd.ArticleLine(a.number, a.title, a.text, a.owner, a.due)
                             for a in session.exec(select(ResolutionArticle).where(
                                 ResolutionArticle.conference_id == row.id,
                                 ResolutionArticle.version == version).order_by(
                                 ResolutionArticle.number)))
            paper = cd.ResolutionData(data.header(enterprise, row), articles,
                                      data.adoption(session, row.id),
                                      minutes.number if minutes else "",
                                      old.number if old else "",
                                      settings.regime is not Regime.NON_STATE)
            chair = data.officers(session, row.id, "presidium")
            frame = doc.DocumentFrame(
                issuers=(_conference_issuer(enterprise, row),),
                number=_number_of(issued, "NQ"), place=enterprise.province,
                day=issued.issued_on if issued else row.held_on, type_name="NGHỊ QUYẾT",
                title=f"{data.FORM_VI[ConferenceForm(row.form)]} năm {row.year}",
                signatures=(doc.SignatureBlock("CHỦ TỌA", chair[0].name if chair else "",
                                               prefix="TM.", authority="HỘI NGHỊ"),),
                recipients=STAFF + ("Toàn thể người lao động (niêm yết)",),
                archive="VT, Hồ sơ hội nghị")
            return PreparedDocument("resolution", paper, frame)

    def results_notice(self, conference_id: int, day: date,
                       numbered: bool = False) -> PreparedDocument:
        with self._unit(numbered) as session:
            enterprise, row, settings = self._context(session, conference_id)
            resolution = _issued(session, row.id, "resolution", newest=True)
            if resolution is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The resolution has not been issued yet."))
            present = attendance(session, row, settings)
            articles = tuple(cd.ArticleLine(a.number, a.title, a.text, a.owner, a.due)
                             for a in session.exec(select(ResolutionArticle).where(
                                 ResolutionArticle.conference_id == row.id,
                                 ResolutionArticle.version == resolution.version).order_by(
                                 ResolutionArticle.number)))
            form = row.published_form and PUBLICATION_FORMS_VI[PublicationForm(
                row.published_form)]
            paper = cd.ResultsNoticeData(
                data.header(enterprise, row), resolution.number, present.summoned,
                present.present, data.votes(session, row.id), articles, form or "",
                row.published_place, row.published_from, row.published_until)
            number = self._number(session, "TB", _joint_symbol(settings), day, numbered,
                                  "results-notice")
            return PreparedDocument("results-notice", paper, self._joint_frame(
                session, enterprise, row, number, day, "THÔNG BÁO",
                f"Kết quả {data.FORM_VI[ConferenceForm(row.form)]} năm {row.year} và công "
                "khai nghị quyết"))

    def review(self, conference_id: int, day: date, numbered: bool = False) -> PreparedDocument:
        """The review of the resolution's implementation at ``day`` (rule C7: every 6 months;
        at the next conference, the review of last year's resolution)."""
        with self._unit(numbered) as session:
            enterprise, row, settings = self._context(session, conference_id)
            resolution = _issued(session, row.id, "resolution", newest=True)
            if resolution is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The resolution has not been issued yet."))
            lines = tuple(cd.CommitmentLine(
                a.number, a.title, c.owner, c.due, Status(c.status), c.progress, c.note,
                is_overdue(Status(c.status), c.due, day))
                for c, a in session.exec(select(Commitment, ResolutionArticle).join(
                    ResolutionArticle, ResolutionArticle.id == Commitment.article_id).where(
                    Commitment.conference_id == row.id).order_by(ResolutionArticle.number)))
            months = (day.year - row.held_on.year) * 12 + day.month - row.held_on.month
            if day.day < row.held_on.day:
                months -= 1  # whole months only
            period = (f"năm {row.year}" if months >= 12 else
                      f"{months} tháng sau Hội nghị người lao động năm {row.year}" if months
                      else f"từ Hội nghị người lao động năm {row.year} đến nay")
            paper = cd.ReviewData(data.header(enterprise, row), resolution.number, day,
                                  period, lines)
            number = self._number(session, "BC", _joint_symbol(settings), day, numbered,
                                  "resolution-review")
            return PreparedDocument("resolution-review", paper, self._joint_frame(
                session, enterprise, row, number, day, "BÁO CÁO",
                f"Kết quả thực hiện Nghị quyết Hội nghị người lao động năm {row.year}"))

    # Helpers ----------------------------------------------------------------------------

    def _unit(self, numbered: bool):
        if numbered:
            self.check(Action.NUMBER_DOCUMENTS)
        return self.unit(Action.PRINT_DOCUMENTS, write=numbered)

    def _context(self, session: Session, conference_id: int):
        return load_enterprise(session), load(session, conference_id), settings_of(session)

    def _joint_frame(self, session: Session, enterprise: Enterprise, row: ConferenceRow,
                     number: doc.DocumentNumber, day: date, type_name: str,
                     title: str) -> doc.DocumentFrame:
        """A joint paper of the company and its union, signed by both (practice: kế hoạch
        liên tịch)."""
        return doc.DocumentFrame(
            issuers=(company_issuer(enterprise), doc.IssuingBody(enterprise.union_name)),
            number=number, place=enterprise.province, day=day, type_name=type_name,
            title=title,
            signatures=(doc.SignatureBlock("CHỦ TỊCH", data.union_chair(session, row),
                                           prefix="TM.", authority="BAN CHẤP HÀNH"),
                        _signed_for_company(enterprise)),
            recipients=STAFF)


def _signed_for_company(enterprise: Enterprise) -> doc.SignatureBlock:
    signer = legal_representative(enterprise)
    return doc.SignatureBlock(signer.position.upper(), signer.name, prefix="TM.",
                              authority="CÔNG TY")


def _conference_issuer(enterprise: Enterprise, row: ConferenceRow) -> doc.IssuingBody:
    return doc.IssuingBody(f"Hội nghị người lao động năm {row.year}", enterprise.name)


def _joint_symbol(settings) -> str:
    return f"{settings.company_doc_symbol}-{settings.union_doc_symbol}"


def _issued(session: Session, conference_id: int, kind: str,
            newest: bool = False) -> ConferenceDocument | None:
    statement = select(ConferenceDocument).where(ConferenceDocument.conference_id == conference_id,
                                                 ConferenceDocument.kind == kind)
    order = ConferenceDocument.version.desc() if newest else ConferenceDocument.version
    return session.exec(statement.order_by(order)).first()


def _number_of(issued: ConferenceDocument | None, type_code: str) -> doc.DocumentNumber:
    """The issued number ("03/NQ-HNNLĐ") as a DocumentNumber; a draft's blank otherwise."""
    if issued is None:
        return doc.DocumentNumber(None, 0, type_code, BODY_SYMBOL)
    number, symbol = issued.number.split("/", 1)
    code, body = symbol.split("-", 1)
    return doc.DocumentNumber(int(number), issued.issued_on.year, code, body)
