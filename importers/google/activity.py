"""My Activity items (every product, JSON or parsed HTML) and YouTube history -> Observations.

The kind is read from the item's URL, not its localized title verb, so every language works:
an ad (details "From Google Ads") -> `ad_engagement` of the advertiser named by the ad's target URL;
a Search result visit (`google.com/url?q=<site>`) or any link to a non-Google site -> `visit`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, Final

from importers.google.hints import by_domain, by_name
from importers.google.urls import is_google, split_url, unwrap
from importers.timestamps import parse_time
from vault.model import BrandHint, CoverageReport, Observation

PLATFORM: Final = "google"
# Locale-independent: the ad marker is a brand name ("From Google Ads", "Von Google Ads" [U]).
AD_MARKER: Final = "Google Ads"
_CAT_AD: Final = "pd:BrowsingBehaviour"
_CAT_VISIT: Final = "pd:BrowsingHistory"


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
    if not details or not isinstance(details, list):
        return False
    for d in details:
        name = d.get("name") if isinstance(d, dict) else d
        if isinstance(name, str) and AD_MARKER in name:
            return True
    return False


def _channel(item: dict[str, Any]) -> str | None:
    subs = item.get("subtitles")
    if subs and isinstance(subs, list) and isinstance(subs[0], dict):
        name = subs[0].get("name")
        if isinstance(name, str) and name.strip():
            return name.strip()
    return None


def _classify(item: dict[str, Any], url: Any) -> tuple[str, BrandHint | None]:
    """(kind, brand hint) of one item, from its URL and details only."""
    host, tail = split_url(url) if isinstance(url, str) else (None, "")
    google = host is not None and is_google(host)
    redirected = False
    if google:
        target = unwrap(host, tail)  # type: ignore[arg-type]
        if target is not None:
            redirected = True
            host, _ = split_url(target)
            google = host is not None and is_google(host)
    if "details" in item and _is_ad(item["details"]):
        if host and not google:
            return "ad", by_domain("ad_engagement", _CAT_AD, host, "clicked a Google ad")
        # A YouTube ad points at the video; the advertiser is at best the channel that posted it.
        channel = _channel(item)
        return "ad", by_name("ad_engagement", _CAT_AD, channel, "watched a Google ad") if channel else None
    if host is None:
        return "activity", None
    if not google:
        return "visit", by_domain("visit", _CAT_VISIT, host, "visited from Google")
    if redirected:
        return "visit", None  # a result on Google's own sites
    if tail.startswith(("/search", "/results")):
        return "search", None
    if tail.startswith(("/watch", "/shorts/")):
        return "watch", None
    return "activity", None


def to_observation(item: Any, path: str, coverage: CoverageReport) -> Observation | None:
    """One activity item, or None (an issue is recorded) when it lacks a title or a time."""
    if not isinstance(item, dict):
        coverage.issue(path, "an activity item is not an object")
        return None
    if "snippet" in item and "title" not in item:
        return _old_youtube(item, path, coverage)
    title = item.get("title")
    time_s = item.get("time")
    if not isinstance(title, str) or not isinstance(time_s, str):
        coverage.issue(path, "an activity item without title or time")
        return None
    when = iso_utc(time_s)
    if when is None:
        coverage.issue(path, f"unreadable time {time_s[:40]!r}")
    url = item.get("titleUrl")
    kind, hint = _classify(item, url)
    return Observation(
        platform=PLATFORM,
        kind=kind,
        time=when,
        title=title,
        raw=item,
        source_file=path,
        # Whole seconds: the HTML pages print no fractions, so JSON and HTML of one activity agree.
        natural_key=f"{int(when.timestamp()) if when else time_s}\x1f{item.get('header')}\x1f{title}\x1f{url}",
        brands=(hint,) if hint is not None else (),
    )


def _old_youtube(item: dict[str, Any], path: str, coverage: CoverageReport) -> Observation | None:
    """Pre-2017 YouTube history: {"snippet": {"title", "publishedAt", ...}}."""
    snip = item.get("snippet")
    if not isinstance(snip, dict) or not isinstance(snip.get("title"), str):
        coverage.issue(path, "an old-style YouTube item without a title")
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
