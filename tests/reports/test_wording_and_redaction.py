"""Human words for the vault's ids, locale numbers and dates, and the redaction of export paths."""

from __future__ import annotations

from datetime import date

import pytest

from tests import persona
from ui.reports.redact import Redactor
from vault import wording


def test_numbers_and_dates_follow_the_language() -> None:
    assert wording.number(1234567, "de") == "1.234.567"
    assert wording.number(1234567, "en") == "1,234,567"
    assert wording.day(date(2024, 9, 14), "de") == "14.09.2024"
    assert wording.day(date(2024, 9, 14), "en") == "14 Sep 2024"
    assert wording.day_in_words(date(2026, 12, 5), "de") == "5. Dezember 2026"
    assert wording.day_in_words(date(2026, 12, 5), "en") == "5 December 2026"
    assert wording.month("2024-03", "de") == "März 2024"
    assert wording.month("2024-12", "de") == "Dez. 2024"
    assert wording.when("2024-09-14T10:00:00+00:00", "de") == "14.09.2024"
    assert wording.when(None, "de") == ""


def test_ids_become_words() -> None:
    assert wording.kind_label("customer_list", "de") == "Kundenliste"
    assert wording.kind_label("activity_shared", "en") == "Activity shared"
    assert wording.platform_label("facebook", "de") == "Facebook"
    assert wording.platform_label("mbox", "de") == "E-Mail-Postfach"
    assert wording.platform_label("twitter", "en") == "X (Twitter)"
    assert wording.category_label("pd:Interest", "de") == "Interessen"
    assert wording.category_label("pd:Interest", "en") != "pd:Interest"


@pytest.mark.parametrize(
    ("name", "redacted"),
    [
        ("facebook-alex_example-2024-09-14-AbCdEf.zip", "facebook-[Konto]-2024-09-14.zip"),
        ("instagram-alex.example.99-2025-01-02-x1.zip", "instagram-[Konto]-2025-01-02.zip"),
        ("twitter-2024-09-14-0a1b2c3d.zip", "twitter-2024-09-14.zip"),
        ("takeout-20240914T101010Z-001.zip", "takeout-20240914T101010Z-001.zip"),
        ("mail.mbox", "mail.mbox"),
        ("Alex Müller-Example Postfach.mbox", "[Datei].mbox"),
    ],
)
def test_archive_names_lose_the_account(name: str, redacted: str) -> None:
    assert Redactor("de").archive(name) == redacted


def test_member_paths_keep_structure_and_lose_people() -> None:
    r = Redactor("de", names=[persona.NAME])
    assert r.member("facebook-alexexample/ads_information/x.json") == "facebook-[Konto]/ads_information/x.json"
    assert r.member("messages/inbox/jamiegroesse_abc123/message_1.json") == "messages/inbox/[Person]/message_1.json"
    assert r.member(f"Takeout/Mail/{persona.EMAIL}.mbox") == "Takeout/Mail/[E-Mail].mbox"
    assert r.member("mydata~1234567890/json/ads.json") == "mydata~[ID]/json/ads.json"
    # The person's name, as the profile gives it, wherever a platform put it; also squashed into a user name.
    for path in (f"Drive/{persona.NAME} CV.pdf", "data/alexmüllerexample_likes.json", "x/Müller-Example/y.json"):
        out = r.member(path)
        assert persona.LAST_NAME.casefold() not in out.casefold() and "[Person]" in out, out
    assert r.member("annotations/alexander.json") == "annotations/alexander.json"  # words, not parts of words
    assert r.member("ads_information/advertisers_using_your_activity_or_information.json") == (
        "ads_information/advertisers_using_your_activity_or_information.json"
    )
