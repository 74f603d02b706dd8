"""Snapchat "My Data" (accounts.snapchat.com > My Data), JSON format: `mydata_<ms>/json/*.json`.

Every file is an object of named sections, each a list of flat records or one small object; files
are streamed section by section. Format notes: formats/README.md §9. Touchpoints: the interest and
lifestyle categories Snapchat files you under, the demographics it derives, ads you interacted with,
your account. An export requested as HTML only is read from its `html/` pages instead
(importers/snapchat_html.py), into the same records.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from importers.archive import ExportTree, Member
from importers.contract import Detection
from importers.file_guard import counted_file
from importers.formats import DateFormats, app_hint, app_ref, iter_items, iter_values
from importers.held import Holder, by_kind
from importers.snapchat_html import html_sections
from vault.errors import ImportFailed, message
from vault.model import BrandHint, CoverageReport, Observation

PLATFORM = "snapchat"
LABEL = "Snapchat"

_SNAPCHAT = {"name": "Snapchat", "domain": "snapchat.com"}
_KNOWN = (
    "user_profile",
    "account",
    "ranking",
    "friends",
    "snap_history",
    "chat_history",
    "location_history",
    "account_history",
    "story_history",
    "memories_history",
)
# Section names that hold categories Snapchat files you under ("Interest Categories", "Content
# Interests", "Lifestyle Categories" …): each entry is an inference.
_INFERENCE_SECTION = re.compile(r"interest|lifestyle|categor", re.I)
_ADS_SECTION = re.compile(r"\bads?\b.*interact|interacted", re.I)
_DATES = DateFormats(("%Y-%m-%d %H:%M:%S UTC", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M UTC", "%Y/%m/%d %H:%M:%S"))
_TIME_KEY = re.compile(r"date|time|timestamp|created", re.I)
_ADVERTISER_KEYS = ("Advertiser Name", "Advertiser", "Ad")
_WEB = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")


def _tidy(text: str) -> str:
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())[:300]


def _starts_with_array(tree: ExportTree, member: Member) -> bool:
    with tree.open(member) as fh:
        head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"[")


def _sections(tree: ExportTree, member: Member) -> Iterator[tuple[str, Any]]:
    """(section, record) for every element of every top-level list, (section, object) for the rest.

    Streams: one record is built at a time, however long a section is; a section that is an object
    (a handful of profile fields) is gathered back into one."""
    if _starts_with_array(tree, member):
        for record in iter_items(tree, member):
            yield "", record
        return
    section, fields = None, dict[str, Any]()
    for keys, value in iter_values(tree, member, depth=2):
        name = keys[0] if keys else ""
        if fields and name != section:
            yield section or "", fields
            fields = {}
        section = name
        if len(keys) == 2 and keys[1] != "item":
            fields[keys[1]] = value
        else:
            yield name, value
    if fields:
        yield section or "", fields


def _time_of(record: Any) -> datetime | None:
    if not isinstance(record, dict):
        return None
    return next((t for k, v in record.items() if _TIME_KEY.search(k) and (t := _DATES.parse(v))), None)


def _summary(record: Any) -> str:
    if isinstance(record, dict):
        texts = [f"{v}" for k, v in record.items() if isinstance(v, str | int | float) and not _TIME_KEY.search(k)]
        return ", ".join(texts[:3])
    return str(record)


def _snapchat(touchpoint: str, category: str, detail: str) -> BrandHint:
    return BrandHint(touchpoint, category, detail=detail, **_SNAPCHAT)


def _inference(section: str, value: str, path: str, category: str = "pd:Interest") -> Observation:
    return Observation(
        PLATFORM,
        "inference",
        None,
        _tidy(f"Snapchat files you under {value} ({section})"),
        {"section": section, "value": value},
        path,
        natural_key=f"{section.casefold()}:{value.casefold()}",
        brands=(_snapchat("inference", category, f"{section}: {value}"),),
    )


def _ad_interaction(section: str, record: Any, path: str, coverage: CoverageReport) -> Observation | None:
    # "Advertiser Name" in real exports (formats/README.md §9); older keys are not documented ("Ad", …): then
    # the first text that is not a date. An ad id or a package name is not a name (formats/app_ids.py).
    values = list(record.values()) if isinstance(record, dict) else [record]
    named = [record.get(k) for k in _ADVERTISER_KEYS] if isinstance(record, dict) else []
    name = next((t for v in [*named, *values] if isinstance(v, str) and (t := _tidy(v)) and not _DATES.parse(v)), "")
    if not name:
        coverage.issue(path, message("issue.section_entry_without_advertiser", section=section))
        return None
    when = _time_of(record) or next((t for v in values if (t := _DATES.parse(v))), None)
    hint = app_hint(name, "ad_engagement", "pd:BrowsingBehaviour", "you interacted with its ad on Snapchat")
    raw = {"section": section, "record": record}
    title = _tidy(f"Ad by {hint.name or hint.domain}" if hint else f"Ad (id {name})")
    return Observation(PLATFORM, "ad_engagement", when, title, raw, path, brands=(hint,) if hint else ())


def _interactions(section: str, record: dict[str, Any], path: str) -> Iterator[Observation]:
    """`Interactions {"Web Interactions": [domains], "App Interactions": [store links]}`: each site a brand, each
    app by its name where the entry has one (an App Store link with only an id names nobody)."""
    for key, value in record.items():
        for entry in value if isinstance(value, list) else [value]:
            if not isinstance(entry, str) or not (text := _tidy(entry)):
                continue
            detail = f"Snapchat lists it among your {key.lower() or 'interactions'}"
            domain = text.lower().removeprefix("www.")
            if app_ref(text) is None and _WEB.fullmatch(domain):
                hint: BrandHint | None = BrandHint("visit", "pd:BrowsingBehaviour", domain=domain, detail=detail)
            else:
                hint = app_hint(text, "visit", "pd:BrowsingBehaviour", detail)
            raw = {"section": section, "key": key, "value": entry}
            title = _tidy(f"{key}: {text}")
            yield Observation(PLATFORM, "interaction", None, title, raw, path, brands=(hint,) if hint else ())


def _permission(section: str, record: Any, path: str) -> Observation | None:
    """`connected_apps.json` `Permissions [{"App", "Time", "Type"}]`: an app you let into your Snapchat account."""
    app = _tidy(record.get("App") or "") if isinstance(record, dict) and isinstance(record.get("App"), str) else ""
    if not app:
        return None
    kind = _tidy(str(record.get("Type") or "access"))
    hint = app_hint(app, "account", "pd:Identifier", f"you gave it {kind} to your Snapchat account")
    raw = {"section": section, "record": record}
    return Observation(
        PLATFORM, "connected_app", _time_of(record), _tidy(f"App: {app}"), raw, path, brands=(hint,) if hint else ()
    )


def _records(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    stem = member.name.rsplit(".", 1)[0].lower()
    sections = html_sections if member.name.lower().endswith(".html") else _sections
    for section, record in sections(tree, member):
        if record is None or record == "" or record == [] or record == {}:
            continue  # an empty section says nothing
        if _ADS_SECTION.search(section):
            if obs := _ad_interaction(section, record, member.path, coverage):
                yield obs
        elif _INFERENCE_SECTION.search(section) and isinstance(record, str):
            if record.strip():
                yield _inference(section, record.strip(), member.path)
        elif (
            section == "Interactions" and isinstance(record, dict) and any(isinstance(v, list) for v in record.values())
        ):
            yield from _interactions(section, record, member.path)
        elif (
            stem == "connected_apps" and section == "Permissions" and (obs := _permission(section, record, member.path))
        ):
            yield obs
        elif section == "Demographics" and isinstance(record, dict):
            for key, value in record.items():
                if isinstance(value, str) and value.strip():
                    yield _inference(f"Demographics: {key}", value.strip(), member.path, "pd:Demographic")
        else:
            hints = ()
            if stem == "account" and section == "Basic Information":
                hints = (_snapchat("account", "pd:Identifier", "your account: username, name, email, phone"),)
            elif stem == "user_profile" and section == "App Profile":
                hints = (_snapchat("account", "pd:Identifier", "your app profile"),)
            title = _tidy(f"{section}: {_summary(record)}" if section else _summary(record)) or stem
            raw = {"section": section, "record": record}
            yield Observation(PLATFORM, stem, _time_of(record), title, raw, member.path, brands=hints)


def _in(member: Member, folder: str) -> bool:
    parts = member.path.lower().split("/")
    return len(parts) >= 2 and parts[-2] == folder


def _known(members: list[Member], folder: str, ext: str) -> list[str]:
    return [m.path for m in members if _in(m, folder) and m.name.lower() in {f"{k}.{ext}" for k in _KNOWN}]


HOLDER = Holder("Snapchat", "snapchat.com")
# Records Snapchat keeps of your activity (importers/held.py); these kinds carry their own hints instead.
held = by_kind(
    frozenset(
        {
            "account",
            "user_profile",
            "inference",
            "ad_engagement",
            "interaction",
            "connected_app",
        }
    )
)


def detect(tree: ExportTree) -> Detection | None:
    members = tree.members()
    json_hits, html_hits = _known(members, "json", "json"), _known(members, "html", "html")
    wrapper = any(re.match(r"mydata_\d+/", m.path.lower()) for m in members)
    hits = json_hits or html_hits
    names = {p.rsplit("/", 1)[-1].split(".")[0] for p in hits}
    if {"user_profile", "account"} <= names or len(names) >= 3:
        confidence = 0.95
    elif len(names) == 2 or (hits and wrapper):
        confidence = 0.8
    elif hits:
        confidence = 0.4
    else:
        return None
    return Detection(PLATFORM, "json" if json_hits else "html", confidence, tuple(sorted(hits)[:5]))


def parse(tree: ExportTree, coverage: CoverageReport) -> Iterator[Observation]:
    members = tree.members()
    json_files = {m.path for m in members if _in(m, "json") and m.name.lower().endswith(".json")}
    # The HTML copy is read only where the JSON copy is missing (a download requested as HTML only).
    html_files = (
        set() if json_files else {m.path for m in members if _in(m, "html") and m.name.lower().endswith(".html")}
    )
    if not json_files and not html_files:
        raise ImportFailed(message("import.no_snapchat_files", file=tree.describe()))
    for member in members:
        lower = member.path.lower()
        if member.path in json_files or member.path in html_files:
            yield from counted_file(member, coverage, _records(tree, member, coverage))
        elif "/html/" in f"/{lower}" or (json_files and lower.endswith("index.html")):
            coverage.skip(member.path, message("skip.snapchat_html_copy"))
        elif lower.endswith("index.html"):
            coverage.skip(member.path, message("skip.snapchat_html_index"))
        elif re.search(r"(^|/)(memories|chat_media|public_profile)/", lower):
            coverage.skip(member.path, message("skip.photos_videos"))
