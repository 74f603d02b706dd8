"""An item's key in the vault: a hash of what the item is, placed by its day, so one import's keys land together.

The key index (item_keys) decides much of an import's speed. Random 64-bit hashes put every batch's
keys all over the index, and SQLite touches (and encrypts again) nearly every index page for every
batch. Items come out of an export in time order, so keys that begin with the item's day land in a
few neighbouring pages instead: at 500k items the index took 0.8 s instead of 1.5 s.
"""

from __future__ import annotations

_DAY_BITS = 17  # days since 1970: up to the year 2328
_HASH_BITS = 63 - _DAY_BITS  # the rest of a positive signed 64-bit integer
_LAST_DAY = (1 << _DAY_BITS) - 1
U64 = (1 << 64) - 1


def placed(digest: int, when: int | None) -> int:
    """The key of an item whose identity hashes to `digest` (unsigned 64-bit) at `when` (whole Unix seconds).

    Dated items: day << 46 | the top 46 bits of the hash, at least 0. Two of them collide only on the
    same day with equal 46 bits: for a million items over five years, a chance of about 4 in a million.
    Items without a time (or outside 1970-2328): minus one minus the top 63 bits, below 0.
    """
    if when is not None and when >= 0:
        day = when // 86400
        if day <= _LAST_DAY:
            return (day << _HASH_BITS) | (digest >> (64 - _HASH_BITS))
    return -1 - (digest >> 1)
