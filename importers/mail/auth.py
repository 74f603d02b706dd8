"""Who a mail is from, as the receiving server checked it: its Authentication-Results header (RFC 8601, read
as `authres` reads it, importers.mail.results) and whether a passing DMARC, DKIM or SPF result is aligned with
the From domain (RFC 7489 §3.1).

Only the topmost header of the receiver counts (formats/README.md §1.8.1): the receiving provider prepends its
own, so lower ones, `ARC-Authentication-Results` and `X-Original-Authentication-Results` are other hops' history
and can be forged by the sender.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from importers.mail.results import Result, read

# Gmail's receiving servers: in a Takeout mbox only their header is the receiver's.
GMAIL_RECEIVER: Final = "mx.google.com"

AUTHENTICATED: Final = "authenticated"  # a passing result aligned with the From domain
UNVERIFIED: Final = "unverified"  # the receiver checked, and nothing aligned passed
ABSENT: Final = "absent"  # no (readable) header of the receiver: old mail, another provider
UNREADABLE: Final = "unreadable"  # a header of the receiver that authres could not parse


@lru_cache(maxsize=1)
def _extractor() -> Any:
    """tldextract, loaded at the first mail with a header to align: it and requests cost ~15 MB and ~0.1 s in
    every process importing the Google importer (it imports mbox), and import readers of activity files never
    ask."""
    import tldextract

    # Offline: an empty suffix_list_urls makes tldextract use the snapshot inside its wheel, never fetch.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


# RFC 2606/6761 names: not in the Public Suffix List; generated test mail uses them.
_RESERVED_TLDS: Final = frozenset({"example", "test", "invalid", "localhost"})


@dataclass(frozen=True, slots=True)
class Verdict:
    state: str  # AUTHENTICATED, UNVERIFIED, ABSENT or UNREADABLE
    evidence: str  # what decided: "dmarc=pass", "dkim=pass (brand.example)", "spf=softfail, dmarc=fail", ""


NO_HEADER: Final = Verdict(ABSENT, "")


@lru_cache(maxsize=8192)
def registrable(domain: str) -> str:
    """The organisational domain (Public Suffix List eTLD+1): 'em.news.brand.co.uk' -> 'brand.co.uk'.

    A host without a public suffix is returned as it is, so it only ever aligns with itself."""
    host = domain.strip().strip(".").lower()
    labels = host.split(".")
    if labels[-1] in _RESERVED_TLDS and len(labels) >= 2:
        return ".".join(labels[-2:])
    parts = _extractor()(host)
    if parts.suffix and parts.domain:
        return f"{parts.domain}.{parts.suffix}"
    return host


def _authserv_id(value: str) -> str:
    return value.split(";", 1)[0].strip().lower()


def receiver_header(values: Sequence[str], gmail: bool) -> str | None:
    """The receiving provider's header among a message's Authentication-Results values (in header order).

    In Gmail's mail the topmost one with Gmail's authserv-id; elsewhere the topmost one, whoever wrote it."""
    if not gmail:
        return values[0] if values else None
    return next((v for v in values if _authserv_id(v) == GMAIL_RECEIVER), None)


def _props(result: Result) -> dict[tuple[str, str], str]:
    """(ptype, property) -> the first non-empty value."""
    found: dict[tuple[str, str], str] = {}
    for ptype, name, value in result.properties:
        if value:
            found.setdefault((ptype, name), value)
    return found


def _domain_of(identity: str | None) -> str | None:
    """'@brand.example', 'bounce@em.brand.example', '"bounces+x=y@sendgrid.net"' -> the domain."""
    if not identity:
        return None
    domain = identity.strip().strip('"<>').rsplit("@", 1)[-1].strip().strip(".").lower()
    return domain or None


def judge(value: str | None, from_domain: str) -> Verdict:
    """The verdict of the receiver's header `value` (None when there is none) on mail From `from_domain`."""
    if value is None:
        return NO_HEADER
    try:
        header = read(" ".join(value.split()))
    except Exception as exc:  # authres on hostile bytes: one unreadable verdict, never an abort
        return Verdict(UNREADABLE, type(exc).__name__)
    org = registrable(from_domain)
    aligned: dict[str, str] = {}
    seen: list[str] = []
    for result in header.results:
        method, outcome = result.method, result.result
        seen.append(f"{method}={outcome}")
        if outcome != "pass" or method in aligned:
            continue
        if method == "dmarc":
            # DMARC passed on the receiver's reading of From; it must be the From we read (a second From
            # header, or an address our parser reads differently, must not borrow the pass).
            said = _domain_of(_props(result).get(("header", "from")))
            if said is None or registrable(said) == org:
                return Verdict(AUTHENTICATED, "dmarc=pass")  # the strongest: nothing after it can outrank it
        elif method == "dkim":
            props = _props(result)
            signer = _domain_of(props.get(("header", "d")) or props.get(("header", "i")))
            if signer and registrable(signer) == org:
                aligned[method] = f"dkim=pass ({signer})"
        elif method == "spf":
            envelope = _domain_of(_props(result).get(("smtp", "mailfrom")))
            if envelope and registrable(envelope) == org:
                aligned[method] = f"spf=pass ({envelope})"
    for method in ("dkim", "spf"):
        if method in aligned:
            return Verdict(AUTHENTICATED, aligned[method])
    return Verdict(UNVERIFIED, ", ".join(dict.fromkeys(seen)) or "no results")
