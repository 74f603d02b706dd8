"""The reading side of a two-process import (ui/importing/pipeline.py): parse and prepare, send batches.

Kept apart from the writer's modules: the spawned process imports only this, the importers and
vault/ingest/prepare.py, not the brand resolver and its Public Suffix List machinery (~0.1 s of a
start the writer waits for).
"""

from __future__ import annotations

import gc
import pickle
import queue
import threading
import traceback
from multiprocessing.connection import Connection
from typing import Any

from importers import registry
from importers.archive import Limits
from importers.formats import plausible_times
from vault.errors import MeCloudError
from vault.ingest import prepared_batches
from vault.model import CoverageReport
from vault.store import CHUNK_ITEMS, collector

# One chunk per message: a small working set keeps the reader fast (5000 at a time measured ~20 % slower).
CHILD_BATCH = CHUNK_ITEMS
SEND_AHEAD = 32  # messages (~85 KB each) the child may have ready while the writer is busy or the vault still locked
# Reading a 500k-item Takeout in one process, the cyclic collector ran ~4,900 times and took 0.5 s of 5
# CPU-seconds, to find a few hundred objects in cycles. A reader's live objects stay near one batch (parsed
# JSON has no cycles and is freed by reference counting), so at this threshold it rarely runs at all, and
# still would if some importer piled up objects.
GC_THRESHOLD = 100_000


class _Sender:
    """Sends from a thread of the child, a few messages ahead: preparing goes on while the writer is busy
    with a slow batch (the pipe alone holds one message). The thread waits in the write with the GIL
    released."""

    def __init__(self, out: Connection) -> None:
        self._out = out
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=SEND_AHEAD)
        self.gone = False
        self._thread = threading.Thread(target=self._run, name="mecloud-import-sender", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            if self.gone:
                continue
            try:
                self._out.send_bytes(data)
            except OSError:  # BrokenPipeError and friends: the writer has gone
                self.gone = True

    def send(self, message: tuple[Any, ...]) -> None:
        if self.gone:
            raise BrokenPipeError("the writer has gone")
        self._queue.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        self._out.close()


def main(out: Connection, orders: Connection) -> None:
    """The preparing process: wait for its order (paths, platform, limits, share, first_hint), then parse
    the export (only the files of `share`, if given) and send ("batch", PreparedBatch)... ("done",
    coverage), its brand hints numbered from `first_hint`. No order (the pipe closed): exit at once."""
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    try:
        paths, platform, limits, share, first_hint = orders.recv()
    except EOFError:
        out.close()
        return
    finally:
        orders.close()
    _read(out, paths, platform, limits, share, first_hint)


def _read(
    out: Connection, paths: list[str], platform: str, limits: Limits | None, share: list[str] | None, first_hint: int
) -> None:
    sender = _Sender(out)
    try:
        module = registry.importer(platform)
        with collector.held_back(), registry.open_export(paths, limits) as tree:
            if share is not None:
                tree.keep_only(share)
            coverage = CoverageReport()
            observations = plausible_times(registry.observations(module, tree, coverage), module.PLATFORM, coverage)
            for batch in prepared_batches(observations, CHILD_BATCH, first_hint):
                sender.send(("batch", batch))
            coverage.finish(tree.paths())
            sender.send(("done", coverage.to_dict()))
    except MeCloudError as exc:
        sender.send(("error", type(exc).__name__, str(exc)))
    except (BrokenPipeError, EOFError):
        pass  # the writer has gone (cancelled, failed or killed): nothing to tell
    except BaseException:
        sender.send(("crash", traceback.format_exc(limit=8)))
    finally:
        sender.close()
