"""The export's language from how its My Activity items word YouTube watch history, when folder names do not tell.

A Takeout in Swedish or Hungarian, or one whose folders were renamed, still writes `"activityControls":
["Visningshistorik på YouTube"]` and titles like "Tittade på …": the locale tables' `watch_control` and `watched`
name the language (the controls first: they are exact; a title only by its fixed words around the video).
"""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Final

from importers.archive import ExportTree, Member
from importers.formats import head_events
from importers.google import locales as L
from importers.google.sniff import HEAD
from importers.google.spaces import plain

_FILES: Final = 4  # My Activity files looked at: the language shows in any of them


@cache
def _controls() -> dict[str, str]:
    return {plain(loc.watch_control): loc.code for loc in L.LOCALES if loc.watch_control}


@cache
def _titles() -> list[tuple[str, str, str]]:
    """(words before the video, words after it, code), longest first so "Så på" would win over "Så"."""
    out = []
    for loc in L.LOCALES:
        if "{}" in loc.watched:
            before, after = plain(loc.watched).split("{}", 1)
            if before.strip() or after.strip():
                out.append((before, after, loc.code))
    return sorted(out, key=lambda t: -len(t[0]) - len(t[1]))


def _votes(tree: ExportTree, member: Member) -> Counter[str]:
    votes: Counter[str] = Counter()
    try:
        with tree.open(member) as fh:
            head = fh.read(HEAD)
    except (OSError, ValueError, zipfile.BadZipFile):  # the file's own reading already said why
        return votes
    for prefix, event, value in head_events(head, member):
        if event != "string":
            continue
        value = plain(value)  # French wording may hold no-break spaces (spaces.py)
        if prefix == "item.activityControls.item" and value in _controls():
            votes[_controls()[value]] += 3
        elif prefix == "item.title":
            code = next((c for b, a, c in _titles() if value.startswith(b) and value.endswith(a)), None)
            if code is not None:
                votes[code] += 1
    return votes


def language_of_items(tree: ExportTree, members: Iterable[Member]) -> str | None:
    """The language most of the first items of a few My Activity JSON files are worded in; None if none."""
    votes: Counter[str] = Counter()
    for n, member in enumerate(members):
        if n >= _FILES:
            break
        votes.update(_votes(tree, member))
    return votes.most_common(1)[0][0] if votes else None
