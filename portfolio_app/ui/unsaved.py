"""The one question before typed-in work would be lost: Save, Discard or Cancel.

Asked by every record editor (Cancel, Esc, closing its window) and by the
profile view (page switch, closing or quitting the window), with the same
wording and mnemonics, Save being the default.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_to_save(parent: QWidget | None, text: str) -> Answer:
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("unsaved", "Save changes?"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate("unsaved", "If you don't save, your changes will be lost."))
    save = box.addButton(translate("unsaved", "&Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("unsaved", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("unsaved", "&Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is save:
        return Answer.SAVE
    if clicked is discard:
        return Answer.DISCARD
    return Answer.CANCEL
