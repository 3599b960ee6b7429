"""The one registry of record kinds in the window: per kind its service and rules, page, editor and words.

The layers below keep what they own, keyed by the same ``RecordKind``:
``domain.validation.CHECKS`` (the rules) and ``services.records.SERVICES``
(reading and writing). Everything the window needs per kind is reached from
here, so a new kind is added in one place. The service and the editor are
imported when first asked for: they load the database layer, which the
window must not do before its first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from portfolio_app.domain.kinds import TABLE_KINDS, RecordKind
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.ui.tables.format import plural
from portfolio_app.ui.tables.specs import AUDIENCE_SPEC, CAMPAIGN_SPEC, EMPLOYMENT_SPEC, TESTIMONIAL_SPEC, TableSpec

if TYPE_CHECKING:
    from portfolio_app.services.records import RecordService
    from portfolio_app.ui.editors.base import RecordEditor

K = RecordKind


def _contribution_editor() -> type[RecordEditor]:
    from portfolio_app.ui.editors.contribution import ContributionEditor

    return ContributionEditor


def _audience_editor() -> type[RecordEditor]:
    from portfolio_app.ui.editors.audience import AudienceEditor

    return AudienceEditor


def _campaign_editor() -> type[RecordEditor]:
    from portfolio_app.ui.editors.campaign import CampaignEditor

    return CampaignEditor


def _employment_editor() -> type[RecordEditor]:
    from portfolio_app.ui.editors.employment import EmploymentEditor

    return EmploymentEditor


def _testimonial_editor() -> type[RecordEditor]:
    from portfolio_app.ui.editors.testimonial import TestimonialEditor

    return TestimonialEditor


@dataclass(frozen=True)
class KindEntry:
    kind: RecordKind
    title: str  # the page's name in the navigation, marked for translation (context "MainWindow")
    delete_text: Callable[[int], str]  # "Delete 3 contributions": the confirmation and the Undo menu
    shows: frozenset[RecordKind]  # what its page shows, so the changes it refreshes for
    editor: Callable[[], type[RecordEditor]] | None = None
    spec: TableSpec | None = None  # a small table; None for the contributions page, which has its own
    add_text: str = ""  # "Undo Add contribution", marked for translation (context "undo")
    edit_text: str = ""  # "Undo Edit contribution"

    @property
    def service(self) -> RecordService:
        from portfolio_app.services.records import SERVICES

        return SERVICES[self.kind]

    def page_title(self) -> str:
        return QCoreApplication.translate("MainWindow", self.title)


KINDS: dict[RecordKind, KindEntry] = {
    entry.kind: entry
    for entry in (
        KindEntry(
            K.CONTRIBUTION, QT_TRANSLATE_NOOP("MainWindow", "Contributions"),
            lambda n: plural(QCoreApplication.translate("undo", "Delete %Ln contribution(s)", "", n), n),
            frozenset({K.CONTRIBUTION, K.AUDIENCE, K.CAMPAIGN, K.EMPLOYMENT}),  # names and filter choices
            _contribution_editor,
            add_text=QT_TRANSLATE_NOOP("undo", "Add contribution"),
            edit_text=QT_TRANSLATE_NOOP("undo", "Edit contribution"),
        ),
        KindEntry(
            K.AUDIENCE, QT_TRANSLATE_NOOP("MainWindow", "Audiences"),
            lambda n: plural(QCoreApplication.translate("undo", "Delete %Ln audience(s)", "", n), n),
            frozenset({K.AUDIENCE, K.AUDIENCE_SNAPSHOT, K.EMPLOYMENT, K.CONTRIBUTION}),  # sizes, owner, counts
            _audience_editor, AUDIENCE_SPEC,
            add_text=QT_TRANSLATE_NOOP("undo", "Add audience"), edit_text=QT_TRANSLATE_NOOP("undo", "Edit audience"),
        ),
        KindEntry(
            K.CAMPAIGN, QT_TRANSLATE_NOOP("MainWindow", "Campaigns"),
            lambda n: plural(QCoreApplication.translate("undo", "Delete %Ln campaign(s)", "", n), n),
            frozenset({K.CAMPAIGN, K.EMPLOYMENT, K.CONTRIBUTION}),
            _campaign_editor, CAMPAIGN_SPEC,
            add_text=QT_TRANSLATE_NOOP("undo", "Add campaign"), edit_text=QT_TRANSLATE_NOOP("undo", "Edit campaign"),
        ),
        KindEntry(
            K.EMPLOYMENT, QT_TRANSLATE_NOOP("MainWindow", "Career"),
            lambda n: plural(QCoreApplication.translate("undo", "Delete %Ln role(s)", "", n), n),
            frozenset({K.EMPLOYMENT, K.CONTRIBUTION}),
            _employment_editor, EMPLOYMENT_SPEC,
            add_text=QT_TRANSLATE_NOOP("undo", "Add role"), edit_text=QT_TRANSLATE_NOOP("undo", "Edit role"),
        ),
        KindEntry(
            K.TESTIMONIAL, QT_TRANSLATE_NOOP("MainWindow", "Testimonials"),
            lambda n: plural(QCoreApplication.translate("undo", "Delete %Ln testimonial(s)", "", n), n),
            frozenset({K.TESTIMONIAL, K.EMPLOYMENT}),
            _testimonial_editor, TESTIMONIAL_SPEC,
            add_text=QT_TRANSLATE_NOOP("undo", "Add testimonial"),
            edit_text=QT_TRANSLATE_NOOP("undo", "Edit testimonial"),
        ),
        KindEntry(
            K.AUDIENCE_SNAPSHOT, "",  # no page: edited inside the audience editor
            lambda n: plural(QCoreApplication.translate("undo", "Delete %Ln size record(s)", "", n), n),
            frozenset({K.AUDIENCE_SNAPSHOT}),
        ),
    )
}
assert all(kind in KINDS for kind in TABLE_KINDS)


def entry(kind: RecordKind | str) -> KindEntry:
    return KINDS[RecordKind(kind)]


def _find(kind: RecordKind | str) -> KindEntry | None:
    try:
        return KINDS.get(RecordKind(kind))
    except ValueError:
        return None


def delete_text(kind: RecordKind | str, count: int) -> str:
    """What the user sees in the confirmation and in "Undo Delete 3 contributions"."""
    found = _find(kind)
    if found is not None:
        return found.delete_text(count)
    return plural(QCoreApplication.translate("undo", "Delete %Ln record(s)", "", count), count)


def editor_class(kind: RecordKind | str) -> type[RecordEditor]:
    found = _find(kind)
    if found is None or found.editor is None:
        raise ValueError(f"no editor for table {kind!r}")
    return found.editor()
