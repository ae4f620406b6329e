"""Urgent Actions of the Spanish-speaking sections (España, México, Argentina …):
"ACCIÓN URGENTE", "AU: 45/24 Índice: AMR 34/7890/2024 Guatemala Fecha: 4 de marzo de 2024",
"Segunda AU" / "Acción complementaria", "ESCRIBAN INMEDIATAMENTE en español o en su propio
idioma:", bullets, "ENVÍEN LLAMAMIENTOS ANTES DEL 15 DE ABRIL DE 2024 A:", each official with
"Fax:", "Correo-e:", "Tratamiento: Señor Ministro / Dear Minister", "Y copias a:" the embassy,
"INFORMACIÓN ADICIONAL"; sometimes a model letter ("Señor Ministro: … Atentamente,")."""

from __future__ import annotations

import dataclasses

from uawriter.drafting.fields.dates import _DATE
from uawriter.drafting.layouts.base import Layout, marker
from uawriter.drafting.phrases import ENGLISH, NUM, ORD, WriteIn, ci, either
from uawriter.drafting.reader.letter import ModelLetterReader

PHRASES = dataclasses.replace(
    ENGLISH,
    heading=ci(r"^\W*(?:acci[oó]n\s+urgente|urgent\s*action)\b"),
    points_start=ci(
        r"^\W*(?:escriban\b|escribe\b|acci[oó]n\s+recomendada|qu[eé]\s+puedes\s+hacer|"
        r"modelo\s+de\s+carta|carta\s+modelo|please\s+write\b)"
    ),
    appeals_start=either(
        r"^\W*env[ií]en\s+(?:sus\s+)?llamamientos\b.{0,120}?\ba\s*(?::\s*)?$|"
        r"^\W*(?:llamamientos|dirijan\s+sus\s+llamamientos)\s+a\s*(?::\s*)?$",
        ENGLISH.appeals_start,
    ),
    tail=either(
        r"representantes?\s+diplom[aá]ticos?|representaci[oó]n(?:es)?\s+diplom[aá]ticas?|"
        r"\bconsulten\s+con\s+(?:su|la)\s+(?:secci[oó]n|oficina)",
        ENGLISH.tail,
    ),
    additional=ci(
        r"^\W*(?:informaci[oó]n\s+(?:adicional|complementaria)|"
        r"additional\s+information)\b"
    ),
    footer=either(r"^\W*(?:[ií]ndice\s*:|fecha\s*:|au\s*(?::\s*)?\d)", ENGLISH.footer),
    meta=either(
        r"^\W*(?:[ií]ndice\s*:|fecha\s*:|(?:\w+\s+)?au\b\s*(?::\s*)?\d|acci[oó]n\s+urgente\s*$|"
        r"acci[oó]n\s+complementaria\b)",
        ENGLISH.meta,
    ),
    issued_label=ci(rf"\b(?:fecha|date)\s*:\s*{_DATE}"),
    deadlines=(
        ci(rf"\b(?:antes\s+del?|no\s+m[aá]s\s+tarde\s+del?|hasta\s+el)\s+{_DATE}"),
        *ENGLISH.deadlines,
    ),
    deadline_anywhere=(ci(rf"\benv[ií]en\s+llamamientos\s+antes\s+del?\s+{_DATE}"),),
    asap=either(r"\b(?:inmediatamente|lo\s+antes\s+posible|cuanto\s+antes)\b", ENGLISH.asap),
    appeal_words=ci(r"\b(?:llamamientos?|escriban|env[ií]en|cartas?)\b"),
    diplomatic=either(
        r"representantes?\s+diplom[aá]ticos?|representaci[oó]n(?:es)?\s+diplom[aá]ticas?",
        ENGLISH.diplomatic,
    ),
    after_deadline=either(
        r"\bdespu[eé]s\s+de\s+la\s+fecha\b|\bdespu[eé]s\s+del\b[^.]{0,40}\bconsulten\b",
        ENGLISH.after_deadline,
    ),
    copies=either(r"^\W*(?:y\s+)?(?:env[ií]en\s+)?copias?\s+a\s*:?\W*$", ENGLISH.copies),
    write_in=WriteIn(
        before=r"en",
        joiners=r"o|y|u|or|and",
        own=r"(?:en\s+)?(?:su|tu)\s+(?:propio\s+)?idioma|(?:en\s+)?(?:su|tu)\s+propia\s+lengua",
    ),
    ordinal_ua=ci(rf"\b{ORD}\s+(?P<kind>AU|UA)\b\s*(?::\s*)?(?:no\.?\s*)?(?:{NUM})?"),
    further_on=ci(
        rf"\bacci[oó]n\s+complementaria\b|\binformaci[oó]n\s+complementaria\s+sobre\s+(?:la\s+)?AU\b\s*(?::\s*)?(?:{NUM})?"
    ),
    letter_opening=ci(
        r"^\W*(?:señor[a]?|señores|estimad[oa]s?|excelent[ií]sim[oa]|distinguid[oa]|dear|"
        r"your\s+excellency)\b[^.!?]{0,80}[,:]\s*$"
    ),
    letter_closing=ci(
        r"^\W*(?:atentamente|(?:le\s+saluda\s+)?atentamente|cordialmente|reciba\s+un\s+cordial|"
        r"yours\s+sincerely)\b"
    ),
    asks=either(
        r"\b(?:le|les)\s+(?:\w+\s+){0,2}(?:pido|pedimos|insto|instamos|solicito|exijo|ruego)\b|"
        r"\b(?:pido|insto|solicito|exijo)\s+(?:a\s+las\s+autoridades|que)\b|"
        r"^\W*(?:pidiendo|inst[aá]ndo\w*|solicitando|exigiendo|garantic\w*|liber\w*)\b",
        ENGLISH.asks,
    ),
)

LAYOUT = Layout(
    id="es-section",
    title='Acción Urgente de las secciones de habla hispana ("ENVÍEN LLAMAMIENTOS")',
    language="es",
    phrases=PHRASES,
    markers=(
        marker(r"acci[oó]n\s+urgente", 3.0),
        marker(r"env[ií]en\s+llamamientos", 3.0),
        marker(r"^\W*tratamiento\s*:", 3.0),
        marker(r"^\W*y\s+copias?\s+a\b", 2.0),
        marker(r"informaci[oó]n\s+adicional", 1.0),
        marker(r"\b(?:los|las|del|que|para|su)\b", 1.0),
    ),
    reader=ModelLetterReader,
)
