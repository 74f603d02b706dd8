"""Who holds the data: legal entities, supervisory authorities, letters, export requests, the trust ledger."""
