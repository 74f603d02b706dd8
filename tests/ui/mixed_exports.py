"""A mixed selection as a person makes it in one file dialog: a Facebook export in two parts, an X archive,
and a file that is no export. Facebook splits a large request into several zips named
`facebook-<user>-<date>-<random>.zip` (formats README §2.1); X names its archive `twitter-<date>-<hash>.zip`."""

from __future__ import annotations

from pathlib import Path

from tests.exportkit import write_zip
from tests.generators import twitter
from tests.generators.facebook import facebook_export

FACEBOOK_PARTS = ("facebook-alexexample-2024-11-18-tP4KIfRH.zip", "facebook-alexexample-2024-11-18-Qx81ZbLm.zip")


def facebook_in_parts(folder: Path, names: tuple[str, str] = FACEBOOK_PARTS) -> list[Path]:
    """One Facebook export split in two zips, as Meta delivers a large request (each part alone is recognisable)."""
    files = sorted(facebook_export("2024").items())
    ads = {k: v for k, v in files if k.startswith("ads_information/")}
    rest = {k: v for k, v in files if not k.startswith("ads_information/")}
    return [write_zip(folder / names[0], ads), write_zip(folder / names[1], rest)]


def mixed_selection(folder: Path) -> tuple[list[Path], Path, Path]:
    """(the two Facebook parts, the X archive, a stray text file)."""
    parts = facebook_in_parts(folder)
    x = twitter.write(folder / twitter.archive_name())
    stray = folder / "notes.txt"
    stray.write_text("shopping list: milk, bread\n", encoding="utf-8")
    return parts, x, stray
