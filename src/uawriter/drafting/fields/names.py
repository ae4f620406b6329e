"""Address blocks: names, offices, organisations, address lines, countries, ids."""

from __future__ import annotations

import re
import unicodedata

from uawriter.drafting.fields.countries import _country_code
from uawriter.drafting.fields.words import _words, _wordset

_HONORIFIC = re.compile(
    r"(?i)^(?:mr|mrs|ms|miss|mx|dr|prof|h\.?\s?e\.?|his\s+excellency|her\s+excellency|sr|sra"
    r"|señor|señora|sir|dame|lic|ing|don|doña|m\.|mme|mlle|herr|frau|gen\.|col\."
    r"|s\.\s?e\.|(?:his|her)\s+(?:royal\s+)?(?:majesty|highness)|general\s+de\s+(?:divisi[oó]n|brigada|ej[eé]rcito)|coronel|comisario)\.?\s+\S"
)

_OFFICE_WORDS = _wordset(
    "president minister prosecutor attorney governor director chief head commissioner "
    "chairman chairperson chair secretary ambassador king queen emir prime procurator "
    "ombudsman ombudsperson mayor speaker commander judge deputy sheikh sultan presidente "
    "ministro ministra ministre fiscal procureur procurador procuradora gobernador defensor "
    "chancellor premier inspector superintendent warden commandant ruler leader officer "
    "président présidente défenseur defensora gouverneur "
    "präsident präsidentin ministerin generalstaatsanwalt generalstaatsanwältin "
    "staatsanwalt innenminister innenministerin justizminister justizministerin "
    "außenminister außenministerin premierminister premierministerin botschafter "
    "botschafterin bürgermeister gouverneurin ministre procureure secrétaire "
    "ambassadeur ambassadrice embajador embajadora secretario secretaria "
    "vice general"
)

_ORG_WORDS = _wordset(
    "ministry ministère ministerio ministério office department administration embassy "
    "agency council committee commission court tribunal service bureau directorate "
    "parliament government secretariat prosecution presidency cabinet assembly "
    "procuraduría fiscalía gabinete secretaría defensoría présidence headquarters "
    "botschaft ministerium staatsanwaltschaft generalstaatsanwaltschaft regierung "
    "präsidialverwaltung präsidialamt kanzlei büro ambassade embajada cabinet "
    "gouvernement gobierno procuraduria fiscalia "
    "republic republik república république kingdom königreich royaume reino"
)

_ADDRESS_WORDS = _wordset(
    "street st avenue ave av road rd boulevard blvd lane square place palace palacio "
    "building house floor box po p.o bp calle avenida rue plaza piso edificio ulitsa ul palais "
    "prospekt district drive way highway km apartado casilla postal entrance "
    "straße strasse str platz allee weg ring postfach chaussée boulevard impasse colonia "
    "zona carrera calzada"
)

_NOT_IN_NAMES = _wordset("of the and for to in on at & des du")

_NAME_PARTICLES = _wordset("de la del van von der bin ibn al el y da dos das di le ben")


def _is_name(line: str, lower_case: bool) -> bool:
    if _HONORIFIC.match(line):
        return True
    if re.search(r"\d|[,:;@/()]", line):
        return False
    tokens = line.split()
    if not 2 <= len(tokens) <= 5:
        return False
    words = _words(line)
    if any(w in _OFFICE_WORDS or w in _ORG_WORDS or w in _ADDRESS_WORDS for w in words):
        return False
    if _country_code(line):
        return False
    # "de la Cruz" is not a name on its own line; "Le Van Ejemplo" (a capital) is
    lead_particle = tokens[0].lower() in _NAME_PARTICLES and (
        lower_case or not tokens[0][:1].isupper() or len(tokens) < 3
    )
    if lead_particle or any(t.lower() in _NOT_IN_NAMES for t in tokens):
        return False
    if lower_case:
        named = [t for t in tokens if t.lower() not in _NAME_PARTICLES]
        return len(named) >= 2
    # capitalised words, particles too ("Le Van Ejemplo"); every other word capitalised
    named = [t for t in tokens if t[:1].isupper()]
    others = [t for t in tokens if t.lower() not in _NAME_PARTICLES]
    return len(named) >= 2 and all(t[:1].isupper() for t in others)


#: Words written before a name, one or more: "Monsieur", "Madame", "Excmo. Sr. D.".
_NAME_HONORIFICS = _wordset(
    "mr mrs ms miss mx dr prof sr sra srta señor señora senor senora don doña d dña dª "
    "monsieur madame mademoiselle m mme mlle herr frau excmo excma ilmo ilma sir dame "
    "lic ing h e s his her excellency"
)


def _titled_name(line: str, lower_case: bool) -> bool:
    """Whether ``line`` is a name after one honorific or more ("Monsieur Emmanuel
    Macron", "Excmo. Sr. D. Pedro Sánchez"), not an office as a greeting names it
    ("Monsieur le Président") nor a line without an honorific ("Casa de Nariño")."""
    if _HONORIFIC.match(line):
        return True
    tokens = line.split()
    k = 0
    while k < len(tokens):
        words = _words(tokens[k])
        if not words or not all(w in _NAME_HONORIFICS for w in words):
            break
        k += 1
    return 0 < k < len(tokens) and _is_name(" ".join(tokens[k:]), lower_case)


_ORG_TAIL = _wordset(
    "office administration ministry department embassy secretariat presidency agency bureau "
    "directorate service ministerium botschaft staatsanwaltschaft"
)


def _line_kind(line: str) -> str:
    words = _words(line)
    if not words or line[:1].isdigit():
        return "address"
    if words[-1] in _ORG_TAIL:
        return "org"
    if words[0] in _OFFICE_WORDS:
        return "office"
    if any(w in _ORG_WORDS for w in words):
        return "org"
    if any(w in _ADDRESS_WORDS for w in words):
        return "address"
    if any(w in _OFFICE_WORDS for w in words):
        return "office"
    return "other"


_POSTCODE = re.compile(r"\b\d{4,6}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")


def _split_address_line(line: str) -> list[str]:
    """ "35, No 1 Street, Astana 01000" -> ["35, No 1 Street", "Astana 01000"]."""
    line = line.strip().rstrip(",;").strip()
    parts = [p.strip() for p in line.split(",")]
    for k in range(len(parts) - 1, 0, -1):
        if not _POSTCODE.search(parts[k]):
            continue  # joined only where a postcode is: each join is as long as the line
        head = ", ".join(parts[:k])
        if not re.fullmatch(r"[\d\s]*", head):
            return [head, ", ".join(parts[k:])]
    return [line] if line else []


def _split_country(line: str) -> tuple[str, str]:
    """ "Astana 01000, KAZAKHSTAN" -> ("Astana 01000", "KAZAKHSTAN")."""
    stripped = line.strip().rstrip(",;.").strip()
    if _country_code(stripped):
        return "", stripped
    if "," in stripped:
        head, _, tail = stripped.rpartition(",")
        if _country_code(tail):
            return head.strip(), tail.strip()
    words = stripped.split()
    for n in (3, 2, 1):
        if len(words) > n and re.search(r"\d", " ".join(words[:-n])):
            tail = " ".join(words[-n:])
            if _country_code(tail):
                return " ".join(words[:-n]), tail
    return stripped, ""


_UNFLATTEN_BEFORE = re.compile(
    r"(?<!\s)\s++(?=(?:Mr|Mrs|Ms|Dr|H\.E\.|His\s+Excellency|Her\s+Excellency)\.?\s)"
    r"|(?<!\s)\s++(?=(?:Ministry|Embassy|Office|Department|Administration|Ministère|Ministerio)\s+"
    r"(?:of|de|du|del)\b)"
    r"|(?<!\s)\s++(?=\d{1,5}[A-Za-z]?,?\s+[A-Z])"
)


def _unflatten_address(line: str) -> list[str]:
    """One line holding a whole address block: split before an honorific, before
    "Ministry of …" and before a house number; a name ends at the first word of an office."""
    parts: list[str] = []
    for raw in _UNFLATTEN_BEFORE.split(line):
        piece = raw.strip(" ,")
        if not piece:
            continue
        if _HONORIFIC.match(piece):
            words = piece.split()
            for k in range(2, len(words)):
                word = _words(words[k])
                if word and (
                    word[0] in _OFFICE_WORDS or word[0] in _ORG_WORDS or word[0] in _ADDRESS_WORDS
                ):
                    parts += [" ".join(words[:k]), " ".join(words[k:])]
                    break
            else:
                parts.append(piece)
        else:
            parts.append(piece)
    return parts


def _office_and_name(line: str, lower_case: bool) -> tuple[str, str]:
    """ "Governor Jane Placeholder" -> ("Governor", "Jane Placeholder"); else (line, "")."""
    words = line.split()
    k = 0
    while k < len(words) and (_words(words[k])[:1] or [""])[0] in _OFFICE_WORDS:
        k += 1
    if 0 < k < len(words) and _is_name(" ".join(words[k:]), lower_case):
        return " ".join(words[:k]), " ".join(words[k:])
    return line, ""


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())[:5]
    return "-".join(words)[:40].strip("-")


def _unique_id(base: str, index: int, used: set[str]) -> str:
    base = base or f"addressee-{index + 1}"
    candidate = base
    n = 2
    while candidate in used:
        candidate = f"{base}-{n}"
        n += 1
    used.add(candidate)
    return candidate
