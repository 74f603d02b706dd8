"""Generated Snapchat "My Data" exports about the fictional persona (formats/README.md §9).

Variants: "json" (`mydata_<ms>/json/*.json` plus `memories/`), "both" (JSON and its `html/` twin),
"html" (HTML only: cannot be imported, the user must re-request JSON), "flat" (the user zipped the
inside of the folder: `json/` at the root, no wrapper).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests import persona
from tests.exportkit import write_folder, write_zip

VARIANTS = ("json", "both", "html", "flat")
ROOT = "mydata_1700000000000"

INTEREST_CATEGORIES = ["Outdoor Enthusiasts", "Coffee Lovers", "Travel Planners"]
CONTENT_INTERESTS = ["Hiking", "Coffee", "Comedy"]
LIFESTYLE_CATEGORIES = ["Adventure Seekers"]
DEMOGRAPHICS = {"Cohort Age": "25-34", "Derived Ad Demographic": "Female 25-34"}
ADS = ["Contoso Coffee", "Northwind Travel"]

EXPECTED_BRANDS = {
    "Snapchat": {"inference", "account", "activity"},  # activity: the records it keeps (importers/held.py)
    "Contoso Coffee": {"ad_engagement"},
    "Northwind Travel": {"ad_engagement"},
}
EXPECTED_INFERENCES = len(INTEREST_CATEGORIES) + len(CONTENT_INTERESTS) + len(LIFESTYLE_CATEGORIES) + len(DEMOGRAPHICS)


def _json_files(scale: int) -> dict[str, Any]:
    n = 200 * scale
    return {
        "json/user_profile.json": {
            "App Profile": {"Country": "DE", "Creation Time": "2016-02-01 10:00:00 UTC", "Platform Version": "x"},
            "Demographics": DEMOGRAPHICS,
            "Engagement": [{"Event": "Application Opens", "Occurrences": 412}],
            "Breakdown of Time Spent on App": ["Spotlight: 12%", "Chat: 40%"],
            "Interest Categories": INTEREST_CATEGORIES,
            "Ads You Interacted With": [{"Ad": a, "Date": f"2024-03-0{i + 1} 12:00:00 UTC"} for i, a in enumerate(ADS)],
        },
        "json/ranking.json": {
            "Content Interests": CONTENT_INTERESTS,
            "Lifestyle Categories": LIFESTYLE_CATEGORIES,
        },
        "json/account.json": {
            "Basic Information": {
                "Username": persona.USERNAME,
                "Name": persona.NAME,
                "Creation Date": "2016-02-01 10:00:00 UTC",
                "Registration IP": "192.0.2.7",
            },
            "Device Information": {"Make": "Example Phone", "Model ID": "EX-1"},
        },
        "json/friends.json": {
            "Friends": [
                {
                    "Username": f"friend{i}",
                    "Display Name": f"Friend {i}",
                    "Creation Timestamp": "2020-01-01 10:00:00 UTC",
                }
                for i in range(20)
            ],
            "Deleted Friends": [],
        },
        "json/chat_history.json": {
            "Received Saved Chat History": [
                {
                    "From": f"friend{i % 20}",
                    "Media Type": "TEXT",
                    "Created": f"2024-{1 + (i // 500) % 12:02d}-{1 + (i // 20) % 28:02d} {i % 24:02d}:00:00 UTC",
                    "Text": f"see you at the café #{i}",
                }
                for i in range(n)
            ],
            "Sent Saved Chat History": [],
        },
        "json/location_history.json": {
            "Latest Location": [{"City": persona.CITY, "Region": "Berlin", "Country": "DE"}],
            "Frequent Locations": [{"City": persona.CITY, "Region": "Berlin", "Country": "DE"}],
        },
        "memories/2024-01-01_abc-main.jpg": b"\xff\xd8\xff\xe0 fake jpeg",
    }


def _html_files() -> dict[str, Any]:
    page = "<html><body><h1>{}</h1><table><tr><td>Alex</td></tr></table></body></html>"
    return {
        "index.html": page.format("My Data"),
        **{f"html/{name}.html": page.format(name) for name in ("account", "user_profile", "ranking", "friends")},
    }


def snapchat_files(scale: int = 1, variant: str = "json") -> dict[str, Any]:
    """The files of one export. `scale` multiplies the chat history (200 messages per unit)."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}")
    files: dict[str, Any] = {}
    if variant in ("json", "both", "flat"):
        files.update(_json_files(scale))
    if variant in ("both", "html"):
        files.update(_html_files())
    if variant == "flat":
        return files
    return {f"{ROOT}/{k}": v for k, v in files.items()}


def write_snapchat(target: Path, scale: int = 1, variant: str = "json", as_zip: bool = True) -> Path:
    files = snapchat_files(scale, variant)
    return write_zip(target, files) if as_zip else write_folder(target, files)
