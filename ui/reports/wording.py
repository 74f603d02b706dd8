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
        "redacted_note": (
            "Redacted for publication: only brands and counts; times rounded to the month; names, user ids and "
            "e-mail addresses removed from file names and paths."
        ),
        "summary": "{brands} brands hold {touchpoints} touchpoints, found in {exports} exports.",
        "by_kind": "Touchpoints by kind",
        "by_platform": "Which platforms told",
        "timeline": "Touchpoints over time",
        "top_brands": "Brands",
        "brand": "Brand",
        "domain": "Domain",
        "total": "Touchpoints",
        "count": "Count",
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
        "layout": "Layout",
        "skipped": "Skipped",
        "unknown": "Unknown",
        "issues": "Malformed records",
        "none": "None found.",
        "footer": "Made with Me-Cloud, offline, from the person's own data exports.",
        "period": "Seen",
        "gaps": "Where the exports fall short of Art. 15 GDPR",
        "gaps_intro": (
            "Art. 15(1) GDPR lists what a person is entitled to learn about the processing of their data. For each "
            "platform, this compares what its export shows with those points. It states what the export contains "
            "or lacks; it is not legal advice."
        ),
        "gaps_none": "No gaps found by the rules for the exports read.",
        "point": "Art. 15(1)",
        "asks": "What Art. 15(1) names",
        "finding": "What the export shows",
        "found_in": "Evidence in",
        "whole_export": "the export as a whole",
        "changes": "Two exports of one platform side by side",
        "changes_intro": "What changed between two exports of the same platform, oldest first.",
        "appeared": "New in the newer export",
        "vanished": "No longer in the newer export",
        "unchanged_n": "{n} brand entries in both exports.",
        "segments_changed": "Inferred segments: {new} new, {gone} gone.",
        "missing_group": (
            "The newer export has no {group} at all (the older had {n}): more likely left out than changed."
        ),
        "counts": "Touchpoints by kind",
        "before": "Older export",
        "after": "Newer export",
        "appendix": "Appendix: evidence",
        "appendix_intro": (
            "Every touchpoint in this report, traceable to its source: the export (by number, below), the file "
            "inside it, the position of the first record Me-Cloud read from that file for this brand and kind "
            "(record no.), and when. Redacted reports replace names, user ids and e-mail addresses in paths."
        ),
        "exports": "Exports read",
        "no": "No.",
        "file_name": "File",
        "export_date": "Export date",
        "date_from_name": "from the file name",
        "date_from_records": "newest record",
        "kind": "Kind",
        "category": "Data category",
        "file_in_export": "File in the export",
        "records": "Records",
        "first_record": "first: no. {n}",
        "page": "Page",
        "of": "of",
        "legend": "Legend",
        "more_brands": (
            "… and {n} more brands with {touchpoints} touchpoints: the HTML report and the JSON output list all of "
            "them with their evidence."
        ),
    },
    "de": {
        "title": "Wer hat meine Daten? Ein Bericht",
        "generated": "Erstellt",
        "redacted_note": (
            "Für die Veröffentlichung geschwärzt: nur Marken und Anzahlen; Zeiten auf den Monat gerundet; Namen, "
            "Nutzerkennungen und E-Mail-Adressen aus Dateinamen und Pfaden entfernt."
        ),
        "summary": "{brands} Marken halten {touchpoints} Kontaktpunkte, gefunden in {exports} Exporten.",
        "by_kind": "Kontaktpunkte nach Art",
        "by_platform": "Welche Plattformen es verrieten",
        "timeline": "Kontaktpunkte im Zeitverlauf",
        "top_brands": "Marken",
        "brand": "Marke",
        "domain": "Domain",
        "total": "Kontaktpunkte",
        "count": "Anzahl",
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
        "layout": "Version",
        "skipped": "Übersprungen",
        "unknown": "Unbekannt",
        "issues": "Fehlerhafte Einträge",
        "none": "Keine gefunden.",
        "footer": "Erstellt mit Me-Cloud, offline, aus den eigenen Datenexporten der Person.",
        "period": "Zeitraum",
        "gaps": "Auskunftslücken: wo die Exporte hinter Art. 15 DSGVO zurückbleiben",
        "gaps_intro": (
            "Art. 15 Abs. 1 DSGVO nennt, was eine Person über die Verarbeitung ihrer Daten erfahren kann. Für jede "
            "Plattform wird hier verglichen, was ihr Export zeigt, mit diesen Punkten. Es wird festgestellt, was der "
            "Export enthält oder nicht enthält; das ist keine Rechtsberatung."
        ),
        "gaps_none": "Die Regeln fanden für die gelesenen Exporte keine Lücken.",
        "point": "Art. 15 Abs. 1",
        "asks": "Was Art. 15 Abs. 1 nennt",
        "finding": "Was der Export zeigt",
        "found_in": "Belegt in",
        "whole_export": "dem Export als Ganzem",
        "changes": "Zwei Exporte einer Plattform im Vergleich",
        "changes_intro": "Was sich zwischen zwei Exporten derselben Plattform geändert hat, ältester zuerst.",
        "appeared": "Neu im neueren Export",
        "vanished": "Nicht mehr im neueren Export",
        "unchanged_n": "{n} Markeneinträge in beiden Exporten.",
        "segments_changed": "Abgeleitete Segmente: {new} neu, {gone} weggefallen.",
        "missing_group": (
            "Dem neueren Export fehlt die Gruppe „{group}“ ganz (der ältere hatte {n}): eher ausgelassen als geändert."
        ),
        "counts": "Kontaktpunkte nach Art",
        "before": "Älterer Export",
        "after": "Neuerer Export",
        "appendix": "Anhang: Belege",
        "appendix_intro": (
            "Jeder Kontaktpunkt dieses Berichts ist bis zur Quelle nachvollziehbar: der Export (Nummer siehe "
            "unten), die Datei darin, die Position des ersten Eintrags, den Me-Cloud für diese Marke und Art aus "
            "der Datei gelesen hat (Eintrag Nr.), und die Zeit. Geschwärzte Berichte ersetzen Namen, "
            "Nutzerkennungen und E-Mail-Adressen in Pfaden."
        ),
        "exports": "Gelesene Exporte",
        "no": "Nr.",
        "file_name": "Datei",
        "export_date": "Exportdatum",
        "date_from_name": "laut Dateiname",
        "date_from_records": "neuester Eintrag",
        "kind": "Art",
        "category": "Datenkategorie",
        "file_in_export": "Datei im Export",
        "records": "Einträge",
        "first_record": "erster: Nr. {n}",
        "page": "Seite",
        "of": "von",
        "legend": "Legende",
        "more_brands": (
            "… und {n} weitere Marken mit {touchpoints} Kontaktpunkten: der HTML-Bericht und die JSON-Ausgabe "
            "führen alle mit ihren Belegen auf."
        ),
    },
}


def text(lang: str) -> dict[str, str]:
    return TEXT.get(lang, TEXT["en"])


def kind_label(kind: str, lang: str) -> str:
    return KIND_LABELS.get(lang, KIND_LABELS["en"]).get(kind, kind)


# The groups of vault.brands.changes, as a reader says them.
GROUP_LABELS = {
    "en": {
        "advertisers": "advertisers",
        "off_platform_sources": "off-platform sources",
        "inferences": "inferences",
        "mail_senders": "mail senders",
        "accounts": "accounts",
        "purchases": "purchases",
        "visits": "visits",
        "segments": "segments",
    },
    "de": {
        "advertisers": "Werbetreibende",
        "off_platform_sources": "Quellen außerhalb der Plattform",
        "inferences": "Ableitungen",
        "mail_senders": "Absender von E-Mails",
        "accounts": "Konten",
        "purchases": "Käufe",
        "visits": "Besuche",
        "segments": "Segmente",
    },
}


def group_label(group: str, lang: str) -> str:
    return GROUP_LABELS.get(lang, GROUP_LABELS["en"]).get(group, group.replace("_", " "))
