"""Numbered schema migrations. Never edit a released step: append a new one."""

from __future__ import annotations

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
        natural_key BLOB NOT NULL UNIQUE,
        platform TEXT NOT NULL,
        kind TEXT NOT NULL,
        time INTEGER,
        title TEXT NOT NULL,
        raw BLOB NOT NULL,
        source_file TEXT NOT NULL,
        import_id INTEGER NOT NULL REFERENCES imports(id)
    )""",
    "CREATE INDEX items_platform_time ON items(platform, time)",
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

MIGRATIONS: list[tuple[str, ...]] = [_V1]
