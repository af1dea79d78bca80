"""Where the program keeps its files: one place, overridable for tests and portable installs.

`DCS_ENTERPRISE_HOME` puts the database, backups, logs and preferences under one folder;
otherwise platformdirs gives the usual per-user locations. Nothing is created at import time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "dcs-enterprise"
HOME_ENV = "DCS_ENTERPRISE_HOME"
DB_FILE_NAME = "dcs-enterprise.sqlite"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def default_database(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def preferences_file(self) -> Path:
        return self.config_dir / "preferences.json"


def app_paths() -> AppPaths:
    home = os.environ.get(HOME_ENV)
    if home:
        root = Path(home).expanduser()
        return AppPaths(data_dir=root, config_dir=root, log_dir=root / "logs")
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return AppPaths(
        data_dir=Path(dirs.user_data_dir),
        config_dir=Path(dirs.user_config_dir),
        log_dir=Path(dirs.user_log_dir),
    )


def resource_path(*parts: str) -> Path:
    """A file of resources/: the installed copy inside the package first, the source tree second."""
    package_dir = Path(__file__).resolve().parent
    installed = package_dir.joinpath("resources", *parts)
    if installed.exists():
        return installed
    return package_dir.parent.joinpath("resources", *parts)
