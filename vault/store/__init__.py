"""The encrypted store: SQLCipher database, schema and migrations, item chunks, backup, the audit log."""

from vault.store import brand_totals, collector, month_totals
from vault.store.database import DatabaseError, Store
from vault.store.item_chunks import (
    CHUNK_ITEMS,
    ChunkReader,
    decode,
    encode,
    encode_parts,
    item_count,
    iter_items,
    json_default,
    kind_counts,
    kinds_field,
    row_text,
)
from vault.store.item_key import placed
from vault.store.touchpoint_forms import FormIds

__all__ = [
    "CHUNK_ITEMS",
    "ChunkReader",
    "DatabaseError",
    "FormIds",
    "Store",
    "brand_totals",
    "collector",
    "decode",
    "encode",
    "encode_parts",
    "item_count",
    "iter_items",
    "json_default",
    "kind_counts",
    "kinds_field",
    "month_totals",
    "placed",
    "row_text",
]
