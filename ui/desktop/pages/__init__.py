"""Full-window pages before a vault is open: create, unlock, and the update of a vault from an older version."""
