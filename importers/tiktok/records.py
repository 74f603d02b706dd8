"""TikTok records -> observations: what each list of `user_data_tiktok.json` holds and how to name it.

Sections and lists were renamed in 2025 (`Video Browsing History` -> `Watch History`, `Search
History` -> `Searches`, `Follower List` -> `Follower` …) and key casing varies (`Date`/`date`);
records are matched by list name, case-insensitively, whichever section they sit in.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson

from importers.formats import app_ref, parse_time
from vault.model import BrandHint, Observation

PLATFORM = "tiktok"
TIKTOK = {"name": "TikTok", "domain": "tiktok.com"}
_TIME_KEYS = ("date", "timestamp", "time", "browsing_date", "order_date", "createtime", "receiveddate", "watchtime")
_NOTHING = {"", "n/a", "none", "null"}  # how TikTok writes "no value"
_DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}")


@dataclass(frozen=True, slots=True)
class Kind:
    """A TikTok list: observation kind, fields for the title and key (lower case), category."""

    kind: str
    title: str
    fields: tuple[str, ...]


# Subsection name (lower case) -> the kind of its records. Both naming generations are listed.
LISTS: dict[str, Kind] = {
    name: kind
    for names, kind in (
        (("video browsing history", "watch history"), Kind("watch", "Watched", ("link",))),
        (("like list",), Kind("like", "Liked", ("link",))),
        (("favorite videos",), Kind("favorite", "Saved", ("link",))),
        (("search history", "searches"), Kind("search", "Searched", ("searchterm",))),
        (("share history",), Kind("share", "Shared", ("link", "sharedcontent", "method"))),
        (("login history",), Kind("login", "Logged in from", ("ip", "devicemodel", "networktype"))),
        (("following list", "following"), Kind("following", "Following", ("username",))),
        (("follower list", "follower"), Kind("follower", "Follower", ("username",))),
        (("comments",), Kind("comment", "Comment", ("comment",))),
        (("block list", "block"), Kind("block", "Blocked", ("username",))),
        (("status",), Kind("device", "Device", ("app version", "idfv", "gaid", "idfa", "android id", "web id"))),
        (("hashtag",), Kind("hashtag", "Hashtag", ("hashtagname",))),
        (("instant form ads responses",), Kind("lead_form", "Ad form answered", ())),
        (("product browsing history",), Kind("shop_browse", "Viewed in TikTok Shop", ("shop_name", "product_name"))),
        (("shopping cart list",), Kind("shop_cart", "In cart", ("shopname", "productname"))),
        (("chat history", "direct messages"), Kind("direct_message", "Message", ("from", "content"))),
    )
    for name in names
}


def tidy(text: str, limit: int = 200) -> str:
    """One printable line, for titles and details (export content is untrusted)."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text[: limit * 4]).split())[:limit]


def digest(record: Any) -> str:
    """A short content hash, for records without an id or telling fields."""
    return hashlib.sha256(orjson.dumps(record, option=orjson.OPT_SORT_KEYS)).hexdigest()[:24]


def lower_keys(record: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in record.items()}


def value(record: dict[str, Any], key: str) -> str:
    """A field as text, with TikTok's "N/A"/"None" meaning empty."""
    found = record.get(key)
    if isinstance(found, bool) or found is None:
        return ""
    out = tidy(str(found), 300) if isinstance(found, str | int | float) else ""
    return "" if out.lower() in _NOTHING else out


def when(record: dict[str, Any]) -> datetime | None:
    for key in _TIME_KEYS:
        if (found := parse_time(record.get(key))) is not None:
            return found
    return None


def _iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment else ""


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:60] or "record"


def list_record(subsection: str, record: Any, path: str) -> Observation | None:
    """One element of a TikTok list; None when it carries nothing to show."""
    if not isinstance(record, dict):
        record = {"value": record}
    low = lower_keys(record)
    spec = LISTS.get(subsection.lower()) or Kind(slug(subsection), subsection.strip() or "Record", ())
    moment = when(low)
    main = [v for f in spec.fields if (v := value(low, f))]
    if not main:  # an unknown list: the first text fields say what it is
        main = [v for k in low if k not in _TIME_KEYS and (v := value(low, k))][:2]
    if not main and moment is None:
        return None
    title = tidy(f"{spec.title}: {' – '.join(main)}" if main else spec.title)
    # Without telling fields the content decides; times are left out, as the key has them already
    # in one form whatever the export wrote (unix seconds or text).
    basis = ":".join(main) if spec.fields and main else digest({k: v for k, v in low.items() if k not in _TIME_KEYS})
    key = f"{PLATFORM}:{spec.kind}:{_iso(moment)}:{basis}"
    hints: tuple[BrandHint, ...] = ()
    if spec.kind in ("shop_browse", "shop_cart") and (shop := value(low, "shop_name") or value(low, "shopname")):
        hints = (BrandHint("visit", "pd:Purchase", name=shop, detail="you looked at its products in TikTok Shop"),)
    return Observation(PLATFORM, spec.kind, moment, title, record, path, natural_key=key, brands=hints)


def source_hint(source: str, touchpoint: str, category: str, detail: str) -> BrandHint | None:
    """The brand a partner or source names: a website by its domain, a name as written, an app by the
    readable name and publisher domain of its package; a bare store id or nameless store link is no brand."""
    app = app_ref(source)
    if app is None:
        domain = source.lower().removeprefix("www.") if _DOMAIN.fullmatch(source.lower()) else None
        return BrandHint(touchpoint, category, name=None if domain else source, domain=domain, detail=detail)
    if app.name is None:
        return None
    return BrandHint(
        touchpoint,
        category,
        name=app.name,
        domain=app.publisher_domain,
        detail=tidy(f"{detail} (app {app.token})", 300),
    )


def off_tiktok(record: Any, path: str) -> Observation | None:
    """An advertiser's site or app told TikTok what you did there (Off-TikTok activity, usage data from
    third-party apps and websites)."""
    if not isinstance(record, dict):
        return None
    low = lower_keys(record)
    source, event = value(low, "source"), value(low, "event") or "an event"
    if not source:
        return None
    moment = when(low)
    detail = tidy(f"its site or app sent TikTok your activity: {event}", 300)
    hint = source_hint(source, "activity_shared", "pd:BrowsingBehaviour", detail)
    key = f"{PLATFORM}:off_tiktok:{_iso(moment)}:{source}:{event}"
    shown = source if hint is not None else f"An app (store id {source})"
    title = tidy(f"{shown} sent TikTok: {event}")
    hints = (hint,) if hint is not None else ()
    return Observation(PLATFORM, "off_tiktok_activity", moment, title, record, path, natural_key=key, brands=hints)


# "Ads based on data received from partners": who sent TikTok data about you, and who used it for ads.
_PARTNER_LISTS = {
    "datapartnerlist": ("activity_shared", "pd:BrowsingBehaviour", "a partner that gave TikTok data about you"),
    "advertiserlist": ("ad_targeting", "pd:Behavioral", "showed you ads based on data partners gave TikTok"),
}
PARTNER_LISTS = frozenset(_PARTNER_LISTS)


def partners(list_name: str, raw: Any, path: str) -> list[Observation]:
    """`DataPartnerList` / `AdvertiserList`: one string each (names split on commas that touch no space,
    as "Initech Mobile, Inc." holds one), or a list. Every name is one observation."""
    touchpoint, category, detail = _PARTNER_LISTS[list_name.lower()]
    names: list[str] = []
    for entry in raw if isinstance(raw, list) else [raw]:
        if isinstance(entry, str):
            names += re.split(r"(?<=\S),(?=\S)", entry)
        elif isinstance(entry, dict):
            names += [v for v in entry.values() if isinstance(v, str)][:1]
    out = []
    for name in dict.fromkeys(tidy(n, 200) for n in names):
        if not name or name.lower() in _NOTHING:
            continue
        hint = source_hint(name, touchpoint, category, detail)
        key = f"{PLATFORM}:partner:{list_name.lower()}:{name}"
        title = tidy(f"{'Data partner' if touchpoint == 'activity_shared' else 'Advertiser'}: {name}")
        brands = (hint,) if hint is not None else ()
        out.append(Observation(PLATFORM, "ad_partner", None, title, name, path, natural_key=key, brands=brands))
    return out


def ad_interests(raw: Any, path: str) -> list[Observation]:
    """`AdInterestCategories`: "A|B", "A, B" or a list; each is a segment TikTok put you in."""
    names: list[str] = []
    for entry in raw if isinstance(raw, list) else [raw]:
        if isinstance(entry, str):
            names += re.split(r"\s*\|\s*" if "|" in entry else r"\s*,\s*", entry)
        elif isinstance(entry, dict) and isinstance(entry.get("name"), str):
            names.append(entry["name"])
    out = []
    for name in dict.fromkeys(tidy(n, 120) for n in names):
        if not name or name.lower() in _NOTHING:
            continue
        hint = BrandHint(
            "inference", "pd:Interest", detail=f"TikTok files you under the ad interest {name!r}", **TIKTOK
        )
        key = f"{PLATFORM}:ad_interest:{name}"
        out.append(
            Observation(
                PLATFORM, "ad_interest", None, f"Ad interest: {name}", name, path, natural_key=key, brands=(hint,)
            )
        )
    return out


def profile(fields: dict[str, Any], platforms: list[Any], path: str) -> list[Observation]:
    """The ProfileMap: your account (TikTok holds it), an inferred gender, linked platforms."""
    low = lower_keys(fields)
    user = value(low, "username")
    what = [
        w
        for w, k in (("email", "emailaddress"), ("phone", "telephonenumber"), ("birth date", "birthdate"))
        if value(low, k)
    ]
    category = "pd:EmailAddress" if value(low, "emailaddress") else "pd:Identifier"
    hint = BrandHint("account", category, detail=tidy(f"your account: {', '.join(['username', *what])}"), **TIKTOK)
    raw = dict(fields) | ({"PlatformInfo": platforms} if platforms else {})
    key = f"{PLATFORM}:profile:{user or digest(raw)}"
    out = [
        Observation(
            PLATFORM,
            "profile",
            None,
            tidy(f"TikTok profile @{user}" if user else "TikTok profile"),
            raw,
            path,
            natural_key=key,
            brands=(hint,),
        )
    ]
    if gender := value(low, "inferredgender"):
        g_hint = BrandHint("inference", "pd:Demographic", detail=f"TikTok infers your gender: {gender}", **TIKTOK)
        out.append(
            Observation(
                PLATFORM,
                "inference",
                None,
                f"Gender: {gender}",
                {"inferredGender": gender},
                path,
                natural_key=f"{PLATFORM}:gender:{gender}",
                brands=(g_hint,),
            )
        )
    for linked in platforms:
        name = value(lower_keys(linked), "platform") if isinstance(linked, dict) else ""
        if name:
            detail = "linked to your TikTok profile (your account there is known to TikTok)"
            l_hint = BrandHint("account", "pd:Identifier", name=name, detail=detail)
            title = tidy(f"Linked account: {name}")
            out.append(
                Observation(
                    PLATFORM,
                    "linked_account",
                    None,
                    title,
                    linked,
                    path,
                    natural_key=f"{PLATFORM}:linked:{name}",
                    brands=(l_hint,),
                )
            )
    return out
