<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditScreen</name>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Every import, consent, share and change of your vault leaves an entry here. Each entry is chained to the one before it by a hash, so a changed or removed entry is detected.</source>
        <translation>Jeder Import, jede Einwilligung, jede Weitergabe und jede Änderung an Ihrem Tresor hinterlässt hier einen Eintrag. Jeder Eintrag ist über einen Hash mit dem vorigen verkettet, so fällt ein geänderter oder entfernter Eintrag auf.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Einträge im Protokoll</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>Protokoll &amp;prüfen</translation>
    </message>
    <message>
        <source>The audit log was changed outside Me-Cloud:</source>
        <translation>Das Protokoll wurde außerhalb von Me-Cloud verändert:</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, hash chain verified.</source>
        <translation>
            <numerusform>Das Protokoll ist unversehrt: %n Eintrag, Hash-Kette geprüft.</numerusform>
            <numerusform>Das Protokoll ist unversehrt: %n Einträge, Hash-Kette geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>a firm</source>
        <translation>eine Firma</translation>
    </message>
    <message>
        <source>%1: %2 new items, %3 new touchpoints</source>
        <translation>%1: %2 neue Einträge, %3 neue Kontaktpunkte</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 mit %2 zusammengeführt</translation>
    </message>
    <message>
        <source>%1 taken out of %2</source>
        <translation>%1 aus %2 herausgelöst</translation>
    </message>
    <message>
        <source>New name: %1</source>
        <translation>Neuer Name: %1</translation>
    </message>
    <message>
        <source>Brand %1</source>
        <translation>Marke %1</translation>
    </message>
    <message>
        <source>%1, asked on %2</source>
        <translation>%1, angefragt am %2</translation>
    </message>
    <message>
        <source>%1, fingerprint %2</source>
        <translation>%1, Fingerabdruck %2</translation>
    </message>
    <message>
        <source>Consent no. %1 for %2: %3</source>
        <translation>Einwilligung Nr. %1 für %2: %3</translation>
    </message>
    <message>
        <source>%1 items and %2 touchpoints sent to %3 under consent no. %4</source>
        <translation>%1 Einträge und %2 Kontaktpunkte an %3 gesendet, unter Einwilligung Nr. %4</translation>
    </message>
    <message>
        <source>Consent no. %1 for %2</source>
        <translation>Einwilligung Nr. %1 für %2</translation>
    </message>
    <message>
        <source>Consent no. %1, notice saved as %2</source>
        <translation>Einwilligung Nr. %1, Widerruf gespeichert als %2</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>BrandDetail</name>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename this brand</source>
        <translation>Diese Marke umbenennen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Evidence: which export, file and item said so</source>
        <translation>Belege: welcher Export, welche Datei und welcher Eintrag das sagt</translation>
    </message>
    <message>
        <source>Reading the evidence…</source>
        <translation>Die Belege werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the evidence</source>
        <translation>Belege werden gelesen</translation>
    </message>
    <message>
        <source>Consents given to this brand</source>
        <translation>Einwilligungen für diese Marke</translation>
    </message>
    <message>
        <source>Consents you gave this brand:</source>
        <translation>Ihre Einwilligungen für diese Marke:</translation>
    </message>
    <message>
        <source>Names and domains of this brand</source>
        <translation>Namen und Domains dieser Marke</translation>
    </message>
    <message>
        <source>&amp;Split off as its own brand</source>
        <translation>Als eigene Marke &amp;abtrennen</translation>
    </message>
    <message>
        <source>Every name and domain the exports used for this brand. If one does not belong here, split it off: later imports will keep it apart.</source>
        <translation>Alle Namen und Domains, unter denen die Exporte diese Marke führen. Gehört einer nicht hierher, trennen Sie ihn ab: Spätere Importe halten ihn dann getrennt.</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Belege</translation>
    </message>
    <message>
        <source>Com&amp;pany</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Trust ledger</source>
        <translation>&amp;Vertrauensbilanz</translation>
    </message>
    <message>
        <source>Names &amp;&amp; &amp;domains</source>
        <translation>Namen &amp;&amp; &amp;Domains</translation>
    </message>
    <message>
        <source>No brand selected</source>
        <translation>Keine Marke ausgewählt</translation>
    </message>
    <message>
        <source>Choose a brand in the table to see what it holds and why.</source>
        <translation>Wählen Sie eine Marke in der Tabelle, um zu sehen, was sie über Sie hat und woher Sie das wissen.</translation>
    </message>
    <message>
        <source>Seen from %1 to %2 on %3.</source>
        <translation>Gesehen vom %1 bis %2 auf %3.</translation>
    </message>
    <message>
        <source>Looking up the company…</source>
        <translation>Das Unternehmen wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>%1: %2 — %3 · shares: %4</source>
        <translation>%1: %2 — %3 · Weitergaben: %4</translation>
    </message>
    <message>
        <source>None: you have not consented to share anything with this brand.</source>
        <translation>Keine: Sie haben nicht eingewilligt, dieser Marke etwas weiterzugeben.</translation>
    </message>
    <message numerus="yes">
        <source>Shared with your consent: %n times.</source>
        <translation>
            <numerusform>Mit Ihrer Einwilligung weitergegeben: einmal.</numerusform>
            <numerusform>Mit Ihrer Einwilligung weitergegeben: %n-mal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared with your consent: nothing.</source>
        <translation>Mit Ihrer Einwilligung weitergegeben: nichts.</translation>
    </message>
    <message numerus="yes">
        <source>Obtained without a consent recorded in this vault: %n touchpoints.</source>
        <translation>
            <numerusform>Ohne eine in diesem Tresor erfasste Einwilligung erlangt: %n Kontaktpunkt.</numerusform>
            <numerusform>Ohne eine in diesem Tresor erfasste Einwilligung erlangt: %n Kontaktpunkte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Covered by a consent you gave: %n touchpoints.</source>
        <translation>
            <numerusform>Von einer Ihrer Einwilligungen gedeckt: %n Kontaktpunkt.</numerusform>
            <numerusform>Von einer Ihrer Einwilligungen gedeckt: %n Kontaktpunkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>(set by you)</source>
        <translation>(von Ihnen festgelegt)</translation>
    </message>
    <message>
        <source>Rename brand</source>
        <translation>Marke umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>BrandsModel</name>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
</context>
<context>
    <name>BrandsScreen</name>
    <message>
        <source>Brands</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Search brands, domains and other names…</source>
        <translation>Marken, Domains und andere Namen suchen…</translation>
    </message>
    <message>
        <source>Search brands</source>
        <translation>Marken suchen</translation>
    </message>
    <message>
        <source>Brands holding data on you</source>
        <translation>Marken mit Daten über Sie</translation>
    </message>
    <message>
        <source>&amp;Merge selected…</source>
        <translation>Auswahl &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Select two or more brands that are the same company, then merge them.</source>
        <translation>Wählen Sie zwei oder mehr Marken desselben Unternehmens aus und führen Sie sie zusammen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n brands</source>
        <translation>
            <numerusform>%n Marke</numerusform>
            <numerusform>%n Marken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n brands</source>
        <translation>
            <numerusform>%1 von %n Marke</numerusform>
            <numerusform>%1 von %n Marken</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge brands</source>
        <translation>Marken zusammenführen</translation>
    </message>
    <message>
        <source>These %1 brands become one. Which name should it keep?</source>
        <translation>Diese %1 Marken werden zu einer. Welchen Namen soll sie behalten?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ä&amp;ndern</translation>
    </message>
</context>
<context>
    <name>ChangesScreen</name>
    <message>
        <source>Changes between exports</source>
        <translation>Änderungen zwischen Exporten</translation>
    </message>
    <message>
        <source>Each time you import a newer export of a platform, Me-Cloud compares it with the one before: which advertisers, audiences, sources and segments appeared or vanished. Both exports stay in the vault.</source>
        <translation>Jedes Mal, wenn Sie einen neueren Export einer Plattform importieren, vergleicht Me-Cloud ihn mit dem vorigen: welche Werbetreibenden, Zielgruppen, Quellen und Segmente hinzukamen oder verschwanden. Beide Exporte bleiben im Tresor.</translation>
    </message>
    <message>
        <source>Nothing to compare yet: import a newer export of a platform you imported before. Export requests tells you when to ask for one.</source>
        <translation>Noch nichts zu vergleichen: Importieren Sie einen neueren Export einer Plattform, die Sie schon einmal importiert haben. Unter Exportanfragen sehen Sie, wann Sie einen anfragen sollten.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Verschwunden</translation>
    </message>
    <message>
        <source>Changes between exports, newest first</source>
        <translation>Änderungen zwischen Exporten, die neuesten zuerst</translation>
    </message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <source>Privacy contact: click to write an e-mail</source>
        <translation>Datenschutzkontakt: Klicken, um eine E-Mail zu schreiben</translation>
    </message>
    <message>
        <source>Legal entity:</source>
        <translation>Rechtsträger:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <source>Privacy contact:</source>
        <translation>Datenschutzkontakt:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Supervisory authority:</source>
        <translation>Aufsichtsbehörde:</translation>
    </message>
    <message>
        <source>Matched:</source>
        <translation>Zugeordnet:</translation>
    </message>
    <message>
        <source>Write a &amp;letter…</source>
        <translation>&amp;Brief schreiben…</translation>
    </message>
    <message>
        <source>Write a GDPR request letter to this company</source>
        <translation>Einen DSGVO-Brief an dieses Unternehmen schreiben</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>Choose the company behind this brand</source>
        <translation>Das Unternehmen hinter dieser Marke wählen</translation>
    </message>
    <message>
        <source>Looking up the company…</source>
        <translation>Das Unternehmen wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>This brand is not in the company database. Use Correct… to pick the company, or write a letter and add the address yourself.</source>
        <translation>Diese Marke steht nicht in der Unternehmensdatenbank. Wählen Sie das Unternehmen mit „Korrigieren…“, oder schreiben Sie einen Brief und ergänzen Sie die Anschrift selbst.</translation>
    </message>
    <message>
        <source>Suggestion — please check: this company was only guessed from the name of the brand&apos;s web domain.</source>
        <translation>Vorschlag – bitte prüfen: Dieses Unternehmen wurde nur aus dem Namen der Web-Domain der Marke erraten.</translation>
    </message>
    <message>
        <source>By the brand&apos;s web domain.</source>
        <translation>Über die Web-Domain der Marke.</translation>
    </message>
    <message>
        <source>By a brand name the company runs.</source>
        <translation>Über einen Markennamen, den das Unternehmen führt.</translation>
    </message>
    <message>
        <source>By the company&apos;s legal name.</source>
        <translation>Über den rechtlichen Namen des Unternehmens.</translation>
    </message>
    <message>
        <source>Suggestion from the name of the brand&apos;s web domain.</source>
        <translation>Vorschlag aus dem Namen der Web-Domain der Marke.</translation>
    </message>
    <message>
        <source>the authority of your country</source>
        <translation>die Behörde Ihres Landes</translation>
    </message>
    <message>
        <source>You chose this company.</source>
        <translation>Sie haben dieses Unternehmen gewählt.</translation>
    </message>
    <message>
        <source>Data: Datenanfragen.de company database (CC0).</source>
        <translation>Daten: Unternehmensdatenbank von Datenanfragen.de (CC0).</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryTable</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History of grants, shares and revocations</source>
        <translation>Verlauf der Einwilligungen, Weitergaben und Widerrufe</translation>
    </message>
    <message>
        <source>items: %1, touchpoints: %2 → %3</source>
        <translation>Einträge: %1, Kontaktpunkte: %2 → %3</translation>
    </message>
    <message>
        <source>notice saved to %1</source>
        <translation>Mitteilung gespeichert unter %1</translation>
    </message>
    <message>
        <source>%1 rows deleted</source>
        <translation>%1 Zeilen gelöscht</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>A vault already exists here.</source>
        <translation>Hier gibt es schon einen Tresor.</translation>
    </message>
    <message>
        <source>There is no vault here.</source>
        <translation>Hier gibt es keinen Tresor.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Me-Cloud (schema {schema}). Install the newer version to open it.</source>
        <translation>Dieser Tresor wurde von einer neueren Version von Me-Cloud geschrieben (Schema {schema}). Installieren Sie die neuere Version, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The key does not open this database (wrong passphrase or damaged file).</source>
        <translation>Der Schlüssel öffnet diese Datenbank nicht (falsche Passphrase oder beschädigte Datei).</translation>
    </message>
    <message>
        <source>The vault&apos;s header file is missing.</source>
        <translation>Die Kopfdatei des Tresors fehlt.</translation>
    </message>
    <message>
        <source>The vault&apos;s header file is too large to be one of ours.</source>
        <translation>Die Kopfdatei des Tresors ist zu groß, um von Me-Cloud zu stammen.</translation>
    </message>
    <message>
        <source>The vault&apos;s header file is damaged ({reason}).</source>
        <translation>Die Kopfdatei des Tresors ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>The vault&apos;s header names a key derivation Me-Cloud does not know.</source>
        <translation>Die Kopfdatei des Tresors nennt eine Schlüsselableitung, die Me-Cloud nicht kennt.</translation>
    </message>
    <message>
        <source>The vault header&apos;s record of an earlier recovery code is damaged.</source>
        <translation>Der Eintrag eines früheren Wiederherstellungscodes in der Kopfdatei des Tresors ist beschädigt.</translation>
    </message>
    <message>
        <source>The vault&apos;s header asks for weak key derivation ({passes} passes, {memory_bytes}; Me-Cloud needs at least {min_passes} passes and {min_memory_bytes}). It may have been altered, so your passphrase is not tried with it. Unlock with your recovery code; your new passphrase is then protected with safe settings again.</source>
        <translation>Die Kopfdatei des Tresors verlangt eine schwache Schlüsselableitung ({passes} Durchläufe, {memory_bytes}; Me-Cloud braucht mindestens {min_passes} Durchläufe und {min_memory_bytes}). Sie wurde vielleicht verändert, deshalb wird Ihre Passphrase damit nicht geprüft. Entsperren Sie mit Ihrem Wiederherstellungscode; Ihre neue Passphrase wird dann wieder mit sicheren Einstellungen geschützt.</translation>
    </message>
    <message>
        <source>Part of the vault&apos;s data has an unknown form ({form}).</source>
        <translation>Ein Teil der Daten im Tresor hat eine unbekannte Form ({form}).</translation>
    </message>
    <message>
        <source>Part of the vault&apos;s data is damaged ({reason}).</source>
        <translation>Ein Teil der Daten im Tresor ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>The vault refers to data it does not hold (block {chunk}).</source>
        <translation>Der Tresor verweist auf Daten, die er nicht enthält (Block {chunk}).</translation>
    </message>
    <message>
        <source>The vault refers to an item it does not hold.</source>
        <translation>Der Tresor verweist auf einen Eintrag, den er nicht enthält.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Falsche Passphrase.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {min} characters.</source>
        <translation>Eine Passphrase braucht mindestens {min} Zeichen.</translation>
    </message>
    <message>
        <source>That recovery code does not open this vault.</source>
        <translation>Dieser Wiederherstellungscode öffnet diesen Tresor nicht.</translation>
    </message>
    <message>
        <source>That recovery code is not complete: it has 30 letters and digits in six groups.</source>
        <translation>Dieser Wiederherstellungscode ist unvollständig: Er hat 30 Buchstaben und Ziffern in sechs Gruppen.</translation>
    </message>
    <message>
        <source>That recovery code has a typo: please check each group.</source>
        <translation>Dieser Wiederherstellungscode enthält einen Tippfehler: Bitte prüfen Sie jede Gruppe.</translation>
    </message>
    <message>
        <source>The keychain refused to store the vault key ({reason}).</source>
        <translation>Der Schlüsselbund hat sich geweigert, den Tresorschlüssel zu speichern ({reason}).</translation>
    </message>
    <message>
        <source>The keychain refused to forget the vault key ({reason}).</source>
        <translation>Der Schlüsselbund hat sich geweigert, den Tresorschlüssel zu vergessen ({reason}).</translation>
    </message>
    <message>
        <source>The keychain {name} cannot be used here.</source>
        <translation>Der Schlüsselbund {name} kann hier nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The keychain {name} is not trustworthy enough to hold the vault key.</source>
        <translation>Der Schlüsselbund {name} ist nicht vertrauenswürdig genug für den Tresorschlüssel.</translation>
    </message>
    <message>
        <source>No system keychain was found on this computer (no Secret Service, Keychain or Credential Manager).</source>
        <translation>Auf diesem Computer wurde kein Schlüsselbund des Systems gefunden (kein Secret Service, Schlüsselbund oder Anmeldeinformationsverwaltung).</translation>
    </message>
    <message>
        <source>The only keychain available ({name}) stores secrets in a file without real encryption.</source>
        <translation>Der einzige verfügbare Schlüsselbund ({name}) speichert Geheimnisse in einer Datei ohne echte Verschlüsselung.</translation>
    </message>
    <message>
        <source>There is no such folder to write the backup into.</source>
        <translation>Diesen Ordner für die Sicherung gibt es nicht.</translation>
    </message>
    <message>
        <source>This is not a Me-Cloud backup ({reason}).</source>
        <translation>Das ist keine Sicherung von Me-Cloud ({reason}).</translation>
    </message>
    <message>
        <source>This is not a Me-Cloud backup (unexpected contents).</source>
        <translation>Das ist keine Sicherung von Me-Cloud (unerwarteter Inhalt).</translation>
    </message>
    <message>
        <source>The backup has a format Me-Cloud does not know ({format}).</source>
        <translation>Die Sicherung hat ein Format, das Me-Cloud nicht kennt ({format}).</translation>
    </message>
    <message>
        <source>A vault already exists here; restore into an empty folder.</source>
        <translation>Hier gibt es schon einen Tresor; stellen Sie in einem leeren Ordner wieder her.</translation>
    </message>
    <message>
        <source>The backup is damaged (the header&apos;s checksum does not match).</source>
        <translation>Die Sicherung ist beschädigt (die Prüfsumme der Kopfdatei stimmt nicht).</translation>
    </message>
    <message>
        <source>The backup is damaged (the database&apos;s checksum does not match).</source>
        <translation>Die Sicherung ist beschädigt (die Prüfsumme der Datenbank stimmt nicht).</translation>
    </message>
    <message>
        <source>The backup is damaged ({reason}).</source>
        <translation>Die Sicherung ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>This is not a readable Me-Cloud backup ({reason}).</source>
        <translation>Das ist keine lesbare Sicherung von Me-Cloud ({reason}).</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>nothing in it could be read as an export of this platform. Nothing was saved.</source>
        <translation>Nichts darin ließ sich als Export dieser Plattform lesen. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>{reason}; nothing in the export could be read</source>
        <translation>{reason}. Nichts im Export ließ sich lesen.</translation>
    </message>
    <message>
        <source>{reason}; nothing in the export could be read (nor could {others} other files)</source>
        <translation>{reason}. Nichts im Export ließ sich lesen (auch {others} weitere Dateien nicht).</translation>
    </message>
    <message>
        <source>no json/ or html/ folder with Snapchat data files found</source>
        <translation>Es wurde kein json- oder html-Ordner mit Snapchat-Datendateien gefunden.</translation>
    </message>
    <message>
        <source>no {platform} file could be read ({path}: {reason})</source>
        <translation>Keine Datei von {platform} ließ sich lesen ({path}: {reason}).</translation>
    </message>
    <message>
        <source>an entry is nested too deeply to keep ({reason}); refused</source>
        <translation>Ein Eintrag ist zu tief verschachtelt, um ihn zu speichern ({reason}); abgelehnt.</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Diese Datei oder diesen Ordner gibt es nicht.</translation>
    </message>
    <message>
        <source>the archive expands {ratio}x overall (a zip bomb?); refused</source>
        <translation>Das Archiv wird insgesamt {ratio}-mal so groß (eine Zip-Bombe?); abgelehnt.</translation>
    </message>
    <message>
        <source>the export is larger than the allowed {limit_bytes}</source>
        <translation>Der Export ist größer als die erlaubten {limit_bytes}.</translation>
    </message>
    <message>
        <source>the export has more than {limit} files; refused as hostile (leave photo and video folders out of the export request)</source>
        <translation>Der Export hat mehr als {limit} Dateien; als feindselig abgelehnt. Lassen Sie Foto- und Videoordner bei der Exportanfrage weg.</translation>
    </message>
    <message>
        <source>the archive has more than {limit} files; refused as hostile</source>
        <translation>Das Archiv hat mehr als {limit} Dateien; als feindselig abgelehnt.</translation>
    </message>
    <message>
        <source>its table of contents takes {size_bytes}, more than {limit} files need; refused as hostile</source>
        <translation>Sein Inhaltsverzeichnis belegt {size_bytes}, mehr als {limit} Dateien brauchen; als feindselig abgelehnt.</translation>
    </message>
    <message>
        <source>cannot read the folder ({reason})</source>
        <translation>Der Ordner lässt sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <source>a file name is not valid UTF-8 ({name}); refused</source>
        <translation>Ein Dateiname ist kein gültiges UTF-8 ({name}); abgelehnt.</translation>
    </message>
    <message>
        <source>a file name in the archive is not valid UTF-8; refused</source>
        <translation>Ein Dateiname im Archiv ist kein gültiges UTF-8; abgelehnt.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; appears twice in the archive; refused as hostile</source>
        <translation>„{name}“ kommt im Archiv zweimal vor; als feindselig abgelehnt.</translation>
    </message>
    <message>
        <source>not part of this export</source>
        <translation>Diese Datei gehört nicht zu diesem Export.</translation>
    </message>
    <message>
        <source>compressed with an unsupported method ({method}); unpack the archive and import the folder</source>
        <translation>Es ist mit einem Verfahren gepackt, das Me-Cloud nicht entpacken kann ({method}): Entpacken Sie das Archiv und importieren Sie den Ordner.</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>Es lässt sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <source>cannot be opened ({reason})</source>
        <translation>Es lässt sich nicht öffnen ({reason}).</translation>
    </message>
    <message>
        <source>too large to read whole ({size_bytes})</source>
        <translation>Es ist zu groß, um es ganz zu lesen ({size_bytes}).</translation>
    </message>
    <message>
        <source>the file is damaged ({reason})</source>
        <translation>Die Datei ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>the file is larger than the archive declares</source>
        <translation>Die Datei ist größer, als das Archiv angibt.</translation>
    </message>
    <message>
        <source>not a complete zip archive (truncated or damaged download?)</source>
        <translation>Kein vollständiges Zip-Archiv (ein abgebrochener oder beschädigter Download?).</translation>
    </message>
    <message>
        <source>not a readable zip archive ({reason})</source>
        <translation>Kein lesbares Zip-Archiv ({reason}).</translation>
    </message>
    <message>
        <source>entries &apos;{first}&apos; and &apos;{second}&apos; share data (a zip bomb?); refused</source>
        <translation>Die Einträge „{first}“ und „{second}“ teilen sich Daten (eine Zip-Bombe?); abgelehnt.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; runs past the end of its data (truncated?)</source>
        <translation>„{name}“ reicht über das Ende seiner Daten hinaus (abgeschnitten?).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is encrypted; download the export without a password</source>
        <translation>„{name}“ ist verschlüsselt: Laden Sie den Export ohne Passwort herunter.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; declares {size_bytes}, more than the allowed {limit_bytes}; refused</source>
        <translation>„{name}“ gibt {size_bytes} an, mehr als die erlaubten {limit_bytes}; abgelehnt.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; expands {ratio}x (a zip bomb?); refused</source>
        <translation>„{name}“ wird {ratio}-mal so groß (eine Zip-Bombe?); abgelehnt.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has a damaged header</source>
        <translation>„{name}“ hat einen beschädigten Kopf.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; runs past the end of the archive (truncated?)</source>
        <translation>„{name}“ reicht über das Ende des Archivs hinaus (abgeschnitten?).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has an absolute path; refused</source>
        <translation>„{name}“ hat einen absoluten Pfad; abgelehnt.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; points outside the archive; refused</source>
        <translation>„{name}“ zeigt aus dem Archiv hinaus; abgelehnt.</translation>
    </message>
    <message>
        <source>a file name contains control characters (&apos;{name}&apos;); refused</source>
        <translation>Ein Dateiname enthält Steuerzeichen ({name}); abgelehnt.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a symbolic link; refused</source>
        <translation>„{name}“ ist ein symbolischer Link; abgelehnt.</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>Die Datei ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>the text is in an encoding Me-Cloud could not recognise</source>
        <translation>Der Text hat eine Zeichenkodierung, die Me-Cloud nicht erkennt.</translation>
    </message>
    <message>
        <source>not readable ({kind})</source>
        <translation>Nicht lesbar ({kind}).</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>Kein gültiges JSON ({reason}).</translation>
    </message>
    <message>
        <source>not valid JSON (the file ends too early; truncated?)</source>
        <translation>Kein gültiges JSON (die Datei endet zu früh; abgeschnitten?).</translation>
    </message>
    <message>
        <source>JSON ends in the middle of a value</source>
        <translation>Das JSON endet mitten in einem Wert.</translation>
    </message>
    <message>
        <source>not valid UTF-8 ({reason})</source>
        <translation>Kein gültiges UTF-8 ({reason}).</translation>
    </message>
    <message>
        <source>one entry is larger than {limit_bytes}; refused</source>
        <translation>Ein Eintrag ist größer als {limit_bytes}; abgelehnt.</translation>
    </message>
    <message>
        <source>a line is longer than {limit_bytes}; not a CSV export</source>
        <translation>Eine Zeile ist länger als {limit_bytes}; kein CSV-Export.</translation>
    </message>
    <message>
        <source>a field is larger than {limit_bytes}; refused</source>
        <translation>Ein Feld ist größer als {limit_bytes}; abgelehnt.</translation>
    </message>
    <message>
        <source>not readable as HTML ({reason})</source>
        <translation>Nicht als HTML lesbar ({reason}).</translation>
    </message>
    <message>
        <source>the page ends early (a truncated or incomplete download)</source>
        <translation>Die Seite endet zu früh (ein abgebrochener oder unvollständiger Download).</translation>
    </message>
    <message>
        <source>no content in a page layout Me-Cloud knows (unknown markup)</source>
        <translation>Kein Inhalt in einem Seitenaufbau, den Me-Cloud kennt.</translation>
    </message>
    <message>
        <source>an HTML tag, comment or text longer than 1 MiB; refused</source>
        <translation>Ein HTML-Tag, Kommentar oder Text ist länger als 1 MiB; abgelehnt.</translation>
    </message>
    <message>
        <source>{reason}; refused</source>
        <translation>{reason}; abgelehnt.</translation>
    </message>
    <message>
        <source>{reason}; not an mbox of mail; refused</source>
        <translation>{reason}; keine Postfach-Datei; abgelehnt.</translation>
    </message>
    <message>
        <source>row {row}: not readable as CSV ({reason}); the rest of the file was skipped</source>
        <translation>Zeile {row}: nicht als CSV lesbar ({reason}); der Rest der Datei wurde übersprungen.</translation>
    </message>
    <message>
        <source>row {row}: {fields} fields where the header has {expected}</source>
        <translation>Zeile {row}: {fields} Felder, wo die Kopfzeile {expected} hat.</translation>
    </message>
    <message>
        <source>no header row with {columns}; the file was not read</source>
        <translation>Keine Kopfzeile mit {columns}; die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>no header row; the file was not read</source>
        <translation>Keine Kopfzeile; die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>a time the export cannot hold ({day}); the item is kept without it</source>
        <translation>Eine Zeit, die im Export nicht vorkommen kann ({day}); der Eintrag wird ohne sie behalten.</translation>
    </message>
    <message>
        <source>a time written for people was not understood: &apos;{text}&apos;</source>
        <translation>Eine für Menschen geschriebene Zeit wurde nicht verstanden: „{text}“.</translation>
    </message>
    <message>
        <source>a Marquee entry without an artist</source>
        <translation>ein Marquee-Eintrag ohne Künstler</translation>
    </message>
    <message>
        <source>a connected app without a name</source>
        <translation>eine verbundene App ohne Namen</translation>
    </message>
    <message>
        <source>a history entry is not an object</source>
        <translation>ein Verlaufseintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>a history entry without a URL</source>
        <translation>ein Verlaufseintrag ohne URL</translation>
    </message>
    <message>
        <source>a location record without a readable time</source>
        <translation>ein Standorteintrag ohne lesbare Zeit</translation>
    </message>
    <message>
        <source>a location record without coordinates</source>
        <translation>ein Standorteintrag ohne Koordinaten</translation>
    </message>
    <message>
        <source>a message that is not a record</source>
        <translation>eine Nachricht, die kein Datensatz ist</translation>
    </message>
    <message>
        <source>a place visit without location or duration</source>
        <translation>ein Ortsbesuch ohne Ort oder Dauer</translation>
    </message>
    <message>
        <source>a playlist that is not an object</source>
        <translation>eine Playlist, die kein Objekt ist</translation>
    </message>
    <message>
        <source>a purchase without an item title</source>
        <translation>ein Kauf ohne Artikelbezeichnung</translation>
    </message>
    <message>
        <source>a record that is neither an object nor a text</source>
        <translation>ein Datensatz, der weder Objekt noch Text ist</translation>
    </message>
    <message>
        <source>a search without a query</source>
        <translation>eine Suche ohne Suchbegriff</translation>
    </message>
    <message>
        <source>a stream without time or title</source>
        <translation>ein Stream ohne Zeit oder Titel</translation>
    </message>
    <message>
        <source>a timeline object that is neither a place visit nor a trip</source>
        <translation>ein Zeitachsen-Objekt, das weder Ortsbesuch noch Fahrt ist</translation>
    </message>
    <message>
        <source>a timeline segment without a start time</source>
        <translation>ein Zeitachsen-Abschnitt ohne Startzeit</translation>
    </message>
    <message>
        <source>a transaction without a description</source>
        <translation>eine Transaktion ohne Beschreibung</translation>
    </message>
    <message>
        <source>an Off-TikTok activity record without a source</source>
        <translation>ein Eintrag zu Off-TikTok-Aktivitäten ohne Quelle</translation>
    </message>
    <message>
        <source>an activity card without a readable time</source>
        <translation>eine Aktivitätskarte ohne lesbare Zeit</translation>
    </message>
    <message>
        <source>an activity item is not an object</source>
        <translation>ein Aktivitätseintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>an activity item without title or time</source>
        <translation>ein Aktivitätseintrag ohne Titel oder Zeit</translation>
    </message>
    <message>
        <source>an ad click entry that is not a record</source>
        <translation>ein Werbeklick-Eintrag, der kein Datensatz ist</translation>
    </message>
    <message>
        <source>an ad click without an ad or advertiser name</source>
        <translation>ein Werbeklick ohne Anzeige oder Namen des Werbetreibenden</translation>
    </message>
    <message>
        <source>an ad impression that is not a record</source>
        <translation>eine Werbeeinblendung, die kein Datensatz ist</translation>
    </message>
    <message>
        <source>an advertiser entry without a name</source>
        <translation>ein Werbetreibender ohne Namen</translation>
    </message>
    <message>
        <source>an install without an app title</source>
        <translation>eine Installation ohne App-Namen</translation>
    </message>
    <message>
        <source>an off-Meta activity entry that is not a record</source>
        <translation>ein Eintrag zu Aktivitäten außerhalb von Meta, der kein Datensatz ist</translation>
    </message>
    <message>
        <source>an off-Meta activity entry without an app or website name</source>
        <translation>ein Eintrag zu Aktivitäten außerhalb von Meta ohne App- oder Website-Namen</translation>
    </message>
    <message>
        <source>an old-style YouTube item without a title</source>
        <translation>ein YouTube-Eintrag im alten Format ohne Titel</translation>
    </message>
    <message>
        <source>empty or not a JSON object</source>
        <translation>leer oder kein JSON-Objekt</translation>
    </message>
    <message>
        <source>expected a list of names</source>
        <translation>statt einer Namensliste etwas anderes</translation>
    </message>
    <message>
        <source>no Description column: not a transactions file we know</source>
        <translation>keine Spalte „Description“: keine Transaktionsdatei, die Me-Cloud kennt</translation>
    </message>
    <message>
        <source>The share was cancelled; no bundle was written.</source>
        <translation>Das Teilen wurde abgebrochen; es wurde kein Paket geschrieben.</translation>
    </message>
    <message>
        <source>{day} is in the future: note a request once you have made it.</source>
        <translation>Der {day} liegt in der Zukunft: Vermerken Sie eine Anfrage erst, wenn Sie sie gestellt haben.</translation>
    </message>
    <message>
        <source>The company database has no company “{slug}”.</source>
        <translation>Die Unternehmensdatenbank kennt kein Unternehmen „{slug}“.</translation>
    </message>
    <message>
        <source>This is not a deletion acknowledgement (it is too large).</source>
        <translation>Das ist keine Löschbestätigung (sie ist zu groß).</translation>
    </message>
    <message>
        <source>This is not a valid deletion acknowledgement: {reason}</source>
        <translation>Das ist keine gültige Löschbestätigung: {reason}</translation>
    </message>
    <message>
        <source>The acknowledgement names another firm than {firm}.</source>
        <translation>Die Bestätigung nennt eine andere Firma als {firm}.</translation>
    </message>
    <message>
        <source>This is not a deletion acknowledgement (not a signed Me-Cloud document).</source>
        <translation>Das ist keine Löschbestätigung (kein signiertes Me-Cloud-Dokument).</translation>
    </message>
    <message>
        <source>This is not a deletion acknowledgement (it names no consent).</source>
        <translation>Das ist keine Löschbestätigung (sie nennt keine Einwilligung).</translation>
    </message>
    <message>
        <source>The acknowledgement is about another consent record than the one in this vault.</source>
        <translation>Die Bestätigung betrifft eine andere Einwilligung als die in diesem Tresor.</translation>
    </message>
    <message>
        <source>Me-Cloud has no export guide for the platform “{platform}”.</source>
        <translation>Me-Cloud hat keine Exportanleitung für die Plattform „{platform}“.</translation>
    </message>
    <message>
        <source>Me-Cloud does not know the platform “{platform}”.</source>
        <translation>Me-Cloud kennt die Plattform „{platform}“ nicht.</translation>
    </message>
    <message>
        <source>It holds other zip files inside ({inner}): unzip it and import those instead.</source>
        <translation>Darin liegen weitere Zip-Dateien ({inner}): Entpacken Sie sie und importieren Sie diese.</translation>
    </message>
    <message>
        <source>Me-Cloud does not recognise this as an export of a platform it knows.</source>
        <translation>Me-Cloud erkennt darin keinen Export einer Plattform, die es kennt.</translation>
    </message>
    <message>
        <source>{reason}; the {count} items before that were imported</source>
        <translation>{reason}; die {count} Einträge davor wurden importiert</translation>
    </message>
    <message>
        <source>A split archive (.z01, .z02, …): join the parts into one zip file first.</source>
        <translation>Ein geteiltes Archiv (.z01, .z02,…): Fügen Sie die Teile zuerst zu einer Zip-Datei zusammen.</translation>
    </message>
    <message>
        <source>There is no brand called “{name}” in this vault.</source>
        <translation>In diesem Tresor gibt es keine Marke namens „{name}“.</translation>
    </message>
    <message>
        <source>The brand “{name}” was already merged into another one.</source>
        <translation>Die Marke „{name}“ wurde schon mit einer anderen zusammengeführt.</translation>
    </message>
    <message>
        <source>The brand has no other name “{alias}”.</source>
        <translation>Die Marke hat keinen weiteren Namen „{alias}“.</translation>
    </message>
    <message>
        <source>A brand with a single name cannot be split further.</source>
        <translation>Eine Marke mit nur einem Namen lässt sich nicht weiter aufteilen.</translation>
    </message>
    <message>
        <source>This brand is no longer in the vault.</source>
        <translation>Diese Marke ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>“{text}” matches several firms.</source>
        <translation>„{text}“ passt zu mehreren Firmen.</translation>
    </message>
    <message>
        <source>There is no firm “{text}” in this vault. Add its card first.</source>
        <translation>In diesem Tresor gibt es keine Firma „{text}“. Fügen Sie zuerst ihre Karte hinzu.</translation>
    </message>
    <message>
        <source>This consent was revoked ({when}); nothing can be shared under it.</source>
        <translation>Diese Einwilligung wurde widerrufen ({when}); darunter kann nichts geteilt werden.</translation>
    </message>
    <message>
        <source>This consent expired on {when}; grant a new one.</source>
        <translation>Diese Einwilligung ist am {when} abgelaufen; erteilen Sie eine neue.</translation>
    </message>
    <message>
        <source>This consent was for one share only, and it has been shared already.</source>
        <translation>Diese Einwilligung galt nur für ein Teilen, und es wurde schon geteilt.</translation>
    </message>
    <message>
        <source>This consent was revoked while the bundle was being made.</source>
        <translation>Diese Einwilligung wurde widerrufen, während das Paket erstellt wurde.</translation>
    </message>
    <message>
        <source>A consent needs at least one purpose and one data category.</source>
        <translation>Eine Einwilligung braucht mindestens einen Zweck und eine Datenkategorie.</translation>
    </message>
    <message>
        <source>{firm} did not ask for: {not_asked}. Its card asks for {asked}.</source>
        <translation>{firm} hat nicht darum gebeten: {not_asked}. Ihre Karte bittet um {asked}.</translation>
    </message>
    <message>
        <source>“Do not sell or share” (GPC) rules out: {purposes}.</source>
        <translation>„Nicht verkaufen oder weitergeben“ (GPC) schließt aus: {purposes}.</translation>
    </message>
    <message>
        <source>{categories} is sensitive data; confirm it explicitly to share it.</source>
        <translation>{categories} sind sensible Daten; bestätigen Sie ausdrücklich, dass Sie sie teilen wollen.</translation>
    </message>
    <message>
        <source>The consent would already have ended: pick a date in the future.</source>
        <translation>Die Einwilligung wäre schon abgelaufen: Wählen Sie ein Datum in der Zukunft.</translation>
    </message>
    <message>
        <source>The data&apos;s time range ends before it starts.</source>
        <translation>Der Zeitraum der Daten endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>A consent can only replace an earlier consent for the same firm.</source>
        <translation>Eine Einwilligung kann nur eine frühere Einwilligung für dieselbe Firma ersetzen.</translation>
    </message>
    <message>
        <source>Revoke the earlier consent first; a new consent then replaces it.</source>
        <translation>Widerrufen Sie zuerst die frühere Einwilligung; eine neue ersetzt sie dann.</translation>
    </message>
    <message>
        <source>There is no single consent “{text}” in this vault.</source>
        <translation>In diesem Tresor gibt es keine eindeutige Einwilligung „{text}“.</translation>
    </message>
    <message>
        <source>The firm card is too large.</source>
        <translation>Die Firmenkarte ist zu groß.</translation>
    </message>
    <message>
        <source>The firm card was rejected: {reason}.</source>
        <translation>Die Firmenkarte wurde abgelehnt: {reason}.</translation>
    </message>
    <message>
        <source>The firm card was rejected: it has no key to check its signature.</source>
        <translation>Die Firmenkarte wurde abgelehnt: Sie hat keinen Schlüssel zum Prüfen ihrer Signatur.</translation>
    </message>
    <message>
        <source>When did you send the access request to {company}? Give the day it was sent.</source>
        <translation>Wann haben Sie die Auskunftsanfrage an {company} geschickt? Geben Sie den Tag an, an dem sie verschickt wurde.</translation>
    </message>
    <message>
        <source>{company} has until {deadline} to answer the request of {sent} (Art. 12(3) GDPR); a follow-up letter can be written after that day.</source>
        <translation>{company} hat bis {deadline} Zeit, die Anfrage vom {sent} zu beantworten (Art. 12 Abs. 3 DSGVO); danach kann ein weiterer Brief folgen.</translation>
    </message>
    <message>
        <source>No supervisory authority is known for {company}; the letter needs one.</source>
        <translation>Für {company} ist keine Aufsichtsbehörde bekannt; der Brief braucht eine.</translation>
    </message>
    <message>
        <source>an entry that is not an object</source>
        <translation>Ein Eintrag, der kein Objekt ist.</translation>
    </message>
    <message>
        <source>an entry without the fields that identify it</source>
        <translation>Ein Eintrag ohne die Felder, die ihn kennzeichnen.</translation>
    </message>
    <message>
        <source>a personalization entry that is not an object</source>
        <translation>Ein Personalisierungseintrag, der kein Objekt ist.</translation>
    </message>
    <message>
        <source>{source}: an entry without a name</source>
        <translation>{source}: Ein Eintrag ohne Namen.</translation>
    </message>
    <message>
        <source>{source}: an advertiser without a handle</source>
        <translation>{source}: Ein Werbetreibender ohne Nutzernamen.</translation>
    </message>
    <message>
        <source>an ad record without an advertiser</source>
        <translation>Ein Werbeeintrag ohne Werbetreibenden.</translation>
    </message>
    <message>
        <source>a batch without ad.adsUserData.{section}: layout not understood</source>
        <translation>Ein Block ohne ad.adsUserData.{section}: Aufbau nicht verstanden.</translation>
    </message>
    <message>
        <source>{where}: over {limit} fields; the rest left out</source>
        <translation>{where}: mehr als {limit} Felder; der Rest wurde ausgelassen.</translation>
    </message>
    <message>
        <source>{where}: a record with nothing in it</source>
        <translation>{where}: Ein Eintrag ohne Inhalt.</translation>
    </message>
    <message>
        <source>{where}: expected an object, found {found}</source>
        <translation>{where}: Objekt erwartet, {found} gefunden.</translation>
    </message>
    <message>
        <source>an entry without a name: &apos;{text}&apos;</source>
        <translation>Ein Eintrag ohne Namen: „{text}“.</translation>
    </message>
    <message>
        <source>row {row}: an order line without an order id</source>
        <translation>Zeile {row}: Eine Bestellposition ohne Bestellnummer.</translation>
    </message>
    <message>
        <source>row {row}: a digital order without title or order id</source>
        <translation>Zeile {row}: Eine digitale Bestellung ohne Titel oder Bestellnummer.</translation>
    </message>
    <message>
        <source>a history entry with an unreadable time &apos;{text}&apos;</source>
        <translation>Ein Verlaufseintrag mit unlesbarer Zeit „{text}“.</translation>
    </message>
    <message>
        <source>unreadable time &apos;{text}&apos;</source>
        <translation>Unlesbare Zeit „{text}“.</translation>
    </message>
    <message>
        <source>a transaction with an unreadable time &apos;{text}&apos;</source>
        <translation>Eine Transaktion mit unlesbarer Zeit „{text}“.</translation>
    </message>
    <message>
        <source>1 time written for people not understood (e.g. &apos;{text}&apos;): those items have no time</source>
        <translation>1 für Menschen geschriebene Zeit nicht verstanden (z. B. „{text}“): Dieser Eintrag hat keine Zeit.</translation>
    </message>
    <message>
        <source>{count} times written for people not understood (e.g. &apos;{text}&apos;): those items have no time</source>
        <translation>{count} für Menschen geschriebene Zeiten nicht verstanden (z. B. „{text}“): Diese Einträge haben keine Zeit.</translation>
    </message>
    <message>
        <source>{section}: an entry without an advertiser</source>
        <translation>{section}: Ein Eintrag ohne Werbetreibenden.</translation>
    </message>
    <message>
        <source>an inference that is not text: &apos;{text}&apos;</source>
        <translation>Eine Zuordnung, die kein Text ist: „{text}“.</translation>
    </message>
    <message>
        <source>{section}: an entry that is not an object</source>
        <translation>{section}: Ein Eintrag, der kein Objekt ist.</translation>
    </message>
    <message>
        <source>an empty entry ({noun})</source>
        <translation>Ein leerer Eintrag ({noun}).</translation>
    </message>
    <message>
        <source>ad interest</source>
        <translation>Werbeinteresse</translation>
    </message>
    <message>
        <source>category used to reach you</source>
        <translation>Kategorie, über die Sie erreicht werden</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>unreadable headers ({kind})</source>
        <translation>Unlesbare Kopfzeilen ({kind}).</translation>
    </message>
    <message>
        <source>broken headers: {fields}</source>
        <translation>Beschädigte Kopfzeilen: {fields}.</translation>
    </message>
    <message>
        <source>a message without From</source>
        <translation>Eine Nachricht ohne Absender (From).</translation>
    </message>
    <message>
        <source>a From without a mail address</source>
        <translation>Ein Absender (From) ohne Mailadresse.</translation>
    </message>
    <message>
        <source>unreadable Date &apos;{text}&apos;</source>
        <translation>Unlesbares Datum (Date) „{text}“.</translation>
    </message>
    <message>
        <source>data before the first message was ignored</source>
        <translation>Daten vor der ersten Nachricht wurden übergangen.</translation>
    </message>
    <message>
        <source>{count} message(s) with headers too large to be mail were skipped</source>
        <translation>{count} Nachricht(en) mit Kopfzeilen, die für Mail zu groß sind, wurden übersprungen.</translation>
    </message>
    <message>
        <source>a date Me-Cloud cannot read (unexpected language or format): &apos;{text}&apos;</source>
        <translation>Ein Datum, das Me-Cloud nicht lesen kann (unerwartete Sprache oder Form): „{text}“.</translation>
    </message>
    <message>
        <source>the page for &apos;{name}&apos; is missing from the export</source>
        <translation>Die Seite für „{name}“ fehlt im Export.</translation>
    </message>
    <message>
        <source>{absent} of {judged} messages from organisations carry no Authentication-Results header of the receiving server (older mail or another provider): their senders were taken from the From address, unchecked, as before</source>
        <translation>{absent} von {judged} Nachrichten von Organisationen tragen keine Authentication-Results-Kopfzeile des empfangenden Servers (ältere Mail oder ein anderer Anbieter): Ihre Absender wurden ungeprüft aus der From-Adresse übernommen, wie bisher.</translation>
    </message>
    <message>
        <source>1 message with an Authentication-Results header that could not be read: its sender was taken from the From address without a check</source>
        <translation>1 Nachricht mit einer Authentication-Results-Kopfzeile, die nicht lesbar war: Ihr Absender wurde ohne Prüfung aus der From-Adresse übernommen.</translation>
    </message>
    <message>
        <source>{count} messages with an Authentication-Results header that could not be read: their senders were taken from the From address without a check</source>
        <translation>{count} Nachrichten mit einer Authentication-Results-Kopfzeile, die nicht lesbar war: Ihre Absender wurden ohne Prüfung aus der From-Adresse übernommen.</translation>
    </message>
    <message>
        <source>1 message that did not authenticate as the domain in its From address (no aligned DKIM, SPF or DMARC pass): kept as unverified mail that names no brand</source>
        <translation>1 Nachricht hat sich nicht als die Domain ihrer From-Adresse ausgewiesen (kein passendes DKIM, SPF oder DMARC): als ungeprüfte Mail behalten, die keine Marke nennt.</translation>
    </message>
    <message>
        <source>{count} messages that did not authenticate as the domain in their From address (no aligned DKIM, SPF or DMARC pass): kept as unverified mail that names no brand</source>
        <translation>{count} Nachrichten haben sich nicht als die Domain ihrer From-Adresse ausgewiesen (kein passendes DKIM, SPF oder DMARC): als ungeprüfte Mail behalten, die keine Marke nennt.</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{zone}&apos;: times read as UTC</source>
        <translation>Unbekannte Zeitzone „{zone}“: Zeiten als UTC gelesen.</translation>
    </message>
    <message>
        <source>times in the HTML export carry no time zone; read as UTC (a guess: may be off by an hour around DST changes)</source>
        <translation>Zeiten im HTML-Export haben keine Zeitzone; als UTC gelesen (geschätzt: um die Zeitumstellung kann es eine Stunde abweichen).</translation>
    </message>
    <message>
        <source>times in the HTML export carry no time zone; read as UTC{offset} from the page header (a guess: may be off by an hour around DST changes)</source>
        <translation>Zeiten im HTML-Export haben keine Zeitzone; nach dem Seitenkopf als UTC{offset} gelesen (geschätzt: um die Zeitumstellung kann es eine Stunde abweichen).</translation>
    </message>
    <message>
        <source>media files (your photos and videos); not imported</source>
        <translation>Mediendateien (Ihre Fotos und Videos); nicht importiert.</translation>
    </message>
    <message>
        <source>X&apos;s archive viewer (HTML and scripts)</source>
        <translation>Der Archiv-Betrachter von X (HTML und Skripte).</translation>
    </message>
    <message>
        <source>X&apos;s own description of the files</source>
        <translation>Die Beschreibung der Dateien von X selbst.</translation>
    </message>
    <message>
        <source>a script that is not X data</source>
        <translation>Ein Skript, das keine X-Daten enthält.</translation>
    </message>
    <message>
        <source>a document or media file; not parsed</source>
        <translation>Ein Dokument oder eine Mediendatei; nicht gelesen.</translation>
    </message>
    <message>
        <source>article text as a web page; not parsed</source>
        <translation>Artikeltext als Webseite; nicht gelesen.</translation>
    </message>
    <message>
        <source>a document; not parsed</source>
        <translation>Ein Dokument; nicht gelesen.</translation>
    </message>
    <message>
        <source>the HTML copy of the JSON files</source>
        <translation>Die HTML-Kopie der JSON-Dateien.</translation>
    </message>
    <message>
        <source>the table of contents of the HTML pages</source>
        <translation>Das Inhaltsverzeichnis der HTML-Seiten.</translation>
    </message>
    <message>
        <source>photos and videos; not imported</source>
        <translation>Fotos und Videos; nicht importiert.</translation>
    </message>
    <message>
        <source>photo, video or audio file: not imported</source>
        <translation>Foto-, Video- oder Audiodatei: nicht importiert.</translation>
    </message>
    <message>
        <source>message attachment: not imported</source>
        <translation>Anhang einer Nachricht: nicht importiert.</translation>
    </message>
    <message>
        <source>technical log (app and device events); not parsed</source>
        <translation>Technisches Protokoll (App- und Geräteereignisse); nicht gelesen.</translation>
    </message>
    <message>
        <source>Spotify&apos;s explanation of the files</source>
        <translation>Die Erklärung der Dateien von Spotify.</translation>
    </message>
    <message>
        <source>page styling: not data</source>
        <translation>Seitengestaltung: keine Daten.</translation>
    </message>
    <message>
        <source>HTML copy of a file read in its JSON version</source>
        <translation>HTML-Kopie einer Datei, die in ihrer JSON-Fassung gelesen wurde.</translation>
    </message>
    <message>
        <source>one business&apos;s page of off-Meta activity: read through the index page that links to it</source>
        <translation>Die Seite eines Unternehmens zu Aktivitäten außerhalb von Meta: über die Übersichtsseite gelesen, die auf sie verweist.</translation>
    </message>
    <message>
        <source>the export&apos;s table of contents</source>
        <translation>Das Inhaltsverzeichnis des Exports.</translation>
    </message>
    <message>
        <source>index page of the archive</source>
        <translation>Übersichtsseite des Archivs.</translation>
    </message>
    <message>
        <source>the log of your own Takeout requests</source>
        <translation>Das Protokoll Ihrer eigenen Takeout-Anfragen.</translation>
    </message>
    <message>
        <source>photos, videos or recordings: nothing about brands</source>
        <translation>Fotos, Videos oder Aufnahmen: nichts über Marken.</translation>
    </message>
    <message>
        <source>your own documents, mail settings or notes: nothing about brands</source>
        <translation>Ihre eigenen Dokumente, Mail-Einstellungen oder Notizen: nichts über Marken.</translation>
    </message>
    <message>
        <source>your contacts and calendar: people, not brands</source>
        <translation>Ihre Kontakte und Ihr Kalender: Menschen, keine Marken.</translation>
    </message>
    <message>
        <source>account and device settings</source>
        <translation>Konto- und Geräteeinstellungen.</translation>
    </message>
    <message>
        <source>fitness and health data: not imported</source>
        <translation>Fitness- und Gesundheitsdaten: nicht importiert.</translation>
    </message>
    <message>
        <source>YouTube subscriptions, playlists, comments and uploads: not imported</source>
        <translation>YouTube-Abos, -Playlists, -Kommentare und -Uploads: nicht importiert.</translation>
    </message>
    <message>
        <source>Chrome bookmarks, extensions and settings: not imported</source>
        <translation>Chrome-Lesezeichen, -Erweiterungen und -Einstellungen: nicht importiert.</translation>
    </message>
    <message>
        <source>location settings and deleted places</source>
        <translation>Standorteinstellungen und gelöschte Orte.</translation>
    </message>
    <message>
        <source>money sends between people and passes: no brand data</source>
        <translation>Geldsendungen zwischen Personen und Karten: keine Markendaten.</translation>
    </message>
    <message>
        <source>Play Store devices, reviews and library: not imported</source>
        <translation>Play-Store-Geräte, -Bewertungen und -Bibliothek: nicht importiert.</translation>
    </message>
    <message>
        <source>saved places and map edits: not imported</source>
        <translation>Gespeicherte Orte und Kartenänderungen: nicht importiert.</translation>
    </message>
    <message>
        <source>voice recordings attached to My Activity: not imported</source>
        <translation>Sprachaufnahmen zu „Meine Aktivitäten“: nicht importiert.</translation>
    </message>
    <message>
        <source>a Google product with nothing about brands</source>
        <translation>Ein Google-Produkt ohne Angaben zu Marken.</translation>
    </message>
    <message>
        <source>not valid {encoding} text ({reason})</source>
        <translation>kein gültiger {encoding}-Text ({reason})</translation>
    </message>
    <message>
        <source>does not start with the expected `window.YTD.&lt;name&gt; = ` assignment</source>
        <translation>beginnt nicht mit der erwarteten Zuweisung `window.YTD.&lt;name&gt; = `</translation>
    </message>
    <message>
        <source>a text value is larger than {limit_bytes}</source>
        <translation>ein Textwert ist größer als {limit_bytes}</translation>
    </message>
    <message>
        <source>a number or word is longer than {limit_bytes}</source>
        <translation>eine Zahl oder ein Wort ist länger als {limit_bytes}</translation>
    </message>
    <message>
        <source>JSON nested deeper than {depth} levels</source>
        <translation>JSON ist tiefer als {depth} Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>one entry is larger than {limit_bytes}</source>
        <translation>ein Eintrag ist größer als {limit_bytes}</translation>
    </message>
    <message>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>{name} with BOM</source>
        <translation>{name} mit BOM</translation>
    </message>
    <message>
        <source>{name} (no BOM)</source>
        <translation>{name} (ohne BOM)</translation>
    </message>
    <message>
        <source>{name} (detected)</source>
        <translation>{name} (erkannt)</translation>
    </message>
    <message>
        <source>{encoding}, tab-separated</source>
        <translation>{encoding}, durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>{encoding}, semicolon-separated</source>
        <translation>{encoding}, durch Semikolons getrennt</translation>
    </message>
    <message>
        <source>{encoding}, |-separated</source>
        <translation>{encoding}, durch | getrennt</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>New items:</source>
        <translation>Neue Einträge:</translation>
    </message>
    <message>
        <source>%1 (of %2 read)</source>
        <translation>%1 (von %2 gelesenen)</translation>
    </message>
    <message>
        <source>New touchpoints:</source>
        <translation>Neue Kontaktpunkte:</translation>
    </message>
    <message>
        <source>New brands:</source>
        <translation>Neue Marken:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>understood %1 · recognised but skipped %2 · could not be read %3 · unknown %4</source>
        <translation>verstanden %1 · erkannt, aber übersprungen %2 · nicht lesbar %3 · unbekannt %4</translation>
    </message>
    <message>
        <source>Malformed records:</source>
        <translation>Fehlerhafte Datensätze:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Files understood</source>
        <translation>Verstandene Dateien</translation>
    </message>
    <message>
        <source>Understood (%1)</source>
        <translation>Verstanden (%1)</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Warum sie nicht lesbar war</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Dateien, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>Could not be read (%1)</source>
        <translation>Nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Files not in UTF-8</source>
        <translation>Dateien, die nicht in UTF-8 sind</translation>
    </message>
    <message>
        <source>Text encodings (%1)</source>
        <translation>Textkodierungen (%1)</translation>
    </message>
    <message>
        <source>Name as shown</source>
        <translation>Name wie angezeigt</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <source>Names repaired or cleaned</source>
        <translation>Reparierte oder bereinigte Namen</translation>
    </message>
    <message>
        <source>Repaired names (%1)</source>
        <translation>Reparierte Namen (%1)</translation>
    </message>
    <message>
        <source>Why skipped</source>
        <translation>Warum übersprungen</translation>
    </message>
    <message>
        <source>Files skipped</source>
        <translation>Übersprungene Dateien</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation>Übersprungen (%1)</translation>
    </message>
    <message>
        <source>Unknown files</source>
        <translation>Unbekannte Dateien</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Malformed records</source>
        <translation>Fehlerhafte Datensätze</translation>
    </message>
    <message>
        <source>Issues (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Notes on how files were read</source>
        <translation>Hinweise dazu, wie Dateien gelesen wurden</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Hinweise (%1)</translation>
    </message>
    <message>
        <source>What&apos;s &amp;new</source>
        <translation>&amp;Was ist neu</translation>
    </message>
    <message>
        <source>Unknown files were not read: Me-Cloud does not know their format yet. Nothing is dropped silently.</source>
        <translation>Unbekannte Dateien wurden nicht gelesen: Me-Cloud kennt ihr Format noch nicht. Nichts geht stillschweigend verloren.</translation>
    </message>
    <message>
        <source>garbled characters repaired</source>
        <translation>verstümmelte Zeichen repariert</translation>
    </message>
    <message>
        <source>characters lost in the export left out: check the name</source>
        <translation>im Export verlorene Zeichen weggelassen: bitte den Namen prüfen</translation>
    </message>
    <message>
        <source>not recognised: items were typed by their content alone; some may be typed wrongly</source>
        <translation>nicht erkannt: Einträge wurden allein nach ihrem Inhalt eingeordnet; manche könnten falsch eingeordnet sein</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Welcome to Me-Cloud</source>
        <translation>Willkommen bei Me-Cloud</translation>
    </message>
    <message>
        <source>Me-Cloud keeps the data exports you download from Google, Facebook, Instagram and others in one encrypted vault on this computer, and shows which brands hold which data on you.</source>
        <translation>Me-Cloud bewahrt die Datenexporte, die Sie bei Google, Facebook, Instagram und anderen herunterladen, in einem verschlüsselten Tresor auf diesem Computer auf und zeigt, welche Marken welche Daten über Sie haben.</translation>
    </message>
    <message>
        <source>Choose a passphrase for your new vault. Nobody can open the vault without it.</source>
        <translation>Wählen Sie eine Passphrase für Ihren neuen Tresor. Ohne sie kann niemand den Tresor öffnen.</translation>
    </message>
    <message>
        <source>The vault will be created in: %1</source>
        <translation>Der Tresor wird angelegt in: %1</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Tresor &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>DeletionAck</name>
    <message>
        <source>deletion confirmed by %1 on %2</source>
        <translation>Löschung bestätigt von %1 am %2</translation>
    </message>
    <message>
        <source>The deletion confirmation %1 was refused: %2</source>
        <translation>Die Löschbestätigung %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Consent %1: %2.</source>
        <translation>Einwilligung %1: %2.</translation>
    </message>
    <message>
        <source>(It was recorded already.)</source>
        <translation>(Sie war schon vermerkt.)</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <source>Which company is this?</source>
        <translation>Welches Unternehmen ist das?</translation>
    </message>
    <message>
        <source>Search the company database for the legal entity behind %1.</source>
        <translation>Suchen Sie in der Unternehmensdatenbank den Rechtsträger hinter %1.</translation>
    </message>
    <message>
        <source>Company or brand name…</source>
        <translation>Unternehmens- oder Markenname…</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Unternehmen suchen</translation>
    </message>
    <message>
        <source>Companies found</source>
        <translation>Gefundene Unternehmen</translation>
    </message>
    <message>
        <source>It is &amp;not in the database</source>
        <translation>Es steht &amp;nicht in der Datenbank</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>This export could not be imported.</source>
        <translation>Dieser Export konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>This could not be done with this consent.</source>
        <translation>Das ist mit dieser Einwilligung nicht möglich.</translation>
    </message>
    <message>
        <source>This firm is not in the vault.</source>
        <translation>Diese Firma ist nicht im Tresor.</translation>
    </message>
    <message>
        <source>This brand could not be found.</source>
        <translation>Diese Marke wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>In diesem Ordner gibt es keinen Tresor.</translation>
    </message>
    <message>
        <source>There is already a vault in this folder.</source>
        <translation>In diesem Ordner gibt es schon einen Tresor.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged.</source>
        <translation>Die Dateien des Tresors sind beschädigt.</translation>
    </message>
    <message>
        <source>The keychain of this computer cannot be used.</source>
        <translation>Der Schlüsselbund dieses Computers kann nicht genutzt werden.</translation>
    </message>
    <message>
        <source>The backup could not be used.</source>
        <translation>Die Sicherung konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The bundle was rejected.</source>
        <translation>Das Paket wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Me-Cloud could not do this.</source>
        <translation>Das konnte Me-Cloud nicht ausführen.</translation>
    </message>
    <message>
        <source>Me-Cloud</source>
        <translation>Me-Cloud</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Something went wrong. The details below can be copied into a bug report.</source>
        <translation>Etwas ist schiefgegangen. Die Details unten können Sie in einen Fehlerbericht kopieren.</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>it has an unsubscribe link</source>
        <translation>enthält einen Abmeldelink</translation>
    </message>
    <message>
        <source>sent to a mailing list</source>
        <translation>an eine Verteilerliste gesendet</translation>
    </message>
    <message>
        <source>sent in bulk</source>
        <translation>als Massen-Mail verschickt</translation>
    </message>
    <message>
        <source>part of a marketing campaign</source>
        <translation>Teil einer Werbekampagne</translation>
    </message>
    <message>
        <source>sent via %1</source>
        <translation>verschickt über %1</translation>
    </message>
    <message>
        <source>sent you mail</source>
        <translation>hat Ihnen geschrieben</translation>
    </message>
    <message>
        <source>Marketing mail: %1</source>
        <translation>Werbe-Mail: %1</translation>
    </message>
</context>
<context>
    <name>ExportChooser</name>
    <message>
        <source>Choose exports</source>
        <translation>Exporte wählen</translation>
    </message>
    <message>
        <source>Exports (%1)</source>
        <translation>Exporte (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>An unpacked export, or a folder of mailboxes</source>
        <translation>Ein entpackter Export oder ein Ordner mit Postfächern</translation>
    </message>
    <message>
        <source>Or the whole folder:</source>
        <translation>Oder den ganzen Ordner:</translation>
    </message>
    <message>
        <source>Import the &amp;folder “%1”</source>
        <translation>&amp;Ordner „%1“ importieren</translation>
    </message>
</context>
<context>
    <name>FirmCardView</name>
    <message>
        <source>Firm card</source>
        <translation>Firmenkarte</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Legal entity:</source>
        <translation>Rechtsträger:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation>Bittet um:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
</context>
<context>
    <name>FirmsScreen</name>
    <message>
        <source>Firms and consents</source>
        <translation>Firmen und Einwilligungen</translation>
    </message>
    <message>
        <source>Share chosen data with a firm on your terms: add its card, grant a consent, then share a signed, encrypted bundle only that firm can open. Revoke at any time.</source>
        <translation>Geben Sie ausgewählte Daten zu Ihren Bedingungen an eine Firma weiter: Karte hinzufügen, Einwilligung erteilen, dann ein signiertes, verschlüsseltes Paket weitergeben, das nur diese Firma öffnen kann. Jederzeit widerrufbar.</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>&amp;Add a firm card…</source>
        <translation>Firmenkarte &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Weitergaben</translation>
    </message>
    <message>
        <source>Consents given to this firm</source>
        <translation>Einwilligungen für diese Firma</translation>
    </message>
    <message>
        <source>&amp;Grant a consent…</source>
        <translation>Einwilligung &amp;erteilen…</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Weitergeben…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Wider&amp;rufen…</translation>
    </message>
    <message>
        <source>Import deletion confirmation…</source>
        <translation>Löschbestätigung importieren…</translation>
    </message>
    <message>
        <source>A firm&apos;s signed confirmation that it deleted the data of a consent</source>
        <translation>Die signierte Bestätigung einer Firma, dass sie die Daten einer Einwilligung gelöscht hat</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Choose a firm card</source>
        <translation>Firmenkarte wählen</translation>
    </message>
    <message>
        <source>Firm cards (*.jws);;All files (*)</source>
        <translation>Firmenkarten (*.jws);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the deletion confirmation</source>
        <translation>Löschbestätigung auswählen</translation>
    </message>
    <message>
        <source>Deletion confirmations (*.jws);;All files (*)</source>
        <translation>Löschbestätigungen (*.jws);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No firms yet</source>
        <translation>Noch keine Firmen</translation>
    </message>
    <message>
        <source>This consent is %1: nothing more can be shared under it.</source>
        <translation>Diese Einwilligung ist %1: Unter ihr kann nichts mehr weitergegeben werden.</translation>
    </message>
    <message>
        <source>%1 is too large to be a firm card.</source>
        <translation>%1 ist zu groß für eine Firmenkarte.</translation>
    </message>
    <message>
        <source>Add this firm?</source>
        <translation>Diese Firma hinzufügen?</translation>
    </message>
    <message>
        <source>%1 (%2). Its fingerprint is:

%3

Compare it with the fingerprint the firm gave you another way (its website, a letter). Add the firm only if they match.</source>
        <translation>%1 (%2). Ihr Fingerabdruck lautet:

%3

Vergleichen Sie ihn mit dem Fingerabdruck, den Ihnen die Firma auf anderem Weg mitgeteilt hat (ihre Website, ein Brief). Fügen Sie die Firma nur hinzu, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>&amp;Add the firm</source>
        <translation>Firma &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Revoke consent %1 for %2? This is final: nothing more can be shared under it.

Data already shared stays with the firm until the firm deletes it. The revocation tells it to stop using the data and to delete it.

You then save a signed notice. Me-Cloud never goes online: send the notice to the firm yourself, by e-mail to %3 or with its own form.</source>
        <translation>Einwilligung %1 für %2 widerrufen? Das ist endgültig: Darunter kann nichts mehr geteilt werden.

Bereits geteilte Daten bleiben bei der Firma, bis sie sie löscht. Der Widerruf fordert sie auf, die Daten nicht mehr zu nutzen und zu löschen.

Sie speichern dann einen signierten Widerruf. Me-Cloud geht nie online: Senden Sie ihn selbst an die Firma, per E-Mail an %3 oder über ihr eigenes Formular.</translation>
    </message>
    <message>
        <source>Consent %1 granted to %2 until %3. You can share it now.</source>
        <translation>Einwilligung %1 für %2 bis %3 erteilt. Sie können jetzt weitergeben.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Paket speichern</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>Weitergegeben: %1</translation>
    </message>
    <message>
        <source>Revoke consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Save the revocation notice</source>
        <translation>Widerrufsmitteilung speichern</translation>
    </message>
    <message>
        <source>Consent %1 revoked. Send the signed notice to the firm: %2</source>
        <translation>Einwilligung %1 widerrufen. Schicken Sie der Firma die signierte Mitteilung: %2</translation>
    </message>
</context>
<context>
    <name>FirstStepsScreen</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Me-Cloud shows what companies know about you, from the data the platforms you use give you when you ask. Three steps:</source>
        <translation>Me-Cloud zeigt, was Unternehmen über Sie wissen – aus den Daten, die Ihnen Ihre Plattformen auf Anfrage herausgeben. Drei Schritte:</translation>
    </message>
    <message>
        <source>1. Tick the platforms you use.</source>
        <translation>1. Haken Sie die Plattformen an, die Sie nutzen.</translation>
    </message>
    <message>
        <source>Platforms you use</source>
        <translation>Plattformen, die Sie nutzen</translation>
    </message>
    <message>
        <source>2. Ask each of them for your data</source>
        <translation>2. Fragen Sie jede nach Ihren Daten</translation>
    </message>
    <message>
        <source>Where to ask: click to open it in your browser</source>
        <translation>Wo Sie anfragen: Klicken öffnet die Seite in Ihrem Browser</translation>
    </message>
    <message>
        <source>I &amp;asked for it today</source>
        <translation>Heute &amp;angefragt</translation>
    </message>
    <message>
        <source>3. When the export arrives</source>
        <translation>3. Wenn der Export ankommt</translation>
    </message>
    <message>
        <source>The platform sends you an e-mail with a download link, usually after a few days. Download the zip file (or files), keep them as they are (no need to unzip), and drop them on this window or press Import. You can choose the files of several platforms at once; each is imported on its own.</source>
        <translation>Die Plattform schickt Ihnen meist nach einigen Tagen eine E-Mail mit einem Download-Link. Laden Sie die ZIP-Datei (oder Dateien) herunter, lassen Sie sie, wie sie sind (nicht entpacken), und ziehen Sie sie auf dieses Fenster oder klicken Sie auf Importieren. Sie können die Dateien mehrerer Plattformen auf einmal wählen; jede wird einzeln importiert.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Tick a platform to see how to ask it.</source>
        <translation>Haken Sie eine Plattform an, um zu sehen, wie Sie dort anfragen.</translation>
    </message>
    <message>
        <source>Usually ready after %1 days; the download link then stays valid for %2 days.</source>
        <translation>Meist nach %1 Tagen bereit; der Download-Link gilt dann %2 Tage.</translation>
    </message>
    <message>
        <source>Noted. Export requests reminds you when %1&apos;s export should be ready.</source>
        <translation>Notiert. Unter Exportanfragen sehen Sie, wann der Export von %1 bereit sein sollte.</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Grant a consent to %1</source>
        <translation>Einwilligung für %1 erteilen</translation>
    </message>
    <message>
        <source>For which purposes (the firm asked for these)</source>
        <translation>Für welche Zwecke (die Firma hat darum gebeten)</translation>
    </message>
    <message>
        <source>Which data</source>
        <translation>Welche Daten</translation>
    </message>
    <message>
        <source>I confirm sharing sensitive data (marked ⚠)</source>
        <translation>Ich bestätige die Weitergabe sensibler Daten (mit ⚠ markiert)</translation>
    </message>
    <message>
        <source>Only from these platforms (none ticked: all)</source>
        <translation>Nur von diesen Plattformen (keine angekreuzt: alle)</translation>
    </message>
    <message>
        <source>Only about these brands (none ticked: all)</source>
        <translation>Nur über diese Marken (keine angekreuzt: alle)</translation>
    </message>
    <message>
        <source>Search brands…</source>
        <translation>Marken suchen…</translation>
    </message>
    <message>
        <source>Search brands</source>
        <translation>Marken suchen</translation>
    </message>
    <message>
        <source>Brands to include</source>
        <translation>Einzuschließende Marken</translation>
    </message>
    <message>
        <source>Time and terms</source>
        <translation>Zeitraum und Bedingungen</translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation>Einwilligung endet am</translation>
    </message>
    <message>
        <source>Only data since</source>
        <translation>Nur Daten seit</translation>
    </message>
    <message>
        <source>Allow several shares (otherwise one share only)</source>
        <translation>Mehrere Weitergaben erlauben (sonst nur eine)</translation>
    </message>
    <message>
        <source>Do not sell or share my data (Global Privacy Control)</source>
        <translation>Meine Daten nicht verkaufen oder weitergeben (Global Privacy Control)</translation>
    </message>
    <message>
        <source>Include the original export records, not only the summaries</source>
        <translation>Die ursprünglichen Exportdatensätze mitgeben, nicht nur die Zusammenfassungen</translation>
    </message>
    <message>
        <source>Consent &amp;ends on:</source>
        <translation>Einwilligung &amp;endet am:</translation>
    </message>
    <message>
        <source>What this consent will cover</source>
        <translation>Was diese Einwilligung umfasst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Preview of the first items</source>
        <translation>Vorschau der ersten Einträge</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
        <source>&amp;Grant consent</source>
        <translation>Einwilligung &amp;erteilen</translation>
    </message>
    <message>
        <source>Tick at least one purpose and one kind of data.</source>
        <translation>Kreuzen Sie mindestens einen Zweck und eine Art von Daten an.</translation>
    </message>
    <message>
        <source>Items: %1 · touchpoints: %2 · from %3 to %4</source>
        <translation>Einträge: %1 · Kontaktpunkte: %2 · vom %3 bis %4</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an export</source>
        <translation>Export importieren</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message numerus="yes">
        <source>Import %n exports</source>
        <translation>
            <numerusform>%n Export importieren</numerusform>
            <numerusform>%n Exporte importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Detected: %1. Files in the export: %2.</source>
        <translation>Erkannt: %1. Dateien im Export: %2.</translation>
    </message>
    <message>
        <source>Me-Cloud could not tell which platform this export is from. Choose it if you know.</source>
        <translation>Me-Cloud konnte nicht erkennen, von welcher Plattform dieser Export stammt. Wählen Sie sie, wenn Sie es wissen.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Bereit zum Import.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>It holds other zip files inside: unzip it and import those instead.</source>
        <translation>Sie enthält weitere ZIP-Dateien: Entpacken Sie sie und importieren Sie diese.</translation>
    </message>
    <message numerus="yes">
        <source>This selection holds %n exports. Each is imported on its own, with its own report:</source>
        <translation>
            <numerusform>Diese Auswahl enthält %n Export. Er wird mit eigenem Bericht importiert:</numerusform>
            <numerusform>Diese Auswahl enthält %n Exporte. Jeder wird einzeln importiert, mit eigenem Bericht:</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, because Me-Cloud does not know them as an export:</source>
        <translation>Ausgelassen, weil Me-Cloud sie nicht als Export kennt:</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 wird importiert (%2 von %3)…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Items read: %1</source>
        <translation>Gelesene Einträge: %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Wird gelesen: %1</translation>
    </message>
    <message>
        <source>The import failed; the vault is unchanged.</source>
        <translation>Der Import ist fehlgeschlagen; der Tresor ist unverändert.</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this export will be saved.</source>
        <translation>Wird abgebrochen… Von diesem Export wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Drop exports anywhere on this window: zip files (those of several platforms at once), a folder, TikTok&apos;s .json file or a mailbox. Me-Cloud detects each platform and shows you what it understood.</source>
        <translation>Ziehen Sie Exporte auf dieses Fenster: ZIP‑Dateien (auch mehrerer Plattformen auf einmal), einen Ordner, die .json‑Datei von TikTok oder ein Postfach. Me‑Cloud erkennt jede Plattform und zeigt, was es verstanden hat.</translation>
    </message>
    <message>
        <source>Choose &amp;exports…</source>
        <translation>&amp;Exporte wählen…</translation>
    </message>
    <message>
        <source>Files of any supported kind, or a folder</source>
        <translation>Dateien jeder unterstützten Art oder ein Ordner</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Bisherige Importe</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>New items</source>
        <translation>Neue Einträge</translation>
    </message>
    <message>
        <source>New touchpoints</source>
        <translation>Neue Kontaktpunkte</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Show &amp;report…</source>
        <translation>&amp;Bericht zeigen…</translation>
    </message>
    <message>
        <source>%1 understood, %2 skipped, %3 unknown</source>
        <translation>%1 verstanden, %2 übersprungen, %3 unbekannt</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Customer list</source>
        <translation>Kundenliste</translation>
    </message>
    <message>
        <source>Activity shared</source>
        <translation>Aktivität übermittelt</translation>
    </message>
    <message>
        <source>Ad targeting</source>
        <translation>Werbe-Targeting</translation>
    </message>
    <message>
        <source>Ad engagement</source>
        <translation>Werbeinteraktion</translation>
    </message>
    <message>
        <source>Inferred interest</source>
        <translation>Abgeleitetes Interesse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Activity kept</source>
        <translation>Gespeicherte Aktivität</translation>
    </message>
    <message>
        <source>The platform keeps a record of what you did or where you were: searches, views, places.</source>
        <translation>Die Plattform speichert, was Sie getan haben oder wo Sie waren: Suchen, Aufrufe, Orte.</translation>
    </message>
    <message>
        <source>The brand uploaded a list of customers that matched you.</source>
        <translation>Die Marke hat eine Kundenliste hochgeladen, auf der Sie erkannt wurden.</translation>
    </message>
    <message>
        <source>The brand&apos;s website or app sent your activity to a platform.</source>
        <translation>Website oder App der Marke hat Ihre Aktivität an eine Plattform übermittelt.</translation>
    </message>
    <message>
        <source>The brand showed you ads or targeted you by an audience.</source>
        <translation>Die Marke hat Ihnen Werbung gezeigt oder Sie über eine Zielgruppe angesprochen.</translation>
    </message>
    <message>
        <source>You clicked or engaged with the brand&apos;s ad.</source>
        <translation>Sie haben auf Werbung der Marke geklickt oder mit ihr interagiert.</translation>
    </message>
    <message>
        <source>A platform filed you under an interest or segment for advertisers.</source>
        <translation>Eine Plattform hat Sie für Werbetreibende einem Interesse oder Segment zugeordnet.</translation>
    </message>
    <message>
        <source>The brand mails you: it holds your email address.</source>
        <translation>Die Marke schreibt Ihnen E-Mails: Sie hat Ihre Adresse.</translation>
    </message>
    <message>
        <source>You have an account with the brand.</source>
        <translation>Sie haben ein Konto bei der Marke.</translation>
    </message>
    <message>
        <source>You bought something from the brand.</source>
        <translation>Sie haben bei der Marke etwas gekauft.</translation>
    </message>
    <message>
        <source>You visited the brand&apos;s website or place.</source>
        <translation>Sie haben die Website oder einen Ort der Marke besucht.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Tresor angelegt</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <source>Passphrase reset with the recovery code</source>
        <translation>Passphrase mit dem Wiederherstellungscode neu gesetzt</translation>
    </message>
    <message>
        <source>Vault re-encrypted, new recovery code</source>
        <translation>Tresor neu verschlüsselt, neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>New recovery code confirmed, older ones stop working</source>
        <translation>Neuer Wiederherstellungscode bestätigt, ältere gelten nicht mehr</translation>
    </message>
    <message>
        <source>Remembered on this device</source>
        <translation>Auf diesem Gerät gemerkt</translation>
    </message>
    <message>
        <source>Forgotten on this device</source>
        <translation>Auf diesem Gerät vergessen</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sicherung geschrieben</translation>
    </message>
    <message>
        <source>Export imported</source>
        <translation>Export importiert</translation>
    </message>
    <message>
        <source>Brands merged</source>
        <translation>Marken zusammengeführt</translation>
    </message>
    <message>
        <source>Brand split</source>
        <translation>Marke getrennt</translation>
    </message>
    <message>
        <source>Brand renamed</source>
        <translation>Marke umbenannt</translation>
    </message>
    <message>
        <source>Company of a brand corrected</source>
        <translation>Unternehmen einer Marke korrigiert</translation>
    </message>
    <message>
        <source>Export requested from a platform</source>
        <translation>Export bei einer Plattform angefragt</translation>
    </message>
    <message>
        <source>Firm added</source>
        <translation>Firma hinzugefügt</translation>
    </message>
    <message>
        <source>Firm card updated</source>
        <translation>Firmenkarte aktualisiert</translation>
    </message>
    <message>
        <source>Consent granted</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Revocation notice written again</source>
        <translation>Widerrufsmitteilung erneut geschrieben</translation>
    </message>
    <message>
        <source>Data shared under a consent</source>
        <translation>Daten mit Einwilligung weitergegeben</translation>
    </message>
    <message>
        <source>A share cut short was taken back</source>
        <translation>Eine abgebrochene Weitergabe wurde zurückgenommen</translation>
    </message>
    <message>
        <source>A firm confirmed it deleted the data</source>
        <translation>Eine Firma hat bestätigt, dass sie die Daten gelöscht hat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Used (one share only)</source>
        <translation>Verbraucht (nur eine Weitergabe)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Weitergegeben</translation>
    </message>
    <message>
        <source>Deletion confirmed</source>
        <translation>Löschung bestätigt</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Write a letter</source>
        <translation>Brief schreiben</translation>
    </message>
    <message>
        <source>Access: what do you hold on me? (Art. 15 GDPR)</source>
        <translation>Auskunft: Was speichern Sie über mich? (Art. 15 DSGVO)</translation>
    </message>
    <message>
        <source>Erasure: delete my data (Art. 17 GDPR)</source>
        <translation>Löschung: Löschen Sie meine Daten (Art. 17 DSGVO)</translation>
    </message>
    <message>
        <source>Objection to direct marketing (Art. 21 GDPR)</source>
        <translation>Widerspruch gegen Direktwerbung (Art. 21 DSGVO)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Ihr Name (freiwillig)</translation>
    </message>
    <message>
        <source>The e-mail address you use with this company (optional)</source>
        <translation>Die E-Mail-Adresse, die Sie bei diesem Unternehmen nutzen (freiwillig)</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>Der Brief</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anliegen:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <source>Your e-mail:</source>
        <translation>Ihre E-Mail:</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Brief speichern</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Me-Cloud</source>
        <translation>Me-Cloud</translation>
    </message>
    <message>
        <source>Open another vault</source>
        <translation>Anderen Tresor öffnen</translation>
    </message>
    <message>
        <source>There is no Me-Cloud vault in %1. Choose the folder that holds it.</source>
        <translation>In %1 liegt kein Me-Cloud-Tresor. Wählen Sie den Ordner, der ihn enthält.</translation>
    </message>
    <message>
        <source>Me-Cloud will lock</source>
        <translation>Me-Cloud wird gesperrt</translation>
    </message>
    <message>
        <source>Me-Cloud was not used for a while and locks in one minute. Open windows, such as a report, will then close.</source>
        <translation>Me-Cloud wurde eine Weile nicht benutzt und wird in einer Minute gesperrt. Offene Fenster, etwa ein Bericht, werden dann geschlossen.</translation>
    </message>
    <message>
        <source>&amp;Stay unlocked</source>
        <translation>&amp;Entsperrt bleiben</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without use.</source>
        <translation>
            <numerusform>Nach %n Minute ohne Nutzung gesperrt.</numerusform>
            <numerusform>Nach %n Minuten ohne Nutzung gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation>Ein Import läuft</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and close Me-Cloud? Nothing of that import will be saved.</source>
        <translation>Ein Import läuft noch. Abbrechen und Me-Cloud schließen? Von diesem Import wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Use at least %1 characters. Several unrelated words are easy to remember.</source>
        <translation>Mindestens %1 Zeichen. Mehrere Wörter, die nichts miteinander zu tun haben, merkt man sich leicht.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words or characters.</source>
        <translation>Schwach: leicht zu erraten. Fügen Sie weitere Wörter oder Zeichen hinzu.</translation>
    </message>
    <message>
        <source>Fair. A few more words make it strong.</source>
        <translation>Mittel. Ein paar Wörter mehr machen sie stark.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>A new recovery code re-encrypts your vault under a new key. Your old recovery code stops working. Type your passphrase to go on.</source>
        <translation>Ein neuer Wiederherstellungscode verschlüsselt Ihren Tresor mit einem neuen Schlüssel. Ihr alter Wiederherstellungscode funktioniert dann nicht mehr. Geben Sie zum Fortfahren Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation>Neuen Code &amp;erzeugen</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Touchpoints by kind</source>
        <translation>Kontaktpunkte nach Art</translation>
    </message>
    <message>
        <source>Touchpoints by platform</source>
        <translation>Kontaktpunkte nach Plattform</translation>
    </message>
    <message>
        <source>Touchpoints over time</source>
        <translation>Kontaktpunkte im Zeitverlauf</translation>
    </message>
    <message>
        <source>Brands with the most touchpoints</source>
        <translation>Marken mit den meisten Kontaktpunkten</translation>
    </message>
    <message>
        <source>Reading your vault…</source>
        <translation>Ihr Tresor wird gelesen…</translation>
    </message>
    <message>
        <source>Counting touchpoints over time…</source>
        <translation>Kontaktpunkte über die Zeit werden gezählt…</translation>
    </message>
    <message>
        <source>Brands holding data on you</source>
        <translation>Marken mit Daten über Sie</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Items in your vault</source>
        <translation>Einträge in Ihrem Tresor</translation>
    </message>
    <message>
        <source>Exports imported</source>
        <translation>Importierte Exporte</translation>
    </message>
    <message>
        <source>Nothing imported yet. Download your data from a platform (Google Takeout, Facebook or Instagram &quot;Download your information&quot;, the X archive, LinkedIn, Spotify, Amazon, Snapchat, or your mail as mbox) and drop the file on this window.</source>
        <translation>Noch nichts importiert. Laden Sie Ihre Daten bei einer Plattform herunter (Google Takeout, „Deine Informationen herunterladen“ bei Facebook oder Instagram, das X-Archiv, LinkedIn, Spotify, Amazon, Snapchat oder Ihre E-Mails als mbox) und ziehen Sie die Datei auf dieses Fenster.</translation>
    </message>
    <message>
        <source>&amp;Import an export…</source>
        <translation>Export &amp;importieren…</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover with the recovery code</source>
        <translation>Mit dem Wiederherstellungscode zurückholen</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created the vault, then choose a new passphrase.</source>
        <translation>Geben Sie den Wiederherstellungscode ein, den Sie beim Anlegen des Tresors notiert haben, und wählen Sie dann eine neue Passphrase.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Wiederherstellungs&amp;code:</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your vault. Write it down or print it, and keep it somewhere safe. It is shown only this once and is not stored anywhere.</source>
        <translation>Wenn Sie Ihre Passphrase vergessen, ist dieser Code der einzige Weg zurück in Ihren Tresor. Schreiben Sie ihn auf oder drucken Sie ihn aus und bewahren Sie ihn sicher auf. Er wird nur dieses eine Mal angezeigt und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copied for one minute, then removed from the clipboard</source>
        <translation>Eine Minute lang kopiert, dann aus der Zwischenablage entfernt</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>To check that you have it, type two of its groups (the blocks between the dashes):</source>
        <translation>Zur Kontrolle geben Sie zwei seiner Gruppen ein (die Blöcke zwischen den Bindestrichen):</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation>Gruppe &amp;%1:</translation>
    </message>
    <message>
        <source>Copied. It leaves the clipboard in one minute.</source>
        <translation>Kopiert. In einer Minute wird er aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>Me-Cloud recovery code</source>
        <translation>Me-Cloud-Wiederherstellungscode</translation>
    </message>
    <message>
        <source>The only way back into your vault if you forget your passphrase. Keep it safe.</source>
        <translation>Der einzige Weg zurück in Ihren Tresor, wenn Sie Ihre Passphrase vergessen. Bewahren Sie ihn sicher auf.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <source>Export requests</source>
        <translation>Exportanfragen</translation>
    </message>
    <message>
        <source>Platforms only give you your data when you ask. Ask every few months, so Me-Cloud can show what changed. A link opens in your browser only when you click it: Me-Cloud itself never goes online.</source>
        <translation>Plattformen geben Ihnen Ihre Daten nur, wenn Sie danach fragen. Fragen Sie alle paar Monate, damit Me-Cloud zeigen kann, was sich geändert hat. Ein Link öffnet sich nur in Ihrem Browser, wenn Sie ihn anklicken: Me-Cloud selbst geht nie online.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Angefragt am</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Letzter Import</translation>
    </message>
    <message>
        <source>Export requests per platform</source>
        <translation>Exportanfragen je Plattform</translation>
    </message>
    <message>
        <source>Where to ask: click to open it in your browser</source>
        <translation>Wo Sie anfragen: Klicken öffnet die Seite in Ihrem Browser</translation>
    </message>
    <message>
        <source>I requested it &amp;today</source>
        <translation>&amp;Heute angefragt</translation>
    </message>
    <message>
        <source>Date you asked</source>
        <translation>Datum Ihrer Anfrage</translation>
    </message>
    <message>
        <source>I &amp;asked for it on this date</source>
        <translation>An diesem Tag &amp;angefragt</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>Noch nie angefragt</translation>
    </message>
    <message>
        <source>Asked — usually ready from %1</source>
        <translation>Angefragt – meist bereit ab %1</translation>
    </message>
    <message>
        <source>Should be ready: download before %1</source>
        <translation>Wohl bereit: bis %1 herunterladen</translation>
    </message>
    <message>
        <source>Link probably expired: ask again</source>
        <translation>Link vermutlich abgelaufen: erneut anfragen</translation>
    </message>
    <message>
        <source>Time for a fresh export</source>
        <translation>Zeit für einen neuen Export</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Usually ready after %1 days; the download link then stays valid for %2 days.</source>
        <translation>Meist nach %1 Tagen bereit; der Download-Link gilt dann %2 Tage.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Passphrase and recovery</source>
        <translation>Passphrase und Wiederherstellung</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>Passphrase ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery code…</source>
        <translation>Neuen Wiederherstellungs&amp;code erzeugen…</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>&amp;Remember the vault on this device (unlock without the passphrase)</source>
        <translation>Tresor auf diesem Gerät &amp;merken (ohne Passphrase entsperren)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Sperren nach Minuten ohne Nutzung</translation>
    </message>
    <message>
        <source>Vault location</source>
        <translation>Speicherort des Tresors</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Sperren nach:</translation>
    </message>
    <message>
        <source>Vault location:</source>
        <translation>Speicherort des Tresors:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Your vault</source>
        <translation>Ihr Tresor</translation>
    </message>
    <message>
        <source>The vault key is kept in this computer&apos;s keychain. Anyone who can log in as you can open it.</source>
        <translation>Der Tresorschlüssel liegt im Schlüsselbund dieses Computers. Wer sich als Sie anmelden kann, kann den Tresor öffnen.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Your recovery code was made on %1. It is stored nowhere: only the copy you wrote down can open the vault if you forget the passphrase.</source>
        <translation>Ihr Wiederherstellungscode wurde am %1 erzeugt. Er ist nirgends gespeichert: Nur Ihre notierte Abschrift kann den Tresor öffnen, falls Sie die Passphrase vergessen.</translation>
    </message>
    <message>
        <source>Identity fingerprint (firms see it on your consents): %1</source>
        <translation>Fingerabdruck Ihrer Identität (Firmen sehen ihn auf Ihren Einwilligungen): %1</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with %1</source>
        <translation>An %1 weitergeben</translation>
    </message>
    <message>
        <source>Making the bundle for %1…</source>
        <translation>Das Paket für %1 wird erstellt…</translation>
    </message>
    <message>
        <source>Share progress</source>
        <translation>Fortschritt der Weitergabe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Making the bundle for %1: %2 of %3 items…</source>
        <translation>Das Paket für %1 wird erstellt: %2 von %3 Einträgen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>items: %1, touchpoints: %2, size: %3 bytes; sealed to the firm and signed by your vault: %4</source>
        <translation>Einträge: %1, Kontaktpunkte: %2, Größe: %3 Byte; für die Firma verschlüsselt und von Ihrem Tresor signiert: %4</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Forgot it? Use the &amp;recovery code…</source>
        <translation>Vergessen? &amp;Wiederherstellungscode verwenden…</translation>
    </message>
    <message>
        <source>Open &amp;another vault…</source>
        <translation>&amp;Anderen Tresor öffnen…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again, or use the recovery code below.</source>
        <translation>Falsche Passphrase. Versuchen Sie es noch einmal oder nutzen Sie unten den Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>Unlocking your vault…</source>
        <translation>Ihr Tresor wird entsperrt…</translation>
    </message>
</context>
<context>
    <name>VaultUpdate</name>
    <message>
        <source>Updating this vault for the new Me-Cloud, once. A large vault takes a minute.</source>
        <translation>Der Tresor wird einmalig für die neue Version von Me-Cloud aktualisiert. Ein großer Tresor braucht etwa eine Minute.</translation>
    </message>
    <message>
        <source>Updating the vault</source>
        <translation>Tresor wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>Advertisers and audiences</source>
        <translation>Werbetreibende und Zielgruppen</translation>
    </message>
    <message>
        <source>Sources outside the platform</source>
        <translation>Quellen außerhalb der Plattform</translation>
    </message>
    <message>
        <source>Inferences</source>
        <translation>Ableitungen</translation>
    </message>
    <message>
        <source>Mail senders</source>
        <translation>Absender von E-Mails</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Activity kept by the platform</source>
        <translation>Von der Plattform gespeicherte Aktivität</translation>
    </message>
    <message>
        <source>%1: the export imported on %2 compared with the one imported on %3. Unchanged: %4.</source>
        <translation>%1: der am %2 importierte Export im Vergleich mit dem am %3 importierten. Unverändert: %4.</translation>
    </message>
    <message>
        <source>New since the last export</source>
        <translation>Neu seit dem letzten Export</translation>
    </message>
    <message>
        <source>Gone since the last export</source>
        <translation>Verschwunden seit dem letzten Export</translation>
    </message>
    <message>
        <source>New interest segments</source>
        <translation>Neue Interessensegmente</translation>
    </message>
    <message>
        <source>Segments no longer listed</source>
        <translation>Nicht mehr aufgeführte Segmente</translation>
    </message>
    <message>
        <source>Nothing changed since the last export of this platform.</source>
        <translation>Seit dem letzten Export dieser Plattform hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Screens</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Firms and consents</source>
        <translation>Firmen und Einwilligungen</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Exportanfragen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import an export (Ctrl+I)</source>
        <translation>Export importieren (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Tresor sperren (Strg+L)</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved; your vault is as it was.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts gespeichert; Ihr Tresor ist unverändert.</translation>
    </message>
</context>
</TS>
