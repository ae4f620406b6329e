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
    <name>DraftDialog</name>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="110"/>
        <source>Draft a pack from an Urgent Action</source>
        <translation>Акция мәтінінен пакет жобасы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="111"/>
        <source>Paste the Urgent Action&apos;s text, or open its file:</source>
        <translation>Акция мәтінін қойыңыз немесе оның файлын ашыңыз:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="112"/>
        <source>Open a .txt or .pdf…</source>
        <translation>.txt немесе .pdf ашу…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="113"/>
        <source>Find the fields</source>
        <translation>Өрістерді табу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="115"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="115"/>
        <source>Found</source>
        <translation>Табылғаны</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="115"/>
        <source>From these lines</source>
        <translation>Мына жолдардан</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="118"/>
        <source>Finish in the pack editor…</source>
        <translation>Пакет редакторында аяқтау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="129"/>
        <source>Open an Urgent Action</source>
        <translation>Шұғыл акцияны ашу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="132"/>
        <source>Urgent Actions (*.txt *.pdf)</source>
        <translation>Шұғыл акциялар (*.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="141"/>
        <source>The file cannot be read</source>
        <translation>Файлды оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="154"/>
        <source>Nothing to draft from</source>
        <translation>Жоба жасайтын мәтін жоқ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="175"/>
        <source>not found</source>
        <translation>табылмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="224"/>
        <source>Nothing is made up: what the text does not say is marked as not found.</source>
        <translation>Ештеңе ойдан қосылмайды: мәтінде жоқ нәрсе «табылмады» деп белгіленеді.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="229"/>
        <source>%n field(s) not found: fill them in the pack editor.</source>
        <translation>
            <numerusform>%n өріс табылмады: оларды пакет редакторында толтырыңыз.</numerusform>
            <numerusform>%n өріс табылмады: оларды пакет редакторында толтырыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="231"/>
        <source>Every field was found. Check each against its lines.</source>
        <translation>Барлық өріс табылды. Әрқайсысын өз жолдарымен салыстырыңыз.</translation>
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
        <translation>Акция&amp;лар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="461"/>
        <source>Urgent Actions</source>
        <translation>Шұғыл акциялар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="462"/>
        <source>About this action</source>
        <translation>Осы акция туралы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="463"/>
        <source>&amp;Write to</source>
        <translation>&amp;Кімге жазу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="464"/>
        <source>Addressees</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="465"/>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="466"/>
        <source>Write to every addressee</source>
        <translation>Барлық алушыға жазу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="467"/>
        <source>None</source>
        <translation>Ешқайсысы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="468"/>
        <source>Copy to a diplomat:</source>
        <translation>Дипломатқа көшірме:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="470"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>Көшірмесін еліңізде аккредиттелген дипломатиялық өкілге де жіберу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="472"/>
        <source>Diplomatic representative</source>
        <translation>Дипломатиялық өкіл</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="473"/>
        <source>Address book…</source>
        <translation>Мекенжай кітабы…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="475"/>
        <source>&amp;Send by:</source>
        <translation>&amp;Жіберу тәсілі:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="480"/>
        <source>Your details (optional)</source>
        <translation>Сіздің деректеріңіз (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="481"/>
        <source>&amp;Name:</source>
        <translation>Аты-жө&amp;ні:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="482"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Мекенжай:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="484"/>
        <source>Your name</source>
        <translation>Аты-жөніңіз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="485"/>
        <source>Your postal address</source>
        <translation>Пошта мекенжайыңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="486"/>
        <source>Your e-mail address</source>
        <translation>Эл. пошта мекенжайыңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="487"/>
        <source>Remember my details on this computer</source>
        <translation>Деректерімді осы компьютерде есте сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="489"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>Ортақ компьютерде белгіні алып тастаңыз: сонда деректеріңіз әр хаттан кейін өшіріледі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="474"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Хат &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="476"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Қағаз:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="477"/>
        <source>Letter language</source>
        <translation>Хат тілі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="478"/>
        <source>Send by fax or post</source>
        <translation>Факспен немесе поштамен жіберу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="479"/>
        <source>Paper size</source>
        <translation>Қағаз өлшемі</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="483"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="491"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <translation>Не &amp;сұрау керек (қажетсізін алып тастаңыз):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="492"/>
        <source>Talking points</source>
        <translation>Негізгі талаптар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="494"/>
        <source>Letter text</source>
        <translation>Хат мәтіні</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="495"/>
        <source>Reset to the template</source>
        <translation>Үлгіге қайтару</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="496"/>
        <location filename="../src/uawriter/gui/main_window.py" line="500"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="497"/>
        <source>E&amp;xport PDF…</source>
        <translation>PDF-ке экс&amp;порттау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="498"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="499"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF-ке &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="501"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Жобаны сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="502"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Мекенжай кітабы…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="503"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="504"/>
        <source>&amp;Edit</source>
        <translation>Тү&amp;зету</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="505"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="506"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="507"/>
        <source>Reset letter to the template</source>
        <translation>Хатты үлгіге қайтару</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="508"/>
        <source>&amp;Language</source>
        <translation>Т&amp;іл</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="509"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="510"/>
        <source>&amp;About UA Writer</source>
        <translation>UA Writer &amp;туралы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="514"/>
        <source>Fax (with cover sheet)</source>
        <translation>Факс (титул парағымен)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="515"/>
        <source>Post (no cover sheet)</source>
        <translation>Пошта (титул парағынсыз)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="518"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="518"/>
        <source>US Letter</source>
        <translation>Letter (АҚШ)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="554"/>
        <source>No deadline</source>
        <translation>Мерзімі жоқ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="557"/>
        <source>Open until %1</source>
        <translation>Ашық, мерзімі: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="558"/>
        <source>Closing soon: %1</source>
        <translation>Мерзімі жақында бітеді: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="559"/>
        <source>Deadline passed: %1</source>
        <translation>Мерзімі өтті: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="567"/>
        <source>UA %1, update %2</source>
        <translation>UA %1, %2-жаңарту</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="571"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="600"/>
        <source>Broken pack: %1</source>
        <translation>Бүлінген пакет: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="620"/>
        <source>Start another letter?</source>
        <translation>Басқа хат бастайсыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="622"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>Бұл хаттағы өзгерістеріңіз экспортталмады. Бәрібір басқа акцияға хат бастайсыз ба? (Ағымдағы хат жоба ретінде сақталып қалады.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="653"/>
        <source>This pack cannot be used</source>
        <translation>Бұл пакетті пайдалану мүмкін емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="654"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>Пакетті жасаған адамнан түзетілген нұсқасын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="655"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>Хат жазуды бастау үшін сол жақтан акцияны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="665"/>
        <source>Loading the actions…</source>
        <translation>Акциялар жүктелуде…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="686"/>
        <source>your own language</source>
        <translation>өз тіліңіз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="688"/>
        <source>Write in:</source>
        <translation>Жазу тілдері:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="692"/>
        <source>What to ask for</source>
        <translation>Не сұрау керек</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="700"/>
        <source>Additional information</source>
        <translation>Қосымша ақпарат</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="706"/>
        <source>Further information:</source>
        <translation>Толығырақ:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="738"/>
        <source>Copy</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="738"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="742"/>
        <source>Fax %1</source>
        <translation>Факс %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="744"/>
        <source>no fax</source>
        <translation>факс жоқ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="798"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>Кейбір өзгерістер бұл алушыда басқаша жазылған жолдарға қатысты болғандықтан, көшірілмеді: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="819"/>
        <source>(address book empty)</source>
        <translation>(мекенжай кітабы бос)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="821"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>Елшіліктер мен басқа дипломатиялық өкілдіктерді «Мекенжай кітабы…» арқылы қосыңыз</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="844"/>
        <source>The address book could not be saved</source>
        <translation>Мекенжай кітабын сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="845"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

Мекенжайлар UA Writer жабылғанша сақталады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="864"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>Факс нөмірі жоқ: %1. Олардың хаттарына факс титул парағы қосылмайды: оларды басып шығарып, поштамен жіберіңіз немесе эл. поштамен жолдаңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="888"/>
        <source>%1 (asked for)</source>
        <translation>%1 (ұсынылады)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="903"/>
        <source>Change the letter&apos;s language?</source>
        <translation>Хаттың тілін өзгертесіз бе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="905"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>Хат жаңа тілде қайтадан жазылады, ал ондағы өзгерістеріңіз жоғалады. Тілді өзгертесіз бе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1066"/>
        <source>Le&amp;tter:</source>
        <translation>&amp;Хат:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1069"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>&amp;Хат алушысы: %1 (өзгерістеріңіз барлық хатқа енеді):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1136"/>
        <source>Reset the letter?</source>
        <translation>Хатты үлгіге қайтарасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1137"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>Хаттағы өзгерістеріңіздің орнына үлгінің мәтіні қойылады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1147"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n сөз</numerusform>
            <numerusform>%n сөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1149"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1154"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>Бұл пакеттің хатын жазу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1156"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>Хат үлгісінде қате бар:
%1

Пакетті жасаған адамнан түзетілген нұсқасын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1219"/>
        <source>The preview failed: %1</source>
        <translation>Алдын ала қарау сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1235"/>
        <source>No addressee chosen</source>
        <translation>Алушы таңдалмаған</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1236"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <translation>«Кімге жазу» бөлімінде кемінде бір алушыны белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1242"/>
        <source>Some characters cannot be printed</source>
        <translation>Кейбір таңбаларды басып шығару мүмкін емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1244"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>UA Writer-де бұл таңбаларға қаріп жоқ, сондықтан олардың орнына бос шаршылар басылады: %1

Оларды хатта өзгертесіз бе, әлде бәрібір жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1275"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1289"/>
        <source>Printing failed</source>
        <translation>Басып шығару сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1289"/>
        <source>The printer could not be started.</source>
        <translation>Принтерді іске қосу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1331"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>Мерзімі өтті (%1): жіберер алдында өз бөлімшеңізден біліп алыңыз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1341"/>
        <source>Export the letter as PDF</source>
        <translation>Хатты PDF-ке экспорттау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1344"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1353"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>%n хатқа арналған қалтаны таңдаңыз</numerusform>
            <numerusform>%n хатқа арналған қалтаны таңдаңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1398"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>%n хат экспортталуда…</numerusform>
            <numerusform>%n хат экспортталуда…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1459"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>%n хат %1 қалтасына сақталды.</numerusform>
            <numerusform>%n хат %1 қалтасына сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1357"/>
        <source>Save the letters here</source>
        <translation>Хаттарды осында сақтау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1376"/>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1399"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1435"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>Экспорт тоқтатылды: %2 хаттан %1 хат сақталды.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1458"/>
        <source>Letters exported</source>
        <translation>Хаттар экспортталды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1461"/>
        <source>Open folder</source>
        <translation>Буманы ашу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1471"/>
        <source>The letters could not be saved</source>
        <translation>Хаттарды сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1473"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>UA Writer %1 бумасына жаза алмады:
%2

Хатыңыз жоғалған жоқ. Басқа буманы таңдаңыз, мысалы, флешкадағы немесе «Құжаттар» ішіндегі.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1510"/>
        <source>The draft could not be saved: %1</source>
        <translation>Жобаны сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1514"/>
        <source>Draft saved</source>
        <translation>Жоба сақталды</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1548"/>
        <source>Some saved files were damaged</source>
        <translation>Кейбір сақталған файлдар бүлінген</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1549"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>Олар бөлек қойылды, ал UA Writer басынан бастап іске қосылды:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1562"/>
        <source>Continue your letter?</source>
        <translation>Хатыңызды жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1565"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>Сіз «%1» бойынша хат жазып жатыр едіңіз. Жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1623"/>
        <source>Settings could not be saved: %1</source>
        <translation>Баптауларды сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1669"/>
        <source>Version %1</source>
        <translation>Нұсқасы %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1671"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>Шұғыл акцияларға үндеу хаттарын интернетсіз жазып, басып шығарыңыз және поштамен не факспен жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1674"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer — еркін бағдарлама: оны GNU General Public License лицензиясының 3-нұсқасы немесе кез келген кейінгі нұсқасы (GPL-3.0-or-later) шарттарымен таратуға және өзгертуге болады. Ол ешқандай кепілдіксіз беріледі.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1678"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>Бағдарламамен бірге келетін және хаттарға ендірілетін қаріптер де еркін:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1681"/>
        <source>About UA Writer</source>
        <translation>UA Writer туралы</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1706"/>
        <source>Keep your letter?</source>
        <translation>Хатыңызды сақтайсыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1709"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>Хатыңыз басып шығарылған да, экспортталған да жоқ. Келесі жолға жоба ретінде сақтайсыз ба?</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="369"/>
        <source>Edit action pack</source>
        <translation>Акция пакетін өңдеу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="370"/>
        <source>Action</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="371"/>
        <source>What to ask for</source>
        <translation>Не сұрау керек</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="372"/>
        <source>Addressees</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="373"/>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="375"/>
        <source>Pack id:</source>
        <translation>Пакет идентификаторы:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="376"/>
        <source>Written in (language code):</source>
        <translation>Бастапқы тілі (коды):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="377"/>
        <source>Contacts checked on (YYYY-MM-DD):</source>
        <translation>Байланыстар тексерілген күн (ЖЖЖЖ-АА-КК):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="378"/>
        <source>UA number:</source>
        <translation>UA нөмірі:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="379"/>
        <source>Issued on (YYYY-MM-DD):</source>
        <translation>Шыққан күні (ЖЖЖЖ-АА-КК):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="380"/>
        <source>Deadline (YYYY-MM-DD, empty for none):</source>
        <translation>Мерзімі (ЖЖЖЖ-АА-КК, жоқ болса бос):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="381"/>
        <source>Country code:</source>
        <translation>Ел коды:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="382"/>
        <source>Write in (language codes):</source>
        <translation>Жазу тілдері (кодтары):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="383"/>
        <source>Further information (web address):</source>
        <translation>Толығырақ (веб-мекенжай):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="388"/>
        <source>Revision:</source>
        <translation>Редакциясы:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="389"/>
        <source>Update number (0 for the first UA):</source>
        <translation>Жаңарту нөмірі (алғашқы UA үшін 0):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="391"/>
        <source>Letters may also be written in the writer&apos;s own language</source>
        <translation>Хаттарды жіберушінің өз тілінде де жазуға болады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="393"/>
        <source>Texts in:</source>
        <translation>Мәтіндер тілі:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="394"/>
        <source>Add a language…</source>
        <translation>Тіл қосу…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="396"/>
        <source>Title:</source>
        <translation>Тақырыбы:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="397"/>
        <source>Summary:</source>
        <translation>Қысқаша мазмұны:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="398"/>
        <source>Additional information:</source>
        <translation>Қосымша ақпарат:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="399"/>
        <source>After the deadline:</source>
        <translation>Мерзім өткеннен кейін:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="400"/>
        <source>Copies to diplomats:</source>
        <translation>Дипломаттарға көшірме:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="405"/>
        <location filename="../src/uawriter/gui/pack_editor.py" line="409"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="406"/>
        <location filename="../src/uawriter/gui/pack_editor.py" line="410"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="407"/>
        <location filename="../src/uawriter/gui/pack_editor.py" line="413"/>
        <source>Id:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="408"/>
        <source>Paragraph of the letter:</source>
        <translation>Хаттағы абзац:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="411"/>
        <source>Role:</source>
        <translation>Рөлі:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="414"/>
        <source>Title:</source>
        <comment>an addressee&apos;s position, such as Minister of Justice</comment>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="415"/>
        <source>Name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="416"/>
        <source>Organisation:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="417"/>
        <source>Country (as on the envelope):</source>
        <translation>Ел (конверттегідей):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="418"/>
        <source>Fax:</source>
        <translation>Факс:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="422"/>
        <source>Address lines:</source>
        <translation>Мекенжай жолдары:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="423"/>
        <source>E-mails (separated by commas):</source>
        <translation>Эл. пошта (үтірмен бөліп):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="424"/>
        <source>Salutation (in the language above):</source>
        <translation>Қаратпа сөз (мәтіндер тілінде):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="426"/>
        <source>Add a letter language…</source>
        <translation>Хат тілін қосу…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="427"/>
        <source>Letter template:</source>
        <translation>Хат үлгісі:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="428"/>
        <source>The letter it makes:</source>
        <translation>Шығатын хат:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="429"/>
        <source>Problems</source>
        <translation>Қателер</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="436"/>
        <source>Write to (target)</source>
        <translation>Кімге жазу (негізгі алушы)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="437"/>
        <source>Copy to</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="688"/>
        <source>Language code (such as kk, ru, es):</source>
        <translation>Тіл коды (мысалы, kk, ru, es):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="696"/>
        <source>UA Writer does not know the language code “%1”.</source>
        <translation>UA Writer «%1» тіл кодын білмейді.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="702"/>
        <source>Add a language</source>
        <translation>Тіл қосу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="710"/>
        <source>Add a letter language</source>
        <translation>Хат тілін қосу</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/pack_editor.py" line="747"/>
        <source>%n problem(s) to fix before the pack can be used:</source>
        <translation>
            <numerusform>Пакетті пайдалану үшін %n қатені түзету керек:</numerusform>
            <numerusform>Пакетті пайдалану үшін %n қатені түзету керек:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="750"/>
        <source>The pack is ready to use.</source>
        <translation>Пакет пайдалануға дайын.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="844"/>
        <source>Save a pack with problems?</source>
        <translation>Қателері бар пакетті сақтайсыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="846"/>
        <source>Until the problems are fixed the pack is listed as broken and cannot be used for letters. Save it anyway?</source>
        <translation>Қателер түзетілгенше пакет бүлінген деп көрсетіледі және оны хат жазуға пайдалану мүмкін болмайды. Бәрібір сақтайсыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="856"/>
        <source>Give the pack an id first.</source>
        <translation>Алдымен пакет идентификаторын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="864"/>
        <source>The pack could not be saved:
%1</source>
        <translation>Пакетті сақтау мүмкін болмады:
%1</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="82"/>
        <source>&amp;Packs</source>
        <translation>Пак&amp;еттер</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="83"/>
        <source>&amp;New pack…</source>
        <translation>&amp;Жаңа пакет…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="84"/>
        <source>&amp;Edit this pack…</source>
        <translation>&amp;Осы пакетті өңдеу…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="85"/>
        <source>&amp;Import a pack…</source>
        <translation>Пакетті &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="86"/>
        <source>&amp;Draft a pack from an Urgent Action…</source>
        <translation>Акция мәтінінен пакет &amp;дайындау…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="87"/>
        <source>&amp;Share this pack as a file…</source>
        <translation>Пакетпен файл арқылы &amp;бөлісу…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="94"/>
        <source>Import an action pack</source>
        <translation>Акция пакетін импорттау</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="97"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="138"/>
        <source>Action packs (*.uapack)</source>
        <translation>Акция пакеттері (*.uapack)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="107"/>
        <source>Replace the pack?</source>
        <translation>Пакетті ауыстырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="114"/>
        <source>The pack was not imported</source>
        <translation>Пакет импортталмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="135"/>
        <source>Share the pack as a file</source>
        <translation>Пакетпен файл арқылы бөлісу</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="155"/>
        <source>The pack could not be saved</source>
        <translation>Пакетті сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="160"/>
        <source>Saved %1: copy it to a USB stick to share it.</source>
        <translation>Сақталды: %1. Бөлісу үшін оны флешкаға көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="196"/>
        <source>The pack cannot be opened</source>
        <translation>Пакетті ашу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="202"/>
        <source>Edit a copy?</source>
        <translation>Көшірмесін өңдейсіз бе?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="204"/>
        <source>Packs that come with UA Writer cannot be changed. Edit a copy of this one instead? It is saved with your own packs, under a new id.</source>
        <translation>UA Writer-мен бірге келетін пакеттерді өзгерту мүмкін емес. Оның орнына осы пакеттің көшірмесін өңдейсіз бе? Көшірме өз пакеттеріңізбен бірге жаңа идентификатормен сақталады.</translation>
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
