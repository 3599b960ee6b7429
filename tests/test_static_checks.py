"""The code stays clean for the tools: ruff (style, imports, likely bugs) and mypy (types) over portfolio_app/.

The rules are in pyproject.toml ([tool.ruff], [tool.mypy]); a finding names
the file, the line and the rule. `.venv/bin/ruff check --fix portfolio_app`
repairs the mechanical ones (import order, old syntax). ui/ must be fully
annotated; the modules written down when the type check came in may only
leave their lists, never join them.
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


# how many modules each list held when the type check came in (2026-11-30)
MAX_SKIPPED, MAX_UNANNOTATED = 61, 25


def test_the_lists_of_exempt_modules_only_shrink():
    with open(ROOT / "pyproject.toml", "rb") as handle:
        overrides = tomllib.load(handle)["tool"]["mypy"]["overrides"]
    skipped = [module for o in overrides if o.get("ignore_errors") for module in o["module"]]
    unannotated = [module for o in overrides if o.get("disallow_untyped_defs") is False for module in o["module"]]
    assert len(skipped) <= MAX_SKIPPED, "fix the type errors of new code instead of skipping its module"
    assert len(unannotated) <= MAX_UNANNOTATED, "annotate new ui code instead of exempting its module"
    assert not any(module.endswith("*") for module in skipped + unannotated), "name modules one by one"
