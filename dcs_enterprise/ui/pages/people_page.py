"""People and departments: the department tree, the roster filtered as you type (with or
without diacritics), and adding, editing, importing and exporting employees."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...domain.permissions import Action
from ..context import UiContext
from ..errors import show_error
from ..style import PAGE_TITLE_STYLE
from ..workers import Task
from .department_tree import DepartmentTree
from .roster_model import RosterModel

translate = QCoreApplication.translate
FILTER_DELAY_MS = 120  # one query after a burst of keystrokes, not one per key
COLUMN_WIDTHS = (90, 200, 70, 95, 200, 160, 95, 150, 100, 110)


class PeoplePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._task: Task | None = None
        self.tree = DepartmentTree(ctx)
        self.model = RosterModel(ctx.employees, self)
        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        # The indicator first: switching sorting on sorts by it at once, and by the name
        # (the model's own order) that reads nothing; the other way round the roster was
        # read sorted by code, then by name, before the page was even shown.
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.doubleClicked.connect(lambda _index: self.edit_employee())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.filter = QLineEdit()
        self.filter.setObjectName("rosterFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(translate(
            "PeoplePage", "Search by name or code, with or without diacritics"))
        self.include_left = QCheckBox(translate("PeoplePage", "Include those who left"))
        self.count_label = QLabel()
        self.count_label.setObjectName("rosterCount")
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._filter_timer.start)
        self.include_left.toggled.connect(self.apply_filter)
        self.tree.department_chosen.connect(lambda _id: self.apply_filter())
        self.tree.changed.connect(self.apply_filter)

        title = QLabel(translate("PeoplePage", "People and departments"))
        title.setObjectName("pageTitle")
        title.setStyleSheet(PAGE_TITLE_STYLE)
        header = QHBoxLayout()  # the title, and the actions at its right
        header.addWidget(title, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, action, slot in (
            ("add", translate("PeoplePage", "Add employee"), Action.EDIT_EMPLOYEES,
             self.add_employee),
            ("edit", translate("PeoplePage", "Edit employee"), Action.EDIT_EMPLOYEES,
             self.edit_employee),
            ("import", translate("PeoplePage", "Import roster…"), Action.IMPORT_EMPLOYEES,
             self.open_import),
            ("export", translate("PeoplePage", "Export to Excel…"), Action.EXPORT_EMPLOYEES,
             self.export),
            ("print", translate("PeoplePage", "Print the list…"), Action.PRINT_DOCUMENTS,
             self.print_roster),
        ):
            if ctx.can(action):
                button = QPushButton(text)
                button.setObjectName(f"{key}Employees")
                button.clicked.connect(slot)
                header.addWidget(button)
                self.buttons[key] = button
        search = QHBoxLayout()
        search.addWidget(self.filter, 1)
        search.addWidget(self.include_left)
        search.addWidget(self.count_label)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(search)
        layout.addWidget(splitter, 1)
        self._loaded = False

    def _selection_changed(self) -> None:
        if "edit" in self.buttons:
            self.buttons["edit"].setEnabled(self.table.selectionModel().hasSelection())

    def refresh(self) -> None:
        self.tree.reload()
        self.apply_filter()
        if not self._loaded:
            # Fixed widths: measuring the contents would read a thousand rows.
            for column, width in enumerate(COLUMN_WIDTHS):
                self.table.setColumnWidth(column, width)
            self._loaded = True

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_query(replace(self.model.query, text=self.filter.text(),
                                     department_id=self.tree.current_id(),
                                     include_left=self.include_left.isChecked()))
        self._selection_changed()  # a new list has nothing selected
        self.count_label.setText(translate("PeoplePage", "{count} people")
                                 .format(count=f"{self.model.rowCount():,}".replace(",", ".")))

    def selected_employee(self):
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    # -- adding and editing ---------------------------------------------------------------
    def add_employee(self) -> None:
        self._open_employee_dialog(None)

    def edit_employee(self) -> None:
        if not self.ctx.can(Action.EDIT_EMPLOYEES):
            return
        current = self.selected_employee()
        if current is not None:
            self._open_employee_dialog(current)

    def _open_employee_dialog(self, current):
        from ..dialogs.employee_dialog import EmployeeDialog

        dialog = EmployeeDialog(list(self.tree.departments.values()), current,
                                self.tree.current_id(), self)
        dialog.save_requested.connect(lambda data: self._save_employee(dialog, current, data))
        dialog.open()
        return dialog

    def _save_employee(self, dialog, current, data) -> None:
        try:
            if current is None:
                self.ctx.employees.create(data)
            else:
                self.ctx.employees.update(current.id, data)
        except DcsError as error:
            show_error(dialog, error)  # the dialog stays open with what was typed
            return
        dialog.accept()
        self.refresh()

    def print_roster(self):
        """The list as filtered on screen, by department, in the Decree 30 layout."""
        from ..printing import preview  # ReportLab and every renderer: 0.3 s to import

        service, query, day = self.ctx.documents, self.model.query, date.today()
        return preview(self, translate("PeoplePage", "List of employees"),
                       f"danh-sach-nguoi-lao-dong-{day:%Y%m%d}.pdf",
                       lambda numbered: service.roster(query, day, numbered=numbered),
                       can_number=self.ctx.can(Action.NUMBER_DOCUMENTS))

    # -- import and export ----------------------------------------------------------------
    def open_import(self):
        from ..dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.imported.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("PeoplePage", "Export the roster"), "danh-sach-nguoi-lao-dong.xlsx",
            translate("PeoplePage", "Excel workbook (*.xlsx)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> Task:
        service, query = self.ctx.roster_import, self.model.query
        self._task = Task(lambda progress: service.export_file(path, query, progress))
        self._task.signals.finished.connect(lambda count: QMessageBox.information(
            self, translate("PeoplePage", "Export finished"),
            translate("PeoplePage", "{count} employees were written to {path}.").format(
                count=count, path=path)))
        self._task.signals.failed.connect(lambda error: show_error(self, error))
        self._task.start()
        return self._task
