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


def characters_without_glyph(db: Database) -> tuple[str, ...]:
    """The characters of the user's publishable text that no bundled font can print (shown before saving).

    Reads only the texts (titles, profile, names, testimonials that may be published), not the figures,
    so the Export PDF… dialog can ask when it opens, even for 100,000 contributions.
    """
    from sqlalchemy import select

    from portfolio_app.storage.models import Audience, Campaign, Contribution, Employment, Profile, Testimonial

    c, t = Contribution.__table__.c, Testimonial.__table__.c
    queries = [
        select(c.title).where(c.private.is_(False)),
        select(c.why_it_mattered).where(c.private.is_(False)),
        select(t.author, t.author_role, t.author_organisation, t.text).where(t.may_publish.is_(True)),
        select(Audience.__table__.c.name, Audience.__table__.c.segment),
        select(Employment.__table__.c.organisation, Employment.__table__.c.role),
        select(Campaign.__table__.c.name, Campaign.__table__.c.objective, Campaign.__table__.c.outcome),
        select(Profile.__table__),
    ]
    characters: set[str] = set()
    with db.engine.connect() as connection:
        for query in queries:
            for row in connection.execute(query):
                for value in row:
                    if isinstance(value, str) and not value.isascii():
                        characters.update(value)
    return coverage("".join(characters)).missing
