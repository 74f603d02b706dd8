"""Letters: the brand, the evidence in words and the right GDPR articles, in English and German; reminders and
complaints once the month of Art. 12(3) has passed; the sender only as entered; a DIN 5008-like PDF; JSON."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests import persona
from tests.exportkit import write_zip
from tests.generators.facebook import facebook_export
from tests.generators.mbox import sample_mbox
from tests.reports.test_json_schemas import _validator
from ui.cli import main
from vault import wording
from vault.counterparts import month_after

# Facebook names the archive after the account and the day it was made; the letter cites that day.
FB_ZIP = "facebook-alex_example-2024-09-14-AbCd.zip"


@pytest.fixture
def filled_vault(cli_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["init"]) == 0
    assert main(["import", str(write_zip(tmp_path / FB_ZIP, facebook_export("2024")))]) == 0
    mbox = tmp_path / "mail.mbox"
    mbox.write_bytes(sample_mbox())
    assert main(["import", str(mbox)]) == 0
    capsys.readouterr()
    return tmp_path


def _letter(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["letter", *args]) == 0
    return capsys.readouterr().out


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
    text = _letter(capsys, "Globex Bank", "--kind", kind, "--lang", lang, "--name", "A. Example")
    for phrase in must:
        assert phrase in text
    assert "Globex Bank" in text
    assert wording.day_in_words(date.today(), lang) in text  # the date in words, not ISO
    # Evidence in words: which export (platform and the day it was made) showed the company as what.
    if lang == "de":
        assert (
            "Ihr Unternehmen erscheint in meinem Facebook-Datenexport vom 14.09.2024 als Werbetreibender, der eine "
            "Liste mit meinen Daten hochgeladen hat" in text
        )
    else:
        assert "appears in my Facebook data export of 14 Sep 2024 as an advertiser that uploaded a list" in text
    assert FB_ZIP not in text and ".json" not in text and "facebook " not in text


def test_sender_only_as_entered(filled_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _letter(capsys, "Globex Bank", "--lang", "de")
    # The export's profile has the person's name and e-mail: a letter never guesses them from it.
    assert "[Ihr Name]" in text and "[Ihre Postanschrift]" in text
    assert persona.NAME not in text and persona.EMAIL not in text
    assert main(["sender", "--name", persona.NAME, "--address", "Beispielweg 1; 10115 Berlin"]) == 0
    capsys.readouterr()
    text = _letter(capsys, "Globex Bank", "--lang", "de")
    assert text.startswith(f"{persona.NAME}\nBeispielweg 1\n10115 Berlin\n")
    assert "[Ihr Name]" not in text and text.rstrip().endswith(persona.NAME)
    assert main(["sender", "--clear"]) == 0
    assert "placeholders" in capsys.readouterr().out
    assert "[Ihr Name]" in _letter(capsys, "Globex Bank", "--lang", "de")


def test_reminder_waits_for_the_month_then_cites_art_12_3(filled_vault: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    sent = date.today() - timedelta(days=10)
    assert main(["letter", "Zalando SE", "--kind", "reminder", "--sent", sent.isoformat()]) == 1
    err = capsys.readouterr().err
    assert "Zalando SE has until" in err and "Art. 12(3)" in err
    sent = date.today() - timedelta(days=45)
    for lang, must in (
        ("de", ["Erinnerung: mein Auskunftsersuchen nach Art. 15 DSGVO vom", "Art. 12 Abs. 3 DSGVO", "Anlagen:"]),
        ("en", ["Reminder: my request for access of", "Art. 12(3) GDPR", "Attachments:"]),
    ):
        text = _letter(capsys, "Zalando SE", "--kind", "reminder", "--lang", lang, "--sent", sent.isoformat())
        for phrase in must:
            assert phrase in text
        assert wording.day_in_words(sent, lang) in text and wording.day_in_words(month_after(sent), lang) in text
        assert "datenschutz@zalando.de" in text  # to the company's privacy contact


def test_complaint_goes_to_the_authority_with_the_request_attached(filled_vault: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["letter", "Zalando SE", "--kind", "complaint"]) == 1
    assert "--sent" in capsys.readouterr().err  # no request recorded or given: ask, do not guess
    _letter(capsys, "Zalando SE", "--kind", "access")  # recorded today
    assert main(["letter", "Zalando SE", "--kind", "complaint"]) == 1  # the month has not passed
    capsys.readouterr()
    sent = (date.today() - timedelta(days=40)).isoformat()
    for lang, must in (
        ("de", ["Beschwerde nach Art. 77 DSGVO über Zalando SE", "Anlage 1", "Art. 77 Abs. 2 DSGVO"]),
        ("en", ["Complaint under Art. 77 GDPR about Zalando SE", "Attachment 1", "Art. 77(2) GDPR"]),
    ):
        text = _letter(capsys, "Zalando SE", "--kind", "complaint", "--lang", lang, "--sent", sent)
        for phrase in must:
            assert phrase in text
        head, annex = text.split("Attachment 1" if lang == "en" else "Anlage 1 ====", 1)
        assert "Berliner Beauftragte für Datenschutz und Informationsfreiheit" in head  # Zalando SE is in Berlin
        assert "Tamara-Danz-Straße 1" in head  # the company complained about, with its address
        assert ("Art. 15 DSGVO" if lang == "de" else "Article 15") in annex and "datenschutz@zalando.de" in annex


def test_letter_json_matches_its_schema(filled_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    validator = _validator("letter.schema.json")
    sent = (date.today() - timedelta(days=40)).isoformat()
    for args in (["--kind", "access"], ["--kind", "complaint", "--lang", "de", "--sent", sent]):
        data = json.loads(_letter(capsys, "Zalando SE", "--json", *args))
        validator.validate(data)
        assert data["recipient"] and data["subject"] and data["evidence"]
    assert data["attached"][0]["kind"] == "access"
    del data["recipient"]
    assert list(validator.iter_errors(data))


pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (make test installs it)")


def _area(pdf: Path, x_mm: float, y_mm: float, w_mm: float, h_mm: float, page: int = 1) -> str:
    pt = 72 / 25.4  # pdftotext crops in points at 72 dpi
    box = [str(round(v * pt)) for v in (x_mm, y_mm, w_mm, h_mm)]
    args = ["pdftotext", "-f", str(page), "-l", str(page), "-x", box[0], "-y", box[1], "-W", box[2], "-H", box[3]]
    return subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pdftotext
def test_letter_pdf_is_laid_out_like_din_5008(filled_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sender", "--name", persona.NAME, "--address", "Beispielweg 1; 10115 Berlin"]) == 0
    pdf = filled_vault / "brief.pdf"
    sent = (date.today() - timedelta(days=40)).isoformat()
    assert main(["letter", "Zalando SE", "--kind", "complaint", "--lang", "de", "--sent", sent, "--out", str(pdf)]) == 0
    # The window of a DL envelope: 20 mm from the left, 45 mm from the top, 85 x 45 mm. Only the return line
    # and the addressee may show there.
    window = _area(pdf, 20, 45, 85, 45)
    assert "Berliner Beauftragte" in window and "Beispielweg 1" in window  # addressee, return line
    assert "Beschwerde" not in window and "Sehr geehrte" not in window
    # The sender block and the date in words right of it; the subject below, from ~98 mm.
    right = _area(pdf, 120, 40, 90, 58)
    assert persona.NAME in right and wording.day_in_words(date.today(), "de") in right
    assert "Beschwerde nach Art. 77 DSGVO über Zalando SE" in _area(pdf, 20, 95, 175, 15)
    whole = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert whole.count("\f") >= 2 and "Anlage 1" in whole  # the attached request on a page of its own
    # The plain text file is the same letter.
    txt = filled_vault / "brief.txt"
    assert main(["letter", "Zalando SE", "--kind", "objection", "--out", str(txt)]) == 0
    assert "Article 21(2)" in txt.read_text("utf-8")


def test_letter_for_unknown_brand_fails_clearly(filled_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["letter", "Nobody At All", "--kind", "access"]) == 1
    assert "No brand called 'Nobody At All'" in capsys.readouterr().err
