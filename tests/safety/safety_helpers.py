"""Helpers of the safety tests: other processes that hold or crash with the database, damaged files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path


def python_holding(code: str) -> subprocess.Popen:
    """Run ``code`` in another Python that prints "ready" and then waits to be killed."""
    script = textwrap.dedent(code) + "\nprint('ready', flush=True)\nimport time\ntime.sleep(120)\n"
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=os.environ.copy())
    line = process.stdout.readline().strip()
    if line != "ready":
        process.kill()
        raise AssertionError(f"helper process failed: {line} {process.stderr.read()}")
    return process


def kill9(process: subprocess.Popen) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)


def corrupt(path: Path) -> None:
    """Overwrite the middle of a (checkpointed) database file with garbage, header left intact."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page, len(data) - page, page * 2):
        data[start + 8: start + page - 8] = b"\xa5" * (page - 16)
    path.write_bytes(bytes(data))
