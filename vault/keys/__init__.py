"""Keys: the data key and its wraps, the OS keychain, recovery codes, the vault identity, JWS signing."""
