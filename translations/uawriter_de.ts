<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="544"/>
        <source>UA %1 (update %2)</source>
        <translation>UA %1 (Aktualisierung %2)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="545"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="191"/>
        <source>Address book: diplomatic representatives</source>
        <extracomment>each with its own id, kept when it is corrected: a contact corrected is told from one removed and another added</extracomment>
        <translation>Adressbuch: diplomatische Vertretungen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="192"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="193"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="195"/>
        <source>&amp;Title:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="196"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="197"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="198"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="199"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="200"/>
        <source>&amp;Fax:</source>
        <translation>Fa&amp;x:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="201"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="202"/>
        <source>&amp;Salutation:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="203"/>
        <source>Sa&amp;lutation by letter language:</source>
        <translation>Anrede &amp;je Briefsprache:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="204"/>
        <source>Re&amp;presents (country code):</source>
        <translation>&amp;Vertritt (Ländercode):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="208"/>
        <source>Ambassador of Kazakhstan</source>
        <translation>Botschafter von Kasachstan</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="209"/>
        <source>Embassy of the Republic of Kazakhstan</source>
        <translation>Botschaft der Republik Kasachstan</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="212"/>
        <source>One a line, such as:
kk = Құрметті Елші мырза</source>
        <translation>Eine pro Zeile, etwa:
kk = Құрметті Елші мырза</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="216"/>
        <source>The salutation a letter in that language uses, so a Kazakh letter greets the ambassador in Kazakh; “Salutation” above serves every other language.</source>
        <translation>Die Anrede, die ein Brief in dieser Sprache verwendet, damit ein kasachischer Brief den Botschafter auf Kasachisch anspricht; „Anrede“ oben gilt für alle anderen Sprachen.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="220"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="221"/>
        <source>Add the contacts of a CSV or vCard (.vcf) file</source>
        <translation>Die Kontakte einer CSV- oder vCard-Datei (.vcf) hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="222"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="223"/>
        <source>Save the address book as CSV or vCard (.vcf)</source>
        <translation>Das Adressbuch als CSV oder vCard (.vcf) speichern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="224"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="294"/>
        <source>Give a title, a name or an organisation.</source>
        <translation>Geben Sie eine Funktion, einen Namen oder eine Organisation an.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="295"/>
        <source>The fax number should be digits, such as +44 20 7123 4567.</source>
        <translation>Die Faxnummer sollte aus Ziffern bestehen, z. B. +44 20 7123 4567.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="296"/>
        <source>The e-mail address does not look right.</source>
        <translation>Die E-Mail-Adresse scheint nicht zu stimmen.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="309"/>
        <source>Your Excellency</source>
        <translation>Exzellenz</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="321"/>
        <source>the address book holds at most %1 greetings in all its contacts&apos; languages: remove the contacts or greetings you no longer need first</source>
        <translation>das Adressbuch fasst höchstens %1 Anreden in allen Sprachen seiner Kontakte: entfernen Sie zuerst die Kontakte oder Anreden, die Sie nicht mehr brauchen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="326"/>
        <source>the address book holds at most %1 contacts: remove those you no longer need first</source>
        <translation>das Adressbuch fasst höchstens %1 Kontakte: entfernen Sie zuerst die, die Sie nicht mehr brauchen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="332"/>
        <source>The address book was not saved</source>
        <translation>Das Adressbuch wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="334"/>
        <source>No contact added</source>
        <translation>Kein Kontakt hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="348"/>
        <source>Import an embassy list</source>
        <translation>Botschaftsliste importieren</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="351"/>
        <source>Contact lists (*.csv *.vcf)</source>
        <translation>Kontaktlisten (*.csv *.vcf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="359"/>
        <source>the file is too big to be an embassy list</source>
        <translation>die Datei ist zu groß für eine Botschaftsliste</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="364"/>
        <source>the file is not in UTF-8; export the contacts again as a vCard, choosing UTF-8 (or Unicode) if the program asks</source>
        <translation>die Datei ist nicht in UTF-8; exportieren Sie die Kontakte erneut als vCard und wählen Sie UTF-8 (oder Unicode), falls das Programm fragt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="369"/>
        <source>the file is not in UTF-8; open it in the spreadsheet and save it as “CSV UTF-8” (or “Unicode Text”)</source>
        <translation>die Datei ist nicht in UTF-8; öffnen Sie sie in der Tabellenkalkulation und speichern Sie sie als „CSV UTF-8“ (oder „Unicode-Text“)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="330"/>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="373"/>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="377"/>
        <source>The list was not imported</source>
        <translation>Die Liste wurde nicht importiert</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="400"/>
        <source>column %1, which has no heading</source>
        <translation>Spalte %1, die keine Überschrift hat</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="404"/>
        <source>These columns were not read: %1. The columns read are: %2 (or salutation_kk, salutation_ru… for each language).</source>
        <translation>Diese Spalten wurden nicht gelesen: %1. Gelesen werden die Spalten: %2 (oder salutation_kk, salutation_ru… für jede Sprache).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="413"/>
        <source>%n contact(s) added; those already in the address book were kept.</source>
        <translation>
            <numerusform>%n Kontakt hinzugefügt; die bereits im Adressbuch vorhandenen wurden behalten.</numerusform>
            <numerusform>%n Kontakte hinzugefügt; die bereits im Adressbuch vorhandenen wurden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="422"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="431"/>
        <source>Export the address book</source>
        <translation>Adressbuch exportieren</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="434"/>
        <source>vCard files (*.vcf);;CSV files (*.csv)</source>
        <translation>vCard-Dateien (*.vcf);;CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="449"/>
        <source>The address book was not exported</source>
        <translation>Das Adressbuch wurde nicht exportiert</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="252"/>
        <source>UA Writer is already open</source>
        <translation>UA Writer ist bereits geöffnet</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="253"/>
        <source>UA Writer is already open on this computer. Use the window that is open (look for it in the taskbar): two windows would overwrite each other&apos;s drafts and address book.</source>
        <translation>UA Writer ist auf diesem Computer bereits geöffnet. Verwenden Sie das offene Fenster (in der Taskleiste): Zwei Fenster würden gegenseitig ihre Entwürfe und ihr Adressbuch überschreiben.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="269"/>
        <source>UA Writer cannot keep its files</source>
        <translation>UA Writer kann seine Dateien nicht speichern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="270"/>
        <source>UA Writer keeps the letters it counts, drafts and settings in %1, and that folder cannot be used: %2. Free some space on the disk, or make the folder writable, or start UA Writer with another folder (UAWRITER_DATA_DIR).</source>
        <translation>UA Writer speichert die gezählten Briefe, Entwürfe und Einstellungen in %1, und dieser Ordner kann nicht verwendet werden: %2. Schaffen Sie Platz auf dem Datenträger, machen Sie den Ordner beschreibbar oder starten Sie UA Writer mit einem anderen Ordner (UAWRITER_DATA_DIR).</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="247"/>
        <source>More ways to send</source>
        <extracomment>Whether the action the letters are made from is still as the window read it; False after the window said it was replaced (a corrected revision imported while the dialog is open: envelopes, calls and counts went to the old officials, probe 87b) Told once a call, post or e-mail was counted: the letter&apos;s draft keeps the count now (a crash just after lost it, and the e-mail was counted again, probe 92b)</extracomment>
        <translation>Weitere Wege zu senden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="250"/>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="287"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="251"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="252"/>
        <source>E-mail text</source>
        <translation>E-Mail-Text</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="253"/>
        <source>Envelopes</source>
        <translation>Umschläge</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="257"/>
        <source>I dial from:</source>
        <translation>Ich wähle aus:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="258"/>
        <source>(show numbers in international form)</source>
        <translation>(Nummern im internationalen Format)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="259"/>
        <source>Call:</source>
        <translation>Anruf bei:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="260"/>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="264"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="425"/>
        <source>I made this call</source>
        <translation>Ich habe angerufen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="262"/>
        <source>A post to copy into X, Mastodon, Bluesky or Facebook. Edit it as you like.</source>
        <translation>Ein Beitrag zum Kopieren in X, Mastodon, Bluesky oder Facebook. Ändern Sie ihn nach Belieben.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="429"/>
        <source>I posted it</source>
        <translation>Ich habe es gepostet</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="265"/>
        <source>E-mail to:</source>
        <translation>E-Mail an:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="266"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="267"/>
        <source>Open in mail program</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="113"/>
        <source>Print on:</source>
        <translation>Drucken auf:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="42"/>
        <source>DL envelopes (220 × 110 mm)</source>
        <translation>DL-Umschläge (220 × 110 mm)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="43"/>
        <source>C5 envelopes (229 × 162 mm)</source>
        <translation>C5-Umschläge (229 × 162 mm)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="44"/>
        <source>US #10 envelopes (9½ × 4⅛ in)</source>
        <translation>US-#10-Umschläge (9½ × 4⅛ Zoll)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="45"/>
        <source>A4 label sheet, 21 labels (Avery L7160)</source>
        <translation>A4-Etikettenbogen, 21 Etiketten (Avery L7160)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="46"/>
        <source>US Letter label sheet, 30 labels (Avery 5160)</source>
        <translation>US-Letter-Etikettenbogen, 30 Etiketten (Avery 5160)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="122"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="123"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="285"/>
        <source>Saved under another name</source>
        <translation>Unter einem anderen Namen gespeichert</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="286"/>
        <source>%1 holds a letter that was exported and counted, and is kept. The envelopes were saved as %2.</source>
        <translation>%1 enthält einen exportierten und gezählten Brief und bleibt erhalten. Die Umschläge wurden als %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="287"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="288"/>
        <source>(check this number)</source>
        <translation>(diese Nummer prüfen)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="291"/>
        <source>No phone or fax number</source>
        <translation>Keine Telefon- oder Faxnummer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="308"/>
        <source>Ask for: %1</source>
        <translation>Fragen Sie nach: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="310"/>
        <source>If you reach voicemail:</source>
        <translation>Wenn die Mailbox antwortet:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="189"/>
        <source>The address of %1 does not fit this label whole and is cut (…): print it on an envelope (C5), or write it by hand.</source>
        <translation>Die Adresse von %1 passt nicht ganz auf dieses Etikett und ist gekürzt (…): Drucken Sie sie auf einen Umschlag (C5) oder schreiben Sie sie von Hand.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="195"/>
        <source>The address of %1 does not fit this envelope whole and is cut (…): print it on a C5 envelope, or write it by hand.</source>
        <translation>Die Adresse von %1 passt nicht ganz auf diesen Umschlag und ist gekürzt (…): Drucken Sie sie auf einen C5-Umschlag oder schreiben Sie sie von Hand.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="201"/>
        <source>The address of %1 does not fit this envelope whole and is cut (…): write it by hand.</source>
        <translation>Die Adresse von %1 passt nicht vollständig auf diesen Umschlag und ist gekürzt (…): Schreiben Sie sie von Hand.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="425"/>
        <source>Call counted</source>
        <translation>Anruf gezählt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="326"/>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="429"/>
        <source>Post counted</source>
        <translation>Beitrag gezählt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="351"/>
        <source>None of these addressees has an e-mail address.</source>
        <translation>Keiner dieser Empfänger hat eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="357"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="358"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="368"/>
        <source>This letter is too long for a mail link: use “Save e-mail drafts” instead, or copy the text.</source>
        <translation>Dieser Brief ist zu lang für einen Mail-Link: Verwenden Sie stattdessen „E-Mail-Entwürfe speichern“ oder kopieren Sie den Text.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="260"/>
        <source>Save the envelopes as PDF</source>
        <translation>Umschläge als PDF speichern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="263"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="278"/>
        <source>The envelopes could not be saved</source>
        <translation>Die Umschläge konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="434"/>
        <source>E-mail counted</source>
        <translation>E-Mail gezählt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="434"/>
        <source>I sent this e-mail</source>
        <translation>Ich habe diese E-Mail gesendet</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="448"/>
        <source>Not counted</source>
        <translation>Nicht gezählt</translation>
    </message>
</context>
<context>
    <name>CountList</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_views.py" line="149"/>
        <source>%n more</source>
        <extracomment>Rows a count list shows; the rest are summed in one &quot;… more&quot; row.</extracomment>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="43"/>
        <source>UA Writer&apos;s own folder</source>
        <translation>Der eigene Ordner von UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="44"/>
        <source>%1 is inside UA Writer&apos;s own data folder (%2), which holds the count of letters and the packs. Nothing was written; choose another folder.</source>
        <translation>%1 liegt im eigenen Datenordner von UA Writer (%2), der die Zählung der Briefe und die Aktionspakete enthält. Es wurde nichts geschrieben; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="70"/>
        <source>Not a file</source>
        <translation>Keine Datei</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="71"/>
        <source>%1 is not a file UA Writer can use (it is a device or a pipe). Choose another name.</source>
        <translation>%1 ist keine Datei, die UA Writer verwenden kann (es ist ein Gerät oder eine Pipe). Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="196"/>
        <source>Draft a pack from an Urgent Action</source>
        <extracomment>what went wrong while the dialog was put away (an idle reset): said to the organiser when the PIN brings it back, not to the next volunteer (probe 100c)</extracomment>
        <translation>Paket aus einer Eilaktion entwerfen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="197"/>
        <source>Paste the Urgent Action&apos;s text, or open its file:</source>
        <translation>Fügen Sie den Text der Eilaktion ein oder öffnen Sie ihre Datei:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="198"/>
        <source>Open a .txt or .pdf…</source>
        <translation>.txt oder .pdf öffnen…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="199"/>
        <source>Find the fields</source>
        <translation>Felder finden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>From these lines</source>
        <translation>Aus diesen Zeilen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="204"/>
        <source>Finish in the pack editor…</source>
        <translation>Im Paket-Editor fertigstellen…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="228"/>
        <source>Open an Urgent Action</source>
        <translation>Eilaktion öffnen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="231"/>
        <source>Urgent Actions (*.txt *.pdf)</source>
        <translation>Eilaktionen (*.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="239"/>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="264"/>
        <source>The file cannot be read</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="246"/>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="274"/>
        <source>Nothing to draft from</source>
        <translation>Kein Text für einen Entwurf</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="315"/>
        <source>The text has lines longer than %Ln characters: they are shown broken into shorter ones.</source>
        <translation>
            <numerusform>Der Text hat Zeilen mit mehr als %Ln Zeichen: Sie werden in kürzere umbrochen gezeigt.</numerusform>
            <numerusform>Der Text hat Zeilen mit mehr als %Ln Zeichen: Sie werden in kürzere umbrochen gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="339"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="391"/>
        <source>Check what was said about the text:</source>
        <translation>Prüfen Sie, was zum Text gesagt wurde:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="399"/>
        <source>Nothing is made up: what the text does not say is marked as not found.</source>
        <translation>Nichts wird erfunden: Was der Text nicht sagt, ist als „nicht gefunden“ markiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="404"/>
        <source>%n field(s) not found: fill them in the pack editor.</source>
        <translation>
            <numerusform>Ein Feld nicht gefunden: Ergänzen Sie es im Paket-Editor.</numerusform>
            <numerusform>%n Felder nicht gefunden: Ergänzen Sie sie im Paket-Editor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="406"/>
        <source>Every field was found. Check each against its lines.</source>
        <translation>Alle Felder wurden gefunden. Prüfen Sie jedes anhand seiner Zeilen.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="77"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="79"/>
        <source>UA Writer ran into an error it did not expect, and what you just did may not have happened. Your letter is still here: you can go on, or try again.</source>
        <translation>UA Writer ist auf einen unerwarteten Fehler gestoßen, und Ihr letzter Schritt wurde vielleicht nicht ausgeführt. Ihr Brief ist noch da: Sie können weitermachen oder es noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="88"/>
        <source>The details are kept in %1 for whoever looks after this laptop.</source>
        <translation>Die Einzelheiten stehen in %1 für die Person, die diesen Laptop betreut.</translation>
    </message>
</context>
<context>
    <name>EventControls</name>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="146"/>
        <source>E&amp;vent</source>
        <extracomment>The organiser unlocked (True) or the tools locked again (False). The window was cleared for the next volunteer (number at an event, else 0). The organiser&apos;s dialogs put away at a reset for the next volunteer.</extracomment>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="147"/>
        <source>Next volunteer</source>
        <translation>Nächste Person</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="149"/>
        <source>Clear the sender&apos;s details, your own words and the draft, ready for the next person (Ctrl+Shift+N)</source>
        <translation>Absenderangaben, eigene Worte und Entwurf für die nächste Person löschen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="155"/>
        <source>Start an event…</source>
        <translation>Veranstaltung beginnen…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="156"/>
        <source>Letters tonight…</source>
        <translation>Briefe heute Abend…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="158"/>
        <source>Print tonight&apos;s letters by addressee…</source>
        <translation>Briefe des Abends nach Empfänger drucken…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="161"/>
        <source>Every letter exported on this laptop tonight, printed again in addressee order for the envelope table</source>
        <translation>Alle heute Abend auf diesem Laptop exportierten Briefe, noch einmal nach Empfänger geordnet gedruckt, für den Umschlagtisch</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="167"/>
        <source>End the event…</source>
        <translation>Veranstaltung beenden…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="169"/>
        <source>Lock organiser tools</source>
        <translation>Organisationswerkzeuge sperren</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="171"/>
        <source>Organiser tools…</source>
        <translation>Organisationswerkzeuge…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="221"/>
        <source>To use the organiser&apos;s tools, enter the organiser PIN:</source>
        <translation>Für die Organisationswerkzeuge die Organisations-PIN eingeben:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="306"/>
        <source>Clear this letter?</source>
        <translation>Diesen Brief löschen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="307"/>
        <source>This letter was neither printed nor exported. Clear it, and the sender&apos;s details, for the next volunteer?</source>
        <translation>Dieser Brief wurde weder gedruckt noch exportiert. Ihn und die Absenderangaben für die nächste Person löschen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="287"/>
        <source>Welcome! You are volunteer %1 tonight.</source>
        <translation>Willkommen! Sie sind heute Abend Person Nr. %1.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="293"/>
        <source>Ready for the next volunteer.</source>
        <translation>Bereit für die nächste Person.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="62"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="64"/>
        <source>not a PDF that can be read</source>
        <translation>kein lesbares PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="66"/>
        <source>has fewer pages than were written</source>
        <translation>hat weniger Seiten als geschrieben wurden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="117"/>
        <source>Printing by addressee</source>
        <translation>Drucken nach Empfänger</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="135"/>
        <source>Letter %1 of %2: %3</source>
        <translation>Brief %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="174"/>
        <source>%n letter(s) printed in addressee order (%1 pages). They were counted when they were exported and are not counted again.</source>
        <translation>
            <numerusform>%n Brief nach Empfänger gedruckt (%1 Seiten). Er wurde beim Export gezählt und wird nicht noch einmal gezählt.</numerusform>
            <numerusform>%n Briefe nach Empfänger gedruckt (%1 Seiten). Sie wurden beim Export gezählt und werden nicht noch einmal gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="182"/>
        <source>%n letter(s) could not be printed: the file was moved, deleted or changed since it was exported. Print them from where they are now:</source>
        <translation>
            <numerusform>%n Brief konnte nicht gedruckt werden: Die Datei wurde seit dem Export verschoben, gelöscht oder geändert. Drucken Sie ihn von dort, wo er jetzt liegt:</numerusform>
            <numerusform>%n Briefe konnten nicht gedruckt werden: Die Dateien wurden seit dem Export verschoben, gelöscht oder geändert. Drucken Sie sie von dort, wo sie jetzt liegen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="195"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weitere.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="223"/>
        <source>Nothing to print yet</source>
        <translation>Noch nichts zu drucken</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="224"/>
        <source>No letter has been exported on this laptop tonight. Letters printed straight away are already on paper.</source>
        <translation>Heute Abend wurde auf diesem Laptop noch kein Brief exportiert. Sofort gedruckte Briefe liegen schon auf Papier.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="246"/>
        <source>Printed by addressee</source>
        <translation>Nach Empfänger gedruckt</translation>
    </message>
</context>
<context>
    <name>EventMode</name>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="251"/>
        <source>The event could not be started</source>
        <extracomment>About to write a new event&apos;s file: what an earlier evening left is put away first, so that a kill right after the file is written leaves none of it in the event&apos;s way (probe 110c); ``event_not_started`` if the file could not be written. No input for the idle time and the countdown ran out: clear for the next volunteer. Seconds left on the visible countdown; 0 when it ends or is cancelled. Where a damaged event file was set aside when it was read (tell the organiser). How many letters the reset would clear unsent (the window sets it).</extracomment>
        <translation>Die Veranstaltung konnte nicht beginnen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="260"/>
        <source>To end the event, enter the organiser PIN:</source>
        <translation>Zum Beenden der Veranstaltung die Organisations-PIN eingeben:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="266"/>
        <source>The event could not be ended</source>
        <translation>Die Veranstaltung konnte nicht beendet werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="295"/>
        <source>%1 could not be written: %2. Check that the data folder can be written.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Datenordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>EventWindow</name>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="240"/>
        <source>&amp;Show:</source>
        <extracomment>Every evening in the tally (the running event&apos;s first), and the one of ``scope``. The views show a fresh read of the tally. A report or tally file was written: its path. Another laptop&apos;s tally was merged: the MergeReport. Add counts and Take back, as opened (each deleted when closed).</extracomment>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="242"/>
        <source>By action</source>
        <translation>Nach Aktion</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="243"/>
        <source>By addressee</source>
        <translation>Nach Empfänger</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="244"/>
        <source>By language</source>
        <translation>Nach Sprache</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="245"/>
        <source>By channel</source>
        <translation>Nach Versandart</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="246"/>
        <source>By hour</source>
        <translation>Nach Stunde</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="251"/>
        <source>&amp;Add counts…</source>
        <translation>Zählungen &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="253"/>
        <source>Add handwritten letters, petition signatures and solidarity cards</source>
        <translation>Handgeschriebene Briefe, Petitionsunterschriften und Solidaritätskarten hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="259"/>
        <source>Save report (&amp;CSV)…</source>
        <translation>Bericht speichern (&amp;CSV)…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="260"/>
        <source>Save report (&amp;PDF)…</source>
        <translation>Bericht speichern (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="261"/>
        <source>&amp;Export tally…</source>
        <translation>Zählung &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="263"/>
        <source>Save this laptop&apos;s tally to a file, to merge it on another laptop</source>
        <translation>Die Zählung dieses Laptops in eine Datei speichern, um sie auf einem anderen Laptop zusammenzuführen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="265"/>
        <source>&amp;Merge tallies from other laptops…</source>
        <translation>Zählungen anderer Laptops &amp;zusammenführen…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="275"/>
        <source>No event</source>
        <translation>Keine Veranstaltung</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="276"/>
        <location filename="../src/uawriter/gui/event_window.py" line="559"/>
        <location filename="../src/uawriter/gui/event_window.py" line="560"/>
        <source>Event without a name</source>
        <translation>Veranstaltung ohne Namen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="322"/>
        <location filename="../src/uawriter/gui/event_window.py" line="436"/>
        <source>The tally %1 could not be read: %2</source>
        <translation>Die Zählung %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="368"/>
        <source>Letters written outside an event</source>
        <translation>Briefe außerhalb einer Veranstaltung</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="355"/>
        <location filename="../src/uawriter/gui/event_window.py" line="361"/>
        <source>This event: %1</source>
        <translation>Diese Veranstaltung: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="255"/>
        <source>Take &amp;back counts…</source>
        <translation>Zählungen &amp;zurücknehmen…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="257"/>
        <source>Take back a hand count added by mistake (a number mistyped, or added twice)</source>
        <translation>Eine versehentlich hinzugefügte Handzählung zurücknehmen (Zahl vertippt oder doppelt hinzugefügt)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="354"/>
        <location filename="../src/uawriter/gui/event_window.py" line="357"/>
        <source>no name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="363"/>
        <source>Event: %1</source>
        <translation>Veranstaltung: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="376"/>
        <source>Everything recorded on this laptop</source>
        <translation>Alles, was auf diesem Laptop gezählt wurde</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="387"/>
        <source>No event is running</source>
        <translation>Keine Veranstaltung läuft</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="388"/>
        <source>Event tally: %1</source>
        <translation>Zählung der Veranstaltung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="397"/>
        <source>letters tonight</source>
        <translation>
            <numerusform>Brief heute Abend</numerusform>
            <numerusform>Briefe heute Abend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="399"/>
        <source>letters in all</source>
        <translation>
            <numerusform>Brief insgesamt</numerusform>
            <numerusform>Briefe insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="403"/>
        <source>%1 written in the app · %2 by hand · %3 signatures · %4 cards</source>
        <translation>%1 in der App · %2 von Hand · %3 Unterschriften · %4 Karten</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="429"/>
        <source>unknown time</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="442"/>
        <source>Some lines of the tally %1 could not be read and are not counted: %2</source>
        <translation>Einige Zeilen der Zählung %1 waren unlesbar und werden nicht gezählt: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="497"/>
        <source>%n count(s) added to the tally.</source>
        <translation>
            <numerusform>%n Zählung zur Gesamtzählung hinzugefügt.</numerusform>
            <numerusform>%n Zählungen zur Gesamtzählung hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="500"/>
        <source>%n count(s) added to the tally of %1.</source>
        <translation>
            <numerusform>%n Zählung zur Gesamtzählung von %1 hinzugefügt.</numerusform>
            <numerusform>%n Zählungen zur Gesamtzählung von %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="518"/>
        <source>%n count(s) taken back.</source>
        <translation>
            <numerusform>%n Zählung zurückgenommen.</numerusform>
            <numerusform>%n Zählungen zurückgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="555"/>
        <source>The counts typed into Add counts for %1 were not added: that event had ended when %2 started. Add them again if they are still to be counted.</source>
        <translation>Die in „Zählungen hinzufügen“ für %1 eingegebenen Zahlen wurden nicht übernommen: Diese Veranstaltung war beendet, als %2 begann. Geben Sie sie erneut ein, wenn sie noch gezählt werden sollen.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="91"/>
        <source>tally</source>
        <extracomment>Marks that belong to the letter before them: accents, vowel signs, viramas.</extracomment>
        <translation>Zählung</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="102"/>
        <source>Save the report as CSV</source>
        <translation>Bericht als CSV speichern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="105"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="125"/>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="128"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="152"/>
        <source>Export this laptop&apos;s tally</source>
        <translation>Zählung dieses Laptops exportieren</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="155"/>
        <source>Tally files (*.jsonl)</source>
        <translation>Zähldateien (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="193"/>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="195"/>
        <source>(%1 is another laptop&apos;s tally and is kept: merge both.)</source>
        <translation>(%1 ist die Zählung eines anderen Laptops und bleibt erhalten: beide zusammenführen.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="199"/>
        <source>(%1 holds letters that were exported and counted, and is kept.)</source>
        <translation>(%1 enthält exportierte und gezählte Briefe und bleibt erhalten.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="208"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="209"/>
        <source>%1 could not be written: %2. Choose another folder and try again.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="222"/>
        <source>Merge a tally from another laptop</source>
        <translation>Zählung eines anderen Laptops zusammenführen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="225"/>
        <source>Tally files (*.jsonl);;All files (*)</source>
        <translation>Zähldateien (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="233"/>
        <location filename="../src/uawriter/gui/tally_files.py" line="252"/>
        <source>Not merged</source>
        <translation>Nicht zusammengeführt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="234"/>
        <source>%1 is this laptop&apos;s own tally: choose a file from another laptop.</source>
        <translation>%1 ist die Zählung dieses Laptops: Wählen Sie eine Datei eines anderen Laptops.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="253"/>
        <source>%1 could not be merged: %2. Nothing was added.</source>
        <translation>%1 konnte nicht zusammengeführt werden: %2. Nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="262"/>
        <source>Merged %1.</source>
        <translation>Zusammengeführt: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="263"/>
        <source>%n new record(s) added.</source>
        <translation>
            <numerusform>%n neuer Eintrag hinzugefügt.</numerusform>
            <numerusform>%n neue Einträge hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="264"/>
        <source>%n record(s) already counted, not added again.</source>
        <translation>
            <numerusform>%n Eintrag schon gezählt, nicht erneut hinzugefügt.</numerusform>
            <numerusform>%n Einträge schon gezählt, nicht erneut hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="270"/>
        <source>%n letter(s) taken back: their files were replaced on that laptop.</source>
        <translation>
            <numerusform>%n Brief zurückgenommen: seine Datei wurde auf jenem Laptop ersetzt.</numerusform>
            <numerusform>%n Briefe zurückgenommen: ihre Dateien wurden auf jenem Laptop ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="279"/>
        <source>%n hand count(s) taken back.</source>
        <translation>
            <numerusform>%n Handzählung zurückgenommen.</numerusform>
            <numerusform>%n Handzählungen zurückgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="284"/>
        <source>Skipped, because the file is damaged there:</source>
        <translation>Übersprungen, weil die Datei dort beschädigt ist:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="289"/>
        <source>Worth knowing:</source>
        <translation>Gut zu wissen:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="293"/>
        <source>Tally merged</source>
        <translation>Zählung zusammengeführt</translation>
    </message>
</context>
<context>
    <name>ExtraCountsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="360"/>
        <source>Add counts</source>
        <extracomment>What was added to the tally when the dialog was accepted.</extracomment>
        <translation>Zählungen hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="362"/>
        <source>Event without a name</source>
        <translation>Veranstaltung ohne Namen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="367"/>
        <source>Count what the app cannot see: letters written by hand, petition signatures and solidarity cards. The numbers are added to what is counted already.</source>
        <translation>Zählen Sie, was die App nicht sieht: handgeschriebene Briefe, Petitionsunterschriften und Solidaritätskarten. Die Zahlen werden zum bereits Gezählten addiert.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="372"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="373"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="484"/>
        <source>Handwritten letters</source>
        <translation>Handgeschriebene Briefe</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="374"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="485"/>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="375"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="486"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="383"/>
        <source>No action is loaded, so there is nothing to count.</source>
        <translation>Keine Aktion geladen, daher gibt es nichts zu zählen.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="384"/>
        <source>&amp;Add to the tally</source>
        <translation>Zur Zählung &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="416"/>
        <source>The counts could not be added to %1: %2. Nothing was added; check that the data folder can be written, then try again.</source>
        <translation>Die Zählungen konnten nicht zu %1 hinzugefügt werden: %2. Nichts wurde hinzugefügt; prüfen Sie, ob der Datenordner beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>FaxPreviewDialog</name>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="118"/>
        <source>What the fax machine will print</source>
        <extracomment>Stretch down so a fax dot (1/204 inch across, 1/196 inch down) is square on screen.</extracomment>
        <translation>Was das Faxgerät drucken wird</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="121"/>
        <source>This is the page as a fax machine prints it: 204 × 196 dots per inch, black and white. If small print is hard to read here, it will be on paper too.</source>
        <translation>So druckt ein Faxgerät die Seite: 204 × 196 Punkte pro Zoll, schwarz-weiß. Was hier schwer zu lesen ist, ist es auch auf Papier.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="126"/>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="127"/>
        <source>Fit the pages to the width</source>
        <translation>Seiten an die Breite anpassen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="128"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="129"/>
        <source>One fax dot to one screen dot</source>
        <translation>Ein Faxpunkt pro Bildschirmpunkt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="130"/>
        <source>The fax pages as they will print</source>
        <translation>Die Faxseiten, wie sie gedruckt werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="148"/>
        <source>Preparing the fax pages…</source>
        <translation>Faxseiten werden vorbereitet…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="229"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/fax_preview.py" line="234"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="238"/>
        <source>The fax pages could not be made: %1</source>
        <translation>Die Faxseiten konnten nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_mode.py" line="97"/>
        <source>Next volunteer in %n s — touch anything to keep writing</source>
        <extracomment>What counts as a volunteer touching the laptop.</extracomment>
        <translation>
            <numerusform>Nächste Person in %n s – etwas berühren, um weiterzuschreiben</numerusform>
            <numerusform>Nächste Person in %n s – etwas berühren, um weiterzuschreiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_mode.py" line="101"/>
        <source>%n letter(s) neither printed nor exported will be cleared</source>
        <translation>
            <numerusform>%n Brief, weder gedruckt noch exportiert, wird gelöscht</numerusform>
            <numerusform>%n Briefe, weder gedruckt noch exportiert, werden gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="104"/>
        <source>&amp;Keep writing</source>
        <translation>&amp;Weiterschreiben</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="105"/>
        <source>Next volunteer countdown</source>
        <translation>Countdown bis zur nächsten Person</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="40"/>
        <source>Your name and address</source>
        <translation>Ihr Name und Ihre Adresse</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="41"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="42"/>
        <source>Their address</source>
        <translation>Anschrift der Empfänger</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="43"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="44"/>
        <source>Talking points</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="45"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="46"/>
        <source>Your e-mail</source>
        <translation>Ihre E-Mail</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="47"/>
        <source>Your town</source>
        <translation>Ihr Ort</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="48"/>
        <source>Their name</source>
        <translation>Name der Empfänger</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="49"/>
        <source>Their title</source>
        <translation>Funktion der Empfänger</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="50"/>
        <source>Action title</source>
        <translation>Titel der Aktion</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="51"/>
        <source>UA number</source>
        <translation>UA-Nummer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="52"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="53"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="34"/>
        <location filename="../src/uawriter/gui/event_controls.py" line="203"/>
        <location filename="../src/uawriter/gui/main_window.py" line="354"/>
        <source>UA Writer</source>
        <extracomment>Below this many pixels of screen width the window uses its compact layout (two columns). How long after Next volunteer what Qt&apos;s own file dialogs wrote is forgotten again. How many times the window was cleared for the next volunteer: what was read at the start is dropped if it changed meanwhile (``resume.after_start``). The volunteer&apos;s turn at the window (``LetterRecord.turn``): new at Next volunteer and when another name signs (see ``storage/turns.py``).</extracomment>
        <translation>UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="163"/>
        <source>&amp;Actions</source>
        <extracomment>Whether the packs listed before the whole list is read may be chosen: not when a draft or a stack waits to be offered back once it is (a letter typed into a pack chosen meanwhile was saved over the draft).</extracomment>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="164"/>
        <source>Urgent Actions</source>
        <translation>Urgent Actions</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="165"/>
        <source>About this action</source>
        <translation>Über diese Aktion</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="127"/>
        <source>&amp;Write to</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="128"/>
        <source>Addressees</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="129"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="130"/>
        <source>Write to every addressee</source>
        <translation>An alle Empfänger schreiben</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="131"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="132"/>
        <source>Copy to a diplomat:</source>
        <translation>Kopie an Diplomaten:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="134"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>Außerdem eine Kopie an eine diplomatische Vertretung schicken, die in Ihrem Land akkreditiert ist</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="139"/>
        <source>Diplomatic representative</source>
        <translation>Diplomatische Vertretung</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="140"/>
        <source>Address book…</source>
        <translation>Adressbuch…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="296"/>
        <source>(no embassy of this country in the address book)</source>
        <translation>(keine Botschaft dieses Landes im Adressbuch)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="389"/>
        <source>No e-mail address for: %1. No e-mail is written to them: print and post their letters, or fax them.</source>
        <translation>Keine E-Mail-Adresse für: %1. Ihnen wird keine E-Mail geschrieben: Drucken Sie ihre Briefe aus und schicken Sie sie per Post oder Fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="100"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Br&amp;iefsprache:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="101"/>
        <source>&amp;Send by:</source>
        <translation>&amp;Versand per:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="102"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="103"/>
        <source>Letter language</source>
        <translation>Briefsprache</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="104"/>
        <source>Send by fax, post or e-mail</source>
        <translation>Per Fax, Post oder E-Mail senden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="105"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="102"/>
        <source>Your details (optional)</source>
        <translation>Ihre Angaben (optional)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="103"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="104"/>
        <source>A&amp;ddress:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="105"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="106"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="107"/>
        <source>Your postal address</source>
        <translation>Ihre Postanschrift</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="108"/>
        <source>Your e-mail address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="109"/>
        <source>&amp;Town:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="110"/>
        <source>Ph&amp;one:</source>
        <translation>Telef&amp;on:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="111"/>
        <source>Your phone or fax</source>
        <translation>Ihr Telefon oder Fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="113"/>
        <source>A phone or fax number for replies, shown on the fax cover sheet (the organiser&apos;s, at an event)</source>
        <translation>Eine Telefon- oder Faxnummer für Antworten, auf dem Fax-Deckblatt (bei einer Veranstaltung die der Organisation)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="119"/>
        <source>Your town</source>
        <translation>Ihr Ort</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="120"/>
        <source>Sign with initials and town</source>
        <translation>Mit Initialen und Ort unterschreiben</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="124"/>
        <source>Advised if you have ties to the country: the letter shows your initials and town, not your name, address or e-mail</source>
        <translation>Empfohlen bei Verbindungen zum Land: Der Brief zeigt Initialen und Ort statt Name, Adresse oder E-Mail</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="131"/>
        <source>Remember my details on this computer</source>
        <translation>Meine Angaben auf diesem Computer speichern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="134"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>Auf einem gemeinsam genutzten Computer das Häkchen entfernen: Dann werden Ihre Angaben nach jedem Brief gelöscht</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="142"/>
        <source>This action asks every letter to be signed this way</source>
        <translation>Diese Aktion bittet, jeden Brief so zu unterschreiben</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="152"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <extracomment>a choice made the letter fail (its TemplateProblem): the letter stays as it was lines of hers a point ticked or unticked could not carry (a tuple of str) the letters go by e-mail: the export button saves drafts to the outbox</extracomment>
        <translation>&amp;Forderungen (zum Weglassen Häkchen entfernen):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="154"/>
        <source>Talking points</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="155"/>
        <source>Letter text</source>
        <translation>Brieftext</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="156"/>
        <source>Reset to the template</source>
        <translation>Zurück zur Vorlage</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="157"/>
        <location filename="../src/uawriter/gui/menus.py" line="134"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="159"/>
        <source>Save e-mail dra&amp;fts</source>
        <translation>E-Mail-&amp;Entwürfe speichern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="161"/>
        <source>E&amp;xport PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="163"/>
        <source>Add to my stac&amp;k</source>
        <translation>Auf meinen S&amp;tapel</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="106"/>
        <source>Call, post, envelopes…</source>
        <translation>Anruf, Beitrag, Umschläge…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="108"/>
        <source>Numbers to dial and what to say on the phone, a post for social media, the e-mail&apos;s text to copy, and envelopes or labels to print</source>
        <translation>Zu wählende Nummern und was Sie am Telefon sagen, ein Beitrag für soziale Medien, der Text der E-Mail zum Kopieren sowie Umschläge oder Etiketten zum Drucken</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="165"/>
        <source>Keep these letters and write for another action; then print or export them all at once</source>
        <translation>Diese Briefe behalten und für eine weitere Aktion schreiben; dann alle auf einmal drucken oder exportieren</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="132"/>
        <source>&amp;File</source>
        <extracomment>Further actions whose shortcuts work in text fields (Next volunteer).</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="133"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="135"/>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="136"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Adressbuch…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="137"/>
        <source>Pos&amp;tage…</source>
        <translation>&amp;Porto…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="138"/>
        <source>P&amp;hone, social media and envelopes…</source>
        <translation>&amp;Telefon, soziale Medien und Umschläge…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="139"/>
        <source>What the &amp;fax machine will print…</source>
        <translation>Was das &amp;Faxgerät drucken wird…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="141"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="142"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="143"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="144"/>
        <source>Reset letter to the template</source>
        <translation>Brief auf die Vorlage zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="145"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="147"/>
        <source>&amp;About UA Writer</source>
        <translation>Ü&amp;ber UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="117"/>
        <source>Fax (with cover sheet)</source>
        <translation>Fax (mit Deckblatt)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="118"/>
        <source>Post (no cover sheet)</source>
        <translation>Post (ohne Deckblatt)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="119"/>
        <source>E-mail (send later)</source>
        <translation>E-Mail (später senden)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="125"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="126"/>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="65"/>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="68"/>
        <source>Open until %1</source>
        <translation>Läuft bis %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="69"/>
        <source>Closing soon: %1</source>
        <translation>Endet bald: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="70"/>
        <source>Deadline passed: %1</source>
        <translation>Frist abgelaufen: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="80"/>
        <source>UA %1, update %2</source>
        <translation>UA %1, Aktualisierung %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="82"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="226"/>
        <source>Broken pack: %1</source>
        <translation>Beschädigtes Paket: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="25"/>
        <source>Your changes are not in every letter</source>
        <translation>Ihre Änderungen sind nicht in jedem Brief</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="27"/>
        <source>Some of your changes were to lines that differ in each letter (the greeting, the address) and are not in the letters to:

%1

Those letters would go without them. Go back to write your words on a line of their own, or go on without them?</source>
        <translation>Einige Ihrer Änderungen betreffen Zeilen, die in jedem Brief anders sind (die Anrede, die Anschrift), und fehlen in den Briefen an:

%1

Diese Briefe würden ohne sie verschickt. Zurückgehen und Ihre Worte in eine eigene Zeile schreiben, oder ohne sie fortfahren?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="35"/>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="38"/>
        <source>Go on without them</source>
        <translation>Ohne sie fortfahren</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="73"/>
        <source>Continue your stack?</source>
        <translation>Mit Ihrem Stapel weitermachen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="75"/>
        <source>%n letter(s) were on your stack, neither printed nor exported, when UA Writer last stopped. Put them back on your stack?</source>
        <translation>
            <numerusform>%n Brief lag auf Ihrem Stapel, weder gedruckt noch exportiert, als UA Writer zuletzt beendet wurde. Wieder auf Ihren Stapel legen?</numerusform>
            <numerusform>%n Briefe lagen auf Ihrem Stapel, weder gedruckt noch exportiert, als UA Writer zuletzt beendet wurde. Wieder auf Ihren Stapel legen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="94"/>
        <source>%n letter(s) that were on your stack cannot be put back on it: their action could not be loaded this time, or has been replaced or changed since they were written. They are kept in this file until the next volunteer:</source>
        <translation>
            <numerusform>%n Brief, der auf Ihrem Stapel lag, kann nicht zurückgelegt werden: Seine Aktion konnte diesmal nicht geladen werden oder wurde seitdem ersetzt oder geändert. Er wird bis zur nächsten Person in dieser Datei aufbewahrt:</numerusform>
            <numerusform>%n Briefe, die auf Ihrem Stapel lagen, können nicht zurückgelegt werden: Ihre Aktion konnte diesmal nicht geladen werden oder wurde seitdem ersetzt oder geändert. Sie werden bis zur nächsten Person in dieser Datei aufbewahrt:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="104"/>
        <source>Some letters were not put back</source>
        <translation>Einige Briefe wurden nicht zurückgelegt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="113"/>
        <source>You were writing a letter for the action “%1”, which could not be loaded this time. Your letter is kept until the action loads again: then choose it, and the letter is offered back.</source>
        <translation>Sie haben einen Brief für die Aktion „%1“ geschrieben, die diesmal nicht geladen werden konnte. Ihr Brief wird aufbewahrt, bis die Aktion wieder geladen wird: Wählen Sie sie dann, und der Brief wird Ihnen wieder angeboten.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="121"/>
        <source>A letter is kept for later</source>
        <translation>Ein Brief wird für später aufbewahrt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="151"/>
        <source>Clear your letter?</source>
        <translation>Ihren Brief löschen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="152"/>
        <source>Your letter has not been printed or exported. At an event nothing of a volunteer is kept for the next one: close UA Writer and clear your letter?</source>
        <translation>Ihr Brief wurde weder gedruckt noch exportiert. Bei einer Veranstaltung bleibt nichts von einem Freiwilligen für den nächsten: UA Writer schließen und Ihren Brief löschen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="165"/>
        <source>Start another letter?</source>
        <translation>Einen anderen Brief beginnen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="166"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>Ihre Änderungen an diesem Brief wurden nicht exportiert. Trotzdem einen Brief für eine andere Aktion beginnen? (Der aktuelle Brief bleibt als Entwurf gespeichert.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="193"/>
        <source>Close with letters on your stack?</source>
        <translation>Schließen, obwohl Briefe auf Ihrem Stapel liegen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="194"/>
        <source>%n letter(s) on your stack have been neither printed nor exported, and will be lost. Close anyway?</source>
        <translation>
            <numerusform>%n Brief auf Ihrem Stapel wurde weder gedruckt noch exportiert und geht verloren. Trotzdem schließen?</numerusform>
            <numerusform>%n Briefe auf Ihrem Stapel wurden weder gedruckt noch exportiert und gehen verloren. Trotzdem schließen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="210"/>
        <source>Close while printing?</source>
        <translation>Während des Druckens schließen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="211"/>
        <source>Pages are still being sent to the printer. Close anyway? The pages not sent yet will not be printed.</source>
        <translation>Es werden noch Seiten an den Drucker gesendet. Trotzdem schließen? Die noch nicht gesendeten Seiten werden nicht gedruckt.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="225"/>
        <source>Close without the organiser&apos;s work?</source>
        <translation>Ohne die Arbeit der Organisation schließen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="226"/>
        <source>The organiser was working on a pack when the laptop was left. It is put away until the organiser types the PIN (Organiser tools…), and closing UA Writer now loses it. Close anyway?</source>
        <translation>Die Organisation hat an einem Paket gearbeitet, als der Laptop verlassen wurde. Es ist weggelegt, bis die PIN eingegeben wird (Organisationswerkzeuge…), und wenn UA Writer jetzt geschlossen wird, geht es verloren. Trotzdem schließen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="290"/>
        <source>The address book entry of %1 was corrected after your letters were put on the stack: the copies on your stack now go to the corrected address. Nothing was sent yet: print or export your stack again.</source>
        <translation>Der Adressbucheintrag von %1 wurde korrigiert, nachdem Ihre Briefe auf den Stapel gelegt wurden: Die Kopien auf Ihrem Stapel gehen jetzt an die korrigierte Adresse. Noch wurde nichts gesendet: Drucken oder exportieren Sie Ihren Stapel erneut.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="299"/>
        <source>The address book entry of %1 was corrected after your letters were put on the stack, and the copy on your stack could not be changed to match: its address or greeting was changed by hand. Nothing was sent: take that action&apos;s letters off the stack (Remove) and write them again.</source>
        <translation>Der Adressbucheintrag von %1 wurde korrigiert, nachdem Ihre Briefe auf den Stapel gelegt wurden, und die Kopie auf Ihrem Stapel ließ sich nicht anpassen: Ihre Adresse oder Anrede wurde von Hand geändert. Nichts wurde gesendet: Nehmen Sie die Briefe dieser Aktion vom Stapel (Entfernen) und schreiben Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="307"/>
        <source>An address was corrected</source>
        <translation>Eine Adresse wurde korrigiert</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="314"/>
        <source>The letters on your stack for “%1” were written from a copy of the action that has been replaced or removed since. They were not sent: the officials, addresses or fax numbers may have changed. Take them off the stack (Remove) and write them again.</source>
        <translation>Die Briefe auf Ihrem Stapel für „%1“ wurden mit einer Fassung der Aktion geschrieben, die inzwischen ersetzt oder entfernt wurde. Sie wurden nicht gesendet: Amtspersonen, Adressen oder Faxnummern können sich geändert haben. Nehmen Sie sie vom Stapel (Entfernen) und schreiben Sie sie neu.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="322"/>
        <source>The action “%1” has been removed from this computer since this letter was started. The letter was not sent.</source>
        <translation>Die Aktion „%1“ wurde von diesem Computer entfernt, nachdem dieser Brief begonnen wurde. Der Brief wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="328"/>
        <source>The action “%1” has been replaced by another copy (revision %2) since this letter was started: the officials, addresses or fax numbers may have changed. The letter now uses the new copy, and your changes to it are kept. Nothing was sent: look at the letter, then send it again.</source>
        <translation>Die Aktion „%1“ wurde durch eine andere Fassung (Revision %2) ersetzt, nachdem dieser Brief begonnen wurde: Amtspersonen, Adressen oder Faxnummern können sich geändert haben. Der Brief verwendet jetzt die neue Fassung, Ihre Änderungen bleiben erhalten. Nichts wurde gesendet: Sehen Sie sich den Brief an und senden Sie ihn dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="335"/>
        <source>This action has changed</source>
        <translation>Diese Aktion hat sich geändert</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="175"/>
        <source>Before you send this letter</source>
        <translation>Bevor Sie diesen Brief senden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="177"/>
        <source>This action asks:

%1

Has your letter kept to this?</source>
        <translation>Diese Aktion bittet:

%1

Hält sich Ihr Brief daran?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="181"/>
        <source>This action asks what is written below.

Has your letter kept to this?</source>
        <translation>Diese Aktion bittet um das, was unten steht.

Hält sich Ihr Brief daran?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="202"/>
        <source>%n letter(s) on your stack for this action replaced by the new one(s): %1.</source>
        <translation>
            <numerusform>%n Brief auf Ihrem Stapel für diese Aktion durch den neuen ersetzt: %1.</numerusform>
            <numerusform>%n Briefe auf Ihrem Stapel für diese Aktion durch die neuen ersetzt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="245"/>
        <source>Another volunteer&apos;s letters are on the stack</source>
        <translation>Auf dem Stapel liegen Briefe einer anderen Person</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="246"/>
        <source>The stack holds letters signed by %1, not printed or exported yet. Print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>Auf dem Stapel liegen Briefe, unterschrieben von %1, noch nicht gedruckt oder exportiert. Drucken oder exportieren Sie diese zuerst (Alle drucken… oder Alle exportieren… unter Mein Stapel) und fügen Sie dann Ihre hinzu. Ihr Brief ist noch da.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="261"/>
        <source>Letters without a name on the stack</source>
        <translation>Briefe ohne Namen auf dem Stapel</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="262"/>
        <source>The stack holds %n letter(s) written without a name, not printed or exported yet. Did you write them?

Yes: they go out with yours, signed %1.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>
            <numerusform>Der Stapel enthält %n Brief ohne Namen, noch nicht gedruckt oder exportiert. Haben Sie ihn geschrieben?

Ja: Er geht mit Ihren hinaus, unterschrieben mit %1.
Nein: Drucken oder exportieren Sie ihn zuerst (Alle drucken… oder Alle exportieren… unter Mein Stapel), dann fügen Sie Ihre hinzu. Ihr Brief bleibt hier.</numerusform>
            <numerusform>Der Stapel enthält %n Briefe ohne Namen, noch nicht gedruckt oder exportiert. Haben Sie sie geschrieben?

Ja: Sie gehen mit Ihren hinaus, unterschrieben mit %1.
Nein: Drucken oder exportieren Sie sie zuerst (Alle drucken… oder Alle exportieren… unter Mein Stapel), dann fügen Sie Ihre hinzu. Ihr Brief bleibt hier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="280"/>
        <source>Letters with other details on the stack</source>
        <translation>Briefe mit anderen Angaben auf dem Stapel</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="281"/>
        <source>The stack holds %n letter(s) written without a name and with another address or e-mail for replies, not printed or exported yet. Did you write them?

Yes: they go out with yours, their cover sheets with the details you typed now.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>
            <numerusform>Auf dem Stapel liegen Briefe ohne Namen und mit einer anderen Adresse oder E-Mail für Antworten, noch nicht gedruckt oder exportiert: %n. Haben Sie sie geschrieben?

Ja: Sie gehen mit Ihren hinaus, ihre Deckblätter mit den Angaben, die Sie jetzt eingegeben haben.
Nein: Drucken oder exportieren Sie sie zuerst (Alle drucken… oder Alle exportieren… unter Mein Stapel), dann fügen Sie Ihre hinzu. Ihr Brief bleibt hier.</numerusform>
            <numerusform>Auf dem Stapel liegen Briefe ohne Namen und mit einer anderen Adresse oder E-Mail für Antworten, noch nicht gedruckt oder exportiert: %n. Haben Sie sie geschrieben?

Ja: Sie gehen mit Ihren hinaus, ihre Deckblätter mit den Angaben, die Sie jetzt eingegeben haben.
Nein: Drucken oder exportieren Sie sie zuerst (Alle drucken… oder Alle exportieren… unter Mein Stapel), dann fügen Sie Ihre hinzu. Ihr Brief bleibt hier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="199"/>
        <source>%n letter(s) added to your stack.</source>
        <translation>
            <numerusform>%n Brief auf Ihren Stapel gelegt.</numerusform>
            <numerusform>%n Briefe auf Ihren Stapel gelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="284"/>
        <source>This pack cannot be used</source>
        <translation>Dieses Paket kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="285"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>Bitten Sie die Person, die das Paket erstellt hat, um eine korrigierte Fassung.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="286"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>Wählen Sie links eine Aktion, um einen Brief zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="296"/>
        <source>Loading the actions…</source>
        <translation>Aktionen werden geladen…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="319"/>
        <source>To check in this pack:</source>
        <translation>In diesem Paket zu prüfen:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="326"/>
        <source>your own language</source>
        <translation>Ihre eigene Sprache</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="328"/>
        <source>Write in:</source>
        <translation>Schreiben auf:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="332"/>
        <source>What to ask for</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="340"/>
        <source>Additional information</source>
        <translation>Weitere Informationen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="346"/>
        <source>Further information:</source>
        <translation>Mehr dazu:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="211"/>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="211"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="215"/>
        <source>Fax %1</source>
        <translation>Fax %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="217"/>
        <source>no fax</source>
        <translation>kein Fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="357"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="358"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack_keeper.py" line="67"/>
        <source>%n letter(s) of your stack went out before UA Writer stopped, and are counted: they are not put back on it.</source>
        <extracomment>While the stack&apos;s letters go out: when they started, by which channels, in which turn (see :meth:`going_out`).</extracomment>
        <translation>
            <numerusform>%n Brief Ihres Stapels ging hinaus, bevor UA Writer anhielt, und ist gezählt: Er kommt nicht wieder auf den Stapel.</numerusform>
            <numerusform>%n Briefe Ihres Stapels gingen hinaus, bevor UA Writer anhielt, und sind gezählt: Sie kommen nicht wieder auf den Stapel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack_keeper.py" line="122"/>
        <source>Your stack could not be saved: %1</source>
        <translation>Ihr Stapel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="391"/>
        <source>What you pasted held a run of more than %1 characters without a space, longer than any word: spaces were put in it. Check where it came from.</source>
        <translation>Der eingefügte Text enthielt mehr als %1 Zeichen ohne Leerzeichen, länger als jedes Wort: Es wurden Leerzeichen eingefügt. Prüfen Sie, woher er stammt.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="460"/>
        <source>The letters set aside for this action went out and are counted: nothing of them is left to send.</source>
        <translation>Die für diese Aktion zurückgelegten Briefe sind hinausgegangen und gezählt: Es ist nichts mehr zu senden.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="581"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>Einige Änderungen betrafen Zeilen, die bei diesem Empfänger anders lauten, und wurden nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="626"/>
        <source>Your details were not put in the letter: %1</source>
        <translation>Ihre Angaben wurden nicht in den Brief übernommen: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="780"/>
        <source>The outbox collects every volunteer&apos;s e-mails tonight. To choose it, enter the organiser PIN:</source>
        <translation>Im Postausgang sammeln sich heute Abend die E-Mails aller Freiwilligen. Um ihn zu wählen, geben Sie die PIN der Organisation ein:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/went.py" line="80"/>
        <source>Sent as it was when you sent it; your changes since are still to send.</source>
        <translation>Gesendet wie beim Absenden; Ihre Änderungen seitdem sind noch zu senden.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="259"/>
        <source>What you were working on is back: it was put away when the laptop was left.</source>
        <translation>Woran Sie gearbeitet haben, ist wieder da: Es wurde weggelegt, als der Laptop unbeaufsichtigt war.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/resume.py" line="149"/>
        <source>Your letters went out before UA Writer stopped, and are counted.</source>
        <translation>Ihre Briefe gingen hinaus, bevor UA Writer anhielt, und sind gezählt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/resume.py" line="158"/>
        <source>%n letter(s) went out before UA Writer stopped, and are counted: their officials are no longer ticked in your letter.</source>
        <translation>
            <numerusform>%n Brief ging hinaus, bevor UA Writer anhielt, und ist gezählt: Sein Empfänger ist in Ihrem Brief nicht mehr angehakt.</numerusform>
            <numerusform>%n Briefe gingen hinaus, bevor UA Writer anhielt, und sind gezählt: Ihre Empfänger sind in Ihrem Brief nicht mehr angehakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/resume.py" line="228"/>
        <source>The copy to %1 was not restored: that contact is no longer in the address book for this action&apos;s country. Choose a copy again if one should go.</source>
        <translation>Die Kopie an %1 wurde nicht wiederhergestellt: Dieser Kontakt steht nicht mehr im Adressbuch für das Land dieser Aktion. Wählen Sie erneut eine Kopie, falls eine verschickt werden soll.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="232"/>
        <source>The postage table could not be saved: %1</source>
        <translation>Die Portotabelle konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="193"/>
        <source>Choose an action and an addressee first.</source>
        <translation>Wählen Sie zuerst eine Aktion und einen Empfänger.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="293"/>
        <source>(address book empty)</source>
        <translation>(Adressbuch leer)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="299"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>Botschaften und andere diplomatische Vertretungen über „Adressbuch…“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="355"/>
        <source>The address book could not be saved</source>
        <translation>Das Adressbuch konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="356"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

Die Adressen bleiben erhalten, bis Sie UA Writer schließen.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="375"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>Keine Faxnummer für: %1. Diese Briefe erhalten kein Fax-Deckblatt: Drucken Sie sie aus und schicken Sie sie per Post oder per E-Mail.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="42"/>
        <source>%1 (asked for)</source>
        <translation>%1 (erbeten)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="179"/>
        <source>Change the letter&apos;s language?</source>
        <translation>Sprache des Briefs ändern?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="180"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>Der Brief wird in der neuen Sprache neu erstellt, und Ihre Änderungen daran gehen verloren. Sprache ändern?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="301"/>
        <source>Le&amp;tter:</source>
        <translation>Brief&amp;text:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="304"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>Brief&amp;text an %1 (Ihre Änderungen gelten für alle Briefe):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="385"/>
        <source>Reset the letter?</source>
        <translation>Brief zurücksetzen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="386"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>Ihre Änderungen am Brief werden durch den Text der Vorlage ersetzt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/letter_pane.py" line="401"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/letter_pane.py" line="403"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="239"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>Der Brief dieses Pakets kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="240"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>Die Briefvorlage hat einen Fehler:
%1

Bitten Sie die Person, die das Paket erstellt hat, um eine korrigierte Fassung.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="696"/>
        <location filename="../src/uawriter/gui/preview.py" line="200"/>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="222"/>
        <source>No addressee chosen</source>
        <translation>Kein Empfänger ausgewählt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="163"/>
        <location filename="../src/uawriter/gui/output.py" line="223"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <extracomment>whose turn it is: another after Next volunteer, or once another name signs (the tally&apos;s turn: Hans typing his name over Aigerim&apos;s is Hans&apos;s turn, probe 83b) the letter&apos;s draft saved now, with what was counted by hand in it &quot;I sent this e-mail&quot; counts a letter given back after a crash was kept with, by (action, addressee): its e-mail drafts take them back, as in one window (probe 92b: counted twice); until Next volunteer, or used</extracomment>
        <translation>Setzen Sie unter „Empfänger“ bei mindestens einem Eintrag ein Häkchen.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="230"/>
        <source>Some characters cannot be printed</source>
        <translation>Einige Zeichen können nicht gedruckt werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="231"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>UA Writer hat für diese Zeichen keine Schrift, sie würden als leere Kästchen gedruckt: %1

Im Brief ändern oder trotzdem fortfahren?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="247"/>
        <location filename="../src/uawriter/gui/output.py" line="309"/>
        <location filename="../src/uawriter/gui/printing.py" line="97"/>
        <location filename="../src/uawriter/gui/printing.py" line="194"/>
        <source>Printing failed</source>
        <extracomment>Pages rendered by one task and painted together.</extracomment>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="98"/>
        <source>%1 is not a file: print to a file in a folder.</source>
        <translation>%1 ist keine Datei: Drucken Sie in eine Datei in einem Ordner.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="111"/>
        <source>Printed to another file</source>
        <translation>In eine andere Datei gedruckt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="112"/>
        <source>%1 holds letters that were exported and counted, and is kept: the pages go to %2 instead.</source>
        <translation>%1 enthält exportierte und gezählte Briefe und bleibt erhalten: Die Seiten gehen stattdessen in %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="191"/>
        <source>The printer could not be started.</source>
        <extracomment>why the hidden file beside the chosen one could not be made, if it could not</extracomment>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="255"/>
        <source>Printing…</source>
        <extracomment>Until its pages went to the printer, or it was stopped (the window closing)</extracomment>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="91"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>Die Frist ist am %1 abgelaufen: Fragen Sie vor dem Senden bei Ihrer Sektion nach.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="349"/>
        <source>Export the letter as PDF</source>
        <translation>Brief als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="352"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="368"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>Ordner für den Brief wählen</numerusform>
            <numerusform>Ordner für die %n Briefe wählen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="464"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Brief wird exportiert…</numerusform>
            <numerusform>%n Briefe werden exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="562"/>
        <location filename="../src/uawriter/gui/output.py" line="603"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>Brief in %1 gespeichert.</numerusform>
            <numerusform>%n Briefe in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="372"/>
        <source>Save the letters here</source>
        <translation>Briefe hier speichern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="112"/>
        <source>The letters went out, but could not be counted: %1</source>
        <extracomment>Where each letter that goes out is counted (None: not counted). The event running on this laptop, for the tally. Put before each file name (&quot;V03 &quot;, the volunteer&apos;s number at an event). The e-mails counted by &quot;I sent this e-mail&quot; in this turn: their records&apos; ids, by (action, addressee), taken back when their drafts are saved and counted.</extracomment>
        <translation>Die Briefe sind fertig, konnten aber nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="127"/>
        <source>Counted before that: %1 of %2 files. Count only the others by hand (Event, Add counts): %3</source>
        <translation>Davor gezählt: %1 von %2 Dateien. Zählen Sie nur die anderen von Hand (Veranstaltung, Zählungen hinzufügen): %3</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="174"/>
        <source>These letters would not be counted</source>
        <extracomment>Told the letters of one print or export once they went out (an export cancelled part-way: those written). The stack passes one, so that its letters leave it when they, not another output that ends meanwhile, went out.</extracomment>
        <translation>Diese Briefe würden nicht gezählt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="175"/>
        <source>UA Writer cannot add to its count of letters: %1

Please tell the organiser. Send the letters anyway, without counting them?</source>
        <translation>UA Writer kann die Briefe nicht zu seiner Zählung hinzufügen: %1

Bitte sagen Sie es der Organisatorin oder dem Organisator. Die Briefe trotzdem senden, ohne sie zu zählen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="296"/>
        <source>Printing stopped: %1 of %2 letters went to the printer.</source>
        <translation>Drucken angehalten: %1 von %2 Briefen gingen an den Drucker.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="427"/>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="429"/>
        <source>(%1 was there already, not written by you, and is kept.)</source>
        <translation>(%1 war schon da, nicht von Ihnen geschrieben, und bleibt erhalten.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="465"/>
        <location filename="../src/uawriter/gui/printing.py" line="256"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="528"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>Export abgebrochen: %1 von %2 Briefen gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="560"/>
        <source>Letters exported</source>
        <translation>Briefe exportiert</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="568"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="581"/>
        <location filename="../src/uawriter/gui/output.py" line="606"/>
        <source>Not all the letters could be saved</source>
        <translation>Nicht alle Briefe konnten gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="582"/>
        <source>%1 of %2 letters were saved in %3 and counted; then UA Writer could not write there:
%4

The other letters were not saved; they are still here (their addressees stay ticked, or they stay on your stack). Export them to another folder, for example on a USB stick or in Documents.</source>
        <translation>%1 von %2 Briefen wurden in %3 gespeichert und gezählt; danach konnte UA Writer dort nicht mehr schreiben:
%4

Die übrigen Briefe wurden nicht gespeichert; sie sind noch da (ihre Empfänger bleiben angehakt, oder sie bleiben auf Ihrem Stapel). Exportieren Sie sie in einen anderen Ordner, zum Beispiel auf einen USB-Stick oder unter Dokumente.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="601"/>
        <location filename="../src/uawriter/gui/output.py" line="612"/>
        <source>The letters could not be saved</source>
        <translation>Die Briefe konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="613"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>UA Writer konnte nicht in %1 schreiben:
%2

Ihr Brief ist noch da. Wählen Sie einen anderen Ordner, zum Beispiel auf einem USB-Stick oder unter „Dokumente“.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="152"/>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="146"/>
        <source>Draft saved</source>
        <extracomment>The outputs of each action&apos;s letter under way: token -&gt; (when, channels, turn). Kept per action (a letter set aside while its e-mails are saved keeps its own) and per output (a second started meanwhile replaced the first&apos;s: probe 93a). At an event, the letters set aside as they are, her details in them: the file holds none, and taken back from it her lines written in them were lost unsaid. Kept in memory only, until Next volunteer (or the window closes). The letter each action&apos;s set-aside draft was made from (the session object: any change to a letter makes a new one), to know it as sent (probe 80a).</extracomment>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="316"/>
        <source>One of them held tonight&apos;s event: no event is running now, so the organiser&apos;s tools are not locked and nothing is cleared between volunteers. If an event was running, the organiser starts it again (Event menu) before the next volunteer sits down.</source>
        <translation>Eine davon enthielt die heutige Veranstaltung: Jetzt läuft keine Veranstaltung, daher sind die Werkzeuge der Organisation nicht gesperrt und zwischen Freiwilligen wird nichts gelöscht. Lief eine Veranstaltung, startet die Organisation sie erneut (Menü Veranstaltung), bevor sich die nächste Person hinsetzt.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="323"/>
        <source>Some saved files were damaged</source>
        <translation>Einige gespeicherte Dateien waren beschädigt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="312"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>Sie wurden beiseitegelegt, und UA Writer hat neu begonnen:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="54"/>
        <source>Continue your letter?</source>
        <translation>Brief fortsetzen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="56"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>Sie haben einen Brief für „%1“ geschrieben. Möchten Sie ihn fortsetzen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/window_settings.py" line="39"/>
        <source>Settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="35"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="36"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>Schreiben Sie Appellbriefe zu Urgent Actions ohne Internetverbindung und drucken, verschicken oder faxen Sie sie.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="39"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer ist freie Software: Sie dürfen sie unter den Bedingungen der GNU General Public License, Version 3 oder einer späteren Version (GPL-3.0-or-later), weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="45"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>Auch die mitgelieferten Schriften, die in die Briefe eingebettet werden, sind frei:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="50"/>
        <source>About UA Writer</source>
        <translation>Über UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="129"/>
        <source>Keep your letter?</source>
        <translation>Brief behalten?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="131"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>Ihr Brief wurde weder gedruckt noch exportiert. Als Entwurf für das nächste Mal behalten?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="432"/>
        <source>My stack</source>
        <extracomment>Room in the stack&apos;s file for what :func:`stack_data` adds to its letters when the stack goes out (the time, the channels, the turn) and for the format&apos;s name and version. What the window writes of an official at most: a pack&apos;s (packs/limits.py) or an address book contact&apos;s (storage/address_book.py), whichever is more. A record holding more was damaged on disk: a stack file&apos;s official of 120,000 address lines was taken back, and then every save of the stack was refused as too big (probe 74c). Of an official&apos;s e-mails, phones and social media accounts: as many as an address has lines. A pack&apos;s official who has more is made again from the pack (see :func:`_letter_of`). The characters of each of the sender&apos;s boxes at most (sender_pane.py), in the order :class:`~uawriter.domain.model.Sender` takes them.</extracomment>
        <translation>Mein Stapel</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="433"/>
        <source>Print all…</source>
        <translation>Alle drucken…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="434"/>
        <source>Export all…</source>
        <translation>Alle exportieren…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="435"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="437"/>
        <source>Take the chosen action&apos;s letters off the stack</source>
        <translation>Die Briefe der gewählten Aktion vom Stapel nehmen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="533"/>
        <source>Take these letters off your stack?</source>
        <translation>Diese Briefe vom Stapel nehmen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="534"/>
        <source>%n letter(s) for %1, neither printed nor exported, would be taken off your stack and could not be brought back. Take them off?</source>
        <translation>
            <numerusform>%n Brief für %1, weder gedruckt noch exportiert, würde von Ihrem Stapel genommen und ließe sich nicht zurückholen. Vom Stapel nehmen?</numerusform>
            <numerusform>%n Briefe für %1, weder gedruckt noch exportiert, würden von Ihrem Stapel genommen und ließen sich nicht zurückholen. Vom Stapel nehmen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="559"/>
        <source>%1: %n letter(s) in %2</source>
        <translation>
            <numerusform>%1: %n Brief auf %2</numerusform>
            <numerusform>%1: %n Briefe auf %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="569"/>
        <source>%n letter(s) waiting. Choose another action to add more, or print or export them all.</source>
        <translation>
            <numerusform>%n Brief wartet. Wählen Sie eine weitere Aktion, um mehr hinzuzufügen, oder drucken oder exportieren Sie alle.</numerusform>
            <numerusform>%n Briefe warten. Wählen Sie eine weitere Aktion, um mehr hinzuzufügen, oder drucken oder exportieren Sie alle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="45"/>
        <source>Post to %1 is suspended: send by e-mail or fax, or through the embassy.</source>
        <translation>Post nach %1 ist ausgesetzt: Senden Sie per E-Mail oder Fax oder über die Botschaft.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="50"/>
        <source>Post to %1: %2 for a letter of one sheet.</source>
        <translation>Brief nach %1: %2 für einen Brief mit einem Blatt.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="115"/>
        <source>Choose the outbox for e-mail drafts (for example on a USB stick)</source>
        <extracomment>whether the outbox may be chosen now (at an event: the organiser&apos;s, with the PIN) the volunteer at the laptop: e-mails that finish saving after the next one has come show nothing of the last one&apos;s (see :meth:`next_turn`) the last write to the outbox failed: the next one asks where, so that another folder can be chosen while the full stick is still there</extracomment>
        <translation>Wählen Sie den Postausgang für E-Mail-Entwürfe (zum Beispiel auf einem USB-Stick)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="119"/>
        <source>Collect e-mails here</source>
        <translation>E-Mails hier sammeln</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="217"/>
        <source>The e-mails could not be saved</source>
        <translation>Die E-Mails konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="218"/>
        <source>UA Writer could not write to the outbox %1:
%2

Your letter is still here. Save it again to choose another outbox folder, or send the letter by post or fax.</source>
        <translation>UA Writer konnte nicht in den Postausgang %1 schreiben:
%2

Ihr Brief ist noch da. Speichern Sie ihn erneut, um einen anderen Ordner zu wählen, oder schicken Sie den Brief per Post oder Fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="240"/>
        <source>Not all the e-mails could be saved</source>
        <translation>Nicht alle E-Mails konnten gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="241"/>
        <source>%1 of %2 e-mails were saved in the outbox %3 and counted; then UA Writer could not write there:
%4

The addressees still ticked are the ones not written to. Save again to choose another outbox folder, or send their letters by post or fax.</source>
        <translation>%1 von %2 E-Mails wurden im Postausgang %3 gespeichert und gezählt; danach konnte UA Writer dort nicht mehr schreiben:
%4

Die noch angehakten Empfänger sind die, an die nichts geschrieben wurde. Speichern Sie erneut, um einen anderen Ordner zu wählen, oder schicken Sie ihnen den Brief per Post oder Fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="257"/>
        <source>No e-mail address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="258"/>
        <source>The Urgent Action gives no e-mail address for:
%1

Send the letter by post or fax instead (“Send by” above).</source>
        <translation>Die Urgent Action nennt keine E-Mail-Adresse für:
%1

Schicken Sie den Brief stattdessen per Post oder Fax („Senden per“ oben).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="275"/>
        <source>E-mails ready to send</source>
        <translation>E-Mails bereit zum Senden</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/outbox.py" line="277"/>
        <source>%n e-mail draft(s) saved in the outbox %1.</source>
        <translation>
            <numerusform>%n E-Mail-Entwurf im Postausgang %1 gespeichert.</numerusform>
            <numerusform>%n E-Mail-Entwürfe im Postausgang %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="282"/>
        <source>The organiser sends them from a computer that is online: each file opens in a mail program (Thunderbird, Outlook, Apple Mail) ready to send.</source>
        <translation>Die Organisation sendet sie von einem Computer mit Internet: Jede Datei öffnet sich versandbereit in einem E-Mail-Programm (Thunderbird, Outlook, Apple Mail).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="290"/>
        <source>No e-mail address for: %1. Send them by post or fax.</source>
        <translation>Keine E-Mail-Adresse für: %1. Schicken Sie ihnen den Brief per Post oder Fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="298"/>
        <source>Open in mail program</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="301"/>
        <source>Open outbox</source>
        <translation>Postausgang öffnen</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="272"/>
        <source>Edit action pack</source>
        <extracomment>Which drafted addressee and point each row is (None: added here): the UA&apos;s lines are found by the drafted ones, which a row no longer is once one before it was removed (probe 75a: the President&apos;s fax was marked beside the Prosecutor&apos;s).</extracomment>
        <translation>Aktionspaket bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="273"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="274"/>
        <source>What to ask for</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="275"/>
        <source>Addressees</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="276"/>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="546"/>
        <source>Discard the changes to this pack?</source>
        <translation>Die Änderungen an diesem Paket verwerfen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="548"/>
        <source>What you typed in this pack is not saved. Save it now, discard it, or go on editing?</source>
        <translation>Was Sie in diesem Paket eingegeben haben, ist nicht gespeichert. Jetzt speichern, verwerfen oder weiter bearbeiten?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="558"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="680"/>
        <source>The pack has changed since you opened it</source>
        <translation>Das Paket wurde geändert, seit Sie es geöffnet haben</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="682"/>
        <source>The pack “%1” was changed on this computer after you opened it here: another copy was imported, or it was saved from another window. Saving replaces that copy with yours, and what it changed is lost.

To keep both, give yours another id (Action tab) and save it again. Replace the other copy with yours?</source>
        <translation>Das Paket „%1“ wurde auf diesem Computer geändert, nachdem Sie es hier geöffnet haben: Eine andere Fassung wurde importiert oder es wurde aus einem anderen Fenster gespeichert. Beim Speichern wird diese Fassung durch Ihre ersetzt, und ihre Änderungen gehen verloren.

Um beide zu behalten, geben Sie Ihrer Fassung eine andere ID (Reiter Aktion) und speichern Sie erneut. Die andere Fassung durch Ihre ersetzen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="693"/>
        <source>Replace it</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="312"/>
        <source>Pack id:</source>
        <translation>Paket-ID:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="313"/>
        <source>Written in (language code):</source>
        <translation>Ausgangssprache (Sprachcode):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="314"/>
        <source>Contacts checked on (YYYY-MM-DD):</source>
        <translation>Kontakte geprüft am (JJJJ-MM-TT):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="315"/>
        <source>UA number:</source>
        <translation>UA-Nummer:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="316"/>
        <source>Issued on (YYYY-MM-DD):</source>
        <translation>Veröffentlicht am (JJJJ-MM-TT):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="317"/>
        <source>Deadline (YYYY-MM-DD, empty for none):</source>
        <translation>Frist (JJJJ-MM-TT, leer, wenn keine):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="318"/>
        <source>Country code:</source>
        <translation>Ländercode:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="319"/>
        <source>Write in (language codes):</source>
        <translation>Schreiben auf (Sprachcodes):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="320"/>
        <source>Further information (web address):</source>
        <translation>Mehr dazu (Webadresse):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="327"/>
        <source>Revision:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="328"/>
        <source>Update number (0 for the first UA):</source>
        <translation>Aktualisierungsnummer (0 für die erste UA):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="330"/>
        <source>Letters may also be written in the writer&apos;s own language</source>
        <translation>Briefe dürfen auch in der eigenen Sprache der schreibenden Person verfasst werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="333"/>
        <source>Post to this country is suspended (use e-mail, fax or the embassy)</source>
        <translation>Post in dieses Land ist ausgesetzt (E-Mail, Fax oder Botschaft)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="337"/>
        <source>Texts in:</source>
        <translation>Texte auf:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="338"/>
        <source>Add a language…</source>
        <translation>Sprache hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="340"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="341"/>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="342"/>
        <source>Additional information:</source>
        <translation>Weitere Informationen:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="343"/>
        <source>After the deadline:</source>
        <translation>Nach Ablauf der Frist:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="344"/>
        <source>Copies to diplomats:</source>
        <translation>Kopien an Diplomaten:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="389"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="501"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="390"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="502"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="391"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="505"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="392"/>
        <source>Paragraph of the letter:</source>
        <translation>Absatz des Briefs:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="503"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="506"/>
        <source>Title:</source>
        <comment>an addressee&apos;s position, such as Minister of Justice</comment>
        <translation>Funktion:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="509"/>
        <source>Name:</source>
        <translation>Name der Person:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="510"/>
        <source>Organisation:</source>
        <translation>Institution:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="511"/>
        <source>Country (as on the envelope):</source>
        <translation>Land (wie auf dem Umschlag):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="512"/>
        <source>Fax:</source>
        <translation>Faxnummer:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="516"/>
        <source>Address lines:</source>
        <translation>Adresszeilen:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="517"/>
        <source>E-mails (separated by commas):</source>
        <translation>E-Mail-Adressen (durch Kommas getrennt):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="519"/>
        <source>Telephone numbers (separated by commas):</source>
        <translation>Telefonnummern (durch Kommas getrennt):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="521"/>
        <source>Social media (such as twitter: @name):</source>
        <translation>Soziale Medien (z. B. twitter: @name):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="523"/>
        <source>Salutation (in the language above):</source>
        <translation>Anrede (in der Sprache oben):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="122"/>
        <source>Add a letter language…</source>
        <translation>Briefsprache hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="123"/>
        <source>Letter:</source>
        <translation>Brief:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="125"/>
        <source>Insert field</source>
        <translation>Feld einfügen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="127"/>
        <source>Put a field where the cursor is: the salutation, their address, the talking points, your name… Each is filled in for every letter.</source>
        <translation>Ein Feld an der Cursorposition einfügen: Anrede, Anschrift, Forderungen, Ihr Name… Jedes wird in jedem Brief ausgefüllt.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="133"/>
        <source>Show template code</source>
        <translation>Vorlagencode zeigen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="135"/>
        <source>This letter uses template code the field menu does not have, so it is shown as code. Edit it here, or start a new letter language from a simple letter.</source>
        <translation>Dieser Brief verwendet Vorlagencode, den das Feldmenü nicht kennt, daher wird er als Code gezeigt. Bearbeiten Sie ihn hier oder beginnen Sie eine neue Briefsprache mit einem einfachen Brief.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="124"/>
        <source>The letter it makes:</source>
        <translation>So sieht der Brief aus:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="279"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="531"/>
        <source>Write to (target)</source>
        <translation>Schreiben an (Adressat)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="532"/>
        <source>Copy to</source>
        <translation>Kopie an</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="442"/>
        <source>Language code (such as kk, ru, es):</source>
        <translation>Sprachcode (z. B. kk, ru, es):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="453"/>
        <source>UA Writer does not know the language code “%1”.</source>
        <translation>UA Writer kennt den Sprachcode „%1“ nicht.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="459"/>
        <source>Add a language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="467"/>
        <source>Add a letter language</source>
        <translation>Briefsprache hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/pack_editor_problems.py" line="38"/>
        <source>%n problem(s) to fix before the pack can be used:</source>
        <translation>
            <numerusform>%n Problem muss behoben werden, bevor das Paket verwendet werden kann:</numerusform>
            <numerusform>%n Probleme müssen behoben werden, bevor das Paket verwendet werden kann:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_problems.py" line="41"/>
        <source>The pack is ready to use.</source>
        <translation>Das Paket ist einsatzbereit.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="633"/>
        <source>Save a pack with problems?</source>
        <translation>Paket mit Problemen speichern?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="635"/>
        <source>Until the problems are fixed the pack is listed as broken and cannot be used for letters. Save it anyway?</source>
        <translation>Solange die Probleme nicht behoben sind, wird das Paket als beschädigt aufgeführt und kann nicht für Briefe verwendet werden. Trotzdem speichern?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="645"/>
        <source>Give the pack an id first.</source>
        <translation>Geben Sie dem Paket zuerst eine ID.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="653"/>
        <source>The pack could not be saved:
%1</source>
        <translation>Das Paket konnte nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/source_pane.py" line="108"/>
        <source>The Urgent Action: the lines the field you are in was read from are marked.</source>
        <extracomment>the key shown and its lines (1-based, inclusive), for the window and for tests</extracomment>
        <translation>Die Urgent Action: Die Zeilen, aus denen das Feld stammt, in dem Sie gerade sind, sind markiert.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/source_pane.py" line="115"/>
        <source>Check what was said about the text:</source>
        <translation>Prüfen Sie, was zum Text gesagt wurde:</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="135"/>
        <source>&amp;Packs</source>
        <translation>Pa&amp;kete</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="136"/>
        <source>&amp;New pack…</source>
        <translation>&amp;Neues Paket…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="137"/>
        <source>&amp;Edit this pack…</source>
        <translation>Dieses Paket &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="138"/>
        <source>&amp;Import a pack…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="139"/>
        <source>&amp;Draft a pack from an Urgent Action…</source>
        <translation>Paket aus einer Eilaktion &amp;entwerfen…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="140"/>
        <source>&amp;Share this pack as a file…</source>
        <translation>Dieses Paket als Datei &amp;weitergeben…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="147"/>
        <source>Import an action pack</source>
        <translation>Aktionspaket importieren</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="150"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="212"/>
        <source>Action packs (*.uapack)</source>
        <translation>Aktionspakete (*.uapack)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="181"/>
        <source>Replace the pack?</source>
        <translation>Paket ersetzen?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="188"/>
        <source>The pack was not imported</source>
        <translation>Das Paket wurde nicht importiert</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="209"/>
        <source>Share the pack as a file</source>
        <translation>Paket als Datei weitergeben</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="229"/>
        <source>The pack could not be saved</source>
        <translation>Das Paket konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="232"/>
        <source>Saved %1: copy it to a USB stick to share it.</source>
        <translation>%1 gespeichert: Kopieren Sie die Datei auf einen USB-Stick, um sie weiterzugeben.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="293"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="305"/>
        <source>The pack cannot be opened</source>
        <translation>Das Paket kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="311"/>
        <source>Edit a copy?</source>
        <translation>Eine Kopie bearbeiten?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="313"/>
        <source>Packs that come with UA Writer cannot be changed. Edit a copy of this one instead? It is saved with your own packs, under a new id.</source>
        <translation>Pakete, die mit UA Writer geliefert werden, können nicht geändert werden. Stattdessen eine Kopie dieses Pakets bearbeiten? Sie wird bei Ihren eigenen Paketen unter einer neuen ID gespeichert.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="257"/>
        <source>Organiser PIN</source>
        <translation>Organisations-PIN</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="259"/>
        <source>This is for the event&apos;s organiser. Enter the PIN:</source>
        <translation>Dies ist für die Organisation der Veranstaltung. PIN eingeben:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="263"/>
        <source>This PIN stops volunteers changing the event by accident. It does not protect data.</source>
        <translation>Diese PIN verhindert, dass Freiwillige die Veranstaltung versehentlich ändern. Sie schützt keine Daten.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="268"/>
        <source>That is not the PIN set when the event started.</source>
        <translation>Das ist nicht die PIN, die zu Beginn festgelegt wurde.</translation>
    </message>
</context>
<context>
    <name>PostageDialog</name>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="113"/>
        <source>Postage</source>
        <translation>Porto</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Letter (one sheet)</source>
        <translation>Brief (ein Blatt)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Post suspended</source>
        <translation>Post ausgesetzt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="116"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="120"/>
        <source>Your section&apos;s postage for a letter of one sheet, per country (a code such as KZ, or its name). Where post is suspended, volunteers are told to send by e-mail or fax, or through the embassy.</source>
        <translation>Das Porto Ihrer Sektion für einen Brief mit einem Blatt, je Land (ein Code wie KZ oder der Name). Wo die Post ausgesetzt ist, wird Freiwilligen geraten, per E-Mail, Fax oder über die Botschaft zu senden.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="125"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="126"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="127"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="128"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="157"/>
        <source>Row %1: “%2” is not a country; type its code, such as KZ.</source>
        <translation>Zeile %1: „%2“ ist kein Land; geben Sie den Code ein, etwa KZ.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="183"/>
        <source>Import a postage table</source>
        <translation>Portotabelle importieren</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="186"/>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="220"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="193"/>
        <source>the file is too big to be a postage table</source>
        <translation>die Datei ist zu groß für eine Portotabelle</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="197"/>
        <source>the file is not in UTF-8; open it in the spreadsheet and save it as “CSV UTF-8” (or “Unicode Text”)</source>
        <translation>die Datei ist nicht in UTF-8; öffnen Sie sie in der Tabellenkalkulation und speichern Sie sie als „CSV UTF-8“ (oder „Unicode-Text“)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="200"/>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="204"/>
        <source>The postage table was not imported</source>
        <translation>Die Portotabelle wurde nicht importiert</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="217"/>
        <source>Export the postage table</source>
        <translation>Portotabelle exportieren</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="233"/>
        <source>The postage table was not saved</source>
        <translation>Die Portotabelle wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="117"/>
        <source>Preview</source>
        <extracomment>Why the latest render failed (&quot;&quot; when it did not): shown in place of the pages.</extracomment>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="118"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="119"/>
        <location filename="../src/uawriter/gui/preview.py" line="120"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="121"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="122"/>
        <location filename="../src/uawriter/gui/preview.py" line="123"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="124"/>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="125"/>
        <source>Fit to width</source>
        <translation>An die Breite anpassen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="126"/>
        <source>Preview of the letter as it prints</source>
        <translation>Vorschau des Briefs, wie er gedruckt wird</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../src/uawriter/gui/qt_words.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/qt_words.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>Dateien des &amp;Typs:</translation>
    </message>
</context>
<context>
    <name>StartEventDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="153"/>
        <source>Start an event</source>
        <translation>Veranstaltung beginnen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="155"/>
        <source>Event &amp;name:</source>
        <translation>&amp;Name der Veranstaltung:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="156"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="157"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="158"/>
        <source>Organiser &amp;PIN:</source>
        <translation>Organisations-&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="159"/>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="160"/>
        <source>Next volunteer after &amp;idle:</source>
        <translation>Nächste Person nach &amp;Leerlauf:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="164"/>
        <source>Optional, e.g. Write for Rights evening</source>
        <translation>Optional, z. B. Abend „Briefmarathon“</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="165"/>
        <source>Optional, e.g. Central Library</source>
        <translation>Optional, z. B. Stadtbibliothek</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="166"/>
        <source>The event has a date</source>
        <translation>Die Veranstaltung hat ein Datum</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="167"/>
        <source>4 digits or more</source>
        <translation>4 Ziffern oder mehr</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="170"/>
        <source>This PIN stops volunteers changing the event by accident (ending it, editing packs or settings). It does not protect data.</source>
        <translation>Diese PIN verhindert, dass Freiwillige die Veranstaltung versehentlich ändern (beenden, Pakete oder Einstellungen bearbeiten). Sie schützt keine Daten.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="174"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="177"/>
        <source>When no one has touched the laptop for this long, a countdown appears, then the window is cleared for the next volunteer.</source>
        <translation>Wenn so lange niemand den Laptop berührt, erscheint ein Countdown, danach wird das Fenster für die nächste Person geleert.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="182"/>
        <source>&amp;Start the event</source>
        <translation>Veranstaltung &amp;beginnen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="205"/>
        <source>The PIN must be 4 digits or more (0 to 9 only).</source>
        <translation>Die PIN muss 4 oder mehr Ziffern haben (nur 0 bis 9).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="208"/>
        <source>The two PINs are not the same: type it again.</source>
        <translation>Die beiden PINs stimmen nicht überein: Bitte erneut eingeben.</translation>
    </message>
</context>
<context>
    <name>TakeBackCountsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="473"/>
        <source>Take back counts</source>
        <extracomment>What was written to the tally when the dialog was accepted.</extracomment>
        <translation>Zählungen zurücknehmen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="476"/>
        <source>Tick the hand counts added by mistake (a number mistyped, a pile of cards added twice). They are taken back from the tally, and from the tally of the laptop it is merged into.</source>
        <translation>Kreuzen Sie die versehentlich hinzugefügten Handzählungen an (eine vertippte Zahl, ein Stapel Karten doppelt hinzugefügt). Sie werden aus der Zählung zurückgenommen, auch aus der Zählung des Laptops, in die sie zusammengeführt wird.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="481"/>
        <source>No hand count has been added to what is shown.</source>
        <translation>Zu dem Angezeigten wurde keine Handzählung hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="497"/>
        <source>&amp;Take back</source>
        <translation>&amp;Zurücknehmen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="515"/>
        <source>Tick the counts to take back.</source>
        <translation>Kreuzen Sie die zurückzunehmenden Zählungen an.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="524"/>
        <source>The counts could not be taken back in %1: %2. Nothing was changed; check that the data folder can be written, then try again.</source>
        <translation>Die Zählungen konnten in %1 nicht zurückgenommen werden: %2. Es wurde nichts geändert; prüfen Sie, ob in den Datenordner geschrieben werden kann, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>TotalsTable</name>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="43"/>
        <source>Post</source>
        <extracomment>The per-action columns: action, all letters, then each channel and hand count.</extracomment>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="44"/>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="45"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="46"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="47"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="48"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="49"/>
        <source>Handwritten</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="50"/>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="51"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="56"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="56"/>
        <source>All letters</source>
        <translation>Alle Briefe</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="59"/>
        <source>Totals per action</source>
        <translation>Summen je Aktion</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="96"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../src/uawriter/gui/common.py" line="197"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <extracomment>Room a window&apos;s frame and title bar take, and a task bar&apos;s, around its contents: a window sized to the screen&apos;s available geometry less these is wholly on screen. Arabic-Indic digits (and Persian ones) and the Arabic separators, and their Western forms.</extracomment>
        <translation>, </translation>
    </message>
</context>
</TS>
