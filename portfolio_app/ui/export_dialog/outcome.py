"""How an export ended: the offer to open the new PDF, or what went wrong and where."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.workers import report_error

if TYPE_CHECKING:
    from portfolio_app.services.export_pdf import ExportResult


def tell_failure(parent: QWidget, error: BaseException) -> QMessageBox | None:
    """Our own errors (ExportFailed: what and where) in a window-modal box that does not block; bugs as bugs."""
    from portfolio_app.errors import PortfolioError
    from portfolio_app.ui.messages import translated_message

    if not isinstance(error, PortfolioError):
        report_error(parent, error)
        return None
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning, translate("ExportDialog", "Could not export the PDF"),
                      translated_message(error), QMessageBox.StandardButton.Close, parent)
    box.setInformativeText(translate("ExportDialog",
                                     "Your choices are kept; change the file or folder and try again."))
    box.open()
    return box


def offer_to_open(parent: QWidget, result: ExportResult) -> QMessageBox:
    """Tell where the PDF is and offer to open it or its folder (non-blocking)."""
    translate = QCoreApplication.translate
    size = QLocale().formattedDataSize(result.size_bytes, 0, QLocale.DataSizeFormat.DataSizeSIFormat)
    box = QMessageBox(QMessageBox.Icon.Information, translate("ExportDialog", "PDF exported"),
                      fill(translate("ExportDialog", "Your portfolio was saved as %1."), result.path.name),
                      QMessageBox.StandardButton.NoButton, parent)
    details = fill(translate("ExportDialog", "%1 pages, %2\nFolder: %3"), str(result.pages),
                   size.replace(" ", "\N{NO-BREAK SPACE}"), str(result.path.parent))
    if result.glyphs.missing:
        details += "\n" + fill(translate("ExportDialog", "%1 characters of your text have no glyph in the bundled "
                                    "fonts and print as boxes."), str(len(result.glyphs.missing)))
    box.setInformativeText(details)
    open_pdf = box.addButton(translate("ExportDialog", "&Open the PDF"), QMessageBox.ButtonRole.AcceptRole)
    show_folder = box.addButton(translate("ExportDialog", "Show in &folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_pdf)

    def clicked(button: QAbstractButton) -> None:
        if button is open_pdf:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        elif button is show_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))

    box.buttonClicked.connect(clicked)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
