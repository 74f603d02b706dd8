"""Publishable reports and letters: self-contained HTML, PDF through Qt, plain text."""
