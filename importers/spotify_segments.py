"""Spotify's ad segment names (`Inferences.json`) decoded into what a person can read, and the brands they name.

Grammar (formats/README.md §7, §12a): `1P_…` Spotify's own, `2P_<Advertiser>_…` an advertiser's audience,
`3P_…` a third party's; tails carry a country (`_DE`) and sometimes a date (`_10Nov2021`) or `_LAL`; bracketed
tags say whom a segment was built for. Only three things name a brand besides Spotify: the advertiser of a 2P
audience; a 3P provider that is a known data broker (importers/data/data_brokers.json); and the advertiser of a
1P segment built for one (`1P_Custom_<Vertical>_<Advertiser>`, `[Advertiser-Specific]`, `[Advertiser-Restricted]`),
as a tentative name the vault keeps only when that brand turns up elsewhere. `3P_Children_Toys_DE` names none.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from vault.model import BrandHint

SPOTIFY = {"name": "Spotify", "domain": "spotify.com"}

# Bracketed tags after a segment name, as a person would say them.
_TAGS = {
    "advertiser-specific": "built for one advertiser",
    "advertiser-restricted": "reserved for one advertiser",
    "insights only": "for audience insights, not ad targeting",
    "test": "a test segment",
}
_FOR_ADVERTISER = frozenset({_TAGS["advertiser-specific"], _TAGS["advertiser-restricted"]})
# The verticals Spotify files its custom segments under, the advertiser after them (`1P_Custom_Auto_Toyota`).
_VERTICALS = frozenset({
    "auto", "automotive", "affinity", "finance", "financial", "travel", "retail", "cpg", "telco", "telecom", "tech",
    "technology", "entertainment", "gaming", "pharma", "health", "alcohol", "qsr", "insurance", "fashion", "beauty",
    "food", "beverage", "media", "education", "government",
})  # fmt: skip
# Countries in segment tails: Spotify's ad markets (ISO 3166-1 alpha-2). Not every code: "TV" or "PC" end
# segment names too ("3P_Laptop_PC_…"), and no Spotify market has them.
_COUNTRIES = frozenset({
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO", "CH", "GB", "UK", "US", "CA", "MX", "BR", "AR",
    "CL", "CO", "PE", "EC", "UY", "PY", "BO", "CR", "DO", "GT", "HN", "NI", "PA", "SV", "AU", "NZ", "JP", "IN", "ID",
    "PH", "SG", "MY", "TH", "VN", "HK", "TW", "KR", "ZA", "NG", "KE", "EG", "MA", "TR", "IL", "AE", "SA", "QA", "KW",
    "BH", "OM", "JO", "LB",
})  # fmt: skip
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_LOOKALIKE_TAIL = re.compile(r"_(?:lal|lookalike)$", re.I)
_COUNTRY_TAIL = re.compile(r"_([A-Z]{2})$")
_DATE_TAIL = re.compile(rf"_((?:\d{{1,2}}[-_ ]?)?{_MONTH}[-_ ]?\d{{2,4}}|\d{{8}}|\d{{4}}-\d{{2}}(?:-\d{{2}})?)$", re.I)
_VERSION_TAIL = re.compile(r"\s*\|\s*\d+$")
_TAG = re.compile(r"\s*\[([^\]]*)\]\s*$")
_KEY = re.compile(r"[^a-z0-9]+")
_MAX_SEGMENT = 500  # real names stay under ~200 characters; decoding needs no more


@dataclass(frozen=True, slots=True)
class Broker:
    name: str
    domain: str


@dataclass(frozen=True, slots=True)
class Segment:
    """An `Inferences.json` entry decoded. `party`: spotify, advertiser, third_party, legacy or unknown."""

    raw: str
    party: str
    label: str
    readable: str
    tags: tuple[str, ...] = ()
    advertiser: str | None = None  # a 2P audience's advertiser
    provider: str | None = None  # a 3P segment's data broker
    lookalike: bool = False
    date: str | None = None
    country: str | None = None
    built_for: tuple[str, ...] = ()  # names that may be the advertiser a 1P segment was built for


@cache
def _brokers() -> dict[str, Broker]:
    text = resources.files("importers").joinpath("data/data_brokers.json").read_text("utf-8")
    out: dict[str, Broker] = {}
    for entry in json.loads(text)["brokers"]:
        broker = Broker(entry["name"], entry["domain"])
        for alias in [entry["name"], *entry["aliases"]]:
            out[_KEY.sub("", alias.casefold())] = broker
    return out


def broker(name: str) -> Broker | None:
    """The known data broker a 3P segment's first part names ('Eyeota', 'ORACLE DATA CLOUD'), or None."""
    return _brokers().get(_KEY.sub("", name.casefold()))


def _human(text: str) -> str:
    return " ".join(text.replace("_", " ").split())


def _label(text: str) -> str:
    return _human(text) or "an unnamed segment"


def _tails(text: str) -> tuple[str, str | None, str | None, bool]:
    """(body, date, country, lookalike) with every tail stripped, in whatever order they come."""
    date = country = None
    lookalike = False
    while True:
        if m := _LOOKALIKE_TAIL.search(text):
            lookalike = True
        elif (m := _COUNTRY_TAIL.search(text)) and m.group(1) in _COUNTRIES and country is None:
            country = m.group(1)
        elif (m := _DATE_TAIL.search(text)) and date is None:
            date = m.group(1)
        else:
            return text, date, country, lookalike
        text = text[: m.start()]


def decode_segment(text: str) -> Segment:
    """'1P_Custom_Coffee_Playlist_Listeners' -> 'Coffee Playlist Listeners (Spotify's own segment)'."""
    raw = text
    body = " ".join(text[:_MAX_SEGMENT].split())
    tags: list[str] = []
    while m := _TAG.search(body):
        tags.insert(0, _TAGS.get(m.group(1).strip().casefold(), m.group(1).strip().casefold()))
        body = body[: m.start()]
    note = "".join(f", {t}" for t in tags)
    prefix, _, rest = body.partition("_")
    upper = prefix.upper()
    if upper == "1P":
        return _first_party(raw, rest, tags, note)
    if upper == "2P" and "_" in rest:
        advertiser, _, segment = rest.partition("_")
        if advertiser.strip().upper() == "NEW" and "_" in segment:  # "2P_NEW_<Advertiser>_…" is seen too
            advertiser, _, segment = segment.partition("_")
        advertiser = advertiser.strip()
        if not advertiser:
            return _unknown(raw, body, tags)
        segment, date, country, lookalike = _tails(segment)
        label = _VERSION_TAIL.sub("", _human(segment)).strip() or "an audience"
        how = "lookalike of the customers of" if lookalike else "audience supplied by"
        readable = f"{label} ({how} {advertiser}{note})"
        return Segment(raw, "advertiser", label, readable, tuple(tags), advertiser, None, lookalike, date, country)
    if upper == "3P":
        rest, date, country, _lookalike = _tails(rest)
        first, _, name = rest.partition("_")
        known = broker(first) if name else None
        if known is None:
            start = name if first.strip().upper() == "CUSTOM" and name else rest
            label = _label(start)
            readable = f"{label} (third-party data segment{note})"
            return Segment(raw, "third_party", label, readable, tuple(tags), date=date, country=country)
        label = _label(name)
        readable = f"{label} (from data provider {known.name}{note})"
        return Segment(
            raw, "third_party", label, readable, tuple(tags), provider=known.name, date=date, country=country
        )
    legacy = {"interest": "Interest", "content": "Content", "demographic": "Demographic"}
    if prefix in legacy and rest:
        label = _label(rest)
        return Segment(raw, "legacy", label, f"{legacy[prefix]}: {label}", tuple(tags))
    return _unknown(raw, body, tags)


def _first_party(raw: str, rest: str, tags: list[str], note: str) -> Segment:
    sub, _, name = rest.partition("_")
    kinds = {"CUSTOM": "Spotify's own segment", "INTERNAL": "Spotify internal segment", "TEST": "Spotify test segment"}
    what = kinds.get(sub.upper())
    name, date, country, _lookalike = _tails(name if what and name else rest)
    label = _label(name)
    if sub.upper() == "TEST":
        note = "".join(f", {t}" for t in tags if t != _TAGS["test"])
    built_for: tuple[str, ...] = ()
    if sub.upper() == "CUSTOM":
        parts = [p.strip() for p in name.split("_") if p.strip()]
        if len(parts) >= 2 and parts[0].casefold() in _VERTICALS:
            built_for = (" ".join(parts[1:]),)  # 1P_Custom_<Vertical>_<Advertiser>
        elif _FOR_ADVERTISER & set(tags):
            built_for = tuple(parts)  # one of the parts is the advertiser: whichever the vault knows
    readable = f"{label} ({what or kinds['CUSTOM']}{note})"
    return Segment(raw, "spotify", label, readable, tuple(tags), date=date, country=country, built_for=built_for)


def _unknown(raw: str, body: str, tags: list[str]) -> Segment:
    label = _human(body) or _human(raw) or "an unnamed segment"
    return Segment(raw, "unknown", label, f"{label} ({', '.join(tags)})" if tags else label, tuple(tags))


def segment_hints(seg: Segment) -> tuple[BrandHint, ...]:
    """Spotify holds every segment; an advertiser's audience, a data broker's and a segment built for an
    advertiser are theirs too."""
    category = "pd:Demographic" if seg.raw.casefold().startswith("demographic") else "pd:Interest"
    hints = [BrandHint("inference", category, detail=f"ad segment: {seg.readable}", **SPOTIFY)]
    if seg.advertiser:
        if seg.lookalike:
            detail = f"targets a lookalike of its customers on Spotify: {seg.label}"
            hints.append(BrandHint("ad_targeting", "pd:Interest", name=seg.advertiser, detail=detail))
        else:
            detail = f"brought an audience to Spotify that includes you: {seg.label}"
            hints.append(BrandHint("customer_list", "pd:Contact", name=seg.advertiser, detail=detail))
    if seg.provider:
        known = broker(seg.provider)
        detail = f"supplied the segment {seg.label!r} to Spotify"
        domain = known.domain if known else None
        hints.append(BrandHint("inference", category, name=seg.provider, domain=domain, detail=detail))
    for name in seg.built_for:
        detail = f"had Spotify build a segment for its ads: {seg.label}"
        hints.append(BrandHint("ad_targeting", "pd:Interest", name=name, detail=detail, tentative=True))
    return tuple(hints)
