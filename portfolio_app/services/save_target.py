"""What a typed "Save as" path means, or why it cannot be used yet — never an exception.

A path field holds whatever the user is in the middle of typing ("/", "~x",
"report/"), so the dialogs ask this module on every keystroke and show the
reason beside the field; only a complete, usable path enables the button.
``read_target`` does the same for a file to be read (the import wizard).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP

NO_PATH = QT_TRANSLATE_NOOP("save_target", "Choose where to save the file.")
NO_FILE_NAME = QT_TRANSLATE_NOOP("save_target", "Add a file name after the folder.")
BAD_CHARACTER = QT_TRANSLATE_NOOP("save_target", "A file name cannot contain a NUL character.")
TOO_LONG = QT_TRANSLATE_NOOP("save_target", "The path is longer than any file system allows.")
NO_SUCH_USER = QT_TRANSLATE_NOOP("save_target", "%1 names no user's home folder on this computer.")
NO_FOLDER = QT_TRANSLATE_NOOP("save_target", "The folder %1 does not exist.")
IS_FOLDER = QT_TRANSLATE_NOOP("save_target", "%1 is a folder; add a file name.")
NOT_FOUND = QT_TRANSLATE_NOOP("save_target", "There is no file or folder at %1.")

MAX_PATH_BYTES = 4096


@dataclass(frozen=True)
class Target:
    """The usable path, or the reason (a marked template) and the text that fills its %1."""

    path: Path | None
    problem: str = ""
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.path is not None


def _refused(problem: str, detail: str = "") -> Target:
    return Target(None, problem, detail)


def _expanded(text: str, base: Path | None) -> Target:
    """The text as an absolute path (``~`` expanded, relative to ``base``), or why it is none."""
    text = text.strip()
    if not text:
        return _refused(NO_PATH)
    if "\x00" in text:
        return _refused(BAD_CHARACTER)
    if len(text.encode("utf-8", "surrogateescape")) > MAX_PATH_BYTES:
        return _refused(TOO_LONG)
    try:
        path = Path(text).expanduser()
    except RuntimeError:  # "~someone" where no such user exists
        return _refused(NO_SUCH_USER, text.split("/", 1)[0])
    if not path.is_absolute():
        path = (base or Path.home()) / path
    return Target(path)


def save_target(text: str, suffix: str, *, base: Path | None = None, check_disk: bool = True) -> Target:
    """The file to write for ``text``, with ``suffix`` (".pdf") added when the name lacks it.

    With ``check_disk`` it also asks what the disk can answer now: whether the
    folder exists and whether the name is taken by a folder. Without, only the
    text is judged (the writer reports what the disk says when it writes).
    """
    expanded = _expanded(text, base)
    if not expanded.ok:
        return expanded
    path = expanded.path
    assert path is not None
    typed_name = re.split(r"[/\\]", text.strip())[-1]
    home_only = typed_name.startswith("~") and typed_name == text.strip()  # "~" or "~alex": a home folder
    if typed_name in ("", ".", "..") or home_only or path.name in ("", ".", ".."):
        return _refused(NO_FILE_NAME)
    if path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    if not check_disk:
        return Target(path)
    try:
        if path.is_dir():
            return _refused(IS_FOLDER, str(path))
        if not path.parent.is_dir():
            return _refused(NO_FOLDER, str(path.parent))
    except OSError:  # a name the file system refuses (too long a component, no permission)
        return _refused(NO_FOLDER, str(path.parent))
    return Target(path)


def read_target(text: str, *, base: Path | None = None) -> Target:
    """The file or folder to read for ``text``, when it exists."""
    expanded = _expanded(text, base)
    if not expanded.ok:
        return expanded
    path = expanded.path
    assert path is not None
    try:
        exists = path.exists()
    except OSError:
        exists = False
    return Target(path) if exists else _refused(NOT_FOUND, str(path))
