"""Observations in: prepare chunks of items, then write them in one transaction per import."""
