"""Streaming JSON for export files: items of a top-level array without loading the file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import ijson
import orjson

from importers.archive import ExportTree, Member
from vault.errors import ImportFailed

# Meta and TikTok files hold small documents; whole-file reads above this would be a warning sign.
SMALL_FILE_LIMIT = 64 * 1024**2


def iter_items(tree: ExportTree, member: Member, prefix: str = "item") -> Iterator[Any]:
    """Stream the elements at `prefix` (ijson syntax; "item" = elements of a top-level array)."""
    with tree.open(member) as fh:
        try:
            yield from ijson.items(fh, prefix, use_float=True)
        except ijson.JSONError as exc:
            raise ImportFailed(f"{member.path}: not valid JSON ({exc})") from exc
        except UnicodeDecodeError as exc:
            raise ImportFailed(f"{member.path}: not valid UTF-8 ({exc.reason})") from exc
        except RecursionError as exc:
            raise ImportFailed(f"{member.path}: JSON nested too deeply") from exc


def load_small(tree: ExportTree, member: Member) -> Any:
    """Parse a small JSON document whole (profile files and the like), BOM tolerated."""
    data = tree.read_bytes(member, limit=SMALL_FILE_LIMIT)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise ImportFailed(f"{member.path}: not valid JSON ({exc})") from exc
