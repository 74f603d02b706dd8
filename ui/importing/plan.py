"""A selection of files (or a drop) split into exports: by platform, and by export within a platform.

Each file is detected on its own; files of one platform belong to one export unless their names say
otherwise (Google names every part `takeout-<time>-NNN.zip`, Meta `facebook-<user>-<date>-<random>.zip`),
so two exports of one platform are imported as two. A file that is not recognised alone but is named
as a part of a recognised export joins it (a Takeout part may hold only a mailbox). What is not
recognised at all is left out and said so. Both faces show this plan before anything is imported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from importers import registry
from importers.archive import Limits
from vault.errors import MeCloudError

# Export names of the platforms that split one export into parts or name it by date (formats README §1.1, §2.1).
_GOOGLE = re.compile(r"^takeout-(\d{8}T\d{6}Z)(?:-\d+)?-\d{3}\.(?:zip|tgz)$", re.IGNORECASE)
_META = re.compile(
    r"^(facebook|instagram)-([A-Za-z0-9._]+?)-(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4})(?:-[A-Za-z0-9]+)?\.zip$",
    re.IGNORECASE,
)


def export_name_key(path: Path) -> tuple[str, str] | None:
    """(platform, export id) when the file's name says which export it is a part of."""
    name = path.name
    if match := _GOOGLE.match(name):
        return "google", match.group(1)
    if match := _META.match(name):
        return match.group(1).lower(), f"{match.group(2).lower()}-{match.group(3)}"
    return None


@dataclass(frozen=True)
class PlannedExport:
    """One export to import on its own, with its own report."""

    platform: str
    label: str
    layout: str
    paths: tuple[Path, ...]


@dataclass(frozen=True)
class LeftOut:
    """A file that is no export Me-Cloud knows, and why."""

    path: Path
    reason: str


@dataclass
class ImportPlan:
    exports: list[PlannedExport] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)

    @property
    def is_mixed(self) -> bool:
        """More than one export, or something left out: the person sees the plan before it runs."""
        return len(self.exports) > 1 or (bool(self.exports) and bool(self.left_out))


def _detect_one(path: Path, limits: Limits | None) -> tuple[str, str, str] | str:
    """(platform, label, layout) of one file or folder, or why it is not recognised."""
    try:
        with registry.open_export([path], limits) as tree:
            module, detection = registry.choose(tree)
            return module.PLATFORM, module.LABEL, detection.layout
    except MeCloudError as exc:
        return str(exc)


def plan_import(paths: Sequence[Path], limits: Limits | None = None) -> ImportPlan:
    """Split a selection into exports; each file is looked at once (detection reads little of it)."""
    groups: dict[tuple[str, str], list[Path]] = {}
    labels: dict[tuple[str, str], tuple[str, str]] = {}
    unrecognised: list[tuple[Path, str]] = []
    for path in dict.fromkeys(Path(p) for p in paths):  # a file chosen twice counts once
        found = _detect_one(path, limits)
        if isinstance(found, str):
            unrecognised.append((path, found))
            continue
        platform, label, layout = found
        named = export_name_key(path)
        export_id = named[1] if named is not None and named[0] == platform else ""
        groups.setdefault((platform, export_id), []).append(path)
        labels.setdefault((platform, export_id), (label, layout))
    plan = ImportPlan()
    for path, reason in unrecognised:
        named = export_name_key(path)
        if named is not None and named in groups:
            groups[named].append(path)
        else:
            plan.left_out.append(LeftOut(path, reason))
    for (platform, export_id), members in groups.items():
        label, layout = labels[(platform, export_id)]
        plan.exports.append(PlannedExport(platform, label, layout, tuple(sorted(members))))
    return plan
