"""Observations in: prepare chunks of items, then write them in one transaction per import."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vault.ingest.prepare import PreparedBatch, merged, prepared_batches
    from vault.ingest.write import Cancelled, Progress, ingest, ingest_batches

__all__ = ["Cancelled", "PreparedBatch", "Progress", "ingest", "ingest_batches", "merged", "prepared_batches"]

# Loaded when first asked for (PEP 562): an import reader process needs only `prepare`; `write` brings the brand
# resolver (ftfy, tldextract, requests: ~15 MB and ~0.1 s in each reader) that only the writer uses.
_OWNERS = {
    "PreparedBatch": "prepare",
    "merged": "prepare",
    "prepared_batches": "prepare",
    "Cancelled": "write",
    "Progress": "write",
    "ingest": "write",
    "ingest_batches": "write",
}


def __getattr__(name: str) -> Any:
    owner = _OWNERS.get(name)
    if owner is None:
        raise AttributeError(f"module 'vault.ingest' has no attribute {name!r}")
    return getattr(importlib.import_module(f"vault.ingest.{owner}"), name)
