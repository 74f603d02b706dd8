"""Report wording in English and German. Letters have their own texts in vault/counterparts/letters.py."""

from __future__ import annotations

KIND_LABELS = {
    "en": {
        "customer_list": "Uploaded a list with you on it",
        "activity_shared": "Sent your activity to a platform",
        "ad_targeting": "Showed you ads / targeted you",
        "ad_engagement": "You engaged with its ad",
        "inference": "Filed you under a segment",
        "email": "Mails you (holds your address)",
        "account": "You have an account",
        "purchase": "You bought something",
        "visit": "You visited it",
        "activity": "Keeps a record of your activity",
    },
    "de": {
        "customer_list": "Hat eine Liste mit Ihren Daten hochgeladen",
        "activity_shared": "Hat Ihre Aktivität an eine Plattform gesendet",
        "ad_targeting": "Hat Ihnen Werbung gezeigt / Sie anvisiert",
        "ad_engagement": "Sie haben mit der Werbung interagiert",
        "inference": "Hat Sie einem Segment zugeordnet",
        "email": "Schreibt Ihnen E-Mails (kennt Ihre Adresse)",
        "account": "Sie haben ein Konto",
        "purchase": "Sie haben dort gekauft",
        "visit": "Sie haben es besucht",
        "activity": "Speichert Ihre Aktivität",
    },
}

TEXT = {
    "en": {
        "title": "Who holds my data? An exposure report",
        "generated": "Generated",
        "redacted_note": "Redacted for publication: only brands and counts; times rounded to the month.",
        "summary": "{brands} brands hold {touchpoints} touchpoints, found in {exports} exports.",
        "by_kind": "Touchpoints by kind",
        "by_platform": "Which platforms told",
        "timeline": "Touchpoints over time",
        "top_brands": "Brands",
        "brand": "Brand",
        "domain": "Domain",
        "total": "Touchpoints",
        "kinds": "Kinds",
        "platforms": "Platforms",
        "first_seen": "First seen",
        "last_seen": "Last seen",
        "customer_lists": "Customer-list uploaders",
        "customer_lists_intro": "These brands uploaded a list of customers or contacts that matched you.",
        "trackers": "Off-platform trackers",
        "trackers_intro": "These apps and sites sent your activity on them to a platform.",
        "interests": "Inferred interests and segments",
        "interests_redacted": "{n} inferred segments (labels withheld in the redacted report).",
        "coverage": "What the exports contained",
        "coverage_intro": "Files each export contained that were understood, recognised but skipped, or unknown.",
        "export": "Export",
        "items": "Items",
        "understood": "Understood",
        "skipped": "Skipped",
        "unknown": "Unknown",
        "issues": "Malformed records",
        "none": "None found.",
        "footer": "Made with Me-Cloud, offline, from the person's own data exports.",
    },
    "de": {
        "title": "Wer hat meine Daten? Ein Bericht",
        "generated": "Erstellt",
        "redacted_note": "Für die Veröffentlichung geschwärzt: nur Marken und Anzahlen; Zeiten auf den Monat gerundet.",
        "summary": "{brands} Marken halten {touchpoints} Berührungspunkte, gefunden in {exports} Exporten.",
        "by_kind": "Berührungspunkte nach Art",
        "by_platform": "Welche Plattformen es verrieten",
        "timeline": "Berührungspunkte im Zeitverlauf",
        "top_brands": "Marken",
        "brand": "Marke",
        "domain": "Domain",
        "total": "Berührungspunkte",
        "kinds": "Arten",
        "platforms": "Plattformen",
        "first_seen": "Zuerst gesehen",
        "last_seen": "Zuletzt gesehen",
        "customer_lists": "Hochgeladene Kundenlisten",
        "customer_lists_intro": "Diese Marken haben eine Kunden- oder Kontaktliste hochgeladen, auf der Sie standen.",
        "trackers": "Tracker außerhalb der Plattform",
        "trackers_intro": "Diese Apps und Websites haben Ihre Aktivität bei ihnen an eine Plattform gesendet.",
        "interests": "Abgeleitete Interessen und Segmente",
        "interests_redacted": "{n} abgeleitete Segmente (Bezeichnungen im geschwärzten Bericht ausgelassen).",
        "coverage": "Was die Exporte enthielten",
        "coverage_intro": "Dateien jedes Exports: verstanden, erkannt aber übersprungen, oder unbekannt.",
        "export": "Export",
        "items": "Einträge",
        "understood": "Verstanden",
        "skipped": "Übersprungen",
        "unknown": "Unbekannt",
        "issues": "Fehlerhafte Einträge",
        "none": "Keine gefunden.",
        "footer": "Erstellt mit Me-Cloud, offline, aus den eigenen Datenexporten der Person.",
    },
}


def text(lang: str) -> dict[str, str]:
    return TEXT.get(lang, TEXT["en"])


def kind_label(kind: str, lang: str) -> str:
    return KIND_LABELS.get(lang, KIND_LABELS["en"]).get(kind, kind)
