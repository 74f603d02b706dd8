"""The one-company Facebook export of issue 26: each company named once by its advertiser account and once by
the site of a clicked ad, beside names that share a word with another company's site."""

from __future__ import annotations

from tests.generators.facebook import era_files
from tests.generators.facebook_blocks import envelope, meta_json
from tests.generators.facebook_persona import LIST_ADVERTISERS, T0

# One company, two ways (issue 26): the advertiser list prints the company as its advertiser account is called
# ("Lidl Deutschland", the legal name "IKEA Deutschland GmbH & Co. KG"), while a clicked ad's title is the landing
# URL on the company's site (formats/README.md §12a). Real companies, as names and sites platforms print; their
# records are in the shipped company database. Beside them names that share a word with another company's site
# ("Apple Bank" and apple.com, "Audi" and audible.de), which must stay apart.
COMPANY_ADVERTISERS = ("Lidl Deutschland", "IKEA Deutschland GmbH & Co. KG", "Apple Bank", "Audi")
COMPANY_CLICKS = (
    "https://www.lidl.de/c/angebote-der-woche/a10006065?utm_source=facebook",
    "https://www.ikea.com/de/de/p/billy-regal-weiss-00263850/",
    "https://www.apple.com/de/iphone/",
    "https://www.audible.de/ep/hoerbuecher",
)
# Titles cut short: Meta ends a shortened title with "…" (or three dots), and a title cut at a length limit can
# stop inside the host, leaving one that still parses ("youtube.co" of youtube.com).
CUT_CLICKS = ("https://www.youtube.co…", "https://www.ikea.co...", "https://www.youtube.co")


def one_company_export() -> dict[str, bytes]:
    """The 2024 export with COMPANY_ADVERTISERS in its advertiser list and COMPANY_CLICKS and CUT_CLICKS among
    its clicked ads: each company named once by its name and once by its site."""
    files = era_files("2024")
    files["ads_information/advertisers_using_your_activity_or_information.json"] = envelope(
        "Advertisers using your activity or information",
        "Advertiser name",
        [*LIST_ADVERTISERS, *COMPANY_ADVERTISERS],
    )
    clicks = [*COMPANY_CLICKS, *CUT_CLICKS]
    files["ads_information/advertisers_you've_interacted_with.json"]["history_v2"] += [
        {"title": title, "action": "Clicked ad", "timestamp": T0 - 9000 - i * 60} for i, title in enumerate(clicks)
    ]
    return {path: content if isinstance(content, bytes) else meta_json(content) for path, content in files.items()}
