"""Which Takeout file is which: a member path -> the handler that reads it, a skip reason, or unknown.

Names from every locale are accepted everywhere (a user may mix languages across requests); the
language is only reported. Files with unknown names fall back to content sniffing (sniff.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from importers.google import locales as L
from importers.google.spaces import plain
from vault.errors import Message

AUDIO_EXTS: Final = (".mp3", ".wav", ".ogg", ".m4a", ".amr")


@dataclass(frozen=True, slots=True)
class Route:
    handler: str  # activity_json, activity_html, chrome, records, semantic, timeline, pay_csv, ...
    product: str  # the product folder that holds it ("Search", "YouTube", "Chrome", ...)


@dataclass(frozen=True, slots=True)
class Skip:
    reason: Message
    sniff: bool = False  # a JSON/HTML file in a product folder: its content may still reveal a history


def _union(attr: str) -> frozenset[str]:
    out: set[str] = set()
    for loc in L.LOCALES:
        value = getattr(loc, attr)
        out.update(plain(v) for v in (value if isinstance(value, tuple) else (value,)) if v)  # "" = not known
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Names:
    """Every locale's names merged: a file is routed the same whatever language its folder uses."""

    my_activity_dirs: frozenset[str]
    my_activity_stems: frozenset[str]
    youtube_dirs: frozenset[str]
    youtube_history_dirs: frozenset[str]
    youtube_history_stems: frozenset[str]
    chrome_stems: frozenset[str]
    mail_dirs: frozenset[str]
    pay_transaction_dirs: frozenset[str]
    index_files: frozenset[str]
    location_dirs: frozenset[str]
    skipped_dirs: dict[str, Message]
    product_dirs: frozenset[str]


@cache
def names() -> Names:
    """Built once from locales.LOCALES (call `names.cache_clear()` after changing the table)."""
    skipped = {plain(folder): L.REASONS[key] for loc in L.LOCALES for folder, key in loc.skipped.items()}
    my_activity, youtube, mail = _union("my_activity"), _union("youtube"), _union("mail")
    location = frozenset(map(plain, L.LOCATION)) | _union("location")
    return Names(
        my_activity_dirs=my_activity,
        my_activity_stems=frozenset(_stem_key(s) for s in _union("my_activity_files")),
        youtube_dirs=youtube,
        youtube_history_dirs=_union("youtube_history"),
        youtube_history_stems=_union("watch_history") | _union("search_history"),
        chrome_stems=_union("chrome_history"),
        mail_dirs=mail,
        pay_transaction_dirs=_union("pay_transactions"),
        index_files=_union("archive_index"),
        location_dirs=location,
        skipped_dirs=skipped,
        product_dirs=my_activity | youtube | mail | location | {L.CHROME, L.PAY, L.PLAY_STORE} | frozenset(skipped),
    )


_SNIFFABLE: Final = (".json", ".html")
_SPLIT_HTML = re.compile(r"^(?P<stem>.+?)-\d+$")
# The YouTube folder in every language a real export shows: "YouTube and / und / et / y / en / e / i / och / és /
# a YouTube Music" (locales*.py). A language without a table names it the same way, with its own "and".
_YOUTUBE_FOLDER = re.compile(r"^YouTube \w+ YouTube Music$")


def _is_youtube_folder(name: str, youtube_dirs: frozenset[str]) -> bool:
    """A YouTube product folder: a name from the tables, or one of the shape every sourced language gives it."""
    return name in youtube_dirs or _YOUTUBE_FOLDER.match(name) is not None


def _product_index(parts: list[str], product_dirs: frozenset[str]) -> int | None:
    """Index of the product folder: right after "Takeout/" if present, else the first known name."""
    dirs = parts[:-1]
    if L.TAKEOUT_FOLDER in dirs:
        i = len(dirs) - 1 - dirs[::-1].index(L.TAKEOUT_FOLDER)
        if i + 1 < len(dirs):
            return i + 1
    for i, part in enumerate(dirs):
        if part in product_dirs:
            return i
    return None


def _split(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    return (stem, "." + ext.lower()) if dot else (name, "")


def classify(path: str) -> Route | Skip | None:
    """How to read one member; None when the name says nothing (the caller may sniff content).
    No-break spaces in its names count as plain spaces (spaces.py): tables and paths are compared that way."""
    n = names()
    parts = plain(path).split("/")
    name = parts[-1]
    stem, ext = _split(name)
    if name in n.index_files:
        return Skip(L.REASONS["index"])
    if ext == ".mbox":
        return Route("mail", "Mail")
    i = _product_index(parts, n.product_dirs)
    if i is None:
        if name in L.TIMELINE_FILES:
            return Route("timeline", "Timeline")
        return None
    product, rest = parts[i], parts[i + 1 :]
    if product in n.my_activity_dirs:
        return _my_activity(rest, stem, ext, n.my_activity_stems | {_stem_key(product)})
    if _is_youtube_folder(product, n.youtube_dirs):
        if len(rest) == 2 and rest[0] in n.youtube_history_dirs and stem in n.youtube_history_stems:
            if ext == ".json":
                return Route("activity_json", "YouTube")
            if ext == ".html":
                return Route("activity_html", "YouTube")
        return Skip(L.REASONS["youtube_other"], ext in _SNIFFABLE)
    if product == L.CHROME:
        if len(rest) == 1 and ext == ".json" and stem in n.chrome_stems:
            return Route("chrome", product)
        return Skip(L.REASONS["chrome_other"], ext in _SNIFFABLE)
    if product in n.location_dirs:
        return _location(rest, name, ext)
    if product == L.PAY:
        if len(rest) == 2 and rest[0] in n.pay_transaction_dirs and ext == ".csv":
            return Route("pay_csv", product)
        return Skip(L.REASONS["pay_other"])
    if product == L.PLAY_STORE:
        if rest == [L.PLAY_INSTALLS]:
            return Route("play_installs", product)
        if len(rest) == 1 and name in L.PLAY_PURCHASES:
            return Route("play_purchases", product)
        return Skip(L.REASONS["play_other"])
    if product in n.mail_dirs:
        return Skip(L.REASONS["documents"])  # the mbox itself was routed above; the rest is settings
    if product in n.skipped_dirs:
        return Skip(n.skipped_dirs[product])
    return None


def _stem_key(name: str) -> str:
    """A My Activity file stem as the router compares it: spaces dropped, case folded ("Mon activité" and
    "MonActivité" are one). A file named as its My Activity folder is one in every sourced language (MyActivity,
    MeineAktivitäten, MonActivité, MiActividad, …), so a folder the tables know also names its files."""
    return name.replace(" ", "").casefold()


def _my_activity(rest: list[str], stem: str, ext: str, stems: frozenset[str]) -> Route | Skip | None:
    if len(rest) != 2:
        return None
    sub = rest[0]
    if sub == L.TAKEOUT_FOLDER:
        return Skip(L.REASONS["takeout"])
    if ext in AUDIO_EXTS:
        return Skip(L.REASONS["activity_media"])
    key = _stem_key(stem)
    if ext == ".json" and key in stems:
        return Route("activity_json", sub)
    if ext == ".html":
        m = _SPLIT_HTML.match(key)
        if key in stems or (m and m["stem"] in stems):
            return Route("activity_html", sub)
    return None


def _location(rest: list[str], name: str, ext: str) -> Route | Skip:
    if len(rest) == 1 and name in L.LOCATION_RECORDS:
        return Route("records", "Location History")
    if len(rest) >= 2 and rest[0] == L.SEMANTIC_LOCATION and ext == ".json":
        return Route("semantic", "Location History")
    if len(rest) == 1 and name in L.TIMELINE_FILES:
        return Route("timeline", "Location History")
    return Skip(L.REASONS["location_other"], ext == ".json")


def _telling_names(loc: L.Locale) -> set[str]:
    """The folder and file names that can show a locale: My Activity, YouTube, Ads folders and the index."""
    youtube = {y for y in loc.youtube if " " in plain(y)}  # the bare pre-2017 "YouTube" is every language's
    return {plain(n) for n in (loc.archive_index, *loc.my_activity, *youtube, *loc.ads_product, *loc.location) if n}


@cache
def _distinctive() -> dict[str, frozenset[str]]:
    """Per locale, its names that no other locale shares (English and French share archive_browser.html,
    Swedish and Danish "Min aktivitet"): only those say which language an export is in."""
    telling = {loc.code: _telling_names(loc) for loc in L.LOCALES}
    return {
        code: frozenset(n for n in own if not any(n in other for c, other in telling.items() if c != code))
        for code, own in telling.items()
    }


def language(paths: list[str]) -> str | None:
    """The export's language: the locale most of whose distinctive names the export uses; None if none."""
    paths = [plain(p) for p in paths]
    seen = {p.rsplit("/", 1)[-1] for p in paths} | {part for p in paths for part in p.split("/")[:-1]}
    scores = {code: len(own & seen) for code, own in _distinctive().items()}
    best = max(scores, key=lambda code: scores[code], default=None)
    return best if best is not None and scores[best] > 0 else None
