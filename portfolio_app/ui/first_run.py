"""What an empty record shows: the three ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from portfolio_app.ui.actions import action_icon


class _Choice(QFrame):
    """A card: a title, one sentence, and a button."""

    def __init__(self, title: str, text: str, button: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(170)
        self.setMaximumWidth(300)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.button = QPushButton(action_icon(icon_name), button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(body, 1)
        layout.addWidget(self.button)


class EmptyState(QWidget):
    add_contribution = Signal()
    import_export = Signal()
    open_demo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        title = QLabel(self.tr("Your record is empty"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(self.tr(
            "Keep every post, talk, article and campaign here, with the audiences you reach. "
            "Start in one of three ways:"
        ))
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setFixedWidth(560)
        intro.setMinimumHeight(intro.heightForWidth(560))  # all wrapped lines, whatever the layout offers

        self.add_choice = _Choice(
            self.tr("Add a contribution"),
            self.tr("Type in a post, talk or article with the figures you know. Unknown figures can stay empty."),
            self.tr("Add a contribution…"),
            "document-new",
        )
        self.import_choice = _Choice(
            self.tr("Import an export"),
            self.tr("Bring in your LinkedIn, X, Mastodon or CSV export. "
                    "Importing twice updates instead of duplicating."),
            self.tr("Import…"),
            "document-import",
        )
        self.demo_choice = _Choice(
            self.tr("Look at the demo"),
            self.tr("Open a demo career in a separate file to see what the app does. Your record stays untouched."),
            self.tr("Open the demo data"),
            "go-home",
        )
        self.add_choice.button.clicked.connect(self.add_contribution)
        self.import_choice.button.clicked.connect(self.import_export)
        self.demo_choice.button.clicked.connect(self.open_demo)

        cards = QHBoxLayout()
        cards.setSpacing(16)
        cards.addStretch(1)
        for card in (self.add_choice, self.import_choice, self.demo_choice):
            cards.addWidget(card)
        cards.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(intro, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addLayout(cards)
        layout.addStretch(2)

    def set_available(self, *, add: tuple[bool, str], import_: tuple[bool, str]) -> None:
        """Enable the choices whose feature exists; a disabled one says why in its tooltip."""
        for card, (enabled, reason) in ((self.add_choice, add), (self.import_choice, import_)):
            card.button.setEnabled(enabled)
            card.button.setToolTip("" if enabled else reason)
