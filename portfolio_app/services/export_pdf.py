"""Export the PDF portfolio: the use case behind the GUI's "Export PDF…" and ``portfolio-app export``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from portfolio_app.report.builder import Progress, render_to_file
from portfolio_app.report.fonts import Coverage, coverage
from portfolio_app.report.options import ReportOptions
from portfolio_app.services.export_target import check_export_target
from portfolio_app.services.report_data import load_report_data
from portfolio_app.storage.database import Database


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    pages: int
    size_bytes: int
    contributions: int
    glyphs: Coverage  # distinct characters of the user's text that print with a real glyph


def export_pdf(db: Database, out: Path | str, options: ReportOptions | None = None, *,
               today: dt.date | None = None, progress: Progress | None = None) -> ExportResult:
    """Write the portfolio for ``options`` to ``out``, whole or not at all.

    Raises :class:`portfolio_app.report.writer.ExportFailed` (a PortfolioError)
    when the file cannot be written; an existing file at ``out`` is then intact.
    ``progress(done, total)`` follows the layout; raising from it cancels the
    export and leaves ``out`` as it was.
    """
    check_export_target(db.path, out)  # before anything is read: the database itself is never a target
    options = options or ReportOptions()
    data = load_report_data(db, options, today=today)
    path = Path(out).expanduser().absolute()
    pages = render_to_file(data, options, path, progress)
    glyphs = coverage(data.user_text() + options.prepared_for)
    return ExportResult(path, pages, path.stat().st_size, data.summary.contributions, glyphs)
