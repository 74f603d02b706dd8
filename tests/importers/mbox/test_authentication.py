"""Mail: authentication decides who sent it, not the display name (issue 31, class 4; formats/README.md §1.8.1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from importers.mail.auth import ABSENT, AUTHENTICATED, UNREADABLE, UNVERIFIED, judge, receiver_header, registrable
from importers.mail.display import display_name, looks_like_person
from importers.mail.services import is_mail_service
from tests.exportkit import write_zip
from tests.generators import mail_auth as gen
from tests.generators import mbox as old_gen
from tests.importers.mbox.test_mbox import run
from ui.cli import main
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault

TAKEOUT_MBOX = "Takeout/Mail/All mail Including Spam and Trash.mbox"
CASES = {c.label: c for c in gen.gmail_cases() + gen.outlook_cases()}


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("mail")
    (folder / "gmail.mbox").write_bytes(gen.gmail_mbox())
    (folder / "outlook.mbox").write_bytes(gen.outlook_mbox())
    obs, cov = run([folder / "gmail.mbox", folder / "outlook.mbox"])
    by_label = {}
    for o in obs:
        label = next(c.label for c in CASES.values() if o.raw["message-id"] in c.mail.decode())
        by_label[label] = o
    return {"obs": by_label, "coverage": cov}


@pytest.mark.parametrize("label", sorted(CASES))
def test_each_real_shape_names_the_brand_it_should_and_no_other(parsed: dict, label: str) -> None:
    case, o = CASES[label], parsed["obs"][label]
    expected = [(case.brand_domain, case.brand_name)] if case.brand_domain else []
    assert [(h.domain, h.name) for h in o.brands] == expected
    if not case.brand_domain:
        assert o.raw["no_brand"]  # the mail is kept, saying why it names no brand
    assert o.kind == "email"


def test_a_spoofed_display_name_makes_no_brand_and_the_mail_is_kept_unverified(parsed: dict) -> None:
    o = parsed["obs"]["spoofed_display_name"]
    assert o.brands == ()
    assert o.raw["authentication"] == "unverified: spf=softfail"
    assert "not authenticated as random.example" in o.raw["no_brand"]
    assert o.title == "PayPal: Your account is limited"  # the name as the mail shows it, without its quotes


def test_only_the_receivers_topmost_verdict_counts(parsed: dict) -> None:
    forged = parsed["obs"]["forged_lower_verdict"]
    assert forged.brands == () and forged.raw["authentication"].startswith("unverified: dkim=fail")
    # ARC copies and X-Original-Authentication-Results are never read; neither is a lower header
    lower_pass = "mx.google.com; dmarc=pass header.from=woodgrove.example"
    assert receiver_header(["mx.google.com; dmarc=fail header.from=woodgrove.example", lower_pass], True) != lower_pass


def test_gmail_mail_with_only_another_servers_verdict_has_none_of_the_receiver() -> None:
    other = "mx.sender.example; dmarc=pass header.from=woodgrove.example"
    assert receiver_header([other], gmail=True) is None
    assert receiver_header([other], gmail=False) == other  # another provider: its topmost header is its own


def test_spam_counts_only_authenticated_bulk_mail_of_an_organisation(parsed: dict) -> None:
    obs = parsed["obs"]
    assert [h.domain for h in obs["spam_authenticated_bulk"].brands] == ["adatum.example"]
    assert "person's name" in obs["spam_person_bulk"].raw["no_brand"]
    assert "not bulk" in obs["spam_person"].raw["no_brand"]
    assert "not authenticated" in obs["spam_unauthenticated_bulk"].raw["no_brand"]


def test_the_report_says_how_much_mail_was_unchecked_and_how_much_did_not_authenticate(parsed: dict) -> None:
    notes = parsed["coverage"].notes  # how senders were judged: notes, not malformed records
    gmail_total = sum(1 for c in gen.gmail_cases() if not c.label.startswith("mail_service"))
    assert f"gmail.mbox: 1 of {gmail_total} messages from organisations carry no Authentication-Results" in "\n".join(
        notes
    )
    unverified = [n for n in notes if "did not authenticate" in n]
    tail = " did not authenticate as the domain in their From address (no aligned DKIM, SPF or DMARC pass): kept as "
    tail += "unverified mail that names no brand"
    assert unverified == ["gmail.mbox: 5 messages that" + tail, "outlook.mbox: 1 message that" + tail]
    assert not any("outlook.mbox" in n and "carry no" in n for n in notes)


def test_an_old_mbox_without_verdicts_keeps_todays_brands_and_says_so(tmp_path: Path) -> None:
    box = tmp_path / "old.mbox"
    box.write_bytes(old_gen.sample_mbox())
    obs, cov = run([box])
    assert {h.domain for o in obs for h in o.brands} == old_gen.SAMPLE_BRAND_DOMAINS
    assert all(o.raw.get("authentication") in (None, "absent") for o in obs)
    assert any("6 of 6 messages from organisations carry no Authentication-Results" in i for i in cov.notes)


def test_an_unreadable_verdict_falls_back_and_is_counted(tmp_path: Path) -> None:
    mail = gen.takeout_message(1, "Globex Bank <service@globexbank.example>", "Statement", "Inbox", "mx.google.com; ((")
    box = tmp_path / "m.mbox"
    box.write_bytes(mail)
    (o,), cov = run([box])
    assert [h.domain for h in o.brands] == ["globexbank.example"]
    assert o.raw["authentication"].startswith("unreadable")
    assert any("1 message with an Authentication-Results header that could not be read" in i for i in cov.notes)


# -- the rules one by one -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "from_domain", "state"),
    [
        ("mx.google.com; dmarc=pass header.from=brand.example", "brand.example", AUTHENTICATED),
        ("mx.google.com; dmarc=pass header.from=news.brand.example", "brand.example", AUTHENTICATED),
        # DMARC passed for another From than the one we read (a second From header): not ours
        ("mx.google.com; dmarc=pass header.from=other.example", "brand.example", UNVERIFIED),
        ("mx.google.com; dkim=pass header.i=@mail.brand.co.uk", "shop.brand.co.uk", AUTHENTICATED),
        ("mx.google.com; dkim=pass header.d=other.co.uk", "brand.co.uk", UNVERIFIED),  # co.uk is a public suffix
        ("mx.google.com; dkim=fail header.i=@brand.example", "brand.example", UNVERIFIED),
        ("mx.google.com; spf=pass smtp.mailfrom=bounce@em.brand.example", "brand.example", AUTHENTICATED),
        ("mx.google.com; spf=pass smtp.mailfrom=bounce@sendgrid.net", "brand.example", UNVERIFIED),
        ("mx.google.com; none", "brand.example", UNVERIFIED),
        ("mx.google.com; dkim=pass;", "brand.example", UNREADABLE),
        (None, "brand.example", ABSENT),
    ],
)
def test_alignment(value: str | None, from_domain: str, state: str) -> None:
    assert judge(value, from_domain).state == state


def test_registrable_domains_come_from_the_public_suffix_list_offline() -> None:
    assert registrable("em.news.brand.co.uk") == "brand.co.uk"
    assert registrable("mail.acme-outdoor.example") == "acme-outdoor.example"  # RFC 2606 names in our tests
    assert registrable("pex-com.20150623.gappssmtp.com") != registrable("pex.com")


@pytest.mark.parametrize(
    ("domain", "service"),
    [("sendgrid.net", True), ("em123.sendgrid.net", True), ("mail123.atl11.mcsv.net", True),
     ("send.klaviyomail.com", True), ("eu-west-1.amazonses.com", True), ("tenant.onmicrosoft.com", True),
     ("sendgrid.com", False), ("mailchimp.com", False), ("contoso-coffee.example", False), ("net", False)],
)  # fmt: skip
def test_mail_service_domains(domain: str, service: bool) -> None:
    assert is_mail_service(domain) is service


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("'eharmony Info'", "eharmony Info"),
        ('"PayPal"', "PayPal"),
        ("=?UTF-8?Q?=22Caf=C3=A9_Fabrikam=22?=", "Café Fabrikam"),
        ("=?utf-8?b?wrtBY21lwrs=?=", "Acme"),  # «Acme»
        ("\"'Nested'\"", "Nested"),
        ("=?utf-8?q?Doe=2C_Inc?=", "Doe, Inc"),
        ("Rock 'n' Roll Shop", "Rock 'n' Roll Shop"),  # quotes inside a name stay
        ("''", None),
        ("=?x-unknown?q?abc?=", None),
    ],
)
def test_display_names_are_decoded_and_never_keep_quotes(raw: str, shown: str | None) -> None:
    assert display_name(raw) == shown


@pytest.mark.parametrize(
    ("name", "address", "person"),
    [
        ("Morgan Keane", "morgan.keane@litware.example", True),
        ("Dr. Seán Ó Murchú", "smurchu@shop.example", True),
        ("Zalando Team", "zalando@news.zalando.de", False),  # the name is the domain's: an organisation
        ("Adatum Insurance", "offers@adatum.example", False),
        ("Morgan", "morgan@litware.example", False),  # one word says too little
        (None, "morgan.keane@litware.example", False),
    ],
)
def test_a_persons_name_on_their_own_mailbox(name: str | None, address: str, person: bool) -> None:
    assert looks_like_person(name, address) is person


# -- through the real import into a real vault --------------------------------------------------------
def test_a_takeout_with_mail_names_only_authenticated_brands_in_the_vault(vault: Vault, tmp_path: Path) -> None:
    z = write_zip(
        tmp_path / "takeout-20240601T101010Z-001.zip",
        {TAKEOUT_MBOX: gen.gmail_mbox(), "Takeout/My Activity/Search/MyActivity.json": b"[]"},
    )
    summary = run_import(vault, [z])
    assert summary.platform == "google"  # the Google importer reads the mbox with the rest of the Takeout
    rows = list_brands(vault.store)
    expected = {registrable(c.brand_domain) for c in gen.gmail_cases() if c.brand_domain}
    assert {r.domain for r in rows} - {"google.com"} == expected
    names = {r.name for r in rows}
    assert "PayPal" not in names and "eharmony Info" in names and "Café Fabrikam" in names
    assert not {r.domain for r in rows} & {"random.example", "klaviyomail.com", "sendgrid.net", "litware.example"}
    assert summary.items_added >= len(gen.gmail_cases())  # unverified mail is kept, as mail


def test_the_cli_import_report_carries_the_notes(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    box = tmp_path / "outlook.mbox"
    box.write_bytes(gen.outlook_mbox() + old_gen.sample_mbox())
    assert main(["import", str(box)]) == 0
    capsys.readouterr()
    assert main(["imports", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    notes = "\n".join(row["coverage"]["notes"])  # how senders were judged: notes beside the malformed records
    assert "6 of 8 messages from organisations carry no Authentication-Results header" in notes
    assert "1 message that did not authenticate" in notes
