"""The shape issue 13 gave the code, kept: layers import downwards, no parts probed or loaded by name,
the main window a window (docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import portfolio_app

PACKAGE = Path(portfolio_app.__file__).parent
# what each layer may not import: ui and cli sit on top, domain at the bottom has neither Qt nor SQL
FORBIDDEN = {
    "domain": ("portfolio_app.ui", "portfolio_app.cli", "portfolio_app.services", "portfolio_app.storage",
               "PySide6", "sqlalchemy", "sqlmodel"),
    "storage": ("portfolio_app.ui", "portfolio_app.cli", "portfolio_app.services", "PySide6"),
    "importers": ("portfolio_app.ui", "portfolio_app.cli", "portfolio_app.services", "PySide6"),
    "report": ("portfolio_app.ui", "portfolio_app.cli", "PySide6"),
    "services": ("portfolio_app.ui", "portfolio_app.cli", "PySide6"),
    "ui": ("portfolio_app.cli",),
}


def _modules(layer: str) -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted((PACKAGE / layer).rglob("*.py"))]


def _imported(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def test_imports_point_down():
    wrong = [f"{path.relative_to(PACKAGE)}:{line} imports {name}"
             for layer, banned in FORBIDDEN.items() for path, tree in _modules(layer)
             for line, name in _imported(tree) if name.startswith(banned)]
    assert wrong == []


def _probes(tree: ast.AST) -> list[int]:
    """``hasattr(x, "name")`` and ``getattr(x, "name", default)``: asking an object what it is."""
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and (node.func.id == "hasattr" or (node.func.id == "getattr" and len(node.args) == 3))
            and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
            and not (isinstance(node.args[0], ast.Name) and node.args[0].id == "sys")]  # sys._MEIPASS: PyInstaller


def test_ui_asks_no_object_what_it_is():
    """Pages, parents, fields and results are reached through typed protocols, not probed by name."""
    assert _probes(ast.parse("if hasattr(page, 'refresh'):\n    x = getattr(parent, 'db', None)\n")) == [1, 2]
    found = [f"{path.relative_to(PACKAGE)}:{line}" for path, tree in _modules("ui") for line in _probes(tree)]
    assert found == []


def test_no_part_is_loaded_by_its_name():
    calls = [f"{path.relative_to(PACKAGE)}:{node.lineno}" for layer in ("ui", "cli", "services")
             for path, tree in _modules(layer) for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
             and node.func.id in ("feature", "import_module", "__import__")]
    assert calls == []


def test_the_main_window_stays_a_window():
    """Its parts have modules of their own (window_pages, record_switch, record_editing, window_commands,
    action_wiring); what grows the window past this belongs in one of them or a new one."""
    lines = (PACKAGE / "ui" / "main_window.py").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 250, f"main_window.py has {len(lines)} lines"
