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
    "uawriter.channels",
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
    "rendering": {"domain", "rendering", "bundled", "channels"},
    "channels": {"domain", "channels"},
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
            if target in {
                "domain",
                "packs",
                "letters",
                "rendering",
                "channels",
                "gui",
                "engine",
                "cli",
            } and (target not in ALLOWED[layer]):
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


# Every module's place in the layers, lowest first; a module may import only modules of its
# own rank or below. A module missing here fails test_every_module_has_a_layer, so a new one
# cannot slip past the check.
RANKS: dict[str, int] = {
    # beside them all: the app's own data, the volunteer's folders, safe writes
    "__init__": 0,
    "bundled": 0,
    "paths": 0,
    "atomic": 0,
    "domain": 1,
    # the volunteer's saved files (the versioned JSON store, the tally)
    "storage": 2,
    "packs": 3,
    "letters": 4,
    "rendering": 4,
    # how a letter leaves: e-mail drafts, dialling, envelope addresses (no reportlab, no Qt)
    "channels": 4,
    "engine": 5,
    "exporting": 5,  # letters written to disk: the engine's letters, named and counted
    "session": 5,
    "pack_files": 5,
    "drafting": 5,
    "cli": 6,
    "gui": 7,
    "app": 8,
    "__main__": 8,
}


def _unit(path: Path) -> str:
    """A file's layer name: its package under uawriter, or its module name."""
    first = path.relative_to(SRC).parts[0]
    return first.removesuffix(".py")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(["uawriter", *parts])


def _uawriter_imports(path: Path) -> set[str]:
    """Every uawriter module ``path`` imports, at module level or inside a function, with
    ``from uawriter.x import y`` counted as ``uawriter.x.y`` when that is a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    package = (
        _module_name(path) if path.name == "__init__.py" else _module_name(path).rsplit(".", 1)[0]
    )
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("uawriter"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if not base.startswith("uawriter"):
                continue
            modules = {f"{base}.{a.name}" for a in node.names}
            modules = {m for m in modules if _path_of(m) is not None and "." in m}
            found.update(modules)
            if len(modules) < len(node.names):  # names defined in ``base`` itself
                found.add(base)
    return found


def _path_of(module: str) -> Path | None:
    if "." not in module:
        return SRC / "__init__.py"
    relative = Path(*module.split(".")[1:])
    for candidate in (SRC / relative.with_suffix(".py"), SRC / relative / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def test_every_module_has_a_layer() -> None:
    missing = sorted({_unit(p) for p in SRC.rglob("*.py")} - set(RANKS))
    assert missing == [], f"add these to RANKS in tests/test_layering.py: {missing}"


def test_every_module_imports_only_its_layer_and_below() -> None:
    """The whole package, not only the engine: gui above the engine, the engine above
    letters and rendering, those above packs, packs above the domain. In particular
    nothing outside gui/ and app imports gui/."""
    wrong: list[str] = []
    for path in SRC.rglob("*.py"):
        here = RANKS[_unit(path)]
        for name in _uawriter_imports(path):
            parts = name.split(".")
            if len(parts) < 2:
                continue
            target = parts[1]
            if RANKS.get(target, 99) > here:
                wrong.append(f"{path.relative_to(SRC)} imports {name}")
    assert wrong == []


def test_no_import_cycles() -> None:
    """The import graph of uawriter's modules, one node per file, has no cycle.

    File granularity is the one that matters for the window: pack_menu must not import
    main_window while main_window imports pack_menu (each was half-built when the other
    ran). Imports inside functions count too, because they still tie the two files together.
    A package's ``__init__`` re-exporting its own modules is a node of its own, and its
    modules import the package's other modules directly, so that is not a cycle.
    """
    graph: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        name = _module_name(path)
        graph[name] = {
            target
            for target in _uawriter_imports(path)
            if _path_of(target) is not None and target != name
        }
    # the package itself (uawriter/__init__) is imported by everything: leave it out
    graph = {n: {t for t in ts if t != "uawriter"} for n, ts in graph.items() if n != "uawriter"}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                cycles.append(
                    [*trail[trail.index(target) :], target] if target in trail else [node, target]
                )
            elif target not in state:
                visit(target, [*trail, target])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []
