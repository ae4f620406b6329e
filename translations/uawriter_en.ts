<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DraftDialog</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="229"/>
        <source>%n field(s) not found: fill them in the pack editor.</source>
        <translation>
            <numerusform>One field not found: fill it in the pack editor.</numerusform>
            <numerusform>%n fields not found: fill them in the pack editor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1147"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1149"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1353"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>Choose a folder for the letter</numerusform>
            <numerusform>Choose a folder for the %n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1398"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Exporting the letter…</numerusform>
            <numerusform>Exporting %n letters…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1459"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>The letter is saved in %1.</numerusform>
            <numerusform>%n letters saved in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/pack_editor.py" line="747"/>
        <source>%n problem(s) to fix before the pack can be used:</source>
        <translation>
            <numerusform>One problem to fix before the pack can be used:</numerusform>
            <numerusform>%n problems to fix before the pack can be used:</numerusform>
        </translation>
    </message>
</context>
</TS>
