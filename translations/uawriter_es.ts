<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="544"/>
        <source>UA %1 (update %2)</source>
        <translation>UA %1 (actualización %2)</translation>
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
        <translation>Libreta de direcciones: representantes diplomáticos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="192"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="193"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="195"/>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="196"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="197"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="198"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="199"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="200"/>
        <source>&amp;Fax:</source>
        <translation>&amp;Fax:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="201"/>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="202"/>
        <source>&amp;Salutation:</source>
        <translation>&amp;Saludo:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="203"/>
        <source>Sa&amp;lutation by letter language:</source>
        <translation>Sa&amp;ludo según el idioma de la carta:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="204"/>
        <source>Re&amp;presents (country code):</source>
        <translation>&amp;Representa a (código de país):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="208"/>
        <source>Ambassador of Kazakhstan</source>
        <translation>Embajador de Kazajistán</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="209"/>
        <source>Embassy of the Republic of Kazakhstan</source>
        <translation>Embajada de la República de Kazajistán</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="212"/>
        <source>One a line, such as:
kk = Құрметті Елші мырза</source>
        <translation>Uno por línea, por ejemplo:
kk = Құрметті Елші мырза</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="216"/>
        <source>The salutation a letter in that language uses, so a Kazakh letter greets the ambassador in Kazakh; “Salutation” above serves every other language.</source>
        <translation>El saludo que usa una carta en ese idioma, para que una carta en kazajo salude al embajador en kazajo; «Saludo» sirve para los demás idiomas.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="220"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="221"/>
        <source>Add the contacts of a CSV or vCard (.vcf) file</source>
        <translation>Añadir los contactos de un archivo CSV o vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="222"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="223"/>
        <source>Save the address book as CSV or vCard (.vcf)</source>
        <translation>Guardar la libreta de direcciones como CSV o vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="224"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="294"/>
        <source>Give a title, a name or an organisation.</source>
        <translation>Indica un cargo, un nombre o una organización.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="295"/>
        <source>The fax number should be digits, such as +44 20 7123 4567.</source>
        <translation>El número de fax debe estar formado por cifras, por ejemplo +44 20 7123 4567.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="296"/>
        <source>The e-mail address does not look right.</source>
        <translation>La dirección de correo electrónico no parece correcta.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="309"/>
        <source>Your Excellency</source>
        <translation>Excelencia</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="321"/>
        <source>the address book holds at most %1 greetings in all its contacts&apos; languages: remove the contacts or greetings you no longer need first</source>
        <translation>la libreta de direcciones admite como máximo %1 saludos en todos los idiomas de sus contactos: elimine primero los contactos o saludos que ya no necesite</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="326"/>
        <source>the address book holds at most %1 contacts: remove those you no longer need first</source>
        <translation>la libreta de direcciones admite como máximo %1 contactos: elimine primero los que ya no necesite</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="332"/>
        <source>The address book was not saved</source>
        <translation>No se ha guardado la libreta de direcciones</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="334"/>
        <source>No contact added</source>
        <translation>No se ha añadido ningún contacto</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="348"/>
        <source>Import an embassy list</source>
        <translation>Importar una lista de embajadas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="351"/>
        <source>Contact lists (*.csv *.vcf)</source>
        <translation>Listas de contactos (*.csv *.vcf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="359"/>
        <source>the file is too big to be an embassy list</source>
        <translation>el archivo es demasiado grande para ser una lista de embajadas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="364"/>
        <source>the file is not in UTF-8; export the contacts again as a vCard, choosing UTF-8 (or Unicode) if the program asks</source>
        <translation>el archivo no está en UTF-8; exporte de nuevo los contactos como vCard, eligiendo UTF-8 (o Unicode) si el programa lo pregunta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="369"/>
        <source>the file is not in UTF-8; open it in the spreadsheet and save it as “CSV UTF-8” (or “Unicode Text”)</source>
        <translation>el archivo no está en UTF-8; ábralo en la hoja de cálculo y guárdelo como «CSV UTF-8» (o «Texto Unicode»)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="330"/>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="373"/>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="377"/>
        <source>The list was not imported</source>
        <translation>No se importó la lista</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="400"/>
        <source>column %1, which has no heading</source>
        <translation>la columna %1, que no tiene encabezado</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="404"/>
        <source>These columns were not read: %1. The columns read are: %2 (or salutation_kk, salutation_ru… for each language).</source>
        <translation>Estas columnas no se leyeron: %1. Las columnas que se leen son: %2 (o salutation_kk, salutation_ru… para cada idioma).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="413"/>
        <source>%n contact(s) added; those already in the address book were kept.</source>
        <translation>
            <numerusform>%n contacto añadido; se mantuvieron los que ya estaban en la libreta.</numerusform>
            <numerusform>%n contactos añadidos; se mantuvieron los que ya estaban en la libreta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="422"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="431"/>
        <source>Export the address book</source>
        <translation>Exportar la libreta de direcciones</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="434"/>
        <source>vCard files (*.vcf);;CSV files (*.csv)</source>
        <translation>Archivos vCard (*.vcf);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="449"/>
        <source>The address book was not exported</source>
        <translation>No se exportó la libreta de direcciones</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="252"/>
        <source>UA Writer is already open</source>
        <translation>UA Writer ya está abierto</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="253"/>
        <source>UA Writer is already open on this computer. Use the window that is open (look for it in the taskbar): two windows would overwrite each other&apos;s drafts and address book.</source>
        <translation>UA Writer ya está abierto en este ordenador. Usa la ventana abierta (búscala en la barra de tareas): dos ventanas sobrescribirían los borradores y la libreta de direcciones una de la otra.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="269"/>
        <source>UA Writer cannot keep its files</source>
        <translation>UA Writer no puede guardar sus archivos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="270"/>
        <source>UA Writer keeps the letters it counts, drafts and settings in %1, and that folder cannot be used: %2. Free some space on the disk, or make the folder writable, or start UA Writer with another folder (UAWRITER_DATA_DIR).</source>
        <translation>UA Writer guarda las cartas que cuenta, los borradores y los ajustes en %1, y esa carpeta no se puede usar: %2. Libere espacio en el disco, haga que se pueda escribir en la carpeta o inicie UA Writer con otra carpeta (UAWRITER_DATA_DIR).</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="247"/>
        <source>More ways to send</source>
        <extracomment>Whether the action the letters are made from is still as the window read it; False after the window said it was replaced (a corrected revision imported while the dialog is open: envelopes, calls and counts went to the old officials, probe 87b) Told once a call, post or e-mail was counted: the letter&apos;s draft keeps the count now (a crash just after lost it, and the e-mail was counted again, probe 92b)</extracomment>
        <translation>Más formas de enviar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="250"/>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="287"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="251"/>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="252"/>
        <source>E-mail text</source>
        <translation>Texto del correo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="253"/>
        <source>Envelopes</source>
        <translation>Sobres</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="257"/>
        <source>I dial from:</source>
        <translation>Llamo desde:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="258"/>
        <source>(show numbers in international form)</source>
        <translation>(números en formato internacional)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="259"/>
        <source>Call:</source>
        <translation>Llamar a:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="260"/>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="264"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="425"/>
        <source>I made this call</source>
        <translation>Ya hice esta llamada</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="262"/>
        <source>A post to copy into X, Mastodon, Bluesky or Facebook. Edit it as you like.</source>
        <translation>Una publicación para copiar en X, Mastodon, Bluesky o Facebook. Edítala como quieras.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="429"/>
        <source>I posted it</source>
        <translation>Ya lo publiqué</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="265"/>
        <source>E-mail to:</source>
        <translation>Correo a:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="266"/>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="267"/>
        <source>Open in mail program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="113"/>
        <source>Print on:</source>
        <translation>Imprimir en:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="42"/>
        <source>DL envelopes (220 × 110 mm)</source>
        <translation>Sobres DL (220 × 110 mm)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="43"/>
        <source>C5 envelopes (229 × 162 mm)</source>
        <translation>Sobres C5 (229 × 162 mm)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="44"/>
        <source>US #10 envelopes (9½ × 4⅛ in)</source>
        <translation>Sobres US n.º 10 (9½ × 4⅛ in)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="45"/>
        <source>A4 label sheet, 21 labels (Avery L7160)</source>
        <translation>Hoja de etiquetas A4, 21 etiquetas (Avery L7160)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="46"/>
        <source>US Letter label sheet, 30 labels (Avery 5160)</source>
        <translation>Hoja de etiquetas US Letter, 30 etiquetas (Avery 5160)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="122"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="123"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="285"/>
        <source>Saved under another name</source>
        <translation>Guardado con otro nombre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="286"/>
        <source>%1 holds a letter that was exported and counted, and is kept. The envelopes were saved as %2.</source>
        <translation>%1 contiene una carta exportada y contada, y se conserva. Los sobres se guardaron como %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="287"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="288"/>
        <source>(check this number)</source>
        <translation>(comprueba este número)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="291"/>
        <source>No phone or fax number</source>
        <translation>Sin número de teléfono ni de fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="308"/>
        <source>Ask for: %1</source>
        <translation>Pregunta por: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="310"/>
        <source>If you reach voicemail:</source>
        <translation>Si salta el buzón de voz:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="189"/>
        <source>The address of %1 does not fit this label whole and is cut (…): print it on an envelope (C5), or write it by hand.</source>
        <translation>La dirección de %1 no cabe entera en esta etiqueta y está cortada (…): imprímala en un sobre (C5) o escríbala a mano.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="195"/>
        <source>The address of %1 does not fit this envelope whole and is cut (…): print it on a C5 envelope, or write it by hand.</source>
        <translation>La dirección de %1 no cabe entera en este sobre y está cortada (…): imprímala en un sobre C5 o escríbala a mano.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="201"/>
        <source>The address of %1 does not fit this envelope whole and is cut (…): write it by hand.</source>
        <translation>La dirección de %1 no cabe entera en este sobre y está cortada (…): escríbala a mano.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="425"/>
        <source>Call counted</source>
        <translation>Llamada contada</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="326"/>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="429"/>
        <source>Post counted</source>
        <translation>Publicación contada</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="351"/>
        <source>None of these addressees has an e-mail address.</source>
        <translation>Ninguno de estos destinatarios tiene dirección de correo.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="357"/>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="358"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="368"/>
        <source>This letter is too long for a mail link: use “Save e-mail drafts” instead, or copy the text.</source>
        <translation>Esta carta es demasiado larga para un enlace de correo: usa «Guardar borradores de correo» o copia el texto.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="260"/>
        <source>Save the envelopes as PDF</source>
        <translation>Guardar los sobres como PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="263"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="278"/>
        <source>The envelopes could not be saved</source>
        <translation>No se pudieron guardar los sobres</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="434"/>
        <source>E-mail counted</source>
        <translation>Correo contado</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="434"/>
        <source>I sent this e-mail</source>
        <translation>Envié este correo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="448"/>
        <source>Not counted</source>
        <translation>No contado</translation>
    </message>
</context>
<context>
    <name>CountList</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_views.py" line="149"/>
        <source>%n more</source>
        <extracomment>Rows a count list shows; the rest are summed in one &quot;… more&quot; row.</extracomment>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="43"/>
        <source>UA Writer&apos;s own folder</source>
        <translation>La carpeta propia de UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="44"/>
        <source>%1 is inside UA Writer&apos;s own data folder (%2), which holds the count of letters and the packs. Nothing was written; choose another folder.</source>
        <translation>%1 está dentro de la carpeta de datos propia de UA Writer (%2), que guarda el recuento de cartas y los paquetes de acción. No se escribió nada; elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="70"/>
        <source>Not a file</source>
        <translation>No es un archivo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="71"/>
        <source>%1 is not a file UA Writer can use (it is a device or a pipe). Choose another name.</source>
        <translation>%1 no es un archivo que UA Writer pueda usar (es un dispositivo o una tubería). Elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="196"/>
        <source>Draft a pack from an Urgent Action</source>
        <extracomment>what went wrong while the dialog was put away (an idle reset): said to the organiser when the PIN brings it back, not to the next volunteer (probe 100c)</extracomment>
        <translation>Borrador de paquete a partir de una Acción Urgente</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="197"/>
        <source>Paste the Urgent Action&apos;s text, or open its file:</source>
        <translation>Pega el texto de la Acción Urgente o abre su archivo:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="198"/>
        <source>Open a .txt or .pdf…</source>
        <translation>Abrir un .txt o .pdf…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="199"/>
        <source>Find the fields</source>
        <translation>Buscar los campos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>From these lines</source>
        <translation>De estas líneas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="204"/>
        <source>Finish in the pack editor…</source>
        <translation>Terminar en el editor de paquetes…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="228"/>
        <source>Open an Urgent Action</source>
        <translation>Abrir una Acción Urgente</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="231"/>
        <source>Urgent Actions (*.txt *.pdf)</source>
        <translation>Acciones Urgentes (*.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="239"/>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="264"/>
        <source>The file cannot be read</source>
        <translation>No se puede leer el archivo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="246"/>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="274"/>
        <source>Nothing to draft from</source>
        <translation>No hay nada de qué hacer un borrador</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="315"/>
        <source>The text has lines longer than %Ln characters: they are shown broken into shorter ones.</source>
        <translation>
            <numerusform>El texto tiene líneas de más de %Ln carácter: se muestran partidas en líneas más cortas.</numerusform>
            <numerusform>El texto tiene líneas de más de %Ln caracteres: se muestran partidas en líneas más cortas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="339"/>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="391"/>
        <source>Check what was said about the text:</source>
        <translation>Revise lo que se dijo del texto:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="399"/>
        <source>Nothing is made up: what the text does not say is marked as not found.</source>
        <translation>No se inventa nada: lo que el texto no dice se marca como no encontrado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="404"/>
        <source>%n field(s) not found: fill them in the pack editor.</source>
        <translation>
            <numerusform>Un campo no encontrado: rellénalo en el editor de paquetes.</numerusform>
            <numerusform>%n campos no encontrados: rellénalos en el editor de paquetes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="406"/>
        <source>Every field was found. Check each against its lines.</source>
        <translation>Se encontraron todos los campos. Compara cada uno con sus líneas.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="77"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="79"/>
        <source>UA Writer ran into an error it did not expect, and what you just did may not have happened. Your letter is still here: you can go on, or try again.</source>
        <translation>UA Writer encontró un error inesperado y es posible que lo que acaba de hacer no se haya realizado. Su carta sigue aquí: puede continuar o volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="88"/>
        <source>The details are kept in %1 for whoever looks after this laptop.</source>
        <translation>Los detalles se guardan en %1 para quien se ocupe de este portátil.</translation>
    </message>
</context>
<context>
    <name>EventControls</name>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="146"/>
        <source>E&amp;vent</source>
        <extracomment>The organiser unlocked (True) or the tools locked again (False). The window was cleared for the next volunteer (number at an event, else 0). The organiser&apos;s dialogs put away at a reset for the next volunteer.</extracomment>
        <translation>&amp;Evento</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="147"/>
        <source>Next volunteer</source>
        <translation>Siguiente voluntario</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="149"/>
        <source>Clear the sender&apos;s details, your own words and the draft, ready for the next person (Ctrl+Shift+N)</source>
        <translation>Borrar los datos del remitente, sus propias palabras y el borrador para la siguiente persona (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="155"/>
        <source>Start an event…</source>
        <translation>Iniciar un evento…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="156"/>
        <source>Letters tonight…</source>
        <translation>Cartas de esta noche…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="158"/>
        <source>Print tonight&apos;s letters by addressee…</source>
        <translation>Imprimir las cartas de esta noche por destinatario…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="161"/>
        <source>Every letter exported on this laptop tonight, printed again in addressee order for the envelope table</source>
        <translation>Todas las cartas exportadas esta noche en este portátil, impresas de nuevo por destinatario para la mesa de sobres</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="167"/>
        <source>End the event…</source>
        <translation>Terminar el evento…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="169"/>
        <source>Lock organiser tools</source>
        <translation>Bloquear herramientas del organizador</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="171"/>
        <source>Organiser tools…</source>
        <translation>Herramientas del organizador…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="221"/>
        <source>To use the organiser&apos;s tools, enter the organiser PIN:</source>
        <translation>Para usar las herramientas del organizador, introduzca el PIN del organizador:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="306"/>
        <source>Clear this letter?</source>
        <translation>¿Borrar esta carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="307"/>
        <source>This letter was neither printed nor exported. Clear it, and the sender&apos;s details, for the next volunteer?</source>
        <translation>Esta carta no se ha impreso ni exportado. ¿Borrarla, junto con los datos del remitente, para el siguiente voluntario?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="287"/>
        <source>Welcome! You are volunteer %1 tonight.</source>
        <translation>¡Bienvenido/a! Es usted el voluntario n.º %1 de esta noche.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="293"/>
        <source>Ready for the next volunteer.</source>
        <translation>Listo para el siguiente voluntario.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="62"/>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="64"/>
        <source>not a PDF that can be read</source>
        <translation>no es un PDF legible</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="66"/>
        <source>has fewer pages than were written</source>
        <translation>tiene menos páginas de las que se escribieron</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="117"/>
        <source>Printing by addressee</source>
        <translation>Imprimiendo por destinatario</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="135"/>
        <source>Letter %1 of %2: %3</source>
        <translation>Carta %1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="174"/>
        <source>%n letter(s) printed in addressee order (%1 pages). They were counted when they were exported and are not counted again.</source>
        <translation>
            <numerusform>%n carta impresa por destinatario (%1 páginas). Se contó al exportarla y no se cuenta otra vez.</numerusform>
            <numerusform>%n cartas impresas por destinatario (%1 páginas). Se contaron al exportarlas y no se cuentan otra vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="182"/>
        <source>%n letter(s) could not be printed: the file was moved, deleted or changed since it was exported. Print them from where they are now:</source>
        <translation>
            <numerusform>%n carta no se pudo imprimir: el archivo se movió, se borró o cambió después de exportarlo. Imprímela desde donde esté ahora:</numerusform>
            <numerusform>%n cartas no se pudieron imprimir: los archivos se movieron, se borraron o cambiaron después de exportarlos. Imprímelas desde donde estén ahora:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="195"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="223"/>
        <source>Nothing to print yet</source>
        <translation>Aún no hay nada que imprimir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="224"/>
        <source>No letter has been exported on this laptop tonight. Letters printed straight away are already on paper.</source>
        <translation>Esta noche aún no se ha exportado ninguna carta en este portátil. Las cartas impresas al momento ya están en papel.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="246"/>
        <source>Printed by addressee</source>
        <translation>Impreso por destinatario</translation>
    </message>
</context>
<context>
    <name>EventMode</name>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="251"/>
        <source>The event could not be started</source>
        <extracomment>About to write a new event&apos;s file: what an earlier evening left is put away first, so that a kill right after the file is written leaves none of it in the event&apos;s way (probe 110c); ``event_not_started`` if the file could not be written. No input for the idle time and the countdown ran out: clear for the next volunteer. Seconds left on the visible countdown; 0 when it ends or is cancelled. Where a damaged event file was set aside when it was read (tell the organiser). How many letters the reset would clear unsent (the window sets it).</extracomment>
        <translation>No se pudo iniciar el evento</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="260"/>
        <source>To end the event, enter the organiser PIN:</source>
        <translation>Para terminar el evento, introduzca el PIN del organizador:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="266"/>
        <source>The event could not be ended</source>
        <translation>No se pudo terminar el evento</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="295"/>
        <source>%1 could not be written: %2. Check that the data folder can be written.</source>
        <translation>No se pudo escribir %1: %2. Compruebe que se puede escribir en la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>EventWindow</name>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="240"/>
        <source>&amp;Show:</source>
        <extracomment>Every evening in the tally (the running event&apos;s first), and the one of ``scope``. The views show a fresh read of the tally. A report or tally file was written: its path. Another laptop&apos;s tally was merged: the MergeReport. Add counts and Take back, as opened (each deleted when closed).</extracomment>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="242"/>
        <source>By action</source>
        <translation>Por acción</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="243"/>
        <source>By addressee</source>
        <translation>Por destinatario</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="244"/>
        <source>By language</source>
        <translation>Por idioma</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="245"/>
        <source>By channel</source>
        <translation>Por medio</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="246"/>
        <source>By hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="251"/>
        <source>&amp;Add counts…</source>
        <translation>&amp;Añadir recuentos…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="253"/>
        <source>Add handwritten letters, petition signatures and solidarity cards</source>
        <translation>Añadir cartas a mano, firmas de peticiones y tarjetas de solidaridad</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="259"/>
        <source>Save report (&amp;CSV)…</source>
        <translation>Guardar informe (&amp;CSV)…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="260"/>
        <source>Save report (&amp;PDF)…</source>
        <translation>Guardar informe (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="261"/>
        <source>&amp;Export tally…</source>
        <translation>&amp;Exportar recuento…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="263"/>
        <source>Save this laptop&apos;s tally to a file, to merge it on another laptop</source>
        <translation>Guardar el recuento de este portátil en un archivo para combinarlo en otro portátil</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="265"/>
        <source>&amp;Merge tallies from other laptops…</source>
        <translation>&amp;Combinar recuentos de otros portátiles…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="275"/>
        <source>No event</source>
        <translation>Sin evento</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="276"/>
        <location filename="../src/uawriter/gui/event_window.py" line="559"/>
        <location filename="../src/uawriter/gui/event_window.py" line="560"/>
        <source>Event without a name</source>
        <translation>Evento sin nombre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="322"/>
        <location filename="../src/uawriter/gui/event_window.py" line="436"/>
        <source>The tally %1 could not be read: %2</source>
        <translation>No se pudo leer el recuento %1: %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="368"/>
        <source>Letters written outside an event</source>
        <translation>Cartas escritas fuera de un evento</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="355"/>
        <location filename="../src/uawriter/gui/event_window.py" line="361"/>
        <source>This event: %1</source>
        <translation>Este evento: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="255"/>
        <source>Take &amp;back counts…</source>
        <translation>&amp;Retirar recuentos…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="257"/>
        <source>Take back a hand count added by mistake (a number mistyped, or added twice)</source>
        <translation>Retirar un recuento a mano añadido por error (un número mal tecleado o añadido dos veces)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="354"/>
        <location filename="../src/uawriter/gui/event_window.py" line="357"/>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="363"/>
        <source>Event: %1</source>
        <translation>Evento: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="376"/>
        <source>Everything recorded on this laptop</source>
        <translation>Todo lo registrado en este portátil</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="387"/>
        <source>No event is running</source>
        <translation>No hay ningún evento en curso</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="388"/>
        <source>Event tally: %1</source>
        <translation>Recuento del evento: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="397"/>
        <source>letters tonight</source>
        <translation>
            <numerusform>carta esta noche</numerusform>
            <numerusform>cartas esta noche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="399"/>
        <source>letters in all</source>
        <translation>
            <numerusform>carta en total</numerusform>
            <numerusform>cartas en total</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="403"/>
        <source>%1 written in the app · %2 by hand · %3 signatures · %4 cards</source>
        <translation>%1 en la aplicación · %2 a mano · %3 firmas · %4 tarjetas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="429"/>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="442"/>
        <source>Some lines of the tally %1 could not be read and are not counted: %2</source>
        <translation>Algunas líneas del recuento %1 no se pudieron leer y no se cuentan: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="497"/>
        <source>%n count(s) added to the tally.</source>
        <translation>
            <numerusform>%n recuento añadido al total.</numerusform>
            <numerusform>%n recuentos añadidos al total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="500"/>
        <source>%n count(s) added to the tally of %1.</source>
        <translation>
            <numerusform>%n recuento añadido al total de %1.</numerusform>
            <numerusform>%n recuentos añadidos al total de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="518"/>
        <source>%n count(s) taken back.</source>
        <translation>
            <numerusform>Se retiró %n recuento.</numerusform>
            <numerusform>Se retiraron %n recuentos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="555"/>
        <source>The counts typed into Add counts for %1 were not added: that event had ended when %2 started. Add them again if they are still to be counted.</source>
        <translation>Los recuentos escritos en Añadir recuentos para %1 no se añadieron: ese evento había terminado cuando empezó %2. Añádalos de nuevo si todavía hay que contarlos.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="91"/>
        <source>tally</source>
        <extracomment>Marks that belong to the letter before them: accents, vowel signs, viramas.</extracomment>
        <translation>recuento</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="102"/>
        <source>Save the report as CSV</source>
        <translation>Guardar el informe como CSV</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="105"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="125"/>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="128"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="152"/>
        <source>Export this laptop&apos;s tally</source>
        <translation>Exportar el recuento de este portátil</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="155"/>
        <source>Tally files (*.jsonl)</source>
        <translation>Archivos de recuento (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="193"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="195"/>
        <source>(%1 is another laptop&apos;s tally and is kept: merge both.)</source>
        <translation>(%1 es el recuento de otro portátil y se conserva: combine los dos.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="199"/>
        <source>(%1 holds letters that were exported and counted, and is kept.)</source>
        <translation>(%1 contiene cartas exportadas y contadas, y se conserva.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="208"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="209"/>
        <source>%1 could not be written: %2. Choose another folder and try again.</source>
        <translation>No se pudo escribir %1: %2. Elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="222"/>
        <source>Merge a tally from another laptop</source>
        <translation>Combinar un recuento de otro portátil</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="225"/>
        <source>Tally files (*.jsonl);;All files (*)</source>
        <translation>Archivos de recuento (*.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="233"/>
        <location filename="../src/uawriter/gui/tally_files.py" line="252"/>
        <source>Not merged</source>
        <translation>No combinado</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="234"/>
        <source>%1 is this laptop&apos;s own tally: choose a file from another laptop.</source>
        <translation>%1 es el recuento de este mismo portátil: elija un archivo de otro portátil.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="253"/>
        <source>%1 could not be merged: %2. Nothing was added.</source>
        <translation>No se pudo combinar %1: %2. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="262"/>
        <source>Merged %1.</source>
        <translation>Combinado: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="263"/>
        <source>%n new record(s) added.</source>
        <translation>
            <numerusform>%n registro nuevo añadido.</numerusform>
            <numerusform>%n registros nuevos añadidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="264"/>
        <source>%n record(s) already counted, not added again.</source>
        <translation>
            <numerusform>%n registro ya contado, no se añade de nuevo.</numerusform>
            <numerusform>%n registros ya contados, no se añaden de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="270"/>
        <source>%n letter(s) taken back: their files were replaced on that laptop.</source>
        <translation>
            <numerusform>%n carta retirada: su archivo se reemplazó en ese portátil.</numerusform>
            <numerusform>%n cartas retiradas: sus archivos se reemplazaron en ese portátil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="279"/>
        <source>%n hand count(s) taken back.</source>
        <translation>
            <numerusform>Se retiró %n recuento a mano.</numerusform>
            <numerusform>Se retiraron %n recuentos a mano.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="284"/>
        <source>Skipped, because the file is damaged there:</source>
        <translation>Omitido, porque el archivo está dañado en ese punto:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="289"/>
        <source>Worth knowing:</source>
        <translation>Conviene saber:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="293"/>
        <source>Tally merged</source>
        <translation>Recuento combinado</translation>
    </message>
</context>
<context>
    <name>ExtraCountsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="360"/>
        <source>Add counts</source>
        <extracomment>What was added to the tally when the dialog was accepted.</extracomment>
        <translation>Añadir recuentos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="362"/>
        <source>Event without a name</source>
        <translation>Evento sin nombre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="367"/>
        <source>Count what the app cannot see: letters written by hand, petition signatures and solidarity cards. The numbers are added to what is counted already.</source>
        <translation>Cuente lo que la aplicación no ve: cartas escritas a mano, firmas de peticiones y tarjetas de solidaridad. Los números se suman a lo ya contado.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="372"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="373"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="484"/>
        <source>Handwritten letters</source>
        <translation>Cartas a mano</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="374"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="485"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="375"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="486"/>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="383"/>
        <source>No action is loaded, so there is nothing to count.</source>
        <translation>No hay ninguna acción cargada, así que no hay nada que contar.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="384"/>
        <source>&amp;Add to the tally</source>
        <translation>&amp;Añadir al recuento</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="416"/>
        <source>The counts could not be added to %1: %2. Nothing was added; check that the data folder can be written, then try again.</source>
        <translation>No se pudieron añadir los recuentos a %1: %2. No se añadió nada; compruebe que se puede escribir en la carpeta de datos e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>FaxPreviewDialog</name>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="118"/>
        <source>What the fax machine will print</source>
        <extracomment>Stretch down so a fax dot (1/204 inch across, 1/196 inch down) is square on screen.</extracomment>
        <translation>Lo que imprimirá el fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="121"/>
        <source>This is the page as a fax machine prints it: 204 × 196 dots per inch, black and white. If small print is hard to read here, it will be on paper too.</source>
        <translation>Así imprime la página un fax: 204 × 196 puntos por pulgada, en blanco y negro. Si la letra pequeña se lee mal aquí, también se leerá mal en papel.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="126"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="127"/>
        <source>Fit the pages to the width</source>
        <translation>Ajustar las páginas al ancho</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="128"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="129"/>
        <source>One fax dot to one screen dot</source>
        <translation>Un punto del fax por punto de pantalla</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="130"/>
        <source>The fax pages as they will print</source>
        <translation>Las páginas del fax tal como se imprimirán</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="148"/>
        <source>Preparing the fax pages…</source>
        <translation>Preparando las páginas del fax…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="229"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/fax_preview.py" line="234"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="238"/>
        <source>The fax pages could not be made: %1</source>
        <translation>No se pudieron preparar las páginas del fax: %1</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_mode.py" line="97"/>
        <source>Next volunteer in %n s — touch anything to keep writing</source>
        <extracomment>What counts as a volunteer touching the laptop.</extracomment>
        <translation>
            <numerusform>Siguiente voluntario en %n s: toque cualquier cosa para seguir escribiendo</numerusform>
            <numerusform>Siguiente voluntario en %n s: toque cualquier cosa para seguir escribiendo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_mode.py" line="101"/>
        <source>%n letter(s) neither printed nor exported will be cleared</source>
        <translation>
            <numerusform>Se borrará %n carta sin imprimir ni exportar</numerusform>
            <numerusform>Se borrarán %n cartas sin imprimir ni exportar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="104"/>
        <source>&amp;Keep writing</source>
        <translation>&amp;Seguir escribiendo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="105"/>
        <source>Next volunteer countdown</source>
        <translation>Cuenta atrás para el siguiente voluntario</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="40"/>
        <source>Your name and address</source>
        <translation>Tu nombre y dirección</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="41"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="42"/>
        <source>Their address</source>
        <translation>Su dirección (destinatario)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="43"/>
        <source>Salutation</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="44"/>
        <source>Talking points</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="45"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="46"/>
        <source>Your e-mail</source>
        <translation>Tu correo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="47"/>
        <source>Your town</source>
        <translation>Tu ciudad</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="48"/>
        <source>Their name</source>
        <translation>Nombre del destinatario</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="49"/>
        <source>Their title</source>
        <translation>Cargo del destinatario</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="50"/>
        <source>Action title</source>
        <translation>Título de la acción</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="51"/>
        <source>UA number</source>
        <translation>Número de AU</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="52"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="53"/>
        <source>Country</source>
        <translation>País</translation>
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
        <translation>A&amp;cciones</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="164"/>
        <source>Urgent Actions</source>
        <translation>Acciones urgentes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="165"/>
        <source>About this action</source>
        <translation>Sobre esta acción</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="127"/>
        <source>&amp;Write to</source>
        <translation>Escri&amp;bir a</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="128"/>
        <source>Addressees</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="129"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="130"/>
        <source>Write to every addressee</source>
        <translation>Escribir a todos los destinatarios</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="131"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="132"/>
        <source>Copy to a diplomat:</source>
        <translation>Copia a un diplomático:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="134"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>Enviar también una copia a un representante diplomático acreditado en tu país</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="139"/>
        <source>Diplomatic representative</source>
        <translation>Representante diplomático</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="140"/>
        <source>Address book…</source>
        <translation>Libreta de direcciones…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="296"/>
        <source>(no embassy of this country in the address book)</source>
        <translation>(no hay embajada de este país en la libreta)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="389"/>
        <source>No e-mail address for: %1. No e-mail is written to them: print and post their letters, or fax them.</source>
        <translation>Sin dirección de correo: %1. No se les escribe ningún correo: imprime y envía sus cartas por correo postal o por fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="100"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Idio&amp;ma de la carta:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="101"/>
        <source>&amp;Send by:</source>
        <translation>En&amp;viar por:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="102"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="103"/>
        <source>Letter language</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="104"/>
        <source>Send by fax, post or e-mail</source>
        <translation>Enviar por fax, correo postal o correo electrónico</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="105"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="102"/>
        <source>Your details (optional)</source>
        <translation>Tus datos (opcional)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="103"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="104"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="105"/>
        <source>E-&amp;mail:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="106"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="107"/>
        <source>Your postal address</source>
        <translation>Tu dirección postal</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="108"/>
        <source>Your e-mail address</source>
        <translation>Tu dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="109"/>
        <source>&amp;Town:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="110"/>
        <source>Ph&amp;one:</source>
        <translation>Tel&amp;éfono:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="111"/>
        <source>Your phone or fax</source>
        <translation>Tu teléfono o fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="113"/>
        <source>A phone or fax number for replies, shown on the fax cover sheet (the organiser&apos;s, at an event)</source>
        <translation>Un teléfono o fax para las respuestas, en la portada del fax (el del organizador, en un evento)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="119"/>
        <source>Your town</source>
        <translation>Su ciudad</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="120"/>
        <source>Sign with initials and town</source>
        <translation>Firmar con iniciales y ciudad</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="124"/>
        <source>Advised if you have ties to the country: the letter shows your initials and town, not your name, address or e-mail</source>
        <translation>Recomendado si tiene vínculos con el país: la carta muestra sus iniciales y su ciudad, no su nombre, dirección ni correo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="131"/>
        <source>Remember my details on this computer</source>
        <translation>Recordar mis datos en este ordenador</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="134"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>Desmárcalo en un ordenador compartido: así tus datos se borran después de cada carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="142"/>
        <source>This action asks every letter to be signed this way</source>
        <translation>Esta acción pide firmar así cada carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="152"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <extracomment>a choice made the letter fail (its TemplateProblem): the letter stays as it was lines of hers a point ticked or unticked could not carry (a tuple of str) the letters go by e-mail: the export button saves drafts to the outbox</extracomment>
        <translation>&amp;Qué pedir (desmarca para omitir):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="154"/>
        <source>Talking points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="155"/>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="156"/>
        <source>Reset to the template</source>
        <translation>Volver a la plantilla</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="157"/>
        <location filename="../src/uawriter/gui/menus.py" line="134"/>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="159"/>
        <source>Save e-mail dra&amp;fts</source>
        <translation>Guardar &amp;borradores de correo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="161"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="163"/>
        <source>Add to my stac&amp;k</source>
        <translation>Añadir a mi &amp;montón</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="106"/>
        <source>Call, post, envelopes…</source>
        <translation>Llamada, publicación, sobres…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="108"/>
        <source>Numbers to dial and what to say on the phone, a post for social media, the e-mail&apos;s text to copy, and envelopes or labels to print</source>
        <translation>Números que marcar y qué decir por teléfono, una publicación para redes sociales, el texto del correo para copiar, y sobres o etiquetas para imprimir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="165"/>
        <source>Keep these letters and write for another action; then print or export them all at once</source>
        <translation>Guardar estas cartas y escribir para otra acción; luego imprimirlas o exportarlas todas a la vez</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="132"/>
        <source>&amp;File</source>
        <extracomment>Further actions whose shortcuts work in text fields (Next volunteer).</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="133"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="135"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="136"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Libreta de direcciones…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="137"/>
        <source>Pos&amp;tage…</source>
        <translation>&amp;Franqueo…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="138"/>
        <source>P&amp;hone, social media and envelopes…</source>
        <translation>&amp;Teléfono, redes sociales y sobres…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="139"/>
        <source>What the &amp;fax machine will print…</source>
        <translation>Lo que imprimirá el &amp;fax…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="141"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="142"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="143"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="144"/>
        <source>Reset letter to the template</source>
        <translation>Volver a la plantilla de la carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="145"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="146"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="147"/>
        <source>&amp;About UA Writer</source>
        <translation>&amp;Acerca de UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="117"/>
        <source>Fax (with cover sheet)</source>
        <translation>Fax (con portada)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="118"/>
        <source>Post (no cover sheet)</source>
        <translation>Correo postal (sin portada)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="119"/>
        <source>E-mail (send later)</source>
        <translation>Correo electrónico (enviar después)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="125"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="126"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="65"/>
        <source>No deadline</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="68"/>
        <source>Open until %1</source>
        <translation>Abierta hasta el %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="69"/>
        <source>Closing soon: %1</source>
        <translation>Cierra pronto: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="70"/>
        <source>Deadline passed: %1</source>
        <translation>Plazo vencido: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="80"/>
        <source>UA %1, update %2</source>
        <translation>UA %1, actualización %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="82"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="226"/>
        <source>Broken pack: %1</source>
        <translation>Paquete dañado: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="25"/>
        <source>Your changes are not in every letter</source>
        <translation>Sus cambios no están en todas las cartas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="27"/>
        <source>Some of your changes were to lines that differ in each letter (the greeting, the address) and are not in the letters to:

%1

Those letters would go without them. Go back to write your words on a line of their own, or go on without them?</source>
        <translation>Algunos de sus cambios se hicieron en líneas que son distintas en cada carta (el saludo, la dirección) y no están en las cartas a:

%1

Esas cartas saldrían sin ellos. ¿Volver para escribir sus palabras en una línea aparte, o continuar sin ellos?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="35"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="38"/>
        <source>Go on without them</source>
        <translation>Continuar sin ellos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="73"/>
        <source>Continue your stack?</source>
        <translation>¿Continuar con su montón?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="75"/>
        <source>%n letter(s) were on your stack, neither printed nor exported, when UA Writer last stopped. Put them back on your stack?</source>
        <translation>
            <numerusform>%n carta estaba en su montón, sin imprimir ni exportar, cuando UA Writer se detuvo por última vez. ¿Volver a ponerla en su montón?</numerusform>
            <numerusform>%n cartas estaban en su montón, sin imprimir ni exportar, cuando UA Writer se detuvo por última vez. ¿Volver a ponerlas en su montón?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="94"/>
        <source>%n letter(s) that were on your stack cannot be put back on it: their action could not be loaded this time, or has been replaced or changed since they were written. They are kept in this file until the next volunteer:</source>
        <translation>
            <numerusform>%n carta que estaba en su montón no se puede volver a poner: su acción no se pudo cargar esta vez, o se ha sustituido o cambiado desde que se escribió. Se guarda en este archivo hasta el siguiente voluntario:</numerusform>
            <numerusform>%n cartas que estaban en su montón no se pueden volver a poner: su acción no se pudo cargar esta vez, o se ha sustituido o cambiado desde que se escribieron. Se guardan en este archivo hasta el siguiente voluntario:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="104"/>
        <source>Some letters were not put back</source>
        <translation>Algunas cartas no se volvieron a poner</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="113"/>
        <source>You were writing a letter for the action “%1”, which could not be loaded this time. Your letter is kept until the action loads again: then choose it, and the letter is offered back.</source>
        <translation>Estaba escribiendo una carta para la acción «%1», que esta vez no se pudo cargar. Su carta se guarda hasta que la acción vuelva a cargarse: elíjala entonces y se le ofrecerá de nuevo la carta.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="121"/>
        <source>A letter is kept for later</source>
        <translation>Una carta se guarda para más tarde</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="151"/>
        <source>Clear your letter?</source>
        <translation>¿Borrar tu carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="152"/>
        <source>Your letter has not been printed or exported. At an event nothing of a volunteer is kept for the next one: close UA Writer and clear your letter?</source>
        <translation>Tu carta no se ha impreso ni exportado. En un evento no se guarda nada de un voluntario para el siguiente: ¿cerrar UA Writer y borrar tu carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="165"/>
        <source>Start another letter?</source>
        <translation>¿Empezar otra carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="166"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>Los cambios de esta carta no se han exportado. ¿Empezar de todos modos una carta para otra acción? (La actual queda guardada como borrador).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="193"/>
        <source>Close with letters on your stack?</source>
        <translation>¿Cerrar con cartas en tu montón?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="194"/>
        <source>%n letter(s) on your stack have been neither printed nor exported, and will be lost. Close anyway?</source>
        <translation>
            <numerusform>%n carta de tu montón no se ha impreso ni exportado y se perderá. ¿Cerrar de todos modos?</numerusform>
            <numerusform>%n cartas de tu montón no se han impreso ni exportado y se perderán. ¿Cerrar de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="210"/>
        <source>Close while printing?</source>
        <translation>¿Cerrar mientras se imprime?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="211"/>
        <source>Pages are still being sent to the printer. Close anyway? The pages not sent yet will not be printed.</source>
        <translation>Todavía se están enviando páginas a la impresora. ¿Cerrar de todos modos? Las páginas aún no enviadas no se imprimirán.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="225"/>
        <source>Close without the organiser&apos;s work?</source>
        <translation>¿Cerrar sin el trabajo del organizador?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="226"/>
        <source>The organiser was working on a pack when the laptop was left. It is put away until the organiser types the PIN (Organiser tools…), and closing UA Writer now loses it. Close anyway?</source>
        <translation>El organizador estaba trabajando en un paquete cuando se dejó el portátil. Está guardado hasta que el organizador escriba el PIN (Herramientas del organizador…), y si cierra UA Writer ahora se perderá. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="290"/>
        <source>The address book entry of %1 was corrected after your letters were put on the stack: the copies on your stack now go to the corrected address. Nothing was sent yet: print or export your stack again.</source>
        <translation>La entrada de la libreta de direcciones de %1 se corrigió después de que sus cartas se pusieran en la pila: las copias de su pila van ahora a la dirección corregida. Aún no se ha enviado nada: imprima o exporte su pila de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="299"/>
        <source>The address book entry of %1 was corrected after your letters were put on the stack, and the copy on your stack could not be changed to match: its address or greeting was changed by hand. Nothing was sent: take that action&apos;s letters off the stack (Remove) and write them again.</source>
        <translation>La entrada de la libreta de direcciones de %1 se corrigió después de que sus cartas se pusieran en la pila, y la copia de su pila no pudo ajustarse: su dirección o saludo se cambió a mano. No se ha enviado nada: quite de la pila las cartas de esa acción (Quitar) y escríbalas de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="307"/>
        <source>An address was corrected</source>
        <translation>Se corrigió una dirección</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="314"/>
        <source>The letters on your stack for “%1” were written from a copy of the action that has been replaced or removed since. They were not sent: the officials, addresses or fax numbers may have changed. Take them off the stack (Remove) and write them again.</source>
        <translation>Las cartas de su pila para «%1» se escribieron con una copia de la acción que después se ha sustituido o eliminado. No se enviaron: pueden haber cambiado los cargos, las direcciones o los números de fax. Quítelas de la pila (Quitar) y escríbalas de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="322"/>
        <source>The action “%1” has been removed from this computer since this letter was started. The letter was not sent.</source>
        <translation>La acción «%1» se ha eliminado de este ordenador después de empezar esta carta. La carta no se envió.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="328"/>
        <source>The action “%1” has been replaced by another copy (revision %2) since this letter was started: the officials, addresses or fax numbers may have changed. The letter now uses the new copy, and your changes to it are kept. Nothing was sent: look at the letter, then send it again.</source>
        <translation>La acción «%1» se ha sustituido por otra copia (revisión %2) después de empezar esta carta: pueden haber cambiado los cargos, las direcciones o los números de fax. La carta usa ahora la copia nueva y se conservan sus cambios. No se envió nada: revise la carta y vuelva a enviarla.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="335"/>
        <source>This action has changed</source>
        <translation>Esta acción ha cambiado</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="175"/>
        <source>Before you send this letter</source>
        <translation>Antes de enviar esta carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="177"/>
        <source>This action asks:

%1

Has your letter kept to this?</source>
        <translation>Esta acción pide:

%1

¿Su carta lo ha respetado?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="181"/>
        <source>This action asks what is written below.

Has your letter kept to this?</source>
        <translation>Esta acción pide lo que está escrito abajo.

¿Su carta lo ha respetado?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="202"/>
        <source>%n letter(s) on your stack for this action replaced by the new one(s): %1.</source>
        <translation>
            <numerusform>%n carta de su montón para esta acción sustituida por la nueva: %1.</numerusform>
            <numerusform>%n cartas de su montón para esta acción sustituidas por las nuevas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="245"/>
        <source>Another volunteer&apos;s letters are on the stack</source>
        <translation>En el montón hay cartas de otro voluntario</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="246"/>
        <source>The stack holds letters signed by %1, not printed or exported yet. Print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>El montón contiene cartas firmadas por %1, aún sin imprimir ni exportar. Imprímalas o expórtelas primero (Imprimir todas… o Exportar todas… en Mi montón) y luego añada las suyas. Su carta sigue aquí.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="261"/>
        <source>Letters without a name on the stack</source>
        <translation>Cartas sin nombre en la pila</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="262"/>
        <source>The stack holds %n letter(s) written without a name, not printed or exported yet. Did you write them?

Yes: they go out with yours, signed %1.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>
            <numerusform>La pila tiene %n carta escrita sin nombre, aún no impresa ni exportada. ¿La escribió usted?

Sí: sale con las suyas, firmada %1.
No: imprímala o expórtela primero (Imprimir todas… o Exportar todas… en Mi montón) y luego añada las suyas. Su carta sigue aquí.</numerusform>
            <numerusform>La pila tiene %n cartas escritas sin nombre, aún no impresas ni exportadas. ¿Las escribió usted?

Sí: salen con las suyas, firmadas %1.
No: imprímalas o expórtelas primero (Imprimir todas… o Exportar todas… en Mi montón) y luego añada las suyas. Su carta sigue aquí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="280"/>
        <source>Letters with other details on the stack</source>
        <translation>Cartas con otros datos en la pila</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="281"/>
        <source>The stack holds %n letter(s) written without a name and with another address or e-mail for replies, not printed or exported yet. Did you write them?

Yes: they go out with yours, their cover sheets with the details you typed now.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>
            <numerusform>La pila tiene cartas escritas sin nombre y con otra dirección o correo para respuestas, aún sin imprimir ni exportar: %n. ¿Las escribió usted?

Sí: salen con las suyas, sus portadas con los datos que ha escrito ahora.
No: imprímalas o expórtelas primero (Imprimir todas… o Exportar todas… en Mi montón) y luego añada las suyas. Su carta sigue aquí.</numerusform>
            <numerusform>La pila tiene cartas escritas sin nombre y con otra dirección o correo para respuestas, aún sin imprimir ni exportar: %n. ¿Las escribió usted?

Sí: salen con las suyas, sus portadas con los datos que ha escrito ahora.
No: imprímalas o expórtelas primero (Imprimir todas… o Exportar todas… en Mi montón) y luego añada las suyas. Su carta sigue aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="199"/>
        <source>%n letter(s) added to your stack.</source>
        <translation>
            <numerusform>%n carta añadida a tu montón.</numerusform>
            <numerusform>%n cartas añadidas a tu montón.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="284"/>
        <source>This pack cannot be used</source>
        <translation>Este paquete no se puede usar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="285"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>Pide una copia corregida a quien preparó el paquete.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="286"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>Elige una acción a la izquierda para empezar una carta.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="296"/>
        <source>Loading the actions…</source>
        <translation>Cargando las acciones…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="319"/>
        <source>To check in this pack:</source>
        <translation>Para revisar en este paquete:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="326"/>
        <source>your own language</source>
        <translation>tu propio idioma</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="328"/>
        <source>Write in:</source>
        <translation>Escribir en:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="332"/>
        <source>What to ask for</source>
        <translation>Qué pedir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="340"/>
        <source>Additional information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="346"/>
        <source>Further information:</source>
        <translation>Más información:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="211"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="211"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="215"/>
        <source>Fax %1</source>
        <translation>Fax %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="217"/>
        <source>no fax</source>
        <translation>sin fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="357"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="358"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack_keeper.py" line="67"/>
        <source>%n letter(s) of your stack went out before UA Writer stopped, and are counted: they are not put back on it.</source>
        <extracomment>While the stack&apos;s letters go out: when they started, by which channels, in which turn (see :meth:`going_out`).</extracomment>
        <translation>
            <numerusform>%n carta de su montón salió antes de que UA Writer se detuviera y está contada: no se vuelve a poner en él.</numerusform>
            <numerusform>%n cartas de su montón salieron antes de que UA Writer se detuviera y están contadas: no se vuelven a poner en él.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack_keeper.py" line="122"/>
        <source>Your stack could not be saved: %1</source>
        <translation>No se pudo guardar su montón: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="391"/>
        <source>What you pasted held a run of more than %1 characters without a space, longer than any word: spaces were put in it. Check where it came from.</source>
        <translation>Lo que pegó contenía más de %1 caracteres seguidos sin un espacio, más largo que cualquier palabra: se le añadieron espacios. Compruebe de dónde procede.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="460"/>
        <source>The letters set aside for this action went out and are counted: nothing of them is left to send.</source>
        <translation>Las cartas apartadas para esta acción se enviaron y están contadas: no queda nada por enviar.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="581"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>Algunos cambios afectaban a líneas que son distintas para este destinatario y no se han trasladado: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="626"/>
        <source>Your details were not put in the letter: %1</source>
        <translation>Sus datos no se pusieron en la carta: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="780"/>
        <source>The outbox collects every volunteer&apos;s e-mails tonight. To choose it, enter the organiser PIN:</source>
        <translation>La bandeja de salida reúne esta noche los correos de todos los voluntarios. Para elegirla, introduce el PIN del organizador:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/went.py" line="80"/>
        <source>Sent as it was when you sent it; your changes since are still to send.</source>
        <translation>Enviado tal como estaba al enviarlo; sus cambios posteriores quedan por enviar.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="259"/>
        <source>What you were working on is back: it was put away when the laptop was left.</source>
        <translation>Lo que estaba haciendo ha vuelto: se guardó cuando se dejó el portátil.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/resume.py" line="149"/>
        <source>Your letters went out before UA Writer stopped, and are counted.</source>
        <translation>Sus cartas salieron antes de que UA Writer se detuviera y están contadas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/resume.py" line="158"/>
        <source>%n letter(s) went out before UA Writer stopped, and are counted: their officials are no longer ticked in your letter.</source>
        <translation>
            <numerusform>%n carta salió antes de que UA Writer se detuviera y está contada: su destinatario ya no está marcado en su carta.</numerusform>
            <numerusform>%n cartas salieron antes de que UA Writer se detuviera y están contadas: sus destinatarios ya no están marcados en su carta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/resume.py" line="228"/>
        <source>The copy to %1 was not restored: that contact is no longer in the address book for this action&apos;s country. Choose a copy again if one should go.</source>
        <translation>No se restauró la copia a %1: ese contacto ya no está en la libreta de direcciones para el país de esta acción. Elija de nuevo una copia si debe enviarse.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="232"/>
        <source>The postage table could not be saved: %1</source>
        <translation>No se pudo guardar la tabla de franqueo: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="193"/>
        <source>Choose an action and an addressee first.</source>
        <translation>Elige primero una acción y un destinatario.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="293"/>
        <source>(address book empty)</source>
        <translation>(libreta de direcciones vacía)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="299"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>Añade embajadas y otras representaciones diplomáticas con «Libreta de direcciones…»</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="355"/>
        <source>The address book could not be saved</source>
        <translation>No se ha podido guardar la libreta de direcciones</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="356"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

Las direcciones se conservan hasta que cierres UA Writer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="375"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>Sin número de fax: %1. Sus cartas no llevan portada de fax: imprímelas y envíalas por correo postal o por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="42"/>
        <source>%1 (asked for)</source>
        <translation>%1 (recomendado)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="179"/>
        <source>Change the letter&apos;s language?</source>
        <translation>¿Cambiar el idioma de la carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="180"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>La carta se volverá a redactar en el nuevo idioma y se perderán los cambios que le hayas hecho. ¿Cambiar el idioma?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="301"/>
        <source>Le&amp;tter:</source>
        <translation>Car&amp;ta:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="304"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>Car&amp;ta a %1 (tus cambios van en todas las cartas):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="385"/>
        <source>Reset the letter?</source>
        <translation>¿Volver a la plantilla?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="386"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>Los cambios que hayas hecho en la carta se sustituirán por el texto de la plantilla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/letter_pane.py" line="401"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/letter_pane.py" line="403"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="239"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>No se puede redactar la carta de este paquete</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="240"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>La plantilla de la carta tiene un problema:
%1

Pide una copia corregida a quien preparó el paquete.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="696"/>
        <location filename="../src/uawriter/gui/preview.py" line="200"/>
        <source>The preview failed: %1</source>
        <translation>No se ha podido mostrar la vista previa: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="222"/>
        <source>No addressee chosen</source>
        <translation>No has elegido ningún destinatario</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="163"/>
        <location filename="../src/uawriter/gui/output.py" line="223"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <extracomment>whose turn it is: another after Next volunteer, or once another name signs (the tally&apos;s turn: Hans typing his name over Aigerim&apos;s is Hans&apos;s turn, probe 83b) the letter&apos;s draft saved now, with what was counted by hand in it &quot;I sent this e-mail&quot; counts a letter given back after a crash was kept with, by (action, addressee): its e-mail drafts take them back, as in one window (probe 92b: counted twice); until Next volunteer, or used</extracomment>
        <translation>Marca al menos un destinatario en «Escribir a».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="230"/>
        <source>Some characters cannot be printed</source>
        <translation>Algunos caracteres no se pueden imprimir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="231"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>UA Writer no tiene fuente para estos caracteres, así que se imprimirían como cuadros vacíos: %1

¿Los cambias en la carta o continúas de todos modos?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="247"/>
        <location filename="../src/uawriter/gui/output.py" line="309"/>
        <location filename="../src/uawriter/gui/printing.py" line="97"/>
        <location filename="../src/uawriter/gui/printing.py" line="194"/>
        <source>Printing failed</source>
        <extracomment>Pages rendered by one task and painted together.</extracomment>
        <translation>No se ha podido imprimir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="98"/>
        <source>%1 is not a file: print to a file in a folder.</source>
        <translation>%1 no es un archivo: imprima en un archivo dentro de una carpeta.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="111"/>
        <source>Printed to another file</source>
        <translation>Impreso en otro archivo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="112"/>
        <source>%1 holds letters that were exported and counted, and is kept: the pages go to %2 instead.</source>
        <translation>%1 contiene cartas exportadas y contadas, y se conserva: las páginas van a %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="191"/>
        <source>The printer could not be started.</source>
        <extracomment>why the hidden file beside the chosen one could not be made, if it could not</extracomment>
        <translation>No se ha podido poner en marcha la impresión.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="255"/>
        <source>Printing…</source>
        <extracomment>Until its pages went to the printer, or it was stopped (the window closing)</extracomment>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="91"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>El plazo venció el %1: consulta con tu sección antes de enviar.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="349"/>
        <source>Export the letter as PDF</source>
        <translation>Exportar la carta como PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="352"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="368"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>Elige una carpeta para la carta</numerusform>
            <numerusform>Elige una carpeta para las %n cartas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="464"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Exportando la carta…</numerusform>
            <numerusform>Exportando %n cartas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="562"/>
        <location filename="../src/uawriter/gui/output.py" line="603"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>Carta guardada en %1.</numerusform>
            <numerusform>%n cartas guardadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="372"/>
        <source>Save the letters here</source>
        <translation>Guardar las cartas aquí</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="112"/>
        <source>The letters went out, but could not be counted: %1</source>
        <extracomment>Where each letter that goes out is counted (None: not counted). The event running on this laptop, for the tally. Put before each file name (&quot;V03 &quot;, the volunteer&apos;s number at an event). The e-mails counted by &quot;I sent this e-mail&quot; in this turn: their records&apos; ids, by (action, addressee), taken back when their drafts are saved and counted.</extracomment>
        <translation>Las cartas salieron, pero no se pudieron contar: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="127"/>
        <source>Counted before that: %1 of %2 files. Count only the others by hand (Event, Add counts): %3</source>
        <translation>Contados antes de eso: %1 de %2 archivos. Cuente a mano solo los demás (Evento, Añadir recuentos): %3</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="174"/>
        <source>These letters would not be counted</source>
        <extracomment>Told the letters of one print or export once they went out (an export cancelled part-way: those written). The stack passes one, so that its letters leave it when they, not another output that ends meanwhile, went out.</extracomment>
        <translation>Estas cartas no se contarían</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="175"/>
        <source>UA Writer cannot add to its count of letters: %1

Please tell the organiser. Send the letters anyway, without counting them?</source>
        <translation>UA Writer no puede añadir las cartas a su recuento: %1

Avise a la persona organizadora. ¿Enviar las cartas de todos modos, sin contarlas?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="296"/>
        <source>Printing stopped: %1 of %2 letters went to the printer.</source>
        <translation>Impresión detenida: %1 de %2 cartas se enviaron a la impresora.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="427"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="429"/>
        <source>(%1 was there already, not written by you, and is kept.)</source>
        <translation>(%1 ya estaba allí, no lo escribió usted, y se conserva.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="465"/>
        <location filename="../src/uawriter/gui/printing.py" line="256"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="528"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>Exportación cancelada. Cartas guardadas: %1 de %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="560"/>
        <source>Letters exported</source>
        <translation>Cartas exportadas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="568"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="581"/>
        <location filename="../src/uawriter/gui/output.py" line="606"/>
        <source>Not all the letters could be saved</source>
        <translation>No se pudieron guardar todas las cartas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="582"/>
        <source>%1 of %2 letters were saved in %3 and counted; then UA Writer could not write there:
%4

The other letters were not saved; they are still here (their addressees stay ticked, or they stay on your stack). Export them to another folder, for example on a USB stick or in Documents.</source>
        <translation>Se guardaron y contaron %1 de %2 cartas en %3; después UA Writer no pudo escribir allí:
%4

Las demás cartas no se guardaron; siguen aquí (sus destinatarios siguen marcados, o siguen en tu pila). Expórtalas a otra carpeta, por ejemplo en una memoria USB o en Documentos.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="601"/>
        <location filename="../src/uawriter/gui/output.py" line="612"/>
        <source>The letters could not be saved</source>
        <translation>No se han podido guardar las cartas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="613"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>UA Writer no ha podido escribir en %1:
%2

Tu carta sigue aquí. Elige otra carpeta, por ejemplo en una memoria USB o en Documentos.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="152"/>
        <source>The draft could not be saved: %1</source>
        <translation>No se ha podido guardar el borrador: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="146"/>
        <source>Draft saved</source>
        <extracomment>The outputs of each action&apos;s letter under way: token -&gt; (when, channels, turn). Kept per action (a letter set aside while its e-mails are saved keeps its own) and per output (a second started meanwhile replaced the first&apos;s: probe 93a). At an event, the letters set aside as they are, her details in them: the file holds none, and taken back from it her lines written in them were lost unsaid. Kept in memory only, until Next volunteer (or the window closes). The letter each action&apos;s set-aside draft was made from (the session object: any change to a letter makes a new one), to know it as sent (probe 80a).</extracomment>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="316"/>
        <source>One of them held tonight&apos;s event: no event is running now, so the organiser&apos;s tools are not locked and nothing is cleared between volunteers. If an event was running, the organiser starts it again (Event menu) before the next volunteer sits down.</source>
        <translation>Uno de ellos tenía el evento de esta noche: ahora no hay ningún evento en curso, así que las herramientas de la organización no están bloqueadas y no se borra nada entre voluntarios. Si había un evento en curso, la persona organizadora lo vuelve a iniciar (menú Evento) antes de que se siente el siguiente voluntario.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="323"/>
        <source>Some saved files were damaged</source>
        <translation>Algunos archivos guardados estaban dañados</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="312"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>Se han apartado y UA Writer ha empezado de cero:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="54"/>
        <source>Continue your letter?</source>
        <translation>¿Continuar tu carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="56"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>Estabas escribiendo una carta para «%1». ¿Quieres continuarla?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/window_settings.py" line="39"/>
        <source>Settings could not be saved: %1</source>
        <translation>No se ha podido guardar la configuración: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="35"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="36"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>Redacta sin conexión cartas de llamamiento para Acciones Urgentes, e imprímelas y envíalas por correo postal o por fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="39"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer es software libre: puedes compartirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o cualquier versión posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="45"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>Las fuentes que incluye e incrusta en las cartas también son libres:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="50"/>
        <source>About UA Writer</source>
        <translation>Acerca de UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="129"/>
        <source>Keep your letter?</source>
        <translation>¿Conservar tu carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="131"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>Tu carta no se ha impreso ni exportado. ¿Guardarla como borrador para la próxima vez?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="432"/>
        <source>My stack</source>
        <extracomment>Room in the stack&apos;s file for what :func:`stack_data` adds to its letters when the stack goes out (the time, the channels, the turn) and for the format&apos;s name and version. What the window writes of an official at most: a pack&apos;s (packs/limits.py) or an address book contact&apos;s (storage/address_book.py), whichever is more. A record holding more was damaged on disk: a stack file&apos;s official of 120,000 address lines was taken back, and then every save of the stack was refused as too big (probe 74c). Of an official&apos;s e-mails, phones and social media accounts: as many as an address has lines. A pack&apos;s official who has more is made again from the pack (see :func:`_letter_of`). The characters of each of the sender&apos;s boxes at most (sender_pane.py), in the order :class:`~uawriter.domain.model.Sender` takes them.</extracomment>
        <translation>Mi montón</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="433"/>
        <source>Print all…</source>
        <translation>Imprimir todas…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="434"/>
        <source>Export all…</source>
        <translation>Exportar todas…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="435"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="437"/>
        <source>Take the chosen action&apos;s letters off the stack</source>
        <translation>Quitar del montón las cartas de la acción elegida</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="533"/>
        <source>Take these letters off your stack?</source>
        <translation>¿Quitar estas cartas de su pila?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="534"/>
        <source>%n letter(s) for %1, neither printed nor exported, would be taken off your stack and could not be brought back. Take them off?</source>
        <translation>
            <numerusform>%n carta para %1, ni impresa ni exportada, se quitaría de su pila y no podría recuperarse. ¿Quitarla?</numerusform>
            <numerusform>%n cartas para %1, ni impresas ni exportadas, se quitarían de su pila y no podrían recuperarse. ¿Quitarlas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="559"/>
        <source>%1: %n letter(s) in %2</source>
        <translation>
            <numerusform>%1: %n carta en %2</numerusform>
            <numerusform>%1: %n cartas en %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="569"/>
        <source>%n letter(s) waiting. Choose another action to add more, or print or export them all.</source>
        <translation>
            <numerusform>%n carta en espera. Elige otra acción para añadir más, o imprímelas o expórtalas todas.</numerusform>
            <numerusform>%n cartas en espera. Elige otra acción para añadir más, o imprímelas o expórtalas todas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="45"/>
        <source>Post to %1 is suspended: send by e-mail or fax, or through the embassy.</source>
        <translation>El correo postal a %1 está suspendido: envía por correo electrónico o fax, o a través de la embajada.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="50"/>
        <source>Post to %1: %2 for a letter of one sheet.</source>
        <translation>Correo a %1: %2 por una carta de una hoja.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="115"/>
        <source>Choose the outbox for e-mail drafts (for example on a USB stick)</source>
        <extracomment>whether the outbox may be chosen now (at an event: the organiser&apos;s, with the PIN) the volunteer at the laptop: e-mails that finish saving after the next one has come show nothing of the last one&apos;s (see :meth:`next_turn`) the last write to the outbox failed: the next one asks where, so that another folder can be chosen while the full stick is still there</extracomment>
        <translation>Elige la bandeja de salida para los borradores de correo (por ejemplo, en una memoria USB)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="119"/>
        <source>Collect e-mails here</source>
        <translation>Reunir los correos aquí</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="217"/>
        <source>The e-mails could not be saved</source>
        <translation>No se pudieron guardar los correos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="218"/>
        <source>UA Writer could not write to the outbox %1:
%2

Your letter is still here. Save it again to choose another outbox folder, or send the letter by post or fax.</source>
        <translation>UA Writer no pudo escribir en la bandeja de salida %1:
%2

Tu carta sigue aquí. Guárdala de nuevo para elegir otra carpeta de salida, o envía la carta por correo postal o por fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="240"/>
        <source>Not all the e-mails could be saved</source>
        <translation>No se pudieron guardar todos los correos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="241"/>
        <source>%1 of %2 e-mails were saved in the outbox %3 and counted; then UA Writer could not write there:
%4

The addressees still ticked are the ones not written to. Save again to choose another outbox folder, or send their letters by post or fax.</source>
        <translation>Se guardaron y contaron %1 de %2 correos en la bandeja de salida %3; después UA Writer no pudo escribir allí:
%4

Los destinatarios que siguen marcados son a los que no se escribió. Guarda de nuevo para elegir otra carpeta de salida, o envíales la carta por correo postal o por fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="257"/>
        <source>No e-mail address</source>
        <translation>Sin dirección de correo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="258"/>
        <source>The Urgent Action gives no e-mail address for:
%1

Send the letter by post or fax instead (“Send by” above).</source>
        <translation>La Acción Urgente no da dirección de correo para:
%1

Envía la carta por correo postal o por fax («Enviar por», arriba).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="275"/>
        <source>E-mails ready to send</source>
        <translation>Correos listos para enviar</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/outbox.py" line="277"/>
        <source>%n e-mail draft(s) saved in the outbox %1.</source>
        <translation>
            <numerusform>%n borrador de correo guardado en la bandeja de salida %1.</numerusform>
            <numerusform>%n borradores de correo guardados en la bandeja de salida %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="282"/>
        <source>The organiser sends them from a computer that is online: each file opens in a mail program (Thunderbird, Outlook, Apple Mail) ready to send.</source>
        <translation>El organizador los envía desde un ordenador con conexión: cada archivo se abre en un programa de correo (Thunderbird, Outlook, Apple Mail) listo para enviar.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="290"/>
        <source>No e-mail address for: %1. Send them by post or fax.</source>
        <translation>Sin dirección de correo: %1. Envíales la carta por correo postal o por fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="298"/>
        <source>Open in mail program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="301"/>
        <source>Open outbox</source>
        <translation>Abrir la bandeja de salida</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="272"/>
        <source>Edit action pack</source>
        <extracomment>Which drafted addressee and point each row is (None: added here): the UA&apos;s lines are found by the drafted ones, which a row no longer is once one before it was removed (probe 75a: the President&apos;s fax was marked beside the Prosecutor&apos;s).</extracomment>
        <translation>Editar paquete de acción</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="273"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="274"/>
        <source>What to ask for</source>
        <translation>Qué pedir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="275"/>
        <source>Addressees</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="276"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="546"/>
        <source>Discard the changes to this pack?</source>
        <translation>¿Descartar los cambios de este paquete?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="548"/>
        <source>What you typed in this pack is not saved. Save it now, discard it, or go on editing?</source>
        <translation>Lo que escribió en este paquete no está guardado. ¿Guardarlo ahora, descartarlo o seguir editando?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="558"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="680"/>
        <source>The pack has changed since you opened it</source>
        <translation>El paquete ha cambiado desde que lo abrió</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="682"/>
        <source>The pack “%1” was changed on this computer after you opened it here: another copy was imported, or it was saved from another window. Saving replaces that copy with yours, and what it changed is lost.

To keep both, give yours another id (Action tab) and save it again. Replace the other copy with yours?</source>
        <translation>El paquete «%1» se ha cambiado en este ordenador después de abrirlo aquí: se importó otra copia o se guardó desde otra ventana. Al guardar, esa copia se sustituye por la suya y se pierde lo que cambió.

Para conservar ambas, dé a la suya otro id (pestaña Acción) y guárdela de nuevo. ¿Sustituir la otra copia por la suya?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="693"/>
        <source>Replace it</source>
        <translation>Sustituirla</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="312"/>
        <source>Pack id:</source>
        <translation>ID del paquete:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="313"/>
        <source>Written in (language code):</source>
        <translation>Escrito en (código de idioma):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="314"/>
        <source>Contacts checked on (YYYY-MM-DD):</source>
        <translation>Contactos comprobados el (AAAA-MM-DD):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="315"/>
        <source>UA number:</source>
        <translation>Número de UA:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="316"/>
        <source>Issued on (YYYY-MM-DD):</source>
        <translation>Fecha de publicación (AAAA-MM-DD):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="317"/>
        <source>Deadline (YYYY-MM-DD, empty for none):</source>
        <translation>Fecha límite (AAAA-MM-DD, vacío si no hay):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="318"/>
        <source>Country code:</source>
        <translation>Código de país:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="319"/>
        <source>Write in (language codes):</source>
        <translation>Escribir en (códigos de idioma):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="320"/>
        <source>Further information (web address):</source>
        <translation>Más información (dirección web):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="327"/>
        <source>Revision:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="328"/>
        <source>Update number (0 for the first UA):</source>
        <translation>Número de actualización (0 para la primera UA):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="330"/>
        <source>Letters may also be written in the writer&apos;s own language</source>
        <translation>Las cartas también se pueden escribir en el idioma propio de quien escribe</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="333"/>
        <source>Post to this country is suspended (use e-mail, fax or the embassy)</source>
        <translation>El correo postal a este país está suspendido (correo electrónico, fax o embajada)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="337"/>
        <source>Texts in:</source>
        <translation>Textos en:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="338"/>
        <source>Add a language…</source>
        <translation>Añadir un idioma…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="340"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="341"/>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="342"/>
        <source>Additional information:</source>
        <translation>Información adicional:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="343"/>
        <source>After the deadline:</source>
        <translation>Después del plazo:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="344"/>
        <source>Copies to diplomats:</source>
        <translation>Copias a diplomáticos:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="389"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="501"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="390"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="502"/>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <translation>Párrafo de la carta:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="503"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="506"/>
        <source>Title:</source>
        <comment>an addressee&apos;s position, such as Minister of Justice</comment>
        <translation>Cargo:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="509"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="510"/>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="511"/>
        <source>Country (as on the envelope):</source>
        <translation>País (como en el sobre):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="512"/>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="516"/>
        <source>Address lines:</source>
        <translation>Líneas de la dirección:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="517"/>
        <source>E-mails (separated by commas):</source>
        <translation>Correos electrónicos (separados por comas):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="519"/>
        <source>Telephone numbers (separated by commas):</source>
        <translation>Teléfonos (separados por comas):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="521"/>
        <source>Social media (such as twitter: @name):</source>
        <translation>Redes sociales (por ejemplo, twitter: @nombre):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="523"/>
        <source>Salutation (in the language above):</source>
        <translation>Saludo (en el idioma de los textos):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="122"/>
        <source>Add a letter language…</source>
        <translation>Añadir un idioma de carta…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="123"/>
        <source>Letter:</source>
        <translation>Carta:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="125"/>
        <source>Insert field</source>
        <translation>Insertar campo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="127"/>
        <source>Put a field where the cursor is: the salutation, their address, the talking points, your name… Each is filled in for every letter.</source>
        <translation>Pon un campo donde está el cursor: el saludo, su dirección, las peticiones, tu nombre… Cada uno se rellena en cada carta.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="133"/>
        <source>Show template code</source>
        <translation>Mostrar el código de la plantilla</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="135"/>
        <source>This letter uses template code the field menu does not have, so it is shown as code. Edit it here, or start a new letter language from a simple letter.</source>
        <translation>Esta carta usa código de plantilla que el menú de campos no tiene, así que se muestra como código. Edítala aquí o empieza un nuevo idioma de carta desde una carta sencilla.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="124"/>
        <source>The letter it makes:</source>
        <translation>La carta resultante:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="279"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="531"/>
        <source>Write to (target)</source>
        <translation>Escribir a (destinatario principal)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="532"/>
        <source>Copy to</source>
        <translation>Copia a</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="442"/>
        <source>Language code (such as kk, ru, es):</source>
        <translation>Código de idioma (como kk, ru, es):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="453"/>
        <source>UA Writer does not know the language code “%1”.</source>
        <translation>UA Writer no conoce el código de idioma «%1».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="459"/>
        <source>Add a language</source>
        <translation>Añadir un idioma</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="467"/>
        <source>Add a letter language</source>
        <translation>Añadir un idioma de carta</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/pack_editor_problems.py" line="38"/>
        <source>%n problem(s) to fix before the pack can be used:</source>
        <translation>
            <numerusform>Hay %n problema que corregir antes de poder usar el paquete:</numerusform>
            <numerusform>Hay %n problemas que corregir antes de poder usar el paquete:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_problems.py" line="41"/>
        <source>The pack is ready to use.</source>
        <translation>El paquete está listo para usarse.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="633"/>
        <source>Save a pack with problems?</source>
        <translation>¿Guardar un paquete con problemas?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="635"/>
        <source>Until the problems are fixed the pack is listed as broken and cannot be used for letters. Save it anyway?</source>
        <translation>Mientras no se corrijan los problemas, el paquete aparecerá como dañado y no se podrá usar para escribir cartas. ¿Guardarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="645"/>
        <source>Give the pack an id first.</source>
        <translation>Primero asigna un ID al paquete.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="653"/>
        <source>The pack could not be saved:
%1</source>
        <translation>No se ha podido guardar el paquete:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/source_pane.py" line="108"/>
        <source>The Urgent Action: the lines the field you are in was read from are marked.</source>
        <extracomment>the key shown and its lines (1-based, inclusive), for the window and for tests</extracomment>
        <translation>La Acción Urgente: se marcan las líneas de las que se leyó el campo en el que estás.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/source_pane.py" line="115"/>
        <source>Check what was said about the text:</source>
        <translation>Revise lo que se dijo del texto:</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="135"/>
        <source>&amp;Packs</source>
        <translation>Paquete&amp;s</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="136"/>
        <source>&amp;New pack…</source>
        <translation>&amp;Nuevo paquete…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="137"/>
        <source>&amp;Edit this pack…</source>
        <translation>&amp;Editar este paquete…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="138"/>
        <source>&amp;Import a pack…</source>
        <translation>&amp;Importar un paquete…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="139"/>
        <source>&amp;Draft a pack from an Urgent Action…</source>
        <translation>&amp;Borrador de paquete a partir de una acción…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="140"/>
        <source>&amp;Share this pack as a file…</source>
        <translation>&amp;Compartir este paquete como archivo…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="147"/>
        <source>Import an action pack</source>
        <translation>Importar un paquete de acción</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="150"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="212"/>
        <source>Action packs (*.uapack)</source>
        <translation>Paquetes de acción (*.uapack)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="181"/>
        <source>Replace the pack?</source>
        <translation>¿Reemplazar el paquete?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="188"/>
        <source>The pack was not imported</source>
        <translation>No se ha importado el paquete</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="209"/>
        <source>Share the pack as a file</source>
        <translation>Compartir el paquete como archivo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="229"/>
        <source>The pack could not be saved</source>
        <translation>No se ha podido guardar el paquete</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="232"/>
        <source>Saved %1: copy it to a USB stick to share it.</source>
        <translation>Guardado: %1. Cópialo en una memoria USB para compartirlo.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="293"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="305"/>
        <source>The pack cannot be opened</source>
        <translation>No se puede abrir el paquete</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="311"/>
        <source>Edit a copy?</source>
        <translation>¿Editar una copia?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="313"/>
        <source>Packs that come with UA Writer cannot be changed. Edit a copy of this one instead? It is saved with your own packs, under a new id.</source>
        <translation>Los paquetes que vienen con UA Writer no se pueden modificar. ¿Quieres editar una copia de este? Se guardará con tus propios paquetes, con un ID nuevo.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="257"/>
        <source>Organiser PIN</source>
        <translation>PIN del organizador</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="259"/>
        <source>This is for the event&apos;s organiser. Enter the PIN:</source>
        <translation>Esto es para el organizador del evento. Introduzca el PIN:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="263"/>
        <source>This PIN stops volunteers changing the event by accident. It does not protect data.</source>
        <translation>Este PIN evita que los voluntarios cambien el evento por accidente. No protege los datos.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="268"/>
        <source>That is not the PIN set when the event started.</source>
        <translation>Ese no es el PIN fijado al iniciar el evento.</translation>
    </message>
</context>
<context>
    <name>PostageDialog</name>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="113"/>
        <source>Postage</source>
        <translation>Franqueo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Letter (one sheet)</source>
        <translation>Carta (una hoja)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Post suspended</source>
        <translation>Correo suspendido</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="116"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="120"/>
        <source>Your section&apos;s postage for a letter of one sheet, per country (a code such as KZ, or its name). Where post is suspended, volunteers are told to send by e-mail or fax, or through the embassy.</source>
        <translation>El franqueo de tu sección para una carta de una hoja, por país (un código como KZ, o su nombre). Donde el correo está suspendido, se indica a los voluntarios que envíen por correo electrónico, fax o a través de la embajada.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="125"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="126"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="127"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="128"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="157"/>
        <source>Row %1: “%2” is not a country; type its code, such as KZ.</source>
        <translation>Fila %1: «%2» no es un país; escribe su código, como KZ.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="183"/>
        <source>Import a postage table</source>
        <translation>Importar una tabla de franqueo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="186"/>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="220"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="193"/>
        <source>the file is too big to be a postage table</source>
        <translation>el archivo es demasiado grande para ser una tabla de franqueo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="197"/>
        <source>the file is not in UTF-8; open it in the spreadsheet and save it as “CSV UTF-8” (or “Unicode Text”)</source>
        <translation>el archivo no está en UTF-8; ábralo en la hoja de cálculo y guárdelo como «CSV UTF-8» (o «Texto Unicode»)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="200"/>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="204"/>
        <source>The postage table was not imported</source>
        <translation>No se importó la tabla de franqueo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="217"/>
        <source>Export the postage table</source>
        <translation>Exportar la tabla de franqueo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="233"/>
        <source>The postage table was not saved</source>
        <translation>No se guardó la tabla de franqueo</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="117"/>
        <source>Preview</source>
        <extracomment>Why the latest render failed (&quot;&quot; when it did not): shown in place of the pages.</extracomment>
        <translation>Vista previa</translation>
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
        <translation>Alejar</translation>
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
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="124"/>
        <source>Fit width</source>
        <translation>Ajustar ancho</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="125"/>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="126"/>
        <source>Preview of the letter as it prints</source>
        <translation>Vista previa de la carta tal como se imprimirá</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../src/uawriter/gui/qt_words.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/qt_words.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>StartEventDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="153"/>
        <source>Start an event</source>
        <translation>Iniciar un evento</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="155"/>
        <source>Event &amp;name:</source>
        <translation>&amp;Nombre del evento:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="156"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="157"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="158"/>
        <source>Organiser &amp;PIN:</source>
        <translation>&amp;PIN del organizador:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="159"/>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;otra vez:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="160"/>
        <source>Next volunteer after &amp;idle:</source>
        <translation>Siguiente voluntario tras &amp;inactividad:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="164"/>
        <source>Optional, e.g. Write for Rights evening</source>
        <translation>Opcional, p. ej. velada Escribe por los Derechos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="165"/>
        <source>Optional, e.g. Central Library</source>
        <translation>Opcional, p. ej. Biblioteca Central</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="166"/>
        <source>The event has a date</source>
        <translation>El evento tiene fecha</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="167"/>
        <source>4 digits or more</source>
        <translation>4 cifras o más</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="170"/>
        <source>This PIN stops volunteers changing the event by accident (ending it, editing packs or settings). It does not protect data.</source>
        <translation>Este PIN evita que los voluntarios cambien el evento por accidente (terminarlo, editar paquetes o ajustes). No protege los datos.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="174"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="177"/>
        <source>When no one has touched the laptop for this long, a countdown appears, then the window is cleared for the next volunteer.</source>
        <translation>Si nadie toca el portátil durante este tiempo, aparece una cuenta atrás y luego la ventana se borra para el siguiente voluntario.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="182"/>
        <source>&amp;Start the event</source>
        <translation>&amp;Iniciar el evento</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="205"/>
        <source>The PIN must be 4 digits or more (0 to 9 only).</source>
        <translation>El PIN debe tener 4 cifras o más (solo del 0 al 9).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="208"/>
        <source>The two PINs are not the same: type it again.</source>
        <translation>Los dos PIN no coinciden: escríbalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>TakeBackCountsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="473"/>
        <source>Take back counts</source>
        <extracomment>What was written to the tally when the dialog was accepted.</extracomment>
        <translation>Retirar recuentos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="476"/>
        <source>Tick the hand counts added by mistake (a number mistyped, a pile of cards added twice). They are taken back from the tally, and from the tally of the laptop it is merged into.</source>
        <translation>Marque los recuentos a mano añadidos por error (un número mal tecleado, un montón de tarjetas añadido dos veces). Se retiran del recuento, y del recuento del portátil en el que se combine.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="481"/>
        <source>No hand count has been added to what is shown.</source>
        <translation>No se ha añadido ningún recuento a mano a lo que se muestra.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="497"/>
        <source>&amp;Take back</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="515"/>
        <source>Tick the counts to take back.</source>
        <translation>Marque los recuentos que desea retirar.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="524"/>
        <source>The counts could not be taken back in %1: %2. Nothing was changed; check that the data folder can be written, then try again.</source>
        <translation>No se pudieron retirar los recuentos en %1: %2. No se cambió nada; compruebe que se puede escribir en la carpeta de datos y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>TotalsTable</name>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="43"/>
        <source>Post</source>
        <extracomment>The per-action columns: action, all letters, then each channel and hand count.</extracomment>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="44"/>
        <source>Printed</source>
        <translation>Impresas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="45"/>
        <source>E-mail</source>
        <translation>Correo-e</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="46"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="47"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="48"/>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="49"/>
        <source>Handwritten</source>
        <translation>A mano</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="50"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="51"/>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="56"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="56"/>
        <source>All letters</source>
        <translation>Todas las cartas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="59"/>
        <source>Totals per action</source>
        <translation>Totales por acción</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="96"/>
        <source>Total</source>
        <translation>Total</translation>
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
