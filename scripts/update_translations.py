"""Refreshes the Vietnamese catalogue from the source strings and compiles it.

    python scripts/update_translations.py          # lupdate + lrelease
    python scripts/update_translations.py --check  # fails when a string is untranslated

Translations are edited in resources/i18n/*.ts (Qt Linguist, or any text editor); both the
.ts and the compiled .qm are committed so a plain install has the catalogue.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
CATALOGUES = {
    # Our own strings, extracted from the sources.
    "dcs_enterprise_vi": sorted(str(p) for p in (ROOT / "dcs_enterprise").rglob("*.py")),
    # Qt's own standard strings (buttons, file dialogs): Qt ships no Vietnamese catalogue.
    "qt_extra_vi": None,
}


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        sys.exit(f"{name} not found: install the project's dependencies (PySide6) first")
    return found


def refresh(ts: Path, sources: list[str] | None, qm: Path) -> int:
    """lupdate (for our own strings) then lrelease; returns the count still untranslated."""
    if sources:
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
                        "-target-language", "vi_VN", "-silent", "-ts", str(ts)], check=True)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return len(re.findall(r'type="unfinished"', ts.read_text("utf-8")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    problems = 0
    for name, sources in CATALOGUES.items():
        ts, qm = I18N / f"{name}.ts", I18N / f"{name}.qm"
        if not args.check:
            unfinished = refresh(ts, sources, qm)
        else:
            # Work on copies: a string in the code but not in the catalogue, or a .qm older
            # than its .ts, fails the check without touching the committed files.
            with tempfile.TemporaryDirectory() as scratch:
                ts_copy, qm_copy = Path(scratch) / ts.name, Path(scratch) / qm.name
                shutil.copy(ts, ts_copy)
                unfinished = refresh(ts_copy, sources, qm_copy)
                if ts_copy.read_bytes() != ts.read_bytes():
                    print(f"{ts.name}: the sources changed; run scripts/update_translations.py")
                    problems += 1
                elif not qm.exists() or qm_copy.read_bytes() != qm.read_bytes():
                    print(f"{qm.name}: out of date; run scripts/update_translations.py")
                    problems += 1
        if unfinished:
            print(f"{ts.name}: {unfinished} strings still need a Vietnamese translation")
            problems += 1
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
