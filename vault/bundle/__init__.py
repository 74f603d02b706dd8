"""Bundles: seal the selected data to a firm, and unseal, check and record one on the firm's side."""

from vault.bundle.ledger import Ledger, anchor_key
from vault.bundle.seal import ShareCancelled, ShareResult, share
from vault.bundle.unseal import MAX_BUNDLE, Received, open_bundle, open_for_revocation, read_checked
from vault.bundle.verdict import REASONS, BundleRejected, Verdict

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
