"""The core's messages (vault.errors.MESSAGES) in the app's language: one translated template per message id.

The core names its messages by id with parameters and stays free of Qt; here each id gets a `tr()` string with
the same named placeholders ({name}), and numbers, sizes and days are written the locale's way.
"""

from __future__ import annotations

import string
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ui.desktop.core_messages_report import report_templates
from vault.errors import Message, Param

translate = QCoreApplication.translate  # the name lupdate looks for: keep the literal ("CoreMessages", "...") calls

# Parameters that hold a day or a time (ISO text in the core), written as the locale writes a day.
_DAYS = frozenset({"day", "when", "deadline", "sent"})


def templates() -> dict[str, str]:
    """Every message id with its template in the current language (built on each call: the language can change)."""
    return {
        "vault.exists": translate("CoreMessages", "A vault already exists here."),
        "vault.not_found": translate("CoreMessages", "There is no vault here."),
        "vault.locked": translate("CoreMessages", "The vault is locked."),
        "vault.newer_schema": translate(
            "CoreMessages",
            "This vault was written by a newer version of Me-Cloud (schema {schema}). Install the newer version "
            "to open it.",
        ),
        "vault.database_key": translate(
            "CoreMessages",
            "The key does not open this database (wrong passphrase or damaged file).",
        ),
        "vault.header_missing": translate("CoreMessages", "The vault's header file is missing."),
        "vault.header_too_large": translate("CoreMessages", "The vault's header file is too large to be one of ours."),
        "vault.header_damaged": translate("CoreMessages", "The vault's header file is damaged ({reason})."),
        "vault.header_unknown_kdf": translate(
            "CoreMessages",
            "The vault's header names a key derivation Me-Cloud does not know.",
        ),
        "vault.header_old_code_damaged": translate(
            "CoreMessages",
            "The vault header's record of an earlier recovery code is damaged.",
        ),
        "vault.weak_kdf": translate(
            "CoreMessages",
            "The vault's header asks for weak key derivation ({passes} passes, {memory_bytes}; Me-Cloud needs at "
            "least {min_passes} passes and {min_memory_bytes}). It may have been altered, so your passphrase is "
            "not tried with it. Unlock with your recovery code; your new passphrase is then protected with safe "
            "settings again.",
        ),
        "vault.chunk_unknown_form": translate("CoreMessages", "Part of the vault's data has an unknown form ({form})."),
        "vault.chunk_damaged": translate("CoreMessages", "Part of the vault's data is damaged ({reason})."),
        "vault.chunk_missing": translate("CoreMessages", "The vault refers to data it does not hold (block {chunk})."),
        "vault.item_missing": translate("CoreMessages", "The vault refers to an item it does not hold."),
        "passphrase.wrong": translate("CoreMessages", "Wrong passphrase."),
        "passphrase.too_short": translate("CoreMessages", "A passphrase needs at least {min} characters."),
        "recovery.wrong": translate("CoreMessages", "That recovery code does not open this vault."),
        "recovery.incomplete": translate(
            "CoreMessages",
            "That recovery code is not complete: it has 30 letters and digits in six groups.",
        ),
        "recovery.typo": translate("CoreMessages", "That recovery code has a typo: please check each group."),
        "keychain.refused_store": translate("CoreMessages", "The keychain refused to store the vault key ({reason})."),
        "keychain.refused_forget": translate(
            "CoreMessages",
            "The keychain refused to forget the vault key ({reason}).",
        ),
        "keychain.unusable": translate("CoreMessages", "The keychain {name} cannot be used here."),
        "keychain.untrusted": translate(
            "CoreMessages",
            "The keychain {name} is not trustworthy enough to hold the vault key.",
        ),
        "keychain.none": translate(
            "CoreMessages",
            "No system keychain was found on this computer (no Secret Service, Keychain or Credential Manager).",
        ),
        "keychain.plain_file": translate(
            "CoreMessages",
            "The only keychain available ({name}) stores secrets in a file without real encryption.",
        ),
        "backup.no_folder": translate("CoreMessages", "There is no such folder to write the backup into."),
        "backup.not_ours": translate("CoreMessages", "This is not a Me-Cloud backup ({reason})."),
        "backup.unexpected": translate("CoreMessages", "This is not a Me-Cloud backup (unexpected contents)."),
        "backup.unknown_format": translate(
            "CoreMessages",
            "The backup has a format Me-Cloud does not know ({format}).",
        ),
        "backup.target_exists": translate("CoreMessages", "A vault already exists here; restore into an empty folder."),
        "backup.header_checksum": translate(
            "CoreMessages",
            "The backup is damaged (the header's checksum does not match).",
        ),
        "backup.database_checksum": translate(
            "CoreMessages",
            "The backup is damaged (the database's checksum does not match).",
        ),
        "backup.damaged": translate("CoreMessages", "The backup is damaged ({reason})."),
        "backup.unreadable": translate("CoreMessages", "This is not a readable Me-Cloud backup ({reason})."),
        "import.cancelled": translate("CoreMessages", "The import was cancelled; nothing was saved."),
        "import.nothing": translate(
            "CoreMessages",
            "nothing in it could be read as an export of this platform. Nothing was saved.",
        ),
        "import.nothing_readable": translate("CoreMessages", "{reason}; nothing in the export could be read"),
        "import.nothing_readable_more": translate(
            "CoreMessages",
            "{reason}; nothing in the export could be read (nor could {others} other files)",
        ),
        "import.unknown_platform": translate("CoreMessages", "Me-Cloud does not know the platform “{platform}”."),
        "import.nested_archives": translate(
            "CoreMessages",
            "It holds other zip files inside ({inner}): unzip it and import those instead.",
        ),
        "import.not_recognised": translate(
            "CoreMessages",
            "Me-Cloud does not recognise this as an export of a platform it knows.",
        ),
        "import.no_snapchat_files": translate(
            "CoreMessages",
            "no json/ or html/ folder with Snapchat data files found",
        ),
        "import.no_meta_file": translate("CoreMessages", "no {platform} file could be read ({path}: {reason})"),
        "import.items_before_kept": translate("CoreMessages", "{reason}; the {count} items before that were imported"),
        "import.too_deep": translate("CoreMessages", "an entry is nested too deeply to keep ({reason}); refused"),
        "archive.no_such_file": translate("CoreMessages", "no such file or folder"),
        "archive.zip_bomb": translate("CoreMessages", "the archive expands {ratio}x overall (a zip bomb?); refused"),
        "archive.too_large": translate("CoreMessages", "the export is larger than the allowed {limit_bytes}"),
        "archive.too_many_files": translate(
            "CoreMessages",
            "the export has more than {limit} files; refused as hostile (leave photo and video folders out of "
            "the export request)",
        ),
        "archive.zip_too_many_files": translate(
            "CoreMessages",
            "the archive has more than {limit} files; refused as hostile",
        ),
        "archive.directory_too_large": translate(
            "CoreMessages",
            "its table of contents takes {size_bytes}, more than {limit} files need; refused as hostile",
        ),
        "archive.folder_unreadable": translate("CoreMessages", "cannot read the folder ({reason})"),
        "archive.name_not_utf8": translate("CoreMessages", "a file name is not valid UTF-8 ({name}); refused"),
        "archive.zip_name_not_utf8": translate(
            "CoreMessages",
            "a file name in the archive is not valid UTF-8; refused",
        ),
        "archive.duplicate_entry": translate(
            "CoreMessages",
            "'{name}' appears twice in the archive; refused as hostile",
        ),
        "archive.not_member": translate("CoreMessages", "not part of this export"),
        "archive.unsupported_method": translate(
            "CoreMessages",
            "compressed with an unsupported method ({method}); unpack the archive and import the folder",
        ),
        "archive.cannot_read": translate("CoreMessages", "cannot be read ({reason})"),
        "archive.cannot_open": translate("CoreMessages", "cannot be opened ({reason})"),
        "archive.member_too_large": translate("CoreMessages", "too large to read whole ({size_bytes})"),
        "archive.member_damaged": translate("CoreMessages", "the file is damaged ({reason})"),
        "archive.larger_than_declared": translate("CoreMessages", "the file is larger than the archive declares"),
        "archive.truncated_zip": translate(
            "CoreMessages",
            "not a complete zip archive (truncated or damaged download?)",
        ),
        "archive.split_zip": translate(
            "CoreMessages",
            "A split archive (.z01, .z02, …): join the parts into one zip file first.",
        ),
        "archive.not_zip": translate("CoreMessages", "not a readable zip archive ({reason})"),
        "archive.shared_data": translate(
            "CoreMessages",
            "entries '{first}' and '{second}' share data (a zip bomb?); refused",
        ),
        "archive.entry_past_end": translate("CoreMessages", "'{name}' runs past the end of its data (truncated?)"),
        "archive.entry_encrypted": translate(
            "CoreMessages",
            "'{name}' is encrypted; download the export without a password",
        ),
        "archive.entry_too_large": translate(
            "CoreMessages",
            "'{name}' declares {size_bytes}, more than the allowed {limit_bytes}; refused",
        ),
        "archive.entry_bomb": translate("CoreMessages", "'{name}' expands {ratio}x (a zip bomb?); refused"),
        "archive.entry_bad_header": translate("CoreMessages", "'{name}' has a damaged header"),
        "archive.entry_truncated": translate("CoreMessages", "'{name}' runs past the end of the archive (truncated?)"),
        "archive.entry_absolute": translate("CoreMessages", "'{name}' has an absolute path; refused"),
        "archive.entry_outside": translate("CoreMessages", "'{name}' points outside the archive; refused"),
        "archive.entry_control_chars": translate(
            "CoreMessages",
            "a file name contains control characters ('{name}'); refused",
        ),
        "archive.entry_symlink": translate("CoreMessages", "'{name}' is a symbolic link; refused"),
        "file.empty": translate("CoreMessages", "the file is empty (0 bytes)"),
        "file.bad_encoding": translate("CoreMessages", "the text is in an encoding Me-Cloud could not recognise"),
        "file.not_readable": translate("CoreMessages", "not readable ({kind})"),
        "file.bad_json": translate("CoreMessages", "not valid JSON ({reason})"),
        "file.json_truncated": translate("CoreMessages", "not valid JSON (the file ends too early; truncated?)"),
        "file.json_ends_in_value": translate("CoreMessages", "JSON ends in the middle of a value"),
        "file.bad_utf8": translate("CoreMessages", "not valid UTF-8 ({reason})"),
        "file.entry_too_large": translate("CoreMessages", "one entry is larger than {limit_bytes}; refused"),
        "file.csv_line_too_long": translate("CoreMessages", "a line is longer than {limit_bytes}; not a CSV export"),
        "file.csv_field_too_large": translate("CoreMessages", "a field is larger than {limit_bytes}; refused"),
        "file.html_unreadable": translate("CoreMessages", "not readable as HTML ({reason})"),
        "file.html_truncated": translate("CoreMessages", "the page ends early (a truncated or incomplete download)"),
        "file.html_unknown_layout": translate(
            "CoreMessages",
            "no content in a page layout Me-Cloud knows (unknown markup)",
        ),
        "file.html_too_long": translate("CoreMessages", "an HTML tag, comment or text longer than 1 MiB; refused"),
        "file.refused": translate("CoreMessages", "{reason}; refused"),
        "file.not_mbox": translate("CoreMessages", "{reason}; not an mbox of mail; refused"),
        "issue.csv_row_unreadable": translate(
            "CoreMessages",
            "row {row}: not readable as CSV ({reason}); the rest of the file was skipped",
        ),
        "issue.csv_field_count": translate(
            "CoreMessages",
            "row {row}: {fields} fields where the header has {expected}",
        ),
        "issue.csv_no_header_with": translate("CoreMessages", "no header row with {columns}; the file was not read"),
        "issue.csv_no_header": translate("CoreMessages", "no header row; the file was not read"),
        "issue.implausible_time": translate(
            "CoreMessages",
            "a time the export cannot hold ({day}); the item is kept without it",
        ),
        "issue.unread_time": translate("CoreMessages", "a time written for people was not understood: '{text}'"),
        "brand.no_such_name": translate("CoreMessages", "There is no brand called “{name}” in this vault."),
        "brand.already_merged": translate("CoreMessages", "The brand “{name}” was already merged into another one."),
        "brand.no_such_alias": translate("CoreMessages", "The brand has no other name “{alias}”."),
        "brand.single_name": translate("CoreMessages", "A brand with a single name cannot be split further."),
        "brand.no_such_id": translate("CoreMessages", "This brand is no longer in the vault."),
        "firm.ambiguous": translate("CoreMessages", "“{text}” matches several firms."),
        "firm.not_found": translate("CoreMessages", "There is no firm “{text}” in this vault. Add its card first."),
        "consent.revoked": translate(
            "CoreMessages",
            "This consent was revoked ({when}); nothing can be shared under it.",
        ),
        "consent.expired": translate("CoreMessages", "This consent expired on {when}; grant a new one."),
        "consent.used": translate(
            "CoreMessages",
            "This consent was for one share only, and it has been shared already.",
        ),
        "consent.revoked_while_sharing": translate(
            "CoreMessages",
            "This consent was revoked while the bundle was being made.",
        ),
        "consent.needs_purpose": translate(
            "CoreMessages",
            "A consent needs at least one purpose and one data category.",
        ),
        "consent.not_asked": translate(
            "CoreMessages",
            "{firm} did not ask for: {not_asked}. Its card asks for {asked}.",
        ),
        "consent.gpc": translate("CoreMessages", "“Do not sell or share” (GPC) rules out: {purposes}."),
        "consent.sensitive": translate(
            "CoreMessages",
            "{categories} is sensitive data; confirm it explicitly to share it.",
        ),
        "consent.in_past": translate(
            "CoreMessages",
            "The consent would already have ended: pick a date in the future.",
        ),
        "consent.range_reversed": translate("CoreMessages", "The data's time range ends before it starts."),
        "consent.supersede_other_firm": translate(
            "CoreMessages",
            "A consent can only replace an earlier consent for the same firm.",
        ),
        "consent.supersede_active": translate(
            "CoreMessages",
            "Revoke the earlier consent first; a new consent then replaces it.",
        ),
        "consent.not_found": translate("CoreMessages", "There is no single consent “{text}” in this vault."),
        "card.too_large": translate("CoreMessages", "The firm card is too large."),
        "card.rejected": translate("CoreMessages", "The firm card was rejected: {reason}."),
        "card.no_verify_key": translate(
            "CoreMessages",
            "The firm card was rejected: it has no key to check its signature.",
        ),
        "letter.when_sent": translate(
            "CoreMessages",
            "When did you send the access request to {company}? Give the day it was sent.",
        ),
        "letter.too_early": translate(
            "CoreMessages",
            "{company} has until {deadline} to answer the request of {sent} (Art. 12(3) GDPR); a follow-up "
            "letter can be written after that day.",
        ),
        "letter.no_authority": translate(
            "CoreMessages",
            "No supervisory authority is known for {company}; the letter needs one.",
        ),
        "issue.marquee_entry_without_artist": translate("CoreMessages", "a Marquee entry without an artist"),
        "issue.connected_app_without_name": translate("CoreMessages", "a connected app without a name"),
        "issue.history_entry_object": translate("CoreMessages", "a history entry is not an object"),
        "issue.history_entry_without_url": translate("CoreMessages", "a history entry without a URL"),
        "issue.location_record_without_readable_time": translate(
            "CoreMessages",
            "a location record without a readable time",
        ),
        "issue.location_record_without_coordinates": translate("CoreMessages", "a location record without coordinates"),
        "issue.message_record": translate("CoreMessages", "a message that is not a record"),
        "issue.place_visit_without_location_duration": translate(
            "CoreMessages",
            "a place visit without location or duration",
        ),
        "issue.playlist_object": translate("CoreMessages", "a playlist that is not an object"),
        "issue.purchase_without_item_title": translate("CoreMessages", "a purchase without an item title"),
        "issue.record_neither_object_text": translate("CoreMessages", "a record that is neither an object nor a text"),
        "issue.search_without_query": translate("CoreMessages", "a search without a query"),
        "issue.stream_without_time_title": translate("CoreMessages", "a stream without time or title"),
        "issue.timeline_object_neither_place_visit": translate(
            "CoreMessages",
            "a timeline object that is neither a place visit nor a trip",
        ),
        "issue.timeline_segment_without_start_time": translate(
            "CoreMessages",
            "a timeline segment without a start time",
        ),
        "issue.transaction_without_description": translate("CoreMessages", "a transaction without a description"),
        "issue.offtiktok_activity_record_without_source": translate(
            "CoreMessages",
            "an Off-TikTok activity record without a source",
        ),
        "issue.activity_card_without_readable_time": translate(
            "CoreMessages",
            "an activity card without a readable time",
        ),
        "issue.activity_item_object": translate("CoreMessages", "an activity item is not an object"),
        "issue.activity_item_without_title_time": translate("CoreMessages", "an activity item without title or time"),
        "issue.ad_click_entry_record": translate("CoreMessages", "an ad click entry that is not a record"),
        "issue.ad_click_without_ad_advertiser": translate(
            "CoreMessages",
            "an ad click without an ad or advertiser name",
        ),
        "issue.ad_impression_record": translate("CoreMessages", "an ad impression that is not a record"),
        "issue.advertiser_entry_without_name": translate("CoreMessages", "an advertiser entry without a name"),
        "issue.install_without_app_title": translate("CoreMessages", "an install without an app title"),
        "issue.offmeta_activity_entry_record": translate(
            "CoreMessages",
            "an off-Meta activity entry that is not a record",
        ),
        "issue.offmeta_activity_entry_without_app": translate(
            "CoreMessages",
            "an off-Meta activity entry without an app or website name",
        ),
        "issue.oldstyle_youtube_item_without_title": translate(
            "CoreMessages",
            "an old-style YouTube item without a title",
        ),
        "issue.empty_json_object": translate("CoreMessages", "empty or not a JSON object"),
        "issue.expected_list_of_names": translate("CoreMessages", "expected a list of names"),
        "issue.no_description_column_transactions_file": translate(
            "CoreMessages",
            "no Description column: not a transactions file we know",
        ),
        "share.cancelled": translate("CoreMessages", "The share was cancelled; no bundle was written."),
        "request.in_future": translate("CoreMessages", "{day} is in the future: note a request once you have made it."),
        "company.not_found": translate("CoreMessages", "The company database has no company “{slug}”."),
        "ack.too_large": translate("CoreMessages", "This is not a deletion acknowledgement (it is too large)."),
        "ack.invalid": translate("CoreMessages", "This is not a valid deletion acknowledgement: {reason}"),
        "ack.other_firm": translate("CoreMessages", "The acknowledgement names another firm than {firm}."),
        "ack.not_signed": translate(
            "CoreMessages",
            "This is not a deletion acknowledgement (not a signed Me-Cloud document).",
        ),
        "ack.no_consent": translate("CoreMessages", "This is not a deletion acknowledgement (it names no consent)."),
        "ack.other_consent": translate(
            "CoreMessages",
            "The acknowledgement is about another consent record than the one in this vault.",
        ),
        "request.unknown_platform": translate(
            "CoreMessages",
            "Me-Cloud has no export guide for the platform “{platform}”.",
        ),
        **report_templates(),
    }


def render(msg: Message) -> str:
    """The message in the app's language; a file it names is put in front, as in the core's English."""
    template = templates().get(msg.id)
    if template is None:  # an id without a translation here: the core's English beats nothing
        return str(msg)
    values = {name: _value(name, msg.params[name]) for name in placeholders(template) if name in msg.params}
    text = template.format_map(_Missing(values))
    return f"{msg.params['file']}: {text}" if "file" in msg.params else text


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def text_of(exc: BaseException) -> str:
    """What to tell a person about `exc`: its message id translated, else the text it carries."""
    msg = getattr(exc, "message", None)
    return render(msg) if isinstance(msg, Message) else str(exc)


def stored(data: Any, fallback: str) -> str:
    """A message kept in a report (Message.to_dict) in the app's language; `fallback` (the English kept beside it)
    when there is none or it comes from a newer Me-Cloud."""
    msg = Message.from_dict(data) if isinstance(data, dict) else None
    return render(msg) if msg is not None else fallback


def _value(name: str, value: Param) -> str:
    locale = QLocale()
    if isinstance(value, Message):
        return render(value).rstrip(".")  # a reason inside a sentence
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        if name.endswith("_bytes"):
            return data_size(value)
        return locale.toString(value)
    if name in _DAYS:
        return day_text(value)
    return value


def data_size(value: int) -> str:
    """A size as the locale writes it, without a zero fraction: "128 KiB", "5 GiB", "1,5 GiB" in German."""
    locale = QLocale()
    text = locale.formattedDataSize(value, 1, QLocale.DataSizeFormat.DataSizeIecFormat)
    return text.replace(f"{locale.decimalPoint()}0 ", " ")


def day_text(value: str) -> str:
    """An ISO day or time ("2024-10-01", "2024-10-01T12:00:00Z") as the locale writes a day; other text unchanged."""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return value
    return long_day(when)


def long_day(when: date) -> str:
    """ "5. Dezember 2026" in German, "5 December 2026" in English."""
    fmt = "d. MMMM yyyy" if QLocale().language() == QLocale.Language.German else "d MMMM yyyy"
    return QLocale().toString(QDate(when.year, when.month, when.day), fmt)


class _Missing(dict):
    """A placeholder the message does not fill stays visible rather than raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
