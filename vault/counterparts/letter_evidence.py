"""The evidence of a letter in words: which of the person's exports showed the company, as what, and when
("Ihr Unternehmen erscheint in meinem Facebook-Datenexport vom 14.09.2024 als Werbetreibender, …")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from vault import wording
from vault.brands import evidence
from vault.counterparts.letter_texts import (
    APPEARS,
    APPEARS_THIRD,
    COUNT,
    COUNT_ONE,
    COUNT_UNDATED,
    DATED,
    MAIL,
    MAIL_ONE,
    MAIL_ONE_THIRD,
    MAIL_THIRD,
    ROLES,
)
from vault.store import Store

# Platforms stamp the export's date into the archive name: facebook-<user>-2024-09-14-….zip,
# takeout-20240914T101010Z-001.zip, twitter-2024-09-14-….zip.
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?:T\d{6}Z?)?(?!\d)")


def export_date(source: str) -> date | None:
    """The date a platform stamped into an export's file name, if it did."""
    found = _NAME_DATE.search(source.split(",")[0])
    if not found:
        return None
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def _export_words(platform: str, lang: str) -> str:
    label = wording.platform_label(platform, lang)
    if lang == "de":
        return f"{label}-Datenexport" if label.isalnum() else f"Datenexport von {label}"
    return f"{label} data export"


@dataclass(frozen=True, slots=True)
class EvidenceLine:
    platform: str
    kind: str
    export: str  # the export's file name(s) as imported
    export_date: date | None
    count: int
    latest: date | None

    def words(self, lang: str, third_person: bool = False) -> str:
        lang = lang if lang in ROLES else "en"
        last = wording.day(self.latest, lang) if self.latest else "?"
        if self.kind == "email":
            if self.count == 1:
                return (MAIL_ONE_THIRD if third_person else MAIL_ONE)[lang].format(last=last)
            return (MAIL_THIRD if third_person else MAIL)[lang].format(n=wording.number(self.count, lang), last=last)
        if self.count > 1 and self.latest:
            count = COUNT[lang].format(n=wording.number(self.count, lang), last=last)
        elif self.count > 1:
            count = COUNT_UNDATED[lang].format(n=wording.number(self.count, lang))
        else:
            count = COUNT_ONE[lang].format(last=last) if self.latest else ""
        dated = DATED[lang].format(date=wording.day(self.export_date, lang)) if self.export_date else ""
        role = ROLES[lang].get(self.kind, wording.kind_label(self.kind, lang))
        template = (APPEARS_THIRD if third_person else APPEARS)[lang]
        return template.format(export=_export_words(self.platform, lang), dated=dated, role=role, count=count)


def evidence_lines(store: Store, brand_id: int, limit: int = 8) -> list[EvidenceLine]:
    """One line per export and kind, newest export first."""
    groups: dict[tuple[str, str, str], list[int | None]] = {}
    for e in evidence(store, brand_id, limit=5000):
        groups.setdefault((e.platform, e.export, e.kind), []).append(e.time)
    lines = []
    for (platform, export, kind), times in groups.items():
        known = [t for t in times if t is not None]
        latest = datetime.fromtimestamp(max(known), tz=UTC).date() if known else None
        lines.append(EvidenceLine(platform, kind, export, export_date(export), len(times), latest))
    lines.sort(key=lambda ln: (ln.export_date or ln.latest or date.min, ln.kind), reverse=True)
    return lines[:limit]
