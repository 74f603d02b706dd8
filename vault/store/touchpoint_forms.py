"""Touchpoint forms (schema 5): what the touchpoints of one brand share, numbered once, found by its shape.

A shape is (brand id, alias, touchpoint kind, category, platform, detail, item kind), the columns of
touchpoint_forms in that order. Ingest, the schema-5 migration and the benchmarks all number forms here.
"""

from __future__ import annotations

from typing import Any

Shape = tuple[int, str, str, str, str, str | None, str]


class FormIds:
    """touchpoint_forms.id by shape, for the forms the vault holds; a shape first met becomes a new form.

    Call inside the writer's transaction: the forms it adds are part of it."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._ids: dict[tuple[Any, ...], int] = {
            tuple(row[1:]): row[0]
            for row in conn.execute(
                "SELECT id, brand_id, alias, kind, category, platform, detail, item_kind FROM touchpoint_forms"
            )
        }
        # form -> touchpoint kind: what the month summary counts by (vault/store/month_totals.py).
        self.kind_of: dict[int, str] = {form: shape[2] for shape, form in self._ids.items()}

    def __call__(self, shape: Shape) -> int:
        form = self._ids.get(shape)
        if form is None:
            form = self._ids[shape] = int(
                self._conn.execute(
                    "INSERT INTO touchpoint_forms(brand_id, alias, kind, category, platform, detail, item_kind) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    shape,
                ).lastrowid
            )
            self.kind_of[form] = shape[2]
        return form
