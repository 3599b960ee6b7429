"""Render the app icon's PNG sizes from its SVG source.

    .venv/bin/python -m portfolio_app.devtools.icons

The PNGs are committed, so the app never needs the SVG renderer at start; run
this again after editing resources/icons/portfolio-app.svg.
"""

from __future__ import annotations

import sys

from portfolio_app.resources import resource_path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SOURCE = "portfolio-app.svg"


def png_name(size: int) -> str:
    return f"portfolio-{size}.png"


def render_all() -> list:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need an app
    renderer = QSvgRenderer(str(resource_path("icons", SOURCE)))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {resource_path('icons', SOURCE)}")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = resource_path("icons", png_name(size))
        # PySide6's stubs want the format as bytes, but save() accepts only str
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
            raise SystemExit(f"cannot write {path}")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in render_all():
        print(written_path)
