"""Errors in the user's language.

Services raise PortfolioError subclasses; those that carry a message template
and its parameters (storage.faults.StorageFault and its kin) are translated
here, the rest are shown as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from portfolio_app.ui.text_fill import fill

if TYPE_CHECKING:
    from portfolio_app.services.save_target import Target

# where the services keep their message templates (see storage.faults.StorageFault)
MESSAGE_CONTEXTS = ("storage", "backups", "csv_export")


def translated_message(error: BaseException) -> str:
    """A PortfolioError's message in the user's language when it carries a template (StorageFault)."""
    from portfolio_app.errors import PortfolioError

    if not isinstance(error, PortfolioError) or not error.template:
        return str(error)
    template, params = error.template, error.params
    for context in MESSAGE_CONTEXTS:
        translated = QCoreApplication.translate(context, template)
        if translated != template:
            break
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(error)


def target_problem(target: Target) -> str:
    """Why a typed path (services.save_target.Target) cannot be used yet, in the user's language."""
    if target.ok:
        return ""
    return fill(QCoreApplication.translate("save_target", target.problem), target.detail)
