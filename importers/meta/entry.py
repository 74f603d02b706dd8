"""What the Meta readers hand to the handlers: one entry of a document, whether read from JSON or HTML."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vault.errors import ImportFailed


class MetaFileUnreadable(ImportFailed):
    """One file of a Meta export cannot be read: an issue for that file, not for the whole import."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One top-level piece of a document: an element of a top-level array (key None, listed True),
    an element of an array under a top-level key (listed True), or a whole top-level value
    (listed False; an empty array comes as the value [] so its section is still seen)."""

    key: str | None
    value: Any
    listed: bool
