"""The supervision page driven as its users drive it (DOMAIN.md workflow 4): the union records
a petition and sends it, the HR officer answers it, the union publishes the answer and raises a
supervision item from it, then records its steps with evidence; a step that skips a stage is
never offered, and an attachment over the limit is refused with a message and changes
nothing; the register's filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QUrl
from PySide6.QtWidgets import QPushButton
from qt_input import commit_text
from supervision_ui import click, files, page_for, table_text, ui_db, visible_buttons

from dcs_enterprise.domain.attachments import MAX_ATTACHMENT_BYTES
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.domain.supervision import Source, Status
from dcs_enterprise.services.petitions import PetitionService
from dcs_enterprise.services.supervision_models import PetitionInput
from dcs_enterprise.ui.pages.supervision_text import today

__all__ = ["files", "page_for", "ui_db"]  # the shared fixtures


def test_a_petition_from_recording_to_a_supervision_item(page_for, qtbot, boxes, files,
                                                         tmp_path):
    union = page_for(Role.UNION_OFFICER)
    petitions = union.show_petitions()
    click(qtbot, petitions.record_button)
    dialog = petitions.dialog
    commit_text(dialog.subject, "Nước uống tại xưởng may 2")
    commit_text(dialog.content, "Bình nước thường hết từ giữa ca chiều.")
    dialog.category.setCurrentIndex(dialog.category.findData(Category.SAFETY.value))
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.SUGGESTION_BOX.value))
    commit_text(dialog.raised_by, "Tổ may 3")
    click(qtbot, dialog.ok_button)
    assert not boxes, boxes
    row = petitions.current_row()
    assert row.subject == "Nước uống tại xưởng may 2" and row.status is Status.OPEN
    assert "Tổ may 3" in table_text(petitions)
    text = petitions.detail.toPlainText()
    assert "Bình nước thường hết" in text and "Democracy regulation" in text  # the due rule
    assert visible_buttons(petitions) >= {"routePetition", "raiseFromPetition"}
    assert not visible_buttons(petitions) & {"answerPetition", "rejectPetition",
                                             "publishPetition", "closePetition"}

    # Sent to the employer: an empty addressee is refused, and the dialog keeps what was typed.
    click(qtbot, petitions.buttons["route"])
    route = petitions.dialog
    route.own_due.setChecked(True)
    click(qtbot, route.ok_button)
    assert boxes.pop()[1] == "Say to whom on the employer side the petition is sent."
    assert route.isVisible() and route.own_due.isChecked()
    commit_text(route.addressee, "Giám đốc")
    click(qtbot, route.ok_button)
    assert not route.isVisible()
    pid = row.id
    assert petitions.current_row().status is Status.SENT
    assert petitions.current_row().addressee == "Giám đốc"
    assert "set by hand" in petitions.detail.toPlainText()

    # The HR officer answers; the union's answer buttons never show.
    hr = page_for(Role.HR_OFFICER)
    hr_petitions = hr.show_petitions()
    hr_petitions.show_petition(pid)
    assert visible_buttons(hr_petitions) >= {"answerPetition", "rejectPetition"}
    assert not visible_buttons(hr_petitions) & {"routePetition", "publishPetition",
                                                "raiseFromPetition", "closePetition"}
    click(qtbot, hr_petitions.buttons["answer"])
    commit_text(hr_petitions.dialog.text, "Công ty lắp thêm hai máy lọc nước.")
    click(qtbot, hr_petitions.dialog.ok_button)
    assert hr_petitions.current_row().status is Status.ANSWERED
    assert "Công ty lắp thêm hai máy lọc nước." in hr_petitions.detail.toPlainText()

    # The union publishes the answer, then raises an item from the petition.
    petitions.show_petition(pid)
    assert visible_buttons(petitions) >= {"publishPetition", "closePetition"}
    click(qtbot, petitions.buttons["publish"])
    commit_text(petitions.dialog.where, "Bảng tin xưởng may 2")
    click(qtbot, petitions.dialog.ok_button)
    assert petitions.current_row().published_on == today()
    assert "Bảng tin xưởng may 2" in petitions.detail.toPlainText()
    assert "publishPetition" not in visible_buttons(petitions)

    click(qtbot, petitions.buttons["raise"])
    item_dialog = petitions.dialog
    assert item_dialog.source.currentData() == Source.PETITION.value
    assert item_dialog.link.currentData() == pid
    assert item_dialog.title.text() == "Nước uống tại xưởng may 2"
    assert item_dialog.addressee.text() == "Giám đốc"
    commit_text(item_dialog.recommendation, "Bổ sung bình nước, kiểm tra chất lượng nước.")
    click(qtbot, item_dialog.ok_button)
    items = union.items
    assert union.tabs.currentWidget() is items
    item = items.current_row()
    assert item.source is Source.PETITION and item.status is Status.OPEN
    assert "Nước uống tại xưởng may 2" in items.detail.toPlainText()
    assert "rule S1" in items.detail.toPlainText()

    # Only the next step is offered: from open, sent; nothing that skips a stage.
    click(qtbot, items.step_button)
    step = items.dialog
    offered = [step.status.itemData(i) for i in range(step.status.count())]
    assert offered == [Status.SENT.value]
    scan = tmp_path / "cong-van-12.pdf"
    scan.write_bytes(b"%PDF-1.4 letter\n" * 50)
    files.chosen = [str(scan)]
    click(qtbot, step.findChild(QPushButton, "stepAttach"))
    assert step.file_list.count() == 1
    commit_text(step.text, "Gửi công văn số 12/CĐCS.")
    click(qtbot, step.ok_button)
    assert not boxes, boxes
    info = items.detail_info
    assert info.row.status is Status.SENT
    [update] = info.timeline
    [attachment] = update.attachments
    assert attachment.file_name == "cong-van-12.pdf"
    assert "cong-van-12.pdf" in items.detail.toPlainText()

    # The evidence opens with the system's viewer, or is saved where the user says.
    opened = items.attachment(attachment.id, save=False)
    assert opened.read_bytes() == scan.read_bytes()
    assert files.opened == [QUrl.fromLocalFile(str(opened))]
    items.link_clicked(QUrl(f"save:{attachment.id}"))
    assert files.save_to.read_bytes() == scan.read_bytes()

    # Sent: the union may only escalate; the employer side answers or rejects.
    click(qtbot, items.step_button)
    assert [items.dialog.status.itemData(i) for i in range(items.dialog.status.count())] == [
        Status.ESCALATED.value]
    items.dialog.reject()
    hr_items = hr.show_items()
    hr_items.show_item(item.id)
    click(qtbot, hr_items.step_button)
    hr_step = hr_items.dialog
    assert [hr_step.status.itemData(i) for i in range(hr_step.status.count())] == [
        Status.ANSWERED.value, Status.REJECTED.value]
    click(qtbot, hr_step.ok_button)  # an answer needs its text: refused, the dialog stays
    assert hr_step.isVisible() and boxes.pop()[1] == "Write the employer's answer."
    commit_text(hr_step.text, "Đã lắp máy lọc nước.")
    hr_step.on.setDate(QDate.currentDate().addDays(1))  # tomorrow: not yet happened
    click(qtbot, hr_step.ok_button)
    assert hr_step.isVisible() and "is after today" in boxes.pop()[1]
    assert hr_items.ctx.supervision_items.get(item.id, today()).row.status is Status.SENT
    hr_step.on.setDate(QDate.currentDate())
    click(qtbot, hr_step.ok_button)
    assert hr_items.detail_info.row.status is Status.ANSWERED
    assert "publishOutcome" not in visible_buttons(hr_items)  # the union publishes
    items.show_item(item.id)
    assert "publishOutcome" in visible_buttons(items)

    # The petition links to its item, and the item back to the petition.
    petitions.show_petition(pid)
    assert f"Item no. {item.id}" in petitions.detail.toPlainText()
    items.link_clicked(QUrl(f"petition:{pid}"))
    assert union.tabs.currentWidget() is petitions and petitions.current_id() == pid


def test_an_attachment_over_the_limit_is_refused_and_changes_nothing(page_for, qtbot, boxes,
                                                                     files, tmp_path):
    union = page_for(Role.UNION_OFFICER)
    items = union.show_items()
    click(qtbot, items.raise_button)
    dialog = items.dialog
    dialog.source.setCurrentIndex(dialog.source.findData(Source.INSPECTION.value))
    assert not dialog.link.isEnabled()
    commit_text(dialog.title, "Lối thoát hiểm kho thành phẩm bị chắn")
    commit_text(dialog.addressee, "Giám đốc")
    click(qtbot, dialog.ok_button)
    assert not boxes, boxes
    item_id = items.current_id()
    big = tmp_path / "anh-chup.jpg"
    with big.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    small = tmp_path / "bien-ban.pdf"
    small.write_bytes(b"%PDF small")
    files.chosen = [str(small), str(big)]
    click(qtbot, items.note_button)
    note = items.dialog
    click(qtbot, note.findChild(QPushButton, "stepAttach"))
    assert len(boxes) == 1 and "anh-chup.jpg" in boxes[0][1] and "10 MB" in boxes[0][1]
    assert note.file_list.count() == 0 and note.files == []
    note.reject()
    assert items.ctx.supervision_items.get(item_id, today()).timeline == ()


def test_filters_show_the_year_and_status_chosen(page_for, make_ctx):
    ctx = make_ctx(Role.UNION_OFFICER)
    service = PetitionService(ctx.db, ctx.actor)
    old = service.record(PetitionInput("Cũ", Category.OTHER, Channel.DIRECT,
                                       date(today().year - 1, 6, 1), "Năm trước", False, "Tổ 1"))
    new = service.record(PetitionInput("Mới", Category.OTHER, Channel.DIRECT, today(),
                                       "Năm nay", False, "Tổ 2"))
    service.route(new.row.id, "Giám đốc", today())
    petitions = page_for(Role.UNION_OFFICER).show_petitions()
    assert petitions.chosen_year() == today().year  # this year first: ten years are many
    assert [r.id for r in petitions.model.rows] == [new.row.id]
    petitions.year.setCurrentIndex(0)  # all years
    assert {r.id for r in petitions.model.rows} == {old.row.id, new.row.id}
    petitions.year.setCurrentIndex(petitions.year.findData(today().year - 1))
    assert [r.id for r in petitions.model.rows] == [old.row.id]
    petitions.year.setCurrentIndex(0)
    petitions.status.setCurrentIndex(petitions.status.findData(Status.SENT.value))
    assert [r.id for r in petitions.model.rows] == [new.row.id]
    assert petitions.count.text() == "Petitions: 1; awaiting an answer: 1"
