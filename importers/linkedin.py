"""LinkedIn "Get a copy of your data" export (Settings > Data privacy > Get a copy of your data).

CSV files at the zip root (plus `Jobs/`, `Verifications/`, `Articles/`). LinkedIn sends a "Basic"
zip first and a "Complete" one a day later; both read the same. Format notes: formats/README.md §5.
Touchpoints: `Ad_Targeting.csv` and `Inferences_about_you.csv` (LinkedIn's segments about you),
`Ads Clicked.csv`, `Company Follows.csv`, job applications, lead-gen forms, positions, receipts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from importers.archive import ExportTree, Member
from importers.contract import Detection
from importers.file_guard import counted_file
from importers.formats import DateFormats, Row, iter_table
from importers.held import Holder, by_kind
from vault.errors import message
from vault.model import BrandHint, CoverageReport, Observation

PLATFORM = "linkedin"
LABEL = "LinkedIn"

_LINKEDIN = {"name": "LinkedIn", "domain": "linkedin.com"}

# LinkedIn writes dates in several styles, one per file.
_DATES = DateFormats(
    (
        "%d %b %Y",  # Connections: "14 Feb 2023"
        "%a %b %d %H:%M:%S UTC %Y",  # Company Follows: "Tue Mar 05 10:11:12 UTC 2024"
        "%m/%d/%y, %I:%M %p",  # Invitations, Registration: "3/5/24, 10:11 AM"
        "%m/%d/%Y, %I:%M %p",
        "%m/%d/%Y %H:%M:%S",
        "%m/%d/%Y",
        "%b %d, %Y",
        "%b %Y",  # Positions: "Jan 2020"
        "%Y",
        "%Y-%m-%d %H:%M:%S UTC",  # messages
        "%Y/%m/%d %H:%M:%S",
        "%Y-%m-%d",
    )
)

# Ad_Targeting.csv columns and the DPV category of what they say about you; unlisted -> Demographic.
_TARGETING_CATEGORY = {
    "member interests": "pd:Interest",
    "member groups": "pd:Interest",
    "member traits": "pd:Interest",
    "buyer groups": "pd:Interest",
    "high value audience segments": "pd:Interest",
    "standard audience segments": "pd:Interest",
    "company follower of": "pd:Interest",
    "profile locations": "pd:Location",
    "recent device os": "pd:Behavioral",
}


def _time(value: str) -> datetime | None:
    return _DATES.parse(value)


def _tidy(text: str) -> str:
    """One line, no control characters: titles are shown to a person."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _linkedin(touchpoint: str, category: str, detail: str) -> BrandHint:
    return BrandHint(touchpoint=touchpoint, category=category, detail=detail, **_LINKEDIN)


@dataclass(frozen=True, slots=True)
class _Table:
    """A CSV file read row by row: `header_has` finds its header, `handle` turns a row into items."""

    header_has: tuple[str, ...]
    handle: Callable[[Row, str], Iterator[Observation]]


def _obs(
    kind: str, row: Row, path: str, title: str, when: datetime | None = None, brands: tuple[BrandHint, ...] = ()
) -> Observation:
    return Observation(PLATFORM, kind, when, _tidy(title)[:300], row.as_dict(), path, brands=brands)


def _ad_targeting(row: Row, path: str) -> Iterator[Observation]:
    seen: set[tuple[str, str]] = set()
    for column, cell in zip(row.header, row.values):
        for value in (v.strip() for v in cell.split(";")):
            if not value or (column.casefold(), value.casefold()) in seen:
                continue
            seen.add((column.casefold(), value.casefold()))
            category = _TARGETING_CATEGORY.get(column.casefold(), "pd:Demographic")
            detail = f"targeting criterion {column}: {value}"
            yield Observation(
                PLATFORM,
                "inference",
                None,
                _tidy(f"LinkedIn ad targeting: {column} = {value}")[:300],
                {"column": column, "value": value},
                path,
                natural_key=f"ad_targeting:{column.casefold()}:{value.casefold()}",
                brands=(_linkedin("inference", category, detail),),
            )


# Answers in Inferences_about_you.csv that say LinkedIn does NOT infer it (2022: 12 of 18 rows were "No").
_NOT_INFERRED = frozenset({"no", "false", "n", "0"})
_YES = frozenset({"yes", "true", "y", "1"})


def _inferences(row: Row, path: str) -> Iterator[Observation]:
    kind_of, value = row.get("Type of inference"), row.get("Inference")
    if not (kind_of or value) or value.casefold() in _NOT_INFERRED:
        return
    category = "pd:Demographic" if "characteristic" in row.get("Category").casefold() else "pd:Interest"
    if value.casefold() in _YES:
        value = ""  # "true" says only that the inference holds: its type is the content
    text = f"{kind_of}: {value}" if kind_of and value else kind_of or value
    yield _obs("inference", row, path, f"LinkedIn inferred {text}", brands=(_linkedin("inference", category, text),))


def _ads_clicked(row: Row, path: str) -> Iterator[Observation]:
    ad = row.get("Ad Title/Id", "Ad Title", "Ad Id")
    detail = f"you clicked ad {ad}; the export names no advertiser" if ad else "you clicked an ad"
    yield _obs(
        "ad_click",
        row,
        path,
        f"Clicked a LinkedIn ad {ad}",
        _time(row.get("Ad clicked Date", "Date")),
        brands=(_linkedin("ad_engagement", "pd:BrowsingBehaviour", detail),),
    )


def _lan_engagement(row: Row, path: str) -> Iterator[Observation]:
    # Column names of the LinkedIn Audience Network file are not documented: any date, any ad.
    when = next((_time(v) for c, v in zip(row.header, row.values) if re.search("date|time", c, re.I)), None)
    what = next((v for c, v in zip(row.header, row.values) if re.search("ad|title|publisher", c, re.I) and v), "")
    yield _obs(
        "ad_engagement",
        row,
        path,
        f"Ad engagement on the LinkedIn Audience Network {what}",
        when,
        brands=(_linkedin("ad_engagement", "pd:BrowsingBehaviour", "ad seen or clicked on a partner site or app"),),
    )


def _company_follow(row: Row, path: str) -> Iterator[Observation]:
    org = row.get("Organization", "Company", "Company Name")
    if not org:
        return
    detail = "you follow its LinkedIn page: it sees you among its followers and can target them with ads"
    yield _obs(
        "company_follow",
        row,
        path,
        f"You follow {org} on LinkedIn",
        _time(row.get("Followed On")),
        brands=(BrandHint("ad_targeting", "pd:SocialMedia", name=org, detail=detail),),
    )


def _company_hint(touchpoint: str, category: str, detail: str, *columns: str) -> Callable[[Row], tuple[BrandHint, ...]]:
    def hints(row: Row) -> tuple[BrandHint, ...]:
        name = row.get(*columns)
        return (BrandHint(touchpoint, category, name=name, detail=detail),) if name else ()

    return hints


def _item(
    kind: str,
    time_cols: tuple[str, ...],
    title: Callable[[Row], str],
    hints: Callable[[Row], tuple[BrandHint, ...]] = lambda row: (),
) -> Callable[[Row, str], Iterator[Observation]]:
    """A plain item per row: the row kept whole, a time and a title; brand hints where given."""

    def handle(row: Row, path: str) -> Iterator[Observation]:
        when = next((t for c in time_cols if (t := _time(row.get(c)))), None)
        yield _obs(kind, row, path, title(row) or kind.replace("_", " "), when, brands=hints(row))

    return handle


def _cols(*names: str, sep: str = " ") -> Callable[[Row], str]:
    return lambda row: sep.join(v for n in names if (v := row.get(n)))


def _account(category: str, detail: str, touchpoint: str = "account") -> Callable[[Row], tuple[BrandHint, ...]]:
    return lambda row: (_linkedin(touchpoint, category, detail),)


_ADVERTISER_COLUMNS = ("Advertiser", "Advertiser Name", "Company", "Company Name", "Organization", "Account Name")


def _lead_form_title(row: Row) -> str:
    name = row.get(*_ADVERTISER_COLUMNS)
    return f"Lead-gen form sent to {name}" if name else "Lead-gen form sent"


def _lead_form_hints(row: Row) -> tuple[BrandHint, ...]:
    name = row.get(*_ADVERTISER_COLUMNS)
    detail = "you sent it your details through a LinkedIn lead-gen form"
    return (BrandHint("account", "pd:Contact", name=name, detail=detail),) if name else ()


# File name (lower case, paging suffix "_000" removed) -> how to read it.
_TABLES: dict[str, _Table] = {
    "ad_targeting.csv": _Table((), _ad_targeting),
    "inferences_about_you.csv": _Table(("Inference",), _inferences),
    "ads clicked.csv": _Table(("Ad Title/Id",), _ads_clicked),
    "lan ads engagement.csv": _Table((), _lan_engagement),
    "company follows.csv": _Table(("Organization",), _company_follow),
    "connections.csv": _Table(
        ("First Name", "Last Name"),
        _item("connection", ("Connected On",), _cols("First Name", "Last Name", "Company")),
    ),
    "profile.csv": _Table(
        ("First Name",),
        _item("profile", (), _cols("First Name", "Last Name", "Headline"), _account("pd:Name", "your profile")),
    ),
    "registration.csv": _Table(
        (),  # "Registered At" today, "Registration Date" in the 2018 Complete export
        _item(
            "registration",
            ("Registered At", "Registration Date"),
            lambda r: "Registered on LinkedIn",
            _account("pd:Identifier", "account"),
        ),
    ),
    "email addresses.csv": _Table(
        ("Email Address",),
        _item(
            "email_address", ("Updated On",), _cols("Email Address"), _account("pd:EmailAddress", "your email address")
        ),
    ),
    "phonenumbers.csv": _Table(
        ("Number",), _item("phone_number", (), _cols("Number"), _account("pd:Contact", "your phone number"))
    ),
    "whatsapp phone numbers.csv": _Table(
        ("Number",), _item("phone_number", (), _cols("Number"), _account("pd:Contact", "your WhatsApp number"))
    ),
    "positions.csv": _Table(
        ("Company Name",),
        _item(
            "position",
            ("Started On",),
            _cols("Title", "Company Name", sep=" at "),
            _company_hint("account", "pd:Demographic", "your employer, as listed on LinkedIn", "Company Name"),
        ),
    ),
    "job applications.csv": _Table(
        ("Company Name",),
        _item(
            "job_application",
            ("Application Date",),
            _cols("Job Title", "Company Name", sep=" at "),
            _company_hint("account", "pd:Contact", "you applied for a job and sent your details", "Company Name"),
        ),
    ),
    "receipts_v2.csv": _Table(
        ("Transaction Made At",),
        _item(
            "receipt",
            ("Transaction Made At",),
            _cols("Description", "Total Amount", "Currency Code"),
            _account("pd:Purchase", "you paid LinkedIn", "purchase"),
        ),
    ),
    "lead gen form responses.csv": _Table(
        (), _item("lead_form", ("Date", "Submitted At"), _lead_form_title, _lead_form_hints)
    ),
    "messages.csv": _Table(("FROM",), _item("message", ("DATE",), _cols("FROM", "SUBJECT", sep=": "))),
    "guide_messages.csv": _Table(("FROM",), _item("message", ("DATE",), _cols("FROM", "SUBJECT", sep=": "))),
    "learning_coach_messages.csv": _Table(("FROM",), _item("message", ("DATE",), _cols("FROM", sep=": "))),
    "learning_role_play_messages.csv": _Table(("FROM",), _item("message", ("DATE",), _cols("FROM", sep=": "))),
    "invitations.csv": _Table(("From",), _item("invitation", ("Sent At",), _cols("From", "To", sep=" -> "))),
    "searchqueries.csv": _Table(("Search Query",), _item("search", ("Time", "Date"), _cols("Search Query"))),
    "shares.csv": _Table(("ShareLink",), _item("share", ("Date",), _cols("ShareCommentary", "ShareLink"))),
    "comments.csv": _Table(("Message",), _item("comment", ("Date",), _cols("Message"))),
    "reactions.csv": _Table(("Type",), _item("reaction", ("Date",), _cols("Type", "Link"))),
    "contacts.csv": _Table(("FirstName",), _item("contact", ("CreatedAt",), _cols("FirstName", "LastName"))),
    # 2018 names of the same contacts upload; its columns are not verified, so any of both spellings.
    "imported contacts.csv": _Table(
        (), _item("contact", ("CreatedAt", "Created At"), _cols("FirstName", "First Name", "LastName", "Last Name"))
    ),
    # Files only the 2018 "Complete" export has (formats/README.md §12a). Their shape (column names) is unverified
    # [U]: read defensively, no header name required, a time from any of the spellings or none, a row of another
    # width an issue while reading goes on (tests/importers/real/test_linkedin_2018.py feeds such variants).
    "logins.csv": _Table(
        (),
        _item(
            "login",
            ("Login Date", "Date", "Time"),
            lambda r: "Signed in to LinkedIn",
            _account("pd:Identifier", "your sign-ins: times, IP addresses and devices"),
        ),
    ),
    "account status history.csv": _Table(
        (), _item("account_status", ("Time", "Date"), lambda r: f"LinkedIn account {r.get('Status', 'Event')}".strip())
    ),
    "security challenges.csv": _Table(
        (),
        _item(
            "security_challenge",
            ("Challenge Date", "Date", "Time"),
            lambda r: f"LinkedIn security check {r.get('Challenge Type')}".strip(),
            _account("pd:Identifier", "security checks at sign-in: times, IP addresses and devices"),
        ),
    ),
    "causes you care about.csv": _Table((), _item("cause", (), _cols("Supported Cause", "Cause", "Name"))),
    "videos.csv": _Table((), _item("video", ("Date", "Created At"), _cols("Title", "Description", "Url"))),
    "skills.csv": _Table(("Name",), _item("skill", (), _cols("Name"))),
    "languages.csv": _Table(("Name",), _item("language", (), _cols("Name", "Proficiency"))),
    "education.csv": _Table(("School Name",), _item("education", ("Start Date",), _cols("Degree Name", "School Name"))),
    "endorsement_given_info.csv": _Table(
        ("Skill Name",), _item("endorsement", ("Endorsement Date",), _cols("Skill Name"))
    ),
    "endorsement_received_info.csv": _Table(
        ("Skill Name",), _item("endorsement", ("Endorsement Date",), _cols("Skill Name"))
    ),
    "recommendations_given.csv": _Table(("Text",), _item("recommendation", ("Creation Date",), _cols("Text"))),
    "recommendations_received.csv": _Table(("Text",), _item("recommendation", ("Creation Date",), _cols("Text"))),
    "rich_media.csv": _Table((), _item("media", ("Date/Time",), _cols("Media Description"))),
    "events.csv": _Table(("Event Name",), _item("event", ("Event Time",), _cols("Event Name"))),
    "learning.csv": _Table(("Content Title",), _item("learning", (), _cols("Content Title"))),
    "projects.csv": _Table(("Title",), _item("project", ("Started On",), _cols("Title"))),
    "publications.csv": _Table(("Name",), _item("publication", ("Published On",), _cols("Name"))),
    "profile summary.csv": _Table((), _item("profile", (), _cols("Profile Summary"))),
    "saved jobs.csv": _Table(
        ("Job Url",), _item("saved_job", ("Saved Date",), _cols("Job Title", "Company Name", sep=" at "))
    ),
    "savedjobalerts.csv": _Table((), _item("job_alert", (), _cols("QUERY_CONTEXT"))),
    "job seeker preferences.csv": _Table((), _item("job_preferences", (), lambda r: "Job seeker preferences")),
    "job applicant saved answers.csv": _Table(("Question",), _item("job_answer", (), _cols("Question"))),
    "job applicant saved screening question responses.csv": _Table(
        ("Question",), _item("job_answer", (), _cols("Question"))
    ),
    "verifications.csv": _Table((), _item("verification", ("Verified date",), _cols("Verification type"))),
    "private_identity_asset.csv": _Table((), _item("identity_asset", (), _cols("Private Identity Asset Name"))),
    "member_follows.csv": _Table((), _item("follow", ("Date",), _cols("FullName", "To"))),
    "saved_items.csv": _Table((), _item("saved_item", ("savedAt", "Date"), _cols("savedItem", "Title"))),
    "hashtag_follows.csv": _Table((), _item("follow", ("Followed On", "Date"), _cols("Hashtag", "Name"))),
    "certifications.csv": _Table(("Name",), _item("certification", ("Started On",), _cols("Name", "Authority"))),
    "honors.csv": _Table(("Title",), _item("honor", ("Issued On",), _cols("Title"))),
    "courses.csv": _Table(("Name",), _item("course", (), _cols("Name"))),
    "volunteering.csv": _Table((), _item("volunteering", ("Started On",), _cols("Role", "Company Name", sep=" at "))),
}

_PAGED = re.compile(r"_\d+(?=\.csv$)")
# The 2018 "Complete" export spells some names with spaces; they read like today's files.
_SPELLED_2018 = {
    "ad targeting.csv": "ad_targeting.csv",
    "phone numbers.csv": "phonenumbers.csv",
    "search queries.csv": "searchqueries.csv",
    "inferences about you.csv": "inferences_about_you.csv",
}
_LEAD_GEN = re.compile(r"lead.?gen", re.I)
_SKIP_EXT = {".html": message("skip.linkedin_article_html"), ".pdf": message("skip.document")}


def _table_for(member: Member) -> _Table | None:
    name = _PAGED.sub("", member.name.lower())
    name = _SPELLED_2018.get(name, name)
    if name not in _TABLES and _LEAD_GEN.search(name) and name.endswith(".csv"):
        name = "lead gen form responses.csv"
    return _TABLES.get(name)


# Detection: these file names together are LinkedIn's and no other platform's.
_SIGNATURE = {"connections.csv", "profile.csv", "ad_targeting.csv", "inferences_about_you.csv", "company follows.csv"}


HOLDER = Holder("LinkedIn", "linkedin.com")
# Records LinkedIn keeps of your activity (importers/held.py); these kinds carry their own hints instead.
held = by_kind(
    frozenset(
        {
            "ad_click",
            "inference",
            "email_address",
            "profile",
            "receipt",
            "registration",
            "company_follow",
        }
    )
)


def detect(tree: ExportTree) -> Detection | None:
    names = {
        _SPELLED_2018.get(m.name.lower(), m.name.lower()): m.path
        for m in tree.members()
        if m.name.lower().endswith(".csv")
    }
    strong = sorted(n for n in names if n in _SIGNATURE)
    known = sum(1 for m in tree.members() if m.name.lower().endswith(".csv") and _table_for(m))
    if {"connections.csv", "profile.csv"} <= set(strong) or (len(strong) >= 2 and known >= 4):
        confidence = 0.95
    elif len(strong) >= 2 or (strong and known >= 4):
        confidence = 0.85
    elif strong and ("ad_targeting.csv" in strong or "connections.csv" in strong):
        confidence = 0.6
    elif strong or known >= 4:
        confidence = 0.4
    else:
        return None
    layout = "complete" if "ad_targeting.csv" in names or "messages.csv" in names else "basic"
    return Detection(PLATFORM, layout, confidence, tuple(names[n] for n in strong))


def parse(tree: ExportTree, coverage: CoverageReport) -> Iterator[Observation]:
    for member in tree.members():
        table = _table_for(member)
        if table is None:
            suffix = member.name.lower().rsplit(".", 1)[-1]
            if f".{suffix}" in _SKIP_EXT:
                coverage.skip(member.path, _SKIP_EXT[f".{suffix}"])
            continue
        rows = iter_table(tree, member, coverage, table.header_has)
        yield from counted_file(member, coverage, (obs for row in rows for obs in table.handle(row, member.path)))
