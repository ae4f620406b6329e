<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddressBookDialog</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="413"/>
        <source>%n contact(s) added; those already in the address book were kept.</source>
        <translation>
            <numerusform>%n contact added; those already in the address book were kept.</numerusform>
            <numerusform>%n contacts added; those already in the address book were kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountList</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_views.py" line="149"/>
        <source>%n more</source>
        <extracomment>Rows a count list shows; the rest are summed in one &quot;… more&quot; row.</extracomment>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="315"/>
        <source>The text has lines longer than %Ln characters: they are shown broken into shorter ones.</source>
        <translation>
            <numerusform>The text has lines longer than %Ln character: they are shown broken into shorter ones.</numerusform>
            <numerusform>The text has lines longer than %Ln characters: they are shown broken into shorter ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="404"/>
        <source>%n field(s) not found: fill them in the pack editor.</source>
        <translation>
            <numerusform>One field not found: fill it in the pack editor.</numerusform>
            <numerusform>%n fields not found: fill them in the pack editor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventControls</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="174"/>
        <source>%n letter(s) printed in addressee order (%1 pages). They were counted when they were exported and are not counted again.</source>
        <translation>
            <numerusform>%n letter printed in addressee order (%1 pages). It was counted when it was exported and is not counted again.</numerusform>
            <numerusform>%n letters printed in addressee order (%1 pages). They were counted when they were exported and are not counted again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="182"/>
        <source>%n letter(s) could not be printed: the file was moved, deleted or changed since it was exported. Print them from where they are now:</source>
        <translation>
            <numerusform>%n letter could not be printed: the file was moved, deleted or changed since it was exported. Print it from where it is now:</numerusform>
            <numerusform>%n letters could not be printed: the files were moved, deleted or changed since they were exported. Print them from where they are now:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="195"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventWindow</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="397"/>
        <source>letters tonight</source>
        <translation>
            <numerusform>letter tonight</numerusform>
            <numerusform>letters tonight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="399"/>
        <source>letters in all</source>
        <translation>
            <numerusform>letter in all</numerusform>
            <numerusform>letters in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="497"/>
        <source>%n count(s) added to the tally.</source>
        <translation>
            <numerusform>%n count added to the tally.</numerusform>
            <numerusform>%n counts added to the tally.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="500"/>
        <source>%n count(s) added to the tally of %1.</source>
        <translation>
            <numerusform>%n count added to the tally of %1.</numerusform>
            <numerusform>%n counts added to the tally of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="518"/>
        <source>%n count(s) taken back.</source>
        <translation>
            <numerusform>%n count taken back.</numerusform>
            <numerusform>%n counts taken back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="263"/>
        <source>%n new record(s) added.</source>
        <translation>
            <numerusform>%n new record added.</numerusform>
            <numerusform>%n new records added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="264"/>
        <source>%n record(s) already counted, not added again.</source>
        <translation>
            <numerusform>%n record already counted, not added again.</numerusform>
            <numerusform>%n records already counted, not added again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="270"/>
        <source>%n letter(s) taken back: their files were replaced on that laptop.</source>
        <translation>
            <numerusform>%n letter taken back: its file was replaced on that laptop.</numerusform>
            <numerusform>%n letters taken back: their files were replaced on that laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="279"/>
        <source>%n hand count(s) taken back.</source>
        <translation>
            <numerusform>%n hand count taken back.</numerusform>
            <numerusform>%n hand counts taken back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FaxPreviewDialog</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/fax_preview.py" line="234"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_mode.py" line="97"/>
        <source>Next volunteer in %n s — touch anything to keep writing</source>
        <extracomment>What counts as a volunteer touching the laptop.</extracomment>
        <translation>
            <numerusform>Next volunteer in %n s — touch anything to keep writing</numerusform>
            <numerusform>Next volunteer in %n s — touch anything to keep writing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_mode.py" line="101"/>
        <source>%n letter(s) neither printed nor exported will be cleared</source>
        <translation>
            <numerusform>%n letter neither printed nor exported will be cleared</numerusform>
            <numerusform>%n letters neither printed nor exported will be cleared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/letter_pane.py" line="401"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/letter_pane.py" line="403"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="368"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>Choose a folder for the letter</numerusform>
            <numerusform>Choose a folder for the %n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="464"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Exporting the letter…</numerusform>
            <numerusform>Exporting %n letters…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="562"/>
        <location filename="../src/uawriter/gui/output.py" line="603"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>The letter is saved in %1.</numerusform>
            <numerusform>%n letters saved in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="75"/>
        <source>%n letter(s) were on your stack, neither printed nor exported, when UA Writer last stopped. Put them back on your stack?</source>
        <translation>
            <numerusform>%n letter was on your stack, neither printed nor exported, when UA Writer last stopped. Put it back on your stack?</numerusform>
            <numerusform>%n letters were on your stack, neither printed nor exported, when UA Writer last stopped. Put them back on your stack?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="94"/>
        <source>%n letter(s) that were on your stack cannot be put back on it: their action could not be loaded this time, or has been replaced or changed since they were written. They are kept in this file until the next volunteer:</source>
        <translation>
            <numerusform>%n letter that was on your stack cannot be put back on it: its action could not be loaded this time, or has been replaced or changed since it was written. It is kept in this file until the next volunteer:</numerusform>
            <numerusform>%n letters that were on your stack cannot be put back on it: their action could not be loaded this time, or has been replaced or changed since they were written. They are kept in this file until the next volunteer:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="194"/>
        <source>%n letter(s) on your stack have been neither printed nor exported, and will be lost. Close anyway?</source>
        <translation>
            <numerusform>%n letter on your stack has been neither printed nor exported, and will be lost. Close anyway?</numerusform>
            <numerusform>%n letters on your stack have been neither printed nor exported, and will be lost. Close anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="199"/>
        <source>%n letter(s) added to your stack.</source>
        <translation>
            <numerusform>%n letter added to your stack.</numerusform>
            <numerusform>%n letters added to your stack.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="202"/>
        <source>%n letter(s) on your stack for this action replaced by the new one(s): %1.</source>
        <translation>
            <numerusform>%n letter on your stack for this action replaced by the new one: %1.</numerusform>
            <numerusform>%n letters on your stack for this action replaced by the new ones: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="262"/>
        <source>The stack holds %n letter(s) written without a name, not printed or exported yet. Did you write them?

Yes: they go out with yours, signed %1.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>
            <numerusform>The stack holds %n letter written without a name, not printed or exported yet. Did you write it?

Yes: it goes out with yours, signed %1.
No: print or export it first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</numerusform>
            <numerusform>The stack holds %n letters written without a name, not printed or exported yet. Did you write them?

Yes: they go out with yours, signed %1.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="281"/>
        <source>The stack holds %n letter(s) written without a name and with another address or e-mail for replies, not printed or exported yet. Did you write them?

Yes: they go out with yours, their cover sheets with the details you typed now.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>
            <numerusform>The stack holds %n letter written without a name and with another address or e-mail for replies, not printed or exported yet. Did you write it?

Yes: it goes out with yours, its cover sheet with the details you typed now.
No: print or export it first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</numerusform>
            <numerusform>The stack holds %n letter(s) written without a name and with another address or e-mail for replies, not printed or exported yet. Did you write them?

Yes: they go out with yours, their cover sheets with the details you typed now.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="534"/>
        <source>%n letter(s) for %1, neither printed nor exported, would be taken off your stack and could not be brought back. Take them off?</source>
        <translation>
            <numerusform>%n letter for %1, neither printed nor exported, would be taken off your stack and could not be brought back. Take it off?</numerusform>
            <numerusform>%n letters for %1, neither printed nor exported, would be taken off your stack and could not be brought back. Take them off?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="559"/>
        <source>%1: %n letter(s) in %2</source>
        <translation>
            <numerusform>%1: %n letter in %2</numerusform>
            <numerusform>%1: %n letters in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="569"/>
        <source>%n letter(s) waiting. Choose another action to add more, or print or export them all.</source>
        <translation>
            <numerusform>%n letter waiting. Choose another action to add more, or print or export them all.</numerusform>
            <numerusform>%n letters waiting. Choose another action to add more, or print or export them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack_keeper.py" line="67"/>
        <source>%n letter(s) of your stack went out before UA Writer stopped, and are counted: they are not put back on it.</source>
        <extracomment>While the stack&apos;s letters go out: when they started, by which channels, in which turn (see :meth:`going_out`).</extracomment>
        <translation>
            <numerusform>%n letter of your stack went out before UA Writer stopped, and is counted: it is not put back on it.</numerusform>
            <numerusform>%n letters of your stack went out before UA Writer stopped, and are counted: they are not put back on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/resume.py" line="158"/>
        <source>%n letter(s) went out before UA Writer stopped, and are counted: their officials are no longer ticked in your letter.</source>
        <translation>
            <numerusform>%n letter went out before UA Writer stopped, and is counted: its official is no longer ticked in your letter.</numerusform>
            <numerusform>%n letters went out before UA Writer stopped, and are counted: their officials are no longer ticked in your letter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/outbox.py" line="277"/>
        <source>%n e-mail draft(s) saved in the outbox %1.</source>
        <translation>
            <numerusform>%n e-mail draft saved in the outbox %1.</numerusform>
            <numerusform>%n e-mail drafts saved in the outbox %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/pack_editor_problems.py" line="38"/>
        <source>%n problem(s) to fix before the pack can be used:</source>
        <translation>
            <numerusform>One problem to fix before the pack can be used:</numerusform>
            <numerusform>%n problems to fix before the pack can be used:</numerusform>
        </translation>
    </message>
</context>
</TS>
