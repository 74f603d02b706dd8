"""Authentication-Results: the fast reading of the plain shape agrees with authres, the reference, on every value."""

from __future__ import annotations

import authres
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers.mail.results import MISSING_ID, Header, Result, plain, read, with_authres
from tests.generators import mail_auth

# Real shapes: Gmail's (formats/README.md §1.8.1), the gappssmtp trap, Microsoft 365 without an authserv-id.
REAL = [
    "mx.google.com; dkim=pass header.i=@paypal.example header.s=pp-dkim1 header.b=AbCdEfGh; spf=pass (google.com: "
    "domain of service@paypal.example designates 192.0.2.226 as permitted sender) smtp.mailfrom=service@paypal.example;"
    " dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=paypal.example",
    "mx.google.com; dkim=pass header.i=@pex-com.20150623.gappssmtp.com header.s=20150623 header.b=x; spf=neutral "
    "(google.com: 192.0.2.1 is neither permitted nor denied) smtp.mailfrom=a@pex.example; dmarc=fail (p=NONE sp=NONE "
    "dis=NONE) header.from=pex.example",
    "spf=pass (sender IP is 198.51.100.7) smtp.mailfrom=fourthcoffee.example; dkim=pass (signature was verified) "
    "header.d=fourthcoffee.example;dmarc=pass action=none header.from=fourthcoffee.example;compauth=pass reason=100",
    "mx.google.com; none",
]


@pytest.mark.parametrize("value", REAL)
def test_real_shapes_take_the_fast_path_and_read_as_authres_reads_them(value: str) -> None:
    fast = plain(value)
    assert fast is not None
    assert fast == with_authres(value)


def test_microsoft_365_without_authserv_id_is_read_under_a_stand_in() -> None:
    header = read(REAL[2])
    assert header.authserv_id == MISSING_ID
    assert [(r.method, r.result) for r in header.results] == [
        ("spf", "pass"), ("dkim", "pass"), ("dmarc", "pass"), ("compauth", "pass"),
    ]  # fmt: skip
    # `action=none` is no property type: authres skips it, so do we
    assert header.results[2].properties == (("header", "from", "fourthcoffee.example"),)
    assert header.results[3].reason == "100"


def test_quoted_values_go_to_authres() -> None:
    value = 'mx.google.com; spf=pass smtp.mailfrom="bounces+1-a=example.org@sendgrid.net"; dmarc=pass header.from=a.ex'
    assert plain(value) is None
    assert read(value).results[0].properties == (("smtp", "mailfrom", "bounces+1-a=example.org@sendgrid.net"),)


def test_every_generated_verdict_but_the_quoted_one_takes_the_fast_path() -> None:
    values = []
    for case in mail_auth.gmail_cases() + mail_auth.outlook_cases():
        text = case.mail.decode().replace("\r\n", "\n")
        for line in text.split("\nAuthentication-Results: ")[1:]:
            value = line.split("\n", 1)[0]
            rest = line.split("\n", 1)[1]
            while rest.startswith(" "):  # folded
                more, _, rest = rest.partition("\n")
                value += " " + more.strip()
            values.append(" ".join(value.split()))
    assert len(values) >= 20
    slow = [v for v in values if plain(v) is None]
    assert len(slow) == 1 and "sendgrid.net" in slow[0]
    assert all(read(v) == with_authres(v) for v in values)


def test_unreadable_values_raise() -> None:
    for value in ("garbage ;;; ((", "mx.google.com; dkim=pass;", "mx.google.com;", ""):
        assert plain(value) is None
        with pytest.raises(authres.AuthResError):
            read(value)


# -- differential: any value built from the pieces real headers (and broken ones) are made of --------------
# (plain pieces, odd pieces): most drawn values are plain, so the fast path is exercised, and odd pieces are mixed in.
_IDS = (["mx.google.com", "MX.Google.COM", "mx.google.com (by Gmail)"], ["mx.example.net 1", "spf=pass", "", "a..b"])
_METHODS = (
    ["dkim", "spf", "dmarc", "arc", "compauth", "DKIM", "x-foo", "auth"],
    ["dkim/1", "none", "nonesuch", "dk im"],
)
_OUTCOMES = (["pass", "fail", "softfail", "neutral", "none", "temperror", "bestguesspass", "PASS"], ["", "pass/x"])
_REASONS = (["", "", "reason=100", "Reason=1"], ['reason="a b"', "reason=a/b", "reasonx=1", "reason="])
_PROPERTIES = (
    [
        "header.i=@a.example", "header.d=a.example", "smtp.mailfrom=x@b.example", "header.from=a.example",
        "action=none", "policy.published-domain-policy=reject", "x-foo.bar=baz", "header.b=Qm9v+/=",
        "header.s=s1", "body.hash=abc", "(a comment)", "header.from=a.example(c)", "Header.From=A.example",
        "smtp.helo=mx.b.example", "header.i=x@a.example",
    ],
    [
        'smtp.mailfrom="x@b.example"', "header.i=@", "header.d=", "smtp=x", "(nested (comment))", "(unclosed",
        "header.i=@a..b", "header .d=x", "header.d = x", "héader.d=x", "header.d=a\\b", "header.from=a;b", "a=b=c",
    ],
)  # fmt: skip
_SEPARATORS = ([";", "; ", ";\t", " ; ", ";(c) "], [";;", "\x0b;"])


@st.composite
def _values(draw: st.DrawFn) -> str:
    def pick(pieces: tuple[list[str], list[str]]) -> str:
        return draw(st.sampled_from(pieces[1] if draw(st.integers(0, 9)) == 0 else pieces[0]))

    parts = [pick(_IDS)]
    for _ in range(draw(st.integers(0, 4))):
        words = [f"{pick(_METHODS)}={pick(_OUTCOMES)}", pick(_REASONS)]
        words += [pick(_PROPERTIES) for _ in range(draw(st.integers(0, 4)))]
        parts.append(pick(_SEPARATORS) + " ".join(w for w in words if w))
    if draw(st.integers(0, 4)) == 0:
        parts.append(draw(st.sampled_from([";", " ", "; none", " (trailing comment)"])))
    return "".join(parts)


def _reference(value: str) -> Header | None:
    try:
        return with_authres(value)
    except authres.AuthResError:
        return None


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=_values())
def test_the_fast_path_reads_every_value_as_authres_does_or_leaves_it_to_authres(value: str) -> None:
    fast = plain(value)
    if fast is not None:
        assert fast == _reference(value), value


def test_a_result_keeps_property_values_as_written() -> None:
    (result,) = read("mx.google.com; dkim=pass header.i=@Brand.Example header.s=S1").results
    assert result == Result("dkim", "pass", None, (("header", "i", "@Brand.Example"), ("header", "s", "S1")))
