"""Markers on the theme tree: a small yellow badge with the number of open review threads on a theme area,
subgroup or code. A delegate on the tree's first column, so the theme dock's own model is untouched."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.themes.hierarchy_model import IdRole as ID_ROLE
from app.themes.hierarchy_model import KindRole as KIND_ROLE
from coding.supervision.model import ThreadView


class ReviewBadgeDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[tuple[str, int], int] = {}

    def set_threads(self, views: list[ThreadView]) -> None:
        counts: dict[tuple[str, int], int] = {}
        for v in views:
            if not v.is_thread or v.status != "open":
                continue
            if v.anchor.kind == "code" and v.code_id is not None:
                key = ("code", v.code_id)
            elif v.theme_id is not None and v.anchor.kind in ("area", "subgroup", "condensate", "golden_quote"):
                key = ("theme", v.theme_id)
            else:
                continue
            counts[key] = counts.get(key, 0) + 1
        self.counts = counts

    def count(self, index: QModelIndex | QPersistentModelIndex) -> int:
        kind, id_ = index.data(KIND_ROLE), index.data(ID_ROLE)
        if id_ is None:
            return 0
        return self.counts.get(("code" if kind == "code" else "theme", int(id_)), 0) if kind in (
            "area", "subgroup", "code") else 0

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        n = self.count(index)
        if not n:
            return
        text = str(n)
        fm = option.fontMetrics  # type: ignore[attr-defined]
        w = fm.horizontalAdvance(text) + 10
        r = option.rect  # type: ignore[attr-defined]
        box = QRect(r.right() - w - 2, r.top() + 2, w, r.height() - 4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#f6c342"))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor("#3a2a00"))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
