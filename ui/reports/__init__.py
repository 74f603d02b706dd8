"""Publishable reports and letters: self-contained HTML, PDF through Qt, plain text."""

from ui.reports.export_audit import audit_exports
from ui.reports.html_report import render
from ui.reports.pdf import html_to_pdf

__all__ = ["audit_exports", "html_to_pdf", "render"]
