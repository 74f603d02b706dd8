"""Brands in the vault: resolving hints to one canonical brand, and the user's merges and splits.

`brand_aliases` maps every alias key ever met to a brand. Ingest consults it first, so a merge or
split the user made (which rewrites those rows) survives every later import.
"""

from __future__ import annotations

from collections.abc import Iterable

from vault.brands.hints import Alias, aliases_for, brand_name, machine_named
from vault.brands.names import display_name, is_curated, name_key, registrable_domain
from vault.errors import BrandNotFound, message
from vault.store import Store, audit, brand_totals


class BrandResolver:
    """Hint (name, domain) -> (brand id, alias key), cached for the length of one import."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[tuple[str | None, str | None], tuple[int, str] | None] = {}
        self.created = 0

    def resolve(self, name: str | None, domain: str | None) -> tuple[int, str] | None:
        key = (name, domain)
        if key in self._cache:
            return self._cache[key]
        result = self._resolve(name, domain)
        self._cache[key] = result
        return result

    def resolve_known(self, name: str | None, domain: str | None) -> tuple[int, str] | None:
        """Like `resolve`, but only to a brand already in the vault or in the curated table: for names
        read from free text (ad copy), which may be any words and must never make a brand of their own."""
        aliases = aliases_for(name, domain)
        known = _known(self.store.conn, aliases)
        if known:
            return _chosen(aliases, known), aliases[0].key
        if any(is_curated(a.key) for a in aliases):
            return self.resolve(name, domain)
        return None

    def _resolve(self, name: str | None, domain: str | None) -> tuple[int, str] | None:
        aliases = aliases_for(name, domain)
        if not aliases:
            return None
        conn = self.store.conn
        known = _known(conn, aliases)
        human = _human_name(name)
        dom = next((a.label for a in aliases if a.from_domain), None)
        if known:
            brand_id = _chosen(aliases, known)
        else:
            keys = [a.key for a in aliases]
            cur = conn.execute(
                "INSERT INTO brands(key, name, domain) VALUES (?, ?, ?)",
                (_free_key(conn, aliases[0].key), brand_name(keys, human, dom), dom),
            )
            brand_id = int(cur.lastrowid)
            self.created += 1
        added = False
        for a in aliases:
            if a.key not in known:
                added = True
                conn.execute(
                    "INSERT OR IGNORE INTO brand_aliases(alias, brand_id, label) VALUES (?, ?, ?)",
                    (a.key, brand_id, a.label),
                )
        if dom:
            conn.execute("UPDATE brands SET domain = ? WHERE id = ? AND domain IS NULL", (dom, brand_id))
        if known and (added or human):
            rename_from_evidence(conn, brand_id, human)
        return brand_id, aliases[0].key


def _known(conn, aliases: list[Alias]) -> dict[str, tuple[int, bool]]:  # type: ignore[no-untyped-def]
    """alias key -> (brand, set by the user) for the hint's keys the vault has met."""
    return {
        a.key: (int(row[0]), bool(row[1]))
        for a in aliases
        if (row := conn.execute("SELECT brand_id, by_user FROM brand_aliases WHERE alias = ?", (a.key,)).fetchone())
    }


def _chosen(aliases: list[Alias], known: dict[str, tuple[int, bool]]) -> int:
    """The brand a hint lands in: where the user put one of its keys (a merge or split is kept), else where its
    surest known key is."""
    ordered = [known[a.key] for a in aliases if a.key in known]
    return next((brand for brand, by_user in ordered if by_user), ordered[0][0])


def _human_name(name: str | None) -> str | None:
    return display_name(name) if name and name_key(name) else None


def rename_from_evidence(conn, brand_id: int, human: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Give a brand the best name its keys and evidence allow (hints.brand_name), unless the user named it: the
    company's name wins; a name from an export replaces one made from the domain, never another export's."""
    row = conn.execute("SELECT key, name, domain, user_named FROM brands WHERE id = ?", (brand_id,)).fetchone()
    if row is None or row[3]:
        return
    key, name, domain = row[0].split("~")[0], row[1], row[2]
    known = conn.execute("SELECT alias, label FROM brand_aliases WHERE brand_id = ? ORDER BY rowid", (brand_id,))
    pairs = known.fetchall()
    keys = [key, *(alias for alias, _label in pairs)]
    keep = None if machine_named(name, domain, tuple(label for _alias, label in pairs)) else name
    best = brand_name(keys, keep or human or name, domain)
    if best != name:
        conn.execute("UPDATE brands SET name = ? WHERE id = ?", (best, brand_id))


def _free_key(conn, key: str) -> str:  # type: ignore[no-untyped-def]
    candidate, n = key, 1
    while conn.execute("SELECT 1 FROM brands WHERE key = ?", (candidate,)).fetchone():
        n += 1
        candidate = f"{key}~{n}"
    return candidate


def refresh_summary(store: Store, brand_ids: Iterable[int] | None = None) -> None:
    """Recount brand_summary for these brands (all when None). Call inside a transaction."""
    summarise(store.conn, brand_ids)


def summarise(conn, brand_ids: Iterable[int] | None = None) -> None:  # type: ignore[no-untyped-def]
    """refresh_summary on a bare connection (a schema step has no Store)."""
    if brand_ids is None:
        conn.execute("DELETE FROM brand_summary")
        where, params = "", ()
    else:
        ids = sorted(set(brand_ids))
        if not ids:
            return
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS _touched (id INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM _touched")
        conn.executemany("INSERT INTO _touched(id) VALUES (?)", ((i,) for i in ids))
        conn.execute("DELETE FROM brand_summary WHERE brand_id IN (SELECT id FROM _touched)")
        where, params = "WHERE brand_id IN (SELECT id FROM _touched)", ()
    conn.execute(
        "INSERT INTO brand_summary(brand_id, kind, platform, count, first_seen, last_seen) "
        f"SELECT brand_id, kind, platform, count(*), min(time), max(time) FROM touchpoints {where} "
        "GROUP BY brand_id, kind, platform",
        params,
    )
    brand_totals.refresh(conn, None if brand_ids is None else ids)


def find_brand(store: Store, name: str) -> int:
    """A brand by id, exact name, domain or alias key; BrandNotFound names what was asked for."""
    if name.isdecimal() and name.isascii():  # "²".isdigit() is true, but int() refuses it
        row = store.one("SELECT id FROM brands WHERE id = ? AND merged_into IS NULL", (int(name),))
        if row:
            return int(row[0])
    row = store.one(
        "SELECT id FROM brands WHERE merged_into IS NULL AND (lower(name) = lower(?) OR domain = lower(?))",
        (name, name),
    )
    if row:
        return int(row[0])
    for alias in aliases_for(name, name if "." in name else None):
        row = store.one("SELECT brand_id FROM brand_aliases WHERE alias = ?", (alias.key,))
        if row:
            return int(row[0])
    raise BrandNotFound(message("brand.no_such_name", name=name))


def merge(store: Store, source_id: int, target_id: int) -> None:
    """Fold one brand into another. Its aliases follow, so later imports land in the target too.

    A target that was itself merged stands for the brand it went into; a source already merged is
    refused (its touchpoints live elsewhere now). Without this, merging B back into A after A went into
    B made both brands point into each other and vanish from every list.
    """
    with store.transaction() as conn:
        names = _names(store, (source_id, target_id))
        if _merged_into(conn, source_id) is not None:
            raise BrandNotFound(message("brand.already_merged", name=names[source_id]))
        target_id = _root(conn, target_id)
        if source_id == target_id:
            return
        names = _names(store, (source_id, target_id))
        conn.execute("UPDATE brand_aliases SET brand_id = ?, by_user = 1 WHERE brand_id = ?", (target_id, source_id))
        conn.execute("UPDATE touchpoint_forms SET brand_id = ? WHERE brand_id = ?", (target_id, source_id))
        conn.execute("UPDATE brands SET merged_into = ? WHERE id = ?", (target_id, source_id))
        conn.execute("UPDATE brands SET merged_into = ? WHERE merged_into = ?", (target_id, source_id))
        conn.execute("DELETE FROM brand_summary WHERE brand_id = ?", (source_id,))
        conn.execute("DELETE FROM brand_totals WHERE brand_id = ?", (source_id,))
        refresh_summary(store, [target_id])
        audit.append(store, "brand.merged", {"from": names[source_id], "into": names[target_id]})


def split(store: Store, brand_id: int, alias: str) -> int:
    """Give one alias of a brand its own brand again. Returns the new (or revived) brand's id."""
    with store.transaction() as conn:
        row = conn.execute(
            "SELECT label FROM brand_aliases WHERE alias = ? AND brand_id = ?", (alias, brand_id)
        ).fetchone()
        if row is None:
            raise BrandNotFound(message("brand.no_such_alias", alias=alias))
        if conn.execute("SELECT count(*) FROM brand_aliases WHERE brand_id = ?", (brand_id,)).fetchone()[0] < 2:
            raise BrandNotFound(message("brand.single_name"))
        label = row[0]
        revived = conn.execute("SELECT id FROM brands WHERE key = ? AND merged_into IS NOT NULL", (alias,)).fetchone()
        if revived:
            new_id = int(revived[0])
            conn.execute("UPDATE brands SET merged_into = NULL WHERE id = ?", (new_id,))
        else:
            # A name's label may hold a dot ("Acme Inc.", "Amazon.com"): only a registrable domain is one.
            is_domain = registrable_domain(label) == label
            domain = label if is_domain else None
            cur = conn.execute(
                "INSERT INTO brands(key, name, domain) VALUES (?, ?, ?)",
                (_free_key(conn, alias), brand_name([alias], None if is_domain else label, domain), domain),
            )
            new_id = int(cur.lastrowid)
        conn.execute("UPDATE brand_aliases SET brand_id = ?, by_user = 1 WHERE alias = ?", (new_id, alias))
        conn.execute("UPDATE touchpoint_forms SET brand_id = ? WHERE alias = ?", (new_id, alias))
        refresh_summary(store, [brand_id, new_id])
        audit.append(store, "brand.split", {"alias": label, "from": _names(store, (brand_id,))[brand_id]})
        return new_id


def rename(store: Store, brand_id: int, name: str) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE brands SET name = ?, user_named = 1 WHERE id = ?", (display_name(name), brand_id))
        audit.append(store, "brand.renamed", {"brand_id": brand_id, "name": name})


def _merged_into(conn, brand_id: int) -> int | None:  # type: ignore[no-untyped-def]
    row = conn.execute("SELECT merged_into FROM brands WHERE id = ?", (brand_id,)).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def _root(conn, brand_id: int) -> int:  # type: ignore[no-untyped-def]
    """The brand that finally holds `brand_id`'s touchpoints (itself unless it was merged)."""
    seen = {brand_id}
    while (parent := _merged_into(conn, brand_id)) is not None and parent not in seen:
        seen.add(parent)
        brand_id = parent
    return brand_id


def _names(store: Store, ids: Iterable[int]) -> dict[int, str]:
    out = {}
    for i in ids:
        row = store.one("SELECT name FROM brands WHERE id = ?", (i,))
        if row is None:
            raise BrandNotFound(message("brand.no_such_id", id=str(i)))
        out[i] = row[0]
    return out
