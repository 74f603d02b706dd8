"""Streaming: ten times more mail must not need more memory (bodies are skipped, never held)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from importers.mail import mbox
from importers.mail import split as mail_split
from tests.generators import mbox as gen
from tests.importers.memory import parse_peak

MEMBER = "Takeout/Mail/All mail Including Spam and Trash.mbox"


def _write(path: Path, n: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf, zf.open(MEMBER, "w") as fh:
        for msg in gen.bulk_messages(n):
            fh.write(msg)
    return path


def test_memory_is_flat_on_a_ten_times_larger_mailbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mail_split, "CHUNK", 64 * 1024)  # both mailboxes span many chunks
    small_n, small_peak = parse_peak(mbox, _write(tmp_path / "small.zip", 1500))
    big_n, big_peak = parse_peak(mbox, _write(tmp_path / "big.zip", 15000))
    assert (small_n, big_n) == (1500, 15000)
    assert big_peak < small_peak * 1.5 + 256 * 1024, (small_peak, big_peak)
