"""Remembering how the user left the window: geometry, splitters, table columns.

Everything goes through QSettings in the INI format in the user's config
folder (tests point it at a temporary folder with QSettings.setPath). Keys are
grouped under "window/" so the preferences of other parts of the app stay apart.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget

GROUP = "window"
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
            restored = bool(geometry) and widget.restoreGeometry(geometry)
            if state:
                restored = widget.restoreState(state, STATE_VERSION) or restored
            return restored
        if isinstance(widget, (QSplitter, QHeaderView)) and state:
            return widget.restoreState(state)
        return False
    finally:
        settings.endGroup()


def save_value(key: str, value, settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    settings.setValue(f"{GROUP}/{key}", value)
    settings.sync()


def load_value(key: str, default=None, settings: QSettings | None = None):
    settings = settings or app_settings()
    return settings.value(f"{GROUP}/{key}", default)


def _bytes(value) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    return None
