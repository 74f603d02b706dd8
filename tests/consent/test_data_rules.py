"""Step 8's record rules: the batch check passes exactly what the record-by-record rule passes, and when a batch
fails it names the same record and problem the record-by-record rule names."""

from __future__ import annotations

import copy
import random
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.consent.conftest import at
from vault.bundle.data_rules import all_strict, batch_checker, line_checker
from vault.consent import grants as consent
from vault.consent import timestamps
from vault.session import Vault

GOOD = {
    "ref": "a1", "platform": "google", "kind": "search", "time": "2024-03-01T12:00:00Z", "title": "searched boots",
    "touchpoints": [{"brand": "Acme Outdoor Co", "domain": "acme.example", "kind": "ad_targeting",
                     "category": "pd:Interest", "time": "2024-03-01T12:00:00Z", "detail": None}],
}  # fmt: skip


def _broken(change: str) -> dict[str, Any]:
    item = copy.deepcopy(GOOD)
    tp = item["touchpoints"][0]
    match change:
        case "no platform":
            del item["platform"]
        case "ref a number":
            item["ref"] = 7
        case "title null":
            item["title"] = None
        case "item time loose":
            item["time"] = "2024-03-01 12:00:00"
        case "platform not granted":
            item["platform"] = "facebook"
        case "raw not granted":
            item["raw"] = {"q": "boots"}
        case "no touchpoints":
            item["touchpoints"] = []
        case "touchpoint not an object":
            item["touchpoints"] = ["pd:Interest"]
        case "category not granted":
            tp["category"] = "pd:Location"
        case "category a list":
            tp["category"] = ["pd:Interest"]
        case "touchpoint without its kind":
            del tp["kind"]
        case "touchpoint kind a number":
            tp["kind"] = 3
        case "brand a number":
            tp["brand"] = 5
        case "domain an object":
            tp["domain"] = {"host": "acme.example"}
        case "detail a list":
            tp["detail"] = ["seen twice"]
        case "touchpoint time loose":
            tp["time"] = "2024-03-01T12:00:00+00:00"
        case "two times in one":
            tp["time"] = "2024-03-01T12:00:00Z|2024-03-01T12:00:00Z"
        case "before the range":
            tp["time"] = "2023-12-31T23:59:59Z"
        case "after the range":
            tp["time"] = "2025-01-01T00:00:01Z"
    return item


CHANGES = [
    "no platform", "ref a number", "title null", "item time loose", "platform not granted", "raw not granted",
    "no touchpoints", "touchpoint not an object", "category not granted", "category a list",
    "touchpoint without its kind", "touchpoint kind a number", "brand a number", "domain an object",
    "detail a list",
    "touchpoint time loose", "two times in one", "before the range", "after the range",
]  # fmt: skip


@pytest.fixture
def record(filled: Vault) -> Any:
    granted = consent.grant(
        filled, 1, categories=["Interest", "Purchase"], purposes=["Marketing"], platforms=["google", "amazon"],
        data_from=at(2024, 1, 1) - timedelta(hours=12), data_until=at(2024, 12, 31) + timedelta(hours=11, seconds=59),
        valid_until=timestamps.now() + timedelta(days=30),
    )  # fmt: skip
    return granted.record


@pytest.mark.parametrize("change", CHANGES)
def test_a_batch_with_one_bad_record_is_refused_naming_it(record: Any, change: str) -> None:
    bad = _broken(change)
    expected = line_checker(record)(bad)
    assert expected is not None, "the change must break the record-by-record rule"
    batch = [copy.deepcopy(GOOD), copy.deepcopy(GOOD), bad, copy.deepcopy(GOOD)]
    assert batch_checker(record)(batch, set()) == (2, expected)


def test_a_good_batch_passes_and_reports_its_categories(record: Any) -> None:
    purchase = copy.deepcopy(GOOD)
    purchase["touchpoints"][0]["category"] = "pd:Purchase"
    purchase["time"] = None
    purchase["touchpoints"].append({**GOOD["touchpoints"][0], "time": None})
    seen: set[str] = set()
    batch = [copy.deepcopy(GOOD), purchase]
    assert all(line_checker(record)(item) is None for item in batch)
    assert batch_checker(record)(batch, seen) is None
    assert seen == {"pd:Interest", "pd:Purchase"}


def test_all_strict_follows_is_strict() -> None:
    good = "2024-03-01T12:00:00Z"
    for values in ([], [good], [good, good]):
        assert all_strict(values)
    for values in (
        [good, 5],
        [good, None],
        [good[:-1], "Z" + good],  # 19 + 21 characters: the joined text would still look like two times
        [good + "|" + good],
        [good + "\n"],
        [good.replace("T", " ")],
    ):
        assert not all_strict(values), values
        assert not all(timestamps.is_strict(v) for v in values)


def test_a_timestamp_with_digits_outside_ascii_is_not_strict() -> None:
    # Arabic-Indic, fullwidth and other Unicode decimal digits pass str.isdecimal() and the regex class \d, but
    # such a time neither sorts with the others nor parses the same everywhere: the firm refuses it.
    good = "2024-03-01T12:00:00Z"
    for digit in ("\u0663", "\uff11", "\u096a"):
        forged = good[:3] + digit + good[4:]
        assert not timestamps.is_strict(forged)
        assert not all_strict([good, forged])


def _near_misses(good: str) -> list[str]:
    """Values one change away from a strict timestamp, each kind of change at every place."""
    out = [good[:i] + good[i + 1 :] for i in range(len(good))]  # one character fewer
    for i in range(len(good) + 1):
        for char in (
            "0",
            "|",
            "Z",
            "-",
            " ",
            "\u0663",
            "\u00b2",
            "\uff11",
        ):  # Arabic-Indic 3, superscript 2, fullwidth 1
            out.append(good[:i] + char + good[i:])  # one character more
            if i < len(good):
                out.append(good[:i] + char + good[i + 1 :])  # one character replaced
    return out


def test_all_strict_agrees_with_is_strict_on_forged_values() -> None:
    # A differential check of the column-wise fast rule against the regex it stands for, on values one change away
    # from strict ones (and pairs of them, which could line up again when one is short and the other long).
    good = "2024-03-01T12:00:00Z"
    values = [good, *_near_misses(good), "", None, 20240301, ["2024"]]
    for value in values:
        assert all_strict([value]) == timestamps.is_strict(value), value
        assert all_strict([good, value, good]) == timestamps.is_strict(value), value
    rng = random.Random(32)
    strings = [v for v in values if isinstance(v, str)]
    for _ in range(3000):
        batch = [rng.choice(strings) if rng.random() < 0.3 else good for _ in range(rng.randint(1, 6))]
        assert all_strict(batch) == all(timestamps.is_strict(v) for v in batch), batch


def test_parse_reads_strict_timestamps_as_the_replace_of_a_naive_read_did() -> None:
    # parse() lets fromisoformat read the "Z"; it must give what reading without it and setting UTC gave, and refuse
    # what that refused with the same message.
    good = "2024-03-01T12:00:00Z"
    values = [good, *_near_misses(good), "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2024-02-30T10:00:00Z",
              "2023-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T10:60:00Z",
              "2024-01-01T10:00:60Z", "2024-13-01T10:00:00Z", "2024-00-10T10:00:00Z", None, 5]  # fmt: skip

    def before(text: object) -> datetime:
        strict = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"
        if not isinstance(text, str) or not re.fullmatch(strict, text):
            raise ValueError(f"not a UTC timestamp of the form YYYY-MM-DDTHH:MM:SSZ: {text!r}")
        return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)

    for value in values:
        results = []
        for read in (timestamps.parse, before):
            try:
                moment = read(value)
                results.append((moment, moment.tzinfo, timestamps.iso(moment)))
            except ValueError as err:
                results.append(str(err))
        assert results[0] == results[1], value
