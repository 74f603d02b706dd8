"""brand_totals: one row per brand (its total, kinds, platforms, first and last seen), kept from brand_summary.

The brands list reads it as is: at 20k brands, aggregating brand_summary's per-kind-and-platform rows on
every open of the Brands screen cost more than the rest of the query.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# Kinds as a JSON object {kind: count}, platforms as a JSON array: orjson reads either in a microsecond.
_FILL = (
    "INSERT INTO brand_totals(brand_id, total, kinds, platforms, first_seen, last_seen) "
    "SELECT brand_id, sum(n), json_group_object(kind, n), "
    "(SELECT json_group_array(platform) FROM (SELECT DISTINCT p.platform FROM brand_summary p "
    "  WHERE p.brand_id = k.brand_id ORDER BY p.platform)), min(first_seen), max(last_seen) "
    "FROM (SELECT brand_id, kind, sum(count) AS n, min(first_seen) AS first_seen, max(last_seen) AS last_seen "
    "      FROM brand_summary {where} GROUP BY brand_id, kind ORDER BY brand_id, kind) AS k "
    "GROUP BY brand_id"
)


def refresh(conn: Any, brand_ids: Iterable[int] | None = None) -> None:
    """Recount these brands' totals from brand_summary (all when None); inside the caller's transaction."""
    if brand_ids is None:
        conn.execute("DELETE FROM brand_totals")
        conn.execute(_FILL.format(where=""))
        return
    ids = sorted(set(brand_ids))
    if not ids:
        return
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _totals_touched (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM _totals_touched")
    conn.executemany("INSERT INTO _totals_touched(id) VALUES (?)", ((i,) for i in ids))
    conn.execute("DELETE FROM brand_totals WHERE brand_id IN (SELECT id FROM _totals_touched)")
    conn.execute(_FILL.format(where="WHERE brand_id IN (SELECT id FROM _totals_touched)"))
