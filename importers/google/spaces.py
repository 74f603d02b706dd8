"""Google writes no-break spaces inside names in some languages: names are compared with them read as plain spaces.

Seen in real exports (locales_eu.py _ES_419, _FR_YT): Latin American Spanish "YouTube y YouTube\u00a0Music" and
"Google\u00a0Play\u00a0Store", French "Applications\u00a0Gemini"; French typography also puts U+202F before
":" and "?". A folder, product or header name is routed the same whatever its spacing.
"""

from __future__ import annotations

from typing import Final

# U+00A0 no-break space, U+202F narrow no-break space, U+2007 figure space: all "a space that does not wrap".
_NO_BREAK: Final = str.maketrans(dict.fromkeys("\u00a0\u202f\u2007", " "))


def plain(name: str) -> str:
    """`name` with every no-break space as a plain space (ASCII names, the common case, are returned as they are)."""
    return name if name.isascii() else name.translate(_NO_BREAK)
