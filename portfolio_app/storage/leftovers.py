"""Temporary files a killed process left behind, removed at the next start.

Everything written whole-or-not-at-all (backups, restores, PDF and CSV
exports) goes to a hidden temporary name beside its target first and is
renamed when complete, so a ``kill -9`` leaves that temporary file behind. The
name carries the writer's process id: ``.<target>.<pid>-<random>.part`` (or
``.partial``). The next writer that looks at the folder removes those whose
process is gone — the database folder and its backups at every start, an
export folder at every export. Names without a process id (written by earlier
versions in their own patterns), and all of them where a process cannot be
asked about (Windows), go once they are an hour old. Other programs' files are
never touched.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import time
from pathlib import Path

SUFFIXES = (".part", ".partial")
STALE_SECONDS = 3600  # a copy still unfinished after an hour was cut off by a crash
_WITH_PID = re.compile(r"^\..+\.(?P<pid>\d+)-[0-9a-f]{8}\.(?:part|partial)$")
# what earlier versions wrote: a database copy, a CSV export, a PDF export (tempfile's 8 characters)
_EARLIER = re.compile(r"^\..+(?:\.sqlite\.partial|\.[0-9a-f]{8}\.partial|\.[a-z0-9_]{8}\.part)$")


def temporary_name(target: Path, suffix: str) -> Path:
    """Where to write ``target`` before renaming it into place: hidden, beside it, naming this process."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{suffix}")


def _process_gone(pid: int) -> bool | None:
    if os.name == "nt":  # os.kill would end the process there
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, another user's
        return False
    return False


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files in ``folder`` whose writer is gone; return what went."""
    try:
        candidates = [p for p in Path(folder).iterdir() if p.name.startswith(".") and p.name.endswith(SUFFIXES)]
    except OSError:
        return []
    removed, now = [], time.time()
    for path in candidates:
        match = _WITH_PID.match(path.name)
        if not match and not _EARLIER.match(path.name):
            continue  # not a name we write: another program's
        gone = _process_gone(int(match["pid"])) if match else None
        with contextlib.suppress(OSError):
            if gone is None:
                gone = path.is_file() and now - path.stat().st_mtime > STALE_SECONDS
            if gone and path.is_file():
                path.unlink()
                removed.append(path)
    return removed
