"""A read-only tree of segments grouped by informant (theme reader, condensation editor, matrix cell).

Columns: extract, source ("B, l. 212–215 · Intervju B"), code, and optionally a checkable golden mark.
Ticking the mark emits :attr:`SegmentGroupModel.golden_toggled`; the owner calls the service.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTreeView

from coding.recontext import InformantGroup, SegmentItem

SegmentRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # default parent; never mutated


class SegmentGroupModel(QAbstractItemModel):
    golden_toggled = Signal(int, bool)  # segment id, golden

    def __init__(self, golden_column: bool = False, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._groups: tuple[InformantGroup, ...] = ()
        self._golden: set[int] = set()
        self._with_golden = golden_column
        self.columns = [self.tr("Extract"), self.tr("Source"), self.tr("Code")] + \
            ([self.tr("Golden")] if golden_column else [])

    def set_groups(self, groups: tuple[InformantGroup, ...], golden: set[int] | None = None) -> None:
        self.beginResetModel()
        self._groups = groups
        self._golden = set(golden or ())
        self.endResetModel()

    def items(self) -> list[SegmentItem]:
        return [it for g in self._groups for it in g.items]

    # Group rows have internalId 0; segment rows store their group number + 1.
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None

    def segment(self, index: Index) -> SegmentItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[int(index.internalId()) - 1].items[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        seg = self.segment(index)
        if seg is None:
            g = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                n = len(g.items)
                text = self.tr("{0} — {1} segment") if n == 1 else self.tr("{0} — {1} segments")
                return text.format(g.label or self.tr("(no informant)"), n)
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return " ".join(seg.text.split())
            if col == 1:
                return f"{seg.reference} · {seg.transcript_title}"
            if col == 2:
                return seg.code_name
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            ctx = [f"{c.number}  {c.text}" for c in seg.before] + [f"▶ {seg.text}"] + \
                  [f"{c.number}  {c.text}" for c in seg.after]
            return "\n".join(ctx)
        if role == Qt.ItemDataRole.CheckStateRole and self._with_golden and col == 3:
            return Qt.CheckState.Checked if seg.segment_id in self._golden else Qt.CheckState.Unchecked
        if role == SegmentRole:
            return seg
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._with_golden and index.column() == 3 and self.segment(index) is not None:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        seg = self.segment(index)
        if seg is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != 3:
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self.golden_toggled.emit(seg.segment_id, on)
        return True


def segment_columns(view: QTreeView, golden: int | None = None) -> None:
    """A segment list's columns: the extract takes the room, source and code keep to their text."""
    hh = view.header()
    hh.setStretchLastSection(False)
    hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
    hh.resizeSection(2, 170)
    if golden is not None:
        hh.setSectionResizeMode(golden, QHeaderView.ResizeMode.Fixed)
        hh.resizeSection(golden, 58)
