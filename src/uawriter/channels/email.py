"""E-mail drafts to send later: events are offline, so a letter that goes by e-mail is
written as an ``.eml`` file (RFC 5322) that any mail program opens as an unsent draft
(``X-Unsent: 1``), collected in an outbox folder the organiser sends from an online machine.

Built on the standard library's ``email`` package: headers with names in any script are
encoded as RFC 2047 words, the body is UTF-8 in quoted-printable (so no line is longer than
76 characters on the wire, far under RFC 5322's 998 bytes, whatever the language), lines end
in CRLF.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

from uawriter.channels import UnsafeDraft
from uawriter.domain.contact_rules import ascii_domain, is_email
from uawriter.domain.controls import plain_line_ends, without_controls

#: Mail programs and browsers stop reading a mailto: link somewhere past 2,000 characters
#: (Outlook at 2,083, some at 2,048); a longer letter goes as a draft file instead.
MAILTO_LIMIT = 2000


@dataclass(frozen=True)
class EmailDraft:
    """One e-mail to one addressee (to all of their addresses at once)."""

    to: tuple[str, ...]
    subject: str
    body: str
    sender_name: str = ""
    sender_email: str = ""
    #: the embassy or other copy addressee the volunteer chose
    cc: tuple[str, ...] = ()
    #: the addressee's name, shown in the To: header beside the address
    to_name: str = ""


def letter_body(text: str, salutation: str, sender_lines: Sequence[str] = ()) -> str:
    """The letter as an e-mail says it: from the salutation on (the postal heading, with the
    addresses and the date, belongs on paper), then the sender's contact lines that the
    letter's end does not already hold. Without the salutation in the text (the volunteer
    rewrote it), the whole text."""
    # no control character reaches the mail program, from the letter or the sender's lines
    lines = without_controls(plain_line_ends(text)).split("\n")
    sender_lines = [without_controls(line) for line in sender_lines]
    start = 0
    wanted = salutation.strip()
    if wanted:
        for index, line in enumerate(lines):
            if line.strip().startswith(wanted):
                start = index
                break
    body = "\n".join(lines[start:]).strip("\n")
    tail = body[-400:]
    missing = [line for line in sender_lines if line and line not in tail]
    if missing:
        body += "\n" + "\n".join(missing)
    return body + "\n"


_NOT_IN_A_HEADER = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


#: The longest subject and name a draft's headers carry (a longer one ends in "…"). Python's
#: header folding grows faster than the text: a title of 340,000 characters took 88 s, a
#: name of 14,000 characters 10 s, and 680,000 more than a gigabyte.
SUBJECT_CHARS = 250
NAME_CHARS = 120


def header_text(text: str, limit: int = SUBJECT_CHARS) -> str:
    """A pack's text made fit for one header line: control characters and line breaks
    (which would start a header of their own) become spaces; "=?", which would start an
    RFC 2047 encoded word, becomes "= ?"; at most ``limit`` characters.

    The mail library decodes an encoded word in the text it is given: a pack's name
    "=?utf-8?b?DQpCY2M6IGV2aWxA…?=" hid a line break and "Bcc: evil@…" from every check,
    and Python 3.12.1 wrote them out as a header of their own (3.13 encodes them again,
    3.12.5 refuses them). A name in a pack is text, never an encoded header."""
    text = " ".join(_NOT_IN_A_HEADER.sub(" ", text[: limit * 4]).split())
    text = text.replace("=?", "= ?")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _addresses(emails: Sequence[str], name: str = "") -> list[Address]:
    """Each address as one mailbox, the name (with the first) as its display name only:
    a name holding commas, quotes, "<…>" or "Bcc:" stays a name, never more recipients.
    An address that is not one mailbox is left out."""
    mailboxes: list[Address] = []
    for address in emails:
        if not is_email(address):
            continue  # not one mailbox (the pack check refuses such addresses already)
        local, _at, domain = address.rpartition("@")
        domain = ascii_domain(domain) or domain
        display = header_text(name, NAME_CHARS) if not mailboxes else ""
        try:
            mailboxes.append(Address(display_name=display, username=local, domain=domain))
        except (ValueError, IndexError):
            continue
    return mailboxes


def message_of(draft: EmailDraft, when: dt.datetime) -> EmailMessage:
    """The draft as a message a mail program opens for the volunteer to send."""
    to = _addresses(draft.to, draft.to_name)
    if not to:
        raise ValueError("an e-mail needs at least one address to go to")
    # an address whose own part is not ASCII (ü@b.example) needs mail that says it is UTF-8
    own_parts = [a.rpartition("@")[0] for a in (draft.sender_email, *draft.to, *draft.cc)]
    message = EmailMessage(policy=SMTP if all(map(str.isascii, own_parts)) else SMTPUTF8)
    sender = _addresses([draft.sender_email], draft.sender_name) if draft.sender_email else []
    if sender:
        message["From"] = sender
    message["To"] = to
    cc = _addresses(draft.cc)
    if cc:
        message["Cc"] = cc
    message["Subject"] = header_text(draft.subject)
    message["Date"] = format_datetime(when)
    # the domain as mail carries it: "bücher.example" typed by a volunteer stopped every
    # e-mail export with a traceback (the Message-ID header must be ASCII)
    typed = draft.sender_email.rpartition("@")[2] if is_email(draft.sender_email) else ""
    domain = ascii_domain(typed) or "uawriter.invalid"
    message["Message-ID"] = make_msgid(domain=domain)
    message["X-Unsent"] = "1"  # Outlook, Thunderbird and Apple Mail open it as a draft
    message.set_content(draft.body, charset="utf-8", cte="quoted-printable")
    return message


#: The headers a draft has, and nothing else.
_HEADERS = {
    "from", "to", "cc", "subject", "date", "message-id", "x-unsent",
    "mime-version", "content-type", "content-transfer-encoding",
}  # fmt: skip


def eml_bytes(draft: EmailDraft, when: dt.datetime) -> bytes:
    """The ``.eml`` file's bytes: CRLF line ends, no line longer than 998 bytes. Read back
    before it is written: a draft whose headers or recipients are not the ones it was made
    with raises :class:`UnsafeDraft`.

    Python's mail library folds some long names wrongly: on 3.12 the quotes of a long
    "Mr A. B., Prosecutor General of …" are lost where the line breaks, and the rest reads
    as more mailboxes ("Office <of> the Minister" became a recipient "of"). Such a draft
    goes without the names, to the same addresses: a name is a courtesy, the address is
    the letter's."""
    # the official's name left out first, then the volunteer's too
    tries = [draft, replace(draft, to_name=""), replace(draft, to_name="", sender_name="")]
    *first, last = dict.fromkeys(tries)
    for attempt in first:
        with contextlib.suppress(UnsafeDraft):
            return _checked_bytes(attempt, when)
    return _checked_bytes(last, when)


def _checked_bytes(draft: EmailDraft, when: dt.datetime) -> bytes:
    from email import message_from_string
    from email.errors import MessageError
    from email.policy import default

    message = message_of(draft, when)
    try:
        data = message.as_bytes(policy=message.policy)
    except (MessageError, UnicodeError) as exc:  # 3.12.5 and later refuse what they cannot fold
        raise UnsafeDraft(f"the e-mail's headers cannot be written safely: {exc}") from exc
    # read as a mail program reads it (its addresses may be UTF-8: RFC 6532)
    wanted = [("To", message["To"]), ("Cc", message["Cc"]), ("From", message["From"])]
    try:
        written = message_from_string(data.decode("utf-8", "replace"), policy=default)
        names = {name.lower() for name in written}
        same = names <= _HEADERS and len(names) == len(written.keys())
        same = same and all(_recipients(written[n]) == _recipients(v) for n, v in wanted)
    except Exception:  # a header folded so wrongly that its parser fails
        same = False  # (TypeError, IndexError, AttributeError seen): not what was made
    if not same:
        raise UnsafeDraft(
            f"the e-mail to {', '.join(draft.to)} could not be written so that it goes only "
            "to them; check the action's title and the addressees' names in the pack"
        )
    return data


def _recipients(header: object) -> list[str]:
    addresses = getattr(header, "addresses", ())
    return [address.addr_spec.lower() for address in addresses]


def mailto_link(draft: EmailDraft) -> str:
    """A ``mailto:`` link (RFC 6068) that opens the e-mail in the volunteer's mail program,
    or "" when the letter is too long for one (then the draft file is the way)."""
    if not draft.to:
        return ""
    fields = [("subject", header_text(draft.subject))]
    if draft.cc:
        fields.append(("cc", ",".join(draft.cc)))
    fields.append(("body", draft.body.replace("\r\n", "\n").replace("\n", "\r\n")))
    to = ",".join(quote(address, safe="@") for address in draft.to)
    query = "&".join(f"{name}={quote(value, safe='')}" for name, value in fields)
    link = f"mailto:{to}?{query}"
    return link if len(link) <= MAILTO_LIMIT else ""
