"""Generated Gmail Takeout and Outlook mail carrying the receiving server's Authentication-Results, for issue 31
class 4 (formats/README.md §1.8.1): genuine brand mail, brands sending through mail services, spoofed display
names, forged verdicts lower in the header, Spam, and an old message without any verdict. Never real mail.

Every message stands for a real shape; the comment at each says which. Expected outcomes are written out by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from tests import persona
from tests.generators.mbox import message

BASE = datetime(2024, 5, 2, 7, 30, tzinfo=UTC)
# Gmail folds its Authentication-Results onto continuation lines indented by seven spaces [V-sample, §1.8.1].
_FOLD = ";\n       "


@dataclass(frozen=True, slots=True)
class Case:
    label: str
    mail: bytes
    brand_domain: str | None  # the From domain when the sender names a brand, else None
    brand_name: str | None = None  # the display name the brand is shown under


def gmail_results(*results: str, receiver: str = "mx.google.com") -> str:
    """An Authentication-Results value as Gmail writes it: `mx.google.com;` then one result per folded line."""
    return receiver + _FOLD + _FOLD.join(results)


def dkim(domain: str, outcome: str = "pass", selector: str = "s2024") -> str:
    # Gmail names the signer by header.i=@<d> with the selector and the first 8 characters of the signature.
    return f"dkim={outcome} header.i=@{domain} header.s={selector} header.b=Qm9vTWFp"


def spf(mailfrom: str, outcome: str = "pass", ip: str = "192.0.2.25") -> str:
    why = {
        "pass": f"domain of {mailfrom} designates {ip} as permitted sender",
        "softfail": f"domain of transitioning {mailfrom} does not designate {ip} as permitted sender",
        "fail": f"domain of {mailfrom} does not designate {ip} as permitted sender",
        "neutral": f"{ip} is neither permitted nor denied by best guess record for domain of {mailfrom}",
    }[outcome]
    return f"spf={outcome} (google.com: {why}) smtp.mailfrom={mailfrom}"


def dmarc(header_from: str, outcome: str = "pass", policy: str = "REJECT") -> str:
    return f"dmarc={outcome} (p={policy} sp={policy} dis=NONE) header.from={header_from}"


def takeout_message(
    i: int,
    sender: str,
    subject: str,
    labels: str,
    results: str | None,
    *,
    extra: tuple[tuple[str, str], ...] = (),
    below: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """One message in Gmail Takeout's order: X-GM-THRID, X-Gmail-Labels, the headers as Gmail received them
    (Delivered-To, Received, ARC-*, Return-Path, Received-SPF, Gmail's Authentication-Results), then the
    sender's own headers (`below`: what the sender wrote, a forged verdict among them), From last."""
    thread = 1799000000000000000 + i
    when = format_datetime(BASE + timedelta(hours=i))
    headers: list[tuple[str, str]] = [("X-GM-THRID", str(thread)), ("X-Gmail-Labels", labels)]
    headers += [
        ("Delivered-To", persona.EMAIL),
        ("Received", f"by 2002:a05:6a10:{i:x} with SMTP id x{i};\n        {when}"),
    ]
    if results is not None:
        # Gmail copies its verdict into the ARC set it adds; only the plain header is read.
        headers += [("ARC-Authentication-Results", "i=1; " + results)]
        headers += [("Authentication-Results", results)]
    headers += list(below)
    headers += [("From", sender), ("To", persona.EMAIL), ("Subject", subject), ("Date", when)]
    headers += [("Message-ID", f"<auth-{i}@mail.generated.example>"), *extra]
    return message(headers, sender_line=f"From {thread}@xxx Thu May 02 07:30:00 +0000 2024", crlf=i % 2 == 0)


_UNSUBSCRIBE = (
    ("List-Unsubscribe", "<https://list.generated.example/u/1>, <mailto:unsub@list.generated.example>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
)


def gmail_cases() -> list[Case]:
    """A Gmail Takeout mailbox: each case one message."""
    cases: list[Case] = []

    def add(label: str, brand: str | None, name: str | None, *args: object, **kw: object) -> None:
        cases.append(Case(label, takeout_message(len(cases), *args, **kw), brand, name))  # type: ignore[arg-type]

    # Real shape: a brand's own mail server; Gmail shows all three passing with the brand's p=REJECT policy.
    add(
        "brand_all_pass", "contoso-coffee.example", "Contoso Coffee",
        "Contoso Coffee <news@contoso-coffee.example>", "Your beans shipped", "Inbox,Category Updates",
        gmail_results(
            dkim("contoso-coffee.example"), spf("bounce@contoso-coffee.example"), dmarc("contoso-coffee.example"),
        ),
    )  # fmt: skip
    # Real shape: a brand sending through SendGrid with its own DKIM key: two signatures (the brand's and
    # SendGrid's sendgrid.info), the envelope at sendgrid.net (SPF not aligned), DMARC passes on the DKIM.
    add(
        "esp_relay_dmarc", "northwind.example", "Northwind Travel",
        "Northwind Travel <hello@northwind.example>", "Your trip to Lisbon", "Inbox,Category Promotions",
        gmail_results(
            dkim("northwind.example"), dkim("sendgrid.info", selector="smtpapi"),
            spf('"bounces+4242-ab12-alex.example=example.org@sendgrid.net"'), dmarc("northwind.example", policy="NONE"),
        ),
        extra=(*_UNSUBSCRIBE, ("X-SG-EID", "generatedSendGridEventId")),
    )  # fmt: skip
    # Real shape: Mailchimp signing with the brand's key (CNAME-delegated DKIM), envelope under mcsv.net, and no
    # DMARC record at the brand: Gmail writes no dmarc= result at all. The aligned DKIM pass alone decides.
    add(
        "esp_relay_dkim_only", "fabrikam.example", "Fabrikam Garden",
        "Fabrikam Garden <newsletter@fabrikam.example>", "Spring bulbs are here", "Inbox,Category Promotions",
        gmail_results(
            dkim("fabrikam.example", selector="k1"),
            spf("bounce-mc.us5_123.456-alex=example.org@mail123.atl11.mcsv.net"),
        ),
        extra=(*_UNSUBSCRIBE, ("X-MC-User", "generated0123456789")),
    )  # fmt: skip
    # Real shape: an unsigned mail from a subdomain of the brand: only SPF passes, aligned by registrable domain.
    add(
        "spf_aligned_only", "globexbank.example", "Globex Bank",
        "Globex Bank <service@globexbank.example>", "Your statement is ready", "Inbox,Category Updates",
        gmail_results(spf("bounce@mailer.globexbank.example")),
    )  # fmt: skip
    # Real shape (the example): a display name of a brand on an unrelated address that does not
    # authenticate. Neither PayPal nor random.example is a brand.
    add(
        "spoofed_display_name", None, None,
        '"PayPal" <x@random.example>', "Your account is limited", "Inbox",
        gmail_results(spf("x@random.example", "softfail", ip="203.0.113.66")),
    )  # fmt: skip
    # Real trap [V-sample §1.8.1]: a valid signature of another domain (Google Workspace's default gappssmtp.com
    # key) while DMARC fails for the From domain.
    add(
        "foreign_signature", None, None,
        "Pex Accounts <billing@pex.example>", "Invoice overdue", "Inbox",
        gmail_results(
            dkim("pex-example.20150623.gappssmtp.com", selector="20150623"),
            spf("billing@pex.example", "neutral", ip="203.0.113.9"), dmarc("pex.example", "fail", policy="NONE"),
        ),
    )  # fmt: skip
    # Real shape: a phisher writes a passing verdict of their own into the headers; Gmail's topmost one fails.
    add(
        "forged_lower_verdict", None, None,
        "Woodgrove Bank <alerts@woodgrove.example>", "Confirm your login", "Inbox",
        gmail_results(
            dkim("woodgrove.example", "fail"), spf("alerts@woodgrove.example", "fail", ip="203.0.113.7"),
            dmarc("woodgrove.example", "fail"),
        ),
        below=(
            ("Authentication-Results", gmail_results(dkim("woodgrove.example"), dmarc("woodgrove.example"))),
            ("X-Original-Authentication-Results", gmail_results(dmarc("woodgrove.example"))),
        ),
    )  # fmt: skip
    # Real shape: an encoded display name that decodes to a brand's address in angle brackets; the address that
    # counts is the real one after it, which does not authenticate.
    add(
        "encoded_address_in_name", None, None,
        "=?utf-8?q?PayPal_=3Cservice=40paypal.example=3E?= <x@random.example>", "Security alert", "Inbox",
        gmail_results(spf("x@random.example", "softfail", ip="203.0.113.66")),
    )  # fmt: skip
    # Real shape (issue 31): display names in single quotes, which RFC 5322 does not remove ('eharmony Info').
    add(
        "single_quoted_name", "eharmony-mail.example", "eharmony Info",
        "'eharmony Info' <info@eharmony-mail.example>", "New matches", "Inbox,Category Promotions",
        gmail_results(dkim("eharmony-mail.example"), spf("info@eharmony-mail.example"), dmarc("eharmony-mail.example")),
        extra=_UNSUBSCRIBE,
    )  # fmt: skip
    # Real shape: an RFC 2047 word with the quotes inside it, and one with an encoded comma in the company name.
    add(
        "encoded_quoted_name", "cafe-fabrikam.example", "Café Fabrikam",
        "=?UTF-8?Q?=22Caf=C3=A9_Fabrikam=22?= <hallo@cafe-fabrikam.example>", "Dein Gutschein", "Inbox",
        gmail_results(dkim("cafe-fabrikam.example"), dmarc("cafe-fabrikam.example")),
    )  # fmt: skip
    add(
        "encoded_comma", "tailspin.example", "Tailspin Toys, Inc.",
        "=?utf-8?q?Tailspin_Toys=2C_Inc=2E?= <orders@tailspin.example>", "Order 1001", "Inbox,Category Updates",
        gmail_results(dkim("tailspin.example"), dmarc("tailspin.example")),
    )  # fmt: skip
    # Real shape: a sender without a domain of its own uses the mail service's (From at klaviyomail.com,
    # envelope at sendgrid.net); both authenticate as the service, which is no brand.
    add(
        "mail_service_from", None, None,
        "Wingtip Deals <deals@send.klaviyomail.com>", "48 hours only", "Inbox,Category Promotions",
        gmail_results(dkim("send.klaviyomail.com"), dmarc("send.klaviyomail.com")), extra=_UNSUBSCRIBE,
    )  # fmt: skip
    add(
        "mail_service_envelope_as_from", None, None,
        "bounces+99-alex.example=example.org@sendgrid.net", "Delivery report", "Inbox",
        gmail_results(spf("bounces+99-alex.example=example.org@sendgrid.net")),
    )  # fmt: skip
    # Real shape: an organisation's authenticated newsletter Gmail filed as Spam: it still holds the address.
    add(
        "spam_authenticated_bulk", "adatum.example", "Adatum Insurance",
        "Adatum Insurance <offers@adatum.example>", "Save on your car insurance", "Spam,Category Promotions",
        gmail_results(dkim("adatum.example"), spf("bounce@adatum.example"), dmarc("adatum.example")),
        extra=_UNSUBSCRIBE,
    )  # fmt: skip
    # Real shape: a hijacked mailbox at a company sends spam under its owner's name. DMARC passes (it is their
    # real account), but a person's name in Spam is never a brand, with or without bulk headers.
    add(
        "spam_person", None, None,
        "Morgan Keane <morgan.keane@litware.example>", "Invoice attached", "Spam",
        gmail_results(dkim("litware.example"), spf("morgan.keane@litware.example"), dmarc("litware.example")),
    )  # fmt: skip
    add(
        "spam_person_bulk", None, None,
        "Riley Novak <riley.novak@proseware.example>", "Business proposal", "Spam",
        gmail_results(dkim("proseware.example"), dmarc("proseware.example")), extra=_UNSUBSCRIBE,
    )  # fmt: skip
    # Real shape: bulk spam with unsubscribe headers that does not authenticate.
    add(
        "spam_unauthenticated_bulk", None, None,
        "Mega Deals <deals@cheap-watches.example>", "Rolex 90% off", "Spam",
        gmail_results(
            spf("deals@cheap-watches.example", "fail", ip="203.0.113.80"), dmarc("cheap-watches.example", "fail"),
        ),
        extra=_UNSUBSCRIBE,
    )  # fmt: skip
    # Real shape: a message from before Gmail wrote Authentication-Results (2009), still in the account.
    add(
        "old_without_verdict", "initech.example", "Initech Mobile",
        "Initech Mobile <billing@initech.example>", "Your bill for March 2009", "Inbox", None,
    )  # fmt: skip
    return cases


def gmail_mbox() -> bytes:
    return b"".join(c.mail for c in gmail_cases())


def outlook_cases() -> list[Case]:
    """An mbox saved from an Outlook.com / Microsoft 365 mailbox by a mail program (no Gmail headers)."""
    cases: list[Case] = []
    # Real shape: Microsoft 365 writes its header without the authserv-id RFC 8601 requires, and runs the results
    # together with ';' and no space; `compauth` is its own composite verdict.
    ok = (
        "spf=pass (sender IP is 198.51.100.7) smtp.mailfrom=mail.fourthcoffee.example; dkim=pass (signature was "
        "verified) header.d=fourthcoffee.example;dmarc=pass action=none header.from=fourthcoffee.example;"
        "compauth=pass reason=100"
    )
    spoof = (
        "spf=fail (sender IP is 203.0.113.99) smtp.mailfrom=account-security.example; dkim=none (message not "
        "signed) header.d=none;dmarc=none action=none header.from=account-security.example;compauth=fail reason=001"
    )
    for i, (label, sender, results, brand, name) in enumerate(
        [
            ("outlook_brand", "Fourth Coffee <news@fourthcoffee.example>", ok, "fourthcoffee.example", "Fourth Coffee"),
            ("outlook_spoof", "Microsoft account team <no-reply@account-security.example>", spoof, None, None),
        ]
    ):
        when = format_datetime(BASE + timedelta(days=3, hours=i))
        headers = [
            ("Received", f"from EUR01.prod.outlook.example (2603:10a6::{i}) by AM0PR.outlook.example;\n {when}"),
            ("Authentication-Results", results),
            ("From", sender), ("To", persona.EMAIL), ("Subject", f"Outlook message {i}"), ("Date", when),
            ("Message-ID", f"<outlook-{i}@generated.example>"),
        ]  # fmt: skip
        cases.append(Case(label, message(headers, crlf=True), brand, name))
    return cases


def outlook_mbox() -> bytes:
    return b"".join(c.mail for c in outlook_cases())
