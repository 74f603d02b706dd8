"""The vault's fixed vocabularies (platforms, touchpoint kinds, DPV categories) and numbers and dates as an
English or German reader writes them. Qt-free, so reports and letters share one wording."""

from __future__ import annotations

from datetime import date

from vault.consent import dpv

LANGS = ("en", "de")

PLATFORM_NAMES = {  # proper names, the same in every language (the GUI's labels use them too)
    "google": "Google",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "twitter": "X (Twitter)",
    "tiktok": "TikTok",
    "linkedin": "LinkedIn",
    "spotify": "Spotify",
    "amazon": "Amazon",
    "snapchat": "Snapchat",
}
_MAIL = {"en": "Mailbox", "de": "E-Mail-Postfach"}

# Short names for table cells and chart labels.
_KINDS = {
    "en": {
        "customer_list": "Customer list",
        "activity_shared": "Activity shared",
        "ad_targeting": "Ad targeting",
        "ad_engagement": "Ad engagement",
        "inference": "Inferred interest",
        "email": "E-mail",
        "account": "Account",
        "purchase": "Purchase",
        "visit": "Visit",
        "activity": "Activity kept",
    },
    "de": {
        "customer_list": "Kundenliste",
        "activity_shared": "Aktivität weitergegeben",
        "ad_targeting": "Werbe-Targeting",
        "ad_engagement": "Werbung angeklickt",
        "inference": "Abgeleitetes Interesse",
        "email": "E-Mail",
        "account": "Konto",
        "purchase": "Kauf",
        "visit": "Besuch",
        "activity": "Aktivität gespeichert",
    },
}

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
}  # fmt: skip


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "en"


def platform_label(platform: str, lang: str = "en") -> str:
    """Platform names are proper names; only the mailbox is a common noun that is translated."""
    if platform == "mbox":
        return _MAIL[_lang(lang)]
    return PLATFORM_NAMES.get(platform, platform.capitalize())


def kind_label(kind: str, lang: str = "en") -> str:
    return _KINDS[_lang(lang)].get(kind, kind.replace("_", " ").capitalize())


def category_label(term: str, lang: str = "en") -> str:
    """A DPV personal-data category ("pd:Interest") in the reader's language ("Interesse")."""
    return dpv.label(term, _lang(lang)) if ":" in term else term


def number(n: int, lang: str = "en") -> str:
    """12,345 in English, 12.345 in German."""
    text = f"{n:,}"
    return text.replace(",", ".") if _lang(lang) == "de" else text


def day(d: date, lang: str = "en") -> str:
    """A date in a table cell: 14.09.2024 in German, 14 Sep 2024 in English."""
    if _lang(lang) == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day} {_MONTHS['en'][d.month - 1][:3]} {d.year}"


def day_in_words(d: date, lang: str = "en") -> str:
    """A date in a letter: 5. Dezember 2026 in German, 5 December 2026 in English."""
    lang = _lang(lang)
    return f"{d.day}{'.' if lang == 'de' else ''} {_MONTHS[lang][d.month - 1]} {d.year}"


def month(year_month: str, lang: str = "en") -> str:
    """A month "2024-09" as "Sep 2024" / "Sep. 2024"; anything else is returned as it is."""
    try:
        year, mon = (int(p) for p in year_month[:7].split("-"))
        name = _MONTHS[_lang(lang)][mon - 1]
    except (ValueError, IndexError):
        return year_month
    short = name if len(name) <= 4 else name[:3] + ("." if _lang(lang) == "de" else "")
    return f"{short} {year}"


def when(iso_text: str | None, lang: str = "en") -> str:
    """An ISO timestamp or month from the report data in the reader's form; empty when unknown."""
    if not iso_text:
        return ""
    if len(iso_text) == 7:
        return month(iso_text, lang)
    try:
        return day(date.fromisoformat(iso_text[:10]), lang)
    except ValueError:
        return iso_text
