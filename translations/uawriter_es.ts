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
        <location filename="../src/uawriter/gui/main_window.py" line="448"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1661"/>
        <source>UA Writer</source>
        <translation>UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="449"/>
        <source>&amp;Actions</source>
        <translation>A&amp;cciones</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="450"/>
        <source>Urgent Actions</source>
        <translation>Acciones urgentes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="451"/>
        <source>About this action</source>
        <translation>Sobre esta acción</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="452"/>
        <source>&amp;Write to</source>
        <translation>Escri&amp;bir a</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="453"/>
        <source>Addressees</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="454"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="455"/>
        <source>Write to every addressee</source>
        <translation>Escribir a todos los destinatarios</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="456"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="457"/>
        <source>Copy to a diplomat:</source>
        <translation>Copia a un diplomático:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="459"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>Enviar también una copia a un representante diplomático acreditado en tu país</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="461"/>
        <source>Diplomatic representative</source>
        <translation>Representante diplomático</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="462"/>
        <source>Address book…</source>
        <translation>Libreta de direcciones…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="463"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Idio&amp;ma de la carta:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="464"/>
        <source>&amp;Send by:</source>
        <translation>En&amp;viar por:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="465"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="466"/>
        <source>Letter language</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="467"/>
        <source>Send by fax or post</source>
        <translation>Enviar por fax o por correo postal</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="468"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="469"/>
        <source>Your details (optional)</source>
        <translation>Tus datos (opcional)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="470"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="471"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="472"/>
        <source>E-&amp;mail:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="473"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="474"/>
        <source>Your postal address</source>
        <translation>Tu dirección postal</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="475"/>
        <source>Your e-mail address</source>
        <translation>Tu dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="476"/>
        <source>Remember my details on this computer</source>
        <translation>Recordar mis datos en este ordenador</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="478"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>Desmárcalo en un ordenador compartido: así tus datos se borran después de cada carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="480"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <translation>&amp;Qué pedir (desmarca para omitir):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="481"/>
        <source>Talking points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="483"/>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="484"/>
        <source>Reset to the template</source>
        <translation>Volver a la plantilla</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="485"/>
        <location filename="../src/uawriter/gui/main_window.py" line="489"/>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="486"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="487"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="488"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="490"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="491"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Libreta de direcciones…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="492"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="493"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="494"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="495"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="496"/>
        <source>Reset letter to the template</source>
        <translation>Volver a la plantilla de la carta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="497"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="498"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="499"/>
        <source>&amp;About UA Writer</source>
        <translation>&amp;Acerca de UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="503"/>
        <source>Fax (with cover sheet)</source>
        <translation>Fax (con portada)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="504"/>
        <source>Post (no cover sheet)</source>
        <translation>Correo postal (sin portada)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="507"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="507"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="543"/>
        <source>No deadline</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="546"/>
        <source>Open until %1</source>
        <translation>Abierta hasta el %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="547"/>
        <source>Closing soon: %1</source>
        <translation>Cierra pronto: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="548"/>
        <source>Deadline passed: %1</source>
        <translation>Plazo vencido: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="556"/>
        <source>UA %1, update %2</source>
        <translation>UA %1, actualización %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="560"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="603"/>
        <source>Broken pack: %1</source>
        <translation>Paquete dañado: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="623"/>
        <source>Start another letter?</source>
        <translation>¿Empezar otra carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="625"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>Los cambios de esta carta no se han exportado. ¿Empezar de todos modos una carta para otra acción? (La actual queda guardada como borrador).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="656"/>
        <source>This pack cannot be used</source>
        <translation>Este paquete no se puede usar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="657"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>Pide una copia corregida a quien preparó el paquete.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="658"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>Elige una acción a la izquierda para empezar una carta.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="668"/>
        <source>Loading the actions…</source>
        <translation>Cargando las acciones…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="689"/>
        <source>your own language</source>
        <translation>tu propio idioma</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="691"/>
        <source>Write in:</source>
        <translation>Escribir en:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="695"/>
        <source>What to ask for</source>
        <translation>Qué pedir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="703"/>
        <source>Additional information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="709"/>
        <source>Further information:</source>
        <translation>Más información:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="741"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="741"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="745"/>
        <source>Fax %1</source>
        <translation>Fax %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="747"/>
        <source>no fax</source>
        <translation>sin fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="801"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>Algunos cambios afectaban a líneas que son distintas para este destinatario y no se han trasladado: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="822"/>
        <source>(address book empty)</source>
        <translation>(libreta de direcciones vacía)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="824"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>Añade embajadas y otras representaciones diplomáticas con «Libreta de direcciones…»</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="847"/>
        <source>The address book could not be saved</source>
        <translation>No se ha podido guardar la libreta de direcciones</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="848"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

Las direcciones se conservan hasta que cierres UA Writer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="867"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>Sin número de fax: %1. Sus cartas no llevan portada de fax: imprímelas y envíalas por correo postal o por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="891"/>
        <source>%1 (asked for)</source>
        <translation>%1 (recomendado)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="906"/>
        <source>Change the letter&apos;s language?</source>
        <translation>¿Cambiar el idioma de la carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="908"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>La carta se volverá a redactar en el nuevo idioma y se perderán los cambios que le hayas hecho. ¿Cambiar el idioma?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1069"/>
        <source>Le&amp;tter:</source>
        <translation>Car&amp;ta:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1072"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>Car&amp;ta a %1 (tus cambios van en todas las cartas):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1139"/>
        <source>Reset the letter?</source>
        <translation>¿Volver a la plantilla?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1140"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>Los cambios que hayas hecho en la carta se sustituirán por el texto de la plantilla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1150"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1152"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1157"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>No se puede redactar la carta de este paquete</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1159"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>La plantilla de la carta tiene un problema:
%1

Pide una copia corregida a quien preparó el paquete.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1222"/>
        <source>The preview failed: %1</source>
        <translation>No se ha podido mostrar la vista previa: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1238"/>
        <source>No addressee chosen</source>
        <translation>No has elegido ningún destinatario</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1239"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <translation>Marca al menos un destinatario en «Escribir a».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1245"/>
        <source>Some characters cannot be printed</source>
        <translation>Algunos caracteres no se pueden imprimir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1247"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>UA Writer no tiene fuente para estos caracteres, así que se imprimirían como cuadros vacíos: %1

¿Los cambias en la carta o continúas de todos modos?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1278"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1292"/>
        <source>Printing failed</source>
        <translation>No se ha podido imprimir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1292"/>
        <source>The printer could not be started.</source>
        <translation>No se ha podido poner en marcha la impresión.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1334"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>El plazo venció el %1: consulta con tu sección antes de enviar.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1342"/>
        <source>Export the letter as PDF</source>
        <translation>Exportar la carta como PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1346"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1355"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>Elige una carpeta para la carta</numerusform>
            <numerusform>Elige una carpeta para las %n cartas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1403"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Exportando la carta…</numerusform>
            <numerusform>Exportando %n cartas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1464"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>Carta guardada en %1.</numerusform>
            <numerusform>%n cartas guardadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1360"/>
        <source>Save the letters here</source>
        <translation>Guardar las cartas aquí</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1381"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1404"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1440"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>Exportación cancelada. Cartas guardadas: %1 de %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1463"/>
        <source>Letters exported</source>
        <translation>Cartas exportadas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1466"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1476"/>
        <source>The letters could not be saved</source>
        <translation>No se han podido guardar las cartas</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1478"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>UA Writer no ha podido escribir en %1:
%2

Tu carta sigue aquí. Elige otra carpeta, por ejemplo en una memoria USB o en Documentos.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1515"/>
        <source>The draft could not be saved: %1</source>
        <translation>No se ha podido guardar el borrador: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1519"/>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1541"/>
        <source>Some saved files were damaged</source>
        <translation>Algunos archivos guardados estaban dañados</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1542"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>Se han apartado y UA Writer ha empezado de cero:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1555"/>
        <source>Continue your letter?</source>
        <translation>¿Continuar tu carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1558"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>Estabas escribiendo una carta para «%1». ¿Quieres continuarla?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1616"/>
        <source>Settings could not be saved: %1</source>
        <translation>No se ha podido guardar la configuración: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1662"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1664"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>Redacta sin conexión cartas de llamamiento para Acciones Urgentes, e imprímelas y envíalas por correo postal o por fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1667"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer es software libre: puedes compartirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o cualquier versión posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1671"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>Las fuentes que incluye e incrusta en las cartas también son libres:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1674"/>
        <source>About UA Writer</source>
        <translation>Acerca de UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1704"/>
        <source>Keep your letter?</source>
        <translation>¿Conservar tu carta?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1707"/>
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
