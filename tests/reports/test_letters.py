"""Request letters: the brand, the evidence and the right GDPR articles, in English and German, as PDF too."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.exportkit import write_zip
from tests.generators.facebook import facebook_export
from ui.cli import main


@pytest.fixture
def filled_vault(cli_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["init"]) == 0
    assert main(["import", str(write_zip(tmp_path / "fb.zip", facebook_export("2024")))]) == 0
    capsys.readouterr()
    return tmp_path


@pytest.mark.parametrize(
    ("kind", "lang", "must"),
    [
        ("access", "en", ["Article 15", "Art. 15(1)(g)", "Dear Sir or Madam"]),
        ("erasure", "en", ["Article 17", "Art. 19"]),
        ("objection", "en", ["Article 21(2)", "direct marketing"]),
        ("access", "de", ["Art. 15 DSGVO", "Sehr geehrte Damen und Herren", "Mit freundlichen Grüßen"]),
        ("erasure", "de", ["Art. 17", "Löschung"]),
        ("objection", "de", ["Art. 21 Abs. 2", "Direktwerbung"]),
    ],
)
def test_letter_kinds_and_languages(
    filled_vault: Path, capsys: pytest.CaptureFixture[str], kind: str, lang: str, must: list[str]
) -> None:
    assert main(["letter", "Globex Bank", "--kind", kind, "--lang", lang, "--name", "A. Example"]) == 0
    text = capsys.readouterr().out
    for phrase in must:
        assert phrase in text
    assert "Globex Bank" in text
    # Evidence: which platform showed it, by its name and in words; no archive paths or internal ids.
    assert "Facebook" in text and "facebook" not in text.replace("Facebook", "")
    assert "fb.zip" not in text and ".json" not in text


def test_letter_pdf_and_text_file(filled_vault: Path) -> None:
    txt, pdf = filled_vault / "letter.txt", filled_vault / "letter.pdf"
    assert main(["letter", "Globex Bank", "--kind", "objection", "--out", str(txt)]) == 0
    assert "Article 21(2)" in txt.read_text("utf-8")
    assert main(["letter", "Globex Bank", "--kind", "access", "--lang", "de", "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed; make test installs it")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Art. 15 DSGVO" in text and "Globex Bank" in text


def test_letter_for_unknown_brand_fails_clearly(filled_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["letter", "Nobody At All", "--kind", "access"]) == 1
    assert "No brand called 'Nobody At All'" in capsys.readouterr().err
