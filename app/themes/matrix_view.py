"""Cross-case matrix view: theme areas (expandable to subgroups and codes) × informants, as a heatmap.

Click a cell to read its segments beside the table; filter columns by informant attributes; switch
between segment and line counts. The model adapts a :class:`coding.matrix.Matrix` DTO.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.context import ProjectContext, follow
from app.empty_hint import EmptyHint
from app.panels import LazyRefresh
from app.reads import LatestRead
from app.themes.segments_model import SegmentGroupModel, segment_columns
from coding.changes import Changes
from coding.matrix import Matrix, MatrixRow, attribute_values, cell_segments, matrix
from coding.recontext import SegmentItem, group_by_informant
from coding.store import Project

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # default parent; never mutated
CellRole = Qt.ItemDataRole.UserRole + 1  # (row kind, row id, informant id)


def heat(value: int, top: int) -> QColor:
    """White → deep blue; the scale is the largest area cell so codes read against their areas."""
    if value <= 0 or top <= 0:
        return QColor("#ffffff")
    t = min(1.0, value / top) ** 0.7
    return QColor(int(255 - t * (255 - 31)), int(255 - t * (255 - 94)), int(255 - t * (255 - 160)))


class MatrixModel(QAbstractItemModel):
    """Rows: areas at the top level, their subgroups and codes below. Column 0 names the row."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.m = Matrix((), ())
        self.measure = "segments"
        self._top_value = 0
        self._top: list[int] = []  # row numbers of areas in m.rows
        self._children: dict[int, list[int]] = {}
        self._parent: dict[int, int] = {}

    def set_matrix(self, m: Matrix, measure: str | None = None) -> None:
        self.beginResetModel()
        self.m = m
        self.measure = measure or self.measure
        # Heat scale: the largest area cell, computed once (data() runs for every visible cell).
        self._top_value = max((getattr(c, self.measure) for r in m.rows if r.kind == "area" for c in r.cells),
                              default=0)
        self._top, self._children, self._parent = [], {}, {}
        stack: list[int] = []
        for i, r in enumerate(m.rows):
            while stack and m.rows[stack[-1]].depth >= r.depth:
                stack.pop()
            if stack:
                self._children.setdefault(stack[-1], []).append(i)
                self._parent[i] = stack[-1]
            else:
                self._top.append(i)
            stack.append(i)
        self.endResetModel()

    def row_of(self, index: Index) -> MatrixRow:
        return self.m.rows[int(index.internalId())]

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        ids = self._children.get(int(parent.internalId()), []) if parent.isValid() else self._top
        return self.createIndex(row, column, ids[row])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        p = self._parent.get(int(index.internalId()))
        if p is None:
            return QModelIndex()
        gp = self._parent.get(p)
        siblings = self._children[gp] if gp is not None else self._top
        return self.createIndex(siblings.index(p), 0, p)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        return len(self._children.get(int(parent.internalId()), []))

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(self.m.columns) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation != Qt.Orientation.Horizontal:
            return None
        n = len(self.m.columns)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Theme area / code")
            return self.tr("Total") if section == n + 1 else self.m.columns[section - 1].label
        if role == Qt.ItemDataRole.ToolTipRole and 0 < section <= n:
            attrs = self.m.columns[section - 1].attributes
            return "\n".join(f"{k}: {v}" for k, v in attrs.items()) or None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        r = self.row_of(index)
        col = index.column()
        n = len(self.m.columns)
        cell = None if col == 0 else (r.total if col == n + 1 else r.cells[col - 1])
        if role == Qt.ItemDataRole.DisplayRole:
            if cell is None:
                return self.tr("Uncategorised") if r.kind == "area" and r.id is None else r.name
            v = getattr(cell, self.measure)
            return str(v) if v else ""
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return QColor(r.color)
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None and col <= n:
            return QBrush(heat(getattr(cell, self.measure), self._top_value))
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None and col <= n:
            if self._top_value and getattr(cell, self.measure) / self._top_value > 0.55:
                return QBrush(QColor("#ffffff"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and r.kind == "area":
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None:
            return self.tr("{0} segments, {1} lines").format(cell.segments, cell.lines)
        if role == CellRole and 0 < col <= n:
            return (r.kind, r.id, self.m.columns[col - 1].informant_id)
        return None


class MatrixView(QWidget):
    def __init__(self, parent: QWidget | None = None,
                 open_transcript: Callable[[int, int, int], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx: ProjectContext | None = None
        self._values: dict[str, list[str]] = {}
        self._reading_keys, self._reading_cell = LatestRead(), LatestRead()
        self.lazy = LazyRefresh(self, "Matrix", self._prepare, self._apply, self._concerns)
        self._open = open_transcript
        self.model = MatrixModel(self)
        self.table = QTreeView()
        self.table.setModel(self.model)
        self.empty_hint = EmptyHint(self.table, self.tr(
            "Theme areas and codes against informants appear here once coded segments are placed in theme areas."))
        self.table.setUniformRowHeights(True)
        self.table.clicked.connect(self.open_cell)
        self.measure = QComboBox()
        self.measure.addItem(self.tr("Segments"), "segments")
        self.measure.addItem(self.tr("Lines"), "lines")
        self.measure.currentIndexChanged.connect(lambda _i: self.refresh())
        self.key = QComboBox()
        self.value = QComboBox()
        self.key.currentIndexChanged.connect(self._key_changed)
        self.value.currentIndexChanged.connect(lambda _i: self.refresh())
        self.cell_title = QLabel(self.tr("Click a cell to read its segments"))
        self.cell_model = SegmentGroupModel(parent=self)
        self.cell_view = QTreeView()
        self.cell_view.setModel(self.cell_model)
        self.cell_hint = EmptyHint(self.cell_view, self.tr("The segments of the cell you click appear here."))
        self.cell_view.setWordWrap(True)
        segment_columns(self.cell_view)
        self.cell_view.doubleClicked.connect(self._double)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Count")))
        bar.addWidget(self.measure)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Informants where")))
        bar.addWidget(self.key)
        bar.addWidget(QLabel("="))
        bar.addWidget(self.value)
        bar.addStretch(1)
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.cell_title)
        sl.addWidget(self.cell_view)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setSizes([650, 350])
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(split)

    def set_context(self, ctx: ProjectContext | None) -> None:
        follow(self.ctx, ctx, settled=self._changed)
        self.ctx = ctx
        self._fill_keys()
        self.lazy.set_context(ctx)
        if ctx is None:
            self.model.set_matrix(Matrix((), ()))

    def _changed(self, changes: Changes) -> None:
        if changes.touches("informants"):  # the filter choices; the matrix itself follows self.lazy
            self._fill_keys()

    @staticmethod
    def _concerns(changes: Changes) -> bool:
        return changes.touches("theme_nodes", "codes", "segments", "informants", "transcripts")

    def _fill_keys(self) -> None:
        """Read the attribute values for the filter on the executor; the choosers follow."""
        if self.ctx is None:
            self._reading_keys.cancel()
            self._keys_read({})
            return
        self._reading_keys.read(self.ctx, "Matrix filters", attribute_values, on_done=self._keys_read)

    def _keys_read(self, values: dict[str, list[str]]) -> None:
        self.key.blockSignals(True)
        keep = self.key.currentData()
        self.key.clear()
        self.key.addItem(self.tr("(all informants)"), None)
        self._values = values
        for k in self._values:
            self.key.addItem(k, k)
        i = self.key.findData(keep)
        self.key.setCurrentIndex(max(0, i))
        self.key.blockSignals(False)
        self._key_changed(refresh=False)

    def _key_changed(self, _i: int = 0, refresh: bool = True) -> None:
        self.value.blockSignals(True)
        self.value.clear()
        k = self.key.currentData()
        for v in self._values.get(k, []) if k else []:
            self.value.addItem(v, v)
        self.value.setEnabled(bool(k))
        self.value.blockSignals(False)
        if refresh:
            self.refresh()

    def set_filter(self, key: str | None, value: str | None) -> None:
        self.key.setCurrentIndex(max(0, self.key.findData(key)))
        if value is not None:
            self.value.setCurrentIndex(max(0, self.value.findData(value)))

    def filters(self) -> dict[str, str]:
        k, v = self.key.currentData(), self.value.currentData()
        return {k: v} if k and v else {}

    def refresh(self) -> None:
        """Recompute now (on the executor), shown or not: an explicit request, e.g. a new filter."""
        if self.ctx is None:
            self.model.set_matrix(Matrix((), ()))
            return
        self.lazy.request(force=True)

    def _prepare(self) -> Callable[[Project], Matrix]:
        filters = self.filters()
        return lambda project: matrix(project, filters)

    def _apply(self, m: Matrix) -> None:
        self.model.set_matrix(m, self.measure.currentData())
        self.table.expandAll()
        # Names take the room that is left; the counts (informants, then the total) keep to their digits.
        hh = self.table.header()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Widths from the widest text of each column, measured once: the view's sizeHintForColumn asks the
        # delegate for every row of every column (160 ms for 120 rows × 21 columns).
        fm = self.table.fontMetrics()
        widest = [0] * self.model.columnCount()
        parents = [QModelIndex()]
        while parents:
            parent = parents.pop()
            for r in range(self.model.rowCount(parent)):
                parents.append(self.model.index(r, 0, parent))
                for c in range(1, len(widest)):
                    text = self.model.index(r, c, parent).data(Qt.ItemDataRole.DisplayRole)
                    if text is not None:
                        widest[c] = max(widest[c], fm.horizontalAdvance(str(text)))
        for c in range(1, len(widest)):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            hh.resizeSection(c, max(48, widest[c] + 16, hh.sectionSizeHint(c)))

    def open_cell(self, index: QModelIndex) -> None:
        key = index.data(CellRole)
        if key is None or self.ctx is None:
            return
        kind, rid, inf = key
        name, col = self.model.row_of(index).name, self.model.m.columns[index.column() - 1].label
        self.cell_title.setText(self.tr("<b>{0}</b> × {1}: loading…").format(html.escape(name), html.escape(col)))

        def show(items: list[SegmentItem]) -> None:
            text = self.tr("<b>{0}</b> × {1}: {2} segment") if len(items) == 1 else self.tr("<b>{0}</b> × {1}: {2} segments")
            self.cell_title.setText(text.format(html.escape(name), html.escape(col), len(items)))
            self.cell_model.set_groups(group_by_informant(items))
            self.cell_view.expandAll()

        # Read on the executor; a cell clicked meanwhile supersedes this one.
        self._reading_cell.read(self.ctx, "Matrix cell", cell_segments, kind, rid, inf, on_done=show)

    def _double(self, idx: QModelIndex) -> None:
        seg = self.cell_model.segment(idx)
        if seg is not None and self._open is not None:
            self._open(seg.transcript_id, seg.start, seg.end)

