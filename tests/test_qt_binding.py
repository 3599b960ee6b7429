"""The Qt binding itself must not corrupt the interpreter.

PySide6 6.12.0 on CPython 3.11 released a reference to None on every Qt call
that returns nothing; after some hundred thousand calls Python aborts with
"none_dealloc". pyproject.toml keeps that release out; this catches a binding
with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_qt_calls_returning_nothing_keep_none_alive():
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        probe.setObjectName("probe")
    assert abs(sys.getrefcount(None) - before) < 100
