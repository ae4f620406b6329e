"""Action packs: reading, checking and finding them on disk."""

from uawriter.packs.loader import BrokenPack, LoadResult, PackSource, load_pack, load_packs

__all__ = ["BrokenPack", "LoadResult", "PackSource", "load_pack", "load_packs"]
