"""Location History: `Records.json` (raw fixes), Semantic Location History (place visits and trips),
and the on-device Timeline export (Android object / iOS array). A place visit with a named business
-> a tentative `visit` of that business (importers/google/places.py: towns, stops and stations name none, and a
name counts only when the brand turns up elsewhere); homes, workplaces and bare addresses name no brand. The
places themselves are location history Google keeps (importers/held.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from importers.archive import ExportTree, Member
from importers.formats import from_unix, iter_items
from importers.google.activity import iso_utc
from importers.google.places import place_hints
from vault.errors import message
from vault.model import BrandHint, CoverageReport, Observation

PLATFORM: Final = "google"
# Semantic types that are the person's own places, never a business.
_PRIVATE_PLACES: Final = frozenset({"TYPE_HOME", "TYPE_WORK", "TYPE_SEARCHED_ADDRESS", "TYPE_ALIASED_LOCATION"})


def _time(iso: Any, ms: Any) -> Any:
    if isinstance(iso, str):
        return iso_utc(iso)
    if ms is not None:
        return from_unix(ms if isinstance(ms, int | float) else str(ms))
    return None


def records(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    """`{"locations": [{latitudeE7, longitudeE7, timestamp | timestampMs, ...}]}` — one per fix."""
    path = member.path
    n = 0
    for item in iter_items(tree, member, "locations.item"):
        if not isinstance(item, dict) or "latitudeE7" not in item or "longitudeE7" not in item:
            coverage.issue(path, message("issue.location_record_without_coordinates"))
            continue
        stamp = item.get("timestamp", item.get("timestampMs"))
        when = _time(item.get("timestamp"), item.get("timestampMs"))
        if when is None:
            coverage.issue(path, message("issue.location_record_without_readable_time"))
        n += 1
        yield Observation(
            platform=PLATFORM,
            kind="location",
            time=when,
            title=f"{item['latitudeE7'] / 1e7:.5f}, {item['longitudeE7'] / 1e7:.5f}"
            if isinstance(item["latitudeE7"], int | float) and isinstance(item["longitudeE7"], int | float)
            else "location",
            raw=item,
            source_file=path,
            natural_key=f"{stamp}\x1f{item['latitudeE7']}\x1f{item['longitudeE7']}",
        )
    coverage.read(path, n)


def _place_visit(visit: dict[str, Any], path: str, coverage: CoverageReport) -> Observation | None:
    loc = visit.get("location")
    dur = visit.get("duration")
    if not isinstance(loc, dict) or not isinstance(dur, dict):
        coverage.issue(path, message("issue.place_visit_without_location_duration"))
        return None
    start = dur.get("startTimestamp", dur.get("startTimestampMs"))
    when = _time(dur.get("startTimestamp"), dur.get("startTimestampMs"))
    name = loc.get("name") if isinstance(loc.get("name"), str) else None
    address = loc.get("address") if isinstance(loc.get("address"), str) else None
    hints: tuple[BrandHint, ...] = ()
    if name and name.strip() and name != address and loc.get("semanticType") not in _PRIVATE_PLACES:
        hints = place_hints(name, address)
    return Observation(
        platform=PLATFORM,
        kind="place_visit",
        time=when,
        title=name or address or "place visit",
        raw={"placeVisit": visit},
        source_file=path,
        natural_key=f"{start}\x1f{loc.get('placeId')}\x1f{name}\x1f{loc.get('latitudeE7')}",
        brands=hints,
    )


def _segment(seg: dict[str, Any], path: str) -> Observation:
    dur = seg.get("duration") if isinstance(seg.get("duration"), dict) else {}
    start = dur.get("startTimestamp", dur.get("startTimestampMs"))
    kind_name = seg.get("activityType") if isinstance(seg.get("activityType"), str) else "MOVING"
    return Observation(
        platform=PLATFORM,
        kind="trip",
        time=_time(dur.get("startTimestamp"), dur.get("startTimestampMs")),
        title=kind_name,
        raw={"activitySegment": seg},
        source_file=path,
        natural_key=f"{start}\x1f{kind_name}\x1f{seg.get('distance')}",
    )


def semantic(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    """`{"timelineObjects": [{"placeVisit": {...}} | {"activitySegment": {...}}]}` per month."""
    path = member.path
    n = 0
    for obj in iter_items(tree, member, "timelineObjects.item"):
        obs = None
        if isinstance(obj, dict) and isinstance(obj.get("placeVisit"), dict):
            obs = _place_visit(obj["placeVisit"], path, coverage)
        elif isinstance(obj, dict) and isinstance(obj.get("activitySegment"), dict):
            obs = _segment(obj["activitySegment"], path)
        else:
            coverage.issue(path, message("issue.timeline_object_neither_place_visit"))
        if obs is not None:
            n += 1
            yield obs
    coverage.read(path, n)


def timeline(tree: ExportTree, member: Member, coverage: CoverageReport, prefix: str) -> Iterator[Observation]:
    """On-device Timeline: `semanticSegments.item` (Android) or `item` (iOS). Visits carry no names."""
    path = member.path
    n = 0
    for seg in iter_items(tree, member, prefix):
        if not isinstance(seg, dict) or not isinstance(seg.get("startTime"), str):
            coverage.issue(path, message("issue.timeline_segment_without_start_time"))
            continue
        visit = seg.get("visit")
        activity = seg.get("activity")
        if isinstance(visit, dict):
            cand = visit.get("topCandidate") if isinstance(visit.get("topCandidate"), dict) else {}
            kind = "place_visit"
            ident = cand.get("placeId", cand.get("placeID"))
            title = str(cand.get("semanticType") or "place visit")
        elif isinstance(activity, dict):
            cand = activity.get("topCandidate") if isinstance(activity.get("topCandidate"), dict) else {}
            kind = "trip"
            ident = activity.get("distanceMeters")
            title = str(cand.get("type") or "trip")
        else:
            kind, ident, title = "location", len(seg.get("timelinePath") or ()), "location path"
        n += 1
        yield Observation(
            platform=PLATFORM,
            kind=kind,
            time=iso_utc(seg["startTime"]),
            title=title,
            raw=seg,
            source_file=path,
            natural_key=f"{seg['startTime']}\x1f{seg.get('endTime')}\x1f{kind}\x1f{ident}",
        )
    coverage.read(path, n)
