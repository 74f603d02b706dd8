"""Keys: the data key and its wraps, the OS keychain, recovery codes, the vault identity, JWS signing."""

from vault.keys.wraps import Header, KdfParams

__all__ = ["Header", "KdfParams"]
