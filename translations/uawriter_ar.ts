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
    <name>MainWindow</name>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="443"/>
        <source>UA Writer</source>
        <translation>UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="444"/>
        <source>&amp;Actions</source>
        <translation>الت&amp;حركات</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="445"/>
        <source>Urgent Actions</source>
        <translation>التحركات العاجلة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="446"/>
        <source>About this action</source>
        <translation>عن هذا التحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="447"/>
        <source>&amp;Write to</source>
        <translation>ا&amp;كتب إلى</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="448"/>
        <source>Addressees</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="449"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="450"/>
        <source>Write to every addressee</source>
        <translation>اكتب إلى جميع المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="451"/>
        <source>None</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="452"/>
        <source>Copy to a diplomat:</source>
        <translation>نسخة إلى دبلوماسي:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="454"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>أرسل أيضًا نسخة إلى ممثل دبلوماسي معتمد لدى بلدك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="456"/>
        <source>Diplomatic representative</source>
        <translation>الممثل الدبلوماسي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="457"/>
        <source>Address book…</source>
        <translation>دفتر العناوين…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="458"/>
        <source>Letter lan&amp;guage:</source>
        <translation>&amp;لغة الرسالة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="459"/>
        <source>&amp;Send by:</source>
        <translation>الإرسال &amp;عبر:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="460"/>
        <source>Pape&amp;r:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="461"/>
        <source>Letter language</source>
        <translation>لغة الرسالة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="462"/>
        <source>Send by fax or post</source>
        <translation>الإرسال بالفاكس أو بالبريد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="463"/>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="464"/>
        <source>Your details (optional)</source>
        <translation>بياناتك (اختياري)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="465"/>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="466"/>
        <source>A&amp;ddress:</source>
        <translation>الع&amp;نوان:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="467"/>
        <source>E-&amp;mail:</source>
        <translation>البري&amp;د الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="468"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="469"/>
        <source>Your postal address</source>
        <translation>عنوانك البريدي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="470"/>
        <source>Your e-mail address</source>
        <translation>بريدك الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="471"/>
        <source>Remember my details on this computer</source>
        <translation>تذكّر بياناتي على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="473"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>أزل العلامة إذا كان الحاسوب مشتركًا: عندها تُمحى بياناتك بعد كل رسالة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="475"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <translation>المطال&amp;ب (أزل العلامة عمّا تريد استبعاده):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="476"/>
        <source>Talking points</source>
        <translation>المطالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="477"/>
        <source>Le&amp;tter (you can change anything):</source>
        <translation>ال&amp;رسالة (يمكنك تغيير أي شيء فيها):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="478"/>
        <source>Letter text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="479"/>
        <source>Reset to the template</source>
        <translation>العودة إلى القالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="480"/>
        <location filename="../src/uawriter/gui/main_window.py" line="484"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="481"/>
        <source>E&amp;xport PDF…</source>
        <translation>ت&amp;صدير PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="482"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="483"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="485"/>
        <source>&amp;Save draft</source>
        <translation>&amp;حفظ المسودة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="486"/>
        <source>&amp;Address book…</source>
        <translation>&amp;دفتر العناوين…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="487"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="488"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="489"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="490"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="491"/>
        <source>Reset letter to the template</source>
        <translation>إعادة الرسالة إلى القالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="492"/>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="493"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="494"/>
        <source>&amp;About UA Writer</source>
        <translation>&amp;حول UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="498"/>
        <source>Fax (with cover sheet)</source>
        <translation>فاكس (مع صفحة غلاف)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="499"/>
        <source>Post (no cover sheet)</source>
        <translation>بريد (دون صفحة غلاف)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="502"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="502"/>
        <source>US Letter</source>
        <translation>ورق Letter الأمريكي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="538"/>
        <source>No deadline</source>
        <translation>بلا موعد نهائي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="541"/>
        <source>Open until %1</source>
        <translation>مفتوح حتى %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="542"/>
        <source>Closing soon: %1</source>
        <translation>ينتهي قريبًا: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="543"/>
        <source>Deadline passed: %1</source>
        <translation>انتهى الموعد: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="551"/>
        <source>UA %1, update %2</source>
        <translation>UA %1، التحديث %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="555"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="598"/>
        <source>Broken pack: %1</source>
        <translation>حزمة تالفة: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="618"/>
        <source>Start another letter?</source>
        <translation>هل تريد بدء رسالة أخرى؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="620"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>لم تُصدَّر تعديلاتك على هذه الرسالة. هل تريد بدء رسالة لتحرك آخر على أي حال؟ (ستبقى الرسالة الحالية محفوظة كمسودة.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="651"/>
        <source>This pack cannot be used</source>
        <translation>لا يمكن استخدام هذه الحزمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="652"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>اطلب من مُعِدّ الحزمة نسخة مصحّحة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="653"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>اختر تحركًا من قائمة التحركات لبدء رسالة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="683"/>
        <source>your own language</source>
        <translation>لغتك الأم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="685"/>
        <source>Write in:</source>
        <translation>لغات الكتابة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="689"/>
        <source>What to ask for</source>
        <translation>المطالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="697"/>
        <source>Additional information</source>
        <translation>معلومات إضافية</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="703"/>
        <source>Further information:</source>
        <translation>لمزيد من المعلومات:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="735"/>
        <source>Copy</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="735"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="739"/>
        <source>Fax %1</source>
        <translation>فاكس %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="741"/>
        <source>no fax</source>
        <translation>بلا فاكس</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="794"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>بعض التعديلات كانت على أسطر تختلف لدى هذا المرسل إليه، ولم تُنقل: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="815"/>
        <source>(address book empty)</source>
        <translation>(دفتر العناوين فارغ)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="817"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>أضف السفارات والممثلين الدبلوماسيين الآخرين من خلال «دفتر العناوين…»</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="840"/>
        <source>The address book could not be saved</source>
        <translation>تعذّر حفظ دفتر العناوين</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="841"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

ستبقى العناوين متاحة إلى أن تغلق UA Writer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="860"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>لا يوجد رقم فاكس لـ: %1. لن تحمل رسائلهم صفحة غلاف فاكس: اطبعها وأرسلها بالبريد، أو أرسلها بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="878"/>
        <source>%1 (asked for)</source>
        <translation>%1 (مطلوبة)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="893"/>
        <source>Change the letter&apos;s language?</source>
        <translation>هل تريد تغيير لغة الرسالة؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="895"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>ستُكتب الرسالة من جديد باللغة الجديدة، وستضيع تعديلاتك عليها. هل تريد تغيير اللغة؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1101"/>
        <source>Reset the letter?</source>
        <translation>هل تريد إعادة الرسالة إلى القالب؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1102"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>سيحلّ نص القالب محلّ تعديلاتك على الرسالة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1112"/>
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
        <location filename="../src/uawriter/gui/main_window.py" line="1114"/>
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
        <location filename="../src/uawriter/gui/main_window.py" line="1119"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>تعذّر إنشاء رسالة هذه الحزمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1121"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>في قالب الرسالة مشكلة:
%1

اطلب من مُعِدّ الحزمة نسخة مصحّحة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1184"/>
        <source>The preview failed: %1</source>
        <translation>تعذّرت المعاينة: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1200"/>
        <source>No addressee chosen</source>
        <translation>لم تختر أي مرسل إليه</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1201"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <translation>ضع علامة على مرسل إليه واحد على الأقل تحت «اكتب إلى».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1207"/>
        <source>Some characters cannot be printed</source>
        <translation>لا يمكن طباعة بعض الأحرف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1209"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>لا يملك UA Writer خطًا لهذه الأحرف، لذا ستُطبع مربعات فارغة: %1

هل تريد تغييرها في الرسالة، أم المتابعة على أي حال؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1240"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1254"/>
        <source>Printing failed</source>
        <translation>فشلت الطباعة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1254"/>
        <source>The printer could not be started.</source>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1280"/>
        <source>Export the letter as PDF</source>
        <translation>تصدير الرسالة بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1284"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1293"/>
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
        <location filename="../src/uawriter/gui/main_window.py" line="1324"/>
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
        <location filename="../src/uawriter/gui/main_window.py" line="1384"/>
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
        <location filename="../src/uawriter/gui/main_window.py" line="1298"/>
        <source>Save the letters here</source>
        <translation>احفظ الرسائل هنا</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1313"/>
        <source>Saved %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1325"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1361"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>أُلغي التصدير. الرسائل المحفوظة: %1 من %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1383"/>
        <source>Letters exported</source>
        <translation>تم تصدير الرسائل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1385"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1395"/>
        <source>The letters could not be saved</source>
        <translation>تعذّر حفظ الرسائل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1397"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>تعذّر على UA Writer الكتابة في %1:
%2

رسالتك ما زالت هنا. اختر مجلدًا آخر، مثلًا على ذاكرة USB أو في «المستندات».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1434"/>
        <source>The draft could not be saved: %1</source>
        <translation>تعذّر حفظ المسودة: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1438"/>
        <source>Draft saved</source>
        <translation>تم حفظ المسودة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1460"/>
        <source>Some saved files were damaged</source>
        <translation>بعض الملفات المحفوظة تالفة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1461"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>نُقلت هذه الملفات جانبًا، وبدأ UA Writer من جديد:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1474"/>
        <source>Continue your letter?</source>
        <translation>هل تريد متابعة رسالتك؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1477"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>كنت تكتب رسالة بشأن «%1». هل تريد متابعتها؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1535"/>
        <source>Settings could not be saved: %1</source>
        <translation>تعذّر حفظ الإعدادات: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1565"/>
        <source>About UA Writer</source>
        <translation>حول UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1567"/>
        <source>UA Writer %1

Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>UA Writer %1

اكتب رسائل المناشدة للتحركات العاجلة دون اتصال بالإنترنت، ثم اطبعها وأرسلها بالبريد أو بالفاكس.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1592"/>
        <source>Keep your letter?</source>
        <translation>هل تريد الاحتفاظ برسالتك؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1595"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>لم تُطبع رسالتك ولم تُصدَّر. هل تريد الاحتفاظ بها كمسودة للمرة القادمة؟</translation>
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
