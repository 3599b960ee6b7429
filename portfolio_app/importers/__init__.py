"""One module per export format, each turning a file into plain records.

Importers read only; the import service (portfolio_app.services.importing)
writes what they found to the database in one transaction.
"""

from portfolio_app.importers.base import (
    ImportCancelled,
    ImportedAccount,
    ImportedPost,
    ImportRefused,
    ParsedExport,
    RowProblem,
)
from portfolio_app.importers.csv_mapped import MappingError, parse_csv, parse_mapping, preview_csv
from portfolio_app.importers.linkedin import parse_linkedin_export
from portfolio_app.importers.linkedin_analytics import parse_linkedin_analytics
from portfolio_app.importers.mastodon import parse_mastodon_archive
from portfolio_app.importers.x_analytics import parse_x_analytics
from portfolio_app.importers.x_archive import parse_x_archive
from portfolio_app.importers.youtube import parse_youtube_table

__all__ = [
    "ImportCancelled", "ImportedAccount", "ImportedPost", "ImportRefused", "MappingError",
    "ParsedExport", "RowProblem", "parse_csv", "parse_linkedin_analytics", "parse_linkedin_export", "parse_mapping",
    "parse_mastodon_archive", "parse_x_analytics", "parse_x_archive", "parse_youtube_table", "preview_csv",
]
