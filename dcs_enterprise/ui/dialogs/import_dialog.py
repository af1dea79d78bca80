"""Importing the roster: choose the file, watch the progress, and see every problem at once.

The import is all or nothing: when any row is wrong, the list says which row, which column and
what is wrong, and the database is left as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ...domain.errors import DcsError
from ...domain.roster import RowError
from ...i18n import error_text
from ...services.roster_import import ImportRejected, ImportResult
from ..context import UiContext
from ..errors import show_crash
from ..list_model import ListTableModel
from ..pages.roster_model import column_label
from ..workers import Task
from .buttons import translate_buttons

translate = QCoreApplication.translate


class RowErrorModel(ListTableModel):
    @property
    def errors(self) -> list[RowError]:
        return self.rows

    def headers(self) -> list[str]:
        return [translate("ImportDialog", "Row"), translate("ImportDialog", "Column"),
                translate("ImportDialog", "Problem")]

    def display(self, error: RowError, column: int) -> object:
        if column == 0:
            return error.row or ""
        if column == 1:
            return column_label(error.column) if error.column else ""
        return error_text(error)


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._task: Task | None = None
        self.setWindowTitle(translate("ImportDialog", "Import the employee roster"))
        self.resize(760, 520)
        intro = QLabel(translate(
            "ImportDialog",
            "Choose the roster file (.xlsx or .csv in UTF-8). The first row holds the column "
            "titles, in Vietnamese or English: Mã NV, Họ và tên, Giới tính, Ngày sinh, Phòng "
            "ban, Chức vụ, Ngày vào làm, Loại hợp đồng, Đoàn viên công đoàn, Trạng thái. "
            "Employees already in the roster are updated by their code. If any row is wrong, "
            "nothing is imported and every problem is listed."))
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        browse = QPushButton(translate("ImportDialog", "Choose file…"))
        browse.clicked.connect(self.browse)
        self.create_departments = QCheckBox(translate(
            "ImportDialog", "Create the departments that are not in the tree yet"))
        self.create_departments.setObjectName("createDepartments")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.error_model = RowErrorModel(self)
        self.error_view = QTableView()
        self.error_view.setObjectName("importErrors")
        self.error_view.setModel(self.error_model)
        self.error_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.error_view.verticalHeader().hide()
        self.import_button = QPushButton(translate("ImportDialog", "Import"))
        self.import_button.setObjectName("startImport")
        self.import_button.clicked.connect(lambda: self.start_import(Path(self.path.text())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        translate_buttons(buttons)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.create_departments)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error_view, 1)
        layout.addWidget(buttons)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("ImportDialog", "Roster file"), "",
            translate("ImportDialog", "Roster (*.xlsx *.csv)"))
        if name:
            self.path.setText(name)

    def start_import(self, path: Path) -> None:
        if not self.path.text().strip():
            self.status.setText(translate("ImportDialog", "Choose a file first."))
            return
        self.error_model.set_rows([])
        self.status.setText(translate("ImportDialog", "Reading {name}…").format(name=path.name))
        self.import_button.setEnabled(False)
        create = self.create_departments.isChecked()
        service = self.ctx.roster_import
        self._task = Task(lambda progress: service.import_file(
            path, create_departments=create, progress=progress))
        self._task.signals.progress.connect(self._on_progress)
        self._task.signals.finished.connect(self._on_finished)
        self._task.signals.failed.connect(self._on_failed)
        self._task.start()

    def is_running(self) -> bool:
        return not self.import_button.isEnabled()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total or 0)  # total 0: size unknown, a busy bar
        self.progress.setValue(done)

    def _on_finished(self, result: ImportResult) -> None:
        self.import_button.setEnabled(True)
        self.progress.setRange(0, 100)
        self.progress.setValue(100)
        text = translate("ImportDialog",
                         "Imported: {inserted} new, {updated} updated, {unchanged} unchanged.")
        text = text.format(inserted=result.inserted, updated=result.updated,
                           unchanged=result.unchanged)
        if result.created_departments:
            text += " " + translate("ImportDialog", "New departments: {names}.").format(
                names=", ".join(result.created_departments))
        self.status.setText(text)
        self.imported.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        if isinstance(error, ImportRejected):
            self.error_model.set_rows(error.errors)
            self.status.setText(translate(
                "ImportDialog", "{count} problems were found; nothing was imported. Correct "
                "the file and import it again.").format(count=len(error.errors)))
        elif isinstance(error, DcsError):
            self.status.setText(error_text(error))
        else:
            self.status.setText("")
            show_crash(self, error)
