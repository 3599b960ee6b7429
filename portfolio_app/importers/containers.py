"""Reading files out of a folder, a .zip or a .tar.gz without unpacking to disk.

Every stream is counted and capped, so a 2 GB file or a zip bomb is refused
with a message instead of filling memory, and every low-level failure
(corrupt archive, truncated gzip) becomes one ImportRefused naming the file.
"""

from __future__ import annotations

import io
import lzma
import os
import stat
import tarfile
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.importers.base import ImportRefused, ProgressHook

MAX_INPUT_BYTES = 1 << 30
"""No single export file above 1 GiB is read: far above any real archive's posts file."""

# RuntimeError: zipfile's answer to encrypted members and unknown compression methods
_READ_ERRORS = (OSError, EOFError, zlib.error, lzma.LZMAError, zipfile.BadZipFile, tarfile.TarError, ValueError,
                RuntimeError)

NOT_FOUND = QT_TRANSLATE_NOOP("importers", "the file does not exist")
NOT_ARCHIVE = QT_TRANSLATE_NOOP("importers", "not a readable {kind} archive ({error})")
UNREADABLE = QT_TRANSLATE_NOOP("importers", "the file cannot be read ({error})")
TOO_LARGE = QT_TRANSLATE_NOOP("importers", "the file is larger than {limit} MB; no export file is that big")
MISSING_MEMBER = QT_TRANSLATE_NOOP("importers", "the export does not contain {expected}")
NOT_REGULAR = QT_TRANSLATE_NOOP(
    "importers",
    "not a file or folder but a pipe, device or socket, which could block for ever; choose the export file")


class CountingReader(io.RawIOBase):
    """Counts bytes, stops at the cap, reports progress, turns read errors into refusals."""

    def __init__(self, raw: BinaryIO, name: str, total: int, limit: int, progress: ProgressHook | None):
        self._raw = raw
        self.name = name
        self.total = total
        self.limit = limit
        self.done = 0
        self._progress = progress
        self._reported = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            data = self._raw.read(len(buffer))
        except _READ_ERRORS as error:
            raise ImportRefused(UNREADABLE, self.name, error=_short(error)) from error
        count = len(data)
        buffer[:count] = data
        self.done += count
        if self.done > self.limit:
            raise ImportRefused(TOO_LARGE, self.name, limit=self.limit >> 20)
        if self._progress and (self.done - self._reported >= 1 << 20 or count == 0):
            self._reported = self.done
            self._progress(self.done, self.total)
        return count


def _short(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return text.splitlines()[0][:200]


class Container(ABC):
    """A set of named files: a folder, a .zip or a .tar.gz; names use '/'."""

    def __init__(self, path: Path):
        self.path = path
        self.label = path.name

    @abstractmethod
    def names(self) -> list[str]: ...

    @abstractmethod
    def size(self, name: str) -> int: ...

    @abstractmethod
    def modified(self, name: str) -> date | None: ...

    @abstractmethod
    def _open_raw(self, name: str) -> BinaryIO: ...

    @property
    def picked(self) -> str | None:
        """The one file the user picked, when a file and not a folder or archive was given."""
        return None

    def display(self, name: str) -> str:
        return f"{self.label}/{name}" if name else self.label

    def main(self, *suffixes: str) -> str | None:
        """The file to read: the picked file whatever its name, else the member found by name."""
        return self.picked or self.find(*suffixes)

    def find(self, *suffixes: str) -> str | None:
        """The shortest member path ending with a suffix, any case (archives nest folders)."""
        names = self.names()
        for suffix in suffixes:
            suffix = suffix.lower()
            matches = sorted(n for n in names if n.lower() == suffix or n.lower().endswith("/" + suffix))
            if matches:
                return min(matches, key=len)
        return None

    @contextmanager
    def open_binary(self, name: str, progress: ProgressHook | None = None,
                    limit: int = MAX_INPUT_BYTES) -> Iterator[io.BufferedReader]:
        display = self.display(name)
        size = self.size(name)
        if size > limit:
            raise ImportRefused(TOO_LARGE, display, limit=limit >> 20)
        try:
            raw = self._open_raw(name)
        except _READ_ERRORS as error:
            raise ImportRefused(UNREADABLE, display, error=_short(error)) from error
        reader: io.BufferedReader = io.BufferedReader(CountingReader(raw, display, size, limit, progress), 1 << 16)
        try:
            yield reader
        finally:
            raw.close()


class FolderContainer(Container):
    def __init__(self, path: Path):
        super().__init__(path)
        self._names: list[str] | None = None

    def names(self) -> list[str]:
        if self._names is None:
            found = []
            # Only a few levels deep: an unpacked archive, not a whole home folder.
            for root, dirs, files in os.walk(self.path):
                depth = len(Path(root).relative_to(self.path).parts)
                if depth >= 3:
                    dirs[:] = []
                for file in files:
                    found.append(Path(root, file).relative_to(self.path).as_posix())
            self._names = found
        return self._names

    def size(self, name: str) -> int:
        try:
            info = (self.path / name).stat()
        except OSError as error:  # e.g. a symbolic link that loops
            raise ImportRefused(UNREADABLE, self.display(name), error=_short(error)) from error
        if not stat.S_ISREG(info.st_mode):  # reading a FIFO named like an export would wait for ever
            raise ImportRefused(NOT_REGULAR, self.display(name))
        return info.st_size

    def modified(self, name: str) -> date | None:
        return datetime.fromtimestamp((self.path / name).stat().st_mtime).date()

    def _open_raw(self, name: str) -> BinaryIO:
        return open(self.path / name, "rb")


class SingleFileContainer(FolderContainer):
    """A file picked on its own: that file and nothing else, whatever it is called.

    Its neighbours are never searched: a `Shares.csv` beside a picked
    `Shares (1).csv` must not be read instead of it (nor an old account.js
    beside a picked tweets.js). Folders and archives are searched; a file is not.
    """

    def __init__(self, path: Path):
        super().__init__(path.parent)
        self.file_name = path.name
        self.label = path.parent.name or str(path.parent)

    @property
    def picked(self) -> str | None:
        return self.file_name

    def names(self) -> list[str]:
        return [self.file_name]

    def display(self, name: str) -> str:
        return name

    def find(self, *suffixes: str) -> str | None:
        return None


class ZipContainer(Container):
    def __init__(self, path: Path):
        super().__init__(path)
        try:
            self._zip = zipfile.ZipFile(path)
        except _READ_ERRORS as error:
            raise ImportRefused(NOT_ARCHIVE, path.name, kind="zip", error=_short(error)) from error
        self._infos = {info.filename: info for info in self._zip.infolist() if not info.is_dir()}

    def names(self) -> list[str]:
        return list(self._infos)

    def size(self, name: str) -> int:
        return self._infos[name].file_size

    def modified(self, name: str) -> date | None:
        try:
            return date(*self._infos[name].date_time[:3])
        except ValueError:
            return None

    def _open_raw(self, name: str) -> BinaryIO:
        return self._zip.open(self._infos[name])  # type: ignore[return-value]

    def close(self) -> None:
        self._zip.close()


class TarContainer(Container):
    def __init__(self, path: Path):
        super().__init__(path)
        try:
            self._tar = tarfile.open(path, "r:*")
            members = self._tar.getmembers()
        except _READ_ERRORS as error:
            raise ImportRefused(NOT_ARCHIVE, path.name, kind="tar", error=_short(error)) from error
        self._members = {m.name.removeprefix("./"): m for m in members if m.isfile()}

    def names(self) -> list[str]:
        return list(self._members)

    def size(self, name: str) -> int:
        return self._members[name].size

    def modified(self, name: str) -> date | None:
        return datetime.fromtimestamp(self._members[name].mtime).date()

    def _open_raw(self, name: str) -> BinaryIO:
        handle = self._tar.extractfile(self._members[name])
        if handle is None:
            raise OSError("not a regular file")
        return handle  # type: ignore[return-value]

    def close(self) -> None:
        self._tar.close()


def _looks_like(path: Path, magic: bytes) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(magic)) == magic


@contextmanager
def open_container(path: str | os.PathLike[str]) -> Iterator[Container]:
    """Open what the user picked: a folder, a .zip, a .tar(.gz) or one plain file."""
    path = Path(path)
    if not path.exists():
        raise ImportRefused(NOT_FOUND, str(path))
    if not path.is_dir() and not path.is_file():
        raise ImportRefused(NOT_REGULAR, str(path))
    if path.is_dir():
        yield FolderContainer(path)
        return
    name = path.name.lower()
    try:
        is_zip = name.endswith(".zip") or _looks_like(path, b"PK\x03\x04")
        is_tar = name.endswith((".tar.gz", ".tgz", ".tar")) or _looks_like(path, b"\x1f\x8b")
    except OSError as error:
        raise ImportRefused(UNREADABLE, path.name, error=_short(error)) from error
    if is_zip:
        container: ZipContainer | TarContainer = ZipContainer(path)
    elif is_tar:
        container = TarContainer(path)
    else:
        yield SingleFileContainer(path)
        return
    try:
        yield container
    finally:
        container.close()


NOT_UTF8 = QT_TRANSLATE_NOOP("importers", "the file is not UTF-8 text")


class _TrackedBinary(io.BufferedIOBase):
    """Hands bytes to the text decoder and remembers how many lines came before the last chunk."""

    def __init__(self, binary: io.BufferedReader):
        super().__init__()
        self._binary = binary
        self.lines_before_last = 0
        self._last = b""

    @property
    def name(self) -> str:  # the file's name in messages, as TextIOWrapper expects of its buffer
        return self._binary.name

    def readable(self) -> bool:
        return True

    def _track(self, data: bytes) -> bytes:
        self.lines_before_last += self._last.count(b"\n")
        self._last = data
        return data

    def read(self, size: int | None = -1) -> bytes:
        return self._track(self._binary.read(size))

    def read1(self, size: int = -1) -> bytes:
        return self._track(self._binary.read1(size))


class TextSource:
    """UTF-8 text (a BOM is dropped, line ends kept for the CSV module); bad bytes name their line."""

    def __init__(self, binary: io.BufferedReader, name: str):
        self.name = name
        self._tracked = _TrackedBinary(binary)
        self._text = io.TextIOWrapper(self._tracked, encoding="utf-8-sig", errors="strict", newline="")

    def _refuse(self, error: UnicodeDecodeError) -> ImportRefused:
        # the failing bytes are in the chunk read last; no line break hides in an unfinished character
        data = error.object if isinstance(error.object, (bytes, bytearray)) else b""
        line = self._tracked.lines_before_last + bytes(data[: error.start]).count(b"\n") + 1
        return ImportRefused(NOT_UTF8, self.name, line)

    def read(self, size: int = -1) -> str:
        try:
            return self._text.read(size)
        except UnicodeDecodeError as error:
            raise self._refuse(error) from error

    def readline(self, size: int = -1) -> str:
        try:
            return self._text.readline(size)
        except UnicodeDecodeError as error:
            raise self._refuse(error) from error


def text_reader(binary: io.BufferedReader, name: str) -> TextSource:
    return TextSource(binary, name)
