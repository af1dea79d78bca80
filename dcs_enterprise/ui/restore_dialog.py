"""Choosing the backup to restore: this database's automatic copies and the manual copies in
the backup folder, newest first, or another file. The choice is checked and confirmed here;
the launcher, which owns the open database, then restores it (ui/launcher.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DcsError
from ..services.maintenance import BackupFile, BackupKind, check_restorable, list_backups
from .errors import show_error
from .list_model import ListTableModel
from .pages.conference_text import list_view, selected_row, size_columns

translate = QCoreApplication.translate
MADE_ON_FORMAT = "%d/%m/%Y %H:%M"


def kind_label(kind: BackupKind) -> str:
    return {
        BackupKind.DAILY: translate("RestoreDialog", "Daily (automatic)"),
        BackupKind.BEFORE_UPGRADE: translate("RestoreDialog", "Before an upgrade (automatic)"),
        BackupKind.BEFORE_RESTORE: translate("RestoreDialog", "Replaced by a restore"),
        BackupKind.MANUAL: translate("RestoreDialog", "Manual"),
    }[kind]


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class BackupsModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("RestoreDialog", "Kind"), translate("RestoreDialog", "Made on"),
                translate("RestoreDialog", "Size"), translate("RestoreDialog", "File")]

    def display(self, row: BackupFile, column: int) -> object:
        return (kind_label(row.kind), row.modified.strftime(MADE_ON_FORMAT), size_text(row.size),
                row.path.name)[column]


class RestoreDialog(QDialog):
    """After accept(), `chosen` is the backup file the user confirmed."""

    def __init__(self, backup_dir: Path, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backup_dir, self.database = Path(backup_dir), Path(database)
        self.chosen: Path | None = None
        self.setWindowTitle(translate("RestoreDialog", "Restore from a backup"))
        self.resize(760, 420)
        intro = QLabel(translate(
            "RestoreDialog", "Choose the copy that replaces the current database. The current "
            "database is first saved in the backup folder, so the restore can be undone."))
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.model.set_rows(list_backups(self.backup_dir, self.database))  # not others' copies
        self.table = list_view("backupsTable", self.model)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.empty = QLabel(translate("RestoreDialog", "There is no backup in {folder} yet.")
                            .format(folder=self.backup_dir))
        self.empty.setObjectName("noBackups")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.model.rows)
        box = QDialogButtonBox()
        self.other_button = box.addButton(translate("RestoreDialog", "Other file…"),
                                          QDialogButtonBox.ButtonRole.ActionRole)
        self.other_button.setObjectName("restoreOtherFile")
        self.other_button.clicked.connect(self.choose_other_file)
        self.restore_button = box.addButton(translate("RestoreDialog", "Restore"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        box.addButton(translate("RestoreDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(box)
        size_columns(self.table, stretch=(3,))
        self.table.selectionModel().selectionChanged.connect(self._enable)
        if self.model.rows:
            self.table.selectRow(0)  # the newest
        self._enable()

    def _enable(self) -> None:
        self.restore_button.setEnabled(selected_row(self.table) is not None)

    def accept(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.confirm(self.model.rows[row].path)

    def choose_other_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("RestoreDialog", "Restore from a backup"), str(self.backup_dir),
            translate("RestoreDialog", "dcs-enterprise database (*.sqlite);;All files (*)"))
        if name:
            self.confirm(Path(name))

    def confirm(self, backup: Path) -> bool:
        """Checks the file (a refusal is shown, and the dialog stays open), then asks."""
        try:
            check_restorable(backup, self.database)
        except DcsError as error:
            show_error(self, error)
            return False
        answer = QMessageBox.question(self, translate("RestoreDialog", "Restore from a backup"),
                                      translate(
            "RestoreDialog", "Replace the current database with {file}? The current database "
            "is first saved in {folder}; then everyone signs in again, with the accounts the "
            "backup holds.").format(file=backup, folder=self.backup_dir))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.chosen = backup
        super().accept()
        return True


def choose_backup(parent: QWidget | None, backup_dir: Path, database: Path) -> Path | None:
    """The backup the user chose and confirmed, or None."""
    dialog = RestoreDialog(backup_dir, database, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen
