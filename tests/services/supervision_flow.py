"""Building supervision records for the supervision, deadline and dashboard tests: the two
sides' actors, petitions written straight into the register, and one record of each kind an
item may link back to (a conference commitment, a dialogue action, a clause of a signed
agreement), inserted as rows so the tests need not run those workflows."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from dcs_enterprise.domain.enums import Regime, Role
from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.domain.settings import DemocracySettings
from dcs_enterprise.domain.supervision import Source, Status, Subject
from dcs_enterprise.services.enterprise import EnterpriseService
from dcs_enterprise.services.session import Actor
from dcs_enterprise.services.supervision_items import ItemService
from dcs_enterprise.services.supervision_models import ItemInput, PlanInput
from dcs_enterprise.services.supervision_plans import PlanService
from dcs_enterprise.storage.database import Database
from dcs_enterprise.storage.tables import (
    Agreement,
    AgreementClause,
    BargainingRound,
    Commitment,
    Conference,
    Dialogue,
    DialogueAction,
    DialogueList,
    Petition,
    ResolutionArticle,
)

RAISED_ON = date(2027, 3, 1)  # a Monday
NOW = datetime(2027, 1, 1, tzinfo=UTC)


@dataclass
class Sides:
    db: Database
    admin: Actor
    hr: Actor
    union: Actor

    def items(self, actor: Actor | None = None) -> ItemService:
        return ItemService(self.db, actor or self.union)

    def plans(self, actor: Actor | None = None) -> PlanService:
        return PlanService(self.db, actor or self.union)


def sides(initialized, make_actor) -> Sides:
    db, admin = initialized
    return Sides(db, admin, make_actor(Role.HR_OFFICER), make_actor(Role.UNION_OFFICER))


def set_regime(s: Sides, regime: Regime) -> None:
    EnterpriseService(s.db, s.admin).update_settings(replace(DemocracySettings(), regime=regime))


def recommendation(**changes) -> ItemInput:
    values = dict(source=Source.INSPECTION, subject=Subject.FUNDS,
                  title="Quỹ phúc lợi chi sai mục đích", addressee="Phòng Tài chính",
                  raised_on=RAISED_ON, recommendation="Hoàn trả quỹ phúc lợi")
    values.update(changes)
    return ItemInput(**values)


def plan_input(**changes) -> PlanInput:
    values = dict(subject=Subject.CONTRIBUTIONS, title="Giám sát đóng bảo hiểm xã hội 2027",
                  starts_on=date(2027, 4, 12), ends_on=date(2027, 4, 16),
                  purpose="Kiểm tra việc đóng BHXH", scope="Năm 2026, mọi phòng ban",
                  members="Nguyễn Văn An - Trưởng đoàn\nTrần Thị Bình - Thành viên")
    values.update(changes)
    return PlanInput(**values)


def add_petition(db: Database, raised_on: date = RAISED_ON, *, subject: str = "Nhà ăn",
                 content: str = "Đề nghị cải thiện bữa ăn ca", status: Status = Status.OPEN,
                 due_on: date | None = None, due_rule: str = "petition", addressee: str = "",
                 closed_on: date | None = None, anonymous: bool = False,
                 raised_by: str = "Nguyễn Văn Tư") -> int:
    """A petition written straight into the register (as PetitionService would keep it)."""
    with db.session(write=True) as session:
        row = Petition(channel=Channel.DIRECT.value, raised_on=raised_on, raised_by=raised_by,
                       anonymous=anonymous, category=Category.WELFARE.value, subject=subject,
                       content=content, addressee=addressee, status=status.value,
                       due_on=due_on, due_rule=due_rule, closed_on=closed_on)
        session.add(row)
        session.flush()
        return row.id


@dataclass(frozen=True)
class Sources:
    commitment_id: int
    dialogue_action_id: int
    clause_id: int


def add_sources(db: Database) -> Sources:
    """A commitment of the 2026 resolution, an action of a dialogue and a clause of a signed
    agreement, as those workflows leave them."""
    with db.session(write=True) as session:
        conference = Conference(year=2026, form="full", stage="published", headcount=10,
                                held_on=date(2026, 3, 14), created_at=NOW)
        listed = DialogueList(determined_on=date(2026, 1, 5), headcount=10, created_at=NOW)
        bargaining = BargainingRound(kind="new", stage="concluded", requested_by="union",
                                     requester_name="Công đoàn cơ sở",
                                     requested_on=date(2026, 1, 5), created_at=NOW)
        session.add_all([conference, listed, bargaining])
        session.flush()
        article = ResolutionArticle(conference_id=conference.id, number=1,
                                    title="Tăng tiền ăn ca", owner="Phòng Nhân sự",
                                    due=date(2026, 6, 1))
        dialogue = Dialogue(kind="periodic", title="Đối thoại quý II", list_id=listed.id,
                            stage="published", scheduled_on=date(2026, 6, 12),
                            held_on=date(2026, 6, 12), created_at=NOW)
        agreement = Agreement(round_id=bargaining.id, stage="signed",
                              title="Thỏa ước lao động tập thể 2026",
                              signed_on=date(2026, 2, 1), created_at=NOW)
        session.add_all([article, dialogue, agreement])
        session.flush()
        commitment = Commitment(conference_id=conference.id, article_id=article.id,
                                owner="Phòng Nhân sự", due=date(2026, 6, 1))
        action = DialogueAction(dialogue_id=dialogue.id, text="Sửa quạt xưởng may",
                                owner="Phòng Hành chính", due=date(2026, 7, 1))
        clause = AgreementClause(agreement_id=agreement.id, version=1, chapter=1,
                                 chapter_title="Tiền lương", number=2, title="Tiền ăn ca",
                                 topic="wages", text="35.000 đồng một bữa.")
        session.add_all([commitment, action, clause])
        session.flush()
        return Sources(commitment.id, action.id, clause.id)
