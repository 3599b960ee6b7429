"""What the export dialog starts with: the last export's choices, else the defaults of Preferences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings

from portfolio_app.ui.export_dialog.export_choices import DEFAULT_SECTIONS, ExportChoices
from portfolio_app.ui.export_dialog.period import EmploymentSpan
from portfolio_app.ui.settings import paper_was_chosen, read_export_defaults, read_last_choices

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database

# where paper is Letter rather than A4
LETTER_TERRITORIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada)


def locale_page_size() -> str:
    return "letter" if QLocale().territory() in LETTER_TERRITORIES else "a4"


def start_choices(db: Database, settings: QSettings) -> ExportChoices:
    """The last choices; before a first export the Preferences defaults, the UI language, the locale's paper."""
    from portfolio_app.services.profile_and_rates import get_value_rates
    from portfolio_app.ui.translators import current_language

    defaults = read_export_defaults(settings)
    rates = get_value_rates(db)
    chosen_paper = paper_was_chosen(settings)
    fallback = ExportChoices(
        sections=defaults.sections or DEFAULT_SECTIONS,
        language=defaults.language or current_language(),
        page_size=defaults.page_size if chosen_paper else locale_page_size(),
        anonymize=defaults.anonymize,
        show_money=rates.show_money,
        currency=rates.currency,
    )
    return read_last_choices(settings, fallback)


def employment_spans(db: Database) -> list[EmploymentSpan]:
    """Each employment as a period to choose, the most recent first."""
    from portfolio_app.services.records import employments

    rows = employments.list(db, order_by="start_date", descending=True)
    return [EmploymentSpan(row.id, row.organisation, row.role, row.start_date, row.end_date)
            for row in rows if row.id is not None]  # stored rows all have their id


def person_name(db: Database) -> str:
    from portfolio_app.services.profile_and_rates import get_profile

    return get_profile(db).name.strip()
