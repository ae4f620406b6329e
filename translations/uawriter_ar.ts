<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="544"/>
        <source>UA %1 (update %2)</source>
        <translation>UA %1 (التحديث %2)</translation>
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
        <translation>دفتر العناوين: الممثلون الدبلوماسيون</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="192"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="193"/>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="195"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;منصب:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="196"/>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="197"/>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;جهة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="198"/>
        <source>A&amp;ddress:</source>
        <translation>الع&amp;نوان:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="199"/>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="200"/>
        <source>&amp;Fax:</source>
        <translation>ال&amp;فاكس:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="201"/>
        <source>&amp;E-mail:</source>
        <translation>البري&amp;د الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="202"/>
        <source>&amp;Salutation:</source>
        <translation>&amp;صيغة المخاطبة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="203"/>
        <source>Sa&amp;lutation by letter language:</source>
        <translation>التحية &amp;حسب لغة الرسالة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="204"/>
        <source>Re&amp;presents (country code):</source>
        <translation>&amp;يمثّل (رمز البلد):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="208"/>
        <source>Ambassador of Kazakhstan</source>
        <translation>سفير كازاخستان</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="209"/>
        <source>Embassy of the Republic of Kazakhstan</source>
        <translation>سفارة جمهورية كازاخستان</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="212"/>
        <source>One a line, such as:
kk = Құрметті Елші мырза</source>
        <translation>واحدة في كل سطر، مثل:
kk = Құрметті Елші мырза</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="216"/>
        <source>The salutation a letter in that language uses, so a Kazakh letter greets the ambassador in Kazakh; “Salutation” above serves every other language.</source>
        <translation>التحية التي تستخدمها رسالة بتلك اللغة، لتحيي الرسالة الكازاخية السفير بالكازاخية؛ و«التحية» أعلاه لكل اللغات الأخرى.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="220"/>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="221"/>
        <source>Add the contacts of a CSV or vCard (.vcf) file</source>
        <translation>أضف جهات الاتصال من ملف CSV أو vCard ‏(.vcf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="222"/>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="223"/>
        <source>Save the address book as CSV or vCard (.vcf)</source>
        <translation>احفظ دفتر العناوين بصيغة CSV أو vCard ‏(.vcf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="224"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="294"/>
        <source>Give a title, a name or an organisation.</source>
        <translation>أدخل منصبًا أو اسمًا أو جهة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="295"/>
        <source>The fax number should be digits, such as +44 20 7123 4567.</source>
        <translation>يجب أن يتكوّن رقم الفاكس من أرقام، مثل +44 20 7123 4567.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="296"/>
        <source>The e-mail address does not look right.</source>
        <translation>يبدو أن عنوان البريد الإلكتروني غير صحيح.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="309"/>
        <source>Your Excellency</source>
        <translation>صاحب السعادة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="321"/>
        <source>the address book holds at most %1 greetings in all its contacts&apos; languages: remove the contacts or greetings you no longer need first</source>
        <translation>يتسع دفتر العناوين لـ %1 تحية على الأكثر بكل لغات جهات الاتصال فيه: احذف أولًا جهات الاتصال أو التحيات التي لم تعد بحاجة إليها</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="326"/>
        <source>the address book holds at most %1 contacts: remove those you no longer need first</source>
        <translation>يتسع دفتر العناوين لـ %1 جهة اتصال على الأكثر: احذف أولًا ما لم تعد بحاجة إليه</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="332"/>
        <source>The address book was not saved</source>
        <translation>لم يُحفظ دفتر العناوين</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="334"/>
        <source>No contact added</source>
        <translation>لم تُضف أي جهة اتصال</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="348"/>
        <source>Import an embassy list</source>
        <translation>استيراد قائمة سفارات</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="351"/>
        <source>Contact lists (*.csv *.vcf)</source>
        <translation>قوائم جهات الاتصال (*.csv *.vcf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="359"/>
        <source>the file is too big to be an embassy list</source>
        <translation>الملف أكبر من أن يكون قائمة سفارات</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="364"/>
        <source>the file is not in UTF-8; export the contacts again as a vCard, choosing UTF-8 (or Unicode) if the program asks</source>
        <translation>الملف ليس بترميز UTF-8؛ صدِّر جهات الاتصال مرة أخرى بصيغة vCard، واختر UTF-8 (أو Unicode) إن سأل البرنامج</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="369"/>
        <source>the file is not in UTF-8; open it in the spreadsheet and save it as “CSV UTF-8” (or “Unicode Text”)</source>
        <translation>الملف ليس بترميز UTF-8؛ افتحه في جدول البيانات واحفظه بصيغة «CSV UTF-8» (أو «نص Unicode»)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="330"/>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="373"/>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="377"/>
        <source>The list was not imported</source>
        <translation>لم تُستورد القائمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="400"/>
        <source>column %1, which has no heading</source>
        <translation>العمود %1، الذي لا عنوان له</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="404"/>
        <source>These columns were not read: %1. The columns read are: %2 (or salutation_kk, salutation_ru… for each language).</source>
        <translation>لم تُقرأ هذه الأعمدة: %1. الأعمدة التي تُقرأ هي: %2 (أو salutation_kk وsalutation_ru… لكل لغة).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="413"/>
        <source>%n contact(s) added; those already in the address book were kept.</source>
        <translation>
            <numerusform>أُضيفت جهات اتصال (%n)؛ وبقيت الموجودة في دفتر العناوين.</numerusform>
            <numerusform>أُضيفت جهات اتصال (%n)؛ وبقيت الموجودة في دفتر العناوين.</numerusform>
            <numerusform>أُضيفت جهات اتصال (%n)؛ وبقيت الموجودة في دفتر العناوين.</numerusform>
            <numerusform>أُضيفت جهات اتصال (%n)؛ وبقيت الموجودة في دفتر العناوين.</numerusform>
            <numerusform>أُضيفت جهات اتصال (%n)؛ وبقيت الموجودة في دفتر العناوين.</numerusform>
            <numerusform>أُضيفت جهات اتصال (%n)؛ وبقيت الموجودة في دفتر العناوين.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="422"/>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="431"/>
        <source>Export the address book</source>
        <translation>تصدير دفتر العناوين</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="434"/>
        <source>vCard files (*.vcf);;CSV files (*.csv)</source>
        <translation>ملفات vCard ‏(*.vcf);;ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="449"/>
        <source>The address book was not exported</source>
        <translation>لم يُصدَّر دفتر العناوين</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="252"/>
        <source>UA Writer is already open</source>
        <translation>UA Writer مفتوح بالفعل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="253"/>
        <source>UA Writer is already open on this computer. Use the window that is open (look for it in the taskbar): two windows would overwrite each other&apos;s drafts and address book.</source>
        <translation>UA Writer مفتوح بالفعل على هذا الحاسوب. استخدم النافذة المفتوحة (ابحث عنها في شريط المهام): نافذتان ستكتب كل منهما فوق مسودات الأخرى ودفتر عناوينها.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="269"/>
        <source>UA Writer cannot keep its files</source>
        <translation>لا يستطيع UA Writer حفظ ملفاته</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="270"/>
        <source>UA Writer keeps the letters it counts, drafts and settings in %1, and that folder cannot be used: %2. Free some space on the disk, or make the folder writable, or start UA Writer with another folder (UAWRITER_DATA_DIR).</source>
        <translation>يحفظ UA Writer الرسائل التي يعدّها والمسودات والإعدادات في %1، ولا يمكن استخدام هذا المجلد: %2. وفّر مساحة على القرص، أو اجعل المجلد قابلاً للكتابة، أو شغّل UA Writer بمجلد آخر (UAWRITER_DATA_DIR).</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="247"/>
        <source>More ways to send</source>
        <extracomment>Whether the action the letters are made from is still as the window read it; False after the window said it was replaced (a corrected revision imported while the dialog is open: envelopes, calls and counts went to the old officials, probe 87b) Told once a call, post or e-mail was counted: the letter&apos;s draft keeps the count now (a crash just after lost it, and the e-mail was counted again, probe 92b)</extracomment>
        <translation>طرق أخرى للإرسال</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="250"/>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="287"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="251"/>
        <source>Social media</source>
        <translation>وسائل التواصل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="252"/>
        <source>E-mail text</source>
        <translation>نص البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="253"/>
        <source>Envelopes</source>
        <translation>الأظرف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="257"/>
        <source>I dial from:</source>
        <translation>أتصل من:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="258"/>
        <source>(show numbers in international form)</source>
        <translation>(الأرقام بالصيغة الدولية)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="259"/>
        <source>Call:</source>
        <translation>الاتصال بـ:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="260"/>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="264"/>
        <source>Copy</source>
        <translation>انسخ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="425"/>
        <source>I made this call</source>
        <translation>أجريت هذه المكالمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="262"/>
        <source>A post to copy into X, Mastodon, Bluesky or Facebook. Edit it as you like.</source>
        <translation>منشور لنسخه إلى X أو Mastodon أو Bluesky أو Facebook. عدّله كما تشاء.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="429"/>
        <source>I posted it</source>
        <translation>نشرته</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="265"/>
        <source>E-mail to:</source>
        <translation>بريد إلى:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="266"/>
        <source>Copy text</source>
        <translation>انسخ النص</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="267"/>
        <source>Open in mail program</source>
        <translation>افتح في برنامج البريد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="113"/>
        <source>Print on:</source>
        <translation>الطباعة على:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="42"/>
        <source>DL envelopes (220 × 110 mm)</source>
        <translation>أظرف DL (220 × 110 مم)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="43"/>
        <source>C5 envelopes (229 × 162 mm)</source>
        <translation>أظرف C5 (229 × 162 مم)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="44"/>
        <source>US #10 envelopes (9½ × 4⅛ in)</source>
        <translation>أظرف US #10 (9½ × 4⅛ بوصة)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="45"/>
        <source>A4 label sheet, 21 labels (Avery L7160)</source>
        <translation>ورقة ملصقات A4، ‏21 ملصقًا (Avery L7160)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="46"/>
        <source>US Letter label sheet, 30 labels (Avery 5160)</source>
        <translation>ورقة ملصقات US Letter، ‏30 ملصقًا (Avery 5160)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="122"/>
        <source>Print…</source>
        <translation>اطبع…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="123"/>
        <source>Save as PDF…</source>
        <translation>احفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="285"/>
        <source>Saved under another name</source>
        <translation>حُفظ باسم آخر</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="286"/>
        <source>%1 holds a letter that was exported and counted, and is kept. The envelopes were saved as %2.</source>
        <translation>يحتوي %1 على رسالة صُدّرت واحتُسبت، ولذا أُبقي عليه. حُفظت الأظرف باسم %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="287"/>
        <source>Fax</source>
        <translation>الفاكس</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="288"/>
        <source>(check this number)</source>
        <translation>(تحقق من هذا الرقم)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="291"/>
        <source>No phone or fax number</source>
        <translation>لا يوجد رقم هاتف أو فاكس</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="308"/>
        <source>Ask for: %1</source>
        <translation>اطلب: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="310"/>
        <source>If you reach voicemail:</source>
        <translation>إذا وصلت إلى البريد الصوتي:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="189"/>
        <source>The address of %1 does not fit this label whole and is cut (…): print it on an envelope (C5), or write it by hand.</source>
        <translation>عنوان %1 لا يتّسع كاملًا على هذا الملصق فقُطع (…): اطبعه على ظرف (C5)، أو اكتبه بخط اليد.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="195"/>
        <source>The address of %1 does not fit this envelope whole and is cut (…): print it on a C5 envelope, or write it by hand.</source>
        <translation>عنوان %1 لا يتّسع كاملًا على هذا الظرف فقُطع (…): اطبعه على ظرف C5، أو اكتبه بخط اليد.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="201"/>
        <source>The address of %1 does not fit this envelope whole and is cut (…): write it by hand.</source>
        <translation>عنوان %1 لا يتسع بكامله على هذا الظرف وقد قُطع (…): اكتبه بخط اليد.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="425"/>
        <source>Call counted</source>
        <translation>حُسبت المكالمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="326"/>
        <source>%1 of %2 characters</source>
        <translation>%1 من %2 حرفًا</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="429"/>
        <source>Post counted</source>
        <translation>حُسب المنشور</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="351"/>
        <source>None of these addressees has an e-mail address.</source>
        <translation>لا يملك أي من هؤلاء المرسَل إليهم عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="357"/>
        <source>To: %1</source>
        <translation>إلى: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="358"/>
        <source>Subject: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="368"/>
        <source>This letter is too long for a mail link: use “Save e-mail drafts” instead, or copy the text.</source>
        <translation>هذه الرسالة أطول من أن تُرسل برابط بريد: استخدم «احفظ مسودات البريد» بدلًا من ذلك، أو انسخ النص.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="260"/>
        <source>Save the envelopes as PDF</source>
        <translation>احفظ الأظرف بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="263"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="278"/>
        <source>The envelopes could not be saved</source>
        <translation>تعذر حفظ الأظرف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="434"/>
        <source>E-mail counted</source>
        <translation>حُسب البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="434"/>
        <source>I sent this e-mail</source>
        <translation>أرسلت هذا البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="448"/>
        <source>Not counted</source>
        <translation>لم يُحسب</translation>
    </message>
</context>
<context>
    <name>CountList</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_views.py" line="149"/>
        <source>%n more</source>
        <extracomment>Rows a count list shows; the rest are summed in one &quot;… more&quot; row.</extracomment>
        <translation>
            <numerusform>%n أخرى</numerusform>
            <numerusform>%n أخرى</numerusform>
            <numerusform>%n أخرى</numerusform>
            <numerusform>%n أخرى</numerusform>
            <numerusform>%n أخرى</numerusform>
            <numerusform>%n أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="43"/>
        <source>UA Writer&apos;s own folder</source>
        <translation>مجلد UA Writer الخاص</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="44"/>
        <source>%1 is inside UA Writer&apos;s own data folder (%2), which holds the count of letters and the packs. Nothing was written; choose another folder.</source>
        <translation>%1 داخل مجلد بيانات UA Writer الخاص (%2)، الذي يحفظ عدد الرسائل وحزم التحركات. لم يُكتب شيء؛ اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="70"/>
        <source>Not a file</source>
        <translation>ليس ملفًا</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="71"/>
        <source>%1 is not a file UA Writer can use (it is a device or a pipe). Choose another name.</source>
        <translation>%1 ليس ملفًا يمكن لـ UA Writer استخدامه (إنه جهاز أو أنبوب). اختر اسمًا آخر.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="196"/>
        <source>Draft a pack from an Urgent Action</source>
        <extracomment>what went wrong while the dialog was put away (an idle reset): said to the organiser when the PIN brings it back, not to the next volunteer (probe 100c)</extracomment>
        <translation>مسودة حزمة من نص تحرك عاجل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="197"/>
        <source>Paste the Urgent Action&apos;s text, or open its file:</source>
        <translation>الصق نص التحرك العاجل أو افتح ملفه:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="198"/>
        <source>Open a .txt or .pdf…</source>
        <translation>فتح ملف ‎.txt أو ‎.pdf…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="199"/>
        <source>Find the fields</source>
        <translation>ابحث عن الحقول</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>Found</source>
        <translation>ما وُجد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>From these lines</source>
        <translation>من هذه الأسطر</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="204"/>
        <source>Finish in the pack editor…</source>
        <translation>أكمل في محرر الحزم…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="228"/>
        <source>Open an Urgent Action</source>
        <translation>فتح تحرك عاجل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="231"/>
        <source>Urgent Actions (*.txt *.pdf)</source>
        <translation>التحركات العاجلة (*.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="239"/>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="264"/>
        <source>The file cannot be read</source>
        <translation>تعذّرت قراءة الملف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="246"/>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="274"/>
        <source>Nothing to draft from</source>
        <translation>لا يوجد نص لعمل مسودة منه</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="315"/>
        <source>The text has lines longer than %Ln characters: they are shown broken into shorter ones.</source>
        <translation>
            <numerusform>في النص أسطر أطول من %Ln حرف: تُعرض مقسومة إلى أسطر أقصر.</numerusform>
            <numerusform>في النص أسطر أطول من %Ln حرف: تُعرض مقسومة إلى أسطر أقصر.</numerusform>
            <numerusform>في النص أسطر أطول من %Ln حرف: تُعرض مقسومة إلى أسطر أقصر.</numerusform>
            <numerusform>في النص أسطر أطول من %Ln حرف: تُعرض مقسومة إلى أسطر أقصر.</numerusform>
            <numerusform>في النص أسطر أطول من %Ln حرف: تُعرض مقسومة إلى أسطر أقصر.</numerusform>
            <numerusform>في النص أسطر أطول من %Ln حرف: تُعرض مقسومة إلى أسطر أقصر.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="339"/>
        <source>not found</source>
        <translation>لم يُعثر عليه</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="391"/>
        <source>Check what was said about the text:</source>
        <translation>راجع ما قيل عن النص:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="399"/>
        <source>Nothing is made up: what the text does not say is marked as not found.</source>
        <translation>لا شيء مختلَق: ما لا يذكره النص يُعلَّم بأنه لم يُعثر عليه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="404"/>
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
        <location filename="../src/uawriter/gui/draft_dialog.py" line="406"/>
        <source>Every field was found. Check each against its lines.</source>
        <translation>عُثر على كل الحقول. قارن كلًّا منها بأسطره.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="77"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="79"/>
        <source>UA Writer ran into an error it did not expect, and what you just did may not have happened. Your letter is still here: you can go on, or try again.</source>
        <translation>واجه UA Writer خطأً غير متوقع، وربما لم يتم ما قمت به للتو. رسالتك ما زالت هنا: يمكنك المتابعة أو المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="88"/>
        <source>The details are kept in %1 for whoever looks after this laptop.</source>
        <translation>التفاصيل محفوظة في %1 لمن يعتني بهذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>EventControls</name>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="146"/>
        <source>E&amp;vent</source>
        <extracomment>The organiser unlocked (True) or the tools locked again (False). The window was cleared for the next volunteer (number at an event, else 0). The organiser&apos;s dialogs put away at a reset for the next volunteer.</extracomment>
        <translation>الأ&amp;مسية</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="147"/>
        <source>Next volunteer</source>
        <translation>المتطوع التالي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="149"/>
        <source>Clear the sender&apos;s details, your own words and the draft, ready for the next person (Ctrl+Shift+N)</source>
        <translation>مسح بيانات المرسِل وكلماتك الخاصة والمسودة، استعدادًا للشخص التالي (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="155"/>
        <source>Start an event…</source>
        <translation>بدء أمسية…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="156"/>
        <source>Letters tonight…</source>
        <translation>رسائل الليلة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="158"/>
        <source>Print tonight&apos;s letters by addressee…</source>
        <translation>اطبع رسائل الليلة مرتبة حسب المرسل إليه…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="161"/>
        <source>Every letter exported on this laptop tonight, printed again in addressee order for the envelope table</source>
        <translation>كل رسالة صُدّرت على هذا الحاسوب الليلة، تُطبع مرة أخرى مرتبة حسب المرسل إليه لطاولة الأظرف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="167"/>
        <source>End the event…</source>
        <translation>إنهاء الأمسية…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="169"/>
        <source>Lock organiser tools</source>
        <translation>قفل أدوات المنظِّم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="171"/>
        <source>Organiser tools…</source>
        <translation>أدوات المنظِّم…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="221"/>
        <source>To use the organiser&apos;s tools, enter the organiser PIN:</source>
        <translation>لاستخدام أدوات المنظِّم، أدخل رمز PIN الخاص بالمنظِّم:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="306"/>
        <source>Clear this letter?</source>
        <translation>مسح هذه الرسالة؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="307"/>
        <source>This letter was neither printed nor exported. Clear it, and the sender&apos;s details, for the next volunteer?</source>
        <translation>لم تُطبع هذه الرسالة ولم تُصدَّر. هل تمسحها مع بيانات المرسِل للمتطوع التالي؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="287"/>
        <source>Welcome! You are volunteer %1 tonight.</source>
        <translation>أهلًا بك! أنت المتطوع رقم %1 الليلة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="293"/>
        <source>Ready for the next volunteer.</source>
        <translation>جاهز للمتطوع التالي.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="62"/>
        <source>not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="64"/>
        <source>not a PDF that can be read</source>
        <translation>ليس ملف PDF مقروءًا</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="66"/>
        <source>has fewer pages than were written</source>
        <translation>فيه صفحات أقل مما كُتب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="117"/>
        <source>Printing by addressee</source>
        <translation>الطباعة حسب المرسل إليه</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="135"/>
        <source>Letter %1 of %2: %3</source>
        <translation>الرسالة %1 من %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="174"/>
        <source>%n letter(s) printed in addressee order (%1 pages). They were counted when they were exported and are not counted again.</source>
        <translation>
            <numerusform>طُبعت رسائل مرتبة حسب المرسل إليه (%n، الصفحات: %1). عُدّت عند تصديرها ولا تُعد مرة أخرى.</numerusform>
            <numerusform>طُبعت رسائل مرتبة حسب المرسل إليه (%n، الصفحات: %1). عُدّت عند تصديرها ولا تُعد مرة أخرى.</numerusform>
            <numerusform>طُبعت رسائل مرتبة حسب المرسل إليه (%n، الصفحات: %1). عُدّت عند تصديرها ولا تُعد مرة أخرى.</numerusform>
            <numerusform>طُبعت رسائل مرتبة حسب المرسل إليه (%n، الصفحات: %1). عُدّت عند تصديرها ولا تُعد مرة أخرى.</numerusform>
            <numerusform>طُبعت رسائل مرتبة حسب المرسل إليه (%n، الصفحات: %1). عُدّت عند تصديرها ولا تُعد مرة أخرى.</numerusform>
            <numerusform>طُبعت رسائل مرتبة حسب المرسل إليه (%n، الصفحات: %1). عُدّت عند تصديرها ولا تُعد مرة أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="182"/>
        <source>%n letter(s) could not be printed: the file was moved, deleted or changed since it was exported. Print them from where they are now:</source>
        <translation>
            <numerusform>تعذرت طباعة رسائل (%n): نُقل الملف أو حُذف أو تغيّر منذ تصديره. اطبعها من مكانها الحالي:</numerusform>
            <numerusform>تعذرت طباعة رسائل (%n): نُقل الملف أو حُذف أو تغيّر منذ تصديره. اطبعها من مكانها الحالي:</numerusform>
            <numerusform>تعذرت طباعة رسائل (%n): نُقل الملف أو حُذف أو تغيّر منذ تصديره. اطبعها من مكانها الحالي:</numerusform>
            <numerusform>تعذرت طباعة رسائل (%n): نُقل الملف أو حُذف أو تغيّر منذ تصديره. اطبعها من مكانها الحالي:</numerusform>
            <numerusform>تعذرت طباعة رسائل (%n): نُقل الملف أو حُذف أو تغيّر منذ تصديره. اطبعها من مكانها الحالي:</numerusform>
            <numerusform>تعذرت طباعة رسائل (%n): نُقل الملف أو حُذف أو تغيّر منذ تصديره. اطبعها من مكانها الحالي:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="195"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…و%n غيرها.</numerusform>
            <numerusform>…و%n غيرها.</numerusform>
            <numerusform>…و%n غيرها.</numerusform>
            <numerusform>…و%n غيرها.</numerusform>
            <numerusform>…و%n غيرها.</numerusform>
            <numerusform>…و%n غيرها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="223"/>
        <source>Nothing to print yet</source>
        <translation>لا شيء للطباعة بعد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="224"/>
        <source>No letter has been exported on this laptop tonight. Letters printed straight away are already on paper.</source>
        <translation>لم تُصدَّر أي رسالة على هذا الحاسوب الليلة. الرسائل التي طُبعت مباشرة موجودة على الورق بالفعل.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="246"/>
        <source>Printed by addressee</source>
        <translation>طُبع حسب المرسل إليه</translation>
    </message>
</context>
<context>
    <name>EventMode</name>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="251"/>
        <source>The event could not be started</source>
        <extracomment>About to write a new event&apos;s file: what an earlier evening left is put away first, so that a kill right after the file is written leaves none of it in the event&apos;s way (probe 110c); ``event_not_started`` if the file could not be written. No input for the idle time and the countdown ran out: clear for the next volunteer. Seconds left on the visible countdown; 0 when it ends or is cancelled. Where a damaged event file was set aside when it was read (tell the organiser). How many letters the reset would clear unsent (the window sets it).</extracomment>
        <translation>تعذّر بدء الأمسية</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="260"/>
        <source>To end the event, enter the organiser PIN:</source>
        <translation>لإنهاء الأمسية، أدخل رمز PIN الخاص بالمنظِّم:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="266"/>
        <source>The event could not be ended</source>
        <translation>تعذّر إنهاء الأمسية</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="295"/>
        <source>%1 could not be written: %2. Check that the data folder can be written.</source>
        <translation>تعذّرت كتابة %1: %2. تحقق من إمكانية الكتابة في مجلد البيانات.</translation>
    </message>
</context>
<context>
    <name>EventWindow</name>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="240"/>
        <source>&amp;Show:</source>
        <extracomment>Every evening in the tally (the running event&apos;s first), and the one of ``scope``. The views show a fresh read of the tally. A report or tally file was written: its path. Another laptop&apos;s tally was merged: the MergeReport. Add counts and Take back, as opened (each deleted when closed).</extracomment>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="242"/>
        <source>By action</source>
        <translation>حسب التحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="243"/>
        <source>By addressee</source>
        <translation>حسب المرسَل إليه</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="244"/>
        <source>By language</source>
        <translation>حسب اللغة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="245"/>
        <source>By channel</source>
        <translation>حسب وسيلة الإرسال</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="246"/>
        <source>By hour</source>
        <translation>حسب الساعة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="251"/>
        <source>&amp;Add counts…</source>
        <translation>إضافة أ&amp;عداد…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="253"/>
        <source>Add handwritten letters, petition signatures and solidarity cards</source>
        <translation>إضافة الرسائل المكتوبة باليد وتوقيعات العرائض وبطاقات التضامن</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="259"/>
        <source>Save report (&amp;CSV)…</source>
        <translation>حفظ التقرير (&amp;CSV)…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="260"/>
        <source>Save report (&amp;PDF)…</source>
        <translation>حفظ التقرير (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="261"/>
        <source>&amp;Export tally…</source>
        <translation>ت&amp;صدير الحصيلة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="263"/>
        <source>Save this laptop&apos;s tally to a file, to merge it on another laptop</source>
        <translation>حفظ حصيلة هذا الحاسوب في ملف لدمجها على حاسوب آخر</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="265"/>
        <source>&amp;Merge tallies from other laptops…</source>
        <translation>&amp;دمج الحصائل من حواسيب أخرى…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="275"/>
        <source>No event</source>
        <translation>لا توجد أمسية</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="276"/>
        <location filename="../src/uawriter/gui/event_window.py" line="559"/>
        <location filename="../src/uawriter/gui/event_window.py" line="560"/>
        <source>Event without a name</source>
        <translation>أمسية بلا اسم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="322"/>
        <location filename="../src/uawriter/gui/event_window.py" line="436"/>
        <source>The tally %1 could not be read: %2</source>
        <translation>تعذّرت قراءة الحصيلة %1: %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="368"/>
        <source>Letters written outside an event</source>
        <translation>رسائل كُتبت خارج أمسية</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="355"/>
        <location filename="../src/uawriter/gui/event_window.py" line="361"/>
        <source>This event: %1</source>
        <translation>هذه الأمسية: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="255"/>
        <source>Take &amp;back counts…</source>
        <translation>&amp;سحب أعداد…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="257"/>
        <source>Take back a hand count added by mistake (a number mistyped, or added twice)</source>
        <translation>سحب عدّ يدوي أُضيف خطأً (رقم مكتوب خطأً، أو أُضيف مرتين)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="354"/>
        <location filename="../src/uawriter/gui/event_window.py" line="357"/>
        <source>no name</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="363"/>
        <source>Event: %1</source>
        <translation>الأمسية: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="376"/>
        <source>Everything recorded on this laptop</source>
        <translation>كل ما سُجّل على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="387"/>
        <source>No event is running</source>
        <translation>لا توجد أمسية جارية</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="388"/>
        <source>Event tally: %1</source>
        <translation>حصيلة الأمسية: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="397"/>
        <source>letters tonight</source>
        <translation>
            <numerusform>رسالة الليلة</numerusform>
            <numerusform>رسالة الليلة</numerusform>
            <numerusform>رسالتان الليلة</numerusform>
            <numerusform>رسائل الليلة</numerusform>
            <numerusform>رسالة الليلة</numerusform>
            <numerusform>رسالة الليلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="399"/>
        <source>letters in all</source>
        <translation>
            <numerusform>رسالة إجمالًا</numerusform>
            <numerusform>رسالة إجمالًا</numerusform>
            <numerusform>رسالتان إجمالًا</numerusform>
            <numerusform>رسائل إجمالًا</numerusform>
            <numerusform>رسالة إجمالًا</numerusform>
            <numerusform>رسالة إجمالًا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="403"/>
        <source>%1 written in the app · %2 by hand · %3 signatures · %4 cards</source>
        <translation>%1 كُتبت في التطبيق · %2 باليد · %3 توقيعات · %4 بطاقات</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="429"/>
        <source>unknown time</source>
        <translation>وقت غير معروف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="442"/>
        <source>Some lines of the tally %1 could not be read and are not counted: %2</source>
        <translation>تعذّرت قراءة بعض أسطر الحصيلة %1 ولم تُحتسب: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="497"/>
        <source>%n count(s) added to the tally.</source>
        <translation>
            <numerusform>لم يُضف أي عدد (%n) إلى الحصيلة.</numerusform>
            <numerusform>أُضيف عدد واحد (%n) إلى الحصيلة.</numerusform>
            <numerusform>أُضيف عددان (%n) إلى الحصيلة.</numerusform>
            <numerusform>أُضيفت %n أعداد إلى الحصيلة.</numerusform>
            <numerusform>أُضيف %n عددًا إلى الحصيلة.</numerusform>
            <numerusform>أُضيف %n عدد إلى الحصيلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="500"/>
        <source>%n count(s) added to the tally of %1.</source>
        <translation>
            <numerusform>لم يُضف أي عدد (%n) إلى حصيلة %1.</numerusform>
            <numerusform>أُضيف عدد واحد (%n) إلى حصيلة %1.</numerusform>
            <numerusform>أُضيف عددان (%n) إلى حصيلة %1.</numerusform>
            <numerusform>أُضيفت %n أعداد إلى حصيلة %1.</numerusform>
            <numerusform>أُضيف %n عددًا إلى حصيلة %1.</numerusform>
            <numerusform>أُضيف %n عدد إلى حصيلة %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="518"/>
        <source>%n count(s) taken back.</source>
        <translation>
            <numerusform>لم يُسحب أي عدّ (%n).</numerusform>
            <numerusform>سُحب عدّ واحد (%n).</numerusform>
            <numerusform>سُحب عدّان (%n).</numerusform>
            <numerusform>سُحبت %n عدّات.</numerusform>
            <numerusform>سُحب %n عدًّا.</numerusform>
            <numerusform>سُحب %n عدّ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="555"/>
        <source>The counts typed into Add counts for %1 were not added: that event had ended when %2 started. Add them again if they are still to be counted.</source>
        <translation>لم تُضَف الأعداد المكتوبة في «إضافة أعداد» لـ %1: كانت تلك الفعالية قد انتهت حين بدأت %2. أضفها مرة أخرى إن كان لا يزال يجب عدّها.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="91"/>
        <source>tally</source>
        <extracomment>Marks that belong to the letter before them: accents, vowel signs, viramas.</extracomment>
        <translation>حصيلة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="102"/>
        <source>Save the report as CSV</source>
        <translation>حفظ التقرير بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="105"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="125"/>
        <source>Save the report as PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="128"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="152"/>
        <source>Export this laptop&apos;s tally</source>
        <translation>تصدير حصيلة هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="155"/>
        <source>Tally files (*.jsonl)</source>
        <translation>ملفات الحصيلة (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="193"/>
        <source>Saved %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="195"/>
        <source>(%1 is another laptop&apos;s tally and is kept: merge both.)</source>
        <translation>(%1 هو حصيلة حاسوب آخر وقد أُبقي عليه: ادمج الاثنين.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="199"/>
        <source>(%1 holds letters that were exported and counted, and is kept.)</source>
        <translation>(يحتوي %1 على رسائل صُدّرت واحتُسبت، ولذا أُبقي عليه.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="208"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="209"/>
        <source>%1 could not be written: %2. Choose another folder and try again.</source>
        <translation>تعذّرت كتابة %1: %2. اختر مجلدًا آخر وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="222"/>
        <source>Merge a tally from another laptop</source>
        <translation>دمج حصيلة من حاسوب آخر</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="225"/>
        <source>Tally files (*.jsonl);;All files (*)</source>
        <translation>ملفات الحصيلة (*.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="233"/>
        <location filename="../src/uawriter/gui/tally_files.py" line="252"/>
        <source>Not merged</source>
        <translation>لم يُدمج</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="234"/>
        <source>%1 is this laptop&apos;s own tally: choose a file from another laptop.</source>
        <translation>%1 هي حصيلة هذا الحاسوب نفسه: اختر ملفًا من حاسوب آخر.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="253"/>
        <source>%1 could not be merged: %2. Nothing was added.</source>
        <translation>تعذّر دمج %1: %2. لم يُضف شيء.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="262"/>
        <source>Merged %1.</source>
        <translation>دُمج %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="263"/>
        <source>%n new record(s) added.</source>
        <translation>
            <numerusform>لم يُضف أي سجل جديد (%n).</numerusform>
            <numerusform>أُضيف سجل جديد واحد (%n).</numerusform>
            <numerusform>أُضيف سجلان جديدان (%n).</numerusform>
            <numerusform>أُضيفت %n سجلات جديدة.</numerusform>
            <numerusform>أُضيف %n سجلًا جديدًا.</numerusform>
            <numerusform>أُضيف %n سجل جديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="264"/>
        <source>%n record(s) already counted, not added again.</source>
        <translation>
            <numerusform>لا سجلات (%n) محتسبة من قبل.</numerusform>
            <numerusform>سجل واحد (%n) محتسب من قبل، لم يُضف مرة أخرى.</numerusform>
            <numerusform>سجلان (%n) محتسبان من قبل، لم يُضافا مرة أخرى.</numerusform>
            <numerusform>%n سجلات محتسبة من قبل، لم تُضف مرة أخرى.</numerusform>
            <numerusform>%n سجلًا محتسبًا من قبل، لم يُضف مرة أخرى.</numerusform>
            <numerusform>%n سجل محتسب من قبل، لم يُضف مرة أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="270"/>
        <source>%n letter(s) taken back: their files were replaced on that laptop.</source>
        <translation>
            <numerusform>لا رسائل (%n) مسحوبة.</numerusform>
            <numerusform>سُحبت رسالة واحدة (%n): استُبدل ملفها على ذلك الحاسوب.</numerusform>
            <numerusform>سُحبت رسالتان (%n): استُبدل ملفاهما على ذلك الحاسوب.</numerusform>
            <numerusform>سُحبت %n رسائل: استُبدلت ملفاتها على ذلك الحاسوب.</numerusform>
            <numerusform>سُحبت %n رسالةً: استُبدلت ملفاتها على ذلك الحاسوب.</numerusform>
            <numerusform>سُحبت %n رسالة: استُبدلت ملفاتها على ذلك الحاسوب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="279"/>
        <source>%n hand count(s) taken back.</source>
        <translation>
            <numerusform>لم يُسحب أي عدّ يدوي (%n).</numerusform>
            <numerusform>سُحب عدّ يدوي واحد (%n).</numerusform>
            <numerusform>سُحب عدّان يدويان (%n).</numerusform>
            <numerusform>سُحبت %n عدّات يدوية.</numerusform>
            <numerusform>سُحب %n عدًّا يدويًا.</numerusform>
            <numerusform>سُحب %n عدّ يدوي.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="284"/>
        <source>Skipped, because the file is damaged there:</source>
        <translation>تم التخطي لأن الملف تالف في هذا الموضع:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="289"/>
        <source>Worth knowing:</source>
        <translation>من المفيد معرفته:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="293"/>
        <source>Tally merged</source>
        <translation>دُمجت الحصيلة</translation>
    </message>
</context>
<context>
    <name>ExtraCountsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="360"/>
        <source>Add counts</source>
        <extracomment>What was added to the tally when the dialog was accepted.</extracomment>
        <translation>إضافة أعداد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="362"/>
        <source>Event without a name</source>
        <translation>أمسية بلا اسم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="367"/>
        <source>Count what the app cannot see: letters written by hand, petition signatures and solidarity cards. The numbers are added to what is counted already.</source>
        <translation>احسب ما لا يراه التطبيق: الرسائل المكتوبة باليد وتوقيعات العرائض وبطاقات التضامن. تُضاف الأرقام إلى ما سبق احتسابه.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="372"/>
        <source>Action</source>
        <translation>التحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="373"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="484"/>
        <source>Handwritten letters</source>
        <translation>رسائل مكتوبة باليد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="374"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="485"/>
        <source>Signatures</source>
        <translation>توقيعات</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="375"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="486"/>
        <source>Cards</source>
        <translation>بطاقات</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="383"/>
        <source>No action is loaded, so there is nothing to count.</source>
        <translation>لم يُحمَّل أي تحرك، فلا يوجد ما يُحتسب.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="384"/>
        <source>&amp;Add to the tally</source>
        <translation>إ&amp;ضافة إلى الحصيلة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="416"/>
        <source>The counts could not be added to %1: %2. Nothing was added; check that the data folder can be written, then try again.</source>
        <translation>تعذّرت إضافة الأعداد إلى %1: %2. لم يُضف شيء؛ تحقق من إمكانية الكتابة في مجلد البيانات ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>FaxPreviewDialog</name>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="118"/>
        <source>What the fax machine will print</source>
        <extracomment>Stretch down so a fax dot (1/204 inch across, 1/196 inch down) is square on screen.</extracomment>
        <translation>ما ستطبعه آلة الفاكس</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="121"/>
        <source>This is the page as a fax machine prints it: 204 × 196 dots per inch, black and white. If small print is hard to read here, it will be on paper too.</source>
        <translation>هكذا تطبع آلة الفاكس الصفحة: 204 × 196 نقطة في البوصة، بالأبيض والأسود. إذا صعُبت قراءة الخط الصغير هنا فستصعب على الورق أيضًا.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="126"/>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="127"/>
        <source>Fit the pages to the width</source>
        <translation>ملاءمة الصفحات للعرض</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="128"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="129"/>
        <source>One fax dot to one screen dot</source>
        <translation>نقطة فاكس لكل نقطة شاشة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="130"/>
        <source>The fax pages as they will print</source>
        <translation>صفحات الفاكس كما ستُطبع</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="148"/>
        <source>Preparing the fax pages…</source>
        <translation>جارٍ تجهيز صفحات الفاكس…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="229"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/fax_preview.py" line="234"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>صفحات: %n</numerusform>
            <numerusform>صفحات: %n</numerusform>
            <numerusform>صفحات: %n</numerusform>
            <numerusform>صفحات: %n</numerusform>
            <numerusform>صفحات: %n</numerusform>
            <numerusform>صفحات: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="238"/>
        <source>The fax pages could not be made: %1</source>
        <translation>تعذر تجهيز صفحات الفاكس: %1</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_mode.py" line="97"/>
        <source>Next volunteer in %n s — touch anything to keep writing</source>
        <extracomment>What counts as a volunteer touching the laptop.</extracomment>
        <translation>
            <numerusform>المتطوع التالي بعد %n ث — المس أي شيء لمتابعة الكتابة</numerusform>
            <numerusform>المتطوع التالي بعد %n ث — المس أي شيء لمتابعة الكتابة</numerusform>
            <numerusform>المتطوع التالي بعد %n ث — المس أي شيء لمتابعة الكتابة</numerusform>
            <numerusform>المتطوع التالي بعد %n ث — المس أي شيء لمتابعة الكتابة</numerusform>
            <numerusform>المتطوع التالي بعد %n ث — المس أي شيء لمتابعة الكتابة</numerusform>
            <numerusform>المتطوع التالي بعد %n ث — المس أي شيء لمتابعة الكتابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_mode.py" line="101"/>
        <source>%n letter(s) neither printed nor exported will be cleared</source>
        <translation>
            <numerusform>لن تُمحى أي رسالة (%n)</numerusform>
            <numerusform>ستُمحى رسالة واحدة (%n) لم تُطبع ولم تُصدَّر</numerusform>
            <numerusform>ستُمحى رسالتان (%n) لم تُطبعا ولم تُصدَّرا</numerusform>
            <numerusform>ستُمحى %n رسائل لم تُطبع ولم تُصدَّر</numerusform>
            <numerusform>ستُمحى %n رسالةً لم تُطبع ولم تُصدَّر</numerusform>
            <numerusform>ستُمحى %n رسالة لم تُطبع ولم تُصدَّر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="104"/>
        <source>&amp;Keep writing</source>
        <translation>&amp;متابعة الكتابة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="105"/>
        <source>Next volunteer countdown</source>
        <translation>العد التنازلي للمتطوع التالي</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="40"/>
        <source>Your name and address</source>
        <translation>اسمك وعنوانك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="41"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="42"/>
        <source>Their address</source>
        <translation>عنوان المرسَل إليه</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="43"/>
        <source>Salutation</source>
        <translation>التحية</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="44"/>
        <source>Talking points</source>
        <translation>المطالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="45"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="46"/>
        <source>Your e-mail</source>
        <translation>بريدك الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="47"/>
        <source>Your town</source>
        <translation>مدينتك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="48"/>
        <source>Their name</source>
        <translation>اسم المرسَل إليه</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="49"/>
        <source>Their title</source>
        <translation>منصب المرسَل إليه</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="50"/>
        <source>Action title</source>
        <translation>عنوان التحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="51"/>
        <source>UA number</source>
        <translation>رقم التحرك العاجل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="52"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="53"/>
        <source>Country</source>
        <translation>البلد</translation>
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
        <translation>الت&amp;حركات</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="164"/>
        <source>Urgent Actions</source>
        <translation>التحركات العاجلة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="165"/>
        <source>About this action</source>
        <translation>عن هذا التحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="127"/>
        <source>&amp;Write to</source>
        <translation>ا&amp;كتب إلى</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="128"/>
        <source>Addressees</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="129"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="130"/>
        <source>Write to every addressee</source>
        <translation>اكتب إلى جميع المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="131"/>
        <source>None</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="132"/>
        <source>Copy to a diplomat:</source>
        <translation>نسخة إلى دبلوماسي:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="134"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>أرسل أيضًا نسخة إلى ممثل دبلوماسي معتمد لدى بلدك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="139"/>
        <source>Diplomatic representative</source>
        <translation>الممثل الدبلوماسي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="140"/>
        <source>Address book…</source>
        <translation>دفتر العناوين…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="296"/>
        <source>(no embassy of this country in the address book)</source>
        <translation>(لا توجد سفارة لهذا البلد في دفتر العناوين)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="389"/>
        <source>No e-mail address for: %1. No e-mail is written to them: print and post their letters, or fax them.</source>
        <translation>لا يوجد عنوان بريد إلكتروني لـ: %1. لن تُكتب لهم رسالة بريد إلكتروني: اطبع رسائلهم وأرسلها بالبريد أو بالفاكس.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="100"/>
        <source>Letter lan&amp;guage:</source>
        <translation>&amp;لغة الرسالة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="101"/>
        <source>&amp;Send by:</source>
        <translation>الإرسال &amp;عبر:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="102"/>
        <source>Pape&amp;r:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="103"/>
        <source>Letter language</source>
        <translation>لغة الرسالة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="104"/>
        <source>Send by fax, post or e-mail</source>
        <translation>الإرسال بالفاكس أو البريد أو البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="105"/>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="102"/>
        <source>Your details (optional)</source>
        <translation>بياناتك (اختياري)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="103"/>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="104"/>
        <source>A&amp;ddress:</source>
        <translation>الع&amp;نوان:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="105"/>
        <source>E-&amp;mail:</source>
        <translation>البري&amp;د الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="106"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="107"/>
        <source>Your postal address</source>
        <translation>عنوانك البريدي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="108"/>
        <source>Your e-mail address</source>
        <translation>بريدك الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="109"/>
        <source>&amp;Town:</source>
        <translation>ال&amp;مدينة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="110"/>
        <source>Ph&amp;one:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="111"/>
        <source>Your phone or fax</source>
        <translation>هاتفك أو الفاكس</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="113"/>
        <source>A phone or fax number for replies, shown on the fax cover sheet (the organiser&apos;s, at an event)</source>
        <translation>رقم هاتف أو فاكس للرد، يظهر على صفحة غلاف الفاكس (رقم المنظِّم في الفعالية)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="119"/>
        <source>Your town</source>
        <translation>مدينتك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="120"/>
        <source>Sign with initials and town</source>
        <translation>التوقيع بالأحرف الأولى والمدينة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="124"/>
        <source>Advised if you have ties to the country: the letter shows your initials and town, not your name, address or e-mail</source>
        <translation>يُنصح به إن كانت لك صلات بالبلد: تُظهر الرسالة أحرفك الأولى ومدينتك لا اسمك أو عنوانك أو بريدك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="131"/>
        <source>Remember my details on this computer</source>
        <translation>تذكّر بياناتي على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="134"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>أزل العلامة إذا كان الحاسوب مشتركًا: عندها تُمحى بياناتك بعد كل رسالة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="142"/>
        <source>This action asks every letter to be signed this way</source>
        <translation>يطلب هذا التحرك توقيع كل رسالة بهذه الطريقة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="152"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <extracomment>a choice made the letter fail (its TemplateProblem): the letter stays as it was lines of hers a point ticked or unticked could not carry (a tuple of str) the letters go by e-mail: the export button saves drafts to the outbox</extracomment>
        <translation>المطال&amp;ب (أزل العلامة عمّا تريد استبعاده):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="154"/>
        <source>Talking points</source>
        <translation>المطالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="155"/>
        <source>Letter text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="156"/>
        <source>Reset to the template</source>
        <translation>العودة إلى القالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="157"/>
        <location filename="../src/uawriter/gui/menus.py" line="134"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="159"/>
        <source>Save e-mail dra&amp;fts</source>
        <translation>احفظ &amp;مسودات البريد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="161"/>
        <source>E&amp;xport PDF…</source>
        <translation>ت&amp;صدير PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="163"/>
        <source>Add to my stac&amp;k</source>
        <translation>أضف إلى &amp;رزمتي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="106"/>
        <source>Call, post, envelopes…</source>
        <translation>مكالمة، منشور، أظرف…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="108"/>
        <source>Numbers to dial and what to say on the phone, a post for social media, the e-mail&apos;s text to copy, and envelopes or labels to print</source>
        <translation>أرقام للاتصال وما تقوله على الهاتف، ومنشور لوسائل التواصل، ونص البريد للنسخ، وأظرف أو ملصقات للطباعة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="165"/>
        <source>Keep these letters and write for another action; then print or export them all at once</source>
        <translation>احتفظ بهذه الرسائل واكتب لتحرك آخر؛ ثم اطبعها أو صدّرها كلها دفعة واحدة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="132"/>
        <source>&amp;File</source>
        <extracomment>Further actions whose shortcuts work in text fields (Next volunteer).</extracomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="133"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="135"/>
        <source>&amp;Save draft</source>
        <translation>&amp;حفظ المسودة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="136"/>
        <source>&amp;Address book…</source>
        <translation>&amp;دفتر العناوين…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="137"/>
        <source>Pos&amp;tage…</source>
        <translation>أجرة ال&amp;بريد…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="138"/>
        <source>P&amp;hone, social media and envelopes…</source>
        <translation>&amp;الهاتف ووسائل التواصل والأظرف…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="139"/>
        <source>What the &amp;fax machine will print…</source>
        <translation>ما ستطبعه آلة ال&amp;فاكس…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="141"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="142"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="143"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="144"/>
        <source>Reset letter to the template</source>
        <translation>إعادة الرسالة إلى القالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="145"/>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="146"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="147"/>
        <source>&amp;About UA Writer</source>
        <translation>&amp;حول UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="117"/>
        <source>Fax (with cover sheet)</source>
        <translation>فاكس (مع صفحة غلاف)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="118"/>
        <source>Post (no cover sheet)</source>
        <translation>بريد (دون صفحة غلاف)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="119"/>
        <source>E-mail (send later)</source>
        <translation>البريد الإلكتروني (يُرسل لاحقًا)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="125"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="126"/>
        <source>US Letter</source>
        <translation>ورق Letter الأمريكي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="65"/>
        <source>No deadline</source>
        <translation>بلا موعد نهائي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="68"/>
        <source>Open until %1</source>
        <translation>مفتوح حتى %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="69"/>
        <source>Closing soon: %1</source>
        <translation>ينتهي قريبًا: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="70"/>
        <source>Deadline passed: %1</source>
        <translation>انتهى الموعد: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="80"/>
        <source>UA %1, update %2</source>
        <translation>UA %1، التحديث %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="82"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="226"/>
        <source>Broken pack: %1</source>
        <translation>حزمة تالفة: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="25"/>
        <source>Your changes are not in every letter</source>
        <translation>تعديلاتك ليست في كل الرسائل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="27"/>
        <source>Some of your changes were to lines that differ in each letter (the greeting, the address) and are not in the letters to:

%1

Those letters would go without them. Go back to write your words on a line of their own, or go on without them?</source>
        <translation>بعض تعديلاتك كانت على أسطر تختلف في كل رسالة (التحية، العنوان) وليست في الرسائل الموجهة إلى:

%1

ستُرسل تلك الرسائل من دونها. هل تعود لتكتب كلماتك في سطر مستقل، أم تتابع من دونها؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="35"/>
        <source>Go back</source>
        <translation>العودة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="38"/>
        <source>Go on without them</source>
        <translation>المتابعة من دونها</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="73"/>
        <source>Continue your stack?</source>
        <translation>هل تتابع رزمتك؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="75"/>
        <source>%n letter(s) were on your stack, neither printed nor exported, when UA Writer last stopped. Put them back on your stack?</source>
        <translation>
            <numerusform>لم تكن في رزمتك رسائل (%n) عند توقف UA Writer آخر مرة.</numerusform>
            <numerusform>كانت في رزمتك رسالة واحدة (%n) لم تُطبع ولم تُصدَّر عند توقف UA Writer آخر مرة. هل تعيدها إلى رزمتك؟</numerusform>
            <numerusform>كانت في رزمتك رسالتان (%n) لم تُطبعا ولم تُصدَّرا عند توقف UA Writer آخر مرة. هل تعيدهما إلى رزمتك؟</numerusform>
            <numerusform>كانت في رزمتك %n رسائل لم تُطبع ولم تُصدَّر عند توقف UA Writer آخر مرة. هل تعيدها إلى رزمتك؟</numerusform>
            <numerusform>كانت في رزمتك %n رسالةً لم تُطبع ولم تُصدَّر عند توقف UA Writer آخر مرة. هل تعيدها إلى رزمتك؟</numerusform>
            <numerusform>كانت في رزمتك %n رسالة لم تُطبع ولم تُصدَّر عند توقف UA Writer آخر مرة. هل تعيدها إلى رزمتك؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="94"/>
        <source>%n letter(s) that were on your stack cannot be put back on it: their action could not be loaded this time, or has been replaced or changed since they were written. They are kept in this file until the next volunteer:</source>
        <translation>
            <numerusform>لا رسائل (%n) من رزمتك يتعذّر إعادتها.</numerusform>
            <numerusform>تعذّرت إعادة رسالة واحدة (%n) كانت في رزمتك: لم يُحمَّل تحركها هذه المرة، أو استُبدل أو عُدِّل منذ كتابتها. وهي محفوظة في هذا الملف حتى المتطوع التالي:</numerusform>
            <numerusform>تعذّرت إعادة رسالتين (%n) كانتا في رزمتك: لم يُحمَّل تحركهما هذه المرة، أو استُبدل أو عُدِّل منذ كتابتهما. وهما محفوظتان في هذا الملف حتى المتطوع التالي:</numerusform>
            <numerusform>تعذّرت إعادة %n رسائل كانت في رزمتك: لم يُحمَّل تحركها هذه المرة، أو استُبدل أو عُدِّل منذ كتابتها. وهي محفوظة في هذا الملف حتى المتطوع التالي:</numerusform>
            <numerusform>تعذّرت إعادة %n رسالةً كانت في رزمتك: لم يُحمَّل تحركها هذه المرة، أو استُبدل أو عُدِّل منذ كتابتها. وهي محفوظة في هذا الملف حتى المتطوع التالي:</numerusform>
            <numerusform>تعذّرت إعادة %n رسالة كانت في رزمتك: لم يُحمَّل تحركها هذه المرة، أو استُبدل أو عُدِّل منذ كتابتها. وهي محفوظة في هذا الملف حتى المتطوع التالي:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="104"/>
        <source>Some letters were not put back</source>
        <translation>لم تُعَد بعض الرسائل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="113"/>
        <source>You were writing a letter for the action “%1”, which could not be loaded this time. Your letter is kept until the action loads again: then choose it, and the letter is offered back.</source>
        <translation>كنت تكتب رسالة للتحرك «%1»، الذي تعذّر تحميله هذه المرة. رسالتك محفوظة حتى يُحمَّل التحرك من جديد: اختره حينها، وستُعرض عليك الرسالة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="121"/>
        <source>A letter is kept for later</source>
        <translation>رسالة محفوظة لوقت لاحق</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="151"/>
        <source>Clear your letter?</source>
        <translation>هل تمحو رسالتك؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="152"/>
        <source>Your letter has not been printed or exported. At an event nothing of a volunteer is kept for the next one: close UA Writer and clear your letter?</source>
        <translation>لم تُطبع رسالتك ولم تُصدَّر. في الفعالية لا يُحفظ شيء من متطوع للمتطوع التالي: هل تغلق UA Writer وتمحو رسالتك؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="165"/>
        <source>Start another letter?</source>
        <translation>هل تريد بدء رسالة أخرى؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="166"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>لم تُصدَّر تعديلاتك على هذه الرسالة. هل تريد بدء رسالة لتحرك آخر على أي حال؟ (ستبقى الرسالة الحالية محفوظة كمسودة.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="193"/>
        <source>Close with letters on your stack?</source>
        <translation>هل تغلق وفي رزمتك رسائل؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="194"/>
        <source>%n letter(s) on your stack have been neither printed nor exported, and will be lost. Close anyway?</source>
        <translation>
            <numerusform>رسائل في رزمتك لم تُطبع ولم تُصدَّر وستضيع (%n). هل تغلق على أي حال؟</numerusform>
            <numerusform>رسائل في رزمتك لم تُطبع ولم تُصدَّر وستضيع (%n). هل تغلق على أي حال؟</numerusform>
            <numerusform>رسائل في رزمتك لم تُطبع ولم تُصدَّر وستضيع (%n). هل تغلق على أي حال؟</numerusform>
            <numerusform>رسائل في رزمتك لم تُطبع ولم تُصدَّر وستضيع (%n). هل تغلق على أي حال؟</numerusform>
            <numerusform>رسائل في رزمتك لم تُطبع ولم تُصدَّر وستضيع (%n). هل تغلق على أي حال؟</numerusform>
            <numerusform>رسائل في رزمتك لم تُطبع ولم تُصدَّر وستضيع (%n). هل تغلق على أي حال؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="210"/>
        <source>Close while printing?</source>
        <translation>هل تريد الإغلاق أثناء الطباعة؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="211"/>
        <source>Pages are still being sent to the printer. Close anyway? The pages not sent yet will not be printed.</source>
        <translation>لا تزال الصفحات تُرسل إلى الطابعة. هل تريد الإغلاق على أي حال؟ لن تُطبع الصفحات التي لم تُرسل بعد.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="225"/>
        <source>Close without the organiser&apos;s work?</source>
        <translation>هل تغلق من دون عمل المنظِّم؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="226"/>
        <source>The organiser was working on a pack when the laptop was left. It is put away until the organiser types the PIN (Organiser tools…), and closing UA Writer now loses it. Close anyway?</source>
        <translation>كان المنظِّم يعمل على حزمة عندما تُرك الحاسوب. وُضعت جانبًا إلى أن يكتب المنظِّم الرمز السري (أدوات المنظِّم…)، وإغلاق UA Writer الآن يُضيّعها. هل تغلق على أي حال؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="290"/>
        <source>The address book entry of %1 was corrected after your letters were put on the stack: the copies on your stack now go to the corrected address. Nothing was sent yet: print or export your stack again.</source>
        <translation>صُحّح إدخال %1 في دفتر العناوين بعد وضع رسائلك في الكومة: النسخ في كومتك تذهب الآن إلى العنوان المصحّح. لم يُرسل شيء بعد: اطبع كومتك أو صدّرها مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="299"/>
        <source>The address book entry of %1 was corrected after your letters were put on the stack, and the copy on your stack could not be changed to match: its address or greeting was changed by hand. Nothing was sent: take that action&apos;s letters off the stack (Remove) and write them again.</source>
        <translation>صُحّح إدخال %1 في دفتر العناوين بعد وضع رسائلك في الكومة، وتعذّر تعديل النسخة في كومتك لتطابقه: غُيّر عنوانها أو تحيتها يدويًا. لم يُرسل شيء: أزل رسائل هذا التحرك من الكومة («أزل») واكتبها من جديد.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="307"/>
        <source>An address was corrected</source>
        <translation>صُحّح عنوان</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="314"/>
        <source>The letters on your stack for “%1” were written from a copy of the action that has been replaced or removed since. They were not sent: the officials, addresses or fax numbers may have changed. Take them off the stack (Remove) and write them again.</source>
        <translation>الرسائل الموجودة في رزمتك لـ «%1» كُتبت من نسخة من التحرك استُبدلت أو أُزيلت منذ ذلك الحين. لم تُرسل: ربما تغيّر المسؤولون أو العناوين أو أرقام الفاكس. أزلها من الرزمة (أزل) واكتبها من جديد.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="322"/>
        <source>The action “%1” has been removed from this computer since this letter was started. The letter was not sent.</source>
        <translation>أُزيل التحرك «%1» من هذا الحاسوب بعد بدء هذه الرسالة. لم تُرسل الرسالة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="328"/>
        <source>The action “%1” has been replaced by another copy (revision %2) since this letter was started: the officials, addresses or fax numbers may have changed. The letter now uses the new copy, and your changes to it are kept. Nothing was sent: look at the letter, then send it again.</source>
        <translation>استُبدل التحرك «%1» بنسخة أخرى (المراجعة %2) بعد بدء هذه الرسالة: ربما تغيّر المسؤولون أو العناوين أو أرقام الفاكس. تستخدم الرسالة الآن النسخة الجديدة، وتعديلاتك محفوظة. لم يُرسل شيء: راجع الرسالة ثم أرسلها من جديد.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="335"/>
        <source>This action has changed</source>
        <translation>تغيّر هذا التحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="175"/>
        <source>Before you send this letter</source>
        <translation>قبل أن ترسل هذه الرسالة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="177"/>
        <source>This action asks:

%1

Has your letter kept to this?</source>
        <translation>يطلب هذا التحرك:

%1

هل التزمت رسالتك بذلك؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="181"/>
        <source>This action asks what is written below.

Has your letter kept to this?</source>
        <translation>يطلب هذا التحرك ما هو مكتوب أدناه.

هل التزمت رسالتك بذلك؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="202"/>
        <source>%n letter(s) on your stack for this action replaced by the new one(s): %1.</source>
        <translation>
            <numerusform>لم تُستبدل أي رسالة (%n) في رزمتك لهذا التحرك: %1.</numerusform>
            <numerusform>استُبدلت رسالة واحدة (%n) في رزمتك لهذا التحرك بالجديدة: %1.</numerusform>
            <numerusform>استُبدلت رسالتان (%n) في رزمتك لهذا التحرك بالجديدتين: %1.</numerusform>
            <numerusform>استُبدلت %n رسائل في رزمتك لهذا التحرك بالجديدة: %1.</numerusform>
            <numerusform>استُبدلت %n رسالةً في رزمتك لهذا التحرك بالجديدة: %1.</numerusform>
            <numerusform>استُبدلت %n رسالة في رزمتك لهذا التحرك بالجديدة: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="245"/>
        <source>Another volunteer&apos;s letters are on the stack</source>
        <translation>في الرزمة رسائل متطوع آخر</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="246"/>
        <source>The stack holds letters signed by %1, not printed or exported yet. Print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>تحتوي الرزمة على رسائل موقّعة باسم %1، لم تُطبع أو تُصدَّر بعد. اطبعها أو صدّرها أولًا (اطبع الكل… أو صدّر الكل… تحت رزمتي)، ثم أضف رسائلك. رسالتك لا تزال هنا.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="261"/>
        <source>Letters without a name on the stack</source>
        <translation>رسائل بلا اسم في الرزمة</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="262"/>
        <source>The stack holds %n letter(s) written without a name, not printed or exported yet. Did you write them?

Yes: they go out with yours, signed %1.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>
            <numerusform>في الرزمة رسائل كُتبت بلا اسم ولم تُطبع أو تُصدَّر بعد: %n. هل كتبتها أنت؟

نعم: تُرسل مع رسائلك موقّعة باسم %1.
لا: اطبعها أو صدّرها أولًا (اطبع الكل… أو صدّر الكل… تحت رزمتي)، ثم أضف رسائلك. رسالتك ما زالت هنا.</numerusform>
            <numerusform>في الرزمة رسائل كُتبت بلا اسم ولم تُطبع أو تُصدَّر بعد: %n. هل كتبتها أنت؟

نعم: تُرسل مع رسائلك موقّعة باسم %1.
لا: اطبعها أو صدّرها أولًا (اطبع الكل… أو صدّر الكل… تحت رزمتي)، ثم أضف رسائلك. رسالتك ما زالت هنا.</numerusform>
            <numerusform>في الرزمة رسائل كُتبت بلا اسم ولم تُطبع أو تُصدَّر بعد: %n. هل كتبتها أنت؟

نعم: تُرسل مع رسائلك موقّعة باسم %1.
لا: اطبعها أو صدّرها أولًا (اطبع الكل… أو صدّر الكل… تحت رزمتي)، ثم أضف رسائلك. رسالتك ما زالت هنا.</numerusform>
            <numerusform>في الرزمة رسائل كُتبت بلا اسم ولم تُطبع أو تُصدَّر بعد: %n. هل كتبتها أنت؟

نعم: تُرسل مع رسائلك موقّعة باسم %1.
لا: اطبعها أو صدّرها أولًا (اطبع الكل… أو صدّر الكل… تحت رزمتي)، ثم أضف رسائلك. رسالتك ما زالت هنا.</numerusform>
            <numerusform>في الرزمة رسائل كُتبت بلا اسم ولم تُطبع أو تُصدَّر بعد: %n. هل كتبتها أنت؟

نعم: تُرسل مع رسائلك موقّعة باسم %1.
لا: اطبعها أو صدّرها أولًا (اطبع الكل… أو صدّر الكل… تحت رزمتي)، ثم أضف رسائلك. رسالتك ما زالت هنا.</numerusform>
            <numerusform>في الرزمة رسائل كُتبت بلا اسم ولم تُطبع أو تُصدَّر بعد: %n. هل كتبتها أنت؟

نعم: تُرسل مع رسائلك موقّعة باسم %1.
لا: اطبعها أو صدّرها أولًا (اطبع الكل… أو صدّر الكل… تحت رزمتي)، ثم أضف رسائلك. رسالتك ما زالت هنا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="280"/>
        <source>Letters with other details on the stack</source>
        <translation>رسائل ببيانات أخرى في الرزمة</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="281"/>
        <source>The stack holds %n letter(s) written without a name and with another address or e-mail for replies, not printed or exported yet. Did you write them?

Yes: they go out with yours, their cover sheets with the details you typed now.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>
            <numerusform>في الرزمة رسائل كُتبت بلا اسم وبعنوان أو بريد إلكتروني آخر للرد، ولم تُطبع أو تُصدَّر بعد: %n. هل كتبتها أنت؟

نعم: تُرسل مع رسائلك، وفي صفحات غلافها البيانات التي كتبتها الآن.
لا: اطبعها أو صدّرها أولًا (اطبع الكل… أو صدّر الكل… تحت رزمتي)، ثم أضف رسائلك. رسالتك ما زالت هنا.</numerusform>
            <numerusform>في الرزمة رسائل كُتبت بلا اسم وبعنوان أو بريد إلكتروني آخر للرد، ولم تُطبع أو تُصدَّر بعد: %n. هل كتبتها أنت؟

نعم: تُرسل مع رسائلك، وفي صفحات غلافها البيانات التي كتبتها الآن.
لا: اطبعها أو صدّرها أولًا (اطبع الكل… أو صدّر الكل… تحت رزمتي)، ثم أضف رسائلك. رسالتك ما زالت هنا.</numerusform>
            <numerusform>في الرزمة رسائل كُتبت بلا اسم وبعنوان أو بريد إلكتروني آخر للرد، ولم تُطبع أو تُصدَّر بعد: %n. هل كتبتها أنت؟

نعم: تُرسل مع رسائلك، وفي صفحات غلافها البيانات التي كتبتها الآن.
لا: اطبعها أو صدّرها أولًا (اطبع الكل… أو صدّر الكل… تحت رزمتي)، ثم أضف رسائلك. رسالتك ما زالت هنا.</numerusform>
            <numerusform>في الرزمة رسائل كُتبت بلا اسم وبعنوان أو بريد إلكتروني آخر للرد، ولم تُطبع أو تُصدَّر بعد: %n. هل كتبتها أنت؟

نعم: تُرسل مع رسائلك، وفي صفحات غلافها البيانات التي كتبتها الآن.
لا: اطبعها أو صدّرها أولًا (اطبع الكل… أو صدّر الكل… تحت رزمتي)، ثم أضف رسائلك. رسالتك ما زالت هنا.</numerusform>
            <numerusform>في الرزمة رسائل كُتبت بلا اسم وبعنوان أو بريد إلكتروني آخر للرد، ولم تُطبع أو تُصدَّر بعد: %n. هل كتبتها أنت؟

نعم: تُرسل مع رسائلك، وفي صفحات غلافها البيانات التي كتبتها الآن.
لا: اطبعها أو صدّرها أولًا (اطبع الكل… أو صدّر الكل… تحت رزمتي)، ثم أضف رسائلك. رسالتك ما زالت هنا.</numerusform>
            <numerusform>في الرزمة رسائل كُتبت بلا اسم وبعنوان أو بريد إلكتروني آخر للرد، ولم تُطبع أو تُصدَّر بعد: %n. هل كتبتها أنت؟

نعم: تُرسل مع رسائلك، وفي صفحات غلافها البيانات التي كتبتها الآن.
لا: اطبعها أو صدّرها أولًا (اطبع الكل… أو صدّر الكل… تحت رزمتي)، ثم أضف رسائلك. رسالتك ما زالت هنا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="199"/>
        <source>%n letter(s) added to your stack.</source>
        <translation>
            <numerusform>أُضيفت رسائل إلى رزمتك: %n</numerusform>
            <numerusform>أُضيفت رسائل إلى رزمتك: %n</numerusform>
            <numerusform>أُضيفت رسائل إلى رزمتك: %n</numerusform>
            <numerusform>أُضيفت رسائل إلى رزمتك: %n</numerusform>
            <numerusform>أُضيفت رسائل إلى رزمتك: %n</numerusform>
            <numerusform>أُضيفت رسائل إلى رزمتك: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="284"/>
        <source>This pack cannot be used</source>
        <translation>لا يمكن استخدام هذه الحزمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="285"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>اطلب من مُعِدّ الحزمة نسخة مصحّحة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="286"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>اختر تحركًا من قائمة التحركات لبدء رسالة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="296"/>
        <source>Loading the actions…</source>
        <translation>جارٍ تحميل التحركات…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="319"/>
        <source>To check in this pack:</source>
        <translation>للتحقق في هذه الحزمة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="326"/>
        <source>your own language</source>
        <translation>لغتك الأم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="328"/>
        <source>Write in:</source>
        <translation>لغات الكتابة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="332"/>
        <source>What to ask for</source>
        <translation>المطالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="340"/>
        <source>Additional information</source>
        <translation>معلومات إضافية</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="346"/>
        <source>Further information:</source>
        <translation>لمزيد من المعلومات:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="211"/>
        <source>Copy</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="211"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="215"/>
        <source>Fax %1</source>
        <translation>فاكس %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="217"/>
        <source>no fax</source>
        <translation>بلا فاكس</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="357"/>
        <source>Letter</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="358"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack_keeper.py" line="67"/>
        <source>%n letter(s) of your stack went out before UA Writer stopped, and are counted: they are not put back on it.</source>
        <extracomment>While the stack&apos;s letters go out: when they started, by which channels, in which turn (see :meth:`going_out`).</extracomment>
        <translation>
            <numerusform>لم تخرج أي رسالة (%n) من رزمتك قبل توقف UA Writer.</numerusform>
            <numerusform>خرجت رسالة واحدة (%n) من رزمتك قبل توقف UA Writer وقد احتُسبت: لن تُعاد إلى الرزمة.</numerusform>
            <numerusform>خرجت رسالتان (%n) من رزمتك قبل توقف UA Writer وقد احتُسبتا: لن تُعادا إلى الرزمة.</numerusform>
            <numerusform>خرجت %n رسائل من رزمتك قبل توقف UA Writer وقد احتُسبت: لن تُعاد إلى الرزمة.</numerusform>
            <numerusform>خرجت %n رسالةً من رزمتك قبل توقف UA Writer وقد احتُسبت: لن تُعاد إلى الرزمة.</numerusform>
            <numerusform>خرجت %n رسالة من رزمتك قبل توقف UA Writer وقد احتُسبت: لن تُعاد إلى الرزمة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack_keeper.py" line="122"/>
        <source>Your stack could not be saved: %1</source>
        <translation>تعذّر حفظ رزمتك: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="391"/>
        <source>What you pasted held a run of more than %1 characters without a space, longer than any word: spaces were put in it. Check where it came from.</source>
        <translation>احتوى ما لصقته على أكثر من %1 حرف متتالٍ بلا مسافة، وهو أطول من أي كلمة: أُدرجت فيه مسافات. تحقّق من مصدره.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="460"/>
        <source>The letters set aside for this action went out and are counted: nothing of them is left to send.</source>
        <translation>أُرسلت الرسائل المؤجلة لهذا التحرك وحُسبت: لم يبقَ منها شيء لإرساله.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="581"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>بعض التعديلات كانت على أسطر تختلف لدى هذا المرسل إليه، ولم تُنقل: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="626"/>
        <source>Your details were not put in the letter: %1</source>
        <translation>لم تُوضع بياناتك في الرسالة: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="780"/>
        <source>The outbox collects every volunteer&apos;s e-mails tonight. To choose it, enter the organiser PIN:</source>
        <translation>يجمع صندوق الصادر الليلة رسائل البريد الإلكتروني لكل المتطوعين. لاختياره، أدخل رمز PIN الخاص بالمنظِّم:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/went.py" line="80"/>
        <source>Sent as it was when you sent it; your changes since are still to send.</source>
        <translation>أُرسلت كما كانت عند الإرسال؛ تغييراتك بعد ذلك لم تُرسل بعد.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="259"/>
        <source>What you were working on is back: it was put away when the laptop was left.</source>
        <translation>عاد ما كنت تعمل عليه: لقد وُضع جانبًا عندما تُرك الحاسوب.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/resume.py" line="149"/>
        <source>Your letters went out before UA Writer stopped, and are counted.</source>
        <translation>خرجت رسائلك قبل توقف UA Writer وقد احتُسبت.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/resume.py" line="158"/>
        <source>%n letter(s) went out before UA Writer stopped, and are counted: their officials are no longer ticked in your letter.</source>
        <translation>
            <numerusform>لم تخرج أي رسالة (%n) قبل توقف UA Writer.</numerusform>
            <numerusform>خرجت رسالة واحدة (%n) قبل توقف UA Writer وقد احتُسبت: لم يعد المسؤول الموجهة إليه محددًا في رسالتك.</numerusform>
            <numerusform>خرجت رسالتان (%n) قبل توقف UA Writer وقد احتُسبتا: لم يعد المسؤولان الموجهتان إليهما محددين في رسالتك.</numerusform>
            <numerusform>خرجت %n رسائل قبل توقف UA Writer وقد احتُسبت: لم يعد المسؤولون الموجهة إليهم محددين في رسالتك.</numerusform>
            <numerusform>خرجت %n رسالةً قبل توقف UA Writer وقد احتُسبت: لم يعد المسؤولون الموجهة إليهم محددين في رسالتك.</numerusform>
            <numerusform>خرجت %n رسالة قبل توقف UA Writer وقد احتُسبت: لم يعد المسؤولون الموجهة إليهم محددين في رسالتك.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/resume.py" line="228"/>
        <source>The copy to %1 was not restored: that contact is no longer in the address book for this action&apos;s country. Choose a copy again if one should go.</source>
        <translation>لم تُستعد النسخة الموجهة إلى %1: لم تعد جهة الاتصال هذه في دفتر العناوين لبلد هذا التحرك. اختر نسخة من جديد إن كان ينبغي إرسالها.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="232"/>
        <source>The postage table could not be saved: %1</source>
        <translation>تعذر حفظ جدول أجرة البريد: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="193"/>
        <source>Choose an action and an addressee first.</source>
        <translation>اختر تحركًا ومرسَلًا إليه أولًا.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="293"/>
        <source>(address book empty)</source>
        <translation>(دفتر العناوين فارغ)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="299"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>أضف السفارات والممثلين الدبلوماسيين الآخرين من خلال «دفتر العناوين…»</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="355"/>
        <source>The address book could not be saved</source>
        <translation>تعذّر حفظ دفتر العناوين</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="356"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

ستبقى العناوين متاحة إلى أن تغلق UA Writer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="375"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>لا يوجد رقم فاكس لـ: %1. لن تحمل رسائلهم صفحة غلاف فاكس: اطبعها وأرسلها بالبريد، أو أرسلها بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="42"/>
        <source>%1 (asked for)</source>
        <translation>%1 (مطلوبة)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="179"/>
        <source>Change the letter&apos;s language?</source>
        <translation>هل تريد تغيير لغة الرسالة؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="180"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>ستُكتب الرسالة من جديد باللغة الجديدة، وستضيع تعديلاتك عليها. هل تريد تغيير اللغة؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="301"/>
        <source>Le&amp;tter:</source>
        <translation>ال&amp;رسالة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="304"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>ال&amp;رسالة إلى %1 (تعديلاتك تدخل في كل الرسائل):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="385"/>
        <source>Reset the letter?</source>
        <translation>هل تريد إعادة الرسالة إلى القالب؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="386"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>سيحلّ نص القالب محلّ تعديلاتك على الرسالة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/letter_pane.py" line="401"/>
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
        <location filename="../src/uawriter/gui/letter_pane.py" line="403"/>
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
        <location filename="../src/uawriter/gui/questions.py" line="239"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>تعذّر إنشاء رسالة هذه الحزمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="240"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>في قالب الرسالة مشكلة:
%1

اطلب من مُعِدّ الحزمة نسخة مصحّحة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="696"/>
        <location filename="../src/uawriter/gui/preview.py" line="200"/>
        <source>The preview failed: %1</source>
        <translation>تعذّرت المعاينة: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="222"/>
        <source>No addressee chosen</source>
        <translation>لم تختر أي مرسل إليه</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="163"/>
        <location filename="../src/uawriter/gui/output.py" line="223"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <extracomment>whose turn it is: another after Next volunteer, or once another name signs (the tally&apos;s turn: Hans typing his name over Aigerim&apos;s is Hans&apos;s turn, probe 83b) the letter&apos;s draft saved now, with what was counted by hand in it &quot;I sent this e-mail&quot; counts a letter given back after a crash was kept with, by (action, addressee): its e-mail drafts take them back, as in one window (probe 92b: counted twice); until Next volunteer, or used</extracomment>
        <translation>ضع علامة على مرسل إليه واحد على الأقل تحت «اكتب إلى».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="230"/>
        <source>Some characters cannot be printed</source>
        <translation>لا يمكن طباعة بعض الأحرف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="231"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>لا يملك UA Writer خطًا لهذه الأحرف، لذا ستُطبع مربعات فارغة: %1

هل تريد تغييرها في الرسالة، أم المتابعة على أي حال؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="247"/>
        <location filename="../src/uawriter/gui/output.py" line="309"/>
        <location filename="../src/uawriter/gui/printing.py" line="97"/>
        <location filename="../src/uawriter/gui/printing.py" line="194"/>
        <source>Printing failed</source>
        <extracomment>Pages rendered by one task and painted together.</extracomment>
        <translation>فشلت الطباعة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="98"/>
        <source>%1 is not a file: print to a file in a folder.</source>
        <translation>%1 ليس ملفًا: اطبع في ملف داخل مجلد.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="111"/>
        <source>Printed to another file</source>
        <translation>طُبع في ملف آخر</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="112"/>
        <source>%1 holds letters that were exported and counted, and is kept: the pages go to %2 instead.</source>
        <translation>يحتوي %1 على رسائل صُدّرت واحتُسبت، ولذا أُبقي عليه: تذهب الصفحات إلى %2 بدلًا منه.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="191"/>
        <source>The printer could not be started.</source>
        <extracomment>why the hidden file beside the chosen one could not be made, if it could not</extracomment>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="255"/>
        <source>Printing…</source>
        <extracomment>Until its pages went to the printer, or it was stopped (the window closing)</extracomment>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="91"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>انتهت المهلة في %1: راجع فرعك قبل الإرسال.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="349"/>
        <source>Export the letter as PDF</source>
        <translation>تصدير الرسالة بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="352"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="368"/>
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
        <location filename="../src/uawriter/gui/output.py" line="464"/>
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
        <location filename="../src/uawriter/gui/output.py" line="562"/>
        <location filename="../src/uawriter/gui/output.py" line="603"/>
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
        <location filename="../src/uawriter/gui/output.py" line="372"/>
        <source>Save the letters here</source>
        <translation>احفظ الرسائل هنا</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="112"/>
        <source>The letters went out, but could not be counted: %1</source>
        <extracomment>Where each letter that goes out is counted (None: not counted). The event running on this laptop, for the tally. Put before each file name (&quot;V03 &quot;, the volunteer&apos;s number at an event). The e-mails counted by &quot;I sent this e-mail&quot; in this turn: their records&apos; ids, by (action, addressee), taken back when their drafts are saved and counted.</extracomment>
        <translation>أُرسلت الرسائل، لكن تعذّر احتسابها: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="127"/>
        <source>Counted before that: %1 of %2 files. Count only the others by hand (Event, Add counts): %3</source>
        <translation>عُدّ قبل ذلك: %1 من %2 ملفات. عُدّ الباقي فقط يدويًا (الفعالية، إضافة أعداد): %3</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="174"/>
        <source>These letters would not be counted</source>
        <extracomment>Told the letters of one print or export once they went out (an export cancelled part-way: those written). The stack passes one, so that its letters leave it when they, not another output that ends meanwhile, went out.</extracomment>
        <translation>لن تُحتسب هذه الرسائل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="175"/>
        <source>UA Writer cannot add to its count of letters: %1

Please tell the organiser. Send the letters anyway, without counting them?</source>
        <translation>لا يستطيع UA Writer إضافة الرسائل إلى عدّه: %1

يُرجى إبلاغ المنظِّم. هل تريد إرسال الرسائل على أي حال دون احتسابها؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="296"/>
        <source>Printing stopped: %1 of %2 letters went to the printer.</source>
        <translation>توقفت الطباعة: أُرسلت %1 من %2 رسائل إلى الطابعة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="427"/>
        <source>Saved %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="429"/>
        <source>(%1 was there already, not written by you, and is kept.)</source>
        <translation>(%1 كان موجودًا من قبل، ولم تكتبه أنت، وقد أُبقي عليه.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="465"/>
        <location filename="../src/uawriter/gui/printing.py" line="256"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="528"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>أُلغي التصدير. الرسائل المحفوظة: %1 من %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="560"/>
        <source>Letters exported</source>
        <translation>تم تصدير الرسائل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="568"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="581"/>
        <location filename="../src/uawriter/gui/output.py" line="606"/>
        <source>Not all the letters could be saved</source>
        <translation>تعذّر حفظ كل الرسائل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="582"/>
        <source>%1 of %2 letters were saved in %3 and counted; then UA Writer could not write there:
%4

The other letters were not saved; they are still here (their addressees stay ticked, or they stay on your stack). Export them to another folder, for example on a USB stick or in Documents.</source>
        <translation>حُفظت %1 من %2 رسائل في %3 واحتُسبت؛ ثم تعذّر على UA Writer الكتابة هناك:
%4

لم تُحفظ الرسائل الأخرى؛ وهي ما زالت هنا (يبقى المرسَل إليهم محددين، أو تبقى في رزمتك). صدّرها إلى مجلد آخر، مثلًا على ذاكرة USB أو في المستندات.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="601"/>
        <location filename="../src/uawriter/gui/output.py" line="612"/>
        <source>The letters could not be saved</source>
        <translation>تعذّر حفظ الرسائل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="613"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>تعذّر على UA Writer الكتابة في %1:
%2

رسالتك ما زالت هنا. اختر مجلدًا آخر، مثلًا على ذاكرة USB أو في «المستندات».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="152"/>
        <source>The draft could not be saved: %1</source>
        <translation>تعذّر حفظ المسودة: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="146"/>
        <source>Draft saved</source>
        <extracomment>The outputs of each action&apos;s letter under way: token -&gt; (when, channels, turn). Kept per action (a letter set aside while its e-mails are saved keeps its own) and per output (a second started meanwhile replaced the first&apos;s: probe 93a). At an event, the letters set aside as they are, her details in them: the file holds none, and taken back from it her lines written in them were lost unsaid. Kept in memory only, until Next volunteer (or the window closes). The letter each action&apos;s set-aside draft was made from (the session object: any change to a letter makes a new one), to know it as sent (probe 80a).</extracomment>
        <translation>تم حفظ المسودة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="316"/>
        <source>One of them held tonight&apos;s event: no event is running now, so the organiser&apos;s tools are not locked and nothing is cleared between volunteers. If an event was running, the organiser starts it again (Event menu) before the next volunteer sits down.</source>
        <translation>كان أحدها يحمل فعالية الليلة: لا فعالية جارية الآن، لذا أدوات المنظِّم غير مقفلة ولا يُمسح شيء بين المتطوعين. إن كانت هناك فعالية جارية، فليبدأها المنظِّم من جديد (قائمة الفعالية) قبل أن يجلس المتطوع التالي.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="323"/>
        <source>Some saved files were damaged</source>
        <translation>بعض الملفات المحفوظة تالفة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="312"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>نُقلت هذه الملفات جانبًا، وبدأ UA Writer من جديد:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="54"/>
        <source>Continue your letter?</source>
        <translation>هل تريد متابعة رسالتك؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="56"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>كنت تكتب رسالة بشأن «%1». هل تريد متابعتها؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/window_settings.py" line="39"/>
        <source>Settings could not be saved: %1</source>
        <translation>تعذّر حفظ الإعدادات: %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="35"/>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="36"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>اكتب رسائل المناشدة للتحركات العاجلة دون اتصال بالإنترنت، ثم اطبعها وأرسلها بالبريد أو بالفاكس.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="39"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer برنامج حر: يمكنك مشاركته وتعديله وفق شروط رخصة جنو العمومية العامة (GNU General Public License)، الإصدار 3 أو أي إصدار لاحق (GPL-3.0-or-later). ويأتي دون أي ضمان.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="45"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>والخطوط المرفقة به والمضمَّنة في الرسائل حرة أيضًا:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="50"/>
        <source>About UA Writer</source>
        <translation>حول UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="129"/>
        <source>Keep your letter?</source>
        <translation>هل تريد الاحتفاظ برسالتك؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="131"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>لم تُطبع رسالتك ولم تُصدَّر. هل تريد الاحتفاظ بها كمسودة للمرة القادمة؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="432"/>
        <source>My stack</source>
        <extracomment>Room in the stack&apos;s file for what :func:`stack_data` adds to its letters when the stack goes out (the time, the channels, the turn) and for the format&apos;s name and version. What the window writes of an official at most: a pack&apos;s (packs/limits.py) or an address book contact&apos;s (storage/address_book.py), whichever is more. A record holding more was damaged on disk: a stack file&apos;s official of 120,000 address lines was taken back, and then every save of the stack was refused as too big (probe 74c). Of an official&apos;s e-mails, phones and social media accounts: as many as an address has lines. A pack&apos;s official who has more is made again from the pack (see :func:`_letter_of`). The characters of each of the sender&apos;s boxes at most (sender_pane.py), in the order :class:`~uawriter.domain.model.Sender` takes them.</extracomment>
        <translation>رزمتي</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="433"/>
        <source>Print all…</source>
        <translation>اطبع الكل…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="434"/>
        <source>Export all…</source>
        <translation>صدّر الكل…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="435"/>
        <source>Remove</source>
        <translation>أزل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="437"/>
        <source>Take the chosen action&apos;s letters off the stack</source>
        <translation>أزل رسائل التحرك المختار من الرزمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="533"/>
        <source>Take these letters off your stack?</source>
        <translation>هل تريد إزالة هذه الرسائل من رزمتك؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="534"/>
        <source>%n letter(s) for %1, neither printed nor exported, would be taken off your stack and could not be brought back. Take them off?</source>
        <translation>
            <numerusform>رسائل (%n) لـ %1، لم تُطبع ولم تُصدَّر، ستُزال من رزمتك ولا يمكن استعادتها. هل تريد إزالتها؟</numerusform>
            <numerusform>رسائل (%n) لـ %1، لم تُطبع ولم تُصدَّر، ستُزال من رزمتك ولا يمكن استعادتها. هل تريد إزالتها؟</numerusform>
            <numerusform>رسائل (%n) لـ %1، لم تُطبع ولم تُصدَّر، ستُزال من رزمتك ولا يمكن استعادتها. هل تريد إزالتها؟</numerusform>
            <numerusform>رسائل (%n) لـ %1، لم تُطبع ولم تُصدَّر، ستُزال من رزمتك ولا يمكن استعادتها. هل تريد إزالتها؟</numerusform>
            <numerusform>رسائل (%n) لـ %1، لم تُطبع ولم تُصدَّر، ستُزال من رزمتك ولا يمكن استعادتها. هل تريد إزالتها؟</numerusform>
            <numerusform>رسائل (%n) لـ %1، لم تُطبع ولم تُصدَّر، ستُزال من رزمتك ولا يمكن استعادتها. هل تريد إزالتها؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="559"/>
        <source>%1: %n letter(s) in %2</source>
        <translation>
            <numerusform>%1: رسائل (%n) بـ%2</numerusform>
            <numerusform>%1: رسائل (%n) بـ%2</numerusform>
            <numerusform>%1: رسائل (%n) بـ%2</numerusform>
            <numerusform>%1: رسائل (%n) بـ%2</numerusform>
            <numerusform>%1: رسائل (%n) بـ%2</numerusform>
            <numerusform>%1: رسائل (%n) بـ%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="569"/>
        <source>%n letter(s) waiting. Choose another action to add more, or print or export them all.</source>
        <translation>
            <numerusform>رسائل تنتظر (%n). اختر تحركًا آخر لإضافة المزيد، أو اطبعها أو صدّرها كلها.</numerusform>
            <numerusform>رسائل تنتظر (%n). اختر تحركًا آخر لإضافة المزيد، أو اطبعها أو صدّرها كلها.</numerusform>
            <numerusform>رسائل تنتظر (%n). اختر تحركًا آخر لإضافة المزيد، أو اطبعها أو صدّرها كلها.</numerusform>
            <numerusform>رسائل تنتظر (%n). اختر تحركًا آخر لإضافة المزيد، أو اطبعها أو صدّرها كلها.</numerusform>
            <numerusform>رسائل تنتظر (%n). اختر تحركًا آخر لإضافة المزيد، أو اطبعها أو صدّرها كلها.</numerusform>
            <numerusform>رسائل تنتظر (%n). اختر تحركًا آخر لإضافة المزيد، أو اطبعها أو صدّرها كلها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="45"/>
        <source>Post to %1 is suspended: send by e-mail or fax, or through the embassy.</source>
        <translation>البريد إلى %1 معلّق: أرسل بالبريد الإلكتروني أو الفاكس، أو عبر السفارة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="50"/>
        <source>Post to %1: %2 for a letter of one sheet.</source>
        <translation>البريد إلى %1: %2 لرسالة من ورقة واحدة.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="115"/>
        <source>Choose the outbox for e-mail drafts (for example on a USB stick)</source>
        <extracomment>whether the outbox may be chosen now (at an event: the organiser&apos;s, with the PIN) the volunteer at the laptop: e-mails that finish saving after the next one has come show nothing of the last one&apos;s (see :meth:`next_turn`) the last write to the outbox failed: the next one asks where, so that another folder can be chosen while the full stick is still there</extracomment>
        <translation>اختر صندوق الصادر لمسودات البريد (على ذاكرة USB مثلًا)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="119"/>
        <source>Collect e-mails here</source>
        <translation>اجمع الرسائل هنا</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="217"/>
        <source>The e-mails could not be saved</source>
        <translation>تعذر حفظ الرسائل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="218"/>
        <source>UA Writer could not write to the outbox %1:
%2

Your letter is still here. Save it again to choose another outbox folder, or send the letter by post or fax.</source>
        <translation>تعذر على UA Writer الكتابة في صندوق الصادر %1:
%2

رسالتك ما زالت هنا. احفظها مرة أخرى لتختار مجلدًا آخر، أو أرسل الرسالة بالبريد أو بالفاكس.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="240"/>
        <source>Not all the e-mails could be saved</source>
        <translation>تعذّر حفظ كل رسائل البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="241"/>
        <source>%1 of %2 e-mails were saved in the outbox %3 and counted; then UA Writer could not write there:
%4

The addressees still ticked are the ones not written to. Save again to choose another outbox folder, or send their letters by post or fax.</source>
        <translation>حُفظت %1 من %2 رسائل بريد إلكتروني في صندوق الصادر %3 واحتُسبت؛ ثم تعذّر على UA Writer الكتابة هناك:
%4

المرسَل إليهم الذين ما زالوا محددين هم من لم تُكتب لهم رسالة. احفظ مرة أخرى لتختار مجلدًا آخر، أو أرسل إليهم الرسالة بالبريد أو بالفاكس.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="257"/>
        <source>No e-mail address</source>
        <translation>لا يوجد عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="258"/>
        <source>The Urgent Action gives no e-mail address for:
%1

Send the letter by post or fax instead (“Send by” above).</source>
        <translation>لا يذكر التحرك العاجل عنوان بريد إلكتروني لـ:
%1

أرسل الرسالة بالبريد أو بالفاكس بدلًا من ذلك («الإرسال عبر» أعلاه).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="275"/>
        <source>E-mails ready to send</source>
        <translation>الرسائل جاهزة للإرسال</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/outbox.py" line="277"/>
        <source>%n e-mail draft(s) saved in the outbox %1.</source>
        <translation>
            <numerusform>حُفظت مسودات بريد (%n) في صندوق الصادر %1.</numerusform>
            <numerusform>حُفظت مسودات بريد (%n) في صندوق الصادر %1.</numerusform>
            <numerusform>حُفظت مسودات بريد (%n) في صندوق الصادر %1.</numerusform>
            <numerusform>حُفظت مسودات بريد (%n) في صندوق الصادر %1.</numerusform>
            <numerusform>حُفظت مسودات بريد (%n) في صندوق الصادر %1.</numerusform>
            <numerusform>حُفظت مسودات بريد (%n) في صندوق الصادر %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="282"/>
        <source>The organiser sends them from a computer that is online: each file opens in a mail program (Thunderbird, Outlook, Apple Mail) ready to send.</source>
        <translation>يرسلها المنظِّم من حاسوب متصل بالإنترنت: يفتح كل ملف في برنامج بريد (Thunderbird أو Outlook أو Apple Mail) جاهزًا للإرسال.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="290"/>
        <source>No e-mail address for: %1. Send them by post or fax.</source>
        <translation>لا يوجد عنوان بريد إلكتروني لـ: %1. أرسل لهم بالبريد أو بالفاكس.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="298"/>
        <source>Open in mail program</source>
        <translation>افتح في برنامج البريد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="301"/>
        <source>Open outbox</source>
        <translation>افتح صندوق الصادر</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="272"/>
        <source>Edit action pack</source>
        <extracomment>Which drafted addressee and point each row is (None: added here): the UA&apos;s lines are found by the drafted ones, which a row no longer is once one before it was removed (probe 75a: the President&apos;s fax was marked beside the Prosecutor&apos;s).</extracomment>
        <translation>تعديل حزمة التحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="273"/>
        <source>Action</source>
        <translation>التحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="274"/>
        <source>What to ask for</source>
        <translation>المطالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="275"/>
        <source>Addressees</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="276"/>
        <source>Letters</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="546"/>
        <source>Discard the changes to this pack?</source>
        <translation>هل تتخلّى عن التغييرات في هذه الحزمة؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="548"/>
        <source>What you typed in this pack is not saved. Save it now, discard it, or go on editing?</source>
        <translation>ما كتبته في هذه الحزمة غير محفوظ. هل تحفظه الآن، أم تتخلّى عنه، أم تواصل التحرير؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="558"/>
        <source>Keep editing</source>
        <translation>واصل التحرير</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="680"/>
        <source>The pack has changed since you opened it</source>
        <translation>تغيّرت الحزمة منذ أن فتحتها</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="682"/>
        <source>The pack “%1” was changed on this computer after you opened it here: another copy was imported, or it was saved from another window. Saving replaces that copy with yours, and what it changed is lost.

To keep both, give yours another id (Action tab) and save it again. Replace the other copy with yours?</source>
        <translation>تغيّرت الحزمة «%1» على هذا الحاسوب بعد أن فتحتها هنا: استُوردت نسخة أخرى، أو حُفظت من نافذة أخرى. الحفظ يستبدل تلك النسخة بنسختك، ويضيع ما غيّرته.

للاحتفاظ بالاثنتين، أعطِ نسختك معرّفًا آخر (تبويب التحرك) واحفظها من جديد. هل تستبدل النسخة الأخرى بنسختك؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="693"/>
        <source>Replace it</source>
        <translation>استبدلها</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="312"/>
        <source>Pack id:</source>
        <translation>معرّف الحزمة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="313"/>
        <source>Written in (language code):</source>
        <translation>اللغة الأصلية (رمز اللغة):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="314"/>
        <source>Contacts checked on (YYYY-MM-DD):</source>
        <translation>تاريخ التحقق من جهات الاتصال (YYYY-MM-DD):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="315"/>
        <source>UA number:</source>
        <translation>رقم UA:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="316"/>
        <source>Issued on (YYYY-MM-DD):</source>
        <translation>تاريخ الإصدار (YYYY-MM-DD):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="317"/>
        <source>Deadline (YYYY-MM-DD, empty for none):</source>
        <translation>الموعد النهائي (YYYY-MM-DD، أو فارغ إن لم يوجد):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="318"/>
        <source>Country code:</source>
        <translation>رمز البلد:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="319"/>
        <source>Write in (language codes):</source>
        <translation>لغات الكتابة (رموز اللغات):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="320"/>
        <source>Further information (web address):</source>
        <translation>لمزيد من المعلومات (عنوان الويب):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="327"/>
        <source>Revision:</source>
        <translation>رقم المراجعة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="328"/>
        <source>Update number (0 for the first UA):</source>
        <translation>رقم التحديث (0 للتحرك العاجل الأول):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="330"/>
        <source>Letters may also be written in the writer&apos;s own language</source>
        <translation>يجوز أيضًا كتابة الرسائل بلغة كاتبها</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="333"/>
        <source>Post to this country is suspended (use e-mail, fax or the embassy)</source>
        <translation>البريد إلى هذا البلد معلّق (البريد الإلكتروني أو الفاكس أو السفارة)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="337"/>
        <source>Texts in:</source>
        <translation>النصوص باللغة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="338"/>
        <source>Add a language…</source>
        <translation>إضافة لغة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="340"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="341"/>
        <source>Summary:</source>
        <translation>الملخص:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="342"/>
        <source>Additional information:</source>
        <translation>معلومات إضافية:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="343"/>
        <source>After the deadline:</source>
        <translation>بعد الموعد النهائي:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="344"/>
        <source>Copies to diplomats:</source>
        <translation>نسخ إلى الدبلوماسيين:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="389"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="501"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="390"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="502"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="391"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="505"/>
        <source>Id:</source>
        <translation>المعرّف:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="392"/>
        <source>Paragraph of the letter:</source>
        <translation>فقرة الرسالة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="503"/>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="506"/>
        <source>Title:</source>
        <comment>an addressee&apos;s position, such as Minister of Justice</comment>
        <translation>المنصب:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="509"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="510"/>
        <source>Organisation:</source>
        <translation>الجهة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="511"/>
        <source>Country (as on the envelope):</source>
        <translation>البلد (كما يُكتب على الظرف):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="512"/>
        <source>Fax:</source>
        <translation>الفاكس:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="516"/>
        <source>Address lines:</source>
        <translation>أسطر العنوان:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="517"/>
        <source>E-mails (separated by commas):</source>
        <translation>عناوين البريد الإلكتروني (مفصولة بفواصل):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="519"/>
        <source>Telephone numbers (separated by commas):</source>
        <translation>أرقام الهاتف (تفصل بينها فواصل):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="521"/>
        <source>Social media (such as twitter: @name):</source>
        <translation>وسائل التواصل (مثل twitter: @الاسم):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="523"/>
        <source>Salutation (in the language above):</source>
        <translation>صيغة المخاطبة (باللغة المحددة أعلاه):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="122"/>
        <source>Add a letter language…</source>
        <translation>إضافة لغة رسالة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="123"/>
        <source>Letter:</source>
        <translation>الرسالة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="125"/>
        <source>Insert field</source>
        <translation>أدرج حقلًا</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="127"/>
        <source>Put a field where the cursor is: the salutation, their address, the talking points, your name… Each is filled in for every letter.</source>
        <translation>ضع حقلًا حيث المؤشر: التحية، العنوان، المطالب، اسمك… يُملأ كل منها في كل رسالة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="133"/>
        <source>Show template code</source>
        <translation>أظهر رمز القالب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="135"/>
        <source>This letter uses template code the field menu does not have, so it is shown as code. Edit it here, or start a new letter language from a simple letter.</source>
        <translation>تستخدم هذه الرسالة رمز قالب لا يوجد في قائمة الحقول، لذلك تُعرض كرمز. حرّرها هنا، أو ابدأ لغة رسالة جديدة من رسالة بسيطة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="124"/>
        <source>The letter it makes:</source>
        <translation>الرسالة الناتجة:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="279"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="531"/>
        <source>Write to (target)</source>
        <translation>اكتب إلى (الجهة المستهدفة)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="532"/>
        <source>Copy to</source>
        <translation>نسخة إلى</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="442"/>
        <source>Language code (such as kk, ru, es):</source>
        <translation>رمز اللغة (مثل kk أو ru أو es):</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="453"/>
        <source>UA Writer does not know the language code “%1”.</source>
        <translation>لا يعرف UA Writer رمز اللغة «%1».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="459"/>
        <source>Add a language</source>
        <translation>إضافة لغة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="467"/>
        <source>Add a letter language</source>
        <translation>إضافة لغة رسالة</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/pack_editor_problems.py" line="38"/>
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
        <location filename="../src/uawriter/gui/pack_editor_problems.py" line="41"/>
        <source>The pack is ready to use.</source>
        <translation>الحزمة جاهزة للاستخدام.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="633"/>
        <source>Save a pack with problems?</source>
        <translation>هل تريد حفظ حزمة فيها مشكلات؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="635"/>
        <source>Until the problems are fixed the pack is listed as broken and cannot be used for letters. Save it anyway?</source>
        <translation>إلى أن تُصلَح المشكلات، ستظهر الحزمة على أنها تالفة ولا يمكن استخدامها لكتابة الرسائل. هل تريد حفظها على أي حال؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="645"/>
        <source>Give the pack an id first.</source>
        <translation>أعطِ الحزمة معرّفًا أولًا.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="653"/>
        <source>The pack could not be saved:
%1</source>
        <translation>تعذّر حفظ الحزمة:
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/source_pane.py" line="108"/>
        <source>The Urgent Action: the lines the field you are in was read from are marked.</source>
        <extracomment>the key shown and its lines (1-based, inclusive), for the window and for tests</extracomment>
        <translation>التحرك العاجل: الأسطر التي قُرئ منها الحقل الذي أنت فيه مُعلَّمة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/source_pane.py" line="115"/>
        <source>Check what was said about the text:</source>
        <translation>راجع ما قيل عن النص:</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="135"/>
        <source>&amp;Packs</source>
        <translation>الح&amp;زم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="136"/>
        <source>&amp;New pack…</source>
        <translation>حزمة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="137"/>
        <source>&amp;Edit this pack…</source>
        <translation>&amp;تعديل هذه الحزمة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="138"/>
        <source>&amp;Import a pack…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="139"/>
        <source>&amp;Draft a pack from an Urgent Action…</source>
        <translation>&amp;مسودة حزمة من نص التحرك…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="140"/>
        <source>&amp;Share this pack as a file…</source>
        <translation>م&amp;شاركة هذه الحزمة كملف…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="147"/>
        <source>Import an action pack</source>
        <translation>استيراد حزمة تحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="150"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="212"/>
        <source>Action packs (*.uapack)</source>
        <translation>حزم التحركات (*.uapack)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="181"/>
        <source>Replace the pack?</source>
        <translation>هل تريد استبدال الحزمة؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="188"/>
        <source>The pack was not imported</source>
        <translation>لم تُستورد الحزمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="209"/>
        <source>Share the pack as a file</source>
        <translation>مشاركة الحزمة كملف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="229"/>
        <source>The pack could not be saved</source>
        <translation>تعذّر حفظ الحزمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="232"/>
        <source>Saved %1: copy it to a USB stick to share it.</source>
        <translation>تم الحفظ: %1. انسخ الملف إلى ذاكرة USB لمشاركته.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="293"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="305"/>
        <source>The pack cannot be opened</source>
        <translation>تعذّر فتح الحزمة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="311"/>
        <source>Edit a copy?</source>
        <translation>هل تريد تعديل نسخة؟</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="313"/>
        <source>Packs that come with UA Writer cannot be changed. Edit a copy of this one instead? It is saved with your own packs, under a new id.</source>
        <translation>لا يمكن تغيير الحزم المرفقة مع UA Writer. هل تريد تعديل نسخة من هذه الحزمة بدلًا من ذلك؟ ستُحفظ مع حزمك الخاصة بمعرّف جديد.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="257"/>
        <source>Organiser PIN</source>
        <translation>رمز PIN للمنظِّم</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="259"/>
        <source>This is for the event&apos;s organiser. Enter the PIN:</source>
        <translation>هذا لمنظِّم الأمسية. أدخل رمز PIN:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="263"/>
        <source>This PIN stops volunteers changing the event by accident. It does not protect data.</source>
        <translation>يمنع رمز PIN هذا المتطوعين من تغيير الأمسية عن طريق الخطأ. وهو لا يحمي البيانات.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="268"/>
        <source>That is not the PIN set when the event started.</source>
        <translation>هذا ليس رمز PIN الذي حُدد عند بدء الأمسية.</translation>
    </message>
</context>
<context>
    <name>PostageDialog</name>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="113"/>
        <source>Postage</source>
        <translation>أجرة البريد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Letter (one sheet)</source>
        <translation>رسالة (ورقة واحدة)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Post suspended</source>
        <translation>البريد معلّق</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="116"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="120"/>
        <source>Your section&apos;s postage for a letter of one sheet, per country (a code such as KZ, or its name). Where post is suspended, volunteers are told to send by e-mail or fax, or through the embassy.</source>
        <translation>أجرة البريد لدى فرعكم لرسالة من ورقة واحدة، حسب البلد (رمز مثل KZ أو اسمه). حيث يكون البريد معلّقًا، يُطلب من المتطوعين الإرسال بالبريد الإلكتروني أو الفاكس أو عبر السفارة.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="125"/>
        <source>&amp;Add</source>
        <translation>&amp;أضف</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="126"/>
        <source>&amp;Remove</source>
        <translation>&amp;أزل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="127"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;استيراد CSV…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="128"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="157"/>
        <source>Row %1: “%2” is not a country; type its code, such as KZ.</source>
        <translation>الصف %1: «%2» ليس بلدًا؛ اكتب رمزه، مثل KZ.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="183"/>
        <source>Import a postage table</source>
        <translation>استيراد جدول أجرة البريد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="186"/>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="220"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="193"/>
        <source>the file is too big to be a postage table</source>
        <translation>الملف أكبر من أن يكون جدول أجرة بريد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="197"/>
        <source>the file is not in UTF-8; open it in the spreadsheet and save it as “CSV UTF-8” (or “Unicode Text”)</source>
        <translation>الملف ليس بترميز UTF-8؛ افتحه في جدول البيانات واحفظه بصيغة «CSV UTF-8» (أو «نص Unicode»)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="200"/>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="204"/>
        <source>The postage table was not imported</source>
        <translation>لم يُستورد جدول أجرة البريد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="217"/>
        <source>Export the postage table</source>
        <translation>تصدير جدول أجرة البريد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="233"/>
        <source>The postage table was not saved</source>
        <translation>لم يُحفظ جدول أجرة البريد</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="117"/>
        <source>Preview</source>
        <extracomment>Why the latest render failed (&quot;&quot; when it did not): shown in place of the pages.</extracomment>
        <translation>معاينة</translation>
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
        <translation>تصغير</translation>
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
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="124"/>
        <source>Fit width</source>
        <translation>ملء العرض</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="125"/>
        <source>Fit to width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="126"/>
        <source>Preview of the letter as it prints</source>
        <translation>معاينة الرسالة كما ستُطبع</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../src/uawriter/gui/qt_words.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>ا&amp;عثر في:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/qt_words.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>الملفّات من ال&amp;نّوع:</translation>
    </message>
</context>
<context>
    <name>StartEventDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="153"/>
        <source>Start an event</source>
        <translation>بدء أمسية</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="155"/>
        <source>Event &amp;name:</source>
        <translation>ا&amp;سم الأمسية:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="156"/>
        <source>&amp;Place:</source>
        <translation>ال&amp;مكان:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="157"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="158"/>
        <source>Organiser &amp;PIN:</source>
        <translation>رمز &amp;PIN للمنظِّم:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="159"/>
        <source>PIN &amp;again:</source>
        <translation>رمز PIN &amp;مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="160"/>
        <source>Next volunteer after &amp;idle:</source>
        <translation>المتطوع التالي بعد &amp;الخمول:</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="164"/>
        <source>Optional, e.g. Write for Rights evening</source>
        <translation>اختياري، مثل: أمسية «اكتب من أجل الحقوق»</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="165"/>
        <source>Optional, e.g. Central Library</source>
        <translation>اختياري، مثل: المكتبة المركزية</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="166"/>
        <source>The event has a date</source>
        <translation>للأمسية تاريخ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="167"/>
        <source>4 digits or more</source>
        <translation>4 أرقام أو أكثر</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="170"/>
        <source>This PIN stops volunteers changing the event by accident (ending it, editing packs or settings). It does not protect data.</source>
        <translation>يمنع رمز PIN هذا المتطوعين من تغيير الأمسية عن طريق الخطأ (إنهاؤها أو تعديل الحزم أو الإعدادات). وهو لا يحمي البيانات.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="174"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="177"/>
        <source>When no one has touched the laptop for this long, a countdown appears, then the window is cleared for the next volunteer.</source>
        <translation>عندما لا يلمس أحد الحاسوب طوال هذه المدة، يظهر عدّ تنازلي، ثم تُمسح النافذة للمتطوع التالي.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="182"/>
        <source>&amp;Start the event</source>
        <translation>&amp;بدء الأمسية</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="205"/>
        <source>The PIN must be 4 digits or more (0 to 9 only).</source>
        <translation>يجب أن يتكون رمز PIN من 4 أرقام أو أكثر (من 0 إلى 9 فقط).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="208"/>
        <source>The two PINs are not the same: type it again.</source>
        <translation>رمزا PIN غير متطابقين: اكتبه مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>TakeBackCountsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="473"/>
        <source>Take back counts</source>
        <extracomment>What was written to the tally when the dialog was accepted.</extracomment>
        <translation>سحب أعداد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="476"/>
        <source>Tick the hand counts added by mistake (a number mistyped, a pile of cards added twice). They are taken back from the tally, and from the tally of the laptop it is merged into.</source>
        <translation>ضع علامة على الأعداد اليدوية المضافة خطأً (رقم مكتوب خطأً، أو رزمة بطاقات أُضيفت مرتين). تُسحب من العدّ، ومن عدّ الحاسوب الذي يُدمج فيه.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="481"/>
        <source>No hand count has been added to what is shown.</source>
        <translation>لم يُضف أي عدّ يدوي إلى ما هو معروض.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="497"/>
        <source>&amp;Take back</source>
        <translation>&amp;سحب</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="515"/>
        <source>Tick the counts to take back.</source>
        <translation>ضع علامة على الأعداد المراد سحبها.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="524"/>
        <source>The counts could not be taken back in %1: %2. Nothing was changed; check that the data folder can be written, then try again.</source>
        <translation>تعذّر سحب الأعداد في %1: %2. لم يتغير شيء؛ تحقق من إمكانية الكتابة في مجلد البيانات، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>TotalsTable</name>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="43"/>
        <source>Post</source>
        <extracomment>The per-action columns: action, all letters, then each channel and hand count.</extracomment>
        <translation>البريد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="44"/>
        <source>Printed</source>
        <translation>مطبوعة</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="45"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="46"/>
        <source>Fax</source>
        <translation>الفاكس</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="47"/>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="48"/>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="49"/>
        <source>Handwritten</source>
        <translation>باليد</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="50"/>
        <source>Signatures</source>
        <translation>توقيعات</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="51"/>
        <source>Cards</source>
        <translation>بطاقات</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="56"/>
        <source>Action</source>
        <translation>التحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="56"/>
        <source>All letters</source>
        <translation>كل الرسائل</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="59"/>
        <source>Totals per action</source>
        <translation>المجاميع لكل تحرك</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="96"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../src/uawriter/gui/common.py" line="197"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <extracomment>Room a window&apos;s frame and title bar take, and a task bar&apos;s, around its contents: a window sized to the screen&apos;s available geometry less these is wholly on screen. Arabic-Indic digits (and Persian ones) and the Arabic separators, and their Western forms.</extracomment>
        <translation>، </translation>
    </message>
</context>
</TS>
