"""X/Twitter ad files: impressions, engagements and conversions, with what their targeting reveals.

Each array element of `ad-impressions.js` / `ad-engagements.js` is a batch
(`ad.adsUserData.adImpressions.impressions[]`); records are streamed one by one from inside the
batches. `matchedTargetingCriteria` says how the advertiser reached you: a customer list means it
holds your contact details (customer_list); a website or app audience means its site or app sent
your activity to X (activity_shared); the rest (keywords, age, place) is ad targeting.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from importers.archive import ExportTree, Member
from importers.formats import app_ref, iter_items
from importers.twitter.accounts import advertiser_domain, company_for, names_site, readable_name
from importers.twitter.fields import MAX_HANDLES, PLATFORM, as_list, domain_of, handle, iso, text, tidy, when
from vault.errors import message
from vault.model import BrandHint, CoverageReport, Observation

# File base name -> (record kind, key inside `ad.adsUserData`, list key).
AD_FILES: dict[str, tuple[str, str, str]] = {
    "ad-impressions": ("ad_impression", "adImpressions", "impressions"),
    "ad-engagements": ("ad_engagement", "adEngagements", "engagements"),
    "ad-mobile-conversions-attributed": ("ad_conversion", "attributedMobileAppConversions", "conversions"),
    "ad-mobile-conversions-unattributed": ("ad_conversion", "unattributedMobileAppConversions", "conversions"),
    "ad-online-conversions-attributed": ("ad_conversion", "attributedOnlineConversions", "conversions"),
    "ad-online-conversions-unattributed": ("ad_conversion", "unattributedOnlineConversions", "conversions"),
}

_INTEREST_TYPES = ("keyword", "interest", "topic", "event", "look-alike", "lookalike", "movie", "tv", "follower")
_DEMOGRAPHIC_TYPES = ("age", "gender", "language")
# Engagement types that only say the ad was shown (and billed), not that you did anything with it.
_PASSIVE_ENGAGEMENTS = ("impression",)


@dataclass(slots=True)
class Handles:
    """What the archive tells about each advertiser handle: the readable name of its first ad record and the
    domain of its conversion URLs. The handle is the key (accounts.py): every record of one handle names the
    same brand, however its display name changed, and personalization.js (handles only) names it too."""

    names: dict[str, str] = field(default_factory=dict)
    domains: dict[str, str] = field(default_factory=dict)

    def learn(self, screen_name: Any, name: str, domain: str | None = None) -> None:
        h = handle(screen_name)
        if not h or len(self.names) + len(self.domains) >= MAX_HANDLES:
            return
        if readable := readable_name(name):
            self.names.setdefault(h, readable)
        if domain := advertiser_domain(domain):
            self.domains.setdefault(h, domain)

    def identity(self, screen_name: Any, name: str = "") -> Advertiser:
        """The brand an ad account stands for: its company when the table knows the handle (or its region
        stem), else the name it was first seen with and its conversion domain; the handle itself when the
        archive names it nowhere else."""
        h = handle(screen_name)
        if h and (company := company_for(h)):
            return Advertiser(company.name, company.domain, company.name)
        if not h:
            readable = readable_name(name)
            return Advertiser(readable or None, None, readable)
        known = self.names.get(h) or readable_name(name) or h
        domain = self.domains.get(h)
        if domain and not names_site(known, domain):
            # A regional account's own name ("Acme Draußen") would name the company's brand when read first:
            # its site speaks for it, and the company's name comes from the account that bears it.
            return Advertiser(None, domain, known)
        return Advertiser(known, domain, known)


@dataclass(frozen=True, slots=True)
class Advertiser:
    """The brand hint's name and domain for an ad account, and the name titles show."""

    name: str | None
    domain: str | None
    shown: str


@dataclass(frozen=True, slots=True)
class Criterion:
    kind: str
    value: str

    def __str__(self) -> str:
        return f"{self.kind} {self.value!r}" if self.value else self.kind


def criteria(record: dict[str, Any]) -> list[Criterion]:
    out = []
    for c in as_list(record.get("matchedTargetingCriteria")):
        kind = text(c, "targetingType")
        if kind:
            out.append(Criterion(tidy(kind, 80), tidy(text(c, "targetingValue"), 120)))
    return out


def is_customer_list(kind: str) -> bool:
    low = kind.casefold()
    return "list" in low and "look" not in low  # a look-alike of a list means you were NOT on it


def is_site_or_app_audience(kind: str) -> bool:
    low = kind.casefold()
    if "look" in low or not ("tailored" in low or "retarget" in low or "audience" in low):
        return False
    return any(w in low for w in ("web", "site", "app", "mobile", "conversion"))


def _targeting_category(found: list[Criterion]) -> str:
    kinds = [c.kind.casefold() for c in found]
    if any(t in k for k in kinds for t in _INTEREST_TYPES):
        return "pd:Interest"
    if any(t in k for k in kinds for t in _DEMOGRAPHIC_TYPES):
        return "pd:Demographic"
    if any("location" in k or "geo" in k for k in kinds):
        return "pd:Location"
    return "pd:Behavioral"


def _advertiser(record: dict[str, Any]) -> tuple[str, str]:
    info = record.get("advertiserInfo")
    return tidy(text(info, "advertiserName"), 120), handle(text(info, "screenName"))


def _detail(screen: str, found: list[Criterion], lead: str) -> str:
    parts = [lead]
    if screen:
        parts.append(f"X account {screen}")
    if found:
        parts.append("targeted by " + ", ".join(str(c) for c in found))
    return tidy("; ".join(parts), 400)


def targeting_hints(
    name: str | None, screen: str, found: list[Criterion], main: BrandHint | None, domain: str | None = None
) -> list[BrandHint]:
    """The hint for the record itself, plus what the criteria reveal about who holds your data."""
    hints = [main] if main else []
    lists = [c for c in found if is_customer_list(c.kind)]
    if lists:
        detail = _detail(screen, lists, "reached you with a customer list it uploaded (it holds your contact)")
        hints.append(BrandHint("customer_list", "pd:Contact", name=name, domain=domain, detail=detail))
    sites = [c for c in found if is_site_or_app_audience(c.kind)]
    if sites:
        detail = _detail(screen, sites, "its website or app told X about your visits (retargeting audience)")
        hints.append(BrandHint("activity_shared", "pd:BrowsingBehaviour", name=name, domain=domain, detail=detail))
    return hints


def _promoted(impression: dict[str, Any]) -> tuple[str, str]:
    """What was promoted: (id, text) of the tweet, trend or media."""
    tweet = impression.get("promotedTweetInfo")
    if isinstance(tweet, dict):
        return text(tweet, "tweetId"), text(tweet, "tweetText")
    trend = impression.get("promotedTrendInfo")
    if isinstance(trend, dict):
        return text(trend, "trendId"), text(trend, "name", "description")
    return "", ""


def _shown(who: str | None, domain: str | None, screen: str, found: list[Criterion]) -> BrandHint:
    detail = _detail(screen, found, "showed you an ad")
    return BrandHint("ad_targeting", _targeting_category(found), name=who, domain=domain, detail=detail)


def _ad_observation(kind: str, record: dict[str, Any], path: str, handles: Handles) -> Observation | None:
    impression = record.get("impressionAttributes") if kind == "ad_engagement" else record
    if not isinstance(impression, dict):
        return None
    name, screen = _advertiser(impression)
    handles.learn(screen, name)
    advertiser = handles.identity(screen, name)
    who, brand, domain = advertiser.shown, advertiser.name, advertiser.domain
    if not who:
        return None
    found = criteria(impression)
    promoted_id, promoted_text = _promoted(impression)
    moment = when(impression, "impressionTime")
    location = text(impression, "displayLocation")
    key = f"{PLATFORM}:{kind}:{iso(moment)}:{screen or name}:{promoted_id}:{location}"
    if kind == "ad_engagement":
        engagements = [e for e in as_list(record.get("engagementAttributes")) if isinstance(e, dict)]
        types = sorted({text(e, "engagementType") for e in engagements} - {""})
        active = [t for t in types if not t.casefold().endswith(_PASSIVE_ENGAGEMENTS)]
        key += ":" + ",".join(f"{text(e, 'engagementTime')}/{text(e, 'engagementType')}" for e in engagements)
        if active:
            main = BrandHint(
                "ad_engagement",
                "pd:Behavioral",
                name=brand,
                domain=domain,
                detail=_detail(screen, found, f"you engaged with its ad ({', '.join(active)})"),
            )
            title = f"Engaged with an ad by {who}"
        else:  # only billed impressions: shown to you, nothing clicked
            main = _shown(brand, domain, screen, found)
            title = f"Ad by {who}"
    else:
        main = _shown(brand, domain, screen, found)
        title = f"Ad by {who}"
    if promoted_text:
        title += f": {promoted_text}"
    hints = targeting_hints(brand, screen, found, main, domain)
    return Observation(PLATFORM, kind, moment, tidy(title), record, path, natural_key=key, brands=tuple(hints))


def _conversion(record: dict[str, Any], path: str, handles: Handles) -> Observation | None:
    name, screen = _advertiser(record)
    app = tidy(text(record, "applicationName"), 120)
    url = text(record, "conversionUrl")
    handles.learn(screen, name, domain_of(url))
    advertiser = handles.identity(screen, name) if (name or screen) else Advertiser(None, None, "")
    brand, domain, who = advertiser.name, advertiser.domain, advertiser.shown
    ref = app_ref(app) if app and not who else None
    if ref is not None:  # a mobile conversion names only the app, sometimes by package or store id
        brand, domain = ref.name, ref.publisher_domain
        who = ref.name or f"An app (store id {app})"
    elif not who:
        brand, domain = app or None, advertiser_domain(domain_of(url))
        who = app
    if not who:
        return None
    event = text(record, "conversionEvent", "eventType") or "an event"
    where = app or url or "its website or app"
    moment = when(record, "conversionTime")
    detail = tidy(f"reported your activity in {where} to X ({event}){f'; X account {screen}' if screen else ''}")
    hints = (
        (BrandHint("activity_shared", "pd:Behavioral", name=brand, domain=domain, detail=detail),)
        if brand or domain
        else ()
    )
    key = f"{PLATFORM}:ad_conversion:{iso(moment)}:{screen or name or app}:{event}:{where}"
    title = tidy(f"{who} reported {event} to X")
    return Observation(PLATFORM, "ad_conversion", moment, title, record, path, natural_key=key, brands=hints)


def read_ads(
    base: str, tree: ExportTree, member: Member, coverage: CoverageReport, handles: Handles
) -> Iterator[Observation]:
    kind, section, list_key = AD_FILES[base]
    prefix = f"item.ad.adsUserData.{section}.{list_key}.item"
    count = 0
    for record in iter_items(tree, member, prefix, js_assignment=True):
        obs = None
        if isinstance(record, dict):
            if kind == "ad_conversion":
                obs = _conversion(record, member.path, handles)
            else:
                obs = _ad_observation(kind, record, member.path, handles)
        if obs is None:
            coverage.issue(member.path, message("issue.ad_record_without_advertiser"))
            continue
        count += 1
        yield obs
    if count == 0:
        _check_batches(tree, member, coverage, section)
    coverage.read(member.path, count)


def _check_batches(tree: ExportTree, member: Member, coverage: CoverageReport, section: str) -> None:
    """No records found: an empty file is fine, a layout we do not know is an issue worth showing."""
    for batch in iter_items(tree, member, "item", js_assignment=True):
        ad = batch.get("ad") if isinstance(batch, dict) else None
        data = ad.get("adsUserData") if isinstance(ad, dict) else None
        if not isinstance(data, dict) or section not in data:
            coverage.issue(member.path, message("issue.ad_batch_layout", section=section))
            return
