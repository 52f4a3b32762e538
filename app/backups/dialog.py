"""A dialog listing backups (newest first) with their date, reason and counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from coding.store.backup import BackupInfo, list_backups

Index = QModelIndex | QPersistentModelIndex


class BackupModel(QAbstractTableModel):
    HEADERS = ("Taken", "Reason", "Transcripts", "Codes", "Segments")

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = backups

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Taken"), self.tr("Reason"), self.tr("Transcripts"), self.tr("Codes"),
                    self.tr("Segments"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        b = self._rows[index.row()]
        col = index.column()
        if col == 0:
            return b.taken.strftime("%Y-%m-%d %H:%M:%S")
        if col == 1:
            return {"open": self.tr("opened"), "pre-restore": self.tr("before a restore"),
                    "pre-migration": self.tr("before an upgrade")}.get(b.reason, b.reason)
        value = (b.transcripts, b.codes, b.segments)[col - 2]
        return "?" if value < 0 else value

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]


class RestoreDialog(QDialog):
    def __init__(self, project_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.model = BackupModel(list_backups(project_path), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The current state is saved as a backup before restoring.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 360)
        if self.model.rowCount():
            self.table.selectRow(0)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None
