"""Whether a mail's sender names a brand: authentication decides, not the display name (formats/README.md §1.8.1).

A sender's domain is a brand only when the receiving server's Authentication-Results shows DMARC pass, or a
DKIM or SPF pass aligned with the From domain. Unverified mail ("PayPal" <x@random.example>) is kept as mail
and names no brand, neither PayPal nor random.example. In Spam only authenticated bulk mail of an organisation
counts. Mail without the receiver's header (old mbox files, other providers) is read by the older rules, and the
coverage report says how much.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from importers.mail.auth import ABSENT, AUTHENTICATED, UNREADABLE, UNVERIFIED, Verdict, judge, receiver_header
from importers.mail.display import looks_like_person
from importers.mail.senders import SENT_LABELS, SPAM_LABELS, is_freemail, is_university
from importers.mail.services import is_mail_service
from vault.errors import message
from vault.model import CoverageReport

# Gmail's categories for an organisation's bulk mail [§1.8.1]: with the bulk headers, what makes Spam count.
_BULK_CATEGORIES = frozenset({"category promotions", "category updates"})


@dataclass(frozen=True, slots=True)
class Judgement:
    brand: bool
    verdict: Verdict | None  # None when the sender was settled before authentication mattered
    why_not: str | None = None  # kept with the mail when a sender that looked like a brand is not one


@dataclass(slots=True)
class MailTally:
    """Per mbox file, of the messages whose sender could be a brand: how many were judged by authentication, and
    how many of them had no receiver's header, an unreadable one, or did not authenticate."""

    judged: int = 0
    absent: int = 0
    unreadable: int = 0
    unverified: int = 0

    def count(self, judgement: Judgement) -> None:
        if judgement.verdict is None:
            return  # own mail, a person, a mail service: settled before authentication mattered
        self.judged += 1
        state = judgement.verdict.state
        self.absent += state == ABSENT
        self.unreadable += state == UNREADABLE
        self.unverified += state == UNVERIFIED

    def report(self, coverage: CoverageReport, path: str) -> None:
        """One note per kind into the coverage report's notes (how senders were judged; no malformed record)."""
        if self.absent:
            coverage.note(path, message("note.mail_no_authentication", absent=self.absent, judged=self.judged))
        if self.unreadable == 1:
            coverage.note(path, message("note.mail_authentication_unreadable_one"))
        elif self.unreadable:
            coverage.note(path, message("note.mail_authentication_unreadable", count=self.unreadable))
        if self.unverified == 1:
            coverage.note(path, message("note.mail_unverified_one"))
        elif self.unverified:
            coverage.note(path, message("note.mail_unverified", count=self.unverified))


def labels(value: str) -> frozenset[str]:
    """X-Gmail-Labels (already RFC 2047-decoded) as lower-case tokens: 'Inbox,"Category Promotions"'."""
    return frozenset(x.strip().strip('"').strip().lower() for x in value.split(",") if x.strip())


def own_mail(tokens: frozenset[str], delivered_to: str, address: str) -> bool:
    if tokens & SENT_LABELS:
        return True
    delivered = delivered_to.strip().strip("<>").lower()
    return bool(delivered) and delivered == address


def decide(
    name: str | None,
    address: str,
    domain: str,
    marketing: Sequence[str],
    tokens: frozenset[str],
    auth_values: Sequence[str],
    gmail: bool,
) -> Judgement:
    """Whether mail from `address` (display `name`) names its domain as a brand, and on what evidence."""
    if is_mail_service(domain):
        return Judgement(False, None, "sent from a mail service's own domain, which names no sender")
    # A person at a freemail, ISP or university address is no brand; a university's own bulk mail is.
    if is_freemail(domain) or (not marketing and is_university(domain)):
        return Judgement(False, None)
    verdict = judge(receiver_header(auth_values, gmail), domain)
    if tokens & SPAM_LABELS:
        if verdict.state != AUTHENTICATED:
            return Judgement(False, verdict, "in Spam and not authenticated")
        if not (marketing or tokens & _BULK_CATEGORIES):
            return Judgement(False, verdict, "in Spam and not bulk mail of an organisation")
        if looks_like_person(name, address):
            return Judgement(False, verdict, "in Spam under a person's name: a hijacked or fake account")
        return Judgement(True, verdict)
    if verdict.state == UNVERIFIED:
        return Judgement(False, verdict, f"not authenticated as {domain}: the display name is not trusted")
    # AUTHENTICATED; or ABSENT/UNREADABLE, where the older rules (the From domain) decide and the report says so.
    return Judgement(True, verdict)
