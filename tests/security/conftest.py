"""The security suites share the consent tests' firm fixtures (cheap key-file KDF, a firm with keys)."""

from tests.consent.conftest import cheap_firm_kdf, firm  # noqa: F401  (fixtures, found by name)
