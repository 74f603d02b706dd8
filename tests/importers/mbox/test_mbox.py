"""Mail importer: detection, who mails the persona, evidence, what is (not) stored, bad messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers import google
from importers.archive.reader import ExportTree
from importers.mail import mbox
from importers.mail.senders import is_freemail, is_university
from tests.exportkit import write_zip
from tests.generators import mbox as gen
from vault.errors import MeCloudError
from vault.model import CoverageReport, Observation

TAKEOUT_MBOX = "Takeout/Mail/All mail Including Spam and Trash.mbox"
GERMAN_MBOX = "Takeout/Gmail/Alle E-Mails einschließlich Spam-Nachrichten und E.mbox"


def run(paths: list[Path]) -> tuple[list[Observation], CoverageReport]:
    with ExportTree(paths) as tree:
        cov = CoverageReport()
        obs = list(mbox.parse(tree, cov))
        cov.finish(tree.paths())
    return obs, cov


@pytest.fixture
def sample(tmp_path: Path) -> tuple[list[Observation], CoverageReport]:
    path = tmp_path / "mail.mbox"
    path.write_bytes(gen.sample_mbox())
    return run([path])


def by_subject(obs: list[Observation], text: str) -> Observation:
    found = [o for o in obs if text in o.raw.get("subject", "")]
    assert len(found) == 1, text
    return found[0]


# -- detection ------------------------------------------------------------------------------------
def test_plain_mbox_file_is_detected_alone(tmp_path: Path) -> None:
    path = tmp_path / "archive.mbox"
    path.write_bytes(gen.sample_mbox())
    with ExportTree([path]) as tree:
        found = mbox.detect(tree)
    assert found is not None and found.platform == "mbox" and found.confidence >= 0.9


def test_mbox_without_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "Inbox"
    path.write_bytes(gen.sample_mbox())
    with ExportTree([path]) as tree:
        assert mbox.detect(tree) is not None
    obs, _ = run([path])
    assert len(obs) == gen.SAMPLE_OBSERVATIONS


@pytest.mark.parametrize("member", [TAKEOUT_MBOX, GERMAN_MBOX])
def test_takeout_mail_only_zip_is_mail(tmp_path: Path, member: str) -> None:
    z = write_zip(tmp_path / "takeout-20240401T101010Z-001.zip", {member: gen.sample_mbox()})
    with ExportTree([z]) as tree:
        found = mbox.detect(tree)
    assert found is not None and found.confidence >= 0.9
    obs, cov = run([z])
    assert len(obs) == gen.SAMPLE_OBSERVATIONS
    assert cov.understood == {member: gen.SAMPLE_OBSERVATIONS}


def test_mbox_inside_a_larger_takeout_leaves_it_to_google(tmp_path: Path) -> None:
    z = write_zip(
        tmp_path / "t.zip",
        {TAKEOUT_MBOX: gen.sample_mbox(), "Takeout/My Activity/Search/MyActivity.json": b"[]"},
    )
    with ExportTree([z]) as tree:
        found = mbox.detect(tree)
        takeout = google.detect(tree)
    assert found is not None and takeout is not None
    assert found.confidence < takeout.confidence  # the Google importer reads the mbox with the rest


def test_other_files_are_not_mail(tmp_path: Path) -> None:
    path = tmp_path / "notes"
    path.write_bytes(b"Dear diary,\nFrom today on I write mail.\n")
    z = write_zip(tmp_path / "x.zip", {"data.json": b"{}", "notes": b"hello\n"})
    for p in (path, z):
        with ExportTree([p]) as tree:
            assert mbox.detect(tree) is None


# -- what the mail says ---------------------------------------------------------------------------
def test_every_brand_sender_is_an_email_touchpoint(sample: tuple[list[Observation], CoverageReport]) -> None:
    obs, _ = sample
    assert len(obs) == gen.SAMPLE_OBSERVATIONS
    assert {o.kind for o in obs} == {"email"} and {o.platform for o in obs} == {"mbox"}
    hints = [h for o in obs for h in o.brands]
    assert {h.domain for h in hints} == gen.SAMPLE_BRAND_DOMAINS
    assert {h.touchpoint for h in hints} == {"email"}
    assert {h.category for h in hints} == {"pd:EmailAddress"}


def test_marketing_headers_are_kept_as_evidence(sample: tuple[list[Observation], CoverageReport]) -> None:
    news = by_subject(sample[0], "Spring sale")
    (hint,) = news.brands
    assert hint.name == "Acme Outdoor Co"
    assert "List-Unsubscribe" in hint.detail and "Mailgun" in hint.detail and "Precedence: bulk" in hint.detail
    assert news.raw["marketing"]
    receipt = by_subject(sample[0], "statement")
    assert receipt.brands[0].detail == "sent you mail" and "marketing" not in receipt.raw
    assert "SendGrid" in by_subject(sample[0], "prescription").brands[0].detail


def test_mail_from_one_sender_with_the_same_evidence_shares_one_hint_tuple(tmp_path: Path) -> None:
    # The reading process remembers hint tuples by identity: one per sender keeps that memo small.
    path = tmp_path / "bulk.mbox"
    path.write_bytes(b"".join(gen.bulk_messages(60)))
    obs, _ = run([path])
    by_hint: dict[object, set[int]] = {}
    for o in obs:
        if o.brands:
            by_hint.setdefault(o.brands, set()).add(id(o.brands))
    assert len(obs) == 60 and by_hint and len(by_hint) < 60
    assert all(len(ids) == 1 for ids in by_hint.values())


def test_rfc2047_and_raw_8bit_headers_are_decoded(sample: tuple[list[Observation], CoverageReport]) -> None:
    trip = by_subject(sample[0], "Köln")
    assert trip.raw["subject"] == "Grüße aus Köln"
    assert trip.brands[0].name == "Müller Reisen über Northwind"
    assert trip.title == "Müller Reisen über Northwind: Grüße aus Köln"
    order = by_subject(sample[0], "Bestellung")
    assert order.raw["subject"] == "Deine Bestellung wurde verschickt – Grüße"  # raw UTF-8 + CRLF message


def test_private_freemail_and_own_mail_name_no_brand(sample: tuple[list[Observation], CoverageReport]) -> None:
    friend = by_subject(sample[0], "Kaffee")
    assert friend.brands == ()
    mine = by_subject(sample[0], "my plan")
    assert mine.brands == ()


def test_people_at_isp_and_university_domains_name_no_brand(tmp_path: Path) -> None:
    path = tmp_path / "people.mbox"
    path.write_bytes(gen.people_mbox())
    with ExportTree([path]) as tree:
        obs = list(mbox.parse(tree, CoverageReport()))
    assert len(obs) == len(gen.PEOPLE) + 1
    named = {o.title.split(":")[0]: o.brands for o in obs}
    assert all(named[name] == () for name, _address in gen.PEOPLE), named
    (alumni,) = named[gen.UNIVERSITY_NEWSLETTER[0]]  # the university's own bulk mail: it holds your address
    assert (alumni.domain, alumni.touchpoint) == ("tcd.ie", "email")


@pytest.mark.parametrize(
    ("domain", "freemail", "university"),
    [
        ("eircom.net", True, False),  # ours: missing from the maintained list once
        ("mail.comcast.net", True, False),  # the maintained list, a subdomain
        ("facebook.com", False, False),  # the maintained list has it; Facebook mails you as itself
        ("cs.tcd.ie", False, True),
        ("uni-hamburg.de", False, True),
        ("ox.ac.uk", False, True),
        ("tu-berlin.de", False, True),
        ("ethz.ch", False, True),
        ("zalando.de", False, False),
        ("unicredit.it", False, False),
    ],
)
def test_freemail_and_university_domains(domain: str, freemail: bool, university: bool) -> None:
    assert (is_freemail(domain), is_university(domain)) == (freemail, university)


def test_only_selected_headers_are_stored_never_the_body(sample: tuple[list[Observation], CoverageReport]) -> None:
    for o in sample[0]:
        assert set(o.raw) <= set(mbox.KEPT) | {"marketing", "authentication", "no_brand"} | set(mbox.ESP_HEADERS)
        text = json.dumps(o.raw)
        assert "generated test message" not in text and "tent is cheaper" not in text


def test_time_is_utc_and_natural_key_is_message_id_or_header_hash(
    sample: tuple[list[Observation], CoverageReport],
) -> None:
    news = by_subject(sample[0], "Spring sale")
    assert news.time is not None and news.time.utcoffset().total_seconds() == 0
    assert news.time.isoformat() == "2024-03-01T09:00:00+00:00"
    assert news.natural_key == "id:spring-sale-001@mail.acme-outdoor.example"
    no_id = by_subject(sample[0], "prescription")
    assert no_id.natural_key.startswith("sha256:")
    keys = [o.natural_key for o in sample[0]]
    assert len(set(keys)) == len(keys)


def test_broken_messages_are_issues_not_crashes(sample: tuple[list[Observation], CoverageReport]) -> None:
    _, cov = sample
    text = "\n".join(cov.issues)
    assert "a message without From" in text
    assert "MissingHeaderBodySeparatorDefect" in text
    # No message of this mbox carries an Authentication-Results header: the report says its senders are unchecked.
    assert "6 of 6 messages from organisations carry no Authentication-Results header" in "\n".join(cov.notes)
    assert cov.issue_count == 2  # the two broken messages; the note on authentication is no malformed record
    broken = by_subject(sample[0], "Your order")
    assert broken.brands[0].domain == "contoso-coffee.example"


def test_reading_twice_gives_identical_keys(tmp_path: Path) -> None:
    a = tmp_path / "a.mbox"
    a.write_bytes(gen.sample_mbox())
    b = write_zip(tmp_path / "b.zip", {TAKEOUT_MBOX: gen.sample_mbox()})
    assert [o.natural_key for o in run([a])[0]] == [o.natural_key for o in run([b])[0]]


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        (b"From: not an address\n", "a From without a mail address"),
        (b"From: =?x-unknown-charset?q?abc?= <a@b.example>\n", "undecodable From"),
        (b"From: A <a@b.example>\nDate: yesterday-ish\n", "unreadable Date"),
    ],
)
def test_malformed_headers_are_reported(tmp_path: Path, header: bytes, problem: str) -> None:
    path = tmp_path / "m.mbox"
    path.write_bytes(b"From x\n" + header + b"\nbody\n")
    _, cov = run([path])
    assert any(problem in i for i in cov.issues), cov.issues


def test_leading_garbage_is_an_issue(tmp_path: Path) -> None:
    path = tmp_path / "m.mbox"
    path.write_bytes(b"garbage first\n" + gen.sample_mbox())
    obs, cov = run([path])
    assert len(obs) == gen.SAMPLE_OBSERVATIONS
    assert any("before the first message" in i for i in cov.issues)


_header_bytes = st.lists(
    st.sampled_from(
        [
            b"From: ",
            b"=?utf-8?q?",
            b"=?utf-8?b?",
            b"?=",
            b"<",
            b">",
            b"@",
            b"acme.example",
            b"\xc3\xa4",
            b"\xff",
            b"\n",
            b"\n ",
            b":",
            b"Date: ",
            b"Mon, 32 Foo 2024",
            b"Message-ID: ",
            b"X-Gmail-Labels: ",
            b",",
            b'"',
            b"\r",
        ]
    ),
    max_size=40,
).map(b"".join)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(block=_header_bytes)
def test_fuzz_any_header_bytes_give_an_observation_or_an_issue(block: bytes) -> None:
    cov = CoverageReport()
    try:
        obs = mbox.observation(block, "m.mbox", cov)
    except MeCloudError:
        return
    assert obs is not None or cov.issue_count >= 1
    if obs is not None:
        json.dumps(obs.raw)  # storable as is


def test_thunderbird_folder_with_index_files_is_mail(tmp_path: Path) -> None:
    root = tmp_path / "Local Folders"
    root.mkdir()
    (root / "Inbox").write_bytes(gen.sample_mbox())
    (root / "Inbox.msf").write_bytes(b'// <!-- <mdb:mork:z v="1.4"/> -->\n')
    with ExportTree([root]) as tree:
        found = mbox.detect(tree)
    assert found is not None and found.confidence >= 0.9
    obs, cov = run([root])
    assert len(obs) == gen.SAMPLE_OBSERVATIONS and cov.unknown == ["Inbox.msf"]
