"""Qt table model over search hits (frozen ``Hit`` DTOs). Main thread only."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from transcripts.search import Hit, iter_marks

Index = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
HtmlRole = Qt.ItemDataRole.UserRole + 3

COL_INFORMANT, COL_TRANSCRIPT, COL_LINE, COL_TEXT, COL_SCORE = range(5)


def hit_html(hit: Hit) -> str:
    """The line with its matches in bold (escaped: transcript text is data, not markup)."""
    return "".join(f"<b>{html.escape(t)}</b>" if m else html.escape(t) for t, m in iter_marks(hit.text, hit.marks))


class SearchResultsModel(QAbstractTableModel):
    KIND_LABELS = {"memo": QT_TRANSLATE_NOOP("SearchResultsModel", "memo"),
                   "journal": QT_TRANSLATE_NOOP("SearchResultsModel", "reflection note"),
                   "condensate": QT_TRANSLATE_NOOP("SearchResultsModel", "condensate")}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: tuple[Hit, ...] = ()
        self._headers = [self.tr("Informant"), self.tr("Transcript"), self.tr("Line"), self.tr("Text"),
                         self.tr("Score")]

    def set_hits(self, hits: tuple[Hit, ...]) -> None:
        self.beginResetModel()
        self._hits = tuple(hits)
        self.endResetModel()

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        h = self._hits[index.row()]
        col = index.column()
        if role == HitRole:
            return h
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_INFORMANT:
                return h.informant if h.kind == "line" else ""
            if col == COL_TRANSCRIPT:
                kind = self.tr(self.KIND_LABELS.get(h.kind, h.kind))
                return h.transcript if h.kind == "line" else f"{kind}: {h.title}"
            if col == COL_LINE:
                return h.line if h.kind == "line" else None
            if col == COL_TEXT:
                return h.text
            if col == COL_SCORE:
                return f"{h.score:.2f}"
        if role == HtmlRole and col == COL_TEXT:
            return hit_html(h)
        if role == SortRole:
            # Qt compares strings and numbers only: compose keys as strings (transcript, then line).
            if col == COL_LINE:
                return f"{h.transcript}\x00{h.line or 0:09d}"
            if col == COL_SCORE:
                return h.score
            if col == COL_INFORMANT:
                return f"{h.informant or '~'}\x00{h.transcript}\x00{h.line or 0:09d}"
            return self.data(index, Qt.ItemDataRole.DisplayRole) or ""
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TEXT:
            codes = ", ".join(h.codes)
            return h.text + (f"\n\n{self.tr('Codes')}: {codes}" if codes else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_LINE, COL_SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
