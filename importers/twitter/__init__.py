"""X/Twitter archive (x.com: Settings → Your account → Download an archive of your data).

A zip `twitter-<date>-<hex>.zip` with `Your archive.html`, `assets/` (the viewer) and `data/*.js`:
each data file is `window.YTD.<name>.partN = [ … ]`, big ones split into `tweets.js`,
`tweets-part1.js`, …; archives before 2020 have the .js files at the top. Format notes:
formats/README.md §4. Touchpoints: ad impressions and engagements, conversions, the advertiser
audiences and interests of `personalization.js`, connected apps. Tweets, likes, direct messages
and every other `window.YTD` file become items, streamed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from importers.archive import ExportTree, Member
from importers.contract import Detection
from importers.file_guard import each_file
from importers.formats import iter_items
from importers.held import Holder, by_kind
from importers.twitter.ads import AD_FILES, Handles, read_ads
from importers.twitter.fields import PLATFORM, digest, iso, text, tidy, unwrap, when
from importers.twitter.personal import account, ageinfo, connected_app, profile, read_personalization
from vault.errors import Message, message
from vault.model import CoverageReport, Observation

LABEL = "X (Twitter)"
__all__ = ["LABEL", "PLATFORM", "detect", "parse"]

_DATA_FILE = re.compile(r"(?P<base>[a-z0-9_-]+?)(?:-part(?P<part>\d+))?\.js")
_YTD = b"window.YTD."
_MANIFEST = b"window.__THAR_CONFIG"
_MEDIA_DIR = re.compile(r"(^|/)data/[a-z0-9_]*_media/|(^|/)data/(profile|community_tweet|moments)[a-z_]*/")

Record = Callable[[dict[str, Any], str], Observation | None]


def _follow(kind: str) -> Record:
    def make(record: dict[str, Any], path: str) -> Observation | None:
        account_id = text(record, "accountId")
        if not account_id:
            return None
        title = f"{'Follower' if kind == 'follower' else 'Following'}: {text(record, 'userLink') or account_id}"
        return Observation(
            PLATFORM, kind, None, tidy(title), record, path, natural_key=f"{PLATFORM}:{kind}:{account_id}"
        )

    return make


def _tweet(record: dict[str, Any], path: str) -> Observation | None:
    tweet_id = text(record, "id_str", "id")
    body = text(record, "full_text", "text")
    if not tweet_id:
        return None
    moment = when(record, "created_at")
    return Observation(
        PLATFORM, "tweet", moment, tidy(body or "(no text)"), record, path, natural_key=f"{PLATFORM}:tweet:{tweet_id}"
    )


def _like(record: dict[str, Any], path: str) -> Observation | None:
    tweet_id = text(record, "tweetId")
    if not tweet_id:
        return None
    title = tidy(f"Liked: {text(record, 'fullText') or tweet_id}")
    return Observation(PLATFORM, "like", None, title, record, path, natural_key=f"{PLATFORM}:like:{tweet_id}")


def _message(record: dict[str, Any], path: str) -> Observation | None:
    inner = unwrap(record)  # {"messageCreate": {...}}, or a group event ({"joinConversation": {...}})
    if not isinstance(inner, dict):
        return None
    moment = when(inner, "createdAt")
    msg_id = text(inner, "id")
    title = tidy(
        f"Message: {text(inner, 'text')}" if text(inner, "text") else f"Conversation event ({next(iter(record))})"
    )
    key = f"{PLATFORM}:dm:{msg_id}" if msg_id else f"{PLATFORM}:dm:{iso(moment)}:{digest(record)}"
    return Observation(PLATFORM, "direct_message", moment, title, record, path, natural_key=key)


# File base name -> (ijson prefix of one record, record reader).
_ITEM_FILES: dict[str, tuple[str, Record | None]] = {
    "tweets": ("item", _tweet),
    "tweet": ("item", _tweet),  # the name before 2022
    "deleted-tweets": ("item", _tweet),
    "like": ("item", _like),
    "follower": ("item", _follow("follower")),
    "following": ("item", _follow("following")),
    "account": ("item", account),
    "profile": ("item", profile),
    "connected-application": ("item", connected_app),
    # Conversations can be long: stream their messages one by one.
    "direct-messages": ("item.dmConversation.messages.item", _message),
    "direct-messages-group": ("item.dmConversation.messages.item", _message),
}


def _data_files(tree: ExportTree) -> list[tuple[str, int, Member]]:
    """(base name, part number, member) of every X data file, wherever the archive root is."""
    found = []
    for m in tree.members():
        if "assets" in m.path.lower().split("/")[:-1]:
            continue  # the archive viewer's own scripts
        match = _DATA_FILE.fullmatch(m.name.lower())
        if match:
            found.append((match["base"], int(match["part"] or 0), m))
    return sorted(found, key=lambda f: (f[0], f[1], f[2].path))


def _head(tree: ExportTree, member: Member, n: int = 64) -> bytes:
    with tree.open(member) as fh:
        return fh.read(n).lstrip(b"\xef\xbb\xbf \t\r\n")


HOLDER = Holder("X", "x.com")
# Records X keeps of your activity (importers/held.py); these kinds carry their own hints instead.
held = by_kind(
    frozenset(
        {
            "account",
            "ad_conversion",
            "ad_engagement",
            "ad_impression",
            "ad_interest",
            "audience",
            "audience_count",
            "connected_app",
            "inference",
        }
    )
)


def detect(tree: ExportTree) -> Detection | None:
    files = _data_files(tree)
    manifest = [m for base, _n, m in files if base == "manifest"]
    evidence = []
    if manifest and _head(tree, manifest[0]).startswith(_MANIFEST):
        evidence.append(manifest[0].path)
    ytd = [m for base, _n, m in files if base != "manifest"][:40]
    sample = [m for m in ytd if m.name.lower() in ("account.js", "tweets.js", "tweet.js", "ad-impressions.js")] or ytd
    for m in sample[:3]:
        if _head(tree, m).startswith(_YTD):
            evidence.append(m.path)
    if not evidence:
        return None
    in_data = any(p.split("/")[-2:-1] == ["data"] for p in evidence)
    layout = "2020+" if in_data else "2019"
    confidence = 0.99 if manifest and len(evidence) > 1 else 0.95 if manifest else 0.9
    return Detection(PLATFORM, layout, confidence, tuple(evidence))


def _skip_reason(member: Member) -> Message | None:
    lower = member.path.lower()
    if _MEDIA_DIR.search(lower) or lower.endswith((".jpg", ".jpeg", ".png", ".gif", ".mp4", ".webp")):
        return message("skip.media_x")
    if member.name.lower() == "your archive.html" or lower.startswith("assets/") or "/assets/" in lower:
        return message("skip.x_viewer")
    if member.name.lower() == "readme.txt":
        return message("skip.x_readme")
    return None


def _read_items(base: str, tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    prefix, make = _ITEM_FILES.get(base, ("item", None))
    count = 0
    for item in iter_items(tree, member, prefix, js_assignment=True):
        record = unwrap(item)
        if not isinstance(record, dict):
            coverage.issue(member.path, message("issue.entry_not_object"))
            continue
        obs = _generic(base, record, member.path) if make is None else make(record, member.path)
        if obs is None:
            coverage.issue(member.path, message("issue.entry_without_identity"))
            continue
        count += 1
        yield obs
    coverage.read(member.path, count)


def _generic(base: str, record: dict[str, Any], path: str) -> Observation:
    """Any other `window.YTD` file: each record kept whole as an item (blocks, mutes, IP log …)."""
    moment = when(record)
    summary = text(record, "name", "text", "fullText", "screenName", "userLink", "accountId", "email")
    title = tidy(f"{base.replace('-', ' ').capitalize()}" + (f": {summary}" if summary else ""))
    return Observation(PLATFORM, base, moment, title, record, path, natural_key=f"{PLATFORM}:{base}:{digest(record)}")


def _read_ageinfo(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    count = 0
    for item in iter_items(tree, member, js_assignment=True):
        record = unwrap(item)
        if not isinstance(record, dict):
            coverage.issue(member.path, message("issue.entry_not_object"))
            continue
        for obs in ageinfo(record, member.path):
            count += 1
            yield obs
    coverage.read(member.path, count)


def _is_ytd(tree: ExportTree, member: Member) -> bool:
    return _head(tree, member).startswith(_YTD)


def parse(tree: ExportTree, coverage: CoverageReport) -> Iterator[Observation]:
    files = _data_files(tree)
    data_paths = {m.path for _b, _n, m in files}
    for member in tree.members():
        if member.path not in data_paths and (reason := _skip_reason(member)):
            coverage.skip(member.path, reason)
    handles = Handles()
    # Ad files first: they teach advertiser names that personalization.js only gives as handles; conversions
    # first of them: their URLs tie a handle to its company's domain for every record of that handle.
    ordered = sorted(
        files, key=lambda f: (f[0] not in AD_FILES, "conversions" not in f[0], f[0] == "personalization", f[0], f[1])
    )
    for base, _part, member in ordered:
        if base == "manifest":
            coverage.read(member.path, 0)  # used to recognise the archive; it lists the files
        elif member.size == 0:
            coverage.cannot_read(member.path, message("file.empty"))
        else:
            yield from each_file(member, coverage, _read_file(base, tree, member, coverage, handles))


def _read_file(
    base: str, tree: ExportTree, member: Member, coverage: CoverageReport, handles: Handles
) -> Iterator[Observation]:
    if not _is_ytd(tree, member):
        coverage.skip(member.path, message("skip.not_x_data"))
    elif base in AD_FILES:
        yield from read_ads(base, tree, member, coverage, handles)
    elif base == "personalization":
        yield from read_personalization(tree, member, coverage, handles)
    elif base == "ageinfo":
        yield from _read_ageinfo(tree, member, coverage)
    else:
        yield from _read_items(base, tree, member, coverage)
