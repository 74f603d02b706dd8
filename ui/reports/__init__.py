"""Publishable reports and letters: self-contained HTML, PDF through WeasyPrint, JSON."""

from ui.reports.audit_report import AuditReport
from ui.reports.export_audit import audit_exports
from ui.reports.html_report import render
from ui.reports.letter_html import letter_html
from ui.reports.pdf import html_to_pdf
from ui.reports.wording import text

__all__ = ["AuditReport", "audit_exports", "html_to_pdf", "letter_html", "render", "text"]
