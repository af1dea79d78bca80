"""What the petition register shows: the table's columns (overdue rows in red, "Anonymous"
where the reader may not know who filed it, rule S3) and the chosen petition's detail: its
content, due date and how it was counted, the answer, what became of it, and its timeline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.supervision import Status
from ...services.supervision_models import PetitionDetail, PetitionRow
from .conference_text import dmy
from .supervision_item_view import item_links
from .supervision_register import RegisterModel, esc, fields, section
from .supervision_text import (
    category_name,
    channel_name,
    due_text,
    petitioner_text,
    register_counts,
    status_name,
    status_text,
)

translate = QCoreApplication.translate


class PetitionModel(RegisterModel):
    def headers(self) -> list[str]:
        return [translate("PetitionRegister", "No."), translate("PetitionRegister", "Received"),
                translate("PetitionRegister", "Subject"),
                translate("PetitionRegister", "Petitioner"),
                translate("PetitionRegister", "Status"), translate("PetitionRegister", "Due")]

    def display(self, row: PetitionRow, column: int) -> object:
        return (str(row.id), dmy(row.raised_on), row.subject, petitioner_text(row),
                status_text(row.status, row.overdue), dmy(row.due_on))[column]


def counts(rows: list[PetitionRow]) -> str:
    return register_counts(rows, translate(
        "PetitionRegister", "Petitions: {count}; awaiting an answer: {waiting}"))


def petition_html(p: PetitionDetail) -> str:
    row = p.row
    status = esc(status_text(row.status, row.overdue))
    if row.overdue:
        status = f'<span class="late">{status}</span>'
    received = translate("PetitionRegister", "{day}, {channel}").format(
        day=dmy(row.raised_on), channel=channel_name(row.channel))
    who = petitioner_text(row)
    addressee = row.addressee or translate("PetitionRegister", "not yet sent")
    head = fields([
        (translate("PetitionRegister", "Status"), status),
        (translate("PetitionRegister", "Received"), esc(received)),
        (translate("PetitionRegister", "Category"), esc(category_name(row.category))),
        (translate("PetitionRegister", "Petitioner"), esc(who)),
        (translate("PetitionRegister", "Addressee"), esc(addressee)),
        (translate("PetitionRegister", "Due date"), esc(due_text(row.due_on, p.due_why))),
    ])
    answer = ""
    if p.answer:
        by = translate("PetitionRegister", "{by}, {day}").format(
            by=p.answered_by, day=dmy(row.answered_on)) if p.answered_by else dmy(row.answered_on)
        answer = f"{esc(p.answer)}<br><span class='grey'>{esc(by)}</span>"
    answer_title = (translate("PetitionRegister", "Reasons for the refusal")
                    if row.status is Status.REJECTED and not p.closing_note
                    else translate("PetitionRegister", "Answer"))
    closing = ""
    if p.closing_note:
        closing = f"{esc(p.closing_note)}<br><span class='grey'>{dmy(p.closed_on)}</span>"
    published = ""
    if row.published_on:
        published = esc(translate("PetitionRegister", "{day}: {where}").format(
            day=dmy(row.published_on), where=p.published_where))
    items = item_links(p.items)
    title = translate("PetitionRegister", "Petition no. {id}: {subject}").format(
        id=row.id, subject=row.subject)
    return (f"<h2>{esc(title)}</h2>{head}"
            + section(translate("PetitionRegister", "Content"), esc(p.content))
            + section(answer_title, answer)
            + section(translate("PetitionRegister", "Outcome"), closing)
            + section(translate("PetitionRegister", "Published"), published)
            + section(translate("PetitionRegister", "Supervision items raised from it"), items)
            + section(translate("PetitionRegister", "Timeline"), timeline(p)))


def timeline(p: PetitionDetail) -> str:
    """The petition's steps, from what the register keeps of them, in the order they happened
    (a stable sort: steps of one day keep their usual order)."""
    row = p.row
    steps = [(row.raised_on, translate("PetitionRegister", "Received ({channel})").format(
        channel=channel_name(row.channel)))]
    if row.status is not Status.OPEN:
        steps.append((p.routed_on, translate("PetitionRegister", "Sent to {addressee}").format(
            addressee=row.addressee)))
    if row.answered_on:
        steps.append((row.answered_on, translate("PetitionRegister",
                                                 "The employer side replied")))
    if p.closed_on and (p.closing_note or row.status is not Status.REJECTED):
        steps.append((p.closed_on, status_name(row.status)))
    if row.published_on:
        steps.append((row.published_on, translate("PetitionRegister",
                                                  "The answer was published")))
    # A sending with no date recorded stays right after the receipt.
    steps.sort(key=lambda step: step[0] or row.raised_on)
    rows = "".join(f"<tr><td class='k'>{esc(dmy(day))}</td><td>{esc(text)}</td></tr>"
                   for day, text in steps)
    return f"<table cellspacing='0' cellpadding='2'>{rows}</table>"
