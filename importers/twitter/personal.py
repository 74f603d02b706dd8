"""X/Twitter files about you: personalization (interests, inferred demographics, advertiser audiences),
account, profile, age, connected apps.

`personalization.js` audiences name advertisers by handle only; the names learnt from ad records
(twitter_ads.Handles) turn `@acmeoutdoor` back into "Acme Outdoor Co" where the archive allows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from importers.archive import ExportTree, Member
from importers.formats import iter_items
from importers.twitter.ads import Handles
from importers.twitter.fields import (
    PLATFORM,
    X_BRAND,
    as_list,
    digest,
    domain_of,
    handle,
    iso,
    text,
    tidy,
    unwrap,
    when,
)
from vault.errors import message
from vault.model import BrandHint, CoverageReport, Observation

# personalization.js audience list -> (touchpoint, category, what it means).
_AUDIENCES: dict[str, tuple[str, str, str]] = {
    "advertisers": (
        "customer_list",
        "pd:Contact",
        "you are in one of its tailored audiences on X (a list it uploaded, or visitors of its site or app)",
    ),
    "doNotReachAdvertisers": (
        "customer_list",
        "pd:Contact",
        "keeps you on an exclusion list (do-not-reach): it holds your details",
    ),
    "lookalikeAdvertisers": ("ad_targeting", "pd:Behavioral", "targets people like its audience (look-alike)"),
    "catalogAudienceAdvertisers": ("ad_targeting", "pd:Purchase", "targets you with product catalog audiences"),
}


def _inference(kind: str, category: str, title: str, raw: Any, path: str, key: str, detail: str) -> Observation:
    hint = BrandHint("inference", category, detail=tidy(detail, 300), **X_BRAND)
    return Observation(PLATFORM, kind, None, tidy(title), raw, path, natural_key=f"{PLATFORM}:{key}", brands=(hint,))


def read_personalization(
    tree: ExportTree, member: Member, coverage: CoverageReport, handles: Handles
) -> Iterator[Observation]:
    count = 0
    for item in iter_items(tree, member, js_assignment=True):
        data = unwrap(item)
        if not isinstance(data, dict):
            coverage.issue(member.path, message("issue.personalization_entry_not_object"))
            continue
        for obs in _personalization(data, member.path, coverage, handles):
            count += 1
            yield obs
    coverage.read(member.path, count)


def _personalization(
    data: dict[str, Any], path: str, coverage: CoverageReport, handles: Handles
) -> Iterator[Observation]:
    found = data.get("interests")
    interests: dict[str, Any] = found if isinstance(found, dict) else {}
    for source, label in (("interests", "Interest"), ("partnerInterests", "Interest from a partner")):
        for entry in as_list(interests.get(source)):
            name = entry if isinstance(entry, str) else text(entry, "name")
            if not name:
                coverage.issue(path, message("issue.entry_without_name_in", source=source))
                continue
            off = isinstance(entry, dict) and entry.get("isDisabled") is True
            detail = f"X files you under the interest {name!r} for advertisers"
            detail += " (you switched it off)" if off else ""
            title = f"{label}: {name}" + (" (switched off)" if off else "")
            yield _inference("ad_interest", "pd:Interest", title, entry, path, f"{source}:{name}", detail)
    for show in as_list(interests.get("shows")):
        if isinstance(show, str) and show.strip():
            detail = f"X thinks you like the show {show!r}"
            yield _inference("inference", "pd:MediaConsumption", f"Show: {show}", show, path, f"show:{show}", detail)
    yield from _demographics(data, path)
    audiences = interests.get("audienceAndAdvertisers")
    if isinstance(audiences, dict):
        yield from _audiences(audiences, path, coverage, handles)


def _demographics(data: dict[str, Any], path: str) -> Iterator[Observation]:
    found = data.get("demographics")
    demo: dict[str, Any] = found if isinstance(found, dict) else {}
    for lang in as_list(demo.get("languages")):
        name = lang if isinstance(lang, str) else text(lang, "language")
        if name:
            detail = f"X infers you speak {name}"
            yield _inference("inference", "pd:Demographic", f"Language: {name}", lang, path, f"language:{name}", detail)
    gender = demo.get("genderInfo")
    for key in ("gender", "genderOverride"):
        if value := text(gender, key):
            detail = f"X {'infers' if key == 'gender' else 'was told'} your gender: {value}"
            yield _inference("inference", "pd:Demographic", f"Gender: {value}", gender, path, f"{key}:{value}", detail)
    age_info = data.get("inferredAgeInfo")
    for age in as_list(age_info.get("age") if isinstance(age_info, dict) else None):
        if isinstance(age, str) and age.strip():
            detail = f"X infers your age as {age}"
            yield _inference("inference", "pd:Demographic", f"Age: {age}", age_info, path, f"age:{age}", detail)
    for place in as_list(data.get("locationHistory")):
        if isinstance(place, str) and place.strip():
            detail = f"X places you in {place}"
            yield _inference("inference", "pd:Location", f"Place: {place}", place, path, f"place:{place}", detail)


def _audiences(
    audiences: dict[str, Any], path: str, coverage: CoverageReport, handles: Handles
) -> Iterator[Observation]:
    if count := text(audiences, "numAudiences"):
        title = f"X says you are in {count} advertiser audiences"
        yield Observation(
            PLATFORM,
            "audience_count",
            None,
            title,
            {"numAudiences": count},
            path,
            natural_key=f"{PLATFORM}:audiences:{count}",
        )
    for source, (touchpoint, category, meaning) in _AUDIENCES.items():
        for entry in as_list(audiences.get(source)):
            screen = handle(entry)
            if not screen:
                coverage.issue(path, message("issue.advertiser_without_handle", source=source))
                continue
            advertiser = handles.identity(screen)
            detail = tidy(f"{meaning}; X account {screen}", 300)
            hint = BrandHint(touchpoint, category, name=advertiser.name, domain=advertiser.domain, detail=detail)
            title = tidy(f"Audience ({source}): {advertiser.shown or screen}")
            key = f"{PLATFORM}:audience:{source}:{screen}"
            yield Observation(PLATFORM, "audience", None, title, {source: entry}, path, natural_key=key, brands=(hint,))


# -- account and profile files ---------------------------------------------------------------------


def account(record: dict[str, Any], path: str) -> Observation | None:
    account_id = text(record, "accountId")
    username = text(record, "username")
    if not (account_id or username):
        return None
    has_email = bool(text(record, "email"))
    what = ", ".join(
        w for w, k in (("email", "email"), ("phone", "phoneNumber"), ("username", "username")) if text(record, k)
    )
    hint = BrandHint(
        "account", "pd:EmailAddress" if has_email else "pd:Identifier", detail=f"your account: {what}", **X_BRAND
    )
    title = tidy(f"X account @{username}" if username else f"X account {account_id}")
    key = f"{PLATFORM}:account:{account_id or username}"
    return Observation(
        PLATFORM, "account", when(record, "createdAt"), title, record, path, natural_key=key, brands=(hint,)
    )


def profile(record: dict[str, Any], path: str) -> Observation | None:
    desc = record.get("description") if isinstance(record.get("description"), dict) else {}
    bio = text(desc, "bio")
    title = tidy(f"Profile: {bio}" if bio else "Profile")
    return Observation(
        PLATFORM, "profile", None, title, record, path, natural_key=f"{PLATFORM}:profile:{digest(record)}"
    )


def ageinfo(record: dict[str, Any], path: str) -> Iterator[Observation]:
    meta = record.get("ageInfo") if "ageInfo" in record else record
    ages = [a for a in as_list(meta.get("age") if isinstance(meta, dict) else None) if isinstance(a, str) and a]
    if ages or text(meta, "birthDate"):
        title = tidy(f"Age on X: {', '.join(ages)}" if ages else "Birth date on X")
        yield Observation(
            PLATFORM, "age", None, title, record, path, natural_key=f"{PLATFORM}:ageinfo:{digest(record)}"
        )
    inferred = record.get("inferredAgeInfo")
    for age in as_list(inferred.get("age") if isinstance(inferred, dict) else None):
        if isinstance(age, str) and age.strip():
            yield _inference(
                "inference",
                "pd:Demographic",
                f"Age: {age}",
                inferred,
                path,
                f"age:{age}",
                f"X infers your age as {age}",
            )


def connected_app(record: dict[str, Any], path: str) -> Observation | None:
    org = record.get("organization") if isinstance(record.get("organization"), dict) else {}
    app = tidy(text(record, "name"), 120)
    org_name = tidy(text(org, "name"), 120)
    domain = domain_of(text(org, "url"))
    if not (app or org_name or domain):
        return None
    perms = ", ".join(p for p in as_list(record.get("permissions")) if isinstance(p, str))
    detail = tidy(
        f"you connected its app {app or org_name!r} to your X account" + (f" (may: {perms})" if perms else ""), 300
    )
    hint = BrandHint("account", "pd:Identifier", name=org_name or app or None, domain=domain, detail=detail)
    moment = when(record, "approvedAt")
    key = f"{PLATFORM}:connected_app:{text(record, 'id') or app}:{iso(moment)}"
    title = tidy(f"Connected app: {app or org_name}")
    return Observation(PLATFORM, "connected_app", moment, title, record, path, natural_key=key, brands=(hint,))
