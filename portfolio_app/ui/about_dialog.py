"""Help → About: what this is, which version, where the data lives, and whose work it is built on."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from portfolio_app import APP_NAME, __version__
from portfolio_app.logs import log_file
from portfolio_app.resources import resource_path
from portfolio_app.ui.icons import app_icon
from portfolio_app.ui.text_fill import fill


@dataclass(frozen=True, slots=True)
class Library:
    name: str  # as the user knows it
    distribution: str  # pip name, to show the installed version
    licence: str


# What the app bundles, with the licence each is distributed under.
LIBRARIES = (
    Library("Qt", "PySide6-Essentials", "LGPL-3.0"),
    Library("PySide6 (Qt for Python)", "PySide6-Essentials", "LGPL-3.0"),
    Library("Shiboken6", "shiboken6", "LGPL-3.0"),
    Library("SQLAlchemy", "SQLAlchemy", "MIT"),
    Library("SQLModel", "sqlmodel", "MIT"),
    Library("Pydantic", "pydantic", "MIT"),
    Library("Alembic", "alembic", "MIT"),
    Library("Mako", "Mako", "MIT"),
    Library("ReportLab", "reportlab", "BSD-3-Clause"),
    Library("pypdfium2 (pdfium)", "pypdfium2", "BSD-3-Clause, Apache-2.0"),
    Library("openpyxl", "openpyxl", "MIT"),
    Library("et-xmlfile", "et-xmlfile", "MIT"),
    Library("Pyphen", "pyphen", "LGPL-2.1-or-later (or GPL-2.0-or-later, MPL-1.1)"),
    Library("python-bidi", "python-bidi", "LGPL-3.0"),
    Library("arabic-reshaper", "arabic-reshaper", "MIT"),
    Library("Pillow", "pillow", "MIT-CMU (HPND)"),
    Library("charset-normalizer", "charset-normalizer", "MIT"),
    Library("platformdirs", "platformdirs", "MIT"),
    Library("pydantic-core", "pydantic_core", "MIT"),
    Library("MarkupSafe", "MarkupSafe", "BSD-3-Clause"),
    Library("annotated-types", "annotated-types", "MIT"),
    Library("typing-inspection", "typing-inspection", "MIT"),
    Library("typing_extensions", "typing_extensions", "PSF-2.0"),
    Library("Python", "", "PSF-2.0"),
)


def library_version(library: Library) -> str:
    if not library.distribution:
        import platform

        return platform.python_version()
    try:
        return metadata.version(library.distribution)
    except metadata.PackageNotFoundError:
        return ""


def font_licences() -> list[Path]:
    """The licence files of the bundled fonts (resources/fonts/*LICENSE*)."""
    folder = resource_path("fonts")
    return sorted(folder.glob("*LICENSE*")) if folder.is_dir() else []


def licence_title(path: Path) -> str:
    """"LICENSE-DejaVu.txt" → "DejaVu"."""
    stem = path.stem
    for prefix in ("LICENSE-", "LICENSE_", "LICENSE"):
        if stem.startswith(prefix):
            stem = stem[len(prefix):]
            break
    return stem or path.name


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("About %1"), APP_NAME))
        self.setWindowIcon(app_icon())
        self.resize(640, 520)
        self.db_path = Path(db_path) if db_path else None

        tabs = QTabWidget()
        tabs.addTab(self._about_tab(), self.tr("About"))
        tabs.addTab(self._fonts_tab(), self.tr("Fonts"))
        tabs.addTab(self._libraries_tab(), self.tr("Libraries"))
        self.tabs = tabs

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def _about_tab(self) -> QWidget:
        page = QWidget()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(96, 96))
        title = QLabel(f"<h2>{APP_NAME}</h2>")
        title.setTextFormat(Qt.TextFormat.RichText)
        self.version_label = QLabel(fill(self.tr("Version %1"), __version__))
        blurb = QLabel(
            self.tr(
                "Keep a record of your communication work — contributions, audiences and campaigns — "
                "and export it as a PDF portfolio. Your data stays on this computer."
            )
        )
        blurb.setWordWrap(True)

        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.version_label)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(heading, 1)

        self.database_label = self._path_label(self.db_path)
        self.folder_label = self._path_label(self.db_path.parent if self.db_path else None)
        self.log_label = self._path_label(log_file())
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.setEnabled(self.db_path is not None)
        open_folder.clicked.connect(self.open_data_folder)

        form = QFormLayout()
        form.addRow(self.tr("Data folder:"), self.folder_label)
        form.addRow(self.tr("Database file:"), self.database_label)
        form.addRow(self.tr("Log file:"), self.log_label)

        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _path_label(self, path: Path | None) -> QLineEdit:
        # A read-only field, not a wrapped label: a path is one long word that a label can only clip,
        # and a field scrolls through it and copies it exactly (no break characters slipped in).
        field = QLineEdit(str(path) if path else self.tr("No database open"))
        field.setReadOnly(True)
        field.setFrame(False)
        field.setCursorPosition(0)
        field.setToolTip(field.text())
        field.setStyleSheet("QLineEdit { background: transparent; }")
        return field

    def _fonts_tab(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr("The PDF portfolio embeds these fonts, used under the following licences."))
        intro.setWordWrap(True)
        self.font_list = QListWidget()
        self.font_text = QPlainTextEdit()
        self.font_text.setReadOnly(True)
        self._font_files = font_licences()
        for path in self._font_files:
            self.font_list.addItem(licence_title(path))
        self.font_list.currentRowChanged.connect(self._show_font_licence)
        splitter = QSplitter()
        splitter.addWidget(self.font_list)
        splitter.addWidget(self.font_text)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        if self._font_files:
            self.font_list.setCurrentRow(0)
        return page

    @Slot(int)
    def _show_font_licence(self, row: int) -> None:
        if 0 <= row < len(self._font_files):
            try:
                text = self._font_files[row].read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                text = str(exc)
            self.font_text.setPlainText(text)

    def _libraries_tab(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Portfolio is built on these open-source libraries. Qt and PySide6 are used under the "
                "GNU Lesser General Public License v3; you may replace them with your own build."
            )
        )
        intro.setWordWrap(True)
        table = QTableWidget(len(LIBRARIES), 3)
        table.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, library in enumerate(LIBRARIES):
            for column, value in enumerate((library.name, library_version(library), library.licence)):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.library_table = table
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        return page

    @Slot()
    def open_data_folder(self) -> None:
        if self.db_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db_path.parent)))


def show_about(parent: QWidget | None, db_path: Path | str | None) -> None:
    """Show the About dialog for the database at ``db_path`` (None when none is open)."""
    dialog = AboutDialog(db_path, parent)
    dialog.exec()
    dialog.deleteLater()

