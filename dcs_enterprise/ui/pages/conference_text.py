"""Words the conference screens share, and the few plain widgets that carry them: a rule's
outcome with its arithmetic and legal ground, dates in the Vietnamese order, stage, task, form,
owner and delegate names, vote verdicts, commitment statuses and publication forms; the grey
note, the coloured rule state, the action button and the read-only list every conference
screen uses."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
)

from ...domain.commitments import Status
from ...domain.conference_plan import TASK_LABELS, DelegateKind, ElectionMethod, Owner, TaskKind
from ...domain.conference_rules import ConferenceForm, RuleOutcome
from ...domain.conference_stages import Stage
from ...domain.publication import PublicationForm, TimingCheck
from ...services.conference_common import STAGE_NAMES

translate = QCoreApplication.translate
_DECIMAL = re.compile(r"\d+\.\d+")
GREEN, RED, GREY = "#1b6e20", "#b00020", "#666666"
MET_STYLE = "background: #e6f4ea; color: #1b6e20; border: 1px solid #1b6e20; padding: 6px;"
NOT_MET_STYLE = "background: #fdecea; color: #b00020; border: 1px solid #b00020; padding: 6px;"
NEUTRAL_STYLE = "background: #f3f4f6; color: #333333; border: 1px solid #cccccc; padding: 6px;"


# -- words ------------------------------------------------------------------------------------
def dmy(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def dmy_hm(moment: datetime | None) -> str:
    return moment.strftime("%d/%m/%Y %H:%M") if moment else ""


def rule_text(outcome: RuleOutcome | TimingCheck) -> str:
    """The rule's arithmetic in the user's language ("20 of 30 present; …"), large counts
    grouped and decimals marked as the language writes them (1.146 and 78,2 in Vietnamese,
    1,146 and 78.2 in English)."""
    locale = QLocale()
    return translate("Rules", outcome.template).format(
        **{name: _localized(value, locale) for name, value in outcome.params})


def _localized(value: object, locale: QLocale) -> object:
    if isinstance(value, int) and value >= 1000:
        return locale.toString(value)
    if isinstance(value, str) and _DECIMAL.fullmatch(value):  # a percentage such as "78.2"
        return value.replace(".", locale.decimalPoint())
    return value


def rule_source(outcome: RuleOutcome | TimingCheck) -> str:
    return translate("ConferenceText", "rule {rule}, {article}").format(
        rule=outcome.rule_id, article=translate("Rules", outcome.article))


def rule_line(outcome: RuleOutcome | TimingCheck) -> str:
    """The arithmetic followed by where the rule comes from."""
    return f"{rule_text(outcome)} ({rule_source(outcome)})"


def stage_name(stage: Stage) -> str:
    return translate("Conference", STAGE_NAMES[stage])


def task_label(kind: TaskKind) -> str:
    return translate("Conference", TASK_LABELS[kind])


def form_name(form: ConferenceForm) -> str:
    return {ConferenceForm.FULL: translate("ConferenceText", "Full conference"),
            ConferenceForm.DELEGATE: translate("ConferenceText", "Delegate conference")}[form]


def owner_name(owner: Owner) -> str:
    return {Owner.EMPLOYER: translate("ConferenceText", "Employer"),
            Owner.UNION: translate("ConferenceText", "Union"),
            Owner.JOINT: translate("ConferenceText", "Employer and union"),
            Owner.DEPARTMENTS: translate("ConferenceText", "Departments")}[owner]


def kind_name(kind: DelegateKind) -> str:
    return {DelegateKind.EX_OFFICIO: translate("ConferenceText", "Ex officio"),
            DelegateKind.ELECTED: translate("ConferenceText", "Elected"),
            DelegateKind.WORKER: translate("ConferenceText", "Worker")}[kind]


def method_name(method: ElectionMethod) -> str:
    return {ElectionMethod.SHOW_OF_HANDS: translate("ConferenceText", "Show of hands"),
            ElectionMethod.SECRET_BALLOT: translate("ConferenceText", "Secret ballot")}[method]


def verdict(passed: bool) -> str:
    return (translate("ConferenceText", "PASSED") if passed
            else translate("ConferenceText", "FAILED"))


def status_label(status: Status) -> str:
    return {
        Status.NOT_STARTED: translate("ConferenceText", "Not started"),
        Status.IN_PROGRESS: translate("ConferenceText", "In progress"),
        Status.DONE: translate("ConferenceText", "Done"),
        Status.DROPPED: translate("ConferenceText", "Dropped"),
    }[status]


def publication_form_label(form: PublicationForm) -> str:
    """Decree 145/2020 Art 43.2 (rule P2)."""
    return {
        PublicationForm.NOTICE_BOARD: translate(
            "ConferenceText", "Posted on the notice board at the workplace"),
        PublicationForm.MEETING: translate(
            "ConferenceText", "Announced at a meeting, conference or dialogue"),
        PublicationForm.WRITTEN_TO_UNION: translate(
            "ConferenceText", "Written notice to the workers' representative organisation"),
        PublicationForm.INTERNAL_SYSTEM: translate(
            "ConferenceText", "Internal information system"),
        PublicationForm.OTHER: translate("ConferenceText", "Other form"),
    }[form]


def publication_form_box(object_name: str, shortest: int = 0) -> QComboBox:
    """Every form of publication, its value as the item's data. With `shortest` (characters)
    the longest form no longer sets the box's width, which would widen the whole screen."""
    box = QComboBox()
    box.setObjectName(object_name)
    for form in PublicationForm:
        box.addItem(publication_form_label(form), form.value)
    if shortest:
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(shortest)
    return box


def kind_label(kind: str) -> str:
    return {"minutes": translate("ConferenceText", "Minutes"),
            "resolution": translate("ConferenceText", "Resolution")}.get(kind, kind)


# -- widgets ----------------------------------------------------------------------------------
def note_label(text: str = "", object_name: str = "") -> QLabel:
    """A grey, wrapped plain-text explanation under a control (show_state colours it)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #555555;")
    if object_name:
        label.setObjectName(object_name)
    return label


def show_state(label: QLabel, text: str, met: bool | None) -> None:
    """Green when the rule is met, red when not, grey when it does not apply."""
    label.setText(text)
    label.setStyleSheet(NEUTRAL_STYLE if met is None else MET_STYLE if met else NOT_MET_STYLE)


def action_button(name: str, text: str, slot, visible: bool = True) -> QPushButton:
    """A push button with its object name, wired to `slot`; hidden from a role that may not
    use it (the service would refuse it anyway)."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    button.setVisible(visible)
    return button


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


def size_columns(table: QTableView, stretch: tuple[int, ...] = (),
                 widths: dict[int, int] | None = None) -> None:
    """Columns that fit the screen instead of running off it: the `stretch` columns share the
    width left over; a column in `widths` gets that width (at least its header's); the others
    fit their contents (a short list only: measuring reads every row)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    widths = widths or {}
    for column in range(table.model().columnCount()):
        if column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif column in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, max(widths[column], header.sectionSizeHint(column)))
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def wrap_rows(table: QTableView) -> None:
    """Long cells wrap onto more lines, each row as tall as its text (short lists only)."""
    table.setWordWrap(True)
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(rows.defaultSectionSize())  # one line as tall as elsewhere
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def fit_rows(table: QTableView, most: int = 12) -> None:
    """Sizes the rows to their wrapped text and the table to its rows (at most `most`), for
    short lists shown in full inside a scrolling page; again whenever a column's width (a
    stretched one's, with the window's) changes the wrapping."""
    if not table.property("fitsRows"):
        table.setProperty("fitsRows", True)
        table.horizontalHeader().sectionResized.connect(lambda *_args: _fit(table, most))
    _fit(table, most)


def _fit(table: QTableView, most: int) -> None:
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(rows.defaultSectionSize())
    table.resizeRowsToContents()
    rows = table.model().rowCount()
    body = sum(table.rowHeight(r) for r in range(min(rows, most))) or 24 * 2
    scroll = table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(body + table.horizontalHeader().sizeHint().height()
                         + 2 * table.frameWidth() + scroll)


def selected_row(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None
