<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="544"/>
        <source>UA %1 (update %2)</source>
        <translation>UA %1 (жаңарту %2)</translation>
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
        <translation>Мекенжай кітабы: дипломатиялық өкілдер</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="192"/>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="193"/>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="195"/>
        <source>&amp;Title:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="196"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="197"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="198"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Мекенжай:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="199"/>
        <source>&amp;Country:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="200"/>
        <source>&amp;Fax:</source>
        <translation>&amp;Факс:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="201"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="202"/>
        <source>&amp;Salutation:</source>
        <translation>Қаратпа &amp;сөз:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="203"/>
        <source>Sa&amp;lutation by letter language:</source>
        <translation>Хат тіліндегі қ&amp;аратпа сөз:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="204"/>
        <source>Re&amp;presents (country code):</source>
        <translation>&amp;Өкілдік ететін ел (коды):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="208"/>
        <source>Ambassador of Kazakhstan</source>
        <translation>Қазақстан Елшісі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="209"/>
        <source>Embassy of the Republic of Kazakhstan</source>
        <translation>Қазақстан Республикасының Елшілігі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="212"/>
        <source>One a line, such as:
kk = Құрметті Елші мырза</source>
        <translation>Әр жолға біреуден, мысалы:
kk = Құрметті Елші мырза</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="216"/>
        <source>The salutation a letter in that language uses, so a Kazakh letter greets the ambassador in Kazakh; “Salutation” above serves every other language.</source>
        <translation>Сол тілдегі хат қолданатын қаратпа сөз: қазақша хат елшіге қазақша жүгінеді; жоғарыдағы «Қаратпа сөз» қалған тілдердің бәріне арналған.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="220"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="221"/>
        <source>Add the contacts of a CSV or vCard (.vcf) file</source>
        <translation>CSV немесе vCard (.vcf) файлындағы контактілерді қосу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="222"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="223"/>
        <source>Save the address book as CSV or vCard (.vcf)</source>
        <translation>Мекенжай кітабын CSV немесе vCard (.vcf) ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="224"/>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="294"/>
        <source>Give a title, a name or an organisation.</source>
        <translation>Лауазымды, аты-жөнді немесе ұйымды көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="295"/>
        <source>The fax number should be digits, such as +44 20 7123 4567.</source>
        <translation>Факс нөмірі цифрлардан тұруы керек, мысалы: +44 20 7123 4567.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="296"/>
        <source>The e-mail address does not look right.</source>
        <translation>Эл. пошта мекенжайы қате сияқты.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="309"/>
        <source>Your Excellency</source>
        <translation>Мәртебелі мырза</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="321"/>
        <source>the address book holds at most %1 greetings in all its contacts&apos; languages: remove the contacts or greetings you no longer need first</source>
        <translation>мекенжай кітабында барлық байланыстардың тілдерінде ең көбі %1 құрметті сөз болады: алдымен қажет емес байланыстарды немесе құрметті сөздерді жойыңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="326"/>
        <source>the address book holds at most %1 contacts: remove those you no longer need first</source>
        <translation>мекенжай кітабында ең көбі %1 байланыс болады: алдымен қажет емесін жойыңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="332"/>
        <source>The address book was not saved</source>
        <translation>Мекенжай кітабы сақталмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="334"/>
        <source>No contact added</source>
        <translation>Байланыс қосылмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="348"/>
        <source>Import an embassy list</source>
        <translation>Елшіліктер тізімін импорттау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="351"/>
        <source>Contact lists (*.csv *.vcf)</source>
        <translation>Контакт тізімдері (*.csv *.vcf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="359"/>
        <source>the file is too big to be an embassy list</source>
        <translation>файл елшіліктер тізімі болу үшін тым үлкен</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="364"/>
        <source>the file is not in UTF-8; export the contacts again as a vCard, choosing UTF-8 (or Unicode) if the program asks</source>
        <translation>файл UTF-8 кодтауында емес; контактілерді vCard ретінде қайта экспорттаңыз, бағдарлама сұраса, UTF-8 (немесе Юникод) таңдаңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="369"/>
        <source>the file is not in UTF-8; open it in the spreadsheet and save it as “CSV UTF-8” (or “Unicode Text”)</source>
        <translation>файл UTF-8 кодтауында емес; оны электрондық кестеде ашып, «CSV UTF-8» (немесе «Юникод мәтіні») ретінде сақтаңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="330"/>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="373"/>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="377"/>
        <source>The list was not imported</source>
        <translation>Тізім импортталмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="400"/>
        <source>column %1, which has no heading</source>
        <translation>тақырыбы жоқ %1-баған</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="404"/>
        <source>These columns were not read: %1. The columns read are: %2 (or salutation_kk, salutation_ru… for each language).</source>
        <translation>Бұл бағандар оқылмады: %1. Оқылатын бағандар: %2 (не әр тіл үшін salutation_kk, salutation_ru…).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="413"/>
        <source>%n contact(s) added; those already in the address book were kept.</source>
        <translation>
            <numerusform>%n контакт қосылды; мекенжай кітабында бар контактілер сақталды.</numerusform>
            <numerusform>%n контакт қосылды; мекенжай кітабында бар контактілер сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="422"/>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="431"/>
        <source>Export the address book</source>
        <translation>Мекенжай кітабын экспорттау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="434"/>
        <source>vCard files (*.vcf);;CSV files (*.csv)</source>
        <translation>vCard файлдары (*.vcf);;CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="449"/>
        <source>The address book was not exported</source>
        <translation>Мекенжай кітабы экспортталмады</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="252"/>
        <source>UA Writer is already open</source>
        <translation>UA Writer әлдеқашан ашық</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="253"/>
        <source>UA Writer is already open on this computer. Use the window that is open (look for it in the taskbar): two windows would overwrite each other&apos;s drafts and address book.</source>
        <translation>UA Writer осы компьютерде әлдеқашан ашық. Ашық терезені пайдаланыңыз (оны тапсырмалар тақтасынан табыңыз): екі терезе бір-бірінің жобалары мен мекенжай кітабын қайта жазар еді.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="269"/>
        <source>UA Writer cannot keep its files</source>
        <translation>UA Writer өз файлдарын сақтай алмайды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="270"/>
        <source>UA Writer keeps the letters it counts, drafts and settings in %1, and that folder cannot be used: %2. Free some space on the disk, or make the folder writable, or start UA Writer with another folder (UAWRITER_DATA_DIR).</source>
        <translation>UA Writer санайтын хаттарын, жобаларын және баптауларын %1 ішінде сақтайды, ал бұл қалтаны пайдалану мүмкін емес: %2. Дискіде орын босатыңыз, қалтаға жазуға рұқсат беріңіз немесе UA Writer-ді басқа қалтамен іске қосыңыз (UAWRITER_DATA_DIR).</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="247"/>
        <source>More ways to send</source>
        <extracomment>Whether the action the letters are made from is still as the window read it; False after the window said it was replaced (a corrected revision imported while the dialog is open: envelopes, calls and counts went to the old officials, probe 87b) Told once a call, post or e-mail was counted: the letter&apos;s draft keeps the count now (a crash just after lost it, and the e-mail was counted again, probe 92b)</extracomment>
        <translation>Жіберудің басқа жолдары</translation>
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
        <translation>Әлеуметтік желілер</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="252"/>
        <source>E-mail text</source>
        <translation>Хат мәтіні</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="253"/>
        <source>Envelopes</source>
        <translation>Конверттер</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="257"/>
        <source>I dial from:</source>
        <translation>Мен қоңырау шалатын ел:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="258"/>
        <source>(show numbers in international form)</source>
        <translation>(нөмірлер халықаралық пішінде)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="259"/>
        <source>Call:</source>
        <translation>Қоңырау:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="260"/>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="264"/>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="425"/>
        <source>I made this call</source>
        <translation>Мен қоңырау шалдым</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="262"/>
        <source>A post to copy into X, Mastodon, Bluesky or Facebook. Edit it as you like.</source>
        <translation>X, Mastodon, Bluesky немесе Facebook-ке көшіруге арналған жазба. Қалауыңызша өңдеңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="429"/>
        <source>I posted it</source>
        <translation>Мен жарияладым</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="265"/>
        <source>E-mail to:</source>
        <translation>Хат алушы:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="266"/>
        <source>Copy text</source>
        <translation>Мәтінді көшіру</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="267"/>
        <source>Open in mail program</source>
        <translation>Пошта бағдарламасында ашу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="113"/>
        <source>Print on:</source>
        <translation>Басып шығару:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="42"/>
        <source>DL envelopes (220 × 110 mm)</source>
        <translation>DL конверттері (220 × 110 мм)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="43"/>
        <source>C5 envelopes (229 × 162 mm)</source>
        <translation>C5 конверттері (229 × 162 мм)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="44"/>
        <source>US #10 envelopes (9½ × 4⅛ in)</source>
        <translation>US #10 конверттері (9½ × 4⅛ дюйм)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="45"/>
        <source>A4 label sheet, 21 labels (Avery L7160)</source>
        <translation>A4 жапсырма парағы, 21 жапсырма (Avery L7160)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="46"/>
        <source>US Letter label sheet, 30 labels (Avery 5160)</source>
        <translation>US Letter жапсырма парағы, 30 жапсырма (Avery 5160)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="122"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="123"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="285"/>
        <source>Saved under another name</source>
        <translation>Басқа атпен сақталды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="286"/>
        <source>%1 holds a letter that was exported and counted, and is kept. The envelopes were saved as %2.</source>
        <translation>%1 экспортталған және есепке алынған хатты қамтиды, ол сақталды. Конверттер %2 ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="287"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="288"/>
        <source>(check this number)</source>
        <translation>(бұл нөмірді тексеріңіз)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="291"/>
        <source>No phone or fax number</source>
        <translation>Телефон не факс нөмірі жоқ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="308"/>
        <source>Ask for: %1</source>
        <translation>Кімді сұрау керек: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="310"/>
        <source>If you reach voicemail:</source>
        <translation>Автожауапбергіш жауап берсе:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="189"/>
        <source>The address of %1 does not fit this label whole and is cut (…): print it on an envelope (C5), or write it by hand.</source>
        <translation>%1 мекенжайы бұл жапсырмаға толық сыймайды және қысқартылған (…): оны конвертке (C5) басып шығарыңыз немесе қолмен жазыңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="195"/>
        <source>The address of %1 does not fit this envelope whole and is cut (…): print it on a C5 envelope, or write it by hand.</source>
        <translation>%1 мекенжайы бұл конвертке толық сыймайды және қысқартылған (…): оны C5 конвертіне басып шығарыңыз немесе қолмен жазыңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="201"/>
        <source>The address of %1 does not fit this envelope whole and is cut (…): write it by hand.</source>
        <translation>%1 мекенжайы бұл конвертке толық сыймайды және қысқартылды (…): оны қолмен жазыңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="425"/>
        <source>Call counted</source>
        <translation>Қоңырау есепке алынды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="326"/>
        <source>%1 of %2 characters</source>
        <translation>%2 таңбаның %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="429"/>
        <source>Post counted</source>
        <translation>Жазба есепке алынды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="351"/>
        <source>None of these addressees has an e-mail address.</source>
        <translation>Бұл алушылардың ешқайсысында электрондық пошта мекенжайы жоқ.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="357"/>
        <source>To: %1</source>
        <translation>Кімге: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="358"/>
        <source>Subject: %1</source>
        <translation>Тақырыбы: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="368"/>
        <source>This letter is too long for a mail link: use “Save e-mail drafts” instead, or copy the text.</source>
        <translation>Бұл хат пошта сілтемесі үшін тым ұзын: оның орнына «Хат жобаларын сақтау» батырмасын пайдаланыңыз немесе мәтінді көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="260"/>
        <source>Save the envelopes as PDF</source>
        <translation>Конверттерді PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="263"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="278"/>
        <source>The envelopes could not be saved</source>
        <translation>Конверттерді сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="434"/>
        <source>E-mail counted</source>
        <translation>Электрондық хат есептелді</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="434"/>
        <source>I sent this e-mail</source>
        <translation>Мен бұл электрондық хатты жібердім</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="448"/>
        <source>Not counted</source>
        <translation>Есепке алынбады</translation>
    </message>
</context>
<context>
    <name>CountList</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_views.py" line="149"/>
        <source>%n more</source>
        <extracomment>Rows a count list shows; the rest are summed in one &quot;… more&quot; row.</extracomment>
        <translation>
            <numerusform>тағы %n</numerusform>
            <numerusform>тағы %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="43"/>
        <source>UA Writer&apos;s own folder</source>
        <translation>UA Writer-дің өз қалтасы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="44"/>
        <source>%1 is inside UA Writer&apos;s own data folder (%2), which holds the count of letters and the packs. Nothing was written; choose another folder.</source>
        <translation>%1 UA Writer-дің өз деректер қалтасының (%2) ішінде, онда хаттардың есебі мен акция пакеттері сақталады. Ештеңе жазылмады; басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="70"/>
        <source>Not a file</source>
        <translation>Бұл файл емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="71"/>
        <source>%1 is not a file UA Writer can use (it is a device or a pipe). Choose another name.</source>
        <translation>%1 — UA Writer қолдана алатын файл емес (бұл құрылғы немесе арна). Басқа атау таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="196"/>
        <source>Draft a pack from an Urgent Action</source>
        <extracomment>what went wrong while the dialog was put away (an idle reset): said to the organiser when the PIN brings it back, not to the next volunteer (probe 100c)</extracomment>
        <translation>Акция мәтінінен пакет жобасы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="197"/>
        <source>Paste the Urgent Action&apos;s text, or open its file:</source>
        <translation>Акция мәтінін қойыңыз немесе оның файлын ашыңыз:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="198"/>
        <source>Open a .txt or .pdf…</source>
        <translation>.txt немесе .pdf ашу…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="199"/>
        <source>Find the fields</source>
        <translation>Өрістерді табу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>Found</source>
        <translation>Табылғаны</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>From these lines</source>
        <translation>Мына жолдардан</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="204"/>
        <source>Finish in the pack editor…</source>
        <translation>Пакет редакторында аяқтау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="228"/>
        <source>Open an Urgent Action</source>
        <translation>Шұғыл акцияны ашу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="231"/>
        <source>Urgent Actions (*.txt *.pdf)</source>
        <translation>Шұғыл акциялар (*.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="239"/>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="264"/>
        <source>The file cannot be read</source>
        <translation>Файлды оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="246"/>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="274"/>
        <source>Nothing to draft from</source>
        <translation>Жоба жасайтын мәтін жоқ</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="315"/>
        <source>The text has lines longer than %Ln characters: they are shown broken into shorter ones.</source>
        <translation>
            <numerusform>Мәтінде %Ln таңбадан ұзын жолдар бар: олар қысқа жолдарға бөлініп көрсетіледі.</numerusform>
            <numerusform>Мәтінде %Ln таңбадан ұзын жолдар бар: олар қысқа жолдарға бөлініп көрсетіледі.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="339"/>
        <source>not found</source>
        <translation>табылмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="391"/>
        <source>Check what was said about the text:</source>
        <translation>Мәтін туралы айтылғанды тексеріңіз:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="399"/>
        <source>Nothing is made up: what the text does not say is marked as not found.</source>
        <translation>Ештеңе ойдан қосылмайды: мәтінде жоқ нәрсе «табылмады» деп белгіленеді.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="404"/>
        <source>%n field(s) not found: fill them in the pack editor.</source>
        <translation>
            <numerusform>%n өріс табылмады: оларды пакет редакторында толтырыңыз.</numerusform>
            <numerusform>%n өріс табылмады: оларды пакет редакторында толтырыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="406"/>
        <source>Every field was found. Check each against its lines.</source>
        <translation>Барлық өріс табылды. Әрқайсысын өз жолдарымен салыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="77"/>
        <source>Something went wrong</source>
        <translation>Бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="79"/>
        <source>UA Writer ran into an error it did not expect, and what you just did may not have happened. Your letter is still here: you can go on, or try again.</source>
        <translation>UA Writer күтпеген қатеге тап болды, соңғы әрекетіңіз орындалмаған болуы мүмкін. Хатыңыз орнында: жалғастыра беруге немесе қайта көруге болады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="88"/>
        <source>The details are kept in %1 for whoever looks after this laptop.</source>
        <translation>Егжей-тегжейі осы ноутбукке жауапты адам үшін %1 файлында сақталды.</translation>
    </message>
</context>
<context>
    <name>EventControls</name>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="146"/>
        <source>E&amp;vent</source>
        <extracomment>The organiser unlocked (True) or the tools locked again (False). The window was cleared for the next volunteer (number at an event, else 0). The organiser&apos;s dialogs put away at a reset for the next volunteer.</extracomment>
        <translation>&amp;Кеш</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="147"/>
        <source>Next volunteer</source>
        <translation>Келесі ерікті</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="149"/>
        <source>Clear the sender&apos;s details, your own words and the draft, ready for the next person (Ctrl+Shift+N)</source>
        <translation>Жіберушінің деректерін, өз сөздеріңізді және жобаны тазалап, келесі адамға дайындау (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="155"/>
        <source>Start an event…</source>
        <translation>Кешті бастау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="156"/>
        <source>Letters tonight…</source>
        <translation>Бүгінгі хаттар…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="158"/>
        <source>Print tonight&apos;s letters by addressee…</source>
        <translation>Кешкі хаттарды адресаттар бойынша басып шығару…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="161"/>
        <source>Every letter exported on this laptop tonight, printed again in addressee order for the envelope table</source>
        <translation>Бүгін кешке осы ноутбукта экспортталған барлық хат конверт үстеліне адресаттар ретімен қайта басылады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="167"/>
        <source>End the event…</source>
        <translation>Кешті аяқтау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="169"/>
        <source>Lock organiser tools</source>
        <translation>Ұйымдастырушы құралдарын құлыптау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="171"/>
        <source>Organiser tools…</source>
        <translation>Ұйымдастырушы құралдары…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="221"/>
        <source>To use the organiser&apos;s tools, enter the organiser PIN:</source>
        <translation>Ұйымдастырушы құралдарын пайдалану үшін ұйымдастырушы PIN кодын енгізіңіз:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="306"/>
        <source>Clear this letter?</source>
        <translation>Бұл хатты тазалау керек пе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="307"/>
        <source>This letter was neither printed nor exported. Clear it, and the sender&apos;s details, for the next volunteer?</source>
        <translation>Бұл хат басып шығарылмады да, экспортталмады да. Оны және жіберушінің деректерін келесі ерікті үшін тазалау керек пе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="287"/>
        <source>Welcome! You are volunteer %1 tonight.</source>
        <translation>Қош келдіңіз! Бүгін сіз №%1 ерікті боласыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="293"/>
        <source>Ready for the next volunteer.</source>
        <translation>Келесі еріктіге дайын.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="62"/>
        <source>not found</source>
        <translation>табылмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="64"/>
        <source>not a PDF that can be read</source>
        <translation>оқылатын PDF емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="66"/>
        <source>has fewer pages than were written</source>
        <translation>жазылғаннан аз беті бар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="117"/>
        <source>Printing by addressee</source>
        <translation>Адресаттар бойынша басып шығару</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="135"/>
        <source>Letter %1 of %2: %3</source>
        <translation>%2 хаттың %1-сі: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="174"/>
        <source>%n letter(s) printed in addressee order (%1 pages). They were counted when they were exported and are not counted again.</source>
        <translation>
            <numerusform>%n хат адресаттар ретімен басылды (%1 бет). Олар экспортталғанда есептелген, қайта есептелмейді.</numerusform>
            <numerusform>%n хат адресаттар ретімен басылды (%1 бет). Олар экспортталғанда есептелген, қайта есептелмейді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="182"/>
        <source>%n letter(s) could not be printed: the file was moved, deleted or changed since it was exported. Print them from where they are now:</source>
        <translation>
            <numerusform>%n хат басылмады: файл экспорттан кейін жылжытылған, жойылған немесе өзгертілген. Оларды қазір тұрған жерінен басып шығарыңыз:</numerusform>
            <numerusform>%n хат басылмады: файл экспорттан кейін жылжытылған, жойылған немесе өзгертілген. Оларды қазір тұрған жерінен басып шығарыңыз:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="195"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…және тағы %n.</numerusform>
            <numerusform>…және тағы %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="223"/>
        <source>Nothing to print yet</source>
        <translation>Әзірге басатын ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="224"/>
        <source>No letter has been exported on this laptop tonight. Letters printed straight away are already on paper.</source>
        <translation>Бүгін кешке осы ноутбукта әлі бірде-бір хат экспортталған жоқ. Бірден басылған хаттар қағазда тұр.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="246"/>
        <source>Printed by addressee</source>
        <translation>Адресаттар бойынша басылды</translation>
    </message>
</context>
<context>
    <name>EventMode</name>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="251"/>
        <source>The event could not be started</source>
        <extracomment>About to write a new event&apos;s file: what an earlier evening left is put away first, so that a kill right after the file is written leaves none of it in the event&apos;s way (probe 110c); ``event_not_started`` if the file could not be written. No input for the idle time and the countdown ran out: clear for the next volunteer. Seconds left on the visible countdown; 0 when it ends or is cancelled. Where a damaged event file was set aside when it was read (tell the organiser). How many letters the reset would clear unsent (the window sets it).</extracomment>
        <translation>Кешті бастау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="260"/>
        <source>To end the event, enter the organiser PIN:</source>
        <translation>Кешті аяқтау үшін ұйымдастырушы PIN кодын енгізіңіз:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="266"/>
        <source>The event could not be ended</source>
        <translation>Кешті аяқтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="295"/>
        <source>%1 could not be written: %2. Check that the data folder can be written.</source>
        <translation>%1 жазылмады: %2. Деректер қалтасына жазуға болатынын тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>EventWindow</name>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="240"/>
        <source>&amp;Show:</source>
        <extracomment>Every evening in the tally (the running event&apos;s first), and the one of ``scope``. The views show a fresh read of the tally. A report or tally file was written: its path. Another laptop&apos;s tally was merged: the MergeReport. Add counts and Take back, as opened (each deleted when closed).</extracomment>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="242"/>
        <source>By action</source>
        <translation>Акция бойынша</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="243"/>
        <source>By addressee</source>
        <translation>Адресат бойынша</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="244"/>
        <source>By language</source>
        <translation>Тіл бойынша</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="245"/>
        <source>By channel</source>
        <translation>Арна бойынша</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="246"/>
        <source>By hour</source>
        <translation>Сағат бойынша</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="251"/>
        <source>&amp;Add counts…</source>
        <translation>Санақ &amp;қосу…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="253"/>
        <source>Add handwritten letters, petition signatures and solidarity cards</source>
        <translation>Қолмен жазылған хаттарды, петиция қолтаңбаларын және ынтымақтастық ашықхаттарын қосу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="259"/>
        <source>Save report (&amp;CSV)…</source>
        <translation>Есепті сақтау (&amp;CSV)…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="260"/>
        <source>Save report (&amp;PDF)…</source>
        <translation>Есепті сақтау (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="261"/>
        <source>&amp;Export tally…</source>
        <translation>Санақты &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="263"/>
        <source>Save this laptop&apos;s tally to a file, to merge it on another laptop</source>
        <translation>Осы ноутбуктің санағын басқа ноутбукта біріктіру үшін файлға сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="265"/>
        <source>&amp;Merge tallies from other laptops…</source>
        <translation>Басқа ноутбуктердің санақтарын &amp;біріктіру…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="275"/>
        <source>No event</source>
        <translation>Кеш жоқ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="276"/>
        <location filename="../src/uawriter/gui/event_window.py" line="559"/>
        <location filename="../src/uawriter/gui/event_window.py" line="560"/>
        <source>Event without a name</source>
        <translation>Атаусыз кеш</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="322"/>
        <location filename="../src/uawriter/gui/event_window.py" line="436"/>
        <source>The tally %1 could not be read: %2</source>
        <translation>%1 санағын оқу мүмкін болмады: %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="368"/>
        <source>Letters written outside an event</source>
        <translation>Кештен тыс жазылған хаттар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="355"/>
        <location filename="../src/uawriter/gui/event_window.py" line="361"/>
        <source>This event: %1</source>
        <translation>Осы кеш: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="255"/>
        <source>Take &amp;back counts…</source>
        <translation>Санақтарды &amp;кері алу…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="257"/>
        <source>Take back a hand count added by mistake (a number mistyped, or added twice)</source>
        <translation>Қателесіп қосылған қолмен санақты кері алу (сан қате терілген немесе екі рет қосылған)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="354"/>
        <location filename="../src/uawriter/gui/event_window.py" line="357"/>
        <source>no name</source>
        <translation>атаусыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="363"/>
        <source>Event: %1</source>
        <translation>Кеш: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="376"/>
        <source>Everything recorded on this laptop</source>
        <translation>Осы ноутбукта жазылғанның бәрі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="387"/>
        <source>No event is running</source>
        <translation>Ешбір кеш жүріп жатқан жоқ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="388"/>
        <source>Event tally: %1</source>
        <translation>Кеш санағы: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="397"/>
        <source>letters tonight</source>
        <translation>
            <numerusform>бүгінгі хат</numerusform>
            <numerusform>бүгінгі хат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="399"/>
        <source>letters in all</source>
        <translation>
            <numerusform>барлық хат</numerusform>
            <numerusform>барлық хат</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="403"/>
        <source>%1 written in the app · %2 by hand · %3 signatures · %4 cards</source>
        <translation>%1 қолданбада жазылды · %2 қолмен · %3 қолтаңба · %4 ашықхат</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="429"/>
        <source>unknown time</source>
        <translation>уақыты белгісіз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="442"/>
        <source>Some lines of the tally %1 could not be read and are not counted: %2</source>
        <translation>%1 санағының кейбір жолдары оқылмады және есептелмейді: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="497"/>
        <source>%n count(s) added to the tally.</source>
        <translation>
            <numerusform>Санаққа %n жазба қосылды.</numerusform>
            <numerusform>Санаққа %n жазба қосылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="500"/>
        <source>%n count(s) added to the tally of %1.</source>
        <translation>
            <numerusform>%1 санағына %n жазба қосылды.</numerusform>
            <numerusform>%1 санағына %n жазба қосылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="518"/>
        <source>%n count(s) taken back.</source>
        <translation>
            <numerusform>%n санақ кері алынды.</numerusform>
            <numerusform>%n санақ кері алынды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="555"/>
        <source>The counts typed into Add counts for %1 were not added: that event had ended when %2 started. Add them again if they are still to be counted.</source>
        <translation>%1 үшін «Санақ қосу» терезесіне енгізілген сандар қосылмады: %2 басталғанда ол іс-шара аяқталған еді. Әлі де санау керек болса, оларды қайта қосыңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="91"/>
        <source>tally</source>
        <extracomment>Marks that belong to the letter before them: accents, vowel signs, viramas.</extracomment>
        <translation>санақ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="102"/>
        <source>Save the report as CSV</source>
        <translation>Есепті CSV ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="105"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="125"/>
        <source>Save the report as PDF</source>
        <translation>Есепті PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="128"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="152"/>
        <source>Export this laptop&apos;s tally</source>
        <translation>Осы ноутбуктің санағын экспорттау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="155"/>
        <source>Tally files (*.jsonl)</source>
        <translation>Санақ файлдары (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="193"/>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="195"/>
        <source>(%1 is another laptop&apos;s tally and is kept: merge both.)</source>
        <translation>(%1 — басқа ноутбуктің санағы, ол сақталды: екеуін де біріктіріңіз.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="199"/>
        <source>(%1 holds letters that were exported and counted, and is kept.)</source>
        <translation>(%1 экспортталған және есепке алынған хаттарды қамтиды, ол сақталды.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="208"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="209"/>
        <source>%1 could not be written: %2. Choose another folder and try again.</source>
        <translation>%1 жазылмады: %2. Басқа қалтаны таңдап, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="222"/>
        <source>Merge a tally from another laptop</source>
        <translation>Басқа ноутбуктің санағын біріктіру</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="225"/>
        <source>Tally files (*.jsonl);;All files (*)</source>
        <translation>Санақ файлдары (*.jsonl);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="233"/>
        <location filename="../src/uawriter/gui/tally_files.py" line="252"/>
        <source>Not merged</source>
        <translation>Біріктірілмеді</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="234"/>
        <source>%1 is this laptop&apos;s own tally: choose a file from another laptop.</source>
        <translation>%1 — осы ноутбуктің өз санағы: басқа ноутбуктегі файлды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="253"/>
        <source>%1 could not be merged: %2. Nothing was added.</source>
        <translation>%1 біріктірілмеді: %2. Ештеңе қосылмады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="262"/>
        <source>Merged %1.</source>
        <translation>%1 біріктірілді.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="263"/>
        <source>%n new record(s) added.</source>
        <translation>
            <numerusform>%n жаңа жазба қосылды.</numerusform>
            <numerusform>%n жаңа жазба қосылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="264"/>
        <source>%n record(s) already counted, not added again.</source>
        <translation>
            <numerusform>%n жазба бұрын есептелген, қайта қосылмады.</numerusform>
            <numerusform>%n жазба бұрын есептелген, қайта қосылмады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="270"/>
        <source>%n letter(s) taken back: their files were replaced on that laptop.</source>
        <translation>
            <numerusform>%n хат кері алынды: оның файлдары сол ноутбукта ауыстырылды.</numerusform>
            <numerusform>%n хат кері алынды: олардың файлдары сол ноутбукта ауыстырылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="279"/>
        <source>%n hand count(s) taken back.</source>
        <translation>
            <numerusform>Қолмен жасалған %n санақ кері алынды.</numerusform>
            <numerusform>Қолмен жасалған %n санақ кері алынды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="284"/>
        <source>Skipped, because the file is damaged there:</source>
        <translation>Өткізіп жіберілді, себебі файлдың бұл жері зақымдалған:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="289"/>
        <source>Worth knowing:</source>
        <translation>Білген жөн:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="293"/>
        <source>Tally merged</source>
        <translation>Санақ біріктірілді</translation>
    </message>
</context>
<context>
    <name>ExtraCountsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="360"/>
        <source>Add counts</source>
        <extracomment>What was added to the tally when the dialog was accepted.</extracomment>
        <translation>Санақ қосу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="362"/>
        <source>Event without a name</source>
        <translation>Атаусыз кеш</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="367"/>
        <source>Count what the app cannot see: letters written by hand, petition signatures and solidarity cards. The numbers are added to what is counted already.</source>
        <translation>Қолданба көрмейтінді санаңыз: қолмен жазылған хаттар, петиция қолтаңбалары және ынтымақтастық ашықхаттары. Сандар бұрын есептелгенге қосылады.</translation>
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
        <translation>Қолмен жазылған хаттар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="374"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="485"/>
        <source>Signatures</source>
        <translation>Қолтаңбалар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="375"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="486"/>
        <source>Cards</source>
        <translation>Ашықхаттар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="383"/>
        <source>No action is loaded, so there is nothing to count.</source>
        <translation>Ешбір акция жүктелмеген, сондықтан санайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="384"/>
        <source>&amp;Add to the tally</source>
        <translation>Санаққа &amp;қосу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="416"/>
        <source>The counts could not be added to %1: %2. Nothing was added; check that the data folder can be written, then try again.</source>
        <translation>Санақты %1 файлына қосу мүмкін болмады: %2. Ештеңе қосылмады; деректер қалтасына жазуға болатынын тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>FaxPreviewDialog</name>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="118"/>
        <source>What the fax machine will print</source>
        <extracomment>Stretch down so a fax dot (1/204 inch across, 1/196 inch down) is square on screen.</extracomment>
        <translation>Факс аппараты не басып шығарады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="121"/>
        <source>This is the page as a fax machine prints it: 204 × 196 dots per inch, black and white. If small print is hard to read here, it will be on paper too.</source>
        <translation>Бетті факс аппараты осылай басып шығарады: дюймге 204 × 196 нүкте, ақ-қара. Ұсақ мәтінді мұнда оқу қиын болса, қағазда да солай болады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="126"/>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="127"/>
        <source>Fit the pages to the width</source>
        <translation>Беттерді ені бойынша сыйғызу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="128"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="129"/>
        <source>One fax dot to one screen dot</source>
        <translation>Факстың бір нүктесі — экранның бір нүктесі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="130"/>
        <source>The fax pages as they will print</source>
        <translation>Факс беттері басылатын күйінде</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="148"/>
        <source>Preparing the fax pages…</source>
        <translation>Факс беттері дайындалуда…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="229"/>
        <source>Page %1 of %2</source>
        <translation>%2 беттің %1-і</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/fax_preview.py" line="234"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="238"/>
        <source>The fax pages could not be made: %1</source>
        <translation>Факс беттерін дайындау мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_mode.py" line="97"/>
        <source>Next volunteer in %n s — touch anything to keep writing</source>
        <extracomment>What counts as a volunteer touching the laptop.</extracomment>
        <translation>
            <numerusform>Келесі ерікті %n с кейін — жазуды жалғастыру үшін кез келген нәрсені басыңыз</numerusform>
            <numerusform>Келесі ерікті %n с кейін — жазуды жалғастыру үшін кез келген нәрсені басыңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_mode.py" line="101"/>
        <source>%n letter(s) neither printed nor exported will be cleared</source>
        <translation>
            <numerusform>Басылмаған әрі экспортталмаған %n хат өшіріледі</numerusform>
            <numerusform>Басылмаған әрі экспортталмаған %n хат өшіріледі</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="104"/>
        <source>&amp;Keep writing</source>
        <translation>Жазуды &amp;жалғастыру</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="105"/>
        <source>Next volunteer countdown</source>
        <translation>Келесі еріктіге дейінгі кері санақ</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="40"/>
        <source>Your name and address</source>
        <translation>Атыңыз бен мекенжайыңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="41"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="42"/>
        <source>Their address</source>
        <translation>Алушының мекенжайы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="43"/>
        <source>Salutation</source>
        <translation>Үндеу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="44"/>
        <source>Talking points</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="45"/>
        <source>Your name</source>
        <translation>Атыңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="46"/>
        <source>Your e-mail</source>
        <translation>Электрондық поштаңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="47"/>
        <source>Your town</source>
        <translation>Қалаңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="48"/>
        <source>Their name</source>
        <translation>Алушының аты</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="49"/>
        <source>Their title</source>
        <translation>Алушының лауазымы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="50"/>
        <source>Action title</source>
        <translation>Акция атауы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="51"/>
        <source>UA number</source>
        <translation>UA нөмірі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="52"/>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="53"/>
        <source>Country</source>
        <translation>Ел</translation>
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
        <translation>Акция&amp;лар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="164"/>
        <source>Urgent Actions</source>
        <translation>Шұғыл акциялар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="165"/>
        <source>About this action</source>
        <translation>Осы акция туралы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="127"/>
        <source>&amp;Write to</source>
        <translation>&amp;Кімге жазу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="128"/>
        <source>Addressees</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="129"/>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="130"/>
        <source>Write to every addressee</source>
        <translation>Барлық алушыға жазу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="131"/>
        <source>None</source>
        <translation>Ешқайсысы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="132"/>
        <source>Copy to a diplomat:</source>
        <translation>Дипломатқа көшірме:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="134"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>Көшірмесін еліңізде аккредиттелген дипломатиялық өкілге де жіберу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="139"/>
        <source>Diplomatic representative</source>
        <translation>Дипломатиялық өкіл</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="140"/>
        <source>Address book…</source>
        <translation>Мекенжай кітабы…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="296"/>
        <source>(no embassy of this country in the address book)</source>
        <translation>(мекенжай кітабында бұл елдің елшілігі жоқ)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="389"/>
        <source>No e-mail address for: %1. No e-mail is written to them: print and post their letters, or fax them.</source>
        <translation>Электрондық пошта мекенжайы жоқ: %1. Оларға e-mail жазылмайды: хаттарын басып шығарып, поштамен немесе факспен жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="101"/>
        <source>&amp;Send by:</source>
        <translation>&amp;Жіберу тәсілі:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="102"/>
        <source>Your details (optional)</source>
        <translation>Сіздің деректеріңіз (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="103"/>
        <source>&amp;Name:</source>
        <translation>Аты-жө&amp;ні:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="104"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Мекенжай:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="106"/>
        <source>Your name</source>
        <translation>Аты-жөніңіз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="107"/>
        <source>Your postal address</source>
        <translation>Пошта мекенжайыңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="108"/>
        <source>Your e-mail address</source>
        <translation>Эл. пошта мекенжайыңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="109"/>
        <source>&amp;Town:</source>
        <translation>&amp;Қала:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="110"/>
        <source>Ph&amp;one:</source>
        <translation>Тел&amp;ефон:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="111"/>
        <source>Your phone or fax</source>
        <translation>Телефоныңыз не факсыңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="113"/>
        <source>A phone or fax number for replies, shown on the fax cover sheet (the organiser&apos;s, at an event)</source>
        <translation>Жауап үшін телефон не факс нөмірі, факстың мұқаба бетінде көрсетіледі (іс-шарада — ұйымдастырушының)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="119"/>
        <source>Your town</source>
        <translation>Сіздің қалаңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="120"/>
        <source>Sign with initials and town</source>
        <translation>Бас әріптермен және қаламен қол қою</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="124"/>
        <source>Advised if you have ties to the country: the letter shows your initials and town, not your name, address or e-mail</source>
        <translation>Сол елмен байланысыңыз болса, ұсынылады: хатта атыңыз, мекенжайыңыз не эл. поштаңыз емес, бас әріптеріңіз бен қалаңыз көрсетіледі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="131"/>
        <source>Remember my details on this computer</source>
        <translation>Деректерімді осы компьютерде есте сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="134"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>Ортақ компьютерде белгіні алып тастаңыз: сонда деректеріңіз әр хаттан кейін өшіріледі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="142"/>
        <source>This action asks every letter to be signed this way</source>
        <translation>Бұл акция әр хатқа осылай қол қоюды сұрайды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="100"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Хат &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="102"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Қағаз:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="103"/>
        <source>Letter language</source>
        <translation>Хат тілі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="105"/>
        <source>Paper size</source>
        <translation>Қағаз өлшемі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="105"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="152"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <extracomment>a choice made the letter fail (its TemplateProblem): the letter stays as it was lines of hers a point ticked or unticked could not carry (a tuple of str) the letters go by e-mail: the export button saves drafts to the outbox</extracomment>
        <translation>Не &amp;сұрау керек (қажетсізін алып тастаңыз):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="154"/>
        <source>Talking points</source>
        <translation>Негізгі талаптар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="155"/>
        <source>Letter text</source>
        <translation>Хат мәтіні</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="156"/>
        <source>Reset to the template</source>
        <translation>Үлгіге қайтару</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="157"/>
        <location filename="../src/uawriter/gui/menus.py" line="134"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="159"/>
        <source>Save e-mail dra&amp;fts</source>
        <translation>Хат &amp;жобаларын сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="161"/>
        <source>E&amp;xport PDF…</source>
        <translation>PDF-ке экс&amp;порттау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="163"/>
        <source>Add to my stac&amp;k</source>
        <translation>Менің бумама қо&amp;су</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="106"/>
        <source>Call, post, envelopes…</source>
        <translation>Қоңырау, жазба, конверттер…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="108"/>
        <source>Numbers to dial and what to say on the phone, a post for social media, the e-mail&apos;s text to copy, and envelopes or labels to print</source>
        <translation>Теретін нөмірлер және телефонмен не айту керек, әлеуметтік желіге жазба, көшіруге арналған хат мәтіні, басып шығаруға конверттер не жапсырмалар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="165"/>
        <source>Keep these letters and write for another action; then print or export them all at once</source>
        <translation>Осы хаттарды сақтап, басқа акция бойынша жазу; содан кейін бәрін бірден басып шығару немесе экспорттау</translation>
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
        <translation>PDF-ке &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="135"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Жобаны сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="136"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Мекенжай кітабы…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="137"/>
        <source>Pos&amp;tage…</source>
        <translation>&amp;Пошта тарифтері…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="138"/>
        <source>P&amp;hone, social media and envelopes…</source>
        <translation>&amp;Телефон, әлеуметтік желілер және конверттер…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="139"/>
        <source>What the &amp;fax machine will print…</source>
        <translation>&amp;Факс не басып шығарады…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="141"/>
        <source>&amp;Edit</source>
        <translation>Тү&amp;зету</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="142"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="143"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="144"/>
        <source>Reset letter to the template</source>
        <translation>Хатты үлгіге қайтару</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="145"/>
        <source>&amp;Language</source>
        <translation>Т&amp;іл</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="147"/>
        <source>&amp;About UA Writer</source>
        <translation>UA Writer &amp;туралы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="104"/>
        <source>Send by fax, post or e-mail</source>
        <translation>Факспен, поштамен немесе e-mail арқылы жіберу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="117"/>
        <source>Fax (with cover sheet)</source>
        <translation>Факс (титул парағымен)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="118"/>
        <source>Post (no cover sheet)</source>
        <translation>Пошта (титул парағынсыз)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="119"/>
        <source>E-mail (send later)</source>
        <translation>E-mail (кейін жіберу)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="125"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="126"/>
        <source>US Letter</source>
        <translation>Letter (АҚШ)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="65"/>
        <source>No deadline</source>
        <translation>Мерзімі жоқ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="68"/>
        <source>Open until %1</source>
        <translation>Ашық, мерзімі: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="69"/>
        <source>Closing soon: %1</source>
        <translation>Мерзімі жақында бітеді: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="70"/>
        <source>Deadline passed: %1</source>
        <translation>Мерзімі өтті: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="80"/>
        <source>UA %1, update %2</source>
        <translation>UA %1, %2-жаңарту</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="82"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="226"/>
        <source>Broken pack: %1</source>
        <translation>Бүлінген пакет: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="25"/>
        <source>Your changes are not in every letter</source>
        <translation>Өзгерістеріңіз әр хатта емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="27"/>
        <source>Some of your changes were to lines that differ in each letter (the greeting, the address) and are not in the letters to:

%1

Those letters would go without them. Go back to write your words on a line of their own, or go on without them?</source>
        <translation>Кейбір өзгерістеріңіз әр хатта әртүрлі жолдарға (сәлемдесу, мекенжай) енгізілген және мына хаттарда жоқ:

%1

Ол хаттар оларсыз жіберіледі. Сөздеріңізді бөлек жолға жазу үшін қайтасыз ба, әлде оларсыз жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="35"/>
        <source>Go back</source>
        <translation>Қайту</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="38"/>
        <source>Go on without them</source>
        <translation>Оларсыз жалғастыру</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="73"/>
        <source>Continue your stack?</source>
        <translation>Бумаңызды жалғастырасыз ба?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="75"/>
        <source>%n letter(s) were on your stack, neither printed nor exported, when UA Writer last stopped. Put them back on your stack?</source>
        <translation>
            <numerusform>UA Writer соңғы рет тоқтағанда бумаңызда басылмаған әрі экспортталмаған %n хат болды. Оны бумаңызға қайтарасыз ба?</numerusform>
            <numerusform>UA Writer соңғы рет тоқтағанда бумаңызда басылмаған әрі экспортталмаған %n хат болды. Оларды бумаңызға қайтарасыз ба?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="94"/>
        <source>%n letter(s) that were on your stack cannot be put back on it: their action could not be loaded this time, or has been replaced or changed since they were written. They are kept in this file until the next volunteer:</source>
        <translation>
            <numerusform>Бумаңызда болған %n хатты қайтару мүмкін емес: оның акциясы бұл жолы жүктелмеді немесе хат жазылғаннан бері ауыстырылды не өзгертілді. Ол келесі еріктіге дейін осы файлда сақталады:</numerusform>
            <numerusform>Бумаңызда болған %n хатты қайтару мүмкін емес: олардың акциясы бұл жолы жүктелмеді немесе хаттар жазылғаннан бері ауыстырылды не өзгертілді. Олар келесі еріктіге дейін осы файлда сақталады:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="104"/>
        <source>Some letters were not put back</source>
        <translation>Кейбір хаттар қайтарылмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="113"/>
        <source>You were writing a letter for the action “%1”, which could not be loaded this time. Your letter is kept until the action loads again: then choose it, and the letter is offered back.</source>
        <translation>Сіз «%1» акциясына хат жазып отырдыңыз, бұл жолы ол жүктелмеді. Акция қайта жүктелгенше хатыңыз сақталады: сонда оны таңдаңыз, хат сізге қайта ұсынылады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="121"/>
        <source>A letter is kept for later</source>
        <translation>Хат кейінге сақталды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="151"/>
        <source>Clear your letter?</source>
        <translation>Хатыңызды өшіру керек пе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="152"/>
        <source>Your letter has not been printed or exported. At an event nothing of a volunteer is kept for the next one: close UA Writer and clear your letter?</source>
        <translation>Хатыңыз басып шығарылған жоқ және экспортталған жоқ. Іс-шарада бір еріктінің ешнәрсесі келесіге сақталмайды: UA Writer-ді жауып, хатыңызды өшіру керек пе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="165"/>
        <source>Start another letter?</source>
        <translation>Басқа хат бастайсыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="166"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>Бұл хаттағы өзгерістеріңіз экспортталмады. Бәрібір басқа акцияға хат бастайсыз ба? (Ағымдағы хат жоба ретінде сақталып қалады.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="193"/>
        <source>Close with letters on your stack?</source>
        <translation>Бумада хаттар тұрғанда жабу керек пе?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="194"/>
        <source>%n letter(s) on your stack have been neither printed nor exported, and will be lost. Close anyway?</source>
        <translation>
            <numerusform>Бумадағы %n хат басылмады да, экспортталмады да, ол жоғалады. Бәрібір жабу керек пе?</numerusform>
            <numerusform>Бумадағы %n хат басылмады да, экспортталмады да, ол жоғалады. Бәрібір жабу керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="210"/>
        <source>Close while printing?</source>
        <translation>Басып шығару кезінде жабу керек пе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="211"/>
        <source>Pages are still being sent to the printer. Close anyway? The pages not sent yet will not be printed.</source>
        <translation>Беттер әлі принтерге жіберілуде. Бәрібір жабу керек пе? Әлі жіберілмеген беттер басылмайды.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="225"/>
        <source>Close without the organiser&apos;s work?</source>
        <translation>Ұйымдастырушының жұмысынсыз жабу керек пе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="226"/>
        <source>The organiser was working on a pack when the laptop was left. It is put away until the organiser types the PIN (Organiser tools…), and closing UA Writer now loses it. Close anyway?</source>
        <translation>Ноутбук қараусыз қалғанда ұйымдастырушы пакетпен жұмыс істеп жатқан еді. Ол ұйымдастырушы PIN кодын енгізгенше жасырылған (Ұйымдастырушы құралдары…), ал UA Writer-ді қазір жапсаңыз, ол жоғалады. Бәрібір жабу керек пе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="290"/>
        <source>The address book entry of %1 was corrected after your letters were put on the stack: the copies on your stack now go to the corrected address. Nothing was sent yet: print or export your stack again.</source>
        <translation>%1 мекенжай кітабындағы жазбасы хаттарыңыз топтамаға қойылғаннан кейін түзетілді: топтамадағы көшірмелер енді түзетілген мекенжайға барады. Әзірге ештеңе жіберілмеді: топтаманы қайта басып шығарыңыз немесе экспорттаңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="299"/>
        <source>The address book entry of %1 was corrected after your letters were put on the stack, and the copy on your stack could not be changed to match: its address or greeting was changed by hand. Nothing was sent: take that action&apos;s letters off the stack (Remove) and write them again.</source>
        <translation>%1 мекенжай кітабындағы жазбасы хаттарыңыз топтамаға қойылғаннан кейін түзетілді, ал топтамадағы көшірмені оған сәйкестендіру мүмкін болмады: оның мекенжайы немесе сәлемдесуі қолмен өзгертілген. Ештеңе жіберілмеді: сол акцияның хаттарын топтамадан алып тастап («Алып тастау»), қайта жазыңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="307"/>
        <source>An address was corrected</source>
        <translation>Мекенжай түзетілді</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="314"/>
        <source>The letters on your stack for “%1” were written from a copy of the action that has been replaced or removed since. They were not sent: the officials, addresses or fax numbers may have changed. Take them off the stack (Remove) and write them again.</source>
        <translation>Жинағыңыздағы «%1» хаттары кейін ауыстырылған не жойылған әрекет көшірмесінен жазылған. Олар жіберілмеді: лауазымды тұлғалар, мекенжайлар не факс нөмірлері өзгерген болуы мүмкін. Оларды жинақтан алып тастап (Алып тастау), қайта жазыңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="322"/>
        <source>The action “%1” has been removed from this computer since this letter was started. The letter was not sent.</source>
        <translation>Бұл хат басталғаннан кейін «%1» әрекеті осы компьютерден жойылды. Хат жіберілмеді.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="328"/>
        <source>The action “%1” has been replaced by another copy (revision %2) since this letter was started: the officials, addresses or fax numbers may have changed. The letter now uses the new copy, and your changes to it are kept. Nothing was sent: look at the letter, then send it again.</source>
        <translation>Бұл хат басталғаннан кейін «%1» әрекеті басқа көшірмемен (%2-нұсқа) ауыстырылды: лауазымды тұлғалар, мекенжайлар не факс нөмірлері өзгерген болуы мүмкін. Хат енді жаңа көшірмені пайдаланады, өзгертулеріңіз сақталды. Ештеңе жіберілмеді: хатты қарап шығып, қайта жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="335"/>
        <source>This action has changed</source>
        <translation>Бұл әрекет өзгерді</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="175"/>
        <source>Before you send this letter</source>
        <translation>Хатты жібермес бұрын</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="177"/>
        <source>This action asks:

%1

Has your letter kept to this?</source>
        <translation>Бұл акция сұрайды:

%1

Хатыңыз осыған сай ма?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="181"/>
        <source>This action asks what is written below.

Has your letter kept to this?</source>
        <translation>Бұл акция төменде жазылғанды сұрайды.

Хатыңыз осыған сай ма?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="202"/>
        <source>%n letter(s) on your stack for this action replaced by the new one(s): %1.</source>
        <translation>
            <numerusform>Бумаңыздағы осы акцияға арналған %n хат жаңасымен ауыстырылды: %1.</numerusform>
            <numerusform>Бумаңыздағы осы акцияға арналған %n хат жаңаларымен ауыстырылды: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="245"/>
        <source>Another volunteer&apos;s letters are on the stack</source>
        <translation>Бумада басқа еріктінің хаттары бар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="246"/>
        <source>The stack holds letters signed by %1, not printed or exported yet. Print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>Бумада %1 қол қойған, әлі басып шығарылмаған не экспортталмаған хаттар бар. Алдымен оларды басып шығарыңыз не экспорттаңыз (Менің бумам астындағы Бәрін басып шығару… не Бәрін экспорттау…), содан кейін өз хаттарыңызды қосыңыз. Хатыңыз әлі осында.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="261"/>
        <source>Letters without a name on the stack</source>
        <translation>Бумада атсыз хаттар бар</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="262"/>
        <source>The stack holds %n letter(s) written without a name, not printed or exported yet. Did you write them?

Yes: they go out with yours, signed %1.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>
            <numerusform>Бумада атсыз жазылған, әлі басылмаған не экспортталмаған %n хат бар. Оларды сіз жаздыңыз ба?

Иә: олар сіздікімен бірге %1 деп қол қойылып жіберіледі.
Жоқ: алдымен оларды басып шығарыңыз не экспорттаңыз (Менің бумам астындағы Бәрін басып шығару… не Бәрін экспорттау…), содан кейін өзіңізді қосыңыз. Хатыңыз осында.</numerusform>
            <numerusform>Бумада атсыз жазылған, әлі басылмаған не экспортталмаған %n хат бар. Оларды сіз жаздыңыз ба?

Иә: олар сіздікімен бірге %1 деп қол қойылып жіберіледі.
Жоқ: алдымен оларды басып шығарыңыз не экспорттаңыз (Менің бумам астындағы Бәрін басып шығару… не Бәрін экспорттау…), содан кейін өзіңізді қосыңыз. Хатыңыз осында.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="280"/>
        <source>Letters with other details on the stack</source>
        <translation>Бумада басқа деректері бар хаттар</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="281"/>
        <source>The stack holds %n letter(s) written without a name and with another address or e-mail for replies, not printed or exported yet. Did you write them?

Yes: they go out with yours, their cover sheets with the details you typed now.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>
            <numerusform>Бумада атсыз және жауап үшін басқа мекенжаймен не e-mail-мен жазылған, әлі басылмаған не экспортталмаған хаттар: %n. Оларды сіз жаздыңыз ба?

Иә: олар сіздікімен бірге жіберіледі, титул парақтарында қазір енгізген деректеріңіз болады.
Жоқ: алдымен оларды басып шығарыңыз не экспорттаңыз (Менің бумам астындағы Бәрін басып шығару… не Бәрін экспорттау…), содан кейін өзіңіздікін қосыңыз. Хатыңыз осында қалады.</numerusform>
            <numerusform>Бумада атсыз және жауап үшін басқа мекенжаймен не e-mail-мен жазылған, әлі басылмаған не экспортталмаған хаттар: %n. Оларды сіз жаздыңыз ба?

Иә: олар сіздікімен бірге жіберіледі, титул парақтарында қазір енгізген деректеріңіз болады.
Жоқ: алдымен оларды басып шығарыңыз не экспорттаңыз (Менің бумам астындағы Бәрін басып шығару… не Бәрін экспорттау…), содан кейін өзіңіздікін қосыңыз. Хатыңыз осында қалады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="199"/>
        <source>%n letter(s) added to your stack.</source>
        <translation>
            <numerusform>Бумаға %n хат қосылды.</numerusform>
            <numerusform>Бумаға %n хат қосылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="284"/>
        <source>This pack cannot be used</source>
        <translation>Бұл пакетті пайдалану мүмкін емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="285"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>Пакетті жасаған адамнан түзетілген нұсқасын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="286"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>Хат жазуды бастау үшін сол жақтан акцияны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="296"/>
        <source>Loading the actions…</source>
        <translation>Акциялар жүктелуде…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="319"/>
        <source>To check in this pack:</source>
        <translation>Осы пакетте тексеру керек:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="326"/>
        <source>your own language</source>
        <translation>өз тіліңіз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="328"/>
        <source>Write in:</source>
        <translation>Жазу тілдері:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="332"/>
        <source>What to ask for</source>
        <translation>Не сұрау керек</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="340"/>
        <source>Additional information</source>
        <translation>Қосымша ақпарат</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="346"/>
        <source>Further information:</source>
        <translation>Толығырақ:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="211"/>
        <source>Copy</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="211"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="215"/>
        <source>Fax %1</source>
        <translation>Факс %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="217"/>
        <source>no fax</source>
        <translation>факс жоқ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="357"/>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="358"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack_keeper.py" line="67"/>
        <source>%n letter(s) of your stack went out before UA Writer stopped, and are counted: they are not put back on it.</source>
        <extracomment>While the stack&apos;s letters go out: when they started, by which channels, in which turn (see :meth:`going_out`).</extracomment>
        <translation>
            <numerusform>Бумаңыздағы %n хат UA Writer тоқтағанға дейін жіберіліп, есепке алынды: ол бумаға қайтарылмайды.</numerusform>
            <numerusform>Бумаңыздағы %n хат UA Writer тоқтағанға дейін жіберіліп, есепке алынды: олар бумаға қайтарылмайды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack_keeper.py" line="122"/>
        <source>Your stack could not be saved: %1</source>
        <translation>Бумаңыз сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="391"/>
        <source>What you pasted held a run of more than %1 characters without a space, longer than any word: spaces were put in it. Check where it came from.</source>
        <translation>Қойылған мәтінде бос орынсыз %1 таңбадан артық тізбек болды — кез келген сөзден ұзын: оған бос орындар қойылды. Қайдан алынғанын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="460"/>
        <source>The letters set aside for this action went out and are counted: nothing of them is left to send.</source>
        <translation>Бұл акцияға қалдырылған хаттар жіберілді және есептелді: жіберетін ештеңе қалмады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="581"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>Кейбір өзгерістер бұл алушыда басқаша жазылған жолдарға қатысты болғандықтан, көшірілмеді: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="626"/>
        <source>Your details were not put in the letter: %1</source>
        <translation>Сіздің деректеріңіз хатқа қойылмады: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="780"/>
        <source>The outbox collects every volunteer&apos;s e-mails tonight. To choose it, enter the organiser PIN:</source>
        <translation>«Шығыс» қалтасына бүгін барлық еріктілердің электрондық хаттары жиналады. Оны таңдау үшін ұйымдастырушының PIN-кодын енгізіңіз:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/went.py" line="80"/>
        <source>Sent as it was when you sent it; your changes since are still to send.</source>
        <translation>Жіберген сәттегі күйінде кетті; содан бергі өзгерістеріңіз әлі жіберілмеген.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="259"/>
        <source>What you were working on is back: it was put away when the laptop was left.</source>
        <translation>Сіз істеп жатқан жұмыс қайта ашылды: ноутбук қараусыз қалғанда ол жасырылған еді.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/resume.py" line="149"/>
        <source>Your letters went out before UA Writer stopped, and are counted.</source>
        <translation>Хаттарыңыз UA Writer тоқтағанға дейін жіберіліп, есепке алынды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/resume.py" line="158"/>
        <source>%n letter(s) went out before UA Writer stopped, and are counted: their officials are no longer ticked in your letter.</source>
        <translation>
            <numerusform>%n хат UA Writer тоқтағанға дейін жіберіліп, есепке алынды: оның алушысы хатыңызда енді белгіленбеген.</numerusform>
            <numerusform>%n хат UA Writer тоқтағанға дейін жіберіліп, есепке алынды: олардың алушылары хатыңызда енді белгіленбеген.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/resume.py" line="228"/>
        <source>The copy to %1 was not restored: that contact is no longer in the address book for this action&apos;s country. Choose a copy again if one should go.</source>
        <translation>%1 үшін көшірме қалпына келтірілмеді: бұл байланыс енді осы акция елінің мекенжай кітабында жоқ. Көшірме жіберілуі керек болса, оны қайта таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="232"/>
        <source>The postage table could not be saved: %1</source>
        <translation>Тарифтер кестесін сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="193"/>
        <source>Choose an action and an addressee first.</source>
        <translation>Алдымен акция мен алушыны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="293"/>
        <source>(address book empty)</source>
        <translation>(мекенжай кітабы бос)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="299"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>Елшіліктер мен басқа дипломатиялық өкілдіктерді «Мекенжай кітабы…» арқылы қосыңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="355"/>
        <source>The address book could not be saved</source>
        <translation>Мекенжай кітабын сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="356"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

Мекенжайлар UA Writer жабылғанша сақталады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="375"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>Факс нөмірі жоқ: %1. Олардың хаттарына факс титул парағы қосылмайды: оларды басып шығарып, поштамен жіберіңіз немесе эл. поштамен жолдаңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="42"/>
        <source>%1 (asked for)</source>
        <translation>%1 (ұсынылады)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="179"/>
        <source>Change the letter&apos;s language?</source>
        <translation>Хаттың тілін өзгертесіз бе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="180"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>Хат жаңа тілде қайтадан жазылады, ал ондағы өзгерістеріңіз жоғалады. Тілді өзгертесіз бе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="301"/>
        <source>Le&amp;tter:</source>
        <translation>&amp;Хат:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="304"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>&amp;Хат алушысы: %1 (өзгерістеріңіз барлық хатқа енеді):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="385"/>
        <source>Reset the letter?</source>
        <translation>Хатты үлгіге қайтарасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="386"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>Хаттағы өзгерістеріңіздің орнына үлгінің мәтіні қойылады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/letter_pane.py" line="401"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n сөз</numerusform>
            <numerusform>%n сөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/letter_pane.py" line="403"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="239"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>Бұл пакеттің хатын жазу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="240"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>Хат үлгісінде қате бар:
%1

Пакетті жасаған адамнан түзетілген нұсқасын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="696"/>
        <location filename="../src/uawriter/gui/preview.py" line="200"/>
        <source>The preview failed: %1</source>
        <translation>Алдын ала қарау сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="222"/>
        <source>No addressee chosen</source>
        <translation>Алушы таңдалмаған</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="163"/>
        <location filename="../src/uawriter/gui/output.py" line="223"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <extracomment>whose turn it is: another after Next volunteer, or once another name signs (the tally&apos;s turn: Hans typing his name over Aigerim&apos;s is Hans&apos;s turn, probe 83b) the letter&apos;s draft saved now, with what was counted by hand in it &quot;I sent this e-mail&quot; counts a letter given back after a crash was kept with, by (action, addressee): its e-mail drafts take them back, as in one window (probe 92b: counted twice); until Next volunteer, or used</extracomment>
        <translation>«Кімге жазу» бөлімінде кемінде бір алушыны белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="230"/>
        <source>Some characters cannot be printed</source>
        <translation>Кейбір таңбаларды басып шығару мүмкін емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="231"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>UA Writer-де бұл таңбаларға қаріп жоқ, сондықтан олардың орнына бос шаршылар басылады: %1

Оларды хатта өзгертесіз бе, әлде бәрібір жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="247"/>
        <location filename="../src/uawriter/gui/output.py" line="309"/>
        <location filename="../src/uawriter/gui/printing.py" line="97"/>
        <location filename="../src/uawriter/gui/printing.py" line="194"/>
        <source>Printing failed</source>
        <extracomment>Pages rendered by one task and painted together.</extracomment>
        <translation>Басып шығару сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="98"/>
        <source>%1 is not a file: print to a file in a folder.</source>
        <translation>%1 файл емес: қалтадағы файлға басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="111"/>
        <source>Printed to another file</source>
        <translation>Басқа файлға басылды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="112"/>
        <source>%1 holds letters that were exported and counted, and is kept: the pages go to %2 instead.</source>
        <translation>%1 экспортталған және есепке алынған хаттарды қамтиды, ол сақталды: беттер %2 файлына барады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="191"/>
        <source>The printer could not be started.</source>
        <extracomment>why the hidden file beside the chosen one could not be made, if it could not</extracomment>
        <translation>Принтерді іске қосу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="255"/>
        <source>Printing…</source>
        <extracomment>Until its pages went to the printer, or it was stopped (the window closing)</extracomment>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="91"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>Мерзімі өтті (%1): жіберер алдында өз бөлімшеңізден біліп алыңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="349"/>
        <source>Export the letter as PDF</source>
        <translation>Хатты PDF-ке экспорттау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="352"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="368"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>%n хатқа арналған қалтаны таңдаңыз</numerusform>
            <numerusform>%n хатқа арналған қалтаны таңдаңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="464"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>%n хат экспортталуда…</numerusform>
            <numerusform>%n хат экспортталуда…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="562"/>
        <location filename="../src/uawriter/gui/output.py" line="603"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>%n хат %1 қалтасына сақталды.</numerusform>
            <numerusform>%n хат %1 қалтасына сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="372"/>
        <source>Save the letters here</source>
        <translation>Хаттарды осында сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="112"/>
        <source>The letters went out, but could not be counted: %1</source>
        <extracomment>Where each letter that goes out is counted (None: not counted). The event running on this laptop, for the tally. Put before each file name (&quot;V03 &quot;, the volunteer&apos;s number at an event). The e-mails counted by &quot;I sent this e-mail&quot; in this turn: their records&apos; ids, by (action, addressee), taken back when their drafts are saved and counted.</extracomment>
        <translation>Хаттар жіберілді, бірақ оларды есептеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="127"/>
        <source>Counted before that: %1 of %2 files. Count only the others by hand (Event, Add counts): %3</source>
        <translation>Оған дейін саналғаны: %2 файлдың %1. Тек қалғандарын қолмен санаңыз (Іс-шара, Санақ қосу): %3</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="174"/>
        <source>These letters would not be counted</source>
        <extracomment>Told the letters of one print or export once they went out (an export cancelled part-way: those written). The stack passes one, so that its letters leave it when they, not another output that ends meanwhile, went out.</extracomment>
        <translation>Бұл хаттар есепке алынбайды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="175"/>
        <source>UA Writer cannot add to its count of letters: %1

Please tell the organiser. Send the letters anyway, without counting them?</source>
        <translation>UA Writer хаттарды есебіне қоса алмайды: %1

Ұйымдастырушыға айтыңыз. Хаттарды есепке алмай-ақ жіберу керек пе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="296"/>
        <source>Printing stopped: %1 of %2 letters went to the printer.</source>
        <translation>Басып шығару тоқтатылды: %2 хаттың %1 хаты принтерге жіберілді.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="427"/>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="429"/>
        <source>(%1 was there already, not written by you, and is kept.)</source>
        <translation>(%1 бұрыннан бар еді, оны сіз жазған жоқсыз, ол сақталды.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="465"/>
        <location filename="../src/uawriter/gui/printing.py" line="256"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="528"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>Экспорт тоқтатылды: %2 хаттан %1 хат сақталды.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="560"/>
        <source>Letters exported</source>
        <translation>Хаттар экспортталды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="568"/>
        <source>Open folder</source>
        <translation>Буманы ашу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="581"/>
        <location filename="../src/uawriter/gui/output.py" line="606"/>
        <source>Not all the letters could be saved</source>
        <translation>Хаттардың бәрі сақталмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="582"/>
        <source>%1 of %2 letters were saved in %3 and counted; then UA Writer could not write there:
%4

The other letters were not saved; they are still here (their addressees stay ticked, or they stay on your stack). Export them to another folder, for example on a USB stick or in Documents.</source>
        <translation>%2 хаттың %1 хаты %3 ішінде сақталып, есепке алынды; содан кейін UA Writer оған жаза алмады:
%4

Қалған хаттар сақталмады; олар осында (алушылары белгіленген күйі қалады немесе олар жинағыңызда қалады). Оларды басқа қалтаға, мысалы USB-жинақтауышқа немесе «Құжаттар» қалтасына экспорттаңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="601"/>
        <location filename="../src/uawriter/gui/output.py" line="612"/>
        <source>The letters could not be saved</source>
        <translation>Хаттарды сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="613"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>UA Writer %1 бумасына жаза алмады:
%2

Хатыңыз жоғалған жоқ. Басқа буманы таңдаңыз, мысалы, флешкадағы немесе «Құжаттар» ішіндегі.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="152"/>
        <source>The draft could not be saved: %1</source>
        <translation>Жобаны сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="146"/>
        <source>Draft saved</source>
        <extracomment>The outputs of each action&apos;s letter under way: token -&gt; (when, channels, turn). Kept per action (a letter set aside while its e-mails are saved keeps its own) and per output (a second started meanwhile replaced the first&apos;s: probe 93a). At an event, the letters set aside as they are, her details in them: the file holds none, and taken back from it her lines written in them were lost unsaid. Kept in memory only, until Next volunteer (or the window closes). The letter each action&apos;s set-aside draft was made from (the session object: any change to a letter makes a new one), to know it as sent (probe 80a).</extracomment>
        <translation>Жоба сақталды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="316"/>
        <source>One of them held tonight&apos;s event: no event is running now, so the organiser&apos;s tools are not locked and nothing is cleared between volunteers. If an event was running, the organiser starts it again (Event menu) before the next volunteer sits down.</source>
        <translation>Олардың бірінде бүгінгі іс-шара болды: қазір іс-шара жүріп жатқан жоқ, сондықтан ұйымдастырушының құралдары құлыпталмаған және еріктілер арасында ештеңе тазаланбайды. Егер іс-шара жүріп жатса, келесі ерікті отырмай тұрып ұйымдастырушы оны қайта бастайды («Іс-шара» мәзірі).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="323"/>
        <source>Some saved files were damaged</source>
        <translation>Кейбір сақталған файлдар бүлінген</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="312"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>Олар бөлек қойылды, ал UA Writer басынан бастап іске қосылды:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="54"/>
        <source>Continue your letter?</source>
        <translation>Хатыңызды жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="56"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>Сіз «%1» бойынша хат жазып жатыр едіңіз. Жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/window_settings.py" line="39"/>
        <source>Settings could not be saved: %1</source>
        <translation>Баптауларды сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="35"/>
        <source>Version %1</source>
        <translation>Нұсқасы %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="36"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>Шұғыл акцияларға үндеу хаттарын интернетсіз жазып, басып шығарыңыз және поштамен не факспен жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="39"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer — еркін бағдарлама: оны GNU General Public License лицензиясының 3-нұсқасы немесе кез келген кейінгі нұсқасы (GPL-3.0-or-later) шарттарымен таратуға және өзгертуге болады. Ол ешқандай кепілдіксіз беріледі.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="45"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>Бағдарламамен бірге келетін және хаттарға ендірілетін қаріптер де еркін:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="50"/>
        <source>About UA Writer</source>
        <translation>UA Writer туралы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="129"/>
        <source>Keep your letter?</source>
        <translation>Хатыңызды сақтайсыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="131"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>Хатыңыз басып шығарылған да, экспортталған да жоқ. Келесі жолға жоба ретінде сақтайсыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="432"/>
        <source>My stack</source>
        <extracomment>Room in the stack&apos;s file for what :func:`stack_data` adds to its letters when the stack goes out (the time, the channels, the turn) and for the format&apos;s name and version. What the window writes of an official at most: a pack&apos;s (packs/limits.py) or an address book contact&apos;s (storage/address_book.py), whichever is more. A record holding more was damaged on disk: a stack file&apos;s official of 120,000 address lines was taken back, and then every save of the stack was refused as too big (probe 74c). Of an official&apos;s e-mails, phones and social media accounts: as many as an address has lines. A pack&apos;s official who has more is made again from the pack (see :func:`_letter_of`). The characters of each of the sender&apos;s boxes at most (sender_pane.py), in the order :class:`~uawriter.domain.model.Sender` takes them.</extracomment>
        <translation>Менің бумам</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="433"/>
        <source>Print all…</source>
        <translation>Бәрін басып шығару…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="434"/>
        <source>Export all…</source>
        <translation>Бәрін экспорттау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="435"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="437"/>
        <source>Take the chosen action&apos;s letters off the stack</source>
        <translation>Таңдалған акция хаттарын бумадан алып тастау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="533"/>
        <source>Take these letters off your stack?</source>
        <translation>Бұл хаттарды бумаңыздан алып тастау керек пе?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="534"/>
        <source>%n letter(s) for %1, neither printed nor exported, would be taken off your stack and could not be brought back. Take them off?</source>
        <translation>
            <numerusform>%1 үшін басылмаған және экспортталмаған %n хат бумаңыздан алынып тасталады және оны қайтару мүмкін болмайды. Алып тастау керек пе?</numerusform>
            <numerusform>%1 үшін басылмаған және экспортталмаған %n хат бумаңыздан алынып тасталады және оларды қайтару мүмкін болмайды. Алып тастау керек пе?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="559"/>
        <source>%1: %n letter(s) in %2</source>
        <translation>
            <numerusform>%1: %n хат, %2</numerusform>
            <numerusform>%1: %n хат, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="569"/>
        <source>%n letter(s) waiting. Choose another action to add more, or print or export them all.</source>
        <translation>
            <numerusform>%n хат күтіп тұр. Тағы қосу үшін басқа акцияны таңдаңыз немесе бәрін басып шығарыңыз не экспорттаңыз.</numerusform>
            <numerusform>%n хат күтіп тұр. Тағы қосу үшін басқа акцияны таңдаңыз немесе бәрін басып шығарыңыз не экспорттаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="45"/>
        <source>Post to %1 is suspended: send by e-mail or fax, or through the embassy.</source>
        <translation>%1 еліне пошта жіберу тоқтатылған: e-mail не факспен немесе елшілік арқылы жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="50"/>
        <source>Post to %1: %2 for a letter of one sheet.</source>
        <translation>%1 еліне хат: бір парақ үшін %2.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="115"/>
        <source>Choose the outbox for e-mail drafts (for example on a USB stick)</source>
        <extracomment>whether the outbox may be chosen now (at an event: the organiser&apos;s, with the PIN) the volunteer at the laptop: e-mails that finish saving after the next one has come show nothing of the last one&apos;s (see :meth:`next_turn`) the last write to the outbox failed: the next one asks where, so that another folder can be chosen while the full stick is still there</extracomment>
        <translation>Хат жобаларына арналған «Шығыс» қалтасын таңдаңыз (мысалы, USB жинақтауышта)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="119"/>
        <source>Collect e-mails here</source>
        <translation>Хаттарды осында жинау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="217"/>
        <source>The e-mails could not be saved</source>
        <translation>Хаттарды сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="218"/>
        <source>UA Writer could not write to the outbox %1:
%2

Your letter is still here. Save it again to choose another outbox folder, or send the letter by post or fax.</source>
        <translation>UA Writer «Шығыс» қалтасына жаза алмады %1:
%2

Хатыңыз осында. Басқа қалтаны таңдау үшін оны қайта сақтаңыз немесе хатты поштамен не факспен жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="240"/>
        <source>Not all the e-mails could be saved</source>
        <translation>Барлық электрондық хаттар сақталмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="241"/>
        <source>%1 of %2 e-mails were saved in the outbox %3 and counted; then UA Writer could not write there:
%4

The addressees still ticked are the ones not written to. Save again to choose another outbox folder, or send their letters by post or fax.</source>
        <translation>%2 электрондық хаттың %1 хаты «Шығыс» қалтасында (%3) сақталып, есепке алынды; содан кейін UA Writer оған жаза алмады:
%4

Белгіленген күйі қалған алушыларға хат жазылмады. Басқа қалтаны таңдау үшін қайта сақтаңыз немесе оларға хатты поштамен не факспен жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="257"/>
        <source>No e-mail address</source>
        <translation>Электрондық пошта мекенжайы жоқ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="258"/>
        <source>The Urgent Action gives no e-mail address for:
%1

Send the letter by post or fax instead (“Send by” above).</source>
        <translation>Шұғыл әрекетте мына алушының электрондық пошта мекенжайы жоқ:
%1

Хатты поштамен не факспен жіберіңіз (жоғарыдағы «Жіберу тәсілі»).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="275"/>
        <source>E-mails ready to send</source>
        <translation>Хаттар жіберуге дайын</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/outbox.py" line="277"/>
        <source>%n e-mail draft(s) saved in the outbox %1.</source>
        <translation>
            <numerusform>%n хат жобасы «Шығыс» қалтасына сақталды: %1.</numerusform>
            <numerusform>%n хат жобасы «Шығыс» қалтасына сақталды: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="282"/>
        <source>The organiser sends them from a computer that is online: each file opens in a mail program (Thunderbird, Outlook, Apple Mail) ready to send.</source>
        <translation>Ұйымдастырушы оларды интернетке қосылған компьютерден жібереді: әр файл пошта бағдарламасында (Thunderbird, Outlook, Apple Mail) жіберуге дайын күйде ашылады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="290"/>
        <source>No e-mail address for: %1. Send them by post or fax.</source>
        <translation>Электрондық пошта мекенжайы жоқ: %1. Оларға поштамен не факспен жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="298"/>
        <source>Open in mail program</source>
        <translation>Пошта бағдарламасында ашу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="301"/>
        <source>Open outbox</source>
        <translation>«Шығыс» қалтасын ашу</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="272"/>
        <source>Edit action pack</source>
        <extracomment>Which drafted addressee and point each row is (None: added here): the UA&apos;s lines are found by the drafted ones, which a row no longer is once one before it was removed (probe 75a: the President&apos;s fax was marked beside the Prosecutor&apos;s).</extracomment>
        <translation>Акция пакетін өңдеу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="273"/>
        <source>Action</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="274"/>
        <source>What to ask for</source>
        <translation>Не сұрау керек</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="275"/>
        <source>Addressees</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="276"/>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="546"/>
        <source>Discard the changes to this pack?</source>
        <translation>Осы топтамадағы өзгерістерден бас тарту керек пе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="548"/>
        <source>What you typed in this pack is not saved. Save it now, discard it, or go on editing?</source>
        <translation>Осы топтамаға жазғаныңыз сақталмаған. Қазір сақтау, бас тарту немесе өңдеуді жалғастыру керек пе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="558"/>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="680"/>
        <source>The pack has changed since you opened it</source>
        <translation>Пакет сіз оны ашқаннан кейін өзгерді</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="682"/>
        <source>The pack “%1” was changed on this computer after you opened it here: another copy was imported, or it was saved from another window. Saving replaces that copy with yours, and what it changed is lost.

To keep both, give yours another id (Action tab) and save it again. Replace the other copy with yours?</source>
        <translation>«%1» пакеті сіз оны осында ашқаннан кейін осы компьютерде өзгертілді: басқа көшірме импортталды немесе ол басқа терезеден сақталды. Сақтау сол көшірмені сіздікімен ауыстырады, ондағы өзгертулер жоғалады.

Екеуін де сақтау үшін өзіңіздікіне басқа id беріңіз (Акция қойындысы) де, қайта сақтаңыз. Басқа көшірмені өзіңіздікімен ауыстырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="693"/>
        <source>Replace it</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="312"/>
        <source>Pack id:</source>
        <translation>Пакет идентификаторы:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="313"/>
        <source>Written in (language code):</source>
        <translation>Бастапқы тілі (коды):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="314"/>
        <source>Contacts checked on (YYYY-MM-DD):</source>
        <translation>Байланыстар тексерілген күн (ЖЖЖЖ-АА-КК):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="315"/>
        <source>UA number:</source>
        <translation>UA нөмірі:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="316"/>
        <source>Issued on (YYYY-MM-DD):</source>
        <translation>Шыққан күні (ЖЖЖЖ-АА-КК):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="317"/>
        <source>Deadline (YYYY-MM-DD, empty for none):</source>
        <translation>Мерзімі (ЖЖЖЖ-АА-КК, жоқ болса бос):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="318"/>
        <source>Country code:</source>
        <translation>Ел коды:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="319"/>
        <source>Write in (language codes):</source>
        <translation>Жазу тілдері (кодтары):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="320"/>
        <source>Further information (web address):</source>
        <translation>Толығырақ (веб-мекенжай):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="327"/>
        <source>Revision:</source>
        <translation>Редакциясы:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="328"/>
        <source>Update number (0 for the first UA):</source>
        <translation>Жаңарту нөмірі (алғашқы UA үшін 0):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="330"/>
        <source>Letters may also be written in the writer&apos;s own language</source>
        <translation>Хаттарды жіберушінің өз тілінде де жазуға болады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="333"/>
        <source>Post to this country is suspended (use e-mail, fax or the embassy)</source>
        <translation>Бұл елге пошта жіберу тоқтатылған (e-mail, факс не елшілік)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="337"/>
        <source>Texts in:</source>
        <translation>Мәтіндер тілі:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="338"/>
        <source>Add a language…</source>
        <translation>Тіл қосу…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="340"/>
        <source>Title:</source>
        <translation>Тақырыбы:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="341"/>
        <source>Summary:</source>
        <translation>Қысқаша мазмұны:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="342"/>
        <source>Additional information:</source>
        <translation>Қосымша ақпарат:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="343"/>
        <source>After the deadline:</source>
        <translation>Мерзім өткеннен кейін:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="344"/>
        <source>Copies to diplomats:</source>
        <translation>Дипломаттарға көшірме:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="389"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="501"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="390"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="502"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="391"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="505"/>
        <source>Id:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="392"/>
        <source>Paragraph of the letter:</source>
        <translation>Хаттағы абзац:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="503"/>
        <source>Role:</source>
        <translation>Рөлі:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="506"/>
        <source>Title:</source>
        <comment>an addressee&apos;s position, such as Minister of Justice</comment>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="509"/>
        <source>Name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="510"/>
        <source>Organisation:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="511"/>
        <source>Country (as on the envelope):</source>
        <translation>Ел (конверттегідей):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="512"/>
        <source>Fax:</source>
        <translation>Факс:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="516"/>
        <source>Address lines:</source>
        <translation>Мекенжай жолдары:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="517"/>
        <source>E-mails (separated by commas):</source>
        <translation>Эл. пошта (үтірмен бөліп):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="519"/>
        <source>Telephone numbers (separated by commas):</source>
        <translation>Телефондар (үтір арқылы):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="521"/>
        <source>Social media (such as twitter: @name):</source>
        <translation>Әлеуметтік желілер (мысалы, twitter: @атау):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="523"/>
        <source>Salutation (in the language above):</source>
        <translation>Қаратпа сөз (мәтіндер тілінде):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="122"/>
        <source>Add a letter language…</source>
        <translation>Хат тілін қосу…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="123"/>
        <source>Letter:</source>
        <translation>Хат:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="125"/>
        <source>Insert field</source>
        <translation>Өріс қою</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="127"/>
        <source>Put a field where the cursor is: the salutation, their address, the talking points, your name… Each is filled in for every letter.</source>
        <translation>Курсор тұрған жерге өріс қою: үндеу, мекенжай, талаптар, атыңыз… Әрқайсысы әр хатта толтырылады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="133"/>
        <source>Show template code</source>
        <translation>Үлгі кодын көрсету</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="135"/>
        <source>This letter uses template code the field menu does not have, so it is shown as code. Edit it here, or start a new letter language from a simple letter.</source>
        <translation>Бұл хатта өрістер мәзірінде жоқ үлгі коды бар, сондықтан ол код түрінде көрсетілген. Оны осында түзетіңіз немесе жаңа хат тілін қарапайым хаттан бастаңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="124"/>
        <source>The letter it makes:</source>
        <translation>Шығатын хат:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="279"/>
        <source>Problems</source>
        <translation>Қателер</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="531"/>
        <source>Write to (target)</source>
        <translation>Кімге жазу (негізгі алушы)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="532"/>
        <source>Copy to</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="442"/>
        <source>Language code (such as kk, ru, es):</source>
        <translation>Тіл коды (мысалы, kk, ru, es):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="453"/>
        <source>UA Writer does not know the language code “%1”.</source>
        <translation>UA Writer «%1» тіл кодын білмейді.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="459"/>
        <source>Add a language</source>
        <translation>Тіл қосу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="467"/>
        <source>Add a letter language</source>
        <translation>Хат тілін қосу</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/pack_editor_problems.py" line="38"/>
        <source>%n problem(s) to fix before the pack can be used:</source>
        <translation>
            <numerusform>Пакетті пайдалану үшін %n қатені түзету керек:</numerusform>
            <numerusform>Пакетті пайдалану үшін %n қатені түзету керек:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_problems.py" line="41"/>
        <source>The pack is ready to use.</source>
        <translation>Пакет пайдалануға дайын.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="633"/>
        <source>Save a pack with problems?</source>
        <translation>Қателері бар пакетті сақтайсыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="635"/>
        <source>Until the problems are fixed the pack is listed as broken and cannot be used for letters. Save it anyway?</source>
        <translation>Қателер түзетілгенше пакет бүлінген деп көрсетіледі және оны хат жазуға пайдалану мүмкін болмайды. Бәрібір сақтайсыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="645"/>
        <source>Give the pack an id first.</source>
        <translation>Алдымен пакет идентификаторын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="653"/>
        <source>The pack could not be saved:
%1</source>
        <translation>Пакетті сақтау мүмкін болмады:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/source_pane.py" line="108"/>
        <source>The Urgent Action: the lines the field you are in was read from are marked.</source>
        <extracomment>the key shown and its lines (1-based, inclusive), for the window and for tests</extracomment>
        <translation>Шұғыл акция: сіз тұрған өріс алынған жолдар белгіленген.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/source_pane.py" line="115"/>
        <source>Check what was said about the text:</source>
        <translation>Мәтін туралы айтылғанды тексеріңіз:</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="135"/>
        <source>&amp;Packs</source>
        <translation>Пак&amp;еттер</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="136"/>
        <source>&amp;New pack…</source>
        <translation>&amp;Жаңа пакет…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="137"/>
        <source>&amp;Edit this pack…</source>
        <translation>&amp;Осы пакетті өңдеу…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="138"/>
        <source>&amp;Import a pack…</source>
        <translation>Пакетті &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="139"/>
        <source>&amp;Draft a pack from an Urgent Action…</source>
        <translation>Акция мәтінінен пакет &amp;дайындау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="140"/>
        <source>&amp;Share this pack as a file…</source>
        <translation>Пакетпен файл арқылы &amp;бөлісу…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="147"/>
        <source>Import an action pack</source>
        <translation>Акция пакетін импорттау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="150"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="212"/>
        <source>Action packs (*.uapack)</source>
        <translation>Акция пакеттері (*.uapack)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="181"/>
        <source>Replace the pack?</source>
        <translation>Пакетті ауыстырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="188"/>
        <source>The pack was not imported</source>
        <translation>Пакет импортталмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="209"/>
        <source>Share the pack as a file</source>
        <translation>Пакетпен файл арқылы бөлісу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="229"/>
        <source>The pack could not be saved</source>
        <translation>Пакетті сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="232"/>
        <source>Saved %1: copy it to a USB stick to share it.</source>
        <translation>Сақталды: %1. Бөлісу үшін оны флешкаға көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="293"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="305"/>
        <source>The pack cannot be opened</source>
        <translation>Пакетті ашу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="311"/>
        <source>Edit a copy?</source>
        <translation>Көшірмесін өңдейсіз бе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="313"/>
        <source>Packs that come with UA Writer cannot be changed. Edit a copy of this one instead? It is saved with your own packs, under a new id.</source>
        <translation>UA Writer-мен бірге келетін пакеттерді өзгерту мүмкін емес. Оның орнына осы пакеттің көшірмесін өңдейсіз бе? Көшірме өз пакеттеріңізбен бірге жаңа идентификатормен сақталады.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="257"/>
        <source>Organiser PIN</source>
        <translation>Ұйымдастырушы PIN коды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="259"/>
        <source>This is for the event&apos;s organiser. Enter the PIN:</source>
        <translation>Бұл кеш ұйымдастырушысына арналған. PIN кодын енгізіңіз:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="263"/>
        <source>This PIN stops volunteers changing the event by accident. It does not protect data.</source>
        <translation>Бұл PIN ерікті адамдардың кешті абайсызда өзгертуіне жол бермейді. Ол деректерді қорғамайды.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="268"/>
        <source>That is not the PIN set when the event started.</source>
        <translation>Бұл кеш басталғанда орнатылған PIN емес.</translation>
    </message>
</context>
<context>
    <name>PostageDialog</name>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="113"/>
        <source>Postage</source>
        <translation>Пошта тарифтері</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Letter (one sheet)</source>
        <translation>Хат (бір парақ)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Post suspended</source>
        <translation>Пошта тоқтатылған</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="116"/>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="120"/>
        <source>Your section&apos;s postage for a letter of one sheet, per country (a code such as KZ, or its name). Where post is suspended, volunteers are told to send by e-mail or fax, or through the embassy.</source>
        <translation>Бөлімшеңіздің бір парақ хатқа арналған пошта тарифтері, ел бойынша (KZ сияқты код не атауы). Пошта тоқтатылған жерде еріктілерге e-mail, факс не елшілік арқылы жіберу ұсынылады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="125"/>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="126"/>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="127"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="128"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="157"/>
        <source>Row %1: “%2” is not a country; type its code, such as KZ.</source>
        <translation>%1-жол: «%2» — ел емес; оның кодын жазыңыз, мысалы KZ.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="183"/>
        <source>Import a postage table</source>
        <translation>Тарифтер кестесін импорттау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="186"/>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="220"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="193"/>
        <source>the file is too big to be a postage table</source>
        <translation>файл тарифтер кестесі болу үшін тым үлкен</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="197"/>
        <source>the file is not in UTF-8; open it in the spreadsheet and save it as “CSV UTF-8” (or “Unicode Text”)</source>
        <translation>файл UTF-8 кодтауында емес; оны электрондық кестеде ашып, «CSV UTF-8» (немесе «Юникод мәтіні») ретінде сақтаңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="200"/>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="204"/>
        <source>The postage table was not imported</source>
        <translation>Тарифтер кестесі импортталмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="217"/>
        <source>Export the postage table</source>
        <translation>Тарифтер кестесін экспорттау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="233"/>
        <source>The postage table was not saved</source>
        <translation>Тарифтер кестесі сақталмады</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="117"/>
        <source>Preview</source>
        <extracomment>Why the latest render failed (&quot;&quot; when it did not): shown in place of the pages.</extracomment>
        <translation>Алдын ала қарау</translation>
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
        <translation>Кішірейту</translation>
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
        <translation>Үлкейту</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="124"/>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="125"/>
        <source>Fit to width</source>
        <translation>Енін сыйдыру</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="126"/>
        <source>Preview of the letter as it prints</source>
        <translation>Хаттың басып шығарылатын түрі</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../src/uawriter/gui/qt_words.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/qt_words.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
</context>
<context>
    <name>StartEventDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="153"/>
        <source>Start an event</source>
        <translation>Кешті бастау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="155"/>
        <source>Event &amp;name:</source>
        <translation>Кеш &amp;атауы:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="156"/>
        <source>&amp;Place:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="157"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="158"/>
        <source>Organiser &amp;PIN:</source>
        <translation>Ұйымдастырушы &amp;PIN коды:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="159"/>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;қайтадан:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="160"/>
        <source>Next volunteer after &amp;idle:</source>
        <translation>&amp;Әрекетсіздіктен кейін келесі ерікті:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="164"/>
        <source>Optional, e.g. Write for Rights evening</source>
        <translation>Міндетті емес, мысалы, «Құқық үшін жаз» кеші</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="165"/>
        <source>Optional, e.g. Central Library</source>
        <translation>Міндетті емес, мысалы, Орталық кітапхана</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="166"/>
        <source>The event has a date</source>
        <translation>Кештің күні бар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="167"/>
        <source>4 digits or more</source>
        <translation>4 немесе одан көп цифр</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="170"/>
        <source>This PIN stops volunteers changing the event by accident (ending it, editing packs or settings). It does not protect data.</source>
        <translation>Бұл PIN ерікті адамдардың кешті абайсызда өзгертуіне (аяқтауына, пакеттерді не баптауларды өңдеуіне) жол бермейді. Ол деректерді қорғамайды.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="174"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="177"/>
        <source>When no one has touched the laptop for this long, a countdown appears, then the window is cleared for the next volunteer.</source>
        <translation>Ноутбукқа осынша уақыт ешкім тиіспесе, кері санақ шығады, содан кейін терезе келесі ерікті үшін тазаланады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="182"/>
        <source>&amp;Start the event</source>
        <translation>Кешті &amp;бастау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="205"/>
        <source>The PIN must be 4 digits or more (0 to 9 only).</source>
        <translation>PIN 4 немесе одан көп цифрдан тұруы керек (тек 0–9).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="208"/>
        <source>The two PINs are not the same: type it again.</source>
        <translation>Екі PIN сәйкес емес: қайта теріңіз.</translation>
    </message>
</context>
<context>
    <name>TakeBackCountsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="473"/>
        <source>Take back counts</source>
        <extracomment>What was written to the tally when the dialog was accepted.</extracomment>
        <translation>Санақтарды кері алу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="476"/>
        <source>Tick the hand counts added by mistake (a number mistyped, a pile of cards added twice). They are taken back from the tally, and from the tally of the laptop it is merged into.</source>
        <translation>Қателесіп қосылған қолмен санақтарды белгілеңіз (қате терілген сан, екі рет қосылған карточкалар бумасы). Олар есептен де, ол біріктірілетін ноутбуктің есебінен де кері алынады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="481"/>
        <source>No hand count has been added to what is shown.</source>
        <translation>Көрсетілгенге қолмен санақ қосылмаған.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="497"/>
        <source>&amp;Take back</source>
        <translation>&amp;Кері алу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="515"/>
        <source>Tick the counts to take back.</source>
        <translation>Кері алынатын санақтарды белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="524"/>
        <source>The counts could not be taken back in %1: %2. Nothing was changed; check that the data folder can be written, then try again.</source>
        <translation>Санақтарды %1 ішінде кері алу мүмкін болмады: %2. Ештеңе өзгертілмеді; деректер қалтасына жазуға болатынын тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>TotalsTable</name>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="43"/>
        <source>Post</source>
        <extracomment>The per-action columns: action, all letters, then each channel and hand count.</extracomment>
        <translation>Пошта</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="44"/>
        <source>Printed</source>
        <translation>Басылған</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="45"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="46"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="47"/>
        <source>Calls</source>
        <translation>Қоңыраулар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="48"/>
        <source>Posts</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="49"/>
        <source>Handwritten</source>
        <translation>Қолмен</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="50"/>
        <source>Signatures</source>
        <translation>Қолтаңбалар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="51"/>
        <source>Cards</source>
        <translation>Ашықхаттар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="56"/>
        <source>Action</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="56"/>
        <source>All letters</source>
        <translation>Барлық хаттар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="59"/>
        <source>Totals per action</source>
        <translation>Акциялар бойынша қорытынды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="96"/>
        <source>Total</source>
        <translation>Барлығы</translation>
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
