"""Renders each main screen offscreen from a demo database into docs/screenshots/.

    python scripts/screenshots.py [--lang vi|en] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="vi", choices=["vi", "en"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="dcs-shots-"))
    os.environ["DCS_ENTERPRISE_HOME"] = str(home)

    from PySide6.QtWidgets import QApplication

    from dcs_enterprise.i18n import install_translator
    from dcs_enterprise.paths import app_paths
    from dcs_enterprise.services.accounts import sign_in
    from dcs_enterprise.services.demo import create_demo
    from dcs_enterprise.services.maintenance import open_file
    from dcs_enterprise.services.session import EMPLOYEE_VIEW
    from dcs_enterprise.ui.context import UiContext
    from dcs_enterprise.ui.employee_view import EmployeeViewWindow
    from dcs_enterprise.ui.login_dialog import LoginDialog
    from dcs_enterprise.ui.main_window import MainWindow
    from dcs_enterprise.ui.wizard import FirstRunWizard

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # as app.start does: the widgets carry their own style sheets
    install_translator(app, args.lang)
    args.out.mkdir(parents=True, exist_ok=True)

    def save(widget, name: str) -> None:
        widget.show()
        for _ in range(3):  # tables size their rows to their wrapped text after a first pass
            app.processEvents()
        widget.grab().save(str(args.out / f"{name}.png"))
        print(args.out / f"{name}.png")

    fresh = open_file(home / "fresh.sqlite")
    wizard = FirstRunWizard(fresh)
    wizard.resize(820, 620)
    save(wizard, "01-first-run-wizard")
    wizard.close()
    fresh.close()

    db = open_file(home / "demo.sqlite")
    create_demo(db, employees=1200)
    login = LoginDialog(db, "Công ty TNHH Giày da Phú Lợi")
    save(login, "02-sign-in")
    login.close()

    paths = app_paths()
    hr = UiContext(db, sign_in(db, "nhansu", "demo-nhansu"), paths)
    window = MainWindow(hr, "Công ty TNHH Giày da Phú Lợi")
    window.resize(*SIZE)
    for number, key in enumerate(["people", "settings", "audit", "dashboard", "conference"], 3):
        window.show_area(key)
        save(window, f"{number:02d}-{key}")
    # 07-conference shows next year's plan; last year's conference, held and published:
    conference = window.show_area("conference")
    conference.list.setCurrentRow(1)
    for index, name in ((1, "11-conference-delegates"), (4, "12-conference-day"),
                        (5, "13-conference-results"), (6, "14-conference-follow-up")):
        conference.tabs.setCurrentIndex(index)
        save(window, name)
    # Dialogue: the latest published periodic dialogue, its day and its notice; the lists.
    dialogue = window.show_area("dialogue")
    published = max((d for d in hr.dialogues.list() if d.stage.value == "published"
                     and d.kind.value == "periodic"), key=lambda d: d.scheduled_on)
    dialogue.dialogues.refresh(published.id)
    for index, name in ((1, "15-dialogue-day"), (3, "16-dialogue-notice")):
        dialogue.tabs.setCurrentIndex(index)
        save(window, name)
    dialogue.show_representatives()
    save(window, "17-dialogue-representatives")
    # Bargaining: the finished round, its sessions, the draft's versions and the vote.
    bargaining = window.show_area("bargaining")
    for index, name in ((0, "18-bargaining"), (1, "19-agreement-draft"),
                        (2, "20-agreement-vote")):
        bargaining.tabs.setCurrentIndex(index)
        save(window, name)
    window.show_area("publication")
    save(window, "24-publication")
    people = window.show_area("people")
    from dcs_enterprise.domain.text import fold

    # Typed without diacritics, as most people type: the name of someone on the roster.
    name = next(people.model.item(row).full_name for row in range(people.model.rowCount())
                if "Đ" in people.model.item(row).full_name)
    people.filter.setText(fold(name))
    people.apply_filter()
    save(window, "08-people-filtered")
    window.close()

    admin = UiContext(db, sign_in(db, "admin", "demo-admin"), paths)
    window = MainWindow(admin, "Công ty TNHH Giày da Phú Lợi")
    window.resize(*SIZE)
    window.show_area("accounts")
    save(window, "09-accounts")
    window.close()

    # Supervision as the union keeps it: the petitions (who filed the anonymous ones shown to
    # the union alone), the items with their timeline and evidence, the plans with rule S2.
    union = UiContext(db, sign_in(db, "congdoan", "demo-congdoan"), paths)
    window = MainWindow(union, "Công ty TNHH Giày da Phú Lợi")
    window.resize(*SIZE)
    supervision = window.show_area("supervision")
    supervision.show_petitions()
    save(window, "21-petitions")
    resolved = next(row for row in union.supervision_items.items(date.today())
                    if row.status.value == "resolved")
    supervision.show_item(resolved.id)
    save(window, "22-supervision-items")
    supervision.show_plans()
    save(window, "23-supervision-plans")
    window.close()

    view = EmployeeViewWindow(UiContext(db, EMPLOYEE_VIEW, paths))
    view.resize(*SIZE)
    save(view, "10-employee-view")
    view.search.setText("an ca")  # typed without diacritics: "ăn ca"
    save(view, "25-employee-view-search")
    view.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
