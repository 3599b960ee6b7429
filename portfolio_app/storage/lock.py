"""One writer per database: a lock file next to it, held with an OS-level lock.

The operating system drops the lock when its process dies, so a lock left by
a crash never blocks anyone: the next writer takes it over. The file keeps the
owner's process id, host and start time, which serves two purposes: the
message to a second instance names who holds the database, and a file that
is still there with content when we take the lock means its owner did not shut
down cleanly (the caller then checks the database's integrity).

Within one process the lock is re-entrant (the window holds it; a restore it
starts takes it again), counted per lock file.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.errors import PortfolioError
from portfolio_app.storage.faults import READ_ONLY, FaultKind, StorageFault, storage_fault

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only (the form mypy understands)
    import msvcrt

    _LOCK_OFFSET = 1 << 30  # lock a byte far past the owner text, so others can still read who holds it

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


IN_USE = QT_TRANSLATE_NOOP(
    "storage",
    "{path} is already open in another Portfolio window or command ({owner}). "
    "Close it there first; nothing was changed.",
)
OWNER = QT_TRANSLATE_NOOP("storage", "process {pid} on {host}, since {since}")
UNKNOWN_OWNER = QT_TRANSLATE_NOOP("storage", "owner unknown")


class DatabaseInUse(StorageFault):
    """Another process writes to this database."""


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


@dataclass
class _Held:
    fd: int
    count: int
    previous_owner_crashed: bool
    previous_owner: dict


_held: dict[str, _Held] = {}
_guard = threading.Lock()


def _read_owner(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return {}
    if not text:
        return {}
    try:
        owner = json.loads(text)
    except ValueError:
        return {"raw": text[:200]}
    return owner if isinstance(owner, dict) else {}


def _describe(owner: dict) -> str:
    if "pid" not in owner:
        return UNKNOWN_OWNER
    return OWNER.format(pid=owner.get("pid"), host=owner.get("host", "?"), since=owner.get("since", "?"))


class WriterLock:
    """``with WriterLock(db_path) as lock:`` — or acquire()/release(); see the module text."""

    def __init__(self, database: Path | str):
        self.database = Path(database)
        self.path = lock_path_for(self.database)
        self._key = str(self.path.absolute())
        self.acquired = False

    @property
    def previous_owner_crashed(self) -> bool:
        """The lock file was left behind by a process that did not release it (a crash or kill)."""
        held = _held.get(self._key)
        return bool(held and held.previous_owner_crashed)

    @property
    def previous_owner(self) -> dict:
        held = _held.get(self._key)
        return dict(held.previous_owner) if held else {}

    def acquire(self) -> WriterLock:
        if self.acquired:
            return self
        with _guard:
            held = _held.get(self._key)
            if held is not None:
                held.count += 1
            else:
                _held[self._key] = self._take()
        self.acquired = True
        return self

    def _take(self) -> _Held:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise storage_fault(exc, self.path.parent) from exc
        for _attempt in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                    raise StorageFault(READ_ONLY, kind=FaultKind.READ_ONLY, path=self.path.parent) from exc
                raise storage_fault(exc, self.path) from exc
            if not _try_lock(fd):
                os.close(fd)
                raise DatabaseInUse(IN_USE, kind=FaultKind.IN_USE, path=self.database,
                                    owner=_describe(_read_owner(self.path)))
            # The previous owner may have deleted the file between our open and our lock;
            # then we hold a lock on a name nobody sees: try again with the current file.
            if os.name != "nt" and not _same_file(fd, self.path):
                _unlock(fd)
                os.close(fd)
                continue
            previous = _read_owner(self.path)
            try:
                self._write_owner(fd)
            except OSError as exc:
                if not previous:  # an empty lock file we could not fill (a full disk) must not stay behind
                    _remove(self.path)
                _unlock(fd)
                os.close(fd)
                raise storage_fault(exc, self.path) from exc
            return _Held(fd=fd, count=1, previous_owner_crashed=bool(previous), previous_owner=previous)
        raise PortfolioError(f"Could not take the lock {self.path}: it keeps changing")

    def _write_owner(self, fd: int) -> None:
        owner = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": dt.datetime.now().isoformat(timespec="seconds"),
        }
        data = json.dumps(owner).encode()
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, data)
        os.fsync(fd)

    def release(self) -> None:
        """Give the lock back; the file goes away, so the next writer sees a clean shutdown."""
        if not self.acquired:
            return
        self.acquired = False
        with _guard:
            held = _held.get(self._key)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _held[self._key]
            # Remove the name while still holding the lock (POSIX): nobody can take a lock
            # on it in between. Windows cannot remove an open file, so it goes after closing.
            if os.name != "nt":
                _remove(self.path)
            try:
                _unlock(held.fd)
            finally:
                os.close(held.fd)
            if os.name == "nt":  # pragma: no cover
                _remove(self.path)

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *_exc) -> None:
        self.release()


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass  # a lock file that stays only makes the next start check integrity


def holds_lock(database: Path | str) -> bool:
    """Whether this process holds the writer lock of ``database``."""
    return str(lock_path_for(Path(database)).absolute()) in _held


def forget_inherited_locks() -> None:
    """In a forked child: the parent's locks are not ours to release."""
    with _guard:
        _held.clear()
