"""The published notices of dialogue main points (Decree 145 Arts 39.5, 40.4, 41.1.e) as the
employee view lists them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ..domain.dialogue_rules import DialogueKind
from ..services.dialogue_models import PublishedNotice
from .pages.conference_text import dmy
from .published_records import PublishedRecord, period, searchable

translate = QCoreApplication.translate


def kind_name(kind: DialogueKind) -> str:
    return {
        DialogueKind.PERIODIC: translate("EmployeeView", "periodic dialogue"),
        DialogueKind.REQUEST: translate("EmployeeView", "dialogue on request"),
        DialogueKind.INCIDENT: translate("EmployeeView", "dialogue on an incident"),
    }[kind]


def notice_record(row: PublishedNotice) -> PublishedRecord:
    kind = translate("EmployeeView", "Dialogue notice")
    shown = period(row.published_on, row.until)
    held = translate("EmployeeView", "Main points of the {kind} held on {day}.").format(
        kind=kind_name(row.kind), day=dmy(row.held_on))
    html = "\n".join([
        f"<h2>{escape(row.title)}</h2>",
        f"<p><i>{escape(held)}</i><br>" + escape(translate(
            "EmployeeView", "Published from {day} at {place}.").format(
            day=dmy(row.published_on), place=row.place)) + "</p>",
        "<p>" + escape(row.summary).replace("\n", "<br>") + "</p>"])
    return PublishedRecord(row.published_on, shown, kind, "", row.title, row.place, html,
                           searchable(shown, kind, row.title, row.place, held),
                           key=("dialogue_notice", row.dialogue_id))
