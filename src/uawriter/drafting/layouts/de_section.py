"""Urgent Actions of the German section (Amnesty International Deutschland), in German:
"UA-Nr: UA-045/2024 AI-Index: AMR 34/7890/2024 Datum: 4. März 2024", "Folge-UA",
"SCHREIBEN SIE BITTE E-MAILS, FAXE ODER LUFTPOSTBRIEFE BIS ZUM 27. JANUAR 2025 an:", each
official with "Fax:", "E-Mail:", "Anrede: Dear Minister / Sehr geehrter Herr Minister",
"KOPIEN AN:" the embassy in Berlin, "Schreiben Sie in gutem Englisch, Russisch oder auf
Deutsch.", a "BRIEFVORSCHLAG" or "PLEASE WRITE IN ENGLISH:" letter or German asks ("Ich
fordere Sie auf, …"), "SACHLAGE" / "HINTERGRUNDINFORMATIONEN"."""

from __future__ import annotations

import dataclasses

from uawriter.drafting.fields.dates import _DATE
from uawriter.drafting.layouts.base import Layout, marker
from uawriter.drafting.phrases import ENGLISH, NUM, ORD, WriteIn, ci, either
from uawriter.drafting.reader.letter import ModelLetterReader

PHRASES = dataclasses.replace(
    ENGLISH,
    points_start=ci(
        r"^\W*(?:briefvorschlag|musterbrief|textvorschlag|bitte\s+schreiben\s+sie\s+(?:in|auf|mit)\b|"
        r"[^\n]{0,40}\bfolgenden\s+forderungen\b|"
        r"please\s+write\b|fordern\s+sie\b|schreiben\s+sie\s+(?:in|auf)\b)"
    ),
    appeals_start=either(
        r"^\W*(?:schreiben\s+sie\s+bitte|bitte\s+schreiben\s+sie)\b.{0,160}?\ban\s*(?::\s*)?$|"
        r"^\W*appelle\s+(?:an|bis)\b.{0,80}:\s*$",
        ENGLISH.appeals_start,
    ),
    tail=either(
        r"^\W*bitte\s+schreiben\s+sie\s+ihre\s+appelle|"
        r"^\W*schreiben\s+sie\s+in\s+gutem",
        ENGLISH.tail,
    ),
    additional=ci(
        r"^\W*(?:sachlage|hintergrund(?:informationen?)?|zusätzliche\s+informationen|"
        r"additional\s+information|background\s+information)\b"
    ),
    footer=either(r"^\W*(?:ua-?nr\.?\s*:|ai-?index\s*:|datum\s*:)", ENGLISH.footer),
    meta=either(
        r"^\W*(?:ua-?nr\.?|ai-?index|datum|folge-?ua|\d+\.\s*folge|urgent\s*action\s*$)",
        ENGLISH.meta,
    ),
    issued_label=ci(rf"\b(?:datum|date)\s*:\s*{_DATE}"),
    deadlines=(
        ci(rf"\b(?:bis\s+(?:zum|spätestens)?|spätestens\s+(?:am|bis)?|vor\s+dem)\s*{_DATE}"),
        *ENGLISH.deadlines,
    ),
    asap=either(
        r"\b(?:möglichst\s+(?:sofort|umgehend|schnell)|umgehend|sofort|so\s+schnell\s+wie\s+"
        r"möglich)\b",
        ENGLISH.asap,
    ),
    appeal_words=ci(r"\b(?:appell\w*|schreiben|briefe?|luftpostbriefe|e-?mails?|faxe?)\b"),
    diplomatic=either(r"diplomatische\s+vertretung", ENGLISH.diplomatic),
    after_deadline=either(
        r"\bnach\s+(?:dem|ablauf)\b[^.]{0,80}\b(?:appell|frist)", ENGLISH.after_deadline
    ),
    copies=either(r"^\W*(?:kopien|kopie)\s+an\b\W*$", ENGLISH.copies),
    write_in=WriteIn(
        before=r"in|auf",
        joiners=r"oder|und|or|and",
        own=r"(?:in\s+)?(?:ihrer\s+(?:eigenen\s+)?(?:mutter)?sprache|your\s+own\s+languages?)",
    ),
    not_address=ci(r"^\W*(?:standardbrief|luftpost|porto|postkarte)\b"),
    capitalise_unknown_words=True,
    update_of=ci(r"\bUA\s*(?:-\s*)?(?P<num>\d{1,4}\s*/\s*\d{2,4})-(?P<ord>\d{1,2})\b"),
    ordinal_ua=ci(rf"\b{ORD}\s*(?:folge|(?P<kind>UA|EXTRA))\b\s*(?::\s*)?(?:no\.?\s*)?(?:{NUM})?"),
    further_on=ci(rf"\bfolge-?ua\b|\bfurther\s+information\s+on\s+UA\s*(?::\s*)?(?:{NUM})?"),
    number=ci(rf"\bUA\s*(?:-\s*)?(?:nr\.?\s*)?(?:[:-]\s*)?(?:UA\s*(?:-\s*)?)?{NUM}"),
    letter_opening=ci(
        r"^\W*(?:sehr\s+geehrte[rs]?|dear|your\s+excellency|exzellenz|excellency)\b[^.!?]{0,80}"
        r"[,:]\s*$"
    ),
    letter_closing=ci(
        r"^\W*(?:mit\s+freundlichen\s+grüßen|hochachtungsvoll|mit\s+vorzüglicher\s+"
        r"hochachtung|yours\s+(?:sincerely|faithfully))\b"
    ),
    asks=either(
        r"\bich\s+(?:\w+\s+){0,3}(?:fordere|bitte|appelliere|ersuche|dränge)\b|"
        r"\b(?:fordere|bitte|ersuche)\s+ich\b",
        ENGLISH.asks,
    ),
)

LAYOUT = Layout(
    id="de-section",
    title='Urgent Action der deutschen Sektion ("SCHREIBEN SIE BITTE … BIS ZUM …")',
    language="de",
    phrases=PHRASES,
    markers=(
        marker(r"schreiben\s+sie\s+bitte\b|bitte\s+schreiben\s+sie\b", 3.0),
        marker(r"^\W*anrede\s*:", 3.0),
        marker(r"^\W*kopien\s+an\b", 2.0),
        marker(r"\bua-?nr\b|\bfolge-?ua\b", 2.0),
        marker(r"\bsachlage\b|\bbriefvorschlag\b|\bluftpostbriefe\b", 2.0),
        marker(r"\b(?:und|oder|der|die|das|nicht|wurde)\b", 1.0),
    ),
    reader=ModelLetterReader,
)
