"""Generated mbox mailboxes for the fictional persona: brand mail, marketing mail, private freemail,
RFC 2047 headers, broken headers, a message without From. Never real mail."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from tests import persona

BASE = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)


def message(
    headers: Iterable[tuple[str, str]],
    body: str = "Hello Alex,\n\nthis is a generated test message.\n",
    *,
    sender_line: str = "From 1790000000000000001@xxx Fri Mar 01 08:00:00 +0000 2024",
    crlf: bool = False,
) -> bytes:
    """One mbox entry: the "From " separator line, the headers, a blank line, the body (mboxrd-escaped)."""
    lines = [f"{name}: {value}" for name, value in headers]
    escaped = "\n".join((">" + ln) if ln.lstrip(">").startswith("From ") else ln for ln in body.split("\n"))
    text = "\n".join(lines) + "\n\n" + escaped
    if not text.endswith("\n"):
        text += "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    return (sender_line + "\n").encode() + text.encode("utf-8") + b"\n"


def _date(i: int) -> str:
    return format_datetime(BASE + timedelta(hours=i))


def sample_messages() -> list[tuple[str, bytes]]:
    """(label, message) pairs covering every case the mbox importer must handle."""
    me = persona.EMAIL
    return [
        (
            "newsletter",
            message(
                [
                    ("From", "Acme Outdoor Co <news@mail.acme-outdoor.example>"),
                    ("To", me),
                    ("Subject", "Spring sale: 20% off tents"),
                    ("Date", _date(1)),
                    ("Message-ID", "<spring-sale-001@mail.acme-outdoor.example>"),
                    ("List-Unsubscribe", "<mailto:unsubscribe@mail.acme-outdoor.example>"),
                    ("Precedence", "bulk"),
                    ("X-Mailgun-Sid", "WyJmYWtlIl0="),
                    ("X-Gmail-Labels", "Inbox,Category Promotions"),
                ],
                body="Dear Alex,\nFrom now on every tent is cheaper.\n",
            ),
        ),
        (
            "receipt",
            message(
                [
                    ("From", "Globex Bank <service@globexbank.example>"),
                    ("To", f"Alex Example <{me}>"),
                    ("Subject", "Your statement is ready"),
                    ("Date", _date(2)),
                    ("Message-ID", "<statement-2024-03@globexbank.example>"),
                ]
            ),
        ),
        (
            "encoded",
            message(
                [
                    ("From", "=?utf-8?q?M=C3=BCller_Reisen_=C3=BCber_Northwind?= <info@northwind.example>"),
                    ("To", me),
                    ("Subject", "=?iso-8859-1?q?Gr=FC=DFe_aus_K=F6ln?="),
                    ("Date", _date(3)),
                    ("Message-ID", "<trip-77@northwind.example>"),
                    ("Feedback-ID", "campaign-1:northwind:esp"),
                ]
            ),
        ),
        (
            "freemail_person",
            message(
                [
                    ("From", "Jamie Freund <jamie.freund@gmx.de>"),
                    ("To", me),
                    ("Subject", "Kaffee am Samstag?"),
                    ("Date", _date(4)),
                    ("Message-ID", "<abc123@gmx.de>"),
                ]
            ),
        ),
        (
            "no_from",
            message(
                [
                    ("To", me),
                    ("Subject", "a message without a sender"),
                    ("Date", _date(5)),
                    ("Message-ID", "<nofrom@nowhere.example>"),
                ]
            ),
        ),
        (
            "broken_header",
            message(
                [
                    ("From", "Contoso Coffee <hello@contoso-coffee.example>"),
                    ("Subject", "Your order"),
                    ("Date", "not a date at all"),
                ]
            ).replace(b"Subject: Your order\n", b"Subject: Your order\nthis line has no colon\n"),
        ),
        (
            "no_message_id",
            message(
                [
                    ("From", "Umbrella Pharma <noreply@umbrella-pharma.example>"),
                    ("To", me),
                    ("Subject", "Your prescription reminder"),
                    ("Date", _date(6)),
                    ("X-SG-EID", "fakeSendGridEventId"),
                ]
            ),
        ),
        (
            "sent_by_me",
            message(
                [
                    ("From", f"Alex Example <{me}>"),
                    ("To", "support@initech.example"),
                    ("Subject", "Question about my plan"),
                    ("Date", _date(7)),
                    ("Message-ID", "<mine-1@example.org>"),
                    ("X-Gmail-Labels", "Sent"),
                ]
            ),
        ),
        (
            "crlf_8bit",
            message(
                [
                    ("From", "Zalando SE <info@service.zalando.de>"),
                    ("To", me),
                    ("Subject", "Deine Bestellung wurde verschickt – Grüße"),
                    ("Date", _date(8)),
                    ("Message-ID", "<order-9@zalando.de>"),
                    ("List-Unsubscribe", "<https://zalando.de/unsubscribe>"),
                ],
                crlf=True,
            ),
        ),
    ]


def sample_mbox() -> bytes:
    return b"".join(m for _, m in sample_messages())


# Expected outcome of sample_mbox(), written out by hand (not derived from the importer).
SAMPLE_BRAND_DOMAINS = {
    "mail.acme-outdoor.example",
    "globexbank.example",
    "northwind.example",
    "contoso-coffee.example",
    "umbrella-pharma.example",
    "service.zalando.de",
}
SAMPLE_OBSERVATIONS = 8  # nine messages, one without From


# Real shape (issue 23, class 12): people writing from their ISP mailbox (eircom.net, missing from our own list)
# or their university became brands. Only a university's own bulk mail names it.
PEOPLE = (
    ("Seán Ó Murchú", "sean.omurchu@eircom.net"),  # Irish ISP mailbox
    ("Pat Doyle", "pdoyle@comcast.net"),  # US ISP mailbox, from the maintained list
    ("Dr. Aoife Byrne", "byrnea@cs.tcd.ie"),  # a lecturer at a university department
    ("Jonas Weber", "jonas.weber@studium.uni-hamburg.de"),
    ("Maria Rossi", "m.rossi@polimi.edu.it"),
)
UNIVERSITY_NEWSLETTER = ("Trinity College Dublin Alumni", "alumni@tcd.ie")


def people_mbox() -> bytes:
    """Mail from private people at ISP and university domains, and one bulk newsletter of a university."""
    out = []
    for i, (name, address) in enumerate(PEOPLE):
        headers = [("From", f"{name} <{address}>"), ("To", persona.EMAIL), ("Subject", f"Hello {i}")]
        out.append(message([*headers, ("Date", _date(20 + i)), ("Message-ID", f"<person-{i}@mail.example>")]))
    name, address = UNIVERSITY_NEWSLETTER
    headers = [("From", f"{name} <{address}>"), ("To", persona.EMAIL), ("Subject", "Alumni news")]
    headers += [("Date", _date(30)), ("Message-ID", "<alumni-1@tcd.ie>"), ("List-Unsubscribe", "<mailto:u@tcd.ie>")]
    out.append(message(headers))
    return b"".join(out)


def _gmail_pass(domain: str, i: int) -> str:
    return (
        f"mx.google.com;\n       dkim=pass header.i=@{domain} header.s=s{i % 3} header.b=QmFzZTY0;\n"
        f"       spf=pass (google.com: domain of bounce-{i}@{domain} designates 192.0.2.{i % 250} as permitted "
        f"sender) smtp.mailfrom=bounce-{i}@{domain};\n"
        f"       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={domain}"
    )


def bulk_messages(n: int) -> Iterator[bytes]:
    """`n` deterministic messages for scale tests and benchmarks: brands, marketing, freemail."""
    brands = persona.BRANDS
    for i in range(n):
        name, domain = brands[i % len(brands)]
        private = i % 7 == 3
        sender = f"Friend {i % 50} <friend{i % 50}@web.de>" if private else f"{name} <news@{domain}>"
        sender_domain = "web.de" if private else domain
        headers = [
            # Real shape: Gmail's verdict on every received message (formats/README.md §1.8.1), so scale tests
            # and benchmarks read it as a real Takeout makes them.
            ("Authentication-Results", _gmail_pass(sender_domain, i)),
            ("From", sender),
            ("To", persona.EMAIL),
            ("Subject", f"Message {i} for you"),
            ("Date", _date(i % 10000)),
            ("Message-ID", f"<bulk-{i}@{domain}>"),
        ]
        if i % 3 == 0:
            headers.append(("List-Unsubscribe", f"<mailto:unsub-{i}@{domain}>"))
        yield message(headers, body=("Lorem ipsum dolor sit amet.\n" * (1 + i % 20)))
