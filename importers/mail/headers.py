"""The header fields of one mail, fast for the plain shapes real mail has, and exactly as the stdlib reads them.

The stdlib's header parser and address parser cost ~60 us a message, most of an mbox import. A header
block where every line is `Name: value` or a folded continuation is split here the way
email.feedparser and the compat32 policy split it; a From of the shape `Name <addr>` or `addr` is read
by one regex. Anything else (a line without a name, a lone CR, quotes, comments, groups) goes to the
stdlib, so unusual and hostile input gets the very same answer and defects it always did.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from typing import Final

# A header line as feedparser's headerRE accepts it, with a non-empty name (printable ASCII, no colon).
_FIELD: Final = re.compile(r"[\x21-\x39\x3b-\x7e]+:")
# Characters with a meaning in an address header (RFC 5322 specials, whitespace in an address).
_PLAIN_ADDRESS: Final = r"[^\s<>()\",:;@\[\]\\]+@[^\s<>()\",:;@\[\]\\]+"
_NAME_ADDR: Final = re.compile(rf"([^\s<>()\",:;@\[\]\\.]+(?: [^\s<>()\",:;@\[\]\\.]+)*) ?<({_PLAIN_ADDRESS})>")
_BARE_ADDR: Final = re.compile(rf"({_PLAIN_ADDRESS})|<({_PLAIN_ADDRESS})>")


def raw_fields(block: bytes, wanted: Collection[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """(name, raw value) of the `wanted` fields (lower-case names) in order, and the parser's defects.

    Values are as `Message.raw_items()` gives them: folded lines kept, the last line break removed.
    """
    text = block.decode("ascii", "surrogateescape")
    fields = _plain_fields(text)
    if fields is None:
        msg = BytesHeaderParser().parsebytes(block)
        defects = [type(d).__name__ for d in msg.defects]
        return [(n, v) for n, v in msg.raw_items() if n.lower() in wanted], defects
    return [(n, v) for n, v in fields if n.lower() in wanted], []


def _plain_fields(text: str) -> list[tuple[str, str]] | None:
    """The fields of a block of only `Name: value` lines and continuations, or None for anything else."""
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return None  # a lone CR ends a line for feedparser
    if not text.endswith("\n"):
        return None
    fields: list[tuple[str, str]] = []
    name: str | None = None
    parts: list[str] = []
    # Split on LF only (a CR here is always part of a CRLF): str.splitlines would also split on \v, \f and
    # \x1c-\x1e, which feedparser keeps inside a line.
    for bare in text.split("\n")[:-1]:
        line = bare + "\n"
        if line[0] in " \t":
            if name is None:
                return None  # a continuation first: a defect the stdlib reports
            parts.append(line)
            continue
        m = _FIELD.match(line)
        if m is None:
            return None
        if name is not None:
            fields.append((name, "".join(parts).rstrip("\r\n")))
        name = line[: m.end() - 1]
        parts = [line[m.end() :].lstrip(" \t")]
    if name is not None:
        fields.append((name, "".join(parts).rstrip("\r\n")))
    return fields


def first_address(value: str) -> tuple[str, str]:
    """(display name, address) of the first address in a From-like header, as email.utils.getaddresses reads it.

    `value` has its whitespace collapsed to single spaces already.
    """
    m = _NAME_ADDR.fullmatch(value)
    if m is not None:
        return m[1], m[2]
    m = _BARE_ADDR.fullmatch(value)
    if m is not None:
        return "", m[1] or m[2]
    pairs = getaddresses([value])
    return pairs[0] if pairs else ("", "")
