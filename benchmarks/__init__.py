"""Reproducible benchmarks with their own data generators; `python -m benchmarks.run` runs them all."""
