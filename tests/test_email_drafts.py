"""E-mail drafts (``.eml``) read back by Python's mail parser, as a mail program reads them."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from helpers import SEED_ID
from test_cli import cli
from uawriter.channels.email import MAILTO_LIMIT, EmailDraft, eml_bytes, letter_body, mailto_link
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, compose
from uawriter.exporting import email_draft, export_emails
from uawriter.paths import AppPaths
from uawriter.storage.tally import TallyBook

#: An RFC 2047 encoded word hiding a line break and a header: no check of the pack's text
#: sees a control character in it (the twentieth probe).
ENCODED_BCC = "=?utf-8?b?DQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ0K?="  # "\r\nBcc: evil@…\r\n"
WHEN = dt.datetime(2011, 7, 1, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
SENDER = Sender.from_text(
    "Aigerim Sadykova", "Hauptstraße 1; 10115 Berlin", "aigerim.sadykova@example.org"
)


def read(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def seed_letters(pack: Pack, lang: str = "kk") -> list[Letter]:
    date = WHEN.date()
    return [
        Letter(pack, a, lang, compose(pack, a, lang, SENDER, date), as_fax=False)
        for a in pack.addressees
    ]


def test_the_seed_pack_gives_a_draft_per_addressee_with_an_address(
    tmp_path: Path, app_paths: AppPaths
) -> None:
    outcome = cli(
        app_paths,
        *("export", "--pack", SEED_ID, "--lang", "kk", "--channel", "email"),
        *("--out", str(tmp_path / "outbox"), "--date", "2011-07-01"),
        *("--sender-name", SENDER.name, "--sender-email", SENDER.email),
        *("--sender-address", "Hauptstraße 1; 10115 Berlin"),
    )
    assert outcome.code == 0, outcome.err
    files = sorted((tmp_path / "outbox").glob("*.eml"))
    assert [Path(line).name for line in outcome.out.splitlines()] == [f.name for f in files]
    # the President has only a fax: told, and no draft
    assert "President of Kazakhstan, Nursultan Nazarbaev has no e-mail address" in outcome.err
    messages = [read(f) for f in files]
    reached = [a.addr_spec for m in messages for a in m["To"].addresses]
    assert reached == ["procuror@nursat.kz", "Gp-rk@prokuror.kz", "midrk@mid.kz"]
    salutations = ["Құрметті Бас прокурор мырза!", "Құрметті Министр мырза!"]
    for message, salutation in zip(messages, salutations, strict=True):
        assert message["X-Unsent"] == "1"
        assert message["Subject"] == (
            "Этникалық өзбектерге қайтарылған жағдайда азаптау қаупі төніп тұр"
        )
        assert message["From"].addresses[0].display_name == "Aigerim Sadykova"
        assert message["From"].addresses[0].addr_spec == "aigerim.sadykova@example.org"
        assert message.get_content_type() == "text/plain"
        assert message.get_content_charset() == "utf-8"
        body = body_of(message)
        assert body.splitlines()[0] == salutation  # no postal heading above it
        assert "Astana" not in body  # the addresses belong on paper
        assert body.rstrip().endswith(
            "Aigerim Sadykova\nHauptstraße 1\n10115 Berlin\naigerim.sadykova@example.org"
        )
        assert "Қазақстан билігін халықаралық құқық" in body  # a talking point, in Kazakh
    assert "Mr Ashat Daulbayev" in str(messages[0]["To"])
    counted = TallyBook(app_paths.tally_file).read().letters
    assert [(r.channel.value, r.addressee_id) for r in counted] == [
        ("email", "prosecutor-general"),
        ("email", "foreign-minister"),
    ]


def test_the_file_keeps_to_the_wire_format(packs: dict[str, Pack], tmp_path: Path) -> None:
    """CRLF line ends, 7-bit bytes (UTF-8 in quoted-printable and RFC 2047 words), no line
    over 998 bytes - even for a letter the volunteer typed as one 5,000-character line."""
    pack = packs[SEED_ID]
    letter = seed_letters(pack)[1]
    one_line = letter.text.replace("\n\n", " ") + " Ө" * 2500
    for text in (letter.text, one_line):
        data = eml_bytes(
            email_draft(Letter(pack, letter.addressee, "kk", text, False), SENDER), WHEN
        )
        assert data.isascii()
        lines = data.split(b"\r\n")
        assert b"\n" not in b"".join(lines)  # every line ends in CRLF
        assert max(len(line) for line in lines) <= 998
        assert body_of(read_bytes(data)).rstrip().endswith(SENDER.email)


def body_of(message: EmailMessage) -> str:
    """The text as the mail program shows it (line ends as this system writes them)."""
    return str(message.get_content()).replace("\r\n", "\n")


def read_bytes(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_an_embassy_is_copied_and_the_date_is_the_export_time(
    packs: dict[str, Pack], tmp_path: Path
) -> None:
    letters = seed_letters(packs[SEED_ID], "ru")
    files = export_emails(letters, tmp_path, SENDER, WHEN, cc=["embassy@kazembassy.example"])
    message = read(files[0])
    assert [a.addr_spec for a in message["Cc"].addresses] == ["embassy@kazembassy.example"]
    assert message["Date"].datetime == WHEN
    assert body_of(message).startswith("Уважаемый господин Генеральный прокурор")
    # a second export beside the first replaces nothing
    again = export_emails(letters, tmp_path, SENDER, WHEN)
    assert not set(again) & set(files)
    assert len(list(tmp_path.glob("*.eml"))) == 4


def test_a_letter_whose_salutation_was_rewritten_goes_whole() -> None:
    text = "Hello there,\n\nPlease free them.\n\nAigerim"
    assert letter_body(text, "Dear Minister", ["a@b.org"]) == text + "\na@b.org\n"
    # the sender's lines already at the end are not written twice
    assert letter_body(text, "Hello", ["Aigerim"]) == text + "\n"


def test_a_short_letter_has_a_mailto_link_a_long_one_does_not() -> None:
    draft = EmailDraft(
        to=("procuror@nursat.kz", "Gp-rk@prokuror.kz"),
        subject="UA 129/10: Этникалық өзбектер",
        body="Құрметті Бас прокурор мырза!\n\nТоқтатыңыз & босатыңыз?\n\nA. S.\n",
        cc=("embassy@example.org",),
    )
    link = mailto_link(draft)
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert [unquote(a) for a in parts.path.split(",")] == list(draft.to)
    query = parse_qs(parts.query)
    assert query["subject"] == [draft.subject]
    assert query["cc"] == ["embassy@example.org"]
    assert query["body"] == [draft.body.replace("\n", "\r\n")]  # RFC 6068: CRLF
    assert len(link) <= MAILTO_LIMIT
    long = EmailDraft(to=draft.to, subject="x", body="Ө" * 400)  # 400 letters: 2,400 in %XX
    assert mailto_link(long) == ""


@pytest.mark.parametrize("to", [(), ("",)])
def test_a_draft_needs_somewhere_to_go(to: tuple[str, ...]) -> None:
    draft = EmailDraft(to=tuple(a for a in to if a), subject="s", body="b")
    with pytest.raises(ValueError, match="at least one address"):
        eml_bytes(draft, WHEN)
    assert mailto_link(draft) == ""


@pytest.mark.parametrize(
    "name",
    [
        "Señora Sartori, cc-leak@evil.example, ",  # an accent lost the quotes before
        'Ms "Elena" <evil@x.example>, Bcc: b@x.example; c@x.example',
        "Ms Elena\r\nBcc: hidden@evil.example",
        "Señor Pérez, Ministro",
        "\x1b]0;title\x07Ms Sartori\u2028Bcc: x@evil.example",
        f"Ms Elena Sartori {ENCODED_BCC}",
        ENCODED_BCC,
        "=?utf-8?q?=0D=0ABcc:_evil@attacker.example?=",
    ],
)
def test_a_name_from_a_pack_never_adds_a_recipient_or_a_header(name: str) -> None:
    """The second probe: an addressee's name is put in the To line as a display name only,
    whatever commas, quotes, angle brackets, line breaks or escapes it holds."""
    draft = EmailDraft(
        to=("ministra@justicia.example",),
        subject="Libertad para\r\nBcc: x@evil.example Marta",
        body="Estimada Señora Ministra:\n",
        sender_name='A. "N" <x@evil.example>',
        sender_email="volunteer@example.org",
        to_name=name,
    )
    message = read_bytes(eml_bytes(draft, WHEN))
    assert [a.addr_spec for a in message["To"].addresses] == ["ministra@justicia.example"]
    assert [a.addr_spec for a in message["From"].addresses] == ["volunteer@example.org"]
    assert message["Bcc"] is None
    assert message["Cc"] is None
    assert "\n" not in message["Subject"]
    assert message["Subject"].startswith("Libertad para Bcc:")  # one line, as text
    shown = message["To"].addresses[0].display_name
    assert "\x1b" not in shown
    assert "\r" not in shown


def test_an_encoded_word_in_a_title_or_the_sender_stays_text() -> None:
    """The twentieth probe: a title holding an encoded word whose bytes are a line break and
    "Bcc: evil@…" gave every draft of the pack a Bcc header on Python 3.12.1 (and the real
    address fell into the body). It stays text, shown as written."""
    draft = EmailDraft(
        to=("ministra@justicia.example",),
        subject=f"Free Marta {ENCODED_BCC}",
        body="Estimada Señora Ministra:\n",
        sender_name=f"A. Volunteer {ENCODED_BCC}",
        sender_email="volunteer@example.org",
        to_name="Ministra",
    )
    data = eml_bytes(draft, WHEN)
    message = read_bytes(data)

    assert sorted(message.keys()) == sorted(
        ["From", "To", "Subject", "Date", "Message-ID", "X-Unsent", "MIME-Version",
         "Content-Type", "Content-Transfer-Encoding"]
    )  # fmt: skip
    assert b"\r\nBcc" not in data
    assert [a.addr_spec for a in message["To"].addresses] == ["ministra@justicia.example"]
    assert message["Subject"] == "Free Marta = ?utf-8?b?DQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ0K?="
    assert message.get_content().strip() == "Estimada Señora Ministra:"


def test_a_pack_with_an_encoded_word_in_a_name_adds_no_recipient(tmp_path: Path) -> None:
    """The same through the real command, with a pack that passed validate: each draft goes
    to its official alone, read back by Python's mail parser."""
    from helpers import copy_bundled_pack, edit_manifest

    paths = AppPaths(tmp_path / "data")
    pack = copy_bundled_pack(SEED_ID, paths.user_packs, "hostile")
    edit_manifest(pack, f'id = "{SEED_ID}"', 'id = "hostile-names"')
    edit_manifest(pack, 'name = "Mr Ashat Daulbayev"', f'name = "Mr Ashat Daulbayev {ENCODED_BCC}"')
    assert cli(paths, "validate", str(pack)).code == 0  # nothing in it looks like a header
    outbox = tmp_path / "outbox"

    sender = ["--sender-name", "V", "--sender-email", "v@example.org"]
    done = cli(paths, "export", "--pack", "hostile-names", "--lang", "ru", "--channel", "email",
               *sender, "--out", str(outbox))  # fmt: skip

    assert done.code == 0, done.err
    drafts = sorted(outbox.glob("*.eml"))
    assert len(drafts) == 2
    for path in drafts:
        message = read_bytes(path.read_bytes())
        assert message["Bcc"] is None
        assert "evil@attacker.example" not in str(message["To"])
    first = read_bytes(drafts[0].read_bytes())
    assert [a.addr_spec for a in first["To"].addresses] == [
        "procuror@nursat.kz",
        "Gp-rk@prokuror.kz",
    ]


@pytest.mark.parametrize(
    "typed",
    ["v@bücher.example", "v@ｅｘａｍｐｌｅ.org", "v@example.org\u200b", "v@ex\u00adample.org"],
)
def test_a_volunteers_address_with_a_domain_in_another_script_is_written(typed: str) -> None:
    """The twenty-first probe: a sender's address at an international domain (or with a
    zero-width space pasted after it) stopped every e-mail export with a traceback: the
    Message-ID was made from the domain as typed, and a header must be ASCII."""
    draft = EmailDraft(
        to=("ministra@justicia.example",),
        subject="Libertad",
        body="Estimada Señora Ministra:\n",
        sender_name="Volunteer",
        sender_email=typed,
    )
    data = eml_bytes(draft, WHEN)
    message = read_bytes(data)

    assert [a.addr_spec for a in message["To"].addresses] == ["ministra@justicia.example"]
    assert message["Message-ID"].isascii()
    assert "@" in message["Message-ID"]


@pytest.mark.parametrize(
    "name",
    [
        "Mr Ashat Daulbayev, Prosecutor General of the Republic of Kazakhstan (Astana)",
        "His Excellency Mr Nursultan Abishevich Nazarbayev, President of the Republic of "
        "Kazakhstan",
        "Ministry of Foreign Affairs of the Republic of Kazakhstan: Mr Yerzhan Kazykhanov, "
        "Minister",
        'Ms "Elena" Sartori; Minister of Justice, Valdoria: Office <of> the Minister @ HQ',
        # the twenty-second probe: names the library's own parser then failed on, reading
        # back the header it had folded (TypeError, IndexError, AttributeError)
        "Daulbayev, [Kazakhstan] Minister; Ashat Sartori General) Ms. of Daulbayev, ..",
        "[Kazakhstan] République @ Daulbayev, la Министр Ministro Republic Sartori Republic "
        "République [Kazakhstan] General)",
        'Office: "Elena" Minister; (acting) [Kazakhstan] de Ms. Avenue Daulbayev, Dr.',
    ],
)
def test_a_long_name_with_a_comma_goes_to_its_addresses_only(name: str) -> None:
    """The twenty-first probe: Python 3.12's mail library drops the quotes of a long name
    where it folds the line, and a part of the name then reads as another mailbox ("Office
    <of> the Minister" became a recipient "of"); the read-back check refused every e-mail of
    such a pack. The draft now goes to the same addresses without the names."""
    draft = EmailDraft(
        to=("procuror@nursat.kz", "Gp-rk@prokuror.kz"),
        subject="Release the Uzbek men",
        body="Dear Prosecutor General,\n",
        sender_name=name,
        sender_email="volunteer@example.org",
        to_name=name,
    )
    message = read_bytes(eml_bytes(draft, WHEN))

    to = [a.addr_spec for a in message["To"].addresses]
    assert to == ["procuror@nursat.kz", "Gp-rk@prokuror.kz"]
    assert [a.addr_spec for a in message["From"].addresses] == ["volunteer@example.org"]
    assert message["Cc"] is None
    assert message["Bcc"] is None


@pytest.mark.parametrize(
    "address",
    [
        "ministra\u200b@justicia.valdoria.example",
        "minis\u00adtra@justicia.valdoria.example",
        "ministra@justicia.valdoria.example\u200b",
        "ministra@justicia\u2028.valdoria.example",
    ],
)
def test_an_address_with_an_invisible_character_is_named_by_the_pack_check(
    address: str, tmp_path: Path
) -> None:
    """The twentieth probe: a zero-width space or soft hyphen passed the pack check; in the
    domain mail drops it without a word, before the "@" it makes an address that looks like
    the official's and is another one."""
    from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest
    from uawriter.domain.contact_rules import is_email
    from uawriter.engine import check_pack_folder
    from uawriter.packs.loader import BrokenPack

    assert is_email("ministra@bücher.example")  # a domain in another script still is one
    assert not is_email(address)
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    edit_manifest(
        folder,
        'emails = ["ministra@justicia.valdoria.example"]',
        'emails = ["' + "".join(c if c.isascii() else f"\\u{ord(c):04x}" for c in address) + '"]',
    )
    result = check_pack_folder(folder)
    assert isinstance(result, BrokenPack), f"{address!r} passed the pack check"
    assert [p.field for p in result.problems if "e-mail" in p.message] == [
        "addressees[0].emails[0]"
    ]


def test_the_volunteers_name_stays_when_only_the_officials_cannot() -> None:
    """The twenty-third probe: when the official's name could not be written safely, the
    draft lost the volunteer's name in From as well, though it folded well by itself."""
    draft = EmailDraft(
        to=("a@gov.example",),
        subject="Release the Uzbek men",
        body="Dear Prosecutor General,\n",
        sender_name="Chloé O'Neil",
        sender_email="v@example.org",
        to_name="Sheikh Ashat bin Rashid Al Maktoum, Prosecutor General of the Republic of "
        "Kazakhstan",
    )
    message = read_bytes(eml_bytes(draft, WHEN))

    assert [a.addr_spec for a in message["To"].addresses] == ["a@gov.example"]
    (sender,) = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == ("Chloé O'Neil", "v@example.org")
