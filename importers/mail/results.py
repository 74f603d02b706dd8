"""An Authentication-Results value (RFC 8601) -> its authserv-id and results, exactly as `authres` reads it.

`authres` is the maintained parser and the reference, but it costs 0.5–2 ms a header (its parser recompiles a
pattern at every token; measured: an mbox import fell from ~11,800 to ~430 messages/s). The plain shape almost
all mail has (tokens, `key=value` pairs, comments without nesting, no quoted strings or escapes) is split here the
way authres reads it; anything else goes to authres, so unusual and hostile values get the very same answer.
tests/importers/mbox/test_auth_results.py checks that both agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

import authres

# Microsoft 365 writes its header without the authserv-id RFC 8601 requires ("spf=pass (sender IP is …)
# smtp.mailfrom=…; dkim=pass … header.d=…;dmarc=pass action=none header.from=…;compauth=pass reason=100");
# authres refuses it. Such a header is read under this stand-in id.
MISSING_ID: Final = "unnamed-receiver"
# The character classes of authres' grammar (RFC 5322 dot-atom, RFC 2045 token, its `ptext` for values).
_ATEXT: Final = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_KTEXT: Final = r"[A-Za-z0-9!#$%&'*+?^_`{|}~-]"
_AUTHSERV_ID: Final = re.compile(rf"{_ATEXT}+(?:\.{_ATEXT}+)*")
_METHOD: Final = re.compile(rf"({_KTEXT}+(?:\.{_KTEXT}+)*)=({_ATEXT}+(?:\.{_ATEXT}+)*)")
_PROPERTY: Final = re.compile(rf"({_KTEXT}+)\.({_KTEXT}+(?:\.{_KTEXT}+)*)=([A-Za-z0-9!#$%&'*+/=?^_`{{|}}~.@-]+)")
_DOT_ATOM: Final = re.compile(rf"{_ATEXT}+(?:\.{_ATEXT}+)*")
_TOKEN: Final = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`{|}~-]+")
_OTHER: Final = re.compile(rf"({_KTEXT}+)=([A-Za-z0-9!#$%&'*+/=?^_`{{|}}~.@-]+)")
_PTYPES: Final = frozenset({"smtp", "header", "body", "policy"})  # authres skips a property of any other type


@dataclass(frozen=True, slots=True)
class Result:
    method: str  # lower case
    result: str  # lower case
    reason: str | None
    properties: tuple[tuple[str, str, str], ...]  # (ptype, property) lower case, and the value as written


@dataclass(frozen=True, slots=True)
class Header:
    authserv_id: str  # lower case
    results: tuple[Result, ...]


def read(value: str) -> Header:
    """The header in `value` (unfolded). Raises authres.AuthResError (or ValueError) when it cannot be read."""
    return plain(value) or with_authres(value)


def with_authres(value: str) -> Header:
    """The reference reading, also of what `plain` leaves alone."""
    try:
        parsed = authres.AuthenticationResultsHeader.parse_value(value)
    except authres.AuthResError:
        if "=" not in value.split(";", 1)[0]:
            raise
        parsed = authres.AuthenticationResultsHeader.parse_value(f"{MISSING_ID}; {value}")
    results = tuple(
        Result(
            str(r.method).lower(),
            str(r.result).lower(),
            None if r.reason is None else str(r.reason),
            tuple((str(p.type).lower(), str(p.name).lower(), str(p.value)) for p in r.properties),
        )
        for r in parsed.results
    )
    return Header(str(parsed.authserv_id).lower(), results)


def _without_comments(value: str) -> str | None:
    """The value with each (comment) replaced by a space; None for nested, unbalanced or adjacent comments."""
    if "(" not in value:
        return None if ")" in value else value
    head, *rest = value.split("(")
    parts = [head]
    for i, chunk in enumerate(rest):
        if chunk.count(")") != 1:
            return None  # nested, or not closed
        after = chunk.split(")", 1)[1]
        if i < len(rest) - 1 and not after.strip():
            return None  # "(a) (b)": authres reads comments one after another differently in places
        parts.append(" " + after)
    return "".join(parts)


def plain(value: str) -> Header | None:
    """The header when `value` has the plain shape, as authres reads it; None for anything else."""
    # Quoted strings, escapes, and characters authres does not take as space or text go to authres.
    if '"' in value or "\\" in value or not value.isascii() or not value.replace("\t", " ").isprintable():
        return None
    text = _without_comments(value)
    if text is None:
        return None
    segments = text.split(";")
    first = segments[0].split()
    if len(first) == 1 and _AUTHSERV_ID.fullmatch(first[0]):
        # authres takes even "spf=none" here as the id when a ';' follows it directly, and so do we
        authserv_id, segments = first[0].lower(), segments[1:]
    elif first and "=" in first[0]:
        authserv_id = MISSING_ID
    else:
        return None  # no id, a version number after it, or characters authres reads otherwise
    if [s.split() for s in segments] == [["none"]]:
        return Header(authserv_id, ())
    results = []
    for segment in segments:
        result = _resinfo(segment.split())
        if result is None:
            return None
        results.append(result)
    return Header(authserv_id, tuple(results)) if results else None


def _resinfo(tokens: list[str]) -> Result | None:
    if not tokens:
        return None  # an empty result (a trailing ';'): authres refuses the header
    method = _METHOD.fullmatch(tokens[0])
    if method is None or tokens[0].lower().startswith("none"):
        return None  # authres reads a leading "none" as the no-result keyword
    rest = tokens[1:]
    reason = None
    if rest and rest[0].lower().startswith("reason"):
        reason = rest[0][len("reason=") :]
        if not rest[0].lower().startswith("reason=") or not _TOKEN.fullmatch(reason):
            return None
        rest = rest[1:]
    properties = []
    for token in rest:
        prop = _PROPERTY.fullmatch(token)
        if prop is None:
            other = _OTHER.fullmatch(token)
            if other is None or other[1].lower() in _PTYPES:
                return None
            continue  # a `key=value` of no property type ("action=none"): authres skips it
        ptype, name, pvalue = prop[1].lower(), prop[2].lower(), prop[3]
        if pvalue.startswith("@") and not _DOT_ATOM.fullmatch(pvalue[1:]):
            return None  # authres reads "@" + domain-name here, and something else when it is not one
        if ptype in _PTYPES:
            properties.append((ptype, name, pvalue))
    return Result(method[1].lower(), method[2].lower(), reason, tuple(properties))
