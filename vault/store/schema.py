"""Numbered schema migrations. Never edit a released step: append a new one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vault.errors import MeCloudError
from vault.store import brand_totals, month_totals, schema_v5

# Steps whose rules live above the store: which stored brands are one company takes vault.brands (names, the
# company database), which is built on the store. Such a step is named here and its code provided by that
# package when it is imported (vault.brands does so). A database without brands (every new vault) has nothing
# for it to do and needs no code.
_PROVIDED: dict[str, Callable[[Any], None]] = {}


def provide(name: str, step: Callable[[Any], None]) -> None:
    """Give the code of a step named in MIGRATIONS (called by the package that owns its rules)."""
    _PROVIDED[name] = step


def _provided(name: str) -> Callable[[Any], None]:
    def step(conn: Any) -> None:
        if conn.execute("SELECT 1 FROM brands LIMIT 1").fetchone() is None:
            return
        code = _PROVIDED.get(name)
        if code is None:  # a face that opened the vault without the brand package: nothing changed, say what
            raise MeCloudError(f"This vault needs an update ({name}) that this part of Me-Cloud cannot make.")
        code(conn)

    return step


_V1 = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        layout TEXT NOT NULL,
        source TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        items_seen INTEGER NOT NULL DEFAULT 0,
        items_added INTEGER NOT NULL DEFAULT 0,
        touchpoints_added INTEGER NOT NULL DEFAULT 0,
        brands_added INTEGER NOT NULL DEFAULT 0,
        coverage TEXT NOT NULL DEFAULT '{}'
    )""",
    """CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        natural_key INTEGER NOT NULL UNIQUE,
        platform TEXT NOT NULL,
        kind TEXT NOT NULL,
        time INTEGER,
        title TEXT NOT NULL,
        raw BLOB NOT NULL,
        source_file TEXT NOT NULL,
        import_id INTEGER NOT NULL REFERENCES imports(id)
    )""",
    """CREATE TABLE brands (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        domain TEXT,
        merged_into INTEGER REFERENCES brands(id),
        user_named INTEGER NOT NULL DEFAULT 0
    )""",
    # Every name/domain key we have met, and the brand it belongs to. A user's merge or split
    # rewrites rows here; ingest looks keys up here first, so the choice survives re-imports.
    """CREATE TABLE brand_aliases (
        alias TEXT PRIMARY KEY,
        brand_id INTEGER NOT NULL REFERENCES brands(id),
        label TEXT NOT NULL,
        by_user INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX brand_aliases_brand ON brand_aliases(brand_id)",
    """CREATE TABLE touchpoints (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id),
        brand_id INTEGER NOT NULL REFERENCES brands(id),
        alias TEXT NOT NULL,
        kind TEXT NOT NULL,
        category TEXT NOT NULL,
        platform TEXT NOT NULL,
        time INTEGER,
        detail TEXT
    )""",
    "CREATE INDEX touchpoints_brand ON touchpoints(brand_id, kind)",
    # What each import said about each alias: lets "changes between exports" compare exports
    # even where items were deduplicated away.
    """CREATE TABLE import_aliases (
        import_id INTEGER NOT NULL REFERENCES imports(id),
        alias TEXT NOT NULL,
        kind TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (import_id, alias, kind)
    )""",
    # Per brand, kind and platform: counts and first/last seen, refreshed by ingest, merge and split,
    # so the brands view never aggregates a million touchpoints while the user waits.
    """CREATE TABLE brand_summary (
        brand_id INTEGER NOT NULL REFERENCES brands(id),
        kind TEXT NOT NULL,
        platform TEXT NOT NULL,
        count INTEGER NOT NULL,
        first_seen INTEGER,
        last_seen INTEGER,
        PRIMARY KEY (brand_id, kind, platform)
    )""",
    """CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    """CREATE TABLE identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        private_key BLOB NOT NULL,
        public_key BLOB NOT NULL,
        created_at TEXT NOT NULL
    )""",
)

# Consent: firms (from their signed cards), consent records, shares (bundles made) and revocations.
# Signed objects are kept verbatim (the JWS text): the signed bytes are the record.
_V2 = (
    """CREATE TABLE firms (
        id INTEGER PRIMARY KEY,
        firm_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        legal_entity TEXT NOT NULL,
        contact TEXT NOT NULL,
        policy_url TEXT NOT NULL,
        purposes TEXT NOT NULL,
        kem_type TEXT NOT NULL,
        kem_recipient TEXT NOT NULL,
        verify_key BLOB NOT NULL,
        fingerprint TEXT NOT NULL,
        card TEXT NOT NULL,
        added_at TEXT NOT NULL
    )""",
    """CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        record_id TEXT NOT NULL UNIQUE,
        firm_id INTEGER NOT NULL REFERENCES firms(id),
        record TEXT NOT NULL,
        scope TEXT NOT NULL,
        purposes TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_until TEXT NOT NULL,
        repeatable INTEGER NOT NULL,
        gpc INTEGER NOT NULL,
        supersedes TEXT,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX consents_firm ON consents(firm_id)",
    """CREATE TABLE shares (
        id INTEGER PRIMARY KEY,
        consent_id INTEGER NOT NULL REFERENCES consents(id),
        bundle_id TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        path TEXT NOT NULL,
        items INTEGER NOT NULL,
        touchpoints INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        manifest_sha256 TEXT NOT NULL
    )""",
    "CREATE INDEX shares_consent ON shares(consent_id)",
    """CREATE TABLE revocations (
        consent_id INTEGER PRIMARY KEY REFERENCES consents(id),
        revoked_at TEXT NOT NULL,
        path TEXT NOT NULL,
        notice TEXT NOT NULL
    )""",
)

# Counterparts: the user's corrections of brand -> legal entity (by brand key and company slug, so they
# survive re-imports and data refreshes), inference segments per import (for "what changed"), and
# the dates the person asked platforms for a fresh export.
_V3 = (
    """CREATE TABLE entity_choices (
        brand_key TEXT PRIMARY KEY,
        slug TEXT,
        chosen_at TEXT NOT NULL
    )""",
    """CREATE TABLE import_segments (
        import_id INTEGER NOT NULL REFERENCES imports(id),
        title TEXT NOT NULL,
        PRIMARY KEY (import_id, title)
    )""",
    """CREATE TABLE export_requests (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        requested_on TEXT NOT NULL,
        noted_at TEXT NOT NULL
    )""",
    "CREATE INDEX export_requests_platform ON export_requests(platform, requested_on)",
)

# Items in compressed chunks. A row per item (with its raw record) cost an encrypted B-tree insert and
# a unique-index insert each, and most of an import's time; now an import writes one chunk row per
# ~1k items (the items as Zstandard-compressed JSON), a small key row per item (dedup, and the way to
# the chunk) and its touchpoints, which carry the item's kind and title so brand views never open a chunk.
# Items of schema 3 move into one-item chunks of codec "json" (SQL cannot compress); new ones are "zstd".
# No foreign keys on item_keys and touchpoints.item_key: ingest writes them together in one
# transaction, and a parent check per row would cost what the chunks save.
_V4 = (
    """CREATE TABLE item_chunks (
        id INTEGER PRIMARY KEY,
        import_id INTEGER NOT NULL REFERENCES imports(id),
        platform TEXT NOT NULL,
        source_file TEXT NOT NULL,
        count INTEGER NOT NULL,
        kinds TEXT NOT NULL,
        codec TEXT NOT NULL,
        body BLOB NOT NULL
    )""",
    "CREATE INDEX item_chunks_import ON item_chunks(import_id)",
    """CREATE TABLE item_keys (
        natural_key INTEGER PRIMARY KEY,
        chunk_id INTEGER NOT NULL,
        slot INTEGER NOT NULL
    ) WITHOUT ROWID""",
    """INSERT INTO item_chunks(id, import_id, platform, source_file, count, kinds, codec, body)
        SELECT id, import_id, platform, source_file, 1, json_object(kind, 1), 'json',
               CAST(json_array(json_array(natural_key, kind, time, title, json(CAST(raw AS TEXT)))) AS BLOB)
        FROM items""",
    "INSERT INTO item_keys(natural_key, chunk_id, slot) SELECT natural_key, id, 0 FROM items",
    """CREATE TABLE touchpoints_v4 (
        id INTEGER PRIMARY KEY,
        item_key INTEGER NOT NULL,
        brand_id INTEGER NOT NULL REFERENCES brands(id),
        alias TEXT NOT NULL,
        kind TEXT NOT NULL,
        category TEXT NOT NULL,
        platform TEXT NOT NULL,
        time INTEGER,
        detail TEXT,
        item_kind TEXT NOT NULL,
        title TEXT NOT NULL
    )""",
    """INSERT INTO touchpoints_v4(id, item_key, brand_id, alias, kind, category, platform, time, detail,
                                  item_kind, title)
        SELECT t.id, i.natural_key, t.brand_id, t.alias, t.kind, t.category, t.platform, t.time, t.detail,
               i.kind, i.title
        FROM touchpoints t JOIN items i ON i.id = t.item_id""",
    "DROP TABLE touchpoints",
    "ALTER TABLE touchpoints_v4 RENAME TO touchpoints",
    "CREATE INDEX touchpoints_brand ON touchpoints(brand_id, kind)",
    "DROP TABLE items",
)

# Item keys placed by day (vault/store/item_key.py), so an import's keys land in neighbouring index pages; and
# touchpoints as a row per item (key, form, time, title) plus a form shared by the items of one brand,
# alias, kind, category, platform, detail and item kind: an import binds four values per touchpoint
# instead of ten and writes half the bytes, and a merge or split rewrites a few forms instead of every
# touchpoint. A view named touchpoints keeps the shape queries read. Item ids in bundles made after this
# step differ from those of earlier bundles for the same items.
_V5 = (schema_v5.migrate,)

# Indexes a big vault's questions can answer without reading the touchpoint rows themselves: a consent's
# selection and preview (forms by category, then item keys and times of their rows) and a brand's evidence;
# and brand_totals, one row per brand for the brands list (vault/store/brand_totals.py).
# Random row lookups through the old form-only index cost 4-5 s for a 100k-item selection on a 1M vault
# (every lookup decrypts a page); from the covering index the same counts take 0.25 s. The planner's
# statistics are gathered here and kept current after each import (vault/store/statistics.py).
_V6 = (
    "DROP INDEX touchpoint_rows_form",
    "CREATE INDEX touchpoint_rows_form ON touchpoint_rows(form, item_key, time)",
    "CREATE INDEX touchpoint_forms_category ON touchpoint_forms(category, platform)",
    """CREATE TABLE brand_totals (
        brand_id INTEGER PRIMARY KEY REFERENCES brands(id),
        total INTEGER NOT NULL,
        kinds TEXT NOT NULL,
        platforms TEXT NOT NULL,
        first_seen INTEGER,
        last_seen INTEGER
    )""",
    brand_totals.refresh,
    "ANALYZE",
)

# When the export itself was made (its file names, its archive's times): freshness and "What's new" follow
# the export, not the moment it was imported. Empty for older imports, which fall back to started_at.
_V7 = ("ALTER TABLE imports ADD COLUMN exported_at TEXT",)

# Where a touchpoint's evidence lies when it is not in its item's chunk: a later copy of the item (the YouTube ad
# in watch history whose first copy sat in Search, or the same item in a later export) named a brand the first
# copy lacked, and that copy's file is what said it. "What's new" places a pair's evidence by it (issue 23, 11).
_V8 = (
    """CREATE TABLE touchpoint_origins (
        row INTEGER PRIMARY KEY,
        source_file TEXT NOT NULL
    )""",
)

# One brand per company (issue 26): brands an older version stored apart that the brand rules now take for one
# ("lidl.de" and "Lidl Deutschland") become one, brands made only from a host cut short ("youtube.co") lose their
# touchpoints (the items stay), and every brand gets the readable name the rules give it (vault/brands/unify.py).
_V9 = (_provided("brands.one_per_company"),)


# The Overview's timeline from month_totals, a row per month and kind kept by ingest
# (vault/store/month_totals.py), instead of a month worked out for every touchpoint at each open (1-7 s on
# a 1M-item vault); and brand_totals by total, so the Overview's top brands stop after the first few.
_V10 = (
    month_totals.TABLE,
    month_totals.refresh,
    "CREATE INDEX brand_totals_total ON brand_totals(total)",
)

MIGRATIONS: list[tuple[str | Callable[[Any], None], ...]] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10]
