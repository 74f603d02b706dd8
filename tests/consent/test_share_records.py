"""A share's records, written from form rows without a dict per touchpoint (vault.bundle.records), are byte for
byte orjson.dumps of each record as the bundle format describes it, built from the selection's items."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest

from vault.bundle.records import records
from vault.consent import selection
from vault.consent.selection import SelectedItem, StoredScope, iter_items
from vault.consent.timestamps import iso_unix
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault

T0 = datetime(2024, 5, 1, tzinfo=UTC)
ADS = "pd:BrowsingBehaviour"


def _reference(item: SelectedItem) -> bytes:
    """The record as docs/bundle-format.md lists its keys, written by orjson (what seal wrote before)."""
    iso = lambda ts: None if ts is None else iso_unix(ts)  # noqa: E731
    record: dict[str, Any] = {"ref": item.ref, "platform": item.platform, "kind": item.kind, "time": iso(item.time),
                              "title": item.title,
                              "touchpoints": [{**tp, "time": iso(tp["time"])} for tp in item.touchpoints]}  # fmt: skip
    if item.raw_json is not None:
        record["raw"] = orjson.Fragment(item.raw_json)
    return orjson.dumps(record) + b"\n"


def _observation(i: int, platform: str) -> Observation:
    # Names and titles with what JSON must escape (quotes, backslashes, a control character) and non-ASCII;
    # an untimed item every seventh; the domain-only hint has no name of its own (a null detail).
    name = 'Caf\u00e9 "Quote" {}\\'
    hints = [BrandHint("ad_engagement", ADS, name=name.format(b), detail="clicked\tan ad") for b in range(i % 3)]
    hints.append(BrandHint("visit", "pd:BrowsingHistory", domain=f"site{i % 4}.example"))
    hints.append(BrandHint("ad_targeting", ADS, domain=f"shop{i % 5}.example", detail=None))
    when = None if i % 7 == 0 else T0 + timedelta(hours=i)
    return Observation(platform, "ad", when, f'ad "{i}" \u2603\n', {"i": i, "t": "r\u00e9"}, "ads.json",
                       f"{platform}{i}", tuple(hints))  # fmt: skip


@pytest.mark.parametrize("scan_share", [2.0, 0.0])  # by the index, then by a pass over the table
@pytest.mark.parametrize("include_raw", [False, True])
def test_records_are_the_items_as_orjson_writes_them(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, scan_share: float, include_raw: bool
) -> None:
    monkeypatch.setattr(selection, "SCAN_SHARE", scan_share)
    obs = [_observation(i, "google" if i % 2 else "facebook") for i in reversed(range(40))]
    ingest(vault.store, obs, platform="mixed", layout="t", source="t.zip", coverage=CoverageReport())
    since = int((T0 + timedelta(hours=5)).timestamp())
    everything = StoredScope((ADS,), include_raw=include_raw)
    narrow = StoredScope((ADS, "pd:BrowsingHistory"), platforms=("google",), data_from=since, include_raw=include_raw)
    for scope in (everything, narrow):
        items = list(iter_items(vault.store, scope))
        lines, category_of = records(vault.store, scope)
        written = list(lines)
        assert [line for _platform, line, *_ in written] == [_reference(item) for item in items]
        for (platform, _line, forms, first, last), item in zip(written, items, strict=True):
            assert platform == item.platform
            times = [tp["time"] for tp in item.touchpoints if tp["time"] is not None]
            assert (first, last) == ((min(times), max(times)) if times else (None, None))
            assert [category_of[f] for f in forms] == [tp["category"] for tp in item.touchpoints]
        assert len(items) > 10 and any(len(item.touchpoints) >= 3 for item in items)
        assert any(item.time is None for item in items) == (scope is everything)


def test_a_record_s_times_are_iso_unix_s() -> None:
    import random

    from vault.bundle.records import _time

    rng = random.Random(32)
    moments = [0, -1, 86399, 86400, -86401, 951782400, 1_700_000_000, 253_402_300_799, 253_402_300_800 + 86400 * 400]
    for seconds in moments + [rng.randint(-(2**33), 2**35) for _ in range(2000)]:
        assert _time(seconds) == orjson.dumps(iso_unix(seconds)), seconds
    assert _time(None) == b"null"


def test_a_data_file_past_its_size_rolls_over_and_each_part_is_described(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # entry_max (1 GiB in a real share) made a few records long: the writer starts google-2, google-3, ... and
    # the manifest gives each part its own hash, record count, categories and times (what the firm checks).
    import hashlib

    from tests.consent import craft
    from tests.consent.conftest import at, fill, make_firm
    from tests.consent.test_share_open import grant
    from vault.bundle import seal
    from vault.consent import grants as consent
    from vault.keys import jws

    firm = make_firm(tmp_path / "firm")
    vault, _code = Vault.create(tmp_path / "vault", "correct horse battery staple")
    with vault:
        rows = [("google", "visit", at(2024, 1, 1 + i), f"visited shop {i}", i % 3, "visit", "pd:BrowsingBehaviour")
                for i in range(9)]  # fmt: skip
        rows.append(("google", "search", at(2024, 2, 1), "searched boots", 0, "ad_targeting", "pd:Interest"))
        fill(vault, rows)
        consent.add_firm(vault, firm.card_path.read_bytes())
        granted = grant(vault, categories=["Interest", "BrowsingBehaviour"])
        result = seal.share(vault, granted.id, tmp_path / "b.age", entry_max=700)
    entries = craft.unpack(result.path.read_bytes(), firm.keys.kem)
    parts = sorted(name for name in entries if name.startswith("data/"))
    assert len(parts) >= 3 and {"data/google.jsonl", "data/google-2.jsonl"} <= set(parts)
    described = {f["name"]: f for f in jws.unverified(entries["manifest.jws"])[2]["files"]}
    assert sorted(described) == parts
    records_in_parts = 0
    for name in parts:
        data, meta = entries[name], described[name]
        lines = [orjson.loads(line) for line in data.splitlines()]
        assert len(data) <= 700 or len(lines) == 1  # a part holds whole records only
        assert meta["sha256"] == hashlib.sha256(data).hexdigest() and meta["size"] == len(data)
        assert meta["records"] == len(lines)
        assert meta["categories"] == sorted({tp["category"] for r in lines for tp in r["touchpoints"]})
        times = sorted(tp["time"] for r in lines for tp in r["touchpoints"])
        assert (meta["timeRange"]["from"], meta["timeRange"]["until"]) == (times[0], times[-1])
        records_in_parts += len(lines)
    assert records_in_parts == result.items == 10
