"""Each layout Urgent Actions come in, measured: the share of the fields a UA states that the
drafter puts in the right place.

The fixtures are in tests/data/drafting/layouts/<layout>/: a UA's text (``*.txt``, as
pdftotext or a mail program gives it) and beside it ``*.expected.json``, what a careful
organiser would put in the pack, written by reading the text (not by running the drafter).
One of them is a public document (the 2017 template's sample, see
tests/data/drafting/public/README.md); the others mirror each layout with fictional people.

Every stated value counts once: each action field, each talking point, and each field of
each addressee (each address line, e-mail, phone, handle and salutation language on its
own). A field is right when it matches after the differences that do not matter to a
letter are set aside (case, spacing, the punctuation around it, an honorific before a name,
the spacing of a fax number, a country written out or as a code).
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from helpers import poppler_text
from uawriter.cli import run
from uawriter.drafting import draft_from_file
from uawriter.drafting.fields.countries import _country_code
from uawriter.drafting.layouts import all_layouts
from uawriter.paths import AppPaths

LAYOUTS = Path(__file__).parent / "data" / "drafting" / "layouts"
#: The share of stated fields each layout must get right.
REQUIRED = 0.95


def fixtures() -> list[Path]:
    return sorted(LAYOUTS.glob("*/*.txt"))


def _norm(value: Any) -> str:
    text = unicodedata.normalize("NFC", str(value)).casefold()
    text = re.sub(r"[‘’“”«»\"']", "'", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" .,;:'()-–—")


_HONORIFIC = re.compile(
    r"(?i)^(?:(?:mr|mrs|ms|miss|mx|dr|prof|h\.?\s?e\.?|his|her|excellency|sr|sra|señor|señora"
    r"|don|doña|lic|m\.|mme|monsieur|madame|herrn?|frau|s\.\s?e\.|dra?)\.?\s+)+"
)


def _name(value: Any) -> str:
    return _HONORIFIC.sub("", _norm(value))


def _number(value: Any) -> str:
    return re.sub(r"\D", "", str(value))


def _country(value: Any) -> str:
    text = str(value).strip()
    return text.upper() if re.fullmatch(r"[A-Za-z]{2}", text) else _country_code(text)


@dataclass
class Tally:
    right: int = 0
    stated: int = 0
    misses: list[str] = field(default_factory=list)

    def check(self, where: str, expected: Any, found: Any, same: bool) -> None:
        self.stated += 1
        if same:
            self.right += 1
        else:
            self.misses.append(f"{where}: expected {expected!r}, drafted {found!r}")


def _match_addressee(expected: dict[str, Any], drafted: list[dict[str, Any]]) -> dict[str, Any]:
    """The drafted addressee that is the expected one: the one sharing most of its name,
    title, e-mails and fax."""

    def overlap(candidate: dict[str, Any]) -> int:
        score = 0
        if expected.get("name") and _name(expected["name"]) == _name(candidate.get("name", "")):
            score += 3
        if expected.get("title") and _norm(expected["title"]) == _norm(candidate.get("title")):
            score += 2
        emails = {_norm(e) for e in candidate.get("emails", [])}
        score += sum(2 for e in expected.get("emails", []) if _norm(e) in emails)
        if expected.get("fax") and _number(expected["fax"]) == _number(candidate.get("fax", "")):
            score += 2
        for word in set(_norm(expected.get("name", "")).split()) - {""}:
            if word in _norm(candidate.get("name", "")) or word in _norm(candidate.get("title")):
                score += 1
        return score

    best = max(drafted, key=overlap, default=None)
    return best if best is not None and overlap(best) > 0 else {}


def score_fixture(path: Path, tally: Tally) -> str:
    """Adds one fixture's fields to ``tally``; returns the layout the drafter chose."""
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    draft = draft_from_file(path)
    found = draft.fields()
    name = path.relative_to(path.parents[1])
    stated: dict[str, Any] = expected["fields"]
    for key, value in stated.items():
        where = f"{name}: {key}"
        if key in {"talking_points", "addressees"}:
            continue
        got = found.get(key)
        if isinstance(got, dict):  # a localised text
            got = got.get(expected.get("language", "en"))
        if key == "action.title":
            tally.check(where, value, got, _norm(value) == _norm(got or ""))
        elif key == "action.country":
            tally.check(where, value, got, _country(value) == _country(got or ""))
        elif key == "action.write_in":
            tally.check(where, value, got, sorted(value) == sorted(got or []))
        else:
            tally.check(where, value, got, value == got)
    points = [_norm(p["text"].get(draft.language, "")) for p in found.get("talking_points", [])]
    for k, point in enumerate(stated.get("talking_points", [])):
        tally.check(f"{name}: talking_points[{k}]", point, points, _norm(point) in points)
    wanted_points = {_norm(p) for p in stated.get("talking_points", [])}
    for point in points:
        if point not in wanted_points:  # "Yours sincerely" or an address is not an ask
            tally.check(f"{name}: talking_points (extra)", None, point, False)
    if "action.write_in" not in stated and found.get("action.write_in") == []:
        tally.check(f"{name}: action.write_in", None, "any language", False)
    drafted = found.get("addressees", [])
    matched: list[int] = []
    for k, want in enumerate(stated.get("addressees", [])):
        got = _match_addressee(want, drafted)
        matched += [i for i, a in enumerate(drafted) if a is got]
        where = f"{name}: addressees[{k}]"
        for key, value in want.items():
            have = got.get(key)
            if key == "name":
                tally.check(f"{where}.name", value, have, _name(value) == _name(have or ""))
            elif key in {"title", "organisation", "role"}:
                tally.check(f"{where}.{key}", value, have, _norm(value) == _norm(have or ""))
            elif key == "country":
                tally.check(
                    f"{where}.country", value, have, _country(value) == _country(have or "")
                )
            elif key == "fax":
                tally.check(f"{where}.fax", value, have, _number(value) == _number(have or ""))
            elif key in {"address", "emails"}:
                lines = {_norm(x) for x in have or []}
                for line in value:
                    tally.check(f"{where}.{key}", line, have, _norm(line) in lines)
            elif key == "phones":
                numbers = {_number(x) for x in have or []}
                for number in value:
                    tally.check(f"{where}.phones", number, have, _number(number) in numbers)
            elif key in {"salutation", "social"}:
                for sub, text in value.items():
                    mine = (have or {}).get(sub, "")
                    tally.check(f"{where}.{key}.{sub}", text, mine, _norm(text) == _norm(mine))
            else:
                tally.check(f"{where}.{key}", value, have, value == have)
    for i, extra in enumerate(drafted):
        if i not in matched:  # an addressee the UA does not have
            tally.check(
                f"{name}: addressees (extra)", None, extra.get("name") or extra["title"], False
            )
    return draft.layout


@pytest.mark.parametrize("layout", sorted(p.name for p in LAYOUTS.iterdir() if p.is_dir()))
def test_each_layout_puts_the_stated_fields_in_the_right_place(layout: str) -> None:
    tally = Tally()
    chosen: dict[str, str] = {}
    for path in sorted((LAYOUTS / layout).glob("*.txt")):
        chosen[path.name] = score_fixture(path, tally)
    assert tally.stated > 0, f"{layout}: no fixtures"
    wrong_layout = {name: got for name, got in chosen.items() if got != layout}
    assert wrong_layout == {}, f"read with another layout than {layout}"
    share = tally.right / tally.stated
    report = "\n".join(tally.misses)
    assert share >= REQUIRED, (
        f"{layout}: {tally.right}/{tally.stated} = {share:.1%} of stated fields right; "
        f"misses:\n{report}"
    )


def test_every_layout_module_has_fixtures() -> None:
    """A layout without fixtures is not measured; fixtures without a layout test nothing."""
    modules = {layout.id for layout in all_layouts()}
    folders = {p.name for p in LAYOUTS.iterdir() if p.is_dir() and list(p.glob("*.txt"))}
    assert modules == folders


def test_fixtures_state_a_layout_and_their_language() -> None:
    per_layout: dict[str, int] = defaultdict(int)
    for path in fixtures():
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        assert expected["layout"] == path.parent.name, path
        assert expected["language"] in {"en", "de", "es", "fr"}, path
        per_layout[path.parent.name] += 1
    assert all(count >= 2 for count in per_layout.values()), dict(per_layout)


PUBLIC_2017 = (
    Path(__file__).parent / "data" / "drafting" / "public" / "amnesty-2017-template-test.pdf"
)


def test_the_public_2017_pdf_becomes_a_pack_that_exports(tmp_path: Path) -> None:
    """The public sample, as organisers receive it (a PDF): drafted, it validates as it is,
    is imported as the draft's last line says, and exports with nothing added but the
    sender's own words. (Drafted straight into the packs folder it is refused: no output
    goes into the data folder.)"""
    paths = AppPaths(tmp_path / "data")
    out, err = io.StringIO(), io.StringIO()
    folder = tmp_path / "drafts" / "ua-60-16-u2"
    folder.parent.mkdir()
    code = run(["draft-pack", str(PUBLIC_2017), "--out", str(folder)], paths, out, err)
    assert code == 0, out.getvalue() + err.getvalue()
    assert "It validates" in out.getvalue()
    assert (folder / "letters" / "en.txt").is_file()
    out, err = io.StringIO(), io.StringIO()
    assert run(["import", str(folder)], paths, out, err) == 0, err.getvalue()

    letters = tmp_path / "letters"
    out, err = io.StringIO(), io.StringIO()
    argv = ["export", "--pack", "ua-60-16-u2", "--lang", "en", "--out", str(letters)]
    argv += ["--sender-name", "Ana Volunteer", "--sender-address", "1 High Street; Leeds"]
    code = run(argv, paths, out, err)
    assert code == 0, err.getvalue()
    (pdf,) = sorted(letters.glob("*.pdf"))
    text = poppler_text(pdf, "-layout")
    flat = re.sub(r"\s+", " ", text)
    for expected in (
        "Ana Volunteer",
        "Minister of Security",
        "General de División Julián Pacheco",
        "Dear Minister,",
        "I am concerned to hear about another violent attack",  # the model letter's own words
        "I urge you to ensure that COPINH members have all the protection they ask for",
        "Yours sincerely,",
    ):
        assert expected in flat, expected
    assert "{{" not in flat
    # The signature does not stand alone on a page: the closing and the last paragraph of
    # the letter go with it (this letter is just too long for one A4 page).
    pages = [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(pdf).pages]
    signed = pages[-1]
    assert "Ana Volunteer" in signed
    assert "Yours sincerely," in signed
    assert "I urge you to ensure" in signed


UNSEEN = Path(__file__).parent / "data" / "drafting" / "unseen"
#: Fixtures written by someone other than the drafter's author (helpers working from the
#: same brief, after the layouts were written, without running the drafter); the layouts were
#: not tuned on them. These floors guard against getting worse; they are not the issue's 95 %.
#: Measured when the fixtures were added (stated fields right): de-section 59/69, es-section
#: 42/74, fr-section 68/74, labelled-2017 27/30.
UNSEEN_FLOOR = {"de-section": 0.85, "es-section": 0.55, "fr-section": 0.90, "labelled-2017": 0.90}


@pytest.mark.parametrize("layout", sorted(p.name for p in UNSEEN.iterdir() if p.is_dir()))
def test_fixtures_written_by_someone_else_are_read_well_enough(layout: str) -> None:
    tally = Tally()
    for path in sorted((UNSEEN / layout).glob("*.txt")):
        assert score_fixture(path, tally) == layout, path.name
    share = tally.right / tally.stated
    assert share >= UNSEEN_FLOOR[layout], f"{layout}: {share:.1%}\n" + "\n".join(tally.misses)
