"""The quotes dock: every quote with its status (editable), refreshed on ``project_changed``.

"Trim…" (or a double-click outside the status column) opens the trim editor; "Quote from segment"
makes a quote of the segment selected in the code view or the reader.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import follow
from app.empty_hint import EmptyHint
from app.exports.quotes_model import QUOTE_COL, STATUS_COL, STATUS_LABELS, QuotesModel, status_label
from app.exports.trim_editor import TrimEditor, selected_segment_ids
from app.panels import LazyRefresh
from coding.services.quotes import create_quote, set_status
from exports.data import load_quotes


class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        box = QComboBox(parent)
        box.addItems([status_label(k) for k in STATUS_LABELS])
        return box

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(status_label(index.data(0x0002) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class QuotesDock(QDockWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Quotes (member check)"), parent)
        self.setObjectName("QuotesDock")
        self.ctx = ctx
        self.model = QuotesModel(self._set_status, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.empty_hint = EmptyHint(self.view, self.tr(
            "No quotes yet.\nTick “Golden” beside a segment in the condensation view, or select text in a "
            "transcript and press Quote from segment."))
        self.view.setItemDelegateForColumn(STATUS_COL, StatusDelegate(self.view))
        # Compact rows: two lines of the quote, elided (the tooltip and the trim editor show all of it).
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(2 * self.view.fontMetrics().lineSpacing() + 8)
        # The quote comes right after who and where, so a narrow dock shows it; it takes the free width.
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().moveSection(QUOTE_COL, 2)
        self.view.viewport().installEventFilter(self)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.trim_editor: TrimEditor | None = None
        self.trim_btn = QPushButton(self.tr("Trim…"))
        self.trim_btn.setToolTip(self.tr("Choose the words to quote and cut middle parts into […] "
                                         "(the coding stays)"))
        self.trim_btn.clicked.connect(self.trim_current)
        self.new_btn = QPushButton(self.tr("Quote from segment"))
        self.new_btn.setToolTip(self.tr("Make a quote of the segment selected in the code view or the reader"))
        self.new_btn.clicked.connect(self.create_from_segment)
        self.message = QLabel()
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.new_btn)
        bar.addWidget(self.trim_btn)
        bar.addWidget(self.message, 1)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.view)
        self.setWidget(body)
        # The list is read on the executor, and only while the dock is shown (it starts hidden); a hidden
        # dock reads it when it is next shown. Changes arrive through project_changed (_on_changed).
        self._lazy = LazyRefresh(self, "Quote list", lambda: _quote_rows, self._take_rows, lambda _ch: False)
        self.set_context(ctx)

    def set_context(self, ctx: Any) -> None:
        if self.trim_editor is not None:  # it edits a quote of the previous project
            self.trim_editor.close()
            self.trim_editor.deleteLater()
            self.trim_editor = None
        follow(self.ctx, ctx, project_changed=self._on_changed)
        self.ctx = ctx
        self.new_btn.setEnabled(ctx is not None and not ctx.readonly)
        if ctx is None:
            self.model.set_rows([])
        self._lazy.set_context(ctx)

    def _on_changed(self, changes: Any) -> None:
        if set(changes.touched) == {"segments"}:
            # Plain coding: only a change to a quoted segment can alter this list.
            quoted = {self.model.row(i).segment_id for i in range(self.model.rowCount())}
            if not changes.ids("segments") & quoted:
                return
        if changes.touches("quotes", "segments", "codes", "theme_nodes", "transcripts", "informants"):
            self._lazy.stale = True
            self._lazy.request()

    def refresh(self) -> None:
        """Re-read the list now (on the executor), shown or not."""
        if self.ctx is None:
            self.model.set_rows([])
            return
        self._lazy.request(force=True)

    def _take_rows(self, rows: list[Any]) -> None:
        keep = self.current_quote_id()  # a reset model loses the current row; the user's place should not
        self.model.set_rows(rows)
        row = next((i for i in range(self.model.rowCount()) if self.model.row(i).quote_id == keep), None)
        if keep is not None and row is not None:
            self.view.selectRow(row)
        self.fit_columns(contents=True)

    # Widest a side column gets (px); the quote column takes what is left, at least QUOTE_MIN.
    COLUMN_CAPS = {0: 90, 1: 110, 2: 140, 3: 140, 4: 130}
    QUOTE_MIN = 220

    def fit_columns(self, contents: bool = False) -> None:
        v = self.view
        if contents:
            for col, cap in self.COLUMN_CAPS.items():
                v.resizeColumnToContents(col)
                v.setColumnWidth(col, min(v.columnWidth(col), cap))
        rest = sum(v.columnWidth(c) for c in self.COLUMN_CAPS)
        v.setColumnWidth(QUOTE_COL, max(self.QUOTE_MIN, v.viewport().width() - rest))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(obj, event)

    def _set_status(self, quote_id: int, status: str) -> None:
        self.ctx.run(self.tr("Quote status"), set_status, quote_id, status)

    # ---- trimming and new quotes -------------------------------------------------------------------
    def current_quote_id(self) -> int | None:
        ix = self.view.currentIndex()
        return self.model.row(ix.row()).quote_id if ix.isValid() else None

    def _on_double_clicked(self, index: Any) -> None:
        if index.column() != STATUS_COL:  # the status column edits in place
            self.open_trim(self.model.row(index.row()).quote_id)

    def trim_current(self) -> None:
        qid = self.current_quote_id()
        if qid is None:
            self.message.setText(self.tr("Select a quote first."))
            return
        self.open_trim(qid)

    def open_trim(self, quote_id: int | None) -> TrimEditor | None:
        if self.ctx is None or quote_id is None:
            return None
        self.message.clear()
        if self.trim_editor is None:
            self.trim_editor = TrimEditor(self.ctx, quote_id, self)
        else:
            self.trim_editor.set_quote(quote_id)
        self.trim_editor.show()
        self.trim_editor.raise_()
        self.trim_editor.activateWindow()
        return self.trim_editor

    def create_from_segment(self) -> None:
        if self.ctx is None:
            return
        ids = selected_segment_ids(self.parentWidget(), self.ctx.project)
        if not ids:
            self.message.setText(self.tr("Select a coded segment (code view or reader) first."))
            return
        have = {self.model.row(i).segment_id: i for i in range(self.model.rowCount())}
        new = [sid for sid in ids if sid not in have]
        if new:
            with self.ctx.macro(self.tr("New quote") if len(new) == 1
                                else self.tr("New quotes (%1)").replace("%1", str(len(new)))):
                for sid in new:
                    self.ctx.run(self.tr("New quote"), create_quote, sid)
        msg = self.tr("1 new quote") if len(new) == 1 else self.tr("%1 new quotes").replace("%1", str(len(new)))
        if len(new) < len(ids):
            msg += self.tr("; %1 already quoted").replace("%1", str(len(ids) - len(new)))
        self.message.setText(msg)
        row = next((i for i in range(self.model.rowCount()) if self.model.row(i).segment_id in ids), None)
        if row is not None:
            self.view.selectRow(row)


def _quote_rows(project: Any) -> list[Any]:
    return load_quotes(project, include_withdrawn=True)
