"""Labelled contact lines: fax, e-mail, phone, social media, salutation."""

from __future__ import annotations

import re

#: Labels of contact lines, in English, German, Spanish and French, each to its kind.
_LABEL_KINDS = {
    "fax": "fax",
    "faxes": "fax",
    "fax number": "fax",
    "telefax": "fax",
    "faxnummer": "fax",
    "fax-nr": "fax",
    "télécopie": "fax",
    "telecopie": "fax",
    "télécopieur": "fax",
    "telecopieur": "fax",
    "facsímil": "fax",
    "facsimil": "fax",
    "facsímile": "fax",
    "facsimile": "fax",
    "n° de fax": "fax",
    "nº de fax": "fax",
    "no de fax": "fax",
    "numéro de fax": "fax",
    "numéro de télécopie": "fax",
    "número de fax": "fax",
    "numero de fax": "fax",
    "telegram": "telegram",
    "telegrams": "telegram",
    "telex": "telegram",
    "e-mail": "email",
    "email": "email",
    "e-mails": "email",
    "emails": "email",
    "mail": "email",
    "e-mail address": "email",
    "email address": "email",
    "e-mail-adresse": "email",
    "e-mailadresse": "email",
    "email-adresse": "email",
    "mailadresse": "email",
    "courriel": "email",
    "mél": "email",
    "mel": "email",
    "adresse électronique": "email",
    "adresse e-mail": "email",
    "adresse courriel": "email",
    "courrier électronique": "email",
    "correo-e": "email",
    "dirección electrónica": "email",
    "dirección de correo electrónico": "email",
    "dirección de correo": "email",
    "correo electrónico": "email",
    "correo electronico": "email",
    "correo": "email",
    "tel": "phone",
    "tel.": "phone",
    "tél": "phone",
    "tél.": "phone",
    "telephone": "phone",
    "téléphone": "phone",
    "telefon": "phone",
    "teléfono": "phone",
    "telefono": "phone",
    "teléf.": "phone",
    "telf.": "phone",
    "telf": "phone",
    "tfno.": "phone",
    "tfno": "phone",
    "telefonnummer": "phone",
    "telefone": "phone",
    "telemóvel": "phone",
    "telemovel": "phone",
    "celular": "phone",
    "endereço eletrônico": "email",
    "endereço de e-mail": "email",
    "tel.-nr.": "phone",
    "portable": "phone",
    "móvil": "phone",
    "movil": "phone",
    "handy": "phone",
    "phone": "phone",
    "mobile": "phone",
    "cell": "phone",
    "whatsapp": "phone",
    "salutation": "salutation",
    "salutations": "salutation",
    "anrede": "salutation",
    "tratamiento": "salutation",
    "saludo": "salutation",
    "formule d'appel": "salutation",
    "formule d’appel": "salutation",
    "twitter": "social",
    "x": "social",
    "twitter/x": "social",
    "x/twitter": "social",
    "facebook": "social",
    "instagram": "social",
    "bluesky": "social",
    "tiktok": "social",
    "threads": "social",
    "linkedin": "social",
    "youtube": "social",
    "web": "web",
    "website": "web",
    "webseite": "web",
    "site web": "web",
    "sitio web": "web",
}
_ONE_LABEL = "|".join(
    re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_LABEL_KINDS, key=len, reverse=True)
)
#: A label, or two joined by "/" ("Tel/Fax", "Tél./Fax", "Fax/Tel"), then a full stop, a
#: number sign ("Fax n°", "Fax No.", "Tel.-Nr.") and the colon: "Correo-e.:", "Fax.:".
_LABEL = re.compile(
    rf"(?i)(?<![\w-])(?P<label>(?:{_ONE_LABEL})(?:\s*/\s*(?:{_ONE_LABEL}))?)"
    r"\.?\s*(?:no\.?|n[°º]\.?|núm(?:ero)?\.?|num(?:ber|éro|ero)?\.?|nr\.?|address(?:es)?|"
    r"handle)?\s*[:：]\s*"
)

_LABEL_AT_START = re.compile(
    r"(?i)^(?P<label>fax|telefax|télécopie|télécopieur|facs[ií]mil|tel(?:ephone)?|phone|"
    r"e-?mails?|courriel|mél|correo-e|téléphone|teléfono|telefon)\b\.?\s+"
    r"(?=[+(\d]|\S+@)"
)


def _label_kind(label: str) -> str:
    """The kind of a label as written ("Tel / Fax" is a fax line: the number takes faxes)."""
    label = re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", label.lower()))
    if label in _LABEL_KINDS:
        return _LABEL_KINDS[label]
    kinds = [_LABEL_KINDS.get(part, "web") for part in label.split("/")]
    return "fax" if "fax" in kinds else kinds[0]


_EMAIL = re.compile(r"(?<![\w.%+'-])(?:mailto:)?([\w.%+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})")

_FAX_NUMBER = re.compile(r"\(?\+?\(?\d[\d ()./-]{3,30}\d\)?")


def fax_numbers(value: str) -> list[str]:
    """The fax numbers written in ``value``, each with its brackets paired: "(+7) 7172 72
    05 16" is read whole, and a bracket left without its pair is left out (it was drafted
    as "+7) 7172 72 05 16", which every cover sheet printed: probe 75a)."""
    numbers = []
    for match in _FAX_NUMBER.finditer(value):
        number = match.group().strip()
        while number.endswith(")") and number.count(")") > number.count("("):
            number = number[:-1].rstrip()
        if number.count("(") != number.count(")"):
            number = re.sub(r"\s+", " ", number.replace("(", " ").replace(")", " ")).strip()
        numbers.append(number)
    return numbers


def _segments(line: str) -> tuple[str, list[tuple[str, str]]]:
    """A line's text before any label, and each (label, value) after."""
    m = _LABEL_AT_START.match(line)
    if m:
        line = f"{m.group('label')}: {line[m.end() :]}"
    matches = list(_LABEL.finditer(line))
    if not matches:
        return line, []
    before = line[: matches[0].start()].strip()
    if not re.search(r"\w", before):  # "(Anrede: …)": only the bracket before the label
        before = ""
    segments: list[tuple[str, str]] = []
    for k, match in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(line)
        label = re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", match.group("label").lower()))
        kind = _label_kind(label)
        if kind == "social":
            platform = label.split("/")[0]
            platform = "twitter" if platform in {"x", "twitter"} else platform
            kind = f"social:{platform}"
        segments.append((kind, line[match.end() : end].strip()))
    return before, segments


#: The characters of an e-mail address, for its two pieces at a line break.
_EMAIL_HEAD = re.compile(r"(?:^|\s)(?:mailto:)?([\w.%+'@-]+)$")
_EMAIL_TAIL = re.compile(r"^([\w.%+'@-]+?)(?=[\s,;]|\.?$)")
#: What may end a whole address's domain on the next line, after its full stop: one label
#: ("kz"), not a website ("www.prokuror.kz": joined as one address, probe 91a) or a word.
_DOMAIN_END = re.compile(r"[a-z]{2,6}")
_NOT_DOMAIN_ENDS = frozenset(
    {"and", "or", "the", "www", "tel", "fax", "web", "see", "via", "for", "und", "oder"}
)


def joined_email(line: str, following: str) -> str | None:
    """``line`` and the ``following`` line as one, when an e-mail address is broken
    between them, as a narrow column or a table cell wraps it: after its "@" or before it,
    after a dot, at a hyphen ("Email: prosecutor-" / "general@prokuror.kz") or inside a
    word ("president.office@akord" / "a.example.kz"). Read a line at a time, the first
    piece was dropped or the second made an official of its own ("prokuror.kz", who took
    the greeting): the address went to another mailbox (probes 90c, 91c). None when the
    lines are not the two halves of one address."""
    head_match, tail_match = _EMAIL_HEAD.search(line), _EMAIL_TAIL.match(following)
    if head_match is None or tail_match is None:
        return None
    head, tail = head_match.group(1), tail_match.group(1)
    joined = head + tail
    if "@" not in joined or not _EMAIL.fullmatch(joined):
        return None
    values = [value for kind, value in _segments(line)[1] if kind == "email"]
    if not (values or "@" in head or tail.startswith("@")):
        return None  # not an e-mail line: a word and a next line that happen to join
    if _EMAIL.fullmatch(head):
        return None  # a whole address, then the next line
    if head.endswith(".") and _EMAIL.fullmatch(head.rstrip(".")):
        # an address and a full stop, unless what follows is the rest of its domain
        ends = _DOMAIN_END.fullmatch(tail) and tail not in _NOT_DOMAIN_ENDS
        return line[: head_match.end()] + following if ends else None
    if _EMAIL.fullmatch(tail) and not (
        head.endswith(("-", "_", ".")) or (values and values[-1].strip() == head)
    ):
        return None  # "Email: via the website" / "info@example.org": words, then one
    return line[: head_match.end()] + following


def joined_bracket(line: str, following: str) -> str | None:
    """``line`` and the ``following`` line as one, when a bracket opened in one closes in
    the other ("Fax: +7 7172 72 05 16 (via the" / "Ministry)"): the second half of a line
    a narrow cell wrapped made an official of its own (probe 91c). None otherwise."""
    if line.count("(") <= line.count(")") or following.count(")") <= following.count("("):
        return None
    if len(following.split()) > 6 or following.lstrip().startswith("("):
        return None
    return f"{line} {following.strip()}"


def _only_emails(line: str) -> bool:
    rest = _EMAIL.sub(" ", line)
    return bool(_EMAIL.search(line)) and not re.sub(r"(?i)[\s,;/]|\band\b|\bor\b", "", rest)


_URL = re.compile(r"(?i)(?:https?://|www\.)[^\s<>\"“”]+")
