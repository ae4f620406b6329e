"""Sizes past which a file from a pack is refused before it is read, and the names a
pack's files and folders cannot have."""

import re

MANIFEST_NAME = "pack.toml"
LETTERS_DIR = "letters"
TEMPLATE_SUFFIX = ".txt"

MAX_MANIFEST_BYTES = 1024 * 1024
MAX_TEMPLATE_BYTES = 256 * 1024
MAX_TEMPLATES = 64
MAX_ADDRESSEES = 200
MAX_TALKING_POINTS = 50
#: Lines of one postal address (besides the name, title, organisation and country): a
#: postal address has up to eight; an envelope or a label shows twelve lines in all.
MAX_ADDRESS_LINES = 10
#: Telephone numbers, and e-mail addresses, of one addressee: a UA gives one or two; the
#: call script lists each, read and formatted as the volunteer's country dials it (40,000
#: numbers froze "Call, post, envelopes…" for 6 s at each change, probe 87b).
MAX_CONTACTS_EACH = 10
#: Characters of one field at most: a name, a title, an address line, a fax number.
MAX_FIELD_CHARS = 1_000
#: Of an action's title and an addressee's salutation.
MAX_TITLE_CHARS = 300
#: Of one talking point.
MAX_POINT_CHARS = 5_000
#: Of a longer text: the summary, more information, what to do after the deadline.
MAX_TEXT_CHARS = 20_000
FORMAT_VERSION = 1

# Pack archives (.uapack, packs/archive.py): checked before anything is installed.
ARCHIVE_SUFFIX = ".uapack"
MAX_ARCHIVE_BYTES = 20 * 1024 * 1024  # the .uapack file itself
MAX_EXPANDED_BYTES = 50 * 1024 * 1024  # all its files together, once unpacked
MAX_ARCHIVE_ENTRIES = 500  # files and folders in an archive or a pack folder to import
#: One part of a path inside an archive, and a whole path, in bytes as a file system stores
#: them (UTF-8): 200 emoji are 200 characters but 800 bytes, more than any file name can be.
MAX_ENTRY_NAME_BYTES = 255
MAX_ENTRY_PATH_BYTES = 1024


#: Names Windows keeps for devices, whatever follows a dot ("nul.txt", "con.tar.gz") and
#: with spaces before it ("con .txt"): CON, PRN, AUX, NUL, COM0–COM9 and LPT0–LPT9 with
#: the superscript digits ¹ ² ³ as well (Microsoft's "Naming Files, Paths, and
#: Namespaces"), and the console's CONIN$ and CONOUT$. Such a file opens the device on
#: Windows instead of being written (probe 74a: COM¹.md and LPT0.txt got through).
WINDOWS_DEVICE = re.compile(
    r"^(?:con|prn|aux|nul|conin\$|conout\$|(?:com|lpt)[0-9\u00b9\u00b2\u00b3]) *(?:\.|$)",
    re.IGNORECASE,
)
