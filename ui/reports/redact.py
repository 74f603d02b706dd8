"""Paths for a published report: the structure of an export stays readable, the person does not.

Platforms put the account in the archive's name (`facebook-<username>-2024-09-14-AbCd.zip`) and in folder
names (the Facebook wrapper folder, `messages/inbox/<friend>_<id>/`), and user ids and e-mail addresses in
file names. Segments are kept only as far as they are export structure; the rest becomes a placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PLATFORM_PREFIXES = ("facebook", "instagram", "twitter", "tiktok", "linkedin", "snapchat", "spotify", "amazon")
_DATE = r"\d{4}-\d{2}-\d{2}"
# <platform>-<account>-<date>[-<random>].zip, as Facebook and Instagram name their archives.
_PREFIX = "|".join(PLATFORM_PREFIXES)
_ACCOUNT_ARCHIVE = re.compile(rf"^(?P<p>{_PREFIX})-(?P<acct>.+?)-(?P<date>{_DATE})\b.*?(?P<ext>\.\w+)?$", re.I)
# <platform>-<date>[-<random>].zip (the X archive) and takeout-<stamp>-<part>.zip.
_DATED_ARCHIVE = re.compile(rf"^(?P<p>[a-z]+)-(?P<date>{_DATE}|\d{{8}}T\d{{6}}Z)(?P<part>-\d{{3}})?.*?(?P<ext>\.\w+)?$",
                            re.I)  # fmt: skip
# The account-named wrapper folder Facebook used until 2022: facebook-<username>.
_ACCOUNT_FOLDER = re.compile(rf"^(?P<p>{_PREFIX})-(?P<acct>[^/]+)$", re.I)
# Folders named after the other person of a conversation.
_PEOPLE_PARENTS = {"inbox", "archived_threads", "message_requests", "filtered_threads", "e2ee_cutover", "chats"}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_LONG_NUMBER = re.compile(r"\d{6,}")
_GENERIC_NAMES = {"export", "takeout", "mail", "inbox", "archive", "data", "download", "mydata", "my_data"}

ACCOUNT = {"en": "[account]", "de": "[Konto]"}
PERSON = {"en": "[person]", "de": "[Person]"}
EMAIL = {"en": "[e-mail]", "de": "[E-Mail]"}
FILE = {"en": "[file]", "de": "[Datei]"}
ID = "[ID]"


class Redactor:
    """Redacts archive names and member paths; `names` are strings known to identify the person (their name
    as the export's profile gives it), removed wherever they appear."""

    def __init__(self, lang: str = "en", names: Iterable[str] = ()) -> None:
        self.lang = lang if lang in ACCOUNT else "en"
        words = {w for name in names for w in (name.strip(), *re.split(r"[\s,]+", name)) if len(w) >= 3}
        # A whole name squashed into a user name ("alexmüllerexample") goes wherever it stands; a single word
        # of it only where it stands as a word, so "Ann" does not eat "annotations".
        squashed = {re.sub(r"[\W_]", "", name.casefold()) for name in names}
        patterns = [re.escape(s) for s in squashed if len(s) >= 6]
        patterns += [rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])" for w in sorted(words, key=len, reverse=True)]
        self._names = re.compile("|".join(patterns), re.I) if patterns else None

    def _scrub(self, text: str) -> str:
        stem, dot, ext = text.rpartition(".")
        if dot and stem and ext.isalnum() and len(ext) <= 5 and "@" not in ext:
            # The file type is structure: keep it, and keep an address's domain from swallowing it.
            text, tail = _EMAIL.sub(EMAIL[self.lang], stem), "." + ext
        else:
            text, tail = _EMAIL.sub(EMAIL[self.lang], text), ""
        if "@" in text:  # an address without a dotted domain in the stem: judge the whole name
            text = EMAIL[self.lang]
        return self._names_out(text) + tail

    def _names_out(self, text: str) -> str:
        if self._names is not None:
            text = self._names.sub(PERSON[self.lang], text)
        return _LONG_NUMBER.sub(ID, text)

    def archive(self, name: str) -> str:
        """`facebook-alex_example-2024-09-14-AbCd.zip` -> `facebook-[Konto]-2024-09-14.zip`."""
        m = _ACCOUNT_ARCHIVE.match(name)
        if m:
            return f"{m['p'].lower()}-{ACCOUNT[self.lang]}-{m['date']}{m['ext'] or ''}"
        m = _DATED_ARCHIVE.match(name)
        if m and m["p"].lower() in (*PLATFORM_PREFIXES, "takeout"):
            return f"{m['p'].lower()}-{m['date']}{m['part'] or ''}{m['ext'] or ''}"
        stem, dot, ext = name.rpartition(".")
        if dot and stem.casefold() in _GENERIC_NAMES:
            return name
        # A name the person chose may be anything, their own name included: keep only the file type.
        return f"{FILE[self.lang]}.{ext}" if dot and ext.isalnum() and len(ext) <= 5 else FILE[self.lang]

    def member(self, path: str) -> str:
        parts = path.split("/")
        out: list[str] = []
        for i, part in enumerate(parts):
            if (m := _ACCOUNT_FOLDER.match(part)) and not _DATED_ARCHIVE.match(part):
                out.append(f"{m['p'].lower()}-{ACCOUNT[self.lang]}")
            elif i > 0 and parts[i - 1].casefold() in _PEOPLE_PARENTS and i < len(parts) - 1:
                out.append(PERSON[self.lang])
            else:
                out.append(self._scrub(part))
        return "/".join(out)

    def sources(self, described: str) -> str:
        """An import's source as the archive reader describes it: part names joined by ", "."""
        return ", ".join(self.archive(p.strip()) for p in described.split(",") if p.strip())
