"""Table model of the project's quotes (sitater) over :class:`exports.data.QuoteRow` DTOs.

The status column is editable; edits go through ``ctx.run`` (undoable) via the ``set_status`` callback.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from coding.services.quotes import STATUSES
from exports.data import QuoteRow

QuoteRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = (QT_TRANSLATE_NOOP("QuotesModel", "Informant"), QT_TRANSLATE_NOOP("QuotesModel", "Reference"),
           QT_TRANSLATE_NOOP("QuotesModel", "Code"), QT_TRANSLATE_NOOP("QuotesModel", "Theme area"),
           QT_TRANSLATE_NOOP("QuotesModel", "Status"), QT_TRANSLATE_NOOP("QuotesModel", "Quote"))
STATUS_COL = 4
QUOTE_COL = 5
STATUS_LABELS = {"not_sent": QT_TRANSLATE_NOOP("QuotesModel", "not sent"),
                 "sent": QT_TRANSLATE_NOOP("QuotesModel", "sent"),
                 "approved": QT_TRANSLATE_NOOP("QuotesModel", "approved"),
                 "change_requested": QT_TRANSLATE_NOOP("QuotesModel", "change requested"),
                 "withdrawn": QT_TRANSLATE_NOOP("QuotesModel", "withdrawn")}


def status_label(status: str) -> str:
    """The status as shown (translated); unknown statuses are shown as they are."""
    return QCoreApplication.translate("QuotesModel", STATUS_LABELS[status]) if status in STATUS_LABELS else status
_Index = QModelIndex | QPersistentModelIndex


class QuotesModel(QAbstractTableModel):
    def __init__(self, set_status: Callable[[int, str], None] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[QuoteRow] = []
        self._set_status = set_status

    def set_rows(self, rows: Sequence[QuoteRow]) -> None:
        self.beginResetModel()
        self._rows = [r for r in rows if r.quote_id is not None]
        self.endResetModel()

    def row(self, i: int) -> QuoteRow:
        return self._rows[i]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("QuotesModel", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == QuoteRole:
            return r
        if role == Qt.ItemDataRole.EditRole and col == STATUS_COL:
            return r.status
        if col == QUOTE_COL and role == Qt.ItemDataRole.DisplayRole:  # one paragraph; the view elides it
            return " ".join(r.text.split())
        if col == QUOTE_COL and role == Qt.ItemDataRole.ToolTipRole:  # rich text wraps; plain would not
            return f"<p>{html.escape(r.text)}</p>"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (r.informant, r.reference, r.code, r.area.name if r.area else "",
                      status_label(r.status), r.text)
            return values[col]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == STATUS_COL and self._set_status is not None:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != STATUS_COL or role != Qt.ItemDataRole.EditRole:
            return False
        shown = {status_label(k): k for k in STATUS_LABELS} | {v: k for k, v in STATUS_LABELS.items()}
        status = shown.get(str(value), str(value))
        if status not in STATUSES or self._set_status is None:
            return False
        r = self._rows[index.row()]
        assert r.quote_id is not None
        self._set_status(r.quote_id, status)
        from dataclasses import replace

        self._rows[index.row()] = replace(r, status=status)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True
