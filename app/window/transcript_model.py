"""Table model of the project's transcripts over ``TranscriptSummary`` DTOs (plus coded-line counts)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from coding.dto import TranscriptSummary

TranscriptIdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class TranscriptListModel(QAbstractTableModel):
    """Rows = transcripts in project order. Columns: title, informant, words, lines, coded %."""

    TITLE, INFORMANT, WORDS, LINES, CODED = range(5)
    # (transcript id, new title): editing the title cell (F2) asks for a rename; the model itself never
    # writes, the rename service does, and the list reloads from ``project_changed``.
    rename_requested = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TranscriptSummary] = []
        self._coded: dict[int, int] = {}
        self.editable = False  # set while a writable project is open

    def headers(self) -> list[str]:
        return [self.tr("Transcript"), self.tr("Informant"), self.tr("Words"), self.tr("Lines"), self.tr("Coded")]

    # ---- feeding -------------------------------------------------------------------------------
    def set_rows(self, rows: list[TranscriptSummary], coded: dict[int, int]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._coded = dict(coded)
        self.endResetModel()

    def coded_counts(self) -> dict[int, int]:
        return dict(self._coded)

    def set_all_coded(self, coded: dict[int, int]) -> None:
        """Every transcript's coded-line count at once (read after the rows, so the list shows first)."""
        self._coded = dict(coded)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.CODED), self.index(len(self._rows) - 1, self.CODED))

    def set_coded(self, transcript_id: int, coded_lines: int) -> None:
        """Update one transcript's coded-line count (after a coding change) without a reset."""
        if self._coded.get(transcript_id) == coded_lines:
            return
        self._coded[transcript_id] = coded_lines
        row = self.row_of(transcript_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, self.CODED), self.index(row, self.CODED))

    def rename(self, transcript_id: int, title: str) -> None:
        row = self.row_of(transcript_id)
        if row is not None:
            self._rows[row] = replace(self._rows[row], title=title)
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def row_of(self, transcript_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == transcript_id:
                return i
        return None

    def summary(self, row: int) -> TranscriptSummary:
        return self._rows[row]

    def coded_percent(self, row: int) -> int:
        r = self._rows[row]
        return round(100 * self._coded.get(r.id, 0) / r.line_count) if r.line_count else 0

    # ---- Qt overrides --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        if index.isValid() and index.column() == self.TITLE and self.editable:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.TITLE:
            return False
        r = self._rows[index.row()]
        title = " ".join(str(value).split())
        if title and title != r.title:
            self.rename_requested.emit(r.id, title)
        return False  # the cell shows the stored title until the rename has been committed

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole and col == self.TITLE:
            return r.title
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                return r.title
            if col == self.INFORMANT:
                return r.informant_label or ""
            if col == self.WORDS:
                return r.word_count
            if col == self.LINES:
                return r.line_count
            if col == self.CODED:
                return f"{self.coded_percent(index.row())} %"
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.WORDS, self.LINES, self.CODED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 · %2 words · %3 lines · %4 % coded").replace("%1", r.title).replace(
                "%2", str(r.word_count)).replace("%3", str(r.line_count)).replace(
                "%4", str(self.coded_percent(index.row())))
        if role == TranscriptIdRole:
            return r.id
        if role == SummaryRole:
            return r
        return None
