"""What every record of a bundle's data file must be under its consent (step 8): a batch of records checked at once,
and, only when the batch fails, record by record to name the first one and its problem."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vault.consent import ConsentRecord, timestamps

# A strict timestamp (`timestamps.is_strict`) is 20 characters: these at fixed places, ASCII digits at the others.
# Joined by "|" and with every digit made "0", the values of a batch are then exactly this template repeated: one
# translate and one comparison of bytes for the whole batch (~3x the column slices of str that did it before).
_TEMPLATE = b"0000-00-00T00:00:00Z|"
_DIGITS_TO_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)

# A touchpoint's brand, domain and detail are text or null (docs/bundle-format.md section 7): the firm's stores type
# them as strings, and a number there would pass every other rule and then fail the load of a whole batch.
_TEXT_OR_NULL = frozenset({str, type(None)})
_TEXT_FIELDS = ("brand", "domain", "detail")

Problem = tuple[int, str]  # (index of the record in the batch, what is wrong with it)
BatchCheck = Callable[[list[dict[str, Any]], set[str]], Problem | None]


def all_strict(values: list[Any]) -> bool:
    """Every value is a timestamp of the form `timestamps.iso` writes (the same rule as `is_strict`)."""
    if not values:
        return True
    try:
        # Not all strings: TypeError. A character beyond ASCII (a digit of another script, which `\d` and
        # `str.isdecimal` would take): UnicodeEncodeError, a ValueError.
        joined = ("|".join(values) + "|").encode("ascii")
    except (TypeError, ValueError):
        return False
    # Each place holds what it must: so a "|" stands at every 21st place and nowhere else, and the values are exactly
    # the 20-character runs between them (a shorter value beside a longer one cannot line up again).
    return joined.translate(_DIGITS_TO_ZERO) == _TEMPLATE * len(values)


def line_checker(record: ConsentRecord) -> Callable[[dict[str, Any]], str | None]:
    """One record's problem under this consent, or None. The reference rule: the batch check agrees with it."""
    scope = record.scope
    granted = set(scope.categories)
    # Strict timestamps sort as their times do: compared as strings, no datetime per touchpoint.
    lowest = timestamps.iso(scope.data_from) if scope.data_from else None
    highest = timestamps.iso(scope.data_until) if scope.data_until else None
    is_strict = timestamps.is_strict

    def line_ok(item: dict[str, Any]) -> str | None:
        if not (type(item.get("ref")) is type(item.get("platform")) is type(item.get("kind")) is str):
            return "lacks its ref, platform or kind"
        if type(item.get("title")) is not str:
            return "lacks its title"
        if item.get("time") is not None and not is_strict(item["time"]):
            return "has a malformed time"
        if scope.platforms and item.get("platform") not in scope.platforms:
            return "comes from a platform not granted"
        if "raw" in item and not scope.include_raw:
            return "carries original records the consent does not include"
        touchpoints = item.get("touchpoints")
        if not isinstance(touchpoints, list) or not touchpoints:
            return "has no touchpoints"
        for tp in touchpoints:
            if not isinstance(tp, dict) or type(tp.get("category")) is not str or tp["category"] not in granted:
                return "holds a data category not granted"
            if type(tp.get("kind")) is not str:  # what the firm's store keys a touchpoint by (NOT NULL there)
                return "has a touchpoint without its kind"
            if not all(type(tp.get(name)) in _TEXT_OR_NULL for name in _TEXT_FIELDS):
                return "has a touchpoint whose brand, domain or detail is not text"
            when = tp.get("time")
            if when is None:
                continue
            if not is_strict(when):
                return "has a malformed time"
            if (lowest and when < lowest) or (highest and when > highest):
                return "lies outside the granted time range"
        return None

    return line_ok


def batch_checker(record: ConsentRecord) -> BatchCheck:
    """Check a batch of records; add their touchpoints' categories to `seen`. The first problem, or None.

    The common case (every record fine) costs one pass of plain lookups per record: the timestamps of the whole
    batch are checked by one regex run and compared by one min() and max(). Any failure goes to `line_checker`,
    record by record, so the record named and the reason are exactly what it says.
    """
    scope = record.scope
    granted = frozenset(scope.categories)
    platforms = frozenset(scope.platforms)
    include_raw = scope.include_raw
    lowest = timestamps.iso(scope.data_from) if scope.data_from else None
    highest = timestamps.iso(scope.data_until) if scope.data_until else None
    line_ok = line_checker(record)

    def first_problem(records: list[dict[str, Any]]) -> Problem | None:
        for n, item in enumerate(records):
            problem = line_ok(item)
            if problem:
                return n, problem
        return 0, "does not meet the consent's rules"  # unreachable while the two rules agree (tests check they do)

    def check(records: list[dict[str, Any]], seen: set[str]) -> Problem | None:
        item_times: list[Any] = []
        tp_times: list[Any] = []
        categories: list[Any] = []
        kinds: list[Any] = []
        texts: list[Any] = []  # every touchpoint's brand, domain and detail
        for item in records:
            get = item.get
            if not (type(get("ref")) is type(get("platform")) is type(get("kind")) is type(get("title")) is str):
                return first_problem(records)
            if (platforms and get("platform") not in platforms) or ("raw" in item and not include_raw):
                return first_problem(records)
            when = get("time")
            if when is not None:
                item_times.append(when)
            touchpoints = get("touchpoints")
            if type(touchpoints) is not list or not touchpoints:
                return first_problem(records)
            for tp in touchpoints:
                if type(tp) is not dict:
                    return first_problem(records)
                categories.append(tp.get("category"))
                kinds.append(tp.get("kind"))
                texts += (tp.get("brand"), tp.get("domain"), tp.get("detail"))
                when = tp.get("time")
                if when is not None:
                    tp_times.append(when)
        try:
            categories_ok = granted.issuperset(categories)
            "".join(kinds)  # every touchpoint's kind a string: any other value (or none) fails the join
        except TypeError:  # a category that is a list or an object, or a kind that is not a string
            categories_ok = False
        if not categories_ok or not _TEXT_OR_NULL.issuperset(map(type, texts)):
            return first_problem(records)
        if not all_strict(item_times) or not all_strict(tp_times):
            return first_problem(records)
        if tp_times and ((lowest and min(tp_times) < lowest) or (highest and max(tp_times) > highest)):
            return first_problem(records)
        seen.update(categories)
        return None

    return check
