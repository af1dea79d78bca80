"""The bargaining and agreement papers the Print menu offers (Labour Code 2019 Arts 67-83):
the request, each session's minutes, the failed-bargaining record, the ballot tally, the
agreement with its vote annex, the cover letter to the labour authority and the announcement,
each once the round has reached the point where it exists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.bargaining_stages import AgreementStage, RoundStage
from .paper_menu import Paper

translate = QCoreApplication.translate
_SIGNED = (AgreementStage.SIGNED, AgreementStage.FILED)


def bargaining_papers(page) -> list[Paper]:
    """What the bargaining page can print now: ``page`` is the BargainingPage."""
    view, papers = page.view, page.ctx.agreement_papers
    if view is None:
        return []
    rid, aid = view.round.id, view.agreement.id
    stamp = f"{view.round.requested_on:%Y%m%d}"
    found = [Paper(translate("BargainingPapers", "Request to bargain"),
                   f"yeu-cau-thuong-luong-{stamp}.pdf",
                   lambda numbered: papers.bargaining_request(rid, numbered), True)]
    for session in view.round.sessions:
        sid = session.id
        found.append(Paper(
            translate("BargainingPapers", "Minutes of session {number}").format(
                number=session.number),
            f"bien-ban-thuong-luong-phien-{session.number}-{stamp}.pdf",
            lambda _numbered, sid=sid: papers.session_minutes(sid)))
    if view.round.stage is RoundStage.FAILED:
        found.append(Paper(translate("BargainingPapers", "Record of failed bargaining"),
                           f"thuong-luong-khong-thanh-{stamp}.pdf",
                           lambda _numbered: papers.failure(rid)))
    agreement = view.agreement
    if agreement.vote_on is not None:
        found.append(Paper(translate("BargainingPapers", "Ballot tally"),
                           f"bien-ban-kiem-phieu-{stamp}.pdf",
                           lambda _numbered: papers.tally(aid)))
    if agreement.clauses:
        label = (translate("BargainingPapers", "The agreement with its vote annex")
                 if agreement.stage in _SIGNED
                 else translate("BargainingPapers", "The draft agreement"))
        found.append(Paper(label, f"thoa-uoc-{stamp}.pdf", lambda _numbered: papers.agreement(aid)))
    if agreement.stage in _SIGNED:
        found.append(Paper(translate("BargainingPapers", "Cover letter to the labour authority"),
                           f"cong-van-gui-thoa-uoc-{stamp}.pdf",
                           lambda _numbered: papers.cover_letter(aid, view.today)))
    if agreement.announced_on is not None:
        found.append(Paper(translate("BargainingPapers", "Announcement to the workers"),
                           f"thong-bao-cong-bo-thoa-uoc-{stamp}.pdf",
                           lambda numbered: papers.announcement(aid, numbered), True))
    return found
