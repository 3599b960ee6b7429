"""The window's actions: one QAction per command, with its text, icon, shortcut and tip.

Menus and the toolbar show the same QAction objects, so enabling one enables
it everywhere. Icons come from resources/icons when we ship one, else from
the desktop's icon theme, else they are line icons drawn here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPalette, QPixmap, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QWidget
from shiboken6 import isValid

# Line icons drawn for the app (24×24 SVG, stroked in the palette's text colour), used when the
# desktop has no icon theme (Windows, macOS, bare X): the Qt style's generic pixmaps look foreign.
_SHAPES = {
    "document-new": '<path d="M12 5v14M5 12h14"/>',
    "document-edit": '<path d="M4 20l1-5L15.5 4.5a2.1 2.1 0 0 1 3 3L8 18z"/><path d="M13.5 6.5l3 3"/>',
    "edit-delete": '<path d="M4 7h16M10 7V4h4v3M6 7l1 13h10l1-13M10 11v6M14 11v6"/>',
    "edit-undo": '<path d="M9 13L4 8l5-5"/><path d="M4 8h10a6 6 0 0 1 0 12h-4"/>',
    "edit-redo": '<path d="M15 13l5-5-5-5"/><path d="M20 8H10a6 6 0 0 0 0 12h4"/>',
    "edit-find": '<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l5 5"/>',
    "document-import": '<path d="M12 3v11M7.5 9.5L12 14l4.5-4.5"/><path d="M4 15v4h16v-4"/>',
    "document-export": '<path d="M12 14V3M7.5 7.5L12 3l4.5 4.5"/><path d="M4 15v4h16v-4"/>',
    "document-save": '<rect x="4" y="4" width="16" height="5" rx="1"/><path d="M5 9v10h14V9M10 13h4"/>',
    "document-revert": '<path d="M4 12a8 8 0 1 0 2.5-5.8"/><path d="M4 3v5h5"/><path d="M12 8v4l3 2"/>',
    "folder-open": '<path d="M3 19V6h6l2 2h10v11z"/>',
    "application-exit": '<path d="M14 4H5v16h9M10 12h10M17 9l3 3-3 3"/>',
    "help-about": '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.5"/>',
    "go-home": '<path d="M4 11l8-7 8 7M6 9.5V20h12V9.5M10 20v-5h4v5"/>',
}
_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" '
    'stroke="{colour}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">{shape}</svg>'
).replace('width="24" height="24"', 'width="{size}" height="{size}"')


def _drawn_icon(name: str) -> QIcon:
    shape = _SHAPES.get(name)
    if shape is None:
        return QIcon()
    app = QApplication.instance()
    colour = app.palette().color(QPalette.ColorRole.WindowText).name() if isinstance(app, QApplication) else "#333"
    result = QIcon()
    for size in (16, 22, 24, 32, 48, 64):  # rendered at each size: sharp, not scaled
        pixmap = QPixmap()
        if pixmap.loadFromData(QByteArray(_SVG.format(colour=colour, shape=shape, size=size).encode()), "SVG"):
            result.addPixmap(pixmap)
    return result


def action_icon(name: str) -> QIcon:
    """Our bundled icon file, else the desktop theme's, else one drawn here."""
    try:
        from portfolio_app.resources import resource_path

        for suffix in (".svg", ".png"):
            path = resource_path("icons", name + suffix)
            if path.is_file():
                return QIcon(str(path))
    except ImportError:
        pass
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    return _drawn_icon(name)


@dataclass
class Actions:
    import_data: QAction
    export_pdf: QAction
    export_csv: QAction
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
    preferences: QAction
    about: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]


def _action(
    parent: QWidget,
    text: str,
    icon_name: str | None = None,
    shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(action_icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def _tip_is_text(action: QAction) -> None:
    """The tooltip names what would be undone ("Undo Delete 3 contributions"); the toolbar keeps one word."""
    if isValid(action):  # also called while the window is being torn down
        action.setToolTip(action.text().replace("&", ""))


def make_actions(window: QWidget, undo_stack: QUndoStack) -> Actions:
    translate = QCoreApplication.translate  # lupdate reads the context only from a literal
    undo = undo_stack.createUndoAction(window, translate("MainWindow", "&Undo"))
    undo.setIcon(action_icon("edit-undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = undo_stack.createRedoAction(window, translate("MainWindow", "&Redo"))
    redo.setIcon(action_icon("edit-redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    # the toolbar shows a fixed word, so its buttons do not shift when "Undo Delete 3 contributions" changes;
    # the menu shows the whole text, the tooltip says what would be undone
    undo.setIconText(translate("MainWindow", "Undo"))
    redo.setIconText(translate("MainWindow", "Redo"))
    for action in (undo, redo):
        action.changed.connect(lambda action=action: _tip_is_text(action))
    delete = _action(window, translate("MainWindow", "&Delete"), "edit-delete", QKeySequence.StandardKey.Delete,
                     translate("MainWindow", "Delete the selected records (you can undo it)"))
    quit_action = _action(window, translate("MainWindow", "&Quit"), "application-exit", QKeySequence.StandardKey.Quit)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    about = _action(window, translate("MainWindow", "&About Portfolio"), "help-about")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    preferences = _action(window, translate("MainWindow", "&Preferences…"), None, QKeySequence("Ctrl+,"))
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    return Actions(
        import_data=_action(window, translate("MainWindow", "&Import…"), "document-import", QKeySequence("Ctrl+I"),
                            translate("MainWindow", "Bring in contributions from a platform export or a CSV file")),
        export_pdf=_action(window, translate("MainWindow", "&Export PDF…"), "document-export", QKeySequence("Ctrl+E"),
                           translate("MainWindow", "Create the PDF portfolio")),
        export_csv=_action(window, translate("MainWindow", "Export &table…"), None, None,
                           translate("MainWindow", "Save a list as a CSV file for a spreadsheet")),
        backup=_action(window, translate("MainWindow", "&Backup…"), "document-save", None,
                       translate("MainWindow", "Save a copy of your whole record")),
        restore=_action(window, translate("MainWindow", "&Restore…"), "document-revert", None,
                        translate("MainWindow", "Replace your record with a backup")),
        open_data_folder=_action(window, translate("MainWindow", "Open &data folder"), "folder-open", None,
                                 translate("MainWindow", "Show the folder that holds your database and backups")),
        leave_demo=_action(window, translate("MainWindow", "Back to &my record"), "go-home", None,
                           translate("MainWindow", "Close the demo data and open your own record")),
        quit=quit_action,
        new=_action(window, translate("MainWindow", "&New…"), "document-new", QKeySequence.StandardKey.New,
                    translate("MainWindow", "Add a record")),
        edit=_action(window, translate("MainWindow", "&Edit…"), "document-edit", QKeySequence("Ctrl+Return"),
                     translate("MainWindow", "Edit the selected record")),
        delete=delete,
        undo=undo,
        redo=redo,
        find=_action(window, translate("MainWindow", "&Find"), "edit-find", QKeySequence.StandardKey.Find,
                     translate("MainWindow", "Search this list")),
        preferences=preferences,
        about=about,
    )


def fill_menus(window: QMainWindow, a: Actions) -> None:
    """File, Edit and Help; None is a separator."""
    translate = QCoreApplication.translate
    menus = (
        (translate("MainWindow", "&File"), (a.import_data, a.export_pdf, a.export_csv, None, a.backup, a.restore,
                                            None, a.open_data_folder, a.leave_demo, None, a.quit)),
        (translate("MainWindow", "&Edit"), (a.new, a.edit, a.delete, None, a.undo, a.redo, None, a.find, None,
                                            a.preferences)),
        (translate("MainWindow", "&Help"), (a.about,)),
    )
    for title, actions in menus:
        menu = window.menuBar().addMenu(title)
        for action in actions:
            menu.addSeparator() if action is None else menu.addAction(action)


def make_toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (a.new, a.edit, a.delete, None, a.undo, a.redo, None, a.import_data, a.export_pdf):
        toolbar.addSeparator() if action is None else toolbar.addAction(action)
    window.addToolBar(toolbar)
    return toolbar


def add_page_shortcuts(window: QWidget, keys: Iterable[str], show_page: Callable[[str], object]) -> list[QAction]:
    """Ctrl+1 … Ctrl+7 go to the pages in the order the sidebar lists them."""
    made = []
    for number, key in enumerate(keys, start=1):
        action = QAction(window)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, key=key: show_page(key))
        window.addAction(action)
        made.append(action)
    return made
