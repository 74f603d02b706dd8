"""Spotify's ad segment names decoded into what a person can read, and the brands they point at."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importers.spotify import decode_segment, segment_hints
from vault.model import DATA_CATEGORIES, TOUCHPOINT_KINDS

# raw segment -> (party, readable, advertiser, provider, lookalike, date, country)
CASES = [
    ("1P_Custom_Coffee_Playlist_Listeners", "spotify", "Coffee Playlist Listeners (Spotify's own segment)",
     None, None, False, None, None),
    ("1P_Custom_Nike_Runners", "spotify", "Nike Runners (Spotify's own segment)", None, None, False, None, None),
    ("1P_Custom_Auto_Northwind [Advertiser-Specific]", "spotify",
     "Auto Northwind (Spotify's own segment, built for one advertiser)", None, None, False, None, None),
    ("1P_Custom_Super_Fans [Advertiser-Restricted]", "spotify",
     "Super Fans (Spotify's own segment, reserved for one advertiser)", None, None, False, None, None),
    ("1P_Custom_GenZ [Insights Only]", "spotify",
     "GenZ (Spotify's own segment, for audience insights, not ad targeting)", None, None, False, None, None),
    ("1P_Internal_Premium_Standard_Subscribers", "spotify",
     "Premium Standard Subscribers (Spotify internal segment)", None, None, False, None, None),
    ("1P_TEST_OEFemale_DNU [TEST]", "spotify", "OEFemale DNU (Spotify test segment)", None, None, False, None, None),
    ("2P_Globex Bank_Card Holders_14-Mar-2024_NL", "advertiser", "Card Holders (audience supplied by Globex Bank)",
     "Globex Bank", None, False, "14-Mar-2024", "NL"),
    ("2P_Globex Bank_Card Holders Lookalike_14-Mar-2024_NL_LAL", "advertiser",
     "Card Holders Lookalike (lookalike of the customers of Globex Bank)", "Globex Bank", None, True,
     "14-Mar-2024", "NL"),
    ("2P_Acme Outdoor Co_Spring Campers | 1_2-Apr-2024_NL_Lookalike", "advertiser",
     "Spring Campers (lookalike of the customers of Acme Outdoor Co)", "Acme Outdoor Co", None, True,
     "2-Apr-2024", "NL"),
    ("2P_Contoso Coffee_Loyal Buyers_08Aug2022_US_LAL", "advertiser",
     "Loyal Buyers (lookalike of the customers of Contoso Coffee)", "Contoso Coffee", None, True, "08Aug2022", "US"),
    ("2P_Initech_Switchers | 1_11_Oct-2023_US_lookalike", "advertiser",
     "Switchers (lookalike of the customers of Initech)", "Initech", None, True, "11_Oct-2023", "US"),
    ("2P_Umbrella Pharma_Patients_10December2020_DE", "advertiser",
     "Patients (audience supplied by Umbrella Pharma)", "Umbrella Pharma", None, False, "10December2020", "DE"),
    ("2P_NEW_Northwind Travel_Frequent Flyers_April2024_LAL", "advertiser",
     "Frequent Flyers (lookalike of the customers of Northwind Travel)", "Northwind Travel", None, True,
     "April2024", None),
    ("2P_Globex Bank_TEST_CA", "advertiser", "TEST (audience supplied by Globex Bank)", "Globex Bank", None, False,
     None, "CA"),
    ("3P_Eyeota_Outdoor Enthusiasts_NL", "third_party",
     "Outdoor Enthusiasts (from data provider Eyeota)", None, "Eyeota", False, None, "NL"),
    ("3P_ORACLE DATA CLOUD_Auto Intenders_10Nov2021_US", "third_party",
     "Auto Intenders (from data provider Oracle)", None, "Oracle", False, "10Nov2021", "US"),
    # Real shapes (formats/README.md §12a): the first part is the audience, no provider; tails stripped.
    ("3P_Children_Toys_DE", "third_party", "Children Toys (third-party data segment)", None, None, False, None, "DE"),
    ("3P_Vegetarian/Vegan Lifestyle_10Nov2021_US", "third_party",
     "Vegetarian/Vegan Lifestyle (third-party data segment)", None, None, False, "10Nov2021", "US"),
    ("3P_Laptop_PC_Purchase Intenders_DE", "third_party",
     "Laptop PC Purchase Intenders (third-party data segment)", None, None, False, None, "DE"),
    ("3P_Smart_TV_Owners", "third_party", "Smart TV Owners (third-party data segment)", None, None, False, None,
     None),
    ("1P_Custom_Auto_Toyota_DE [Advertiser-Specific]", "spotify",
     "Auto Toyota (Spotify's own segment, built for one advertiser)", None, None, False, None, "DE"),
    ("3P_Custom_Auto_Intenders", "third_party", "Auto Intenders (third-party data segment)", None, None, False, None,
     None),
    ("interest_outdoor_sports", "legacy", "Interest: outdoor sports", None, None, False, None, None),
    ("demographic_age_25_34", "legacy", "Demographic: age 25 34", None, None, False, None, None),
    ("Something new [Beta]", "unknown", "Something new (beta)", None, None, False, None, None),
    ("2P__no advertiser", "unknown", "2P no advertiser", None, None, False, None, None),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "party", "readable", "advertiser", "provider", "lookalike", "date", "country"), CASES)
def test_decoding(
    raw: str,
    party: str,
    readable: str,
    advertiser: str | None,
    provider: str | None,
    lookalike: bool,
    date: str | None,
    country: str | None,
) -> None:
    seg = decode_segment(raw)
    assert seg.raw == raw
    assert (seg.party, seg.readable) == (party, readable)
    assert (seg.advertiser, seg.provider, seg.lookalike) == (advertiser, provider, lookalike)
    assert (seg.date, seg.country) == (date, country)


def _kinds(raw: str) -> set[tuple[str, str]]:
    return {(h.name or "", h.touchpoint) for h in segment_hints(decode_segment(raw))}


def test_spotify_holds_every_segment() -> None:
    for raw, *_ in CASES:
        assert ("Spotify", "inference") in _kinds(raw), raw


def test_an_advertisers_audience_is_its_customer_list() -> None:
    assert _kinds("2P_Globex Bank_Card Holders_14-Mar-2024_NL") == {
        ("Spotify", "inference"),
        ("Globex Bank", "customer_list"),
    }


def test_a_lookalike_audience_is_targeting_not_a_customer_list() -> None:
    # A lookalike is built from the advertiser's customers, but matched people who are *not* on its list.
    assert _kinds("2P_Acme Outdoor Co_Spring Campers | 1_2-Apr-2024_NL_Lookalike") == {
        ("Spotify", "inference"),
        ("Acme Outdoor Co", "ad_targeting"),
    }


def test_a_known_data_broker_holds_its_segment() -> None:
    assert _kinds("3P_Eyeota_Outdoor Enthusiasts_NL") == {("Spotify", "inference"), ("Eyeota", "inference")}
    (_, eyeota) = segment_hints(decode_segment("3P_Eyeota_Outdoor Enthusiasts_NL"))
    assert eyeota.domain == "eyeota.com"  # from the broker list, so it meets the company behind it


@pytest.mark.parametrize(
    "raw", ["3P_Children_Toys_DE", "3P_Vegetarian/Vegan Lifestyle_10Nov2021_US", "3P_Laptop_PC_Purchase Intenders_DE"]
)
def test_an_audience_name_is_no_provider(raw: str) -> None:
    assert _kinds(raw) == {("Spotify", "inference")}


def _tentative(raw: str) -> list[str]:
    return [h.name or "" for h in segment_hints(decode_segment(raw)) if h.tentative]


def test_a_segment_built_for_an_advertiser_names_it_tentatively() -> None:
    # 1P_Custom_<Vertical>_<Advertiser>: the part after the vertical (formats/README.md §12a).
    assert _tentative("1P_Custom_Auto_Toyota [Advertiser-Specific]") == ["Toyota"]
    assert _tentative("1P_Custom_Affinity_Remitly [Advertiser-Specific]") == ["Remitly"]
    # No vertical: any part may be the advertiser; the vault keeps the one it knows from elsewhere.
    assert _tentative("1P_Custom_T-Mobile_Switchers [Advertiser-Restricted]") == ["T-Mobile", "Switchers"]
    hint = segment_hints(decode_segment("1P_Custom_Auto_Toyota [Advertiser-Specific]"))[1]
    assert (hint.touchpoint, hint.tentative) == ("ad_targeting", True)
    # Without a tag or a vertical it is Spotify's own audience, and names nobody.
    assert _tentative("1P_Custom_Coffee_Playlist_Listeners") == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120) | st.from_regex(r"[123]P_[A-Za-z _|-]{0,12}_[A-Za-z0-9 _|\[\]-]{0,30}", fullmatch=True))
def test_fuzz_any_text_decodes_to_something_readable(raw: str) -> None:
    seg = decode_segment(raw)
    assert seg.readable.strip() and seg.label.strip()
    for hint in segment_hints(seg):
        assert hint.touchpoint in TOUCHPOINT_KINDS and hint.category in DATA_CATEGORIES
        assert (hint.name or "").strip()
