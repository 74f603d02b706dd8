"""Google Takeout (takeout.google.com; one or several zips `takeout-…-001.zip`, JSON or HTML) and the
on-device Maps Timeline export.

Reads My Activity (every product), YouTube history, Chrome history, Location History, Google Pay
and Play Store purchases/installs, and the Gmail mbox (via importers.mail.mbox). Folder and file names
in any language of `locales.py` / `locales_eu.py`; any file is also recognised by content (sniff.py);
the coverage report names the language, or says it is unknown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

from importers.archive import ExportTree, Member
from importers.contract import Detection
from importers.file_guard import each_file
from importers.formats import iter_items
from importers.google import activity, activity_html, chrome, location, purchases
from importers.google.locales import REASONS
from importers.google.paths import Route, Skip, classify, language
from importers.google.sniff import sniff
from importers.held import Holder
from importers.mail import mbox
from vault.model import UNKNOWN_LANGUAGE, CoverageReport, Observation

PLATFORM: Final = "google"
LABEL: Final = "Google Takeout"
# Each file is read on its own (nothing carries over between files): a large Takeout can be read by
# several processes, each given some of its files (ui/importing/shares.py).
READ_BY_FILE: Final = True

Handler = Callable[[ExportTree, Member, CoverageReport], Iterator[Observation]]

# How much each kind of file says "this is a Takeout".
_EVIDENCE: Final = {
    "activity_json": 0.9,
    "activity_html": 0.9,
    "chrome": 0.9,
    "records": 0.85,
    "semantic": 0.85,
    "pay_csv": 0.7,
    "play_installs": 0.7,
    "play_purchases": 0.7,
    "timeline": 0.8,
    "timeline_ios": 0.8,
    "mail": 0.0,  # an mbox alone is the mail importer's; with other Takeout files it is ours
}
INDEX_REASON: Final = REASONS["index"]
HOLDER: Final = Holder("Google", "google.com")
# What Google keeps, by the kind of file and item (importers/held.py): the export shows it keeps each.
_LOCATION: Final = ("location history", "pd:Location")
_ACTIVITY: Final = {
    "search": ("searches", "pd:SearchHistory"),
    "watch": ("watch history", "pd:MediaConsumption"),
    "visit": ("activity in Google products", "pd:BrowsingBehaviour"),
    "activity": ("activity in Google products", "pd:BrowsingBehaviour"),
    "ad": ("ads you saw and clicked", "pd:BrowsingBehaviour"),
    "place_visit": _LOCATION,
    "trip": _LOCATION,
    "location": _LOCATION,
    "purchase": ("purchases (Google Pay, Play Store)", "pd:Purchase"),
    "app_install": ("Play Store installs", "pd:Purchase"),
    "email": ("mail (Gmail)", "pd:Communication"),
}
_CHROME: Final = ("Chrome history (synced to your account)", "pd:BrowsingHistory")
_SNIFF_LIMIT: Final = 8  # files sniffed during detection: enough to recognise, cheap on huge exports


def _activity_json(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    return activity.observations(iter_items(tree, member), member.path, coverage)


def _timeline(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    with tree.open(member) as fh:
        first = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return location.timeline(tree, member, coverage, "item" if first == b"[" else "semanticSegments.item")


def _timeline_ios(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    return location.timeline(tree, member, coverage, "item")


HANDLERS: Final[dict[str, Handler]] = {
    "activity_json": _activity_json,
    "activity_html": activity_html.parse,
    "chrome": chrome.parse,
    "records": location.records,
    "semantic": location.semantic,
    "timeline": _timeline,
    "timeline_ios": _timeline_ios,
    "pay_csv": purchases.pay_csv,
    "play_installs": purchases.play_installs,
    "play_purchases": purchases.play_purchases,
    "mail": mbox.parse_member,
}


def _sniffable(route: Route | Skip | None, member: Member) -> bool:
    unknown = route is None or (isinstance(route, Skip) and route.sniff)
    return unknown and member.name.lower().endswith((".json", ".html"))


def detect(tree: ExportTree) -> Detection | None:
    paths = tree.paths()
    score, evidence, kinds, sniffed = 0.0, [], set(), 0
    for member in tree.members():
        route = classify(member.path)
        if isinstance(route, Skip) and route.reason == INDEX_REASON:
            score, evidence = max(score, 0.95), [*evidence, member.path]
        weight = 0.0
        if _sniffable(route, member) and sniffed < _SNIFF_LIMIT:
            sniffed += 1
            route = sniff(tree, member)
            weight = 0.7  # the right shape under unknown names: likely a Takeout in another language
        if not isinstance(route, Route):
            continue
        kinds.add(route.handler)
        score = max(score, weight or _EVIDENCE.get(route.handler, 0.0))
        if len(evidence) < 5:
            evidence.append(member.path)
    if score == 0.0:
        return None
    if kinds and kinds <= {"timeline", "timeline_ios"}:
        layout = "timeline"
    else:
        html = "activity_html" in kinds and "activity_json" not in kinds
        layout = f"takeout-{language(paths) or 'other'}{'-html' if html else ''}"
    return Detection(PLATFORM, layout, score, tuple(evidence))


# Files whose titles and headers are written in the account's language: with them, the report names it.
_LOCALIZED: Final = frozenset({"activity_json", "activity_html", "pay_csv"})


def held(kind: str, path: str) -> tuple[str, str] | None:
    """What Google keeps, for an item of this kind in this file (asked once per kind and file)."""
    route = classify(path)
    if kind == "visit" and isinstance(route, Route) and route.handler == "chrome":
        return _CHROME
    return _ACTIVITY.get(kind)


def parse(tree: ExportTree, coverage: CoverageReport) -> Iterator[Observation]:
    localized = False
    for member in tree.members():
        route: Route | Skip | None = classify(member.path)
        if _sniffable(route, member):
            route = sniff(tree, member) or route
        if route is None:
            continue  # reported as unknown by coverage.finish
        if isinstance(route, Skip):
            coverage.skip(member.path, route.reason)
            continue
        localized = localized or route.handler in _LOCALIZED
        yield from each_file(member, coverage, HANDLERS[route.handler](tree, member, coverage))
    if localized:
        # Unknown is said out loud (the report warns): titles may then be typed by content alone.
        coverage.language = language(tree.paths()) or UNKNOWN_LANGUAGE
