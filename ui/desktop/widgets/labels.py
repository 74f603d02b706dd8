"""Translated names for the vault's fixed vocabularies: touchpoint kinds, platforms, audit actions."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ui.desktop import i18n
from vault.consent import dpv
from vault.wording import PLATFORM_NAMES

translate = QCoreApplication.translate  # the name lupdate looks for: keep the literal ("Labels", "...") calls


def kind_label(kind: str) -> str:
    labels = {
        "customer_list": translate("Labels", "Customer list"),
        "activity_shared": translate("Labels", "Activity shared"),
        "ad_targeting": translate("Labels", "Ad targeting"),
        "ad_engagement": translate("Labels", "Ad engagement"),
        "inference": translate("Labels", "Inferred interest"),
        "email": translate("Labels", "Email"),
        "account": translate("Labels", "Account"),
        "purchase": translate("Labels", "Purchase"),
        "visit": translate("Labels", "Visit"),
        "activity": translate("Labels", "Activity kept"),
    }
    return labels.get(kind, kind)


def kind_description(kind: str) -> str:
    texts = {
        "customer_list": translate("Labels", "The brand uploaded a list of customers that matched you."),
        "activity_shared": translate("Labels", "The brand's website or app sent your activity to a platform."),
        "ad_targeting": translate("Labels", "The brand showed you ads or targeted you by an audience."),
        "ad_engagement": translate("Labels", "You clicked or engaged with the brand's ad."),
        "inference": translate("Labels", "A platform filed you under an interest or segment for advertisers."),
        "email": translate("Labels", "The brand mails you: it holds your email address."),
        "account": translate("Labels", "You have an account with the brand."),
        "purchase": translate("Labels", "You bought something from the brand."),
        "visit": translate("Labels", "You visited the brand's website or place."),
        "activity": translate(
            "Labels", "The platform keeps a record of what you did or where you were: searches, views, places."
        ),
    }
    return texts.get(kind, "")


def platform_label(platform: str) -> str:
    # Platform names are proper names (vault.wording keeps them); only the generic mailbox is translated.
    if platform == "mbox":
        return translate("Labels", "Mail")
    return PLATFORM_NAMES.get(platform, platform)


def category_label(term: str) -> str:
    try:
        return dpv.label(term, i18n.current())
    except Exception:  # an unknown term from an old vault: show it as stored
        return term


def action_label(action: str) -> str:
    labels = {
        "vault.created": translate("Labels", "Vault created"),
        "vault.passphrase_changed": translate("Labels", "Passphrase changed"),
        "vault.recovered": translate("Labels", "Passphrase reset with the recovery code"),
        "vault.rekeyed": translate("Labels", "Vault re-encrypted, new recovery code"),
        "vault.recovery_code_confirmed": translate("Labels", "New recovery code confirmed, older ones stop working"),
        "vault.remember": translate("Labels", "Remembered on this device"),
        "vault.forget": translate("Labels", "Forgotten on this device"),
        "vault.backup": translate("Labels", "Backup written"),
        "import": translate("Labels", "Export imported"),
        "brand.merged": translate("Labels", "Brands merged"),
        "brand.split": translate("Labels", "Brand split"),
        "brand.renamed": translate("Labels", "Brand renamed"),
        "brand.entity_chosen": translate("Labels", "Company of a brand corrected"),
        "export.requested": translate("Labels", "Export requested from a platform"),
        "firm.added": translate("Labels", "Firm added"),
        "firm.updated": translate("Labels", "Firm card updated"),
        "consent.granted": translate("Labels", "Consent granted"),
        "consent.revoked": translate("Labels", "Consent revoked"),
        "consent.revocation_rewritten": translate("Labels", "Revocation notice written again"),
        "consent.shared": translate("Labels", "Data shared under a consent"),
        "consent.share_undone": translate("Labels", "A share cut short was taken back"),
        "consent.deletion_confirmed": translate("Labels", "A firm confirmed it deleted the data"),
    }
    return labels.get(action, action)


def consent_status_label(status: str) -> str:
    labels = {
        "active": translate("Labels", "Active"),
        "used": translate("Labels", "Used (one share only)"),
        "withdrawn": translate("Labels", "Revoked"),
        "expired": translate("Labels", "Expired"),
    }
    return labels.get(status, status)


def history_action_label(action: str) -> str:
    labels = {
        "granted": translate("Labels", "Granted"),
        "shared": translate("Labels", "Shared"),
        "revoked": translate("Labels", "Revoked"),
        "deletion_confirmed": translate("Labels", "Deletion confirmed"),
    }
    return labels.get(action, action)


def number(value: int) -> str:
    return QLocale().toString(value)


def _as_datetime(when: date | datetime | int | float | str | None) -> datetime | None:
    """A unix time, an ISO text ("2024-10-01T12:00:00+00:00"), a date or a datetime; None when unreadable."""
    if when is None or when == "":
        return None
    if isinstance(when, datetime):
        return when
    if isinstance(when, date):
        return datetime(when.year, when.month, when.day)
    if isinstance(when, int | float):
        return datetime.fromtimestamp(when, tz=UTC)
    try:
        return datetime.fromisoformat(str(when).replace("Z", "+00:00"))
    except ValueError:
        return None


def day(when: date | datetime | int | float | str | None, missing: str = "—") -> str:
    """A day as the app's language writes it in a table: "05.12.2026" in German, "5 Dec 2026" in English."""
    found = _as_datetime(when)
    if found is None:
        return missing if not isinstance(when, str) or not when else when
    return QLocale().toString(QDate(found.year, found.month, found.day), day_format())


def day_format() -> str:
    """How a day is written in the app's language (tables and date fields alike)."""
    return "dd.MM.yyyy" if i18n.current() == "de" else "d MMM yyyy"


def moment(when: date | datetime | int | float | str | None, missing: str = "—", local: bool = False) -> str:
    """A day and time of day ("05.12.2026 17:40"); `local`: in this computer's time zone, else as stored (UTC)."""
    found = _as_datetime(when)
    if found is None:
        return day(when, missing)
    if local and found.tzinfo is not None:
        found = found.astimezone()
    return f"{day(found)} {found:%H:%M}"
