"""Data-subject request letters (GDPR Art. 15 access, Art. 17 erasure, Art. 21 objection) in English and
German, citing the evidence the person's own exports gave. Our own wording; plain text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault.brands import Evidence, brand_row, evidence, iso
from vault.counterparts.export_requests import guides
from vault.store import Store

KINDS = ("access", "erasure", "objection")


@dataclass(frozen=True, slots=True)
class Addressee:
    name: str
    address: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class Letter:
    kind: str
    lang: str
    brand: str
    addressee: Addressee
    subject: str
    body: str

    def as_text(self) -> str:
        return self.body


_SUBJECT = {
    "en": {
        "access": "Request for access to my personal data (Art. 15 GDPR)",
        "erasure": "Request for erasure of my personal data (Art. 17 GDPR)",
        "objection": "Objection to processing for direct marketing (Art. 21(2) GDPR)",
    },
    "de": {
        "access": "Auskunftsersuchen nach Art. 15 DSGVO",
        "erasure": "Antrag auf Löschung meiner personenbezogenen Daten nach Art. 17 DSGVO",
        "objection": "Widerspruch gegen die Verarbeitung zu Zwecken der Direktwerbung nach Art. 21 Abs. 2 DSGVO",
    },
}

_BODY = {
    "en": {
        "greeting": "Dear Sir or Madam,",
        "access": (
            "Under Article 15 of the General Data Protection Regulation (GDPR) I ask you to confirm whether you "
            "process personal data concerning me and, if so, to give me a copy of that data (Art. 15(3)) and the "
            "information Art. 15(1) lists: the purposes of the processing, the categories of personal data, the "
            "recipients to whom it was disclosed, the storage period, the source of the data where you did not "
            "collect it from me (Art. 15(1)(g)), and whether automated decision-making, including profiling, "
            "takes place."
        ),
        "erasure": (
            "Under Article 17 of the General Data Protection Regulation (GDPR) I ask you to erase without undue "
            "delay all personal data you hold about me. I withdraw any consent on which the processing is based "
            "(Art. 7(3), Art. 17(1)(b)). Please also inform every recipient to whom you disclosed my data of "
            "this erasure (Art. 19) and confirm the erasure to me in writing."
        ),
        "objection": (
            "Under Article 21(2) and (3) of the General Data Protection Regulation (GDPR) I object to the "
            "processing of my personal data for direct marketing, including profiling related to it. From now "
            "on my data may no longer be processed for these purposes. This includes uploading it to advertising "
            "platforms as a customer list or audience. Please confirm this to me in writing."
        ),
        "evidence_intro": (
            "My own data exports from online platforms show that you hold or used data about me, for example:"
        ),
        "deadline": (
            "Please reply within one month of receipt (Art. 12(3) GDPR). Should you need to confirm my identity, "
            "please tell me which information you need."
        ),
        "closing": "Yours faithfully,",
        "placeholder_name": "[Your name]",
        "placeholder_address": "[Your postal address]",
        "placeholder_email": "[The e-mail address you use with this company]",
        "date": "Date",
        "ids": "Identifiers you may hold about me",
    },
    "de": {
        "greeting": "Sehr geehrte Damen und Herren,",
        "access": (
            "nach Art. 15 der Datenschutz-Grundverordnung (DSGVO) bitte ich Sie um Bestätigung, ob Sie mich "
            "betreffende personenbezogene Daten verarbeiten, und gegebenenfalls um eine Kopie dieser Daten "
            "(Art. 15 Abs. 3) sowie um die Informationen nach Art. 15 Abs. 1: die Verarbeitungszwecke, die "
            "Kategorien personenbezogener Daten, die Empfänger, denen die Daten offengelegt wurden, die "
            "Speicherdauer, die Herkunft der Daten, soweit Sie sie nicht bei mir erhoben haben (Art. 15 Abs. 1 "
            "lit. g), und ob eine automatisierte Entscheidungsfindung einschließlich Profiling stattfindet."
        ),
        "erasure": (
            "nach Art. 17 der Datenschutz-Grundverordnung (DSGVO) fordere ich Sie auf, alle mich betreffenden "
            "personenbezogenen Daten unverzüglich zu löschen. Eine etwaige Einwilligung, auf der die Verarbeitung "
            "beruht, widerrufe ich hiermit (Art. 7 Abs. 3, Art. 17 Abs. 1 lit. b). Bitte teilen Sie die Löschung "
            "allen Empfängern mit, denen Sie meine Daten offengelegt haben (Art. 19), und bestätigen Sie mir die "
            "Löschung schriftlich."
        ),
        "objection": (
            "nach Art. 21 Abs. 2 und 3 der Datenschutz-Grundverordnung (DSGVO) widerspreche ich der Verarbeitung "
            "meiner personenbezogenen Daten zum Zwecke der Direktwerbung einschließlich des damit verbundenen "
            "Profilings. Meine Daten dürfen ab sofort nicht mehr für diese Zwecke verarbeitet werden. Das umfasst "
            "auch das Hochladen als Kundenliste oder Zielgruppe bei Werbeplattformen. Bitte bestätigen Sie mir "
            "dies schriftlich."
        ),
        "evidence_intro": (
            "Meine eigenen Datenexporte von Online-Plattformen zeigen, dass Sie Daten über mich besitzen oder "
            "genutzt haben, zum Beispiel:"
        ),
        "deadline": (
            "Bitte antworten Sie innerhalb eines Monats nach Eingang (Art. 12 Abs. 3 DSGVO). Falls Sie meine "
            "Identität bestätigen müssen, teilen Sie mir bitte mit, welche Angaben Sie benötigen."
        ),
        "closing": "Mit freundlichen Grüßen",
        "placeholder_name": "[Ihr Name]",
        "placeholder_address": "[Ihre Postanschrift]",
        "placeholder_email": "[Die E-Mail-Adresse, die Sie bei diesem Unternehmen nutzen]",
        "date": "Datum",
        "ids": "Kennungen, die Sie zu mir gespeichert haben könnten",
    },
}

_KIND_WORDS = {
    "en": {
        "customer_list": "uploaded a list with my data to",
        "activity_shared": "sent my activity on your site or app to",
        "ad_targeting": "targeted advertising at me on",
        "ad_engagement": "showed me an ad I interacted with on",
        "inference": "is linked to a segment about me on",
        "email": "sends e-mail to my address (seen in my mailbox)",
        "account": "holds an account of mine (seen on",
        "purchase": "sold to me (seen on",
        "visit": "was visited by me (seen on",
    },
    "de": {
        "customer_list": "hat eine Liste mit meinen Daten hochgeladen bei",
        "activity_shared": "hat meine Aktivität auf Ihrer Website oder App gesendet an",
        "ad_targeting": "hat mir Werbung angezeigt auf",
        "ad_engagement": "hat mir Werbung gezeigt, mit der ich interagiert habe, auf",
        "inference": "ist mit einem Segment über mich verknüpft bei",
        "email": "sendet E-Mails an meine Adresse (in meinem Postfach gesehen)",
        "account": "führt ein Konto von mir (gesehen bei",
        "purchase": "hat mir etwas verkauft (gesehen bei",
        "visit": "wurde von mir besucht (gesehen bei",
    },
}


def _platform_name(platform: str) -> str:
    """The platform's own name ("Spotify"), never its internal id."""
    return str(guides()["platforms"].get(platform, {}).get("label", platform))


def _evidence_lines(rows: list[Evidence], lang: str, limit: int = 12) -> list[str]:
    """One line per kind and platform, in words: the platform by name and the date, never an archive path."""
    seen: set[tuple[str, str]] = set()
    lines = []
    for e in rows:
        key = (e.kind, e.platform)
        if key in seen:
            continue
        seen.add(key)
        when = (iso(e.time) or "")[:10]
        words = _KIND_WORDS[lang].get(e.kind, e.kind)
        closing = ")" if words.endswith("(seen on") or words.endswith("(gesehen bei") else ""
        where = "" if e.kind == "email" else f" {_platform_name(e.platform)}{closing}"
        lines.append(f"- {words}{where}" + (f", {when}" if when else ""))
        if len(lines) >= limit:
            break
    return lines


def write_letter(
    store: Store,
    brand_id: int,
    kind: str,
    lang: str = "en",
    addressee: Addressee | None = None,
    sender_name: str | None = None,
    sender_email: str | None = None,
    today: date | None = None,
) -> Letter:
    if kind not in KINDS:
        raise ValueError(f"letter kind must be one of {', '.join(KINDS)}")
    lang = lang if lang in _BODY else "en"
    t = _BODY[lang]
    row = brand_row(store, brand_id)
    to = addressee or Addressee(name=row.name)
    subject = _SUBJECT[lang][kind]
    lines = [
        sender_name or t["placeholder_name"],
        t["placeholder_address"],
        "",
        to.name,
        *(to.address.splitlines() if to.address else []),
        *([to.email] if to.email else []),
        "",
        f"{t['date']}: {(today or date.today()).isoformat()}",
        "",
        subject,
        "",
        t["greeting"],
        "",
        t[kind],
        "",
    ]
    ev = _evidence_lines(evidence(store, brand_id), lang)
    if ev:
        lines += [t["evidence_intro"], "", *ev, ""]
    lines += [f"{t['ids']}: {sender_email or t['placeholder_email']}", "", t["deadline"], "", t["closing"], ""]
    lines.append(sender_name or t["placeholder_name"])
    return Letter(kind, lang, row.name, to, subject, "\n".join(lines) + "\n")
