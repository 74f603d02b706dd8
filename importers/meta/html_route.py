"""Which handler reads an HTML page of a Meta export, which pages are skipped and why, and where the
pages' notes go. A page is matched to the same rule as its JSON twin (same file name, `.json`); where
the export holds both copies of a file, the JSON one is read and the HTML one skipped."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from importers.meta.html_page import ZONE_GUESSES
from importers.meta.html_pages import page_kind
from vault.errors import Message, message
from vault.model import CoverageReport

_STYLING = (".css", ".js")
_TOC = frozenset({"start_here.html", "index.html"})
# Per-business pages of off-Meta activity: read through the index page that links to them (the
# 2025 zh-TW export puts them in a folder with a translated name).
_OFF_META_PAGE = re.compile(
    r"/(?:your_off-facebook_activity|your_activity_off_meta_technologies)/[^/]+\.html?$"
    r"|/apps_and_websites_off_of_(?:facebook|instagram)/(?:apps_and_websites/)?[^/]*[^\x00-\x7f][^/]*/[^/]+\.html?$"
)


def twin(low: str) -> str:
    """The JSON twin of an HTML member path: `…/x.html` -> `…/x.json`."""
    return low.rsplit(".", 1)[0] + ".json"


def route(low: str, rules: Sequence[Any], fallback: Any, json_paths: frozenset[str]) -> tuple[Any, Message | None]:
    """(handler, None) for a page to read, or (None, why) for a page to skip. `rules` are dispatch Rules."""
    name = low.rsplit("/", 1)[-1]
    if low.endswith(_STYLING):
        return None, message("skip.meta_page_styling")
    if twin(low) in json_paths:
        return None, message("skip.meta_html_copy")
    if _OFF_META_PAGE.search(f"/{low}"):
        return None, message("skip.meta_off_meta_page")
    for rule in rules:
        if rule.pattern.search(low) or rule.pattern.search(twin(low)):
            return rule.handler, None
    if name in _TOC and page_kind(low) != "profile":
        return None, message("skip.meta_contents")
    return fallback, None


class Notes:
    """Page notes into the coverage report: the time-zone guess once per export, the rest once per page."""

    def __init__(self, coverage: CoverageReport) -> None:
        self._coverage = coverage
        self._said: set[tuple[str, str]] = set()

    def __call__(self, path: str, problem: Message) -> None:
        guess = problem.id in ZONE_GUESSES
        key = ("", "zone") if guess else (path, str(problem))
        if key not in self._said:
            self._said.add(key)
            if guess:  # how times were read, not a malformed record
                self._coverage.note(path, problem)
            else:
                self._coverage.issue(path, problem)


def json_paths(paths: Sequence[str]) -> frozenset[str]:
    return frozenset(p.lower() for p in paths if p.lower().endswith(".json"))


Report = Callable[[str, str], None]
