<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="106"/>
        <source>Address book: diplomatic representatives</source>
        <translation>Адресная книга: дипломатические представители</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="107"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="108"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="110"/>
        <source>&amp;Title:</source>
        <translation>Дол&amp;жность:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="111"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="112"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="113"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="114"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="115"/>
        <source>&amp;Fax:</source>
        <translation>&amp;Факс:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="116"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="117"/>
        <source>&amp;Salutation:</source>
        <translation>О&amp;бращение:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="118"/>
        <source>Re&amp;presents (country code):</source>
        <translation>&amp;Представляет (код страны):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="122"/>
        <source>Ambassador of Kazakhstan</source>
        <translation>Посол Казахстана</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="123"/>
        <source>Embassy of the Republic of Kazakhstan</source>
        <translation>Посольство Республики Казахстан</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="125"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="187"/>
        <source>Give a title, a name or an organisation.</source>
        <translation>Укажите должность, имя или организацию.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="188"/>
        <source>The fax number should be digits, such as +44 20 7123 4567.</source>
        <translation>Номер факса должен состоять из цифр, например +44 20 7123 4567.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="189"/>
        <source>The e-mail address does not look right.</source>
        <translation>Похоже, адрес эл. почты указан с ошибкой.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="199"/>
        <source>Your Excellency</source>
        <translation>Ваше Превосходительство</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="110"/>
        <source>Draft a pack from an Urgent Action</source>
        <translation>Черновик пакета по тексту акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="111"/>
        <source>Paste the Urgent Action&apos;s text, or open its file:</source>
        <translation>Вставьте текст акции или откройте её файл:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="112"/>
        <source>Open a .txt or .pdf…</source>
        <translation>Открыть .txt или .pdf…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="113"/>
        <source>Find the fields</source>
        <translation>Найти поля</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="115"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="115"/>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="115"/>
        <source>From these lines</source>
        <translation>Из этих строк</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="118"/>
        <source>Finish in the pack editor…</source>
        <translation>Доработать в редакторе пакета…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="129"/>
        <source>Open an Urgent Action</source>
        <translation>Открыть срочную акцию</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="132"/>
        <source>Urgent Actions (*.txt *.pdf)</source>
        <translation>Срочные акции (*.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="141"/>
        <source>The file cannot be read</source>
        <translation>Файл не удаётся прочитать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="154"/>
        <source>Nothing to draft from</source>
        <translation>Не из чего составить черновик</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="175"/>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="224"/>
        <source>Nothing is made up: what the text does not say is marked as not found.</source>
        <translation>Ничего не выдумывается: то, чего нет в тексте, помечено как «не найдено».</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="229"/>
        <source>%n field(s) not found: fill them in the pack editor.</source>
        <translation>
            <numerusform>%n поле не найдено: заполните его в редакторе пакета.</numerusform>
            <numerusform>%n поля не найдены: заполните их в редакторе пакета.</numerusform>
            <numerusform>%n полей не найдено: заполните их в редакторе пакета.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="231"/>
        <source>Every field was found. Check each against its lines.</source>
        <translation>Все поля найдены. Сверьте каждое с его строками.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="459"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1668"/>
        <source>UA Writer</source>
        <translation>UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="460"/>
        <source>&amp;Actions</source>
        <translation>&amp;Акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="461"/>
        <source>Urgent Actions</source>
        <translation>Срочные акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="462"/>
        <source>About this action</source>
        <translation>Об этой акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="463"/>
        <source>&amp;Write to</source>
        <translation>&amp;Кому писать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="464"/>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="465"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="466"/>
        <source>Write to every addressee</source>
        <translation>Написать всем адресатам</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="467"/>
        <source>None</source>
        <translation>Никого</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="468"/>
        <source>Copy to a diplomat:</source>
        <translation>Копия дипломату:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="470"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>Также отправить копию дипломатическому представителю, аккредитованному в вашей стране</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="472"/>
        <source>Diplomatic representative</source>
        <translation>Дипломатический представитель</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="473"/>
        <source>Address book…</source>
        <translation>Адресная книга…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="475"/>
        <source>&amp;Send by:</source>
        <translation>&amp;Отправка:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="480"/>
        <source>Your details (optional)</source>
        <translation>Ваши данные (необязательно)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="481"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="482"/>
        <source>A&amp;ddress:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="484"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="485"/>
        <source>Your postal address</source>
        <translation>Ваш почтовый адрес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="486"/>
        <source>Your e-mail address</source>
        <translation>Ваш адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="487"/>
        <source>Remember my details on this computer</source>
        <translation>Запомнить мои данные на этом компьютере</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="489"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>На общем компьютере снимите галочку: тогда ваши данные будут стираться после каждого письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="474"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Я&amp;зык письма:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="476"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="477"/>
        <source>Letter language</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="478"/>
        <source>Send by fax or post</source>
        <translation>Отправка по факсу или почтой</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="479"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="483"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="491"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <translation>&amp;Чего просить (снимите галочку, чтобы убрать):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="492"/>
        <source>Talking points</source>
        <translation>Тезисы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="494"/>
        <source>Letter text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="495"/>
        <source>Reset to the template</source>
        <translation>Вернуть к шаблону</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="496"/>
        <location filename="../src/uawriter/gui/main_window.py" line="500"/>
        <source>&amp;Print…</source>
        <translation>Печа&amp;ть…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="497"/>
        <source>E&amp;xport PDF…</source>
        <translation>Экспо&amp;рт PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="498"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="499"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="501"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="502"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Адресная книга…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="503"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="504"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="505"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="506"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="507"/>
        <source>Reset letter to the template</source>
        <translation>Вернуть письмо к шаблону</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="508"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="509"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="510"/>
        <source>&amp;About UA Writer</source>
        <translation>&amp;О программе UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="514"/>
        <source>Fax (with cover sheet)</source>
        <translation>Факс (с титульным листом)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="515"/>
        <source>Post (no cover sheet)</source>
        <translation>Почта (без титульного листа)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="518"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="518"/>
        <source>US Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="554"/>
        <source>No deadline</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="557"/>
        <source>Open until %1</source>
        <translation>Действует до %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="558"/>
        <source>Closing soon: %1</source>
        <translation>Срок скоро истекает: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="559"/>
        <source>Deadline passed: %1</source>
        <translation>Срок истёк: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="567"/>
        <source>UA %1, update %2</source>
        <translation>UA %1, обновление %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="571"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="600"/>
        <source>Broken pack: %1</source>
        <translation>Повреждённый пакет: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="620"/>
        <source>Start another letter?</source>
        <translation>Начать другое письмо?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="622"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>Изменения в этом письме не экспортированы. Всё равно начать письмо по другой акции? (Текущее останется сохранённым как черновик.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="653"/>
        <source>This pack cannot be used</source>
        <translation>Этот пакет нельзя использовать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="654"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>Попросите автора пакета прислать исправленную копию.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="655"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>Выберите акцию слева, чтобы начать письмо.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="665"/>
        <source>Loading the actions…</source>
        <translation>Загрузка акций…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="686"/>
        <source>your own language</source>
        <translation>ваш родной язык</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="688"/>
        <source>Write in:</source>
        <translation>Писать на языках:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="692"/>
        <source>What to ask for</source>
        <translation>О чём просить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="700"/>
        <source>Additional information</source>
        <translation>Дополнительная информация</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="706"/>
        <source>Further information:</source>
        <translation>Подробнее:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="738"/>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="738"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="742"/>
        <source>Fax %1</source>
        <translation>Факс %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="744"/>
        <source>no fax</source>
        <translation>без факса</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="798"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>Некоторые правки касались строк, которые у этого адресата другие, и не были перенесены: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="819"/>
        <source>(address book empty)</source>
        <translation>(адресная книга пуста)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="821"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>Добавьте посольства и другие дипломатические представительства через «Адресная книга…»</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="844"/>
        <source>The address book could not be saved</source>
        <translation>Не удалось сохранить адресную книгу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="845"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

Адреса будут доступны, пока вы не закроете UA Writer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="864"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>Нет номера факса: %1. Их письма будут без титульного листа факса: распечатайте и отправьте их почтой или по эл. почте.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="888"/>
        <source>%1 (asked for)</source>
        <translation>%1 (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="903"/>
        <source>Change the letter&apos;s language?</source>
        <translation>Сменить язык письма?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="905"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>Письмо будет составлено заново на новом языке, а ваши правки в нём пропадут. Сменить язык?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1066"/>
        <source>Le&amp;tter:</source>
        <translation>Пись&amp;мо:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1069"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>Пись&amp;мо адресату: %1 (ваши правки войдут во все письма):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1136"/>
        <source>Reset the letter?</source>
        <translation>Вернуть письмо к шаблону?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1137"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>Ваши правки в письме будут заменены текстом шаблона.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1147"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1149"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1154"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>Не удаётся составить письмо из этого пакета</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1156"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>В шаблоне письма ошибка:
%1

Попросите автора пакета прислать исправленную версию.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1219"/>
        <source>The preview failed: %1</source>
        <translation>Не удалось показать предпросмотр: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1235"/>
        <source>No addressee chosen</source>
        <translation>Не выбран адресат</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1236"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <translation>Отметьте хотя бы одного адресата в разделе «Кому писать».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1242"/>
        <source>Some characters cannot be printed</source>
        <translation>Некоторые символы нельзя напечатать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1244"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>В UA Writer нет шрифта для этих символов, поэтому при печати вместо них будут пустые квадраты: %1

Исправьте их в письме или всё равно продолжить?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1275"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1289"/>
        <source>Printing failed</source>
        <translation>Не удалось напечатать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1289"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1331"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>Срок истёк %1: перед отправкой уточните в своём отделении.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1341"/>
        <source>Export the letter as PDF</source>
        <translation>Экспорт письма в PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1344"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1353"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>Выберите папку для %n письма</numerusform>
            <numerusform>Выберите папку для %n писем</numerusform>
            <numerusform>Выберите папку для %n писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1398"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Экспорт %n письма…</numerusform>
            <numerusform>Экспорт %n писем…</numerusform>
            <numerusform>Экспорт %n писем…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1459"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>%n письмо сохранено в %1.</numerusform>
            <numerusform>%n письма сохранены в %1.</numerusform>
            <numerusform>%n писем сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1357"/>
        <source>Save the letters here</source>
        <translation>Сохранить письма здесь</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1376"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1399"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1435"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>Экспорт отменён. Сохранено писем: %1 из %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1458"/>
        <source>Letters exported</source>
        <translation>Письма экспортированы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1461"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1471"/>
        <source>The letters could not be saved</source>
        <translation>Не удалось сохранить письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1473"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>UA Writer не удалось записать файлы в %1:
%2

Ваше письмо никуда не делось. Выберите другую папку, например на флешке или в «Документах».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1510"/>
        <source>The draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1514"/>
        <source>Draft saved</source>
        <translation>Черновик сохранён</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1548"/>
        <source>Some saved files were damaged</source>
        <translation>Некоторые сохранённые файлы повреждены</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1549"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>Они отложены в сторону, и UA Writer начал с чистого листа:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1562"/>
        <source>Continue your letter?</source>
        <translation>Продолжить письмо?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1565"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>Вы писали письмо по акции «%1». Продолжить?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1623"/>
        <source>Settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1669"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1671"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>Пишите письма-обращения по срочным акциям без интернета, печатайте их и отправляйте почтой или факсом.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1674"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer — свободная программа: её можно распространять и изменять на условиях GNU General Public License версии 3 или любой более поздней версии (GPL-3.0-or-later). Она предоставляется без каких-либо гарантий.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1678"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>Шрифты, которые входят в программу и встраиваются в письма, тоже свободные:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1681"/>
        <source>About UA Writer</source>
        <translation>О программе UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1706"/>
        <source>Keep your letter?</source>
        <translation>Сохранить письмо?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1709"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>Письмо не напечатано и не экспортировано. Сохранить его как черновик на следующий раз?</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="369"/>
        <source>Edit action pack</source>
        <translation>Редактирование пакета акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="370"/>
        <source>Action</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="371"/>
        <source>What to ask for</source>
        <translation>О чём просить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="372"/>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="373"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="375"/>
        <source>Pack id:</source>
        <translation>ID пакета:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="376"/>
        <source>Written in (language code):</source>
        <translation>Исходный язык (код):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="377"/>
        <source>Contacts checked on (YYYY-MM-DD):</source>
        <translation>Контакты проверены (ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="378"/>
        <source>UA number:</source>
        <translation>Номер UA:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="379"/>
        <source>Issued on (YYYY-MM-DD):</source>
        <translation>Дата выпуска (ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="380"/>
        <source>Deadline (YYYY-MM-DD, empty for none):</source>
        <translation>Срок (ГГГГ-ММ-ДД, пусто — без срока):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="381"/>
        <source>Country code:</source>
        <translation>Код страны:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="382"/>
        <source>Write in (language codes):</source>
        <translation>Писать на языках (коды):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="383"/>
        <source>Further information (web address):</source>
        <translation>Подробнее (веб-адрес):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="388"/>
        <source>Revision:</source>
        <translation>Редакция:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="389"/>
        <source>Update number (0 for the first UA):</source>
        <translation>Номер обновления (0 для первой UA):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="391"/>
        <source>Letters may also be written in the writer&apos;s own language</source>
        <translation>Письма можно писать и на родном языке отправителя</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="393"/>
        <source>Texts in:</source>
        <translation>Тексты на языке:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="394"/>
        <source>Add a language…</source>
        <translation>Добавить язык…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="396"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="397"/>
        <source>Summary:</source>
        <translation>Краткое описание:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="398"/>
        <source>Additional information:</source>
        <translation>Дополнительная информация:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="399"/>
        <source>After the deadline:</source>
        <translation>После истечения срока:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="400"/>
        <source>Copies to diplomats:</source>
        <translation>Копии дипломатам:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="405"/>
        <location filename="../src/uawriter/gui/pack_editor.py" line="409"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="406"/>
        <location filename="../src/uawriter/gui/pack_editor.py" line="410"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="407"/>
        <location filename="../src/uawriter/gui/pack_editor.py" line="413"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="408"/>
        <source>Paragraph of the letter:</source>
        <translation>Абзац письма:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="411"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="414"/>
        <source>Title:</source>
        <comment>an addressee&apos;s position, such as Minister of Justice</comment>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="415"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="416"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="417"/>
        <source>Country (as on the envelope):</source>
        <translation>Страна (как на конверте):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="418"/>
        <source>Fax:</source>
        <translation>Факс:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="422"/>
        <source>Address lines:</source>
        <translation>Строки адреса:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="423"/>
        <source>E-mails (separated by commas):</source>
        <translation>Эл. почта (через запятую):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="424"/>
        <source>Salutation (in the language above):</source>
        <translation>Обращение (на языке текстов):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="426"/>
        <source>Add a letter language…</source>
        <translation>Добавить язык письма…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="427"/>
        <source>Letter template:</source>
        <translation>Шаблон письма:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="428"/>
        <source>The letter it makes:</source>
        <translation>Получившееся письмо:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="429"/>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="436"/>
        <source>Write to (target)</source>
        <translation>Кому писать (основной адресат)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="437"/>
        <source>Copy to</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="688"/>
        <source>Language code (such as kk, ru, es):</source>
        <translation>Код языка (например, kk, ru, es):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="696"/>
        <source>UA Writer does not know the language code “%1”.</source>
        <translation>UA Writer не знает код языка «%1».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="702"/>
        <source>Add a language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="710"/>
        <source>Add a letter language</source>
        <translation>Добавить язык письма</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/pack_editor.py" line="747"/>
        <source>%n problem(s) to fix before the pack can be used:</source>
        <translation>
            <numerusform>Нужно исправить %n ошибку, прежде чем пакетом можно будет пользоваться:</numerusform>
            <numerusform>Нужно исправить %n ошибки, прежде чем пакетом можно будет пользоваться:</numerusform>
            <numerusform>Нужно исправить %n ошибок, прежде чем пакетом можно будет пользоваться:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="750"/>
        <source>The pack is ready to use.</source>
        <translation>Пакет готов к использованию.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="844"/>
        <source>Save a pack with problems?</source>
        <translation>Сохранить пакет с ошибками?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="846"/>
        <source>Until the problems are fixed the pack is listed as broken and cannot be used for letters. Save it anyway?</source>
        <translation>Пока ошибки не исправлены, пакет будет значиться повреждённым и писать по нему письма будет нельзя. Всё равно сохранить?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="856"/>
        <source>Give the pack an id first.</source>
        <translation>Сначала укажите ID пакета.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="864"/>
        <source>The pack could not be saved:
%1</source>
        <translation>Не удалось сохранить пакет:
%1</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="82"/>
        <source>&amp;Packs</source>
        <translation>Пак&amp;еты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="83"/>
        <source>&amp;New pack…</source>
        <translation>&amp;Новый пакет…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="84"/>
        <source>&amp;Edit this pack…</source>
        <translation>&amp;Редактировать этот пакет…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="85"/>
        <source>&amp;Import a pack…</source>
        <translation>&amp;Импортировать пакет…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="86"/>
        <source>&amp;Draft a pack from an Urgent Action…</source>
        <translation>&amp;Черновик пакета по тексту акции…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="87"/>
        <source>&amp;Share this pack as a file…</source>
        <translation>&amp;Поделиться пакетом в виде файла…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="94"/>
        <source>Import an action pack</source>
        <translation>Импорт пакета акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="97"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="138"/>
        <source>Action packs (*.uapack)</source>
        <translation>Пакеты акций (*.uapack)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="107"/>
        <source>Replace the pack?</source>
        <translation>Заменить пакет?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="114"/>
        <source>The pack was not imported</source>
        <translation>Пакет не импортирован</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="135"/>
        <source>Share the pack as a file</source>
        <translation>Поделиться пакетом в виде файла</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="155"/>
        <source>The pack could not be saved</source>
        <translation>Не удалось сохранить пакет</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="160"/>
        <source>Saved %1: copy it to a USB stick to share it.</source>
        <translation>Сохранено: %1. Чтобы поделиться пакетом, скопируйте файл на флешку.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="196"/>
        <source>The pack cannot be opened</source>
        <translation>Не удаётся открыть пакет</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="202"/>
        <source>Edit a copy?</source>
        <translation>Редактировать копию?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="204"/>
        <source>Packs that come with UA Writer cannot be changed. Edit a copy of this one instead? It is saved with your own packs, under a new id.</source>
        <translation>Пакеты, входящие в UA Writer, изменить нельзя. Отредактировать вместо этого его копию? Она будет сохранена вместе с вашими пакетами под новым ID.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="52"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
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
        <translation>Уменьшить</translation>
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
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="59"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="60"/>
        <source>Fit to width</source>
        <translation>Подогнать по ширине</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="61"/>
        <source>Preview of the letter as it prints</source>
        <translation>Предпросмотр письма в том виде, в каком оно будет напечатано</translation>
    </message>
</context>
</TS>
