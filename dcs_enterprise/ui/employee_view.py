"""The shared PC's window for employees: what the employer and the union have published,
nothing else (no drafts, no roster, no petitioner's identity), and one thing a worker may do
there: file a petition, named or anonymously (Decree 145/2020 Art 44.2; rule S3)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DcsError
from ..domain.permissions import Action
from ..domain.petitions import Channel
from ..services.supervision_models import PetitionInput, PetitionReceipt
from .context import UiContext
from .dialogs.petition_file_dialog import PetitionFileDialog, PetitionForm
from .errors import show_error
from .pages.conference_text import dmy
from .published_records import PublishedModel, PublishedRecord, SearchFilter

translate = QCoreApplication.translate


class EmployeeViewWindow(QMainWindow):
    """Emits `sign_in_requested` (and closes) when an officer wants the sign-in dialog."""

    sign_in_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("employeeViewWindow")
        self.resize(1100, 750)

        toolbar = QToolBar(translate("EmployeeView", "Actions"))
        toolbar.setObjectName("employeeToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.sign_in_action = QAction(translate("EmployeeView", "Sign in as an officer"), self)
        self.sign_in_action.setObjectName("signInAction")
        self.sign_in_action.triggered.connect(self._sign_in)
        self.petition_action = QAction(translate("EmployeeView", "File a petition"), self)
        self.petition_action.setObjectName("filePetitionAction")
        self.petition_action.triggered.connect(self.file_petition)
        self.petition_action.setVisible(ctx.can(Action.FILE_PETITION))
        toolbar.addAction(self.petition_action)
        toolbar.addSeparator()
        toolbar.addAction(self.sign_in_action)
        self.addToolBar(toolbar)
        self.dialog: PetitionFileDialog | None = None
        self.receipt: PetitionReceipt | None = None

        self.heading = QLabel()
        self.heading.setObjectName("enterpriseName")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        subtitle = QLabel(translate("EmployeeView", "Published for all workers"))
        subtitle.setObjectName("subtitle")
        subtitle.setStyleSheet("color: #555555;")

        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate(
            "EmployeeView", "Search published records (with or without diacritics)"))

        # Every published record: resolutions, the agreement in force, bargaining minutes,
        # dialogue notices, answered petitions, the outcomes of supervision items and the
        # employer's publication register, the latest first.
        self.model = PublishedModel(self)
        self.proxy = SearchFilter(self, ctx.published_search.search)  # diacritics ignored
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)  # the best matches first, else the latest first
        self.search.textChanged.connect(self._search)
        self.table = QTableView()
        self.table.setObjectName("publishedTable")
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((110, 160, 120, 420)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QTextBrowser()
        self.details.setObjectName("recordDetails")
        self.details.setOpenLinks(False)
        self.details.setStyleSheet("font-size: 11pt;")  # read at the shared PC, often standing
        self.records = QSplitter(Qt.Orientation.Vertical)
        self.records.addWidget(self.table)
        self.records.addWidget(self.details)
        self.records.setSizes([280, 370])

        self.empty = self._empty_panel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.records)
        self.stack.addWidget(self.empty)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(translate(
            "EmployeeView", "Employee view: read only. Officers sign in to work on records."))
        self.refresh()

    @staticmethod
    def _empty_panel() -> QFrame:
        title = QLabel(translate("EmployeeView", "Nothing has been published yet."))
        title.setObjectName("nothingPublished")
        title.setStyleSheet("font-size: 13pt; font-weight: bold; border: none;")
        body = QLabel(translate(
            "EmployeeView", "The resolutions of the workers' conference, the collective labour "
            "agreement in force, dialogue notices, what the employer publishes and the answers "
            "to petitions will appear here once they are published. To raise a matter, file a "
            "petition: the button is at the top."))
        body.setObjectName("nothingPublishedDetails")
        body.setStyleSheet("font-size: 11pt; color: #333333; border: none;")
        for label in (title, body):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        panel = QFrame()
        panel.setObjectName("emptyPanel")
        panel.setStyleSheet("#emptyPanel { background: white; border: 1px solid #cccccc; }")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(64, 32, 64, 32)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(body)
        layout.addStretch(2)
        return panel

    def refresh(self) -> None:
        try:
            name = self.ctx.enterprise.get().profile.name
        except DcsError as error:
            show_error(self, error)
            name = ""
        self.heading.setText(name)
        self.setWindowTitle(translate("EmployeeView", "{name} — published records").format(
            name=name or "dcs-enterprise"))
        self.proxy.forget()
        try:  # published only: the services never hand out a draft
            self.model.set_rows(self._published())
        except DcsError as error:
            show_error(self, error)
            self.model.set_rows([])
        has_records = self.model.rowCount() > 0
        for column, least in ((0, 110), (1, 160)):  # the period with its end; the kind whole
            self.table.setColumnWidth(column, max(least, self.table.sizeHintForColumn(column)))
        self.search.setEnabled(has_records)
        self.stack.setCurrentWidget(self.records if has_records else self.empty)
        if has_records:
            self.table.selectRow(0)
        else:
            self.details.clear()

    def _published(self) -> list[PublishedRecord]:
        from .published_agreements import agreement_record, session_record
        from .published_dialogues import notice_record
        from .published_items import item_record
        from .published_petitions import petition_record
        from .published_register import register_record
        from .published_resolutions import resolution_record

        today = QDate.currentDate().toPython()
        records = [resolution_record(r) for r in self.ctx.resolutions.published()]
        records += [notice_record(n) for n in self.ctx.dialogues.published_notices()]
        records += [session_record(s) for s in self.ctx.agreements.published_sessions()]
        records += [petition_record(p) for p in self.ctx.petitions.published()]
        records += [item_record(i) for i in self.ctx.supervision_items.published()]
        records += [register_record(e) for e in self.ctx.publication_register.published(today)]
        agreement = self.ctx.agreements.published(today)
        if agreement is not None:
            records.append(agreement_record(agreement))
        # The agreement in force first: it binds everyone now, whenever it was announced.
        return sorted(records, key=lambda r: (r.pinned, r.published_on), reverse=True)

    def _search(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount():
            self.table.selectRow(0)  # the details follow the best match
            self.table.scrollToTop()
        else:
            self.details.setPlainText(translate(
                "EmployeeView", "No published record holds \"{text}\". Try fewer words, or "
                                "other words.").format(text=text.strip()))

    def _show_details(self, current, _previous=None) -> None:
        if not current.isValid():
            self.details.clear()
            return
        row = self.model.rows[self.proxy.mapToSource(current).row()]
        self.details.setHtml(row.html)

    def file_petition(self) -> PetitionFileDialog:
        """The worker's petition; once filed, a receipt with its number and answer date."""

        def submit(form: PetitionForm) -> None:
            self.receipt = self.ctx.petitions.file(PetitionInput(
                form.content, form.category, Channel.EMPLOYEE_VIEW,
                QDate.currentDate().toPython(), subject=form.subject, anonymous=form.anonymous,
                raised_by=form.raised_by))

        self.dialog = PetitionFileDialog(submit, self)
        self.dialog.accepted.connect(lambda: self._receipt(self.receipt))
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def _receipt(self, receipt: PetitionReceipt) -> None:
        QMessageBox.information(self, translate("EmployeeView", "Petition filed"), translate(
            "EmployeeView", "Your petition was received on {day} as number {number}. "
            "The answer is due by {due}. Keep the number: when the union publishes the answer, "
            "it is listed here, and you can search for it.").format(
            day=dmy(receipt.raised_on), number=receipt.id, due=dmy(receipt.due_on)))

    def _sign_in(self) -> None:
        self.sign_in_requested.emit()
        self.close()
