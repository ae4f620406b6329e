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
        <translation>&amp;Акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="450"/>
        <source>Urgent Actions</source>
        <translation>Срочные акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="451"/>
        <source>About this action</source>
        <translation>Об этой акции</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="452"/>
        <source>&amp;Write to</source>
        <translation>&amp;Кому писать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="453"/>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="454"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="455"/>
        <source>Write to every addressee</source>
        <translation>Написать всем адресатам</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="456"/>
        <source>None</source>
        <translation>Никого</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="457"/>
        <source>Copy to a diplomat:</source>
        <translation>Копия дипломату:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="459"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>Также отправить копию дипломатическому представителю, аккредитованному в вашей стране</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="461"/>
        <source>Diplomatic representative</source>
        <translation>Дипломатический представитель</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="462"/>
        <source>Address book…</source>
        <translation>Адресная книга…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="464"/>
        <source>&amp;Send by:</source>
        <translation>&amp;Отправка:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="469"/>
        <source>Your details (optional)</source>
        <translation>Ваши данные (необязательно)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="470"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="471"/>
        <source>A&amp;ddress:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="473"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="474"/>
        <source>Your postal address</source>
        <translation>Ваш почтовый адрес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="475"/>
        <source>Your e-mail address</source>
        <translation>Ваш адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="476"/>
        <source>Remember my details on this computer</source>
        <translation>Запомнить мои данные на этом компьютере</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="478"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>На общем компьютере снимите галочку: тогда ваши данные будут стираться после каждого письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="463"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Я&amp;зык письма:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="465"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="466"/>
        <source>Letter language</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="467"/>
        <source>Send by fax or post</source>
        <translation>Отправка по факсу или почтой</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="468"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="472"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="480"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <translation>&amp;Чего просить (снимите галочку, чтобы убрать):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="481"/>
        <source>Talking points</source>
        <translation>Тезисы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="483"/>
        <source>Letter text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="484"/>
        <source>Reset to the template</source>
        <translation>Вернуть к шаблону</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="485"/>
        <location filename="../src/uawriter/gui/main_window.py" line="489"/>
        <source>&amp;Print…</source>
        <translation>Печа&amp;ть…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="486"/>
        <source>E&amp;xport PDF…</source>
        <translation>Экспо&amp;рт PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="487"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="488"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="490"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="491"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Адресная книга…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="492"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="493"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="494"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="495"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="496"/>
        <source>Reset letter to the template</source>
        <translation>Вернуть письмо к шаблону</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="497"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="498"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="499"/>
        <source>&amp;About UA Writer</source>
        <translation>&amp;О программе UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="503"/>
        <source>Fax (with cover sheet)</source>
        <translation>Факс (с титульным листом)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="504"/>
        <source>Post (no cover sheet)</source>
        <translation>Почта (без титульного листа)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="507"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="507"/>
        <source>US Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="543"/>
        <source>No deadline</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="546"/>
        <source>Open until %1</source>
        <translation>Действует до %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="547"/>
        <source>Closing soon: %1</source>
        <translation>Срок скоро истекает: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="548"/>
        <source>Deadline passed: %1</source>
        <translation>Срок истёк: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="556"/>
        <source>UA %1, update %2</source>
        <translation>UA %1, обновление %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="560"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="603"/>
        <source>Broken pack: %1</source>
        <translation>Повреждённый пакет: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="623"/>
        <source>Start another letter?</source>
        <translation>Начать другое письмо?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="625"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>Изменения в этом письме не экспортированы. Всё равно начать письмо по другой акции? (Текущее останется сохранённым как черновик.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="656"/>
        <source>This pack cannot be used</source>
        <translation>Этот пакет нельзя использовать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="657"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>Попросите автора пакета прислать исправленную копию.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="658"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>Выберите акцию слева, чтобы начать письмо.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="668"/>
        <source>Loading the actions…</source>
        <translation>Загрузка акций…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="689"/>
        <source>your own language</source>
        <translation>ваш родной язык</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="691"/>
        <source>Write in:</source>
        <translation>Писать на языках:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="695"/>
        <source>What to ask for</source>
        <translation>О чём просить</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="703"/>
        <source>Additional information</source>
        <translation>Дополнительная информация</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="709"/>
        <source>Further information:</source>
        <translation>Подробнее:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="741"/>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="741"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="745"/>
        <source>Fax %1</source>
        <translation>Факс %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="747"/>
        <source>no fax</source>
        <translation>без факса</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="801"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>Некоторые правки касались строк, которые у этого адресата другие, и не были перенесены: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="822"/>
        <source>(address book empty)</source>
        <translation>(адресная книга пуста)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="824"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>Добавьте посольства и другие дипломатические представительства через «Адресная книга…»</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="847"/>
        <source>The address book could not be saved</source>
        <translation>Не удалось сохранить адресную книгу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="848"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

Адреса будут доступны, пока вы не закроете UA Writer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="867"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>Нет номера факса: %1. Их письма будут без титульного листа факса: распечатайте и отправьте их почтой или по эл. почте.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="891"/>
        <source>%1 (asked for)</source>
        <translation>%1 (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="906"/>
        <source>Change the letter&apos;s language?</source>
        <translation>Сменить язык письма?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="908"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>Письмо будет составлено заново на новом языке, а ваши правки в нём пропадут. Сменить язык?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1069"/>
        <source>Le&amp;tter:</source>
        <translation>Пись&amp;мо:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1072"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>Пись&amp;мо адресату: %1 (ваши правки войдут во все письма):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1139"/>
        <source>Reset the letter?</source>
        <translation>Вернуть письмо к шаблону?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1140"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>Ваши правки в письме будут заменены текстом шаблона.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1150"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1152"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1157"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>Не удаётся составить письмо из этого пакета</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1159"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>В шаблоне письма ошибка:
%1

Попросите автора пакета прислать исправленную версию.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1222"/>
        <source>The preview failed: %1</source>
        <translation>Не удалось показать предпросмотр: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1238"/>
        <source>No addressee chosen</source>
        <translation>Не выбран адресат</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1239"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <translation>Отметьте хотя бы одного адресата в разделе «Кому писать».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1245"/>
        <source>Some characters cannot be printed</source>
        <translation>Некоторые символы нельзя напечатать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1247"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>В UA Writer нет шрифта для этих символов, поэтому при печати вместо них будут пустые квадраты: %1

Исправьте их в письме или всё равно продолжить?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1278"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1292"/>
        <source>Printing failed</source>
        <translation>Не удалось напечатать</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1292"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1334"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>Срок истёк %1: перед отправкой уточните в своём отделении.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1342"/>
        <source>Export the letter as PDF</source>
        <translation>Экспорт письма в PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1346"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1355"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>Выберите папку для %n письма</numerusform>
            <numerusform>Выберите папку для %n писем</numerusform>
            <numerusform>Выберите папку для %n писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1403"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Экспорт %n письма…</numerusform>
            <numerusform>Экспорт %n писем…</numerusform>
            <numerusform>Экспорт %n писем…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1464"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>%n письмо сохранено в %1.</numerusform>
            <numerusform>%n письма сохранены в %1.</numerusform>
            <numerusform>%n писем сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1360"/>
        <source>Save the letters here</source>
        <translation>Сохранить письма здесь</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1381"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1404"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1440"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>Экспорт отменён. Сохранено писем: %1 из %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1463"/>
        <source>Letters exported</source>
        <translation>Письма экспортированы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1466"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1476"/>
        <source>The letters could not be saved</source>
        <translation>Не удалось сохранить письма</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1478"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>UA Writer не удалось записать файлы в %1:
%2

Ваше письмо никуда не делось. Выберите другую папку, например на флешке или в «Документах».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1515"/>
        <source>The draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1519"/>
        <source>Draft saved</source>
        <translation>Черновик сохранён</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1541"/>
        <source>Some saved files were damaged</source>
        <translation>Некоторые сохранённые файлы повреждены</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1542"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>Они отложены в сторону, и UA Writer начал с чистого листа:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1555"/>
        <source>Continue your letter?</source>
        <translation>Продолжить письмо?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1558"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>Вы писали письмо по акции «%1». Продолжить?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1616"/>
        <source>Settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1662"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1664"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>Пишите письма-обращения по срочным акциям без интернета, печатайте их и отправляйте почтой или факсом.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1667"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer — свободная программа: её можно распространять и изменять на условиях GNU General Public License версии 3 или любой более поздней версии (GPL-3.0-or-later). Она предоставляется без каких-либо гарантий.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1671"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>Шрифты, которые входят в программу и встраиваются в письма, тоже свободные:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1674"/>
        <source>About UA Writer</source>
        <translation>О программе UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1704"/>
        <source>Keep your letter?</source>
        <translation>Сохранить письмо?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1707"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>Письмо не напечатано и не экспортировано. Сохранить его как черновик на следующий раз?</translation>
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
