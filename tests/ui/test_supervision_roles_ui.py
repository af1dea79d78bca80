"""Who sees what on the supervision page: the HR officer and the administrator never see who
filed an anonymous petition (rule S3), in the register, its detail, the answer dialog or the
items' links, while the union officers do; the employer side records an anonymous petition
without a name; on realistic records every role's tabs show the overdue rows in red and only
the buttons the role may use."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from qt_input import commit_text
from supervision_seed import seed
from supervision_ui import NAME, click, page_for, table_text, ui_db, visible_buttons

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.domain.supervision import Source
from dcs_enterprise.services.petitions import PetitionService
from dcs_enterprise.services.session import EMPLOYEE_VIEW
from dcs_enterprise.services.supervision_models import PetitionInput
from dcs_enterprise.ui.pages.conference_text import RED
from dcs_enterprise.ui.pages.supervision_text import today

__all__ = ["page_for", "ui_db"]  # the shared fixtures
UNION_ONLY = {"routePetition", "closePetition", "publishPetition", "raiseFromPetition",
              "raiseItem", "publishOutcome", "newPlan", "editPlan",
              "recordNotice", "recordFindings", "raiseFromFindings"}


def test_the_hr_officer_never_sees_who_filed_an_anonymous_petition(page_for, make_ctx):
    ctx = make_ctx(Role.UNION_OFFICER)
    filed = PetitionService(ctx.db, EMPLOYEE_VIEW).file(PetitionInput(
        "Quạt thông gió dây chuyền 4 hỏng.", Category.SAFETY, Channel.EMPLOYEE_VIEW, today(),
        "Quạt thông gió", True, NAME))
    union_ctx = PetitionService(ctx.db, ctx.actor)
    union_ctx.route(filed.id, "Phòng Hành chính - Nhân sự", today())

    union = page_for(Role.UNION_OFFICER).show_petitions()
    union.show_petition(filed.id)
    assert f"{NAME} (anonymous)" in table_text(union)
    assert NAME in union.detail.toPlainText()

    for role in (Role.HR_OFFICER, Role.ADMIN):
        page = page_for(role)
        petitions = page.show_petitions()
        petitions.show_petition(filed.id)
        assert NAME not in table_text(petitions)
        assert "Anonymous" in table_text(petitions)
        assert NAME not in petitions.detail.toPlainText()
        assert "Anonymous" in petitions.detail.toPlainText()
        petitions.answer(False)  # the answer dialog shows the petition, not its petitioner
        assert NAME not in petitions.dialog.findChild(QLabel, "answerHeading").text()
        petitions.dialog.reject()
        items = page.show_items()
        options = items.ctx.supervision_items.link_options(Source.PETITION)
        assert all(NAME not in o.label for o in options)


def test_the_employer_side_records_an_anonymous_petition_without_a_name(page_for, qtbot,
                                                                         boxes):
    petitions = page_for(Role.HR_OFFICER).show_petitions()
    click(qtbot, petitions.record_button)
    dialog = petitions.dialog
    commit_text(dialog.raised_by, NAME)
    dialog.anonymous.setChecked(True)
    assert dialog.raised_by.text() == "" and not dialog.raised_by.isEnabled()
    assert "union officers alone" in dialog.identity_note.text()
    commit_text(dialog.content, "Tổ trưởng la mắng công nhân.")
    click(qtbot, dialog.ok_button)
    assert not boxes, boxes
    assert petitions.current_row().identity_hidden


def test_every_role_reads_the_registers_on_realistic_records(page_for, make_ctx):
    made = seed(make_ctx(Role.ADMIN).db, today())
    for role in (Role.UNION_OFFICER, Role.HR_OFFICER, Role.ADMIN):
        page = page_for(role)
        shown: set[str] = set()
        texts = []
        for tab in (page.show_petitions(), page.show_items(), page.show_plans()):
            for row in range(tab.model.rowCount()):
                tab.table.selectRow(row)
                shown |= visible_buttons(tab)
                texts.append(tab.detail.toPlainText())
            texts.append(table_text(tab))
            late = [r for r in tab.model.rows if getattr(r, "overdue", False)]
            assert all(tab.model.foreground(r) == QColor(RED) for r in late)
            if tab is not page.plans:
                assert late, tab  # the seed has an overdue petition and an overdue item
        everything = "\n".join(texts)
        assert (NAME in everything) is (role is Role.UNION_OFFICER)
        if role is Role.UNION_OFFICER:
            assert shown >= {"routePetition", "closePetition", "publishPetition",
                             "recordStep", "publishOutcome", "raiseFromFindings"}
        else:
            assert not shown & UNION_ONLY, shown & UNION_ONLY
            assert {"answerPetition", "rejectPetition", "recordStep", "addNote"} <= shown
            page.show_items().show_item(made.items["night"])  # answered: the union's turn
            assert "recordStep" not in visible_buttons(page.items)
