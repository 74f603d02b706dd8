"""Page images of the redacted German report on the test persona's exports, for docs/screenshots/.

`python -m ui.reports.sample_pages docs/screenshots` (part of `make screenshots`). Needs the checkout (the
exports come from tests/generators) and poppler's pdftoppm.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ui.reports.export_audit import audit_exports
from ui.reports.html_report import render
from ui.reports.pdf import html_to_pdf
from ui.reports.wording import text

PREFIX = "report-de-page"


def write_pages(out: Path, dpi: int = 80) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed to render the pages")
    exports = importlib.import_module("tests.reports.conftest")
    with tempfile.TemporaryDirectory(prefix="mecloud-sample-") as tmp:
        folder = Path(tmp)
        report = audit_exports(exports.write_persona_exports(folder / "exports"), redact=True, lang="de")
        pdf = folder / "bericht.pdf"
        html_to_pdf(render(report), pdf, title=text("de")["title"])
        for old in out.glob(f"{PREFIX}-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out / PREFIX)], check=True)
    pages = sorted(out.glob(f"{PREFIX}-*.png"))
    from PIL import Image  # comes with WeasyPrint

    for page in pages:  # a palette of 64 colours keeps text sharp at a third of the size
        Image.open(page).convert("RGB").quantize(64).save(page, optimize=True)
    return pages


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    for page in write_pages(target):
        print(page)
