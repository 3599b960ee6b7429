"""What the user chose in the Import wizard so far, and what was read: one object all pages share.

Plain data (no Qt): pages read and write it instead of reaching into each
other or into the wizard. The export is read once per choice (source, files,
options, mapping); read_key() says when a reading is out of date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from portfolio_app.importers.base import ParsedExport
    from portfolio_app.importers.csv_mapped import CsvPreview
    from portfolio_app.services.importing import ImportReport

X, X_ANALYTICS, LINKEDIN, LINKEDIN_ANALYTICS, MASTODON, YOUTUBE, CSV = (
    "x", "x-analytics", "linkedin", "linkedin-analytics", "mastodon", "youtube", "csv")
SOURCES = (X, X_ANALYTICS, LINKEDIN, LINKEDIN_ANALYTICS, MASTODON, YOUTUBE, CSV)
SEVERAL_FILES = (X_ANALYTICS,)  # one file per month: several files make one import


@dataclass
class ImportChoices:
    source: str = X
    include_reposts: bool = False
    paths: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    date_format: str | None = None
    audience_id: int | None = None
    # what was found
    csv_preview: CsvPreview | None = None
    parsed: ParsedExport | None = None  # the reading of the current choices
    parsed_key: tuple | None = None
    result: ImportReport | None = None  # of the import that was written
    backup_path: Path | None = None

    @property
    def path(self) -> str:
        """The first chosen file or folder ("" while none is)."""
        return self.paths[0] if self.paths else ""

    @property
    def label(self) -> str:
        """How reports name what was imported: the path, or the first of several and how many more."""
        return self.path if len(self.paths) <= 1 else f"{self.path} (+{len(self.paths) - 1})"

    def choose_source(self, source: str, include_reposts: bool) -> None:
        """A new source forgets the files, mapping and audience chosen for the old one."""
        if source != self.source:
            self.paths = []
            self.mapping = {}
            self.date_format = None
            self.audience_id = None
            self.csv_preview = None
        self.source = source
        self.include_reposts = include_reposts

    def set_paths(self, paths: list[str]) -> None:
        if paths != self.paths:
            self.csv_preview = None
        self.paths = list(paths)

    def set_mapping(self, mapping: dict[str, str], date_format: str | None) -> None:
        self.mapping = dict(mapping)
        self.date_format = date_format

    def read_key(self) -> tuple:
        """What a reading of the export depends on: a different key means read again."""
        if self.source == CSV:
            return (self.source, tuple(self.paths), tuple(sorted(self.mapping.items())), self.date_format)
        return (self.source, tuple(self.paths), self.include_reposts)

    def set_parsed(self, parsed: ParsedExport) -> None:
        self.parsed = parsed
        self.parsed_key = self.read_key()
