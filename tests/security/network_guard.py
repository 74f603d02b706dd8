"""An audit hook that records every attempt to reach the network (non-Unix socket connect, DNS lookup).

Audit hooks cannot be removed, so the hook is installed once and only records while `watching()` is on.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_attempts: list[str] = []
_active = False
_installed = False

# Connections and name lookups. Not bind: urllib3 (imported by tldextract, which we run offline) binds a
# throwaway socket to ::1 at import to probe for IPv6; that reaches nothing.
_WATCHED = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.sendto",
            "urllib.Request", "http.client.connect"}  # fmt: skip


def _hook(event: str, args: tuple[object, ...]) -> None:
    if not _active or event not in _WATCHED:
        return
    if event in ("socket.connect", "socket.sendto"):
        sock = args[0]
        if getattr(sock, "family", None) == socket.AF_UNIX:
            return  # D-Bus and other local IPC: not the network
    _attempts.append(f"{event} {args[1:]!r}")


@contextmanager
def watching() -> Iterator[list[str]]:
    """Inside the block, every network attempt is recorded in the returned list."""
    global _active, _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
    _attempts.clear()
    _active = True
    try:
        yield _attempts
    finally:
        _active = False
