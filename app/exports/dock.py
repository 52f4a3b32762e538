"""The quotes dock: every quote with its status (editable), refreshed on ``project_changed``."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.exports.quotes_model import STATUS_COL, STATUS_LABELS, QuotesModel
from coding.services.quotes import set_status
from exports.data import load_quotes


class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        box = QComboBox(parent)
        box.addItems(list(STATUS_LABELS.values()))
        return box

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(STATUS_LABELS.get(index.data(0x0002) or "", ""))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class QuotesDock(QDockWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__("Quotes (member check)", parent)
        self.setObjectName("QuotesDock")
        self.ctx = ctx
        self.model = QuotesModel(self._set_status, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(STATUS_COL, StatusDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setVisible(False)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self.setWidget(body)
        self.set_context(ctx)

    def set_context(self, ctx: Any) -> None:
        self.ctx = ctx
        if ctx is not None:
            ctx.project_changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: Any) -> None:
        if changes.touches("quotes", "segments", "codes", "theme_nodes", "transcripts", "informants"):
            self.refresh()

    def refresh(self) -> None:
        if self.ctx is None:
            self.model.set_rows([])
            return
        self.model.set_rows(load_quotes(self.ctx.project, include_withdrawn=True))
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.resizeRowsToContents()

    def _set_status(self, quote_id: int, status: str) -> None:
        self.ctx.run("Quote status", set_status, quote_id, status)
