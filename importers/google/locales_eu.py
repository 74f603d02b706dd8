"""Takeout names in the other EU languages Takeout offers (fr, es, it, nl, pl, pt, sv, da, fi, cs, ro, hu, el).

These tables come second: My Activity files are recognised by their content and ad items by their
shape (sniff.py, activity.py) whatever the language. A table adds the language's name to the coverage
report and routes files whose content cannot be sniffed (an empty or truncated file).

Source marks beside each string:
  [V-sample] seen in a real export (formats/README.md §12a names the sample);
  [P] read from another project's Takeout parser: d3i data-donation port script `google.py`
      (`DDP_CATEGORIES` and `base_paths`; found with the code search, file id 13960204576) or the
      YouTube donation scripts listing `kijkgeschiedenis.json` (file id 18005364400);
  [U] unverified: Google's own UI wording for "My Activity", "YouTube and YouTube Music", "Ads" in that
      language, kept because a wrong name costs nothing (it matches no file) and a right one helps.
"""

from __future__ import annotations

from typing import Final

from importers.google.locale_record import Locale

FR: Final = Locale(
    code="fr",
    archive_index="archive_browser.html",  # [V-sample] §12a: as in English, so it says nothing about the language
    my_activity="Mon activité",  # [V-sample] §12a
    my_activity_files=("MonActivité", "Mon activité"),  # [V-sample] §12a "MonActivité.json"; spaced form [U]
    youtube=("YouTube et YouTube Music",),  # [U]
    youtube_history="historique",  # [U]
    ads_product=("Solutions publicitaires",),  # [V-sample] §12a: header, products and folder
    ads_marker=("Des annonces Google",),  # [V-sample] §12a: details [{"name": "Des annonces Google"}]
    location=("Historique des positions",),  # [V-sample] §12a
    # HTML My Activity: [U] captions as Google's French UI words them; months are CLDR's French abbreviations
    # (the dot dropped: the parser strips it), as Takeout's HTML pages print dates ("2 mars 2022, 14:03:11 UTC").
    html_labels={"Produits": "products", "Détails": "details", "Lieux": "locations"},
    months=("janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"),
)

ES: Final = Locale(
    code="es",
    my_activity="Mi actividad",  # [P] d3i google.py base_paths "Takeout/Mi actividad/…"
    my_activity_files=("MiActividad", "Mi actividad"),  # [P] d3i google.py DDP_CATEGORIES json_es
    youtube=("YouTube y YouTube Music",),  # [V-sample] formats/README.md §1.2 (what-if YT_public_test_file.zip)
    youtube_history="historial",  # [V-sample] §1.2
    watch_history="historial-de-reproducciones",  # [V-sample] §1.2
    search_history="historial-de-búsqueda",  # [V-sample] §1.2
    ads_product=("Publicidad",),  # [P] d3i google.py base_paths "Takeout/Mi actividad/Publicidad/"
    ads_marker=("De Google Ads",),  # [U]
    html_labels={"Productos": "products", "Detalles": "details", "Ubicaciones": "locations"},  # [U]
    months=("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),  # [U] CLDR es
)

NL: Final = Locale(
    code="nl",
    my_activity="Mijn activiteit",  # [P] d3i google.py base_paths "Takeout/Mijn activiteit/…"
    my_activity_files=("Mijnactiviteit", "Mijn activiteit"),  # [P] d3i google.py DDP_CATEGORIES json_nl
    youtube=("YouTube en YouTube Music",),  # [P] d3i google.py base_paths "Takeout/YouTube en YouTube Music/…"
    youtube_history="geschiedenis",  # [U]
    watch_history="kijkgeschiedenis",  # [P] d3i YouTube scripts: "kijkgeschiedenis.json"
    search_history="zoekgeschiedenis",  # [P] d3i YouTube scripts: "zoekgeschiedenis.json"
    ads_product=("Advertenties",),  # [P] d3i google.py base_paths "Takeout/Mijn activiteit/Advertenties/"
    ads_marker=("Van Google Ads",),  # [U]
)

IT: Final = Locale(
    code="it",
    my_activity="Le mie attività",  # [U]
    my_activity_files=("LeMieAttività", "Le mie attività"),  # [U]
    youtube=("YouTube e YouTube Music",),  # [U]
    ads_product=("Annunci",),  # [U]
    ads_marker=("Da Google Ads",),  # [U]
)

PL: Final = Locale(
    code="pl",
    my_activity="Moja aktywność",  # [U]
    my_activity_files=("MojaAktywność", "Moja aktywność"),  # [U]
    youtube=("YouTube i YouTube Music",),  # [U]
    ads_product=("Reklamy",),  # [U]
    ads_marker=("Z Google Ads",),  # [U]
)

PT: Final = Locale(
    code="pt",
    my_activity="A minha atividade",  # [U] pt-PT ("Minha atividade" in pt-BR, below)
    my_activity_files=("AMinhaAtividade", "MinhaAtividade", "A minha atividade", "Minha atividade"),  # [U]
    youtube=("YouTube e YouTube Music",),  # [U] same words as Italian: only My Activity tells them apart
    ads_product=("Anúncios",),  # [U]
    ads_marker=("Do Google Ads",),  # [U]
)

SV: Final = Locale(
    code="sv",
    my_activity="Min aktivitet",  # [U] the same words as Danish: the YouTube folder tells them apart
    my_activity_files=("MinAktivitet", "Min aktivitet"),  # [U]
    youtube=("YouTube och YouTube Music",),  # [U]
    ads_product=("Annonser",),  # [U]
    ads_marker=("Från Google Ads",),  # [U]
)

DA: Final = Locale(
    code="da",
    my_activity="Min aktivitet",  # [U]
    my_activity_files=("MinAktivitet", "Min aktivitet"),  # [U]
    youtube=("YouTube og YouTube Music",),  # [U]
    ads_product=("Annoncer",),  # [U]
    ads_marker=("Fra Google Ads",),  # [U]
)

FI: Final = Locale(
    code="fi",
    my_activity="Oma toiminta",  # [U]
    my_activity_files=("OmaToiminta", "Oma toiminta"),  # [U]
    youtube=("YouTube ja YouTube Music",),  # [U]
    ads_product=("Mainokset",),  # [U]
    ads_marker=("Google Adsista",),  # [U]
)

CS: Final = Locale(
    code="cs",
    my_activity="Moje aktivita",  # [U]
    my_activity_files=("MojeAktivita", "Moje aktivita"),  # [U]
    youtube=("YouTube a YouTube Music",),  # [U]
    ads_product=("Reklamy",),  # [U] the same word as Polish: My Activity tells them apart
    ads_marker=("Z Google Ads",),  # [U]
)

RO: Final = Locale(
    code="ro",
    my_activity="Activitatea mea",  # [U]
    my_activity_files=("ActivitateaMea", "Activitatea mea"),  # [U]
    youtube=("YouTube și YouTube Music",),  # [U]
    ads_product=("Anunțuri",),  # [U]
    ads_marker=("De la Google Ads",),  # [U]
)

HU: Final = Locale(
    code="hu",
    my_activity="Saját tevékenységek",  # [U]
    my_activity_files=("SajátTevékenységek", "Saját tevékenységek"),  # [U]
    youtube=("YouTube és YouTube Music",),  # [U]
    ads_product=("Hirdetések",),  # [U]
    ads_marker=("A Google Ads szolgáltatásból",),  # [U]
)

EL: Final = Locale(
    code="el",
    my_activity="Η δραστηριότητά μου",  # [U]
    my_activity_files=("Ηδραστηριότητάμου", "Η δραστηριότητά μου"),  # [U]
    youtube=("YouTube και YouTube Music",),  # [U]
    ads_product=("Διαφημίσεις",),  # [U]
    ads_marker=("Από το Google Ads",),  # [U]
)

EU_LOCALES: Final = (FR, ES, NL, IT, PL, PT, SV, DA, FI, CS, RO, HU, EL)
