"""`mecloud audit` on generated exports: HTML parses and is self-contained, redaction holds, PDF opens."""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests import persona
from tests.exportkit import write_zip
from tests.generators.facebook import facebook_export
from tests.generators.mbox import sample_mbox, sample_messages
from ui.cli import main


@pytest.fixture
def exports(tmp_path: Path) -> list[Path]:
    fb = write_zip(tmp_path / "facebook-alex.zip", facebook_export("2024"))
    mbox = tmp_path / "mail.mbox"
    mbox.write_bytes(sample_mbox())
    return [fb, mbox]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.urls: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.urls += [v or "" for k, v in attrs if k in ("src", "href", "srcset", "action")]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Collector:
    c = _Collector()
    c.feed(html)
    c.close()
    return c


def test_html_and_json_report(exports: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    html_path, json_path = tmp_path / "report.html", tmp_path / "report.json"
    assert main(["audit", *map(str, exports), "--report", str(html_path), "--json", str(json_path)]) == 0
    page = _parse(html_path.read_text("utf-8"))
    text = " ".join(page.text)
    assert "script" not in page.tags and page.urls == []  # nothing to load, nothing to run
    assert "svg" in page.tags
    for brand in ("Acme Outdoor Co", "Globex Bank", "Northwind Travel"):
        assert brand in text
    assert "Customer-list uploaders" in text and "Off-platform trackers" in text
    data = json.loads(json_path.read_text())
    names = {b["name"] for b in data["brands"]}
    assert {"Acme Outdoor Co", "Globex Bank"} <= names
    assert {c["platform"] for c in data["coverage"]} == {"facebook", "mbox"}
    acme = next(b for b in data["brands"] if b["name"] == "Acme Outdoor Co")
    assert "email" in acme["touchpoints"] and "facebook" in acme["platforms"]
    # The ephemeral vault was wiped: no vault created where the default would be.
    assert not (tmp_path / "default-vault").exists()


def test_redacted_report_has_no_personal_data(exports: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "public.html"
    json_out = tmp_path / "public.json"
    assert main(["audit", *map(str, exports), "--redact", "--report", str(out), "--json", str(json_out)]) == 0
    subjects = []
    for _, msg in sample_messages():
        for line in msg.decode("utf-8", "replace").splitlines():
            if line.startswith("Subject: ") and len(line) > 15:
                subjects.append(line[len("Subject: ") :])
    assert subjects
    for blob in (out.read_text("utf-8"), json_out.read_text("utf-8")):
        for secret in (persona.NAME, persona.LAST_NAME, persona.EMAIL, persona.USERNAME, *subjects):
            assert secret not in blob
        assert "Globex Bank" in blob  # brands remain
    data = json.loads(json_out.read_text())
    assert all(len(b["first_seen"] or "2024-01") == 7 for b in data["brands"])  # months, not days
    assert data["interests"] == {}


def test_german_report_and_pdf(exports: list[Path], tmp_path: Path) -> None:
    pdf = tmp_path / "bericht.pdf"
    assert main(["audit", *map(str, exports), "--lang", "de", "--report", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed; make test installs it")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Wer hat meine Daten?" in text and "Globex Bank" in text and "Hochgeladene Kundenlisten" in text


def test_unknown_export_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = write_zip(tmp_path / "holiday-photos.zip", {"IMG_0001.txt": "not an export"})
    assert main(["audit", str(junk), "--report", str(tmp_path / "r.html")]) == 1
    err = capsys.readouterr().err
    assert "holiday-photos.zip" in err and "not a recognised export" in err
    assert not (tmp_path / "r.html").exists()


def test_pdf_engine_loads_nothing_from_anywhere() -> None:
    """A page that asks for a remote font and image gets neither, and the engine makes no connection."""
    from tests.security.network_guard import watching
    from ui.reports.pdf import html_to_pdf_bytes, offline_fetcher

    page = (
        "<html><head><style>@font-face{font-family:X;src:url(https://fonts.example/x.woff2)}"
        "body{font-family:X}</style></head><body><p>Hallo</p><img src='http://tracker.example/p.png'></body></html>"
    )
    fetcher = offline_fetcher()
    with watching() as attempts:
        pdf = html_to_pdf_bytes(page, fetcher=fetcher)
    assert attempts == [] and pdf.startswith(b"%PDF-")
    assert set(fetcher.refused) == {"https://fonts.example/x.woff2", "http://tracker.example/p.png"}
