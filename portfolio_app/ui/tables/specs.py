"""What the small tables show: their columns and how their rows are read from the services.

Each table has column constants (an IntEnum) matching its COLUMNS, and a
loader: services.table_rows reads the rows as plain dicts with the names of
what they link to, so the model never touches the database while painting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from portfolio_app.domain.enums import Ownership, Platform
from portfolio_app.domain.kinds import RecordKind
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.ui.tables.columns import DATE, FLAG, INT, LABEL, PROGRESS, Column, enum_label
from portfolio_app.ui.tables.format import plural

if TYPE_CHECKING:
    from portfolio_app.domain.value.campaigns import TargetResult
    from portfolio_app.storage.database import Database


@dataclass(frozen=True)
class TableSpec:
    table: RecordKind  # the kind of record: its service, its editor and the key of saved column state
    columns: tuple[Column, ...]
    load: Callable[[Database], list[dict]]
    count_text: Callable[[int, int], str]  # (total, shown) -> status line
    search_hint: Callable[[], str] = lambda: ""  # placeholder of the search field
    default_sort: tuple[int, bool] = (0, False)  # column, descending: until the user clicks a header


def _status(total_text: Callable[[int], str]) -> Callable[[int, int], str]:
    """"12 campaigns", or "12 campaigns · 3 shown" while a search hides some."""

    def text(total: int, visible: int) -> str:
        first = total_text(total)
        if visible == total:
            return first
        return first + " · " + QCoreApplication.translate("tables", "%Ln shown", "", visible)

    return text


# audiences -------------------------------------------------------------------
class AudienceCol(IntEnum):
    NAME = 0
    PLATFORM = 1
    HANDLE = 2
    OWNERSHIP = 3
    ORGANISATION = 4
    SIZE = 5
    SIZE_DATE = 6
    CONTRIBUTIONS = 7


AUDIENCE_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("columns", "Name"), width=240, stretch=True),
    Column("platform", QT_TRANSLATE_NOOP("columns", "Platform"), LABEL, 110, label=enum_label(Platform)),
    Column("handle", QT_TRANSLATE_NOOP("columns", "Handle"), width=170),
    Column("ownership", QT_TRANSLATE_NOOP("columns", "Ownership"), LABEL, 100, label=enum_label(Ownership)),
    Column("organisation", QT_TRANSLATE_NOOP("columns", "Organisation"), width=160),
    Column("size", QT_TRANSLATE_NOOP("columns", "Size now"), INT, 90),
    Column("size_date", QT_TRANSLATE_NOOP("columns", "Counted on"), DATE, 100),
    Column("contributions", QT_TRANSLATE_NOOP("columns", "Contributions"), INT, 100),
)


def load_audiences(db: Database) -> list[dict]:
    from portfolio_app.services.table_rows import audience_rows

    return audience_rows(db)


# campaigns -------------------------------------------------------------------
class CampaignCol(IntEnum):
    NAME = 0
    ORGANISATION = 1
    START = 2
    END = 3
    TARGET_REACH = 4
    TARGET_ENGAGEMENTS = 5
    CONTRIBUTIONS = 6
    REACH_PROGRESS = 7
    INTERACTIONS_PROGRESS = 8
    STATUS = 9


def _share(target: TargetResult | None) -> float | None:
    return target.share if target is not None else None


CAMPAIGN_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("columns", "Name"), width=240, stretch=True),
    Column("organisation", QT_TRANSLATE_NOOP("columns", "For"), width=180),
    Column("start_date", QT_TRANSLATE_NOOP("columns", "Start"), DATE, 100),
    Column("end_date", QT_TRANSLATE_NOOP("columns", "End"), DATE, 100),
    Column("target_reach", QT_TRANSLATE_NOOP("columns", "Target reach"), INT, 110),
    Column("target_engagements", QT_TRANSLATE_NOOP("columns", "Target interactions"), INT, 140),
    Column("contributions", QT_TRANSLATE_NOOP("columns", "Contributions"), INT, 100),
    # achieved against the target, computed by the value model: people reached, interactions
    Column("reach_progress", QT_TRANSLATE_NOOP("columns", "Reach achieved"), PROGRESS, 120,
           value=lambda row: _share(row["reach_progress"])),
    Column("interactions_progress", QT_TRANSLATE_NOOP("columns", "Interactions achieved"), PROGRESS, 140,
           value=lambda row: _share(row["interactions_progress"])),
    Column("status", QT_TRANSLATE_NOOP("columns", "Result"), LABEL, 120,
           label=lambda status: QCoreApplication.translate("value", status.label)),
)


def load_campaigns(db: Database) -> list[dict]:
    from portfolio_app.services.table_rows import campaign_rows

    return campaign_rows(db)


# career ----------------------------------------------------------------------
class EmploymentCol(IntEnum):
    ORGANISATION = 0
    ROLE = 1
    START = 2
    END = 3
    CONTRIBUTIONS = 4


EMPLOYMENT_COLUMNS = (
    Column("organisation", QT_TRANSLATE_NOOP("columns", "Organisation"), width=240, stretch=True),
    Column("role", QT_TRANSLATE_NOOP("columns", "Role"), width=240),
    Column("start_date", QT_TRANSLATE_NOOP("columns", "Start"), DATE, 100),
    Column("end_date", QT_TRANSLATE_NOOP("columns", "End"), DATE, 100,
           empty=lambda: QCoreApplication.translate("tables", "current")),
    Column("contributions", QT_TRANSLATE_NOOP("columns", "Contributions"), INT, 100),
)


def load_employments(db: Database) -> list[dict]:
    from portfolio_app.services.table_rows import employment_rows

    return employment_rows(db)


# testimonials ----------------------------------------------------------------
class TestimonialCol(IntEnum):
    AUTHOR = 0
    ROLE = 1
    DATE = 2
    TEXT = 3
    ORGANISATION = 4
    MAY_PUBLISH = 5


TESTIMONIAL_COLUMNS = (
    Column("author", QT_TRANSLATE_NOOP("columns", "Author"), width=170),
    Column("author_role", QT_TRANSLATE_NOOP("columns", "Their role"), width=160),
    Column("date", QT_TRANSLATE_NOOP("columns", "Date"), DATE, 100),
    Column("text", QT_TRANSLATE_NOOP("columns", "Words"), width=380, stretch=True,
           value=lambda row: " ".join(row["text"].split())),
    Column("organisation", QT_TRANSLATE_NOOP("columns", "About my time at"), width=170),
    Column("may_publish", QT_TRANSLATE_NOOP("columns", "May publish"), FLAG, 96),
)


def load_testimonials(db: Database) -> list[dict]:
    from portfolio_app.services.table_rows import testimonial_rows

    return testimonial_rows(db)


AUDIENCE_SPEC = TableSpec(
    RecordKind.AUDIENCE, AUDIENCE_COLUMNS, load_audiences,
    _status(lambda n: plural(QCoreApplication.translate("tables", "%Ln audience(s)", "", n), n)),
    lambda: QCoreApplication.translate("tables", "Search names, handles and organisations"),
)
CAMPAIGN_SPEC = TableSpec(
    RecordKind.CAMPAIGN, CAMPAIGN_COLUMNS, load_campaigns,
    _status(lambda n: plural(QCoreApplication.translate("tables", "%Ln campaign(s)", "", n), n)),
    lambda: QCoreApplication.translate("tables", "Search campaigns"),
    (CampaignCol.START, True),
)
EMPLOYMENT_SPEC = TableSpec(
    RecordKind.EMPLOYMENT, EMPLOYMENT_COLUMNS, load_employments,
    _status(lambda n: plural(QCoreApplication.translate("tables", "%Ln role(s)", "", n), n)),
    lambda: QCoreApplication.translate("tables", "Search organisations and roles"),
    (EmploymentCol.START, True),
)
TESTIMONIAL_SPEC = TableSpec(
    RecordKind.TESTIMONIAL, TESTIMONIAL_COLUMNS, load_testimonials,
    _status(lambda n: plural(QCoreApplication.translate("tables", "%Ln testimonial(s)", "", n), n)),
    lambda: QCoreApplication.translate("tables", "Search authors and their words"),
    (TestimonialCol.DATE, True),
)
