"""What the register of supervision items shows: the table (overdue rows in red) and the chosen
item's detail: where it comes from (a link back to the petition or the plan), the
recommendation, the due date with rule S1's counting, the answer, and the timeline of its
steps and notes with their evidence files, each to open or save."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.supervision import Source, Status
from ...services.supervision_models import AttachmentInfo, ItemDetail, ItemRow, UpdateInfo
from ..evidence_files import size_text
from .conference_text import dmy
from .supervision_register import RegisterModel, esc, fields, section
from .supervision_text import (
    due_text,
    register_counts,
    source_name,
    status_name,
    status_text,
    subject_name,
)

translate = QCoreApplication.translate
LINKED = {Source.PETITION: "petition", Source.SUPERVISION: "plan"}  # shown on this page


class ItemModel(RegisterModel):
    def headers(self) -> list[str]:
        return [translate("SupervisionItems", "No."), translate("SupervisionItems", "Raised"),
                translate("SupervisionItems", "Title"),
                translate("SupervisionItems", "Comes from"),
                translate("SupervisionItems", "Status"), translate("SupervisionItems", "Due")]

    def display(self, row: ItemRow, column: int) -> object:
        return (str(row.id), dmy(row.raised_on), row.title, source_name(row.source),
                status_text(row.status, row.overdue), dmy(row.due_on))[column]


def counts(rows: list[ItemRow]) -> str:
    return register_counts(rows, translate(
        "SupervisionItems", "Items: {count}; awaiting an answer: {waiting}"))


def source_html(item: ItemDetail) -> str:
    row = item.row
    kind = esc(source_name(row.source))
    if row.source is Source.INSPECTION:
        return kind
    target = row.plan_id if row.source is Source.SUPERVISION else item.source_id
    label = esc(row.source_label)
    if row.source in LINKED and target is not None:
        label = f"<a href='{LINKED[row.source]}:{target}'>{label or target}</a>"
    return f"{kind}: {label}"


def item_html(item: ItemDetail) -> str:
    row = item.row
    status = esc(status_text(row.status, row.overdue))
    if row.overdue:
        status = f'<span class="late">{status}</span>'
    published = ""
    if item.published_on:
        published = esc(translate("SupervisionItems", "{day}: {where}").format(
            day=dmy(item.published_on), where=item.published_where))
    head = fields([
        (translate("SupervisionItems", "Status"), status),
        (translate("SupervisionItems", "Comes from"), source_html(item)),
        (translate("SupervisionItems", "Subject"), esc(subject_name(row.subject))),
        (translate("SupervisionItems", "Addressee"), esc(row.addressee)),
        (translate("SupervisionItems", "Raised on"), dmy(row.raised_on)),
        (translate("SupervisionItems", "Sent on"), dmy(item.sent_on)),
        (translate("SupervisionItems", "Due date"), esc(due_text(row.due_on, item.due_why))),
        (translate("SupervisionItems", "Answered on"), dmy(item.answered_on)),
        (translate("SupervisionItems", "Closed on"), dmy(item.closed_on)),
        (translate("SupervisionItems", "Published"), published),
    ])
    answer_title = (translate("SupervisionItems", "Reasons for the refusal")
                    if row.status is Status.REJECTED
                    else translate("SupervisionItems", "Answer"))
    title = translate("SupervisionItems", "Item no. {id}: {title}").format(
        id=row.id, title=row.title)
    return (f"<h2>{esc(title)}</h2>{head}"
            + section(translate("SupervisionItems", "Finding"), esc(item.description))
            + section(translate("SupervisionItems", "Recommendation"), esc(item.recommendation))
            + section(translate("SupervisionItems", "Legal basis"), esc(item.legal_basis))
            + section(answer_title, esc(item.answer))
            + section(translate("SupervisionItems", "Timeline"), timeline_html(item)))


def step_words(update: UpdateInfo) -> str:
    if update.status_from is update.status_to:
        return translate("SupervisionItems", "Note")
    return status_name(update.status_to)


def timeline_html(item: ItemDetail) -> str:
    if not item.timeline:
        return esc(translate("SupervisionItems", "Raised on {day}; no step recorded yet.")
                   .format(day=dmy(item.row.raised_on)))
    entries = []
    for update in item.timeline:
        head = (f"<b>{dmy(update.on)}</b> · {esc(step_words(update))}"
                f" <span class='grey'>· {esc(update.by)}</span>")
        body = f"<br>{esc(update.note)}" if update.note else ""
        files = "".join(f"<br>{attachment_html(a)}" for a in update.attachments)
        entries.append(f"<p style='margin: 0 0 6px 0'>{head}{body}{files}</p>")
    return "".join(entries)


def attachment_html(info: AttachmentInfo) -> str:
    opening = translate("SupervisionItems", "open")
    saving = translate("SupervisionItems", "save…")
    return (f"• {esc(info.file_name)} <span class='grey'>({esc(size_text(info.size))})</span> "
            f"<a href='open:{info.id}'>{esc(opening)}</a> · "
            f"<a href='save:{info.id}'>{esc(saving)}</a>")


def item_links(items) -> str:
    """Items linked from a petition or a plan: each opens in the items tab."""
    lines = []
    for i in items:
        name = translate("SupervisionItems", "Item no. {id}").format(id=i.id)
        lines.append(f"<a href='item:{i.id}'>{esc(name)}</a>: {esc(i.title)} "
                     f"({esc(status_text(i.status, i.overdue))})")
    return "<br>".join(lines)
