"""The firm verifier's outcome: a reason code per failure (with its own exit code) or a passing verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vault.errors import MeCloudError

# reason code -> (exit code, what it means). Exit 0 is "everything verified"; 1 other errors; 2 usage.
REASONS: dict[str, tuple[int, str]] = {
    "malformed": (3, "not a well-formed bundle"),
    "not-for-this-firm": (4, "the bundle is not encrypted to this firm's key"),
    "tampered": (5, "the bundle was changed after it was made"),
    "bad-signature": (6, "a signature does not verify"),
    "wrong-recipient": (7, "the bundle or consent names another firm or key"),
    "mismatch": (8, "the manifest does not match the consent record it carries"),
    "expired": (9, "the consent or the bundle has expired"),
    "not-yet-valid": (10, "the bundle or consent is dated in the future"),
    "out-of-scope": (11, "the bundle holds data or purposes the consent does not grant"),
    "revoked": (12, "the consent was revoked by the person"),
    "replay": (13, "this bundle (or a one-off consent) was already received"),
    "bad-key": (14, "the firm key file cannot be opened"),
    "too-large": (15, "the bundle is larger than the size limit"),
    "revocation-invalid": (16, "the revocation notice is forged or about another consent"),
    "ledger-damaged": (17, "the firm's ledger of received bundles was altered"),
    "unknown-subject": (18, "first contact with this data subject, refused by --require-known-subject"),
}


class BundleRejected(MeCloudError):
    def __init__(self, reason: str, message: str) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown reason code {reason!r}")
        super().__init__(message)
        self.reason = reason
        self.exit_code = REASONS[reason][0]


@dataclass(slots=True)
class Verdict:
    ok: bool = False
    reason: str | None = None
    message: str = ""
    checks: list[str] = field(default_factory=list)  # the steps passed, in order
    bundle_id: str | None = None
    consent_id: str | None = None
    data_subject: str | None = None
    subject_fingerprint: str | None = None
    first_contact: bool = False
    manifest: dict[str, Any] | None = None
    consent: dict[str, Any] | None = None
    extracted_to: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else REASONS.get(self.reason or "", (1, ""))[0]

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "reason": self.reason,
            "exit_code": self.exit_code,
            "message": self.message,
            "checks": self.checks,
            "bundle_id": self.bundle_id,
            "consent_id": self.consent_id,
            "data_subject": self.data_subject,
            "data_subject_fingerprint": self.subject_fingerprint,
            "first_contact": self.first_contact,
            "manifest": self.manifest,
            "consent": self.consent,
            "extracted_to": self.extracted_to,
            "warnings": self.warnings,
        }
