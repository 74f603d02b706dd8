"""URLs in Google items: the host of a URL, Google's own hosts, and unwrapping redirect/ad links.

Hot path (a million My Activity items): what the start of a URL says (its host, Google's or not, the
shape of its redirect links) is worked out once per site and kept as a `Site`; per item there is one
dictionary lookup, and only the query of a real redirect link is split and unquoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final
from urllib.parse import unquote, unquote_to_bytes

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
# Any http(s) URL, in one match: scheme, optional user info, optional "www.", host (or an IPv6
# literal), optional port, then the rest. The reference; site_of takes a shortcut for the usual URL.
_URL: Final = re.compile(r"(?i:https?)://(?:[^/?#@]*@)?(?:www\.)?(\[[^\]]*\]|[^/?#:]*)(?::[^/?#]*)?(.*)", re.S)
# In these the authority does not simply run to the first "/": query or fragment right after the
# host, user info, an IPv6 literal. _URL decides.
_AUTHORITY_QUIRKS: Final = frozenset("?#@[")
_CACHED_SITES: Final = 16384  # distinct sites in one export are far fewer; a hostile one only churns


@dataclass(frozen=True, slots=True)
class Site:
    """What the scheme and authority of a URL say, shared by every URL of the site.

    `host`: lower case without "www."; None for other schemes, IP addresses and bare names (none of
    them name a brand). `redirect`: (path prefix, query keys holding the target) of its redirect or
    ad-click links, if it has them."""

    host: str | None
    google: bool = False
    redirect: tuple[str, tuple[str, ...]] | None = None


NO_SITE: Final = Site(None)


def site_of(url: str) -> tuple[Site, int]:
    """The site of `url` and where its path-and-query starts (`url[at:]`)."""
    # The usual `https://host[:port]/...`: the authority runs to the first "/", looked up as a whole.
    if url.startswith("https://"):
        start = 8
    elif url.startswith("http://"):
        start = 7
    else:
        return _site_general(url)
    end = url.find("/", start)
    if end < 0:
        end = len(url)
    authority = url[start:end]
    site = _known(authority) or _learn(authority)
    return (site, end) if site is not _GENERAL else _site_general(url)


def split_url(url: str) -> tuple[str | None, str]:
    """(host, path-and-query) of an http(s) URL; host as in `Site`."""
    site, at = site_of(url)
    return site.host, url[at:]


def host_of(url: str) -> str | None:
    return site_of(url)[0].host


# authority -> Site; a plain dict (cleared when full) is cheaper per lookup than lru_cache.
_BY_AUTHORITY: Final[dict[str, Site]] = {}
_known: Final = _BY_AUTHORITY.get
_GENERAL: Final = Site(None)  # in _BY_AUTHORITY: this authority needs _URL


def _learn(authority: str) -> Site:
    """The site of `http(s)://<authority>/` as _URL reads it (or _GENERAL), remembered."""
    if not _AUTHORITY_QUIRKS.isdisjoint(authority):
        site = _GENERAL
    else:
        # As _URL: a lower-case "www." goes here, any other case once lowered in _normal_host.
        host = authority[4:] if authority.startswith("www.") else authority
        site = _site_of_host(_normal_host(host.partition(":")[0]))
    if len(_BY_AUTHORITY) >= _CACHED_SITES:
        _BY_AUTHORITY.clear()
    _BY_AUTHORITY[authority] = site
    return site


def _site_general(url: str) -> tuple[Site, int]:
    m = _URL.match(url)
    if m is None:
        return NO_SITE, len(url)
    return _site_of_host(_normal_host(m[1])), m.start(2)


def _normal_host(host: str) -> str | None:
    if not host.islower():
        host = host.lower()
        if host.startswith("www."):
            host = host[4:]
    host = host.rstrip(".")
    if "." not in host or host.startswith("[") or (host[-1].isdigit() and host.replace(".", "").isdigit()):
        return None
    return host


@lru_cache(maxsize=_CACHED_SITES)
def _site_of_host(host: str | None) -> Site:
    return NO_SITE if host is None else Site(host, is_google(host), _redirect(host))


def is_google(host: str) -> bool:
    if host in _GOOGLE_SET or host.endswith(_GOOGLE_SUFFIXES):
        return True
    # google.de, google.co.uk, google.com.au: "google" as one of the last labels before the suffix
    return "google." in host and "google" in host.split(".")[-4:-1]


def _redirect(host: str) -> tuple[str, tuple[str, ...]] | None:
    if host.startswith("google.") or host.endswith(".google.com"):
        return "/url?", ("q", "url")
    if host == "googleadservices.com" or host.endswith(".googleadservices.com"):
        return "/pagead/aclk", ("adurl",)
    if host.endswith("doubleclick.net"):
        return "", ("adurl", "ds_dest_url")
    if host == "youtube.com" or host.endswith(".youtube.com"):
        return "/redirect", ("q",)
    return None


def unwrap(host: str, tail: str) -> str | None:
    """The target of a Google redirect or ad-click link (host, path-and-query), or None."""
    return unwrap_at(_site_of_host(host), tail, 0)


def unwrap_at(site: Site, url: str, at: int) -> str | None:
    """unwrap for the URL whose path-and-query is `url[at:]` on `site`."""
    rule = site.redirect
    if rule is None or not url.startswith(rule[0], at):
        return None
    return redirect_target(url, at, rule[1])


def redirect_target(url: str, at: int, keys: tuple[str, ...]) -> str | None:
    """The first URL among the values of `keys` in the query of `url[at:]`."""
    q = url.find("?", at)
    if q < 0:
        return None
    query = url[q + 1 :]
    if "#" in query:
        query = query.partition("#")[0]
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key in keys:
            target = _unquote_plus(value)
            if "://" in target:
                return target
    return None


def _unquote_plus(value: str) -> str:
    """urllib's unquote_plus, doing only the work it would do: it costs microseconds per call."""
    if "+" in value:
        value = value.replace("+", " ")
    if "%" not in value:
        return value
    if value.isascii():
        # Targets escape a few ASCII characters ("%3F", "%3D", "%26"): those map to one character each, so
        # the text is joined as it is, ~1.5x quicker than unquote_to_bytes. Any other escape goes the bytes way.
        parts = value.split("%")
        out = [parts[0]]
        for part in parts[1:]:
            char = _ASCII_ESCAPE.get(part[:2])
            if char is None:
                return unquote_to_bytes(value).decode("utf-8", "replace")
            out.append(char)
            out.append(part[2:])
        return "".join(out)
    return unquote(value)


# "3F"/"3f" -> "?": every escape of an ASCII character, in either case of its hex digits.
_ASCII_ESCAPE: Final = {f"{hi}{lo}": chr(int(f"{hi}{lo}", 16)) for hi in "01234567" for lo in "0123456789abcdefABCDEF"}
