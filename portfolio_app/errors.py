"""Errors the user is meant to read. Their message says what and where, in one line.

Every layer may raise these; the CLI prints the message and exits 1, the GUI
shows it in a dialog. Anything else is a bug: it goes to the log with its
traceback.
"""

from __future__ import annotations


class PortfolioError(Exception):
    """A refusal or failure the user can act on."""


class DatabaseRefused(PortfolioError):
    """The file is not one we may open: not SQLite, not ours, or from a newer app."""


class NotFound(PortfolioError):
    """A record that was asked for does not exist (any more)."""


class ValidationError(PortfolioError):
    """Field-level problems: maps field name to a translatable reason."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {reason}" for field, reason in self.errors.items()))


class HasDependents(PortfolioError):
    """A delete would leave contributions pointing nowhere; the caller must choose to detach them."""

    def __init__(self, message: str, count: int):
        self.count = count
        super().__init__(message)
