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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    for name, sources in CATALOGUES.items():
        ts = I18N / f"{name}.ts"
        if sources and not args.check:
            subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations",
                            "none", "-target-language", "vi_VN", "-ts", str(ts)], check=True)
        unfinished = len(re.findall(r'type="unfinished"', ts.read_text("utf-8")))
        if unfinished:
            print(f"{ts.name}: {unfinished} strings still need a Vietnamese translation")
            if args.check:
                return 1
        if not args.check:
            subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                           check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
