"""Room for SQLite's small allocations in each connection's lookaside, so memory security costs little.

With `PRAGMA cipher_memory_security = ON` SQLCipher locks every heap allocation it makes (mlock) and wipes
and unlocks it when freed (munlock): two system calls per allocation. SQLite serves a connection's small
allocations (records, cursors, bound values) from its lookaside, but the default one (1200-byte slots,
~120 of them) is taken up by the prepared statements the module caches, so every row of an import went
to the heap: ~6 allocations per touchpoint row, 1 per item key; 100k rows took 8.1 s instead of 0.9 s.
More slots keep them in the lookaside: one block per connection, itself allocated through SQLCipher
(locked, and wiped when the connection closes), as the default lookaside always was.
"""

from __future__ import annotations

import ctypes

SLOT_BYTES = 1200  # SQLite's default slot size
SLOTS = 500  # 600 KB a connection; 300 already took the import's per-row allocations off the heap

_CONFIG_LOOKASIDE = 13  # SQLITE_CONFIG_LOOKASIDE
_OK = 0
_MISUSE = 21  # sqlite3_config after sqlite3_initialize


def widen(library_path: str) -> bool:
    """Set the default lookaside of every connection opened from now on. SQLite takes this only while it is
    not initialised, and the sqlcipher3 module initialises it when imported: so it is shut down and started
    again, which must happen before any connection is open (vault/store/database.py calls this when it is
    imported; it opens every connection of the app). False when the library refused: nothing changed."""
    try:
        lib = ctypes.CDLL(library_path)
        config = lib.sqlite3_config
        rc = config(_CONFIG_LOOKASIDE, ctypes.c_int(SLOT_BYTES), ctypes.c_int(SLOTS))
        if rc == _MISUSE:
            if lib.sqlite3_shutdown() != _OK:
                return False
            rc = config(_CONFIG_LOOKASIDE, ctypes.c_int(SLOT_BYTES), ctypes.c_int(SLOTS))
            if lib.sqlite3_initialize() != _OK:
                return False
        return bool(rc == _OK)
    except (OSError, AttributeError):  # another build of the module, without these symbols
        return False
