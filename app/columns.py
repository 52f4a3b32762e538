"""Column sizing shared by the trees and tables whose counts change with every coding."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView


def fixed_count_columns(header: QHeaderView, model: QAbstractItemModel, columns: range | tuple[int, ...],
                        metrics: QFontMetrics) -> None:
    """Give count ``columns`` a fixed width for five digits (or their header text). ResizeToContents would
    measure every row again on each count change, i.e. after every coding (tens of ms on a big project)."""
    for col in columns:
        head = str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(col, max(metrics.horizontalAdvance("00000"), metrics.horizontalAdvance(head)) + 16)
