"""What the conference screens say about the domain's values: rule outcomes with their rule and
article, stage and task names, forms, owners and kinds, dates and money; and the plain table
view every conference list uses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView

from ...domain.conference_plan import TASK_LABELS, DelegateKind, ElectionMethod, Owner, TaskKind
from ...domain.conference_rules import ConferenceForm, RuleOutcome
from ...domain.conference_stages import Stage
from ...services.conference_common import STAGE_NAMES

translate = QCoreApplication.translate
RED = "#b00020"


def rule_plain(outcome: RuleOutcome) -> str:
    """The outcome's arithmetic in the user's language."""
    return translate("Rules", outcome.template).format(**dict(outcome.params))


def rule_source(outcome: RuleOutcome) -> str:
    return translate("ConferenceTexts", "rule {rule}, {article}").format(
        rule=outcome.rule_id, article=translate("Rules", outcome.article))


def rule_text(outcome: RuleOutcome) -> str:
    """The outcome in the user's language, then its rule id and article."""
    return f"{rule_plain(outcome)} ({rule_source(outcome)})"


def stage_name(stage: Stage) -> str:
    return translate("Conference", STAGE_NAMES[stage])


def task_label(kind: TaskKind) -> str:
    return translate("Conference", TASK_LABELS[kind])


def form_name(form: ConferenceForm) -> str:
    return {ConferenceForm.FULL: translate("ConferenceTexts", "Full conference"),
            ConferenceForm.DELEGATE: translate("ConferenceTexts", "Delegate conference")}[form]


def owner_name(owner: Owner) -> str:
    return {Owner.EMPLOYER: translate("ConferenceTexts", "Employer"),
            Owner.UNION: translate("ConferenceTexts", "Union"),
            Owner.JOINT: translate("ConferenceTexts", "Employer and union"),
            Owner.DEPARTMENTS: translate("ConferenceTexts", "Departments")}[owner]


def kind_name(kind: DelegateKind) -> str:
    return {DelegateKind.EX_OFFICIO: translate("ConferenceTexts", "Ex officio"),
            DelegateKind.ELECTED: translate("ConferenceTexts", "Elected"),
            DelegateKind.WORKER: translate("ConferenceTexts", "Worker")}[kind]


def method_name(method: ElectionMethod) -> str:
    return {ElectionMethod.SHOW_OF_HANDS: translate("ConferenceTexts", "Show of hands"),
            ElectionMethod.SECRET_BALLOT: translate("ConferenceTexts", "Secret ballot")}[method]


def day_text(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def note_label(text: str = "", object_name: str = "") -> QLabel:
    """A grey, wrapped explanation under a control."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #555555;")
    if object_name:
        label.setObjectName(object_name)
    return label


def list_view(object_name: str, model) -> QTableView:
    """A read-only table, whole rows selected one at a time, headers left-aligned."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def fit_rows(table: QTableView, most: int = 12) -> None:
    """Sizes the rows to their wrapped text and the table to its rows (at most `most`), for
    short lists shown in full inside a scrolling page."""
    table.resizeRowsToContents()
    rows = table.model().rowCount()
    body = sum(table.rowHeight(r) for r in range(min(rows, most))) or 24 * 2
    scroll = table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(body + table.horizontalHeader().sizeHint().height()
                         + 2 * table.frameWidth() + scroll)


def selected_row(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None
