"""Generated Snapchat "My Data" exports about the fictional persona (formats/README.md §9).

Variants: "json" (`mydata_<ms>/json/*.json` plus `memories/`), "both" (JSON and its `html/` twin),
"html" (HTML only: read from its pages), "flat" (the user zipped the
inside of the folder: `json/` at the root, no wrapper).
"""

from __future__ import annotations

from html import escape
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


def _html_table(value: Any) -> str:
    """One section as Snapchat's HTML writes it (a 2022 US export, snata `uploads/html/user_profile.html`)."""
    if isinstance(value, dict):
        rows = "".join(f"<tr><th><b>{escape(k)}:</b></th><th> {escape(str(v))}</th></tr>" for k, v in value.items())
        return f'<table style="width:90%"><tbody>{rows}</tbody></table>'
    if value and all(isinstance(v, dict) for v in value):
        keys = list(value[0])
        head = "".join(f'<th style="white-space: nowrap;"><b>{escape(k)}</b></th>' for k in keys)
        rows = "".join("<tr>" + "".join(f"<td>{escape(str(v[k]))}</td>" for k in keys) + "</tr>" for v in value)
        return f'<table style="table-layout: auto;"><tr>{head}</tr>{rows}</table>'
    rows = "".join(f"<tr><td>{escape(str(v))}</td></tr>" for v in value)
    return f"<table><tbody>{rows}</tbody></table>"


def _html_page(title: str, sections: dict[str, Any]) -> str:
    nav = "".join(f'<li><a href="{name}.html">{name}</a></li>' for name in ("account", "user_profile", "friends"))
    body = "".join(f"<h3>{escape(name)}</h3><p>About this section.</p>{_html_table(v)}" for name, v in sections.items())
    return (
        '<!DOCTYPE html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title></title>'
        "<style>body { font-size: 14px; }</style></head><html><body>"
        f'<div class="leftpanel"><ul>{nav}</ul></div><div class="rightpanel"><h1>{escape(title)}</h1>{body}</div>'
        "</body></html>"
    )


def _html_files(scale: int) -> dict[str, Any]:
    """The HTML copy of every JSON file: same sections, same values."""
    out: dict[str, Any] = {"index.html": _html_page("My Data", {})}
    for path, content in _json_files(scale).items():
        if path.startswith("json/"):
            name = path.removeprefix("json/").removesuffix(".json")
            out[f"html/{name}.html"] = _html_page(name.replace("_", " ").title(), content)
    return out


def snapchat_files(scale: int = 1, variant: str = "json") -> dict[str, Any]:
    """The files of one export. `scale` multiplies the chat history (200 messages per unit)."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}")
    files: dict[str, Any] = {}
    if variant in ("json", "both", "flat"):
        files.update(_json_files(scale))
    if variant in ("both", "html"):
        files.update(_html_files(scale))
    if variant == "flat":
        return files
    return {f"{ROOT}/{k}": v for k, v in files.items()}


def write_snapchat(target: Path, scale: int = 1, variant: str = "json", as_zip: bool = True) -> Path:
    files = snapchat_files(scale, variant)
    return write_zip(target, files) if as_zip else write_folder(target, files)
