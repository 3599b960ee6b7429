"""Reusable form fields: each has value(), set_value() and a ``changed`` signal.

Editors and the profile view are built from these, so "unknown is not zero",
optional dates and translated choice labels behave the same in every form.
"""

from portfolio_app.ui.widgets.fields import (
    CheckField,
    DateField,
    EnumCombo,
    MetricField,
    OptionalDateField,
    RateField,
    TextArea,
    TextLine,
    UrlField,
)
from portfolio_app.ui.widgets.form import Form, FormSection
from portfolio_app.ui.widgets.record_combo import RecordCombo, SearchRecordCombo

__all__ = [
    "CheckField",
    "DateField",
    "EnumCombo",
    "Form",
    "FormSection",
    "MetricField",
    "OptionalDateField",
    "RateField",
    "RecordCombo",
    "SearchRecordCombo",
    "TextArea",
    "TextLine",
    "UrlField",
]
