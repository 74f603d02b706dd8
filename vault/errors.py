"""Errors the user can act on: each carries a plain, user-facing message (no key material, no content)."""

from __future__ import annotations


class MeCloudError(Exception):
    """Base of every error we raise on purpose; `str(err)` is the message a person reads."""

    exit_code = 1


class VaultNotFound(MeCloudError):
    pass


class VaultExists(MeCloudError):
    pass


class WrongPassphrase(MeCloudError):
    pass


class BadRecoveryCode(MeCloudError):
    pass


class VaultCorrupt(MeCloudError):
    pass


class WeakKeyDerivation(VaultCorrupt):
    """The header asks for Argon2id settings below our floor: it may have been altered to weaken the passphrase."""


class VaultLocked(MeCloudError):
    pass


class KeychainUnavailable(MeCloudError):
    pass


class ImportFailed(MeCloudError):
    """An export could not be read as a whole (hostile, truncated, unknown)."""


class ImportCancelled(MeCloudError):
    pass


class NothingImported(ImportFailed):
    """The export was read to the end and held no item (a platform chosen by hand for the wrong file):
    no import is recorded, so the platform is not marked up to date."""


class BrandNotFound(MeCloudError):
    pass
