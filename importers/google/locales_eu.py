"""Takeout names in the other EU languages Takeout offers (fr, es, it, nl, pl, pt, sv, da, fi, cs, ro, hu, el).

These tables come second: My Activity files are recognised by their content and ad items by their
shape (sniff.py, activity.py) whatever the language. A table adds the language's name to the coverage
report and routes files whose content cannot be sniffed (an empty or truncated file).

Source marks beside each string:
  [V-sample] seen in a real export (formats/README.md §12a names the sample);
  [P] read from another project's Takeout parser: d3i data-donation port script `google.py`
      (`DDP_CATEGORIES` and `base_paths`; found with the code search, file id 13960204576) or the
      YouTube donation scripts listing `kijkgeschiedenis.json` (file id 18005364400);
  [G] Google's own name for the product in that language, from its help pages (support.google.com, the
      address beside the string): Takeout names the My Activity folder as the UI names the product
      (en "My Activity", de "Meine Aktivitäten", fr "Mon activité" all match their help pages);
  [P] _IT_READER: a TypeScript Takeout reader's Italian path table (`ConfigGoogle.pathTranslation`,
      `keyTranslation`, `monthTranslation`; code search index file id 42939288874), read from real Italian
      exports: "<Product>/LeMieAttività.html" per product, ads under "Programmi pubblicitari";
  [P] _REWIND: a YouTube history reader's list of watch-history wordings per language, taken from users' real
      exports (atillaturkmen/youtube-rewind `src/util/supportedLanguages.js` @79506bd: "Hai guardato (.*)",
      "Cronologia delle visualizzazioni di YouTube", …); it notes Portuguese files are worded as English;
  [U] unverified: kept because a wrong name costs nothing (it matches no file) and a right one helps.
      Fixtures of other projects that only guess these names (one says so: "a plausible approximation, not
      verified") were not taken as sources. Issue 23 class 3 (2026-12): of the 10 languages it..el, 8 My
      Activity folder names were checked (sv and hu are not), plus Italian: the file stem, 2 folders, 7 Pay
      headers and 12 months.
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
    watch_control="Historique des vidéos regardées sur YouTube",  # [P] _REWIND
    watched="Vous avez regardé {}",  # [P] _REWIND
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
    watch_control="Historial de reproducciones de YouTube",  # [P] _REWIND
    watched="Has visto {}",  # [P] _REWIND
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
    watch_control="YouTube-kijkgeschiedenis",  # [P] _REWIND
    watched="Je hebt naar {} gekeken",  # [P] _REWIND
)

IT: Final = Locale(
    code="it",
    my_activity="Le mie attività",  # [G] Google's Italian name of My Activity (press guides quoting the UI, e.g.
    # fastweb.it "Google My Activity (Le mie attività in italiano)"); the file stem below confirms it
    my_activity_files=("LeMieAttività", "Le mie attività"),  # [P] _IT_READER: "Ricerca/LeMieAttività.html"
    youtube=("YouTube e YouTube Music",),  # [U]
    ads_product=("Programmi pubblicitari",),  # [P] _IT_READER: "Programmi pubblicitari/LeMieAttività.html" (ads)
    ads_marker=("Da Google Ads",),  # [U]
    pay_transactions=("Transizioni Google",),  # [P] _IT_READER: "Transizioni Google" = "Google transactions"
    # [P] _IT_READER's Google Pay transaction headers and month abbreviations.
    pay_columns={
        "time": "Data e ora",
        "id": "ID transazione",
        "description": "Descrizione",
        "product": "Prodotto",
        "method": "Metodo di pagamento",
        "status": "Stato",
        "amount": "Importo",
    },
    months=("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
    watch_control="Cronologia delle visualizzazioni di YouTube",  # [P] _REWIND
    watched="Hai guardato {}",  # [P] _REWIND
)

PL: Final = Locale(
    code="pl",
    my_activity="Moja aktywność",  # [G] support.google.com/accounts/answer/465?hl=pl: "na stronie Moja aktywność"
    my_activity_files=("MojaAktywność", "Moja aktywność"),  # stem: the folder name without spaces, as in every
    # language with a sourced stem (MyActivity, MeineAktivitäten, MonActivité, LeMieAttività) [U for pl]
    youtube=("YouTube i YouTube Music",),  # [U]
    ads_product=("Reklamy",),  # [U]
    ads_marker=("Z Google Ads",),  # [U]
    watch_control="Historia oglądania w YouTube",  # [P] _REWIND
    watched="Obejrzano: {}",  # [P] _REWIND
)

PT: Final = Locale(
    code="pt",
    my_activity="Minha atividade",  # [G] pt-BR help, support.google.com/websearch/answer/6096136?hl=pt-BR:
    # "Na página Minha atividade"; pt-PT's "A minha atividade" below is [U]
    my_activity_files=("MinhaAtividade", "AMinhaAtividade", "Minha atividade", "A minha atividade"),  # stems [U]
    youtube=("YouTube e YouTube Music",),  # [U] same words as Italian: only My Activity tells them apart
    ads_product=("Anúncios",),  # [U]
    ads_marker=("Do Google Ads",),  # [U]
)

SV: Final = Locale(
    code="sv",
    my_activity="Min aktivitet",  # [U] the same words as Danish (and Norwegian): the YouTube folder tells them apart
    my_activity_files=("MinAktivitet", "Min aktivitet"),  # [U]
    youtube=("YouTube och YouTube Music",),  # [U]
    ads_product=("Annonser",),  # [U]
    ads_marker=("Från Google Ads",),  # [U]
    watch_control="Visningshistorik på YouTube",  # [P] _REWIND
    watched="Tittade på {}",  # [P] _REWIND
)

DA: Final = Locale(
    code="da",
    my_activity="Min aktivitet",  # [G] support.google.com/websearch/answer/465?hl=da: "i Min aktivitet"
    my_activity_files=("MinAktivitet", "Min aktivitet"),  # [U] stem (a Norwegian script reads the same stem:
    # "Takeout/Min aktivitet/Søk/MinAktivitet.html", index file id 35427127262)
    youtube=("YouTube og YouTube Music",),  # [U]
    ads_product=("Annoncer",),  # [U]
    ads_marker=("Fra Google Ads",),  # [U]
    watch_control="Afspilningshistorik på YouTube",  # [P] _REWIND
    watched="Så {}",  # [P] _REWIND
)

FI: Final = Locale(
    code="fi",
    my_activity="Omat tapahtumat",  # [G] support.google.com/accounts/answer/465?hl=fi: "Omissa tapahtumissa"
    # (My Activity, inflected); the same page also says "Omaan toimintaan", so the older "Oma toiminta" stays [U]
    my_activity_files=("OmatTapahtumat", "Omat tapahtumat", "OmaToiminta", "Oma toiminta"),  # stems [U]
    youtube=("YouTube ja YouTube Music",),  # [U]
    ads_product=("Mainokset",),  # [U]
    ads_marker=("Google Adsista",),  # [U]
    watch_control="YouTube-katseluhistoria",  # [P] _REWIND
    watched="{} katsottiin",  # [P] _REWIND
)

CS: Final = Locale(
    code="cs",
    my_activity="Moje aktivita",  # [G] support.google.com/accounts/answer/465?hl=cs: "v sekci Moje aktivita"
    my_activity_files=("MojeAktivita", "Moje aktivita"),  # stems [U]
    youtube=("YouTube a YouTube Music",),  # [U]
    ads_product=("Reklamy",),  # [U] the same word as Polish: My Activity tells them apart
    ads_marker=("Z Google Ads",),  # [U]
    watch_control="Historie sledování YouTube",  # [P] _REWIND
    watched="Zhlédli jste video {}",  # [P] _REWIND
)

RO: Final = Locale(
    code="ro",
    my_activity="Activitatea mea",  # [G] support.google.com/accounts/answer/10549751?hl=ro: "Activitatea mea"
    my_activity_files=("ActivitateaMea", "Activitatea mea"),  # stems [U]
    youtube=("YouTube și YouTube Music",),  # [U]
    ads_product=("Anunțuri",),  # [U]
    ads_marker=("De la Google Ads",),  # [U]
    watch_control="Istoricul vizionărilor YouTube",  # [P] _REWIND
    watched="Ați vizionat {}",  # [P] _REWIND
)

HU: Final = Locale(
    code="hu",
    my_activity="Saját tevékenységek",  # [U]
    my_activity_files=("SajátTevékenységek", "Saját tevékenységek"),  # [U]
    youtube=("YouTube és YouTube Music",),  # [U]
    ads_product=("Hirdetések",),  # [U]
    ads_marker=("A Google Ads szolgáltatásból",),  # [U]
    watch_control="YouTube-os megtekintési előzmények",  # [P] _REWIND
    watched="Megtekintette a következőt: {}",  # [P] _REWIND
)

EL: Final = Locale(
    code="el",
    my_activity="Η δραστηριότητά μου",  # [G] support.google.com/websearch/answer/6096136?hl=el-GR:
    # "Στην ενότητα Η δραστηριότητά μου"
    my_activity_files=("Ηδραστηριότητάμου", "Η δραστηριότητά μου"),  # stems [U]
    youtube=("YouTube και YouTube Music",),  # [U]
    ads_product=("Διαφημίσεις",),  # [U]
    ads_marker=("Από το Google Ads",),  # [U]
    watch_control="Ιστορικό παρακολούθησης YouTube",  # [P] _REWIND
    watched="Παρακολουθήσατε το βίντεο {}",  # [P] _REWIND
)

EU_LOCALES: Final = (FR, ES, NL, IT, PL, PT, SV, DA, FI, CS, RO, HU, EL)
