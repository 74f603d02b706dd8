"""Build the app's translations: `python -m ui.desktop.translations_build` compiles i18n/*.ts to .qm with Qt's
lrelease (from the PySide6 wheel); `--update` first refreshes the .ts sources from the code with lupdate."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6

HERE = Path(__file__).resolve().parent
I18N = HERE / "i18n"
LANGUAGES = ("en", "de")


def tool(name: str) -> Path:
    """Qt's own binary shipped inside the PySide6 wheel, or the pyside6-<name> wrapper on PATH."""
    bundled = Path(PySide6.__file__).resolve().parent / name
    if bundled.exists():
        return bundled
    wrapper = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if wrapper is None:
        raise SystemExit(f"Qt's {name} was not found (it comes with PySide6; reinstall the venv).")
    return Path(wrapper)


def sources() -> list[Path]:
    return sorted(p for p in HERE.rglob("*.py") if p.name != Path(__file__).name)


def update_ts(ts: Path, plural_only: bool = False) -> None:
    """Merge the code's current strings into `ts`, keeping its translations and dropping vanished ones.
    English is the source language: its file only needs the plural forms ("1 brand", "2 brands")."""
    files = [str(p) for p in sources()]
    flags = ["-silent", "-no-obsolete", "-locations", "none", *(["-pluralonly"] if plural_only else [])]
    subprocess.run([str(tool("lupdate")), *flags, *files, "-ts", str(ts)], check=True)


def compile_ts(ts: Path, qm: Path) -> Path:
    subprocess.run([str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def update() -> None:
    for lang in LANGUAGES:
        update_ts(I18N / f"mecloud_{lang}.ts", plural_only=lang == "en")


def release(out: Path = I18N) -> list[Path]:
    return [compile_ts(ts, out / ts.with_suffix(".qm").name) for ts in sorted(I18N.glob("mecloud_*.ts"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.desktop.translations_build", description=__doc__)
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from the code first")
    args = parser.parse_args(argv)
    if args.update:
        update()
    for qm in release():
        print(f"built {qm.relative_to(HERE.parents[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
