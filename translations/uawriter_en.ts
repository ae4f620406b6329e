<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1150"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1152"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1355"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>Choose a folder for the letter</numerusform>
            <numerusform>Choose a folder for the %n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1403"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Exporting the letter…</numerusform>
            <numerusform>Exporting %n letters…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1464"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>The letter is saved in %1.</numerusform>
            <numerusform>%n letters saved in %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
