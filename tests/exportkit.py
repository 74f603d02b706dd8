"""Write generated test exports: a mapping of member path -> content, as a zip or a folder."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

Content = bytes | str | dict[str, Any] | list[Any]


def _as_bytes(content: Content) -> bytes:
    if isinstance(content, bytes):
        return content
    if isinstance(content, str):
        return content.encode("utf-8")
    return json.dumps(content, ensure_ascii=False, indent=1).encode("utf-8")


def write_zip(path: Path, files: dict[str, Content]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in files.items():
            zf.writestr(name, _as_bytes(content))
    return path


def write_folder(root: Path, files: dict[str, Content]) -> Path:
    for name, content in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_as_bytes(content))
    return root
