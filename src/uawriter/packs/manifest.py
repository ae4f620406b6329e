"""Turn a parsed ``pack.toml`` into a :class:`Pack`, collecting every problem on the way.

The reader never stops at the first problem: a section office fixing a pack wants the
whole list at once. Each problem names the field by its path in the manifest
(``addressees[2].salutation.kk``) so it can be found in a text editor.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from uawriter.domain.contact_rules import compatibility_characters, is_email, is_fax_number
from uawriter.domain.controls import CONTROL_CHARACTERS, direction_problem, tidy_field
from uawriter.domain.languages import canonical_language, is_known_country
from uawriter.domain.model import (
    Action,
    Addressee,
    LocalText,
    Problem,
    Role,
    TalkingPoint,
)
from uawriter.packs import limits

#: Line breaks a field of one line cannot hold (LF, CR; U+0085, VT and FF are control
#: characters, refused anyway).
_LINE_BREAKS = re.compile("[\n\r\u2028\u2029]")


def _fax_fix(fax: str) -> str:
    """How to write ``fax`` as a fax number, naming what is wrong where it can be seen: a
    number copied from a PDF or a word processor often has non-breaking spaces, and one
    typed in another script other digits; both look right and were refused as if the
    digits were missing."""
    example = "such as +7 7172 72 05 16"
    spaces = sorted(
        {f"U+{ord(c):04X}" for c in fax if c != " " and unicodedata.category(c) == "Zs"}
    )
    digits = sorted({c for c in fax if c.isdigit() and c not in "0123456789"})
    fixes = []
    if spaces:
        fixes.append(
            f"it holds special spaces ({', '.join(spaces)}, as copied from a PDF or a word "
            "processor): type ordinary spaces instead"
        )
    if digits or "\uff0b" in fax:
        fixes.append(
            f"it has digits of another script ({' '.join(digits) or '＋'}): write it with the "
            "digits 0-9 and +"
        )
    return "; ".join(fixes) + f", {example}" if fixes else f"write it with digits, {example}"


def _shown(value: object) -> str:
    """A value quoted in a message, cut to 80 characters: a 60,000-character address made
    a 60,000-character line on the terminal."""
    text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


#: The most characters of a field's path (``action.title.<key>``) a problem shows.
MAX_FIELD_SHOWN = 120

#: Unknown keys given a "did you mean …?" (a manifest may hold tens of thousands).
MAX_UNKNOWN_KEYS_GUESSED = 200
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}\Z")  # \Z: "$" also ends before a last "\n"
_KNOWN_KEYS: dict[str, frozenset[str]] = {
    "": frozenset(
        {
            "format_version",
            "id",
            "revision",
            "source_language",
            "contacts_checked",
            "action",
            "talking_points",
            "addressees",
        }
    ),
    "action": frozenset(
        {
            "ua_number",
            "update",
            "issued",
            "deadline",
            "country",
            "write_in",
            "write_in_own_language",
            "further_information",
            "title",
            "summary",
            "additional_information",
            "after_deadline",
            "diplomatic_copies",
            "rules",
            "sign_with_initials",
            "post_suspended",
        }
    ),
    "talking_points": frozenset({"id", "text"}),
    "addressees": frozenset(
        {
            "id",
            "role",
            "title",
            "name",
            "organisation",
            "address",
            "country",
            "fax",
            "emails",
            "phones",
            "social",
            "salutation",
        }
    ),
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}\Z")
#: The largest revision or update number a pack may give.
MAX_WHOLE_NUMBER = 1_000_000
_TYPE_NAMES = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    list: "a list",
    dict: "a table",
}


def id_problem(value: str) -> str:
    """Why ``value`` cannot be a pack or addressee id ("" if it can): an id is a folder
    name, on this laptop and on the Windows laptop the pack is shared with."""
    if not _ID.match(value):
        return (
            f"{_shown(value)} is not a usable id; use lower-case letters, digits, '-', '_' or '.' "
            "(at most 64)"
        )
    if limits.WINDOWS_DEVICE.match(value) or value.endswith("."):
        return (
            f"{_shown(value)} cannot be a folder name on Windows (a device name or a final dot); "
            "choose another id"
        )
    return ""


class ManifestReader:
    """Reads one manifest; ``problems`` fills as fields are read."""

    def __init__(self, file: str, data: Mapping[str, Any]) -> None:
        self.file = file
        self.data = data
        self.problems: list[Problem] = []
        #: Where each talking point and addressee read stands in the file
        #: ("talking_points[2]"), so later checks name the right one.
        self.point_paths: list[str] = []
        self.addressee_paths: list[str] = []

    # -- small typed getters -------------------------------------------------------------

    def problem(self, field: str, message: str) -> None:
        # a key of 400,000 characters is a field path as long: the window laid it out as
        # one unbroken word for 40 s when the pack was chosen
        if len(field) > MAX_FIELD_SHOWN:
            field = field[: MAX_FIELD_SHOWN - 1] + "…"
        self.problems.append(Problem(self.file, field, message))

    def unknown_keys(self, table: Mapping[str, Any], kind: str, path: str) -> None:
        """A misspelt key would otherwise be ignored without a word (``deadlne = …``)."""
        known = _KNOWN_KEYS[kind]
        for key in table:
            if key in known:
                continue
            if len(self.problems) > MAX_UNKNOWN_KEYS_GUESSED:
                self.problem(f"{path}.{key}" if path else key, "is not a field of a pack")
                continue
            import difflib

            guess = difflib.get_close_matches(key, sorted(known), n=1)
            hint = f"; did you mean {guess[0]}?" if guess else ""
            self.problem(f"{path}.{key}" if path else key, f"is not a field of a pack{hint}")

    def _get(
        self, table: Mapping[str, Any], key: str, path: str, kind: type, required: bool
    ) -> Any:
        if key not in table:
            if required:
                self.problem(path, f"is missing; add {key} = … ({_TYPE_NAMES[kind]})")
            return None
        value = table[key]
        # bool is an int in Python; a pack saying update = true is still wrong.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problem(path, f"should be {_TYPE_NAMES[kind]}, not {_describe(value)}")
            return None
        return value

    def controls(self, text: str, path: str, one_line: bool = False) -> None:
        """A control character (ESC, a bell…) prints as nothing or as a box, and reaches
        e-mails and terminals as a command: a problem, named by its place. In a field of
        one line (a name, a title, a salutation, an address line) a line break is one too:
        the salutation printed over four lines, and an e-mail kept U+2028 raw."""
        broken = _LINE_BREAKS.search(text) if one_line else None
        if broken:
            self.problem(
                path,
                f"holds a line break (U+{ord(broken.group()):04X}, character "
                f"{broken.start() + 1:,}); it is printed on one line: write it on one line "
                '(an address takes one line per item: address = ["…", "…"])',
            )
        found = CONTROL_CHARACTERS.search(text)
        if found:
            self.problem(
                path,
                f"holds a control character (U+{ord(found.group()):04X}, character "
                f"{found.start() + 1:,}) that no letter can show; remove it",
            )
        direction = direction_problem(text)
        if direction:
            self.problem(path, direction)

    def length(self, text: str, path: str, longest: int) -> None:
        """A field far longer than any Urgent Action's: a title of 200,000 letters passed,
        and laying it out in the window's details held the window for 39 s."""
        if len(text) > longest:
            self.problem(path, f"is {len(text):,} characters long; at most {longest:,}: shorten it")

    def text(
        self,
        table: Mapping[str, Any],
        key: str,
        path: str,
        required: bool = True,
        longest: int = limits.MAX_FIELD_CHARS,
    ) -> str:
        value = self._get(table, key, path, str, required)
        text = tidy_field(value) if isinstance(value, str) else ""
        if required and isinstance(value, str) and not text:
            self.problem(path, "is empty; fill it in")
        self.controls(text, path, one_line=longest <= limits.MAX_FIELD_CHARS)
        self.length(text, path, longest)
        return text

    def integer(
        self, table: Mapping[str, Any], key: str, path: str, default: int, least: int = 0
    ) -> int:
        value = self._get(table, key, path, int, required=False)
        if value is not None and not least <= value <= MAX_WHOLE_NUMBER:
            # 0xFFFF… is a whole number to TOML, and one too long to print stops the app
            self.problem(path, f"should be a whole number from {least} to {MAX_WHOLE_NUMBER:,}")
            return default
        return default if value is None else int(value)

    def boolean(self, table: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
        value = self._get(table, key, path, bool, required=False)
        return default if value is None else bool(value)

    def date(
        self, table: Mapping[str, Any], key: str, path: str, required: bool = True
    ) -> dt.date | None:
        if key not in table:
            if required:
                self.problem(path, f"is missing; add {key} = YYYY-MM-DD (a date, no quotes)")
            return None
        value = table[key]
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            if _DATE.match(value):
                try:
                    return dt.date.fromisoformat(value)
                except ValueError:
                    pass
            self.problem(path, f"{_shown(value)} is not a real date; write it as YYYY-MM-DD")
            return None
        self.problem(path, f"should be a date (YYYY-MM-DD), not {_describe(value)}")
        return None

    def table(
        self, table: Mapping[str, Any], key: str, path: str, required: bool = True
    ) -> Mapping[str, Any]:
        value = self._get(table, key, path, dict, required)
        return value if isinstance(value, dict) else {}

    def _address(self, item: Mapping[str, Any], path: str) -> tuple[str, ...]:
        """An addressee's postal address, one line per item; more lines than an envelope
        can show are a problem (the envelope joined or cut them, and the post needs them)."""
        lines = self.text_list(item, "address", path, tidy=True)
        if len(lines) > limits.MAX_ADDRESS_LINES:
            self.problem(
                path,
                f"has {len(lines)} lines; a postal address has at most "
                f"{limits.MAX_ADDRESS_LINES}: join the lines that belong together "
                '("Street 1, Building 2")',
            )
        return lines

    def text_list(
        self,
        table: Mapping[str, Any],
        key: str,
        path: str,
        required: bool = False,
        tidy: bool = False,
        most: tuple[int, str] | None = None,
    ) -> tuple[str, ...]:
        """The texts of the list ``key``; past ``most`` (how many, and the fix to say), a
        problem, and only so many are read."""
        value = self._get(table, key, path, list, required)
        if value is None:
            return ()
        if most is not None and len(value) > most[0]:
            self.problem(path, f"has {len(value):,}; at most {most[0]}: {most[1]}")
            value = value[: most[0]]
        items: list[str] = []
        for i, item in enumerate(value):
            if isinstance(item, str):
                line = tidy_field(item) if tidy else item.strip()
                self.controls(line, f"{path}[{i}]", one_line=True)
                self.length(line, f"{path}[{i}]", limits.MAX_FIELD_CHARS)
                if line:
                    items.append(line)
            else:
                self.problem(f"{path}[{i}]", f"should be text, not {_describe(item)}")
        return tuple(items)

    def language(self, code: str, path: str) -> bool:
        canonical = canonical_language(code)
        if canonical and canonical == code:  # "" is the answer for no language too
            return True
        if not code.strip():
            self.problem(path, "has an empty language code; use a code such as en, ru, kk, es, fr")
            return False
        hint = f"write it as {canonical}" if canonical else "use a code such as en, ru, kk, es, fr"
        self.problem(path, f"{_shown(code)} is not a language code UA Writer knows; {hint}")
        return False

    def local_text(
        self,
        table: Mapping[str, Any],
        key: str,
        path: str,
        source_language: str,
        required: bool = True,
        longest: int = limits.MAX_TEXT_CHARS,
    ) -> LocalText | None:
        """A ``{ en = "…", ru = "…" }`` table; it must hold the pack's source language."""
        if key not in table:
            if required:
                self.problem(path, f'is missing; add a table such as {key} = {{ en = "…" }}')
            return None
        value = table[key]
        if isinstance(value, str):
            self.problem(
                path,
                f'should be a table of languages, such as {key} = {{ {source_language} = "…" }}',
            )
            return None
        if not isinstance(value, dict):
            self.problem(path, f"should be a table of languages, not {_describe(value)}")
            return None
        texts: dict[str, str] = {}
        for lang, given in value.items():
            if not self.language(lang, f"{path}.{lang}"):
                continue
            if not isinstance(given, str):
                self.problem(f"{path}.{lang}", f"should be text, not {_describe(given)}")
                continue
            text = tidy_field(given)
            if not text:
                self.problem(f"{path}.{lang}", "is empty; fill it in or remove the line")
            self.controls(text, f"{path}.{lang}", one_line=longest <= limits.MAX_FIELD_CHARS)
            self.length(text, f"{path}.{lang}", longest)
            texts[lang] = text
        if required and source_language and source_language not in value:
            self.problem(
                path, f'has no text in the pack\'s source language; add {source_language} = "…"'
            )
        return LocalText.of(texts, source_language)

    def identifier(self, table: Mapping[str, Any], key: str, path: str) -> str:
        value = self.text(table, key, path)
        if value and (problem := id_problem(value)):
            self.problem(path, problem)
        return value

    # -- the manifest ------------------------------------------------------------------

    def read_header(self) -> tuple[str, int, int, str, dt.date | None]:
        data = self.data
        self.unknown_keys(data, "", "")
        version = self._get(data, "format_version", "format_version", int, required=True)
        if version is not None and version != limits.FORMAT_VERSION:
            self.problem(
                "format_version",
                f"is {version if abs(version) < 10**9 else 'a huge number'}, but this version "
                f"of UA Writer reads format "
                f"{limits.FORMAT_VERSION}; update UA Writer or re-save the pack",
            )
        pack_id = self.identifier(data, "id", "id")
        # one message for 0 and for -2**63: from 1, raised each time the pack changes
        revision = self.integer(data, "revision", "revision", 1, least=1)
        source = self.text(data, "source_language", "source_language")
        if source and not self.language(source, "source_language"):
            source = ""
        checked = self.date(data, "contacts_checked", "contacts_checked")
        return pack_id, int(version or 0), revision, source, checked

    def read_action(self, source: str) -> Action | None:
        t = self.table(self.data, "action", "action")
        if not t:
            if isinstance(self.data.get("action"), dict):  # [action] with nothing in it
                self.problem("action", "is empty; give at least ua_number, title and summary")
            return None
        self.unknown_keys(t, "action", "action")
        ua_number = self.text(t, "ua_number", "action.ua_number")
        update = self.integer(t, "update", "action.update", 0)
        if update < 0:
            self.problem("action.update", "cannot be negative; 0 means the first Urgent Action")
        issued = self.date(t, "issued", "action.issued", required=False)
        deadline = self.date(t, "deadline", "action.deadline", required=False)
        if issued and deadline and deadline < issued:
            self.problem("action.deadline", "is before action.issued; check both dates")
        country = self.text(t, "country", "action.country", required=False)
        if country and not is_known_country(country):
            self.problem(
                "action.country",
                f"{_shown(country)} is not an ISO 3166 country code; use two capital letters, "
                "such as KZ",
            )
        write_in = self.text_list(t, "write_in", "action.write_in")
        given = t.get("write_in")  # numbered as written: an empty code is left out above
        for i, code in enumerate(given if isinstance(given, list) else []):
            if isinstance(code, str):
                self.language(code.strip(), f"action.write_in[{i}]")
        own = self.boolean(t, "write_in_own_language", "action.write_in_own_language", True)
        title = self.local_text(t, "title", "action.title", source, longest=limits.MAX_TITLE_CHARS)
        summary = self.local_text(t, "summary", "action.summary", source)
        more = self.local_text(
            t, "additional_information", "action.additional_information", source, False
        )
        after = self.local_text(t, "after_deadline", "action.after_deadline", source, False)
        diplomats = self.local_text(
            t, "diplomatic_copies", "action.diplomatic_copies", source, False
        )
        rules = self.rules(t, source)
        initials = self.boolean(t, "sign_with_initials", "action.sign_with_initials", False)
        suspended = self.boolean(t, "post_suspended", "action.post_suspended", False)
        link = self.text(t, "further_information", "action.further_information", required=False)
        if link and not link.startswith(("https://", "http://")):
            self.problem("action.further_information", "should be a web address (https://…)")
        if title is None or summary is None:
            return None
        empty = LocalText.of({}, source)
        return Action(
            ua_number=ua_number,
            update=update,
            issued=issued,
            deadline=deadline,
            country=country,
            title=title,
            summary=summary,
            additional_information=more or empty,
            after_deadline=after or empty,
            further_information=link,
            write_in=write_in,
            write_in_own_language=own,
            diplomatic_copies=diplomats,
            rules=rules,
            sign_with_initials=initials,
            post_suspended=suspended,
        )

    def rules(self, t: Mapping[str, Any], source: str) -> LocalText | None:
        """``[action.rules]``: what the volunteer must know before printing. Optional, but
        when given it must say something in the source language, the fallback for an
        interface language the rules are not written in."""
        if "rules" not in t:
            return None
        rules = self.local_text(t, "rules", "action.rules", source, required=False)
        if rules is None:
            return None
        if not rules.texts:
            self.problem(
                "action.rules",
                f'is empty; write the rules, such as rules = {{ {source or "en"} = "…" }}, '
                "or remove the field",
            )
            return None
        if source and source not in rules.texts:
            self.problem(
                "action.rules",
                f'has no text in the pack\'s source language; add {source} = "…" '
                "(it is shown when the rules are not written in the volunteer's language)",
            )
        return rules

    def read_talking_points(self, source: str) -> tuple[TalkingPoint, ...]:
        items = self._get(self.data, "talking_points", "talking_points", list, required=True)
        if items is None:
            return ()
        if len(items) > limits.MAX_TALKING_POINTS:
            self.problem("talking_points", f"has {len(items)}; at most {limits.MAX_TALKING_POINTS}")
            return ()
        points: list[TalkingPoint] = []
        seen: set[str] = set()
        for i, item in enumerate(items):
            path = f"talking_points[{i}]"
            if not isinstance(item, dict):
                self.problem(path, "should be a table ([[talking_points]])")
                continue
            self.unknown_keys(item, "talking_points", path)
            point_id = self.identifier(item, "id", f"{path}.id")
            if point_id in seen:
                self.problem(
                    f"{path}.id", f"{_shown(point_id)} is used twice; give each point its own id"
                )
            seen.add(point_id)
            text = self.local_text(
                item, "text", f"{path}.text", source, longest=limits.MAX_POINT_CHARS
            )
            if text is not None:
                points.append(TalkingPoint(point_id, text))
                self.point_paths.append(path)
        if not items:
            self.problem("talking_points", "is empty; a letter needs at least one point")
        return tuple(points)

    def read_addressees(self, source: str) -> tuple[Addressee, ...]:
        items = self._get(self.data, "addressees", "addressees", list, required=True)
        if items is None:
            return ()
        if len(items) > limits.MAX_ADDRESSEES:
            self.problem("addressees", f"has {len(items)}; at most {limits.MAX_ADDRESSEES}")
            return ()
        result: list[Addressee] = []
        seen: set[str] = set()
        for i, item in enumerate(items):
            path = f"addressees[{i}]"
            if not isinstance(item, dict):
                self.problem(path, "should be a table ([[addressees]])")
                continue
            addressee = self._read_addressee(item, path, source)
            if addressee is None:
                continue
            if addressee.id in seen:
                self.problem(
                    f"{path}.id", f"{addressee.id!r} is used twice; give each addressee its own id"
                )
            seen.add(addressee.id)
            result.append(addressee)
            self.addressee_paths.append(path)
        if not items:
            self.problem("addressees", "is empty; add at least one [[addressees]] table")
        elif not any(a.role is Role.TARGET for a in result):
            self.problem("addressees", 'has no role = "target"; appeals need someone to go to')
        return tuple(result)

    def _read_addressee(self, item: Mapping[str, Any], path: str, source: str) -> Addressee | None:
        self.unknown_keys(item, "addressees", path)
        addressee_id = self.identifier(item, "id", f"{path}.id")
        role_text = self.text(item, "role", f"{path}.role", required=False)
        try:
            role = Role(role_text)
        except ValueError:
            self.problem(f"{path}.role", f'should be "target" or "copy", not {_shown(role_text)}')
            role = Role.TARGET
        title = self.text(item, "title", f"{path}.title", required=False)
        name = self.text(item, "name", f"{path}.name", required=False)
        if not title and not name:
            self.problem(path, "needs a name or a title (or both)")
        fax = self.text(item, "fax", f"{path}.fax", required=False)
        if fax and not is_fax_number(fax):
            self.problem(f"{path}.fax", f"{_shown(fax)} is not a fax number; {_fax_fix(fax)}")
        each = limits.MAX_CONTACTS_EACH
        emails = self.text_list(
            item, "emails", f"{path}.emails", most=(each, "keep those a volunteer writes to")
        )
        for j, email in enumerate(emails):
            odd = compatibility_characters(email)
            if odd:
                plain = unicodedata.normalize("NFKC", odd[0])
                self.problem(
                    f"{path}.emails[{j}]",
                    f"{_shown(email)} has the character {odd[0]!r} (U+{ord(odd[0]):04X}), which "
                    f"stands for {plain!r} (text copied from a PDF gives such characters): no "
                    "mail server knows the address so written; type it again in plain letters",
                )
            elif not is_email(email):
                self.problem(f"{path}.emails[{j}]", f"{_shown(email)} is not an e-mail address")
        salutation = _without_end_mark(
            self.local_text(
                item, "salutation", f"{path}.salutation", source, longest=limits.MAX_TITLE_CHARS
            )
        )
        phones = self.text_list(
            item, "phones", f"{path}.phones", most=(each, "keep those a volunteer calls")
        )
        for j, phone in enumerate(phones):
            if not is_fax_number(phone):
                self.problem(
                    f"{path}.phones[{j}]",
                    f"{_shown(phone)} is not a telephone number; write it with digits, "
                    "such as +7 7172 72 05 16",
                )
        return Addressee(
            id=addressee_id,
            role=role,
            title=title,
            name=name,
            organisation=self.text(item, "organisation", f"{path}.organisation", required=False),
            address=self._address(item, f"{path}.address"),
            country=self.text(item, "country", f"{path}.country", required=False),
            fax=fax,
            emails=emails,
            salutation=salutation or LocalText.of({}, source),
            phones=phones,
            social=self.social(item, f"{path}.social"),
        )

    def social(self, item: Mapping[str, Any], path: str) -> tuple[tuple[str, str], ...]:
        """``[addressees.social]``: platform = handle, both text."""
        table = self._get(item, "social", path, dict, False)
        if table is None:
            return ()
        pairs: list[tuple[str, str]] = []
        for platform, handle in table.items():
            if not re.fullmatch(r"[a-z][a-z0-9_-]{0,30}", platform):
                self.problem(
                    f"{path}.{platform}",
                    "is not a platform name; use lower-case letters, such as twitter or facebook",
                )
            elif not isinstance(handle, str):
                self.problem(f"{path}.{platform}", f"should be text, not {_describe(handle)}")
            elif handle.strip():
                pairs.append((platform, handle.strip()))
        return tuple(pairs)


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (true or false)"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    return type(value).__name__


#: The marks a letter's template puts after the greeting ("Dear Minister,", "Құрметті
#: Министр мырза!", "Señor Ministro:", "سعادة الوزير،"): a greeting ends without them.
_GREETING_END_MARKS = ",!:;،؛"


def _without_end_mark(salutation: LocalText | None) -> LocalText | None:
    """The greetings without a mark after them: typed with one in the pack editor, every
    letter greeted the official with two ("мырза!!", probe 94c). A full stop is kept: it
    ends an abbreviation ("Sr.")."""
    if salutation is None:
        return None
    texts = {
        lang: text.rstrip(_GREETING_END_MARKS + " ") or text
        for lang, text in salutation.texts.items()
    }
    return LocalText.of(texts, salutation.fallback_language)
