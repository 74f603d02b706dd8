"""One generated export per platform, written to a folder: the corpus the security suites run over."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from tests.exportkit import write_zip


def _facebook(folder: Path) -> Path:
    from tests.generators.facebook import facebook_export

    return write_zip(folder / "facebook.zip", facebook_export("2024"))


def _instagram(folder: Path) -> Path:
    from tests.generators.instagram import instagram_export

    return write_zip(folder / "instagram.zip", instagram_export("2024"))


def _writer(module: str, function: str, name: str) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        gen = importlib.import_module(f"tests.generators.{module}")
        return getattr(gen, function)(folder / name)

    return write


def _google(folder: Path) -> Path:
    from tests.generators.google import write_takeout

    (path,) = write_takeout(folder / "takeout", n_items=40)
    return path


def _mbox(folder: Path) -> Path:
    from tests.generators.mbox import sample_mbox

    path = folder / "mail.mbox"
    path.write_bytes(sample_mbox())
    return path


WRITERS: dict[str, Callable[[Path], Path]] = {
    "google": _google,
    "facebook": _facebook,
    "instagram": _instagram,
    "twitter": _writer("twitter", "write", "twitter-2024-05-10-alexexample.zip"),
    "tiktok": _writer("tiktok", "write", "tiktok.zip"),
    "linkedin": _writer("linkedin", "write_linkedin", "linkedin.zip"),
    "spotify": _writer("spotify", "write_spotify", "spotify.zip"),
    "amazon": _writer("amazon", "write_amazon", "amazon.zip"),
    "snapchat": _writer("snapchat", "write_snapchat", "snapchat.zip"),
    "mbox": _mbox,
}


def write_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {platform: write(folder) for platform, write in WRITERS.items()}
