"""The ways an age file can fail to open, one class each, so callers (and the CCTV tests) can tell them apart."""

from __future__ import annotations

from vault.errors import MeCloudError


class AgeError(MeCloudError):
    """Any failure to read or write an age v1 file."""


class HeaderError(AgeError):
    """The header is malformed, or a stanza addressed to one of our identities is invalid."""


class NoIdentityMatch(AgeError):
    """None of the identities we hold can unwrap the file key: the file is not for us."""


class HmacError(AgeError):
    """The header's MAC does not match: the header was changed after it was written."""


class PayloadError(AgeError):
    """The encrypted payload is truncated, reordered, tampered with or followed by garbage."""


class ArmorError(AgeError):
    """The ASCII armor around the file is not the strict PEM-like form age writes."""
