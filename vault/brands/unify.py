"""Schema step 8 (vault/store/schema.py): a vault's brands brought under the rules of one brand per company.

Brands an older version stored apart that the rules now take for one ("lidl.de" and "Lidl Deutschland") are
folded together, touchpoints and aliases and all; a brand made only from a host cut short ("youtube.co") loses
its touchpoints (the items stay in the vault); every brand the user did not name gets the readable name the
rules give it. What the user merged, split or renamed stays as they left it. Runs inside the step's transaction.
"""

from __future__ import annotations

from typing import Any

from vault.brands.graph import rename_from_evidence, summarise
from vault.brands.hints import aliases_for, cut_short
from vault.brands.names import registrable_domain
from vault.store import brand_totals


def one_per_company(conn: Any) -> None:
    touched: set[int] = set()
    _drop_cut_hosts(conn, touched)
    _fold_companies(conn, touched)
    for (brand_id,) in conn.execute("SELECT id FROM brands WHERE merged_into IS NULL AND user_named = 0").fetchall():
        rename_from_evidence(conn, brand_id)
    summarise(conn, touched)


def _is_domain(label: str) -> bool:
    return registrable_domain(label) == label


def _drop_cut_hosts(conn: Any, touched: set[int]) -> None:
    """Brands whose every alias is a host cut short and that never got a name from an export: nothing but the
    cut host ever named them."""
    rows = conn.execute(
        "SELECT b.id, b.name, b.domain, b.user_named, a.label, a.by_user FROM brands b "
        "JOIN brand_aliases a ON a.brand_id = b.id WHERE b.merged_into IS NULL ORDER BY b.id"
    ).fetchall()
    verdict: dict[int, bool] = {}
    for brand_id, name, domain, user_named, label, by_user in rows:
        cut = _is_domain(label) and cut_short(label) and not by_user and not user_named and name == domain
        verdict[brand_id] = verdict.get(brand_id, True) and cut
    for brand_id, cut in sorted(verdict.items()):
        if not cut:
            continue
        conn.execute(
            "DELETE FROM touchpoint_rows WHERE form IN (SELECT id FROM touchpoint_forms WHERE brand_id = ?)",
            (brand_id,),
        )
        conn.execute("DELETE FROM touchpoint_forms WHERE brand_id = ?", (brand_id,))
        conn.execute("DELETE FROM brand_aliases WHERE brand_id = ?", (brand_id,))
        conn.execute("UPDATE brands SET domain = NULL WHERE id = ?", (brand_id,))
        touched.add(brand_id)


def _root(conn: Any, brand_id: int) -> int:
    seen = {brand_id}
    while (row := conn.execute("SELECT merged_into FROM brands WHERE id = ?", (brand_id,)).fetchone()) and row[0]:
        if row[0] in seen:
            break
        seen.add(row[0])
        brand_id = row[0]
    return brand_id


def _fold_companies(conn: Any, touched: set[int]) -> None:
    """Every name alias gets the keys the rules give its name now; where such a key is another brand's, the
    name's brand goes into that one (the brand holding the company's key), in alias order: deterministic."""
    rows = conn.execute(
        "SELECT a.alias, a.brand_id, a.label FROM brand_aliases a JOIN brands b ON b.id = a.brand_id "
        "WHERE a.by_user = 0 AND b.merged_into IS NULL ORDER BY a.brand_id, a.alias"
    ).fetchall()
    for alias, brand_id, label in rows:
        if _is_domain(label):
            continue
        for new in aliases_for(label, None):
            if new.key == alias:
                continue
            source = _root(conn, brand_id)
            held = conn.execute("SELECT brand_id, by_user FROM brand_aliases WHERE alias = ?", (new.key,)).fetchone()
            if held is None:
                conn.execute(
                    "INSERT INTO brand_aliases(alias, brand_id, label) VALUES (?, ?, ?)", (new.key, source, label)
                )
                continue
            target = _root(conn, int(held[0]))
            if held[1] or target == source:
                continue
            _fold(conn, source, target)
            touched.update((source, target))


def _fold(conn: Any, source: int, target: int) -> None:
    """graph.merge without the user's mark: the aliases stay the rules' (a later split is still the user's)."""
    conn.execute("UPDATE brand_aliases SET brand_id = ? WHERE brand_id = ?", (target, source))
    conn.execute("UPDATE touchpoint_forms SET brand_id = ? WHERE brand_id = ?", (target, source))
    conn.execute(
        "UPDATE brands SET domain = (SELECT domain FROM brands WHERE id = ?) WHERE id = ? AND domain IS NULL",
        (source, target),
    )
    conn.execute("UPDATE brands SET merged_into = ? WHERE id = ? OR merged_into = ?", (target, source, source))
    conn.execute("DELETE FROM brand_summary WHERE brand_id = ?", (source,))
    brand_totals.refresh(conn, [source])
