<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="106"/>
        <source>Address book: diplomatic representatives</source>
        <translation>Libreta de direcciones: representantes diplomáticos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="107"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="108"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="110"/>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="111"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="112"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="113"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="114"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="115"/>
        <source>&amp;Fax:</source>
        <translation>&amp;Fax:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="116"/>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="117"/>
        <source>&amp;Salutation:</source>
        <translation>&amp;Saludo:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="118"/>
        <source>Re&amp;presents (country code):</source>
        <translation>&amp;Representa a (código de país):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="122"/>
        <source>Ambassador of Kazakhstan</source>
        <translation>Embajador de Kazajistán</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="123"/>
        <source>Embassy of the Republic of Kazakhstan</source>
        <translation>Embajada de la República de Kazajistán</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="125"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="187"/>
        <source>Give a title, a name or an organisation.</source>
        <translation>Indica un cargo, un nombre o una organización.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="188"/>
        <source>The fax number should be digits, such as +44 20 7123 4567.</source>
        <translation>El número de fax debe estar formado por cifras, por ejemplo +44 20 7123 4567.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="189"/>
        <source>The e-mail address does not look right.</source>
        <translation>La dirección de correo electrónico no parece correcta.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="199"/>
        <source>Your Excellency</source>
        <translation>Excelencia</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="443"/>
        <source>UA Writer</source>
        <translation>UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="444"/>
        <source>&amp;Actions</source>
        <translation>A&amp;cciones</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="445"/>
        <source>Urgent Actions</source>
        <translation>Acciones urgentes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="446"/>
        <source>About this action</source>
        <translation>Sobre esta acción</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="447"/>
        <source>&amp;Write to</source>
        <translation>Escri&amp;bir a</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="448"/>
        <source>Addressees</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="449"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="450"/>
        <source>Write to every addressee</source>
        <translation>Escribir a todos los destinatarios</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="451"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="452"/>
        <source>Copy to a diplomat:</source>
        <translation>Copia a un diplomático:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="454"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>Enviar también una copia a un representante diplomático acreditado en tu país</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="456"/>
        <source>Diplomatic representative</source>
        <translation>Representante diplomático</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="457"/>
        <source>Address book…</source>
        <translation>Libreta de direcciones…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="458"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Idio&amp;ma de la carta:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="459"/>
        <source>&amp;Send by:</source>
        <translation>En&amp;viar por:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="460"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="461"/>
        <source>Letter language</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="462"/>
        <source>Send by fax or post</source>
        <translation>Enviar por fax o por correo postal</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="463"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="464"/>
        <source>Your details (optional)</source>
        <translation>Tus datos (opcional)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="465"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="466"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="467"/>
        <source>E-&amp;mail:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="468"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="469"/>
        <source>Your postal address</source>
        <translation>Tu dirección postal</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="470"/>
        <source>Your e-mail address</source>
        <translation>Tu dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="471"/>
        <source>Remember my details on this computer</source>
        <translation>Recordar mis datos en este ordenador</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="473"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>Desmárcalo en un ordenador compartido: así tus datos se borran después de cada carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="475"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <translation>&amp;Qué pedir (desmarca para omitir):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="476"/>
        <source>Talking points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="477"/>
        <source>Le&amp;tter (you can change anything):</source>
        <translation>Car&amp;ta (puedes cambiarlo todo):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="478"/>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="479"/>
        <source>Reset to the template</source>
        <translation>Volver a la plantilla</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="480"/>
        <location filename="../src/uawriter/gui/main_window.py" line="484"/>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="481"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="482"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="483"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="485"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="486"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Libreta de direcciones…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="487"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="488"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="489"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="490"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="491"/>
        <source>Reset letter to the template</source>
        <translation>Volver a la plantilla de la carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="492"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="493"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="494"/>
        <source>&amp;About UA Writer</source>
        <translation>&amp;Acerca de UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="498"/>
        <source>Fax (with cover sheet)</source>
        <translation>Fax (con portada)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="499"/>
        <source>Post (no cover sheet)</source>
        <translation>Correo postal (sin portada)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="502"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="502"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="538"/>
        <source>No deadline</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="541"/>
        <source>Open until %1</source>
        <translation>Abierta hasta el %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="542"/>
        <source>Closing soon: %1</source>
        <translation>Cierra pronto: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="543"/>
        <source>Deadline passed: %1</source>
        <translation>Plazo vencido: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="551"/>
        <source>UA %1, update %2</source>
        <translation>UA %1, actualización %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="555"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="598"/>
        <source>Broken pack: %1</source>
        <translation>Paquete dañado: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="618"/>
        <source>Start another letter?</source>
        <translation>¿Empezar otra carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="620"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>Los cambios de esta carta no se han exportado. ¿Empezar de todos modos una carta para otra acción? (La actual queda guardada como borrador).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="651"/>
        <source>This pack cannot be used</source>
        <translation>Este paquete no se puede usar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="652"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>Pide una copia corregida a quien preparó el paquete.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="653"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>Elige una acción a la izquierda para empezar una carta.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="683"/>
        <source>your own language</source>
        <translation>tu propio idioma</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="685"/>
        <source>Write in:</source>
        <translation>Escribir en:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="689"/>
        <source>What to ask for</source>
        <translation>Qué pedir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="697"/>
        <source>Additional information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="703"/>
        <source>Further information:</source>
        <translation>Más información:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="735"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="735"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="739"/>
        <source>Fax %1</source>
        <translation>Fax %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="741"/>
        <source>no fax</source>
        <translation>sin fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="794"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>Algunos cambios afectaban a líneas que son distintas para este destinatario y no se han trasladado: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="815"/>
        <source>(address book empty)</source>
        <translation>(libreta de direcciones vacía)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="817"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>Añade embajadas y otras representaciones diplomáticas con «Libreta de direcciones…»</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="840"/>
        <source>The address book could not be saved</source>
        <translation>No se ha podido guardar la libreta de direcciones</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="841"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

Las direcciones se conservan hasta que cierres UA Writer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="860"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>Sin número de fax: %1. Sus cartas no llevan portada de fax: imprímelas y envíalas por correo postal o por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="878"/>
        <source>%1 (asked for)</source>
        <translation>%1 (recomendado)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="893"/>
        <source>Change the letter&apos;s language?</source>
        <translation>¿Cambiar el idioma de la carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="895"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>La carta se volverá a redactar en el nuevo idioma y se perderán los cambios que le hayas hecho. ¿Cambiar el idioma?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1101"/>
        <source>Reset the letter?</source>
        <translation>¿Volver a la plantilla?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1102"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>Los cambios que hayas hecho en la carta se sustituirán por el texto de la plantilla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1112"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1114"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1119"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>No se puede redactar la carta de este paquete</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1121"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>La plantilla de la carta tiene un problema:
%1

Pide una copia corregida a quien preparó el paquete.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1184"/>
        <source>The preview failed: %1</source>
        <translation>No se ha podido mostrar la vista previa: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1200"/>
        <source>No addressee chosen</source>
        <translation>No has elegido ningún destinatario</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1201"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <translation>Marca al menos un destinatario en «Escribir a».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1207"/>
        <source>Some characters cannot be printed</source>
        <translation>Algunos caracteres no se pueden imprimir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1209"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>UA Writer no tiene fuente para estos caracteres, así que se imprimirían como cuadros vacíos: %1

¿Los cambias en la carta o continúas de todos modos?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1240"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1254"/>
        <source>Printing failed</source>
        <translation>No se ha podido imprimir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1254"/>
        <source>The printer could not be started.</source>
        <translation>No se ha podido poner en marcha la impresión.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1280"/>
        <source>Export the letter as PDF</source>
        <translation>Exportar la carta como PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1284"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1293"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>Elige una carpeta para la carta</numerusform>
            <numerusform>Elige una carpeta para las %n cartas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1324"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Exportando la carta…</numerusform>
            <numerusform>Exportando %n cartas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1384"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>Carta guardada en %1.</numerusform>
            <numerusform>%n cartas guardadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1298"/>
        <source>Save the letters here</source>
        <translation>Guardar las cartas aquí</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1313"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1325"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1361"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>Exportación cancelada. Cartas guardadas: %1 de %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1383"/>
        <source>Letters exported</source>
        <translation>Cartas exportadas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1385"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1395"/>
        <source>The letters could not be saved</source>
        <translation>No se han podido guardar las cartas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1397"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>UA Writer no ha podido escribir en %1:
%2

Tu carta sigue aquí. Elige otra carpeta, por ejemplo en una memoria USB o en Documentos.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1434"/>
        <source>The draft could not be saved: %1</source>
        <translation>No se ha podido guardar el borrador: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1438"/>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1460"/>
        <source>Some saved files were damaged</source>
        <translation>Algunos archivos guardados estaban dañados</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1461"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>Se han apartado y UA Writer ha empezado de cero:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1474"/>
        <source>Continue your letter?</source>
        <translation>¿Continuar tu carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1477"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>Estabas escribiendo una carta para «%1». ¿Quieres continuarla?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1535"/>
        <source>Settings could not be saved: %1</source>
        <translation>No se ha podido guardar la configuración: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1565"/>
        <source>About UA Writer</source>
        <translation>Acerca de UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1567"/>
        <source>UA Writer %1

Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>UA Writer %1

Redacta sin conexión cartas de llamamiento para Acciones Urgentes, e imprímelas y envíalas por correo postal o por fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1592"/>
        <source>Keep your letter?</source>
        <translation>¿Conservar tu carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1595"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>Tu carta no se ha impreso ni exportado. ¿Guardarla como borrador para la próxima vez?</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="52"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
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
        <translation>Alejar</translation>
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
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="59"/>
        <source>Fit width</source>
        <translation>Ajustar ancho</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="60"/>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="61"/>
        <source>Preview of the letter as it prints</source>
        <translation>Vista previa de la carta tal como se imprimirá</translation>
    </message>
</context>
</TS>
