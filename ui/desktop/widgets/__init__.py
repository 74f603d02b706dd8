"""Widgets the screens and dialogs share: charts, tables, labels, passphrase fields, the recovery code, styles."""
