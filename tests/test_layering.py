"""The engine must stay free of Qt, so the CLI starts fast and the engine tests alone."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import uawriter

SRC = Path(uawriter.__file__).parent
GUI_LAYER = {"gui", "app.py", "__main__.py"}
ENGINE_MODULES = [
    "uawriter.domain",
    "uawriter.packs",
    "uawriter.letters",
    "uawriter.rendering",
    "uawriter.engine",
    "uawriter.cli",
]


def test_importing_the_engine_loads_no_qt() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in ENGINE_MODULES)
        + "from uawriter.cli import run\n"
        + "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        + "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"engine imported Qt: {result.stdout}"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _layer(path: Path) -> str:
    return path.relative_to(SRC).parts[0]


def test_no_engine_file_imports_pyside_even_lazily() -> None:
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if _layer(path) not in GUI_LAYER
        and any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imports(path))
    ]
    assert offenders == []


# Each layer may import only the layers before it: domain -> packs -> letters/rendering.
ALLOWED = {
    "domain": {"domain"},
    "packs": {"domain", "packs"},
    "letters": {"domain", "packs", "letters"},
    "rendering": {"domain", "rendering", "bundled"},
}


def test_layers_depend_one_way() -> None:
    wrong: list[str] = []
    for path in SRC.rglob("*.py"):
        layer = _layer(path)
        if layer not in ALLOWED:
            continue
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] != "uawriter" or len(parts) < 2:
                continue
            target = parts[1]
            if target in {"domain", "packs", "letters", "rendering", "gui", "engine", "cli"} and (
                target not in ALLOWED[layer]
            ):
                wrong.append(f"{path.relative_to(SRC)} imports {name}")
    assert wrong == []


def test_reportlab_waits_until_the_first_pdf() -> None:
    """The window appears sooner when reportlab loads with the first preview, not at start."""
    code = (
        "import sys\n"
        "import uawriter.engine, uawriter.cli, uawriter.session\n"
        "print(any(m.split('.')[0] == 'reportlab' for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
