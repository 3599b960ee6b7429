"""The work a process does while the crash test kills it, and the state that work must leave.

Generation N is one transaction: an import (a batch of contributions), an
edit of the previous batch, or a delete, plus the ledger (the profile's
headline) set to N in the same transaction. After generation N committed, the
worker appends N to an acknowledgement file. So after a kill the database must
hold exactly the state of generation G, where G is the last acknowledged
generation or the one after it (committed, not yet acknowledged), and
``expected_rows(G)`` says what that state is.

Imported at start-up by the fork server, so each killed child starts warm.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

from sqlalchemy import delete, insert, select, update

from portfolio_app.services.backup_and_restore import restore_backup
from portfolio_app.services.opening import open_for_writing
from portfolio_app.storage.migrations.upgrade import head_revision, known_revisions
from portfolio_app.storage.models import Contribution, Profile

head_revision(), known_revisions()  # load the migration scripts once, in the fork server

SOURCE = "crash-test"
C = Contribution.__table__
P = Profile.__table__


def operation(generation: int) -> str:
    if generation % 3 == 1:
        return "import"
    if generation % 6 == 2:
        return "edit"
    return "delete" if generation % 6 == 0 else "edit"


def batch_size(generation: int) -> int:
    return random.Random(generation).randint(1, 25)


_replayed: dict[int, dict[str, tuple[str, int]]] = {0: {}}  # batch -> rows, replayed up to _replayed_to
_replayed_to = [0]


def _replay(batches: dict, n: int) -> None:
    op = operation(n)
    if op == "import":
        batches[n] = {f"{n}-{i}": (f"Imported {n}/{i} – Grüße 🎉", n * 100 + i) for i in range(batch_size(n))}
    elif op == "edit":
        target = n - 1 if batches.get(n - 1) else n - 2
        for key in batches.get(target, {}):
            batches[target][key] = (f"Edited in {n}: " + "x" * (n % 50), n * 1000)
    else:
        batches.pop(n - 5, None)


def expected_rows(generation: int) -> dict[str, tuple[str, int]]:
    """source_id -> (title, reach) after generations 1..generation (replayed once, cached)."""
    if generation < _replayed_to[0]:
        _replayed.clear()
        _replayed_to[0] = 0
    for n in range(_replayed_to[0] + 1, generation + 1):
        _replay(_replayed, n)
    _replayed_to[0] = max(_replayed_to[0], generation)
    return {key: value for batch in _replayed.values() for key, value in batch.items()}


def apply_generation(db, generation: int) -> None:
    op = operation(generation)
    with db.session() as session:
        if op == "import":
            session.execute(insert(C), [
                {"date": dt.date(2024, 1, 1) + dt.timedelta(days=generation % 700), "kind": "post",
                 "title": f"Imported {generation}/{i} – Grüße 🎉", "reach": generation * 100 + i,
                 "notes": "n" * random.Random(generation).randint(0, 3000),
                 "source": SOURCE, "source_id": f"{generation}-{i}"}
                for i in range(batch_size(generation))
            ])
        elif op == "edit":
            for previous in (generation - 1, generation - 2):
                result = session.execute(
                    update(C).where(C.c.source == SOURCE, C.c.source_id.like(f"{previous}-%"))
                    .values(title=f"Edited in {generation}: " + "x" * (generation % 50), reach=generation * 1000)
                )
                if result.rowcount:
                    break
        else:
            session.execute(delete(C).where(C.c.source == SOURCE, C.c.source_id.like(f"{generation - 5}-%")))
        changed = session.execute(update(P).where(P.c.id == 1).values(headline=str(generation)))
        if not changed.rowcount:
            session.execute(insert(P).values(id=1, headline=str(generation)))


def read_generation(db) -> int:
    with db.session() as session:
        headline = session.execute(select(P.c.headline).where(P.c.id == 1)).scalar()
    return int(headline) if headline else 0


def work(db_path: str, ack_path: str) -> None:
    """Open the database like the app does (lock, check after a crash) and write generations until killed."""
    writable = open_for_writing(Path(db_path), daily_backup=False)
    generation = read_generation(writable.db)
    ack = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    while True:
        generation += 1
        apply_generation(writable.db, generation)
        os.write(ack, f"{generation}\n".encode())


def restore_forever(db_path: str, backups: list[str], ack_path: str) -> None:
    """Restore the given backups in turn until killed; each finished restore is acknowledged."""
    ack = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    index = 0
    while True:
        restore_backup(Path(backups[index % len(backups)]), Path(db_path))
        os.write(ack, f"{index % len(backups)}\n".encode())
        index += 1


IMPORT_ROWS = 40


def write_import_files(folder: Path, count: int) -> list[Path]:
    """CSV exports file-000.csv … each with IMPORT_ROWS posts whose ids say which file they came from."""
    files = []
    for k in range(count):
        path = folder / f"file-{k:03d}.csv"
        lines = ["ID,Date,Title,Views"]
        lines += [f"f{k}-{i},2024-{1 + i % 12:02d}-{1 + k % 28:02d},\"Post {k}/{i}, Grüße 🎉\",{k * 1000 + i}"
                  for i in range(IMPORT_ROWS)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files.append(path)
    return files


def imported_per_file(conn, count: int) -> list[int]:
    """How many rows of each file the database holds (sqlite3 connection)."""
    return [conn.execute("SELECT count(*) FROM contribution WHERE source_id LIKE ?", (f"f{k}-%",)).fetchone()[0]
            for k in range(count)]


def import_files(db_path: str, files: list[str]) -> None:
    """Import the files in order through the real CSV importer, skipping those already in, until killed."""
    from portfolio_app.services.backup_and_restore import backup_before_import
    from portfolio_app.services.importing import run_import

    writable = open_for_writing(Path(db_path), daily_backup=False)
    mapping = {"id": "ID", "date": "Date", "title": "Title", "impressions": "Views"}
    for k, path in enumerate(files):
        with writable.db.session() as session:
            present = session.execute(select(C.c.id).where(C.c.source_id == f"f{k}-0")).first()
        if present:
            continue
        if k % 5 == 0:
            backup_before_import(writable.db)
        run_import(writable.db, "csv", path, mapping=mapping, date_format="%Y-%m-%d")
    os._exit(0)


def backup_forever(db_path: str, folder: str) -> None:
    """Save backups (Backup… and the automatic kind, with thinning) until killed."""
    from portfolio_app.services.backup_and_restore import backup_now, save_backup_as

    n = 0
    while True:
        save_backup_as(Path(db_path), Path(folder) / f"copy-{n % 3}.sqlite")
        backup_now(Path(db_path), "before-import")
        n += 1
