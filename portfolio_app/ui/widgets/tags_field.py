"""A comma-separated tags field that completes the tag being typed from the tags already in use."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from portfolio_app.ui.widgets.fields import TextLine


class TagsField(TextLine):
    def __init__(self, placeholder: str = "", *, parent: QWidget | None = None):
        super().__init__(placeholder, parent=parent)
        self.tags = QStringListModel(self)
        self.completer_ = QCompleter(self.tags, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def set_tags(self, tags: list[str]) -> None:
        self.tags.setStringList(tags)

    def _typed_tag(self) -> str:
        return self.text()[: self.cursorPosition()].split(",")[-1].strip()

    def _hide_popup(self) -> None:
        popup = self.completer_.popup()
        if popup is not None:
            popup.hide()

    def _complete(self, _text: str) -> None:
        typed = self._typed_tag()
        if not typed:
            self._hide_popup()
            return
        self.completer_.setCompletionPrefix(typed)
        if self.completer_.completionCount():
            self.completer_.complete()
        else:
            self._hide_popup()

    def _insert(self, tag: str) -> None:
        """Replace the tag being typed with the chosen one; what follows the cursor stays."""
        before, after = self.text()[: self.cursorPosition()], self.text()[self.cursorPosition():]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        self.setText(f"{head}{tag}{after}")
        self.setCursorPosition(len(head) + len(tag))
