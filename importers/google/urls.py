"""URLs in Google items: the host of a URL, Google's own hosts, and unwrapping redirect/ad links.

Hot path (a million My Activity items): one compiled match per URL, no urllib.parse per item; only
the query of a real redirect link is split and unquoted.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import unquote_plus

# Google's own sites: an item pointing here names Google, not another brand.
GOOGLE_DOMAINS: Final = (
    "google.com",
    "youtube.com",
    "youtu.be",
    "googleadservices.com",
    "googlesyndication.com",
    "doubleclick.net",
    "gstatic.com",
    "googleusercontent.com",
    "googleapis.com",
    "g.co",
    "goo.gl",
    "withgoogle.com",
    "android.com",
    "ggpht.com",
)
_GOOGLE_SET: Final = frozenset(GOOGLE_DOMAINS)
_GOOGLE_SUFFIXES: Final = tuple("." + d for d in GOOGLE_DOMAINS)
# One C-level match instead of a dozen Python string operations per item: scheme, optional
# user info, optional "www.", host (or an IPv6 literal), optional port, then the rest.
_URL: Final = re.compile(r"(?i:https?)://(?:[^/?#@]*@)?(?:www\.)?(\[[^\]]*\]|[^/?#:]*)(?::[^/?#]*)?(.*)", re.S)


def split_url(url: str) -> tuple[str | None, str]:
    """(host, path-and-query) of an http(s) URL. Host is lower case without "www."; None for other
    schemes, IP addresses and bare names (none of them name a brand)."""
    m = _URL.match(url)
    if m is None:
        return None, ""
    host, tail = m.groups()
    if not host.islower():
        host = host.lower()
        if host.startswith("www."):
            host = host[4:]
    host = host.rstrip(".")
    if "." not in host or host.startswith("[") or (host[-1].isdigit() and host.replace(".", "").isdigit()):
        return None, tail
    return host, tail


def host_of(url: str) -> str | None:
    return split_url(url)[0]


def is_google(host: str) -> bool:
    if host in _GOOGLE_SET or host.endswith(_GOOGLE_SUFFIXES):
        return True
    # google.de, google.co.uk, google.com.au: "google" as one of the last labels before the suffix
    return "google." in host and "google" in host.split(".")[-4:-1]


def _param(tail: str, names: tuple[str, ...]) -> str | None:
    query = tail.partition("?")[2].partition("#")[0]
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key in names:
            target = unquote_plus(value)
            if "://" in target:
                return target
    return None


def unwrap(host: str, tail: str) -> str | None:
    """The target of a Google redirect or ad-click link (host, path-and-query), or None."""
    if host.startswith("google.") or host.endswith(".google.com"):
        if tail.startswith("/url?"):
            return _param(tail, ("q", "url"))
    elif host == "googleadservices.com" or host.endswith(".googleadservices.com"):
        if tail.startswith("/pagead/aclk"):
            return _param(tail, ("adurl",))
    elif host.endswith("doubleclick.net"):
        return _param(tail, ("adurl", "ds_dest_url"))
    elif (host == "youtube.com" or host.endswith(".youtube.com")) and tail.startswith("/redirect"):
        return _param(tail, ("q",))
    return None
