"""The code stays clean for the tools: ruff (style, imports, likely bugs) over portfolio_app/.

The rules are in pyproject.toml ([tool.ruff]); a finding names the file, the
line and the rule. `.venv/bin/ruff check --fix portfolio_app` repairs the
mechanical ones (import order, old syntax).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_tool(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing():
    pytest.importorskip("ruff", reason="part of the test extra: pip install -e '.[test]'")
    result = run_tool("ruff", "check", "--no-cache", "--output-format", "concise", "portfolio_app")
    assert result.returncode == 0, result.stdout + result.stderr
