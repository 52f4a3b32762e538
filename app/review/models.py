"""Qt item models over :class:`transcripts.importing.review.BatchReview`: the entity tree and the occurrences.

The entity tree has up to three groups: uncertain proposals first (to be looked at), then the other
identifiers, then what the never-list ruled out during this review. A tick or a category change only
emits ``dataChanged``; structural changes (merge, mark, never-list, files added) reset the model.
The models hold entity ids, never rows of their own, so no view operation can change a decision.
Main thread only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from transcripts.deid.types import CATEGORIES
from transcripts.importing.review import BatchReview, Entity, Occurrence

EntityRole = Qt.ItemDataRole.UserRole + 1
OccurrenceRole = Qt.ItemDataRole.UserRole + 2
GroupRole = Qt.ItemDataRole.UserRole + 3
SortRole = Qt.ItemDataRole.UserRole + 4


def category_labels() -> dict[str, str]:
    return {"person": QCoreApplication.translate("Review", "Person"), "place": QCoreApplication.translate("Review", "Place"), "institution": QCoreApplication.translate("Review", "Institution"),
            "email": QCoreApplication.translate("Review", "E-mail"), "phone": QCoreApplication.translate("Review", "Phone"), "national_id": QCoreApplication.translate("Review", "National id"), "date": QCoreApplication.translate("Review", "Date"),
            "url": QCoreApplication.translate("Review", "URL"), "other": QCoreApplication.translate("Review", "Other")}


assert set(category_labels()) == set(CATEGORIES)

Index = QModelIndex | QPersistentModelIndex

UNCERTAIN, IDENTIFIERS, RULED_OUT = range(3)


def group_titles() -> dict[int, str]:
    return {UNCERTAIN: QCoreApplication.translate("Review", "Check these: uncertain proposals (still ticked)"),
            IDENTIFIERS: QCoreApplication.translate("Review", "Identifiers"), RULED_OUT: QCoreApplication.translate("Review", "Not identifiers (never-list)")}


def group_of(e: Entity) -> int:
    if e.never:
        return RULED_OUT
    return UNCERTAIN if e.uncertain else IDENTIFIERS


class EntityModel(QAbstractItemModel):
    """Groups → entities. Columns: accept (tri-state check), entity, category (editable), files, count, tag."""

    ACCEPT, ENTITY, CATEGORY, FILES, COUNT, TAG = range(6)
    edited = Signal()

    def __init__(self, batch: BatchReview, parent: Any = None) -> None:
        super().__init__(parent)
        self.batch = batch
        self._groups: list[tuple[int, list[int]]] = []  # (group, entity ids)
        self._tags: dict[int, list[str]] = {}
        self._rebuild()

    def headers(self) -> tuple[str, ...]:
        return ("", QCoreApplication.translate("Review", "Entity"), QCoreApplication.translate("Review", "Category"), QCoreApplication.translate("Review", "Files"), QCoreApplication.translate("Review", "Count"), QCoreApplication.translate("Review", "Tag"))

    # ---- structure --------------------------------------------------------------------------------
    def set_batch(self, batch: BatchReview) -> None:
        self.beginResetModel()
        self.batch = batch
        self._rebuild()
        self.endResetModel()

    def refresh(self, structure: bool = True) -> None:
        """``structure``: entities were added, merged or moved between groups (reset); else only values."""
        if structure:
            self.beginResetModel()
            self._rebuild()
            self.endResetModel()
            return
        self._tags = self.batch.tags()
        for gi, (_, eids) in enumerate(self._groups):
            parent = self.index(gi, 0)
            self.dataChanged.emit(parent, parent.siblingAtColumn(self.TAG))
            if eids:
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(eids) - 1, self.TAG, parent))

    def _rebuild(self) -> None:
        groups: dict[int, list[int]] = {}
        for e in self.batch.entities:
            groups.setdefault(group_of(e), []).append(e.eid)
        self._groups = [(g, groups[g]) for g in (UNCERTAIN, IDENTIFIERS, RULED_OUT) if g in groups]
        self._tags = self.batch.tags()

    def entity_index(self, eid: int, column: int = 0) -> QModelIndex:
        for gi, (_, eids) in enumerate(self._groups):
            if eid in eids:
                return self.index(eids.index(eid), column, self.index(gi, 0))
        return QModelIndex()

    def entity_of(self, index: Index) -> Entity | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        gi = index.internalId() - 1
        if gi >= len(self._groups) or index.row() >= len(self._groups[gi][1]):
            return None
        eid = self._groups[gi][1][index.row()]
        return next((e for e in self.batch.entities if e.eid == eid), None)

    # ---- QAbstractItemModel ------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self.headers()) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        group, eids = self._groups[index.row()]
        if role == GroupRole:
            return group
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self.ACCEPT:  # the view spans it over the row
            return f"{group_titles()[group]} ({len(eids)})"
        if role == Qt.ItemDataRole.FontRole:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole and group == UNCERTAIN:
            return QBrush(QColor("#fff3cd"))
        if role == SortRole:
            return group
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role) if index.row() < len(self._groups) else None
        e = self.entity_of(index)
        if e is None:
            return None
        col = index.column()
        if role == EntityRole:
            return e
        if role == Qt.ItemDataRole.CheckStateRole and col == self.ACCEPT:
            n = e.accepted_count
            if n == len(e.occurrences):
                return Qt.CheckState.Checked
            return Qt.CheckState.PartiallyChecked if n else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SortRole):
            if col == self.ENTITY:
                return e.label
            if col == self.CATEGORY:
                return e.category if role == Qt.ItemDataRole.EditRole else category_labels()[e.category]
            if col == self.FILES:
                return len(e.docs)
            if col == self.COUNT:
                if role == SortRole:
                    return len(e.occurrences)
                return len(e.occurrences) if e.accepted_count in (0, len(e.occurrences)) else \
                    f"{e.accepted_count}/{len(e.occurrences)}"
            if col == self.TAG:
                tags = self._tags.get(e.eid)
                return " / ".join(tags) if tags else QCoreApplication.translate("Review", "kept")
            if col == self.ACCEPT and role == SortRole:
                return e.accepted_count
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.TAG:
                tags = self._tags.get(e.eid)
                if not tags:
                    return QCoreApplication.translate("Review", "Rejected: the text is kept")
                if len(tags) > 1:
                    return QCoreApplication.translate("Review", "Without a linking key each transcript numbers its own tags")
                return f"{e.label} → {tags[0]}"
            if col == self.FILES:
                return ", ".join(self.batch.docs[d].name for d in e.docs if d in self.batch.docs)
            if e.uncertain:
                return QCoreApplication.translate("Review", "Weak evidence (for example a capital letter at the start of a sentence): look at it")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.ACCEPT:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.CATEGORY:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        e = self.entity_of(index)
        if e is None:
            return False
        if index.column() == self.ACCEPT and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
            self.batch.set_accepted(e.eid, checked != Qt.CheckState.Unchecked)
        elif index.column() == self.CATEGORY and role == Qt.ItemDataRole.EditRole and value in CATEGORIES:
            self.batch.set_category(e.eid, str(value))
        else:
            return False
        self.refresh(structure=False)
        self.edited.emit()
        return True


class OccurrenceModel(QAbstractListModel):
    """The occurrences of one entity in every file, each in context, checkable one by one."""

    edited = Signal()

    def __init__(self, batch: BatchReview, parent: Any = None) -> None:
        super().__init__(parent)
        self.batch = batch
        self._eid: int | None = None

    def entity(self) -> Entity | None:
        return next((e for e in self.batch.entities if e.eid == self._eid), None)

    def set_batch(self, batch: BatchReview) -> None:
        self.beginResetModel()
        self.batch, self._eid = batch, None
        self.endResetModel()

    def set_entity(self, eid: int | None) -> None:
        self.beginResetModel()
        self._eid = eid
        self.endResetModel()

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def occurrence(self, row: int) -> Occurrence | None:
        e = self.entity()
        return e.occurrences[row] if e is not None and 0 <= row < len(e.occurrences) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        e = self.entity()
        return 0 if parent.isValid() or e is None else len(e.occurrences)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        o = self.occurrence(index.row()) if index.isValid() else None
        if o is None:
            return None
        if role == OccurrenceRole:
            return o
        if role == Qt.ItemDataRole.DisplayRole:
            before, hit, after = self.batch.context(o)
            name = self.batch.docs[o.doc].name if o.doc in self.batch.docs else ""
            return f"{name}: {before}«{hit}»{after}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if o.accepted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            how = QCoreApplication.translate("Review", "marked by hand") if o.source == "manual" else QCoreApplication.translate("Review", "found by the detector")
            return how + ("" if o.confident else QCoreApplication.translate("Review", " (weak evidence)"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        o = self.occurrence(index.row()) if index.isValid() else None
        if o is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
        self.batch.set_occurrence_accepted(o, checked == Qt.CheckState.Checked)
        self.dataChanged.emit(index, index, [role])
        self.edited.emit()
        return True
