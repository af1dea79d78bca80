"""Qt's own words in the Vietnamese interface: the right-click menu of the text boxes (Qt ships
no Vietnamese catalogue; resources/i18n/qt_extra_vi.ts holds ours)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextBrowser, QTextEdit

VIETNAMESE_MENU = ["&Hoàn tác", "&Làm lại", "", "&Cắt", "&Sao chép", "&Dán", "Xóa", "",
                   "Chọn tất cả"]


def menu_texts(edit) -> list[str]:
    """The menu's entries without the shortcut Qt appends after a tab ("\tCtrl+Z")."""
    menu = edit.createStandardContextMenu()
    try:
        return [action.text().split("\t")[0] for action in menu.actions()]
    finally:
        menu.deleteLater()


@pytest.mark.parametrize("kind", [QPlainTextEdit, QTextEdit, QLineEdit])
def test_the_text_boxes_menu_is_vietnamese(qtbot, vietnamese, kind):
    """Multi-line boxes take their menu from Qt's "QWidgetTextControl", single-line ones from
    "QLineEdit": both are translated, the shortcuts kept."""
    edit = kind()
    qtbot.addWidget(edit)
    edit.setPlainText("Nghị quyết") if kind is not QLineEdit else edit.setText("Nghị quyết")
    assert menu_texts(edit) == VIETNAMESE_MENU
    menu = edit.createStandardContextMenu()
    assert menu.actions()[0].text().endswith("\tCtrl+Z")
    menu.deleteLater()


def test_a_read_only_page_offers_copy_in_vietnamese(qtbot, vietnamese):
    """The employee view's details: copy and select all, and copying a link."""
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml("<p>Nghị quyết <a href='x'>số 01</a></p>")
    assert menu_texts(browser) == ["&Sao chép", "Sao chép địa chỉ &liên kết", "",
                                   "Chọn tất cả"]


def test_in_english_the_menu_is_qt_s_own(qtbot):
    edit = QPlainTextEdit("Resolution")
    qtbot.addWidget(edit)
    assert menu_texts(edit)[0] == "&Undo"
