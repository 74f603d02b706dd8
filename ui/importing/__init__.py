"""The import pipeline both faces use: reader processes parse and prepare, one writer commits."""
