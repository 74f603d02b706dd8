"""Observations in: prepare chunks of items, then write them in one transaction per import."""

from vault.ingest.prepare import PreparedBatch, merged, prepared_batches
from vault.ingest.write import Cancelled, Progress, ingest, ingest_batches

__all__ = ["Cancelled", "PreparedBatch", "Progress", "ingest", "ingest_batches", "merged", "prepared_batches"]
