"""Platform importers: an export archive in, Observation records out. Knows no store, no Qt."""
