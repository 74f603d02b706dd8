"""What a platform keeps, as the export shows it: one `activity` touchpoint of the platform per kind of record
(its location history, searches, watch history, messages…).

The export is the proof that the platform keeps these records. One summary item per kind, not one hint per
record: a Takeout of a million records then adds a handful of touchpoints, and the platform's row in the brands
view says what it keeps instead of drowning the advertisers in numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from vault.model import BrandHint, Observation

HELD_KIND: Final = "held_by_platform"


@dataclass(frozen=True, slots=True)
class Holder:
    """The platform as a brand: the company that keeps the records of its own export."""

    name: str
    domain: str


# (item kind, source file) -> (what a person calls those records, DPV category), or None for items that need no
# summary (they carry their own hints, or say nothing the platform keeps about you). An importer module
# declares it as HELD, with its HOLDER; the import pipeline wraps the module's observations in `kept`.
HeldOf = Callable[[str, str], tuple[str, str] | None]


def kept(observations: Iterable[Observation], holder: Holder | None, held_of: HeldOf | None) -> Iterator[Observation]:
    """The observations, each file's followed by one summary per kind of record the platform keeps."""
    if holder is None or held_of is None:
        yield from observations
        return
    source: str | None = None
    whats: dict[str, tuple[str, str] | None] = {}  # item kind -> what, for the current file
    found: dict[tuple[str, str], str] = {}  # what -> platform of the items, in the current file
    # Runs once per item of every import: a comparison and a dict lookup, no call, for most items.
    for obs in observations:
        if obs.source_file != source:
            yield from (summary(holder, source or "", *what, platform) for what, platform in found.items())
            source, whats, found = obs.source_file, {}, {}
        yield obs
        kind = obs.kind
        what = whats[kind] if kind in whats else whats.setdefault(kind, held_of(kind, obs.source_file))
        if what is not None and what not in found:
            found[what] = obs.platform
    yield from (summary(holder, source or "", *what, platform) for what, platform in found.items())


def summary(holder: Holder, path: str, what: str, category: str, platform: str) -> Observation:
    """One item saying the platform keeps records of `what`, with its `activity` touchpoint.

    It is the same whichever file shows it: a file split in parts (tweets-part1.js), read by two processes in
    either order, renamed between eras (endsong_0.json) or imported again says one fact, kept once. So neither
    its key nor its content names a file, a count or a time (an item's key depends on its time).
    """
    hint = BrandHint("activity", category, name=holder.name, domain=holder.domain, detail=f"keeps your {what}")
    raw = {"what": what, "category": category, "holder": holder.name}
    title = f"{holder.name} keeps your {what}"
    return Observation(platform, HELD_KIND, None, title, raw, path, f"held\x1f{what}\x1f{category}", (hint,))


# DPV category of the records a platform keeps, by item kind; anything else is pd:SocialMedia.
_CATEGORIES: Final = {
    "message": "pd:Communication",
    "direct_message": "pd:Communication",
    "chat_history": "pd:Communication",
    "search": "pd:SearchHistory",
    "stream": "pd:MediaConsumption",
    "watch": "pd:MediaConsumption",
    "impressions_history_videos_watched": "pd:MediaConsumption",
    "location_history": "pd:Location",
    "inferred_data_primary_location": "pd:Location",
    "login": "pd:Identifier",
    "account_history_login_history": "pd:Identifier",
    "device": "pd:Identifier",
}


def by_kind(skip: frozenset[str]) -> HeldOf:
    """`held` for a platform whose every item kind is a record it keeps, except `skip` (items about other brands,
    or that carry the platform's own hint already): "direct_message" -> ("direct messages", pd:Communication)."""

    def held(kind: str, path: str) -> tuple[str, str] | None:
        if kind in skip or kind == HELD_KIND:
            return None
        return kind.replace("_", " ").strip(), _CATEGORIES.get(kind, "pd:SocialMedia")

    return held
