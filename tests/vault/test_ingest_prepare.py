"""Preparing batches: hint numbering (with its per-tuple shortcut) and keys, against what they stand for; chunk
bodies written out in parts, and records let go as they are."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import orjson

from vault.ingest.prepare import ROWS_AT_ONCE, PreparedBatch, Preparer, chunk_keys, natural_key, prepared_batches
from vault.model import BrandHint, Observation
from vault.store import CHUNK_ITEMS, decode, encode
from vault.unix_time import whole_seconds

ACME = BrandHint("visit", "pd:BrowsingHistory", domain="acme.example")
BETA = BrandHint("email", "pd:EmailAddress", name="Beta GmbH")


def _obs(n: int, brands: tuple[BrandHint, ...] | list[BrandHint]) -> Observation:
    when = datetime(2024, 1, 1, 12, 0, n, 250000, tzinfo=UTC)
    return Observation("google", "visit", when, f"item {n}", {"n": n}, "a.json", f"k{n}", brands)  # type: ignore[arg-type]


def _numbered(batch: PreparedBatch) -> list[tuple[int, ...]]:
    """Each item's hint numbers, () for an item without hints (it has no marked row)."""
    numbers: list[tuple[int, ...]] = []
    for _platform, _source, count, _keys, _kinds, _body, marked in batch.chunks:
        by_slot = {slot: found for slot, _key, _kind, _when, _title, found in marked}
        numbers += [by_slot.get(slot, ()) for slot in range(count)]
    return numbers


def _keys(batch: PreparedBatch) -> list[int]:
    return [key for chunk in batch.chunks for key in chunk_keys(chunk)]


def test_one_cached_tuple_and_equal_fresh_tuples_get_the_same_numbers() -> None:
    shared = (ACME,)
    fresh = (BrandHint("visit", "pd:BrowsingHistory", domain="acme.example"),)
    batch = [_obs(0, shared), _obs(1, fresh), _obs(2, shared)]
    prepared = Preparer().prepare(batch)
    assert _numbered(prepared) == [(0,), (0,), (0,)]
    assert prepared.new_hints == {0: ACME}


def test_numbers_follow_the_order_hints_are_met_across_batches() -> None:
    preparer = Preparer()
    first = preparer.prepare([_obs(0, (ACME,)), _obs(1, ())])
    second = preparer.prepare([_obs(2, (BETA, ACME)), _obs(3, (ACME,))])
    assert _numbered(first) == [(0,), ()]
    assert _numbered(second) == [(1, 0), (0,)]
    assert first.new_hints == {0: ACME} and second.new_hints == {1: BETA}


def test_a_reader_numbers_its_hints_from_its_own_start() -> None:
    # Two readers of one import: their numbers never meet, so the writer can take their batches in any order.
    first, second = Preparer(0), Preparer(1 << 32)
    a = first.prepare([_obs(0, (ACME,)), _obs(1, (BETA,))])
    b = second.prepare([_obs(2, (BETA,)), _obs(3, (ACME, BETA))])
    assert _numbered(a) == [(0,), (1,)] and a.new_hints == {0: ACME, 1: BETA}
    assert _numbered(b) == [(1 << 32,), ((1 << 32) + 1, 1 << 32)]
    assert b.new_hints == {1 << 32: BETA, (1 << 32) + 1: ACME}


def test_a_list_of_hints_is_read_again_each_time_it_is_met() -> None:
    # A list may change between items; only tuples are remembered by identity.
    hints = [ACME]
    preparer = Preparer()
    first = preparer.prepare([_obs(0, hints)])
    hints[0] = BETA
    second = preparer.prepare([_obs(1, hints)])
    assert _numbered(first) == [(0,)] and _numbered(second) == [(1,)]


def test_marked_rows_carry_whole_seconds_and_the_natural_key() -> None:
    obs = [_obs(7, (ACME,)), _obs(8, ()), _obs(9, (BETA,))]
    (chunk,) = Preparer().prepare(obs).chunks
    assert chunk[:3] == ("google", "a.json", 3)
    assert chunk_keys(chunk) == [natural_key(o) for o in obs]
    # Only items with hints have a row: (slot, key, kind, time, title, hint numbers).
    assert chunk[6] == [
        (0, natural_key(obs[0]), "visit", int(obs[0].time.timestamp()), "item 7", (0,)),  # type: ignore[union-attr]
        (2, natural_key(obs[2]), "visit", int(obs[2].time.timestamp()), "item 9", (1,)),  # type: ignore[union-attr]
    ]


def test_keys_stay_what_vaults_already_hold() -> None:
    # Stored vaults find their items again by these keys: the hash is blake2b-64 of
    # "platform US kind US natural key" (or of the content), placed by the item's day.
    from hashlib import blake2b

    from vault.store.item_key import placed

    obs = [_obs(n, ()) for n in range(3)]
    obs[1].natural_key = "ünïcode key"
    obs[2].platform, obs[2].kind = "meta", "ad_engagement"
    for o in obs:
        basis = f"{o.platform}\x1f{o.kind}\x1f{o.natural_key}".encode()
        digest = int.from_bytes(blake2b(basis, digest_size=8).digest(), "big")
        expected = placed(digest, int(o.time.timestamp()))  # type: ignore[union-attr]
        assert natural_key(o) == expected
        assert _keys(Preparer().prepare([o])) == [expected]
    # One preparer, kinds and platforms mixed: each key keeps its own prefix.
    assert _keys(Preparer().prepare(obs)) == [natural_key(o) for o in obs]


def test_times_and_keys_at_the_edges_are_whole_seconds_and_natural_key() -> None:
    # The loop works out whole seconds itself for UTC times of 1970-2106 and hands the rest to whole_seconds;
    # kinds change inside one file, so the hash it starts from changes with them.
    from datetime import timedelta, timezone

    from vault.unix_time import whole_seconds

    times = [
        datetime(1970, 1, 1, tzinfo=UTC),
        datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC),  # before 1970: truncated towards zero
        datetime(2106, 2, 7, 6, 28, 15, 999999, tzinfo=UTC),  # the last second of the quick way
        datetime(2106, 2, 7, 6, 28, 16, tzinfo=UTC),
        datetime(2400, 1, 1, tzinfo=UTC),  # past the last day a key can name: an undated key
        datetime(2024, 5, 1, 12, 0, 0, 999999, tzinfo=timezone(timedelta(hours=2))),
        datetime(2024, 5, 1, 12, 0, 0),  # naive: local time, as timestamp() reads it
        None,
    ]
    obs = [_obs(n, (ACME,) if n % 2 else ()) for n in range(len(times))]
    for n, (o, when) in enumerate(zip(obs, times, strict=True)):
        o.time, o.kind = when, ("visit", "search", "search")[n % 3]
    (chunk,) = Preparer().prepare(obs).chunks
    assert chunk_keys(chunk) == [natural_key(o) for o in obs]
    expected = [whole_seconds(o.time) if o.time else None for o in obs]
    assert [when for _slot, _key, _kind, when, _title, _numbers in chunk[6]] == expected[1::2]
    from vault.store import decode

    assert [row[2] for row in decode("zstd", chunk[5])] == expected


class _Record(dict):  # type: ignore[type-arg]
    """A parsed record that can be watched for being let go (orjson writes dict subclasses as dicts)."""


def test_a_streamed_batch_lets_each_record_go_once_it_is_written_out() -> None:
    # A reader's batch is read from the stream as it is prepared: records already written out must not stay
    # alive for the rest of their chunk (a whole chunk's records outgrew the CPU's cache).
    watched: list[weakref.ref[_Record]] = []
    alive_at_end_of_first_part: list[int] = []

    def stream() -> Iterator[Observation]:
        for n in range(3 * ROWS_AT_ONCE):
            if n == 2 * ROWS_AT_ONCE:
                alive_at_end_of_first_part.append(sum(ref() is not None for ref in watched[:ROWS_AT_ONCE]))
            raw = _Record(n=n, text=f"record {n} ü")
            watched.append(weakref.ref(raw))
            yield Observation("google", "visit", None, f"item {n}", raw, "a.json", f"k{n}", ())
            del raw

    batches = list(prepared_batches(stream(), size=CHUNK_ITEMS))
    assert alive_at_end_of_first_part == [0]
    assert [chunk[2] for batch in batches for chunk in batch.chunks] == [3 * ROWS_AT_ONCE]


def test_a_chunk_written_out_in_parts_is_the_body_of_all_its_rows() -> None:
    # Parts of ROWS_AT_ONCE rows, the last one short, across two files and a chunk boundary; records with text
    # JSON escapes, nesting, numbers, times and none.
    count = CHUNK_ITEMS + ROWS_AT_ONCE + 7
    observations = [
        Observation(
            "google",
            "visit" if n % 3 else "search",
            datetime(2024, 1, 1, tzinfo=UTC) + timedelta(seconds=n) if n % 5 else None,
            f'item "{n}" \u00e9\U0001f600\n',
            {"n": n, "nested": {"list": [n, 1.5, None, True]}, "text": "\\ / \t"},
            "a.json" if n < count - 3 else "b.json",
            None if n % 7 == 0 else f"k{n}",
            (),
        )
        for n in range(count)
    ]
    prepared = Preparer().prepare(iter(observations))
    assert [chunk[2] for chunk in prepared.chunks] == [CHUNK_ITEMS, count - 3 - CHUNK_ITEMS, 3]
    start = 0
    for _platform, _source, items, keys, _kinds, body, _marked in prepared.chunks:
        rows = [
            (key, obs.kind, whole_seconds(obs.time) if obs.time else None, obs.title, obs.raw)
            for key, obs in zip(orjson.loads(keys), observations[start : start + items], strict=True)
        ]
        assert body == encode(rows)
        assert decode("zstd", body) == orjson.loads(orjson.dumps(rows))
        start += items
