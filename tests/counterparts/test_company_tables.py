"""The tables built from the company database ship prebuilt and can never go stale; the database is parsed once."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from vault.brands import companies, company_db
from vault.counterparts import company_tables, entity_index

REGENERATE = "python -m vault.counterparts.company_tables"


def test_shipped_tables_are_what_the_database_and_the_code_give_now() -> None:
    # Rebuilt from companies.jsonl with today's name keys: a refresh of the data or a change to how names are keyed
    # (GENERIC_KEYS, the curated aliases) without regenerating fails here.
    for name, data in company_tables.tables().items():
        shipped = company_db.shipped(name).read_bytes()
        assert shipped == data, f"{name} is stale: run `{REGENERATE}`"


def test_loaded_tables_equal_the_tables_built_from_the_records() -> None:
    companies.company_names.cache_clear()
    assert companies.company_names() == companies.build_company_names()
    built = entity_index.build_tables(entity_index.Company.from_json(r) for r in company_db.records())
    loaded = entity_index.index()
    assert loaded.tables == built and loaded.contested  # 'bund.de' is claimed by many federal offices
    assert loaded.by_domain["zalando.de"] == "zalando" and companies.readable_name("lidl") == "Lidl"


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the real parser's calls (each call passes through to it): one entry per parse, its record count."""
    calls: list[int] = []
    real = company_db.parse

    def counted(text: str) -> list[dict[str, Any]]:
        out = real(text)
        calls.append(len(out))
        return out

    monkeypatch.setattr(company_db, "parse", counted)
    company_db.forget()  # as in a fresh process
    entity_index._read_index.cache_clear()
    companies.company_names.cache_clear()
    return calls


def test_the_database_is_parsed_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_parses(monkeypatch)
    # Both readers of the records: the brand-name table's builder and the company index (its records).
    names = companies.build_company_names()
    index = entity_index.index()
    companies.build_company_names()
    entity_index._read_index.cache_clear()
    entity_index.index()
    assert sorted(calls) == [57, 3069]  # the authorities once, the companies once
    assert len(index.companies) == 3069 and names.owners


def test_two_threads_asking_at_once_share_one_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    # The workspace's worker and a Company tab's may ask together.
    calls = _count_parses(monkeypatch)
    start = threading.Barrier(2)
    found: list[int] = []

    def read() -> None:
        start.wait()
        found.append(len(company_db.records()))

    threads = [threading.Thread(target=read) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert found == [3069, 3069] and calls == [3069]


def test_the_loaded_name_table_needs_no_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_parses(monkeypatch)
    assert companies.company_names().names["lidl"] == "Lidl"
    assert calls == []


def test_tables_of_a_changed_database_differ(tmp_path: Path) -> None:
    # What the shipped-tables test relies on: a new company shows in the tables built from the folder.
    source = company_db.shipped(company_db.COMPANIES).read_text("utf-8")
    extra = '{"slug": "bexinitech", "name": "Bexinitech GmbH", "web": "https://bexinitech.example/"}\n'
    (tmp_path / company_db.COMPANIES).write_text(source + extra, "utf-8")
    built = company_tables.tables(tmp_path)
    assert built != company_tables.tables()
    assert b'"bexinitech.example":"bexinitech"' in built[entity_index.INDEX_FILE]
    company_tables.write(tmp_path)
    assert (tmp_path / companies.NAMES_FILE).read_bytes() == built[companies.NAMES_FILE]
    assert not list(tmp_path.glob("*.tmp"))
