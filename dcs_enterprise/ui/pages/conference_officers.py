"""Who runs the conference: the presidium (the first named chairs), the secretary and the
vote-counting board, each as lines of name and title, as the conference elected them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.conference_plan import OfficerRole
from ...domain.errors import DcsError
from ...services.conference_models import OfficerInfo
from ..context import UiContext
from ..errors import show_error
from .conference_text import GREEN

translate = QCoreApplication.translate
START_LINES = {OfficerRole.PRESIDIUM: 3, OfficerRole.SECRETARY: 1, OfficerRole.COUNTER: 3}
MAX_LINES = {OfficerRole.PRESIDIUM: 9, OfficerRole.SECRETARY: 2, OfficerRole.COUNTER: 9}


class OfficerGroup(QGroupBox):
    """The lines of one role; more can be added up to the role's maximum."""

    edited = Signal()

    def __init__(self, role: OfficerRole, title: str, note: str) -> None:
        super().__init__(title)
        self.role = role
        self.setObjectName(f"officers_{role.value}")
        self.lines: list[tuple[QLineEdit, QLineEdit]] = []
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(translate("OfficersPanel", "Full name")), 0, 1)
        self.grid.addWidget(QLabel(translate("OfficersPanel", "Title or position")), 0, 2)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
        self.add_button = QPushButton(translate("OfficersPanel", "Add a line"))
        self.add_button.setObjectName(f"add_{role.value}")
        self.add_button.clicked.connect(lambda: self.add_line())
        hint = QLabel(note)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666666;")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(self.grid)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

    def add_line(self, name: str = "", title: str = "") -> tuple[QLineEdit, QLineEdit]:
        number = len(self.lines)
        name_edit, title_edit = QLineEdit(name), QLineEdit(title)
        name_edit.setObjectName(f"{self.role.value}_name_{number}")
        title_edit.setObjectName(f"{self.role.value}_title_{number}")
        for edit in (name_edit, title_edit):
            edit.textEdited.connect(self.edited)
            edit.setEnabled(self.add_button.isEnabled())
        label = (translate("OfficersPanel", "Chair") if self.role is OfficerRole.PRESIDIUM
                 and number == 0 else f"{number + 1}.")
        self.grid.addWidget(QLabel(label), number + 1, 0)
        self.grid.addWidget(name_edit, number + 1, 1)
        self.grid.addWidget(title_edit, number + 1, 2)
        self.lines.append((name_edit, title_edit))
        self.add_button.setVisible(len(self.lines) < MAX_LINES[self.role])
        return name_edit, title_edit

    def show_people(self, people: list[OfficerInfo]) -> None:
        while len(self.lines) < max(len(people), START_LINES[self.role]):
            self.add_line()
        for number, (name_edit, title_edit) in enumerate(self.lines):
            person = people[number] if number < len(people) else None
            name_edit.setText(person.name if person else "")
            title_edit.setText(person.title if person else "")

    def people(self) -> list[tuple[str, str]]:
        return [(name.text(), title.text()) for name, title in self.lines if name.text().strip()]

    def set_editable(self, editable: bool) -> None:
        self.add_button.setEnabled(editable)
        for name_edit, title_edit in self.lines:
            name_edit.setEnabled(editable)
            title_edit.setEnabled(editable)


class OfficersPanel(QWidget):
    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conference_id = 0
        self.dirty = False
        self.groups = {
            OfficerRole.PRESIDIUM: OfficerGroup(
                OfficerRole.PRESIDIUM, translate("OfficersPanel", "Presidium"),
                translate("OfficersPanel", "Elected or approved by the conference; the first "
                                           "named chairs it.")),
            OfficerRole.SECRETARY: OfficerGroup(
                OfficerRole.SECRETARY, translate("OfficersPanel", "Secretary"),
                translate("OfficersPanel", "Writes the minutes; one, or two at most.")),
            OfficerRole.COUNTER: OfficerGroup(
                OfficerRole.COUNTER, translate("OfficersPanel", "Vote-counting board"),
                translate("OfficersPanel", "Counts the votes when the conference votes by "
                                           "ballot.")),
        }
        for group in self.groups.values():
            group.edited.connect(self._edited)
        self.save_button = QPushButton(translate("OfficersPanel", "Save officers"))
        self.save_button.setObjectName("saveOfficers")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("officersStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        groups = QHBoxLayout()
        for group in self.groups.values():
            groups.addWidget(group, 1, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(groups)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _edited(self) -> None:
        self.dirty = True
        self.status.setText(translate("OfficersPanel", "Not saved yet."))
        self.status.setStyleSheet("color: #b26a00;")

    def load(self, conference_id: int, officers: list[OfficerInfo], editable: bool) -> None:
        """Shows the recorded officers, unless the user is typing them for this conference."""
        if conference_id != self.conference_id or not self.dirty:
            for role, group in self.groups.items():
                group.show_people([o for o in officers if o.role is role])
            self.dirty = False
            self.status.clear()
        self.conference_id = conference_id
        for group in self.groups.values():
            group.set_editable(editable)
        self.save_button.setEnabled(editable)

    def save(self) -> bool:
        try:
            for role, group in self.groups.items():
                self.ctx.conference_day.set_officers(self.conference_id, role, group.people())
        except DcsError as error:
            show_error(self, error)
            return False
        self.dirty = False
        self.status.setText(translate("OfficersPanel", "Officers saved."))
        self.status.setStyleSheet(f"color: {GREEN};")
        self.saved.emit()
        return True
