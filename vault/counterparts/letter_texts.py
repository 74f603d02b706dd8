"""The words of the request letters in English and German: subjects, paragraphs, evidence phrases. Our own
wording; it cites the GDPR articles and says nothing the articles do not."""

from __future__ import annotations

SUBJECT = {
    "en": {
        "access": "Request for access to my personal data (Art. 15 GDPR)",
        "erasure": "Request for erasure of my personal data (Art. 17 GDPR)",
        "objection": "Objection to processing for direct marketing (Art. 21(2) GDPR)",
        "reminder": "Reminder: my request for access of {sent} (Art. 15 GDPR)",
        "complaint": "Complaint under Art. 77 GDPR about {company}",
    },
    "de": {
        "access": "Auskunftsersuchen nach Art. 15 DSGVO",
        "erasure": "Antrag auf Löschung meiner personenbezogenen Daten nach Art. 17 DSGVO",
        "objection": "Widerspruch gegen die Verarbeitung zu Zwecken der Direktwerbung nach Art. 21 Abs. 2 DSGVO",
        "reminder": "Erinnerung: mein Auskunftsersuchen nach Art. 15 DSGVO vom {sent}",
        "complaint": "Beschwerde nach Art. 77 DSGVO über {company}",
    },
}

BODY = {
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
        "reminder": (
            "On {sent} I asked you under Article 15 of the General Data Protection Regulation (GDPR) for access "
            "to the personal data you process about me (a copy is attached). Art. 12(3) GDPR requires you to "
            "answer without undue delay and in any event within one month of receipt. That month ended on "
            "{deadline}, and I have received neither the information nor notice of an extension with its "
            "reasons. Please send me the information now."
        ),
        "reminder_close": (
            "If I do not receive it within two weeks, I will lodge a complaint with the competent supervisory "
            "authority (Art. 77 GDPR)."
        ),
        "complaint": (
            "I lodge a complaint under Article 77 of the General Data Protection Regulation (GDPR) about {company}"
            "{company_address}. On {sent} I asked the company under Art. 15 GDPR for access to the personal data "
            "it processes about me (attachment 1). The period of one month under Art. 12(3) GDPR ended on "
            "{deadline}; I have received neither the information nor notice of an extension."
        ),
        "complaint_close": (
            "I ask you to examine the matter and to inform me of the progress and the outcome of the complaint "
            "(Art. 77(2) GDPR)."
        ),
        "evidence_intro": "My own data exports from online platforms show that you hold or used data about me:",
        "evidence_intro_complaint": "My own data exports from online platforms show that the company processes "
        "data about me:",
        "deadline": (
            "Please reply within one month of receipt (Art. 12(3) GDPR). Should you need to confirm my identity, "
            "please tell me which information you need."
        ),
        "closing": "Yours faithfully,",
        "placeholder_name": "[Your name]",
        "placeholder_address": "[Your postal address]",
        "placeholder_email": "[The e-mail address you use with this company]",
        "ids": "Identifiers you may hold about me",
        "attachments": "Attachments",
        "attachment_request": "My request for access of {sent}",
        "date_label": "Date",
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
        "reminder": (
            "am {sent} habe ich Sie nach Art. 15 der Datenschutz-Grundverordnung (DSGVO) um Auskunft über die "
            "mich betreffenden personenbezogenen Daten gebeten (Kopie anbei). Nach Art. 12 Abs. 3 DSGVO ist die "
            "Auskunft unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang zu erteilen. Diese "
            "Frist ist am {deadline} abgelaufen; ich habe weder die Auskunft noch eine Mitteilung über eine "
            "Fristverlängerung mit ihren Gründen erhalten. Bitte erteilen Sie mir die Auskunft nun."
        ),
        "reminder_close": (
            "Sollte ich sie nicht innerhalb von zwei Wochen erhalten, werde ich mich mit einer Beschwerde an die "
            "zuständige Aufsichtsbehörde wenden (Art. 77 DSGVO)."
        ),
        "complaint": (
            "hiermit erhebe ich Beschwerde nach Art. 77 der Datenschutz-Grundverordnung (DSGVO) über "
            "{company}{company_address}. Am {sent} habe ich das Unternehmen nach Art. 15 DSGVO um Auskunft über "
            "die mich betreffenden personenbezogenen Daten gebeten (Anlage 1). Die Frist von einem Monat nach "
            "Art. 12 Abs. 3 DSGVO ist am {deadline} abgelaufen; ich habe weder die Auskunft noch eine Mitteilung "
            "über eine Fristverlängerung erhalten."
        ),
        "complaint_close": (
            "Ich bitte Sie, den Sachverhalt zu prüfen und mich über den Stand und das Ergebnis der Beschwerde zu "
            "unterrichten (Art. 77 Abs. 2 DSGVO)."
        ),
        "evidence_intro": (
            "Meine eigenen Datenexporte von Online-Plattformen zeigen, dass Sie Daten über mich besitzen oder "
            "genutzt haben:"
        ),
        "evidence_intro_complaint": (
            "Dass das Unternehmen Daten über mich verarbeitet, zeigen meine eigenen Datenexporte von "
            "Online-Plattformen:"
        ),
        "deadline": (
            "Bitte antworten Sie innerhalb eines Monats nach Eingang (Art. 12 Abs. 3 DSGVO). Falls Sie meine "
            "Identität bestätigen müssen, teilen Sie mir bitte mit, welche Angaben Sie benötigen."
        ),
        "closing": "Mit freundlichen Grüßen",
        "placeholder_name": "[Ihr Name]",
        "placeholder_address": "[Ihre Postanschrift]",
        "placeholder_email": "[Die E-Mail-Adresse, die Sie bei diesem Unternehmen nutzen]",
        "ids": "Kennungen, die Sie zu mir gespeichert haben könnten",
        "attachments": "Anlagen",
        "attachment_request": "Mein Auskunftsersuchen vom {sent}",
        "date_label": "Datum",
    },
}

# "Your company appears in my Facebook data export of 14 September 2024 as …"
APPEARS = {
    "en": "Your company appears in my {export}{dated} as {role}{count}.",
    "de": "Ihr Unternehmen erscheint in meinem {export}{dated} als {role}{count}.",
}
APPEARS_THIRD = {  # the same, in a complaint about the company
    "en": "The company appears in my {export}{dated} as {role}{count}.",
    "de": "Das Unternehmen erscheint in meinem {export}{dated} als {role}{count}.",
}
DATED = {"en": " of {date}", "de": " vom {date}"}
ROLES = {
    "en": {
        "customer_list": "an advertiser that uploaded a list containing my data",
        "activity_shared": "a website or app that sent my activity on it to the platform",
        "ad_targeting": "an advertiser that showed me ads or chose me as its audience",
        "ad_engagement": "an advertiser whose ad I interacted with",
        "inference": "linked to an interest or segment the platform filed me under",
        "account": "a service where I have an account",
        "purchase": "a seller I bought from",
        "visit": "a website or place I visited",
        "activity": "a platform that keeps a record of my activity",
    },
    "de": {
        "customer_list": "Werbetreibender, der eine Liste mit meinen Daten hochgeladen hat",
        "activity_shared": "Website oder App, die meine Aktivität dort an die Plattform gesendet hat",
        "ad_targeting": "Werbetreibender, der mir Werbung gezeigt oder mich als Zielgruppe ausgewählt hat",
        "ad_engagement": "Werbetreibender, mit dessen Werbung ich interagiert habe",
        "inference": "verknüpft mit einem Interesse oder Segment, dem die Plattform mich zugeordnet hat",
        "account": "Anbieter, bei dem ich ein Konto habe",
        "purchase": "Verkäufer, bei dem ich eingekauft habe",
        "visit": "Website oder Ort, den ich besucht habe",
        "activity": "Plattform, die Aufzeichnungen über meine Aktivität speichert",
    },
}
COUNT = {"en": " ({n} entries, the latest of {last})", "de": " ({n} Einträge, der letzte vom {last})"}
COUNT_ONE = {"en": " (entry of {last})", "de": " (Eintrag vom {last})"}
# Entries without a time (an inference list, account records): how many, and no "latest of ?".
COUNT_UNDATED = {"en": " ({n} entries)", "de": " ({n} Einträge)"}
MAIL = {
    "en": "Your company sends e-mail to my address: my mailbox holds {n} messages from you, the latest of {last}.",
    "de": "Ihr Unternehmen sendet E-Mails an meine Adresse: mein Postfach enthält {n} Nachrichten von Ihnen, "
    "die letzte vom {last}.",
}
MAIL_ONE = {
    "en": "Your company sends e-mail to my address: my mailbox holds a message from you of {last}.",
    "de": "Ihr Unternehmen sendet E-Mails an meine Adresse: mein Postfach enthält eine Nachricht von Ihnen vom {last}.",
}
MAIL_ONE_THIRD = {
    "en": "The company sends e-mail to my address: my mailbox holds a message from it of {last}.",
    "de": "Das Unternehmen sendet E-Mails an meine Adresse: mein Postfach enthält eine Nachricht von ihm vom {last}.",
}
MAIL_THIRD = {
    "en": "The company sends e-mail to my address: my mailbox holds {n} messages from it, the latest of {last}.",
    "de": "Das Unternehmen sendet E-Mails an meine Adresse: mein Postfach enthält {n} Nachrichten von ihm, "
    "die letzte vom {last}.",
}
