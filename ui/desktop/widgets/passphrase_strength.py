"""A rough strength hint for a new passphrase: estimated guessing entropy, in four levels. Qt-free."""

from __future__ import annotations

import math
import string

from vault.session import MIN_PASSPHRASE

TOO_SHORT, WEAK, FAIR, STRONG = range(4)
# Passphrases people pick anyway; a hint, not a dictionary attack.
_COMMON = ("password", "passwort", "123456", "qwertz", "qwerty", "letmein", "iloveyou", "admin", "welcome")


def entropy_bits(passphrase: str) -> float:
    """Words count as ~11 bits each (a Diceware-like pick); otherwise characters by their alphabet, halved."""
    words = [w for w in passphrase.split() if w]
    if len(words) >= 3:
        return 11.0 * len(words)
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 60
    if not pool:
        return 0.0
    distinct = len(set(passphrase))
    # People's character passwords follow patterns: count half of what a random string would have.
    return (distinct * math.log2(pool) + (len(passphrase) - distinct)) / 2


def strength(passphrase: str) -> int:
    if len(passphrase) < MIN_PASSPHRASE:
        return TOO_SHORT
    lowered = passphrase.casefold()
    if any(c in lowered for c in _COMMON):
        return WEAK
    bits = entropy_bits(passphrase)
    if bits < 40:
        return WEAK
    if bits < 55:
        return FAIR
    return STRONG
