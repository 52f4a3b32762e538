"""Informant attributes (role, site, gender…): a table, one row per informant, one column per key.

Edit a cell to set a value (empty removes it); "Add attribute" adds a column. Writes go through
``set_informant_attribute``. Pseudonyms only; attributes must not identify anyone.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.codes.dialogs import ask_text
from app.context import ProjectContext, follow
from app.empty_hint import EmptyHint
from app.executor import Job
from app.reads import LatestRead, run_checked
from coding.changes import Changes
from coding.dto import InformantDTO
from coding.queries import informants
from coding.services.informant_attributes import set_informant_attribute

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # default parent; never mutated


class AttributeModel(QAbstractTableModel):
    edited = Signal(str, str, str)  # informant label, key, value

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[InformantDTO] = []
        self.keys: list[str] = []

    def set_rows(self, rows: list[InformantDTO], extra_keys: list[str] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.keys = sorted({k for r in rows for k in r.attributes} | set(extra_keys or []))
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.keys) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr("Informant") if section == 0 else self.keys[section - 1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        r = self.rows[index.row()]
        return r.label if index.column() == 0 else r.attributes.get(self.keys[index.column() - 1], "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return f | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else f

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() == 0:
            return False
        self.edited.emit(self.rows[index.row()].label, self.keys[index.column() - 1], str(value))
        return True


class AttributesPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: ProjectContext | None = None
        self._extra: list[str] = []
        self._reading = LatestRead()
        self.model = AttributeModel(self)
        self.model.edited.connect(self.set_value)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.empty_hint = EmptyHint(self.table, self.tr(
            "Each informant gets a row here once transcripts are imported; then add attributes such as role "
            "or site."))
        add = QPushButton(self.tr("Add attribute…"))
        add.clicked.connect(lambda: self.add_key())
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Informant attributes (used to filter the matrix). Describe, never identify.")))
        lay.addWidget(self.table)
        lay.addWidget(add)

    def set_context(self, ctx: ProjectContext | None) -> None:
        follow(self.ctx, ctx, project_changed=self._changed)
        self.ctx = ctx
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.touches("informants"):
            self.refresh()

    def refresh(self) -> None:
        """Read the informants on the executor; the table follows when they are back."""
        if self.ctx is None:
            self._reading.cancel()
            self.model.set_rows([], self._extra)
            return
        self._reading.read(self.ctx, "Informant attributes", informants,
                           on_done=lambda rows: self.model.set_rows(rows, self._extra))

    def add_key(self, key: str | None = None) -> None:
        if key is None:
            key, ok = ask_text(self, self.tr("New attribute"), self.tr("Attribute name (e.g. rolle, sted):"))
            if not ok:
                return
        key = key.strip()
        if key and key not in self.model.keys:
            self._extra.append(key)
            self.model.set_rows(self.model.rows, self._extra)  # a new empty column: nothing to read

    def set_value(self, label: str, key: str, value: str) -> Job | None:
        """Queue the write; the table follows through ``project_changed`` (a refusal is shown)."""
        if self.ctx is None:
            return None
        return run_checked(self.ctx, self, self.tr("Informant {0}: {1}").format(label, key), set_informant_attribute,
                           label, key, value)
