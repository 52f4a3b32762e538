"""The code margin: one coloured stripe per segment beside the text, overlapping segments side by side.

Columns come from :class:`app.reader.layout.SegmentTable`. Painting looks only at segments that
intersect the visible range, so its cost does not grow with the transcript.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from app.reader.editor import TranscriptEditor

MARGIN_WIDTH = 220
MIN_COLUMN = 16
LABEL_MIN = 48  # narrower columns get rotated labels


@dataclass(frozen=True)
class LaneLayout:
    """Columns that replace the table's own while a mode (the consensus walk) shows only some segments, in
    lanes side by side; ``marks`` are (first column, label) of each lane. Segments without a column are hidden."""

    columns: dict[int, int]
    count: int
    marks: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class Stripe:
    segment_id: int
    rect: QRectF


class CodeMargin(QWidget):
    segment_clicked = Signal(int)
    segment_context = Signal(int, QPoint)  # segment id, global position

    def __init__(self, editor: TranscriptEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.code_names: dict[int, str] = {}
        self.tooltip_for = lambda segment_id: ""  # set by the view (its memos follow: tooltip_ready)
        self._tip: tuple[int, QPoint] | None = None  # the segment whose tooltip shows, and where
        self.lanes: LaneLayout | None = None
        self.setMouseTracking(True)
        self.setObjectName("codeMargin")

    def _columns(self) -> tuple[dict[int, int], int]:
        if self.lanes is not None:
            return self.lanes.columns, self.lanes.count
        return self.editor.table.columns, self.editor.table.column_count

    def column_width(self) -> float:
        n = max(1, self._columns()[1])
        return max(float(MIN_COLUMN), min(110.0, (self.width() - 6) / n))

    def stripes(self) -> list[Stripe]:
        ed = self.editor
        blocks = ed.visible_blocks()
        if not blocks:
            return []
        lo, hi = ed.visible_range(blocks)
        cw = self.column_width()
        h = float(self.height())
        out = []
        columns = self._columns()[0]
        for s in ed.segments_between(lo, hi):
            a, b = ed.offsets.to_doc(s.start), ed.offsets.to_doc(s.end)
            if a >= hi or b <= lo or (self.lanes is not None and s.id not in columns):
                continue
            col = columns.get(s.id, 0)
            x = 4 + col * cw
            if x + MIN_COLUMN > self.width():
                continue  # deeper than the margin can show; the overflow mark says so
            top = ed.row_span(blocks, a, h + 10)[0]
            bottom = ed.row_span(blocks, max(a, b - 1), h + 10)[1]
            out.append(Stripe(s.id, QRectF(x, top + 1, cw - 3, max(4.0, bottom - top - 2))))
        return out

    def segment_at(self, pos: QPoint) -> int | None:
        hit = [st for st in self.stripes() if st.rect.adjusted(-1, -1, 1, 1).contains(pos.toPointF())]
        if not hit:
            return None
        return min(hit, key=lambda st: st.rect.height()).segment_id  # the innermost one

    def paintEvent(self, e: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(e.rect(), QColor("#fbfbf9"))
        p.setPen(QColor("#dddddd"))
        p.drawLine(0, 0, 0, self.height())
        ed = self.editor
        small = self.font()
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
        p.setFont(small)
        fm = p.fontMetrics()
        for st in self.stripes():
            seg = ed.table.segments[st.segment_id]
            color = QColor(ed.code_colors.get(seg.code_id, QColor("#888888")))
            r = st.rect
            name = self.code_names.get(seg.code_id, "?")
            selected = st.segment_id == ed.selected_segment
            if r.width() >= LABEL_MIN:
                p.fillRect(QRectF(r.left(), r.top(), 4, r.height()), color)
                p.setPen(color.darker(160))
                text = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(r.width() - 8))
                p.drawText(QRectF(r.left() + 7, r.top(), r.width() - 7, fm.height() + 2),
                           int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)
            else:
                fill = QColor(color)
                fill.setAlpha(200)
                p.fillRect(r, fill)
                if r.height() > 24:
                    p.save()
                    p.translate(r.left() + r.width() / 2 + fm.ascent() / 2 - 1, r.bottom() - 3)
                    p.rotate(-90)
                    p.setPen(QColor("white") if color.lightness() < 150 else QColor("black"))
                    p.drawText(0, 0, fm.elidedText(name, Qt.TextElideMode.ElideRight, int(r.height() - 6)))
                    p.restore()
            if selected:
                p.setPen(QPen(QColor("#111111"), 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(r.adjusted(-1, -1, 1, 1))
        if self.lanes is not None:
            cw = self.column_width()
            for col, label in self.lanes.marks:
                x = 4 + col * cw - 2
                p.setPen(QColor("#bbbbbb"))
                p.drawLine(int(x), 0, int(x), self.height())
                box = QRectF(x + 1, 0, fm.horizontalAdvance(label) + 6, fm.height())
                p.fillRect(box, QColor(255, 246, 223, 235))  # readable over the stripes of the top line
                p.setPen(QColor("#555555"))
                p.drawText(box.adjusted(3, 0, 0, 0), int(Qt.AlignmentFlag.AlignLeft), label)
        hidden = self._columns()[1] * MIN_COLUMN + 4 > self.width()
        if hidden:
            p.setPen(QColor("#aa0000"))
            p.drawText(QRectF(0, 0, self.width() - 3, fm.height()), int(Qt.AlignmentFlag.AlignRight), "+")
        p.end()

    def mousePressEvent(self, e: QMouseEvent) -> None:
        sid = self.segment_at(e.position().toPoint())
        if sid is not None:
            if e.button() == Qt.MouseButton.RightButton:
                self.segment_context.emit(sid, e.globalPosition().toPoint())
            else:
                self.segment_clicked.emit(sid)
        super().mousePressEvent(e)

    def tooltip_ready(self, segment_id: int, text: str) -> None:
        """The full text of a tooltip (its memos were read on the executor): shown if it is still up."""
        if self._tip is not None and self._tip[0] == segment_id and QToolTip.isVisible():
            QToolTip.showText(self._tip[1], text, self)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            sid = self.segment_at(e.pos())
            if sid is None:
                self._tip = None
                QToolTip.hideText()
            else:
                self._tip = (sid, e.globalPos())
                QToolTip.showText(e.globalPos(), self.tooltip_for(sid), self)
            return True
        return super().event(e)
