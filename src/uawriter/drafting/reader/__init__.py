"""The reader: one class composed of a part per section of an Urgent Action."""

from uawriter.drafting.reader.addressees import AddresseeReader
from uawriter.drafting.reader.header import HeaderReader
from uawriter.drafting.reader.points import PointsReader
from uawriter.drafting.reader.tail import TailReader


class Reader(HeaderReader, PointsReader, AddresseeReader, TailReader):
    """Reads every field of an Urgent Action's tidied text into a draft."""


__all__ = ["Reader"]
