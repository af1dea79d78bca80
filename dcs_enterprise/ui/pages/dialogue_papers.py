"""The dialogue papers the Print menu offers (Decree 145/2020 Arts 38-41): the representative
lists, and for the chosen dialogue its request and reply, its minutes (a draft until signed)
and the notice of its main points once published."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate

from ...domain.dialogue_rules import DialogueKind
from ...domain.dialogue_stages import DialogueStage
from .paper_menu import Paper

translate = QCoreApplication.translate


def dialogue_papers(page) -> list[Paper]:
    """What the dialogue page can print now: ``page`` is the DialoguePage."""
    ctx, papers = page.ctx, page.ctx.dialogue_papers
    today = QDate.currentDate().toPython()
    found: list[Paper] = []
    listed = page.representatives.info or ctx.dialogue_lists.current()
    if listed is not None:
        list_id = listed.id
        found.append(Paper(
            translate("DialoguePapers", "List of dialogue representatives"),
            f"danh-sach-dai-dien-doi-thoai-{listed.determined_on:%Y%m%d}.pdf",
            lambda numbered: papers.representatives(list_id, today, numbered), True))
    info = page.info
    if info is None:
        return found
    did, stamp = info.id, f"{info.scheduled_on:%Y%m%d}"
    if info.kind is DialogueKind.REQUEST:
        found.append(Paper(translate("DialoguePapers", "Request for dialogue"),
                           f"de-nghi-doi-thoai-{stamp}.pdf",
                           lambda numbered: papers.request(did, today, numbered), True))
        if info.reply_sent_on is not None:
            found.append(Paper(translate("DialoguePapers", "Reply to the request"),
                               f"tra-loi-de-nghi-doi-thoai-{stamp}.pdf",
                               lambda numbered: papers.reply(did, today, numbered), True))
    stage = info.stage
    if stage in (DialogueStage.HELD, DialogueStage.SIGNED, DialogueStage.PUBLISHED):
        label = (translate("DialoguePapers", "Minutes of the dialogue")
                 if stage is not DialogueStage.HELD
                 else translate("DialoguePapers", "Minutes of the dialogue (draft)"))
        found.append(Paper(label, f"bien-ban-doi-thoai-{stamp}.pdf",
                           lambda _numbered: papers.minutes(did)))
    if stage is DialogueStage.PUBLISHED:
        found.append(Paper(translate("DialoguePapers", "Notice of the main points"),
                           f"thong-bao-doi-thoai-{stamp}.pdf",
                           lambda numbered: papers.notice(did, numbered), True))
    return found
