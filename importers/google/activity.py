"""My Activity items (every product, JSON or parsed HTML) and YouTube history -> Observations.

The kind is read from the item's URL, not its localized title verb, so every language works:
an ad -> `ad_engagement` of the advertiser named by the ad's target URL; a Search result visit
(`google.com/url?q=<site>`) or any link to a non-Google site -> `visit`.

An ad is recognised by shape first, in any language: its `details` is one `{"name": ...}` entry naming
Google ("From Google Ads", "Des annonces Google", ...), or its link is an ad click (googleadservices.com,
`adurl=`), or it is a redirect link in the Ads product. The locale tables' markers come second.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Final

from importers.formats import parse_time
from importers.google.hints import by_domain, by_name
from importers.google.locales import LOCALES
from importers.google.spaces import plain
from importers.google.urls import NO_SITE, redirect_target, site_of
from vault.errors import message
from vault.model import BrandHint, CoverageReport, Observation
from vault.unix_time import whole_seconds

PLATFORM: Final = "google"
# Every translation of "From Google Ads" seen names Google (the brand is not translated).
AD_MARKER: Final = "google"
# Compared with no-break spaces as plain ones (spaces.py: French "Solutions<U+00A0>publicitaires").
_MARKERS: Final = frozenset(plain(m).casefold() for loc in LOCALES for m in loc.ads_marker)
_ADS_PRODUCTS: Final = frozenset(plain(p).casefold() for loc in LOCALES for p in loc.ads_product)
_CAT_AD: Final = "pd:BrowsingBehaviour"
_CAT_VISIT: Final = "pd:BrowsingHistory"
_fromisoformat: Final = datetime.fromisoformat
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_UNIX_END: Final = datetime(2106, 2, 7, 6, 28, 16, tzinfo=UTC)  # 1 << 32 seconds after the epoch


def iso_utc(value: str) -> datetime | None:
    """Takeout's ISO times ('2024-03-02T18:04:11.512Z'): the C parser first, the general one after."""
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return parse_time(value)
    if value[-1:] == "Z":
        return dt  # fromisoformat already made it UTC: the common case, no more work
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def _is_ad(details: Any) -> bool:
    """The `details` marker of an ad: by its shape (one entry, a name that names Google), else by the tables."""
    if not details or not isinstance(details, list):
        return False
    if len(details) == 1:
        first = details[0]
        name = first.get("name") if isinstance(first, dict) else first
        if not isinstance(name, str):
            return False
        known = _ALONE_NAMES.get(name)  # a plain dict: cheaper per item than a two-argument lru_cache
        return known if known is not None else _names_alone(name)
    return any(
        isinstance(n := d.get("name") if isinstance(d, dict) else d, str) and _names_an_ad(n, False) for d in details
    )


_ALONE_NAMES: Final[dict[str, bool]] = {}  # the only `details` name -> whether it marks an ad
_NAMES_KEPT: Final = 1024


def _names_alone(name: str) -> bool:
    ad = _names_an_ad(name, True)
    if len(_ALONE_NAMES) >= _NAMES_KEPT:
        _ALONE_NAMES.clear()
    _ALONE_NAMES[name] = ad
    return ad


@lru_cache(maxsize=1024)
def _names_an_ad(name: str, alone: bool) -> bool:
    """Markers repeat on every ad item: decided once per text. `alone`: the only entry of `details`."""
    folded = plain(name).casefold()
    return (alone and AD_MARKER in folded) or folded in _MARKERS


@lru_cache(maxsize=1024)
def _ads_header(header: str) -> bool:
    return plain(header).casefold() in _ADS_PRODUCTS


def _in_ads_product(item: dict[str, Any]) -> bool:
    """The item's product is Ads (`header`, which My Activity always writes; `products` when it is missing)."""
    header = item.get("header")
    if isinstance(header, str):
        return _ads_header(header)
    products = item.get("products")
    return isinstance(products, list) and any(isinstance(p, str) and _ads_header(p) for p in products)


def _channel(item: dict[str, Any]) -> str | None:
    subs = item.get("subtitles")
    if subs and isinstance(subs, list) and isinstance(subs[0], dict):
        name = subs[0].get("name")
        if isinstance(name, str) and name.strip():
            return name.strip()
    return None


# Brands of one item, as 1-tuples built once per site (or channel): one-argument lru_cache lookups
# are the cheapest per item, and frozen hints are safe to share.
@lru_cache(maxsize=16384)
def _visited(host: str) -> tuple[BrandHint, ...]:
    return (by_domain("visit", _CAT_VISIT, host, "visited from Google"),)


@lru_cache(maxsize=16384)
def _ad_clicked(host: str) -> tuple[BrandHint, ...]:
    return (by_domain("ad_engagement", _CAT_AD, host, "clicked a Google ad"),)


@lru_cache(maxsize=16384)
def _ad_watched(channel: str) -> tuple[BrandHint, ...]:
    return (by_name("ad_engagement", _CAT_AD, channel, "watched a Google ad"),)


def _classify(item: dict[str, Any], url: Any) -> tuple[str, tuple[BrandHint, ...]]:
    """(kind, brand hints) of one item, from its URL and details only."""
    site, at = site_of(url) if isinstance(url, str) else (NO_SITE, 0)
    redirected = ad_link = False
    rule = site.redirect  # unwrap_at, inline: most Google URLs are no redirect, a call costs more than this
    if site.google and rule is not None and url.startswith(rule[0], at):
        target = redirect_target(url, at, rule[1])
        if target is not None:
            redirected = True
            ad_link = "adurl" in rule[1]  # googleadservices.com / doubleclick.net: an ad click, in any language
            site = site_of(target)[0]
    host = site.host
    is_ad = ("details" in item and _is_ad(item["details"])) or ad_link or (redirected and _in_ads_product(item))
    if is_ad:
        if host and not site.google:
            return "ad", _ad_clicked(host)
        # A YouTube ad points at the video; the advertiser is at best the channel that posted it.
        channel = _channel(item)
        return "ad", _ad_watched(channel) if channel else ()
    if host is None:
        return "activity", ()
    if not site.google:
        return "visit", _visited(host)
    if redirected:
        return "visit", ()  # a result on Google's own sites
    if url.startswith(("/search", "/results"), at):  # the path of the item's own URL
        return "search", ()
    if url.startswith(("/watch", "/shorts/"), at):
        return "watch", ()
    return "activity", ()


def to_observation(item: Any, path: str, coverage: CoverageReport) -> Observation | None:
    """One activity item, or None (an issue is recorded) when it lacks a title or a time."""
    if not isinstance(item, dict):
        coverage.issue(path, message("issue.activity_item_object"))
        return None
    title = item.get("title")
    if title is None and "snippet" in item and "title" not in item:
        return _old_youtube(item, path, coverage)
    time_s = item.get("time")
    if not isinstance(title, str) or not isinstance(time_s, str):
        coverage.issue(path, message("issue.activity_item_without_title_time"))
        return None
    # iso_utc and whole_seconds inline for the shape Takeout writes ('2024-03-02T18:04:11.512Z'): two calls
    # fewer per item; any other text takes them as they are.
    if time_s[-1:] == "Z":
        try:
            when = _fromisoformat(time_s)
        except ValueError:
            when = iso_utc(time_s)
    else:
        when = iso_utc(time_s)
    if when is None:
        coverage.issue(path, message("issue.unreadable_time", text=time_s[:40]))
        second: int | str = time_s
    elif when.tzinfo is UTC and _EPOCH <= when < _UNIX_END:
        delta = when - _EPOCH  # as whole_seconds does, for the times it takes its quick way
        second = delta.days * 86400 + delta.seconds
    else:
        second = whole_seconds(when)
    url = item.get("titleUrl")
    kind, brands = _classify(item, url)
    # Whole seconds: the HTML pages print no fractions, so JSON and HTML of one activity agree.
    key = f"{second}\x1f{item.get('header')}\x1f{title}\x1f{url}"
    # Positional, in Observation's field order: keyword arguments cost ~0.7 us more per item here.
    return Observation(PLATFORM, kind, when, title, item, path, key, brands)


def _old_youtube(item: dict[str, Any], path: str, coverage: CoverageReport) -> Observation | None:
    """Pre-2017 YouTube history: {"snippet": {"title", "publishedAt", ...}}."""
    snip = item.get("snippet")
    if not isinstance(snip, dict) or not isinstance(snip.get("title"), str):
        coverage.issue(path, message("issue.oldstyle_youtube_item_without_title"))
        return None
    published = snip.get("publishedAt")
    when = iso_utc(published) if isinstance(published, str) else None
    return Observation(
        platform=PLATFORM,
        kind="watch",
        time=when,
        title=snip["title"],
        raw=item,
        source_file=path,
        natural_key=f"{published}\x1fYouTube\x1f{snip['title']}\x1f{snip.get('resourceId')}",
    )


def observations(items: Iterable[Any], path: str, coverage: CoverageReport) -> Iterator[Observation]:
    n = 0
    for item in items:
        obs = to_observation(item, path, coverage)
        if obs is not None:
            n += 1
            yield obs
    coverage.read(path, n)
