"""Writing a draft as a pack.toml, with # TODO lines where a value was not found."""

from __future__ import annotations

import re

from uawriter.domain.languages import language_name
from uawriter.drafting.model import _LOCAL_TEXT_KEYS, DraftPack

_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}\Z")


def _toml_escape(text: str, multiline: bool) -> str:
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\n" if multiline else "\\n")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20 or code == 0x7F or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04X}" if code < 0xD800 or code > 0xDFFF else "\\uFFFD")
        else:
            out.append(ch)
    return "".join(out)


def _toml_string(text: str) -> str:
    if "\n" in text:
        return '"""\n' + _toml_escape(text, multiline=True) + '"""'
    return '"' + _toml_escape(text, multiline=False) + '"'


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _toml_string(key)


def _comment(text: str) -> str:
    return "# " + re.sub(r"\s+", " ", text).strip()


def suggested_id(draft: DraftPack) -> str:
    """A pack id from the UA's number and update: "ua-45-24", "ua-129-10-u3"; "new-pack"
    without a number."""
    number = re.sub(r"[^a-z0-9]+", "-", draft.ua_number.lower()).strip("-")
    if not number:
        return "new-pack"
    update = f"-u{draft.update}" if draft.update else ""
    return f"ua-{number}{update}"[:64]


def to_manifest_toml(draft: DraftPack, pack_id: str) -> str:
    """The draft as a ``pack.toml`` (source language English). What was not found is a
    ``# TODO`` line: a required field left out that way makes ``uawriter validate`` name it;
    an optional one (an update whose number the text does not give, the issue date) is for
    the volunteer to see. Every value has the type the loader expects, so the text can also
    be parsed and edited before it is complete."""
    if not _ID_PATTERN.match(pack_id):
        raise ValueError(
            f"{pack_id!r} is not a usable pack id; use lower-case letters, digits, "
            "'-', '_' or '.' (at most 64)"
        )
    out: list[str] = [
        "# Drafted by UA Writer from the text of an Urgent Action (uawriter draft-pack).",
        "# Check every value against the Urgent Action. Lines starting with '# TODO' are",
        "# what the text did not give: fill them in, add letters/<language>.txt for each",
        "# letter language, then run: uawriter validate <this folder>",
    ]
    for key, messages in draft.notes.items():
        for message in messages:
            out.append(_comment(f"note ({key}): {message}"))
    out += [
        "format_version = 1",
        f"id = {_toml_string(pack_id)}",
        "revision = 1",
        f"source_language = {_toml_string(draft.language)}",
    ]
    if draft.issued:
        out.append(
            f"contacts_checked = {draft.issued.isoformat()}  "
            "# the date of the Urgent Action, whose contact details these are"
        )
    else:
        out.append(
            "# TODO contacts_checked = YYYY-MM-DD  (the day the contact details were "
            "checked; for a pack made straight from the UA, the UA's date)"
        )
    out += ["", "[action]"]
    out += _toml_action(draft)
    out += _toml_points(draft)
    out += _toml_addressees(draft)
    return "\n".join(out).rstrip("\n") + "\n"


def _toml_action(draft: DraftPack) -> list[str]:
    out: list[str] = []
    if draft.ua_number:
        out.append(f"ua_number = {_toml_string(draft.ua_number)}")
    else:
        out.append('# TODO ua_number = "…"  (the number printed on the UA, such as "129/10")')
    if draft.update is not None:
        out.append(f"update = {draft.update}")
    elif "action.update" in draft.sources:
        out.append(
            "# TODO update = N  (this is an update, but the text does not say which: write "
            "its number, 1 for the first update; without it the pack reads as update 0)"
        )
    else:
        out.append("# TODO update = 0  (0 for the first Urgent Action, 1 for its first update…)")
    out.append(
        f"issued = {draft.issued.isoformat()}" if draft.issued else "# TODO issued = YYYY-MM-DD"
    )
    if draft.deadline:
        out.append(f"deadline = {draft.deadline.isoformat()}")
    elif draft.appeals_as_soon_as_possible:
        out.append("# no deadline: the action asks for appeals as soon as possible")
    else:
        out.append("# TODO deadline = YYYY-MM-DD  (or leave it out if there is none)")
    out.append(
        f"country = {_toml_string(draft.country)}"
        if draft.country
        else '# TODO country = "XX"  (the two-letter code of the country concerned)'
    )
    if draft.write_in is not None:
        out.append("write_in = [" + ", ".join(_toml_string(c) for c in draft.write_in) + "]")
        if draft.write_in:
            out.append(
                _comment(
                    "each of these languages needs a letter: "
                    + ", ".join(f"letters/{c}.txt" for c in draft.write_in)
                )
            )
    else:
        out.append('# TODO write_in = ["…"]  (the languages the UA asks letters to be in)')
    if draft.write_in_own_language is not None:
        out.append(f"write_in_own_language = {str(draft.write_in_own_language).lower()}")
    else:
        out.append("# TODO write_in_own_language = true  (does the UA accept any language?)")
    if draft.further_information:
        out.append(f"further_information = {_toml_string(draft.further_information)}")
    else:
        out.append('# TODO further_information = "https://…"')
    for key in _LOCAL_TEXT_KEYS:
        value = getattr(draft, key)
        out.append("")
        if value:
            out += [f"[action.{key}]", f"{draft.language} = {_toml_string(value)}"]
        else:
            out.append(f'# TODO [action.{key}]  {draft.language} = "…"')
    out.append("")
    return out


def _toml_points(draft: DraftPack) -> list[str]:
    out: list[str] = []
    if draft.talking_points:
        for i, point in enumerate(draft.talking_points):
            out += [
                "[[talking_points]]",
                f'id = "point-{i + 1}"',
                "[talking_points.text]",
                f"{draft.language} = {_toml_string(point)}",
                "",
            ]
    else:
        out += [
            "# TODO no recommended actions were found; add one table per point:",
            '# [[talking_points]]  id = "point-1"  [talking_points.text]  en = "…"',
            "",
        ]
    return out


def _toml_addressees(draft: DraftPack) -> list[str]:
    out: list[str] = []
    if draft.addressees:
        for i, a in enumerate(draft.addressees):
            out += ["[[addressees]]", f"id = {_toml_string(a.id)}", f'role = "{a.role}"']
            for name in ("title", "name", "organisation"):
                value = getattr(a, name)
                if value:
                    out.append(f"{name} = {_toml_string(value)}")
            if not a.title and not a.name:
                out.append('# TODO title = "…" or name = "…"  (an addressee needs one)')
            out.append("address = [" + ", ".join(_toml_string(x) for x in a.address) + "]")
            if a.country:
                out.append(f"country = {_toml_string(a.country)}")
            if a.fax:
                out.append(f"fax = {_toml_string(a.fax)}")
            out.append("emails = [" + ", ".join(_toml_string(x) for x in a.emails) + "]")
            if a.phones:
                out.append("phones = [" + ", ".join(_toml_string(x) for x in a.phones) + "]")
            if a.social:
                pairs = ", ".join(
                    f"{_toml_key(k)} = {_toml_string(v)}" for k, v in a.social.items()
                )
                out.append(f"social = {{ {pairs} }}")
            for message in draft.notes.get(f"addressees[{i}]", []):
                out.append(_comment(f"note: {message}"))
            if a.salutation:
                out.append("[addressees.salutation]")
                for lang, text in a.salutation.items():
                    out.append(f"{_toml_key(lang)} = {_toml_string(text)}")
                if draft.language not in a.salutation:
                    out.append(
                        f'# TODO {draft.language} = "…"  '
                        f"(the salutation in {language_name(draft.language)})"
                    )
            else:
                out.append(
                    f'# TODO [addressees.salutation]  {draft.language} = "Dear …"  '
                    "(no salutation was found)"
                )
            out.append("")
    else:
        out += [
            "# TODO no addressees were found; add one table per official:",
            '# [[addressees]]  id = "…"  role = "target"  title = "…"  name = "…"',
            "",
        ]
    return out
