"""Meta files without brands, kept as items: the profile, messages, and every general activity list
(comments, searches, posts, friends, logins, label_values envelopes…; formats/README.md §2.8–2.9, §3.2)."""

from __future__ import annotations

import re
from collections.abc import Generator
from typing import Any

from importers.formats import parse_time
from importers.meta.dispatch import Context
from importers.meta.fields import map_value, record_time, record_title
from importers.meta.json_sections import iter_entries
from importers.meta.text import clean_label
from vault.errors import message
from vault.model import BrandHint, Observation

Gen = Generator[Observation, None, bool]

_VERSION = re.compile(r"_v\d+$")
_PAGE = re.compile(r"_\d+$")
_UNSAFE = re.compile(r"[^a-z0-9_]+")
_MAX_KIND = 60


def profile(ctx: Context) -> Gen:
    """Facebook `profile_v2` (2018-19 `profile`) or Instagram `profile_user`: one item each."""
    recognised = False
    for entry in iter_entries(ctx.tree, ctx.member):
        if entry.key in ("profile_v2", "profile") and isinstance(entry.value, dict):
            recognised = True
            full = entry.value.get("name")
            name = full.get("full_name") if isinstance(full, dict) else full
            when = parse_time(entry.value.get("registration_timestamp"))
            title = f"Profile: {clean_label(name) or 'unnamed'}"
            yield ctx.observe("profile", when, title, entry.value, (_account(ctx, entry.value),))
        elif entry.key == "profile_user" and entry.listed:
            recognised = True
            title = map_value(entry.value, "Name", "Username") or record_title(entry.value) or "profile"
            hints = (_account(ctx, entry.value),)
            yield ctx.observe("profile", record_time(entry.value), f"Profile: {clean_label(title)}", entry.value, hints)
    return recognised


def _account(ctx: Context, profile: Any) -> BrandHint:
    """The platform holds the account: the profile's fields say with what (names of fields only, no values)."""
    fields = profile.get("string_map_data") if isinstance(profile, dict) else None
    names = sorted(fields if isinstance(fields, dict) else profile if isinstance(profile, dict) else ())
    said = ", ".join(clean_label(n, 40) for n in names[:12] if clean_label(n, 40))
    category = "pd:EmailAddress" if any("mail" in n.casefold() for n in names) else "pd:Identifier"
    return ctx.platform_hint(category, f"your account: {said}" if said else "your account", "account")


def messages(ctx: Context) -> Gen:
    """One item per message of a `message_N.json` thread page; participants and titles are context."""
    recognised = False
    thread = _thread_of(ctx.path)
    for entry in iter_entries(ctx.tree, ctx.member):
        if entry.key != "messages":
            continue
        recognised = True
        if not entry.listed:
            continue
        msg = entry.value
        if not isinstance(msg, dict):
            ctx.issue(message("issue.message_record"))
            continue
        sender = clean_label(msg.get("sender_name"), 80) or "unknown sender"
        text = clean_label(msg.get("content"), 120) or _attachment_kind(msg)
        raw = {**msg, "thread": thread}
        # The thread folder goes in raw for context, but the key is the message alone.
        yield ctx.observe("message", record_time(msg), f"{sender}: {text}", raw, identity=msg)
    return recognised


def _thread_of(path: str) -> str:
    parts = path.split("/")
    if "messages" in parts:
        at = len(parts) - 1 - parts[::-1].index("messages")
        return "/".join(parts[at + 1 : -1])
    return ""


def _attachment_kind(msg: dict[str, Any]) -> str:
    for key in ("photos", "videos", "audio_files", "gifs", "files", "sticker", "share"):
        if msg.get(key):
            return f"({key.rstrip('s')})"
    return "(no text)"


def generic(ctx: Context) -> Gen:
    """Any Meta activity list: each record of each top-level list is an item; a label_values
    envelope is one item. Files of no recognisable shape return False and stay "unknown"."""
    recognised = False
    envelope: dict[str, Any] = {}
    stem = _stem(ctx.path)
    for entry in iter_entries(ctx.tree, ctx.member):
        if entry.key == "label_values" and entry.listed:
            envelope.setdefault("label_values", []).append(entry.value)
            continue
        if entry.key == "media" or not entry.listed:
            if isinstance(entry.value, list) and entry.key != "media":
                recognised = True  # an empty list section: understood, nothing in it
            elif entry.key is not None and not isinstance(entry.value, dict | list):
                envelope[entry.key] = entry.value  # fbid, timestamp, ent_name of an envelope
            continue
        if not isinstance(entry.value, dict | str):
            ctx.issue(message("issue.record_neither_object_text"))
            continue
        recognised = True
        kind = _kind(entry.key) if entry.key else stem
        yield from _expanded(ctx, kind, entry.value)
    if "label_values" in envelope:
        recognised = True
        yield ctx.observe(stem, record_time(envelope), record_title(envelope) or stem, envelope)
    return recognised


def _expanded(ctx: Context, kind: str, record: Any) -> Generator[Observation, None, None]:
    """A record, or each of its `entries` (recently viewed/visited, people interactions) when it
    is a named group of them: one item per thing viewed, not one per group."""
    entries = record.get("entries") if isinstance(record, dict) else None
    if isinstance(entries, list) or (isinstance(record, dict) and isinstance(record.get("children"), list)):
        group = clean_label(record.get("name"), 80)
        for part in [record, *[c for c in record.get("children") or () if isinstance(c, dict)]]:
            sub = clean_label(part.get("name"), 80) or group
            items = part.get("entries")
            for item in items if isinstance(items, list) else ():
                if isinstance(item, dict):
                    title = record_title(item.get("data")) or record_title(item) or sub
                    raw = {**item, "group": sub}
                    yield ctx.observe(kind, record_time(item), f"{sub}: {clean_label(title)}", raw)
        return
    yield ctx.observe(kind, record_time(record), record_title(record) or kind.replace("_", " "), record)


def _kind(key: str) -> str:
    """An item kind from a section key: "comments_v2" -> "comments"; only [a-z0-9_] survive."""
    return _UNSAFE.sub("_", _VERSION.sub("", key.lower())).strip("_")[:_MAX_KIND] or "item"


def _stem(path: str) -> str:
    """An item kind from a file name: "your_posts_1.json" -> "your_posts", "you've" -> "you_ve"."""
    name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return _kind(_PAGE.sub("", name))
