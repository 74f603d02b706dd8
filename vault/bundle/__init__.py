"""Bundles: seal the selected data to a firm, and unseal, check and record one on the firm's side.

The names are imported on first use (PEP 562): `mecloud-firm` reads `verdict` to build its parser and starts the
firm key's scrypt before the heavier modules (consent, store) load, so their import runs beside the scrypt.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vault.bundle.ledger import Ledger, anchor_key
    from vault.bundle.seal import ShareCancelled, ShareResult, share
    from vault.bundle.unseal import MAX_BUNDLE, Received, open_bundle, open_for_revocation, read_checked
    from vault.bundle.verdict import REASONS, BundleRejected, Verdict

_MODULE_OF = {
    "Ledger": "ledger",
    "anchor_key": "ledger",
    "ShareCancelled": "seal",
    "ShareResult": "seal",
    "share": "seal",
    "MAX_BUNDLE": "unseal",
    "Received": "unseal",
    "open_bundle": "unseal",
    "open_for_revocation": "unseal",
    "read_checked": "unseal",
    "REASONS": "verdict",
    "BundleRejected": "verdict",
    "Verdict": "verdict",
}

__all__ = [
    "MAX_BUNDLE",
    "REASONS",
    "BundleRejected",
    "Ledger",
    "Received",
    "ShareCancelled",
    "ShareResult",
    "Verdict",
    "anchor_key",
    "open_bundle",
    "open_for_revocation",
    "read_checked",
    "share",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value
