"""The window's actions: one QAction per command, with its text, icon, shortcut and tip.

Menus and the toolbar show the same QAction objects, so enabling one enables
it everywhere. Icons come from ui/icons.py when it is there (bundled icons,
then the desktop theme, then the Qt style's own pixmaps).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QWidget

# freedesktop icon name -> Qt style pixmap when neither a bundled nor a theme icon exists
_STYLE_PIXMAPS = {
    "document-new": QStyle.StandardPixmap.SP_FileIcon,
    "document-edit": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "edit-delete": QStyle.StandardPixmap.SP_TrashIcon,
    "edit-undo": QStyle.StandardPixmap.SP_ArrowBack,
    "edit-redo": QStyle.StandardPixmap.SP_ArrowForward,
    "edit-find": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "document-import": QStyle.StandardPixmap.SP_DialogOpenButton,
    "document-export": QStyle.StandardPixmap.SP_DialogSaveButton,
    "document-save": QStyle.StandardPixmap.SP_DriveHDIcon,
    "document-revert": QStyle.StandardPixmap.SP_BrowserReload,
    "folder-open": QStyle.StandardPixmap.SP_DirOpenIcon,
    "application-exit": QStyle.StandardPixmap.SP_DialogCloseButton,
    "help-about": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "go-home": QStyle.StandardPixmap.SP_DirHomeIcon,
}


def action_icon(name: str) -> QIcon:
    try:
        from portfolio_app.ui.icons import icon
    except ImportError:
        icon = None
    if icon is not None:
        found = icon(name)
        if not found.isNull():
            return found
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    pixmap = _STYLE_PIXMAPS.get(name)
    app = QApplication.instance()
    if pixmap is not None and isinstance(app, QApplication):
        return app.style().standardIcon(pixmap)
    return QIcon()


@dataclass
class Actions:
    import_data: QAction
    export_pdf: QAction
    backup: QAction
    restore: QAction
    open_data_folder: QAction
    leave_demo: QAction
    quit: QAction
    new: QAction
    edit: QAction
    delete: QAction
    undo: QAction
    redo: QAction
    find: QAction
    about: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]


def _action(parent: QWidget, text: str, icon_name: str | None = None, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(action_icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def make_actions(window: QWidget, undo_stack) -> Actions:
    tr = window.tr
    undo = undo_stack.createUndoAction(window, tr("&Undo"))
    undo.setIcon(action_icon("edit-undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = undo_stack.createRedoAction(window, tr("&Redo"))
    redo.setIcon(action_icon("edit-redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    delete = _action(window, tr("&Delete"), "edit-delete", QKeySequence.StandardKey.Delete,
                     tr("Delete the selected records (you can undo it)"))
    quit_action = _action(window, tr("&Quit"), "application-exit", QKeySequence.StandardKey.Quit)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    about = _action(window, tr("&About Portfolio"), "help-about")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    return Actions(
        import_data=_action(window, tr("&Import…"), "document-import", None,
                            tr("Bring in contributions from a platform export or a CSV file")),
        export_pdf=_action(window, tr("&Export PDF…"), "document-export", QKeySequence("Ctrl+E"),
                           tr("Create the PDF portfolio")),
        backup=_action(window, tr("&Backup…"), "document-save", None, tr("Save a copy of your whole record")),
        restore=_action(window, tr("&Restore…"), "document-revert", None, tr("Replace your record with a backup")),
        open_data_folder=_action(window, tr("Open &data folder"), "folder-open", None,
                                 tr("Show the folder that holds your database and backups")),
        leave_demo=_action(window, tr("Back to &my record"), "go-home", None,
                           tr("Close the demo data and open your own record")),
        quit=quit_action,
        new=_action(window, tr("&New…"), "document-new", QKeySequence.StandardKey.New, tr("Add a record")),
        edit=_action(window, tr("&Edit…"), "document-edit", QKeySequence("Ctrl+Return"),
                     tr("Edit the selected record")),
        delete=delete,
        undo=undo,
        redo=redo,
        find=_action(window, tr("&Find"), "edit-find", QKeySequence.StandardKey.Find, tr("Search this list")),
        about=about,
    )


def set_unavailable(action: QAction, reason: str) -> None:
    """Disable an action whose feature is not in this build, and say why where the user looks."""
    action.setEnabled(False)
    action.setToolTip(reason)
    action.setStatusTip(reason)
