"""Meta (Facebook, Instagram) text repair: undo the "Ã¼ for ü" mojibake and tidy labels for display.

Meta writes each UTF-8 byte of a non-ASCII character as its own `\\u00XX` escape, so after JSON
decoding "Müller" reads "MÃ¼ller". The repair is per string (some recent exports are clean, and a
clean string must stay as it is): only a string whose characters all fit in one byte, with at least
one non-ASCII, whose bytes then decode as strict UTF-8, is replaced (formats/README.md §2.10).
"""

from __future__ import annotations

import re
from typing import Any

# C0/C1 control characters and the line/paragraph separators: never shown in a title or a brand name.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SPACES = re.compile(r"\s{2,}")


def fix_text(value: str) -> str:
    """The string as the user wrote it: mojibake repaired, anything else unchanged."""
    if value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        # A character above U+00FF (already real text) or bytes that are not UTF-8 (a real "é").
        return value


def fix_tree(value: Any) -> Any:
    """A JSON value with every string repaired, dict keys included (thread and label names).

    Recursive: callers pass values built by meta_json, whose nesting depth is capped.
    """
    if isinstance(value, str):
        return fix_text(value)
    if isinstance(value, dict):
        return {fix_text(k) if isinstance(k, str) else k: fix_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [fix_tree(v) for v in value]
    return value


def clean_label(value: object, limit: int = 200) -> str:
    """A one-line label for titles, brand names and details: no control characters, bounded length."""
    if value is None or isinstance(value, bool):
        return ""
    text = value if isinstance(value, str) else str(value)
    text = _SPACES.sub(" ", _CONTROL.sub(" ", fix_text(text))).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text
