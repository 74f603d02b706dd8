"""What the title of a clicked ad can say about its advertiser (formats/README.md §2.4, §12a).

Meta's `advertisers_you've_interacted_with.json` calls the field `title`, but in real exports it is the ad's
own text as often as its advertiser: "Mehr entdecken", "Bis zu 30% Rabatt 🎃", an unfilled catalogue template
`{{product.brand}} | {{product.current_price}}`, or the landing page's URL. So a title names a brand only
when it resolves: a URL by its site (the vault keeps the registrable domain), any other text only as a
tentative name, which the vault matches against the brands met elsewhere and never turns into a new one.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from vault.model import BrandHint

# Catalogue-ad placeholders as Meta's dynamic ads write them, filled or not: {{product.brand}}, {product.name}.
_PLACEHOLDER = re.compile(r"\{\{[^{}]*\}\}|\{[a-z_]+(?:\.[a-z_]+)+\}", re.I)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.I)
_BARE_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:/\S*)?$", re.I)
# Where ad copy joins a name to a slogan: "Contoso Coffee – 2 for 1 this week", "Brand | Sale".
_SEPARATORS = re.compile(r"\s+[|–—·•-]\s+|\s*\|\s*|:\s+")
_MAX_NAME = 60  # longer text is a sentence of ad copy, not a name
_REDIRECTS = ("l.facebook.com", "lm.facebook.com", "l.instagram.com")


def has_placeholder(text: str) -> bool:
    return bool(_PLACEHOLDER.search(text))


def landing_site(text: str) -> str | None:
    """The URL in an ad's title ("https://…/collections/winterschuhe", "www.shop.example"), redirects unwrapped."""
    match = _URL.search(text)
    url = match.group(0) if match else (text if _BARE_DOMAIN.match(text.strip()) else None)
    if url is None:
        return None
    url = url.strip().rstrip(".,;)")
    try:
        parts = urlsplit(url if "://" in url else f"https://{url}")
    except ValueError:  # "https://[…" (an unclosed IPv6 bracket) in ad copy: no site, and the import goes on
        return None
    host = (parts.hostname or "").lower()
    if host in _REDIRECTS:  # Meta's link shim: the real target is in ?u=
        target = parse_qs(parts.query).get("u", [""])[0]
        return landing_site(target) if target else None
    return host.removeprefix("www.") or None


def names_in(text: str) -> list[str]:
    """Candidate advertiser names in ad copy: the whole title, then each part between separators; no
    placeholder, no bare number or price, nothing longer than a name."""
    plain = _PLACEHOLDER.sub(" ", text)
    out: list[str] = []
    for part in [plain, *_SEPARATORS.split(plain)]:
        name = " ".join(part.split()).strip(" |–—·•-:")
        if not name or len(name) > _MAX_NAME or not any(ch.isalpha() for ch in name) or name in out:
            continue
        out.append(name)
    return out


def advertiser_hints(text: str, detail: str, *, names_advertiser: bool) -> tuple[BrandHint, ...]:
    """Brand hints for a clicked ad's title. `names_advertiser`: the field is known to hold the advertiser's
    name (Instagram's ads_clicked); otherwise (Facebook) a plain text is only a tentative name."""
    site = landing_site(text)
    if site:
        return (BrandHint("ad_engagement", "pd:BrowsingBehaviour", domain=site, detail=detail),)
    names = names_in(text)
    if names_advertiser and not has_placeholder(text) and names:
        return (BrandHint("ad_engagement", "pd:BrowsingBehaviour", name=names[0], detail=detail),)
    return tuple(
        BrandHint("ad_engagement", "pd:BrowsingBehaviour", name=name, detail=detail, tentative=True) for name in names
    )
