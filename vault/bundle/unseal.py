"""The firm's verifier: open a bundle and check it in the documented order, or say exactly why not.

Order (docs/bundle-format.md, "Verification"): 1 age (ours? header MAC, payload to a size-capped
temp file) -> 2 ZIP structure -> 3 signatures -> 4 binding to this firm and the consent -> 5 time
-> 6 scope -> 7 revocation and replay -> 8 file hashes (and every record within scope). Nothing is
written out and nothing is recorded as received before all of it passed.
"""

from __future__ import annotations

import gc
import io
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any, cast

from vault import age
from vault.age.stream import CHUNK
from vault.bundle.container import CONSENT, MANIFEST, check_data, check_entries, member, open_zip, read_small
from vault.bundle.data_rules import batch_checker
from vault.bundle.ledger import Ledger
from vault.bundle.manifest import TYP as MANIFEST_TYP
from vault.bundle.manifest import Manifest, ManifestError
from vault.bundle.verdict import BundleRejected, Verdict
from vault.consent import ConsentRecord, FirmKeys, RecordError, dpv, timestamps
from vault.consent import revocation as consent_revocation
from vault.consent import verify as verify_record
from vault.keys import identity, jws
from vault.paths import make_private_dir

MAX_BUNDLE = 8 * 1024**3
IN_MEMORY = 4 * 1024 * 1024  # plaintext up to this size is checked in memory (a usual bundle: ~30 KB)
CLOCK_SKEW = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class Opened:
    """What steps 1-4 established, for the later steps and for verify-revocation."""

    manifest: Manifest
    manifest_claims: dict[str, Any]
    record: ConsentRecord
    consent_token: str
    consent_claims: dict[str, Any]


def open_bundle(
    path: Path,
    keys: FirmKeys,
    ledger: Ledger,
    *,
    revocations: Iterable[bytes] = (),
    out_dir: Path | None = None,
    now: datetime | None = None,
    max_bytes: int = MAX_BUNDLE,
    require_known_subject: bool = False,
) -> Verdict:
    """Verify everything; on success extract to `out_dir` (if given) and record the bundle as received.

    `require_known_subject` refuses a data subject the ledger has never seen (`unknown-subject`), for
    scripts that must not accept a first contact without a person comparing the fingerprint.

    Raises BundleRejected (reason code, message); the verdict so far is on `err.verdict`.
    """
    now = now or timestamps.now()
    verdict = Verdict()
    try:
        with _decrypted(path, keys, max_bytes) as plain:
            verdict.checks.append("age")
            archive = open_zip(plain)
            opened = _open_signed(archive, keys)
            verdict.checks += ["zip", "signatures", "binding"]
            _describe(verdict, opened, ledger)
            if require_known_subject and verdict.first_contact:
                raise BundleRejected(
                    "unknown-subject",
                    f"first contact with data subject {verdict.subject_fingerprint}: compare the fingerprint "
                    "with the person, then open it without --require-known-subject",
                )
            _check_time(opened, now)
            verdict.checks.append("time")
            _check_scope(opened)
            verdict.checks.append("scope")
            _check_revoked(opened, ledger, revocations, verdict)
            _check_replay(opened, ledger)
            verdict.checks.append("revocation-and-replay")
            _check_files(archive, opened)
            verdict.checks.append("hashes")
            if out_dir is not None:
                verdict.extracted_to = str(_extract(archive, opened, out_dir))
    except BundleRejected as err:
        verdict.reason, verdict.message = err.reason, str(err)
        err.verdict = verdict  # type: ignore[attr-defined]
        raise
    ledger.record_bundle(opened.manifest.bundle_id, opened.record.id, opened.record.subject_id)
    verdict.ok, verdict.message = True, "bundle verified"
    return verdict


def open_for_revocation(path: Path, keys: FirmKeys, max_bytes: int = MAX_BUNDLE) -> Opened:
    """Steps 1-4 only: enough to know the consent a revocation notice must match (expired bundles too)."""
    with _decrypted(path, keys, max_bytes) as plain:
        return _open_signed(open_zip(plain), keys)


# -- step 1 ---------------------------------------------------------------------------------------
@contextmanager
def _decrypted(path: Path, keys: FirmKeys, max_bytes: int, sealed: bytes | None = None) -> Iterator[IO[bytes]]:
    """The bundle's plaintext, authenticated to its last chunk: in memory while small, else in an anonymous temp
    file. `sealed`: the file's bytes when the caller has read them already (they are not read again)."""
    try:
        # In memory: a C buffered reader over the bytes (age would wrap a BytesIO in a Python adapter).
        src: IO[bytes] = io.BufferedReader(io.BytesIO(sealed)) if sealed is not None else path.open("rb")
    except OSError as err:
        raise BundleRejected("malformed", f"{path}: cannot read ({err.strerror})") from None
    with src, _Spilling() as tmp:
        try:
            reader = age.decrypt(src, [keys.kem])
            copied = 0
            # A STREAM chunk at a time: the reader returns at most one chunk per call, so a larger read only
            # allocated a larger buffer (1 MiB) for every bundle.
            while block := reader.read(CHUNK):
                copied += len(block)
                if copied > max_bytes:
                    raise BundleRejected("too-large", f"the bundle holds more than {max_bytes} bytes")
                tmp.write(block)
        except age.NoIdentityMatch:
            raise BundleRejected("not-for-this-firm", "the bundle is not encrypted to this firm's key") from None
        except (age.HmacError, age.PayloadError) as err:
            raise BundleRejected("tampered", f"the bundle was altered: {err}") from None
        except age.AgeError as err:
            raise BundleRejected("malformed", f"not a valid age file: {err}") from None
        yield tmp.rewound()


class _Spilling:
    """Plaintext kept in memory up to IN_MEMORY bytes, then moved to an anonymous temp file (bundles may be 8 GiB;
    an inbox opens thousands of ~30 KB ones a second, and a temp file each cost a tenth of its time)."""

    def __init__(self) -> None:
        self._file: IO[bytes] = io.BytesIO()
        self._spilled = False

    def write(self, block: bytes) -> None:
        if not self._spilled and self._file.tell() + len(block) > IN_MEMORY:
            spill = tempfile.TemporaryFile()  # noqa: SIM115 - kept open past this call, closed by __exit__
            spill.write(cast(io.BytesIO, self._file).getbuffer())
            self._file, self._spilled = spill, True
        self._file.write(block)

    def rewound(self) -> IO[bytes]:
        self._file.seek(0)
        return self._file

    def __enter__(self) -> _Spilling:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()


# -- steps 2-4 ------------------------------------------------------------------------------------
def _jws_failure(err: jws.JwsError, what: str) -> BundleRejected:
    reason = "malformed" if err.reason in ("malformed", "wrong-type") else "bad-signature"
    return BundleRejected(reason, f"{what}: {err}")


def _open_signed(archive: Any, keys: FirmKeys) -> Opened:
    manifest_token = read_small(archive, MANIFEST)
    consent_token = read_small(archive, CONSENT)
    try:
        manifest_parsed = jws.parse(manifest_token)  # parsed once, verified below
        unverified = Manifest.from_claims(jws.unverified(manifest_parsed)[2])
    except jws.JwsError as err:
        raise _jws_failure(err, "manifest") from None
    except ManifestError as err:
        raise BundleRejected("malformed", str(err)) from None
    check_entries(archive, unverified)
    try:
        record, consent_verified = verify_record(consent_token)
    except jws.JwsError as err:
        raise _jws_failure(err, "consent record") from None
    except RecordError as err:
        raise BundleRejected("malformed", str(err)) from None
    try:
        manifest_verified = jws.verify(manifest_parsed, MANIFEST_TYP, record.subject_key)
    except jws.JwsError as err:
        if err.reason == "wrong-key":
            raise BundleRejected("bad-signature", "the manifest is not signed by the consent's data subject") from None
        raise _jws_failure(err, "manifest") from None
    manifest = unverified  # the same token, now verified: its claims parse to the same manifest
    token_text = consent_token.decode("ascii").strip()
    card = keys.card
    if manifest.consent_sha256 != consent_revocation.token_sha256(token_text) or manifest.consent_id != record.id:
        raise BundleRejected("mismatch", "the manifest names a different consent record than the one enclosed")
    if manifest.data_subject != record.subject_id:
        raise BundleRejected("mismatch", "the manifest names a different data subject than the consent")
    if manifest.firm_id != card.firm_id or manifest.kem_fingerprint != card.kem_fingerprint:
        raise BundleRejected("wrong-recipient", "the manifest is addressed to another firm or key")
    if record.controller.firm_id != card.firm_id or record.controller.kem_fingerprint != card.kem_fingerprint:
        raise BundleRejected("wrong-recipient", "the consent was given to another firm or key")
    return Opened(manifest, manifest_verified.claims, record, token_text, consent_verified.claims)


def _describe(verdict: Verdict, opened: Opened, ledger: Ledger) -> None:
    verdict.bundle_id = opened.manifest.bundle_id
    verdict.consent_id = opened.record.id
    verdict.data_subject = opened.record.subject_id
    verdict.subject_fingerprint = identity.fingerprint(opened.record.subject_key)
    verdict.first_contact = not ledger.knows_subject(opened.record.subject_id)
    verdict.manifest = opened.manifest_claims
    verdict.consent = opened.consent_claims


# -- steps 5-7 ------------------------------------------------------------------------------------
def _check_time(opened: Opened, now: datetime) -> None:
    m, r = opened.manifest, opened.record
    if m.created > now + CLOCK_SKEW:
        raise BundleRejected("not-yet-valid", f"the bundle is dated in the future ({timestamps.iso(m.created)})")
    if now > m.expires:
        raise BundleRejected("expired", f"the bundle expired on {timestamps.iso(m.expires)}")
    if now > r.valid_until:
        raise BundleRejected("expired", f"the consent expired on {timestamps.iso(r.valid_until)}")
    if now + CLOCK_SKEW < r.valid_from:
        raise BundleRejected("not-yet-valid", f"the consent starts only on {timestamps.iso(r.valid_from)}")
    if not (r.valid_from - CLOCK_SKEW <= m.created <= r.valid_until):
        raise BundleRejected("expired", "the bundle was made outside the consent's validity")


def _check_scope(opened: Opened) -> None:
    m, r = opened.manifest, opened.record
    extra = set(m.purposes) - set(r.purposes)
    if extra:
        raise BundleRejected("out-of-scope", f"purposes not granted: {sorted(extra)}")
    if r.do_not_sell_or_share and any(dpv.is_sale_or_sharing(p) for p in r.purposes):
        raise BundleRejected("out-of-scope", "the consent says 'do not sell or share' but grants a sale purpose")
    for f in m.files:
        extra = set(f.categories) - set(r.scope.categories)
        if extra:
            raise BundleRejected("out-of-scope", f"{f.name} holds categories not granted: {sorted(extra)}")
        hidden = {c for c in f.categories if dpv.is_sensitive(c)} - set(r.sensitive)
        if hidden:
            raise BundleRejected("out-of-scope", f"{f.name} holds sensitive data not granted as such: {sorted(hidden)}")
        if r.scope.platforms and set(f.platforms) - set(r.scope.platforms):
            raise BundleRejected("out-of-scope", f"{f.name} comes from a platform not granted")
        if (r.scope.data_from and f.time_from and f.time_from < r.scope.data_from) or (
            r.scope.data_until and f.time_until and f.time_until > r.scope.data_until
        ):
            raise BundleRejected("out-of-scope", f"{f.name} holds data outside the granted time range")


def _check_revoked(opened: Opened, ledger: Ledger, notices: Iterable[bytes], verdict: Verdict) -> None:
    r = opened.record
    for notice in [*ledger.revocations_for(r.id), *notices]:
        try:
            revocation = consent_revocation.verify(notice, r, opened.consent_token)
        except consent_revocation.RevocationError as err:
            if err.reason != "other-consent":
                verdict.warnings.append(f"ignored a revocation notice: {err}")
            continue
        ledger.record_revocation(r.id, r.subject_id, revocation.token)
        raise BundleRejected("revoked", f"the consent was revoked on {timestamps.iso(revocation.revoked_at)}")


def _check_replay(opened: Opened, ledger: Ledger) -> None:
    m, r = opened.manifest, opened.record
    if ledger.has_bundle(m.bundle_id):
        raise BundleRejected("replay", f"bundle {m.bundle_id} was already received")
    earlier = ledger.bundles_under(r.id)
    if earlier and not r.repeatable:
        raise BundleRejected("replay", f"the consent was for one share only, already used by {earlier[0]}")


# -- step 8 ---------------------------------------------------------------------------------------
def _check_files(
    archive: Any, opened: Opened, kept: list[bytes] | None = None, records: list[dict[str, Any]] | None = None
) -> None:
    """Every data file's hash and records (`kept`: their bytes appended as checked, a newline between files;
    `records`: the records as parsed for the check, appended in the same order).

    The cyclic collector is off meanwhile: the parsed records die young and hold no cycles, and its passes over
    100k fresh dicts cost about a fifth of the step. (Not vault.store.collector: that package loads SQLCipher, which
    the verifier never needs.)
    """
    records_ok = batch_checker(opened.record)
    with _collector_off():
        for data_file in opened.manifest.files:
            if kept is None:
                check_data(archive, data_file, records_ok)
                continue
            check_data(archive, data_file, records_ok, kept.append, None if records is None else records.extend)
            if kept and not kept[-1].endswith(b"\n"):
                kept.append(b"\n")  # the last record of a file may lack its newline: the next file's must not join it


@contextmanager
def _collector_off() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _extract(archive: Any, opened: Opened, out_dir: Path) -> Path:
    target = out_dir / opened.manifest.bundle_id.removeprefix("urn:uuid:")
    if target.exists():
        raise BundleRejected("replay", f"{target} exists already")
    make_private_dir(target / "data")
    names = [MANIFEST, CONSENT, *(f.name for f in opened.manifest.files)]
    for name in names:  # each name matched the format's strict pattern in open_zip
        with member(archive, name) as src, open(target / name, "wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
    return target


@dataclass(frozen=True, slots=True)
class Received:
    """A bundle that passed every check that needs no ledger, with the data it carries."""

    opened: Opened
    data: bytes  # the data files' bytes as hashed and checked: JSON Lines, one record a line
    size: int
    # The same records as parsed for the checks (`keep_records`), for a loader that wants them as Python objects:
    # parsed once, not again from `data`.
    records: list[dict[str, Any]] | None = None


def read_checked(
    path: Path,
    keys: FirmKeys,
    *,
    now: datetime | None = None,
    max_bytes: int = MAX_BUNDLE,
    sealed: bytes | None = None,
    keep_records: bool = False,
) -> Received:
    """Steps 1-6 and 8 of `open_bundle`, the same checks, without a ledger: for an inbox that keeps its own.

    The caller must still refuse revoked consents and replays (step 7) before it keeps anything; nothing is
    recorded here, so this can run in many processes at once. `sealed`: the file's bytes, when already read.
    `keep_records`: also hand back the records the checks parsed (`Received.records`).
    Raises BundleRejected.
    """
    now = now or timestamps.now()
    kept: list[bytes] = []
    records: list[dict[str, Any]] | None = [] if keep_records else None
    with _decrypted(path, keys, max_bytes, sealed) as plain:
        size = plain.seek(0, 2)
        plain.seek(0)
        archive = open_zip(plain)
        opened = _open_signed(archive, keys)
        _check_time(opened, now)
        _check_scope(opened)
        _check_files(archive, opened, kept, records)
    return Received(opened, b"".join(kept), size, records)
