"""One QAbstractItemModel for the theme hierarchy: areas → subgroups → codes, plus Uncategorised and
the research questions. Built from a :class:`coding.themes_read.Hierarchy` DTO; it never writes.

Dropping codes emits :attr:`ThemeTreeModel.codes_dropped`; the dock turns that into a service call.
Main thread only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

from coding.themes_read import Hierarchy

MIME_CODES = "application/x-kondens-code-ids"
KindRole = Qt.ItemDataRole.UserRole + 1  # "area" | "subgroup" | "code" | "uncategorised" | "questions" | "question"
IdRole = Qt.ItemDataRole.UserRole + 2  # database id (None for Uncategorised / Questions)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # default parent; never mutated


@dataclass(eq=False)
class Item:
    kind: str
    id: int | None
    name: str
    color: str = ""
    count: int | None = None
    tooltip: str = ""
    parent: Item | None = None
    children: list[Item] = field(default_factory=list)

    def add(self, child: Item) -> Item:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0

    @property
    def key(self) -> tuple[str, int | None]:
        return self.kind, self.id


def build_tree(h: Hierarchy) -> Item:
    root = Item("root", None, "")
    seg_total: dict[int, int] = {}
    for c in h.codes:
        if c.theme_id is not None:
            area = h.area_of(c.theme_id)
            seg_total[area] = seg_total.get(area, 0) + c.segments
            if area != c.theme_id:
                seg_total[c.theme_id] = seg_total.get(c.theme_id, 0) + c.segments

    def codes_under(parent: Item, theme_id: int | None) -> None:
        for c in h.codes_in(theme_id):
            parent.add(Item("code", c.id, c.name, c.color, c.segments))

    for a in h.areas():
        qs = h.questions_of(a.id)
        tip = a.description + ("\n\n" + QCoreApplication.translate("ThemeTreeModel", "Answers: {0}").format("; ".join(q.text for q in qs)) if qs else "")
        area = root.add(Item("area", a.id, a.name, a.color, seg_total.get(a.id, 0), tip.strip()))
        for sub in h.subgroups(a.id):
            si = area.add(Item("subgroup", sub.id, sub.name, sub.color, seg_total.get(sub.id, 0), sub.description))
            codes_under(si, sub.id)
        codes_under(area, a.id)
    unc = root.add(Item("uncategorised", None, QCoreApplication.translate("ThemeTreeModel", "Uncategorised"), "#bab0ac"))
    codes_under(unc, None)
    unc.count = sum(c.count or 0 for c in unc.children)
    qs_item = root.add(Item("questions", None, QCoreApplication.translate("ThemeTreeModel", "Research questions")))
    names = {n.id: n.name for n in h.nodes}
    for q in h.questions:
        qi = qs_item.add(Item("question", q.id, q.text, tooltip=q.text))
        for tid in q.theme_ids:
            qi.add(Item("question_link", tid, names.get(tid, "?")))
    return root


def subgroup_icon(color: str, size: int = 16) -> QIcon:
    """A small folder in the subgroup's colour: a subgroup holds codes, a code is a plain swatch."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = QColor(color or "#888888")
    p.setPen(QPen(c.darker(150), 1))
    p.setBrush(c)
    p.drawRoundedRect(1, 2, int(size * 0.45), 3, 1, 1)  # the tab
    p.drawRoundedRect(1, 4, size - 2, size - 6, 2, 2)
    p.end()
    return QIcon(pm)


class ThemeTreeModel(QAbstractItemModel):
    codes_dropped = Signal(list, object, int)  # code ids, theme id or None (Uncategorised), row or -1
    rename_requested = Signal(str, int, str)  # kind, id, new name

    COLUMNS = ("Name", "Segments")

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._root = Item("root", None, "")

    # ---- feeding ----------------------------------------------------------------------------------
    def set_hierarchy(self, h: Hierarchy) -> None:
        self.beginResetModel()
        self._root = build_tree(h)
        self.endResetModel()

    def update_hierarchy(self, h: Hierarchy) -> bool:
        """Take ``h`` in place when its tree has the same rows as the shown one (after coding only the
        counts differ): the changed rows get ``dataChanged``, expansion, selection and scroll position
        stay, and the view lays out nothing. Returns False (nothing done) when rows were added, removed
        or moved; then ``set_hierarchy`` resets the model."""
        new = build_tree(h)

        def same(a: Item, b: Item) -> bool:
            return len(a.children) == len(b.children) and all(
                x.key == y.key and same(x, y) for x, y in zip(a.children, b.children, strict=True))

        if not same(self._root, new):
            return False
        last = len(self.COLUMNS) - 1

        def take(old: Item, fresh: Item, parent: QModelIndex) -> None:
            for r, (o, f) in enumerate(zip(old.children, fresh.children, strict=True)):
                if (o.name, o.color, o.count, o.tooltip) != (f.name, f.color, f.count, f.tooltip):
                    o.name, o.color, o.count, o.tooltip = f.name, f.color, f.count, f.tooltip
                    self.dataChanged.emit(self.createIndex(r, 0, o), self.createIndex(r, last, o))
                if o.children:
                    take(o, f, self.createIndex(r, 0, o))

        take(self._root, new, QModelIndex())
        return True

    def item(self, index: Index) -> Item:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[no-any-return]

    def find(self, kind: str, id_: int | None) -> QModelIndex:
        stack = [(self._root, QModelIndex())]
        while stack:
            it, idx = stack.pop()
            for r, ch in enumerate(it.children):
                cidx = self.index(r, 0, idx)
                if ch.kind == kind and ch.id == id_:
                    return cidx
                stack.append((ch, cidx))
        return QModelIndex()

    # ---- structure ----------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.item(parent).children[row])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        p = self.item(index).parent
        if p is None or p is self._root:
            return QModelIndex()
        return self.createIndex(p.row(), 0, p)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.item(parent).children)

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Segments"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        it = self.item(index)
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return it.name
            return None if it.count is None else str(it.count)
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and it.kind == "subgroup":
            return subgroup_icon(it.color)
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and it.color:
            return QColor(it.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return it.tooltip or None
        if role == Qt.ItemDataRole.FontRole and it.kind in ("area", "uncategorised", "questions"):
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.FontRole and it.kind == "subgroup":  # between an area's bold and a code's normal
            f = QFont()
            f.setWeight(QFont.Weight.DemiBold)
            f.setItalic(True)
            return f
        if role == Qt.ItemDataRole.ForegroundRole and it.kind in ("uncategorised", "question_link"):
            return QBrush(QColor("#666666"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KindRole:
            return it.kind
        if role == IdRole:
            return it.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        it = self.item(index)
        if it.kind == "code":
            base |= Qt.ItemFlag.ItemIsDragEnabled
        if it.kind in ("area", "subgroup", "uncategorised"):
            base |= Qt.ItemFlag.ItemIsDropEnabled
        if it.kind in ("area", "subgroup") and index.column() == 0:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        # The model does not write: it asks for a rename; the refresh after the service shows it.
        it = self.item(index)
        if role != Qt.ItemDataRole.EditRole or it.kind not in ("area", "subgroup") or it.id is None:
            return False
        name = str(value).strip()
        if not name or name == it.name:
            return False
        self.rename_requested.emit(it.kind, it.id, name)
        return True

    # ---- drag and drop -------------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_CODES]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = []
        for i in indexes:
            it = self.item(i)
            if it.kind == "code" and it.id not in ids:
                ids.append(it.id)
        md = QMimeData()
        md.setData(MIME_CODES, ",".join(str(i) for i in ids).encode())
        return md

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(MIME_CODES) and self.item(parent).kind in ("area", "subgroup", "uncategorised")

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        raw = bytes(data.data(MIME_CODES).data()).decode()
        ids = [int(x) for x in raw.split(",") if x]
        if not ids:
            return False
        target = self.item(parent)
        # Rows count subgroups first; the service's index counts codes only.
        code_row = -1
        if row >= 0:
            code_row = max(0, row - sum(1 for c in target.children if c.kind == "subgroup"))
        self.codes_dropped.emit(ids, target.id, code_row)
        return False  # the refresh after the service moves the rows; Qt must not remove them itself
