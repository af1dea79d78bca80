"""The supervision papers the Print menu offers: the chosen plan (Kế hoạch kiểm tra, giám sát)
and, once recorded, its findings report; the petition register of the year chosen on the
petitions tab (this year when all years are shown), and the enterprise's annual report on
grassroots democracy for that year, which HR prints and signs for the director."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.petitions import sees_petitioner
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
    if sees_petitioner(page.ctx.actor.role, anonymous=True):  # rule S3: the union's own copy
        label = translate("SupervisionPapers", "Petition register {year} (the union's copy, "
                                               "with the anonymous petitioners' names)")
        name = f"so-theo-doi-kien-nghi-{year}-ban-luu-cong-doan.pdf"
    else:
        label, name = (translate("SupervisionPapers", "Petition register {year}"),
                       f"so-theo-doi-kien-nghi-{year}.pdf")
    found.append(Paper(label.format(year=year), name,
                       lambda numbered: papers.petition_register(year, day, numbered)))
    found.append(Paper(translate("SupervisionPapers", "Annual report on grassroots democracy "
                                                      "{year}").format(year=year),
                       f"bao-cao-dan-chu-co-so-{year}.pdf",
                       lambda numbered: papers.annual_report(year, day, numbered), True))
    return found
