"""The Print menus of the dialogue and bargaining pages: each offers the papers the record has
reached, and each paper opens in the preview with the record's own numbers and names."""

from __future__ import annotations

from pathlib import Path

import pytest
from bargaining_flow import Parties, filed, hire_workers
from dialogue_flow import HELD_ON, full_list, parties, scheduled, signed
from test_document_preview import text_of, wait_rendered

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.publication import PublicationForm
from dcs_enterprise.paths import app_paths
from dcs_enterprise.services.dialogue_models import NoticeInput
from dcs_enterprise.ui.context import UiContext
from dcs_enterprise.ui.main_window import MainWindow


def _window(qtbot, db, actor, area: str):
    window = MainWindow(UiContext(db, actor, app_paths()), "Công ty Thử nghiệm")
    qtbot.addWidget(window)
    return window, window.show_area(area)


def _entries(page) -> list[str]:
    page.print_menu.rebuild()
    return [a.text() for a in page.print_menu.menu_.actions()]


def _print(qtbot, page, label: str, tmp_path: Path) -> str:
    [action] = [a for a in page.print_menu.menu_.actions() if a.text() == label]
    action.trigger()
    preview = page.print_menu.last_preview
    wait_rendered(qtbot, preview)
    return text_of(preview.pdf_bytes, tmp_path)


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))


def test_a_filed_agreement_prints_its_whole_trail(qtbot, initialized, make_actor, tmp_path):
    db, admin = initialized
    hire_workers(db, admin)
    p = Parties(db, make_actor(Role.HR_OFFICER), make_actor(Role.UNION_OFFICER))
    _round, agreement_id = filed(p)
    _window_, page = _window(qtbot, db, p.union, "bargaining")
    entries = _entries(page)
    assert entries == ["Request to bargain", "Minutes of session 1", "Minutes of session 2",
                       "Ballot tally", "The agreement with its vote annex",
                       "Cover letter to the labour authority", "Announcement to the workers"]
    info = p.agreements().get(agreement_id, HELD_ON)
    tally = _print(qtbot, page, "Ballot tally", tmp_path)
    assert info.tally_number in tally
    # Rule A1's arithmetic over the whole workforce (20), not over those who voted (18).
    assert f"{info.vote.in_favour} : {info.vote.workforce} × 100%" in tally
    assert f"ít nhất {info.vote.needed}/{info.vote.workforce} người" in tally
    letter = _print(qtbot, page, "Cover letter to the labour authority", tmp_path)
    assert info.filing_number in letter and "Sở Nội vụ" in letter
    agreement = _print(qtbot, page, "The agreement with its vote annex", tmp_path)
    assert info.agreement_number in agreement and "Thưởng Tết" in agreement


def test_a_published_dialogue_prints_its_minutes_and_notice(qtbot, initialized, make_actor,
                                                           tmp_path):
    db, admin = initialized
    p = parties(db, admin, make_actor, tmp_path)
    listed = full_list(p)
    dialogue_id = scheduled(p)
    _window_, page = _window(qtbot, db, p.hr, "dialogue")
    assert _entries(page) == ["List of dialogue representatives"]
    signed(p, dialogue_id, listed)
    p.dialogues(p.hr).publish_notice(dialogue_id, NoticeInput(
        "Tăng tiền ăn ca 3.000 đồng từ tháng 4.", PublicationForm.NOTICE_BOARD,
        "Bảng tin nhà ăn", HELD_ON))
    page.dialogues.refresh(dialogue_id)
    assert _entries(page) == ["List of dialogue representatives", "Minutes of the dialogue",
                              "Notice of the main points"]
    info = p.dialogues().get(dialogue_id, HELD_ON)
    minutes = _print(qtbot, page, "Minutes of the dialogue", tmp_path)
    assert info.minutes_number in minutes
    for signatory in info.signatories:
        assert signatory.name in minutes
    notice = _print(qtbot, page, "Notice of the main points", tmp_path)
    assert "Tăng tiền ăn ca 3.000 đồng" in notice and "Bảng tin nhà ăn" in notice
