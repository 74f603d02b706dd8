"""The app's own few settings (language, auto-lock, last vault folder) in a small JSON file, written atomically.

Never any user data here: the vault holds that. QSettings is not used, so nothing lands elsewhere.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from vault.paths import atomic_write, config_dir, make_private_dir

FILE_NAME = "desktop.json"
LANGUAGES = ("", "en", "de")  # "" follows the system
MAX_AUTO_LOCK_MINUTES = 240


@dataclass(slots=True)
class AppSettings:
    language: str = ""
    auto_lock_minutes: int = 10  # 0: never
    last_vault: str | None = None

    @classmethod
    def from_json(cls, data: Any) -> AppSettings:
        """Whatever is in the file, a usable value comes out: unknown or broken fields fall back to defaults."""
        out = cls()
        if not isinstance(data, dict):
            return out
        if data.get("language") in LANGUAGES:
            out.language = data["language"]
        minutes = data.get("auto_lock_minutes")
        if isinstance(minutes, int) and not isinstance(minutes, bool) and 0 <= minutes <= MAX_AUTO_LOCK_MINUTES:
            out.auto_lock_minutes = minutes
        if isinstance(data.get("last_vault"), str) and data["last_vault"]:
            out.last_vault = data["last_vault"]
        return out


def settings_path() -> Path:
    return config_dir() / FILE_NAME


def load() -> AppSettings:
    try:
        return AppSettings.from_json(json.loads(settings_path().read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return AppSettings()  # first start, or a damaged file: defaults, and the next save repairs it


def save(settings: AppSettings) -> None:
    path = settings_path()
    make_private_dir(path.parent)
    atomic_write(path, json.dumps(asdict(settings), indent=1).encode("utf-8"))
