"""The encrypted store: SQLCipher database, schema and migrations, item chunks, backup, the audit log."""
