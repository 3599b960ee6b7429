"""Step 2: the file or folder, chosen with a dialog or dropped, and read at once.

Reading happens as soon as a file is chosen, in the background: a refused
file shows why (file and line) right here, and Next stays off until the file
has been read. A CSV gets a first look only (columns, date formats); it is
read whole once its columns are mapped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from portfolio_app.importers.base import ParsedExport
from portfolio_app.ui.actions import action_icon
from portfolio_app.ui.import_wizard.import_choices import (
    CSV,
    LINKEDIN,
    LINKEDIN_ANALYTICS,
    MASTODON,
    SEVERAL_FILES,
    X_ANALYTICS,
    YOUTUBE,
    ImportChoices,
    X,
)
from portfolio_app.ui.import_wizard.page_ids import MAPPING, PREVIEW
from portfolio_app.ui.import_wizard.page_work import PageRunner, failure_text
from portfolio_app.ui.import_wizard.texts import number, translate_marker
from portfolio_app.ui.import_wizard.widgets import StatusLine, heading_label, hint_label
from portfolio_app.ui.tables.format import plural
from portfolio_app.ui.text_fill import fill

if TYPE_CHECKING:
    from portfolio_app.importers.csv_mapped import CsvPreview


class DropZone(QFrame):
    """The dashed area that takes a dropped file or folder."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.set_highlighted(False)
        self.setMinimumHeight(150)

    def set_highlighted(self, on: bool) -> None:
        border = "palette(highlight)" if on else "palette(mid)"
        self.setStyleSheet(f"QFrame#dropZone {{ border: 2px dashed {border}; border-radius: 8px; }}")


class FilePage(QWizardPage):
    def __init__(self, choices: ImportChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices
        self.setTitle(self.tr("Choose the export"))
        self.setAcceptDrops(True)
        self.runner = PageRunner(self)
        self.runner.progressed.connect(self._progressed)
        self.checked_key: tuple | None = None  # the choice whose reading succeeded

        self.drop_zone = DropZone(self)
        icon = QLabel(self.drop_zone)
        icon.setPixmap(action_icon("document-import").pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = heading_label(self.tr("Drop the file or folder here"), self.drop_zone)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.accepts = hint_label("", self.drop_zone)
        self.accepts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_file = QPushButton(action_icon("document-import"), self.tr("Choose a file…"), self.drop_zone)
        self.choose_folder = QPushButton(action_icon("folder-open"), self.tr("Choose a folder…"), self.drop_zone)
        self.choose_file.clicked.connect(self._pick_file)
        self.choose_folder.clicked.connect(self._pick_folder)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.choose_file)
        buttons.addWidget(self.choose_folder)
        buttons.addStretch(1)
        zone = QVBoxLayout(self.drop_zone)
        zone.setContentsMargins(16, 16, 16, 16)
        zone.addWidget(icon)
        zone.addWidget(title)
        zone.addWidget(self.accepts)
        zone.addSpacing(6)
        zone.addLayout(buttons)

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path")
        self.path_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.editingFinished.connect(self._typed)
        path_label = QLabel(self.tr("&File:"), self)
        path_label.setBuddy(self.path_edit)
        path_row = QHBoxLayout()
        path_row.addWidget(path_label)
        path_row.addWidget(self.path_edit, 1)

        self.status = StatusLine(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop_zone)
        layout.addSpacing(8)
        layout.addLayout(path_row)
        layout.addWidget(self.status)
        layout.addStretch(1)

    # what each source takes ---------------------------------------------------
    def _subtitle(self, source: str) -> str:
        return {
            X: self.tr("The .zip archive X sent you, its unpacked folder, or the tweets.js file in it."),
            X_ANALYTICS: self.tr("One or several X analytics CSV files (any name), their folder, or a .zip of them."),
            LINKEDIN: self.tr("The .zip LinkedIn sent you, its unpacked folder, or Shares.csv."),
            LINKEDIN_ANALYTICS: self.tr("The .xlsx file LinkedIn's analytics export gave you, or a .zip or folder "
                                        "holding it (also your LinkedIn data export with it inside)."),
            YOUTUBE: self.tr("The .zip YouTube Studio exported, or the Table data.csv in it."),
            MASTODON: self.tr("The .tar.gz archive your server made, its unpacked folder, or outbox.json."),
            CSV: self.tr("A .csv file (or a .zip holding one). Commas, semicolons and tabs are all fine."),
        }[source]

    def _accepted(self, source: str) -> str:
        return {
            X: self.tr(".zip, folder, .js"),
            X_ANALYTICS: self.tr(".csv (several), folder, .zip"),
            LINKEDIN: self.tr(".zip, folder, .csv"),
            LINKEDIN_ANALYTICS: self.tr(".xlsx, .zip, folder"),
            YOUTUBE: self.tr(".zip, .csv"),
            MASTODON: self.tr(".tar.gz, .zip, folder, .json"),
            CSV: self.tr(".csv, .txt, .zip"),
        }[source]

    def _filters(self, source: str) -> list[str]:
        patterns = {
            X: "*.zip *.js", X_ANALYTICS: "*.csv *.zip", LINKEDIN: "*.zip *.csv", LINKEDIN_ANALYTICS: "*.xlsx *.zip",
            YOUTUBE: "*.zip *.csv", MASTODON: "*.tar.gz *.tgz *.zip *.json",
            CSV: "*.csv *.tsv *.txt *.zip",
        }[source]
        return [fill(self.tr("Exports (%1)"), patterns), self.tr("All files (*)")]

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        source = self.choices.source
        self.setSubTitle(self._subtitle(source))
        self.accepts.setText(self._accepted(source))
        self.choose_folder.setVisible(source != CSV)
        if not self.choices.paths:  # a new source forgot the files chosen for the old one
            self.path_edit.clear()
            self.status.clear()
        elif self.checked_key != self.choices.read_key():
            self.set_paths(self.choices.paths)

    # choosing ------------------------------------------------------------------
    def _start_folder(self) -> str:
        path = self.choices.path
        return str(Path(path).parent) if path else str(Path.home())

    def _pick_file(self) -> None:
        filters = ";;".join(self._filters(self.choices.source))
        if self.choices.source in SEVERAL_FILES:
            paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Choose the export"), self._start_folder(),
                                                          filters)
            if paths:
                self.set_paths(paths)
            return
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the export"), self._start_folder(), filters)
        if path:
            self.set_path(path)

    def _pick_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the unpacked export folder"),
                                                self._start_folder())
        if path:
            self.set_path(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
            self.drop_zone.set_highlighted(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt's name
        self.drop_zone.set_highlighted(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        self.drop_zone.set_highlighted(False)
        paths = self._dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.set_paths(paths)

    def _dropped_path(self, event: QDropEvent) -> str | None:
        paths = self._dropped_paths(event)
        return paths[0] if paths else None

    def _dropped_paths(self, event: QDropEvent) -> list[str]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        local = [url.toLocalFile() for url in urls if url.isLocalFile()]
        several = self.choices.source in SEVERAL_FILES
        return local if (len(local) == 1 or (several and local)) else []

    def _typed(self) -> None:
        # editingFinished also fires when the field merely loses focus (a click on Next): read only a new path
        if self.path_edit.text().strip() != self._shown(self.choices.paths):
            self.set_path(self.path_edit.text())

    @staticmethod
    def _shown(paths: list[str]) -> str:
        """Several files in the one line: separated by "; " (a name can hold a comma)."""
        return "; ".join(paths)

    # reading -------------------------------------------------------------------
    def set_path(self, path: str) -> None:
        """Take what was typed: one path, or (several-file sources) paths separated by ";"."""
        parts = [part.strip() for part in path.split(";")] if self.choices.source in SEVERAL_FILES else [path]
        self.set_paths([part for part in parts if part.strip()])

    def set_paths(self, paths: list[str]) -> None:
        """Take paths (dialog, drop or typed) and read them in the background."""
        paths = [path.strip() for path in paths if path.strip()]
        choices = self.choices
        self.path_edit.setText(self._shown(paths))
        self.runner.cancel()
        self.checked_key = None
        choices.set_paths(paths)
        if not paths:
            self.status.clear()
            self.completeChanged.emit()
            return
        from portfolio_app.services.save_target import read_target
        from portfolio_app.ui.messages import target_problem

        resolved = []
        for path in paths:
            target = read_target(path)
            if not target.ok:  # half-typed, a folder that is not there, "~nobody": say so, read nothing
                self.status.error(target_problem(target))
                self.completeChanged.emit()
                return
            resolved.append(str(target.path))
        choices.set_paths(resolved)
        key = choices.read_key()
        source = choices.source
        path = resolved[0]
        self.status.working(fill(self.tr("Reading %1…"), Path(path).name))
        if source == CSV:
            from portfolio_app.services.importing import preview_csv

            def work(report: Callable[[str, int, int], None], should_cancel: Callable[[], bool]
                     ) -> CsvPreview | ParsedExport:
                return preview_csv(path, rows=8)  # a first look: quick, so neither progress nor cancel
        else:
            from portfolio_app.services.importing import read_export

            include_reposts = choices.include_reposts

            def work(report: Callable[[str, int, int], None], should_cancel: Callable[[], bool]
                     ) -> CsvPreview | ParsedExport:
                return read_export(source, resolved, include_reposts=include_reposts,
                                   progress=report, should_cancel=should_cancel)

        self.runner.start(work, on_success=lambda result: self._read(key, result), on_failure=self._refused)
        self.completeChanged.emit()

    def _progressed(self, _stage: str, done: int, total: int) -> None:
        self.status.progress(done, total)

    def _read(self, key: tuple, result: CsvPreview | ParsedExport) -> None:
        choices = self.choices
        if isinstance(result, ParsedExport):
            choices.set_parsed(result)
            self.status.ok(self._summary(result))
        else:  # a CSV's first look
            choices.csv_preview = result
            count = len(result.columns)
            columns = plural(self.tr("%1: %Ln column(s). Next, say which column holds what.", "", count), count)
            self.status.ok(fill(columns, result.file))
        self.checked_key = key
        self.completeChanged.emit()

    def _summary(self, parsed: ParsedExport) -> str:
        text = plural(self.tr("%Ln post(s) found", "", len(parsed.posts)), len(parsed.posts))
        if parsed.account is not None:
            text = fill(self.tr("%1 for %2"), text, parsed.account.name)
        left_out = sum(parsed.skipped.values())
        if left_out:
            reasons = ", ".join(translate_marker(reason) for reason in sorted(parsed.skipped))
            text += " " + fill(self.tr("(%1 left out: %2)"), number(left_out), reasons)
        text += "."
        if parsed.problems:
            text += " " + plural(self.tr("%Ln row(s) cannot be used; the next step lists them.", "",
                                         len(parsed.problems)), len(parsed.problems))
        return text

    def _refused(self, error: BaseException) -> None:
        self.status.error(failure_text(error))
        self.completeChanged.emit()

    # navigation ----------------------------------------------------------------
    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.choices.paths) and self.checked_key == self.choices.read_key()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self.isComplete()  # also when next() is called without the (disabled) button

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return MAPPING if self.choices.source == CSV else PREVIEW

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name
        self.runner.cancel()
        if self.status.state == StatusLine.WORKING:
            self.status.clear()
