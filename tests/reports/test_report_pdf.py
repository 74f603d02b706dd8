"""The redacted German PDF of the persona's exports, read back with poppler: A4 pages with a running header and
"Seite i von n", cells that stay apart, chart labels whole, table heads repeated, no internal ids, no canaries."""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import persona
from tests.generators.facebook import FRIEND, MESSAGE_TEXTS
from tests.reports.conftest import CANARY_USER
from ui.cli import main
from ui.reports.wording import kind_label as kind_phrase
from vault import wording

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (make test installs it)")


def _text(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def bericht(persona_exports: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("bericht")
    pdf, data = out / "bericht.pdf", out / "bericht.json"
    args = ["audit", *map(str, persona_exports), "--redact", "--lang", "de", "--report", str(pdf), "--json", str(data)]
    assert main(args) == 0
    return pdf, json.loads(data.read_text("utf-8"))


def _pages(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    n = int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])
    assert re.search(r"^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info, re.M), info
    return [_text(pdf, "-layout", "-f", str(i), "-l", str(i)) for i in range(1, n + 1)]


def test_a4_pages_with_running_header_and_page_numbers(bericht: tuple[Path, dict]) -> None:
    pages = _pages(bericht[0])
    assert len(pages) >= 3
    for i, page in enumerate(pages, start=1):
        assert page.lstrip().startswith("Wer hat meine Daten? Ein Bericht"), f"page {i} has no running header"
        assert f"Seite {i} von {len(pages)}" in page


def test_table_heads_repeat_on_every_page_a_table_runs_onto(bericht: tuple[Path, dict]) -> None:
    pages = _pages(bericht[0])
    # A row of a brand table: name, count, kinds, then the platform column (charts and lists have none).
    row = re.compile(r"^ *\S.*? {2,}\d+ {2,}\S.*? {2,}(Facebook|E-Mail-Postfach)", re.M)
    brand_rows = [p for p in pages if row.search(p)]
    assert len(brand_rows) >= 2  # the brand table is long enough to run over a page break
    for page in brand_rows:
        assert re.search(r"^ *Marke +Domain +Anzahl +Arten", page, re.M), page[:600]


def test_neighbouring_cells_stay_apart(bericht: tuple[Path, dict]) -> None:
    pdf, data = bericht
    text = _text(pdf, "-layout")
    names = sorted({b["name"] for b in data["brands"]}, key=len)
    for name in names:
        for m in re.finditer(re.escape(name) + r"(?=\S)", text):
            rest = text[m.start() :]
            # Only a longer brand name, a wrapped word or punctuation may follow without a gap.
            assert any(rest.startswith(other) for other in names if other != name) or rest[len(name)] in ",.)–-", (
                f"{name!r} runs into the next cell: {rest[:60]!r}"
            )
    for brand in data["brands"]:
        if brand["domain"]:
            assert brand["name"] + brand["domain"][:4] not in text
    heads = ["Verstanden", "Übersprungen", "Unbekannt"]
    for a, b in itertools.pairwise(heads):
        assert a + b not in text.replace("-\n", "")


def test_chart_labels_are_whole(bericht: tuple[Path, dict]) -> None:
    pdf, data = bericht
    flowing = " ".join(_text(pdf).split())
    for kind in data["by_kind"]:
        assert kind_phrase(kind, "de") in flowing, kind
    for platform in data["by_platform"]:
        assert wording.platform_label(platform, "de") in flowing


def test_no_internal_ids_and_nothing_that_names_the_person(bericht: tuple[Path, dict]) -> None:
    pdf, _ = bericht
    text = _text(pdf)
    for internal in ("customer_list", "activity_shared", "ad_engagement", "ad_targeting", "pd:", "dpv:"):
        assert internal not in text
    # Platform ids as words; paths like facebook-[Konto]/… or …_of_facebook/ are structure and stay.
    assert not re.search(r"(?<![\w/.\-\[])(facebook|mbox|instagram)(?![\w/.\-\]])", text)
    for canary in (CANARY_USER, persona.NAME, persona.LAST_NAME, persona.EMAIL, persona.USERNAME, "alexexample",
                   FRIEND, "jamiegroesse", *MESSAGE_TEXTS):  # fmt: skip
        assert canary not in text, canary
    assert "facebook-[Konto]-2024-09-14.zip" in text and "Anhang: Belege" in text and "Auskunftslücken" in text


def test_redacted_json_names_nobody_either(bericht: tuple[Path, dict]) -> None:
    blob = json.dumps(bericht[1], ensure_ascii=False)
    for canary in (CANARY_USER, persona.NAME, persona.LAST_NAME, persona.EMAIL, persona.USERNAME, "alexexample",
                   FRIEND, "jamiegroesse", *MESSAGE_TEXTS):  # fmt: skip
        assert canary not in blob, canary
    assert bericht[1]["evidence"] and bericht[1]["exports"][0]["name"] == "facebook-[Konto]-2022-03-01.zip"
