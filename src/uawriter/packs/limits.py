"""Sizes past which a file from a pack is refused before it is read."""

MANIFEST_NAME = "pack.toml"
LETTERS_DIR = "letters"
TEMPLATE_SUFFIX = ".txt"

MAX_MANIFEST_BYTES = 1024 * 1024
MAX_TEMPLATE_BYTES = 256 * 1024
MAX_TEMPLATES = 64
MAX_ADDRESSEES = 200
MAX_TALKING_POINTS = 50
FORMAT_VERSION = 1
