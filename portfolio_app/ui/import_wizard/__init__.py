"""The Import wizard (File → Import…): platform exports and any CSV, previewed before anything is written."""

from portfolio_app.ui.import_wizard.wizard import ImportWizard, run_import_wizard

__all__ = ["ImportWizard", "run_import_wizard"]
