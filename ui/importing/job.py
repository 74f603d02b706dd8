"""One import, start to end: open the export safely, pick the importer, stream it into the vault.

Qt-free: the CLI calls it directly, the desktop app runs it in a worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from importers import registry
from importers.archive import Limits
from importers.file_guard import require_readable
from importers.formats import plausible_times
from ui.importing import pipeline
from ui.importing import shares as import_shares
from ui.importing.export_date import export_date
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
            count = import_shares.reader_count()
            readers = pipeline.Readers(count)  # they start while this process looks at the export
            try:
                module, detection = registry.choose(tree, platform)
                source = tree.describe()
                shares = import_shares.split(module, tree.members(), count)
            except BaseException:
                readers.close(finished=False)
                raise
            tree.close()  # the children read the export themselves
            return pipeline.run(
                store or vault.store,
                paths,
                module,
                detection,
                source,
                limits,
                progress,
                cancelled,
                shares,
                readers,
                exported_at=export_date(paths),
            )
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


def detect(paths: Sequence[Path | str]) -> tuple[str, str, float]:
    """(platform label, layout, confidence) for a export, without importing it."""
    with registry.open_export(paths) as tree:
        module, detection = registry.choose(tree)
        return module.LABEL, detection.layout, detection.confidence
