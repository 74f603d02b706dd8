"""The bundle manifest: what a bundle holds, for whom, under which consent. Signed by the vault (JWS).

It binds the bundle to one firm *and* that firm's encryption key (so a firm cannot pass a bundle on
as if it were meant for someone else), to the exact consent JWS (by SHA-256), and lists every data
file with its size, hash, record count, DPV categories, platforms and time range.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from vault.consent import exact, sha256_hex, terms, text, timestamps, urn
from vault.consent.fields import count
from vault.errors import MeCloudError

TYP = "mecloud-manifest+json"
MANIFEST_TYPE = "BundleManifest"
FORMAT_VERSION = "mecloud-bundle/1"
MAX_FILES = 10_000


class ManifestError(MeCloudError):
    pass


@dataclass(frozen=True, slots=True)
class DataFile:
    name: str
    size: int
    sha256: str
    records: int
    categories: tuple[str, ...]
    platforms: tuple[str, ...]
    time_from: datetime | None
    time_until: datetime | None

    def claims(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "size": self.size,
            "sha256": self.sha256,
            "records": self.records,
            "categories": list(self.categories),
            "platforms": list(self.platforms),
            "timeRange": {
                "from": timestamps.iso(self.time_from) if self.time_from else None,
                "until": timestamps.iso(self.time_until) if self.time_until else None,
            },
        }


@dataclass(frozen=True, slots=True)
class Manifest:
    bundle_id: str
    created: datetime
    expires: datetime
    firm_id: str
    kem_type: str
    kem_fingerprint: str
    consent_id: str
    consent_sha256: str
    data_subject: str
    purposes: tuple[str, ...]
    files: tuple[DataFile, ...]
    sequence: int  # this bundle's number among the shares under its consent, from 1

    def claims(self) -> dict[str, Any]:
        return {
            "type": MANIFEST_TYPE,
            "version": 1,
            "formatVersion": FORMAT_VERSION,
            "bundleId": self.bundle_id,
            "created": timestamps.iso(self.created),
            "expires": timestamps.iso(self.expires),
            "recipient": {"firmId": self.firm_id, "kemType": self.kem_type, "kemFingerprint": self.kem_fingerprint},
            "consent": {"id": self.consent_id, "sha256": self.consent_sha256},
            "dataSubject": self.data_subject,
            "purposes": list(self.purposes),
            "files": [f.claims() for f in self.files],
            "sequence": self.sequence,
        }

    @classmethod
    def from_claims(cls, claims: Any) -> Manifest:
        try:
            return _parse(claims)
        except (KeyError, TypeError, ValueError) as err:
            raise ManifestError(f"malformed manifest: {err}") from None


def _time(value: Any) -> datetime | None:
    return None if value is None else timestamps.parse(value)


def _file(obj: Any) -> DataFile:
    exact(obj, {"name", "size", "sha256", "records", "categories", "platforms", "timeRange"}, "files[]")
    span = exact(obj["timeRange"], {"from", "until"}, "files[].timeRange")
    if not isinstance(obj["platforms"], list):
        raise ValueError("files[].platforms must be a list")
    return DataFile(
        name=text(obj["name"], "files[].name"),
        size=count(obj["size"], "files[].size"),
        sha256=sha256_hex(obj["sha256"], "files[].sha256"),
        records=count(obj["records"], "files[].records"),
        categories=terms(obj["categories"], "files[].categories"),
        platforms=tuple(text(p, "files[].platforms[]") for p in obj["platforms"]),
        time_from=_time(span["from"]),
        time_until=_time(span["until"]),
    )


def _parse(claims: Any) -> Manifest:
    members = {"type", "version", "formatVersion", "bundleId", "created", "expires", "recipient", "consent"}
    exact(claims, members | {"dataSubject", "purposes", "files", "sequence"}, "manifest")
    if claims["type"] != MANIFEST_TYPE or claims["version"] != 1 or claims["formatVersion"] != FORMAT_VERSION:
        raise ValueError("not a version 1 bundle manifest")
    recipient = exact(claims["recipient"], {"firmId", "kemType", "kemFingerprint"}, "recipient")
    consent = exact(claims["consent"], {"id", "sha256"}, "consent")
    files = claims["files"]
    if not isinstance(files, list) or len(files) > MAX_FILES:
        raise ValueError("files must be a list (at most 10,000)")
    parsed = tuple(_file(f) for f in files)
    if len({f.name for f in parsed}) != len(parsed):
        raise ValueError("a file is listed twice")
    return Manifest(
        bundle_id=urn(claims["bundleId"], "bundleId"),
        created=timestamps.parse(claims["created"]),
        expires=timestamps.parse(claims["expires"]),
        firm_id=text(recipient["firmId"], "recipient.firmId"),
        kem_type=text(recipient["kemType"], "recipient.kemType"),
        kem_fingerprint=sha256_hex(recipient["kemFingerprint"], "recipient.kemFingerprint"),
        consent_id=urn(consent["id"], "consent.id"),
        consent_sha256=sha256_hex(consent["sha256"], "consent.sha256"),
        data_subject=text(claims["dataSubject"], "dataSubject"),
        purposes=terms(claims["purposes"], "purposes"),
        files=parsed,
        sequence=count(claims["sequence"], "sequence"),
    )
