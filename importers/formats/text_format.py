"""How a text file of an export is written: its encoding (BOM, UTF-16 without one, a detector's guess) and,
for tables, its delimiter.

LinkedIn's 2018 "Complete" export has CSVs in UTF-16LE with a BOM and tab-separated; older Windows
tools write Windows-1252. Decided from the first bytes only, so a large file still streams.
"""

from __future__ import annotations

import codecs
import io
from dataclasses import dataclass, replace
from typing import Final

from vault.errors import Message, message

HEAD_BYTES: Final = 256 * 1024
_PREFERRED: Final = "cp1252"
_TIE: Final = 0.01
DELIMITERS: Final = (",", "\t", ";", "|")
_SEPARATED: Final = {"\t": "encoding.tab_separated", ";": "encoding.semicolon_separated", "|": "encoding.bar_separated"}
_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32LE"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32BE"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16LE"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16BE"),
)


@dataclass(frozen=True, slots=True)
class TextFormat:
    encoding: str  # a Python codec name for open_text
    label: str  # how the coverage report names it: "UTF-16LE with BOM", "windows-1252 (detected)"
    delimiter: str = ","
    name: str = ""  # the encoding's own name in that label ("UTF-16LE"); the label when empty
    found: str = "named"  # how it was found: "with_bom", "no_bom", "detected", or "named" (plain UTF-8)

    @property
    def plain(self) -> bool:
        """Plain UTF-8 (a BOM is fine) and commas: nothing worth telling the person."""
        return self.label in ("UTF-8", "UTF-8 with BOM") and self.delimiter == ","

    def describe(self) -> str:
        return str(self.message())

    def message(self) -> Message:
        """How the file was read, for the coverage report: an id per shape so the GUI says it in its language."""
        read_as = message(f"encoding.{self.found}", name=self.name or self.label)
        separated = _SEPARATED.get(self.delimiter)
        return message(separated, encoding=read_as) if separated else read_as


def encoding_of(head: bytes) -> TextFormat | None:
    """The encoding the first bytes show; None when no encoding reads them."""
    for bom, codec, name in _BOMS:
        if head.startswith(bom):
            return TextFormat(codec, f"{name} with BOM", name=name, found="with_bom")
    if len(head) >= 4:
        even, odd = head[0:200:2], head[1:200:2]
        if odd.count(0) > len(odd) * 0.6 and even.count(0) < len(even) * 0.1:
            return TextFormat("utf-16-le", "UTF-16LE (no BOM)", name="UTF-16LE", found="no_bom")
        if even.count(0) > len(even) * 0.6 and odd.count(0) < len(odd) * 0.1:
            return TextFormat("utf-16-be", "UTF-16BE (no BOM)", name="UTF-16BE", found="no_bom")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # a character cut at the end is fine
        return TextFormat("utf-8", "UTF-8", name="UTF-8")
    except UnicodeDecodeError:
        pass
    return _detected(head)


def _detected(head: bytes) -> TextFormat | None:
    from charset_normalizer import from_bytes  # imported late: ~50 ms, and needed only for odd files

    results = from_bytes(head)
    best = results.best()
    if best is None or not best.encoding:
        return None
    # On short Western text the detector ties Windows-1252 with its Central European and Baltic siblings
    # (measured: a German/French CSV of four rows came back cp1250, cp1252, cp1257 at chaos 0.0). Exports
    # from Western platforms are Windows-1252 far more often, so it wins a tie; text it reads worse loses.
    tied = [r.encoding for r in results if r.chaos <= best.chaos + _TIE]
    encoding = _PREFERRED if _PREFERRED in tied else best.encoding
    return TextFormat(encoding, f"{encoding} (detected)", name=encoding, found="detected")


def delimiter_of(text: str) -> str:
    """The delimiter of a table: the one found most, outside quotes, on its first line that has any.

    A "Notes:" line or a quoted note before the header has none outside quotes and is passed over."""
    reader = io.StringIO(text)
    for _ in range(30):
        line = reader.readline()
        if not line:
            break
        counts = _counts(line)
        best = max(DELIMITERS, key=lambda d: (counts[d], d == ","))
        if counts[best] > 0 and not line.lstrip().casefold().startswith("notes"):
            return best
    return ","


def _counts(line: str) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return counts


def table_format(head: bytes) -> TextFormat | None:
    """Encoding and delimiter of a CSV/TSV file from its first bytes."""
    found = encoding_of(head)
    if found is None:
        return None
    text = codecs.getincrementaldecoder(found.encoding)(errors="replace").decode(head, final=False)
    return replace(found, delimiter=delimiter_of(text))
