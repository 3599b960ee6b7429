"""One module per section of the PDF; each has ``build(ctx) -> list of flowables``."""

from portfolio_app.report.options import Section
from portfolio_app.report.sections import (
    appendix,
    audiences,
    campaigns,
    career,
    charts,
    cover,
    executive,
    highlights,
    method,
    testimonials,
)

BUILDERS = {
    Section.COVER: cover.build,
    Section.SUMMARY: executive.build,
    Section.CHARTS: charts.build,
    Section.CAREER: career.build,
    Section.CAMPAIGNS: campaigns.build,
    Section.HIGHLIGHTS: highlights.build,
    Section.AUDIENCES: audiences.build,
    Section.TESTIMONIALS: testimonials.build,
    Section.METHOD: method.build,
    Section.APPENDIX: appendix.build,
}
