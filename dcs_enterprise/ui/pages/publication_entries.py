"""The publication register's words: the list's columns, the P3 check as a cell (green, red,
or grey where it is not checked) and an entry's facts."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor

from ...domain.publication import P1_ARTICLE, PUBLISH_WITHIN_DAYS
from ...services.supervision_models import EntryDetail, EntryRow
from ..list_model import ListTableModel
from ..published_records import period
from ..published_register import matter_name
from .conference_text import GREEN, GREY, RED, dmy, publication_form_label, rule_line

translate = QCoreApplication.translate
P3_COLUMN = 5
P3_ARTICLE = "Law 10/2022 Arts 65.2, 66"  # as domain.publication.check_publication names it


def today() -> date:
    return QDate.currentDate().toPython()


def publish_by(row: EntryRow) -> date | None:
    """P3: the last day to publish a decision not yet published."""
    if row.published_from is not None or row.decided_on is None:
        return None
    return row.decided_on + timedelta(days=PUBLISH_WITHIN_DAYS)


def timing_text(row: EntryRow, bound: bool) -> tuple[str, bool | None]:
    """The P3 cell: its words and whether the rule is met (None: not checked, or not yet)."""
    if not bound:
        return translate("PublicationPage", "not required"), None
    if row.timing is not None:
        return ((translate("PublicationPage", "P3 met"), True) if row.timing.met
                else (translate("PublicationPage", "P3 not met"), False))
    if row.published_from is None:
        latest = publish_by(row)
        return (translate("PublicationPage", "not yet published"),
                False if latest is not None and latest < today() else None)
    return translate("PublicationPage", "decision date not recorded"), None


def timing_detail(row: EntryRow, bound: bool) -> tuple[str, bool | None]:
    """The P3 check in full, its arithmetic and legal ground, for the chosen entry."""
    if row.timing is not None:
        return rule_line(row.timing), row.timing.met
    if not bound:
        return translate("PublicationPage", "Rule P3 does not bind this enterprise: the "
                                            "timing is not checked."), None
    latest = publish_by(row)
    if latest is not None:
        return translate("PublicationPage", "Not yet published: publish it by {latest} (rule "
                                            "P3, {article}).").format(
            latest=dmy(latest), article=translate("Rules", P3_ARTICLE)), timing_text(
            row, bound)[1]
    if row.published_from is None:
        return translate("PublicationPage", "Not yet published."), None
    return translate("PublicationPage", "The decision date is not recorded: the timing (P3) "
                                        "cannot be checked."), None


class EntriesModel(ListTableModel):
    bound = False  # P3 binds this enterprise

    def headers(self) -> list[str]:
        return [translate("PublicationPage", "Matter (P1)"),
                translate("PublicationPage", "Title"),
                translate("PublicationPage", "Form (P2)"),
                translate("PublicationPage", "Where"),
                translate("PublicationPage", "Published"),
                translate("PublicationPage", "Timing (P3)"),
                translate("PublicationPage", "Evidence")]

    def display(self, row: EntryRow, column: int) -> object:
        shown = (period(row.published_from, row.published_until) if row.published_from
                 else translate("PublicationPage", "not yet"))
        return (matter_name(row.matter), row.title, publication_form_label(row.form),
                row.location, shown, timing_text(row, self.bound)[0],
                row.attachments or "")[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == P3_COLUMN:
            row = self.rows[index.row()]
            if role == Qt.ItemDataRole.ForegroundRole:
                met = timing_text(row, self.bound)[1]
                return QColor(GREY if met is None else GREEN if met else RED)
            if role == Qt.ItemDataRole.ToolTipRole and row.timing is not None:
                return rule_line(row.timing)
        return super().data(index, role)



def entry_facts(entry: EntryDetail) -> str:
    """The entry's matter, form, place and dates, a line each."""
    row = entry.row
    published = (period(row.published_from, row.published_until) if row.published_from
                 else translate("PublicationPage", "not yet"))
    return "\n".join([
        translate("PublicationPage", "Matter: {matter} ({article})").format(
            matter=matter_name(row.matter), article=translate("Rules", P1_ARTICLE)),
        translate("PublicationPage", "Form: {form}").format(
            form=publication_form_label(row.form)),
        translate("PublicationPage", "Where: {place}").format(place=row.location or "—"),
        translate("PublicationPage", "Decided on: {day}").format(
            day=dmy(row.decided_on) or "—"),
        translate("PublicationPage", "Published: {period}").format(period=published),
        translate("PublicationPage", "Recorded by: {name}").format(name=entry.recorded_by)])
