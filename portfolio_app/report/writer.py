"""Whole or nothing: the PDF is written next to its target and renamed into place.

A failure (folder not writable, disk full, target locked by a viewer) removes
the temporary file and leaves any existing PDF exactly as it was.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.errors import PortfolioError
from portfolio_app.storage.leftovers import remove_leftovers, temporary_name

CANNOT_WRITE = QT_TRANSLATE_NOOP("export", "Cannot write the PDF to {path}: {reason}")
CANNOT_REPLACE = QT_TRANSLATE_NOOP(
    "export", "Cannot replace {path}: {reason}. Is it open in another program? The existing file is unchanged."
)
NO_FOLDER = QT_TRANSLATE_NOOP("export", "The folder {folder} does not exist")
IS_FOLDER = QT_TRANSLATE_NOOP("export", "{path} is a folder; choose a file name for the PDF")


class ExportFailed(PortfolioError):
    """The PDF could not be written; any earlier file at the target is intact."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def write_atomically(target: Path, produce: Callable[[BinaryIO], None]) -> Path:
    """Call ``produce`` with a binary file, then move the file to ``target`` in one step."""
    target = Path(target).expanduser().absolute()
    folder = target.parent
    if not folder.is_dir():
        raise ExportFailed(NO_FOLDER.format(folder=folder))
    if target.is_dir():  # checked first: replacing it would fail with a misleading reason
        raise ExportFailed(IS_FOLDER.format(path=target))
    remove_leftovers(folder)  # what a killed export left here
    temporary = temporary_name(target, ".part")
    try:
        # not mkstemp: its 0600 would keep the PDF from anyone the user shares the folder with; the umask decides
        handle = os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                                   0o666), "wb")
    except OSError as exc:
        raise ExportFailed(CANNOT_WRITE.format(path=target, reason=_reason(exc))) from exc
    try:
        try:
            with handle:
                produce(handle)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise ExportFailed(CANNOT_WRITE.format(path=target, reason=_reason(exc))) from exc
        try:
            if target.exists() and not os.access(target, os.W_OK):
                raise PermissionError(13, "the file is read-only")
            os.replace(temporary, target)
        except OSError as exc:
            raise ExportFailed(CANNOT_REPLACE.format(path=target, reason=_reason(exc))) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target
