"""The code stays clean for the tools: ruff (style, imports, likely bugs) and mypy (types) over portfolio_app/.

The rules are in pyproject.toml ([tool.ruff], [tool.mypy]); a finding names
the file, the line and the rule. `.venv/bin/ruff check --fix portfolio_app`
repairs the mechanical ones (import order, old syntax). Every module is
checked and ui/ is fully annotated: no override may exempt a module of ours.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_tool(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing():
    pytest.importorskip("ruff", reason="part of the test extra: pip install -e '.[test]'")
    result = run_tool("ruff", "check", "--no-cache", "--output-format", "concise", "portfolio_app")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing():
    pytest.importorskip("mypy", reason="part of the test extra: pip install -e '.[test]'")
    result = run_tool("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


# settings that would let a module of ours skip (part of) the check
_EXEMPTING = {"ignore_errors": True, "disallow_untyped_defs": False, "disallow_incomplete_defs": False,
              "check_untyped_defs": False, "follow_imports": "skip"}


def _mypy_config() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["tool"]["mypy"]


def _modules(override: dict) -> list[str]:
    module = override["module"]
    return [module] if isinstance(module, str) else list(module)


def test_no_module_of_ours_is_exempt_from_the_type_check():
    exempt = [
        (module, setting)
        for override in _mypy_config().get("overrides", [])
        for module in _modules(override) if module.startswith("portfolio_app")
        for setting, value in _EXEMPTING.items() if override.get(setting) == value
    ]
    assert exempt == [], "fix the module's types (or annotate it) instead of exempting it"


def test_ui_is_checked_fully_annotated():
    ui = [o for o in _mypy_config().get("overrides", []) if "portfolio_app.ui.*" in _modules(o)]
    assert ui and all(o.get("disallow_untyped_defs") is True and o.get("disallow_incomplete_defs") is True
                      for o in ui)
