"""Page images of the redacted German report and of a German complaint letter on the test persona's exports,
for docs/screenshots/.

`python -m ui.reports.sample_pages docs/screenshots` (part of `make screenshots`). Needs the checkout (the
exports come from tests/generators) and poppler's pdftoppm.
"""

from __future__ import annotations

import importlib
import secrets
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from ui.reports.export_audit import audit_exports, ingest_exports
from ui.reports.html_report import render
from ui.reports.letter_html import letter_html
from ui.reports.pdf import html_to_pdf
from ui.reports.wording import text
from vault.brands import find_brand
from vault.counterparts import Sender, addressee_for_brand, authority_addressee_for_brand, save_sender, write_letter
from vault.store import Store

REPORT = "report-de-page"
LETTER = "letter-de-complaint-page"


def _pages(pdf: Path, out: Path, prefix: str, dpi: int) -> list[Path]:
    for old in out.glob(f"{prefix}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out / prefix)], check=True)
    pages = sorted(out.glob(f"{prefix}-*.png"))
    from PIL import Image  # comes with WeasyPrint

    for page in pages:  # a palette of 64 colours keeps text sharp at a third of the size
        Image.open(page).convert("RGB").quantize(64).save(page, optimize=True)
    return pages


def _complaint(exports: list[Path], pdf: Path, folder: Path) -> None:
    """The persona asked Zalando for access 40 days ago and heard nothing: the complaint, request attached."""
    persona = importlib.import_module("tests.persona")
    store = Store(folder / "letters.db", secrets.token_bytes(32))
    try:
        ingest_exports(store, exports)
        save_sender(store, Sender(persona.NAME, "Beispielweg 1\n10115 Berlin", persona.EMAIL))
        brand = find_brand(store, "Zalando SE")
        letter = write_letter(
            store,
            brand,
            "complaint",
            "de",
            addressee=authority_addressee_for_brand(store, brand),
            sent=date.today() - timedelta(days=40),
            company=addressee_for_brand(store, brand),
        )
    finally:
        store.close()
    html_to_pdf(letter_html(letter), pdf, title=letter.subject)


def write_pages(out: Path, dpi: int = 80) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed to render the pages")
    kit = importlib.import_module("tests.reports.conftest")
    with tempfile.TemporaryDirectory(prefix="mecloud-sample-") as tmp:
        folder = Path(tmp)
        exports = kit.write_persona_exports(folder / "exports")
        report = audit_exports(exports, redact=True, lang="de")
        html_to_pdf(render(report), folder / "bericht.pdf", title=text("de")["title"])
        _complaint(exports, folder / "beschwerde.pdf", folder)
        return _pages(folder / "bericht.pdf", out, REPORT, dpi) + _pages(folder / "beschwerde.pdf", out, LETTER, dpi)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    for page in write_pages(target):
        print(page)
