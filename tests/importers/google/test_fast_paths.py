"""The shortcuts of the Google per-item code give what the general code gives.

split_url's per-authority shortcut against the one regex it stands in for, the cheap unquote against
urllib's, and Observation built positionally.
"""

from __future__ import annotations

import dataclasses
from urllib.parse import unquote_plus

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importers.google import activity, urls
from vault.model import CoverageReport, Observation
from vault.unix_time import whole_seconds

_URL_PIECES = st.sampled_from(
    ["https://", "http://", "HTTPS://", "ftp://", "www.", "WWW.", "Www.", "acme", ".example", ".", "google", ".com",
     ".co.uk", "youtube", "192.168.0.1", "[2001:db8::1]", "[", "]", "@", "user:pw@", ":", ":8443", "/", "?", "#",
     "q=", "&", "url?q=", "%3A%2F%2F", "+", "\n", "é", "Ä", "1", "-"]
)  # fmt: skip
_URLS = st.lists(st.one_of(_URL_PIECES, st.text(max_size=3)), max_size=10).map("".join)


def _reference(url: str) -> tuple[str | None, str]:
    """split_url as it was: the regex for every URL."""
    m = urls._URL.match(url)
    return (None, "") if m is None else (urls._normal_host(m[1]), m[2])


@settings(max_examples=100, deadline=None)
@given(url=_URLS)
def test_fuzz_split_url_shortcut_equals_the_regex(url: str) -> None:
    urls._BY_AUTHORITY.clear()
    assert urls.split_url(url) == _reference(url)
    assert urls.split_url(url) == _reference(url)  # again, from what was remembered


def test_split_url_shortcut_on_known_shapes() -> None:
    for url in [
        "https://www.google.com/search?q=x",
        "https://Www.Google.COM/url?q=https://a.example",
        "http://WWW.acme.example",
        "https://www.:80/",
        "https://acme.example?x=1",
        "https://user@acme.example/",
        "https://[::1]abc/def",
        "https://acme.example./x",
        "https://1.2.3.4/",
        "https://a.b#frag/x",
        "https://",
        "http:/acme.example/",
    ]:
        assert urls.split_url(url) == _reference(url), url


def test_sites_are_shared_and_the_cache_is_bounded() -> None:
    a, _ = urls.site_of("https://www.youtube.com/watch?v=1")
    b, _ = urls.site_of("https://www.youtube.com/results?q=2")
    assert a is b and a.google and a.redirect == ("/redirect", ("q",))
    for i in range(urls._CACHED_SITES + 10):
        urls.site_of(f"https://s{i}.example/")
    assert len(urls._BY_AUTHORITY) <= urls._CACHED_SITES


_QUERY_PIECES = st.sampled_from(
    ["%", "%2", "%3A", "%2F", "%3f", "%7F", "%7g", "%80", "%00", "%C3%A9", "%c3", "%E2%82", "%ZZ", "+", "é", "€", "😀",
     "a", "://"]
)  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(value=st.lists(st.one_of(_QUERY_PIECES, st.text(max_size=3)), max_size=10).map("".join))
def test_fuzz_unquote_shortcut_equals_urllib(value: str) -> None:
    assert urls._unquote_plus(value) == unquote_plus(value)


def test_redirect_targets() -> None:
    url = "https://www.google.com/url?sa=t&url=https%3A%2F%2Facme.example%2F&usg=x#frag"
    site, at = urls.site_of(url)
    assert urls.redirect_target(url, at, site.redirect[1]) == "https://acme.example/"  # type: ignore[index]
    assert urls.unwrap("doubleclick.net", "/x?adurl=https://a.example/+b") == "https://a.example/ b"
    assert urls.unwrap("www.youtube.com", "/watch?q=https://a.example") is None


def test_observation_fields_are_in_the_order_the_importer_passes_them() -> None:
    # activity.py and chrome.py build Observation positionally (it is measurably cheaper per item).
    names = tuple(f.name for f in dataclasses.fields(Observation))
    assert names == ("platform", "kind", "time", "title", "raw", "source_file", "natural_key", "brands")


@pytest.mark.parametrize(
    "time",
    [
        "2024-03-02T18:04:11.512Z",
        "1970-01-01T00:00:00Z",
        "1969-12-31T23:59:59.900Z",  # before the epoch: the general way
        "2106-02-07T06:28:15.999Z",
        "2106-02-07T06:28:16Z",  # 2**32 seconds: the general way
        "2024-03-02T18:04:11.512+02:00",
        "2024-03-02T18:04:11",
        "2024-03-02 18:04:11 UTC",
    ],
)
def test_the_inline_takeout_time_gives_the_general_key(time: str) -> None:
    # to_observation parses Takeout's ISO shape and its whole seconds inline; the key must be the one
    # iso_utc and whole_seconds give (a different key would import the same activity twice).
    item = {"header": "Search", "title": "Searched for tents", "time": time}
    obs = activity.to_observation(item, "a.json", CoverageReport())
    assert obs is not None
    when = activity.iso_utc(time)
    assert when is not None and obs.time == when
    assert obs.natural_key == f"{whole_seconds(when)}\x1fSearch\x1fSearched for tents\x1fNone"
