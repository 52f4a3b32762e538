"""Coding progress: per transcript the share of lines coded, and which transcripts each pass has covered.

One table model over ``TranscriptProgress`` DTOs: fixed columns, then one column per coding pass
("Pass 1", "Pass 2", …). Share columns are drawn as bars. Shown as a dialog from Code ▸ Progress.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import ProjectContext
from app.i18n import percent
from app.reads import LatestRead
from coding import code_queries as cq

ShareRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class ProgressModel(QAbstractTableModel):
    FIXED = ("Transcript", "Informant", "Lines", "Coded", "Informant lines coded")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[cq.TranscriptProgress] = []
        self.passes: list[int] = []

    def set_data(self, rows: list[cq.TranscriptProgress]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.passes = sorted({p for r in rows for p in r.by_pass})
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIXED) + len(self.passes)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(self.FIXED):
            return (self.tr("Transcript"), self.tr("Informant"), self.tr("Lines"), self.tr("Coded"),
                    self.tr("Informant lines coded"))[section]
        k = section - len(self.FIXED)
        if 0 <= k < len(self.passes):
            return self.tr("Pass %1").replace("%1", str(self.passes[k]))
        return None

    def share(self, index: AnyIndex) -> float | None:
        r = self.rows[index.row()]
        c = index.column()
        if c == 3:
            return r.share
        if c == 4:
            return r.informant_share
        if c >= len(self.FIXED):
            p = self.passes[c - len(self.FIXED)]
            return r.by_pass.get(p, 0) / r.lines if r.lines else 0.0
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == 0:
                return r.title
            if c == 1:
                return r.informant_label or "–"
            if c == 2:
                return r.lines
            share = self.share(index)
            if c == 3:
                return f"{r.lines_coded} ({percent(share)})"
            if c == 4:
                return f"{r.informant_lines_coded}/{r.informant_lines} ({percent(share)})"
            p = self.passes[c - len(self.FIXED)]
            return percent(share) if p in r.by_pass else "—"
        if role == ShareRole:
            return self.share(index)
        if role == Qt.ItemDataRole.TextAlignmentRole and c >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ShareBarDelegate(QStyledItemDelegate):
    """A thin horizontal bar under the text, as long as the share."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        share = index.data(ShareRole)
        if share is None:
            return
        r: QRect = option.rect.adjusted(4, option.rect.height() - 6, -4, -2)  # type: ignore[attr-defined]
        painter.save()
        painter.fillRect(r, QColor("#e6e6e6"))
        painter.fillRect(QRect(r.left(), r.top(), int(r.width() * max(0.0, min(1.0, share))), r.height()),
                         QColor("#59a14f"))
        painter.restore()


class ProgressDialog(QDialog):
    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.setWindowTitle(self.tr("Coding progress"))
        self.ctx = ctx
        self.model = ProgressModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(ShareBarDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table)
        lay.addWidget(buttons)
        ctx.project_changed.connect(self._on_changed)
        self._reading = LatestRead()
        self.reload()
        self.resize(820, 420)

    def _on_changed(self, changes: Any) -> None:
        if changes.touches("segments", "transcripts", "lines"):
            self.reload()

    def reload(self) -> None:
        """Count on the executor; the table and the summary follow (a newer count supersedes)."""
        self._reading.read(self.ctx, "Coding progress", lambda p: (cq.progress(p), cq.passes(p)),
                           on_done=lambda r: self._show(*r))

    def _show(self, rows: list[Any], passes: list[Any]) -> None:
        self.model.set_data(rows)
        total = sum(r.lines for r in rows)
        coded = sum(r.lines_coded for r in rows)
        covered = "; ".join(self.tr("pass %1: %2 of %3 transcripts").replace("%1", str(p.number))
                            .replace("%2", str(len(p.transcripts))).replace("%3", str(len(rows))) for p in passes)
        self.summary.setText(self.tr("%1 of %2 lines coded (%3).").replace("%1", str(coded))
                             .replace("%2", str(total)).replace("%3", percent(coded / total) if total else "0 %")
                             + (" " + covered if covered else ""))

