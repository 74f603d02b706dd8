"""Takeout names in the other EU languages Takeout offers (fr, es, it, nl, pl, pt, sv, da, fi, cs, ro, hu, el).

These tables come second: My Activity files are recognised by their content and ad items by their
shape (sniff.py, activity.py) whatever the language. A table adds the language's name to the coverage
report and routes files whose content cannot be sniffed (an empty or truncated file).

Source marks beside each string:
  [V-sample] seen in a real export (formats/README.md §12a names the sample);
  [G] Google's own name for the product in that language, from its help pages (support.google.com, the
      address beside the string): Takeout names the My Activity folder as the UI names the product
      (en "My Activity", de "Meine Aktivitäten", fr "Mon activité" all match their help pages);
  [P] read from another project's code that works on real exports. "File id" is the id of the file in the
      public-code index these were found with (its read_file id), for files whose repository the index
      does not name. Kept apart from fixtures that only guess: one Danish generator says its names are "a
      plausible approximation, not verified", a Kotlin test lists Spanish under "YouTube e YouTube Music/
      historial"; neither was taken as a source.
    d3i: the d3i data-donation port script `google.py` (`DDP_CATEGORIES`, `base_paths`; file id 13960204576),
      its YouTube scripts listing `kijkgeschiedenis.json` (file id 18005364400) and the Dutch path table
      "YouTube en YouTube Music/geschiedenis/kijkgeschiedenis" of a later port whose en/nl/de/es/ar/tr/zh
      tables were checked against real exports in August 2026 (file id 63183669553; it also confirms
      "Mi actividad/Publicidad/MiActividad" for es-ES and that a Dutch export may keep "MyActivity" as file name);
    _IT_READER: a TypeScript Takeout reader's Italian path table (`ConfigGoogle.pathTranslation`,
      `keyTranslation`, `monthTranslation`; file id 42939288874), read from real Italian exports:
      "<Product>/LeMieAttività.html" per product, ads under "Programmi pubblicitari";
    _IT_YT: an Italian watch-history app whose README lists its author's real files ("sorry, it's in
      Italian": "YouTube e YouTube Music/cronologia/cronologia visualizzazioni.json", "cronologia delle
      ricerche.json"; file id 23298928288) and one whose notes test against a local real export in
      "../Takeout/YouTube e YouTube Music/cronologia/" (file id 63474957233);
    _REWIND: a YouTube history reader's list of watch-history wordings per language, taken from users' real
      exports (atillaturkmen/youtube-rewind `src/util/supportedLanguages.js` @79506bd: "Hai guardato (.*)",
      "Cronologia delle visualizzazioni di YouTube", …); it notes Portuguese files are worded as English;
    _FR_YT: French scripts over their authors' exports: "YouTube et YouTube Music/historique/watch-history.html"
      and ".../Historique des recherches.html" (file id 62725890437; the MyDigitalTwin parser, file id
      62850788275, also: French month names, "Maps (vos adresses)/", and a newer My Activity folder "Mon activité
      chez Google" with U+00A0 in product names such as "Applications<U+00A0>Gemini"; no-break spaces read as
      plain ones, spaces.py); the product name as Takeout's French page lists it
      (florentpergoud/youtube-history-stats-parser `README.md`);
    _ES_419: a Spanish generator whose Latin American entry is "copiado de un Takeout real (sep 2026)":
      "YouTube y YouTube<U+00A0>Music", ads marked "De los anuncios de Google" (file id 71512937804); a
      Chilean fixture modelled on its author's export (it notes the real names' U+00A0): caption
      "Productos:", "Historial de ubicaciones/", dates "22 sept 2026" (file id 68965155638);
    _PT_BR: a pt-BR watch-history script over its author's export "YouTube e YouTube Music/histórico/
      histórico-de-visualização.html": captions "Produtos"/"Detalhes", ads found by "From Google Ads",
      months "set." … (file id 49475819582);
    _PL: a Polish parser and probe of its author's export: "Moja aktywność/<Produkt>/Moja_aktywność.html",
      caption "Produkty:", months "sty", "lut", … (file ids 56659444287, 56110460278, README 56338485343); three
      students' exports read as "Moja_aktywność.json" (kozaka93/2024Z-DataVisualizationTechniques
      `projects/project2/Jankowska_Hallak_Dzeranhouskaya/kody/Hallak_Jankowska_Dzeranhouskaya.R`); an older
      app reading "Moja aktywność/Głos i dźwięk" and "Historia lokalizacji/Historia lokalizacji.json" (file id
      43005436955); real local paths ".../takeout-20210530T181822Z-001/Takeout/YouTube i YouTube Music/…"
      (file id 1851290056) and ".../Takeout 3/YouTube i YouTube Music/historia/…" (file id 48940582291);
    _SV: a Gemini importer's regression test that "locks in the 2026-07-05 live findings" of a Swedish export:
      "Takeout/Min aktivitet/Gemini-appar/MinAktivitet.html", caption "Produkter:", "4 juli 2026 09:15:00 CEST"
      (file id 58708343666); a script over its author's export "Takeout/YouTube och YouTube Music/historik/
      visningshistorik.html" (file id 69467873963);
    _HU: a Hungarian Takeout dashboard over its author's export: "Helyelőzmények (idővonal)/Records.json",
      "YouTube és YouTube Music/előzmények/megtekintési előzmények.html", month names (file id 31333797090);
    _EL: a Gemini importer set up on its author's Greek export: "Google/Η δραστηριότητά μου/Εφαρμογές Gemini/
      MyActivity.json", with "Ηδραστηριότητάμου.json" as the Greek file name variant (file id 52287408088;
      its README, file id 52356906719: "Or in Greek: Takeout/Η δραστηριότητά μου/…/Ηδραστηριότητάμου.json");
    _CS: a Czech app's docstring naming the Takeout path "YouTube a YouTube Music" › "historie" (its file
      name is hedged, "třeba"; file id 71370265217);
    _FI: a data-donation app whose other readers are Finnish firms' exports (Helsingin Sanomat, Gigantti,
      Finnair); its Google reader globs My Activity files as "…/+(MyActivity|My Activity|MonActivité|Mon
      Activité|OmatTapahtumat|Omat Tapahtumat).json" (hestiaAI/hestialabs-experiences
      `packages/google/src/index.ts` @1ad1542);
    _PT_BR2: a pt-BR Takeout importer's integration test written after its author's current export (it keeps
      Takeout's own odd names, "Atividade do Registro de acesso/Atividades_ conta.csv", "Transações no Google
      Pay"): "Minha atividade/Search/Minhaatividade.html", "Minha atividade/Google Lens/MinhaAtividade.json"
      (file id 56906770255; the router drops spaces and folds case, so both stems read as one);
  [CLDR] the Unicode Common Locale Data Repository, whose month abbreviations Google's date formatting
      prints; cited by file, commit and field.

Unsourced guesses are left out on purpose: a guess among sourced names would read as one of them, so a name with no
source is not listed and such a field stays empty (it matches nothing). The importer reads those things by shape
instead: ads by one `details` entry naming Google or an ad-click link (activity.py), HTML captions whose Products
label is unknown by their sections' shape (activity_html.py), My Activity files by content or by being named as
their folder (paths.py), YouTube folders as "YouTube <and> YouTube Music", Pay CSVs by their columns' content
(purchases.py), the language by its My Activity folder or the items' YouTube wording (content_language.py). Only a
google.com/url link without the ads marker needs a name: it is an ad click only under a sourced Ads folder.
tests/importers/real/test_unsourced_names.py imports each such language with the guesses it used to need.
Searched (issue 23, 2026-12) for each guess taken out: public code, web pages, issues, help pages; no real export.
"""

from __future__ import annotations

from typing import Final

from importers.google.locale_record import Locale

FR: Final = Locale(
    code="fr",
    archive_index="archive_browser.html",  # [V-sample] §12a: as in English, so it says nothing about the language
    # [V-sample] §12a; a newer export's "Mon activité chez Google" [P] _FR_YT (the MyDigitalTwin parser)
    my_activity=("Mon activité", "Mon activité chez Google"),
    my_activity_files=("MonActivité",),  # [V-sample] §12a "MonActivité.json" (the router drops spaces: paths.py)
    youtube=("YouTube et YouTube Music",),  # [P] _FR_YT
    youtube_history="historique",  # [P] _FR_YT ("…/historique/watch-history.html": the file keeps its English name)
    search_history="Historique des recherches",  # [P] _FR_YT
    ads_product=("Solutions publicitaires",),  # [V-sample] §12a: header, products and folder
    ads_marker=("Des annonces Google",),  # [V-sample] §12a: details [{"name": "Des annonces Google"}]
    location=("Historique des positions",),  # [V-sample] §12a
    skipped={"Maps (vos adresses)": "maps_other"},  # [P] _FR_YT ("Maps (vos adresses)/Adresses enregistrées.json")
    # No caption labels: none sourced (HTML captions are read by shape, activity_html.py). Months [P] _FR_YT (the
    # MyDigitalTwin parser's month map, dates "15 janv. 2024, 14:32:05 UTC+1"; the dot dropped: the parser strips it).
    months=("janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"),
    watch_control="Historique des vidéos regardées sur YouTube",  # [P] _REWIND
    watched="Vous avez regardé {}",  # [P] _REWIND
)

ES: Final = Locale(
    code="es",
    my_activity=("Mi actividad",),  # [P] d3i google.py base_paths "Takeout/Mi actividad/…"
    my_activity_files=("MiActividad", "Mi actividad"),  # [P] d3i google.py DDP_CATEGORIES json_es
    # [V-sample] formats/README.md §1.2 (what-if YT_public_test_file.zip); the Latin American export writes
    # a no-break space before "Music" [P] _ES_419 ("YouTube y YouTube\u00a0Music": read as this name, spaces.py)
    youtube=("YouTube y YouTube Music",),
    youtube_history="historial",  # [V-sample] §1.2
    watch_history="historial-de-reproducciones",  # [V-sample] §1.2
    search_history="historial-de-búsqueda",  # [V-sample] §1.2
    ads_product=("Publicidad",),  # [P] d3i google.py base_paths "Takeout/Mi actividad/Publicidad/"
    # [P] _ES_419 (a Latin American export; the earlier guess "De Google Ads" was dropped: the real
    # markers seen translate "Google's ads", as French "Des annonces Google" does)
    ads_marker=("De los anuncios de Google",),
    location=("Historial de ubicaciones",),  # [P] _ES_419 (the Chilean fixture)
    html_labels={"Productos": "products"},  # [P] _ES_419 (the Chilean fixture)
    # [CLDR] es, gregorian months format abbreviated (unicode-org/cldr `common/main/es.xml` @0061e3b: "ene.", "feb.",
    # "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."; the dot dropped, as
    # html_time.py reads them); "mar" and "sept" also [P] _ES_419 (the Chilean fixture's dates)
    months=("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
    watch_control="Historial de reproducciones de YouTube",  # [P] _REWIND
    watched="Has visto {}",  # [P] _REWIND
)

NL: Final = Locale(
    code="nl",
    my_activity=("Mijn activiteit",),  # [P] d3i google.py base_paths "Takeout/Mijn activiteit/…"
    my_activity_files=("Mijnactiviteit", "Mijn activiteit"),  # [P] d3i google.py DDP_CATEGORIES json_nl
    youtube=("YouTube en YouTube Music",),  # [P] d3i google.py base_paths "Takeout/YouTube en YouTube Music/…"
    youtube_history="geschiedenis",  # [P] d3i Dutch path table "…/geschiedenis/kijkgeschiedenis"
    watch_history="kijkgeschiedenis",  # [P] d3i YouTube scripts: "kijkgeschiedenis.json"
    search_history="zoekgeschiedenis",  # [P] d3i YouTube scripts: "zoekgeschiedenis.json"
    ads_product=("Advertenties",),  # [P] d3i google.py base_paths "Takeout/Mijn activiteit/Advertenties/"
    watch_control="YouTube-kijkgeschiedenis",  # [P] _REWIND
    watched="Je hebt naar {} gekeken",  # [P] _REWIND
)

IT: Final = Locale(
    code="it",
    my_activity=("Le mie attività",),  # [G] Google's Italian name of My Activity (press guides quoting the UI, e.g.
    # fastweb.it "Google My Activity (Le mie attività in italiano)"); the file stem below confirms it
    my_activity_files=("LeMieAttività", "Le mie attività"),  # [P] _IT_READER: "Ricerca/LeMieAttività.html"
    youtube=("YouTube e YouTube Music",),  # [P] _IT_YT
    youtube_history="cronologia",  # [P] _IT_YT
    watch_history="cronologia visualizzazioni",  # [P] _IT_YT
    search_history="cronologia delle ricerche",  # [P] _IT_YT
    ads_product=("Programmi pubblicitari",),  # [P] _IT_READER: "Programmi pubblicitari/LeMieAttività.html" (ads)
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
    my_activity=("Moja aktywność",),  # [G] support.google.com/accounts/answer/465?hl=pl: "na stronie Moja aktywność";
    # [P] _PL (real exports' folder)
    # [P] _PL: the stem has an underscore ("Moja_aktywność.html", ".json"); the spaced form is the folder's name,
    # which names its files anyway (paths.py)
    my_activity_files=("Moja_aktywność", "Moja aktywność"),
    youtube=("YouTube i YouTube Music",),  # [P] _PL (two real local paths)
    youtube_history="historia",  # [P] _PL (".../YouTube i YouTube Music/historia/")
    location=("Historia lokalizacji",),  # [P] _PL (the older app's "Historia lokalizacji/…")
    skipped={"Mapy (Twoje miejsca)": "maps_other"},  # [P] _PL ("Mapy (Twoje miejsca)/Zapisane miejsca.json")
    html_labels={"Produkty": "products"},  # [P] _PL ("Produkty:" in the caption)
    months=("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"),  # [P] _PL
    watch_control="Historia oglądania w YouTube",  # [P] _REWIND
    watched="Obejrzano: {}",  # [P] _REWIND
)

PT: Final = Locale(
    code="pt",
    # "Minha atividade" [G] pt-BR help, support.google.com/websearch/answer/6096136?hl=pt-BR: "Na página Minha
    # atividade"; [P] _PT_BR2. pt-PT "A minha atividade" [G] as a Portuguese paper quotes the UI, "ir até ao
    # site 'A minha atividade'" (insider.dn.pt/multimedia/saiba-desativar-localizacao-do-google/3139); no
    # pt-PT export seen.
    my_activity=("Minha atividade", "A minha atividade"),
    # [P] _PT_BR2 ("MinhaAtividade.json", "Minhaatividade.html"). No pt-PT stem is sourced: a file named as its
    # folder "A minha atividade" is routed by that rule (paths.py), any other by its content.
    my_activity_files=("MinhaAtividade",),
    youtube=("YouTube e YouTube Music",),  # [P] _PT_BR; the same words as Italian: My Activity tells them apart
    youtube_history="histórico",  # [P] _PT_BR
    watch_history="histórico-de-visualização",  # [P] _PT_BR
    # [P] _PT_BR: a pt-BR export marks ads in English, as _REWIND says its titles are; the earlier guess
    # "Do Google Ads" was dropped. pt-PT not seen.
    ads_marker=("From Google Ads",),
    html_labels={"Produtos": "products", "Detalhes": "details"},  # [P] _PT_BR
    # [P] _PT_BR ("jan.", "fev.", …; the parser drops the dot). Its dates read "9 de set. de 2024, 22:16:56 BRT".
    months=("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
)

SV: Final = Locale(
    code="sv",
    # [G] support.google.com/accounts/answer/3036546?hl=sv: "den senaste aktiviteten i Min aktivitet"; [P] _SV.
    # The same words as Danish (and Norwegian): the YouTube folder tells them apart.
    my_activity=("Min aktivitet",),
    my_activity_files=("MinAktivitet", "Min aktivitet"),  # [P] _SV ("Min aktivitet/Gemini-appar/MinAktivitet.html")
    youtube=("YouTube och YouTube Music",),  # [P] _SV
    youtube_history="historik",  # [P] _SV
    watch_history="visningshistorik",  # [P] _SV
    html_labels={"Produkter": "products"},  # [P] _SV ("<b>Produkter:</b>")
    # "juli" [P] _SV ("4 juli 2026 09:15:00 CEST"); the others [CLDR] sv, gregorian months format abbreviated
    # (unicode-org/cldr-json `cldr-dates-full/main/sv/ca-gregorian.json` @36bb13a: "jan.", "feb.", "mars", "apr.",
    # "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."; the dot dropped, as html_time.py reads them)
    months=("jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"),
    watch_control="Visningshistorik på YouTube",  # [P] _REWIND
    watched="Tittade på {}",  # [P] _REWIND
)

DA: Final = Locale(
    code="da",
    # [G] support.google.com/websearch/answer/465?hl=da: "i Min aktivitet". Its files are routed by the Swedish
    # stem (_SV; a Norwegian script reads the same, "Takeout/Min aktivitet/Søk/MinAktivitet.html", file id
    # 35427127262) and by the folder's name (paths.py); Danish files themselves are not seen. The folder is
    # Swedish too: a Danish export is named by its items' wording below (content_language.py).
    my_activity=("Min aktivitet",),
    watch_control="Afspilningshistorik på YouTube",  # [P] _REWIND
    watched="Så {}",  # [P] _REWIND
)

FI: Final = Locale(
    code="fi",
    my_activity=("Omat tapahtumat",),  # [G] support.google.com/accounts/answer/465?hl=fi: "Omissa tapahtumissa"
    # (My Activity, inflected); the same page also says "Omaan toimintaan": an older "Oma toiminta" has no source
    my_activity_files=("OmatTapahtumat", "Omat Tapahtumat"),  # [P] _FI
    watch_control="YouTube-katseluhistoria",  # [P] _REWIND
    watched="{} katsottiin",  # [P] _REWIND
)

CS: Final = Locale(
    code="cs",
    my_activity=("Moje aktivita",),  # [G] support.google.com/accounts/answer/465?hl=cs: "v sekci Moje aktivita"
    # No stem sourced: a file named as its folder is routed (paths.py), any other by its content
    youtube=("YouTube a YouTube Music",),  # [P] _CS
    youtube_history="historie",  # [P] _CS
    watch_control="Historie sledování YouTube",  # [P] _REWIND
    watched="Zhlédli jste video {}",  # [P] _REWIND
)

RO: Final = Locale(
    code="ro",
    my_activity=("Activitatea mea",),  # [G] support.google.com/accounts/answer/10549751?hl=ro: "Activitatea mea"
    # No stem and no YouTube folder sourced: files named as their folder are routed, a YouTube folder by its shape
    # (paths.py), any other file by its content
    watch_control="Istoricul vizionărilor YouTube",  # [P] _REWIND
    watched="Ați vizionat {}",  # [P] _REWIND
)

HU: Final = Locale(
    code="hu",
    # [G] support.google.com/accounts/answer/3036546?hl=hu: "a Saját tevékenységek oldalon található legutóbbi
    # tevékenységek"
    my_activity=("Saját tevékenységek",),
    # No stem sourced: a file named as its folder is routed (paths.py), any other by its content
    youtube=("YouTube és YouTube Music",),  # [P] _HU
    youtube_history="előzmények",  # [P] _HU
    watch_history="megtekintési előzmények",  # [P] _HU
    location=("Helyelőzmények (idővonal)",),  # [P] _HU ("Helyelőzmények (idővonal)/Records.json")
    # [P] _HU's month map. Hungarian pages print the year first ("2024. márc. 5. 14:03:11 CEST", as _HU parses
    # them; html_time.py reads that order).
    months=("jan", "febr", "márc", "ápr", "máj", "jún", "júl", "aug", "szept", "okt", "nov", "dec"),
    watch_control="YouTube-os megtekintési előzmények",  # [P] _REWIND
    watched="Megtekintette a következőt: {}",  # [P] _REWIND
)

EL: Final = Locale(
    code="el",
    my_activity=("Η δραστηριότητά μου",),  # [G] support.google.com/websearch/answer/6096136?hl=el-GR:
    # "Στην ενότητα Η δραστηριότητά μου"; [P] _EL
    my_activity_files=("Ηδραστηριότητάμου", "Η δραστηριότητά μου"),  # [P] _EL ("Ηδραστηριότητάμου.json")
    watch_control="Ιστορικό παρακολούθησης YouTube",  # [P] _REWIND
    watched="Παρακολουθήσατε το βίντεο {}",  # [P] _REWIND
)

EU_LOCALES: Final = (FR, ES, NL, IT, PL, PT, SV, DA, FI, CS, RO, HU, EL)
