"""One language's Takeout names: a new language is one more `Locale(...)` (locales.py, locales_eu.py)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Locale:
    """Every field but `code` may stay empty where the name is not known; an empty name matches nothing."""

    code: str
    archive_index: str = ""
    # Folders under Takeout/: a language may have several (French "Mon activité", newer "Mon activité chez Google").
    my_activity: tuple[str, ...] = ()
    my_activity_files: tuple[str, ...] = ()  # file stems (split HTML adds "-1", "-2", ...)
    youtube: tuple[str, ...] = ()  # product folders, incl. the pre-2017 "YouTube"
    youtube_history: str = ""  # sub folder with the history files
    watch_history: str = ""  # file stem
    search_history: str = ""  # file stem
    chrome_history: tuple[str, ...] = ()  # file stems under Chrome/
    mail: str = ""  # folder holding the mbox
    mail_file: str = ""  # mbox file stem (Google truncates long names)
    pay_transactions: tuple[str, ...] = ()  # sub folders of "Google Pay" holding transactions_*.csv
    pay_columns: dict[str, str] = field(default_factory=dict)  # logical column -> localized CSV header
    html_labels: dict[str, str] = field(default_factory=dict)  # localized caption label (no colon) -> logical name
    months: tuple[str, ...] = ()  # month names as HTML pages print them, January first
    skipped: dict[str, str] = field(default_factory=dict)  # product folder -> REASONS key
    # The Ads product: its `header`/`products` name and My Activity folder, and the `details` marker of an ad.
    ads_product: tuple[str, ...] = ()
    ads_marker: tuple[str, ...] = ()
    location: tuple[str, ...] = ()  # Location History folder names
    # YouTube watch history as items word it: the `activityControls` name, and a watched video's title with {}
    # for the video ("Watched {}", "{} angesehen"). They name the language when the folder names do not.
    watch_control: str = ""
    watched: str = ""
