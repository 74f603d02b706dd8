"""Generated LinkedIn exports about the fictional persona, in each layout of formats/README.md §5.

`linkedin_files(scale, variant)` gives path -> content; `write_linkedin` writes a zip or a folder.
Variants: "complete" (every file, Connections.csv with its Notes: preamble), "basic" (the quick
first zip: no ads files, no messages), "legacy" (older Ad_Targeting columns, no notes preamble),
"wrapped" (complete, re-zipped from a folder on a Mac: wrapper folder and __MACOSX clutter).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests import persona
from tests.exportkit import write_folder, write_zip

VARIANTS = ("complete", "basic", "legacy", "wrapped")


def _split(names: str) -> list[str]:
    return names.split(",")


AD_TARGETING_HEADER = _split(
    "Member Age,Buyer Groups,Company Names,Company Names,Company Follower of,Company Names,Company Category,"
    "Company Size,Degrees,degreeClass,Recent Device OS,Member Schools,Company Growth Rate,Fields of Study,"
    "Company Connections,Function By Size,Job Functions,Member Gender,Graduation Year,Member Groups,"
    "Company Industries,Member Interests,Interface Locales,interfaceLocale,Member Traits,"
    "High Value Audience Segments,Profile Locations,Company Revenue,Job Seniorities,Member Skills,"
    "Standard Audience Segments,Job Titles,Job Titles,Job Titles,Years of Experience"
)
AD_TARGETING_ROW = [
    "25-34", "Software Decision Makers", "Initech", "Initech; Globex Bank", "Acme Outdoor Co; Contoso Coffee", "",
    "Enterprise", "1001-5000", "Master's Degree", "", "Windows", "Example University", "", "Economics",
    "Initech; Globex Bank", "", "Finance", "Female", "2013", "", "Banking; Software", "Outdoor Recreation; Coffee",
    "English", "en_US", "Frequent Traveler", "", "Berlin Area", "", "Senior", "Data Analysis; SQL", "",
    "Analyst", "Senior Analyst", "Analyst", "6 to 10 years",
]  # fmt: skip
# Older exports lack these columns.
LEGACY_DROPPED = {"Buyer Groups", "High Value Audience Segments", "Standard Audience Segments"}

CONNECTIONS_NOTES = (
    'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their connections to see "
    'or download their email address."\r\n\r\n'
)

# What a complete export should make of it: brand -> touchpoint kinds.
EXPECTED_BRANDS = {
    "LinkedIn": {
        "inference",
        "ad_engagement",
        "account",
        "purchase",
        "activity",
    },  # activity: the records it keeps (importers/held.py)
    "Acme Outdoor Co": {"ad_targeting"},
    "Contoso Coffee": {"ad_targeting"},
    "Initech Mobile": {"account"},
    "Globex Bank": {"account"},
    "Northwind Travel": {"account"},
}
# Distinct criteria in AD_TARGETING_ROW (cells split at ";", repeated columns merged).
AD_TARGETING_VALUES = 33


def _csv(header: list[str], rows: list[list[str]], preamble: str = "") -> str:
    out = io.StringIO()
    out.write(preamble)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _connections(n: int, notes: bool) -> str:
    companies = [b[0] for b in persona.BRANDS]
    rows = [
        [
            f"Friend{i}",
            f"Sample{i}",
            f"https://www.linkedin.com/in/friend-{i:05d}",
            "" if i % 3 else f"friend{i}@example.net",
            companies[i % len(companies)],
            "Product Manager" if i % 2 else "Engineer",
            f"{1 + i % 28:02d} {['Jan', 'Feb', 'Mar', 'Apr'][i % 4]} {2015 + i % 9}",
        ]
        for i in range(n)
    ]
    header = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    return _csv(header, rows, CONNECTIONS_NOTES if notes else "")


def _messages(n: int) -> str:
    header = _split(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
        "CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT"
    )
    rows = [
        [
            f"conv-{i // 4:06d}",
            "",
            persona.NAME if i % 2 else f"Friend{i % 50} Sample{i % 50}",
            "https://www.linkedin.com/in/someone",
            f"Friend{i % 50} Sample{i % 50}" if i % 2 else persona.NAME,
            "https://www.linkedin.com/in/other",
            f"2024-{1 + i % 12:02d}-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d} UTC",
            "",
            f"Hello number {i}, shall we meet for coffee?",
            "INBOX",
            "",
            "No",
        ]
        for i in range(n)
    ]
    return _csv(header, rows)


def linkedin_files(scale: int = 1, variant: str = "complete", bom: bool = False) -> dict[str, str | bytes]:
    """The files of one export. `scale` multiplies the long files (connections, messages, searches)."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}")
    legacy = variant == "legacy"
    files: dict[str, str | bytes] = {
        "Profile.csv": _csv(
            _split(
                "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
                "Geo Location,Twitter Handles,Websites,Instant Messengers"
            ),
            [
                [
                    persona.FIRST_NAME,
                    persona.LAST_NAME,
                    "",
                    "",
                    "Jan 1, 1990",
                    "Senior Analyst",
                    "Numbers, mostly.",
                    "Financial Services",
                    "10115",
                    "Berlin, Germany",
                    "",
                    "",
                    "",
                ]
            ],
        ),
        "Connections.csv": _connections(50 * scale, notes=not legacy),
        "Email Addresses.csv": _csv(
            ["Email Address", "Confirmed", "Primary", "Updated On"],
            [[persona.EMAIL, "Yes", "Yes", "3/5/21, 10:11 AM"]],
        ),
        "Positions.csv": _csv(
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
            [
                ["Initech Mobile", "Senior Analyst", "", "Berlin", "Jan 2020", ""],
                ["Globex Bank", "Analyst", "", "Berlin", "Sep 2016", "Dec 2019"],
            ],
        ),
        "Registration.csv": _csv(
            ["Registered At", "Registration Ip", "Subscription Types"], [["3/5/14, 10:11 AM", "192.0.2.1", ""]]
        ),
        "Skills.csv": _csv(["Name"], [["Data Analysis"], ["SQL"]]),
    }
    if variant == "basic":
        return _finish(files, variant, bom)
    ad_header, ad_row = AD_TARGETING_HEADER, AD_TARGETING_ROW
    if legacy:
        keep = [i for i, h in enumerate(ad_header) if h not in LEGACY_DROPPED]
        ad_header, ad_row = [ad_header[i] for i in keep], [ad_row[i] for i in keep]
    files.update(
        {
            "Ad_Targeting.csv": _csv(list(ad_header), [list(ad_row)]),
            "Inferences_about_you.csv": _csv(
                ["Category", "Type of inference", "Description", "Inference"],
                [["Inferred personal characteristics", "Inferred gender", "Based on your first name.", "FEMALE"]],
            ),
            "Ads Clicked.csv": _csv(
                ["Ad clicked Date", "Ad Title/Id"],
                [[f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", str(100000 + i)] for i in range(10 * scale)],
            ),
            "Company Follows.csv": _csv(
                ["Organization", "Followed On"],
                [
                    ["Acme Outdoor Co", "Tue Mar 05 10:11:12 UTC 2024"],
                    ["Contoso Coffee", "Wed Jan 03 11:24:47 UTC 2018"],
                ],
            ),
            "messages.csv": _messages(200 * scale),
            "SearchQueries.csv": _csv(
                ["Time", "Search Query"],
                [
                    [f"2024/{1 + i % 12:02d}/{1 + i % 28:02d} 10:{i % 60:02d}:00", f"analyst jobs {i}"]
                    for i in range(50 * scale)
                ],
            ),
            "Invitations.csv": _csv(
                ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"],
                [[persona.NAME, "Jamie Sample", "3/5/24, 10:11 AM", "", "OUTGOING", "", ""]],
            ),
            "Receipts_v2.csv": _csv(
                _split(
                    "First Name,Last Name,Billing Country,Postal Code,Transaction Made At,Payment Method Type,"
                    "Invoice Number,Description,Tax Amount,Sub Total,Total Amount,Currency Code"
                ),
                [
                    [
                        persona.FIRST_NAME,
                        persona.LAST_NAME,
                        "DE",
                        "10115",
                        "2024-02-01 10:00:00 UTC",
                        "Visa",
                        "INV-0001",
                        "Premium Career",
                        "5.70",
                        "29.99",
                        "35.69",
                        "EUR",
                    ]
                ],
            ),
            "Jobs/Job Applications.csv": _csv(
                _split(
                    "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
                    "Resume Name,Question And Answers"
                ),
                [
                    [
                        "3/1/24, 9:15 AM",
                        persona.EMAIL,
                        persona.PHONE,
                        "Northwind Travel",
                        "Data Analyst",
                        "https://www.linkedin.com/jobs/view/1",
                        "cv.pdf",
                        "",
                    ]
                ],
            ),
            "Articles/Articles/2023-05-01 My first article.html": "<html><body><p>Hello</p></body></html>",
        }
    )
    return _finish(files, variant, bom)


def _finish(files: dict[str, str | bytes], variant: str, bom: bool) -> dict[str, str | bytes]:
    if bom:
        files = {k: ("\ufeff" + v if isinstance(v, str) and k.endswith(".csv") else v) for k, v in files.items()}
    if variant == "wrapped":
        root = "Complete_LinkedInDataExport_03-05-2024"
        files = {f"{root}/{k}": v for k, v in files.items()}
        files["__MACOSX/._Profile.csv"] = b"\x00\x05\x16\x07junk"
        files[f"{root}/.DS_Store"] = b"\x00\x00\x00\x01Bud1"
    return files


def write_linkedin(
    target: Path, scale: int = 1, variant: str = "complete", as_zip: bool = True, bom: bool = False
) -> Path:
    files = linkedin_files(scale, variant, bom)
    return write_zip(target, files) if as_zip else write_folder(target, files)


def _utf16_tsv(header: list[str], rows: list[list[str]]) -> bytes:
    """Real shape: several files of LinkedIn's 2018 "Complete" export are UTF-16LE with a BOM and
    tab-separated (formats/README.md §12a, seen on a third-party sample)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return b"\xff\xfe" + out.getvalue().encode("utf-16-le")


# The 2018 file names are verified (§12a); their columns are not: these are plausible guesses [U].
EXPECTED_2018 = {"LinkedIn": {"inference", "account"}}
# Distinct criteria in the 2018 Ad Targeting.csv row below (cells split at ";").
AD_TARGETING_2018_VALUES = 6


def linkedin_2018_files() -> dict[str, str | bytes]:
    """LinkedIn's 2018 "Complete" export: other file names (spaces, `Registration Date`) and UTF-16 TSVs."""
    return {
        "Profile.csv": _csv(
            ["First Name", "Last Name", "Headline"], [[persona.FIRST_NAME, persona.LAST_NAME, "Analyst"]]
        ),
        "Connections.csv": _connections(3, notes=False),
        "Ad Targeting.csv": _utf16_tsv(
            ["Member Age", "Company Follower of", "Member Interests", "Profile Locations"],
            [["25-34", "Acme Outdoor Co; Contoso Coffee", "Outdoor Recreation; Coffee", "Berlin Area"]],
        ),
        "Registration.csv": _csv(["Registration Date", "Registration Ip"], [["3/5/14, 10:11 AM", "192.0.2.1"]]),
        "Phone Numbers.csv": _csv(["Extension", "Number", "Type"], [["", "+49 30 0000000", "Mobile"]]),
        "Search Queries.csv": _utf16_tsv(["Date", "Search Query"], [["2018-04-01 10:00:00", "product manager berlin"]]),
        "Shares.csv": _utf16_tsv(
            ["Date", "ShareLink", "ShareCommentary"], [["2018-03-01 09:00:00", "https://example.org/a", "Good read"]]
        ),
        "Imported Contacts.csv": _csv(["First Name", "Last Name", "Emails"], [["Kim", "Example", "kim@example.net"]]),
        "Logins.csv": _utf16_tsv(
            ["Login Date", "IP Address", "User Agent", "Login Type"],
            [["2018-05-01 08:00:00", "192.0.2.7", "Mozilla/5.0", "WEB"]],
        ),
        "Account Status History.csv": _utf16_tsv(["Time", "Status"], [["2014-03-05 10:11:00", "Active"]]),
        "Causes You Care About.csv": _csv(["Supported Cause"], [["Environment"]]),
        "Security Challenges.csv": _utf16_tsv(
            ["Challenge Date", "IP Address", "User Agent", "Country", "Challenge Type"],
            [["2018-02-02 07:00:00", "192.0.2.9", "Mozilla/5.0", "DE", "EMAIL_PIN"]],
        ),
        "Videos.csv": _csv(["Date", "Title", "Url"], [["2018-01-05 12:00:00", "Our trip", "https://example.org/v"]]),
    }


def inferences_2022() -> str:
    """Real shape (2022 sample): the answer column says "No" for most rows, "true" or a value for the rest."""
    return _csv(
        ["Category", "Type of inference", "Description", "Inference"],
        [
            ["Inferred personal characteristics", "Inferred gender", "Based on your first name.", "FEMALE"],
            ["Inferred interests", "Interested in travel", "Based on your activity.", "true"],
            ["Inferred interests", "Interested in gaming", "Based on your activity.", "No"],
            ["Inferred job seeking", "Open to new roles", "Based on your activity.", "false"],
            ["Inferred interests", "Interested in finance", "Based on your activity.", "No"],
        ],
    )
