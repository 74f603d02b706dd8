"""How X/Twitter archive records look: wrapper keys, text fields, handles, stable keys, X as a brand."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import orjson

from importers.formats import parse_time

PLATFORM = "twitter"
X_BRAND = {"name": "X", "domain": "x.com"}

# Keys that carry a record's time in X files, in order of preference.
_TIME_KEYS = ("createdAt", "created_at", "timestamp", "date", "approvedAt", "changedAt", "loginTime", "time")
MAX_HANDLES = 100_000  # handle -> advertiser name map, bounded against hostile archives


def unwrap(item: Any) -> Any:
    """X wraps each record in a single-key object ({"tweet": {...}}); older archives did not.

    Any single key holding an object is taken as the wrapper: X has renamed them over the years.
    """
    if isinstance(item, dict) and len(item) == 1:
        ((_key, value),) = item.items()
        if isinstance(value, dict):
            return value
    return item


def text(record: Any, *keys: str) -> str:
    """The first non-empty string (or number, as text) among `keys` of a dict record."""
    if not isinstance(record, dict):
        return ""
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
    return ""


def tidy(value: str, limit: int = 200) -> str:
    """One printable line, for titles and details (export content is untrusted)."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in value[: limit * 4]).split())[:limit]


def when(record: Any, *keys: str) -> datetime | None:
    if not isinstance(record, dict):
        return None
    for key in keys or _TIME_KEYS:
        if (found := parse_time(record.get(key))) is not None:
            return found
    return None


def iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment else ""


def handle(value: Any) -> str:
    """'@AcmeOutdoor' / 'AcmeOutdoor' -> '@acmeoutdoor' (X handles are case-insensitive)."""
    if not isinstance(value, str):
        return ""
    name = tidy(value, 60).lstrip("@").lower()
    return f"@{name}" if name else ""


def digest(value: Any) -> str:
    """A short content hash for records that carry no id of their own."""
    try:
        data = orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except (TypeError, orjson.JSONEncodeError):
        data = repr(value).encode("utf-8", "replace")
    return hashlib.sha256(data).hexdigest()[:24]


def as_list(value: Any) -> list[Any]:
    """A list field that X sometimes writes as null, a single value or an empty string."""
    if isinstance(value, list):
        return value
    if value is None or value == "":
        return []
    return [value]


def domain_of(url: str) -> str | None:
    """'https://www.zalando.de/checkout' -> 'zalando.de' (the vault finds the registrable domain)."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return None
    host = host.lower().removeprefix("www.")
    return host if "." in host and len(host) < 254 and " " not in host else None
