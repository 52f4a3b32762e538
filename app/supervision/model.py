"""Qt model of review threads: first comments at the top level, replies below them (plain DTOs).

Fed with :class:`coding.supervision.model.ThreadView` lists and a filter; main thread only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from coding.supervision.model import Suggestion, ThreadView

GuidRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

COL_TEXT, COL_ON, COL_BY, COL_STATUS = range(4)


@dataclass(frozen=True)
class Filter:
    status: str = "open"  # "open" | "resolved" | "all"
    kind: str = ""  # "" | "suggestion" | "comment" | "orphan" | an anchor kind
    area: str = ""  # theme area name, "" = all

    def accepts(self, v: ThreadView) -> bool:
        if self.status == "open" and v.status != "open" or self.status == "resolved" and v.status == "open":
            return False
        if self.kind in ("suggestion", "comment") and v.kind != self.kind:
            return False
        if self.kind == "orphan" and not v.orphan:
            return False
        if self.kind not in ("", "suggestion", "comment", "orphan") and v.anchor.kind != self.kind:
            return False
        return not self.area or v.area == self.area


def describe(sug: Suggestion) -> str:
    """A suggestion in the UI language."""
    if sug.action == "rename":
        return QCoreApplication.translate("ThreadModel", "rename to “%1”").replace("%1", sug.name)
    if sug.action == "merge":
        return QCoreApplication.translate("ThreadModel", "merge into “%1”").replace("%1", sug.into_name)
    if sug.action == "move":
        return QCoreApplication.translate("ThreadModel", "move to “%1”").replace("%1", sug.into_name)
    if sug.action == "split":
        return QCoreApplication.translate("ThreadModel", "split into new area “%1” (%2)").replace("%1", sug.name).replace("%2", ", ".join(sug.code_names))
    return QCoreApplication.translate("ThreadModel", "needs more data")


class ThreadModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threads: list[ThreadView] = []
        self.replies: dict[str, list[ThreadView]] = {}
        self._all: list[ThreadView] = []
        self.filter = Filter()
        self._headers = [self.tr("Comment"), self.tr("On"), self.tr("By"), self.tr("Status")]
        self._status = {"open": self.tr("open"), "resolved": self.tr("resolved"), "applied": self.tr("applied"),
                        "declined": self.tr("declined")}
        self._kinds = {"condensate": self.tr("Condensate: %1"), "golden_quote": self.tr("Golden quote: %1"),
                       "segment": self.tr("Segment: %1")}
        self._actions = {"resolve": self.tr("marked resolved"), "reopen": self.tr("reopened"),
                         "apply": self.tr("applied the suggestion"), "decline": self.tr("declined")}

    def set_threads(self, views: list[ThreadView], flt: Filter | None = None) -> None:
        self.beginResetModel()
        self._all = views
        if flt is not None:
            self.filter = flt
        self.threads = [v for v in views if v.is_thread and self.filter.accepts(v)]
        self.replies = {}
        for v in views:
            if v.parent is not None:
                self.replies.setdefault(v.parent, []).append(v)
        self.endResetModel()

    def set_filter(self, flt: Filter) -> None:
        self.set_threads(self._all, flt)

    def all_views(self) -> list[ThreadView]:
        return self._all

    def view(self, index: Index) -> ThreadView | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self.threads[index.row()] if index.row() < len(self.threads) else None
        parent = self.threads[int(index.internalId()) - 1]
        reps = self.replies.get(parent.guid, [])
        return reps[index.row()] if index.row() < len(reps) else None

    def find(self, guid: str) -> QModelIndex:
        for r, t in enumerate(self.threads):
            if t.guid == guid:
                return self.index(r, 0)
            for rr, rep in enumerate(self.replies.get(t.guid, [])):
                if rep.guid == guid:
                    return self.index(rr, 0, self.index(r, 0))
        return QModelIndex()

    # ---- Qt ----------------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self.threads)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self.replies.get(self.threads[parent.row()].guid, []))

    def columnCount(self, parent: Index = ROOT) -> int:
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        v = self.view(index)
        if v is None:
            return None
        col = index.column()
        if role == GuidRole:
            return v.guid
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_TEXT:
                text = " ".join(v.text.split())
                if not text and v.action:
                    text = f"({self._actions.get(v.action, v.action)})"
                if v.suggestion is not None and v.is_thread:
                    what = describe(v.suggestion)
                    text = f"⚑ {what} — {text}" if text else f"⚑ {what}"
                return text
            if col == COL_ON:
                if not v.is_thread:
                    return ""
                where = self._kinds.get(v.anchor.kind, "%1").replace("%1", v.where)
                return self.tr("%1 (orphaned)").replace("%1", where) if v.orphan else where
            if col == COL_BY:
                return v.author or (self.tr("supervisor") if v.role == "supervisor" else self.tr("student"))
            if col == COL_STATUS:
                return self._status.get(v.status, v.status) if v.is_thread else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TEXT:
            return v.text
        if role == Qt.ItemDataRole.ForegroundRole:
            if v.orphan and v.is_thread and col == COL_ON:
                return QBrush(QColor("#b3261e"))
            if v.is_thread and v.status != "open":
                return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.FontRole and v.local and col == COL_TEXT:
            from PySide6.QtGui import QFont

            f = QFont()
            f.setItalic(True)
            return f
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
