"""The import service's messages on screen: markers translated, numbers and dates in the user's locale.

The importers and the import service mark their texts with QT_TRANSLATE_NOOP
in a few contexts; the wizard translates them here at display time.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from portfolio_app.errors import PortfolioError
from portfolio_app.ui.tables.format import format_date
from portfolio_app.ui.text_fill import fill

if TYPE_CHECKING:
    from portfolio_app.importers.base import ImportRefused, RowProblem

# where the service layer files its marked texts, in the order they are tried
MARKER_CONTEXTS = ("importers", "importing", "validation", "enum", "storage", "backups")


def translate_marker(text: str) -> str:
    """A marked English text in the user's language (unchanged when no translation has it)."""
    for context in MARKER_CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def _filled(template: str, args: dict[str, object]) -> str:
    values = {name: translate_marker(value) if name == "reason" and isinstance(value, str) else value
              for name, value in args.items()}
    try:
        return translate_marker(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return translate_marker(template)


def located(file: str | None, line: int | None, detail: str) -> str:
    """ "file, line 3: detail" in the user's language."""
    if file and line:
        return fill(QCoreApplication.translate("ImportWizard", "%1, line %2: %3"), file, number(line), detail)
    if file:
        return fill(QCoreApplication.translate("ImportWizard", "%1: %2"), file, detail)
    return detail


def problem_text(problem: RowProblem) -> str:
    """A RowProblem (a row left out, or a note) as one line."""
    return located(problem.file, problem.line, _filled(problem.reason, dict(problem.args)))


def problem_detail(problem: RowProblem) -> str:
    """A RowProblem's reason without its place."""
    return _filled(problem.reason, dict(problem.args))


def refusal_text(error: ImportRefused) -> str:
    """An ImportRefused (the whole file is unusable) as one line naming file and line."""
    return located(error.file, error.line, _filled(error.reason, dict(error.args_)))


def fault_text(error: PortfolioError) -> str:
    """An error with a message template (a StorageFault and its kin) in the user's language."""
    return _filled(error.template or str(error), dict(error.params))


def number(value: int) -> str:
    return QLocale().toString(int(value))


def short_date(day: dt.date) -> str:
    """A date as the tables show it: the locale's short format with the full year (05.03.2024, not 05.03.24)."""
    return format_date(day)
