"""Mail services' own sending domains, as data: mail from (or signed only by) one of them names no brand.

An email service provider (ESP) sends for thousands of companies. Without a custom domain it puts its own
domain into the envelope sender (SPF), the DKIM signature `d=` and sometimes the From address, so the domain
says "sent through Mailchimp", never who sent it. The companies' own websites (mailchimp.com, sendgrid.com)
are not listed: the ESP mails its customers from those as itself.

Sources (what each service documents, or what its headers show):
- SendGrid: envelope sender `bounces+…@sendgrid.net`, default DKIM `d=sendgrid.info` (SendGrid docs,
  "Domain Authentication"; header samples in Gmail's Authentication-Results).
- Mailchimp: envelope sender and default DKIM under `mcsv.net`, `mcdlv.net`, `rsgsv.net`; lists on
  `list-manage.com`; Mandrill (its transactional sister) `mandrillapp.com` (dmarc.wiki/mailchimp; Mailchimp
  help "About Email Domain Authentication").
- Klaviyo: shared sending domain `klaviyomail.com` (Klaviyo help "How to set up a branded sending domain").
- Amazon SES: default MAIL FROM and Easy DKIM under `amazonses.com` (AWS SES developer guide, "SPF").
- Mailgun: shared domain `mailgun.org` (Mailgun docs, "Domain verification").
- SparkPost: `sparkpostmail.com` (SparkPost API docs, "Sending Domains": CNAME to sparkpostmail.com).
- Salesforce Marketing Cloud (ExactTarget): `exacttarget.com` bounce domains (`bounce.s7.exacttarget.com`).
- Marketo `mktomail.com`, HubSpot `hubspotemail.net`, Campaign Monitor `createsend.com`, `cmail19.com`,
  `cmail20.com`, Oracle Responsys `rsys2.net`, `rsys5.net`, Postmark `mtasv.net`, Constant Contact
  `ccsend.com`, Emarsys `emarsys.net` (each service's SPF include / default return-path domain).
- Google Workspace's default DKIM `*.gappssmtp.com` (formats/README.md §1.8.1: a valid signature of another
  domain) and Microsoft 365 tenant names `*.onmicrosoft.com` (anyone can open a tenant under any name).
Add a service by adding a line.
"""

from __future__ import annotations

from typing import Final

MAIL_SERVICE_DOMAINS: Final = frozenset(
    {
        "sendgrid.net", "sendgrid.info",
        "mcsv.net", "mcdlv.net", "rsgsv.net", "list-manage.com", "mailchimpapp.net", "mandrillapp.com",
        "klaviyomail.com",
        "amazonses.com",
        "mailgun.org",
        "sparkpostmail.com",
        "exacttarget.com",
        "mktomail.com",
        "hubspotemail.net",
        "createsend.com", "cmail19.com", "cmail20.com",
        "rsys2.net", "rsys5.net",
        "mtasv.net",
        "ccsend.com",
        "emarsys.net",
        "gappssmtp.com",
        "onmicrosoft.com",
    }
)  # fmt: skip


def is_mail_service(domain: str) -> bool:
    """True for a mail service's sending domain or any subdomain of it ('em123.sendgrid.net')."""
    d = domain.lower().strip(".")
    while "." in d:
        if d in MAIL_SERVICE_DOMAINS:
            return True
        d = d.split(".", 1)[1]
    return False
