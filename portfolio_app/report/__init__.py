"""The PDF portfolio: layout, charts and texts, built with ReportLab (no Qt)."""
