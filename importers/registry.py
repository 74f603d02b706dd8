"""Which importer reads an export: every platform module is asked, the surest detection wins."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

from importers.archive import ExportTree, Limits
from importers.contract import Detection
from importers.held import kept
from vault.errors import ImportFailed, message
from vault.model import CoverageReport, Observation

# Platform id -> the module that imports it (a family package, or one file for a small platform).
MODULE_OF: dict[str, str] = {
    "google": "importers.google",
    "mbox": "importers.mail.mbox",
    "facebook": "importers.meta.facebook",
    "instagram": "importers.meta.instagram",
    "twitter": "importers.twitter",
    "tiktok": "importers.tiktok",
    "linkedin": "importers.linkedin",
    "spotify": "importers.spotify",
    "amazon": "importers.amazon",
    "snapchat": "importers.snapchat",
}
PLATFORM_MODULES: tuple[str, ...] = tuple(MODULE_OF)

# Below this, a detection is a guess: we say what we looked for instead of importing nonsense.
MIN_CONFIDENCE = 0.5


def importer(platform: str) -> ModuleType:
    if platform not in PLATFORM_MODULES:
        raise ImportFailed(message("import.unknown_platform", platform=platform, known=", ".join(PLATFORM_MODULES)))
    return importlib.import_module(MODULE_OF[platform])


def available() -> list[ModuleType]:
    # A module missing from an installation (a trimmed build) is simply not offered.
    return [importer(name) for name in PLATFORM_MODULES if importlib.util.find_spec(MODULE_OF[name])]


def detect_all(tree: ExportTree) -> list[Detection]:
    found = [d for mod in available() if (d := mod.detect(tree)) is not None]
    return sorted(found, key=lambda d: d.confidence, reverse=True)


def choose(tree: ExportTree, force: str | None = None) -> tuple[ModuleType, Detection]:
    """The importer for this export, or a clear ImportFailed naming what was looked for."""
    if force:
        mod = importer(force)
        det = mod.detect(tree) or Detection(force, "forced", 0.0, ())
        return mod, det
    found = detect_all(tree)
    if not found or found[0].confidence < MIN_CONFIDENCE:
        if tree.unopened_archives:
            inner = ", ".join(m.path for m in tree.unopened_archives[:5])
            raise ImportFailed(message("import.nested_archives", file=tree.describe(), inner=inner))
        looked = "; ".join(f"{m.LABEL}" for m in available())
        raise ImportFailed(message("import.not_recognised", file=tree.describe(), looked=looked))
    best = found[0]
    return importer(best.platform), best


def open_export(paths: Sequence[Path | str], limits: Limits | None = None) -> ExportTree:
    return ExportTree([Path(p) for p in paths], limits)


def observations(module: ModuleType, tree: ExportTree, coverage: CoverageReport) -> Iterator[Observation]:
    """What an importer reads from an export, with what its platform keeps (a module's HOLDER and `held`,
    importers/held.py) summed up after each file."""
    return kept(module.parse(tree, coverage), getattr(module, "HOLDER", None), getattr(module, "held", None))
