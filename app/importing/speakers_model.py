"""Table model over one plan's speakers: real label (shown only here, in memory), role, pseudonym."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from transcripts.importing import ImportPlan

ROLES = ("interviewer", "informant", "other")


def role_labels() -> dict[str, str]:
    """The roles as the user reads them (the model stores the English keys)."""
    return {"interviewer": QCoreApplication.translate("SpeakersModel", "interviewer"),
            "informant": QCoreApplication.translate("SpeakersModel", "informant"),
            "other": QCoreApplication.translate("SpeakersModel", "other")}


COL_LABEL, COL_ROLE, COL_PSEUDONYM, COL_TURNS, COL_LINK = range(5)
Index = QModelIndex | QPersistentModelIndex


class SpeakersModel(QAbstractTableModel):
    HEADERS = ("Speaker in file", "Role", "Pseudonym", "Turns", "Informant")

    def __init__(self, existing: set[str] | None = None) -> None:
        super().__init__()
        self.plan: ImportPlan | None = None
        self.existing = existing or set()

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan.speakers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Speaker in file"), self.tr("Role"), self.tr("Pseudonym"), self.tr("Turns"),
                    self.tr("Informant"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (COL_ROLE, COL_PSEUDONYM):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None or index.row() >= len(self.plan.speakers):
            return None
        sp = self.plan.speakers[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            col = index.column()
            if col == COL_LABEL:
                return sp.label or self.tr("(no label)")
            if col == COL_ROLE:
                return sp.role if role == Qt.ItemDataRole.EditRole else role_labels().get(sp.role, sp.role)
            if col == COL_PSEUDONYM:
                return sp.pseudonym
            if col == COL_TURNS:
                return sp.turns
            if col == COL_LINK:
                if sp.role != "informant":
                    return ""
                return self.tr("existing") if sp.existing else self.tr("new")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.plan is None or not index.isValid():
            return False
        sp = self.plan.speakers[index.row()]
        if index.column() == COL_ROLE:
            if value not in ROLES:
                return False
            sp.role = value
        elif index.column() == COL_PSEUDONYM:
            text = " ".join(str(value).split())
            if not text or len(text) > 12:
                return False
            sp.pseudonym = text
            sp.existing = text in self.existing
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True
