"""The coverage report's texts of the core (record issues, notes, skip reasons) in the app's language: the
templates that ui/desktop/core_messages.py adds to its own, kept apart so neither module grows past one screenful."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # the name lupdate looks for: keep the literal ("CoreMessages", "...") calls


def report_templates() -> dict[str, str]:
    """Record issues, notes and skip reasons by message id, in the current language (built on each call)."""
    return {
        "issue.entry_not_object": translate("CoreMessages", "an entry that is not an object"),
        "issue.entry_without_identity": translate("CoreMessages", "an entry without the fields that identify it"),
        "issue.personalization_entry_not_object": translate(
            "CoreMessages", "a personalization entry that is not an object"
        ),
        "issue.entry_without_name_in": translate("CoreMessages", "{source}: an entry without a name"),
        "issue.advertiser_without_handle": translate("CoreMessages", "{source}: an advertiser without a handle"),
        "issue.ad_record_without_advertiser": translate("CoreMessages", "an ad record without an advertiser"),
        "issue.ad_batch_layout": translate(
            "CoreMessages", "a batch without ad.adsUserData.{section}: layout not understood"
        ),
        "issue.too_many_fields": translate("CoreMessages", "{where}: over {limit} fields; the rest left out"),
        "issue.empty_record_in": translate("CoreMessages", "{where}: a record with nothing in it"),
        "issue.expected_object_found": translate("CoreMessages", "{where}: expected an object, found {found}"),
        "issue.entry_without_name_value": translate("CoreMessages", "an entry without a name: '{text}'"),
        "issue.order_line_without_id": translate("CoreMessages", "row {row}: an order line without an order id"),
        "issue.digital_order_without_title_id": translate(
            "CoreMessages", "row {row}: a digital order without title or order id"
        ),
        "issue.history_entry_unreadable_time": translate(
            "CoreMessages", "a history entry with an unreadable time '{text}'"
        ),
        "issue.unreadable_time": translate("CoreMessages", "unreadable time '{text}'"),
        "issue.transaction_unreadable_time": translate(
            "CoreMessages", "a transaction with an unreadable time '{text}'"
        ),
        "issue.times_not_understood_one": translate(
            "CoreMessages", "1 time written for people not understood (e.g. '{text}'): those items have no time"
        ),
        "issue.times_not_understood": translate(
            "CoreMessages", "{count} times written for people not understood (e.g. '{text}'): those items have no time"
        ),
        "issue.section_entry_without_advertiser": translate(
            "CoreMessages", "{section}: an entry without an advertiser"
        ),
        "issue.inference_not_text": translate("CoreMessages", "an inference that is not text: '{text}'"),
        "issue.section_entry_not_object": translate("CoreMessages", "{section}: an entry that is not an object"),
        "issue.empty_label": translate("CoreMessages", "an empty entry ({noun})"),
        "noun.ad_interest": translate("CoreMessages", "ad interest"),
        "noun.reach_category": translate("CoreMessages", "category used to reach you"),
        "noun.topic": translate("CoreMessages", "topic"),
        "issue.mail_headers_unreadable": translate("CoreMessages", "unreadable headers ({kind})"),
        "issue.mail_headers_broken": translate("CoreMessages", "broken headers: {fields}"),
        "issue.mail_without_from": translate("CoreMessages", "a message without From"),
        "issue.mail_from_without_address": translate("CoreMessages", "a From without a mail address"),
        "issue.mail_unreadable_date": translate("CoreMessages", "unreadable Date '{text}'"),
        "issue.mail_leading_data": translate("CoreMessages", "data before the first message was ignored"),
        "issue.mail_headers_too_large": translate(
            "CoreMessages", "{count} message(s) with headers too large to be mail were skipped"
        ),
        "issue.html_unknown_date": translate(
            "CoreMessages", "a date Me-Cloud cannot read (unexpected language or format): '{text}'"
        ),
        "issue.html_page_missing": translate("CoreMessages", "the page for '{name}' is missing from the export"),
        "note.mail_no_authentication": translate(
            "CoreMessages",
            "{absent} of {judged} messages from organisations carry no Authentication-Results header of the "
            "receiving server (older mail or another provider): their senders were taken from the From address, "
            "unchecked, as before",
        ),
        "note.mail_authentication_unreadable_one": translate(
            "CoreMessages",
            "1 message with an Authentication-Results header that could not be read: its sender was taken from "
            "the From address without a check",
        ),
        "note.mail_authentication_unreadable": translate(
            "CoreMessages",
            "{count} messages with an Authentication-Results header that could not be read: their senders were "
            "taken from the From address without a check",
        ),
        "note.mail_unverified_one": translate(
            "CoreMessages",
            "1 message that did not authenticate as the domain in its From address (no aligned DKIM, SPF or DMARC"
            " pass): kept as unverified mail that names no brand",
        ),
        "note.mail_unverified": translate(
            "CoreMessages",
            "{count} messages that did not authenticate as the domain in their From address (no aligned DKIM, SPF"
            " or DMARC pass): kept as unverified mail that names no brand",
        ),
        "note.unknown_time_zone": translate("CoreMessages", "unknown time zone '{zone}': times read as UTC"),
        "note.html_zone_guess": translate(
            "CoreMessages",
            "times in the HTML export carry no time zone; read as UTC (a guess: may be off by an hour around DST "
            "changes)",
        ),
        "note.html_zone_guess_offset": translate(
            "CoreMessages",
            "times in the HTML export carry no time zone; read as UTC{offset} from the page header (a guess: may "
            "be off by an hour around DST changes)",
        ),
        "skip.media_x": translate("CoreMessages", "media files (your photos and videos); not imported"),
        "skip.x_viewer": translate("CoreMessages", "X's archive viewer (HTML and scripts)"),
        "skip.x_readme": translate("CoreMessages", "X's own description of the files"),
        "skip.not_x_data": translate("CoreMessages", "a script that is not X data"),
        "skip.document_or_media": translate("CoreMessages", "a document or media file; not parsed"),
        "skip.linkedin_article_html": translate("CoreMessages", "article text as a web page; not parsed"),
        "skip.document": translate("CoreMessages", "a document; not parsed"),
        "skip.snapchat_html_copy": translate("CoreMessages", "the HTML copy of the JSON files"),
        "skip.snapchat_html_index": translate("CoreMessages", "the table of contents of the HTML pages"),
        "skip.photos_videos": translate("CoreMessages", "photos and videos; not imported"),
        "skip.meta_media": translate("CoreMessages", "photo, video or audio file: not imported"),
        "skip.message_attachment": translate("CoreMessages", "message attachment: not imported"),
        "skip.spotify_technical_log": translate("CoreMessages", "technical log (app and device events); not parsed"),
        "skip.spotify_readme": translate("CoreMessages", "Spotify's explanation of the files"),
        "skip.meta_page_styling": translate("CoreMessages", "page styling: not data"),
        "skip.meta_html_copy": translate("CoreMessages", "HTML copy of a file read in its JSON version"),
        "skip.meta_off_meta_page": translate(
            "CoreMessages", "one business's page of off-Meta activity: read through the index page that links to it"
        ),
        "skip.meta_contents": translate("CoreMessages", "the export's table of contents"),
        "skip.google_index": translate("CoreMessages", "index page of the archive"),
        "skip.google_takeout": translate("CoreMessages", "the log of your own Takeout requests"),
        "skip.google_media": translate("CoreMessages", "photos, videos or recordings: nothing about brands"),
        "skip.google_documents": translate(
            "CoreMessages", "your own documents, mail settings or notes: nothing about brands"
        ),
        "skip.google_contacts": translate("CoreMessages", "your contacts and calendar: people, not brands"),
        "skip.google_settings": translate("CoreMessages", "account and device settings"),
        "skip.google_fitness": translate("CoreMessages", "fitness and health data: not imported"),
        "skip.google_youtube_other": translate(
            "CoreMessages", "YouTube subscriptions, playlists, comments and uploads: not imported"
        ),
        "skip.google_chrome_other": translate(
            "CoreMessages", "Chrome bookmarks, extensions and settings: not imported"
        ),
        "skip.google_location_other": translate("CoreMessages", "location settings and deleted places"),
        "skip.google_pay_other": translate("CoreMessages", "money sends between people and passes: no brand data"),
        "skip.google_play_other": translate("CoreMessages", "Play Store devices, reviews and library: not imported"),
        "skip.google_maps_other": translate("CoreMessages", "saved places and map edits: not imported"),
        "skip.google_activity_media": translate(
            "CoreMessages", "voice recordings attached to My Activity: not imported"
        ),
        "skip.google_other_product": translate("CoreMessages", "a Google product with nothing about brands"),
        "file.bad_text": translate("CoreMessages", "not valid {encoding} text ({reason})"),
        "json.no_ytd_assignment": translate(
            "CoreMessages", "does not start with the expected `window.YTD.<name> = ` assignment"
        ),
        "json.text_too_large": translate("CoreMessages", "a text value is larger than {limit_bytes}"),
        "json.token_too_long": translate("CoreMessages", "a number or word is longer than {limit_bytes}"),
        "json.too_deep": translate("CoreMessages", "JSON nested deeper than {depth} levels"),
        "json.entry_too_large": translate("CoreMessages", "one entry is larger than {limit_bytes}"),
        "encoding.named": translate("CoreMessages", "{name}"),
        "encoding.with_bom": translate("CoreMessages", "{name} with BOM"),
        "encoding.no_bom": translate("CoreMessages", "{name} (no BOM)"),
        "encoding.detected": translate("CoreMessages", "{name} (detected)"),
        "encoding.tab_separated": translate("CoreMessages", "{encoding}, tab-separated"),
        "encoding.semicolon_separated": translate("CoreMessages", "{encoding}, semicolon-separated"),
        "encoding.bar_separated": translate("CoreMessages", "{encoding}, |-separated"),
    }
