"""Errors the user can act on: each carries a plain, user-facing message (no key material, no content).

A message has a stable id and parameters (`Message`); `str()` renders the English text the CLI prints,
and the desktop app renders the same id in the user's language (ui/desktop/core_messages.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Union

Param = Union[str, int, "Message"]

# Every message the core shows a person: id -> English template with named placeholders. A "file" parameter
# is not in the template: it is put in front ("file: problem"), so a file's problem can be shown without it
# (the coverage report names the file in its own column). Parameters ending in "_bytes" are sizes.
MESSAGES: dict[str, str] = {
    # The vault and its keys
    "vault.exists": "a vault already exists here.",
    "vault.not_found": "no vault here. Create one with 'mecloud init'.",
    "vault.locked": "The vault is locked.",
    "vault.newer_schema": "this vault was written by a newer Me-Cloud (schema {schema}).",
    "vault.database_key": "the key does not open this database (wrong passphrase or damaged file).",
    "vault.header_missing": "the vault header is missing.",
    "vault.header_too_large": "the vault header is too large to be ours.",
    "vault.header_damaged": "the vault header is damaged ({reason}).",
    "vault.header_unknown_kdf": "The vault header names an unknown key derivation.",
    "vault.header_old_code_damaged": "The vault header's record of an earlier recovery code is damaged.",
    "vault.weak_kdf": (
        "The vault header asks for weak key derivation ({passes} pass(es), {memory_bytes}; Me-Cloud needs at least "
        "{min_passes} passes and {min_memory_bytes}): it may have been altered, so your passphrase is not tried "
        "with it. Unlock with your recovery code; your new passphrase is then protected with safe settings again."
    ),
    "vault.chunk_unknown_form": "an item chunk of the vault has an unknown form ({form}).",
    "vault.chunk_damaged": "an item chunk of the vault is damaged ({reason}).",
    "vault.chunk_missing": "the vault names an item chunk ({chunk}) it does not hold.",
    "vault.item_missing": "the vault names an item it does not hold.",
    "passphrase.wrong": "Wrong passphrase.",
    "passphrase.too_short": "A passphrase needs at least {min} characters.",
    "recovery.wrong": "That recovery code does not open this vault.",
    "recovery.incomplete": "That recovery code is not complete: it has 30 letters and digits in six groups.",
    "recovery.typo": "That recovery code has a typo: please check each group.",
    "keychain.refused_store": "The keychain refused to store the vault key ({reason}).",
    "keychain.refused_forget": "The keychain refused to forget the vault key ({reason}).",
    "keychain.unusable": "The keychain {name} cannot be used here.",
    "keychain.untrusted": "The keychain {name} is not trustworthy enough to hold the vault key.",
    "keychain.none": "No system keychain was found on this computer (no Secret Service, Keychain or Credential"
    " Manager).",
    "keychain.plain_file": "The only keychain available ({name}) stores secrets in a file without real encryption.",
    # Backups
    "backup.no_folder": "no such folder to write the backup into.",
    "backup.not_ours": "not a Me-Cloud backup ({reason}).",
    "backup.unexpected": "not a Me-Cloud backup (unexpected contents).",
    "backup.unknown_format": "unknown backup format {format}.",
    "backup.target_exists": "a vault already exists here; restore into an empty folder.",
    "backup.header_checksum": "the backup is damaged (header checksum).",
    "backup.database_checksum": "the backup is damaged (database checksum).",
    "backup.damaged": "the backup is damaged ({reason}).",
    "backup.unreadable": "not a readable Me-Cloud backup ({reason}).",
    # Importing
    "import.cancelled": "The import was cancelled; nothing was saved.",
    "import.nothing": "nothing in it could be read as an export of this platform. Nothing was saved.",
    "import.nothing_readable": "{reason}; nothing in the export could be read",
    "import.nothing_readable_more": "{reason}; nothing in the export could be read (nor could {others:,} other files)",
    "import.unknown_platform": "unknown platform {platform!r}; known: {known}",
    "import.nested_archives": "holds compressed archives ({inner}); unzip it and import those instead.",
    "import.not_recognised": "not a recognised export. Looked for: {looked}. Use --platform to choose one.",
    "import.no_snapchat_files": "no json/ or html/ folder with Snapchat data files found",
    "import.no_meta_file": "no {platform} file could be read ({path}: {reason})",
    "import.too_deep": "an entry is nested too deeply to keep ({reason}); refused",
    "import.items_before_kept": "{reason}; the {count:,} items before that were imported",
    # Archives and folders
    "archive.no_such_file": "no such file or folder",
    "archive.zip_bomb": "the archive expands {ratio}x overall (a zip bomb?); refused",
    "archive.too_large": "the export is larger than the allowed {limit_bytes}",
    "archive.too_many_files": "the export has more than {limit:,} files; refused as hostile"
    " (leave photo and video folders out of the export request)",
    "archive.zip_too_many_files": "the archive has more than {limit:,} files; refused as hostile",
    "archive.directory_too_large": "its table of contents takes {size_bytes:,} bytes, more than {limit:,} files need;"
    " refused as hostile",
    "archive.folder_unreadable": "cannot read the folder ({reason})",
    "archive.name_not_utf8": "a file name is not valid UTF-8 ({name}); refused",
    "archive.zip_name_not_utf8": "a file name in the archive is not valid UTF-8; refused",
    "archive.duplicate_entry": "{name!r} appears twice in the archive; refused as hostile",
    "archive.not_member": "not part of this export",
    "archive.unsupported_method": "compressed with an unsupported method ({method}); unpack the archive and"
    " import the folder",
    "archive.cannot_read": "cannot be read ({reason})",
    "archive.cannot_open": "cannot be opened ({reason})",
    "archive.member_too_large": "too large to read whole ({size_bytes})",
    "archive.member_damaged": "the file is damaged ({reason})",
    "archive.larger_than_declared": "the file is larger than the archive declares",
    "archive.truncated_zip": "not a complete zip archive (truncated or damaged download?)",
    "archive.split_zip": "a split archive (.z01, .z02 …); join the parts with `zip -s 0` first",
    "archive.not_zip": "not a readable zip archive ({reason})",
    "archive.shared_data": "entries {first!r} and {second!r} share data (a zip bomb?); refused",
    "archive.entry_past_end": "{name!r} runs past the end of its data (truncated?)",
    "archive.entry_encrypted": "{name!r} is encrypted; download the export without a password",
    "archive.entry_too_large": "{name!r} declares {size_bytes}, more than the allowed {limit_bytes}; refused",
    "archive.entry_bomb": "{name!r} expands {ratio}x (a zip bomb?); refused",
    "archive.entry_bad_header": "{name!r} has a damaged header",
    "archive.entry_truncated": "{name!r} runs past the end of the archive (truncated?)",
    "archive.entry_absolute": "{name!r} has an absolute path; refused",
    "archive.entry_outside": "{name!r} points outside the archive; refused",
    "archive.entry_control_chars": "a file name contains control characters ({name!r}); refused",
    "archive.entry_symlink": "{name!r} is a symbolic link; refused",
    # One file's content
    "file.empty": "the file is empty (0 bytes)",
    "file.bad_encoding": "the text is in an encoding Me-Cloud could not recognise",
    # How a text file was read (the coverage report's "Read as"): the encoding's name stays as written.
    "encoding.named": "{name}",
    "encoding.with_bom": "{name} with BOM",
    "encoding.no_bom": "{name} (no BOM)",
    "encoding.detected": "{name} (detected)",
    "encoding.tab_separated": "{encoding}, tab-separated",
    "encoding.semicolon_separated": "{encoding}, semicolon-separated",
    "encoding.bar_separated": "{encoding}, |-separated",
    "file.not_readable": "not readable ({kind})",
    "file.bad_json": "not valid JSON ({reason})",
    "file.json_truncated": "not valid JSON (the file ends too early; truncated?)",
    "file.json_ends_in_value": "JSON ends in the middle of a value",
    "file.bad_utf8": "not valid UTF-8 ({reason})",
    "file.entry_too_large": "one entry is larger than {limit_bytes:,} bytes; refused",
    "file.csv_line_too_long": "a line is longer than {limit_bytes}; not a CSV export",
    "file.csv_field_too_large": "a field is larger than {limit_bytes}; refused",
    "file.html_unreadable": "not readable as HTML ({reason})",
    "file.html_truncated": "the page ends early (a truncated or incomplete download)",
    "file.html_unknown_layout": "no content in a page layout Me-Cloud knows (unknown markup)",
    "file.html_too_long": "an HTML tag, comment or text longer than 1 MiB; refused",
    "file.refused": "{reason}; refused",
    "file.bad_text": "not valid {encoding} text ({reason})",
    # What makes a JSON file hostile or broken beyond reading (the reason inside "file.refused").
    "json.no_ytd_assignment": "does not start with the expected `window.YTD.<name> = ` assignment",
    "json.text_too_large": "a text value is larger than {limit_bytes:,} bytes",
    "json.token_too_long": "a number or word is longer than {limit_bytes:,} bytes",
    "json.too_deep": "JSON nested deeper than {depth} levels",
    "json.entry_too_large": "one entry is larger than {limit_bytes:,} bytes",
    "file.not_mbox": "{reason}; not an mbox of mail; refused",
    # Issues of one record in the coverage report (the report names the file). A "day" is an ISO date.
    "issue.csv_row_unreadable": "row {row}: not readable as CSV ({reason}); the rest of the file was skipped",
    "issue.csv_field_count": "row {row}: {fields} fields where the header has {expected}",
    "issue.csv_no_header_with": "no header row with {columns}; the file was not read",
    "issue.csv_no_header": "no header row; the file was not read",
    "issue.implausible_time": "a time the export cannot hold ({day}); the item is kept without it",
    "issue.unread_time": "a time written for people was not understood: {text!r}",
    # Records the importers found malformed (plain problems, no parameters)
    "issue.marquee_entry_without_artist": "a Marquee entry without an artist",
    "issue.connected_app_without_name": "a connected app without a name",
    "issue.history_entry_object": "a history entry is not an object",
    "issue.history_entry_without_url": "a history entry without a URL",
    "issue.location_record_without_readable_time": "a location record without a readable time",
    "issue.location_record_without_coordinates": "a location record without coordinates",
    "issue.message_record": "a message that is not a record",
    "issue.place_visit_without_location_duration": "a place visit without location or duration",
    "issue.playlist_object": "a playlist that is not an object",
    "issue.purchase_without_item_title": "a purchase without an item title",
    "issue.record_neither_object_text": "a record that is neither an object nor a text",
    "issue.search_without_query": "a search without a query",
    "issue.stream_without_time_title": "a stream without time or title",
    "issue.timeline_object_neither_place_visit": "a timeline object that is neither a place visit nor a trip",
    "issue.timeline_segment_without_start_time": "a timeline segment without a start time",
    "issue.transaction_without_description": "a transaction without a description",
    "issue.offtiktok_activity_record_without_source": "an Off-TikTok activity record without a source",
    "issue.activity_card_without_readable_time": "an activity card without a readable time",
    "issue.activity_item_object": "an activity item is not an object",
    "issue.activity_item_without_title_time": "an activity item without title or time",
    "issue.ad_click_entry_record": "an ad click entry that is not a record",
    "issue.ad_click_without_ad_advertiser": "an ad click without an ad or advertiser name",
    "issue.ad_impression_record": "an ad impression that is not a record",
    "issue.advertiser_entry_without_name": "an advertiser entry without a name",
    "issue.install_without_app_title": "an install without an app title",
    "issue.offmeta_activity_entry_record": "an off-Meta activity entry that is not a record",
    "issue.offmeta_activity_entry_without_app": "an off-Meta activity entry without an app or website name",
    "issue.oldstyle_youtube_item_without_title": "an old-style YouTube item without a title",
    "issue.empty_json_object": "empty or not a JSON object",
    "issue.expected_list_of_names": "expected a list of names",
    "issue.no_description_column_transactions_file": "no Description column: not a transactions file we know",
    # Records of one file, with parameters (X, TikTok, Amazon, Spotify, Snapchat, Google, mail)
    "issue.entry_not_object": "an entry that is not an object",
    "issue.entry_without_identity": "an entry without the fields that identify it",
    "issue.personalization_entry_not_object": "a personalization entry that is not an object",
    "issue.entry_without_name_in": "{source}: an entry without a name",
    "issue.advertiser_without_handle": "{source}: an advertiser without a handle",
    "issue.ad_record_without_advertiser": "an ad record without an advertiser",
    "issue.ad_batch_layout": "a batch without ad.adsUserData.{section}: layout not understood",
    "issue.too_many_fields": "{where}: over {limit} fields; the rest left out",
    "issue.empty_record_in": "{where}: a record with nothing in it",
    "issue.expected_object_found": "{where}: expected an object, found {found}",
    "issue.entry_without_name_value": "an entry without a name: {text!r}",
    "issue.order_line_without_id": "row {row}: an order line without an order id",
    "issue.digital_order_without_title_id": "row {row}: a digital order without title or order id",
    "issue.history_entry_unreadable_time": "a history entry with an unreadable time {text!r}",
    "issue.unreadable_time": "unreadable time {text!r}",
    "issue.transaction_unreadable_time": "a transaction with an unreadable time {text!r}",
    "issue.times_not_understood_one": "1 time written for people not understood (e.g. {text!r}): those items have"
    " no time",
    "issue.times_not_understood": "{count:,} times written for people not understood (e.g. {text!r}): those items"
    " have no time",
    "issue.section_entry_without_advertiser": "{section}: an entry without an advertiser",
    "issue.inference_not_text": "an inference that is not text: {text!r}",
    "issue.section_entry_not_object": "{section}: an entry that is not an object",
    "issue.empty_label": "an empty {noun}",
    "noun.ad_interest": "ad interest",
    "noun.reach_category": "category used to reach you",
    "noun.topic": "topic",
    "issue.mail_headers_unreadable": "unreadable headers ({kind})",
    "issue.mail_headers_broken": "broken headers: {fields}",
    "issue.mail_without_from": "a message without From",
    "issue.mail_from_without_address": "a From without a mail address",
    "issue.mail_unreadable_date": "unreadable Date {text!r}",
    "issue.mail_leading_data": "data before the first message was ignored",
    "issue.mail_headers_too_large": "{count} message(s) with headers too large to be mail were skipped",
    # Notes on how a file was read: worth knowing, not malformed records (CoverageReport.note)
    "note.mail_no_authentication": "{absent:,} of {judged:,} messages from organisations carry no"
    " Authentication-Results header of the receiving server (older mail or another provider): their senders were"
    " taken from the From address, unchecked, as before",
    "note.mail_authentication_unreadable_one": "1 message with an Authentication-Results header that could not be"
    " read: their senders were taken from the From address without a check",
    "note.mail_authentication_unreadable": "{count:,} messages with an Authentication-Results header that could"
    " not be read: their senders were taken from the From address without a check",
    "note.mail_unverified_one": "1 message that did not authenticate as the domain in their From address (no"
    " aligned DKIM, SPF or DMARC pass): kept as unverified mail that names no brand",
    "note.mail_unverified": "{count:,} messages that did not authenticate as the domain in their From address (no"
    " aligned DKIM, SPF or DMARC pass): kept as unverified mail that names no brand",
    "note.unknown_time_zone": "unknown time zone {zone!r}: times read as UTC",
    "note.html_zone_guess": "times in the HTML export carry no time zone; read as UTC (a guess: may be off by an"
    " hour around DST changes)",
    "note.html_zone_guess_offset": "times in the HTML export carry no time zone; read as UTC{offset} from the page"
    " header (a guess: may be off by an hour around DST changes)",
    "issue.html_unknown_date": "a date Me-Cloud cannot read (unexpected language or format): {text!r}",
    "issue.html_page_missing": "the page for {name!r} is missing from the export",
    # Why a file was knowingly not read (CoverageReport.skip)
    "skip.media_x": "media files (your photos and videos); not imported",
    "skip.x_viewer": "X's archive viewer (HTML and scripts)",
    "skip.x_readme": "X's own description of the files",
    "skip.not_x_data": "a script that is not X data",
    "skip.document_or_media": "a document or media file; not parsed",
    "skip.linkedin_article_html": "article text as a web page; not parsed",
    "skip.document": "a document; not parsed",
    "skip.snapchat_html_copy": "the HTML copy of the JSON files",
    "skip.snapchat_html_index": "the table of contents of the HTML pages",
    "skip.photos_videos": "photos and videos; not imported",
    "skip.meta_media": "photo, video or audio file: not imported",
    "skip.message_attachment": "message attachment: not imported",
    "skip.spotify_technical_log": "technical log (app and device events); not parsed",
    "skip.meta_page_styling": "page styling: not data",
    "skip.meta_html_copy": "HTML copy of a file read in its JSON version",
    "skip.meta_off_meta_page": "one business's page of off-Meta activity: read through the index page that links to it",
    "skip.meta_contents": "the export's table of contents",
    "skip.spotify_readme": "Spotify's explanation of the files",
    "skip.google_index": "index page of the archive",
    "skip.google_takeout": "the log of your own Takeout requests",
    "skip.google_media": "photos, videos or recordings: nothing about brands",
    "skip.google_documents": "your own documents, mail settings or notes: nothing about brands",
    "skip.google_contacts": "your contacts and calendar: people, not brands",
    "skip.google_settings": "account and device settings",
    "skip.google_fitness": "fitness and health data: not imported",
    "skip.google_youtube_other": "YouTube subscriptions, playlists, comments and uploads: not imported",
    "skip.google_chrome_other": "Chrome bookmarks, extensions and settings: not imported",
    "skip.google_location_other": "location settings and deleted places",
    "skip.google_pay_other": "money sends between people and passes: no brand data",
    "skip.google_play_other": "Play Store devices, reviews and library: not imported",
    "skip.google_maps_other": "saved places and map edits: not imported",
    "skip.google_activity_media": "voice recordings attached to My Activity: not imported",
    "skip.google_other_product": "a Google product with nothing about brands",
    # Brands, firms, consents, letters
    "brand.no_such_name": "No brand called {name!r} in this vault.",
    "brand.already_merged": "The brand {name!r} was already merged into another one.",
    "brand.no_such_alias": "The brand has no alias {alias!r}.",
    "brand.single_name": "A brand with a single name cannot be split further.",
    "brand.no_such_id": "No brand with id {id}.",
    "firm.ambiguous": "{text!r} matches several firms; use the number from 'mecloud firms'.",
    "firm.not_found": "No firm {text!r} in this vault. Add its card with 'mecloud firm add CARD'.",
    "consent.revoked": "Consent {consent} was revoked ({when}); nothing can be shared under it.",
    "consent.expired": "Consent {consent} expired on {when}; grant a new one.",
    "consent.used": "Consent {consent} was for one share only, and it has been shared already.",
    "consent.revoked_while_sharing": "Consent {consent} was revoked while the bundle was being made.",
    "consent.needs_purpose": "A consent needs at least one purpose and one data category.",
    "consent.not_asked": "{firm} did not ask for: {not_asked}. Its card asks for {asked}.",
    "consent.gpc": "'Do not sell or share' (GPC) rules out: {purposes}.",
    "consent.sensitive": "{categories} is sensitive data; confirm it explicitly (--sensitive) to share it.",
    "consent.in_past": "The consent would already have ended: pick a date in the future.",
    "consent.range_reversed": "The data's time range ends before it starts.",
    "consent.supersede_other_firm": "A consent can only supersede an earlier consent for the same firm.",
    "consent.supersede_active": "Revoke the earlier consent first; a new grant then supersedes it.",
    "consent.not_found": "No single consent {text!r} in this vault; see 'mecloud consents'.",
    "share.cancelled": "The share was cancelled; no bundle was written.",
    "request.unknown_platform": "Unknown platform {platform!r}; known: {known}.",
    "request.in_future": "{day} is in the future: note a request once you have made it.",
    "company.not_found": "No company {slug!r} in the company database. Try 'mecloud entity-search TEXT'.",
    "ack.too_large": "Not a deletion acknowledgement (too large).",
    "ack.invalid": "Not a valid deletion acknowledgement: {reason}",
    "ack.other_firm": "The acknowledgement names another firm than {firm}.",
    "ack.not_signed": "Not a deletion acknowledgement (not a signed Me-Cloud document).",
    "ack.no_consent": "Not a deletion acknowledgement (it names no consent).",
    "ack.other_consent": "The acknowledgement is about another consent record than the one in this vault.",
    "card.too_large": "firm card too large",
    "card.rejected": "firm card rejected: {reason}",
    "card.no_verify_key": "firm card rejected: no verify key",
    "letter.when_sent": "When did you send the access request to {company}? Give the day with --sent.",
    "letter.too_early": "{company} has until {deadline} to answer the request of {sent} (Art. 12(3) GDPR);"
    " a {kind} can follow after that day.",
    "letter.no_authority": "No supervisory authority is known for {company}; the letter needs one.",
}


@dataclass(frozen=True, slots=True)
class Message:
    """One user-facing message: a stable id and its parameters; `str()` is the English text."""

    id: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.id not in MESSAGES:
            raise KeyError(f"unknown message id {self.id!r}")

    def __str__(self) -> str:
        template = MESSAGES[self.id]
        text = template.format_map({k: _english(template, k, v) for k, v in self.params.items() if k != "file"})
        return f"{self.params['file']}: {text}" if "file" in self.params else text

    def without_file(self) -> Message:
        """The problem alone, for a report that names the file in its own column."""
        return Message(self.id, {k: v for k, v in self.params.items() if k != "file"})

    def to_dict(self) -> dict[str, Any]:
        params = {k: v.to_dict() if isinstance(v, Message) else v for k, v in self.params.items()}
        return {"id": self.id, "params": params}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Message | None:
        """The stored form back; None for an id this version does not know (a newer Me-Cloud wrote it)."""
        ident, params = data.get("id"), data.get("params")
        if ident not in MESSAGES or not isinstance(params, dict):
            return None
        out: dict[str, Param] = {}
        for key, value in params.items():
            if isinstance(value, dict):
                nested = cls.from_dict(value)
                if nested is None:
                    return None
                out[key] = nested
            else:
                out[key] = value
        return cls(ident, out)


def message(ident: str, **params: Param) -> Message:
    return Message(ident, params)


def _english(template: str, name: str, value: Param) -> Any:
    # A size is written as people read it, unless the template formats the number itself ("{x_bytes:,} bytes").
    if name.endswith("_bytes") and isinstance(value, int) and "{" + name + ":" not in template:
        return human_size(value)
    return str(value) if isinstance(value, Message) else value


def human_size(n: int) -> str:
    """A byte count as people read it ("1.5 GiB"), for the English text."""
    if n < 1024:
        return f"{n:,} bytes"
    size = float(n)
    unit = "KiB"
    for unit in ("KiB", "MiB", "GiB"):
        size /= 1024
        if size < 1024 or unit == "GiB":
            break
    return f"{size:.0f} {unit}" if size == int(size) else f"{size:.1f} {unit}"


class MeCloudError(Exception):
    """Base of every error we raise on purpose; `str(err)` is the message a person reads.

    Raised with a `Message`, the error also carries its `message_id` and `params` for the GUI to translate.
    """

    exit_code = 1
    message: Message | None = None

    def __init__(self, *args: object) -> None:
        if args and isinstance(args[0], Message):
            self.message = args[0]
            args = (str(args[0]), *args[1:])
        super().__init__(*args)

    @property
    def message_id(self) -> str | None:
        return self.message.id if self.message else None

    @property
    def params(self) -> Mapping[str, Param]:
        return self.message.params if self.message else {}


class VaultNotFound(MeCloudError):
    pass


class VaultExists(MeCloudError):
    pass


class WrongPassphrase(MeCloudError):
    pass


class BadRecoveryCode(MeCloudError):
    pass


class VaultCorrupt(MeCloudError):
    pass


class WeakKeyDerivation(VaultCorrupt):
    """The header asks for Argon2id settings below our floor: it may have been altered to weaken the passphrase."""


class VaultLocked(MeCloudError):
    pass


class KeychainUnavailable(MeCloudError):
    pass


class ImportFailed(MeCloudError):
    """An export could not be read as a whole (hostile, truncated, unknown)."""


class ImportCancelled(MeCloudError):
    pass


class NothingImported(ImportFailed):
    """The export was read to the end and held no item (a platform chosen by hand for the wrong file):
    no import is recorded, so the platform is not marked up to date."""


class BrandNotFound(MeCloudError):
    pass
