"""Where the app's own data is: one helper, used by everything that reads bundled files.

The top-level ``resources/`` and ``translations/`` folders of the repository are the packages
``uawriter.resources`` and ``uawriter.translations`` (pyproject.toml maps them), and are
found through :mod:`importlib.resources` alone, the same way everywhere:

- a wheel installs them as ``site-packages/uawriter/resources`` and ``.../translations``;
- an editable install (``pip install -e .``, what ``make`` does) maps the two package names
  to the folders of the checkout;
- a frozen bundle (PyInstaller) holds them as ``uawriter/resources`` and
  ``uawriter/translations`` in its ``uawriter`` package folder.

Nothing works out paths from a module's file or asks PyInstaller where it unpacked:
``tests/test_packaging_data.py`` checks.
"""

from __future__ import annotations

import importlib.resources
import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

DataRoot = Literal["resources", "translations"]


class BundledDataMissing(RuntimeError):
    """The app's own data is not installed with it (an editable install made before the data
    became packages, or a bundle that left it out)."""


@lru_cache(maxsize=2)
def data_root(name: DataRoot) -> Traversable:
    package = f"uawriter.{name}"
    try:
        # A regular package in one folder (every install and bundle): the folder, as
        # importlib.resources would give it, without importing its readers (which bring
        # zipfile: 4 ms of every export).
        spec = importlib.util.find_spec(package)
        folders = list(spec.submodule_search_locations or []) if spec else []
        if spec is not None and spec.origin and len(folders) == 1:
            return Path(folders[0])
        return importlib.resources.files(package)
    except ModuleNotFoundError as error:
        raise BundledDataMissing(
            f"UA Writer's own data ({package}) is not installed with it. In a checkout, "
            "install it again with `pip install -e .` (make does when pyproject.toml changes)."
        ) from error


def data_path(name: DataRoot, *parts: str) -> Path:
    """A real file-system path (reportlab and Qt want one); the data is never zipped.

    In a bundle that collected a data folder without its ``__init__.py``, the folder is a
    namespace package and :func:`importlib.resources.files` gives a ``MultiplexedPath`` over
    its one folder rather than a ``Path``: its entries are still real paths.
    """
    target = data_root(name).joinpath(*parts)
    if isinstance(target, Path):
        return target.resolve()
    if target.is_dir():
        for entry in target.iterdir():
            if isinstance(entry, Path):
                return entry.parent.resolve()
    raise BundledDataMissing(f"{'/'.join((name, *parts))} is not a folder on disk: {target!r}")


def bundled_packs_folder() -> Path:
    return data_path("resources", "packs")


def font_path(file_name: str) -> Path:
    return data_path("resources", "fonts", file_name)
