"""Where a new export or backup is suggested: the Documents folder, else the home folder.

A home without a Documents folder (common on servers and minimal desktops)
would otherwise get a suggestion that the dialog refuses the moment it opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder when it exists, else the home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()
