"""Plain record types shared by importers and the vault: observations, brand hints, coverage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from vault.errors import Message

# Closed list (DESIGN.md): extend deliberately, never ad hoc in an importer.
TOUCHPOINT_KINDS: Final = (
    "customer_list",  # a brand uploaded a list that matched you
    "activity_shared",  # a brand's site or app sent your activity to a platform
    "ad_targeting",  # a brand showed you ads or targeted you by an audience
    "ad_engagement",  # you clicked or engaged with its ad
    "inference",  # a platform filed you under an interest or segment
    "email",  # the brand mails you: it holds your address
    "account",  # you have an account with it
    "purchase",  # you bought something from it
    "visit",  # you visited its site or place
    "activity",  # the platform keeps a record of what you did or where you were (searches, views, locations)
)

# W3C DPV personal-data categories we use (pd: namespace). Importers pick from these.
DATA_CATEGORIES: Final = (
    "pd:EmailAddress",
    "pd:Name",
    "pd:Contact",
    "pd:BrowsingBehaviour",
    "pd:BrowsingHistory",
    "pd:SearchHistory",
    "pd:Purchase",
    "pd:Location",
    "pd:Interest",
    "pd:Demographic",
    "pd:Behavioral",
    "pd:Communication",
    "pd:MediaConsumption",
    "pd:SocialMedia",
    "pd:Identifier",
    "pd:Financial",
)


MAX_ISSUES_KEPT: Final = 200  # a sample is enough for a person; the count says the rest
# CoverageReport.language when the importer looked for the export's language and did not recognise it.
UNKNOWN_LANGUAGE: Final = "unknown"


@dataclass(frozen=True, slots=True)
class BrandHint:
    """An item names a company: by name, by domain, or both; and says what it holds or did."""

    touchpoint: str
    category: str
    name: str | None = None
    domain: str | None = None
    detail: str | None = None  # e.g. "has your contact info; used a customer list" or event names
    # A name read from free text (ad copy): it names a brand only when it matches one met elsewhere (this
    # import, the vault, the curated aliases), worked out once the whole import is in; it never creates one.
    tentative: bool = False

    def __post_init__(self) -> None:
        if self.touchpoint not in TOUCHPOINT_KINDS:
            raise ValueError(f"unknown touchpoint kind {self.touchpoint!r}")
        if not (self.name or self.domain):
            raise ValueError("a brand hint needs a name or a domain")


@dataclass(slots=True)
class Observation:
    """One thing an export says. `raw` is the source item kept whole (JSON-serialisable)."""

    platform: str
    kind: str
    time: datetime | None
    title: str
    raw: Any
    source_file: str
    natural_key: str | None = None  # stable identity across exports; derived from content if None
    brands: tuple[BrandHint, ...] = ()


@dataclass(slots=True)
class CoverageReport:
    """Which files of an export were understood, recognised but skipped, unreadable, or unknown."""

    understood: dict[str, int] = field(default_factory=dict)  # path -> items read
    skipped: dict[str, str] = field(default_factory=dict)  # path -> why
    unknown: list[str] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)  # malformed records: "file: what was wrong"
    issue_count: int = 0
    unreadable: dict[str, str] = field(default_factory=dict)  # path -> why the file could not be read
    encodings: dict[str, str] = field(default_factory=dict)  # path -> how its text was decoded, when not UTF-8
    # The export's language ("fr") where the importer can tell; UNKNOWN_LANGUAGE when it looked and could not.
    language: str | None = None
    # Brand names shown otherwise than written: {"file", "name" (as shown), "how"} (mojibake repaired, or
    # characters lost before the export left out), so a person can check them against the file.
    repaired_names: list[dict[str, str]] = field(default_factory=list)
    # The same problems as message ids with parameters (Message.to_dict), for the GUI to show in the user's
    # language: one entry per kept issue (None where the importer gave plain text), and per unreadable path.
    issue_messages: list[dict[str, Any] | None] = field(default_factory=list)
    unreadable_messages: dict[str, dict[str, Any]] = field(default_factory=dict)
    encoding_messages: dict[str, dict[str, Any]] = field(default_factory=dict)  # path -> how it was read, by id
    skipped_messages: dict[str, dict[str, Any]] = field(default_factory=dict)
    # What a person should know about how a file was read that is no malformed record ("times were guessed",
    # "senders taken from the From address unchecked"): "file: note" in English, and each as a message.
    notes: list[str] = field(default_factory=list)
    note_messages: list[dict[str, Any]] = field(default_factory=list)

    def read(self, path: str, count: int = 1) -> None:
        self.understood[path] = self.understood.get(path, 0) + count

    def skip(self, path: str, reason: str | Message) -> None:
        self.skipped[path] = str(reason)
        if isinstance(reason, Message):
            self.skipped_messages[path] = reason.to_dict()
        else:
            self.skipped_messages.pop(path, None)

    def note(self, path: str, what: Message) -> None:
        """How a file was read, worth knowing but not a malformed record (a sample is kept, each note once)."""
        entry = {"path": path, **what.to_dict()}
        if len(self.notes) < MAX_ISSUES_KEPT and entry not in self.note_messages:
            self.notes.append(f"{path}: {what}")
            self.note_messages.append(entry)

    def issue(self, path: str, problem: str | Message) -> None:
        """A malformed record: counted, a sample kept; it never aborts the import."""
        self.issue_count += 1
        if len(self.issues) < MAX_ISSUES_KEPT:
            self.issues.append(f"{path}: {problem}")
            # Padded: issues kept before the first message (or read from an older report) have none.
            self.issue_messages.extend([None] * (len(self.issues) - 1 - len(self.issue_messages)))
            self.issue_messages.append({"path": path, **problem.to_dict()} if isinstance(problem, Message) else None)

    def cannot_read(self, path: str, reason: str | Message) -> None:
        """A whole file that could not be read (empty, truncated, undecodable): the rest of the export goes on."""
        self.unreadable[path] = str(reason)
        if isinstance(reason, Message):
            self.unreadable_messages[path] = reason.to_dict()
        else:
            self.unreadable_messages.pop(path, None)

    def decoded(self, path: str, how: str | Message) -> None:
        """A text file that was not plain UTF-8 ("UTF-16LE with BOM, tab-separated")."""
        self.encodings[path] = str(how)
        if isinstance(how, Message):
            self.encoding_messages[path] = how.to_dict()

    def repaired_name(self, path: str, shown: str, how: str) -> None:
        """A brand name that was repaired or cleaned before it was shown (a sample is kept, each name once)."""
        entry = {"file": path, "name": shown, "how": how}
        if len(self.repaired_names) < MAX_ISSUES_KEPT and entry not in self.repaired_names:
            self.repaired_names.append(entry)

    def nothing_read(self) -> bool:
        """Every file the importer tried was unreadable: the import as a whole failed."""
        return bool(self.unreadable) and not self.understood

    def finish(self, all_paths: list[str]) -> None:
        """Everything the importer neither read, skipped nor failed to read is reported as unknown."""
        seen = self.understood.keys() | self.skipped.keys() | self.unreadable.keys()
        self.unknown = sorted(p for p in all_paths if p not in seen)

    def to_dict(self) -> dict[str, Any]:
        return {
            "understood": dict(sorted(self.understood.items())),
            "skipped": dict(sorted(self.skipped.items())),
            "unknown": list(self.unknown),
            "issues": list(self.issues),
            "issue_count": self.issue_count,
            "unreadable": dict(sorted(self.unreadable.items())),
            "encodings": dict(sorted(self.encodings.items())),
            "language": self.language,
            "repaired_names": [dict(e) for e in self.repaired_names],
            "issue_messages": list(self.issue_messages),
            "unreadable_messages": dict(sorted(self.unreadable_messages.items())),
            "encoding_messages": dict(sorted(self.encoding_messages.items())),
            "skipped_messages": dict(sorted(self.skipped_messages.items())),
            "notes": list(self.notes),
            "note_messages": list(self.note_messages),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CoverageReport:
        language = data.get("language")
        return cls(
            understood=dict(data.get("understood", {})),
            skipped=dict(data.get("skipped", {})),
            unknown=list(data.get("unknown", [])),
            issues=list(data.get("issues", [])),
            issue_count=int(data.get("issue_count", 0)),
            unreadable=dict(data.get("unreadable", {})),
            encodings=dict(data.get("encodings", {})),
            language=language if isinstance(language, str) else None,
            repaired_names=[
                {k: str(e.get(k, "")) for k in ("file", "name", "how")}
                for e in data.get("repaired_names", [])
                if isinstance(e, dict)
            ],
            issue_messages=list(data.get("issue_messages", [])),
            unreadable_messages=dict(data.get("unreadable_messages", {})),
            encoding_messages=dict(data.get("encoding_messages", {})),
            skipped_messages=dict(data.get("skipped_messages", {})),
            notes=list(data.get("notes", [])),
            note_messages=list(data.get("note_messages", [])),
        )


@dataclass(frozen=True, slots=True)
class ImportSummary:
    import_id: int
    platform: str
    layout: str
    source: str
    items_seen: int
    items_added: int
    touchpoints_added: int
    brands_added: int
    coverage: CoverageReport
