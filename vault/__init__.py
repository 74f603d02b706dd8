"""Me-Cloud vault: the user's data at rest, encrypted, and every rule about it. Knows no Qt."""

__version__ = "0.1.0"
