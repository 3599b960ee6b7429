"""Preferences → Value rates: every rate with its amount, currency, source and date, and the exchange rates.

A money figure is only as good as the rate behind it, so each rate says where
it comes from. Changing an amount without writing a new source marks the rate
as "set by you" and dates it today; an exchange rate is what lets an estimate
appear in another currency than its rate's.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.enums import Platform
from portfolio_app.domain.records import ExchangeRate, Rate, ValueRates
from portfolio_app.services.profile_and_rates import USER_SOURCE
from portfolio_app.ui.text_fill import fill

MAX_RATE = 1_000_000.0
AUDIENCE = "audience"  # the row key of the value per follower and month
AMOUNT, CURRENCY, SOURCE, DATE = 1, 2, 3, 4


def _spin(decimals: int = 2) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.0, MAX_RATE)
    spin.setDecimals(decimals)
    spin.setSingleStep(0.5)
    spin.setFrame(False)
    return spin


def _item(text: str, editable: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The cell's item (every cell of the rates table gets one when the table is built)."""
    item = table.item(row, column)
    if item is None:
        item = _item("")
        table.setItem(row, column, item)
    return item


def _day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text.strip()) if text.strip() else None


class ValueRatesEditor(QWidget):
    """set_rates(rates) shows them; rates(show_money, currency) reads them back, or raises ValueError."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        heads = [self.tr("Rate"), self.tr("Amount"), self.tr("Currency"), self.tr("Source"), self.tr("As of")]
        self.table = QTableWidget(0, len(heads), self)
        self.table.setHorizontalHeaderLabels(heads)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        self.keys = [AUDIENCE, *(platform.value for platform in Platform)]
        self.amount_spins: dict[str, QDoubleSpinBox] = {}
        labels = [self.tr("Value per follower and month")] + [
            QCoreApplication.translate("enum", platform.label) + " · " + self.tr("CPM") for platform in Platform]
        self.table.setRowCount(len(self.keys))
        for row, (key, label) in enumerate(zip(self.keys, labels)):
            self.table.setItem(row, 0, _item(label, editable=False))
            self.amount_spins[key] = _spin()
            self.table.setCellWidget(row, AMOUNT, self.amount_spins[key])
            for column in (CURRENCY, SOURCE, DATE):
                self.table.setItem(row, column, _item(""))
        exchange_heads = [self.tr("From"), self.tr("To"), self.tr("1 From in To"), self.tr("Source"), self.tr("As of")]
        self.exchange = QTableWidget(0, len(exchange_heads), self)
        self.exchange.setHorizontalHeaderLabels(exchange_heads)
        self.exchange.verticalHeader().setVisible(False)
        self.exchange.horizontalHeader().setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        self.exchange.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exchange.setMaximumHeight(120)
        add, remove = QPushButton(self.tr("Add exchange rate")), QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self.add_exchange(ExchangeRate("USD", "EUR", 1.0, "", dt.date.today())))
        remove.clicked.connect(lambda: self.exchange.removeRow(self.exchange.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        note = QLabel(self.tr("Exchange rates: an estimate appears in the currency above only where its rate's "
                              "currency can be converted; otherwise it stays in the rate's own currency."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.exchange)
        layout.addLayout(buttons)
        self._shown: dict[str, Rate] = {}

    def set_rates(self, rates: ValueRates) -> None:
        self._shown = {AUDIENCE: rates.audience_rate, **rates.cpm}
        for row, key in enumerate(self.keys):
            rate = self._shown.get(key) or Rate(0.0, rates.currency)
            self.amount_spins[key].setValue(rate.amount)
            _cell(self.table, row, CURRENCY).setText(rate.currency)
            _cell(self.table, row, SOURCE).setText(rate.source)
            _cell(self.table, row, DATE).setText(rate.date.isoformat() if rate.date else "")
        self.exchange.setRowCount(0)
        for exchange in rates.exchange:
            self.add_exchange(exchange)

    def add_exchange(self, rate: ExchangeRate) -> None:
        row = self.exchange.rowCount()
        self.exchange.insertRow(row)
        self.exchange.setItem(row, 0, _item(rate.from_currency))
        self.exchange.setItem(row, 1, _item(rate.to_currency))
        spin = _spin(4)
        spin.setValue(rate.factor)
        self.exchange.setCellWidget(row, 2, spin)
        self.exchange.setItem(row, SOURCE, _item(rate.source))
        self.exchange.setItem(row, DATE, _item(rate.date.isoformat() if rate.date else ""))

    def _text(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item else ""

    def _currency(self, text: str, where: str) -> str:
        code = text.upper()
        if len(code) != 3 or not code.isalpha():
            raise ValueError(fill(self.tr("%1: a currency is a three-letter code such as EUR"), where))
        return code

    def _date(self, text: str, where: str) -> dt.date | None:
        try:
            return _day(text)
        except ValueError:
            raise ValueError(fill(self.tr("%1: write the date as YYYY-MM-DD"), where)) from None

    def rates(self, *, show_money: bool, currency: str, today: dt.date | None = None) -> ValueRates:
        today = today or dt.date.today()
        read: dict[str, Rate] = {}
        for row, key in enumerate(self.keys):
            where = self._text(self.table, row, 0)
            rate = Rate(self.amount_spins[key].value(), self._currency(self._text(self.table, row, CURRENCY), where),
                        self._text(self.table, row, SOURCE), self._date(self._text(self.table, row, DATE), where))
            shown = self._shown.get(key)
            changed = shown is None or (rate.amount, rate.currency) != (shown.amount, shown.currency)
            if changed and (rate.source, rate.date) == ((shown.source, shown.date) if shown else ("", None)):
                rate = Rate(rate.amount, rate.currency, USER_SOURCE, today)  # a new figure, not the old source's
            read[key] = rate
        exchange = []
        for row in range(self.exchange.rowCount()):
            where = fill(self.tr("Exchange rate %1"), row + 1)
            spin = self.exchange.cellWidget(row, 2)
            assert isinstance(spin, QDoubleSpinBox), "add_exchange puts the factor's spin box there"
            exchange.append(ExchangeRate(
                self._currency(self._text(self.exchange, row, 0), where),
                self._currency(self._text(self.exchange, row, 1), where),
                spin.value(), self._text(self.exchange, row, SOURCE),
                self._date(self._text(self.exchange, row, DATE), where)))
        audience = read.pop(AUDIENCE)
        return ValueRates(currency, show_money, audience, read, tuple(exchange))
