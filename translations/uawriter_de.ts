<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="106"/>
        <source>Address book: diplomatic representatives</source>
        <translation>Adressbuch: diplomatische Vertretungen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="107"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="108"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="110"/>
        <source>&amp;Title:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="111"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="112"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="113"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="114"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="115"/>
        <source>&amp;Fax:</source>
        <translation>Fa&amp;x:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="116"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="117"/>
        <source>&amp;Salutation:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="118"/>
        <source>Re&amp;presents (country code):</source>
        <translation>&amp;Vertritt (Ländercode):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="122"/>
        <source>Ambassador of Kazakhstan</source>
        <translation>Botschafter von Kasachstan</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="123"/>
        <source>Embassy of the Republic of Kazakhstan</source>
        <translation>Botschaft der Republik Kasachstan</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="125"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="187"/>
        <source>Give a title, a name or an organisation.</source>
        <translation>Geben Sie eine Funktion, einen Namen oder eine Organisation an.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="188"/>
        <source>The fax number should be digits, such as +44 20 7123 4567.</source>
        <translation>Die Faxnummer sollte aus Ziffern bestehen, z. B. +44 20 7123 4567.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="189"/>
        <source>The e-mail address does not look right.</source>
        <translation>Die E-Mail-Adresse scheint nicht zu stimmen.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="199"/>
        <source>Your Excellency</source>
        <translation>Exzellenz</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="448"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1661"/>
        <source>UA Writer</source>
        <translation>UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="449"/>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="450"/>
        <source>Urgent Actions</source>
        <translation>Urgent Actions</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="451"/>
        <source>About this action</source>
        <translation>Über diese Aktion</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="452"/>
        <source>&amp;Write to</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="453"/>
        <source>Addressees</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="454"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="455"/>
        <source>Write to every addressee</source>
        <translation>An alle Empfänger schreiben</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="456"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="457"/>
        <source>Copy to a diplomat:</source>
        <translation>Kopie an Diplomaten:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="459"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>Außerdem eine Kopie an eine diplomatische Vertretung schicken, die in Ihrem Land akkreditiert ist</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="461"/>
        <source>Diplomatic representative</source>
        <translation>Diplomatische Vertretung</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="462"/>
        <source>Address book…</source>
        <translation>Adressbuch…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="463"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Br&amp;iefsprache:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="464"/>
        <source>&amp;Send by:</source>
        <translation>&amp;Versand per:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="465"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="466"/>
        <source>Letter language</source>
        <translation>Briefsprache</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="467"/>
        <source>Send by fax or post</source>
        <translation>Versand per Fax oder Post</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="468"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="469"/>
        <source>Your details (optional)</source>
        <translation>Ihre Angaben (optional)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="470"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="471"/>
        <source>A&amp;ddress:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="472"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="473"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="474"/>
        <source>Your postal address</source>
        <translation>Ihre Postanschrift</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="475"/>
        <source>Your e-mail address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="476"/>
        <source>Remember my details on this computer</source>
        <translation>Meine Angaben auf diesem Computer speichern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="478"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>Auf einem gemeinsam genutzten Computer das Häkchen entfernen: Dann werden Ihre Angaben nach jedem Brief gelöscht</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="480"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <translation>&amp;Forderungen (zum Weglassen Häkchen entfernen):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="481"/>
        <source>Talking points</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="483"/>
        <source>Letter text</source>
        <translation>Brieftext</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="484"/>
        <source>Reset to the template</source>
        <translation>Zurück zur Vorlage</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="485"/>
        <location filename="../src/uawriter/gui/main_window.py" line="489"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="486"/>
        <source>E&amp;xport PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="487"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="488"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="490"/>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="491"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Adressbuch…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="492"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="493"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="494"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="495"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="496"/>
        <source>Reset letter to the template</source>
        <translation>Brief auf die Vorlage zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="497"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="498"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="499"/>
        <source>&amp;About UA Writer</source>
        <translation>Ü&amp;ber UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="503"/>
        <source>Fax (with cover sheet)</source>
        <translation>Fax (mit Deckblatt)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="504"/>
        <source>Post (no cover sheet)</source>
        <translation>Post (ohne Deckblatt)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="507"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="507"/>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="543"/>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="546"/>
        <source>Open until %1</source>
        <translation>Läuft bis %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="547"/>
        <source>Closing soon: %1</source>
        <translation>Endet bald: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="548"/>
        <source>Deadline passed: %1</source>
        <translation>Frist abgelaufen: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="556"/>
        <source>UA %1, update %2</source>
        <translation>UA %1, Aktualisierung %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="560"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="603"/>
        <source>Broken pack: %1</source>
        <translation>Beschädigtes Paket: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="623"/>
        <source>Start another letter?</source>
        <translation>Einen anderen Brief beginnen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="625"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>Ihre Änderungen an diesem Brief wurden nicht exportiert. Trotzdem einen Brief für eine andere Aktion beginnen? (Der aktuelle Brief bleibt als Entwurf gespeichert.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="656"/>
        <source>This pack cannot be used</source>
        <translation>Dieses Paket kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="657"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>Bitten Sie die Person, die das Paket erstellt hat, um eine korrigierte Fassung.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="658"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>Wählen Sie links eine Aktion, um einen Brief zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="668"/>
        <source>Loading the actions…</source>
        <translation>Aktionen werden geladen…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="689"/>
        <source>your own language</source>
        <translation>Ihre eigene Sprache</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="691"/>
        <source>Write in:</source>
        <translation>Schreiben auf:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="695"/>
        <source>What to ask for</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="703"/>
        <source>Additional information</source>
        <translation>Weitere Informationen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="709"/>
        <source>Further information:</source>
        <translation>Mehr dazu:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="741"/>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="741"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="745"/>
        <source>Fax %1</source>
        <translation>Fax %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="747"/>
        <source>no fax</source>
        <translation>kein Fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="801"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>Einige Änderungen betrafen Zeilen, die bei diesem Empfänger anders lauten, und wurden nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="822"/>
        <source>(address book empty)</source>
        <translation>(Adressbuch leer)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="824"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>Botschaften und andere diplomatische Vertretungen über „Adressbuch…“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="847"/>
        <source>The address book could not be saved</source>
        <translation>Das Adressbuch konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="848"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

Die Adressen bleiben erhalten, bis Sie UA Writer schließen.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="867"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>Keine Faxnummer für: %1. Diese Briefe erhalten kein Fax-Deckblatt: Drucken Sie sie aus und schicken Sie sie per Post oder per E-Mail.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="891"/>
        <source>%1 (asked for)</source>
        <translation>%1 (erbeten)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="906"/>
        <source>Change the letter&apos;s language?</source>
        <translation>Sprache des Briefs ändern?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="908"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>Der Brief wird in der neuen Sprache neu erstellt, und Ihre Änderungen daran gehen verloren. Sprache ändern?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1069"/>
        <source>Le&amp;tter:</source>
        <translation>Brief&amp;text:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1072"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>Brief&amp;text an %1 (Ihre Änderungen gelten für alle Briefe):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1139"/>
        <source>Reset the letter?</source>
        <translation>Brief zurücksetzen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1140"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>Ihre Änderungen am Brief werden durch den Text der Vorlage ersetzt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1150"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1152"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1157"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>Der Brief dieses Pakets kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1159"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>Die Briefvorlage hat einen Fehler:
%1

Bitten Sie die Person, die das Paket erstellt hat, um eine korrigierte Fassung.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1222"/>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1238"/>
        <source>No addressee chosen</source>
        <translation>Kein Empfänger ausgewählt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1239"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <translation>Setzen Sie unter „Empfänger“ bei mindestens einem Eintrag ein Häkchen.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1245"/>
        <source>Some characters cannot be printed</source>
        <translation>Einige Zeichen können nicht gedruckt werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1247"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>UA Writer hat für diese Zeichen keine Schrift, sie würden als leere Kästchen gedruckt: %1

Im Brief ändern oder trotzdem fortfahren?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1278"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1292"/>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1292"/>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1334"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>Die Frist ist am %1 abgelaufen: Fragen Sie vor dem Senden bei Ihrer Sektion nach.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1342"/>
        <source>Export the letter as PDF</source>
        <translation>Brief als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1346"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1355"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>Ordner für den Brief wählen</numerusform>
            <numerusform>Ordner für die %n Briefe wählen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1403"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Brief wird exportiert…</numerusform>
            <numerusform>%n Briefe werden exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1464"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>Brief in %1 gespeichert.</numerusform>
            <numerusform>%n Briefe in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1360"/>
        <source>Save the letters here</source>
        <translation>Briefe hier speichern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1381"/>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1404"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1440"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>Export abgebrochen: %1 von %2 Briefen gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1463"/>
        <source>Letters exported</source>
        <translation>Briefe exportiert</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1466"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1476"/>
        <source>The letters could not be saved</source>
        <translation>Die Briefe konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1478"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>UA Writer konnte nicht in %1 schreiben:
%2

Ihr Brief ist noch da. Wählen Sie einen anderen Ordner, zum Beispiel auf einem USB-Stick oder unter „Dokumente“.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1515"/>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1519"/>
        <source>Draft saved</source>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1541"/>
        <source>Some saved files were damaged</source>
        <translation>Einige gespeicherte Dateien waren beschädigt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1542"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>Sie wurden beiseitegelegt, und UA Writer hat neu begonnen:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1555"/>
        <source>Continue your letter?</source>
        <translation>Brief fortsetzen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1558"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>Sie haben einen Brief für „%1“ geschrieben. Möchten Sie ihn fortsetzen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1616"/>
        <source>Settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1662"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1664"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>Schreiben Sie Appellbriefe zu Urgent Actions ohne Internetverbindung und drucken, verschicken oder faxen Sie sie.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1667"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer ist freie Software: Sie dürfen sie unter den Bedingungen der GNU General Public License, Version 3 oder einer späteren Version (GPL-3.0-or-later), weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1671"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>Auch die mitgelieferten Schriften, die in die Briefe eingebettet werden, sind frei:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1674"/>
        <source>About UA Writer</source>
        <translation>Über UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1704"/>
        <source>Keep your letter?</source>
        <translation>Brief behalten?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1707"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>Ihr Brief wurde weder gedruckt noch exportiert. Als Entwurf für das nächste Mal behalten?</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="52"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="53"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="54"/>
        <location filename="../src/uawriter/gui/preview.py" line="55"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="56"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="57"/>
        <location filename="../src/uawriter/gui/preview.py" line="58"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="59"/>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="60"/>
        <source>Fit to width</source>
        <translation>An die Breite anpassen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="61"/>
        <source>Preview of the letter as it prints</source>
        <translation>Vorschau des Briefs, wie er gedruckt wird</translation>
    </message>
</context>
</TS>
