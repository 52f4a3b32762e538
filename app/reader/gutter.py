"""Line numbers and speaker pseudonyms to the left of the text (one number per stored line)."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from app.reader.editor import TranscriptEditor


class LineGutter(QWidget):
    def __init__(self, editor: TranscriptEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setObjectName("lineGutter")
        self.marks: dict[int, QColor] = {}  # line index → a bar at the left edge (the consensus walk's disagreements)
        self.comment_lines: set[int] = set()  # line indices with an open review comment: a yellow dot

    def width_hint(self) -> int:
        fm = self.editor.fontMetrics()
        digits = len(str(max(1, len(self.editor.index))))
        return fm.horizontalAdvance("9") * digits + fm.horizontalAdvance("WW:") + 20  # room for a comment dot

    def sizeHint(self) -> QSize:
        return QSize(self.width_hint(), 0)

    def rows(self) -> list[tuple[int, float, float]]:
        """(line index, top, bottom) of every stored line whose first row is visible."""
        ed = self.editor
        idx = ed.index
        blocks = ed.visible_blocks()
        if not blocks or not len(idx):
            return []
        doc_starts = ed.line_doc_starts()
        lo, hi = ed.visible_range(blocks)
        out = []
        for i in range(bisect_left(doc_starts, lo), bisect_left(doc_starts, hi)):
            top, bottom = ed.row_span(blocks, doc_starts[i], self.height())
            out.append((i, top, bottom))
        return out

    def paintEvent(self, e: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(e.rect(), QColor("#f4f4f1"))
        ed = self.editor
        p.setFont(ed.font())
        bold = QFont(ed.font())
        bold.setBold(True)
        fm = ed.fontMetrics()
        w = self.width()
        cur = ed.current_line_index()
        for i, top, bottom in self.rows():
            if bottom < 0 or top > self.height():
                continue
            ln = ed.index.lines[i]
            h = bottom - top
            if i in self.marks:
                p.fillRect(QRectF(0, top + 1, 3, h - 2), self.marks[i])
            if i in self.comment_lines:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#f6c342"))
                d = min(7.0, h - 4)
                p.drawEllipse(QRectF(w - d - 1, top + (h - d) / 2, d, d))
                p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QColor("#222222") if i == cur else QColor("#9a9a9a"))
            p.drawText(QRectF(0, top, w - 10, h), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                       str(ln.number))
            if ed.index.is_turn_start(i):
                p.setFont(bold)
                p.setPen(QColor("#1f3b63") if ed.index.speaker(i) != "I" else QColor("#555555"))
                p.drawText(QRectF(4, top, fm.horizontalAdvance("WW:") + 4, h),
                           int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), f"{ed.index.speaker(i)}:")
                p.setFont(ed.font())
        p.end()
