<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="544"/>
        <source>UA %1 (update %2)</source>
        <translation>UA %1 (обновление %2)</translation>
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
        <translation>Адресная книга: дипломатические представители</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="192"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="193"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="195"/>
        <source>&amp;Title:</source>
        <translation>Дол&amp;жность:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="196"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="197"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="198"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="199"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="200"/>
        <source>&amp;Fax:</source>
        <translation>&amp;Факс:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="201"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="202"/>
        <source>&amp;Salutation:</source>
        <translation>О&amp;бращение:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="203"/>
        <source>Sa&amp;lutation by letter language:</source>
        <translation>Обращение &amp;на языке письма:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="204"/>
        <source>Re&amp;presents (country code):</source>
        <translation>&amp;Представляет (код страны):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="208"/>
        <source>Ambassador of Kazakhstan</source>
        <translation>Посол Казахстана</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="209"/>
        <source>Embassy of the Republic of Kazakhstan</source>
        <translation>Посольство Республики Казахстан</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="212"/>
        <source>One a line, such as:
kk = Құрметті Елші мырза</source>
        <translation>По одному в строке, например:
kk = Құрметті Елші мырза</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="216"/>
        <source>The salutation a letter in that language uses, so a Kazakh letter greets the ambassador in Kazakh; “Salutation” above serves every other language.</source>
        <translation>Обращение, которое использует письмо на этом языке: казахское письмо обращается к послу по-казахски; «Обращение» выше служит для всех остальных языков.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="220"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="221"/>
        <source>Add the contacts of a CSV or vCard (.vcf) file</source>
        <translation>Добавить контакты из файла CSV или vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="222"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="223"/>
        <source>Save the address book as CSV or vCard (.vcf)</source>
        <translation>Сохранить адресную книгу как CSV или vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="224"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="294"/>
        <source>Give a title, a name or an organisation.</source>
        <translation>Укажите должность, имя или организацию.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="295"/>
        <source>The fax number should be digits, such as +44 20 7123 4567.</source>
        <translation>Номер факса должен состоять из цифр, например +44 20 7123 4567.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="296"/>
        <source>The e-mail address does not look right.</source>
        <translation>Похоже, адрес эл. почты указан с ошибкой.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="309"/>
        <source>Your Excellency</source>
        <translation>Ваше Превосходительство</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="321"/>
        <source>the address book holds at most %1 greetings in all its contacts&apos; languages: remove the contacts or greetings you no longer need first</source>
        <translation>в адресной книге может быть не более %1 обращений на всех языках её контактов: сначала удалите контакты или обращения, которые больше не нужны</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="326"/>
        <source>the address book holds at most %1 contacts: remove those you no longer need first</source>
        <translation>в адресной книге может быть не более %1 контактов: сначала удалите те, что больше не нужны</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="332"/>
        <source>The address book was not saved</source>
        <translation>Адресная книга не сохранена</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="334"/>
        <source>No contact added</source>
        <translation>Контакт не добавлен</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="348"/>
        <source>Import an embassy list</source>
        <translation>Импорт списка посольств</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="351"/>
        <source>Contact lists (*.csv *.vcf)</source>
        <translation>Списки контактов (*.csv *.vcf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="359"/>
        <source>the file is too big to be an embassy list</source>
        <translation>файл слишком велик для списка посольств</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="364"/>
        <source>the file is not in UTF-8; export the contacts again as a vCard, choosing UTF-8 (or Unicode) if the program asks</source>
        <translation>файл не в кодировке UTF-8; экспортируйте контакты заново как vCard, выбрав UTF-8 (или Юникод), если программа спросит</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="369"/>
        <source>the file is not in UTF-8; open it in the spreadsheet and save it as “CSV UTF-8” (or “Unicode Text”)</source>
        <translation>файл не в кодировке UTF-8; откройте его в электронной таблице и сохраните как «CSV UTF-8» (или «Текст в Юникоде»)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="330"/>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="373"/>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="377"/>
        <source>The list was not imported</source>
        <translation>Список не импортирован</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="400"/>
        <source>column %1, which has no heading</source>
        <translation>столбец %1 без заголовка</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="404"/>
        <source>These columns were not read: %1. The columns read are: %2 (or salutation_kk, salutation_ru… for each language).</source>
        <translation>Эти столбцы не прочитаны: %1. Читаются столбцы: %2 (или salutation_kk, salutation_ru… для каждого языка).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="413"/>
        <source>%n contact(s) added; those already in the address book were kept.</source>
        <translation>
            <numerusform>Добавлен %n контакт; уже имеющиеся в адресной книге сохранены.</numerusform>
            <numerusform>Добавлено %n контакта; уже имеющиеся в адресной книге сохранены.</numerusform>
            <numerusform>Добавлено %n контактов; уже имеющиеся в адресной книге сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="422"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="431"/>
        <source>Export the address book</source>
        <translation>Экспорт адресной книги</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="434"/>
        <source>vCard files (*.vcf);;CSV files (*.csv)</source>
        <translation>Файлы vCard (*.vcf);;Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="449"/>
        <source>The address book was not exported</source>
        <translation>Адресная книга не экспортирована</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="252"/>
        <source>UA Writer is already open</source>
        <translation>UA Writer уже открыт</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="253"/>
        <source>UA Writer is already open on this computer. Use the window that is open (look for it in the taskbar): two windows would overwrite each other&apos;s drafts and address book.</source>
        <translation>UA Writer уже открыт на этом компьютере. Используйте открытое окно (найдите его на панели задач): два окна перезаписывали бы черновики и адресную книгу друг друга.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="269"/>
        <source>UA Writer cannot keep its files</source>
        <translation>UA Writer не может сохранить свои файлы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="270"/>
        <source>UA Writer keeps the letters it counts, drafts and settings in %1, and that folder cannot be used: %2. Free some space on the disk, or make the folder writable, or start UA Writer with another folder (UAWRITER_DATA_DIR).</source>
        <translation>UA Writer хранит учтённые письма, черновики и настройки в %1, и эту папку нельзя использовать: %2. Освободите место на диске, разрешите запись в папку или запустите UA Writer с другой папкой (UAWRITER_DATA_DIR).</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="247"/>
        <source>More ways to send</source>
        <extracomment>Whether the action the letters are made from is still as the window read it; False after the window said it was replaced (a corrected revision imported while the dialog is open: envelopes, calls and counts went to the old officials, probe 87b) Told once a call, post or e-mail was counted: the letter&apos;s draft keeps the count now (a crash just after lost it, and the e-mail was counted again, probe 92b)</extracomment>
        <translation>Другие способы отправки</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="250"/>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="287"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="251"/>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="252"/>
        <source>E-mail text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="253"/>
        <source>Envelopes</source>
        <translation>Конверты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="257"/>
        <source>I dial from:</source>
        <translation>Я звоню из:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="258"/>
        <source>(show numbers in international form)</source>
        <translation>(номера в международном формате)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="259"/>
        <source>Call:</source>
        <translation>Звонок:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="260"/>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="264"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="425"/>
        <source>I made this call</source>
        <translation>Я позвонил(а)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="262"/>
        <source>A post to copy into X, Mastodon, Bluesky or Facebook. Edit it as you like.</source>
        <translation>Пост, который можно скопировать в X, Mastodon, Bluesky или Facebook. Измените его по своему усмотрению.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="429"/>
        <source>I posted it</source>
        <translation>Я опубликовал(а)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="265"/>
        <source>E-mail to:</source>
        <translation>Письмо для:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="266"/>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="267"/>
        <source>Open in mail program</source>
        <translation>Открыть в почтовой программе</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="113"/>
        <source>Print on:</source>
        <translation>Печатать на:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="42"/>
        <source>DL envelopes (220 × 110 mm)</source>
        <translation>Конверты DL (220 × 110 мм)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="43"/>
        <source>C5 envelopes (229 × 162 mm)</source>
        <translation>Конверты C5 (229 × 162 мм)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="44"/>
        <source>US #10 envelopes (9½ × 4⅛ in)</source>
        <translation>Конверты US #10 (9½ × 4⅛ дюйма)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="45"/>
        <source>A4 label sheet, 21 labels (Avery L7160)</source>
        <translation>Лист этикеток A4, 21 этикетка (Avery L7160)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="46"/>
        <source>US Letter label sheet, 30 labels (Avery 5160)</source>
        <translation>Лист этикеток US Letter, 30 этикеток (Avery 5160)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="122"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="123"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="285"/>
        <source>Saved under another name</source>
        <translation>Сохранено под другим именем</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="286"/>
        <source>%1 holds a letter that was exported and counted, and is kept. The envelopes were saved as %2.</source>
        <translation>%1 содержит экспортированное и учтённое письмо и сохранён. Конверты сохранены как %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="287"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="288"/>
        <source>(check this number)</source>
        <translation>(проверьте этот номер)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="291"/>
        <source>No phone or fax number</source>
        <translation>Нет номера телефона или факса</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="308"/>
        <source>Ask for: %1</source>
        <translation>Попросите: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="310"/>
        <source>If you reach voicemail:</source>
        <translation>Если ответит автоответчик:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="189"/>
        <source>The address of %1 does not fit this label whole and is cut (…): print it on an envelope (C5), or write it by hand.</source>
        <translation>Адрес %1 не помещается на эту наклейку целиком и обрезан (…): напечатайте его на конверте (C5) или напишите от руки.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="195"/>
        <source>The address of %1 does not fit this envelope whole and is cut (…): print it on a C5 envelope, or write it by hand.</source>
        <translation>Адрес %1 не помещается на этот конверт целиком и обрезан (…): напечатайте его на конверте C5 или напишите от руки.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="201"/>
        <source>The address of %1 does not fit this envelope whole and is cut (…): write it by hand.</source>
        <translation>Адрес %1 не помещается на этот конверт целиком и обрезан (…): напишите его от руки.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="425"/>
        <source>Call counted</source>
        <translation>Звонок учтён</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="326"/>
        <source>%1 of %2 characters</source>
        <translation>%1 из %2 знаков</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="429"/>
        <source>Post counted</source>
        <translation>Пост учтён</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="351"/>
        <source>None of these addressees has an e-mail address.</source>
        <translation>Ни у одного из этих адресатов нет адреса электронной почты.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="357"/>
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="358"/>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="368"/>
        <source>This letter is too long for a mail link: use “Save e-mail drafts” instead, or copy the text.</source>
        <translation>Это письмо слишком длинное для почтовой ссылки: используйте «Сохранить черновики писем» или скопируйте текст.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="260"/>
        <source>Save the envelopes as PDF</source>
        <translation>Сохранить конверты как PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="263"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="278"/>
        <source>The envelopes could not be saved</source>
        <translation>Не удалось сохранить конверты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="434"/>
        <source>E-mail counted</source>
        <translation>Письмо учтено</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="434"/>
        <source>I sent this e-mail</source>
        <translation>Я отправил(а) это письмо</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="448"/>
        <source>Not counted</source>
        <translation>Не учтено</translation>
    </message>
</context>
<context>
    <name>CountList</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_views.py" line="149"/>
        <source>%n more</source>
        <extracomment>Rows a count list shows; the rest are summed in one &quot;… more&quot; row.</extracomment>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="43"/>
        <source>UA Writer&apos;s own folder</source>
        <translation>Собственная папка UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="44"/>
        <source>%1 is inside UA Writer&apos;s own data folder (%2), which holds the count of letters and the packs. Nothing was written; choose another folder.</source>
        <translation>%1 находится в собственной папке данных UA Writer (%2), где хранятся подсчёт писем и пакеты акций. Ничего не записано; выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="70"/>
        <source>Not a file</source>
        <translation>Это не файл</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="71"/>
        <source>%1 is not a file UA Writer can use (it is a device or a pipe). Choose another name.</source>
        <translation>%1 — не файл, с которым может работать UA Writer (это устройство или канал). Выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="196"/>
        <source>Draft a pack from an Urgent Action</source>
        <extracomment>what went wrong while the dialog was put away (an idle reset): said to the organiser when the PIN brings it back, not to the next volunteer (probe 100c)</extracomment>
        <translation>Черновик пакета по тексту акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="197"/>
        <source>Paste the Urgent Action&apos;s text, or open its file:</source>
        <translation>Вставьте текст акции или откройте её файл:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="198"/>
        <source>Open a .txt or .pdf…</source>
        <translation>Открыть .txt или .pdf…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="199"/>
        <source>Find the fields</source>
        <translation>Найти поля</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>From these lines</source>
        <translation>Из этих строк</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="204"/>
        <source>Finish in the pack editor…</source>
        <translation>Доработать в редакторе пакета…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="228"/>
        <source>Open an Urgent Action</source>
        <translation>Открыть срочную акцию</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="231"/>
        <source>Urgent Actions (*.txt *.pdf)</source>
        <translation>Срочные акции (*.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="239"/>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="264"/>
        <source>The file cannot be read</source>
        <translation>Файл не удаётся прочитать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="246"/>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="274"/>
        <source>Nothing to draft from</source>
        <translation>Не из чего составить черновик</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="315"/>
        <source>The text has lines longer than %Ln characters: they are shown broken into shorter ones.</source>
        <translation>
            <numerusform>В тексте есть строки длиннее %Ln символа: они показаны разбитыми на более короткие.</numerusform>
            <numerusform>В тексте есть строки длиннее %Ln символов: они показаны разбитыми на более короткие.</numerusform>
            <numerusform>В тексте есть строки длиннее %Ln символов: они показаны разбитыми на более короткие.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="339"/>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="391"/>
        <source>Check what was said about the text:</source>
        <translation>Проверьте, что сказано о тексте:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="399"/>
        <source>Nothing is made up: what the text does not say is marked as not found.</source>
        <translation>Ничего не выдумывается: то, чего нет в тексте, помечено как «не найдено».</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="404"/>
        <source>%n field(s) not found: fill them in the pack editor.</source>
        <translation>
            <numerusform>%n поле не найдено: заполните его в редакторе пакета.</numerusform>
            <numerusform>%n поля не найдены: заполните их в редакторе пакета.</numerusform>
            <numerusform>%n полей не найдено: заполните их в редакторе пакета.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="406"/>
        <source>Every field was found. Check each against its lines.</source>
        <translation>Все поля найдены. Сверьте каждое с его строками.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="77"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="79"/>
        <source>UA Writer ran into an error it did not expect, and what you just did may not have happened. Your letter is still here: you can go on, or try again.</source>
        <translation>UA Writer столкнулся с непредвиденной ошибкой, и последнее действие могло не выполниться. Ваше письмо на месте: можно продолжать или попробовать ещё раз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="88"/>
        <source>The details are kept in %1 for whoever looks after this laptop.</source>
        <translation>Подробности сохранены в %1 для того, кто обслуживает этот ноутбук.</translation>
    </message>
</context>
<context>
    <name>EventControls</name>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="146"/>
        <source>E&amp;vent</source>
        <extracomment>The organiser unlocked (True) or the tools locked again (False). The window was cleared for the next volunteer (number at an event, else 0). The organiser&apos;s dialogs put away at a reset for the next volunteer.</extracomment>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="147"/>
        <source>Next volunteer</source>
        <translation>Следующий волонтёр</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="149"/>
        <source>Clear the sender&apos;s details, your own words and the draft, ready for the next person (Ctrl+Shift+N)</source>
        <translation>Очистить данные отправителя, ваш текст и черновик для следующего человека (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="155"/>
        <source>Start an event…</source>
        <translation>Начать мероприятие…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="156"/>
        <source>Letters tonight…</source>
        <translation>Письма за вечер…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="158"/>
        <source>Print tonight&apos;s letters by addressee…</source>
        <translation>Напечатать письма вечера по адресатам…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="161"/>
        <source>Every letter exported on this laptop tonight, printed again in addressee order for the envelope table</source>
        <translation>Все письма, экспортированные на этом ноутбуке сегодня вечером, снова печатаются по адресатам — для стола с конвертами</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="167"/>
        <source>End the event…</source>
        <translation>Завершить мероприятие…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="169"/>
        <source>Lock organiser tools</source>
        <translation>Заблокировать инструменты организатора</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="171"/>
        <source>Organiser tools…</source>
        <translation>Инструменты организатора…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="221"/>
        <source>To use the organiser&apos;s tools, enter the organiser PIN:</source>
        <translation>Чтобы открыть инструменты организатора, введите PIN организатора:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="306"/>
        <source>Clear this letter?</source>
        <translation>Очистить это письмо?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="307"/>
        <source>This letter was neither printed nor exported. Clear it, and the sender&apos;s details, for the next volunteer?</source>
        <translation>Это письмо не напечатано и не экспортировано. Очистить его и данные отправителя для следующего волонтёра?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="287"/>
        <source>Welcome! You are volunteer %1 tonight.</source>
        <translation>Добро пожаловать! Вы сегодня волонтёр № %1.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="293"/>
        <source>Ready for the next volunteer.</source>
        <translation>Готово для следующего волонтёра.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="62"/>
        <source>not found</source>
        <translation>не найден</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="64"/>
        <source>not a PDF that can be read</source>
        <translation>не читаемый PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="66"/>
        <source>has fewer pages than were written</source>
        <translation>в нём меньше страниц, чем было записано</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="117"/>
        <source>Printing by addressee</source>
        <translation>Печать по адресатам</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="135"/>
        <source>Letter %1 of %2: %3</source>
        <translation>Письмо %1 из %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="174"/>
        <source>%n letter(s) printed in addressee order (%1 pages). They were counted when they were exported and are not counted again.</source>
        <translation>
            <numerusform>%n письмо напечатано по адресатам (страниц: %1). Оно учтено при экспорте и повторно не считается.</numerusform>
            <numerusform>%n письма напечатаны по адресатам (страниц: %1). Они учтены при экспорте и повторно не считаются.</numerusform>
            <numerusform>%n писем напечатано по адресатам (страниц: %1). Они учтены при экспорте и повторно не считаются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="182"/>
        <source>%n letter(s) could not be printed: the file was moved, deleted or changed since it was exported. Print them from where they are now:</source>
        <translation>
            <numerusform>%n письмо не напечатано: файл перемещён, удалён или изменён после экспорта. Напечатайте его оттуда, где он сейчас:</numerusform>
            <numerusform>%n письма не напечатаны: файлы перемещены, удалены или изменены после экспорта. Напечатайте их оттуда, где они сейчас:</numerusform>
            <numerusform>%n писем не напечатано: файлы перемещены, удалены или изменены после экспорта. Напечатайте их оттуда, где они сейчас:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="195"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…и ещё %n.</numerusform>
            <numerusform>…и ещё %n.</numerusform>
            <numerusform>…и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="223"/>
        <source>Nothing to print yet</source>
        <translation>Пока нечего печатать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="224"/>
        <source>No letter has been exported on this laptop tonight. Letters printed straight away are already on paper.</source>
        <translation>Сегодня вечером на этом ноутбуке ещё не экспортировано ни одного письма. Письма, напечатанные сразу, уже на бумаге.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="246"/>
        <source>Printed by addressee</source>
        <translation>Напечатано по адресатам</translation>
    </message>
</context>
<context>
    <name>EventMode</name>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="251"/>
        <source>The event could not be started</source>
        <extracomment>About to write a new event&apos;s file: what an earlier evening left is put away first, so that a kill right after the file is written leaves none of it in the event&apos;s way (probe 110c); ``event_not_started`` if the file could not be written. No input for the idle time and the countdown ran out: clear for the next volunteer. Seconds left on the visible countdown; 0 when it ends or is cancelled. Where a damaged event file was set aside when it was read (tell the organiser). How many letters the reset would clear unsent (the window sets it).</extracomment>
        <translation>Не удалось начать мероприятие</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="260"/>
        <source>To end the event, enter the organiser PIN:</source>
        <translation>Чтобы завершить мероприятие, введите PIN организатора:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="266"/>
        <source>The event could not be ended</source>
        <translation>Не удалось завершить мероприятие</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="295"/>
        <source>%1 could not be written: %2. Check that the data folder can be written.</source>
        <translation>Не удалось записать %1: %2. Проверьте, что в папку данных можно писать.</translation>
    </message>
</context>
<context>
    <name>EventWindow</name>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="240"/>
        <source>&amp;Show:</source>
        <extracomment>Every evening in the tally (the running event&apos;s first), and the one of ``scope``. The views show a fresh read of the tally. A report or tally file was written: its path. Another laptop&apos;s tally was merged: the MergeReport. Add counts and Take back, as opened (each deleted when closed).</extracomment>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="242"/>
        <source>By action</source>
        <translation>По акциям</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="243"/>
        <source>By addressee</source>
        <translation>По адресатам</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="244"/>
        <source>By language</source>
        <translation>По языкам</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="245"/>
        <source>By channel</source>
        <translation>По способу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="246"/>
        <source>By hour</source>
        <translation>По часам</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="251"/>
        <source>&amp;Add counts…</source>
        <translation>&amp;Добавить подсчёт…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="253"/>
        <source>Add handwritten letters, petition signatures and solidarity cards</source>
        <translation>Добавить рукописные письма, подписи под петициями и открытки солидарности</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="259"/>
        <source>Save report (&amp;CSV)…</source>
        <translation>Сохранить отчёт (&amp;CSV)…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="260"/>
        <source>Save report (&amp;PDF)…</source>
        <translation>Сохранить отчёт (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="261"/>
        <source>&amp;Export tally…</source>
        <translation>&amp;Экспорт подсчёта…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="263"/>
        <source>Save this laptop&apos;s tally to a file, to merge it on another laptop</source>
        <translation>Сохранить подсчёт этого ноутбука в файл, чтобы объединить его на другом ноутбуке</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="265"/>
        <source>&amp;Merge tallies from other laptops…</source>
        <translation>&amp;Объединить подсчёты других ноутбуков…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="275"/>
        <source>No event</source>
        <translation>Нет мероприятия</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="276"/>
        <location filename="../src/uawriter/gui/event_window.py" line="559"/>
        <location filename="../src/uawriter/gui/event_window.py" line="560"/>
        <source>Event without a name</source>
        <translation>Мероприятие без названия</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="322"/>
        <location filename="../src/uawriter/gui/event_window.py" line="436"/>
        <source>The tally %1 could not be read: %2</source>
        <translation>Не удалось прочитать подсчёт %1: %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="368"/>
        <source>Letters written outside an event</source>
        <translation>Письма вне мероприятий</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="355"/>
        <location filename="../src/uawriter/gui/event_window.py" line="361"/>
        <source>This event: %1</source>
        <translation>Это мероприятие: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="255"/>
        <source>Take &amp;back counts…</source>
        <translation>&amp;Отменить подсчёты…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="257"/>
        <source>Take back a hand count added by mistake (a number mistyped, or added twice)</source>
        <translation>Отменить ручной подсчёт, добавленный по ошибке (опечатка в числе или добавлен дважды)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="354"/>
        <location filename="../src/uawriter/gui/event_window.py" line="357"/>
        <source>no name</source>
        <translation>без названия</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="363"/>
        <source>Event: %1</source>
        <translation>Мероприятие: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="376"/>
        <source>Everything recorded on this laptop</source>
        <translation>Всё, что записано на этом ноутбуке</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="387"/>
        <source>No event is running</source>
        <translation>Мероприятие не идёт</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="388"/>
        <source>Event tally: %1</source>
        <translation>Подсчёт мероприятия: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="397"/>
        <source>letters tonight</source>
        <translation>
            <numerusform>письмо за вечер</numerusform>
            <numerusform>письма за вечер</numerusform>
            <numerusform>писем за вечер</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="399"/>
        <source>letters in all</source>
        <translation>
            <numerusform>письмо всего</numerusform>
            <numerusform>письма всего</numerusform>
            <numerusform>писем всего</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="403"/>
        <source>%1 written in the app · %2 by hand · %3 signatures · %4 cards</source>
        <translation>%1 в приложении · %2 от руки · %3 подписей · %4 открыток</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="429"/>
        <source>unknown time</source>
        <translation>время неизвестно</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="442"/>
        <source>Some lines of the tally %1 could not be read and are not counted: %2</source>
        <translation>Некоторые строки подсчёта %1 не удалось прочитать, и они не учтены: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="497"/>
        <source>%n count(s) added to the tally.</source>
        <translation>
            <numerusform>%n подсчёт добавлен.</numerusform>
            <numerusform>%n подсчёта добавлено.</numerusform>
            <numerusform>%n подсчётов добавлено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="500"/>
        <source>%n count(s) added to the tally of %1.</source>
        <translation>
            <numerusform>%n подсчёт добавлен к итогам %1.</numerusform>
            <numerusform>%n подсчёта добавлено к итогам %1.</numerusform>
            <numerusform>%n подсчётов добавлено к итогам %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="518"/>
        <source>%n count(s) taken back.</source>
        <translation>
            <numerusform>%n подсчёт отменён.</numerusform>
            <numerusform>%n подсчёта отменено.</numerusform>
            <numerusform>%n подсчётов отменено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="555"/>
        <source>The counts typed into Add counts for %1 were not added: that event had ended when %2 started. Add them again if they are still to be counted.</source>
        <translation>Числа, введённые в «Добавить подсчёт» для %1, не добавлены: это мероприятие уже закончилось, когда началось %2. Добавьте их снова, если их ещё нужно учесть.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="91"/>
        <source>tally</source>
        <extracomment>Marks that belong to the letter before them: accents, vowel signs, viramas.</extracomment>
        <translation>подсчёт</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="102"/>
        <source>Save the report as CSV</source>
        <translation>Сохранить отчёт как CSV</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="105"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="125"/>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт как PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="128"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="152"/>
        <source>Export this laptop&apos;s tally</source>
        <translation>Экспорт подсчёта этого ноутбука</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="155"/>
        <source>Tally files (*.jsonl)</source>
        <translation>Файлы подсчёта (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="193"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="195"/>
        <source>(%1 is another laptop&apos;s tally and is kept: merge both.)</source>
        <translation>(%1 — подсчёт другого ноутбука, он сохранён: объедините оба.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="199"/>
        <source>(%1 holds letters that were exported and counted, and is kept.)</source>
        <translation>(%1 содержит экспортированные и учтённые письма и сохранён.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="208"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="209"/>
        <source>%1 could not be written: %2. Choose another folder and try again.</source>
        <translation>Не удалось записать %1: %2. Выберите другую папку и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="222"/>
        <source>Merge a tally from another laptop</source>
        <translation>Объединить подсчёт с другого ноутбука</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="225"/>
        <source>Tally files (*.jsonl);;All files (*)</source>
        <translation>Файлы подсчёта (*.jsonl);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="233"/>
        <location filename="../src/uawriter/gui/tally_files.py" line="252"/>
        <source>Not merged</source>
        <translation>Не объединено</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="234"/>
        <source>%1 is this laptop&apos;s own tally: choose a file from another laptop.</source>
        <translation>%1 — это подсчёт самого этого ноутбука: выберите файл с другого ноутбука.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="253"/>
        <source>%1 could not be merged: %2. Nothing was added.</source>
        <translation>Не удалось объединить %1: %2. Ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="262"/>
        <source>Merged %1.</source>
        <translation>Объединено: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="263"/>
        <source>%n new record(s) added.</source>
        <translation>
            <numerusform>Добавлена %n новая запись.</numerusform>
            <numerusform>Добавлено %n новые записи.</numerusform>
            <numerusform>Добавлено %n новых записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="264"/>
        <source>%n record(s) already counted, not added again.</source>
        <translation>
            <numerusform>%n запись уже учтена и не добавлена повторно.</numerusform>
            <numerusform>%n записи уже учтены и не добавлены повторно.</numerusform>
            <numerusform>%n записей уже учтены и не добавлены повторно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="270"/>
        <source>%n letter(s) taken back: their files were replaced on that laptop.</source>
        <translation>
            <numerusform>%n письмо отозвано: его файл был заменён на том ноутбуке.</numerusform>
            <numerusform>%n письма отозваны: их файлы были заменены на том ноутбуке.</numerusform>
            <numerusform>%n писем отозваны: их файлы были заменены на том ноутбуке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="279"/>
        <source>%n hand count(s) taken back.</source>
        <translation>
            <numerusform>%n ручной подсчёт отменён.</numerusform>
            <numerusform>%n ручных подсчёта отменено.</numerusform>
            <numerusform>%n ручных подсчётов отменено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="284"/>
        <source>Skipped, because the file is damaged there:</source>
        <translation>Пропущено, потому что файл в этом месте повреждён:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="289"/>
        <source>Worth knowing:</source>
        <translation>Полезно знать:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="293"/>
        <source>Tally merged</source>
        <translation>Подсчёт объединён</translation>
    </message>
</context>
<context>
    <name>ExtraCountsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="360"/>
        <source>Add counts</source>
        <extracomment>What was added to the tally when the dialog was accepted.</extracomment>
        <translation>Добавить подсчёт</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="362"/>
        <source>Event without a name</source>
        <translation>Мероприятие без названия</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="367"/>
        <source>Count what the app cannot see: letters written by hand, petition signatures and solidarity cards. The numbers are added to what is counted already.</source>
        <translation>Учтите то, чего приложение не видит: письма от руки, подписи под петициями и открытки солидарности. Числа добавляются к уже учтённому.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="372"/>
        <source>Action</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="373"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="484"/>
        <source>Handwritten letters</source>
        <translation>Письма от руки</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="374"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="485"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="375"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="486"/>
        <source>Cards</source>
        <translation>Открытки</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="383"/>
        <source>No action is loaded, so there is nothing to count.</source>
        <translation>Ни одна акция не загружена, считать нечего.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="384"/>
        <source>&amp;Add to the tally</source>
        <translation>&amp;Добавить в подсчёт</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="416"/>
        <source>The counts could not be added to %1: %2. Nothing was added; check that the data folder can be written, then try again.</source>
        <translation>Не удалось добавить подсчёт в %1: %2. Ничего не добавлено; проверьте, что в папку данных можно писать, и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>FaxPreviewDialog</name>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="118"/>
        <source>What the fax machine will print</source>
        <extracomment>Stretch down so a fax dot (1/204 inch across, 1/196 inch down) is square on screen.</extracomment>
        <translation>Что напечатает факсимильный аппарат</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="121"/>
        <source>This is the page as a fax machine prints it: 204 × 196 dots per inch, black and white. If small print is hard to read here, it will be on paper too.</source>
        <translation>Так страницу напечатает факсимильный аппарат: 204 × 196 точек на дюйм, чёрно-белая. Если мелкий текст трудно прочитать здесь, на бумаге будет так же.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="126"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="127"/>
        <source>Fit the pages to the width</source>
        <translation>Подогнать страницы по ширине</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="128"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="129"/>
        <source>One fax dot to one screen dot</source>
        <translation>Одна точка факса — одна точка экрана</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="130"/>
        <source>The fax pages as they will print</source>
        <translation>Страницы факса в том виде, как они будут напечатаны</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="148"/>
        <source>Preparing the fax pages…</source>
        <translation>Подготовка страниц факса…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="229"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/fax_preview.py" line="234"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="238"/>
        <source>The fax pages could not be made: %1</source>
        <translation>Не удалось подготовить страницы факса: %1</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_mode.py" line="97"/>
        <source>Next volunteer in %n s — touch anything to keep writing</source>
        <extracomment>What counts as a volunteer touching the laptop.</extracomment>
        <translation>
            <numerusform>Следующий волонтёр через %n с — коснитесь чего угодно, чтобы продолжить</numerusform>
            <numerusform>Следующий волонтёр через %n с — коснитесь чего угодно, чтобы продолжить</numerusform>
            <numerusform>Следующий волонтёр через %n с — коснитесь чего угодно, чтобы продолжить</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_mode.py" line="101"/>
        <source>%n letter(s) neither printed nor exported will be cleared</source>
        <translation>
            <numerusform>%n письмо, не напечатанное и не экспортированное, будет удалено</numerusform>
            <numerusform>%n письма, не напечатанных и не экспортированных, будут удалены</numerusform>
            <numerusform>%n писем, не напечатанных и не экспортированных, будут удалены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="104"/>
        <source>&amp;Keep writing</source>
        <translation>&amp;Продолжить писать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="105"/>
        <source>Next volunteer countdown</source>
        <translation>Отсчёт до следующего волонтёра</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="40"/>
        <source>Your name and address</source>
        <translation>Ваше имя и адрес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="41"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="42"/>
        <source>Their address</source>
        <translation>Адрес адресата</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="43"/>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="44"/>
        <source>Talking points</source>
        <translation>Требования</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="45"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="46"/>
        <source>Your e-mail</source>
        <translation>Ваш e-mail</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="47"/>
        <source>Your town</source>
        <translation>Ваш город</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="48"/>
        <source>Their name</source>
        <translation>Имя адресата</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="49"/>
        <source>Their title</source>
        <translation>Должность адресата</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="50"/>
        <source>Action title</source>
        <translation>Название акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="51"/>
        <source>UA number</source>
        <translation>Номер UA</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="52"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="53"/>
        <source>Country</source>
        <translation>Страна</translation>
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
        <translation>&amp;Акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="164"/>
        <source>Urgent Actions</source>
        <translation>Срочные акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="165"/>
        <source>About this action</source>
        <translation>Об этой акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="127"/>
        <source>&amp;Write to</source>
        <translation>&amp;Кому писать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="128"/>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="129"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="130"/>
        <source>Write to every addressee</source>
        <translation>Написать всем адресатам</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="131"/>
        <source>None</source>
        <translation>Никого</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="132"/>
        <source>Copy to a diplomat:</source>
        <translation>Копия дипломату:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="134"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>Также отправить копию дипломатическому представителю, аккредитованному в вашей стране</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="139"/>
        <source>Diplomatic representative</source>
        <translation>Дипломатический представитель</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="140"/>
        <source>Address book…</source>
        <translation>Адресная книга…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="296"/>
        <source>(no embassy of this country in the address book)</source>
        <translation>(в адресной книге нет посольства этой страны)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="389"/>
        <source>No e-mail address for: %1. No e-mail is written to them: print and post their letters, or fax them.</source>
        <translation>Нет адреса электронной почты: %1. Им письмо по e-mail не пишется: напечатайте и отправьте их письма почтой или по факсу.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="101"/>
        <source>&amp;Send by:</source>
        <translation>&amp;Отправка:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="102"/>
        <source>Your details (optional)</source>
        <translation>Ваши данные (необязательно)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="103"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="104"/>
        <source>A&amp;ddress:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="106"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="107"/>
        <source>Your postal address</source>
        <translation>Ваш почтовый адрес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="108"/>
        <source>Your e-mail address</source>
        <translation>Ваш адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="109"/>
        <source>&amp;Town:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="110"/>
        <source>Ph&amp;one:</source>
        <translation>Тел&amp;ефон:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="111"/>
        <source>Your phone or fax</source>
        <translation>Ваш телефон или факс</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="113"/>
        <source>A phone or fax number for replies, shown on the fax cover sheet (the organiser&apos;s, at an event)</source>
        <translation>Телефон или факс для ответа, указывается на титульном листе факса (на мероприятии — организатора)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="119"/>
        <source>Your town</source>
        <translation>Ваш город</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="120"/>
        <source>Sign with initials and town</source>
        <translation>Подписать инициалами и городом</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="124"/>
        <source>Advised if you have ties to the country: the letter shows your initials and town, not your name, address or e-mail</source>
        <translation>Советуем, если вы связаны с этой страной: в письме будут ваши инициалы и город, а не имя, адрес или эл. почта</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="131"/>
        <source>Remember my details on this computer</source>
        <translation>Запомнить мои данные на этом компьютере</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="134"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>На общем компьютере снимите галочку: тогда ваши данные будут стираться после каждого письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="142"/>
        <source>This action asks every letter to be signed this way</source>
        <translation>Эта акция просит подписывать так каждое письмо</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="100"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Я&amp;зык письма:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="102"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="103"/>
        <source>Letter language</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="105"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="105"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="152"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <extracomment>a choice made the letter fail (its TemplateProblem): the letter stays as it was lines of hers a point ticked or unticked could not carry (a tuple of str) the letters go by e-mail: the export button saves drafts to the outbox</extracomment>
        <translation>&amp;Чего просить (снимите галочку, чтобы убрать):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="154"/>
        <source>Talking points</source>
        <translation>Тезисы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="155"/>
        <source>Letter text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="156"/>
        <source>Reset to the template</source>
        <translation>Вернуть к шаблону</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="157"/>
        <location filename="../src/uawriter/gui/menus.py" line="134"/>
        <source>&amp;Print…</source>
        <translation>Печа&amp;ть…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="159"/>
        <source>Save e-mail dra&amp;fts</source>
        <translation>Сохранить &amp;черновики писем</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="161"/>
        <source>E&amp;xport PDF…</source>
        <translation>Экспо&amp;рт PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="163"/>
        <source>Add to my stac&amp;k</source>
        <translation>Добавить в мою сто&amp;пку</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="106"/>
        <source>Call, post, envelopes…</source>
        <translation>Звонок, пост, конверты…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="108"/>
        <source>Numbers to dial and what to say on the phone, a post for social media, the e-mail&apos;s text to copy, and envelopes or labels to print</source>
        <translation>Номера для набора и что сказать по телефону, пост для соцсетей, текст письма для копирования, конверты или этикетки для печати</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="165"/>
        <source>Keep these letters and write for another action; then print or export them all at once</source>
        <translation>Сохранить эти письма и написать по другой акции; затем напечатать или экспортировать все сразу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="132"/>
        <source>&amp;File</source>
        <extracomment>Further actions whose shortcuts work in text fields (Next volunteer).</extracomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="133"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="135"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="136"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Адресная книга…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="137"/>
        <source>Pos&amp;tage…</source>
        <translation>&amp;Почтовые тарифы…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="138"/>
        <source>P&amp;hone, social media and envelopes…</source>
        <translation>&amp;Телефон, соцсети и конверты…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="139"/>
        <source>What the &amp;fax machine will print…</source>
        <translation>Что напечатает &amp;факс…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="141"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="142"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="143"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="144"/>
        <source>Reset letter to the template</source>
        <translation>Вернуть письмо к шаблону</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="145"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="147"/>
        <source>&amp;About UA Writer</source>
        <translation>&amp;О программе UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="104"/>
        <source>Send by fax, post or e-mail</source>
        <translation>Отправить по факсу, почтой или по e-mail</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="117"/>
        <source>Fax (with cover sheet)</source>
        <translation>Факс (с титульным листом)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="118"/>
        <source>Post (no cover sheet)</source>
        <translation>Почта (без титульного листа)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="119"/>
        <source>E-mail (send later)</source>
        <translation>E-mail (отправить позже)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="125"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="126"/>
        <source>US Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="65"/>
        <source>No deadline</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="68"/>
        <source>Open until %1</source>
        <translation>Действует до %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="69"/>
        <source>Closing soon: %1</source>
        <translation>Срок скоро истекает: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="70"/>
        <source>Deadline passed: %1</source>
        <translation>Срок истёк: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="80"/>
        <source>UA %1, update %2</source>
        <translation>UA %1, обновление %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="82"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="226"/>
        <source>Broken pack: %1</source>
        <translation>Повреждённый пакет: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="25"/>
        <source>Your changes are not in every letter</source>
        <translation>Ваши изменения есть не во всех письмах</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="27"/>
        <source>Some of your changes were to lines that differ in each letter (the greeting, the address) and are not in the letters to:

%1

Those letters would go without them. Go back to write your words on a line of their own, or go on without them?</source>
        <translation>Некоторые ваши изменения касались строк, которые различаются в каждом письме (обращение, адрес), и их нет в письмах к:

%1

Эти письма уйдут без них. Вернуться, чтобы написать ваши слова отдельной строкой, или продолжить без них?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="35"/>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="38"/>
        <source>Go on without them</source>
        <translation>Продолжить без них</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="73"/>
        <source>Continue your stack?</source>
        <translation>Продолжить вашу стопку?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="75"/>
        <source>%n letter(s) were on your stack, neither printed nor exported, when UA Writer last stopped. Put them back on your stack?</source>
        <translation>
            <numerusform>Когда UA Writer остановился в последний раз, в вашей стопке было %n письмо, не напечатанное и не экспортированное. Вернуть его в стопку?</numerusform>
            <numerusform>Когда UA Writer остановился в последний раз, в вашей стопке было %n письма, не напечатанных и не экспортированных. Вернуть их в стопку?</numerusform>
            <numerusform>Когда UA Writer остановился в последний раз, в вашей стопке было %n писем, не напечатанных и не экспортированных. Вернуть их в стопку?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="94"/>
        <source>%n letter(s) that were on your stack cannot be put back on it: their action could not be loaded this time, or has been replaced or changed since they were written. They are kept in this file until the next volunteer:</source>
        <translation>
            <numerusform>%n письмо из вашей стопки нельзя вернуть в неё: его акцию на этот раз не удалось загрузить, или она была заменена или изменена после того, как оно было написано. Оно хранится в этом файле до следующего волонтёра:</numerusform>
            <numerusform>%n письма из вашей стопки нельзя вернуть в неё: их акцию на этот раз не удалось загрузить, или она была заменена или изменена после того, как они были написаны. Они хранятся в этом файле до следующего волонтёра:</numerusform>
            <numerusform>%n писем из вашей стопки нельзя вернуть в неё: их акцию на этот раз не удалось загрузить, или она была заменена или изменена после того, как они были написаны. Они хранятся в этом файле до следующего волонтёра:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="104"/>
        <source>Some letters were not put back</source>
        <translation>Некоторые письма не возвращены</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="113"/>
        <source>You were writing a letter for the action “%1”, which could not be loaded this time. Your letter is kept until the action loads again: then choose it, and the letter is offered back.</source>
        <translation>Вы писали письмо для акции «%1», которую на этот раз не удалось загрузить. Ваше письмо сохранено, пока акция не загрузится снова: тогда выберите её, и письмо будет предложено вам снова.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="121"/>
        <source>A letter is kept for later</source>
        <translation>Письмо сохранено на потом</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="151"/>
        <source>Clear your letter?</source>
        <translation>Удалить ваше письмо?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="152"/>
        <source>Your letter has not been printed or exported. At an event nothing of a volunteer is kept for the next one: close UA Writer and clear your letter?</source>
        <translation>Ваше письмо не было напечатано или экспортировано. На мероприятии ничего от одного волонтёра не сохраняется для следующего: закрыть UA Writer и удалить ваше письмо?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="165"/>
        <source>Start another letter?</source>
        <translation>Начать другое письмо?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="166"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>Изменения в этом письме не экспортированы. Всё равно начать письмо по другой акции? (Текущее останется сохранённым как черновик.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="193"/>
        <source>Close with letters on your stack?</source>
        <translation>Закрыть, когда в стопке есть письма?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="194"/>
        <source>%n letter(s) on your stack have been neither printed nor exported, and will be lost. Close anyway?</source>
        <translation>
            <numerusform>%n письмо в стопке не напечатано и не экспортировано и будет потеряно. Всё равно закрыть?</numerusform>
            <numerusform>%n письма в стопке не напечатаны и не экспортированы и будут потеряны. Всё равно закрыть?</numerusform>
            <numerusform>%n писем в стопке не напечатаны и не экспортированы и будут потеряны. Всё равно закрыть?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="210"/>
        <source>Close while printing?</source>
        <translation>Закрыть во время печати?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="211"/>
        <source>Pages are still being sent to the printer. Close anyway? The pages not sent yet will not be printed.</source>
        <translation>Страницы ещё отправляются на принтер. Всё равно закрыть? Ещё не отправленные страницы не будут напечатаны.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="225"/>
        <source>Close without the organiser&apos;s work?</source>
        <translation>Закрыть без работы организатора?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="226"/>
        <source>The organiser was working on a pack when the laptop was left. It is put away until the organiser types the PIN (Organiser tools…), and closing UA Writer now loses it. Close anyway?</source>
        <translation>Организатор работал над пакетом, когда ноутбук оставили. Он убран, пока организатор не введёт PIN-код (Инструменты организатора…), и если закрыть UA Writer сейчас, он будет потерян. Всё равно закрыть?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="290"/>
        <source>The address book entry of %1 was corrected after your letters were put on the stack: the copies on your stack now go to the corrected address. Nothing was sent yet: print or export your stack again.</source>
        <translation>Запись адресной книги «%1» была исправлена после того, как ваши письма попали в стопку: копии в стопке теперь идут по исправленному адресу. Пока ничего не отправлено: снова распечатайте или экспортируйте стопку.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="299"/>
        <source>The address book entry of %1 was corrected after your letters were put on the stack, and the copy on your stack could not be changed to match: its address or greeting was changed by hand. Nothing was sent: take that action&apos;s letters off the stack (Remove) and write them again.</source>
        <translation>Запись адресной книги «%1» была исправлена после того, как ваши письма попали в стопку, и копию в стопке не удалось изменить соответственно: её адрес или обращение изменены вручную. Ничего не отправлено: уберите письма этой акции из стопки («Убрать») и напишите их заново.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="307"/>
        <source>An address was corrected</source>
        <translation>Адрес исправлен</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="314"/>
        <source>The letters on your stack for “%1” were written from a copy of the action that has been replaced or removed since. They were not sent: the officials, addresses or fax numbers may have changed. Take them off the stack (Remove) and write them again.</source>
        <translation>Письма в вашей стопке для «%1» написаны по копии акции, которая с тех пор заменена или удалена. Они не отправлены: могли измениться должностные лица, адреса или номера факсов. Уберите их из стопки (Убрать) и напишите заново.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="322"/>
        <source>The action “%1” has been removed from this computer since this letter was started. The letter was not sent.</source>
        <translation>Акция «%1» удалена с этого компьютера после того, как было начато это письмо. Письмо не отправлено.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="328"/>
        <source>The action “%1” has been replaced by another copy (revision %2) since this letter was started: the officials, addresses or fax numbers may have changed. The letter now uses the new copy, and your changes to it are kept. Nothing was sent: look at the letter, then send it again.</source>
        <translation>Акция «%1» заменена другой копией (редакция %2) после того, как было начато это письмо: могли измениться должностные лица, адреса или номера факсов. Письмо теперь использует новую копию, ваши изменения сохранены. Ничего не отправлено: просмотрите письмо и отправьте его снова.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="335"/>
        <source>This action has changed</source>
        <translation>Эта акция изменилась</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="175"/>
        <source>Before you send this letter</source>
        <translation>Перед отправкой письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="177"/>
        <source>This action asks:

%1

Has your letter kept to this?</source>
        <translation>Эта акция просит:

%1

Ваше письмо соответствует этому?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="181"/>
        <source>This action asks what is written below.

Has your letter kept to this?</source>
        <translation>Эта акция просит о том, что написано ниже.

Ваше письмо соответствует этому?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="202"/>
        <source>%n letter(s) on your stack for this action replaced by the new one(s): %1.</source>
        <translation>
            <numerusform>%n письмо в вашей стопке для этой акции заменено новым: %1.</numerusform>
            <numerusform>%n письма в вашей стопке для этой акции заменены новыми: %1.</numerusform>
            <numerusform>%n писем в вашей стопке для этой акции заменены новыми: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="245"/>
        <source>Another volunteer&apos;s letters are on the stack</source>
        <translation>В стопке письма другого волонтёра</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="246"/>
        <source>The stack holds letters signed by %1, not printed or exported yet. Print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>В стопке письма, подписанные %1, ещё не напечатанные и не экспортированные. Сначала напечатайте или экспортируйте их (Напечатать все… или Экспортировать все… в разделе Моя стопка), затем добавьте свои. Ваше письмо по-прежнему здесь.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="261"/>
        <source>Letters without a name on the stack</source>
        <translation>В стопке письма без имени</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="262"/>
        <source>The stack holds %n letter(s) written without a name, not printed or exported yet. Did you write them?

Yes: they go out with yours, signed %1.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>
            <numerusform>В стопке %n письмо без имени, ещё не напечатанное и не экспортированное. Вы его написали?

Да: оно уйдёт с вашими, с подписью %1.
Нет: сначала напечатайте или экспортируйте его («Напечатать все…» или «Экспортировать все…» в разделе «Моя стопка»), затем добавьте свои. Ваше письмо на месте.</numerusform>
            <numerusform>В стопке %n письма без имени, ещё не напечатанные и не экспортированные. Вы их написали?

Да: они уйдут с вашими, с подписью %1.
Нет: сначала напечатайте или экспортируйте их («Напечатать все…» или «Экспортировать все…» в разделе «Моя стопка»), затем добавьте свои. Ваше письмо на месте.</numerusform>
            <numerusform>В стопке %n писем без имени, ещё не напечатанных и не экспортированных. Вы их написали?

Да: они уйдут с вашими, с подписью %1.
Нет: сначала напечатайте или экспортируйте их («Напечатать все…» или «Экспортировать все…» в разделе «Моя стопка»), затем добавьте свои. Ваше письмо на месте.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="280"/>
        <source>Letters with other details on the stack</source>
        <translation>В стопке письма с другими данными</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="281"/>
        <source>The stack holds %n letter(s) written without a name and with another address or e-mail for replies, not printed or exported yet. Did you write them?

Yes: they go out with yours, their cover sheets with the details you typed now.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>
            <numerusform>Писем в стопке, написанных без имени и с другим адресом или e-mail для ответа, ещё не напечатанных и не экспортированных: %n. Вы их написали?

Да: они уйдут с вашими, на их титульных листах — данные, которые вы ввели сейчас.
Нет: сначала напечатайте или экспортируйте их («Напечатать все…» или «Экспортировать все…» в разделе «Моя стопка»), затем добавьте свои. Ваше письмо остаётся здесь.</numerusform>
            <numerusform>Писем в стопке, написанных без имени и с другим адресом или e-mail для ответа, ещё не напечатанных и не экспортированных: %n. Вы их написали?

Да: они уйдут с вашими, на их титульных листах — данные, которые вы ввели сейчас.
Нет: сначала напечатайте или экспортируйте их («Напечатать все…» или «Экспортировать все…» в разделе «Моя стопка»), затем добавьте свои. Ваше письмо остаётся здесь.</numerusform>
            <numerusform>Писем в стопке, написанных без имени и с другим адресом или e-mail для ответа, ещё не напечатанных и не экспортированных: %n. Вы их написали?

Да: они уйдут с вашими, на их титульных листах — данные, которые вы ввели сейчас.
Нет: сначала напечатайте или экспортируйте их («Напечатать все…» или «Экспортировать все…» в разделе «Моя стопка»), затем добавьте свои. Ваше письмо остаётся здесь.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="199"/>
        <source>%n letter(s) added to your stack.</source>
        <translation>
            <numerusform>%n письмо добавлено в стопку.</numerusform>
            <numerusform>%n письма добавлены в стопку.</numerusform>
            <numerusform>%n писем добавлено в стопку.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="284"/>
        <source>This pack cannot be used</source>
        <translation>Этот пакет нельзя использовать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="285"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>Попросите автора пакета прислать исправленную копию.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="286"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>Выберите акцию слева, чтобы начать письмо.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="296"/>
        <source>Loading the actions…</source>
        <translation>Загрузка акций…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="319"/>
        <source>To check in this pack:</source>
        <translation>Проверить в этом пакете:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="326"/>
        <source>your own language</source>
        <translation>ваш родной язык</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="328"/>
        <source>Write in:</source>
        <translation>Писать на языках:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="332"/>
        <source>What to ask for</source>
        <translation>О чём просить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="340"/>
        <source>Additional information</source>
        <translation>Дополнительная информация</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="346"/>
        <source>Further information:</source>
        <translation>Подробнее:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="211"/>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="211"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="215"/>
        <source>Fax %1</source>
        <translation>Факс %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="217"/>
        <source>no fax</source>
        <translation>без факса</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="357"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="358"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack_keeper.py" line="67"/>
        <source>%n letter(s) of your stack went out before UA Writer stopped, and are counted: they are not put back on it.</source>
        <extracomment>While the stack&apos;s letters go out: when they started, by which channels, in which turn (see :meth:`going_out`).</extracomment>
        <translation>
            <numerusform>%n письмо из вашей стопки ушло до остановки UA Writer и учтено: оно не возвращается в стопку.</numerusform>
            <numerusform>%n письма из вашей стопки ушли до остановки UA Writer и учтены: они не возвращаются в стопку.</numerusform>
            <numerusform>%n писем из вашей стопки ушли до остановки UA Writer и учтены: они не возвращаются в стопку.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack_keeper.py" line="122"/>
        <source>Your stack could not be saved: %1</source>
        <translation>Не удалось сохранить вашу стопку: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="391"/>
        <source>What you pasted held a run of more than %1 characters without a space, longer than any word: spaces were put in it. Check where it came from.</source>
        <translation>Вставленный текст содержал более %1 символов подряд без пробела — длиннее любого слова: в него вставлены пробелы. Проверьте, откуда он взят.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="460"/>
        <source>The letters set aside for this action went out and are counted: nothing of them is left to send.</source>
        <translation>Письма, отложенные для этой акции, отправлены и учтены: отправлять больше нечего.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="581"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>Некоторые правки касались строк, которые у этого адресата другие, и не были перенесены: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="626"/>
        <source>Your details were not put in the letter: %1</source>
        <translation>Ваши данные не вставлены в письмо: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="780"/>
        <source>The outbox collects every volunteer&apos;s e-mails tonight. To choose it, enter the organiser PIN:</source>
        <translation>В папку «Исходящие» сегодня попадают письма всех волонтёров. Чтобы выбрать её, введите PIN-код организатора:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/went.py" line="80"/>
        <source>Sent as it was when you sent it; your changes since are still to send.</source>
        <translation>Отправлено как при отправке; ваши изменения после этого ещё не отправлены.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="259"/>
        <source>What you were working on is back: it was put away when the laptop was left.</source>
        <translation>То, над чем вы работали, снова открыто: оно было убрано, когда ноутбук оставили.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/resume.py" line="149"/>
        <source>Your letters went out before UA Writer stopped, and are counted.</source>
        <translation>Ваши письма ушли до остановки UA Writer и учтены.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/resume.py" line="158"/>
        <source>%n letter(s) went out before UA Writer stopped, and are counted: their officials are no longer ticked in your letter.</source>
        <translation>
            <numerusform>%n письмо ушло до остановки UA Writer и учтено: его адресат больше не отмечен в вашем письме.</numerusform>
            <numerusform>%n письма ушли до остановки UA Writer и учтены: их адресаты больше не отмечены в вашем письме.</numerusform>
            <numerusform>%n писем ушли до остановки UA Writer и учтены: их адресаты больше не отмечены в вашем письме.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/resume.py" line="228"/>
        <source>The copy to %1 was not restored: that contact is no longer in the address book for this action&apos;s country. Choose a copy again if one should go.</source>
        <translation>Копия для %1 не восстановлена: этого контакта больше нет в адресной книге для страны этой акции. Выберите копию снова, если её нужно отправить.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="232"/>
        <source>The postage table could not be saved: %1</source>
        <translation>Не удалось сохранить таблицу тарифов: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="193"/>
        <source>Choose an action and an addressee first.</source>
        <translation>Сначала выберите акцию и адресата.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="293"/>
        <source>(address book empty)</source>
        <translation>(адресная книга пуста)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="299"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>Добавьте посольства и другие дипломатические представительства через «Адресная книга…»</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="355"/>
        <source>The address book could not be saved</source>
        <translation>Не удалось сохранить адресную книгу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="356"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

Адреса будут доступны, пока вы не закроете UA Writer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="375"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>Нет номера факса: %1. Их письма будут без титульного листа факса: распечатайте и отправьте их почтой или по эл. почте.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="42"/>
        <source>%1 (asked for)</source>
        <translation>%1 (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="179"/>
        <source>Change the letter&apos;s language?</source>
        <translation>Сменить язык письма?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="180"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>Письмо будет составлено заново на новом языке, а ваши правки в нём пропадут. Сменить язык?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="301"/>
        <source>Le&amp;tter:</source>
        <translation>Пись&amp;мо:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="304"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>Пись&amp;мо адресату: %1 (ваши правки войдут во все письма):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="385"/>
        <source>Reset the letter?</source>
        <translation>Вернуть письмо к шаблону?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="386"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>Ваши правки в письме будут заменены текстом шаблона.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/letter_pane.py" line="401"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/letter_pane.py" line="403"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="239"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>Не удаётся составить письмо из этого пакета</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="240"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>В шаблоне письма ошибка:
%1

Попросите автора пакета прислать исправленную версию.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="696"/>
        <location filename="../src/uawriter/gui/preview.py" line="200"/>
        <source>The preview failed: %1</source>
        <translation>Не удалось показать предпросмотр: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="222"/>
        <source>No addressee chosen</source>
        <translation>Не выбран адресат</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="163"/>
        <location filename="../src/uawriter/gui/output.py" line="223"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <extracomment>whose turn it is: another after Next volunteer, or once another name signs (the tally&apos;s turn: Hans typing his name over Aigerim&apos;s is Hans&apos;s turn, probe 83b) the letter&apos;s draft saved now, with what was counted by hand in it &quot;I sent this e-mail&quot; counts a letter given back after a crash was kept with, by (action, addressee): its e-mail drafts take them back, as in one window (probe 92b: counted twice); until Next volunteer, or used</extracomment>
        <translation>Отметьте хотя бы одного адресата в разделе «Кому писать».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="230"/>
        <source>Some characters cannot be printed</source>
        <translation>Некоторые символы нельзя напечатать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="231"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>В UA Writer нет шрифта для этих символов, поэтому при печати вместо них будут пустые квадраты: %1

Исправьте их в письме или всё равно продолжить?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="247"/>
        <location filename="../src/uawriter/gui/output.py" line="309"/>
        <location filename="../src/uawriter/gui/printing.py" line="97"/>
        <location filename="../src/uawriter/gui/printing.py" line="194"/>
        <source>Printing failed</source>
        <extracomment>Pages rendered by one task and painted together.</extracomment>
        <translation>Не удалось напечатать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="98"/>
        <source>%1 is not a file: print to a file in a folder.</source>
        <translation>%1 — не файл: печатайте в файл в папке.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="111"/>
        <source>Printed to another file</source>
        <translation>Напечатано в другой файл</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="112"/>
        <source>%1 holds letters that were exported and counted, and is kept: the pages go to %2 instead.</source>
        <translation>%1 содержит экспортированные и учтённые письма и сохранён: страницы идут в %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="191"/>
        <source>The printer could not be started.</source>
        <extracomment>why the hidden file beside the chosen one could not be made, if it could not</extracomment>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="255"/>
        <source>Printing…</source>
        <extracomment>Until its pages went to the printer, or it was stopped (the window closing)</extracomment>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="91"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>Срок истёк %1: перед отправкой уточните в своём отделении.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="349"/>
        <source>Export the letter as PDF</source>
        <translation>Экспорт письма в PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="352"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="368"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>Выберите папку для %n письма</numerusform>
            <numerusform>Выберите папку для %n писем</numerusform>
            <numerusform>Выберите папку для %n писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="464"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Экспорт %n письма…</numerusform>
            <numerusform>Экспорт %n писем…</numerusform>
            <numerusform>Экспорт %n писем…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="562"/>
        <location filename="../src/uawriter/gui/output.py" line="603"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>%n письмо сохранено в %1.</numerusform>
            <numerusform>%n письма сохранены в %1.</numerusform>
            <numerusform>%n писем сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="372"/>
        <source>Save the letters here</source>
        <translation>Сохранить письма здесь</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="112"/>
        <source>The letters went out, but could not be counted: %1</source>
        <extracomment>Where each letter that goes out is counted (None: not counted). The event running on this laptop, for the tally. Put before each file name (&quot;V03 &quot;, the volunteer&apos;s number at an event). The e-mails counted by &quot;I sent this e-mail&quot; in this turn: their records&apos; ids, by (action, addressee), taken back when their drafts are saved and counted.</extracomment>
        <translation>Письма отправлены, но их не удалось учесть: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="127"/>
        <source>Counted before that: %1 of %2 files. Count only the others by hand (Event, Add counts): %3</source>
        <translation>До этого учтено: %1 из %2 файлов. Учтите вручную только остальные (Мероприятие, Добавить подсчёт): %3</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="174"/>
        <source>These letters would not be counted</source>
        <extracomment>Told the letters of one print or export once they went out (an export cancelled part-way: those written). The stack passes one, so that its letters leave it when they, not another output that ends meanwhile, went out.</extracomment>
        <translation>Эти письма не будут учтены</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="175"/>
        <source>UA Writer cannot add to its count of letters: %1

Please tell the organiser. Send the letters anyway, without counting them?</source>
        <translation>UA Writer не может добавить письма в свой учёт: %1

Пожалуйста, сообщите организатору. Всё равно отправить письма, не учитывая их?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="296"/>
        <source>Printing stopped: %1 of %2 letters went to the printer.</source>
        <translation>Печать остановлена: %1 из %2 писем ушли на принтер.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="427"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="429"/>
        <source>(%1 was there already, not written by you, and is kept.)</source>
        <translation>(%1 уже был там, написан не вами, и сохранён.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="465"/>
        <location filename="../src/uawriter/gui/printing.py" line="256"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="528"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>Экспорт отменён. Сохранено писем: %1 из %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="560"/>
        <source>Letters exported</source>
        <translation>Письма экспортированы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="568"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="581"/>
        <location filename="../src/uawriter/gui/output.py" line="606"/>
        <source>Not all the letters could be saved</source>
        <translation>Не все письма удалось сохранить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="582"/>
        <source>%1 of %2 letters were saved in %3 and counted; then UA Writer could not write there:
%4

The other letters were not saved; they are still here (their addressees stay ticked, or they stay on your stack). Export them to another folder, for example on a USB stick or in Documents.</source>
        <translation>%1 из %2 писем сохранены в %3 и учтены; затем UA Writer не смог записать туда:
%4

Остальные письма не сохранены; они на месте (их адресаты остаются отмеченными или они остаются в вашей стопке). Экспортируйте их в другую папку, например на USB-флешку или в «Документы».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="601"/>
        <location filename="../src/uawriter/gui/output.py" line="612"/>
        <source>The letters could not be saved</source>
        <translation>Не удалось сохранить письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="613"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>UA Writer не удалось записать файлы в %1:
%2

Ваше письмо никуда не делось. Выберите другую папку, например на флешке или в «Документах».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="152"/>
        <source>The draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="146"/>
        <source>Draft saved</source>
        <extracomment>The outputs of each action&apos;s letter under way: token -&gt; (when, channels, turn). Kept per action (a letter set aside while its e-mails are saved keeps its own) and per output (a second started meanwhile replaced the first&apos;s: probe 93a). At an event, the letters set aside as they are, her details in them: the file holds none, and taken back from it her lines written in them were lost unsaid. Kept in memory only, until Next volunteer (or the window closes). The letter each action&apos;s set-aside draft was made from (the session object: any change to a letter makes a new one), to know it as sent (probe 80a).</extracomment>
        <translation>Черновик сохранён</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="316"/>
        <source>One of them held tonight&apos;s event: no event is running now, so the organiser&apos;s tools are not locked and nothing is cleared between volunteers. If an event was running, the organiser starts it again (Event menu) before the next volunteer sits down.</source>
        <translation>В одном из них было сегодняшнее мероприятие: сейчас мероприятие не идёт, поэтому инструменты организатора не заблокированы и между волонтёрами ничего не очищается. Если мероприятие шло, организатор снова начинает его (меню «Мероприятие») до того, как сядет следующий волонтёр.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="323"/>
        <source>Some saved files were damaged</source>
        <translation>Некоторые сохранённые файлы повреждены</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="312"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>Они отложены в сторону, и UA Writer начал с чистого листа:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="54"/>
        <source>Continue your letter?</source>
        <translation>Продолжить письмо?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="56"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>Вы писали письмо по акции «%1». Продолжить?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/window_settings.py" line="39"/>
        <source>Settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="35"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="36"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>Пишите письма-обращения по срочным акциям без интернета, печатайте их и отправляйте почтой или факсом.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="39"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer — свободная программа: её можно распространять и изменять на условиях GNU General Public License версии 3 или любой более поздней версии (GPL-3.0-or-later). Она предоставляется без каких-либо гарантий.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="45"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>Шрифты, которые входят в программу и встраиваются в письма, тоже свободные:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="50"/>
        <source>About UA Writer</source>
        <translation>О программе UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="129"/>
        <source>Keep your letter?</source>
        <translation>Сохранить письмо?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="131"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>Письмо не напечатано и не экспортировано. Сохранить его как черновик на следующий раз?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="432"/>
        <source>My stack</source>
        <extracomment>Room in the stack&apos;s file for what :func:`stack_data` adds to its letters when the stack goes out (the time, the channels, the turn) and for the format&apos;s name and version. What the window writes of an official at most: a pack&apos;s (packs/limits.py) or an address book contact&apos;s (storage/address_book.py), whichever is more. A record holding more was damaged on disk: a stack file&apos;s official of 120,000 address lines was taken back, and then every save of the stack was refused as too big (probe 74c). Of an official&apos;s e-mails, phones and social media accounts: as many as an address has lines. A pack&apos;s official who has more is made again from the pack (see :func:`_letter_of`). The characters of each of the sender&apos;s boxes at most (sender_pane.py), in the order :class:`~uawriter.domain.model.Sender` takes them.</extracomment>
        <translation>Моя стопка</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="433"/>
        <source>Print all…</source>
        <translation>Напечатать все…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="434"/>
        <source>Export all…</source>
        <translation>Экспортировать все…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="435"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="437"/>
        <source>Take the chosen action&apos;s letters off the stack</source>
        <translation>Убрать письма выбранной акции из стопки</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="533"/>
        <source>Take these letters off your stack?</source>
        <translation>Убрать эти письма из стопки?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="534"/>
        <source>%n letter(s) for %1, neither printed nor exported, would be taken off your stack and could not be brought back. Take them off?</source>
        <translation>
            <numerusform>%n письмо для %1, не напечатанное и не экспортированное, будет убрано из вашей стопки без возможности вернуть его. Убрать?</numerusform>
            <numerusform>%n письма для %1, не напечатанные и не экспортированные, будут убраны из вашей стопки без возможности вернуть их. Убрать?</numerusform>
            <numerusform>%n писем для %1, не напечатанных и не экспортированных, будут убраны из вашей стопки без возможности вернуть их. Убрать?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="559"/>
        <source>%1: %n letter(s) in %2</source>
        <translation>
            <numerusform>%1: %n письмо, %2</numerusform>
            <numerusform>%1: %n письма, %2</numerusform>
            <numerusform>%1: %n писем, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="569"/>
        <source>%n letter(s) waiting. Choose another action to add more, or print or export them all.</source>
        <translation>
            <numerusform>%n письмо ждёт. Выберите другую акцию, чтобы добавить ещё, или напечатайте либо экспортируйте все.</numerusform>
            <numerusform>%n письма ждут. Выберите другую акцию, чтобы добавить ещё, или напечатайте либо экспортируйте все.</numerusform>
            <numerusform>%n писем ждут. Выберите другую акцию, чтобы добавить ещё, или напечатайте либо экспортируйте все.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="45"/>
        <source>Post to %1 is suspended: send by e-mail or fax, or through the embassy.</source>
        <translation>Почта в страну %1 не принимается: отправьте по e-mail или факсу либо через посольство.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="50"/>
        <source>Post to %1: %2 for a letter of one sheet.</source>
        <translation>Письмо в страну %1: %2 за один лист.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="115"/>
        <source>Choose the outbox for e-mail drafts (for example on a USB stick)</source>
        <extracomment>whether the outbox may be chosen now (at an event: the organiser&apos;s, with the PIN) the volunteer at the laptop: e-mails that finish saving after the next one has come show nothing of the last one&apos;s (see :meth:`next_turn`) the last write to the outbox failed: the next one asks where, so that another folder can be chosen while the full stick is still there</extracomment>
        <translation>Выберите папку «Исходящие» для черновиков писем (например, на USB-накопителе)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="119"/>
        <source>Collect e-mails here</source>
        <translation>Собирать письма здесь</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="217"/>
        <source>The e-mails could not be saved</source>
        <translation>Не удалось сохранить письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="218"/>
        <source>UA Writer could not write to the outbox %1:
%2

Your letter is still here. Save it again to choose another outbox folder, or send the letter by post or fax.</source>
        <translation>UA Writer не смог записать в папку «Исходящие» %1:
%2

Ваше письмо на месте. Сохраните его ещё раз, чтобы выбрать другую папку, или отправьте письмо почтой или по факсу.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="240"/>
        <source>Not all the e-mails could be saved</source>
        <translation>Не все письма электронной почты удалось сохранить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="241"/>
        <source>%1 of %2 e-mails were saved in the outbox %3 and counted; then UA Writer could not write there:
%4

The addressees still ticked are the ones not written to. Save again to choose another outbox folder, or send their letters by post or fax.</source>
        <translation>%1 из %2 писем электронной почты сохранены в папке «Исходящие» %3 и учтены; затем UA Writer не смог записать туда:
%4

Отмеченные адресаты — те, кому письмо не записано. Сохраните ещё раз, чтобы выбрать другую папку, или отправьте им письма почтой или по факсу.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="257"/>
        <source>No e-mail address</source>
        <translation>Нет адреса электронной почты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="258"/>
        <source>The Urgent Action gives no e-mail address for:
%1

Send the letter by post or fax instead (“Send by” above).</source>
        <translation>В срочной акции нет адреса электронной почты для:
%1

Отправьте письмо почтой или по факсу («Отправить» выше).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="275"/>
        <source>E-mails ready to send</source>
        <translation>Письма готовы к отправке</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/outbox.py" line="277"/>
        <source>%n e-mail draft(s) saved in the outbox %1.</source>
        <translation>
            <numerusform>%n черновик письма сохранён в папке «Исходящие» %1.</numerusform>
            <numerusform>%n черновика писем сохранены в папке «Исходящие» %1.</numerusform>
            <numerusform>%n черновиков писем сохранены в папке «Исходящие» %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="282"/>
        <source>The organiser sends them from a computer that is online: each file opens in a mail program (Thunderbird, Outlook, Apple Mail) ready to send.</source>
        <translation>Организатор отправит их с компьютера, подключённого к интернету: каждый файл открывается в почтовой программе (Thunderbird, Outlook, Apple Mail) готовым к отправке.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="290"/>
        <source>No e-mail address for: %1. Send them by post or fax.</source>
        <translation>Нет адреса электронной почты: %1. Отправьте им письма почтой или по факсу.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="298"/>
        <source>Open in mail program</source>
        <translation>Открыть в почтовой программе</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="301"/>
        <source>Open outbox</source>
        <translation>Открыть «Исходящие»</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="272"/>
        <source>Edit action pack</source>
        <extracomment>Which drafted addressee and point each row is (None: added here): the UA&apos;s lines are found by the drafted ones, which a row no longer is once one before it was removed (probe 75a: the President&apos;s fax was marked beside the Prosecutor&apos;s).</extracomment>
        <translation>Редактирование пакета акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="273"/>
        <source>Action</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="274"/>
        <source>What to ask for</source>
        <translation>О чём просить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="275"/>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="276"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="546"/>
        <source>Discard the changes to this pack?</source>
        <translation>Отменить изменения в этом пакете?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="548"/>
        <source>What you typed in this pack is not saved. Save it now, discard it, or go on editing?</source>
        <translation>То, что вы ввели в этом пакете, не сохранено. Сохранить сейчас, отменить или продолжить правку?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="558"/>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="680"/>
        <source>The pack has changed since you opened it</source>
        <translation>Пакет изменился после того, как вы его открыли</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="682"/>
        <source>The pack “%1” was changed on this computer after you opened it here: another copy was imported, or it was saved from another window. Saving replaces that copy with yours, and what it changed is lost.

To keep both, give yours another id (Action tab) and save it again. Replace the other copy with yours?</source>
        <translation>Пакет «%1» был изменён на этом компьютере после того, как вы открыли его здесь: импортирована другая копия или он сохранён из другого окна. При сохранении та копия заменится вашей, и её изменения пропадут.

Чтобы сохранить обе, дайте своей другой id (вкладка «Акция») и сохраните снова. Заменить другую копию вашей?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="693"/>
        <source>Replace it</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="312"/>
        <source>Pack id:</source>
        <translation>ID пакета:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="313"/>
        <source>Written in (language code):</source>
        <translation>Исходный язык (код):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="314"/>
        <source>Contacts checked on (YYYY-MM-DD):</source>
        <translation>Контакты проверены (ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="315"/>
        <source>UA number:</source>
        <translation>Номер UA:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="316"/>
        <source>Issued on (YYYY-MM-DD):</source>
        <translation>Дата выпуска (ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="317"/>
        <source>Deadline (YYYY-MM-DD, empty for none):</source>
        <translation>Срок (ГГГГ-ММ-ДД, пусто — без срока):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="318"/>
        <source>Country code:</source>
        <translation>Код страны:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="319"/>
        <source>Write in (language codes):</source>
        <translation>Писать на языках (коды):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="320"/>
        <source>Further information (web address):</source>
        <translation>Подробнее (веб-адрес):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="327"/>
        <source>Revision:</source>
        <translation>Редакция:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="328"/>
        <source>Update number (0 for the first UA):</source>
        <translation>Номер обновления (0 для первой UA):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="330"/>
        <source>Letters may also be written in the writer&apos;s own language</source>
        <translation>Письма можно писать и на родном языке отправителя</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="333"/>
        <source>Post to this country is suspended (use e-mail, fax or the embassy)</source>
        <translation>Почта в эту страну не принимается (e-mail, факс или посольство)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="337"/>
        <source>Texts in:</source>
        <translation>Тексты на языке:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="338"/>
        <source>Add a language…</source>
        <translation>Добавить язык…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="340"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="341"/>
        <source>Summary:</source>
        <translation>Краткое описание:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="342"/>
        <source>Additional information:</source>
        <translation>Дополнительная информация:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="343"/>
        <source>After the deadline:</source>
        <translation>После истечения срока:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="344"/>
        <source>Copies to diplomats:</source>
        <translation>Копии дипломатам:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="389"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="501"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="390"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="502"/>
        <source>Remove</source>
        <translation>Удалить</translation>
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
        <translation>Абзац письма:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="503"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="506"/>
        <source>Title:</source>
        <comment>an addressee&apos;s position, such as Minister of Justice</comment>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="509"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="510"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="511"/>
        <source>Country (as on the envelope):</source>
        <translation>Страна (как на конверте):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="512"/>
        <source>Fax:</source>
        <translation>Факс:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="516"/>
        <source>Address lines:</source>
        <translation>Строки адреса:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="517"/>
        <source>E-mails (separated by commas):</source>
        <translation>Эл. почта (через запятую):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="519"/>
        <source>Telephone numbers (separated by commas):</source>
        <translation>Телефоны (через запятую):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="521"/>
        <source>Social media (such as twitter: @name):</source>
        <translation>Соцсети (например, twitter: @имя):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="523"/>
        <source>Salutation (in the language above):</source>
        <translation>Обращение (на языке текстов):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="122"/>
        <source>Add a letter language…</source>
        <translation>Добавить язык письма…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="123"/>
        <source>Letter:</source>
        <translation>Письмо:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="125"/>
        <source>Insert field</source>
        <translation>Вставить поле</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="127"/>
        <source>Put a field where the cursor is: the salutation, their address, the talking points, your name… Each is filled in for every letter.</source>
        <translation>Вставить поле туда, где курсор: обращение, адрес, требования, ваше имя… Каждое заполняется в каждом письме.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="133"/>
        <source>Show template code</source>
        <translation>Показать код шаблона</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="135"/>
        <source>This letter uses template code the field menu does not have, so it is shown as code. Edit it here, or start a new letter language from a simple letter.</source>
        <translation>В этом письме есть код шаблона, которого нет в меню полей, поэтому оно показано как код. Правьте его здесь или начните новый язык письма с простого письма.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="124"/>
        <source>The letter it makes:</source>
        <translation>Получившееся письмо:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="279"/>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="531"/>
        <source>Write to (target)</source>
        <translation>Кому писать (основной адресат)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="532"/>
        <source>Copy to</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="442"/>
        <source>Language code (such as kk, ru, es):</source>
        <translation>Код языка (например, kk, ru, es):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="453"/>
        <source>UA Writer does not know the language code “%1”.</source>
        <translation>UA Writer не знает код языка «%1».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="459"/>
        <source>Add a language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="467"/>
        <source>Add a letter language</source>
        <translation>Добавить язык письма</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/pack_editor_problems.py" line="38"/>
        <source>%n problem(s) to fix before the pack can be used:</source>
        <translation>
            <numerusform>Нужно исправить %n ошибку, прежде чем пакетом можно будет пользоваться:</numerusform>
            <numerusform>Нужно исправить %n ошибки, прежде чем пакетом можно будет пользоваться:</numerusform>
            <numerusform>Нужно исправить %n ошибок, прежде чем пакетом можно будет пользоваться:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_problems.py" line="41"/>
        <source>The pack is ready to use.</source>
        <translation>Пакет готов к использованию.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="633"/>
        <source>Save a pack with problems?</source>
        <translation>Сохранить пакет с ошибками?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="635"/>
        <source>Until the problems are fixed the pack is listed as broken and cannot be used for letters. Save it anyway?</source>
        <translation>Пока ошибки не исправлены, пакет будет значиться повреждённым и писать по нему письма будет нельзя. Всё равно сохранить?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="645"/>
        <source>Give the pack an id first.</source>
        <translation>Сначала укажите ID пакета.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="653"/>
        <source>The pack could not be saved:
%1</source>
        <translation>Не удалось сохранить пакет:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/source_pane.py" line="108"/>
        <source>The Urgent Action: the lines the field you are in was read from are marked.</source>
        <extracomment>the key shown and its lines (1-based, inclusive), for the window and for tests</extracomment>
        <translation>Срочная акция: отмечены строки, из которых взято поле, в котором вы находитесь.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/source_pane.py" line="115"/>
        <source>Check what was said about the text:</source>
        <translation>Проверьте, что сказано о тексте:</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="135"/>
        <source>&amp;Packs</source>
        <translation>Пак&amp;еты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="136"/>
        <source>&amp;New pack…</source>
        <translation>&amp;Новый пакет…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="137"/>
        <source>&amp;Edit this pack…</source>
        <translation>&amp;Редактировать этот пакет…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="138"/>
        <source>&amp;Import a pack…</source>
        <translation>&amp;Импортировать пакет…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="139"/>
        <source>&amp;Draft a pack from an Urgent Action…</source>
        <translation>&amp;Черновик пакета по тексту акции…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="140"/>
        <source>&amp;Share this pack as a file…</source>
        <translation>&amp;Поделиться пакетом в виде файла…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="147"/>
        <source>Import an action pack</source>
        <translation>Импорт пакета акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="150"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="212"/>
        <source>Action packs (*.uapack)</source>
        <translation>Пакеты акций (*.uapack)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="181"/>
        <source>Replace the pack?</source>
        <translation>Заменить пакет?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="188"/>
        <source>The pack was not imported</source>
        <translation>Пакет не импортирован</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="209"/>
        <source>Share the pack as a file</source>
        <translation>Поделиться пакетом в виде файла</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="229"/>
        <source>The pack could not be saved</source>
        <translation>Не удалось сохранить пакет</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="232"/>
        <source>Saved %1: copy it to a USB stick to share it.</source>
        <translation>Сохранено: %1. Чтобы поделиться пакетом, скопируйте файл на флешку.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="293"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="305"/>
        <source>The pack cannot be opened</source>
        <translation>Не удаётся открыть пакет</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="311"/>
        <source>Edit a copy?</source>
        <translation>Редактировать копию?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="313"/>
        <source>Packs that come with UA Writer cannot be changed. Edit a copy of this one instead? It is saved with your own packs, under a new id.</source>
        <translation>Пакеты, входящие в UA Writer, изменить нельзя. Отредактировать вместо этого его копию? Она будет сохранена вместе с вашими пакетами под новым ID.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="257"/>
        <source>Organiser PIN</source>
        <translation>PIN организатора</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="259"/>
        <source>This is for the event&apos;s organiser. Enter the PIN:</source>
        <translation>Это для организатора мероприятия. Введите PIN:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="263"/>
        <source>This PIN stops volunteers changing the event by accident. It does not protect data.</source>
        <translation>Этот PIN не даёт волонтёрам случайно изменить мероприятие. Он не защищает данные.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="268"/>
        <source>That is not the PIN set when the event started.</source>
        <translation>Это не тот PIN, что был задан в начале мероприятия.</translation>
    </message>
</context>
<context>
    <name>PostageDialog</name>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="113"/>
        <source>Postage</source>
        <translation>Почтовые тарифы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Letter (one sheet)</source>
        <translation>Письмо (один лист)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Post suspended</source>
        <translation>Почта не принимается</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="116"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="120"/>
        <source>Your section&apos;s postage for a letter of one sheet, per country (a code such as KZ, or its name). Where post is suspended, volunteers are told to send by e-mail or fax, or through the embassy.</source>
        <translation>Почтовые тарифы вашего отделения за письмо в один лист по странам (код, например KZ, или название). Если почта не принимается, волонтёрам предложат отправить по e-mail, факсу или через посольство.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="125"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="126"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="127"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="128"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="157"/>
        <source>Row %1: “%2” is not a country; type its code, such as KZ.</source>
        <translation>Строка %1: «%2» — не страна; введите её код, например KZ.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="183"/>
        <source>Import a postage table</source>
        <translation>Импорт таблицы тарифов</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="186"/>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="220"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="193"/>
        <source>the file is too big to be a postage table</source>
        <translation>файл слишком велик для таблицы тарифов</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="197"/>
        <source>the file is not in UTF-8; open it in the spreadsheet and save it as “CSV UTF-8” (or “Unicode Text”)</source>
        <translation>файл не в кодировке UTF-8; откройте его в электронной таблице и сохраните как «CSV UTF-8» (или «Текст в Юникоде»)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="200"/>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="204"/>
        <source>The postage table was not imported</source>
        <translation>Таблица тарифов не импортирована</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="217"/>
        <source>Export the postage table</source>
        <translation>Экспорт таблицы тарифов</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="233"/>
        <source>The postage table was not saved</source>
        <translation>Таблица тарифов не сохранена</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="117"/>
        <source>Preview</source>
        <extracomment>Why the latest render failed (&quot;&quot; when it did not): shown in place of the pages.</extracomment>
        <translation>Предпросмотр</translation>
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
        <translation>Уменьшить</translation>
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
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="124"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="125"/>
        <source>Fit to width</source>
        <translation>Подогнать по ширине</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="126"/>
        <source>Preview of the letter as it prints</source>
        <translation>Предпросмотр письма в том виде, в каком оно будет напечатано</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../src/uawriter/gui/qt_words.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/qt_words.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>StartEventDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="153"/>
        <source>Start an event</source>
        <translation>Начать мероприятие</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="155"/>
        <source>Event &amp;name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="156"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="157"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="158"/>
        <source>Organiser &amp;PIN:</source>
        <translation>&amp;PIN организатора:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="159"/>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;ещё раз:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="160"/>
        <source>Next volunteer after &amp;idle:</source>
        <translation>Следующий волонтёр после &amp;простоя:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="164"/>
        <source>Optional, e.g. Write for Rights evening</source>
        <translation>Необязательно, напр. вечер «Пиши ради прав»</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="165"/>
        <source>Optional, e.g. Central Library</source>
        <translation>Необязательно, напр. Центральная библиотека</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="166"/>
        <source>The event has a date</source>
        <translation>У мероприятия есть дата</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="167"/>
        <source>4 digits or more</source>
        <translation>4 цифры или больше</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="170"/>
        <source>This PIN stops volunteers changing the event by accident (ending it, editing packs or settings). It does not protect data.</source>
        <translation>Этот PIN не даёт волонтёрам случайно изменить мероприятие (завершить его, править пакеты или настройки). Он не защищает данные.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="174"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="177"/>
        <source>When no one has touched the laptop for this long, a countdown appears, then the window is cleared for the next volunteer.</source>
        <translation>Если к ноутбуку так долго никто не прикасался, появляется обратный отсчёт, затем окно очищается для следующего волонтёра.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="182"/>
        <source>&amp;Start the event</source>
        <translation>&amp;Начать мероприятие</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="205"/>
        <source>The PIN must be 4 digits or more (0 to 9 only).</source>
        <translation>PIN должен состоять из 4 или более цифр (только 0–9).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="208"/>
        <source>The two PINs are not the same: type it again.</source>
        <translation>PIN-коды не совпадают: введите ещё раз.</translation>
    </message>
</context>
<context>
    <name>TakeBackCountsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="473"/>
        <source>Take back counts</source>
        <extracomment>What was written to the tally when the dialog was accepted.</extracomment>
        <translation>Отменить подсчёты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="476"/>
        <source>Tick the hand counts added by mistake (a number mistyped, a pile of cards added twice). They are taken back from the tally, and from the tally of the laptop it is merged into.</source>
        <translation>Отметьте ручные подсчёты, добавленные по ошибке (опечатка в числе, пачка открыток добавлена дважды). Они отменяются в подсчёте и в подсчёте ноутбука, с которым он будет объединён.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="481"/>
        <source>No hand count has been added to what is shown.</source>
        <translation>К показанному не добавлено ни одного ручного подсчёта.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="497"/>
        <source>&amp;Take back</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="515"/>
        <source>Tick the counts to take back.</source>
        <translation>Отметьте подсчёты, которые нужно отменить.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="524"/>
        <source>The counts could not be taken back in %1: %2. Nothing was changed; check that the data folder can be written, then try again.</source>
        <translation>Не удалось отменить подсчёты в %1: %2. Ничего не изменено; проверьте, что в папку данных можно записывать, и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>TotalsTable</name>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="43"/>
        <source>Post</source>
        <extracomment>The per-action columns: action, all letters, then each channel and hand count.</extracomment>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="44"/>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="45"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="46"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="47"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="48"/>
        <source>Posts</source>
        <translation>Посты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="49"/>
        <source>Handwritten</source>
        <translation>От руки</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="50"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="51"/>
        <source>Cards</source>
        <translation>Открытки</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="56"/>
        <source>Action</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="56"/>
        <source>All letters</source>
        <translation>Все письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="59"/>
        <source>Totals per action</source>
        <translation>Итоги по акциям</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="96"/>
        <source>Total</source>
        <translation>Итого</translation>
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
