"""The employee view lists every published record of the demo: the agreement in force first,
the dialogue notices and the bargaining minutes the union published, never a dialogue whose
notice is not out; the search finds them typed without diacritics."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit, QTextBrowser

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.ui.employee_view import EmployeeViewWindow
from dcs_enterprise.ui.published_records import words_of


def _titles(window) -> list[str]:
    model = window.table.model()
    return [model.data(model.index(r, 3)) for r in range(model.rowCount())]


def test_published_dialogues_minutes_and_the_agreement_are_listed(qtbot, make_ctx):
    officer = make_ctx(Role.UNION_OFFICER)
    today = QDate.currentDate().toPython()
    agreement = officer.agreements.published(today)
    notices = officer.dialogues.published_notices()
    minutes = officer.agreements.published_sessions()
    unpublished = [d for d in officer.dialogues.list() if d.stage.value != "published"]
    assert agreement is not None and notices and minutes and unpublished
    window = EmployeeViewWindow(make_ctx(Role.EMPLOYEE_VIEW))
    qtbot.addWidget(window)
    titles = _titles(window)
    assert titles[0] == agreement.title  # pinned: it binds everyone now
    assert {n.title for n in notices} <= set(titles)
    assert sum(t.startswith("Bargaining session") or t.startswith("Phiên họp thương lượng")
               for t in titles) == len(minutes)
    assert not {d.title for d in unpublished} & set(titles)
    details = window.findChild(QTextBrowser, "recordDetails").toPlainText()
    assert agreement.agreement_number in details
    assert agreement.clauses[0].text.title in details


def test_the_agreement_is_found_without_diacritics(qtbot, make_ctx):
    window = EmployeeViewWindow(make_ctx(Role.EMPLOYEE_VIEW))
    qtbot.addWidget(window)
    search = window.findChild(QLineEdit, "searchBox")
    everything = window.proxy.rowCount()
    search.setText("ho tro nha tro")  # a clause of the demo's agreement: "Hỗ trợ nhà trọ"
    titles = _titles(window)
    assert titles and titles[0].startswith("Thỏa ước lao động tập thể")  # pinned, first
    assert len(titles) < everything
    # Every record listed holds each word typed at the start of one of its words (all words
    # required, each a prefix: "thăm hỏi … trợ cấp … nhà ăn" is found too).
    for row in window.model.rows:
        if row.title in titles:
            words = set(words_of(row.html + " " + row.searchable))
            assert all(any(w.startswith(typed) for w in words)
                       for typed in ("ho", "tro", "nha")), row.title
    details = window.findChild(QTextBrowser, "recordDetails").toPlainText()
    assert "Hỗ trợ nhà trọ" in details
