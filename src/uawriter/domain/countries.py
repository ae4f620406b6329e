"""A country as a pack names it ("KAZAKHSTAN", "Russian Federation", "Kasachstan",
"Казахстан", "KZ") read as its ISO 3166 code, so numbers can be dialled and envelopes
addressed by the country's own rules.

The names are CLDR's (through Babel) in the languages Urgent Actions are written in, so a
section's pack in German or Spanish is read as well as an English one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from uawriter.domain import cldr
from uawriter.domain.controls import DRAW_NOTHING

#: Languages whose country names are recognised: those of the UAs and the packs.
NAME_LANGUAGES = ("en", "de", "es", "fr", "ru", "kk", "ar", "it", "pt", "nl")

#: How UAs, the UN and ISO name some countries besides CLDR's names ("Russia" is CLDR's
#: short form; the UN's long forms are common in UAs), and everyday names people write.
_ALSO = {
    "russian federation": "RU",
    "republic of korea": "KR",
    "democratic people's republic of korea": "KP",
    "democratic republic of korea": "KP",
    "dprk": "KP",
    "islamic republic of iran": "IR",
    "united states of america": "US",
    "usa": "US",
    "u.s.a.": "US",
    "u.s.": "US",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "united kingdom of great britain and northern ireland": "GB",
    "people's republic of china": "CN",
    "prc": "CN",
    "p.r.c.": "CN",
    "p.r. china": "CN",
    "pr china": "CN",
    "republic of china": "TW",  # not "China": the state form names Taiwan
    "r.o.c.": "TW",
    "taiwan, province of china": "TW",
    "hong kong": "HK",
    "hong kong sar": "HK",
    "macao": "MO",
    "macau": "MO",
    "macao sar": "MO",
    "republic of kazakhstan": "KZ",
    "republic of uzbekistan": "UZ",
    "viet nam": "VN",
    "syrian arab republic": "SY",
    "lao people's democratic republic": "LA",
    "lao pdr": "LA",
    "republic of moldova": "MD",
    "united republic of tanzania": "TZ",
    "bolivarian republic of venezuela": "VE",
    "plurinational state of bolivia": "BO",
    "türkiye": "TR",
    "turkiye": "TR",
    "turkey": "TR",
    "burma": "MM",
    "myanmar": "MM",
    "ivory coast": "CI",
    "côte d'ivoire": "CI",
    "democratic republic of the congo": "CD",
    "democratic republic of congo": "CD",
    "dr congo": "CD",
    "d.r. congo": "CD",
    "drc": "CD",
    "congo drc": "CD",
    "rdc": "CD",
    "congo rdc": "CD",
    "republic of the congo": "CG",
    "republic of congo": "CG",
    "congo": "CG",  # ISO's and the UN's "Congo" is Brazzaville
    "république démocratique du congo": "CD",
    "rd congo": "CD",
    "república democrática del congo": "CD",
    "demokratische republik kongo": "CD",
    "république du congo": "CG",
    "estados unidos mexicanos": "MX",
    "united mexican states": "MX",
    "czech republic": "CZ",
    "swaziland": "SZ",
    "macedonia": "MK",
    "former yugoslav republic of macedonia": "MK",
    "fyrom": "MK",
    "federated states of micronesia": "FM",
    "state of palestine": "PS",
    "palestine": "PS",
    "occupied palestinian territories": "PS",
    "occupied palestinian territory": "PS",
    "the gambia": "GM",
    "the netherlands": "NL",
    "holland": "NL",
    "the philippines": "PH",
    "kyrgyz republic": "KG",
    "holy see": "VA",
    "uae": "AE",
    "ksa": "SA",
    "east timor": "TL",
    "cabo verde": "CV",
    "brunei darussalam": "BN",
    "libyan arab jamahiriya": "LY",
    "ceuta and melilla": "EA",  # CLDR writes "Ceuta & Melilla"
}

#: Names that are two countries' at once: read as neither, and what to write instead.
AMBIGUOUS = {
    "korea": "'North Korea' (KP) or 'South Korea' (KR)",
    "corea": "'North Korea' (KP) or 'South Korea' (KR)",
    "koreya": "'North Korea' (KP) or 'South Korea' (KR)",
}

#: Codes CLDR names that are no place a letter goes to: groupings ("EU", "Outlying
#: Oceania") and the pseudo-locales' regions ("Pseudo-Accents").
NOT_PLACES = frozenset({"ZZ", "EU", "UN", "EZ", "QO", "XA", "XB"})


def fold_name(text: str) -> str:
    """Case, accents, punctuation and spacing do not matter: "CÔTE D’IVOIRE" = "cote d'ivoire".
    Invisible characters (a zero-width space pasted from a web page, a soft hyphen, a
    direction mark, a variation selector) are dropped: "Ger\u200bmany" is Germany."""
    text = unicodedata.normalize("NFKD", DRAW_NOTHING.sub("", text.replace("’", "'")))
    text = "".join(
        c
        for c in text.casefold()
        if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
    return " ".join(re.sub(r"[^\w']+", " ", text).split())


#: A name inside a longer text counts only from this length ("Chad" in "Embassy of Chad").
_MIN_CONTAINED_NAME = 4

#: The state form before a country's name ("Republic of Kazakhstan", "Kingdom of Saudi
#: Arabia"). Forms that name another state than the short name ("Democratic Republic of
#: Congo", "Republic of China") are in :data:`_ALSO` and are read before this is removed.
STATE_FORM = re.compile(
    r"^(?:the\s+)?(?:republic\s+of\s+the\s+union|kingdom|republic|state|sultanate|emirate|"
    r"principality|federation|grand\s+duchy|federal\s+republic|federal\s+democratic\s+republic|islamic\s+republic|"
    r"people'?s\s+republic|socialist\s+republic|democratic\s+socialist\s+republic|"
    r"arab\s+republic|oriental\s+republic|united\s+republic|democratic\s+republic|"
    r"hashemite\s+kingdom|commonwealth|independent\s+state)"
    r"\s+of\s+(?:the\s+)?"
)


def _key(text: str) -> str:
    """The form names are compared in: folded, without a leading "the" and without "and"
    (CLDR writes "St. Kitts & Nevis", people "St Kitts and Nevis")."""
    words = fold_name(text).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(word for word in words if word != "and")


@lru_cache(maxsize=2)
def _names(every_language: bool) -> dict[str, str]:
    """Country name (as :func:`_key` gives it) or code -> ISO code: CLDR's names in English
    (or in all of :data:`NAME_LANGUAGES`), its old and three-letter codes ("UK", "USA",
    "RUS") and the long forms UAs print. English alone is read first: it names most packs'
    countries, and reading ten languages' data costs a tenth of a second."""
    names: dict[str, str] = {}
    for language in NAME_LANGUAGES if every_language else ("en",):
        for code, name in cldr.territories(language).items():
            if len(code) == 2 and code.isalpha() and code not in NOT_PLACES:
                names.setdefault(_key(name), code)
    codes = set(names.values())
    for alias, targets in cldr.territory_aliases().items():
        if alias.isalpha() and len(targets) == 1 and targets[0] in codes:
            names.setdefault(_key(alias), targets[0])
    for name, code in _ALSO.items():
        names[_key(name)] = code
    for name in AMBIGUOUS:
        names.pop(_key(name), None)
    return names


def exact_country_code(text: str) -> str:
    """The ISO code of the country ``text`` is the name of, in any of the languages
    (case, accents and punctuation aside), or "": no code, no name within a longer text.
    The drafter asks this of every line of an Urgent Action."""
    key = _key(text)
    if not key:
        return ""
    return _names(False).get(key) or _names(True).get(key, "")


def _official(text: str) -> str:
    """The code of a name, or of an official name less its state form ("Republic of …")."""
    return exact_country_code(text) or exact_country_code(STATE_FORM.sub("", _key(text)))


def _readings(text: str) -> list[str | tuple[str, str]]:
    """The ways ``text`` may name a country, in order: as written; "Bolivia (Plurinational
    State of)" and "Korea, Republic of" turned round (the ISO and UN lists' form); and a
    (place, country) pair: "New Jersey, USA", "Korea (DPRK)"."""
    readings: list[str | tuple[str, str]] = [text]
    if found := re.fullmatch(r"(.+?)\s*\((.+)\)", text):
        first, within = found.group(1), found.group(2)
        readings += [f"{within} {first}", (first, within)]
    parts = [part.strip() for part in text.split(",")]
    if len(parts) == 2:
        readings.append(f"{parts[1]} {parts[0]}")
    if len(parts) >= 2 and all(parts):
        readings.append((", ".join(parts[:-1]), parts[-1]))
    return readings


#: A text longer than this names no country (the longest name, with a place before it, is
#: far shorter): a cell of 60,000 "(" took 22 s to look through, the time growing as the
#: square of its length, and a postage table of such rows held up the window's start
#: (probe 103a).
MAX_COUNTRY_TEXT = 300


def country_code_of(text: str, *, with_place: bool = True) -> str:
    """The ISO code of the country ``text`` names, or "" when it names none we know, or
    could name two. A two-letter code is taken as it is ("kz" -> "KZ"). Only a whole name
    counts, in any of :data:`NAME_LANGUAGES`, or an official one ("Republic of Kazakhstan",
    "Korea, Democratic People's Republic of"); a name within a longer text is not guessed
    at ("Northern Ireland" is not Ireland, "New Jersey" not Jersey). In "place, country"
    ("New Jersey, USA") the last part is the country, unless the place is another one; not
    ``with_place``, only a text that is a country's name counts."""
    if len(text) > MAX_COUNTRY_TEXT:
        return ""
    stripped = "".join(c for c in text if unicodedata.category(c) != "Cf").strip()
    if len(stripped) == 2 and stripped.isalpha() and stripped.isascii():
        code = stripped.upper()
        if code in _names(False).values():
            return code
    for reading in _readings(" ".join(stripped.split())):
        if not with_place and not isinstance(reading, str):
            continue
        if isinstance(reading, str):
            code = _official(reading)
        else:  # a place and a country: the place must not be another country
            place, country = _official(reading[0]), _official(reading[1])
            code = country if country and place in ("", country) else ""
        if code:
            return code
    return ""


def country_named_in(text: str) -> str:
    """The ISO code of the country a longer text names ("Embassy of the Republic of
    Kazakhstan" -> "KZ"), or "". The longest name found as whole words wins, so "Embassy of
    Papua New Guinea" is not Guinea's; before a comma first, so that the place after it is
    not ("Embassy of France, London, UK" is France's). For a country field, use
    :func:`country_code_of`."""
    code = country_code_of(text)
    parts = re.split("[,\u060c]", text)  # the Latin comma or the Arabic one
    if code and len(parts) > 1 and country_code_of(parts[-1]) == code:
        # read as "place, country": the country after the last comma is where the embassy
        # stands ("Embassy of France, London, UK"), not the one it is "of", named before
        # ("Embassy of the USA, Kyiv, Ukraine"; "New Jersey, USA" is the USA's), or the
        # one named first before a place ("سفارة أوكرانيا, برلين, ألمانيا")
        before = ",".join(parts[:-1])
        return _of_country(before) or (len(parts) > 2 and _contained(parts[0])) or code
    # "Embassy of Ukraine to Georgia": the country it is of, not the one it is in; a
    # country named only after "in" or "to" is where it stands ("Delegation of the European
    # Union to Ukraine", "Apostolic Nunciature in Germany", "Russian Embassy in Kazakhstan")
    return code or _of_country(text) or _contained(_before_place(text))


#: The words a mission's name puts before the country it is of ("Embassy of France",
#: "Botschaft der Republik Kasachstan", "Ambassade de France", "Ambassade d'Ukraine",
#: "Embajada del Perú").
_OF = frozenset(
    {"of", "de", "d", "du", "des", "del", "della", "di", "da", "do", "dos", "der", "von", "van"}
)
#: The articles between such a word and the country's name ("of the USA", "de l'Inde").
_ARTICLES = frozenset({"the", "la", "le", "l", "les", "el", "los", "las", "die", "das"})


def _of_country(text: str) -> str:
    """The country named after a mission's "of" word in ``text`` ("Embassy of the USA" ->
    "US", "Ambassade d'Ukraine" -> "UA"), by its longest name there: "Embassy of the
    Congo, Democratic Republic of the" is the Democratic Republic's; or ""."""
    # "d'Ukraine": "d'", "Ukraine" (an elided "de" or article), not "People's"
    raw = _ELIDED.sub(r"\1 ", text).split()
    words = [fold_name(word).strip("'") for word in raw]
    for index, word in enumerate(words):
        if word not in _OF:
            continue
        start = index + 1
        while start < len(words) and words[start] in _ARTICLES:
            start += 1
        # as written, commas and all: "Congo, Democratic Republic of the" is a name
        for count in range(min(len(raw) - start, 8), 0, -1):
            name = " ".join(raw[start : start + count]).rstrip(",")
            last = name.rsplit(",", 1)[-1]
            if "," in name and country_code_of(last):
                continue  # "Ukraine, Atlanta, Georgia": a place and its country, read on
            code = country_code_of(name)
            if code:
                return code
        # "Botschaft der Republik Kasachstan in Deutschland": a country within the words
        # up to where the mission stands ("in", "to", "en", "bei"…) or the next comma
        end = start
        while end < len(words) and words[end] not in _AT and not raw[end - 1].endswith(","):
            end += 1
        code = _contained(" ".join(raw[start:end]))
        if code:
            return code
    return ""


#: An elided "de", "la" or "della" before a name ("d'Ukraine", "l'Inde", "dell'Ucraina").
_ELIDED = re.compile(r"(?<!\w)((?:[dDlL]|[dD]ell|[dD]all)['’])(?=\w)")

#: The words before the place a mission stands in ("Embassy of Ukraine to Georgia",
#: "Botschaft der Republik Kasachstan in Deutschland", "Ambassade de France en Belgique").
_AT = frozenset(
    {
        "in",
        "to",
        "at",
        "en",
        "a",
        "au",
        "aux",
        "bei",
        "beim",
        "im",
        "ante",
        "near",
        "em",
        "no",
        "na",
    }
)


def _before_place(text: str) -> str:
    """``text`` up to the word before the place a mission stands in ("in", "to", "en"…),
    or all of it."""
    raw = text.split()
    for index, word in enumerate(raw[1:], start=1):
        if fold_name(word) in _AT:
            return " ".join(raw[:index])
    return text


def _contained(text: str) -> str:
    """The code of the longest country name ``text`` holds as whole words, or ""."""
    for names in (_names(False), _names(True)):
        padded = f" {_key(text)} "
        contained = [
            name for name in names if len(name) >= _MIN_CONTAINED_NAME and f" {name} " in padded
        ]
        if contained:
            return names[max(contained, key=len)]
    return ""
