"""Export PDF… → Preview shows the first pages of the real PDF, rendered, before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from portfolio_app.ui.export_dialog import ExportDialog


def test_preview_renders_the_first_pages_and_saves_nothing(qtbot, demo_db, tmp_path):
    dialog = ExportDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "never-written.pdf"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview_dialog is not None, timeout=60_000)
    preview = dialog.preview_dialog
    assert 1 <= len(preview.page_labels) <= 3
    image = preview.page_labels[0].pixmap().toImage()
    assert image.width() == 420 and image.height() > image.width()  # a portrait page
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 2, "the page has text and figures, not a blank"
    assert "pages" in preview.caption.text()
    assert not (tmp_path / "never-written.pdf").exists()
    preview.close()
