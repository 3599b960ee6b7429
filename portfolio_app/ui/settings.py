"""The window's settings, in one place: window state, export defaults and the last export's choices.

Everything goes through one QSettings store, the INI format in the user's
config folder (tests point it at a temporary folder with QSettings.setPath):

- "window/": how the user left the window (geometry, splitters, table columns,
  the page shown, the dashboard's period);
- "export/": the defaults of Preferences → Export (ExportDefaults);
- "export_last/": the choices of the last PDF export (export_dialog.choices.ExportChoices).

Language and the database location are kept apart, in services/preferences.py,
because the command line reads them too; value rates live in the database.
Each value is read back typed, falling back field by field on anything unreadable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget

if TYPE_CHECKING:
    from portfolio_app.ui.export_dialog.export_choices import ExportChoices

GROUP = "window"
EXPORT_GROUP = "export"
LAST_GROUP = "export_last"
# bump when the layout of saved states changes so stale states are ignored, not misapplied
STATE_VERSION = 1


def app_settings() -> QSettings:
    """The app's settings store (organisation and application names come from QApplication)."""
    return QSettings(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        QCoreApplication.organizationName() or "Portfolio",
        QCoreApplication.applicationName() or "Portfolio",
    )


def save_state(key: str, widget: QWidget, settings: QSettings | None = None) -> None:
    """Store the state of a main window, splitter or header view under ``key``."""
    settings = settings or app_settings()
    settings.beginGroup(GROUP)
    if isinstance(widget, QMainWindow):
        settings.setValue(f"{key}/geometry", widget.saveGeometry())
        settings.setValue(f"{key}/state", widget.saveState(STATE_VERSION))
    elif isinstance(widget, (QSplitter, QHeaderView)):
        settings.setValue(f"{key}/state", widget.saveState())
    settings.endGroup()
    settings.sync()


def restore_state(key: str, widget: QWidget, settings: QSettings | None = None) -> bool:
    """Apply what save_state stored; False when nothing (usable) was stored."""
    settings = settings or app_settings()
    settings.beginGroup(GROUP)
    try:
        state = _bytes(settings.value(f"{key}/state"))
        if isinstance(widget, QMainWindow):
            geometry = _bytes(settings.value(f"{key}/geometry"))
            restored = geometry is not None and widget.restoreGeometry(geometry)
            if state:
                restored = widget.restoreState(state, STATE_VERSION) or restored
            return restored
        if isinstance(widget, (QSplitter, QHeaderView)) and state:
            return widget.restoreState(state)
        return False
    finally:
        settings.endGroup()


def save_value(key: str, value: object, settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    settings.setValue(f"{GROUP}/{key}", value)
    settings.sync()


def load_value(key: str, default: object = None, settings: QSettings | None = None) -> object:
    settings = settings or app_settings()
    return settings.value(f"{GROUP}/{key}", default)


def load_text(key: str, default: str = "", settings: QSettings | None = None) -> str:
    """A remembered text of the window; ``default`` when none (or something else) was stored."""
    value = load_value(key, default, settings)
    return value if isinstance(value, str) else default


# export defaults (Preferences → Export) -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ExportDefaults:
    """What the export dialog starts with. language "" means the language the app is shown in."""

    language: str = ""
    page_size: str = "a4"
    anonymize: bool = False
    sections: tuple[str, ...] = ()  # empty: the default sections (every one but the cover)

    def is_default(self) -> bool:
        return self == ExportDefaults()


def _flag(raw: object, default: bool) -> bool:
    return raw in (True, "true", "1", 1) if raw is not None else default


def read_export_defaults(settings: QSettings | None = None) -> ExportDefaults:
    """The saved default export options; falls back field by field on anything unreadable."""
    from portfolio_app.ui.export_dialog.export_choices import SECTION_NAMES
    from portfolio_app.ui.export_dialog.starting import locale_page_size

    settings = settings or app_settings()
    base = ExportDefaults()

    def text(key: str, allowed: tuple[str, ...], default: str) -> str:
        value = str(settings.value(f"{EXPORT_GROUP}/{key}", default) or default)
        return value if value in allowed else default

    sections = str(settings.value(f"{EXPORT_GROUP}/sections", "") or "")
    return ExportDefaults(
        language=text("language", ("", "en", "de"), base.language),
        # never chosen: the locale's paper, the same the export dialog starts with (Letter in the US)
        page_size=text("page_size", ("a4", "letter"), locale_page_size()),
        anonymize=_flag(settings.value(f"{EXPORT_GROUP}/anonymize", base.anonymize), base.anonymize),
        sections=tuple(name for name in sections.split(",") if name in SECTION_NAMES),
    )


def write_export_defaults(defaults: ExportDefaults, settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    settings.setValue(f"{EXPORT_GROUP}/language", defaults.language)
    settings.setValue(f"{EXPORT_GROUP}/page_size", defaults.page_size)
    settings.setValue(f"{EXPORT_GROUP}/anonymize", bool(defaults.anonymize))
    settings.setValue(f"{EXPORT_GROUP}/sections", ",".join(defaults.sections))
    settings.sync()


def paper_was_chosen(settings: QSettings | None = None) -> bool:
    """Whether Preferences → Export was saved once (else the paper follows the locale)."""
    return (settings or app_settings()).contains(f"{EXPORT_GROUP}/page_size")


# the last export's choices ------------------------------------------------------------------------------
def has_last_choices(settings: QSettings | None = None) -> bool:
    return (settings or app_settings()).contains(f"{LAST_GROUP}/language")


def read_last_choices(settings: QSettings | None, fallback: ExportChoices) -> ExportChoices:
    """The choices of the last export; ``fallback`` field by field for anything missing or unreadable."""
    from portfolio_app.ui.export_dialog.export_choices import (
        APPENDIX_MODES,
        PERIOD_KINDS,
        SECTION_NAMES,
        ExportChoices,
        valid_currency,
    )

    settings = settings or app_settings()
    if not has_last_choices(settings):
        return fallback

    def value(key: str, default: object) -> object:
        return settings.value(f"{LAST_GROUP}/{key}", default)

    def text(key: str, default: str, allowed: tuple[str, ...] | None = None) -> str:
        raw = value(key, default)
        raw = raw if isinstance(raw, str) else default
        return raw if allowed is None or raw in allowed else default

    def day(key: str) -> dt.date | None:
        try:
            return dt.date.fromisoformat(text(key, ""))
        except ValueError:
            return None

    try:
        employment_id = int(value("employment_id", 0) or 0) or None  # type: ignore[call-overload]
    except (TypeError, ValueError):
        employment_id = None
    sections = tuple(name for name in SECTION_NAMES if name in text("sections", "").split(","))
    currency = text("currency", fallback.currency)
    return ExportChoices(
        period_kind=text("period", fallback.period_kind, PERIOD_KINDS),
        employment_id=employment_id,
        start=day("start"),
        end=day("end"),
        sections=sections or fallback.sections,
        language=text("language", fallback.language, ("en", "de")),
        page_size=text("page_size", fallback.page_size, ("a4", "letter")),
        prepared_for=text("prepared_for", fallback.prepared_for),
        anonymize=_flag(value("anonymize", fallback.anonymize), fallback.anonymize),
        show_money=_flag(value("show_money", fallback.show_money), fallback.show_money),
        currency=currency if valid_currency(currency) else fallback.currency,
        appendix=text("appendix", fallback.appendix, APPENDIX_MODES),
        folder=text("folder", fallback.folder),
    )


def write_last_choices(settings: QSettings | None, choices: ExportChoices) -> None:
    settings = settings or app_settings()
    values = {
        "period": choices.period_kind,
        "employment_id": choices.employment_id or 0,
        "start": choices.start.isoformat() if choices.start else "",
        "end": choices.end.isoformat() if choices.end else "",
        "sections": ",".join(choices.sections),
        "language": choices.language,
        "page_size": choices.page_size,
        "prepared_for": choices.prepared_for,
        "anonymize": bool(choices.anonymize),
        "show_money": bool(choices.show_money),
        "currency": choices.currency,
        "appendix": choices.appendix,
        "folder": choices.folder,
    }
    for key, value in values.items():
        settings.setValue(f"{LAST_GROUP}/{key}", value)
    settings.sync()


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    return None
