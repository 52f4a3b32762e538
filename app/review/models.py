"""Qt item models over :class:`app.review.state.ReviewState`: the entity table and its occurrences.

Both models reset on every change of the state (a review holds hundreds of rows at most), which
keeps them trivially consistent; the widget calls :meth:`refresh` after changing the state.
Main thread only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.review.state import ReviewState
from transcripts.deid.types import CATEGORIES

EntityRole = Qt.ItemDataRole.UserRole + 1
OccurrenceRole = Qt.ItemDataRole.UserRole + 2

CATEGORY_LABELS = {"person": "Person", "place": "Place", "institution": "Institution", "email": "E-mail",
                   "phone": "Phone", "national_id": "National id", "date": "Date", "url": "URL", "other": "Other"}
assert set(CATEGORY_LABELS) == set(CATEGORIES)

Index = QModelIndex | QPersistentModelIndex


class EntityModel(QAbstractTableModel):
    """Columns: accept (check, tri-state), entity, category (editable), count, tag preview."""

    ACCEPT, ENTITY, CATEGORY, COUNT, TAG = range(5)
    HEADERS = ("", "Entity", "Category", "Count", "Tag")
    edited = Signal()

    def __init__(self, state: ReviewState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self._tags: dict[str, str] = {}

    def refresh(self) -> None:
        self.beginResetModel()
        self._tags = self.state.tags()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.state.entities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.state.entities):
            return None
        e = self.state.entities[index.row()]
        col = index.column()
        if role == EntityRole:
            return e
        if role == Qt.ItemDataRole.CheckStateRole and col == self.ACCEPT:
            n = e.accepted_count
            if n == len(e.occurrences):
                return Qt.CheckState.Checked
            return Qt.CheckState.PartiallyChecked if n else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.ENTITY:
                return e.label
            if col == self.CATEGORY:
                return e.category if role == Qt.ItemDataRole.EditRole else CATEGORY_LABELS[e.category]
            if col == self.COUNT:
                return len(e.occurrences) if e.accepted_count in (0, len(e.occurrences)) else \
                    f"{e.accepted_count}/{len(e.occurrences)}"
            if col == self.TAG:
                return self._tags.get(e.key, "kept")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TAG:
            return f"{e.label} → {self._tags[e.key]}" if e.key in self._tags else "Rejected: the text is kept"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.ACCEPT:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.CATEGORY:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if index.column() == self.ACCEPT and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
            self.state.set_entity_accepted(index.row(), checked != Qt.CheckState.Unchecked)
        elif index.column() == self.CATEGORY and role == Qt.ItemDataRole.EditRole and value in CATEGORIES:
            self.state.set_entity_category(index.row(), str(value))
        else:
            return False
        self.edited.emit()
        return True


class OccurrenceModel(QAbstractListModel):
    """The occurrences of one entity, each in context, checkable one by one."""

    edited = Signal()

    def __init__(self, state: ReviewState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self._key: str | None = None

    def entity(self) -> Any:
        return next((e for e in self.state.entities if e.key == self._key), None)

    def set_entity_key(self, key: str | None) -> None:
        self.beginResetModel()
        self._key = key
        self.endResetModel()

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        e = self.entity()
        return 0 if parent.isValid() or e is None else len(e.occurrences)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.entity()
        if e is None or not index.isValid() or index.row() >= len(e.occurrences):
            return None
        o = e.occurrences[index.row()]
        if role == OccurrenceRole:
            return o
        if role == Qt.ItemDataRole.DisplayRole:
            before, hit, after = self.state.context(o)
            return f"{before}«{hit}»{after}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if o.accepted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"found by {o.source or 'detector'}; offset {o.start}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        e = self.entity()
        if e is None or not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
        e.occurrences[index.row()].accepted = checked == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        self.edited.emit()
        return True
