"""Schema 5: every stored item's key becomes placed by its day (vault/item_key.py), in chunks, keys and touchpoints.

Keys of schema 4 are the bare hash; the hash and the item's time are both in its chunk, so the new key
is worked out from what the vault holds and a later import of the same export still finds every item.
"""

from __future__ import annotations

from typing import Any

import orjson

from vault.item_key import U64, placed


def rekey_items(conn: Any) -> None:
    """Runs inside the migration's transaction: a failure leaves schema 4 as it was."""
    from vault.item_chunks import decode, encode  # item_chunks needs the store, which runs this

    # Old key -> new key for the touchpoints, in memory (temp_store): gone with the connection.
    conn.execute("CREATE TEMP TABLE key_moves (old INTEGER PRIMARY KEY, new INTEGER NOT NULL) WITHOUT ROWID")
    conn.execute(
        "CREATE TABLE item_keys_v5 (natural_key INTEGER PRIMARY KEY, chunk_id INTEGER NOT NULL, "
        "slot INTEGER NOT NULL) WITHOUT ROWID"
    )
    chunk_ids = [row[0] for row in conn.execute("SELECT id FROM item_chunks ORDER BY id")]
    for chunk_id in chunk_ids:  # one body in memory at a time
        codec, body = conn.execute("SELECT codec, body FROM item_chunks WHERE id = ?", (chunk_id,)).fetchone()
        rows = decode(codec, body)
        moves = []
        for row in rows:
            when = row[2] if type(row[2]) is int else None
            new = placed(row[0] & U64, when)
            moves.append((row[0], new))
            row[0] = new
        conn.execute(
            "UPDATE item_chunks SET body = ? WHERE id = ?",
            (encode(rows) if codec == "zstd" else orjson.dumps(rows), chunk_id),
        )
        conn.executemany("INSERT OR IGNORE INTO key_moves(old, new) VALUES (?, ?)", moves)
        # A key the index does not send to this chunk and slot stays unreachable, as it was.
        conn.executemany(
            "INSERT OR IGNORE INTO item_keys_v5(natural_key, chunk_id, slot) "
            "SELECT ?, chunk_id, slot FROM item_keys WHERE natural_key = ? AND chunk_id = ? AND slot = ?",
            [(new, old, chunk_id, slot) for slot, (old, new) in enumerate(moves)],
        )
    conn.execute(
        "UPDATE touchpoints SET item_key = (SELECT new FROM key_moves WHERE old = touchpoints.item_key) "
        "WHERE item_key IN (SELECT old FROM key_moves)"
    )
    conn.execute("DROP TABLE item_keys")
    conn.execute("ALTER TABLE item_keys_v5 RENAME TO item_keys")
    conn.execute("DROP TABLE temp.key_moves")
