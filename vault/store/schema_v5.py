"""Schema 5, in Python (SQL cannot open a compressed chunk): item keys placed by day, touchpoints in forms.

Keys of schema 4 are the bare hash; the hash and the item's time are both in its chunk, so each new key
(vault/store/item_key.py) is worked out from what the vault holds, in the chunk bodies, the key index and
the touchpoints, and a later import of the same export still finds every item. Touchpoints become a
row per item (key, form, time, title) and a form shared by the items of one brand, alias, kind,
category, platform, detail and item kind; a view keeps the shape every query read before.
"""

from __future__ import annotations

from typing import Any

import orjson

from vault.store.item_chunks import decode, encode
from vault.store.item_key import U64, placed
from vault.store.touchpoint_forms import FormIds

_FORMS = """CREATE TABLE touchpoint_forms (
    id INTEGER PRIMARY KEY,
    brand_id INTEGER NOT NULL REFERENCES brands(id),
    alias TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    platform TEXT NOT NULL,
    detail TEXT,
    item_kind TEXT NOT NULL
)"""
_ROWS = """CREATE TABLE touchpoint_rows (
    id INTEGER PRIMARY KEY,
    item_key INTEGER NOT NULL,
    form INTEGER NOT NULL REFERENCES touchpoint_forms(id),
    time INTEGER,
    title TEXT NOT NULL
)"""
_VIEW = """CREATE VIEW touchpoints AS
    SELECT r.id AS id, r.item_key AS item_key, f.brand_id AS brand_id, f.alias AS alias, f.kind AS kind,
           f.category AS category, f.platform AS platform, r.time AS time, f.detail AS detail,
           f.item_kind AS item_kind, r.title AS title
    FROM touchpoint_rows r JOIN touchpoint_forms f ON f.id = r.form"""
_BATCH = 5000


def migrate(conn: Any) -> None:
    """Runs inside the migration's transaction: a failure leaves schema 4 as it was."""
    # Old key -> new key, for the touchpoints; in memory (temp_store) and gone with the connection.
    conn.execute("CREATE TEMP TABLE key_moves (old INTEGER PRIMARY KEY, new INTEGER NOT NULL) WITHOUT ROWID")
    _rekey_items(conn)
    _touchpoints_in_forms(conn)
    conn.execute("DROP TABLE temp.key_moves")


def _rekey_items(conn: Any) -> None:
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
            new = placed(row[0] & U64, row[2] if type(row[2]) is int else None)
            moves.append((row[0], new))
            row[0] = new
        conn.execute(
            "UPDATE item_chunks SET body = ? WHERE id = ?",
            (encode(rows) if codec == "zstd" else orjson.dumps(rows), chunk_id),
        )
        conn.executemany("INSERT OR IGNORE INTO key_moves(old, new) VALUES (?, ?)", moves)
        # A chunk holds only the items whose keys send there (ingest leaves out the rest), slot by slot.
        conn.executemany(
            "INSERT OR IGNORE INTO item_keys_v5(natural_key, chunk_id, slot) VALUES (?, ?, ?)",
            sorted((new, chunk_id, slot) for slot, (_old, new) in enumerate(moves)),
        )
    conn.execute("DROP TABLE item_keys")
    conn.execute("ALTER TABLE item_keys_v5 RENAME TO item_keys")


def _touchpoints_in_forms(conn: Any) -> None:
    conn.execute(_FORMS)
    conn.execute(_ROWS)
    form_id = FormIds(conn)
    # One pass in id order, with the moved keys: reading touchpoints while writing other tables is safe.
    old = conn.execute(
        "SELECT t.id, coalesce(m.new, t.item_key), t.brand_id, t.alias, t.kind, t.category, t.platform, t.time, "
        "t.detail, t.item_kind, t.title FROM touchpoints t LEFT JOIN key_moves m ON m.old = t.item_key ORDER BY t.id"
    )
    while part := old.fetchmany(_BATCH):
        out = []
        for tp_id, key, brand_id, alias, kind, category, platform, when, detail, item_kind, title in part:
            form = form_id((brand_id, alias, kind, category, platform, detail, item_kind))
            out.append((tp_id, key, form, when, title))
        conn.executemany("INSERT INTO touchpoint_rows(id, item_key, form, time, title) VALUES (?, ?, ?, ?, ?)", out)
    conn.execute("DROP TABLE touchpoints")
    conn.execute("CREATE INDEX touchpoint_forms_brand ON touchpoint_forms(brand_id, kind)")
    conn.execute("CREATE INDEX touchpoint_forms_alias ON touchpoint_forms(alias)")
    conn.execute("CREATE INDEX touchpoint_rows_form ON touchpoint_rows(form)")
    conn.execute(_VIEW)
