"""Mail in mbox form (the Takeout "Mail" mbox, Thunderbird, any mbox file) -> who mails you.

Request: Google Takeout -> "Mail" (EN `Mail/All mail Including Spam and Trash.mbox`, DE `Gmail/Alle
E-Mails einschließlich Spam-Nachrichten und E.mbox`), or export a folder from any mail program.
Every organisation that mails you holds your address: each message from a brand's domain is an
`email` touchpoint, with bulk/marketing headers as evidence. Authentication decides who sent it, never the
display name (importers.mail.identity). Private people at freemail providers, ISPs and universities, mail
services' own domains, and mail you sent yourself, name no brand. Only selected headers are kept; bodies are never read
into memory (mail_split skips them) and never stored.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any, Final

from importers.archive import ExportTree, Member
from importers.contract import Detection
from importers.file_guard import each_file
from importers.mail.auth import Verdict
from importers.mail.display import display_name
from importers.mail.headers import first_address, raw_fields
from importers.mail.identity import Judgement, MailTally, decide, labels, own_mail
from importers.mail.senders import BULK_PRECEDENCE, ESP_HEADERS
from importers.mail.split import HeaderLineTooLong, SplitStats, iter_headers
from vault.errors import ImportFailed, message
from vault.model import BrandHint, CoverageReport, Observation

PLATFORM: Final = "mbox"
LABEL: Final = "Mail (mbox)"

# Headers kept in the vault (lower case). Everything else, and the body, is dropped.
KEPT: Final = (
    "from", "sender", "reply-to", "to", "delivered-to", "subject", "date", "message-id",
    "list-unsubscribe", "list-id", "precedence", "x-gmail-labels",
)  # fmt: skip
# Read to judge the sender, never stored as they are: the receiver's verdict is kept in its own words.
_AUTH: Final = "authentication-results"
_GMAIL_THREAD: Final = "x-gm-thrid"
_WANTED: Final = frozenset(KEPT) | frozenset(ESP_HEADERS) | {_AUTH, _GMAIL_THREAD}
_SNIFF: Final = 4096
_SIDECARS: Final = (".msf", ".dat", ".sbd")  # Thunderbird summary/index files next to its mboxes


# -- detection --------------------------------------------------------------------------------
def _looks_like_mbox(tree: ExportTree, member: Member) -> bool:
    with tree.open(member) as fh:
        head = fh.read(_SNIFF)
    if not head.startswith(b"From "):
        return False
    rest = head.partition(b"\n")[2]
    return b":" in rest.split(b"\n", 1)[0]  # the line after "From " is a header


# A mailbox renamed by its user ("inbox-backup.txt") is found by content in exports of up to this many files.
_SNIFF_ANY_UP_TO = 8


def mbox_members(tree: ExportTree) -> list[Member]:
    members = tree.members()
    few = len(members) <= _SNIFF_ANY_UP_TO
    found = []
    for m in members:
        sniff = m.size and ("." not in m.name or few)
        if m.name.lower().endswith(".mbox") or (sniff and _looks_like_mbox(tree, m)):
            found.append(m)
    return found


def detect(tree: ExportTree) -> Detection | None:
    members = tree.members()
    boxes = [m for m in mbox_members(tree) if _looks_like_mbox(tree, m) or m.size == 0]
    if not boxes:
        return None
    # Alone (mail clients' index files aside) mail is surely ours; mostly mail, probably; inside a
    # Takeout with other products the Google importer (surer than this) reads it.
    others = [m for m in members if m not in boxes and not m.name.lower().endswith(_SIDECARS)]
    box_bytes = sum(m.size for m in boxes)
    if not others:
        confidence = 0.9
    elif box_bytes >= sum(m.size for m in others):
        confidence = 0.6
    else:
        confidence = 0.3
    return Detection(PLATFORM, "mbox", confidence, tuple(m.path for m in boxes[:3]))


# -- headers ----------------------------------------------------------------------------------
def _unbytes(value: str) -> str:
    """Raw 8-bit header bytes (kept by the parser as surrogates) read as UTF-8, or Latin-1 when not UTF-8."""
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        raw = value.encode("ascii", "surrogateescape")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("latin-1")
    return value


def _text(value: str) -> tuple[str, bool]:
    """A header value as text: raw 8-bit bytes read as UTF-8, RFC 2047 words decoded. (text, ok)."""
    ok = True
    value = _unbytes(value)
    if "=?" in value:
        try:
            value = str(make_header(decode_header(value)))
        except (HeaderParseError, LookupError, UnicodeError, ValueError):
            ok = False
    return " ".join(value.split()), ok


@dataclass(slots=True)
class _Fields:
    kept: dict[str, str]  # kept headers (first occurrence, lower-case names), decoded
    problems: list[str]
    raw_from: str  # the first From, 8-bit read but RFC 2047 words not decoded: its address is found first
    auth: list[str]  # every Authentication-Results value, in header order (topmost first)
    gmail: bool  # Gmail's own headers are there: only Gmail's verdict counts


def _headers(block: bytes) -> _Fields:
    """Kept headers, the problems found, and what judges the sender."""
    fields, problems = raw_fields(block, _WANTED)
    out: dict[str, str] = {}
    auth: list[str] = []
    raw_from = ""
    gmail = False
    for name, value in fields:
        key = name.lower()
        if key == _AUTH:
            auth.append(_unbytes(value))
        elif key == _GMAIL_THREAD:
            gmail = True
        elif key not in out:
            text, ok = _text(value)
            if not ok:
                problems.append(f"undecodable {name}")
            out[key] = text
            if key == "from":
                raw_from = " ".join(_unbytes(value).split())
    return _Fields(out, problems, raw_from, auth, gmail or "x-gmail-labels" in out)


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def _marketing(h: dict[str, str]) -> list[str]:
    signs = []
    for key, label in ESP_HEADERS.items():
        if key in h and label not in signs:
            signs.append(label)
    if h.get("precedence", "").strip().lower() in BULK_PRECEDENCE:
        signs.append(f"Precedence: {h['precedence'].strip().lower()}")
    return signs


def _key(h: dict[str, str], block: bytes) -> str:
    mid = h.get("message-id", "").strip().strip("<>").strip()
    if mid:
        return f"id:{mid}"
    return "sha256:" + hashlib.sha256(block).hexdigest()[:40]


@lru_cache(maxsize=16384)
def _sender_hints(name: str | None, domain: str, detail: str) -> tuple[BrandHint, ...]:
    """One tuple per sender and evidence, shared by all their mail: the reading process numbers hint
    tuples it has met by identity, and a new tuple per message would fill that memo for nothing."""
    return (BrandHint("email", "pd:EmailAddress", name=name, domain=domain, detail=detail),)


def observation(
    block: bytes, path: str, coverage: CoverageReport, tally: MailTally | None = None
) -> Observation | None:
    """One message's header block -> an Observation (None, with an issue, when it has no sender).

    `tally` counts how the sender was judged, for the notes at the end of the file."""
    try:
        fields = _headers(block)
    except Exception as exc:  # the stdlib parser on hostile bytes: one bad message, never an abort
        coverage.issue(path, message("issue.mail_headers_unreadable", kind=type(exc).__name__))
        return None
    h = fields.kept
    if fields.problems:
        coverage.issue(path, message("issue.mail_headers_broken", fields=", ".join(sorted(set(fields.problems)))[:200]))
    if not h.get("from"):
        coverage.issue(path, message("issue.mail_without_from"))
        return None
    raw_name, address = first_address(fields.raw_from)
    address = address.strip().lower()
    if "@" not in address or address.endswith("@"):
        coverage.issue(path, message("issue.mail_from_without_address"))
        return None
    name = display_name(raw_name)
    when = _time(h.get("date"))
    if when is None and h.get("date"):
        coverage.issue(path, message("issue.mail_unreadable_date", text=h["date"][:40]))
    domain = address.rsplit("@", 1)[1].strip(".")
    signs = _marketing(h)
    tokens = labels(h.get("x-gmail-labels", ""))
    judgement = Judgement(False, None)
    if domain and not own_mail(tokens, h.get("delivered-to", ""), address):
        judgement = decide(name, address, domain, signs, tokens, fields.auth, fields.gmail)
    if tally is not None:
        tally.count(judgement)
    hints: tuple[BrandHint, ...] = ()
    if judgement.brand:
        hints = _sender_hints(name, domain, "; ".join(signs) if signs else "sent you mail")
    subject = h.get("subject", "")
    raw: dict[str, Any] = dict(h)
    if signs:
        raw["marketing"] = signs
    if judgement.verdict is not None:
        raw["authentication"] = _said(judgement.verdict)
    if judgement.why_not:
        raw["no_brand"] = judgement.why_not
    who = name or address
    return Observation(
        platform=PLATFORM,
        kind="email",
        time=when,
        title=f"{who}: {subject}" if subject else who,
        raw=raw,
        source_file=path,
        natural_key=_key(h, block),
        brands=hints,
    )


def _said(verdict: Verdict) -> str:
    """The verdict as kept with the mail: 'authenticated: dmarc=pass', 'unverified: spf=softfail', 'absent'."""
    return f"{verdict.state}: {verdict.evidence}" if verdict.evidence else verdict.state


# -- parsing ----------------------------------------------------------------------------------
def parse_member(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    """The messages of one mbox file (also used by the Google importer for the Takeout mbox)."""
    path = member.path
    stats = SplitStats()
    tally = MailTally()
    n = 0
    with tree.open(member) as fh:
        stream = fh if isinstance(fh, io.BufferedIOBase) else io.BufferedReader(fh)  # type: ignore[arg-type]
        try:
            for block in iter_headers(stream, stats):
                obs = observation(block, path, coverage, tally)
                if obs is not None:
                    n += 1
                    yield obs
        except HeaderLineTooLong as exc:
            raise ImportFailed(message("file.not_mbox", file=member.label, reason=str(exc))) from None
    if stats.leading_garbage:
        coverage.issue(path, message("issue.mail_leading_data"))
    tally.report(coverage, path)
    if stats.oversized:
        coverage.issue(path, message("issue.mail_headers_too_large", count=stats.oversized))
    coverage.read(path, n)


def parse(tree: ExportTree, coverage: CoverageReport) -> Iterator[Observation]:
    boxes = mbox_members(tree)
    box_paths = {m.path for m in boxes}
    for m in tree.members():
        if m.path not in box_paths:
            continue
        yield from each_file(m, coverage, parse_member(tree, m, coverage))
