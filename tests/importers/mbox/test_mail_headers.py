"""The fast header and address readers give exactly what the stdlib gives, on plain and on odd input."""

from __future__ import annotations

from email.parser import BytesHeaderParser
from email.utils import getaddresses

from hypothesis import given, settings
from hypothesis import strategies as st

from importers.mail import headers
from importers.mail.headers import first_address, raw_fields

WANTED = frozenset({"from", "subject", "to", "date", "x-odd", "list-unsubscribe"})


def _stdlib(block: bytes) -> tuple[list[tuple[str, str]], list[str]]:
    msg = BytesHeaderParser().parsebytes(block)
    return [(n, v) for n, v in msg.raw_items() if n.lower() in WANTED], [type(d).__name__ for d in msg.defects]


_NAMES = st.sampled_from(["From", "from", "Subject", "To", "Date", "X-Odd", "List-Unsubscribe", "Received", ""])
_VALUE_PIECES = st.sampled_from(
    ["Acme", " ", "\t", "<a@b.example>", "=?utf-8?q?M=C3=BCller?=", ":", "é".encode().decode("latin-1"), "\x0b",
     "\x0c", "\x1c", "\r", "\r\n", "\n", "\n ", "\n\t", "\r\n ", "From x", "\x00", "\udcc3"]
)  # fmt: skip
_LINES = st.tuples(_NAMES, st.sampled_from([":", ": ", ":\t", " :", ""]), st.lists(_VALUE_PIECES, max_size=6))


def _block(lines: list[tuple[str, str, list[str]]], end: str) -> bytes:
    text = end.join(name + sep + "".join(value) for name, sep, value in lines) + end
    return text.encode("utf-8", "surrogateescape")


@settings(max_examples=400, deadline=None)
@given(lines=st.lists(_LINES, min_size=1, max_size=6), end=st.sampled_from(["\n", "\r\n"]))
def test_fuzz_fields_equal_the_stdlib_parser(lines: list[tuple[str, str, list[str]]], end: str) -> None:
    block = _block(lines, end)
    assert raw_fields(block, WANTED) == _stdlib(block)


def test_plain_blocks_take_the_fast_path_and_agree() -> None:
    for block in [
        b"From: Acme <news@acme.example>\nSubject: Hello\n there\nDate: Fri, 01 Mar 2024 08:00:00 +0000\n",
        b"From: Acme <news@acme.example>\r\nSubject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\r\n\tmore\r\n",
        b"Received: x\nFrom:\tnobody@x.example\nsubject:no space\nX-Odd: \xc3\xa4 8-bit\n",
    ]:
        text = block.decode("ascii", "surrogateescape")
        assert headers._plain_fields(text) is not None
        assert raw_fields(block, WANTED) == _stdlib(block)


def test_odd_blocks_go_to_the_stdlib_with_its_defects() -> None:
    for block in [
        b" continued first\nFrom: a@b.example\n",  # FirstHeaderLineIsContinuationDefect
        b"From: a@b.example\nno colon here\nSubject: x\n",  # the rest is body
        b": no name\nFrom: a@b.example\n",
        b"From: a@b.example\rSubject: lone CR\n",
        b"From: a@b.example",  # no final line break
    ]:
        assert headers._plain_fields(block.decode("ascii", "surrogateescape")) is None
        assert raw_fields(block, WANTED) == _stdlib(block)
    assert raw_fields(b" x\nFrom: a@b.example\n", WANTED)[1] == ["FirstHeaderLineIsContinuationDefect"]


_ATEXT = st.sampled_from([*"AaZz09!#$%&'*+-/=?^_`{|}~ÄéÜ", ".", '"', "(", ")", ",", ";", ":", "\\", "[", "]"])
_WORDS = st.lists(st.text(_ATEXT, min_size=1, max_size=5), max_size=4).map(" ".join)
_LOCAL = st.text(st.sampled_from(list("abz09._+-")), min_size=1, max_size=6)
_DOMAIN = st.sampled_from(["acme.example", "b", "mail.acme.co.uk", "x-y.example", "[1.2.3.4]"])


def _spaced(value: str) -> str:
    return " ".join(value.split())  # as mbox._text hands the value over


@settings(max_examples=500, deadline=None)
@given(
    name=_WORDS,
    local=_LOCAL,
    domain=_DOMAIN,
    shape=st.sampled_from(["{n} <{a}>", "{n}<{a}>", "{a}", "<{a}>", '"{n}" <{a}>', "{a} ({n})", "{n} <{a}", "{n} {a}>",
                           "{n} <{a}>, other@x.example", "{n}: {a};", "{a}>"]),
)  # fmt: skip
def test_fuzz_first_address_equals_getaddresses(name: str, local: str, domain: str, shape: str) -> None:
    value = _spaced(shape.format(n=name, a=f"{local}@{domain}"))
    pairs = getaddresses([value])
    assert first_address(value) == (pairs[0] if pairs else ("", ""))


def test_common_senders() -> None:
    for value in ["Acme Outdoor Co <news@acme-outdoor.example>", "news@acme.example", "<a@b.example>",
                  "O'Brien Ltd <a@b.example>", "Ä Müller <a@b.example>", "J. Smith <j@x.example>", ""]:  # fmt: skip
        pairs = getaddresses([value])
        assert first_address(value) == (pairs[0] if pairs else ("", ""))
