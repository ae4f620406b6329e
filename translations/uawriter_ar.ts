<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="106"/>
        <source>Address book: diplomatic representatives</source>
        <translation>دفتر العناوين: الممثلون الدبلوماسيون</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="107"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="108"/>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="110"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;منصب:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="111"/>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="112"/>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;جهة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="113"/>
        <source>A&amp;ddress:</source>
        <translation>الع&amp;نوان:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="114"/>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="115"/>
        <source>&amp;Fax:</source>
        <translation>ال&amp;فاكس:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="116"/>
        <source>&amp;E-mail:</source>
        <translation>البري&amp;د الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="117"/>
        <source>&amp;Salutation:</source>
        <translation>&amp;صيغة المخاطبة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="118"/>
        <source>Re&amp;presents (country code):</source>
        <translation>&amp;يمثّل (رمز البلد):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="122"/>
        <source>Ambassador of Kazakhstan</source>
        <translation>سفير كازاخستان</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="123"/>
        <source>Embassy of the Republic of Kazakhstan</source>
        <translation>سفارة جمهورية كازاخستان</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="125"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="187"/>
        <source>Give a title, a name or an organisation.</source>
        <translation>أدخل منصبًا أو اسمًا أو جهة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="188"/>
        <source>The fax number should be digits, such as +44 20 7123 4567.</source>
        <translation>يجب أن يتكوّن رقم الفاكس من أرقام، مثل +44 20 7123 4567.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="189"/>
        <source>The e-mail address does not look right.</source>
        <translation>يبدو أن عنوان البريد الإلكتروني غير صحيح.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="199"/>
        <source>Your Excellency</source>
        <translation>صاحب السعادة</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="110"/>
        <source>Draft a pack from an Urgent Action</source>
        <translation>مسودة حزمة من نص تحرك عاجل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="111"/>
        <source>Paste the Urgent Action&apos;s text, or open its file:</source>
        <translation>الصق نص التحرك العاجل أو افتح ملفه:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="112"/>
        <source>Open a .txt or .pdf…</source>
        <translation>فتح ملف ‎.txt أو ‎.pdf…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="113"/>
        <source>Find the fields</source>
        <translation>ابحث عن الحقول</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="115"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="115"/>
        <source>Found</source>
        <translation>ما وُجد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="115"/>
        <source>From these lines</source>
        <translation>من هذه الأسطر</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="118"/>
        <source>Finish in the pack editor…</source>
        <translation>أكمل في محرر الحزم…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="129"/>
        <source>Open an Urgent Action</source>
        <translation>فتح تحرك عاجل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="132"/>
        <source>Urgent Actions (*.txt *.pdf)</source>
        <translation>التحركات العاجلة (*.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="141"/>
        <source>The file cannot be read</source>
        <translation>تعذّرت قراءة الملف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="154"/>
        <source>Nothing to draft from</source>
        <translation>لا يوجد نص لعمل مسودة منه</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="175"/>
        <source>not found</source>
        <translation>لم يُعثر عليه</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="224"/>
        <source>Nothing is made up: what the text does not say is marked as not found.</source>
        <translation>لا شيء مختلَق: ما لا يذكره النص يُعلَّم بأنه لم يُعثر عليه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="229"/>
        <source>%n field(s) not found: fill them in the pack editor.</source>
        <translation>
            <numerusform>لم يُعثر على أي حقل (%n): أكمله في محرر الحزم.</numerusform>
            <numerusform>لم يُعثر على حقل واحد (%n): أكمله في محرر الحزم.</numerusform>
            <numerusform>لم يُعثر على حقلين (%n): أكملهما في محرر الحزم.</numerusform>
            <numerusform>لم يُعثر على %n حقول: أكملها في محرر الحزم.</numerusform>
            <numerusform>لم يُعثر على %n حقلًا: أكملها في محرر الحزم.</numerusform>
            <numerusform>لم يُعثر على %n حقل: أكملها في محرر الحزم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="231"/>
        <source>Every field was found. Check each against its lines.</source>
        <translation>عُثر على كل الحقول. قارن كلًّا منها بأسطره.</translation>
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
        <translation>الت&amp;حركات</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="461"/>
        <source>Urgent Actions</source>
        <translation>التحركات العاجلة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="462"/>
        <source>About this action</source>
        <translation>عن هذا التحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="463"/>
        <source>&amp;Write to</source>
        <translation>ا&amp;كتب إلى</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="464"/>
        <source>Addressees</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="465"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="466"/>
        <source>Write to every addressee</source>
        <translation>اكتب إلى جميع المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="467"/>
        <source>None</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="468"/>
        <source>Copy to a diplomat:</source>
        <translation>نسخة إلى دبلوماسي:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="470"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>أرسل أيضًا نسخة إلى ممثل دبلوماسي معتمد لدى بلدك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="472"/>
        <source>Diplomatic representative</source>
        <translation>الممثل الدبلوماسي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="473"/>
        <source>Address book…</source>
        <translation>دفتر العناوين…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="474"/>
        <source>Letter lan&amp;guage:</source>
        <translation>&amp;لغة الرسالة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="475"/>
        <source>&amp;Send by:</source>
        <translation>الإرسال &amp;عبر:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="476"/>
        <source>Pape&amp;r:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="477"/>
        <source>Letter language</source>
        <translation>لغة الرسالة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="478"/>
        <source>Send by fax or post</source>
        <translation>الإرسال بالفاكس أو بالبريد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="479"/>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="480"/>
        <source>Your details (optional)</source>
        <translation>بياناتك (اختياري)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="481"/>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="482"/>
        <source>A&amp;ddress:</source>
        <translation>الع&amp;نوان:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="483"/>
        <source>E-&amp;mail:</source>
        <translation>البري&amp;د الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="484"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="485"/>
        <source>Your postal address</source>
        <translation>عنوانك البريدي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="486"/>
        <source>Your e-mail address</source>
        <translation>بريدك الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="487"/>
        <source>Remember my details on this computer</source>
        <translation>تذكّر بياناتي على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="489"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>أزل العلامة إذا كان الحاسوب مشتركًا: عندها تُمحى بياناتك بعد كل رسالة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="491"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <translation>المطال&amp;ب (أزل العلامة عمّا تريد استبعاده):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="492"/>
        <source>Talking points</source>
        <translation>المطالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="494"/>
        <source>Letter text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="495"/>
        <source>Reset to the template</source>
        <translation>العودة إلى القالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="496"/>
        <location filename="../src/uawriter/gui/main_window.py" line="500"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="497"/>
        <source>E&amp;xport PDF…</source>
        <translation>ت&amp;صدير PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="498"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="499"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="501"/>
        <source>&amp;Save draft</source>
        <translation>&amp;حفظ المسودة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="502"/>
        <source>&amp;Address book…</source>
        <translation>&amp;دفتر العناوين…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="503"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="504"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="505"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="506"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="507"/>
        <source>Reset letter to the template</source>
        <translation>إعادة الرسالة إلى القالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="508"/>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="509"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="510"/>
        <source>&amp;About UA Writer</source>
        <translation>&amp;حول UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="514"/>
        <source>Fax (with cover sheet)</source>
        <translation>فاكس (مع صفحة غلاف)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="515"/>
        <source>Post (no cover sheet)</source>
        <translation>بريد (دون صفحة غلاف)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="518"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="518"/>
        <source>US Letter</source>
        <translation>ورق Letter الأمريكي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="554"/>
        <source>No deadline</source>
        <translation>بلا موعد نهائي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="557"/>
        <source>Open until %1</source>
        <translation>مفتوح حتى %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="558"/>
        <source>Closing soon: %1</source>
        <translation>ينتهي قريبًا: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="559"/>
        <source>Deadline passed: %1</source>
        <translation>انتهى الموعد: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="567"/>
        <source>UA %1, update %2</source>
        <translation>UA %1، التحديث %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="571"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="600"/>
        <source>Broken pack: %1</source>
        <translation>حزمة تالفة: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="620"/>
        <source>Start another letter?</source>
        <translation>هل تريد بدء رسالة أخرى؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="622"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>لم تُصدَّر تعديلاتك على هذه الرسالة. هل تريد بدء رسالة لتحرك آخر على أي حال؟ (ستبقى الرسالة الحالية محفوظة كمسودة.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="653"/>
        <source>This pack cannot be used</source>
        <translation>لا يمكن استخدام هذه الحزمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="654"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>اطلب من مُعِدّ الحزمة نسخة مصحّحة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="655"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>اختر تحركًا من قائمة التحركات لبدء رسالة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="665"/>
        <source>Loading the actions…</source>
        <translation>جارٍ تحميل التحركات…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="686"/>
        <source>your own language</source>
        <translation>لغتك الأم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="688"/>
        <source>Write in:</source>
        <translation>لغات الكتابة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="692"/>
        <source>What to ask for</source>
        <translation>المطالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="700"/>
        <source>Additional information</source>
        <translation>معلومات إضافية</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="706"/>
        <source>Further information:</source>
        <translation>لمزيد من المعلومات:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="738"/>
        <source>Copy</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="738"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="742"/>
        <source>Fax %1</source>
        <translation>فاكس %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="744"/>
        <source>no fax</source>
        <translation>بلا فاكس</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="798"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>بعض التعديلات كانت على أسطر تختلف لدى هذا المرسل إليه، ولم تُنقل: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="819"/>
        <source>(address book empty)</source>
        <translation>(دفتر العناوين فارغ)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="821"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>أضف السفارات والممثلين الدبلوماسيين الآخرين من خلال «دفتر العناوين…»</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="844"/>
        <source>The address book could not be saved</source>
        <translation>تعذّر حفظ دفتر العناوين</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="845"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

ستبقى العناوين متاحة إلى أن تغلق UA Writer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="864"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>لا يوجد رقم فاكس لـ: %1. لن تحمل رسائلهم صفحة غلاف فاكس: اطبعها وأرسلها بالبريد، أو أرسلها بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="888"/>
        <source>%1 (asked for)</source>
        <translation>%1 (مطلوبة)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="903"/>
        <source>Change the letter&apos;s language?</source>
        <translation>هل تريد تغيير لغة الرسالة؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="905"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>ستُكتب الرسالة من جديد باللغة الجديدة، وستضيع تعديلاتك عليها. هل تريد تغيير اللغة؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1066"/>
        <source>Le&amp;tter:</source>
        <translation>ال&amp;رسالة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1069"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>ال&amp;رسالة إلى %1 (تعديلاتك تدخل في كل الرسائل):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1136"/>
        <source>Reset the letter?</source>
        <translation>هل تريد إعادة الرسالة إلى القالب؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1137"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>سيحلّ نص القالب محلّ تعديلاتك على الرسالة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1147"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1149"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1154"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>تعذّر إنشاء رسالة هذه الحزمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1156"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>في قالب الرسالة مشكلة:
%1

اطلب من مُعِدّ الحزمة نسخة مصحّحة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1219"/>
        <source>The preview failed: %1</source>
        <translation>تعذّرت المعاينة: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1235"/>
        <source>No addressee chosen</source>
        <translation>لم تختر أي مرسل إليه</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1236"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <translation>ضع علامة على مرسل إليه واحد على الأقل تحت «اكتب إلى».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1242"/>
        <source>Some characters cannot be printed</source>
        <translation>لا يمكن طباعة بعض الأحرف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1244"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>لا يملك UA Writer خطًا لهذه الأحرف، لذا ستُطبع مربعات فارغة: %1

هل تريد تغييرها في الرسالة، أم المتابعة على أي حال؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1275"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1289"/>
        <source>Printing failed</source>
        <translation>فشلت الطباعة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1289"/>
        <source>The printer could not be started.</source>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1331"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>انتهت المهلة في %1: راجع فرعك قبل الإرسال.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1341"/>
        <source>Export the letter as PDF</source>
        <translation>تصدير الرسالة بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1344"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1353"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>اختر مجلدًا للرسائل (%n)</numerusform>
            <numerusform>اختر مجلدًا للرسالة (%n)</numerusform>
            <numerusform>اختر مجلدًا للرسالتين (%n)</numerusform>
            <numerusform>اختر مجلدًا للرسائل الـ %n</numerusform>
            <numerusform>اختر مجلدًا للرسائل الـ %n</numerusform>
            <numerusform>اختر مجلدًا للرسائل الـ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1398"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>جارٍ تصدير الرسائل (%n)…</numerusform>
            <numerusform>جارٍ تصدير الرسالة (%n)…</numerusform>
            <numerusform>جارٍ تصدير الرسالتين (%n)…</numerusform>
            <numerusform>جارٍ تصدير %n رسائل…</numerusform>
            <numerusform>جارٍ تصدير %n رسالة…</numerusform>
            <numerusform>جارٍ تصدير %n رسالة…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1459"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>حُفظت الرسائل (%n) في %1.</numerusform>
            <numerusform>حُفظت الرسالة (%n) في %1.</numerusform>
            <numerusform>حُفظت الرسالتان (%n) في %1.</numerusform>
            <numerusform>حُفظت %n رسائل في %1.</numerusform>
            <numerusform>حُفظت %n رسالة في %1.</numerusform>
            <numerusform>حُفظت %n رسالة في %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1357"/>
        <source>Save the letters here</source>
        <translation>احفظ الرسائل هنا</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1376"/>
        <source>Saved %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1399"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1435"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>أُلغي التصدير. الرسائل المحفوظة: %1 من %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1458"/>
        <source>Letters exported</source>
        <translation>تم تصدير الرسائل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1461"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1471"/>
        <source>The letters could not be saved</source>
        <translation>تعذّر حفظ الرسائل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1473"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>تعذّر على UA Writer الكتابة في %1:
%2

رسالتك ما زالت هنا. اختر مجلدًا آخر، مثلًا على ذاكرة USB أو في «المستندات».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1510"/>
        <source>The draft could not be saved: %1</source>
        <translation>تعذّر حفظ المسودة: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1514"/>
        <source>Draft saved</source>
        <translation>تم حفظ المسودة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1548"/>
        <source>Some saved files were damaged</source>
        <translation>بعض الملفات المحفوظة تالفة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1549"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>نُقلت هذه الملفات جانبًا، وبدأ UA Writer من جديد:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1562"/>
        <source>Continue your letter?</source>
        <translation>هل تريد متابعة رسالتك؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1565"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>كنت تكتب رسالة بشأن «%1». هل تريد متابعتها؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1623"/>
        <source>Settings could not be saved: %1</source>
        <translation>تعذّر حفظ الإعدادات: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1669"/>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1671"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>اكتب رسائل المناشدة للتحركات العاجلة دون اتصال بالإنترنت، ثم اطبعها وأرسلها بالبريد أو بالفاكس.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1674"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer برنامج حر: يمكنك مشاركته وتعديله وفق شروط رخصة جنو العمومية العامة (GNU General Public License)، الإصدار 3 أو أي إصدار لاحق (GPL-3.0-or-later). ويأتي دون أي ضمان.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1678"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>والخطوط المرفقة به والمضمَّنة في الرسائل حرة أيضًا:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1681"/>
        <source>About UA Writer</source>
        <translation>حول UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1706"/>
        <source>Keep your letter?</source>
        <translation>هل تريد الاحتفاظ برسالتك؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1709"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>لم تُطبع رسالتك ولم تُصدَّر. هل تريد الاحتفاظ بها كمسودة للمرة القادمة؟</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="369"/>
        <source>Edit action pack</source>
        <translation>تعديل حزمة التحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="370"/>
        <source>Action</source>
        <translation>التحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="371"/>
        <source>What to ask for</source>
        <translation>المطالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="372"/>
        <source>Addressees</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="373"/>
        <source>Letters</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="375"/>
        <source>Pack id:</source>
        <translation>معرّف الحزمة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="376"/>
        <source>Written in (language code):</source>
        <translation>اللغة الأصلية (رمز اللغة):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="377"/>
        <source>Contacts checked on (YYYY-MM-DD):</source>
        <translation>تاريخ التحقق من جهات الاتصال (YYYY-MM-DD):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="378"/>
        <source>UA number:</source>
        <translation>رقم UA:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="379"/>
        <source>Issued on (YYYY-MM-DD):</source>
        <translation>تاريخ الإصدار (YYYY-MM-DD):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="380"/>
        <source>Deadline (YYYY-MM-DD, empty for none):</source>
        <translation>الموعد النهائي (YYYY-MM-DD، أو فارغ إن لم يوجد):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="381"/>
        <source>Country code:</source>
        <translation>رمز البلد:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="382"/>
        <source>Write in (language codes):</source>
        <translation>لغات الكتابة (رموز اللغات):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="383"/>
        <source>Further information (web address):</source>
        <translation>لمزيد من المعلومات (عنوان الويب):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="388"/>
        <source>Revision:</source>
        <translation>رقم المراجعة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="389"/>
        <source>Update number (0 for the first UA):</source>
        <translation>رقم التحديث (0 للتحرك العاجل الأول):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="391"/>
        <source>Letters may also be written in the writer&apos;s own language</source>
        <translation>يجوز أيضًا كتابة الرسائل بلغة كاتبها</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="393"/>
        <source>Texts in:</source>
        <translation>النصوص باللغة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="394"/>
        <source>Add a language…</source>
        <translation>إضافة لغة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="396"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="397"/>
        <source>Summary:</source>
        <translation>الملخص:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="398"/>
        <source>Additional information:</source>
        <translation>معلومات إضافية:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="399"/>
        <source>After the deadline:</source>
        <translation>بعد الموعد النهائي:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="400"/>
        <source>Copies to diplomats:</source>
        <translation>نسخ إلى الدبلوماسيين:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="405"/>
        <location filename="../src/uawriter/gui/pack_editor.py" line="409"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="406"/>
        <location filename="../src/uawriter/gui/pack_editor.py" line="410"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="407"/>
        <location filename="../src/uawriter/gui/pack_editor.py" line="413"/>
        <source>Id:</source>
        <translation>المعرّف:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="408"/>
        <source>Paragraph of the letter:</source>
        <translation>فقرة الرسالة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="411"/>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="414"/>
        <source>Title:</source>
        <comment>an addressee&apos;s position, such as Minister of Justice</comment>
        <translation>المنصب:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="415"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="416"/>
        <source>Organisation:</source>
        <translation>الجهة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="417"/>
        <source>Country (as on the envelope):</source>
        <translation>البلد (كما يُكتب على الظرف):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="418"/>
        <source>Fax:</source>
        <translation>الفاكس:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="422"/>
        <source>Address lines:</source>
        <translation>أسطر العنوان:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="423"/>
        <source>E-mails (separated by commas):</source>
        <translation>عناوين البريد الإلكتروني (مفصولة بفواصل):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="424"/>
        <source>Salutation (in the language above):</source>
        <translation>صيغة المخاطبة (باللغة المحددة أعلاه):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="426"/>
        <source>Add a letter language…</source>
        <translation>إضافة لغة رسالة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="427"/>
        <source>Letter template:</source>
        <translation>قالب الرسالة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="428"/>
        <source>The letter it makes:</source>
        <translation>الرسالة الناتجة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="429"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="436"/>
        <source>Write to (target)</source>
        <translation>اكتب إلى (الجهة المستهدفة)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="437"/>
        <source>Copy to</source>
        <translation>نسخة إلى</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="688"/>
        <source>Language code (such as kk, ru, es):</source>
        <translation>رمز اللغة (مثل kk أو ru أو es):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="696"/>
        <source>UA Writer does not know the language code “%1”.</source>
        <translation>لا يعرف UA Writer رمز اللغة «%1».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="702"/>
        <source>Add a language</source>
        <translation>إضافة لغة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="710"/>
        <source>Add a letter language</source>
        <translation>إضافة لغة رسالة</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/pack_editor.py" line="747"/>
        <source>%n problem(s) to fix before the pack can be used:</source>
        <translation>
            <numerusform>يجب إصلاح المشكلات (%n) قبل استخدام الحزمة:</numerusform>
            <numerusform>يجب إصلاح المشكلة (%n) قبل استخدام الحزمة:</numerusform>
            <numerusform>يجب إصلاح المشكلتين (%n) قبل استخدام الحزمة:</numerusform>
            <numerusform>يجب إصلاح %n مشكلات قبل استخدام الحزمة:</numerusform>
            <numerusform>يجب إصلاح %n مشكلة قبل استخدام الحزمة:</numerusform>
            <numerusform>يجب إصلاح %n مشكلة قبل استخدام الحزمة:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="750"/>
        <source>The pack is ready to use.</source>
        <translation>الحزمة جاهزة للاستخدام.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="844"/>
        <source>Save a pack with problems?</source>
        <translation>هل تريد حفظ حزمة فيها مشكلات؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="846"/>
        <source>Until the problems are fixed the pack is listed as broken and cannot be used for letters. Save it anyway?</source>
        <translation>إلى أن تُصلَح المشكلات، ستظهر الحزمة على أنها تالفة ولا يمكن استخدامها لكتابة الرسائل. هل تريد حفظها على أي حال؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="856"/>
        <source>Give the pack an id first.</source>
        <translation>أعطِ الحزمة معرّفًا أولًا.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="864"/>
        <source>The pack could not be saved:
%1</source>
        <translation>تعذّر حفظ الحزمة:
%1</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="82"/>
        <source>&amp;Packs</source>
        <translation>الح&amp;زم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="83"/>
        <source>&amp;New pack…</source>
        <translation>حزمة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="84"/>
        <source>&amp;Edit this pack…</source>
        <translation>&amp;تعديل هذه الحزمة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="85"/>
        <source>&amp;Import a pack…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="86"/>
        <source>&amp;Draft a pack from an Urgent Action…</source>
        <translation>&amp;مسودة حزمة من نص التحرك…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="87"/>
        <source>&amp;Share this pack as a file…</source>
        <translation>م&amp;شاركة هذه الحزمة كملف…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="94"/>
        <source>Import an action pack</source>
        <translation>استيراد حزمة تحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="97"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="138"/>
        <source>Action packs (*.uapack)</source>
        <translation>حزم التحركات (*.uapack)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="107"/>
        <source>Replace the pack?</source>
        <translation>هل تريد استبدال الحزمة؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="114"/>
        <source>The pack was not imported</source>
        <translation>لم تُستورد الحزمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="135"/>
        <source>Share the pack as a file</source>
        <translation>مشاركة الحزمة كملف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="155"/>
        <source>The pack could not be saved</source>
        <translation>تعذّر حفظ الحزمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="160"/>
        <source>Saved %1: copy it to a USB stick to share it.</source>
        <translation>تم الحفظ: %1. انسخ الملف إلى ذاكرة USB لمشاركته.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="196"/>
        <source>The pack cannot be opened</source>
        <translation>تعذّر فتح الحزمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="202"/>
        <source>Edit a copy?</source>
        <translation>هل تريد تعديل نسخة؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="204"/>
        <source>Packs that come with UA Writer cannot be changed. Edit a copy of this one instead? It is saved with your own packs, under a new id.</source>
        <translation>لا يمكن تغيير الحزم المرفقة مع UA Writer. هل تريد تعديل نسخة من هذه الحزمة بدلًا من ذلك؟ ستُحفظ مع حزمك الخاصة بمعرّف جديد.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="52"/>
        <source>Preview</source>
        <translation>معاينة</translation>
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
        <translation>تصغير</translation>
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
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="59"/>
        <source>Fit width</source>
        <translation>ملء العرض</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="60"/>
        <source>Fit to width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="61"/>
        <source>Preview of the letter as it prints</source>
        <translation>معاينة الرسالة كما ستُطبع</translation>
    </message>
</context>
</TS>
