"""The code tree as ONE QAbstractItemModel over ``CodeNodeDTO``s (id-based indexes).

Writes (rename, drag-to-reparent, moveRows) go through ``ctx.run`` to ``coding.services.coding_ops``;
the model then updates itself from ``project_changed`` with proper begin/end insert/move/remove
signals (a structural diff against a fresh read), so views keep their expansion and selection.
Main thread only.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.context import ProjectContext, follow
from coding import code_queries as cq
from coding.changes import Changes
from coding.services import coding_ops as ops

CodeIdRole = Qt.ItemDataRole.UserRole + 1
CodeDTORole = Qt.ItemDataRole.UserRole + 2
MIME = "application/x-kondens-code-ids"
COLUMNS = ("Name", "Segments", "Informants")
ROOT = 0  # internalId of top-level rows; code ids start at 1
TREE_COMPANION = "code tree"  # the tree with its counts, read in every write's job
WATCHED = ("codes", "segments", "memos", "transcripts", "informants")  # what the tree shows

AnyIndex = QModelIndex | QPersistentModelIndex


class CodeTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx: ProjectContext | None = None
        self.nodes: dict[int, cq.CodeNodeDTO] = {}
        self.children: dict[int, list[int]] = {ROOT: []}  # parent id (ROOT for top) → ordered child ids
        self.parent_of: dict[int, int] = {}
        self._counts = cq.TreeCounts()

    # ---- context -------------------------------------------------------------------------------
    def set_context(self, ctx: ProjectContext | None) -> None:
        follow(self.ctx, ctx, project_changed=self._on_changed)
        if self.ctx is not None:
            self.ctx.remove_companion(TREE_COMPANION)
        self.ctx = ctx
        self._counts = cq.TreeCounts()  # every later write passes through it, in order
        counts = self._counts
        if ctx is not None:
            # Recounted in the write's own job (no second trip to the executor after each coding).
            ctx.add_companion(TREE_COMPANION, lambda p, ch: counts.tree(p, ch) if ch.touches(*WATCHED) else None)
        self._reset([])
        if ctx is not None:  # read on the executor (it counts every code's segments); the tree fills when back
            ctx.read("Code tree", cq.code_tree, on_done=lambda dtos: self._reset(dtos) if ctx is self.ctx else None)

    def _reset(self, dtos: list[cq.CodeNodeDTO]) -> None:
        self.beginResetModel()
        self.nodes, self.children, self.parent_of = {}, {ROOT: []}, {}
        self._load(dtos)
        self.endResetModel()

    def _load(self, dtos: list[cq.CodeNodeDTO]) -> None:
        self.nodes = {d.id: d for d in dtos}
        self.children = {ROOT: []}
        self.parent_of = {}
        for d in dtos:
            p = d.parent_id or ROOT
            self.children.setdefault(p, []).append(d.id)
            self.children.setdefault(d.id, [])
            self.parent_of[d.id] = p

    def _on_changed(self, changes: Changes) -> None:
        # The tree is read on the executor with the write that changed it; its counts are kept there
        # (TreeCounts) and recounted only for the segments this change touched.
        ctx, counts = self.ctx, self._counts
        if ctx is not None and changes.touches(*WATCHED):
            got = ctx.companion(TREE_COMPANION)
            if got is not None:
                self.apply_tree(got)
                return
            # Another coder's change (a team project), or the companion failed: read it now.
            ctx.read("Code tree", counts.tree, changes,
                     on_done=lambda new: self.apply_tree(new) if ctx is self.ctx else None)

    # ---- incremental refresh -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Bring the model in line with the database, emitting the minimal structural signals."""
        if self.ctx is None:
            return
        self.apply_tree(cq.code_tree(self.ctx.project))

    def apply_tree(self, new: list[cq.CodeNodeDTO]) -> None:
        """Move the model to ``new`` (the code tree as read), with the minimal structural signals."""
        new_nodes = {d.id: d for d in new}
        new_children: dict[int, list[int]] = {ROOT: []}
        for d in new:
            new_children.setdefault(d.parent_id or ROOT, []).append(d.id)
        # 1. removals (a removed subtree goes with its highest removed ancestor)
        gone = [cid for cid in self.nodes if cid not in new_nodes]
        for cid in gone:
            if cid not in self.parent_of:
                continue  # already removed with an ancestor
            p = self.parent_of[cid]
            row = self.children[p].index(cid)
            self.beginRemoveRows(self._index_of(p), row, row)
            self.children[p].pop(row)
            self._forget(cid)
            self.endRemoveRows()
        # 2. moves and inserts, top-down over the new tree: a parent is final before its children
        stack = [ROOT]
        while stack:
            p = stack.pop()
            for i, cid in enumerate(new_children.get(p, [])):
                cur = self.children.setdefault(p, [])
                if cid in self.parent_of:
                    op, orow = self.parent_of[cid], self.children[self.parent_of[cid]].index(cid)
                    if op != p or orow != i:
                        self.beginMoveRows(self._index_of(op), orow, orow, self._index_of(p), i)
                        self.children[op].pop(orow)
                        cur.insert(i, cid)
                        self.parent_of[cid] = p
                        self.endMoveRows()
                else:
                    self.beginInsertRows(self._index_of(p), i, i)
                    cur.insert(i, cid)
                    self.children[cid] = []
                    self.parent_of[cid] = p
                    self.nodes[cid] = new_nodes[cid]
                    self.endInsertRows()
            stack.extend(reversed(new_children.get(p, [])))
        # 3. data of rows that stayed
        for cid, d in new_nodes.items():
            if self.nodes.get(cid) != d:
                self.nodes[cid] = d
                ix = self._index_of(cid)
                self.dataChanged.emit(ix, ix.siblingAtColumn(len(COLUMNS) - 1))
            self.nodes[cid] = d

    def _forget(self, cid: int) -> None:
        for k in self.children.pop(cid, []):
            self._forget(k)
        self.parent_of.pop(cid, None)
        self.nodes.pop(cid, None)

    # ---- lookup ------------------------------------------------------------------------------------
    def _index_of(self, cid: int, column: int = 0) -> QModelIndex:
        if cid == ROOT:
            return QModelIndex()
        p = self.parent_of[cid]
        return self.createIndex(self.children[p].index(cid), column, cid)

    def index_of(self, code_id: int, column: int = 0) -> QModelIndex:
        return self._index_of(code_id, column) if code_id in self.parent_of else QModelIndex()

    def code_id(self, index: AnyIndex) -> int | None:
        return int(index.internalId()) if index.isValid() else None

    # ---- QAbstractItemModel --------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        pid = int(parent.internalId()) if parent.isValid() else ROOT
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        kids = self.children.get(pid, [])
        if not (0 <= row < len(kids) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        p = self.parent_of.get(int(index.internalId()), ROOT)
        return QModelIndex() if p == ROOT else self._index_of(p)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.children.get(int(parent.internalId()) if parent.isValid() else ROOT, []))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        # The counts columns stay narrow (short headers) so the names get the room.
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Seg."), self.tr("Inf."))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Name"), self.tr("Segments coded with this code"),
                    self.tr("Informants with segments of this code"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self.nodes.get(int(index.internalId()))
        if d is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (d.name + (" ✎" if d.has_memo else ""), d.segments, d.informants)[col]
        if role == Qt.ItemDataRole.EditRole and col == 0:
            return d.name
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return QColor(d.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:  # the full name, also when the column cuts it off
                return d.name + ("\n\n" + d.description if d.description else "")
            return d.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CodeIdRole:
            return d.id
        if role == CodeDTORole:
            return d
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        f = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == 0 and self.ctx is not None and not self.ctx.readonly:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 0 or self.ctx is None:
            return False
        cid = int(index.internalId())
        name = str(value).strip()
        if not name or name == self.nodes[cid].name:
            return False
        self.ctx.run(self.tr("Rename code to “%1”").replace("%1", name), ops.rename_code, cid, name)
        return True

    # ---- drag and drop --------------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = sorted({int(i.internalId()) for i in indexes if i.isValid()})
        md = QMimeData()
        md.setData(MIME, json.dumps(ids).encode())
        return md

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        if not data.hasFormat(MIME) or self.ctx is None or self.ctx.readonly:
            return False
        target = int(parent.internalId()) if parent.isValid() else ROOT
        for cid in self._ids(data):
            if cid == target or self._is_ancestor(cid, target):
                return False
        return True

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = int(parent.internalId()) if parent.isValid() else ROOT
        ids = self._ids(data)
        return self.move_codes(ids, target, None if row < 0 else row)

    def moveRows(self, sourceParent: AnyIndex, sourceRow: int, count: int, destinationParent: AnyIndex,
                 destinationChild: int) -> bool:
        src = int(sourceParent.internalId()) if sourceParent.isValid() else ROOT
        kids = self.children.get(src, [])
        if count < 1 or sourceRow < 0 or sourceRow + count > len(kids):
            return False
        dst = int(destinationParent.internalId()) if destinationParent.isValid() else ROOT
        return self.move_codes(kids[sourceRow:sourceRow + count], dst, destinationChild)

    def move_codes(self, ids: list[int], parent_id: int, row: int | None) -> bool:
        """Reparent ``ids`` under ``parent_id`` (ROOT = top) before view row ``row`` (None = at the end)."""
        assert self.ctx is not None
        if any(cid == parent_id or self._is_ancestor(cid, parent_id) for cid in ids):
            return False
        label = self.tr("Move code") if len(ids) == 1 else self.tr("Move codes")
        with self.ctx.macro(label):
            for k, cid in enumerate(ids):
                at = None
                if row is not None:
                    at = row + k
                    # the service counts siblings without the moved code: rows above it shift by one
                    if self.parent_of.get(cid) == parent_id and self.children[parent_id].index(cid) < at:
                        at -= 1
                self.ctx.run(label, ops.reparent_code, cid, None if parent_id == ROOT else parent_id, at)
        return True

    def _ids(self, data: QMimeData) -> list[int]:
        try:
            ids = json.loads(bytes(data.data(MIME).data()).decode())
        except ValueError:
            return []
        # dropping a code together with one of its descendants: move only the top one
        ids = [int(i) for i in ids if int(i) in self.nodes]
        return [i for i in ids if not any(self._is_ancestor(j, i) for j in ids if j != i)]

    def _is_ancestor(self, anc: int, cid: int) -> bool:
        p = self.parent_of.get(cid, ROOT)
        while p != ROOT:
            if p == anc:
                return True
            p = self.parent_of.get(p, ROOT)
        return False

    def subtree_segment_count(self, cid: int) -> tuple[int, int]:
        """(segments, codes) in the subtree of ``cid``, for the delete confirmation."""
        segs, codes = self.nodes[cid].segments, 1
        for k in self.children.get(cid, []):
            s, c = self.subtree_segment_count(k)
            segs, codes = segs + s, codes + c
        return segs, codes
