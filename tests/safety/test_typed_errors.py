"""Refusals carry a reason the code decides on; no caller reads the message text (issue 13, item 5)."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest

import portfolio_app
from portfolio_app.errors import DatabaseRefused, RefusalReason
from portfolio_app.storage.database import open_database
from portfolio_app.storage.faults import FaultKind, StorageFault, storage_fault

PACKAGE = Path(portfolio_app.__file__).parent


def _newer(path: Path) -> None:
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()


@pytest.mark.parametrize("make, reason", [
    (lambda p: p.write_bytes(b"%PDF-1.4 not a database"), RefusalReason.NOT_SQLITE),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE songs (title TEXT)").connection.commit(),
     RefusalReason.FOREIGN),
    (_newer, RefusalReason.NEWER_SCHEMA),
    (lambda p: p.mkdir(), RefusalReason.FOLDER),
])
def test_each_refusal_names_its_reason(tmp_path, make, reason):
    path = tmp_path / "x.sqlite"
    make(path)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(path)
    assert refused.value.reason is reason


def test_sqlite_failures_are_classified_by_their_code_not_their_text(tmp_path):
    path = tmp_path / "p.sqlite"
    full = sqlite3.OperationalError("some wording SQLite may change")
    full.sqlite_errorcode = 13  # SQLITE_FULL
    assert storage_fault(full, path).kind is FaultKind.DISK_FULL
    busy = sqlite3.OperationalError("the disk is full")  # the words do not decide
    busy.sqlite_errorcode = 5  # SQLITE_BUSY
    fault = storage_fault(busy, path)
    assert isinstance(fault, StorageFault) and fault.kind is FaultKind.LOCKED


OUR_ERRORS = {"PortfolioError", "DatabaseRefused", "TranslatableRefusal", "StorageFault", "DatabaseDamaged",
              "DatabaseInUse", "ImportRefused", "ExportFailed"}


def _names(node: ast.expr | None) -> set[str]:
    if node is None:
        return set()
    items = node.elts if isinstance(node, ast.Tuple) else [node]
    return {item.id if isinstance(item, ast.Name) else getattr(item, "attr", "") for item in items}


def test_no_code_matches_the_text_of_our_own_refusals():
    """`"newer version" in str(exc)` and the like: the reason enum is the contract, not the wording.

    (Matching the text of another library's error, which offers nothing else, is not ours to change.)
    """
    offenders = []
    for source in PACKAGE.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for handler in ast.walk(tree):
            if not (isinstance(handler, ast.ExceptHandler) and handler.name and _names(handler.type) & OUR_ERRORS):
                continue
            for node in ast.walk(handler):
                if isinstance(node, ast.Compare) and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops):
                    for side in node.comparators:
                        if (isinstance(side, ast.Call) and isinstance(side.func, ast.Name) and side.func.id == "str"
                                and side.args and isinstance(side.args[0], ast.Name)
                                and side.args[0].id == handler.name):
                            offenders.append(f"{source.relative_to(PACKAGE)}:{node.lineno}")
        for function in ast.walk(tree):  # helpers that read a refusal's words instead of its reason
            if isinstance(function, ast.FunctionDef):
                text = ast.get_source_segment(source.read_text(encoding="utf-8"), function) or ""
                if "DatabaseRefused" in text and ("newer version" in text or "another program" in text) \
                        and "raise" not in text:
                    offenders.append(f"{source.relative_to(PACKAGE)}:{function.lineno}")
    assert offenders == []


ERROR_NAMES = {"error", "exc", "err", "e", "failure", "cause", "exception", "refused", "fault"}


def _error_names(tree: ast.AST) -> set[str]:
    """Names that hold an error in this module: ``except … as x``, parameters typed as an exception or
    named like one (a UI callback's ``failed(error)``)."""
    names = set(ERROR_NAMES)
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.arg) and node.annotation is not None:
            annotation = ast.unparse(node.annotation)
            if any(word in annotation for word in ("Exception", "Error", "Refus", "Fault", "Damaged", "InUse")):
                names.add(node.arg)
    return names


def _reads_text_of(node: ast.AST, errors: set[str]) -> bool:
    """``"…" in str(x)``, ``str(x) == "…"`` or ``str(x).startswith(…)`` where ``x`` holds an error."""
    def is_text_of_error(expr: ast.AST) -> bool:
        return (isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id == "str"
                and len(expr.args) == 1 and isinstance(expr.args[0], ast.Name) and expr.args[0].id in errors)

    if isinstance(node, ast.Compare) and any(isinstance(op, (ast.In, ast.NotIn, ast.Eq, ast.NotEq)) for op in node.ops):
        return any(is_text_of_error(side) for side in (node.left, *node.comparators))
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("startswith", "endswith", "find", "index", "count")):
        return is_text_of_error(node.func.value)
    return False


def text_readers(tree: ast.AST) -> list[int]:
    """Lines that read an error's message text, anywhere (a UI callback as much as an except block).

    Allowed only inside ``except`` blocks that catch nothing of ours: another library's error that
    offers no other way to tell its cases apart (csv.Error's "field larger than field limit").
    """
    errors = _error_names(tree)
    foreign: set[int] = set()
    for handler in ast.walk(tree):
        if isinstance(handler, ast.ExceptHandler) and handler.type is not None \
                and not _names(handler.type) & OUR_ERRORS:
            foreign |= {id(node) for node in ast.walk(handler)}
    return [node.lineno for node in ast.walk(tree)  # type: ignore[attr-defined]
            if _reads_text_of(node, errors) and id(node) not in foreign]


def test_the_text_check_sees_callbacks_and_every_layer():
    """It catches text matching outside except blocks too, and it reads ui/ and cli/ as well as services/."""
    callback = "def failed(error):\n    if 'newer version' in str(error):\n        pass\n"
    assert text_readers(ast.parse(callback)) == [2]
    handler = "try:\n    pass\nexcept PortfolioError as exc:\n    ok = str(exc).startswith('No')\n"
    assert text_readers(ast.parse(handler)) == [4]
    library = "try:\n    pass\nexcept csv.Error as error:\n    ok = 'field larger' in str(error)\n"
    assert text_readers(ast.parse(library)) == []
    typed = "def told(problem: DatabaseRefused):\n    return str(problem).endswith('.')\n"
    assert text_readers(ast.parse(typed)) == [2]
    not_an_error = "def link(url):\n    return '/posts/' in str(url)\n"
    assert text_readers(ast.parse(not_an_error)) == []
    layers = {source.relative_to(PACKAGE).parts[0] for source in PACKAGE.rglob("*.py")}
    assert {"ui", "cli", "services", "storage", "importers"} <= layers


def test_no_code_anywhere_reads_an_error_by_its_text():
    offenders = [f"{source.relative_to(PACKAGE)}:{line}" for source in PACKAGE.rglob("*.py")
                 for line in text_readers(ast.parse(source.read_text(encoding="utf-8")))]
    assert offenders == []
