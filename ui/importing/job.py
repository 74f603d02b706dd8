"""One import, start to end: open the export safely, pick the importer, stream it into the vault.

Qt-free: the CLI calls it directly, the desktop app runs it in a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from types import ModuleType

from importers import registry
from importers.archive import ExportTree, Limits
from importers.contract import Detection
from importers.file_guard import require_readable
from importers.formats import plausible_times
from ui.importing import pipeline
from ui.importing import shares as import_shares
from ui.importing.export_date import export_date
from vault.brands import names as brand_names
from vault.ingest import Cancelled, Progress, ingest
from vault.model import CoverageReport, ImportSummary
from vault.session import Vault
from vault.store import Store

# Starting the reading process costs ~0.3 s; from about this much export data on, it pays back (measured
# on generated Takeouts: 5.7 MB one process 0.55-0.62 s, two 0.79-0.86 s; 28 MB one 2.45-2.60 s, two 2.26-2.35 s).
PIPELINE_MIN_BYTES = 16 * 1024**2


def run_import(
    vault: Vault,
    paths: Sequence[Path | str],
    platform: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    limits: Limits | None = None,
    store: Store | None = None,
    pipelined: bool | None = None,
) -> ImportSummary:
    """Import one export (one or several parts). The vault is unchanged unless it all succeeds.

    `store`: a connection of the worker's own (Vault.open_connection) when run off the GUI thread.
    `pipelined`: read the export in a second process (ui/importing/pipeline.py); by default for exports
    over PIPELINE_MIN_BYTES, where the second core pays for the process start.
    """
    with registry.open_export(paths, limits) as tree:
        if pipelined is None:
            pipelined = sum(m.size for m in tree.members()) >= PIPELINE_MIN_BYTES
        if pipelined:
            started = _set_readers_to_work(tree, paths, platform, limits)
            tree.close()  # the children read the export themselves
            with started:
                return started.write(vault, progress, cancelled, store)
        module, detection = registry.choose(tree, platform)
        coverage = CoverageReport()
        source = tree.describe()

        def finish() -> None:
            coverage.finish(tree.paths())
            require_readable(coverage, source)  # inside the transaction: raising leaves the vault as it was

        return ingest(
            store or vault.store,
            plausible_times(registry.observations(module, tree, coverage), module.PLATFORM, coverage),
            platform=module.PLATFORM,
            layout=detection.layout,
            source=source,
            coverage=coverage,
            progress=progress,
            cancelled=cancelled,
            finish_coverage=finish,
            exported_at=export_date(paths),
        )


@dataclass
class StartedImport:
    """A large import whose readers parse while the vault is still locked: they never need the key, so the
    CLI starts them before the unlock (Argon2id, ~0.5-1 s on one core) and the writer takes what they have
    prepared once the vault is open. `close` (or leaving the `with`) kills readers whose work was not
    written: a wrong passphrase or an interrupt leaves no process behind and the vault untouched."""

    paths: list[Path | str]
    module: ModuleType
    detection: Detection
    source: str
    readers: pipeline.Readers
    conns: list[Connection]
    written: bool = False
    # The writer's first brand lookup loads the Public Suffix List (~0.2-0.5 s): done beside the unlock,
    # which leaves Python free while Argon2id runs.
    warm: threading.Thread = field(default_factory=lambda: _started_thread(_warm_brand_names))

    def write(
        self,
        vault: Vault,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        store: Store | None = None,
    ) -> ImportSummary:
        """Write the import into the open vault, in one transaction (as run_import does)."""
        if self.written:
            raise RuntimeError("this import was written already")
        self.written = True
        self.warm.join()
        return pipeline.write(
            store or vault.store,
            self.readers,
            self.conns,
            self.module,
            self.detection,
            self.source,
            progress,
            cancelled,
            exported_at=export_date(self.paths),
        )

    def close(self) -> None:
        if not self.written:
            self.written = True
            self.readers.close(finished=False)

    def __enter__(self) -> StartedImport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _warm_brand_names() -> None:
    brand_names.registrable_domain("www.example.com")
    brand_names.is_curated("example")


def _started_thread(target: Callable[[], None]) -> threading.Thread:
    thread = threading.Thread(target=target, name="mecloud-import-warm", daemon=True)
    thread.start()
    return thread


def start_import(
    paths: Sequence[Path | str], platform: str | None = None, limits: Limits | None = None
) -> StartedImport | None:
    """Detect the export and set its readers to work, before the vault is open; None when the export is
    small enough for the one-process path (run_import, once the vault is open). Raises what detection
    raises, with no reader left running."""
    with registry.open_export(paths, limits) as tree:
        if sum(m.size for m in tree.members()) < PIPELINE_MIN_BYTES:
            return None
        return _set_readers_to_work(tree, paths, platform, limits)


def _set_readers_to_work(
    tree: ExportTree, paths: Sequence[Path | str], platform: str | None, limits: Limits | None
) -> StartedImport:
    """Start the readers, detect the export while they start, and give each its share of the files; on any
    failure no reader is left running."""
    count = import_shares.reader_count()
    readers = pipeline.Readers(count)  # they start while this process looks at the export
    try:
        module, detection = registry.choose(tree, platform)
        source = tree.describe()
        shares = import_shares.split(module, tree.members(), count)
        conns = pipeline.order(readers, paths, module, limits, shares)
    except BaseException:
        readers.close(finished=False)
        raise
    return StartedImport(list(paths), module, detection, source, readers, conns)


def detect(paths: Sequence[Path | str]) -> tuple[str, str, float]:
    """(platform label, layout, confidence) for a export, without importing it."""
    with registry.open_export(paths) as tree:
        module, detection = registry.choose(tree)
        return module.LABEL, detection.layout, detection.confidence
