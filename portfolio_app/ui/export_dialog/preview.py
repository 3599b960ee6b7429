"""Export PDF… → Preview: the first pages as the employer will see them, before anything is saved.

The PDF is written with the dialog's choices to a temporary file in the
background and its first pages are rendered with pypdfium2 (QtPdf is in
PySide6-Addons, which the app does not ship); the temporary file is removed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from portfolio_app.ui.text_fill import fill

if TYPE_CHECKING:
    from portfolio_app.report.options import ReportOptions
    from portfolio_app.storage.database import Database

PREVIEW_PAGES = 3
PREVIEW_WIDTH = 420  # pixels per page: readable headings, three pages side by side on a 1600 px screen


@dataclass(frozen=True)
class RenderedPage:
    width: int
    height: int
    stride: int
    channels: int  # 3: RGB, 4: RGBA (pdfium asked for RGB order)
    pixels: bytes


@dataclass(frozen=True)
class Preview:
    pages: list[RenderedPage]
    page_count: int


def render_preview(db: Database, options: ReportOptions,
                   progress: Callable[[int, int], None] | None = None) -> Preview:
    """Write the PDF to a temporary file and render its first pages (runs in the thread pool)."""
    import pypdfium2 as pdfium

    from portfolio_app.services.export_pdf import export_pdf

    with tempfile.TemporaryDirectory(prefix="portfolio-preview-") as folder:
        out = Path(folder) / "preview.pdf"
        export_pdf(db, out, options, progress=progress)
        document = pdfium.PdfDocument(str(out))
        try:
            pages = []
            for number in range(min(PREVIEW_PAGES, len(document))):
                page = document[number]
                scale = PREVIEW_WIDTH / page.get_width()
                bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB(A), the order QImage reads
                channels = bitmap.stride // bitmap.width
                pages.append(RenderedPage(bitmap.width, bitmap.height, bitmap.stride, channels, bytes(bitmap.buffer)))
                bitmap.close()
                page.close()
            return Preview(pages, len(document))
        finally:
            document.close()


def page_image(page: RenderedPage) -> QImage:
    layout = QImage.Format.Format_RGB888 if page.channels == 3 else QImage.Format.Format_RGBA8888
    image = QImage(page.pixels, page.width, page.height, page.stride, layout)
    return image.copy()  # own the pixels: the bytes object may go


class PreviewDialog(QDialog):
    def __init__(self, preview: Preview, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview of the PDF"))
        self.page_labels: list[QLabel] = []
        row = QHBoxLayout()
        for page in preview.pages:
            label = QLabel(self)
            label.setPixmap(QPixmap.fromImage(page_image(page)))
            label.setFrameShape(QLabel.Shape.Box)
            row.addWidget(label)
            self.page_labels.append(label)
        strip = QWidget(self)
        strip.setLayout(row)
        scroll = QScrollArea(self)
        scroll.setWidget(strip)
        scroll.setWidgetResizable(True)
        self.caption = QLabel(fill(self.tr("The first %1 of %2 pages, as the PDF will print them."),
                                   str(len(preview.pages)), str(preview.page_count)), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(min(3 * PREVIEW_WIDTH + 80, 1000), 640)
