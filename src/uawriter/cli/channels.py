"""The command line's channels besides the letter: ``contacts`` (each addressee's numbers as
dialled from a country), ``envelopes`` and ``labels``."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TextIO

from uawriter.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    Usage,
    home,
    pack_for,
    safe_field,
    warn_unprintable,
    written_file,
)
from uawriter.domain.model import Addressee, Role, Sender
from uawriter.domain.phone_numbers import numbers_of
from uawriter.engine import ENVELOPE_CHOICES, LABEL_CHOICES, envelopes_pdf, labels_pdf
from uawriter.exporting import write_document
from uawriter.paths import AppPaths


def add_channel_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``contacts``, ``envelopes`` and ``labels``: the channels besides the letter itself."""
    contacts = sub.add_parser(
        "contacts", help="each addressee's fax, phone, e-mail and address, ready to dial"
    )
    contacts.add_argument("--pack", required=True, help="pack id (see: uawriter packs)")
    contacts.add_argument(
        "--from-country",
        default=None,
        metavar="CC",
        help="the country you dial from, such as DE or US (default: from the system's locale)",
    )

    for name, option, choices, what in (
        ("envelopes", "--size", ENVELOPE_CHOICES, "envelopes, one a page"),
        ("labels", "--sheet", LABEL_CHOICES, "address labels on sheets"),
    ):
        post = sub.add_parser(name, help=f"the chosen addressees' {what}, as a PDF to print")
        post.add_argument(
            "--pack", required=True, action="append", help="pack id; repeat for several actions"
        )
        post.add_argument(
            "--to", default="all", help="'all' or addressee ids separated by commas (default: all)"
        )
        post.add_argument(option, required=True, choices=choices, dest="format")
        post.add_argument("--sender-name", default="", metavar="NAME")
        post.add_argument(
            "--sender-address", default="", metavar="TEXT", help="lines separated by ';'"
        )
        post.add_argument(
            "--from-country",
            default=None,
            metavar="CC",
            help="where the letters are posted, such as DE (default: from the system's locale); "
            "the country line and PAR AVION are left off at home",
        )
        post.add_argument("--out", required=True, type=written_file, metavar="FILE", help="the PDF")
        post.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")


def addressees_of(
    paths: AppPaths, pack_ids: Sequence[str], to: str, err: TextIO
) -> list[Addressee]:
    """The addressees ``to`` names ('all' or ids) in each pack, in the packs' order; an id
    need only be in one of the packs."""
    packs = []
    for pack_id in dict.fromkeys(pack_ids):
        pack = pack_for(paths, pack_id, err)
        if pack is None:
            raise Usage(f"pack {pack_id} cannot be used (see above)")
        packs.append(pack)
        for note in pack.notes:  # a country printed as written, not read: said here too
            if note.field.endswith(".country"):
                err.write(f"warning: {safe_field(str(note))}\n")
    if to.strip() == "all":
        return [a for pack in packs for a in pack.addressees]
    wanted = [part.strip() for part in to.split(",") if part.strip()]
    known = {a.id for pack in packs for a in pack.addressees}
    unknown = [w for w in wanted if w not in known]
    if unknown or not wanted:
        raise Usage(
            f"no addressee {', '.join(unknown) or repr(to)} in {', '.join(pack_ids)}; "
            f"choose 'all' or from: {', '.join(sorted(known))}"
        )
    return [a for pack in packs for a in pack.addressees if a.id in wanted]


#: Where an address cut to fit a label or an envelope is printed whole: a command that
#: runs (probe 79a: "--format c5" was told, and no such option exists); on a C5 envelope
#: already, by hand.
ALTERNATIVE = {
    "labels": "on an envelope (uawriter envelopes --size c5), or write it by hand",
    "envelopes": "on a C5 envelope (--size c5), or write it by hand",
}


def _alternative(args: argparse.Namespace) -> str:
    """What to do with an address cut to fit: print it larger, or write it by hand."""
    if args.command == "envelopes" and args.format == "c5":
        return "write it by hand"
    return f"print it {ALTERNATIVE[args.command]}"


def cmd_post(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    """``envelopes`` and ``labels``."""
    addressees = addressees_of(paths, args.pack, args.to, err)
    sender = Sender.from_text(args.sender_name, args.sender_address)
    if sender.problem():
        raise Usage(f"the sender given: {sender.problem()}; shorten it")
    make = envelopes_pdf if args.command == "envelopes" else labels_pdf
    drawn = [line for a in addressees for line in a.postal_lines]
    warn_unprintable("\n".join([*drawn, sender.name, *sender.address]), err)
    cut: list[Addressee] = []
    pdf = make(addressees, args.format, sender, home(args), cut)
    for addressee in cut:
        err.write(
            f"warning: the address of {safe_field(addressee.display_name)} does not fit "
            f"{'a label' if args.command == 'labels' else 'an envelope'} of this size "
            f"whole and is cut (…); {_alternative(args)}\n"
        )
    try:
        path = write_document(args.out, pdf, args.overwrite)
    except FileExistsError as exc:
        err.write(
            f"uawriter: {safe_field(str(exc.filename))} exists already; nothing was written. "
            "Choose another file name, or add --overwrite to replace it\n"
        )
        return EXIT_PROBLEMS
    out.write(f"{safe_field(str(path))}\n")
    return EXIT_OK


def cmd_contacts(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    pack = pack_for(paths, args.pack, err)
    if pack is None:
        return EXIT_PROBLEMS
    home_code = home(args)
    where = (
        f"as dialled from {home_code}" if home_code else "in international form (no --from-country)"
    )
    out.write(f"{safe_field(pack.id)}: UA {safe_field(pack.action.ua_number)}, numbers {where}\n")
    for addressee in pack.addressees:
        out.write("\n" + "\n".join(contact_lines(addressee, home_code)) + "\n")
    for note in pack.notes:
        err.write(f"warning: {safe_field(str(note))}\n")
    return EXIT_OK


def contact_lines(addressee: Addressee, home: str) -> list[str]:
    """One addressee's channels, each number as dialled from ``home``."""
    role = "copy" if addressee.role is Role.COPY else "appeal"
    lines = [f"{safe_field(addressee.display_name or addressee.organisation)} ({role})"]
    for field, number in numbers_of(addressee, home):
        label = "fax" if field == "fax" else "phone"
        if not number.valid:
            written = safe_field(number.written)
            lines.append(f"  {label:<8} {written}  (not a number that can be dialled)")
            continue
        shown = safe_field(number.dialled)
        if number.international != number.dialled:
            shown += f"  ({number.international})"
        lines.append(f"  {label:<8} {shown}")
    lines += [f"  {'e-mail':<8} {safe_field(email)}" for email in addressee.emails]
    lines += [f"  {platform:<8} {safe_field(handle)}" for platform, handle in addressee.social]
    post = "; ".join(addressee.postal_lines[1:] if addressee.name else addressee.postal_lines)
    lines.append(f"  {'post':<8} {safe_field(post)}")
    return lines
