"""Choosing a linked record (audience, campaign, employment) by typing part of its name.

An editable combo box with completion over the records' labels, a "none"
entry, and an optional "New…" button that creates the missing record on the
spot (the caller opens the nested editor) and selects it.

SearchRecordCombo is the same for more records than one list should hold
(a testimonial's contribution among 100,000): typing asks a search for the
matching records and offers those.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

Loader = Callable[[], Sequence[tuple[int, str]]]
Searcher = Callable[[str], Sequence[tuple[int, str]]]  # the records matching what was typed ("" for the first)
SEARCH_DELAY_MS = 150  # as the tables' search: typing pauses shorter than this do not search
Creator = Callable[[str], "int | None"]


class RecordCombo(QWidget):
    changed = Signal()

    def __init__(
        self,
        loader: Loader,
        none_text: str,
        parent: QWidget | None = None,
        *,
        on_new: Creator | None = None,
        new_tooltip: str = "",
    ):
        super().__init__(parent)
        self._loader = loader
        self._none_text = none_text
        self._on_new = on_new
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.setCompleter(completer)
        edit = self.combo.lineEdit()
        assert edit is not None, "setEditable(True) gives the combo its line edit"
        self.edit: QLineEdit = edit
        self.edit.setPlaceholderText(none_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        self.new_button = None
        if on_new is not None:
            self.new_button = QToolButton(self)
            self.new_button.setText(self.tr("New…"))
            self.new_button.setToolTip(new_tooltip)
            self.new_button.clicked.connect(self._create)
            layout.addWidget(self.new_button)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        self.combo.editTextChanged.connect(self.changed)
        self.reload()

    def reload(self) -> None:
        """Read the records again, keeping the current choice."""
        keep = self.value()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self._none_text, None)
        for record_id, label in self._unique_labels(self._loader()):
            self.combo.addItem(label, record_id)
        self.combo.blockSignals(False)
        self.set_value(keep if isinstance(keep, int) else None)

    @staticmethod
    def _unique_labels(items: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
        seen: dict[str, int] = {}
        for _, label in items:
            seen[label.casefold()] = seen.get(label.casefold(), 0) + 1
        return [(rid, label if seen[label.casefold()] == 1 else f"{label} #{rid}") for rid, label in items]

    def _typed(self) -> str:
        return self.combo.currentText().strip()

    def _matching_index(self) -> int:
        typed = self._typed()
        if not typed:
            return 0
        return self.combo.findText(typed, Qt.MatchFlag.MatchFixedString)

    def value(self) -> int | None:
        """The chosen record's id; None for none, or for text that names no record (see problem())."""
        index = self._matching_index()
        return self.combo.itemData(index) if index >= 0 else None

    def problem(self) -> str | None:
        if self._matching_index() >= 0:
            return None
        if self._on_new is not None:
            return self.tr("No such record: pick one from the list, or create it with New….")
        return self.tr("No such record: pick one from the list.")

    def set_value(self, record_id: int | None) -> None:
        index = self.combo.findData(record_id) if record_id is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.setEditText(self.combo.itemText(max(index, 0)) if index > 0 else "")
        self.edit.setCursorPosition(0)  # show a long label's beginning, not its end

    def _create(self) -> None:
        typed = self._typed() if self._matching_index() < 0 else ""
        new_id = self._on_new(typed) if self._on_new else None
        if new_id is not None:
            self.reload()
            self.set_value(new_id)
            self.changed.emit()


class SearchRecordCombo(RecordCombo):
    """A RecordCombo that searches as the user types instead of holding every record.

    ``search(text)`` answers the records matching ``text`` (the caller keeps it
    short); the popup shows them as they are, since a search also finds words
    the labels do not show (notes, tags).
    """

    def __init__(self, search: Searcher, none_text: str, parent: QWidget | None = None) -> None:
        self._search = search
        self._text = ""
        super().__init__(lambda: search(self._text), none_text, parent)
        completer = self.combo.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        line = self.combo.lineEdit()
        if line is not None:
            line.textEdited.connect(self._timer.start)  # typed by the user, not set by choosing

    def search_now(self) -> None:
        """Offer the records matching what is typed, keeping the typing as it is."""
        self._timer.stop()
        typed = self.combo.currentText()
        if self._matching_index() > 0:
            return  # a record's whole label: chosen, not a search
        self._text = typed.strip()
        line = self.combo.lineEdit()
        cursor = line.cursorPosition() if line is not None else len(typed)
        self.reload()
        self.combo.setEditText(typed)
        if line is not None:
            line.setCursorPosition(cursor)
        completer = self.combo.completer()
        if completer is not None and self._text and self.combo.count() > 1 and self.combo.hasFocus():
            completer.complete()
