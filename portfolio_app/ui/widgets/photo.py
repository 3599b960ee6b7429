"""An optional portrait: a thumbnail with Choose… and Remove.

Pictures are scaled down to PHOTO_EDGE pixels and stored as PNG (or JPEG for
photographs) so a 20 MB camera file does not end up inside the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

PHOTO_EDGE = 800
THUMBNAIL = 96


def normalised_photo(data: bytes) -> bytes | None:
    """The picture scaled to fit PHOTO_EDGE, re-encoded; None when ``data`` is not a picture."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > PHOTO_EDGE:
        image = image.scaled(PHOTO_EDGE, PHOTO_EDGE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    encoded = QByteArray()
    buffer = QBuffer(encoded)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as a str and refuses bytes, though its stubs say bytes
    image.save(buffer, "PNG" if image.hasAlphaChannel() else "JPEG", 90)  # type: ignore[call-overload]
    return bytes(encoded.data())


class PhotoField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._data: bytes | None = None
        self.preview = QLabel(self)
        self.preview.setFixedSize(THUMBNAIL, THUMBNAIL)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose = QPushButton(self.tr("Ch&oose…"), self)
        self.remove = QPushButton(self.tr("Remo&ve"), self)
        self.choose.clicked.connect(self._pick)
        self.remove.clicked.connect(lambda: self.set_value(None, edited=True))
        self.problem_text = ""
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._show()

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        try:
            data = normalised_photo(path.read_bytes())
        except OSError:
            data = None
        self.problem_text = "" if data is not None else self.tr("This file is not a picture that can be read.")
        if data is not None:
            self._data = data
        self._show()
        self.changed.emit()

    def problem(self) -> str | None:
        return self.problem_text or None

    def _show(self) -> None:
        self.remove.setEnabled(self._data is not None)
        if self._data is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No photo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self._data)
        self.preview.setPixmap(pixmap.scaled(THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    def value(self) -> bytes | None:
        return self._data

    def set_value(self, data: bytes | None, edited: bool = False) -> None:
        self._data = data
        self.problem_text = ""
        self._show()
        if edited:
            self.changed.emit()
