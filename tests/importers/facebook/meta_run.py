"""Test helpers shared by the Facebook and Instagram tests: write a generated export, detect, parse,
measure its memory, compare brands in the vault, and a strategy for Meta-flavoured random JSON."""

from __future__ import annotations

import tracemalloc
import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from hypothesis import strategies as st

from importers.archive.reader import ExportTree
from importers.contract import Detection
from tests.exportkit import Content, write_folder, write_zip
from vault.brands.hints import titled_label
from vault.brands.queries import BrandRow
from vault.model import CoverageReport, Observation


@dataclass
class Parsed:
    detection: Detection | None
    observations: list[Observation]
    coverage: CoverageReport

    def kinds(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for o in self.observations:
            out[o.kind] = out.get(o.kind, 0) + 1
        return out

    def brands(self) -> dict[str, set[str]]:
        """Brand name (or domain when no name) -> touchpoint kinds."""
        out: dict[str, set[str]] = {}
        for o in self.observations:
            for b in o.brands:
                out.setdefault(b.name or b.domain or "", set()).add(b.touchpoint)
        return out

    def of_kind(self, kind: str) -> list[Observation]:
        return [o for o in self.observations if o.kind == kind]


def write(tmp: Path, files: dict[str, Content], as_zip: bool = True, name: str = "export") -> Path:
    if as_zip:
        return write_zip(tmp / f"{name}.zip", files)
    return write_folder(tmp / name, files)


def parse(module: ModuleType, path: Path) -> Parsed:
    with ExportTree([path]) as tree:
        detection = module.detect(tree)
        coverage = CoverageReport()
        observations = list(module.parse(tree, coverage))
        coverage.finish(tree.paths())
    return Parsed(detection, observations, coverage)


def parse_peak(module: ModuleType, path: Path) -> tuple[int, int]:
    """(observations, peak traced bytes) of parsing an export, observations not kept."""
    tracemalloc.start()
    try:
        with ExportTree([path]) as tree:
            count = sum(1 for _ in module.parse(tree, CoverageReport()))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def unpacked_size(path: Path) -> int:
    with zipfile.ZipFile(path) as zf:
        return sum(i.file_size for i in zf.infolist())


def assert_expected_brands(rows: list[BrandRow], expected: dict[str, set[str]]) -> None:
    """Each expected name (or domain) is a brand holding at least the expected touchpoint kinds.
    The vault may merge a site's domain into the brand of the same name: that still counts. A site printed
    where a name goes (an Instagram account "northwind.travel") is shown as the name read from it."""
    for key, kinds in expected.items():
        shown = {key.casefold(), (titled_label(key) or key).casefold()}
        matches = [r for r in rows if r.name.casefold() in shown or r.domain == key]
        assert matches, f"no brand for {key!r}"
        assert any(kinds <= set(r.touchpoints) for r in matches), (key, [r.touchpoints for r in matches])


# Keys Meta files use, so random documents often take the shapes the handlers look for.
VOCAB = [
    *["custom_audiences", "custom_audiences_v2", "custom_audiences_all_types_v2", "advertiser_name", "advertiser"],
    *["has_data_file_custom_audience", "has_remarketing_custom_audience", "history", "history_v2", "title", "action"],
    *[
        "off_facebook_activity_v2",
        "name",
        "events",
        "id",
        "type",
        "timestamp",
        "installed_apps_v2",
        "added_timestamp",
        "category",
    ],
    *[
        "topics_v2",
        "bcts",
        "inferred_topics_v2",
        "label_values",
        "vec",
        "dict",
        "value",
        "timestamp_value",
        "href",
        "label",
        "media",
    ],
    *[
        "fbid",
        "ent_name",
        "profile_v2",
        "profile",
        "full_name",
        "registration_timestamp",
        "messages",
        "sender_name",
        "content",
    ],
    *["timestamp_ms", "photos", "comments_v2", "data", "comment", "post", "recently_viewed", "entries", "children"],
    *["impressions_history_ads_seen", "string_map_data", "string_list_data", "Author", "Time"],
]
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["", "0", "PAGE_VIEW", "MÃ¼ller", "acme.example", "\u00f0\u009f\u008f"])
)
META_JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(VOCAB) | st.text(max_size=4), inner, max_size=5)
    ),
    max_leaves=25,
)
