"""The PDF carries its own data: the figures with their definitions and the listed contributions, as JSON.

A reader's tools can check every number without retyping it from the page:
the file is embedded as ``portfolio-data.json`` (PDF 1.7 embedded file,
visible in a viewer's attachments pane). It holds only what the PDF shows:
public contributions, anonymised names when the PDF has them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

from portfolio_app import __version__
from portfolio_app.domain.records import ContributionFacts
from portfolio_app.domain.value import MetricTotal, interactions_of
from portfolio_app.report.data import ReportData
from portfolio_app.report.options import ReportOptions, Section
from portfolio_app.report.selection import AppendixMode, select_work

NAME = "portfolio-data.json"
FORMAT = "portfolio-data/1"

# What each figure means, as the method page says it; a figure is null when nothing was measured.
DEFINITIONS = {
    "contributions": "Public contributions dated inside the period; private ones are never counted.",
    "people_reached": "Sum of the people-reached figure platforms measured, per contribution; not unique people.",
    "views": "Sum of impressions (views) per contribution; views are not people.",
    "attendees": "Sum of people in the room at talks, trainings and events.",
    "interactions": ("Per contribution the platform's own total (engagements) where it gave one, else reactions "
                     "+ comments + shares + clicks; summed wherever any of them was recorded."),
    "engagement_rate": "Interactions divided by impressions over the contributions that have both.",
    "audience_at_period_end": "Latest recorded size on or before the period's last day, of the audiences run then.",
    "audience_growth": (
        "Added up over the audiences, each over the time it counted in the period (an employer-owned account only "
        "while the person held the role that owned it): its size at the end of that time minus its size just "
        "before it (or its first size inside it). Accounts handed over before the period's end count here, "
        "not in the size at the period's end."),
    "portable_audience_at_period_end": (
        "Latest recorded size on or before the period's last day, of the personally owned audiences (they move "
        "with the person)."),
    "employer_accounts_at_period_end": (
        "Latest recorded size on or before the period's last day, of the employer-owned accounts the person still "
        "ran then; null when none had a size or all were handed over (employer_accounts_handed_over)."),
    "employer_accounts_handed_over": (
        "Sizes at which employer-owned accounts were handed over inside the period, when the role that owned "
        "them ended; 0 when none was."),
}


@dataclass(frozen=True, slots=True)
class _Figure:
    key: str
    value: float | int | None
    with_figure: int | None = None  # contributions that had the figure


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _metric(key: str, total: MetricTotal) -> _Figure:
    return _Figure(key, total.total, total.with_figure)


def _figures(data: ReportData) -> list[_Figure]:
    s = data.summary
    return [
        _Figure("contributions", s.contributions),
        _metric("people_reached", s.reach.people),
        _metric("views", s.reach.impressions),
        _metric("attendees", s.reach.attendees),
        _Figure("interactions", s.interactions.interactions, s.interactions.with_interactions),
        _Figure("engagement_rate", s.interactions.rate, s.interactions.rate_basis),
        _Figure("audience_at_period_end", s.ownership.total.size),
        _Figure("audience_growth", s.ownership.total.growth),
        _Figure("portable_audience_at_period_end", s.ownership.personal.size),
    ] + ([  # as the PDF: employer accounts only where the period had any
        _Figure("employer_accounts_at_period_end", s.ownership.employer.size),
        _Figure("employer_accounts_handed_over", s.ownership.employer.handed_over),
    ] if s.ownership.employer.audiences else [])


def _listed(data: ReportData, options: ReportOptions) -> list[ContributionFacts]:
    """The contributions the PDF lists: its appendix, else the featured ones."""
    mode = options.appendix if options.includes(Section.APPENDIX) else AppendixMode.NONE
    listed = [c for group in select_work(data.contributions, data.employments, mode) for c in group.listed]
    return listed or [c for c in data.contributions if c.featured]


def _contribution(data: ReportData, contribution: ContributionFacts) -> dict:
    employment = data.employments.get(contribution.employment_id) if contribution.employment_id else None
    return {
        "id": contribution.id,
        "date": contribution.date.isoformat(),
        "kind": contribution.kind.value,
        "title": contribution.title,
        "channel": data.audience_names.get(contribution.audience_id) if contribution.audience_id else None,
        "platform": contribution.platform.value if contribution.platform else None,
        "organisation": employment.organisation if employment else None,
        "url": data.urls.get(contribution.id) or None,
        "people_reached": contribution.reach,
        "views": contribution.impressions,
        "attendees": contribution.attendees,
        "interactions": interactions_of(contribution),
        "featured": contribution.featured,
        "why_it_mattered": data.why_it_mattered.get(contribution.id) or None,
    }


def portfolio_json(data: ReportData, options: ReportOptions) -> bytes:
    """The attached file's content: UTF-8 JSON, keys in a fixed order."""
    period = data.summary.period
    document = {
        "format": FORMAT,
        "generator": f"Portfolio {__version__}",
        "prepared_on": data.prepared_on.isoformat(),
        "period": {"start": _day(period.start), "end": _day(period.end)},
        "person": data.profile.name,
        "anonymized": data.anonymized,
        "figures": [
            {"key": f.key, "value": f.value, "contributions_with_figure": f.with_figure,
             "definition": DEFINITIONS[f.key]}
            for f in _figures(data)
        ],
        "contributions": [_contribution(data, c) for c in _listed(data, options)],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def attach(canvas, content: bytes, description: str) -> None:
    """Embed ``content`` as NAME in the document of ``canvas`` (call before ``canvas.save()``)."""
    document = canvas._doc
    mime = "/application#2Fjson"  # "application/json" as a PDF name: its slash written as #2F
    stream = PDFStream(PDFDictionary({"Type": PDFName("EmbeddedFile"), "Subtype": mime,
                                      "Params": PDFDictionary({"Size": len(content)})}), content=content)
    spec = PDFDictionary({
        "Type": PDFName("Filespec"), "F": PDFString(NAME), "UF": PDFString(NAME), "Desc": PDFString(description),
        "AFRelationship": PDFName("Data"), "EF": PDFDictionary({"F": document.Reference(stream)}),
    })
    reference = document.Reference(spec)
    document.Catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({
        "Names": PDFArray([PDFString(NAME), reference])})})
