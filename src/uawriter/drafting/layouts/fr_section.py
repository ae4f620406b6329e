"""Urgent Actions of the French-speaking sections (France, Belgique, Suisse, Canada):
"ACTION URGENTE", "AU 45/24 Index : AMR 34/7890/2024 Guatemala Date : 4 mars 2024",
"ACTION COMPLÉMENTAIRE", "ACTION RECOMMANDÉE : MERCI D'ÉCRIRE AVANT LE 15 AVRIL 2024", "en
espagnol, en anglais ou dans votre propre langue", bullets, "ENVOYEZ VOS APPELS AVANT LE …
À :", each official with "Fax :", "Courriel :", "Formule d'appel : Monsieur le Ministre,",
"Copies à :" the embassy, "COMPLÉMENT D'INFORMATION" (French puts a space before ":")."""

from __future__ import annotations

import dataclasses

from uawriter.drafting.fields.dates import _DATE
from uawriter.drafting.layouts.base import Layout, marker
from uawriter.drafting.phrases import ENGLISH, NUM, ORD, WriteIn, ci, either
from uawriter.drafting.reader.letter import ModelLetterReader

PHRASES = dataclasses.replace(
    ENGLISH,
    heading=ci(r"^\W*(?:action\s+urgente|urgent\s*action)\b"),
    points_start=ci(
        r"^\W*(?:action\s+recommand[ée]e|merci\s+d.[ée]crire|[ée]crivez\b|"
        r"mod[èe]le\s+de\s+lettre|please\s+write\b)"
    ),
    appeals_start=either(
        r"^\W*envoyez\s+vos\s+appels\b.{0,120}?\b[àa]\s*(?::\s*)?$|^\W*appels?\s+[àa]\s*(?::\s*)?$",
        ENGLISH.appeals_start,
    ),
    tail=either(
        r"repr[ée]sent(?:ant|ation)s?\s+diplomatiques?|"
        r"\bv[ée]rifiez\s+aupr[èe]s\s+de\s+votre\s+section",
        ENGLISH.tail,
    ),
    additional=ci(
        r"^\W*(?:compl[ée]ment\s+d.information|informations?\s+compl[ée]mentaires?|"
        r"additional\s+information)\b"
    ),
    footer=either(r"^\W*(?:index\s*:|date\s*:|au\s*(?::\s*)?\d)", ENGLISH.footer),
    meta=either(
        r"^\W*(?:(?:\w+\s+)?au\b\s*(?::\s*)?\d|action\s+urgente\s*$|action\s+compl[ée]mentaire\b)",
        ENGLISH.meta,
    ),
    issued_label=ci(rf"\bdate\s*:\s*{_DATE}"),
    deadlines=(
        ci(rf"\b(?:avant\s+le|au\s+plus\s+tard\s+le|jusqu.au)\s+{_DATE}"),
        *ENGLISH.deadlines,
    ),
    deadline_anywhere=(ci(rf"\bmerci\s+d.[ée]crire\s+avant\s+le\s+{_DATE}"),),
    asap=either(
        r"\b(?:imm[ée]diatement|dans\s+les\s+meilleurs\s+d[ée]lais|au\s+plus\s+vite|"
        r"d[èe]s\s+que\s+possible)\b",
        ENGLISH.asap,
    ),
    appeal_words=ci(r"\b(?:appels?|[ée]crire|[ée]crivez|envoyez|lettres?)\b"),
    diplomatic=either(
        r"repr[ée]sent(?:ant|ation)s?\s+diplomatiques?",
        ENGLISH.diplomatic,
    ),
    after_deadline=either(r"\bapr[èe]s\s+(?:la\s+date|le\s+\d)", ENGLISH.after_deadline),
    copies=either(r"^\W*copies?\s+[àa]\s*:?\W*$", ENGLISH.copies),
    write_in=WriteIn(
        before=r"en",
        joiners=r"ou|et|or|and",
        own=r"(?:dans\s+|en\s+)?votre\s+(?:propre\s+)?langue",
    ),
    ordinal_ua=ci(rf"\b{ORD}\s+(?P<kind>AU|UA)\b\s*(?::\s*)?(?:no\.?\s*)?(?:{NUM})?"),
    further_on=ci(rf"\baction\s+compl[ée]mentaire\b(?:\s+sur\s+l.AU\s*(?::\s*)?(?:{NUM})?)?"),
    letter_opening=ci(
        r"^\W*(?:monsieur|madame|excellence|dear|your\s+excellency)\b[^.!?]{0,80}[,:]\s*$"
    ),
    letter_closing=ci(
        r"^\W*(?:veuillez\s+agr[ée]er|je\s+vous\s+prie\s+d.agr[ée]er|recevez|"
        r"yours\s+sincerely)\b"
    ),
    asks=either(
        r"\b(?:je|nous)\s+vous\s+(?:\w+\s+){0,2}(?:demande|demandons|prie|exhorte|engage|appelle)\b|"
        r"^\W*(?:appelez|demandez|exhortez|priez|engagez)\b",
        ENGLISH.asks,
    ),
)

LAYOUT = Layout(
    id="fr-section",
    title='Action urgente des sections francophones ("ENVOYEZ VOS APPELS AVANT LE")',
    language="fr",
    phrases=PHRASES,
    markers=(
        marker(r"action\s+urgente", 3.0),
        marker(r"envoyez\s+vos\s+appels|merci\s+d.[ée]crire", 3.0),
        marker(r"^\W*formule\s+d.appel\s*:", 3.0),
        marker(r"^\W*copies?\s+[àa]\s*:", 2.0),
        marker(r"compl[ée]ment\s+d.information", 1.0),
        marker(r"\b(?:les|des|est|pour|dans|une)\b", 1.0),
    ),
    reader=ModelLetterReader,
)
