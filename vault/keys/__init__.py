"""Keys: the data key and its wraps, the OS keychain, recovery codes, the vault identity, JWS signing.

`Header` and `KdfParams` load on first use (PEP 562): `mecloud-firm` needs only `firm_key_file` before it starts the
firm key's scrypt, and the wraps module (Argon2, paths, platformdirs) is ~0.1 s of a loaded machine's start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vault.keys.wraps import Header, KdfParams

__all__ = ["Header", "KdfParams"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from vault.keys import wraps

    value = getattr(wraps, name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value
