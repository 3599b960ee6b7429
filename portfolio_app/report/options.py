"""What the user chooses for one PDF: period, sections, language, paper, privacy of names, money."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from portfolio_app.domain.records import Period
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.report.formatting import parse_locale
from portfolio_app.report.selection import AppendixMode


class Section(StrEnum):
    """The sections of DESIGN.md, in the order a reader meets them."""

    COVER = "cover"
    SUMMARY = "summary"
    CHARTS = "charts"
    CAREER = "career"
    CAMPAIGNS = "campaigns"
    HIGHLIGHTS = "highlights"
    AUDIENCES = "audiences"
    TESTIMONIALS = "testimonials"
    METHOD = "method"
    APPENDIX = "appendix"

    @property
    def label(self) -> str:
        return _SECTION_LABELS[self]


_SECTION_LABELS = {
    Section.COVER: QT_TRANSLATE_NOOP("report", "Cover"),
    Section.SUMMARY: QT_TRANSLATE_NOOP("report", "Summary"),
    Section.CHARTS: QT_TRANSLATE_NOOP("report", "Charts"),
    Section.CAREER: QT_TRANSLATE_NOOP("report", "Career"),
    Section.CAMPAIGNS: QT_TRANSLATE_NOOP("report", "Campaigns"),
    Section.HIGHLIGHTS: QT_TRANSLATE_NOOP("report", "Highlights"),
    Section.AUDIENCES: QT_TRANSLATE_NOOP("report", "Audiences"),
    Section.TESTIMONIALS: QT_TRANSLATE_NOOP("report", "Testimonials"),
    Section.METHOD: QT_TRANSLATE_NOOP("report", "Method"),
    Section.APPENDIX: QT_TRANSLATE_NOOP("report", "Appendix"),
}

ALL_SECTIONS = tuple(Section)
# the executive summary is page 1; a cover in front of it is there on request
DEFAULT_SECTIONS = tuple(section for section in ALL_SECTIONS if section is not Section.COVER)
PAGE_SIZES = ("a4", "letter")


def parse_sections(text: str) -> tuple[Section, ...]:
    """'cover,summary, method' → sections in document order; ValueError names the unknown ones."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [name for name in names if name not in Section._value2member_map_]
    if unknown or not names:
        raise ValueError(
            f"unknown section(s): {', '.join(unknown) or '(none given)'}; choose from {', '.join(ALL_SECTIONS)}"
        )
    return tuple(section for section in ALL_SECTIONS if section.value in names)


@dataclass(frozen=True, slots=True)
class ReportOptions:
    period: Period = field(default_factory=Period)
    sections: tuple[Section, ...] = DEFAULT_SECTIONS
    language: str = "en"  # en or de, optionally with a region for number formats: de_CH
    page_size: str = "a4"
    prepared_for: str = ""
    anonymize: bool = False  # organisation names become "Organisation A", "B", …
    show_money: bool | None = None  # None: as in the value settings
    currency: str | None = None  # None: as in the value settings
    appendix: AppendixMode = AppendixMode.SELECTED  # featured + strongest; "full" lists everything

    def __post_init__(self) -> None:
        parse_locale(self.language)
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"unknown page size {self.page_size!r}; choose a4 or letter")
        object.__setattr__(self, "appendix", AppendixMode(self.appendix))  # "full" from a caller is fine
        if self.period.start and self.period.end and self.period.end < self.period.start:
            raise ValueError("the period ends before it starts")

    @property
    def text_language(self) -> str:
        return parse_locale(self.language).language

    def includes(self, section: Section) -> bool:
        if section is Section.APPENDIX and self.appendix is AppendixMode.NONE:
            return False
        return section in self.sections
