"""The app icon and action icons.

The app icon is built from the PNG sizes in resources/icons (rendered once
from portfolio-app.svg by ``python -m portfolio_app.devtools.icons``), so Qt
never needs its SVG plugin to show it. Action icons come from
resources/icons/<name>.svg|.png when we ship one, else from the desktop's
icon theme (freedesktop names such as "document-save"), else from the Qt
style's built-in pixmaps, so every platform shows something sensible.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from portfolio_app.resources import resource_path

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# freedesktop theme name -> Qt's built-in pixmap, for platforms without an icon theme
_STYLE_FALLBACKS = {
    "document-new": QStyle.StandardPixmap.SP_FileIcon,
    "document-open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "document-save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "document-save-as": QStyle.StandardPixmap.SP_DialogSaveButton,
    "document-export": QStyle.StandardPixmap.SP_ArrowForward,
    "document-import": QStyle.StandardPixmap.SP_ArrowBack,
    "edit-delete": QStyle.StandardPixmap.SP_TrashIcon,
    "edit-undo": QStyle.StandardPixmap.SP_ArrowBack,
    "edit-redo": QStyle.StandardPixmap.SP_ArrowForward,
    "view-refresh": QStyle.StandardPixmap.SP_BrowserReload,
    "help-about": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "dialog-information": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "dialog-warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "dialog-error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "application-exit": QStyle.StandardPixmap.SP_DialogCloseButton,
    "folder": QStyle.StandardPixmap.SP_DirIcon,
    "folder-open": QStyle.StandardPixmap.SP_DirOpenIcon,
    "go-up": QStyle.StandardPixmap.SP_ArrowUp,
    "go-down": QStyle.StandardPixmap.SP_ArrowDown,
    "edit-copy": QStyle.StandardPixmap.SP_FileDialogDetailedView,
}


@cache
def app_icon() -> QIcon:
    """The Portfolio mark in every size we ship (window title bars, task bars, docks)."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        path = resource_path("icons", f"portfolio-{size}.png")
        if path.is_file():
            result.addFile(str(path))
    return result


def icon(name: str) -> QIcon:
    """An action icon by freedesktop name; an empty icon when nothing fits (Qt then shows text only)."""
    for suffix in (".svg", ".png"):
        path = resource_path("icons", name + suffix)
        if path.is_file():
            return QIcon(str(path))
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    pixmap = _STYLE_FALLBACKS.get(name)
    app = QApplication.instance()
    if pixmap is not None and isinstance(app, QApplication):
        return app.style().standardIcon(pixmap)
    return QIcon()
