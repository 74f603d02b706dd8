"""One plain sentence, in the app's language, for what an audit-log entry records (never its raw fields)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.desktop.widgets.labels import category_label, day, number, platform_label
from ui.desktop.widgets.safe_text import clean

translate = QCoreApplication.translate  # the name lupdate looks for


def _quoted(value: Any) -> str:
    return "“" + clean(str(value), 80) + "”"


def _list(terms: Any) -> str:
    return ", ".join(category_label(str(t)) for t in terms) if isinstance(terms, list) else ""


def _file(value: Any) -> str:
    return clean(str(value).replace("\\", "/").rsplit("/", 1)[-1], 120)  # the name; the folder is the user's own


def audit_sentence(action: str, detail: Mapping[str, Any], firm_names: Mapping[str, str]) -> str:
    """`firm_names`: firm id -> the firm's name, for entries that name a firm by its id."""
    firm = clean(firm_names.get(str(detail.get("firm_id", "")), translate("AuditText", "a firm")), 80)
    consent = str(detail.get("consent", "?"))
    if action == "import":
        return (
            translate("AuditText", "%1: %2 new items, %3 new touchpoints")
            .replace("%1", platform_label(str(detail.get("platform", ""))))
            .replace("%2", number(int(detail.get("items_added", 0))))
            .replace("%3", number(int(detail.get("touchpoints_added", 0))))
        )
    if action == "brand.merged":
        return (
            translate("AuditText", "%1 merged into %2")
            .replace("%1", _quoted(detail.get("from", "")))
            .replace("%2", _quoted(detail.get("into", "")))
        )
    if action == "brand.split":
        return (
            translate("AuditText", "%1 taken out of %2")
            .replace("%1", _quoted(detail.get("alias", "")))
            .replace("%2", _quoted(detail.get("from", "")))
        )
    if action == "brand.renamed":
        return translate("AuditText", "New name: %1").replace("%1", _quoted(detail.get("name", "")))
    if action in ("brand.entity_chosen", "brand.entity_choice_dropped"):
        return translate("AuditText", "Brand %1").replace("%1", _quoted(detail.get("brand", "")))
    if action in ("export.requested", "export.request_forgotten"):
        return (
            translate("AuditText", "%1, asked on %2")
            .replace("%1", platform_label(str(detail.get("platform", ""))))
            .replace("%2", day(clean(str(detail.get("on", "")), 20)))
        )
    if action in ("firm.added", "firm.updated"):
        return (
            translate("AuditText", "%1, fingerprint %2")
            .replace("%1", clean(str(detail.get("name", "")), 80))
            .replace("%2", clean(str(detail.get("fingerprint", "")), 60))
        )
    if action == "consent.granted":
        return (
            translate("AuditText", "Consent no. %1 for %2: %3")
            .replace("%1", consent)
            .replace("%2", firm)
            .replace("%3", _list(detail.get("categories")))
        )
    if action == "consent.shared":
        return (
            translate("AuditText", "%1 items and %2 touchpoints sent to %3 under consent no. %4")
            .replace("%1", number(int(detail.get("items", 0))))
            .replace("%2", number(int(detail.get("touchpoints", 0))))
            .replace("%3", firm)
            .replace("%4", consent)
        )
    if action == "consent.revoked":
        return translate("AuditText", "Consent no. %1 for %2").replace("%1", consent).replace("%2", firm)
    if action == "consent.revocation_rewritten":
        return (
            translate("AuditText", "Consent no. %1, notice saved as %2")
            .replace("%1", consent)
            .replace("%2", _file(detail.get("path", "")))
        )
    if action == "vault.backup":
        return translate("AuditText", "Saved as %1").replace("%1", _file(detail.get("file", "")))
    return ""  # the action's name says it all (passphrase changed, vault created, …)
