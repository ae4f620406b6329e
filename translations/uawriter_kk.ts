<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="106"/>
        <source>Address book: diplomatic representatives</source>
        <translation>Мекенжай кітабы: дипломатиялық өкілдер</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="107"/>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="108"/>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="110"/>
        <source>&amp;Title:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="111"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="112"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="113"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Мекенжай:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="114"/>
        <source>&amp;Country:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="115"/>
        <source>&amp;Fax:</source>
        <translation>&amp;Факс:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="116"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="117"/>
        <source>&amp;Salutation:</source>
        <translation>Қаратпа &amp;сөз:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="118"/>
        <source>Re&amp;presents (country code):</source>
        <translation>&amp;Өкілдік ететін ел (коды):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="122"/>
        <source>Ambassador of Kazakhstan</source>
        <translation>Қазақстан Елшісі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="123"/>
        <source>Embassy of the Republic of Kazakhstan</source>
        <translation>Қазақстан Республикасының Елшілігі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="125"/>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="187"/>
        <source>Give a title, a name or an organisation.</source>
        <translation>Лауазымды, аты-жөнді немесе ұйымды көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="188"/>
        <source>The fax number should be digits, such as +44 20 7123 4567.</source>
        <translation>Факс нөмірі цифрлардан тұруы керек, мысалы: +44 20 7123 4567.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="189"/>
        <source>The e-mail address does not look right.</source>
        <translation>Эл. пошта мекенжайы қате сияқты.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="199"/>
        <source>Your Excellency</source>
        <translation>Мәртебелі мырза</translation>
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
        <translation>Акция&amp;лар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="450"/>
        <source>Urgent Actions</source>
        <translation>Шұғыл акциялар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="451"/>
        <source>About this action</source>
        <translation>Осы акция туралы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="452"/>
        <source>&amp;Write to</source>
        <translation>&amp;Кімге жазу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="453"/>
        <source>Addressees</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="454"/>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="455"/>
        <source>Write to every addressee</source>
        <translation>Барлық алушыға жазу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="456"/>
        <source>None</source>
        <translation>Ешқайсысы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="457"/>
        <source>Copy to a diplomat:</source>
        <translation>Дипломатқа көшірме:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="459"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>Көшірмесін еліңізде аккредиттелген дипломатиялық өкілге де жіберу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="461"/>
        <source>Diplomatic representative</source>
        <translation>Дипломатиялық өкіл</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="462"/>
        <source>Address book…</source>
        <translation>Мекенжай кітабы…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="464"/>
        <source>&amp;Send by:</source>
        <translation>&amp;Жіберу тәсілі:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="469"/>
        <source>Your details (optional)</source>
        <translation>Сіздің деректеріңіз (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="470"/>
        <source>&amp;Name:</source>
        <translation>Аты-жө&amp;ні:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="471"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Мекенжай:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="473"/>
        <source>Your name</source>
        <translation>Аты-жөніңіз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="474"/>
        <source>Your postal address</source>
        <translation>Пошта мекенжайыңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="475"/>
        <source>Your e-mail address</source>
        <translation>Эл. пошта мекенжайыңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="476"/>
        <source>Remember my details on this computer</source>
        <translation>Деректерімді осы компьютерде есте сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="478"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>Ортақ компьютерде белгіні алып тастаңыз: сонда деректеріңіз әр хаттан кейін өшіріледі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="463"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Хат &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="465"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Қағаз:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="466"/>
        <source>Letter language</source>
        <translation>Хат тілі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="467"/>
        <source>Send by fax or post</source>
        <translation>Факспен немесе поштамен жіберу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="468"/>
        <source>Paper size</source>
        <translation>Қағаз өлшемі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="472"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="480"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <translation>Не &amp;сұрау керек (қажетсізін алып тастаңыз):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="481"/>
        <source>Talking points</source>
        <translation>Негізгі талаптар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="483"/>
        <source>Letter text</source>
        <translation>Хат мәтіні</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="484"/>
        <source>Reset to the template</source>
        <translation>Үлгіге қайтару</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="485"/>
        <location filename="../src/uawriter/gui/main_window.py" line="489"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="486"/>
        <source>E&amp;xport PDF…</source>
        <translation>PDF-ке экс&amp;порттау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="487"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="488"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF-ке &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="490"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Жобаны сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="491"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Мекенжай кітабы…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="492"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="493"/>
        <source>&amp;Edit</source>
        <translation>Тү&amp;зету</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="494"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="495"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="496"/>
        <source>Reset letter to the template</source>
        <translation>Хатты үлгіге қайтару</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="497"/>
        <source>&amp;Language</source>
        <translation>Т&amp;іл</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="498"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="499"/>
        <source>&amp;About UA Writer</source>
        <translation>UA Writer &amp;туралы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="503"/>
        <source>Fax (with cover sheet)</source>
        <translation>Факс (титул парағымен)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="504"/>
        <source>Post (no cover sheet)</source>
        <translation>Пошта (титул парағынсыз)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="507"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="507"/>
        <source>US Letter</source>
        <translation>Letter (АҚШ)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="543"/>
        <source>No deadline</source>
        <translation>Мерзімі жоқ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="546"/>
        <source>Open until %1</source>
        <translation>Ашық, мерзімі: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="547"/>
        <source>Closing soon: %1</source>
        <translation>Мерзімі жақында бітеді: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="548"/>
        <source>Deadline passed: %1</source>
        <translation>Мерзімі өтті: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="556"/>
        <source>UA %1, update %2</source>
        <translation>UA %1, %2-жаңарту</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="560"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="603"/>
        <source>Broken pack: %1</source>
        <translation>Бүлінген пакет: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="623"/>
        <source>Start another letter?</source>
        <translation>Басқа хат бастайсыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="625"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>Бұл хаттағы өзгерістеріңіз экспортталмады. Бәрібір басқа акцияға хат бастайсыз ба? (Ағымдағы хат жоба ретінде сақталып қалады.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="656"/>
        <source>This pack cannot be used</source>
        <translation>Бұл пакетті пайдалану мүмкін емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="657"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>Пакетті жасаған адамнан түзетілген нұсқасын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="658"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>Хат жазуды бастау үшін сол жақтан акцияны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="668"/>
        <source>Loading the actions…</source>
        <translation>Акциялар жүктелуде…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="689"/>
        <source>your own language</source>
        <translation>өз тіліңіз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="691"/>
        <source>Write in:</source>
        <translation>Жазу тілдері:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="695"/>
        <source>What to ask for</source>
        <translation>Не сұрау керек</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="703"/>
        <source>Additional information</source>
        <translation>Қосымша ақпарат</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="709"/>
        <source>Further information:</source>
        <translation>Толығырақ:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="741"/>
        <source>Copy</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="741"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="745"/>
        <source>Fax %1</source>
        <translation>Факс %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="747"/>
        <source>no fax</source>
        <translation>факс жоқ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="801"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>Кейбір өзгерістер бұл алушыда басқаша жазылған жолдарға қатысты болғандықтан, көшірілмеді: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="822"/>
        <source>(address book empty)</source>
        <translation>(мекенжай кітабы бос)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="824"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>Елшіліктер мен басқа дипломатиялық өкілдіктерді «Мекенжай кітабы…» арқылы қосыңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="847"/>
        <source>The address book could not be saved</source>
        <translation>Мекенжай кітабын сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="848"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

Мекенжайлар UA Writer жабылғанша сақталады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="867"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>Факс нөмірі жоқ: %1. Олардың хаттарына факс титул парағы қосылмайды: оларды басып шығарып, поштамен жіберіңіз немесе эл. поштамен жолдаңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="891"/>
        <source>%1 (asked for)</source>
        <translation>%1 (ұсынылады)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="906"/>
        <source>Change the letter&apos;s language?</source>
        <translation>Хаттың тілін өзгертесіз бе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="908"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>Хат жаңа тілде қайтадан жазылады, ал ондағы өзгерістеріңіз жоғалады. Тілді өзгертесіз бе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1069"/>
        <source>Le&amp;tter:</source>
        <translation>&amp;Хат:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1072"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>&amp;Хат алушысы: %1 (өзгерістеріңіз барлық хатқа енеді):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1139"/>
        <source>Reset the letter?</source>
        <translation>Хатты үлгіге қайтарасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1140"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>Хаттағы өзгерістеріңіздің орнына үлгінің мәтіні қойылады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1150"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n сөз</numerusform>
            <numerusform>%n сөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1152"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1157"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>Бұл пакеттің хатын жазу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1159"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>Хат үлгісінде қате бар:
%1

Пакетті жасаған адамнан түзетілген нұсқасын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1222"/>
        <source>The preview failed: %1</source>
        <translation>Алдын ала қарау сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1238"/>
        <source>No addressee chosen</source>
        <translation>Алушы таңдалмаған</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1239"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <translation>«Кімге жазу» бөлімінде кемінде бір алушыны белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1245"/>
        <source>Some characters cannot be printed</source>
        <translation>Кейбір таңбаларды басып шығару мүмкін емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1247"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>UA Writer-де бұл таңбаларға қаріп жоқ, сондықтан олардың орнына бос шаршылар басылады: %1

Оларды хатта өзгертесіз бе, әлде бәрібір жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1278"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1292"/>
        <source>Printing failed</source>
        <translation>Басып шығару сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1292"/>
        <source>The printer could not be started.</source>
        <translation>Принтерді іске қосу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1334"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>Мерзімі өтті (%1): жіберер алдында өз бөлімшеңізден біліп алыңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1342"/>
        <source>Export the letter as PDF</source>
        <translation>Хатты PDF-ке экспорттау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1346"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1355"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>%n хатқа арналған қалтаны таңдаңыз</numerusform>
            <numerusform>%n хатқа арналған қалтаны таңдаңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1403"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>%n хат экспортталуда…</numerusform>
            <numerusform>%n хат экспортталуда…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1464"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>%n хат %1 қалтасына сақталды.</numerusform>
            <numerusform>%n хат %1 қалтасына сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1360"/>
        <source>Save the letters here</source>
        <translation>Хаттарды осында сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1381"/>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1404"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1440"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>Экспорт тоқтатылды: %2 хаттан %1 хат сақталды.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1463"/>
        <source>Letters exported</source>
        <translation>Хаттар экспортталды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1466"/>
        <source>Open folder</source>
        <translation>Буманы ашу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1476"/>
        <source>The letters could not be saved</source>
        <translation>Хаттарды сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1478"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>UA Writer %1 бумасына жаза алмады:
%2

Хатыңыз жоғалған жоқ. Басқа буманы таңдаңыз, мысалы, флешкадағы немесе «Құжаттар» ішіндегі.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1515"/>
        <source>The draft could not be saved: %1</source>
        <translation>Жобаны сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1519"/>
        <source>Draft saved</source>
        <translation>Жоба сақталды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1541"/>
        <source>Some saved files were damaged</source>
        <translation>Кейбір сақталған файлдар бүлінген</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1542"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>Олар бөлек қойылды, ал UA Writer басынан бастап іске қосылды:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1555"/>
        <source>Continue your letter?</source>
        <translation>Хатыңызды жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1558"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>Сіз «%1» бойынша хат жазып жатыр едіңіз. Жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1616"/>
        <source>Settings could not be saved: %1</source>
        <translation>Баптауларды сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1662"/>
        <source>Version %1</source>
        <translation>Нұсқасы %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1664"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>Шұғыл акцияларға үндеу хаттарын интернетсіз жазып, басып шығарыңыз және поштамен не факспен жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1667"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer — еркін бағдарлама: оны GNU General Public License лицензиясының 3-нұсқасы немесе кез келген кейінгі нұсқасы (GPL-3.0-or-later) шарттарымен таратуға және өзгертуге болады. Ол ешқандай кепілдіксіз беріледі.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1671"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>Бағдарламамен бірге келетін және хаттарға ендірілетін қаріптер де еркін:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1674"/>
        <source>About UA Writer</source>
        <translation>UA Writer туралы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1704"/>
        <source>Keep your letter?</source>
        <translation>Хатыңызды сақтайсыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1707"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>Хатыңыз басып шығарылған да, экспортталған да жоқ. Келесі жолға жоба ретінде сақтайсыз ба?</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="52"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
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
        <translation>Кішірейту</translation>
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
        <translation>Үлкейту</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="59"/>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="60"/>
        <source>Fit to width</source>
        <translation>Енін сыйдыру</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="61"/>
        <source>Preview of the letter as it prints</source>
        <translation>Хаттың басып шығарылатын түрі</translation>
    </message>
</context>
</TS>
