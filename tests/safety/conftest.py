"""Fixtures of the safety tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from safety_helpers import kill9, python_holding


@pytest.fixture
def other_writer():
    """Start another process that holds the writer lock of a database; killed at the end."""
    started = []

    def start(database: Path) -> subprocess.Popen:
        process = python_holding(f"""
            from portfolio_app.storage.lock import WriterLock
            WriterLock({str(database)!r}).acquire()
        """)
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            kill9(process)
