"""The query planner's statistics: gathered after each import, refreshed at open when stale.

Without them SQLite guesses, and on a big vault it guessed a scan of every touchpoint row for a consent's
selection. A sampled ANALYZE (analysis_limit rows per index) costs tens of milliseconds on a 1M-item vault.
"""

from __future__ import annotations

from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

ANALYSIS_LIMIT = 1000  # rows sampled per index: enough for the planner, cheap at any size


def refresh(conn: Any) -> None:
    """ANALYZE, sampled; inside the caller's transaction (an import's), so the statistics match its rows."""
    conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    conn.execute("ANALYZE")


def optimize_if_stale(conn: Any) -> None:
    """PRAGMA optimize: re-analyses only tables whose size moved far since their last ANALYZE.

    Never waits for the write lock (an import elsewhere may hold it for minutes): then the statistics of the
    last import stand, which is what they were made for."""
    previous = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        conn.execute("PRAGMA optimize = 0x10002")
    except sqlcipher.OperationalError:
        pass  # busy: another connection writes
    finally:
        conn.execute(f"PRAGMA busy_timeout = {previous}")
