"""The supervision papers the Print menu offers: the chosen plan (Kế hoạch kiểm tra, giám sát)
and, once recorded, its findings report; the petition register of the year chosen on the
petitions tab (this year when all years are shown), and the enterprise's annual report on
grassroots democracy for that year, which HR prints and signs for the director."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .paper_menu import Paper
from .supervision_text import today

translate = QCoreApplication.translate


def supervision_papers(page) -> list[Paper]:
    """What the supervision page can print now: ``page`` is the SupervisionPage."""
    papers, day = page.ctx.supervision_papers, today()
    found: list[Paper] = []
    plan = page.plans.detail_info
    if plan is not None:
        pid, stamp = plan.row.id, f"{plan.row.starts_on:%Y%m%d}"
        found.append(Paper(translate("SupervisionPapers", "Supervision plan"),
                           f"ke-hoach-giam-sat-{stamp}.pdf",
                           lambda numbered: papers.plan(pid, numbered), True))
        if plan.row.findings_on is not None:
            found.append(Paper(translate("SupervisionPapers", "Findings report"),
                               f"bao-cao-ket-qua-giam-sat-{stamp}.pdf",
                               lambda numbered: papers.findings(pid, numbered, day), True))
    year = page.petitions.chosen_year() or day.year
    found.append(Paper(translate("SupervisionPapers", "Petition register {year}").format(
        year=year), f"so-theo-doi-kien-nghi-{year}.pdf",
        lambda numbered: papers.petition_register(year, day, numbered)))
    found.append(Paper(translate("SupervisionPapers", "Annual report on grassroots democracy "
                                                      "{year}").format(year=year),
                       f"bao-cao-dan-chu-co-so-{year}.pdf",
                       lambda numbered: papers.annual_report(year, day, numbered), True))
    return found
