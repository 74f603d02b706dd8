"""Data-subject letters in English and German: requests (Art. 15 access, Art. 17 erasure, Art. 21 objection), a
reminder once the month of Art. 12(3) has passed, and a complaint to the supervisory authority (Art. 77). Each
cites in words the evidence the person's own exports gave. The letter is data (blocks of a DIN 5008-like
letter); `as_text` and the PDF writer in ui.reports lay it out."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from vault import wording
from vault.brands import brand_row
from vault.counterparts.letter_evidence import evidence_lines
from vault.counterparts.letter_texts import BODY, SUBJECT
from vault.counterparts.sender import Sender, load_sender
from vault.errors import MeCloudError, message
from vault.store import Store

KINDS = ("access", "erasure", "objection")  # requests to the company
FOLLOW_UPS = ("reminder", "complaint")  # after an access request went unanswered
ALL_KINDS = KINDS + FOLLOW_UPS


class LetterError(MeCloudError):
    """A follow-up letter that cannot be written yet, or has nobody to go to."""


@dataclass(frozen=True, slots=True)
class Addressee:
    name: str
    address: str | None = None
    email: str | None = None

    def lines(self) -> list[str]:
        return [self.name, *(self.address.splitlines() if self.address else []), *([self.email] if self.email else [])]


@dataclass(frozen=True, slots=True)
class Letter:
    kind: str
    lang: str
    brand: str
    addressee: Addressee
    subject: str
    body: str  # the whole letter as plain text
    sender_lines: list[str] = field(default_factory=list)  # placeholders where the person entered nothing
    date_text: str = ""  # "5. Dezember 2026"
    greeting: str = ""
    paragraphs: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    final_paragraphs: list[str] = field(default_factory=list)  # after the evidence list
    closing: str = ""
    signature: str = ""
    attachments: list[str] = field(default_factory=list)
    attached: list[Letter] = field(default_factory=list)  # the earlier letters themselves, for the annex

    def as_text(self) -> str:
        return self.body

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "lang": self.lang,
            "brand": self.brand,
            "sender": self.sender_lines,
            "recipient": self.addressee.lines(),
            "date": self.date_text,
            "subject": self.subject,
            "greeting": self.greeting,
            "paragraphs": self.paragraphs,
            "evidence": self.evidence,
            "final_paragraphs": self.final_paragraphs,
            "closing": self.closing,
            "signature": self.signature,
            "attachments": self.attachments,
            "attached": [a.to_json() for a in self.attached],
        }


def month_after(day: date) -> date:
    """The day a month after `day` (Art. 12(3)); the month's last day where it is shorter."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _sent_key(brand_id: int) -> str:
    return f"letters.access_sent.{brand_id}"


def record_access_request(store: Store, brand_id: int, day: date) -> None:
    """Remember the day an access request to this brand was written, for a reminder or complaint later."""
    with store.transaction():
        store.set_meta(_sent_key(brand_id), day.isoformat())


def access_request_sent_on(store: Store, brand_id: int) -> date | None:
    stored = store.get_meta(_sent_key(brand_id))
    return date.fromisoformat(stored) if stored else None


def _text(letter: Letter) -> str:
    lines = [*letter.sender_lines, "", *letter.addressee.lines(), "", letter.date_text, "", letter.subject, ""]
    lines += [letter.greeting, ""]
    for paragraph in letter.paragraphs:
        lines += [paragraph, ""]
    if letter.evidence:
        lines += [f"- {e}" for e in letter.evidence] + [""]
    for paragraph in letter.final_paragraphs:
        lines += [paragraph, ""]
    lines += [letter.closing, "", letter.signature]
    if letter.attachments:
        numbered = (f"{i}. {a}" for i, a in enumerate(letter.attachments, 1))
        lines += ["", f"{BODY[letter.lang]['attachments']}:", *numbered]
    text = "\n".join(lines) + "\n"
    for i, annex in enumerate(letter.attached, 1):
        text += f"\n\n{'=' * 8} {BODY[letter.lang]['attachments'][:-1]} {i} {'=' * 8}\n\n{annex.body}"
    return text


def write_letter(
    store: Store,
    brand_id: int,
    kind: str,
    lang: str = "en",
    addressee: Addressee | None = None,
    sender_name: str | None = None,
    sender_email: str | None = None,
    today: date | None = None,
    sender_address: str | None = None,
    sent: date | None = None,
    company: Addressee | None = None,
) -> Letter:
    """A letter about `brand_id`. For a complaint, `addressee` is the supervisory authority and `company` the
    company complained about; reminder and complaint need the day of the access request (`sent`, else the
    day recorded by `record_access_request`)."""
    if kind not in ALL_KINDS:
        raise ValueError(f"letter kind must be one of {', '.join(ALL_KINDS)}")
    lang = lang if lang in BODY else "en"
    t = BODY[lang]
    today = today or date.today()
    row = brand_row(store, brand_id)
    stored = load_sender(store)
    sender = Sender(sender_name or stored.name, sender_address or stored.address, sender_email or stored.email)
    to = addressee or Addressee(name=row.name)
    facts: dict[str, str] = {}
    attached: list[Letter] = []
    if kind in FOLLOW_UPS:
        sent = sent or access_request_sent_on(store, brand_id)
        if sent is None:
            raise LetterError(message("letter.when_sent", company=row.name))
        deadline = month_after(sent)
        if today <= deadline:
            raise LetterError(
                message(
                    "letter.too_early",
                    company=row.name,
                    deadline=wording.day(deadline, lang),
                    sent=wording.day(sent, lang),
                    kind=kind,
                )
            )
        about = company or Addressee(name=row.name)
        if kind == "complaint" and addressee is None:
            raise LetterError(message("letter.no_authority", company=about.name))
        facts = {
            "sent": wording.day_in_words(sent, lang),
            "deadline": wording.day_in_words(deadline, lang),
            "company": about.name,
            "company_address": f" ({', '.join(about.address.splitlines())})" if about.address else "",
        }
        request = write_letter(store, brand_id, "access", lang, about, sender.name, sender.email, sent,
                               sender.address)  # fmt: skip
        attached = [request]
    subject = SUBJECT[lang][kind].format(**facts) if facts else SUBJECT[lang][kind]
    paragraphs = [t[kind].format(**facts) if facts else t[kind]]
    lines = evidence_lines(store, brand_id)
    third = kind == "complaint"
    evidence = [line.words(lang, third_person=third) for line in lines]
    if evidence:
        paragraphs.append(t["evidence_intro_complaint" if third else "evidence_intro"])
    final = []
    if kind in KINDS:
        final += [f"{t['ids']}: {sender.email or t['placeholder_email']}", t["deadline"]]
    else:
        final.append(t[f"{kind}_close"])
    sender_lines = [sender.name or t["placeholder_name"]]
    sender_lines += sender.address.splitlines() if sender.address else [t["placeholder_address"]]
    if sender.email:
        sender_lines.append(sender.email)
    letter = Letter(
        kind=kind,
        lang=lang,
        brand=row.name,
        addressee=to,
        subject=subject,
        body="",
        sender_lines=sender_lines,
        date_text=wording.day_in_words(today, lang),
        greeting=t["greeting"],
        paragraphs=paragraphs,
        evidence=evidence,
        final_paragraphs=final,
        closing=t["closing"],
        signature=sender.name or t["placeholder_name"],
        attachments=[t["attachment_request"].format(**facts)] if attached else [],
        attached=attached,
    )
    return replace(letter, body=_text(letter))
