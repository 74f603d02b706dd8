"""Who an X ad account is (formats/README.md §4.3): the handle is the key, never the display name (free
text with emoji, hashtags and taglines); regional accounts of one company join it through the curated
table `importers/data/x_accounts.json` or the domain of its conversion URLs — never by a shared prefix.

`@NetflixDE` joins Netflix because "netflixde" is listed, or because "netflix" (the handle without its
region token) is; `@Audible_ES` stays Audible and `@Inteliot` stays itself, however much they share a
prefix with Audi or Intel.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

# ISO 3166-1 alpha-2 codes and the region words X accounts end in (@NetflixBrasil, @SpotifyArabia).
_ISO_CODES = (
    "ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by "
    "bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et fi fj fk "
    "fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir "
    "is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk "
    "ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm "
    "pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf "
    "tg th tj tk tl tm tn to tr tt tv tw tz ua ug um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw uk eu"
)
_REGION_NAMES = (
    "usa latam mena emea apac europe global intl international arabia brasil brazil deutschland espana france "
    "italia hellas india japan mexico canada nederland polska turkiye nordic nordics africa asia australia "
    "america americas ireland austria schweiz suisse belgium"
)
# Longest first, so "@SpotifyArabia" loses "arabia", not "ia".
_REGIONS = tuple(sorted({*_ISO_CODES.split(), *_REGION_NAMES.split()}, key=lambda t: (-len(t), t)))
_MIN_STEM = 2
# Parts of a display name after one of these are a tagline: "Acme Outdoor | Gear for every trail".
_TAGLINE = re.compile(r"\s*(?:\||•|·|–|—|::|\s-\s|:\s)\s*")
_TAGS = re.compile(r"[#@][\w-]+")
# Hosts of a conversion URL that are not the advertiser's own: stores, link services, X itself.
_NOT_THEIRS = (
    "apple.com", "google.com", "x.com", "twitter.com", "t.co", "bit.ly", "onelink.me", "app.link", "adj.st",
    "page.link", "linktr.ee", "doubleclick.net", "myshopify.com", "lnk.to", "smart.link",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Company:
    name: str
    domain: str


@cache
def _companies() -> dict[str, Company]:
    """handle (lower case, no '@') -> its company."""
    text = resources.files("importers").joinpath("data/x_accounts.json").read_text("utf-8")
    out: dict[str, Company] = {}
    for entry in json.loads(text)["companies"]:
        company = Company(entry["name"], entry["domain"])
        for handle in entry["handles"]:
            out[handle.lower()] = company
    return out


def _bare(handle: str) -> str:
    return handle.strip().lstrip("@").lower()


def region_stems(handle: str) -> list[str]:
    """The handle without a trailing region token: '@Netflix_CA' -> ['netflix'], '@SpotifyArabia' -> ['spotify'].
    Only candidates: a stem counts when the table lists it (company_for)."""
    bare = _bare(handle)
    stems = []
    head, sep, tail = bare.rpartition("_")
    if sep and tail in _REGIONS and len(head) >= _MIN_STEM:
        stems.append(head)
    for token in _REGIONS:
        stem = bare.removesuffix(token).rstrip("_")
        if stem != bare and len(stem) >= _MIN_STEM and stem not in stems:
            stems.append(stem)
    return stems


@lru_cache(maxsize=65536)  # once per handle: an archive repeats a few hundred handles over 100,000s of records
def company_for(handle: str) -> Company | None:
    """The company a handle belongs to: listed itself, or its region stem listed; never by prefix."""
    table = _companies()
    bare = _bare(handle)
    if bare in table:
        return table[bare]
    return next((table[stem] for stem in region_stems(bare) if stem in table), None)


@lru_cache(maxsize=65536)
def readable_name(display: str) -> str:
    """A company's name from an X display name: emoji, flags, hashtags and the tagline after '|', '·', ' - '
    left out, any script kept. 'European Commission 🇪🇺 #Hashtag' -> 'European Commission'; '' when nothing is
    left."""
    kept = []
    for ch in unicodedata.normalize("NFC", display):
        category = unicodedata.category(ch)
        if category in ("So", "Sk", "Cs", "Co", "Cf", "Cc") or ch in "\ufe0e\ufe0f\u20e3":
            kept.append(" ")
        else:
            kept.append(ch)
    text = _TAGS.sub(" ", "".join(kept))
    parts = [p for part in _TAGLINE.split(text) if (p := " ".join(part.split()).strip(" ,.;!-_'\""))]
    return parts[0] if parts else ""


def advertiser_domain(host: str | None) -> str | None:
    """A conversion URL's host when it is the advertiser's own site (not a store, a link service or X)."""
    if not host:
        return None
    if any(host == d or host.endswith(f".{d}") for d in _NOT_THEIRS):
        return None
    return host


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def names_site(name: str, host: str) -> bool:
    """True when a name is the one a site bears: 'Air France FR' and airfrance.fr, 'Acme Outdoor Co' and
    acme-outdoor.example; not 'Acme Draußen' (a regional name) or a handle."""
    labels = host.split(".")
    site = _letters(labels[-3] if len(labels) > 2 and len(labels[-2]) <= 3 else labels[-2] if len(labels) > 1 else host)
    own = _letters(name)
    return bool(site) and not name.startswith("@") and (own.startswith(site) or site.startswith(own))
