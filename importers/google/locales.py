"""Localized Google Takeout names in one table: a new language is one more `Locale(...)` entry.

Only names are localized (folders, files, CSV headers, HTML labels, month names); JSON keys are
not. Sources: formats/README.md §1.2, google_takeout_parser `locales/en.py` and `locales/de.py`;
the other EU languages are in locales_eu.py. _REWIND: atillaturkmen/youtube-rewind
`src/util/supportedLanguages.js` @79506bd, the watch-history wording of real exports per language.
Only sourced names are listed (locales_eu.py's header says why the importer needs no guesses, and records what was
searched); a field with no source stays empty.
"""

from __future__ import annotations

from typing import Final

from importers.google.locale_record import Locale
from importers.google.locales_eu import EU_LOCALES
from vault.errors import message

# Why a known folder is skipped; the coverage report shows the reason to the person.
REASONS: Final = {
    "index": message("skip.google_index"),
    "takeout": message("skip.google_takeout"),
    "media": message("skip.google_media"),
    "documents": message("skip.google_documents"),
    "contacts": message("skip.google_contacts"),
    "settings": message("skip.google_settings"),
    "fitness": message("skip.google_fitness"),
    "youtube_other": message("skip.google_youtube_other"),
    "chrome_other": message("skip.google_chrome_other"),
    "location_other": message("skip.google_location_other"),
    "pay_other": message("skip.google_pay_other"),
    "play_other": message("skip.google_play_other"),
    "maps_other": message("skip.google_maps_other"),
    "activity_media": message("skip.google_activity_media"),
    "other_product": message("skip.google_other_product"),
}


EN: Final = Locale(
    code="en",
    archive_index="archive_browser.html",
    my_activity=("My Activity",),
    my_activity_files=("MyActivity", "My Activity"),
    youtube=("YouTube and YouTube Music", "YouTube"),
    youtube_history="history",
    watch_history="watch-history",
    search_history="search-history",
    chrome_history=("BrowserHistory", "History"),
    mail="Mail",
    mail_file="All mail Including Spam and Trash",
    pay_transactions=("Google transactions",),
    pay_columns={
        "time": "Time",
        "id": "Transaction ID",
        "description": "Description",
        "product": "Product",
        "method": "Payment Method",
        "status": "Status",
        "amount": "Amount",
    },
    html_labels={"Products": "products", "Details": "details", "Locations": "locations"},
    ads_product=("Ads",),  # google_takeout_parser tests/testdata/RecentTakeout "My Activity/Ads/"
    ads_marker=("From Google Ads",),  # formats/README.md §1.4 [V-code], google_takeout_parser test_json.py
    months=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    skipped={
        "Access Log Activity": "settings",
        "Android Device Configuration Service": "settings",
        "Assistant Notes and Lists": "documents",
        "Blogger": "documents",
        "Business Messages": "documents",
        "Calendar": "contacts",
        "Classroom": "documents",
        "Cloud Print": "documents",
        "Contacts": "contacts",
        "Discover": "other_product",
        "Drive": "documents",
        "Fit": "fitness",
        "Google Account": "settings",
        "Google Business Profile": "other_product",
        "Google Chat": "documents",
        "Google Developers": "other_product",
        "Google Fit": "fitness",
        "Google Help Communities": "documents",
        "Google My Business": "other_product",
        "Google Photos": "media",
        "Google Play Books": "media",
        "Google Play Games Services": "other_product",
        "Google Play Movies & TV": "media",
        "Google Shopping": "other_product",
        "Google Store": "other_product",
        "Google Translator Toolkit": "documents",
        "Google Workspace Marketplace": "other_product",
        "Groups": "documents",
        "Hangouts": "documents",
        "Home App": "settings",
        "Keep": "documents",
        "Maps": "maps_other",
        "Maps (your places)": "maps_other",
        "My Maps": "maps_other",
        "News": "other_product",
        "Profile": "settings",
        "Saved": "maps_other",
        "Search Contributions": "maps_other",
        "Shopping Lists": "documents",
        "Tasks": "documents",
        "Voice": "documents",
    },
    watch_control="YouTube watch history",  # [P] _REWIND
    watched="Watched {}",  # [P] _REWIND
)

DE: Final = Locale(
    code="de",
    archive_index="Archiv_Übersicht.html",
    my_activity=("Meine Aktivitäten",),
    my_activity_files=("MeineAktivitäten", "Meine Aktivitäten"),
    youtube=("YouTube und YouTube Music",),
    youtube_history="Verlauf",
    watch_history="Wiedergabeverlauf",
    search_history="Suchverlauf",
    chrome_history=("Verlauf",),
    mail="Gmail",
    mail_file="Alle E-Mails einschließlich Spam-Nachrichten und E",
    pay_transactions=("Transaktionen bei Google Play",),
    # No Pay CSV headers, caption labels or ads marker: none sourced (the guesses "Uhrzeit", "Beschreibung", …,
    # "Produkte", "Standorte", "Von Google Ads" and the folder "Werbung" were taken out). Pay columns are then
    # read by their content (purchases.py), captions and the marker by their shape (activity_html.py, activity.py).
    # "Meine Aktivitäten/Anzeigen/": d3i data-donation port script google.py (base_paths "Advertentie Data") [P]
    ads_product=("Anzeigen",),
    months=("Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sept", "Okt", "Nov", "Dez"),
    skipped={
        "Android-Gerätekonfigurationsdienst": "settings",
        "Aufgaben": "documents",
        "Business Messages": "documents",
        "Classroom": "documents",
        "Discover": "other_product",
        "Drive": "documents",
        "Gespeichert": "maps_other",
        "Google Chat": "documents",
        "Google Developers": "other_product",
        "Google Finanzen": "other_product",
        "Google Fit": "fitness",
        "Google Fotos": "media",
        "Google Kontakte": "contacts",
        "Google News": "other_product",
        "Google Play": "other_product",
        "Google Play Bücher": "media",
        "Google Play Filme _ Serien": "media",
        "Google Play-Spieldienste": "other_product",
        "Google Shopping": "other_product",
        "Google Unternehmensprofil": "other_product",
        "Google Workspace Marketplace": "other_product",
        "Google-Hilfe-Communities": "documents",
        "Google-Konto": "settings",
        "Groups": "documents",
        "Home App": "settings",
        "Kalender": "contacts",
        "Maps": "maps_other",
        "Maps (Meine Orte)": "maps_other",
        "Profil": "settings",
        "Search Contributions": "maps_other",
        "Zugriffsprotokollaktivitäten": "settings",
    },
    watch_control="YouTube-Wiedergabeverlauf",  # [P] _REWIND
    watched="{} angesehen",  # [P] _REWIND
)

LOCALES: Final = (EN, DE, *EU_LOCALES)
__all__ = ["DE", "EN", "LOCALES", "REASONS", "Locale"]

# Names Google does not translate (same in every language seen so far).
CHROME: Final = "Chrome"
# "Standortverlauf" (de) and the localized Records file names: an ETH Zürich study's helper reading its
# participants' exports ("Standortverlauf/Standortverlauf.json", "Historique des positions/Historique des
# positions.json"; code-index file id 15979310293); Polish: locales_eu.py _PL. A records file under another
# name is still read: its content is sniffed (sniff.py).
LOCATION: Final = ("Location History", "Location History (Timeline)", "Standortverlauf")
SEMANTIC_LOCATION: Final = "Semantic Location History"
LOCATION_RECORDS: Final = (
    "Records.json",
    "Location History.json",
    "LocationHistory.json",
    "Standortverlauf.json",
    "Historique des positions.json",
    "Historia lokalizacji.json",
)
PAY: Final = "Google Pay"
PLAY_STORE: Final = "Google Play Store"
PLAY_INSTALLS: Final = "Installs.json"
PLAY_PURCHASES: Final = ("Purchase History.json", "Order History.json")
TAKEOUT_FOLDER: Final = "Takeout"
# Standalone on-device Timeline exports (Android "Timeline.json", iOS "location-history.json").
TIMELINE_FILES: Final = ("Timeline.json", "location-history.json")
