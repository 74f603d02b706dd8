"""Meta files that name brands: advertisers with your information, ads you clicked or saw, off-Meta
activity, connected apps, and the interests and categories Meta itself inferred (formats/README.md
§2.3–2.7, §3.1). Every shape seen since 2018 is accepted; which shape a file has is read from its
keys, never assumed from its path.

Inferences (ad interests, "other categories", topics) carry the platform itself as the brand: Meta
is the company that holds the inference and sells reach to it, and a brand hint keeps it in the
brands view with its `inference` touchpoints. The interest itself goes in the title and detail.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Generator
from datetime import datetime
from typing import Any

from importers.formats import app_hint, parse_time
from importers.meta.ad_copy import advertiser_hints
from importers.meta.dispatch import Context, Handler
from importers.meta.fields import label_pairs, label_strings, map_value, record_time, record_title, vec_strings
from importers.meta.json_sections import iter_entries
from importers.meta.text import clean_label
from vault.errors import Message, message
from vault.model import BrandHint, Observation

Gen = Generator[Observation, None, bool]

# -- advertisers using your activity or information ---------------------------------------------

_AUDIENCE_KEYS = frozenset(
    {
        "custom_audiences",  # 2018-19
        "custom_audiences_v2",  # 2020-21
        "custom_audiences_all_types_v2",  # 2022-23
        "custom_audiences_all_types",
        "ig_custom_audiences_all_types",  # Instagram, every era
    }
)
_FLAGS = (
    ("has_data_file_custom_audience", "uploaded a customer list with your information", "pd:Contact"),
    (
        "has_remarketing_custom_audience",
        "used your activity on its website or app (remarketing)",
        "pd:BrowsingBehaviour",
    ),
    ("has_in_person_store_visit", "used your visit to one of its stores", "pd:Location"),
)


def advertisers(ctx: Context) -> Gen:
    """`customer_list` touchpoints, one per advertiser, with the reasons the file gives."""
    recognised = False
    for entry in iter_entries(ctx.tree, ctx.member):
        if not (entry.key in _AUDIENCE_KEYS or entry.key in ("label_values", None)):
            continue
        recognised = True
        if not entry.listed:
            continue
        if entry.key == "label_values":  # 2024-25 envelope: names only, the flags are gone
            for name in vec_strings({"label_values": [entry.value]}):
                yield from _advertiser(ctx, {"value": name})
        elif entry.key is None and isinstance(entry.value, dict) and "label_values" in entry.value:
            for name in vec_strings(entry.value) or label_strings(entry.value):
                yield from _advertiser(ctx, {"value": name})
        else:
            yield from _advertiser(ctx, entry.value)
    return recognised


def _advertiser(ctx: Context, item: Any) -> Generator[Observation, None, None]:
    if isinstance(item, str):
        name, flags = item, None
    elif isinstance(item, dict):
        name = item.get("advertiser_name") or item.get("advertiser") or item.get("name") or item.get("value")
        flags = {key: bool(item[key]) for key, _t, _c in _FLAGS if key in item} or None
    else:
        name, flags = None, None
    label = clean_label(name)
    if not isinstance(name, str) or not label:
        ctx.issue(message("issue.advertiser_entry_without_name"))
        return
    reasons = [(text, cat) for key, text, cat in _FLAGS if flags and flags.get(key)]
    if reasons:
        detail = "; ".join(text for text, _c in reasons)
        category = reasons[0][1]
    elif flags is not None:
        detail, category = "listed without a reason given", "pd:Contact"
    elif ctx.path.lower().endswith("contact_list_with_your_information.json"):
        detail, category = "uploaded a contact list with your information", "pd:Contact"
    else:
        detail, category = "used your activity or information (the file gives no details)", "pd:Contact"
    hint = BrandHint("customer_list", category, name=label, detail=detail)
    identity = {"name": label, "flags": sorted(k for k, v in (flags or {}).items() if v) if flags else None}
    yield ctx.observe("advertiser_audience", None, f"{label}: {detail}", item, (hint,), identity)


# -- ads clicked and seen ------------------------------------------------------------------------

_CLICK_KEYS = frozenset({"history", "history_v2", "impressions_history_ads_clicked"})


def ad_clicks(names_advertiser: bool) -> Handler:
    """A handler for ads clicked. `names_advertiser`: the title holds the advertiser (Instagram), not ad copy
    (Facebook's advertisers_you've_interacted_with, importers/meta/ad_copy.py)."""

    def handler(ctx: Context) -> Gen:
        return (yield from _clicks(ctx, names_advertiser))

    return handler


def _clicks(ctx: Context, names_advertiser: bool) -> Gen:
    """`ad_engagement` touchpoints: ads or advertisers you clicked, with the time of the click."""
    recognised = False
    for entry in iter_entries(ctx.tree, ctx.member):
        # history/history_v2, or (2024) a top-level list of label_values records, or an envelope.
        if not (entry.key in _CLICK_KEYS or entry.key in ("label_values", None)):
            continue
        recognised = True
        if not entry.listed:
            continue
        if entry.key == "label_values":
            vec = entry.value.get("vec") if isinstance(entry.value, dict) else None
            for item in vec if isinstance(vec, list) else ():
                if isinstance(item, dict) and isinstance(item.get("dict"), list):
                    yield from _click(ctx, {"label_values": item["dict"]}, names_advertiser)
        else:
            yield from _click(ctx, entry.value, names_advertiser)
    return recognised


def _click(ctx: Context, record: Any, names_advertiser: bool) -> Generator[Observation, None, None]:
    if not isinstance(record, dict):
        ctx.issue(message("issue.ad_click_entry_record"))
        return
    title = record.get("title") if isinstance(record.get("title"), str) else None
    action = record.get("action") if isinstance(record.get("action"), str) else None
    for label, value in label_pairs(record):
        if not isinstance(value, str):
            continue
        if "action" in label.lower():
            action = action or value
        elif title is None:
            title = value
    name = clean_label(title)
    if not name:
        ctx.issue(message("issue.ad_click_without_ad_advertiser"))
        return
    detail = clean_label(action) or "clicked an ad"
    # The platform holds every click it recorded, the ad's text as evidence; the advertiser only if it resolves.
    held = BrandHint("ad_engagement", "pd:BrowsingBehaviour", name=ctx.meta.label, domain=ctx.meta.domain,
                     detail=clean_label(f"{detail}: {name}", 300))  # fmt: skip
    hints = (held, *advertiser_hints(name, detail, names_advertiser=names_advertiser))
    yield ctx.observe("ad_click", record_time(record), f"{detail}: {name}", record, hints)


def ads_seen(ctx: Context) -> Gen:
    """`ad_targeting` touchpoints: the accounts whose ads were shown to you (Instagram, Facebook 2024)."""
    recognised = False
    for entry in iter_entries(ctx.tree, ctx.member):
        if not (entry.key and entry.key.startswith("impressions_history")):
            continue
        recognised = True
        if not entry.listed:
            continue
        if not isinstance(entry.value, dict):
            ctx.issue(message("issue.ad_impression_record"))
            continue
        author = clean_label(map_value(entry.value, "Author", "Username"))
        hints = (BrandHint("ad_targeting", "pd:Behavioral", name=author, detail="showed you an ad"),) if author else ()
        title = f"Ad by {author}" if author else "Ad seen (advertiser not named)"
        yield ctx.observe("ad_view", record_time(entry.value), title, entry.value, hints)
    return recognised


# -- off-Facebook / off-Meta activity -------------------------------------------------------------

_OFF_META_KEYS = frozenset({"off_facebook_activity", "off_facebook_activity_v2", "apps_and_websites_off_meta_activity"})
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")


def off_meta(ctx: Context) -> Gen:
    """`activity_shared` touchpoints: one per app or website that sent your activity to Meta."""
    recognised = listed = False
    envelope: dict[str, Any] = {}
    for entry in iter_entries(ctx.tree, ctx.member):
        if entry.key in _OFF_META_KEYS or entry.key is None:
            # shape A: {"off_…": [{"name", "events": [{"id", "type", "timestamp"}]}]};
            # shape B: a top-level list of label_values records, one per business.
            recognised = True
            if entry.listed:
                listed = True
                yield from _business(ctx, entry.value)
        elif entry.key == "label_values" and entry.listed:
            envelope.setdefault("label_values", []).append(entry.value)
        elif entry.key in ("title", "fbid") and not entry.listed:
            envelope[entry.key] = entry.value
    if "label_values" in envelope and not listed:
        recognised = True  # one business as a top-level envelope object (next to a list: metadata)
        yield from _business(ctx, envelope)
    return recognised


def _business(ctx: Context, record: Any) -> Generator[Observation, None, None]:
    if not isinstance(record, dict):
        ctx.issue(message("issue.offmeta_activity_entry_record"))
        return
    name = record.get("name") or record.get("title")
    events = _events(record)
    if not isinstance(name, str) or not clean_label(name):
        ctx.issue(message("issue.offmeta_activity_entry_without_app"))
        return
    label = clean_label(name)
    counts = Counter(kind for kind, _t in events)
    times = [t for _k, t in events if t is not None]
    detail = ", ".join(f"{kind} ×{n}" if n > 1 else kind for kind, n in counts.most_common()) or "no events listed"
    domain = label.lower().removeprefix("www.")
    hint = (
        BrandHint("activity_shared", "pd:BrowsingBehaviour", domain=domain, detail=detail)
        if _DOMAIN.match(domain)
        else app_hint(label, "activity_shared", "pd:BrowsingBehaviour", detail)
    )
    shown = label if hint is not None else f"An app or website (id {label})"
    title = f"{shown} shared your activity with {ctx.meta.label}: {len(events)} event(s)"
    hints = (hint,) if hint is not None else ()
    yield ctx.observe("off_platform_activity", max(times) if times else None, title, record, hints)


def _events(record: dict[str, Any]) -> list[tuple[str, datetime | None]]:
    out: list[tuple[str, datetime | None]] = []
    events = record.get("events")
    if isinstance(events, list):
        for ev in events:
            if isinstance(ev, dict):
                out.append((clean_label(ev.get("type"), 60) or "EVENT", parse_time(ev.get("timestamp"))))
        return out
    entries = record.get("label_values")
    for entry in entries if isinstance(entries, list) else ():
        vec = entry.get("vec") if isinstance(entry, dict) else None
        for item in vec if isinstance(vec, list) else ():
            if isinstance(item, dict) and isinstance(item.get("dict"), list):
                out.append(_labelled_event(item["dict"]))
    return out


def _labelled_event(fields: list[Any]) -> tuple[str, datetime | None]:
    kind, fallback, when = None, None, None
    for _label, value in label_pairs({"label_values": fields}):
        label = _label.lower()
        if isinstance(value, str) and not value.isdigit():
            if "event" in label or "type" in label:
                kind = kind or value
            fallback = fallback or value
        elif when is None and isinstance(value, int | float) and not isinstance(value, bool):
            when = parse_time(value)
    return clean_label(kind or fallback, 60) or "EVENT", when


# -- connected apps -----------------------------------------------------------------------------

_APP_KEYS = frozenset({"installed_apps", "installed_apps_v2", "apps_and_websites_active_apps"})


def connected_apps(ctx: Context) -> Gen:
    """`account` touchpoints: apps and websites you logged into with your Meta account."""
    recognised = False
    for entry in iter_entries(ctx.tree, ctx.member):
        if not (entry.key in _APP_KEYS or entry.key is None):
            continue
        recognised = True
        if not entry.listed:
            continue
        record = entry.value if isinstance(entry.value, dict) else {}
        name = record.get("name") or map_value(record, "App Name")
        if not isinstance(name, str) or not clean_label(name):
            ctx.issue(message("issue.connected_app_without_name"))
            continue
        status = record.get("category") if isinstance(record.get("category"), str) else "connected"
        detail = f"you logged in with your {ctx.meta.label} account ({clean_label(status, 40)})"
        # App lists name some apps by package or store id: an app, or no brand at all (formats/app_ids.py).
        hint = app_hint(clean_label(name), "account", "pd:Identifier", detail)
        hints = (hint,) if hint is not None else ()
        yield ctx.observe("connected_app", record_time(record), f"App: {clean_label(name)}", record, hints)
    return recognised


# -- inferences by the platform itself ----------------------------------------------------------


# The nouns of the inference lists as message ids, so "an empty ad interest" is said in the person's language.
_NOUN_IDS = {
    "ad interest": "noun.ad_interest",
    "category used to reach you": "noun.reach_category",
    "topic": "noun.topic",
}


def inferences(kind: str, category: str, noun: str) -> Handler:
    """A handler for a list of interests/categories/topics, whatever keys and envelope it uses."""
    named: Message | str = message(_NOUN_IDS[noun]) if noun in _NOUN_IDS else noun

    def handler(ctx: Context) -> Gen:
        recognised = False
        for entry in iter_entries(ctx.tree, ctx.member):
            if entry.key == "media" or not (entry.listed or isinstance(entry.value, list)):
                continue
            recognised = True
            if not entry.listed:
                continue
            if entry.key == "label_values":
                values = [v for _l, v in label_pairs({"label_values": [entry.value]}) if isinstance(v, str)]
            elif isinstance(entry.value, dict) and "label_values" in entry.value:
                values = label_strings(entry.value)
            else:
                values = [record_title(entry.value) or ""]
            for value in values:
                text = clean_label(value)
                if not text:
                    ctx.issue(message("issue.empty_label", noun=named))
                    continue
                hint = ctx.platform_hint(category, f"{noun}: {text}")
                when = record_time(entry.value)
                yield ctx.observe(kind, when, text, entry.value, (hint,), {"value": text})
        return recognised

    return handler
