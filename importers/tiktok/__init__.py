"""TikTok "Download your data" in JSON (Settings → Account → Download your data, choose JSON).

One file, `user_data_tiktok.json` (older: `user_data.json`), in a zip or bare: top-level sections
(`Activity`, `Ads and data`, `Profile` …; renamed in 2025: `Your Activity`, `Profile And Settings`,
`Likes and Favorites` …) holding lists and maps; an empty list is `null` or "". Format notes:
formats/README.md §6. Touchpoints: Off-TikTok activity (an advertiser's site or app sent your
activity, per source and event; usage data from third-party apps), the partners and advertisers of
"ads based on data received from partners", ad interests, linked accounts. Apps named by a store id or
a package name are never brands as written (importers/formats/app_ids.py). Everything else becomes items.
The file can be large: it is walked once, one record at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from importers.archive import ExportTree, Member
from importers.contract import Detection
from importers.file_guard import each_file
from importers.formats import iter_values
from importers.held import Holder, by_kind
from importers.tiktok.records import (
    PARTNER_LISTS,
    PLATFORM,
    ad_interests,
    digest,
    list_record,
    off_tiktok,
    partners,
    profile,
    slug,
    tidy,
)
from vault.errors import message
from vault.model import CoverageReport, Observation

LABEL = "TikTok"
__all__ = ["LABEL", "PLATFORM", "detect", "parse"]

_FILES = ("user_data_tiktok.json", "user_data.json")
_NEW_MARKERS = (b'"Your Activity"', b'"Profile And Settings"', b'"Likes and Favorites"', b'"Watch History"')
_OLD_MARKERS = (b'"Activity"', b'"Video Browsing History"', b'"Tiktok Shopping"', b'"Poi Review"')
_COMMON_MARKERS = (b'"Ads and data"', b'"App Settings"', b'"Comment"', b'"Tiktok Live"', b'"Direct Message')
_NOISE = {"app", "isfastlane"}  # flags beside each list, not data
MAX_MAP_FIELDS = 5000
# Maps renamed between layouts -> one name, so the same map from either layout is the same item.
_MAP_NAMES = {"auto fill": "Autofill", "purchase history": "Purchases", "block": "Block List"}


# A renamed file is found by content among at most this many JSON files (a TikTok export has one).
_SNIFF_MAX = 8


def _files(tree: ExportTree) -> list[Member]:
    """The export's data file: by its name, else (people rename it: "mydata (1).json", "tiktok_2024.json")
    every JSON file of the export whose opening shows TikTok's sections."""
    named = [m for name in _FILES for m in tree.find(name)]
    if named:
        return named
    candidates = [m for m in tree.members() if m.name.lower().endswith(".json")]
    if not candidates or len(candidates) > _SNIFF_MAX:
        return []
    return [m for m in candidates if _looks_like_tiktok(_head(tree, m))]


def _looks_like_tiktok(head: bytes) -> bool:
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{"):
        return False
    markers = _NEW_MARKERS + _OLD_MARKERS + _COMMON_MARKERS
    return sum(1 for m in markers if m in head) >= 2  # one section name alone could be anyone's


def _head(tree: ExportTree, member: Member) -> bytes:
    with tree.open(member) as fh:
        return fh.read(256 * 1024)


HOLDER = Holder("TikTok", "tiktok.com")
# Records TikTok keeps of your activity (importers/held.py); these kinds carry their own hints instead.
held = by_kind(
    frozenset(
        {
            "ad_interest",
            "inference",
            "linked_account",
            "profile",
            "off_tiktok_activity",
            "shop_browse",
        }
    )
)


def detect(tree: ExportTree) -> Detection | None:
    for member in _files(tree):
        head = _head(tree, member).lstrip(b"\xef\xbb\xbf \t\r\n")
        if not head.startswith(b"{"):
            continue
        new = any(m in head for m in _NEW_MARKERS)
        old = any(m in head for m in _OLD_MARKERS)
        if not (new or old or any(m in head for m in _COMMON_MARKERS)):
            continue
        layout = "2025" if new else ("legacy" if member.name == "user_data.json" else "2024") if old else "json"
        confidence = 0.95 if new or old else 0.8
        if member.name not in _FILES:
            confidence = min(confidence, 0.75)  # found by content alone: a surer name-based detection wins
        return Detection(PLATFORM, layout, confidence, (member.path,))
    return None


class _Maps:
    """Fields of one map (ProfileMap, SettingsMap …) arrive one by one and consecutively: gather them."""

    def __init__(self, path: str, coverage: CoverageReport) -> None:
        self.path, self.coverage = path, coverage
        self.where: tuple[str, ...] = ()
        self.fields: dict[str, Any] = {}
        self.platforms: list[Any] = []
        self.size = 0

    def _switch(self, where: tuple[str, ...]) -> Iterator[Observation]:
        if where != self.where:
            yield from self.flush()
            self.where = where

    def _room(self) -> bool:
        self.size += 1
        if self.size == MAX_MAP_FIELDS + 1:
            self.coverage.issue(
                self.path, message("issue.too_many_fields", where=" / ".join(self.where), limit=MAX_MAP_FIELDS)
            )
        return self.size <= MAX_MAP_FIELDS

    def add(self, where: tuple[str, ...], key: str, value: Any) -> Iterator[Observation]:
        yield from self._switch(where)
        if value not in (None, "", [], {}) and self._room():  # an empty field says nothing
            self.fields[key] = value

    def add_to_list(self, where: tuple[str, ...], key: str, value: Any) -> Iterator[Observation]:
        """An element of a list field, streamed: PlatformInfo entries, keyword lists in settings."""
        yield from self._switch(where)
        if not self._room():
            return
        if key == "PlatformInfo":
            self.platforms.append(value)
        elif isinstance(existing := self.fields.get(key), list):
            existing.append(value)
        else:
            self.fields[key] = [value]

    def flush(self) -> Iterator[Observation]:
        fields, platforms, where = self.fields, self.platforms, self.where
        self.fields, self.platforms, self.where, self.size = {}, [], (), 0
        if not (fields or platforms):
            return
        if where[-1].lower() == "profilemap" or where[1].lower() in ("profile info", "profile information"):
            yield from profile(fields, platforms, self.path)
            return
        name = _MAP_NAMES.get(where[1].lower(), where[1])
        kind = slug(name)
        title = tidy(f"TikTok {name.lower()}")
        key = f"{PLATFORM}:{kind}:{digest(fields)}"
        yield Observation(PLATFORM, kind, None, title, fields, self.path, natural_key=key)


def _element(keys: tuple[str, ...], value: Any, path: str, coverage: CoverageReport) -> list[Observation]:
    """An element of a list: (section, subsection, list, "item"), or one level deeper for lists
    inside a map (chats in ChatHistory, gifts in Purchases)."""
    if value is None or value == "":
        return []
    if keys[2].lower() == "adinterestcategories":  # written as a list in some exports
        return ad_interests(value, path)
    if keys[2].lower() in PARTNER_LISTS:
        return partners(keys[2], value, path)
    if len(keys) == 5:
        if keys[2].lower() == "chathistory":
            record = {"Chat": keys[3], **value} if isinstance(value, dict) else {"Chat": keys[3], "value": value}
            obs = list_record("chat history", record, path)
        else:
            obs = list_record(keys[3], value, path)
    elif keys[2].lower() in ("offtiktokactivitydatalist", "usagedatalist") or keys[1].lower() == "off tiktok activity":
        obs = off_tiktok(value, path)
        if obs is None:
            coverage.issue(path, message("issue.offtiktok_activity_record_without_source"))
            return []
    else:
        obs = list_record(keys[1], value, path)
    if obs is None:
        coverage.issue(path, message("issue.empty_record_in", where=keys[1]))
        return []
    return [obs]


def _file(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    path = member.path
    maps = _Maps(path, coverage)
    count = 0
    for keys, value in iter_values(tree, member, depth=4, stream_arrays=True):
        found: Iterator[Observation] | list[Observation] = []
        if len(keys) < 3:
            if value not in (None, "", [], {}):  # a null or empty section is simply empty
                where = " / ".join(keys) or "the file"
                coverage.issue(path, message("issue.expected_object_found", where=where, found=type(value).__name__))
        elif len(keys) == 5 and keys[2].lower().endswith("map"):
            found = maps.add_to_list(keys[:3], keys[3], value)
        elif keys[-1] == "item":
            found = _element(keys, value, path, coverage)
        elif len(keys) == 3:
            if keys[2].lower() == "adinterestcategories":
                found = ad_interests(value, path)
            elif keys[2].lower() in PARTNER_LISTS:
                found = partners(keys[2], value, path)
            elif keys[2].lower() not in _NOISE and value not in (None, ""):
                found = maps.add(keys[:2], keys[2], value)
        elif len(keys) == 4 and keys[3].isdigit() and isinstance(value, dict):
            # Maps keyed by id (OrderHistories, WatchLiveMap): each entry is a record.
            record = value if "id" in value else {"id": keys[3], **value}
            obs = list_record(keys[1], record, path)
            found = [obs] if obs else []
        else:
            found = maps.add(keys[:3], keys[3], value)
        for obs in found:
            count += 1
            yield obs
    for obs in maps.flush():
        count += 1
        yield obs
    coverage.read(path, count)


def parse(tree: ExportTree, coverage: CoverageReport) -> Iterator[Observation]:
    for member in _files(tree):
        yield from each_file(member, coverage, _file(tree, member, coverage))
