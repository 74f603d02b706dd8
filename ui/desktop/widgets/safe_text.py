"""Export content is untrusted: strip control and bidi-override characters before it reaches a widget."""

from __future__ import annotations

import unicodedata

# Bidi embeddings/overrides/isolates can make "moc.elgoog" read as "google.com": drop them all.
_BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)}
MAX_CHARS = 500


def clean(text: object, limit: int = MAX_CHARS) -> str:
    """One line of plain, displayable text, shortened to `limit` characters."""
    if text is None:
        return ""
    out = []
    for ch in str(text):
        if ch in "\t\n\r":
            out.append(" ")
        elif ch in _BIDI or unicodedata.category(ch) == "Cc":
            continue
        else:
            out.append(ch)
    result = "".join(out).strip()
    return result if len(result) <= limit else result[: limit - 1] + "…"
