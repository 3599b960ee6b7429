"""Choosing a linked record (audience, campaign, employment) by typing part of its name.

An editable combo box with completion over the records' labels, a "none"
entry, and an optional "New…" button that creates the missing record on the
spot (the caller opens the nested editor) and selects it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

Loader = Callable[[], Sequence[tuple[int, str]]]
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
