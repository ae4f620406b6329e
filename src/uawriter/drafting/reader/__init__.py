"""The reader: one class composed of a part per section of an Urgent Action."""

from collections.abc import Callable

from uawriter.drafting.reader.addressees import AddresseeReader
from uawriter.drafting.reader.header import HeaderReader
from uawriter.drafting.reader.points import PointsReader
from uawriter.drafting.reader.tail import TailReader


class Reader(HeaderReader, PointsReader, AddresseeReader, TailReader):
    """Reads every field of an Urgent Action's tidied text into a draft."""

    def steps(self) -> tuple[Callable[[], None], ...]:
        """What the reader does, in order; a layout's reader may add or replace steps.
        Each step is run on its own: one that fails leaves a note and the others run."""
        return (
            self.sections,
            self.title_and_summary,
            self.number_and_update,
            self.issued,
            self.deadline,
            self.write_in,
            self.points,
            self.addressees,
            self.tail,
            self.additional,
            self.country,
        )


__all__ = ["Reader"]
