"""The workplace-dialogue papers ready to print (Decree 145/2020 Arts 38-41; legal-vn.md §8
items 2-6): each one's data, with what the rules decide (D2, D3, D5, D7, D8, D9, D10) filled in
from the domain, and its Decree 30 frame.

The minutes carry the number they were signed with; the list, the request, the reply and the
notice take a number when issued (``numbered``). The request and the reply are official letters
(công văn): numbered with the issuing body's symbol alone ("Số: 05/CĐCS"). A paper is dated
with the record's own date where the record has one (the request's, the reply's, the notice's,
the signing of the minutes), else with the day given.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from ..domain import dialogue_documents as dd
from ..domain import documents as doc
from ..domain.dialogue_rules import (
    DialogueKind,
    Organisation,
    Side,
    check_employer_side,
    check_worker_side,
    worker_side_band,
)
from ..domain.enums import Gender
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.permissions import Action
from ..domain.publication import PublicationForm
from ..storage.tables import Dialogue, Enterprise
from . import dialogue_paper_data as data
from .conference_common import settings_of
from .dialogue_info import dialogue_info, employer_present, load_dialogue
from .dialogue_lists import list_info, load_list, members_on
from .documents import DocumentService, PreparedDocument, company_issuer
from .enterprise import load_enterprise
from .paper_common import (
    company_signature,
    stored_number,
    union_chair,
    union_issuer,
    union_signature,
)

LETTER = ""  # công văn: no type abbreviation (Decree 30/2020 App III)
LIST_TYPE, MINUTES_TYPE, NOTICE_TYPE = "DS", "BB", "TB"


class DialoguePaperService(DocumentService):
    def representatives(self, list_id: int, day: date, numbered: bool = False
                        ) -> PreparedDocument:
        """Danh sách thành viên đại diện đối thoại: the members sitting on ``day``, the D2/D3
        checks on them, the D5 renewal, the replacements so far and the publication."""
        with self._unit(numbered) as session:
            enterprise, settings = load_enterprise(session), settings_of(session)
            row = load_list(session, list_id)
            members = members_on(session, row.id, max(day, row.determined_on))
            employer = [m for m in members if m.side == Side.EMPLOYER]
            workers = [m for m in members if m.side == Side.WORKER]
            band = worker_side_band(row.headcount)
            info = list_info(session, row)
            paper = dd.RepresentativeListData(
                parties=data.parties(enterprise, {Organisation(m.organisation)
                                                  for m in members}),
                determined_on=row.determined_on, renewal_due=info.renewal.due,
                headcount=row.headcount, worker_minimum=band.minimum,
                worker_maximum=band.maximum,
                employer_side_ok=check_employer_side(
                    len(employer), any(m.is_legal_representative for m in employer)).ok,
                worker_side_ok=check_worker_side(len(workers), row.headcount).ok,
                members=data.representative_lines(session, members, row.determined_on),
                replacements=data.replacements(data.everyone(session, row.id), day),
                published_on=row.published_on,
                published_form=PublicationForm(row.published_form) if row.published_form
                else None, published_place=row.published_place)
            symbol = f"{settings.company_doc_symbol}-{settings.union_doc_symbol}"
            number = self._number(session, LIST_TYPE, symbol, day, numbered,
                                  "dialogue-representatives")
            chair = union_chair(session, [(m.full_name, m.position) for m in workers
                                          if m.organisation == Organisation.UNION])
            issuers = (company_issuer(enterprise),) + ((doc.IssuingBody(
                enterprise.union_name),) if enterprise.union_name else ())
            signatures = ((union_signature(chair[0]),) if enterprise.union_name else ()) + (
                company_signature(enterprise),)
            return PreparedDocument("dialogue-representatives", paper, doc.DocumentFrame(
                issuers=issuers, number=number, place=enterprise.province, day=day,
                type_name="DANH SÁCH",
                title=f"Thành viên đại diện đối thoại tại nơi làm việc của {enterprise.name}",
                signatures=signatures, recipients=data.RECIPIENTS + ("Bảng tin của Công ty",)))

    def request(self, dialogue_id: int, day: date, numbered: bool = False) -> PreparedDocument:
        """Văn bản đề nghị đối thoại: a request of either side (Art 40.1, D10: the backing of
        the worker representatives or the legal representative's approval, the reply due);
        for a periodic or incident dialogue, the employer's letter proposing it (Arts 39.3,
        41.1)."""
        with self._unit(numbered) as session:
            enterprise, row, info = self._context(session, dialogue_id)
            side = info.requested_by or Side.EMPLOYER
            on_request = info.kind is DialogueKind.REQUEST
            sent_on = (info.request_received_on if on_request else None) or day
            listed = (len([m for m in members_on(session, row.list_id, sent_on)
                           if m.side == Side.WORKER]) if side is Side.WORKER else 0)
            legal = self._legal_representative(session, enterprise, row)
            paper = dd.DialogueRequestData(
                header=data.header(info, self._parties(session, enterprise, row),
                                   proposed=not on_request),
                addressee=self._addressee(enterprise, Side.EMPLOYER if side is Side.WORKER
                                          else Side.WORKER),
                sent_on=sent_on, items=data.agenda_items(row), listed=listed,
                supporters=data.supporters(session, row.id),
                support_ok=bool(info.support and info.support.ok),
                approved_by=None if side is Side.WORKER else legal,
                reply_due=info.reply_due.due if info.reply_due else None)
            frame = self._letter(session, enterprise, row, side, sent_on, numbered,
                                 "dialogue-request", data.request_title(paper.header))
            return PreparedDocument("dialogue-request", paper, frame)

    def reply(self, dialogue_id: int, day: date, numbered: bool = False) -> PreparedDocument:
        """Văn bản trả lời đề nghị đối thoại (Art 40.2): the agreed time and place, sent by the
        side that was asked, against the D10 deadline."""
        with self._unit(numbered) as session:
            enterprise, row, info = self._context(session, dialogue_id)
            if info.kind is not DialogueKind.REQUEST or info.reply_sent_on is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "No reply to a request for dialogue is recorded for this "
                              "dialogue."))
            asked = info.requested_by or Side.WORKER
            paper = dd.DialogueReplyData(
                header=dd.DialogueHeader(self._parties(session, enterprise, row), info.kind,
                                         info.scheduled_on, info.start_time, info.place,
                                         requested_by=asked, subject=info.title),
                addressee=self._addressee(enterprise, asked),
                request_reference="", requested_on=info.request_received_on,
                received_on=info.request_received_on, reply_due=info.reply_due.due,
                replied_on=info.reply_sent_on, participants=data.PARTICIPANTS)
            answering = Side.EMPLOYER if asked is Side.WORKER else Side.WORKER
            frame = self._letter(session, enterprise, row, answering, info.reply_sent_on,
                                 numbered, "dialogue-reply",
                                 "Trả lời đề nghị đối thoại tại nơi làm việc")
            return PreparedDocument("dialogue-reply", paper, frame)

    def minutes(self, dialogue_id: int) -> PreparedDocument:
        """Biên bản đối thoại (Art 39.4): attendance against the list, the D7 quorum, each
        item, signed by the D8 signatories (set by the renderer from the data); a draft until
        signed, then with its number."""
        with self._unit(False) as session:
            enterprise, row, info = self._context(session, dialogue_id)
            if info.held_on is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The dialogue has not been held yet: its minutes start with the "
                              "attendance."))
            members = data.everyone(session, row.list_id)
            legal = self._legal_representative(session, enterprise, row)
            representative = (dd.PersonLine(info.authorised_person, data.position_of(
                members, info.authorised_person), Organisation.EMPLOYER)
                if info.authorised_person else legal)
            attendance = tuple(dd.AttendanceLine(a.organisation, a.full_name, a.position,
                                                 a.present, gender=data.gender(a.gender))
                               for a in info.attendance)
            woman = next((a for a in attendance if a.side is Side.WORKER and a.present
                          and a.gender is Gender.FEMALE), None)
            paper = dd.DialogueMinutesData(
                header=data.header(info, self._parties(session, enterprise, row)),
                ended_at=info.end_time, attendance=attendance,
                employer_representative=representative,
                employer_representative_present=employer_present(row),
                quorum_required=info.quorum.required if info.quorum else 0,
                quorum_met=bool(info.quorum and info.quorum.met),
                chair=dd.PersonLine(info.chair, data.position_of(members, info.chair)),
                note_taker=dd.PersonLine(info.note_taker,
                                         data.position_of(members, info.note_taker)),
                items=data.items(session, row.id),
                signatories=tuple(dd.Signatory(s.organisation, s.name, s.title,
                                               authorised=s.organisation is Organisation.EMPLOYER
                                               and bool(info.authorised_person))
                                  for s in info.signatories),
                authorisation=info.authorisation, invited=info.invited,
                female_representative=dd.PersonLine(woman.name, woman.position)
                if woman and info.female_representative_present else None,
                requested_on=info.request_received_on, note_taker_signs=bool(info.note_taker))
            symbol = settings_of(session).company_doc_symbol
            day = info.finalized_on or info.held_on
            frame = doc.DocumentFrame(
                issuers=(company_issuer(enterprise),),
                number=stored_number(info.minutes_number, day.year, MINUTES_TYPE, symbol),
                place=enterprise.province, day=day, type_name="BIÊN BẢN",
                title=data.dialogue_name(paper.header), signatures=(),
                recipients=data.RECIPIENTS, archive="VT, Hồ sơ đối thoại")
            return PreparedDocument("dialogue-minutes", paper, frame)

    def notice(self, dialogue_id: int, numbered: bool = False) -> PreparedDocument:
        """Thông báo nội dung chính (Art 39.5): what was published, where, by whom, against
        the D9 deadline (3 working days after the dialogue)."""
        with self._unit(numbered) as session:
            enterprise, row, info = self._context(session, dialogue_id)
            if info.notice_published_on is None or info.notice_form is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The main points of this dialogue have not been published yet."))
            members = data.everyone(session, row.list_id)
            legal = self._legal_representative(session, enterprise, row)
            posted_by = (dd.PersonLine(info.notice_by, data.position_of(members, info.notice_by))
                         if info.notice_by else legal)
            paper = dd.DialogueNoticeData(
                header=data.header(info, self._parties(session, enterprise, row)),
                ended_on=info.held_on, summary=info.notice_summary,
                items=data.items(session, row.id), published_on=info.notice_published_on,
                publish_due=info.notice_due.due, form=info.notice_form,
                place=info.notice_place, posted_by=posted_by,
                published_until=info.notice_until)
            day = info.notice_published_on
            number = self._number(session, NOTICE_TYPE, settings_of(session).company_doc_symbol,
                                  day, numbered, "dialogue-notice")
            frame = doc.DocumentFrame(
                issuers=(company_issuer(enterprise),), number=number, place=enterprise.province,
                day=day, type_name="THÔNG BÁO", title=data.notice_title(paper.header),
                signatures=(company_signature(enterprise),),
                recipients=("Toàn thể người lao động (niêm yết)",) + data.RECIPIENTS[1:])
            return PreparedDocument("dialogue-notice", paper, frame)

    # Helpers ----------------------------------------------------------------------------

    def _unit(self, numbered: bool):
        if numbered:
            self.check(Action.NUMBER_DOCUMENTS)
        return self.unit(Action.PRINT_DOCUMENTS, write=numbered)

    @staticmethod
    def _context(session: Session, dialogue_id: int):
        row = load_dialogue(session, dialogue_id)
        info = dialogue_info(session, row, row.held_on or row.scheduled_on)
        return load_enterprise(session), row, info

    @staticmethod
    def _parties(session: Session, enterprise: Enterprise, row: Dialogue) -> dd.DialogueParties:
        return data.parties(enterprise, data.list_organisations(session, row.list_id))

    @staticmethod
    def _legal_representative(session: Session, enterprise: Enterprise,
                              row: Dialogue) -> dd.PersonLine:
        """The employer's legal representative as the list names them, else the profile's."""
        legal = next((m for m in data.everyone(session, row.list_id)
                      if m.is_legal_representative and m.left_on is None), None)
        if legal is not None:
            return dd.PersonLine(legal.full_name, legal.position
                                 or enterprise.legal_representative_title,
                                 Organisation.EMPLOYER)
        return dd.PersonLine(enterprise.legal_representative,
                             enterprise.legal_representative_title or "Giám đốc",
                             Organisation.EMPLOYER)

    @staticmethod
    def _addressee(enterprise: Enterprise, side: Side) -> str:
        """"Kính gửi": the employer by its legal representative's title, or the union's
        executive committee for the worker side."""
        if side is Side.EMPLOYER:
            return f"{enterprise.legal_representative_title or 'Giám đốc'} {enterprise.name}"
        if enterprise.union_name:
            return f"Ban Chấp hành {enterprise.union_name}"
        return "Các thành viên đại diện đối thoại của bên người lao động"

    def _letter(self, session: Session, enterprise: Enterprise, row: Dialogue, side: Side,
                day: date, numbered: bool, kind: str, title: str) -> doc.DocumentFrame:
        """A công văn from one side: the company signed by its legal representative, or the
        union signed by its chair."""
        settings = settings_of(session)
        if side is Side.EMPLOYER:
            issuer, symbol = company_issuer(enterprise), settings.company_doc_symbol
            legal = self._legal_representative(session, enterprise, row)
            signature = company_signature(enterprise, legal.name, legal.position)
        else:
            issuer, symbol = union_issuer(enterprise), settings.union_doc_symbol
            union = [(m.full_name, m.position) for m in data.everyone(session, row.list_id)
                     if m.organisation == Organisation.UNION and m.left_on is None]
            signature = union_signature(union_chair(session, union)[0])
        return doc.DocumentFrame(
            issuers=(issuer,), number=self._number(session, LETTER, symbol, day, numbered, kind),
            place=enterprise.province, day=day, type_name="", title=title,
            signatures=(signature,), recipients=("Như trên",), archive="VT, Hồ sơ đối thoại")

