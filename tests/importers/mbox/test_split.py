"""The mbox splitter: the same header blocks as a plain line-by-line reading, for any chunk size."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers.mail.split import HeaderLineTooLong, SplitStats, iter_headers
from tests.generators import mbox as gen


def reference(data: bytes) -> tuple[list[bytes], bool]:
    """Header blocks the obvious way: lines, "From " starts a message, an empty line ends its headers."""
    lines = [ln + b"\n" for ln in data.split(b"\n")]
    lines[-1] = lines[-1][:-1]
    if not lines[-1]:
        lines.pop()
    out: list[bytes] = []
    cur: list[bytes] | None = None
    in_header = False
    garbage = False
    for ln in lines:
        if ln.startswith(b"From "):
            if cur is not None:
                out.append(b"".join(cur))
            cur, in_header = [], True
            continue
        if cur is None:
            garbage = garbage or bool(ln.strip())
            continue
        if in_header:
            if ln in (b"\n", b"\r\n"):
                in_header = False
            else:
                cur.append(ln)
    if cur is not None:
        out.append(b"".join(cur))
    return out, garbage


def split(data: bytes, chunk: int, max_header: int = 1 << 20) -> tuple[list[bytes], SplitStats]:
    stats = SplitStats()
    return list(iter_headers(io.BytesIO(data), stats, chunk=chunk, max_header=max_header)), stats


def test_sample_mailbox_splits_into_its_nine_messages_at_any_chunk_size() -> None:
    data = gen.sample_mbox()
    expected, _ = reference(data)
    assert len(expected) == 9
    for chunk in (1, 2, 3, 5, 6, 7, 13, 64, 4096, 1 << 20):
        got, stats = split(data, chunk)
        assert got == expected, chunk
        assert stats.messages == 9 and not stats.leading_garbage and stats.oversized == 0


def test_bodies_are_not_part_of_the_headers_and_escaped_from_lines_do_not_split() -> None:
    got, _ = split(gen.sample_mbox(), 4096)
    assert all(b"generated test message" not in block for block in got)
    assert all(b"every tent is cheaper" not in block for block in got)  # the ">From now on" body


def test_crlf_headers_end_at_the_crlf_empty_line() -> None:
    data = b"From a\r\nFrom: x@y.example\r\nSubject: s\r\n\r\nbody\r\nFrom b\r\nFrom: z@y.example\r\n\r\n"
    got, _ = split(data, 3)
    assert got == [b"From: x@y.example\r\nSubject: s\r\n", b"From: z@y.example\r\n"]


def test_leading_garbage_is_flagged_and_skipped() -> None:
    data = b"this is not mail\n\nFrom a\nFrom: x@y.example\n\nbody\n"
    got, stats = split(data, 4)
    assert got == [b"From: x@y.example\n"]
    assert stats.leading_garbage


def test_no_separator_at_all_yields_nothing() -> None:
    got, stats = split(b"just some text\nwith lines\n", 5)
    assert got == [] and stats.leading_garbage and stats.messages == 0


def test_oversized_header_block_is_skipped_and_counted_then_splitting_resumes() -> None:
    long = b"X-Junk: " + b"a" * 1000 + b"\n"  # lines of ordinary length, too many of them
    data = b"From a\n" + long * 10 + b"\nbody\nFrom b\nFrom: ok@y.example\n\nbody\n"
    got, stats = split(data, 1000, max_header=4096)
    assert got == [b"From: ok@y.example\n"]
    assert stats.oversized == 1 and stats.messages == 2


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"From a\nFrom: x@y.example\nX-Junk: " + b"a" * 5000 + b"\n\nbody\n", "a header line is longer than 4 KiB"),
        (b"From a\n" + b"X-Junk: " + b"a" * 9000, "a header line is longer than 4 KiB"),
        (b"From a" + b"a" * 5000 + b"\nFrom: x@y.example\n\n", 'a "From " line is longer than 4 KiB'),
    ],
)
@pytest.mark.parametrize("chunk", [1000, 1 << 20])
def test_a_header_line_longer_than_a_header_block_may_be_is_refused(data: bytes, problem: str, chunk: int) -> None:
    with pytest.raises(HeaderLineTooLong, match=problem):
        split(data, chunk, max_header=4096)


def test_message_running_to_end_of_file_without_blank_line() -> None:
    got, _ = split(b"From a\nFrom: x@y.example\nSubject: cut", 4)
    assert got == [b"From: x@y.example\nSubject: cut"]


_lines = st.sampled_from(
    [
        b"From someone@x Mon Jan 1 00:00:00 2024",
        b"From: Acme <a@acme.example>",
        b"Subject: hi",
        b">From escaped body line",
        b"",
        b"\r",
        b"body text",
        b"From",
        b"Fro",
        b"\xff\xfe binary",
        b" continued",
    ]
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(_lines, max_size=40), chunk=st.integers(min_value=1, max_value=64), tail=st.booleans())
def test_fuzz_splitter_matches_line_reference(lines: list[bytes], chunk: int, tail: bool) -> None:
    data = b"\n".join(lines) + (b"\n" if tail else b"")
    expected, garbage = reference(data)
    got, stats = split(data, chunk)
    assert got == expected
    assert stats.leading_garbage == garbage
    assert stats.messages == len(expected)
