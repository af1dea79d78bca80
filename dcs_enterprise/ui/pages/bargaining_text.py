"""Words the bargaining screens share: the names of kinds, stages, topics, grounds and
standings in the user's language, a legal clock's state on a day (done on time, done late, due
in N days, overdue), and what the page hands its tabs (the round, its agreement and the day)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject
from PySide6.QtWidgets import QTableView

from ...domain.agreement_rules import Standing
from ...domain.agreement_text import CHANGE_LABELS, ChangeKind
from ...domain.bargaining_rules import (
    FAILURE_LABELS,
    REQUESTER_LABELS,
    TOPIC_LABELS,
    FailureGround,
    Requester,
    Topic,
)
from ...domain.bargaining_stages import (
    AGREEMENT_STAGE_LABELS,
    ROUND_KIND_LABELS,
    ROUND_STAGE_LABELS,
    AgreementStage,
    RoundKind,
    RoundStage,
)
from ...services.bargaining_models import AgreementInfo, RoundInfo, TimedClock
from .conference_text import GREEN, GREY, RED, fit_rows

translate = QCoreApplication.translate
AMBER = "#9a6700"
OPEN_STAGES = (RoundStage.REQUESTED, RoundStage.ARRANGED, RoundStage.NEGOTIATING)
FAILURE_ARTICLES = {FailureGround.REFUSED_OR_LATE: "Labour Code 2019 Art 71.a",
                    FailureGround.TIME_RAN_OUT: "Labour Code 2019 Art 71.b",
                    FailureGround.DECLARED: "Labour Code 2019 Art 71.c"}  # "Rules" strings


def today() -> date:
    """The day the screens date their records and judge the clocks by (the UI's clock)."""
    return QDate.currentDate().toPython()


@dataclass(frozen=True)
class RoundView:
    """What every bargaining tab loads: the round, its agreement, and today."""

    round: RoundInfo
    agreement: AgreementInfo
    today: date
    amended: AgreementInfo | None = None  # the signed agreement an amendment or renewal changes

    @property
    def open(self) -> bool:
        return self.round.stage in OPEN_STAGES


# -- names --------------------------------------------------------------------------------------
def kind_name(kind: RoundKind) -> str:
    return translate("Bargaining", ROUND_KIND_LABELS[kind])


def round_stage_name(stage: RoundStage) -> str:
    return translate("Bargaining", ROUND_STAGE_LABELS[stage])


def agreement_stage_name(stage: AgreementStage) -> str:
    return translate("Agreement", AGREEMENT_STAGE_LABELS[stage])


def topic_name(topic: Topic) -> str:
    return translate("Bargaining", TOPIC_LABELS[topic])


def requester_name(requester: Requester) -> str:
    return translate("Bargaining", REQUESTER_LABELS[requester])


def failure_name(ground: FailureGround) -> str:
    return translate("Bargaining", FAILURE_LABELS[ground])


def failure_article(ground: FailureGround) -> str:
    return translate("Rules", FAILURE_ARTICLES[ground])


def change_name(kind: ChangeKind) -> str:
    return translate("Agreement", CHANGE_LABELS[kind])


def standing_name(standing: Standing) -> str:
    return {
        Standing.NOT_YET: translate("BargainingText", "Not yet in force"),
        Standing.IN_FORCE: translate("BargainingText", "In force"),
        Standing.RENEWAL_WINDOW: translate("BargainingText", "In force, renewal window open"),
        Standing.SURVIVING: translate("BargainingText", "Expired, in force while renewal "
                                                        "talks go on"),
        Standing.EXPIRED: translate("BargainingText", "Expired"),
        Standing.SUPERSEDED: translate("BargainingText", "Replaced by a newer agreement"),
    }[standing]


def progress_name(view: RoundView) -> str:
    """Where the round stands: its own stage until the draft is agreed, then the agreement's."""
    stage = view.round.stage
    if stage is RoundStage.CONCLUDED and view.agreement.stage is not AgreementStage.DRAFT:
        return agreement_stage_name(view.agreement.stage)
    return round_stage_name(stage)


# -- clocks -------------------------------------------------------------------------------------
def clock_state(clock: TimedClock, day: date, closed: bool = False) -> tuple[str, str]:
    """The state of a deadline on `day` and its colour: done (on time or late), or still due
    (in N days, today, overdue). `closed`: the round is over, so an undone step stays undone."""
    done = clock.done_on
    if done is not None:
        if clock.late:
            return translate("BargainingText", "done late, on {day}").format(
                day=done.strftime("%d/%m/%Y")), RED
        return translate("BargainingText", "done on time, on {day}").format(
            day=done.strftime("%d/%m/%Y")), GREEN
    if closed:
        return translate("BargainingText", "not done"), GREY
    left = (clock.clock.due - day).days
    if left < 0:
        if left == -1:
            return translate("BargainingText", "overdue by 1 day"), RED
        return translate("BargainingText", "overdue by {days} days").format(days=-left), RED
    if left == 0:
        return translate("BargainingText", "due today"), AMBER
    if left == 1:
        return translate("BargainingText", "due tomorrow"), AMBER
    return translate("BargainingText", "due in {days} days").format(days=left), (
        AMBER if left <= 3 else "#333333")


# -- tables -------------------------------------------------------------------------------------
class _Refit(QObject):
    """Sizes a short table's wrapped rows again when it is shown: rows measured while its tab
    was hidden were measured against columns that were not yet their final width."""

    def __init__(self, table: QTableView, most: int) -> None:
        super().__init__(table)
        self.table, self.most = table, most

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            fit_rows(self.table, self.most)
        return False


def fitted(table: QTableView, most: int) -> None:
    """fit_rows now, and again each time the table is shown."""
    if not table.property("refits"):
        table.setProperty("refits", True)
        table.installEventFilter(_Refit(table, most))
    fit_rows(table, most)
