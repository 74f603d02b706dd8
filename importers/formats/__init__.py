"""Streaming readers for the file formats inside exports: JSON, CSV, dates and timestamps."""
