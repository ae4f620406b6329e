"""Where the app's own data is: one helper, used by everything that reads bundled files.

In a wheel or a frozen bundle the top-level ``resources/`` and ``translations/`` folders are
installed as the packages ``uawriter.resources`` and ``uawriter.translations``. An editable
install from a checkout cannot map a sub-package to another folder, so there the folders are
found beside ``src/``, still through :mod:`importlib.resources`.
"""

from __future__ import annotations

import importlib.resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

DataRoot = Literal["resources", "translations"]


def data_root(name: DataRoot) -> Traversable:
    try:
        return importlib.resources.files(f"uawriter.{name}")
    except ModuleNotFoundError:
        return importlib.resources.files("uawriter").joinpath("..", "..", name)


def data_path(name: DataRoot, *parts: str) -> Path:
    """A real file-system path (reportlab and Qt want one); data is never zipped here."""
    target = data_root(name).joinpath(*parts)
    return Path(str(target)).resolve()


def bundled_packs_folder() -> Path:
    return data_path("resources", "packs")


def font_path(file_name: str) -> Path:
    return data_path("resources", "fonts", file_name)
