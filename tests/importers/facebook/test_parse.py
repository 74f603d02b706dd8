"""Facebook parsing per era: touchpoints and brands, mojibake repaired, times, keys, coverage."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from typing import Any

import orjson
import pytest

from importers.archive.reader import ExportTree
from importers.meta import facebook
from tests import persona
from tests.generators import facebook as gen
from tests.importers.facebook.meta_run import Parsed, parse, write
from vault.model import CoverageReport

WRAP = gen.WRAPPER


def _parsed(tmp_path: Path, layout: str, **kw: Any) -> Parsed:
    return parse(facebook, write(tmp_path, gen.facebook_export(layout, **kw)))


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@pytest.mark.parametrize("layout", gen.LAYOUTS)
def test_expected_brands_with_their_touchpoint_kinds(tmp_path: Path, layout: str) -> None:
    found = _parsed(tmp_path, layout).brands()
    for name, kinds in gen.expected_brands(layout).items():
        assert kinds <= found.get(name, set()), (name, found.get(name))
    # Platform inferences name the platform itself, never an advertiser; it also holds the ads clicked and the
    # account (the profile).
    assert found["Facebook"] == {"inference", "ad_engagement", "account"}


@pytest.mark.parametrize("layout", gen.LAYOUTS)
def test_mojibake_is_repaired_everywhere(tmp_path: Path, layout: str) -> None:
    p = _parsed(tmp_path, layout)
    texts = [o.title for o in p.observations] + [s for o in p.observations for s in _strings(o.raw)]
    texts += [x for o in p.observations for b in o.brands for x in (b.name or "", b.detail or "")]
    assert not [t for t in texts if "Ã" in t or "â\x98" in t or "ð\x9f" in t]
    assert "Bäckerei Müller" in p.brands()
    assert f"Profile: {persona.NAME}" in {o.title for o in p.of_kind("profile")}
    messages = {o.title for o in p.of_kind("message")}
    assert f"{persona.NAME}: {gen.MESSAGE_TEXTS[0]}" in messages
    assert f"{gen.FRIEND}: {gen.MESSAGE_TEXTS[1]}" in messages  # a 4-byte emoji survives
    assert f"{gen.FRIEND}: (photo)" in messages


def test_the_three_flags_of_2022_are_kept_in_the_detail(tmp_path: Path) -> None:
    audiences = {o.brands[0].name: o.brands[0] for o in _parsed(tmp_path, "2022").of_kind("advertiser_audience")}
    assert audiences["Acme Outdoor Co"].detail == "uploaded a customer list with your information"
    assert audiences["Acme Outdoor Co"].category == "pd:Contact"
    assert "remarketing" in (audiences["Globex Bank"].detail or "")
    assert audiences["Globex Bank"].category == "pd:BrowsingBehaviour"
    assert audiences["Umbrella Pharma"].detail == "used your visit to one of its stores"
    both = audiences["Bäckerei Müller"].detail or ""
    assert "customer list" in both and "remarketing" in both
    assert {h.touchpoint for h in audiences.values()} == {"customer_list"}


@pytest.mark.parametrize(
    ("layout", "detail"),
    [
        ("2018", "uploaded a contact list with your information"),
        ("2020", "uploaded a contact list with your information"),
        ("2024", "used your activity or information (the file gives no details)"),
        ("2025", "used your activity or information (the file gives no details)"),
    ],
)
def test_advertiser_shapes_without_flags(tmp_path: Path, layout: str, detail: str) -> None:
    audiences = _parsed(tmp_path, layout).of_kind("advertiser_audience")
    names = {o.brands[0].name for o in audiences}
    assert set(gen.LIST_ADVERTISERS) <= names
    assert {o.brands[0].detail for o in audiences} == {detail}


@pytest.mark.parametrize("layout", ["2020", "2022", "2024", "2025"])
def test_off_meta_activity_per_app_or_site_with_its_events(tmp_path: Path, layout: str) -> None:
    found = _parsed(tmp_path, layout).of_kind("off_platform_activity")
    activity = {(o.brands[0].name or o.brands[0].domain if o.brands else o.title): o for o in found}
    site = activity["acme-outdoor.example"]
    assert site.brands[0].domain == "acme-outdoor.example" and site.brands[0].name is None
    assert site.brands[0].touchpoint == "activity_shared"
    assert site.brands[0].detail == "PAGE_VIEW, ADD_TO_CART"
    assert site.time is not None and int(site.time.timestamp()) == gen.T0 + 60  # the latest event
    assert activity["Initech Mobile"].brands[0].detail == "ACTIVATE_APP"
    empty = activity["Globex Bank"]  # an empty events array
    assert empty.brands[0].detail == "no events listed" and empty.time is None
    assert len(activity) == len(gen.OFF_META) + 20
    # An app named by its package is that app, its publisher's domain a hint; a bare app id names no brand.
    app = activity["Fabrikam Photo Editor"].brands[0]
    assert (app.domain, app.detail) == ("fabrikam.example", "ACTIVATE_APP (app example.fabrikam.photo_editor)")
    (unnamed,) = [o for o in found if not o.brands]
    assert unnamed.title.startswith("An app or website (id 1234567890123)")


@pytest.mark.parametrize("layout", gen.LAYOUTS)
def test_ad_clicks_are_engagements_with_their_time(tmp_path: Path, layout: str) -> None:
    clicks = _parsed(tmp_path, layout).of_kind("ad_click")
    first = next(o for o in clicks if o.title == "Clicked ad: Northwind Travel")
    held, named = first.brands
    assert (held.name, held.touchpoint, held.detail) == ("Facebook", "ad_engagement", "Clicked ad: Northwind Travel")
    # The title may be ad copy: a plain name is tentative, the vault keeps it only if the advertiser turns up.
    assert (named.name, named.touchpoint, named.detail, named.tentative) == (
        "Northwind Travel",
        "ad_engagement",
        "Clicked ad",
        True,
    )
    assert first.time is not None and int(first.time.timestamp()) == gen.T0
    assert len(clicks) == len(gen.CLICKED) + len(gen.AD_COPY) + 1 + 10


@pytest.mark.parametrize("layout", ["2022", "2025"])
def test_ad_copy_names_no_advertiser_and_a_landing_url_names_its_site(tmp_path: Path, layout: str) -> None:
    clicks = {o.title.removeprefix("Clicked ad: "): o for o in _parsed(tmp_path, layout).of_kind("ad_click")}
    for text in gen.AD_COPY:
        hints = clicks[text].brands
        assert hints[0].name == "Facebook" and text in (hints[0].detail or "")  # the text kept as evidence
        assert all(h.tentative for h in hints[1:]), text
        assert not any("{" in (h.name or "") for h in hints), text  # a template never forms a name
    assert [h.name for h in clicks["{{product.brand}} | {{product.current_price}}"].brands] == ["Facebook"]
    assert [h.name for h in clicks["49,99 €"].brands] == ["Facebook"]
    assert [h.name for h in clicks["Jetzt kaufen: {{product.name}}"].brands[1:]] == ["Jetzt kaufen"]
    site = clicks[gen.AD_URL].brands[1]
    assert (site.domain, site.name, site.tentative) == ("schuhhaus.example", None, False)


@pytest.mark.parametrize("layout", gen.LAYOUTS)
def test_inferences_belong_to_the_platform_with_the_interest_in_the_detail(tmp_path: Path, layout: str) -> None:
    p = _parsed(tmp_path, layout)
    interests = p.of_kind("ad_interest")
    assert {o.title for o in interests} == set(gen.INTERESTS)
    hint = next(o.brands[0] for o in interests if o.title == "Café culture")
    assert (hint.name, hint.domain, hint.touchpoint, hint.category) == (
        "Facebook",
        "facebook.com",
        "inference",
        "pd:Interest",
    )
    assert hint.detail == "ad interest: Café culture"
    if layout in ("2022", "2024", "2025"):
        assert {o.title for o in p.of_kind("ad_category")} == set(gen.CATEGORIES)
    if layout == "2022":
        assert {o.title for o in p.of_kind("inferred_topic")} == set(gen.TOPICS)


def test_timestamp_zero_means_unknown(tmp_path: Path) -> None:
    apps = {o.brands[0].name: o for o in _parsed(tmp_path, "2022").of_kind("connected_app")}
    assert apps["Contoso Coffee"].time is None  # added_timestamp: 0
    assert apps["Northwind Travel"].time is not None
    assert apps["Contoso Coffee"].brands[0].touchpoint == "account"


@pytest.mark.parametrize("layout", gen.LAYOUTS)
def test_observations_are_well_formed(tmp_path: Path, layout: str) -> None:
    p = _parsed(tmp_path, layout)
    assert p.observations
    for o in p.observations:
        assert o.platform == "facebook"
        assert o.time is None or o.time.tzinfo == UTC
        assert o.title and "\n" not in o.title
        assert o.natural_key and o.natural_key.startswith(f"facebook:{o.kind}:")
        orjson.dumps(o.raw)  # JSON-serialisable as stored
    keys = [o.natural_key for o in p.observations]
    assert len(set(keys)) == len(keys)  # every generated item is distinct


def test_general_activity_becomes_items_without_brands(tmp_path: Path) -> None:
    p = _parsed(tmp_path, "2024")
    kinds = p.kinds()
    assert kinds["comments"] == 20 and kinds["message"] == 54 and kinds["likes_and_reactions"] == 5
    assert kinds["profile"] == 1 and kinds["friends"] == 1
    for kind in ("comments", "message", "likes_and_reactions", "friends"):
        assert all(not o.brands for o in p.of_kind(kind))
    (profile,) = p.of_kind("profile")  # Facebook holds the account: the profile says with which fields
    (account,) = profile.brands
    assert (account.name, account.touchpoint, account.category) == ("Facebook", "account", "pd:EmailAddress")
    assert account.detail is not None and "emails" in account.detail and persona.EMAIL not in account.detail
    assert "Schöne Grüße #0" in next(o.title for o in p.of_kind("comments"))


def test_natural_keys_do_not_depend_on_wrapper_folder_or_archive_form(tmp_path: Path) -> None:
    wrapped = parse(facebook, write(tmp_path, gen.facebook_export("2022", wrapper=True), name="a"))
    bare = parse(facebook, write(tmp_path, gen.facebook_export("2022", wrapper=False), as_zip=False, name="b"))
    assert {o.natural_key for o in wrapped.observations} == {o.natural_key for o in bare.observations}


def test_a_multi_part_export_reads_like_one_archive(tmp_path: Path) -> None:
    files = gen.facebook_export("2024")
    paths = sorted(files)
    part1 = write(tmp_path, {p: files[p] for p in paths[::2]}, name="facebook-alex-2024-11-18-AbCd1234")
    part2 = write(tmp_path, {p: files[p] for p in paths[1::2]}, name="facebook-alex-2024-11-18-EfGh5678")
    whole = parse(facebook, write(tmp_path, files, name="whole"))
    with ExportTree([part1, part2]) as tree:
        coverage = CoverageReport()
        split = list(facebook.parse(tree, coverage))
    assert {o.natural_key for o in split} == {o.natural_key for o in whole.observations}


def test_coverage_reports_understood_skipped_and_unknown_files(tmp_path: Path) -> None:
    files = gen.facebook_export("2022")
    files[f"{WRAP}/notes/readme.txt"] = b"not part of an export"
    files[f"{WRAP}/other/mystery.json"] = b'{"version": 3, "settings": {"a": 1}}'
    p = parse(facebook, write(tmp_path, files))
    cov = p.coverage
    assert cov.understood[f"{WRAP}/ads_information/advertisers_using_your_activity_or_information.json"] == 14
    assert (
        cov.understood[f"{WRAP}/apps_and_websites_off_of_facebook/your_off-facebook_activity.json"]
        == len(gen.OFF_META) + 20
    )
    assert cov.understood[f"{WRAP}/friends_and_followers/friends.json"] == 0  # empty array: understood, no items
    assert cov.skipped[f"{WRAP}/messages/inbox/jamiegroesse_abc123/photos/1.jpg"].startswith("photo")
    assert cov.unknown == [f"{WRAP}/notes/readme.txt", f"{WRAP}/other/mystery.json"]
    assert cov.issue_count == 0
    assert sum(cov.understood.values()) == len(p.observations)


def test_instagram_files_zipped_together_are_left_for_the_instagram_importer(tmp_path: Path) -> None:
    files = gen.facebook_export("2024")
    files["your_instagram_activity/likes/liked_posts.json"] = b'{"likes_media_likes": []}'
    p = parse(facebook, write(tmp_path, files))
    assert p.coverage.unknown == ["your_instagram_activity/likes/liked_posts.json"]
