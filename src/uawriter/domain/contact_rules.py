"""What a fax number and an e-mail address must look like, wherever one is typed."""

from __future__ import annotations

import re
import unicodedata

FAX_PATTERN = re.compile(r"^\+?[0-9][0-9 ()./-]{3,30}$")
# the domain as labels between single dots: no way to match one text two ways, so a run of
# 60,000 dots is read once, not once from each dot ("a@....@" took 17 s in a pack.toml)
EMAIL_PATTERN = re.compile(r"^[^@\s<>]+@[^@\s<>.]+(?:\.[^@\s<>.]+)+$")
#: The longest address mail accepts (RFC 5321's path limit).
MAX_EMAIL_CHARS = 254


def is_fax_number(text: str) -> bool:
    return bool(FAX_PATTERN.fullmatch(text))  # not match: "$" lets a line break end it


#: Characters that make an address more than one mailbox, a comment or a quoted or
#: bracketed form ("a,b@x", "x(y)@x", "a@[127.0.0.1]"), which mail programs read apart;
#: or a port ("a@x.example:25"), which no address has and no draft can carry (probe 105a).
NOT_IN_AN_ADDRESS = frozenset(',;:"()[]\\')


def compatibility_characters(text: str) -> list[str]:
    """The characters of ``text`` that stand for others (a ligature "ﬁ" for "fi", a
    full-width "ａ"): a PDF's text layer gives them, and in an e-mail address they make a
    mailbox no one has, although it looks right."""
    return [char for char in text if unicodedata.decomposition(char).startswith("<")]


def is_email(text: str) -> bool:
    """One plain mailbox, ``name@domain``; a domain in any script (bücher.example) is one
    that can be written in ASCII (IDNA), as mail needs it."""
    if len(text) > MAX_EMAIL_CHARS or not EMAIL_PATTERN.fullmatch(text):
        return False
    if compatibility_characters(text):
        return False
    if not NOT_IN_AN_ADDRESS.isdisjoint(text) or "=?" in text:
        # "=?utf-8?b?…?=": an encoded word, which a mail program decodes to another
        # address, and which no draft can carry (the export stopped, naming no address)
        return False
    if any(unicodedata.category(char) in ("Cf", "Cc", "Zs", "Zl", "Zp") for char in text):
        # a zero-width space or soft hyphen: dropped from the domain by IDNA, kept in the
        # name before the "@", where it makes an address that looks like another
        return False
    return ascii_domain(text.rpartition("@")[2]) is not None


def ascii_domain(domain: str) -> str | None:
    """``domain`` as mail carries it (``bücher.example`` → ``xn--bcher-kva.example``),
    encoded as registries and mail programs encode it (IDNA 2008 with UTS 46, the ``idna``
    package): Python's own codec is IDNA 2003, which folds "ß" to "ss" and "ς" to "σ", and
    an appeal to justiz-straße.example went to justiz-strasse.example, another domain
    (probe 105a). None if it cannot be (a label over 63 characters, one IDNA refuses)."""
    if domain.isascii():
        return domain
    import idna  # only for a domain in another script

    try:
        return idna.encode(domain, uts46=True, transitional=False).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return None
